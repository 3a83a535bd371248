//! Arranging guides for a test: a guide's profile and slots, newcomers' bookings, and
//! the authorization matrix's rows for the guides' staff routes.

use model::{
    guides::{Booking, MeetingKind, Repeat, Slot, Topic},
    schedule::{Clock, Day},
};
use reqwest::Method;
use serde_json::{json, Value};

use crate::{
    activity_helpers::today,
    helpers::{spawn_app_with, Options, Session, TestApp, DEMO_PASSWORD},
};

pub const M: &str = "granviken";
pub const COORDINATOR: &str = "samordnare@granviken.example";

/// The app with the demo municipality but without its demo guides: a test that counts
/// guides and bookings starts from none, and the demo guide account has no profile.
pub async fn spawn_guides_app() -> TestApp {
    spawn_guides_app_with(Options::default()).await
}

pub async fn spawn_guides_app_with(options: Options) -> TestApp {
    let app = spawn_app_with(options).await;
    clear_demo_guides(&app).await;
    app
}

/// Removes the demo guides, their slots, texts and bookings, and what seeding them audited.
pub async fn clear_demo_guides(app: &TestApp) {
    let demo = "(SELECT id FROM guides WHERE demo = 1)";
    for sql in [
        format!(
            "DELETE FROM guide_lookups WHERE booking_id IN (SELECT id FROM guide_bookings WHERE guide_id IN {demo})"
        ),
        format!("DELETE FROM guide_bookings WHERE guide_id IN {demo}"),
        format!("DELETE FROM guide_slots WHERE guide_id IN {demo}"),
        format!("DELETE FROM guide_blocked_days WHERE guide_id IN {demo}"),
        format!("DELETE FROM guide_texts WHERE guide_id IN {demo}"),
        "DELETE FROM guides WHERE demo = 1".to_owned(),
        "DELETE FROM audit_log WHERE action LIKE 'demo-guide%'".to_owned(),
    ] {
        sqlx::query(&sql).execute(app.store.pool()).await.unwrap();
    }
}

pub fn coordinator_path(rest: &str) -> String {
    format!("/api/staff/municipalities/{M}/guides{rest}")
}
pub const GUIDE: &str = "guide@granviken.example";

pub fn staff_path(rest: &str) -> String {
    format!("/api/staff/municipalities/{M}/guide{rest}")
}

pub fn public_path(rest: &str) -> String {
    format!("/api/municipalities/{M}/guides{rest}")
}

pub fn clock(raw: &str) -> Clock {
    Clock::parse(raw).unwrap()
}

pub fn profile(first_name: &str, languages: &[&str]) -> Value {
    json!({ "first_name": first_name, "languages": languages, "topics": ["practise-swedish", "letters-and-forms"],
        "about": { "sv": "Jag bor i Granviken sedan tio år." }, "per_week": 5 })
}

/// A signed-in guide with a profile (Arabic and Swedish) in the demo municipality.
pub async fn guide(app: &TestApp, email: &str, first_name: &str) -> Session {
    let session = app.sign_in(email, DEMO_PASSWORD).await;
    let response =
        app.staff(Some(&session), Method::PUT, &staff_path("/profile"), Some(profile(first_name, &["ar", "sv"]))).await;
    assert_eq!(response.status(), 200, "the profile is saved");
    session
}

/// A slot in the library helping with Swedish and letters.
pub fn slot(repeat: Repeat, start: &str, minutes: u16) -> Slot {
    Slot {
        repeat,
        start: clock(start),
        minutes,
        meeting: MeetingKind::Library,
        place: "Biblioteket, Storgatan 3".into(),
        topics: vec![Topic::PractiseSwedish, Topic::LettersAndForms],
    }
}

/// Every week on the weekday of `from`, until `until`.
pub fn weekly(from: Day, until: Day, start: &str) -> Slot {
    slot(Repeat::Weekly { weekday: from.weekday(), from, until }, start, 60)
}

