//! Bad input to the guides' routes: each row is refused with 422 naming the field, and
//! nothing is written.

use model::{guides::Repeat, schedule::Day};
use reqwest::Method;
use serde_json::{json, Value};

use crate::{
    activity_helpers::today,
    guides_helpers::{add_slot, book, booking, count, guide, once, slot, staff_path, weekly, GUIDE},
    helpers::{spawn_app, TestApp},
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
    let app = spawn_app().await;
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
    let app = spawn_app().await;
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
