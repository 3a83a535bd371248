//! Two servers on one database, as a region runs them behind a reverse proxy: what one
//! server counts or writes holds on the other. A change to public content shown by the
//! other server within a second is in `read_cache.rs`.
//!
//! The limits are shared through `PostgreSQL` only; one server runs on `SQLite` and counts
//! in memory, so the tests of shared counts check that topology on `PostgreSQL` and the
//! counting statements themselves on both databases.

use std::{sync::Arc, time::Duration};

use model::vouchers::{Receipt, StaffVoucher};
use reqwest::Method;
use serde_json::{json, Value};
use server::store::Backend;
use sqlx::Row as _;

use crate::{
    activity_helpers::today,
    helpers::{spawn_app_with, Options, Session, TestApp, DEMO_PASSWORD},
};

fn on_postgres(app: &TestApp) -> bool {
    app.store.backend() == Backend::Postgres
}

/// A request to the server at `base` as `session` sends it.
async fn send(
    app: &TestApp,
    base: &str,
    session: Option<&Session>,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    let mut request = app.client.request(method, format!("{base}{path}"));
    if let Some(session) = session {
        request = request.header("cookie", &session.cookie).header("x-csrf-token", &session.csrf);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    request.send().await.expect("request sent")
}

async fn granvikens_if(app: &TestApp, leader: &Session) -> i64 {
    let mine: Vec<model::associations::StaffAssociation> =
        app.staff(Some(leader), Method::GET, "/api/staff/associations", None).await.json().await.unwrap();
    mine.iter().find(|a| a.slug == "granvikens-if").expect("the demo leader's club").id
}

async fn new_voucher(app: &TestApp, admin: &Session) -> StaffVoucher {
    let body = json!({ "year": today().year(), "first_name": "Amal", "birth_year": today().year() - 9 });
    let response =
        app.staff(Some(admin), Method::POST, "/api/staff/municipalities/granviken/vouchers", Some(body)).await;
    assert_eq!(response.status(), 201, "issuing a voucher");
    response.json().await.unwrap()
}

/// 1,000 redemptions of one voucher, each sent to one server and its retry (the same
/// idempotency key) to the other, all mixed together: each is made once, both answers
/// are its receipt, and the balance is the amount less exactly 1,000 redemptions.
#[tokio::test]
async fn a_thousand_redemptions_split_across_two_servers_with_retries_are_each_made_once() {
    let app = spawn_app_with(Options { voucher_checks_per_ten_minutes: 10_000, ..Options::default() }).await;
    if !on_postgres(&app) {
        return;
    }
    let other = app.another_server().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let leader = app.sign_in("forening@granviken.example", DEMO_PASSWORD).await;
    let club = granvikens_if(&app, &leader).await;
    let voucher = new_voucher(&app, &admin).await;
    let (each_ore, count) = (40, 1_000);
    let path = format!("/api/staff/associations/{club}/redemptions");

    let (app, leader) = (Arc::new(app), Arc::new(leader));
    let slots = Arc::new(tokio::sync::Semaphore::new(48));
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..count {
        let key = format!("two-servers-{n}");
        // Half first to one server, half first to the other; the retry to the other.
        let bases =
            if n % 2 == 0 { [app.address.clone(), other.clone()] } else { [other.clone(), app.address.clone()] };
        for base in bases {
            let (app, leader, slots, path) = (app.clone(), leader.clone(), slots.clone(), path.clone());
            let body = json!({ "code": voucher.code, "amount_ore": each_ore, "idempotency_key": key });
            tasks.spawn(async move {
                let _slot = slots.acquire_owned().await.unwrap();
                let response = send(&app, &base, Some(&leader), Method::POST, &path, Some(&body)).await;
                let status = response.status().as_u16();
                (n, status, response.json::<Value>().await.unwrap_or(Value::Null))
            });
        }
    }
    let answers = tasks.join_all().await;

    let mut receipts = vec![Vec::new(); count];
    for (n, status, body) in answers {
        assert!(status == 200 || status == 201, "redemption {n}: {status} {body}");
        let receipt: Receipt = serde_json::from_value(body).expect("a receipt");
        assert_eq!(receipt.amount_ore, each_ore);
        receipts[n].push(receipt.id);
    }
    for (n, ids) in receipts.iter().enumerate() {
        assert_eq!(ids.len(), 2);
        assert_eq!(ids[0], ids[1], "redemption {n} and its retry on the other server are one receipt");
    }
    let made = sqlx::query(
        "SELECT COUNT(*), CAST(COALESCE(SUM(amount_ore), 0) AS BIGINT) FROM redemptions WHERE voucher_id = $1",
    )
    .bind(voucher.id)
    .fetch_one(app.store.pool())
    .await
    .unwrap();
    assert_eq!((made.get::<i64, _>(0), made.get::<i64, _>(1)), (1_000, 40_000), "none lost, none doubled");
    let balance: Value = app
        .post_raw("/api/vouchers/balance", "application/json", json!({ "code": voucher.code }).to_string())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(balance["balance_ore"], voucher.amount_ore - 40_000);
}

/// The guardian's limit of balance lookups is one count for the installation: 20
/// lookups spread over both servers, and the 21st is refused on either.
#[tokio::test]
async fn a_guardians_twenty_first_lookup_is_refused_whichever_server_it_reaches() {
    let app = spawn_app_with(Options::default()).await;
    if !on_postgres(&app) {
        return;
    }
    let other = app.another_server().await;
    let body = json!({ "code": "ABCD-EFGH-JKLM" });
    for n in 0..server::startup::VOUCHER_LOOKUPS {
        let base = if n % 2 == 0 { &app.address } else { &other };
        let status = send(&app, base, None, Method::POST, "/api/vouchers/balance", Some(&body)).await.status();
        assert_ne!(status, 429, "lookup {} of {} allowed", n + 1, server::startup::VOUCHER_LOOKUPS);
    }
    for base in [&app.address, &other] {
        let status = send(&app, base, None, Method::POST, "/api/vouchers/balance", Some(&body)).await.status();
        assert_eq!(status, 429, "the 21st lookup is refused at {base}");
    }
}

/// A sign-in made on one server holds on the other (sessions live in the database), and
/// wrong passwords for one account count together across both servers.
#[tokio::test]
async fn a_sign_in_holds_on_both_servers_and_wrong_passwords_count_together() {
    let app = spawn_app_with(Options::default()).await;
    let other = app.another_server().await;
    let leader = app.sign_in("forening@granviken.example", DEMO_PASSWORD).await;
    let me = send(&app, &other, Some(&leader), Method::GET, "/api/auth/me", None).await;
    assert_eq!(me.status(), 200, "the session made on one server is valid on the other");
    let out = send(&app, &other, Some(&leader), Method::POST, "/api/auth/sign-out", None).await;
    assert_eq!(out.status(), 204);
    let me = send(&app, &app.address, Some(&leader), Method::GET, "/api/auth/me", None).await;
    assert_eq!(me.status(), 401, "signed out on the other server is signed out here");

    if !on_postgres(&app) {
        return;
    }
    let wrong = json!({ "email": "admin@granviken.example", "password": "not the password" });
    for n in 0..server::startup::SIGN_IN_FAILURES {
        let base = if n % 2 == 0 { &app.address } else { &other };
        let status = send(&app, base, None, Method::POST, "/api/auth/sign-in", Some(&wrong)).await.status();
        assert_eq!(status, 401, "wrong password {}", n + 1);
    }
    let right = json!({ "email": "admin@granviken.example", "password": DEMO_PASSWORD });
    for base in [&app.address, &other] {
        let status = send(&app, base, None, Method::POST, "/api/auth/sign-in", Some(&right)).await.status();
        assert_eq!(status, 429, "after ten failures across both servers, {base} waits too");
    }
}

/// The counting statement under parallel requests: of 60 asking at once for a burst of
/// 20 (one a minute after that), exactly 20 get a slot; a slot comes back after its
/// interval. Long periods where only the count matters: a loaded machine may take a
/// second over the 60.
#[tokio::test]
async fn a_burst_of_rate_slots_is_taken_exactly_once_however_many_ask_at_once() {
    let app = spawn_app_with(Options { demo: false, ..Options::default() }).await;
    let (minute, burst) = (60_000_000, 20);
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..60 {
        let store = app.store.clone();
        tasks.spawn(async move { store.take_rate_slot("test", "client", minute, (burst - 1) * minute).await.unwrap() });
    }
    let taken = tasks.join_all().await.into_iter().filter(|taken| *taken).count();
    assert_eq!(taken, 20);
    assert!(app.store.take_rate_slot("another", "client", minute, 0).await.unwrap(), "limits are apart");

    let second = 1_000_000;
    assert!(app.store.take_rate_slot("test", "refill", second, 0).await.unwrap());
    assert!(!app.store.take_rate_slot("test", "refill", second, 0).await.unwrap(), "a burst of one");
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    assert!(app.store.take_rate_slot("test", "refill", second, 0).await.unwrap(), "the slot came back");
}

/// Failed attempts taken at once stop at the limit; a success gives its place back; a
/// window that has passed starts again.
#[tokio::test]
async fn failed_attempts_taken_at_once_stop_at_the_limit() {
    let app = spawn_app_with(Options { demo: false, ..Options::default() }).await;
    let quarter = 900_000_000;
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..30 {
        let store = app.store.clone();
        tasks.spawn(async move { store.begin_attempt("test", "guesser", quarter, 10).await.unwrap() });
    }
    assert_eq!(tasks.join_all().await.into_iter().filter(|taken| *taken).count(), 10);
    app.store.give_back_attempt("test", "guesser").await.unwrap();
    assert!(app.store.begin_attempt("test", "guesser", quarter, 10).await.unwrap(), "a success gave one back");
    assert!(!app.store.begin_attempt("test", "guesser", quarter, 10).await.unwrap());

    let second = 1_000_000;
    assert!(app.store.begin_attempt("test", "quick", second, 1).await.unwrap());
    assert!(!app.store.begin_attempt("test", "quick", second, 1).await.unwrap());
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    assert!(app.store.begin_attempt("test", "quick", second, 1).await.unwrap(), "a new window");
}

/// Every server keys its client hashes with the same secret of the day, so one client
/// is one hash in the lookup logs whichever server it asked; the sweep deletes secrets
/// older than yesterday's, and rate slots whose time has passed.
#[tokio::test]
async fn servers_hash_a_client_alike_and_old_secrets_are_swept() {
    let app = spawn_app_with(Options { demo: false, ..Options::default() }).await;
    let one = server::client_hash::ClientHashes::new(app.store.clone());
    let two = server::client_hash::ClientHashes::new(app.store.clone());
    let (a, b) = (one.hash("203.0.113.7").await.unwrap(), two.hash("203.0.113.7").await.unwrap());
    assert_eq!(a, b, "the same client is the same hash on both");
    assert_ne!(a, two.hash("203.0.113.8").await.unwrap());

    let today = server::store::now().div_euclid(86_400);
    for day in [today - 3, today - 1] {
        sqlx::query("INSERT INTO client_hash_keys (day, secret) VALUES ($1, 'old')")
            .bind(day)
            .execute(app.store.pool())
            .await
            .unwrap();
    }
    app.store.take_rate_slot("test", "gone", 1, 0).await.unwrap();
    tokio::time::sleep(Duration::from_millis(5)).await;
    app.store.sweep_limits().await.unwrap();
    let days: Vec<i64> =
        sqlx::query_scalar("SELECT day FROM client_hash_keys ORDER BY day").fetch_all(app.store.pool()).await.unwrap();
    assert_eq!(days, [today - 1, today], "yesterday's secret is kept, older ones deleted");
    let slots: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM rate_slots").fetch_one(app.store.pool()).await.unwrap();
    assert_eq!(slots, 0, "a slot whose time has passed is deleted");
}
