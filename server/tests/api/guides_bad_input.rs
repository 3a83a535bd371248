//! Bad input to the guides' routes: each row is refused with 422 naming the field, and
//! nothing is written.

use model::{
    guides::{week_start, Repeat},
    schedule::Day,
};
use reqwest::Method;
use serde_json::{json, Value};

use crate::{
    activity_helpers::today,
    guides_helpers::{
        add_slot, book, booking, count, guide, once, slot, spawn_guides_app, staff_path, weekly, COORDINATOR, GUIDE,
    },
    helpers::{TestApp, DEMO_PASSWORD},
};

/// Everything a refused request could have written.
async fn written(app: &TestApp) -> (i64, i64, i64) {
    (
        count(app, "SELECT COUNT(*) FROM guide_slots").await,
        count(app, "SELECT COUNT(*) FROM guide_bookings").await,
        count(app, "SELECT COUNT(*) FROM audit_log").await,
    )
}

#[tokio::test]
async fn a_bad_slot_is_refused_naming_the_field_and_nothing_is_written() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let first = today().plus_days(7);
    add_slot(&app, &samir, &weekly(first, first.plus_days(28), "17:00")).await;
    let yesterday = today().plus_days(-1);
    let mut short = once(first.plus_days(1), "10:00");
    short.minutes = 5;
    let mut control = once(first.plus_days(1), "10:00");
    control.place = "Biblioteket\u{7}".into();
    let mut no_place = once(first.plus_days(1), "10:00");
    no_place.place = " ".into();
    let far = once(today().plus_days(7 * 27), "10:00");
    let reversed =
        slot(Repeat::Weekly { weekday: first.weekday(), from: first, until: first.plus_days(-7) }, "10:00", 60);
    let cases: Vec<(&str, model::guides::Slot, &str, &str)> = vec![
        ("a meeting already past", once(yesterday, "10:00"), "day", "error-guide-time-past"),
        ("a meeting overlapping the weekly slot", once(first, "17:30"), "start", "error-guide-slot-overlap"),
        ("five minutes", short, "minutes", "error-guide-slot-length"),
        ("a control character in the place", control, "place", "error-text-control"),
        ("a library without a place", no_place, "place", "error-required"),
        ("further than 26 weeks", far, "day", "error-guide-time-too-far"),
        ("until before from", reversed, "until", "error-season-reversed"),
    ];
    let before = written(&app).await;
    for (why, slot, field, message_id) in cases {
        let response = app.staff(Some(&samir), Method::POST, &staff_path("/slots"), Some(json!(slot))).await;
        assert_eq!(response.status(), 422, "{why}");
        let body: Value = response.json().await.unwrap();
        let named =
            body["fields"].as_array().unwrap().iter().any(|f| f["field"] == field && f["message_id"] == message_id);
        assert!(named, "{why}: {body}");
        assert_eq!(written(&app).await, before, "{why}: nothing written");
    }
    let unknown = json!({ "repeat": { "once": { "day": first.to_string() } }, "start": "10:00", "minutes": 60,
        "meeting": "library", "place": "Biblioteket", "topics": ["knitting"] });
    let response = app.staff(Some(&samir), Method::POST, &staff_path("/slots"), Some(unknown)).await;
    assert_eq!(response.status(), 400, "an unknown topic is no slot");
    assert_eq!(written(&app).await, before);
}

#[tokio::test]
async fn a_bad_booking_is_refused_naming_the_field_and_nothing_is_written() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day = today().plus_days(3);
    let slot_id = add_slot(&app, &samir, &once(day, "10:00")).await;
    let with = |field: &str, value: Value| {
        let mut body = booking(slot_id, day, "070-123 45 67");
        body[field] = value;
        body
    };
    let other_day: Day = day.plus_days(1);
    let cases = [
        ("an unknown topic", with("topic", json!("knitting")), "topic", "error-unknown-topic"),
        (
            "a topic the slot does not offer",
            with("topic", json!("job-seeking")),
            "topic",
            "error-guide-topic-not-offered",
        ),
        ("a phone number too short", with("contact", json!("070")), "contact", "error-sportotek-contact"),
        ("a note too long", with("note", json!("a".repeat(501))), "note", "error-text-too-long"),
        (
            "a control character in the name",
            with("first_name", json!("Amal\u{1b}")),
            "first_name",
            "error-text-control",
        ),
        (
            "a day the slot does not meet",
            with("day", json!(other_day.to_string())),
            "day",
            "error-guide-no-such-occurrence",
        ),
    ];
    let before = written(&app).await;
    for (why, body, field, message_id) in cases {
        let (status, answer) = book(&app, &body).await;
        assert_eq!(status, 422, "{why}: {answer}");
        let named =
            answer["fields"].as_array().unwrap().iter().any(|f| f["field"] == field && f["message_id"] == message_id);
        assert!(named, "{why}: {answer}");
        assert_eq!(written(&app).await, before, "{why}: nothing written");
    }
}

/// Sends a coordinator's GET and checks the 422 names `field` with `message_id`.
async fn refused_query(app: &TestApp, session: &crate::helpers::Session, path: &str, field: &str, message_id: &str) {
    let response = app.staff(Some(session), Method::GET, path, None).await;
    assert_eq!(response.status(), 422, "{path}");
    let body: Value = response.json().await.unwrap();
    let named = body["fields"].as_array().unwrap().iter().any(|f| f["field"] == field && f["message_id"] == message_id);
    assert!(named, "{path}: {body}");
}

