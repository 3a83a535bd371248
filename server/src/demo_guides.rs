//! The demo's refugee guides: eight approved volunteers in Granviken, each with an
//! account (role `guide`; the demo guide account is one of them), a profile, weekly
//! slots for the next twelve weeks and a few single ones, and a few bookings in every
//! state. Two speak Arabic, one Dari, two Ukrainian, one Tigrinya, one Somali and one
//! Swedish only; all speak Swedish, and every topic and kind of meeting has someone.
//! The names and contacts are made up; every guide is flagged as demo data.

use anyhow::{anyhow, Context as _};
use model::{
    auth::Role,
    guides::{CancelReason, MeetingKind as K, ProfileEdit, Repeat, Slot, Topic as T},
    schedule::{Clock, Day, Weekday as W},
    Language as L,
};

use crate::{
    guides::{moment, GuideBookingId, GuideId, SlotId},
    ids::MunicipalityId,
    store::{Audit, Booked, BookingChange, Moment, NewBooking, Store},
};

/// When a slot repeats: weekly on a weekday, or once some days from the seed day.
enum When {
    Weekly(W),
    Once(i64),
}

type DemoSlot = (When, &'static str, u16, K, &'static str, &'static [T]);

struct Demo {
    email: &'static str,
    first_name: &'static str,
    languages: &'static [&'static str],
    topics: &'static [T],
    per_week: u8,
    about: &'static [(L, &'static str)],
    slots: &'static [DemoSlot],
}

const LIBRARY: &str = "Granvikens bibliotek, Storgatan 3";
const CAFE: &str = "Café Hamnen, Hamngatan 1";
const SQUARE: &str = "Torget, vid fontänen";