pub fn once(day: Day, start: &str) -> Slot {
    slot(Repeat::Once { day }, start, 60)
}

pub async fn add_slot(app: &TestApp, session: &Session, slot: &Slot) -> i64 {
    let response = app.staff(Some(session), Method::POST, &staff_path("/slots"), Some(json!(slot))).await;
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    assert_eq!(status, 201, "the slot is added: {body}");
    body["id"].as_i64().unwrap()
}

pub fn booking(slot: i64, day: Day, contact: &str) -> Value {
    json!({ "slot_id": slot, "day": day.to_string(), "first_name": "Amal", "contact": contact,
        "topic": "letters-and-forms", "note": "Ett brev från Försäkringskassan",
        "idempotency_key": uuid::Uuid::new_v4().to_string(), "lang": "ar" })
}

/// Sends a booking as a newcomer's phone does: its status and body.
pub async fn book(app: &TestApp, body: &Value) -> (u16, Value) {
    let response = app.staff(None, Method::POST, &public_path("/bookings"), Some(body.clone())).await;
    (response.status().as_u16(), response.json().await.unwrap())
}

/// A new waiting booking.
pub async fn booked(app: &TestApp, slot: i64, day: Day, contact: &str) -> Booking {
    let (status, body) = book(app, &booking(slot, day, contact)).await;
    assert_eq!(status, 201, "booked: {body}");
    serde_json::from_value(body).unwrap()
}

pub async fn lookup(app: &TestApp, code: &str) -> reqwest::Response {
    app.staff(None, Method::POST, "/api/guides/bookings/lookup", Some(json!({ "code": code }))).await
}

/// The id of a guide's booking, by its code, as the guide's list shows it.
pub async fn booking_id(app: &TestApp, session: &Session, code: &str) -> i64 {
    let code = code.replace('-', "");
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM guide_bookings WHERE code = $1")
        .bind(code)
        .fetch_all(app.store.pool())
        .await
        .unwrap();
    let listed: Vec<Value> =
        app.staff(Some(session), Method::GET, &staff_path("/bookings"), None).await.json().await.unwrap();
    assert!(listed.iter().any(|b| b["id"].as_i64() == Some(ids[0])), "the guide's list holds the booking");
    ids[0]
}

pub use crate::helpers::count;

/// The objects the matrix calls the guides' routes on, all the demo guide's.
pub struct MatrixTargets {
    slot: i64,
    removable: i64,
    waiting: i64,
    cancellable: i64,
    /// A third guide of the municipality, for the coordinator to deactivate.
    deactivatable: i64,
    /// A volunteer's application waiting for a coordinator.
    application: i64,
}

/// The demo guide's profile, a weekly slot with two waiting bookings, and a single slot
/// to remove; a second guide of the municipality with a profile of their own.
pub async fn arrange_matrix(app: &TestApp) -> MatrixTargets {
    clear_demo_guides(app).await;
    let own = app.municipality_id().await;
    app.account_with("guide3@granviken.example", &[(model::auth::Role::Guide, Some(own))]).await;
    guide(app, "guide3@granviken.example", "Hodan").await;
    let deactivatable = count(app, "SELECT id FROM guides WHERE first_name = 'Hodan'").await;
    let session = guide(app, GUIDE, "Samir").await;
    let first = today().plus_days(1);
    let slot_id = add_slot(app, &session, &weekly(first, first.plus_days(60), "17:00")).await;
    let removable = add_slot(app, &session, &once(today().plus_days(3), "10:00")).await;
    let waiting = booked(app, slot_id, first, "070-100 00 01").await;
    let cancellable = booked(app, slot_id, first.plus_days(7), "070-100 00 02").await;
    MatrixTargets {
        slot: slot_id,
        removable,
        waiting: booking_id(app, &session, &waiting.code).await,
        cancellable: booking_id(app, &session, &cancellable.code).await,
        application: crate::guides_applications::applied(app, "matrix@example.org").await,
        deactivatable,
    }
}

