//! Guides' bookings under parallel requests: a time is never booked twice, on `SQLite`
//! and on `PostgreSQL`.

use reqwest::Method;

use crate::{
    activity_helpers::today,
    guides_helpers::{add_slot, booking, count, guide, once, public_path, GUIDE},
    helpers::{spawn_app_with, Options},
    parallel::{all_at_once, call},
};

#[tokio::test]
async fn fifty_parallel_bookings_of_one_time_give_exactly_one_and_forty_nine_clear_refusals() {
    // Fifty newcomers behind the proxy, each their own address and contact: only the
    // time can stop them, not the per-client limit nor the per-contact one.
    let app = spawn_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
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
    let app = spawn_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
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