const GUIDES: [Demo; 8] = [
    Demo {
        email: "guide@granviken.example",
        first_name: "Samir",
        languages: &["ar", "sv", "en"],
        topics: &[T::LettersAndForms, T::PractiseSwedish, T::JobSeeking],
        per_week: 4,
        about: &[
            (L::Sv, "Jag har bott i Granviken i tolv år och hjälper gärna till med brev från myndigheter och med att öva svenska."),
            (L::Ar, "أعيش في غرانفيكن منذ اثني عشر عامًا، ويسعدني أن أساعد في رسائل الجهات الحكومية وفي ممارسة اللغة السويدية."),
        ],
        slots: &[
            (When::Weekly(W::Mon), "16:00", 90, K::Library, LIBRARY, &[T::LettersAndForms, T::PractiseSwedish]),
            (When::Weekly(W::Sat), "11:00", 60, K::Cafe, CAFE, &[T::JobSeeking, T::PractiseSwedish]),
        ],
    },
    Demo {
        email: "rania@guides.granviken.example",
        first_name: "Rania",
        languages: &["ar", "sv", "en"],
        topics: &[T::ShowTheTown, T::Leisure, T::DigitalHelp],
        per_week: 3,
        about: &[
            (L::Sv, "Jag visar gärna staden och föreningarna, och hur man använder BankID och appar."),
            (L::Ar, "يسعدني أن أعرّفك على المدينة والجمعيات، وعلى طريقة استخدام BankID والتطبيقات."),
            (L::En, "I am happy to show you the town and its clubs, and how to use BankID and apps."),
        ],
        slots: &[
            (When::Weekly(W::Wed), "15:00", 60, K::Video, "", &[T::DigitalHelp]),
            (When::Weekly(W::Sat), "13:00", 120, K::Cafe, CAFE, &[T::ShowTheTown, T::Leisure]),
            (When::Once(10), "10:00", 90, K::Library, LIBRARY, &[T::DigitalHelp]),
        ],
    },
    Demo {
        email: "farid@guides.granviken.example",
        first_name: "Farid",
        languages: &["prs", "sv", "ps"],
        topics: &[T::LettersAndForms, T::PractiseSwedish, T::DigitalHelp, T::Leisure],
        per_week: 4,
        about: &[
            (L::Sv, "Jag kom till Sverige 2015 och vet hur krångliga blanketter kan vara. Jag hjälper också barnens föräldrar att hitta en förening. Välkommen på torsdagar!"),
            (L::Prs, "من در سال ۲۰۱۵ به سویدن آمدم و می‌دانم فورم‌ها چقدر پیچیده هستند. به والدین هم کمک می‌کنم که برای اطفال خود یک انجمن پیدا کنند. روزهای پنجشنبه خوش آمدید!"),
        ],
        slots: &[
            (When::Weekly(W::Thu), "17:00", 60, K::Library, LIBRARY, &[T::LettersAndForms, T::PractiseSwedish, T::Leisure]),
            (When::Weekly(W::Mon), "18:00", 45, K::Phone, "", &[T::LettersAndForms, T::DigitalHelp]),
        ],
    },
    Demo {
        email: "oksana@guides.granviken.example",
        first_name: "Oksana",
        languages: &["uk", "sv", "ru", "en"],
        topics: &[T::JobSeeking, T::DigitalHelp, T::LettersAndForms],
        per_week: 3,
        about: &[
            (L::Sv, "Jag arbetar med rekrytering och hjälper gärna med cv, personligt brev och jobbsök på nätet."),
            (L::Uk, "Я працюю в рекрутингу й охоче допоможу з резюме, супровідним листом і пошуком роботи онлайн."),
        ],
        slots: &[
            (When::Weekly(W::Tue), "10:00", 60, K::Video, "", &[T::JobSeeking, T::DigitalHelp]),
            (When::Weekly(W::Thu), "13:00", 90, K::Library, LIBRARY, &[T::JobSeeking, T::LettersAndForms]),
            (When::Once(6), "15:00", 60, K::Video, "", &[T::DigitalHelp]),
        ],
    },
    Demo {
        email: "taras@guides.granviken.example",
        first_name: "Taras",
        languages: &["uk", "sv"],
        topics: &[T::PractiseSwedish, T::Leisure, T::ShowTheTown],
        per_week: 2,
        about: &[
            (L::Sv, "Fika och prat på svenska, eller en promenad genom stan och hamnen."),
            (L::Uk, "Кава й розмова шведською або прогулянка містом і гаванню."),
        ],
        slots: &[
            (When::Weekly(W::Wed), "18:00", 60, K::Cafe, CAFE, &[T::PractiseSwedish, T::Leisure]),
            (When::Weekly(W::Sun), "14:00", 90, K::Cafe, SQUARE, &[T::ShowTheTown]),
        ],
    },
    Demo {
        email: "senait@guides.granviken.example",
        first_name: "Senait",
        languages: &["ti", "sv", "en"],
        topics: &[T::PractiseSwedish, T::LettersAndForms],
        per_week: 3,
        about: &[
            (L::Sv, "Jag hjälper dig att öva svenska i lugn takt, på biblioteket eller i telefon."),
            (L::En, "I help you practise Swedish at a calm pace, at the library or on the phone."),
        ],
        slots: &[
            (When::Weekly(W::Thu), "16:00", 60, K::Library, LIBRARY, &[T::PractiseSwedish, T::LettersAndForms]),
            (When::Weekly(W::Fri), "17:00", 30, K::Phone, "", &[T::PractiseSwedish]),
        ],
    },
    Demo {
        email: "hodan@guides.granviken.example",
        first_name: "Hodan",
        languages: &["so", "sv"],
        topics: &[T::JobSeeking, T::LettersAndForms, T::Leisure],
        per_week: 3,
        about: &[(L::Sv, "Jag hjälper till med jobbsök och med att hitta en förening för dig eller dina barn.")],
        slots: &[
            (When::Weekly(W::Mon), "10:00", 60, K::Cafe, CAFE, &[T::JobSeeking, T::LettersAndForms]),
            (When::Once(12), "13:00", 60, K::Phone, "", &[T::Leisure]),
        ],
    },
    Demo {
        email: "ingrid@guides.granviken.example",
        first_name: "Ingrid",
        languages: &["sv"],
        topics: &[T::PractiseSwedish, T::ShowTheTown, T::Leisure, T::DigitalHelp],
        per_week: 5,
        about: &[(L::Sv, "Pensionerad lärare som gärna pratar svenska, visar staden och hjälper till med mobilen.")],
        slots: &[
            (When::Weekly(W::Wed), "10:00", 90, K::Library, LIBRARY, &[T::PractiseSwedish, T::DigitalHelp]),
            (When::Weekly(W::Thu), "19:00", 60, K::Video, "", &[T::PractiseSwedish]),
            (When::Once(4), "13:00", 120, K::Cafe, SQUARE, &[T::ShowTheTown, T::Leisure]),
        ],
    },
];

