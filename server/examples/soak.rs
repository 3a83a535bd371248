//! The soak's traffic (bench/soak.sh): clients mixing reads of every public page with
//! payments, Sportotek reservations, guide bookings and the odd bad request against a
//! running server, for a while; then each kind's answers by status, its latency, and
//! every answer that was neither served nor an intended refusal.
//! Usage: soak ADDRESS DATABASE-FILE SECONDS [CLIENTS]

use std::{
    collections::BTreeMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use serde_json::{json, Value};
use sqlx::Row as _;

const M: &str = "/api/municipalities/granviken";
/// Each kind of request and its weight in the mix.
const MIX: &[(&str, u32)] = &[
    ("orientation", 14),
    ("article", 8),
    ("search", 5),
    ("finder", 14),
    ("activity", 10),
    ("sportotek", 8),
    ("item", 7),
    ("guides", 5),
    ("guide", 5),
    ("redemption", 12),
    ("reservation", 4),
    ("booking", 3),
    ("bad request", 5),
];
const LANGS: &[&str] = &["sv", "ar", "prs", "uk", "en"];

/// What the database holds to ask about: ids of activities, articles, items and guides.
struct Ids {
    activities: Vec<i64>,
    articles: Vec<String>,
    items: Vec<i64>,
    guides: Vec<i64>,
    vouchers: Vec<String>,
}

#[derive(Default)]
struct Tally {
    statuses: BTreeMap<(&'static str, u16), u64>,
    micros: BTreeMap<&'static str, Vec<u64>>,
    unexpected: Vec<String>,
    errors: u64,
}

struct Soak {
    address: String,
    client: reqwest::Client,
    ids: Ids,
    cookie: String,
    csrf: String,
    association: i64,
    tally: Mutex<Tally>,
}

/// A small xorshift: the mix needs spread, not cryptography.
struct Dice(u64);
impl Dice {
    fn roll(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).unwrap()
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.roll(items.len())]
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, address, database, seconds, ..] = args.as_slice() else {
        anyhow::bail!("usage: soak ADDRESS DATABASE-FILE SECONDS [CLIENTS]");
    };
    let clients: usize = args.get(4).map_or(Ok(16), |c| c.parse())?;
    let duration = Duration::from_secs(seconds.parse()?);
    let mut ids = ids(database).await?;
    let client = reqwest::Client::new();
    ids.vouchers.extend(issue_vouchers(&client, address, 100).await?);
    let sign_in = json!({ "email": "forening@granviken.example", "password": server::seed::DEMO_PASSWORD });
    let response =
        client.post(format!("{address}/api/auth/sign-in")).json(&sign_in).send().await?.error_for_status()?;
    let cookie = response.headers()["set-cookie"].to_str()?.split(';').next().unwrap_or_default().to_owned();
    let me: Value = response.json().await?;
    let csrf = me["csrf_token"].as_str().unwrap_or_default().to_owned();
    let mine: Value =
        client.get(format!("{address}/api/staff/associations")).header("cookie", &cookie).send().await?.json().await?;
    let association = mine.as_array().into_iter().flatten().find(|a| a["slug"] == "granvikens-if");
    let association = association.and_then(|a| a["id"].as_i64()).unwrap_or_default();
    let soak =
        Arc::new(Soak { address: address.clone(), client, ids, cookie, csrf, association, tally: Mutex::default() });

    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..clients {
        let soak = soak.clone();
        tasks.spawn(async move {
            let mut dice = Dice(0x9E37_79B9_7F4A_7C15 ^ (n as u64 + 1).wrapping_mul(0x2545_F491_4F6C_DD1D));
            while start.elapsed() < duration {
                soak.one(&mut dice).await;
            }
        });
    }
    tasks.join_all().await;
    soak.report(start.elapsed());
    Ok(())
}

