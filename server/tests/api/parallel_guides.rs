//! Guides' bookings under parallel requests: a time is never booked twice, a booking is
//! confirmed once, a slot is never moved away from a booking made meanwhile, and a
//! guide deactivated meanwhile keeps no live booking; on `SQLite` and on `PostgreSQL`.

use reqwest::Method;
use serde_json::json;

use crate::{
    activity_helpers::today,
    guides_helpers::{
        add_slot, booked, booking, booking_id, count, guide, once, public_path, spawn_guides_app_with, staff_path,
        weekly, GUIDE,
    },
    helpers::{Options, DEMO_PASSWORD},
    parallel::{all_at_once, call, once_refusing},
};

#[tokio::test]
async fn fifty_parallel_bookings_of_one_time_give_exactly_one_and_forty_nine_clear_refusals() {
    // Fifty newcomers behind the proxy, each their own address and contact: only the
    // time can stop them, not the per-client limit nor the per-contact one.
    let app = spawn_guides_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day = today().plus_days(2);
    let slot = add_slot(&app, &samir, &once(day, "10:00")).await;
    let path = public_path("/bookings");
    let answers = all_at_once((0..50).map(|n| {
        let body = booking(slot, day, &format!("070-{n:03} 00 00"));
        call(&app, None, Method::POST, &path, Some(&body)).header("x-forwarded-for", format!("198.51.100.{n}"))
    }))
    .await;
    let created = answers.iter().filter(|(status, _)| *status == 201).count();
    assert_eq!(created, 1, "exactly one booking: {:?}", answers.iter().map(|a| a.0).collect::<Vec<_>>());
    for (status, body) in answers.iter().filter(|(status, _)| *status != 201) {
        assert_eq!(*status, 409, "{body}");
        assert_eq!(body["message_id"], "error-guide-time-taken", "a clear refusal: {body}");
        assert_eq!(body["fields"][0]["field"], "day");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_bookings").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'guide-booked'").await, 1);
}

#[tokio::test]
async fn twenty_parallel_retries_of_one_booking_make_it_once() {
    let app = spawn_guides_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day = today().plus_days(2);
    let slot = add_slot(&app, &samir, &once(day, "10:00")).await;
    let body = booking(slot, day, "070-123 45 67");
    let path = public_path("/bookings");
    // From several addresses, as a phone moving between networks: no limit interferes.
    let answers = all_at_once((0..20).map(|n| {
        call(&app, None, Method::POST, &path, Some(&body)).header("x-forwarded-for", format!("198.51.100.{n}"))
    }))
    .await;
    let mut statuses: Vec<u16> = answers.iter().map(|(status, _)| *status).collect();
    statuses.sort_unstable();
    assert_eq!(statuses[0], 200, "the retries answer the first booking: {statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| [200, 201].contains(s)), "{statuses:?}");
    let codes: std::collections::BTreeSet<&str> = answers.iter().filter_map(|(_, b)| b["code"].as_str()).collect();
    assert_eq!(codes.len(), 1, "one code for all");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_bookings").await, 1);
}

#[tokio::test]
async fn twenty_parallel_confirmations_of_one_booking_confirm_it_once() {
    let app = spawn_guides_app_with(Options::default()).await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day = today().plus_days(2);
    let slot = add_slot(&app, &samir, &once(day, "10:00")).await;
    let made = booked(&app, slot, day, "070-123 45 67").await;
    let id = booking_id(&app, &samir, &made.code).await;
    let path = staff_path(&format!("/bookings/{id}/confirmation"));
    let answers = all_at_once((0..20).map(|_| call(&app, Some(&samir), Method::POST, &path, None))).await;
    once_refusing(&answers, "error-guide-booking-state");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_bookings WHERE state = 'confirmed'").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'guide-booking-confirmed'").await, 1);
}