/// Where a demo booking ends up.
enum End {
    Waiting,
    Confirmed,
    ByGuide(CancelReason, &'static str),
    ByNewcomer,
}

/// A booking: the guide and the slot (indexes), which week's meeting (0: the first),
/// the newcomer's first name, contact, topic and language, and its end state.
type DemoBooking = (usize, usize, i64, &'static str, &'static str, T, Option<L>, End);

const BOOKINGS: [DemoBooking; 9] = [
    (0, 0, 0, "Amal", "+46 70 000 00 21", T::LettersAndForms, Some(L::Ar), End::Waiting),
    (0, 0, 1, "Yusuf", "yusuf@example.org", T::PractiseSwedish, Some(L::Ar), End::Confirmed),
    // Farid's first Thursday stays open for the Dari journey.
    (2, 0, 1, "Hamid", "+46 70 000 00 22", T::LettersAndForms, Some(L::Prs), End::Confirmed),
    (2, 0, 2, "Zahra", "+46 70 000 00 23", T::LettersAndForms, Some(L::Prs), End::ByNewcomer),
    (3, 1, 0, "Olena", "olena@example.org", T::JobSeeking, Some(L::Uk), End::Waiting),
    (4, 0, 0, "Dmytro", "+46 70 000 00 24", T::PractiseSwedish, Some(L::Uk), End::ByGuide(CancelReason::GuideIll, "")),
    (5, 0, 1, "Dawit", "+46 70 000 00 25", T::PractiseSwedish, Some(L::En), End::Confirmed),
    (6, 0, 0, "Abdi", "+46 70 000 00 26", T::JobSeeking, None, End::Waiting),
    (
        7,
        0,
        2,
        "Mariam",
        "mariam@example.org",
        T::DigitalHelp,
        Some(L::Sv),
        End::ByGuide(CancelReason::Other, "Biblioteket har stängt för inventering den dagen."),
    ),
];

/// Weeks the weekly slots run from the seed day.
const WEEKS: i64 = 12;

fn slot(at: Moment, (when, start, minutes, meeting, place, topics): &DemoSlot) -> anyhow::Result<Slot> {
    let first = at.today.plus_days(1);
    let repeat = match when {
        When::Weekly(weekday) => {
            Repeat::Weekly { weekday: *weekday, from: first, until: at.today.plus_days(WEEKS * 7) }
        }
        When::Once(days) => Repeat::Once { day: at.today.plus_days(*days) },
    };
    let start = Clock::parse(start).ok_or_else(|| anyhow!("demo slot time {start}"))?;
    Ok(Slot {
        repeat,
        start,
        minutes: *minutes,
        meeting: *meeting,
        place: (*place).to_owned(),
        topics: topics.to_vec(),
    })
}

/// The `week`th meeting of a weekly slot from tomorrow.
fn meeting_day(at: Moment, slot: &Slot, week: i64) -> Option<Day> {
    let Repeat::Weekly { weekday, .. } = slot.repeat else { return None };
    let first = (1..=7).map(|d| at.today.plus_days(d)).find(|d| d.weekday() == weekday)?;
    Some(first.plus_days(7 * week))
}

/// Seeds the guides unless the municipality already has demo guides.
pub async fn seed(store: &Store, m: MunicipalityId) -> anyhow::Result<()> {
    let seeded: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM guides WHERE municipality_id = $1 AND demo = 1")
        .bind(m)
        .fetch_one(store.pool())
        .await?;
    if seeded > 0 {
        return Ok(());
    }
    // The demo guide account's hash serves all: the demo shares one published password.
    let hash = store.credentials(GUIDES[0].email).await?.context("the demo guide account")?.password_hash;
    let at = moment();
    let mut guides: Vec<(GuideId, Vec<(SlotId, Slot)>)> = Vec::new();
    for demo in &GUIDES {
        let audit = Audit::new(None, Some(m), "demo-guide", demo.email);
        let account = match store.create_account(demo.email, &hash, true).await? {
            Some(id) => {
                store.set_roles(id, Some(m), &[Role::Guide], &audit).await?;
                id
            }
            None => store.credentials(demo.email).await?.context("a demo guide account")?.id,
        };
        let edit = ProfileEdit {
            first_name: demo.first_name.to_owned(),
            languages: demo.languages.iter().map(|l| (*l).to_owned()).collect(),
            topics: demo.topics.to_vec(),
            about: demo.about.iter().map(|(lang, text)| (*lang, (*text).to_owned())).collect(),
            per_week: demo.per_week,
        };
        anyhow::ensure!(edit.problems().is_empty(), "demo guide {}: {:?}", demo.first_name, edit.problems());
        let guide = store.save_profile(account, m, &edit, &audit).await?;
        sqlx::query("UPDATE guides SET demo = 1 WHERE id = $1").bind(guide).execute(store.pool()).await?;
        let mut slots = Vec::new();
        for demo_slot in demo.slots {
            let slot = slot(at, demo_slot)?;
            let id = store
                .write_slot(guide, None, Some(&slot), at, &audit)
                .await
                .map_err(|e| anyhow!("demo slot of {}: {e:?}", demo.first_name))?;
            slots.push((id, slot));
        }
        guides.push((guide, slots));
    }
    for (n, (guide, slot, week, first_name, contact, topic, lang, end)) in BOOKINGS.into_iter().enumerate() {
        let (slot_id, slot) = &guides[guide].1[slot];
        let day = meeting_day(at, slot, week).context("a weekly demo slot")?;
        let key = format!("demo-guide-booking-{n}");
        let booking = NewBooking {
            municipality_id: m,
            slot_id: *slot_id,
            day,
            first_name,
            contact,
            topic,
            note: "",
            lang,
            idempotency_key: &key,
        };
        let audit = Audit::new(None, Some(m), "demo-guide-booking", "");
        let id: GuideBookingId = match store.book(&booking, at, &audit).await {
            Ok(Booked::New(id) | Booked::Replayed(id)) => id,
            Err(error) => anyhow::bail!("demo booking {n}: {error:?}"),
        };
        let change = match end {
            End::Waiting => continue,
            End::Confirmed => BookingChange::Confirm,
            End::ByGuide(reason, note) => BookingChange::CancelByGuide { reason, note: note.to_owned() },
            End::ByNewcomer => BookingChange::CancelByNewcomer,
        };
        store.change_booking(id, &change, at, &audit).await.map_err(|e| anyhow!("demo booking {n}: {e:?}"))?;
    }
    Ok(())
}