/// Vouchers for the payments, issued by the demo's admin.
async fn issue_vouchers(client: &reqwest::Client, address: &str, n: usize) -> anyhow::Result<Vec<String>> {
    let sign_in = json!({ "email": "admin@granviken.example", "password": server::seed::DEMO_PASSWORD });
    let response =
        client.post(format!("{address}/api/auth/sign-in")).json(&sign_in).send().await?.error_for_status()?;
    let cookie = response.headers()["set-cookie"].to_str()?.split(';').next().unwrap_or_default().to_owned();
    let me: Value = response.json().await?;
    let year = chrono::Datelike::year(&chrono::Local::now());
    let mut codes = Vec::new();
    for n in 0..n {
        let body = json!({ "year": year, "first_name": format!("Barn {n}"), "birth_year": year - 10 });
        let voucher: Value = client
            .post(format!("{address}/api/staff/municipalities/granviken/vouchers"))
            .header("cookie", &cookie)
            .header("x-csrf-token", me["csrf_token"].as_str().unwrap_or_default())
            .json(&body)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        codes.push(voucher["code"].as_str().unwrap_or_default().to_owned());
    }
    Ok(codes)
}

async fn ids(database: &str) -> anyhow::Result<Ids> {
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{database}?mode=ro")).await?;
    let ints = |sql: &'static str| {
        let pool = pool.clone();
        async move { anyhow::Ok(sqlx::query(sql).fetch_all(&pool).await?.iter().map(|r| r.get(0)).collect()) }
    };
    let texts = |sql: &'static str| {
        let pool = pool.clone();
        async move { anyhow::Ok(sqlx::query(sql).fetch_all(&pool).await?.iter().map(|r| r.get(0)).collect()) }
    };
    // Granviken's own, which its addresses show (the demo has a neighbour, Norrsjö).
    let ids = Ids {
        activities: ints(
            "SELECT a.id FROM activities a JOIN municipalities m ON m.id = a.municipality_id
             LEFT JOIN associations s ON s.id = a.association_id
             WHERE m.slug = 'granviken' AND a.status <> 'paused' AND (s.id IS NULL OR s.state = 'approved')",
        )
        .await?,
        articles: texts(
            "SELECT a.slug FROM articles a JOIN municipalities m ON m.id = a.municipality_id
             WHERE m.slug = 'granviken' AND a.published = 1",
        )
        .await?,
        items: ints("SELECT i.id FROM sportotek_items i JOIN municipalities m ON m.id = i.municipality_id WHERE m.slug = 'granviken'").await?,
        guides: ints("SELECT g.id FROM guides g JOIN municipalities m ON m.id = g.municipality_id WHERE m.slug = 'granviken'").await?,
        vouchers: texts("SELECT code FROM vouchers WHERE revoked_at IS NULL").await?,
    };
    anyhow::ensure!(
        !(ids.activities.is_empty() || ids.articles.is_empty() || ids.items.is_empty() || ids.guides.is_empty()),
        "the database has no activities, articles, Sportotek items or guides: is it the demo's?"
    );
    Ok(ids)
}

