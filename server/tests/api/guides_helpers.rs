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
    helpers::{Session, TestApp, DEMO_PASSWORD},
};

pub const M: &str = "granviken";
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
    assert_eq!(response.status(), 201, "the slot is added");
    response.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
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

pub async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(app.store.pool()).await.unwrap()
}

/// The objects the matrix calls the guides' routes on, all the demo guide's.
pub struct MatrixTargets {
    slot: i64,
    removable: i64,
    waiting: i64,
    cancellable: i64,
}

/// The demo guide's profile, a weekly slot with two waiting bookings, and a single slot
/// to remove; a second guide of the municipality with a profile of their own.
pub async fn arrange_matrix(app: &TestApp) -> MatrixTargets {
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
        ("PUT" | "DELETE", "/guide/blocked/{day}") => (g(&format!("/blocked/{blocked}")), None, GuideRule::Guide),
        ("GET", "/guide/bookings") => (g("/bookings"), None, GuideRule::Guide),
        ("POST", "/guide/bookings/{id}/confirmation") => {
            (g(&format!("/bookings/{}/confirmation", t.waiting)), None, GuideRule::Owner)
        }
        ("POST", "/guide/bookings/{id}/cancellation") => {
            let body = json!({ "reason": "guide-ill" });
            (g(&format!("/bookings/{}/cancellation", t.cancellable)), Some(body), GuideRule::Owner)
        }
        ("GET", "/guides/bookings") => (format!("{m}/guides/bookings"), None, GuideRule::Coordinator),
        _ => return None,
    };
    Some(case)
}
