//! Refugee guides: a guide offers times, a newcomer finds and books one with a code, the
//! guide confirms or cancels, and the time is open again. Each guide sees only their own
//! bookings; the contact never reaches a public answer.

use model::{
    auth::Role,
    guides::{summer_time, Booking, BookingState, GuideBooking, GuideProfile, GuideSummary, WEEKS_AHEAD},
    schedule::Day,
    ErrorBody,
};
use reqwest::Method;
use serde_json::{json, Value};

use crate::{
    activity_helpers::today,
    guides_helpers::{
        add_slot, book, booked, booking, booking_id, clock, count, guide, lookup, once, public_path, spawn_guides_app,
        staff_path, weekly, GUIDE,
    },
    helpers::{assert_error, DEMO_PASSWORD},
};

async fn open_days(app: &crate::helpers::TestApp, guide_id: i64) -> Vec<Day> {
    let page: GuideProfile = app.get_json(&public_path(&format!("/{guide_id}"))).await;
    page.open.iter().map(|t| t.day).collect()
}

#[tokio::test]
async fn a_newcomer_finds_books_and_sees_the_guide_confirm_then_cancel_and_the_time_opens_again() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let first = today().plus_days(2);
    let slot = add_slot(&app, &samir, &weekly(first, first.plus_days(27), "17:00")).await;

    // Found by Arabic and letters; not by a language the guide does not speak.
    let list: Vec<GuideSummary> = app.get_json(&public_path("?lang=ar&topic=letters-and-forms&meeting=library")).await;
    assert_eq!(list.len(), 1, "the guide speaks Arabic and helps with letters");
    assert_eq!(list[0].next_open.len(), 3, "the next three open times");
    assert_eq!((list[0].next_open[0].day, list[0].next_open[0].start), (first, clock("17:00")));
    let none: Vec<GuideSummary> = app.get_json(&public_path("?language=uk")).await;
    assert!(none.is_empty(), "nobody speaks Ukrainian");
    let guide_id = list[0].id;

    let request = booking(slot, first, "070-123 45 67");
    let (status, body) = book(&app, &request).await;
    assert_eq!(status, 201, "{body}");
    assert!(!body.to_string().contains("070-123"), "no contact in a public answer: {body}");
    let made: Booking = serde_json::from_value(body).unwrap();
    assert_eq!((made.state, made.guide_first_name.as_str()), (BookingState::Waiting, "Samir"));
    let (again, body) = book(&app, &request).await;
    assert_eq!((again, body["code"].as_str()), (200, Some(made.code.as_str())), "a retry answers the first booking");
    let mut moved = request.clone();
    moved["day"] = json!(first.plus_days(7).to_string());
    let (status, body) = book(&app, &moved).await;
    assert_eq!((status, body["message_id"].as_str()), (409, Some("error-idempotency-key-reused")));
    let (status, body) = book(&app, &booking(slot, first, "070-765 43 21")).await;
    assert_eq!((status, body["message_id"].as_str()), (409, Some("error-guide-time-taken")), "never booked twice");
    assert!(!open_days(&app, guide_id).await.contains(&first), "a held time is not offered");

    // The guide sees the contact and confirms.
    let id = booking_id(&app, &samir, &made.code).await;
    let mine: Vec<GuideBooking> =
        app.staff(Some(&samir), Method::GET, &staff_path("/bookings"), None).await.json().await.unwrap();
    assert_eq!(mine[0].contact, "070-123 45 67");
    let path = staff_path(&format!("/bookings/{id}/confirmation"));
    assert_eq!(app.staff(Some(&samir), Method::POST, &path, None).await.status(), 200);
    let seen: Booking = lookup(&app, &made.code).await.json().await.unwrap();
    assert_eq!(seen.state, BookingState::Confirmed);
    assert_error(app.staff(Some(&samir), Method::POST, &path, None).await, 409, "error-guide-booking-state", "once")
        .await;

    // Moving the slot to another weekday or blocking the day would drop the meeting.
    let wednesday = weekly(first.plus_days(1), first.plus_days(28), "17:00");
    let response =
        app.staff(Some(&samir), Method::PUT, &staff_path(&format!("/slots/{slot}")), Some(json!(wednesday))).await;
    assert_eq!(response.status(), 409);
    let refused: ErrorBody = response.json().await.unwrap();
    assert_eq!(refused.message_id, "error-guide-booking-orphaned");
    assert_eq!(refused.fields[0].field, format!("meetings.{first}T17:00"), "the meeting is named");
    let block = staff_path(&format!("/blocked/{first}"));
    assert_eq!(app.staff(Some(&samir), Method::PUT, &block, None).await.status(), 409);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_blocked_days").await, 0);
    // A day without a meeting blocks, and the list says so.
    let free_day = first.plus_days(2);
    let blocked = app.staff(Some(&samir), Method::PUT, &staff_path(&format!("/blocked/{free_day}")), None).await;
    assert_eq!(blocked.json::<Vec<Day>>().await.unwrap(), [free_day]);
    let listed: Vec<Day> =
        app.staff(Some(&samir), Method::GET, &staff_path("/blocked"), None).await.json().await.unwrap();
    assert_eq!(listed, [free_day]);

    // Cancelled with a reason: `other` needs a note; the newcomer sees the reason.
    let cancel = staff_path(&format!("/bookings/{id}/cancellation"));
    let other = app.staff(Some(&samir), Method::POST, &cancel, Some(json!({ "reason": "other" }))).await;
    assert_error(other, 422, "error-required", "other needs a note").await;
    let ill = app.staff(Some(&samir), Method::POST, &cancel, Some(json!({ "reason": "guide-ill" }))).await;
    assert_eq!(ill.status(), 200);
    let seen: Booking = lookup(&app, &made.code).await.json().await.unwrap();
    assert_eq!(
        (seen.state, seen.cancel_reason),
        (BookingState::CancelledByGuide, Some(model::guides::CancelReason::GuideIll))
    );
    assert!(open_days(&app, guide_id).await.contains(&first), "the time is open again");
    let cancel =
        app.staff(None, Method::POST, "/api/guides/bookings/cancellation", Some(json!({ "code": made.code }))).await;
    assert_error(cancel, 409, "error-guide-not-cancellable", "already cancelled").await;
    for action in ["guide-slot-added", "guide-booked", "guide-booking-confirmed", "guide-booking-cancelled-by-guide"] {
        let sql = format!("SELECT COUNT(*) FROM audit_log WHERE action = '{action}'");
        assert_eq!(count(&app, &sql).await, 1, "{action} is audited once");
    }
}

