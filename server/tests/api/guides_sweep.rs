//! The sweep of guide bookings: a meeting that has ended is written down as past, and a
//! booking's first name, contact and note are blanked 30 days after its day.

use model::{
    guides::{Booking, BookingState},
    schedule::Day,
};
use reqwest::Method;
use serde_json::json;
use server::store::Moment;
use sqlx::Row as _;

use crate::{
    activity_helpers::today,
    guides_helpers::{
        add_slot, booked, booking_id, clock, guide, lookup, once, spawn_guides_app, staff_path, weekly, GUIDE,
    },
    helpers::TestApp,
};

/// Moves a booking to another day, as if it had been made long ago.
async fn move_to(app: &TestApp, id: i64, day: Day) {
    sqlx::query("UPDATE guide_bookings SET day = $1 WHERE id = $2")
        .bind(day.to_string())
        .bind(id)
        .execute(app.store.pool())
        .await
        .unwrap();
}

async fn stored_state(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT state FROM guide_bookings WHERE id = $1")
        .bind(id)
        .fetch_one(app.store.pool())
        .await
        .unwrap()
}

/// First name, contact, normalised contact and note as stored, and whether it was blanked.
async fn personal(app: &TestApp, id: i64) -> (String, String, String, String, bool) {
    let row =
        sqlx::query("SELECT first_name, contact, contact_norm, note, blanked_at FROM guide_bookings WHERE id = $1")
            .bind(id)
            .fetch_one(app.store.pool())
            .await
            .unwrap();
    (row.get(0), row.get(1), row.get(2), row.get(3), row.get::<Option<i64>, _>(4).is_some())
}

#[tokio::test]
async fn a_waiting_or_confirmed_booking_is_written_past_once_its_meeting_has_ended() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day = today().plus_days(2);
    let slot = add_slot(&app, &samir, &once(day, "10:00")).await;
    let later = add_slot(&app, &samir, &once(day, "12:00")).await;
    let waiting = booked(&app, slot, day, "070-123 45 67").await;
    let confirmed = booked(&app, later, day, "070-765 43 21").await;
    let (waiting, confirmed) =
        (booking_id(&app, &samir, &waiting.code).await, booking_id(&app, &samir, &confirmed.code).await);
    let confirm = staff_path(&format!("/bookings/{confirmed}/confirmation"));
    assert_eq!(app.staff(Some(&samir), Method::POST, &confirm, None).await.status(), 200);

    // 10:00 for 60 minutes: still on at 10:59, ended at 11:00; the 12:00 one not yet.
    app.store
        .sweep_guides(Moment { today: day, now: clock("10:59") }, server::store::KEEP_PERSONAL_DAYS)
        .await
        .unwrap();
    assert_eq!(stored_state(&app, waiting).await, "waiting", "the meeting is still on");
    let swept = app
        .store
        .sweep_guides(Moment { today: day, now: clock("11:00") }, server::store::KEEP_PERSONAL_DAYS)
        .await
        .unwrap();
    assert_eq!(swept, 1, "one booking changed");
    assert_eq!(stored_state(&app, waiting).await, "past", "a waiting booking never confirmed is past too");
    assert_eq!(stored_state(&app, confirmed).await, "confirmed", "the 12:00 meeting has not ended");
    app.store
        .sweep_guides(Moment { today: day.plus_days(1), now: clock("00:00") }, server::store::KEEP_PERSONAL_DAYS)
        .await
        .unwrap();
    assert_eq!(stored_state(&app, confirmed).await, "past", "a confirmed booking is past the next day");
    let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'guides-swept'")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(audited, 2, "each sweep that changed something is audited");
}

#[tokio::test]
async fn the_name_contact_and_note_are_blanked_thirty_days_after_the_booking_whatever_its_state() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let first = today().plus_days(1);
    let slot = add_slot(&app, &samir, &weekly(first, first.plus_days(35), "17:00")).await;
    let mut ids = Vec::new();
    let mut codes = Vec::new();
    for (week, contact) in [(0, "070-100 00 01"), (1, "070-100 00 02"), (2, "070-100 00 03")] {
        let made = booked(&app, slot, first.plus_days(7 * week), contact).await;
        ids.push(booking_id(&app, &samir, &made.code).await);
        codes.push(made.code);
    }
    let (old, old_cancelled, recent) = (ids[0], ids[1], ids[2]);
    let cancel = staff_path(&format!("/bookings/{old_cancelled}/cancellation"));
    let reason = json!({ "reason": "guide-ill", "note": "Jag ringer Amal på fredag" });
    let cancelled = app.staff(Some(&samir), Method::POST, &cancel, Some(reason)).await;
    assert_eq!(cancelled.status(), 200);
    move_to(&app, old, today().plus_days(-31)).await;
    move_to(&app, old_cancelled, today().plus_days(-31)).await;
    move_to(&app, recent, today().plus_days(-29)).await;

    app.store
        .sweep_guides(Moment { today: today(), now: clock("12:00") }, server::store::KEEP_PERSONAL_DAYS)
        .await
        .unwrap();

    let blank = (String::new(), String::new(), String::new(), String::new(), true);
    assert_eq!(personal(&app, old).await, blank, "31 days ago, waiting");
    assert_eq!(personal(&app, old_cancelled).await, blank, "31 days ago, cancelled by the guide");
    let kept = ("Amal".to_owned(), "070-100 00 03".to_owned(), "0701000003".to_owned(), false);
    let (first_name, contact, contact_norm, note, blanked) = personal(&app, recent).await;
    assert_eq!((first_name, contact, contact_norm, blanked), kept, "29 days ago");
    assert_eq!(note, "Ett brev från Försäkringskassan", "29 days ago");
    assert_eq!(stored_state(&app, old).await, "past");
    assert_eq!(stored_state(&app, old_cancelled).await, "cancelled-by-guide", "a cancelled booking stays cancelled");
    // The guide's own words on cancelling may name the newcomer: they go too.
    let cancel_note: String = sqlx::query_scalar("SELECT cancel_note FROM guide_bookings WHERE id = $1")
        .bind(old_cancelled)
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(cancel_note, "", "the guide's note is blanked with the rest");
    assert_eq!(stored_state(&app, recent).await, "past");
    let again = app
        .store
        .sweep_guides(Moment { today: today(), now: clock("12:00") }, server::store::KEEP_PERSONAL_DAYS)
        .await
        .unwrap();
    assert_eq!(again, 0, "nothing left to sweep");
    // An installation that keeps them 28 days (`--guide-keep-days 28`) blanks that one too.
    app.store.sweep_guides(Moment { today: today(), now: clock("12:00") }, 28).await.unwrap();
    assert!(personal(&app, recent).await.4, "29 days ago, kept 28");

    // The code still answers, with the booking and no personal data.
    let response = lookup(&app, &codes[0]).await;
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    assert!(!body.contains("Amal") && !body.contains("070-100"), "{body}");
    let seen: Booking = serde_json::from_str(&body).unwrap();
    assert_eq!((seen.state, seen.guide_first_name.as_str()), (BookingState::Past, "Samir"));
    let listed: Vec<model::guides::GuideBooking> =
        app.staff(Some(&samir), Method::GET, &staff_path("/bookings"), None).await.json().await.unwrap();
    let shown = listed.iter().find(|b| b.id == old).expect("the guide still lists it");
    assert_eq!((shown.first_name.as_str(), shown.contact.as_str(), shown.note.as_str()), ("", "", ""));
}