#[tokio::test]
async fn a_slot_moved_while_newcomers_book_it_never_leaves_a_booked_meeting_behind() {
    let app = spawn_guides_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day = today().plus_days(2);
    let slot = add_slot(&app, &samir, &once(day, "10:00")).await;
    // Ten newcomers book 10:00 while the guide moves the time to 13:00.
    let path = public_path("/bookings");
    let bookings = (0..10).map(|n| {
        let body = booking(slot, day, &format!("070-{n:03} 00 00"));
        call(&app, None, Method::POST, &path, Some(&body)).header("x-forwarded-for", format!("198.51.100.{n}"))
    });
    let moved = json!(once(day, "13:00"));
    let edit = call(&app, Some(&samir), Method::PUT, &staff_path(&format!("/slots/{slot}")), Some(&moved));
    let answers = all_at_once(std::iter::once(edit).chain(bookings)).await;
    let (edit_status, edit_body) = &answers[0];
    let booked_ones = answers[1..].iter().filter(|(status, _)| *status == 201).count();
    assert!(booked_ones <= 1, "{answers:?}");
    // Either the move came first, and nobody holds 10:00; or a booking came first, and
    // the move is refused naming it. Never both.
    let start: i64 = sqlx::query_scalar("SELECT start_min FROM guide_slots WHERE id = $1")
        .bind(slot)
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    let live_at_ten =
        count(&app, "SELECT COUNT(*) FROM guide_bookings WHERE state IN ('waiting', 'confirmed') AND start_min = 600")
            .await;
    if *edit_status == 200 {
        assert_eq!((start, live_at_ten), (13 * 60, 0), "moved, and no one was left at 10:00");
    } else {
        assert_eq!(*edit_status, 409, "{edit_body}");
        assert_eq!(edit_body["message_id"], "error-guide-booking-orphaned");
        assert_eq!((start, live_at_ten, booked_ones), (10 * 60, 1, 1), "kept, with its booking");
    }
}

#[tokio::test]
async fn a_guide_deactivated_while_newcomers_book_keeps_no_live_booking() {
    let app = spawn_guides_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let first = today().plus_days(1);
    let slot = add_slot(&app, &samir, &weekly(first, first.plus_days(7 * 10), "17:00")).await;
    let guide_id = count(&app, "SELECT id FROM guides").await;
    let coordinator = app.sign_in("samordnare@granviken.example", DEMO_PASSWORD).await;
    // Ten newcomers book ten different weeks while the coordinator deactivates the guide.
    let path = public_path("/bookings");
    let bookings = (0..10).map(|n| {
        let body = booking(slot, first.plus_days(7 * n), &format!("070-{n:03} 00 00"));
        call(&app, None, Method::POST, &path, Some(&body)).header("x-forwarded-for", format!("198.51.100.{n}"))
    });
    let deactivate = format!("/api/staff/municipalities/granviken/guides/{guide_id}/deactivation");
    let deactivation = call(&app, Some(&coordinator), Method::POST, &deactivate, None);
    let answers = all_at_once(std::iter::once(deactivation).chain(bookings)).await;
    let (status, body) = &answers[0];
    assert_eq!(*status, 200, "{body}");
    let booked_ones = answers[1..].iter().filter(|(status, _)| *status == 201).count();
    for (status, body) in &answers[1..] {
        assert!([201, 404].contains(status), "booked before, or refused after: {status} {body}");
    }
    // Every booking that came first was cancelled; none came after.
    assert_eq!(body["cancelled"].as_u64(), Some(booked_ones as u64), "{answers:?}");
    let live = "SELECT COUNT(*) FROM guide_bookings WHERE state IN ('waiting', 'confirmed')";
    assert_eq!(count(&app, live).await, 0, "no live booking with a deactivated guide");
    let cancelled = "SELECT COUNT(*) FROM guide_bookings
        WHERE state = 'cancelled-by-guide' AND cancel_reason = 'guide-unavailable'";
    assert_eq!(count(&app, cancelled).await, i64::try_from(booked_ones).unwrap());
}