#[tokio::test]
async fn a_newcomer_cancels_by_code_and_a_wrong_check_character_finds_nothing() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day = today().plus_days(3);
    let slot = add_slot(&app, &samir, &once(day, "10:00")).await;
    let made = booked(&app, slot, day, "amal@example.se").await;
    let path = "/api/guides/bookings/cancellation";
    let cancelled: Booking =
        app.staff(None, Method::POST, path, Some(json!({ "code": made.code }))).await.json().await.unwrap();
    assert_eq!((cancelled.state, cancelled.cancellable), (BookingState::CancelledByNewcomer, false));
    let again = booked(&app, slot, day, "omar@example.se").await;
    assert_eq!(again.state, BookingState::Waiting, "the time could be booked again at once");
    let mut wrong = again.code.clone();
    let last = wrong.pop().unwrap();
    wrong.push(if last == '0' { '1' } else { '0' });
    assert_eq!(lookup(&app, &wrong).await.status(), 404);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_lookups WHERE found = 0").await, 0, "no query for a bad check");
}

#[tokio::test]
async fn one_contact_holds_at_most_three_bookings_to_come() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let first = today().plus_days(1);
    let slot = add_slot(&app, &samir, &weekly(first, first.plus_days(35), "18:00")).await;
    for week in 0..3 {
        booked(&app, slot, first.plus_days(7 * week), "070-111 22 33").await;
    }
    let (status, body) = book(&app, &booking(slot, first.plus_days(21), "0701112233")).await;
    assert_eq!((status, body["message_id"].as_str()), (409, Some("error-guide-open-bookings")), "however it is typed");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_bookings").await, 3);
}

