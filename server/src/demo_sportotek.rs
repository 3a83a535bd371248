//! The demo's Sportotek: opening hours, 25 items in 12 categories with sizes and copies,
//! a few loans out (one late), a damaged copy, and the ice-sports activities pointing to
//! the skates and helmets. Hockey skates in size 32 have two pairs, one of them lent for
//! the coming days, so the end-to-end journey can reserve the other and see a second
//! reservation for that day refused. Everything is flagged as demo data.

use std::collections::BTreeMap;

use anyhow::Context as _;
use model::{
    schedule::{Clock, Day, Weekday},
    sportotek::{
        ClosedDay, Condition, CopyEdit, EquipmentCategory as C, ItemEdit, ItemText, OpeningHours, Settings, SizeEdit,
        SizeKind as K,
    },
    Language,
};

use crate::{
    ids::{ItemId, MunicipalityId, SizeId},
    store::{Audit, Loaned, NewLoan, Store},
};

/// A size: its label, the ages it fits, and how many copies.
type DemoSize = (&'static str, Option<(u8, u8)>, usize);

/// One demo item: category, names (sv, en, ar, uk, prs; empty for none), a Swedish
/// description, the size kind and the sizes.
struct Demo {
    category: C,
    names: [&'static str; 5],
    description: &'static str,
    kind: K,
    sizes: &'static [DemoSize],
}

const ITEMS: [Demo; 25] = [
    Demo {
        category: C::Skates,
        names: [
            "Hockeyskridskor, barn",
            "Hockey skates, children",
            "زلاجات هوكي للأطفال",
            "Хокейні ковзани, дитячі",
            "اسکیت هاکی، کودکان",
        ],
        description: "Slipade och klara. Storlek i skostorlek (EU).",
        kind: K::Shoe,
        sizes: &[
            ("28", Some((4, 6)), 1),
            ("30", Some((5, 7)), 1),
            ("32", Some((6, 9)), 2),
            ("34", Some((8, 10)), 2),
            ("36", Some((9, 12)), 1),
            ("38", Some((11, 14)), 1),
            ("40", Some((12, 16)), 1),
        ],
    },
    Demo {
        category: C::Skates,
        names: [
            "Konståkningsskridskor",
            "Figure skates",
            "زلاجات تزلج فني",
            "Ковзани для фігурного катання",
            "اسکیت هنری",
        ],
        description: "Vita konståkningsskridskor för nybörjare.",
        kind: K::Shoe,
        sizes: &[
            ("30", Some((5, 7)), 1),
            ("33", Some((7, 10)), 1),
            ("36", Some((9, 12)), 1),
            ("38", Some((11, 15)), 1),
        ],
    },
    Demo {
        category: C::Helmets,
        names: [
            "Hockeyhjälm med galler",
            "Hockey helmet with cage",
            "خوذة هوكي مع شبكة",
            "Хокейний шолом з решіткою",
            "کلاه هاکی با شبکه",
        ],
        description: "Krävs på isen i skridskoskolan och hockeyskolan.",
        kind: K::Clothing,
        sizes: &[("XS", Some((4, 7)), 2), ("S", Some((7, 10)), 2), ("M", Some((10, 14)), 1)],
    },
    Demo {
        category: C::Helmets,
        names: ["Cykelhjälm", "Bike helmet", "خوذة دراجة", "Велосипедний шолом", "کلاه بایسکل"],
        description: "Justerbar hjälm, CE-märkt.",
        kind: K::Clothing,
        sizes: &[("S", Some((3, 7)), 2), ("M", Some((7, 12)), 2), ("L", Some((12, 99)), 1)],
    },
    Demo {
        category: C::Skis,
        names: [
            "Längdskidor, barn",
            "Cross-country skis, children",
            "زلاجات ريفية للأطفال",
            "Бігові лижі, дитячі",
            "اسکی صحرایی، کودکان",
        ],
        description: "Fiskfjäll, inget valla behövs. Längd i cm.",
        kind: K::Length,
        sizes: &[
            ("100 cm", Some((4, 6)), 1),
            ("120 cm", Some((6, 8)), 2),
            ("140 cm", Some((8, 11)), 2),
            ("150 cm", Some((10, 13)), 1),
        ],
    },
    Demo {
        category: C::Skis,
        names: ["Skidstavar", "Ski poles", "عصي التزلج", "Лижні палиці", "چوب اسکی"],
        description: "Stavar till längdskidorna.",
        kind: K::Length,
        sizes: &[("80 cm", None, 2), ("100 cm", None, 2), ("120 cm", None, 2)],
    },
    Demo {
        category: C::SkiBoots,
        names: ["Längdpjäxor", "Cross-country ski boots", "أحذية تزلج ريفي", "Лижні черевики", "بوت اسکی صحرایی"],
        description: "Passar bindningarna på demoskidorna.",
        kind: K::Shoe,
        sizes: &[
            ("30", Some((5, 8)), 1),
            ("33", Some((7, 10)), 1),
            ("36", Some((9, 12)), 1),
            ("39", Some((12, 16)), 1),
        ],
    },
    Demo {
        category: C::SkiBoots,
        names: ["Slalompjäxor", "Downhill ski boots", "أحذية تزلج منحدرات", "Гірськолижні черевики", ""],
        description: "Mjuka pjäxor för barnbacken.",
        kind: K::Shoe,
        sizes: &[("32", Some((7, 10)), 1), ("35", Some((9, 12)), 1)],
    },
    Demo {
        category: C::Bikes,
        names: [
            "Barncykel 16 tum",
            "Children's bike, 16 inch",
            "دراجة أطفال 16 بوصة",
            "Дитячий велосипед, 16 дюймів",
            "بایسکل کودک ۱۶ اینچ",
        ],
        description: "Med stödhjul som kan tas av.",
        kind: K::Age,
        sizes: &[("4–6 år", Some((4, 6)), 2)],
    },
    Demo {
        category: C::Bikes,
        names: [
            "Barncykel 20 tum",
            "Children's bike, 20 inch",
            "دراجة أطفال 20 بوصة",
            "Дитячий велосипед, 20 дюймів",
            "",
        ],
        description: "Tre växlar och handbroms.",
        kind: K::Age,
        sizes: &[("6–9 år", Some((6, 9)), 2)],
    },
    Demo {
        category: C::Bikes,
        names: ["Sparkcykel", "Kick scooter", "سكوتر", "Самокат", ""],
        description: "Hopfällbar.",
        kind: K::OneSize,
        sizes: &[("En storlek", None, 2)],
    },
    Demo {
        category: C::Balls,
        names: ["Fotboll", "Football", "كرة قدم", "Футбольний м'яч", "توپ فوتبال"],
        description: "Storlek 4 för de yngre, 5 för de äldre.",
        kind: K::OneSize,
        sizes: &[("4", Some((6, 12)), 3), ("5", Some((12, 99)), 2)],
    },
    Demo {
        category: C::Balls,
        names: ["Basketboll", "Basketball", "كرة سلة", "Баскетбольний м'яч", ""],
        description: "Inomhus och utomhus.",
        kind: K::OneSize,
        sizes: &[("5", Some((6, 11)), 1), ("7", Some((12, 99)), 1)],
    },
    Demo {
        category: C::Sticks,
        names: ["Innebandyklubba", "Floorball stick", "عصا هوكي الصالات", "Ключка для флорболу", ""],
        description: "Längd i cm, till naveln.",
        kind: K::Length,
        sizes: &[("75 cm", Some((6, 9)), 3), ("87 cm", Some((10, 14)), 3)],
    },
    Demo {
        category: C::Sticks,
        names: ["Hockeyklubba", "Hockey stick", "عصا هوكي", "Хокейна ключка", "چوب هاکی"],
        description: "Junior, vänster och höger.",
        kind: K::Length,
        sizes: &[("Junior vänster", Some((7, 13)), 2), ("Junior höger", Some((7, 13)), 2)],
    },
    Demo {
        category: C::Rackets,
        names: ["Badmintonracket", "Badminton racket", "مضرب ريشة", "Ракетка для бадмінтону", ""],
        description: "Två racketar och bollar i en påse.",
        kind: K::OneSize,
        sizes: &[("En storlek", None, 2)],
    },
    Demo {
        category: C::Rackets,
        names: ["Tennisracket", "Tennis racket", "مضرب تنس", "Тенісна ракетка", ""],
        description: "Längd i tum.",
        kind: K::Length,
        sizes: &[("23 tum", Some((6, 8)), 1), ("25 tum", Some((8, 11)), 1)],
    },
    Demo {
        category: C::LifeJackets,
        names: [
            "Flytväst, barn",
            "Life jacket, children",
            "سترة نجاة للأطفال",
            "Рятувальний жилет, дитячий",
            "جلیقه نجات، کودکان",
        ],
        description: "Efter vikt. Med krage och grenrem.",
        kind: K::Clothing,
        sizes: &[("10–25 kg", Some((1, 6)), 2), ("25–40 kg", Some((6, 11)), 2)],
    },
    Demo {
        category: C::LifeJackets,
        names: [
            "Flytväst, ungdom och vuxen",
            "Life jacket, youth and adult",
            "سترة نجاة للشباب والكبار",
            "Рятувальний жилет, підлітковий і дорослий",
            "",
        ],
        description: "Efter vikt.",
        kind: K::Clothing,
        sizes: &[("40–60 kg", Some((11, 99)), 2), ("60–90 kg", None, 1)],
    },
    Demo {
        category: C::Protection,
        names: ["Benskydd, hockey", "Hockey shin guards", "واقيات الساق للهوكي", "Хокейні щитки", ""],
        description: "Till hockeyskolan.",
        kind: K::Clothing,
        sizes: &[("S", Some((6, 9)), 2), ("M", Some((9, 13)), 1)],
    },
    Demo {
        category: C::Protection,
        names: [
            "Knä- och armbågsskydd",
            "Knee and elbow pads",
            "واقيات الركبة والكوع",
            "Наколінники й налокітники",
            "",
        ],
        description: "För skridskor, inlines och skateboard.",
        kind: K::Clothing,
        sizes: &[("S", Some((4, 8)), 2), ("M", Some((8, 14)), 1)],
    },
    Demo {
        category: C::Outdoor,
        names: ["Tält för två", "Tent for two", "خيمة لشخصين", "Намет на двох", ""],
        description: "Lätt tält med instruktion.",
        kind: K::OneSize,
        sizes: &[("En storlek", None, 1)],
    },
    Demo {
        category: C::Outdoor,
        names: ["Sovsäck", "Sleeping bag", "كيس نوم", "Спальний мішок", ""],
        description: "Komfort ner till fem grader.",
        kind: K::OneSize,
        sizes: &[("Barn", Some((4, 12)), 2), ("Vuxen", None, 1)],
    },
    Demo {
        category: C::Outdoor,
        names: ["Snöskor", "Snowshoes", "أحذية الثلج", "Снігоступи", ""],
        description: "Passar de flesta kängor.",
        kind: K::OneSize,
        sizes: &[("En storlek", None, 2)],
    },
    Demo {
        category: C::Other,
        names: ["Pulka", "Sledge", "مزلجة", "Санки", ""],
        description: "Plastpulka med dragsnöre.",
        kind: K::OneSize,
        sizes: &[("En storlek", None, 3)],
    },
];

fn clock(hour: u16) -> Clock {
    Clock::from_hm(hour, 0).expect("an hour")
}

/// Tuesday and Thursday 15–18, Saturday 10–13, closed on the holidays around New Year.
fn settings(today: Day) -> Settings {
    let open = |weekday, opens, closes| OpeningHours { weekday, opens: clock(opens), closes: clock(closes) };
    let holidays = [(12, 24), (12, 25), (12, 26), (12, 31), (1, 1), (1, 6)];
    let closed_days = [today.year(), today.year() + 1]
        .iter()
        .flat_map(|year| holidays.iter().filter_map(move |(m, d)| Day::from_ymd(*year, *m, *d)))
        .filter(|day| *day >= today)
        .map(|day| ClosedDay { day, note: "Helgdag".into() })
        .collect();
    Settings {
        place_name: "Sportoteket i Granviken".into(),
        address: "Idrottsvägen 4, Granviken".into(),
        hours: vec![open(Weekday::Tue, 15, 18), open(Weekday::Thu, 15, 18), open(Weekday::Sat, 10, 13)],
        closed_days,
        ..Settings::default()
    }
}

fn edit(demo: &Demo) -> ItemEdit {
    let languages = [Language::Sv, Language::En, Language::Ar, Language::Uk, Language::Prs];
    let texts: BTreeMap<Language, ItemText> = languages
        .iter()
        .zip(demo.names)
        .filter(|(_, name)| !name.is_empty())
        .map(|(lang, name)| {
            let description = if *lang == Language::Sv { demo.description.to_owned() } else { String::new() };
            (*lang, ItemText { name: name.to_owned(), description })
        })
        .collect();
    let sizes = demo
        .sizes
        .iter()
        .map(|(label, ages, _)| SizeEdit {
            id: None,
            label: (*label).to_owned(),
            kind: demo.kind,
            age_from: ages.map(|a| a.0),
            age_to: ages.map(|a| a.1),
        })
        .collect();
    ItemEdit { category: demo.category, texts, sizes }
}

pub async fn seed(store: &Store, m: MunicipalityId, today: Day) -> anyhow::Result<()> {
    let settings = settings(today);
    store.save_sportotek_settings(m, &settings, None).await?;
    let mut items: Vec<(ItemId, Vec<SizeId>)> = Vec::new();
    for (n, demo) in ITEMS.iter().enumerate() {
        let edit = edit(demo);
        anyhow::ensure!(edit.problems().is_empty(), "demo item {n}: {:?}", edit.problems());
        let item =
            store.save_item(m, None, &edit, true, None).await.map_err(|e| anyhow::anyhow!("demo item {n}: {e:?}"))?;
        let (_, staff) = store.staff_item(item).await?.context("the demo item")?;
        let sizes: Vec<SizeId> = staff.sizes.iter().map(|s| SizeId(s.id)).collect();
        for ((label, _, copies), size) in demo.sizes.iter().zip(&sizes) {
            for copy in 1..=*copies {
                let number = format!("D{:02}-{}-{copy}", n + 1, label.replace(' ', ""));
                let edit = CopyEdit {
                    size_id: size.0,
                    inventory_number: number,
                    condition: Condition::Fine,
                    note: String::new(),
                };
                let audit = Audit::new(None, Some(m), "demo-sportotek-copy", "");
                store.save_copy(m, item, None, &edit, &audit).await.map_err(|e| anyhow::anyhow!("demo copy: {e:?}"))?;
            }
        }
        items.push((item, sizes));
    }
    // One pair of hockey skates in size 32 is out for the coming days; some other things
    // are out too, one of them late; a pair of figure skates came back damaged.
    let (skates, skate_sizes) = &items[0];
    let out = [
        (skate_sizes[2], "Leila", "070-000 00 11", -2, 12),
        (items[2].1[1], "Leila", "070-000 00 11", -2, 12),
        (items[4].1[1], "Dawit", "070-000 00 12", -5, 9),
        (items[11].1[0], "Maryam", "maryam@granviken.example", -20, -3),
        (items[17].1[1], "Ivan", "070-000 00 14", -1, 13),
    ];
    for (i, (size, name, contact, lent_days, due_days)) in out.into_iter().enumerate() {
        let key = format!("demo-sportotek-loan-{i}");
        let loan = NewLoan {
            municipality_id: m,
            size_id: size,
            pickup_day: today,
            first_name: name,
            contact,
            lang: None,
            idempotency_key: &key,
            walk_in: Some((None, today.plus_days(due_days).max(today))),
        };
        let audit = Audit::new(None, Some(m), "demo-sportotek-loan", "");
        let Ok(Loaned::New(id) | Loaned::Replayed(id)) = store.lend(&loan, &settings, today, &audit).await else {
            anyhow::bail!("demo loan {i}");
        };
        let lent_on = today.plus_days(lent_days).to_string();
        sqlx::query("UPDATE sportotek_loans SET lent_on = $1, pickup_day = $1, due_day = $2, demo = 1 WHERE id = $3")
            .bind(&lent_on)
            .bind(today.plus_days(due_days).to_string())
            .bind(id)
            .execute(store.pool())
            .await?;
    }
    sqlx::query(
        "UPDATE sportotek_copies SET condition = 'damaged', note = 'Slö skena, ska slipas'
         WHERE id = (SELECT MIN(c.id) FROM sportotek_copies c WHERE c.size_id = $1)",
    )
    .bind(items[1].1[1])
    .execute(store.pool())
    .await?;
    // The skating and hockey schools point to the skates, the hockey helmet and shin guards.
    let ice: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM activities WHERE municipality_id = $1 AND category = 'ice-sports'")
            .bind(m)
            .fetch_all(store.pool())
            .await?;
    for activity in ice {
        for (position, item) in [skates.0, items[2].0 .0, items[19].0 .0].into_iter().enumerate() {
            sqlx::query("INSERT INTO activity_equipment (activity_id, item_id, position) VALUES ($1, $2, $3)")
                .bind(activity)
                .bind(item)
                .bind(i64::try_from(position)?)
                .execute(store.pool())
                .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_has_twenty_five_valid_items_in_at_least_ten_categories() {
        let categories: std::collections::BTreeSet<C> = ITEMS.iter().map(|d| d.category).collect();
        assert!(categories.len() >= 10, "{categories:?}");
        for demo in &ITEMS {
            assert_eq!(edit(demo).problems(), vec![], "{}", demo.names[0]);
        }
        let skates = &ITEMS[0];
        assert_eq!(skates.sizes.iter().find(|s| s.0 == "32").map(|s| s.2), Some(2), "two pairs in size 32");
        assert!(settings(Day::parse("2026-11-23").unwrap()).problems().is_empty());
        let labels: std::collections::BTreeSet<(usize, String)> = ITEMS
            .iter()
            .enumerate()
            .flat_map(|(n, d)| d.sizes.iter().map(move |s| (n, s.0.replace(' ', ""))))
            .collect();
        assert_eq!(labels.len(), ITEMS.iter().map(|d| d.sizes.len()).sum::<usize>(), "inventory numbers differ");
    }
}