impl Soak {
    /// Sends one request of a kind the mix picks and tallies its answer.
    async fn one(&self, dice: &mut Dice) {
        let total: u32 = MIX.iter().map(|(_, w)| w).sum();
        let mut at = u32::try_from(dice.roll(total as usize)).unwrap();
        let kind = MIX
            .iter()
            .find(|(_, w)| {
                if at < *w {
                    true
                } else {
                    at -= w;
                    false
                }
            })
            .unwrap()
            .0;
        let lang = dice.pick(LANGS);
        let started = Instant::now();
        let (request, intended): (reqwest::RequestBuilder, &[u16]) = match kind {
            "orientation" => (self.get(&format!("{M}/orientation?lang={lang}")), &[200]),
            "article" => (self.get(&format!("{M}/articles/{}?lang={lang}", dice.pick(&self.ids.articles))), &[200]),
            "search" => {
                (self.get(&format!("{M}/search?lang={lang}&q={}", dice.pick(&["bank", "skola", "112", "SFI"]))), &[200])
            }
            "finder" => (self.get(&format!("{M}/activities?lang={lang}&age={}", 5 + dice.roll(12))), &[200]),
            "activity" => {
                (self.get(&format!("{M}/activities/{}?lang={lang}", dice.pick(&self.ids.activities))), &[200])
            }
            "sportotek" => (self.get(&format!("{M}/sportotek?lang={lang}")), &[200]),
            "item" => (self.get(&format!("{M}/sportotek/items/{}?lang={lang}", dice.pick(&self.ids.items))), &[200]),
            "guides" => (self.get(&format!("{M}/guides?lang={lang}")), &[200]),
            "guide" => (self.get(&format!("{M}/guides/{}?lang={lang}", dice.pick(&self.ids.guides))), &[200]),
            "redemption" => {
                let body =
                    json!({ "code": dice.pick(&self.ids.vouchers), "amount_ore": 100, "idempotency_key": key(dice) });
                let url = format!("{}/api/staff/associations/{}/redemptions", self.address, self.association);
                // A voucher used up is refused: intended.
                (self.signed(self.client.post(url)).json(&body), &[201, 409])
            }
            "reservation" => match self.reservation(dice).await {
                Some(request) => (request, &[201, 409]),
                None => return self.tally(kind, 0, started, ""),
            },
            "booking" => match self.booking(dice).await {
                Some(request) => (request, &[201, 409]),
                None => return self.tally(kind, 0, started, ""),
            },
            _ => match dice.roll(3) {
                0 => (
                    self.post("/api/vouchers/balance", "{\"code\": ").header("x-forwarded-for", address(dice)),
                    &[400, 422],
                ),
                1 => (
                    self.post("/api/vouchers/balance", "{\"code\": \"ABCD\"}").header("x-forwarded-for", address(dice)),
                    &[422],
                ),
                _ => (self.get(&format!("{M}/activities/not-a-number")), &[400, 404, 422]),
            },
        };
        match request.send().await {
            Err(error) => self.tally(kind, 1, started, &error.to_string()),
            Ok(response) => {
                let status = response.status().as_u16();
                let body = response.text().await.unwrap_or_default();
                let note = if intended.contains(&status) { "" } else { &body };
                self.tally(kind, status, started, note);
            }
        }
    }

    /// A read as a phone's browser asks for it, compressed answers welcome (the read
    /// cache keeps each coding's answer apart: asking for none would fill it with
    /// answers no phone gets).
    fn get(&self, path: &str) -> reqwest::RequestBuilder {
        self.client.get(format!("{}{path}", self.address)).header("accept-encoding", "gzip, deflate, br, zstd")
    }

    /// A read's JSON, unpacked from the brotli a phone's browser would have unpacked.
    async fn read_json(&self, path: &str) -> Option<Value> {
        let response = self.get(path).send().await.ok()?;
        let brotli = response.headers().get("content-encoding").is_some_and(|coding| coding == "br");
        let bytes = response.bytes().await.ok()?;
        if !brotli {
            return serde_json::from_slice(&bytes).ok();
        }
        serde_json::from_reader(brotli::Decompressor::new(&bytes[..], 4096)).ok()
    }

    fn post(&self, path: &str, body: &'static str) -> reqwest::RequestBuilder {
        self.client.post(format!("{}{path}", self.address)).header("content-type", "application/json").body(body)
    }

    fn signed(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        request.header("cookie", &self.cookie).header("x-csrf-token", &self.csrf)
    }