/// Who may call a guides' staff route.
pub enum GuideRule {
    /// Any guide of the municipality, for their own data.
    Guide,
    /// Only the guide the object belongs to.
    Owner,
    /// A coordinator of the municipality.
    Coordinator,
}

/// The path, body and rule of a guides' staff route for the matrix; `m` is the own
/// municipality's staff path.
pub fn matrix_case(
    method: &str,
    template: &str,
    m: &str,
    t: &MatrixTargets,
) -> Option<(String, Option<Value>, GuideRule)> {
    let g = |rest: &str| format!("{m}/guide{rest}");
    let first = today().plus_days(1);
    let blocked = today().plus_days(5).to_string();
    let case = match (method, template.trim_start_matches("/municipalities/{municipality}")) {
        ("GET", "/guide/profile") => (g("/profile"), None, GuideRule::Guide),
        ("PUT", "/guide/profile") => (g("/profile"), Some(profile("Samir", &["ar", "sv"])), GuideRule::Guide),
        ("GET", "/guide/slots") => (g("/slots"), None, GuideRule::Guide),
        ("POST", "/guide/slots") => (g("/slots"), Some(json!(once(today().plus_days(4), "12:00"))), GuideRule::Guide),
        ("PUT", "/guide/slots/{id}") => (
            g(&format!("/slots/{}", t.slot)),
            Some(json!(weekly(first, first.plus_days(60), "17:00"))),
            GuideRule::Owner,
        ),
        ("DELETE", "/guide/slots/{id}") => (g(&format!("/slots/{}", t.removable)), None, GuideRule::Owner),
        ("GET", "/guide/blocked") => (g("/blocked"), None, GuideRule::Guide),
        ("PUT" | "DELETE", "/guide/blocked/{day}") => (g(&format!("/blocked/{blocked}")), None, GuideRule::Guide),
        ("GET", "/guide/bookings") => (g("/bookings"), None, GuideRule::Guide),
        ("POST", "/guide/bookings/{id}/confirmation") => {
            (g(&format!("/bookings/{}/confirmation", t.waiting)), None, GuideRule::Owner)
        }
        ("POST", "/guide/bookings/{id}/cancellation") => {
            let body = json!({ "reason": "guide-ill" });
            (g(&format!("/bookings/{}/cancellation", t.cancellable)), Some(body), GuideRule::Owner)
        }
        ("GET" | "POST", "/guide/calendar") => (g("/calendar"), None, GuideRule::Guide),
        ("GET", "/guides/bookings") => {
            (format!("{m}/guides/bookings?from={first}&to={}", first.plus_days(61)), None, GuideRule::Coordinator)
        }
        ("GET", "/guides") => (format!("{m}/guides"), None, GuideRule::Coordinator),
        ("POST", "/guides/{id}/deactivation") => {
            (format!("{m}/guides/{}/deactivation", t.deactivatable), None, GuideRule::Coordinator)
        }
        ("GET", "/guides/week") => (format!("{m}/guides/week"), None, GuideRule::Coordinator),
        ("GET", "/guides/demand") => (format!("{m}/guides/demand"), None, GuideRule::Coordinator),
        ("GET", "/guides/statistics") => (format!("{m}/guides/statistics"), None, GuideRule::Coordinator),
        ("PUT", "/guide/photo") => (g("/photo"), Some(json!({ "not": "an image" })), GuideRule::Guide),
        ("GET" | "DELETE", "/guide/photo") => (g("/photo"), None, GuideRule::Guide),
        ("GET", "/guides/applications") => (format!("{m}/guides/applications"), None, GuideRule::Coordinator),
        ("POST", "/guides/applications/{id}/decision") => {
            let body = json!({ "approve": false });
            (format!("{m}/guides/applications/{}/decision", t.application), Some(body), GuideRule::Coordinator)
        }
        _ => return None,
    };
    Some(case)
}