#[tokio::test]
async fn another_guide_neither_sees_nor_confirms_the_booking_but_the_coordinator_sees_it() {
    let app = spawn_guides_app().await;
    let own = app.municipality_id().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    app.account_with("guide2@granviken.example", &[(Role::Guide, Some(own))]).await;
    let olena = guide(&app, "guide2@granviken.example", "Olena").await;
    let day = today().plus_days(2);
    let slot = add_slot(&app, &samir, &once(day, "10:00")).await;
    let made = booked(&app, slot, day, "070-555 66 77").await;
    let id = booking_id(&app, &samir, &made.code).await;

    let theirs: Vec<GuideBooking> =
        app.staff(Some(&olena), Method::GET, &staff_path("/bookings"), None).await.json().await.unwrap();
    assert!(theirs.is_empty(), "another guide's list is their own: {theirs:?}");
    let confirm =
        app.staff(Some(&olena), Method::POST, &staff_path(&format!("/bookings/{id}/confirmation")), None).await;
    assert_eq!(confirm.status(), 404);
    let edit = app
        .staff(Some(&olena), Method::PUT, &staff_path(&format!("/slots/{slot}")), Some(json!(once(day, "11:00"))))
        .await;
    assert_eq!(edit.status(), 404);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_bookings WHERE state = 'waiting'").await, 1);

    let coordinator = app.sign_in("samordnare@granviken.example", DEMO_PASSWORD).await;
    let path = "/api/staff/municipalities/granviken/guides/bookings";
    let all: Vec<GuideBooking> = app.staff(Some(&coordinator), Method::GET, path, None).await.json().await.unwrap();
    assert_eq!(all.iter().map(|b| b.contact.as_str()).collect::<Vec<_>>(), ["070-555 66 77"]);
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    assert_eq!(app.staff(Some(&admin), Method::GET, path, None).await.status(), 403, "an admin is no coordinator");
}

/// The next summer-time change a slot can reach (within `WEEKS_AHEAD`, a week from now).
fn next_change() -> Option<(Day, bool)> {
    let year = today().year();
    let reach = today().plus_days(WEEKS_AHEAD * 7 - 14);
    [year, year + 1]
        .into_iter()
        .flat_map(|y| {
            let (begins, ends) = summer_time(y);
            [(begins, true), (ends, false)]
        })
        .find(|(day, _)| *day > today().plus_days(14) && *day <= reach)
}

#[tokio::test]
async fn a_weekly_slot_across_the_summer_time_change_keeps_its_local_time_and_the_skipped_hour_is_refused() {
    let Some((change, spring)) = next_change() else {
        // From late March to mid-May no change lies within the 26 weeks a slot reaches.
        eprintln!("no summer-time change within reach today; nothing to check");
        return;
    };
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let (from, until) = (change.plus_days(-14), change.plus_days(14));
    add_slot(&app, &samir, &weekly(from, until, "17:00")).await;
    let slots: Vec<Value> =
        app.staff(Some(&samir), Method::GET, &staff_path("/slots"), None).await.json().await.unwrap();
    let slot: model::guides::Slot = serde_json::from_value(slots[0]["slot"].clone()).unwrap();
    let times: Vec<(Day, String)> =
        slot.occurrences(from, until).iter().map(|o| (o.day, o.start.to_string())).collect();
    assert_eq!(times.len(), 5, "every Sunday, the change included: {times:?}");
    assert!(times.iter().all(|(_, start)| start == "17:00"), "the same local time on both sides: {times:?}");
    // The change day itself can be booked at 17:00 local.
    let slot_id: i64 = count(&app, "SELECT id FROM guide_slots").await;
    let made = booked(&app, slot_id, change, "070-222 33 44").await;
    assert_eq!((made.day, made.start), (change, clock("17:00")));

    let night = once(change, "02:30");
    let response = app.staff(Some(&samir), Method::POST, &staff_path("/slots"), Some(json!(night))).await;
    if spring {
        assert_error(response, 422, "error-guide-slot-no-such-time", "02:30 does not exist that night").await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_slots").await, 1, "nothing written");
    } else {
        assert_eq!(response.status(), 201, "02:30 happens twice in October and is accepted");
    }
}