    /// A family, at an address of its own, reserving a size of an item for its first
    /// pickup day.
    async fn reservation(&self, dice: &mut Dice) -> Option<reqwest::RequestBuilder> {
        let item = self.read_json(&format!("{M}/sportotek/items/{}", dice.pick(&self.ids.items))).await?;
        let sizes: Vec<&Value> = item["sizes"].as_array()?.iter().filter(|s| s["pickup_days"][0].is_object()).collect();
        // Over a long run every size of an item can be taken: another family tries next.
        if sizes.is_empty() {
            return None;
        }
        let size = dice.pick(&sizes);
        let body = json!({ "size_id": size["id"], "pickup_day": size["pickup_days"][0]["day"], "first_name": "Soak",
            "contact": phone(dice), "idempotency_key": key(dice) });
        Some(
            self.client
                .post(format!("{}{M}/sportotek/reservations", self.address))
                .header("x-forwarded-for", address(dice))
                .json(&body),
        )
    }

    /// A newcomer, at an address of their own, booking a guide's first open time.
    async fn booking(&self, dice: &mut Dice) -> Option<reqwest::RequestBuilder> {
        let guide = self.read_json(&format!("{M}/guides/{}", dice.pick(&self.ids.guides))).await?;
        let open = guide["open"].as_array()?.first()?;
        let body = json!({ "slot_id": open["slot_id"], "day": open["day"], "first_name": "Soak", "contact": phone(dice),
            "topic": open["topics"][0], "note": "", "idempotency_key": key(dice) });
        Some(
            self.client
                .post(format!("{}{M}/guides/bookings", self.address))
                .header("x-forwarded-for", address(dice))
                .json(&body),
        )
    }

    fn tally(&self, kind: &'static str, status: u16, started: Instant, note: &str) {
        let mut tally = self.tally.lock().unwrap();
        *tally.statuses.entry((kind, status)).or_default() += 1;
        tally.micros.entry(kind).or_default().push(u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX));
        if note.is_empty() {
            return;
        }
        tally.errors += 1;
        if tally.unexpected.len() < 20 {
            tally.unexpected.push(format!("{kind} {status}: {}", note.chars().take(200).collect::<String>()));
        }
    }

    fn report(&self, took: Duration) {
        let mut tally = self.tally.lock().unwrap();
        let total: u64 = tally.statuses.values().sum();
        let per_second = u128::from(total) * 1000 / took.as_millis().max(1);
        println!("{total} requests in {} s ({per_second} a second)", took.as_secs());
        println!("{:<12} {:>8}  {:<28} {:>8} {:>8}", "kind", "requests", "statuses", "p50 ms", "p99 ms");
        for (kind, _) in MIX {
            let statuses: Vec<String> = tally
                .statuses
                .iter()
                .filter(|((k, _), _)| k == kind)
                .map(|((_, s), n)| match s {
                    // Nothing left to reserve or book (not sent), and no answer at all.
                    0 => format!("none-open×{n}"),
                    1 => format!("no-answer×{n}"),
                    _ => format!("{s}×{n}"),
                })
                .collect();
            let micros = tally.micros.entry(kind).or_default();
            micros.sort_unstable();
            // The percentile's latency in milliseconds, to a tenth.
            let at = |percent: usize| {
                let m = micros.get(micros.len().saturating_sub(1) * percent / 100).copied().unwrap_or_default();
                format!("{}.{}", m / 1000, m % 1000 / 100)
            };
            println!("{kind:<12} {:>8}  {:<28} {:>8} {:>8}", micros.len(), statuses.join(" "), at(50), at(99));
        }
        println!("errors besides intended refusals: {}", tally.errors);
        for line in &tally.unexpected {
            println!("  {line}");
        }
    }
}

fn key(dice: &mut Dice) -> String {
    let low = dice.roll(65536);
    format!("soak-{:016x}{low:04x}", dice.0)
}

fn phone(dice: &mut Dice) -> String {
    format!("070-{:03} {:02} {:02}", dice.roll(1000), dice.roll(100), dice.roll(100))
}

/// A client address of a family's own: the server believes the soak's X-Forwarded-For.
fn address(dice: &mut Dice) -> String {
    format!("10.{}.{}.{}", dice.roll(256), dice.roll(256), 1 + dice.roll(254))
}