#[tokio::test]
async fn a_bad_day_or_range_in_a_coordinators_query_is_refused_naming_the_field() {
    let app = spawn_guides_app().await;
    let boss = app.sign_in(COORDINATOR, DEMO_PASSWORD).await;
    let monday = week_start(today());
    let long = "9".repeat(4000);
    let cases: Vec<(String, &str, &str, &str)> = vec![
        (format!("/week?monday={}", monday.plus_days(1)), "monday", "error-guide-not-monday", "a Tuesday"),
        ("/week?monday=2026-13-01".into(), "monday", "error-guide-day", "no thirteenth month"),
        ("/week?monday=last%20monday".into(), "monday", "error-guide-day", "words"),
        (format!("/week?monday={long}"), "monday", "error-guide-day", "oversized"),
        ("/week?monday=2026-01-05%0D%0AX-Injected:%201".into(), "monday", "error-guide-day", "a line break"),
        (format!("/bookings?from={monday}"), "to", "error-required", "a range needs both ends"),
        (format!("/bookings?to={monday}"), "from", "error-required", "a range needs both ends"),
        (format!("/bookings?from={monday}&to={}", monday.plus_days(-1)), "to", "error-period", "reversed"),
        (format!("/bookings?from={monday}&to={}", monday.plus_days(62)), "to", "error-guide-range-too-long", "63 days"),
        (format!("/bookings?from=yesterday&to={monday}"), "from", "error-guide-day", "not a day"),
        (
            format!("/demand?from={monday}&to={}", monday.plus_days(366)),
            "to",
            "error-guide-range-too-long",
            "a year and more",
        ),
        (format!("/demand?from={monday}"), "to", "error-required", "a range needs both ends"),
        ("/demand?from=2026-02-30&to=2026-03-01".into(), "from", "error-guide-day", "no 30 February"),
    ];
    let before = written(&app).await;
    for (query, field, message_id, why) in cases {
        let path = format!("/api/staff/municipalities/granviken/guides{query}");
        refused_query(&app, &boss, &path, field, message_id).await;
        assert_eq!(written(&app).await, before, "{why}: nothing written");
    }
}

#[tokio::test]
async fn deactivating_no_such_guide_or_another_municipalitys_is_not_found_and_changes_nothing() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day = today().plus_days(2);
    let slot = add_slot(&app, &samir, &once(day, "10:00")).await;
    book(&app, &booking(slot, day, "070-123 45 67")).await;
    let own = count(&app, "SELECT id FROM guides").await;
    let other = app.store.create_municipality("bstad", "Bstad", false).await.unwrap();
    app.account_with("samordnare@bstad.example", &[(model::auth::Role::Coordinator, Some(other))]).await;
    let far = app.sign_in("samordnare@bstad.example", DEMO_PASSWORD).await;
    let boss = app.sign_in(COORDINATOR, DEMO_PASSWORD).await;
    let before = written(&app).await;
    let cases = [
        (
            &boss,
            format!("/api/staff/municipalities/granviken/guides/{}/deactivation", own + 1000),
            404,
            "no such guide",
        ),
        (&boss, "/api/staff/municipalities/granviken/guides/abc/deactivation".to_owned(), 404, "not an id"),
        (&boss, format!("/api/staff/municipalities/granviken/guides/{}/deactivation", "9".repeat(40)), 404, "too big"),
        (&far, format!("/api/staff/municipalities/bstad/guides/{own}/deactivation"), 404, "another municipality's"),
        (&far, format!("/api/staff/municipalities/granviken/guides/{own}/deactivation"), 403, "not their municipality"),
    ];
    for (session, path, status, why) in cases {
        assert_eq!(app.staff(Some(session), Method::POST, &path, None).await.status(), status, "{why}");
        assert_eq!(written(&app).await, before, "{why}: nothing written");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guides WHERE state = 'approved'").await, 1);
}

#[tokio::test]
async fn a_hostile_code_or_secret_in_a_calendar_path_is_not_found() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let feed: Value = app.staff(Some(&samir), Method::POST, &staff_path("/calendar"), None).await.json().await.unwrap();
    let path = feed["path"].as_str().unwrap().to_owned();
    let id = path.split('/').nth(4).unwrap().to_owned();
    let before = count(&app, "SELECT COUNT(*) FROM guide_lookups").await;
    let paths = [
        "/api/guides/bookings/not-a-code/calendar.ics".to_owned(),
        "/api/guides/bookings/7KQ2%0D%0AX-INJECTED/calendar.ics".to_owned(),
        format!("/api/guides/bookings/{}/calendar.ics", "A".repeat(3000)),
        path.trim_end_matches(".ics").to_owned(),
        format!("/api/guides/calendar/{id}/..%2F..%2Fetc.ics"),
        format!("/api/guides/calendar/{id}/{}.ics", "x".repeat(3000)),
        format!("/api/guides/calendar/abc/{}", path.rsplit('/').next().unwrap()),
        format!("/api/guides/calendar/{}/{}", i64::from(i32::MAX), path.rsplit('/').next().unwrap()),
    ];
    for hostile in &paths {
        assert_eq!(app.get(hostile).await.status(), 404, "{hostile}");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_lookups").await, before, "no shape-less code was looked for");
    assert_eq!(app.get(&path).await.status(), 200, "the real feed still works");
}
