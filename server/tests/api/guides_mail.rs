//! Mail about bookings, against an SMTP server the test starts on the loopback: the
//! guide hears of a new booking without the newcomer's name or contact; a newcomer who
//! gave an e-mail address hears of the confirmation and the cancellation in their
//! language; a phone number gets no mail.

use reqwest::Method;
use serde_json::json;

use crate::{
    activity_helpers::today,
    guides_applications::{decoded_body, mails, smtp_server},
    guides_helpers::{add_slot, book, booking, booking_id, guide, once, staff_path, GUIDE},
    helpers::{spawn_app_with, Options},
};

/// A day soon on which the demo guide has no time of their own at 17:00: on Mondays
/// their library hour runs from 16:00 to 17:30, and a slot over it is refused.
fn free_evening() -> model::schedule::Day {
    let day = today().plus_days(2);
    if day.weekday() == model::schedule::Weekday::Mon {
        day.plus_days(1)
    } else {
        day
    }
}

#[tokio::test]
async fn the_guide_and_the_newcomer_hear_of_a_booking_in_their_own_language() {
    let (smtp_url, inbox) = smtp_server().await;
    let app = spawn_app_with(Options { smtp_url: Some(smtp_url), ..Options::default() }).await;
    let session = guide(&app, GUIDE, "Samir").await;
    let day = free_evening();
    let slot = add_slot(&app, &session, &once(day, "17:00")).await;

    let (status, made) = book(&app, &booking(slot, day, "Amal.Newcomer@example.org")).await;
    assert_eq!(status, 201, "{made}");
    let sent = mails(&inbox, 1).await;
    assert_eq!(sent.len(), 1, "the guide's mail: {sent:?}");
    assert!(sent[0].contains(&format!("To: {GUIDE}")), "{}", sent[0]);
    let to_guide = decoded_body(&sent[0]);
    assert!(to_guide.contains(&day.to_string()) && to_guide.contains("17:00"), "{to_guide}");
    assert!(to_guide.contains("https://valkommen.example/staff/guide/bookings"), "{to_guide}");
    for private in ["Amal", "example.org", "Försäkringskassan"] {
        assert!(!to_guide.contains(private), "no name, contact or note in the guide's mail: {to_guide}");
    }

    let code = made["code"].as_str().unwrap();
    let id = booking_id(&app, &session, code).await;
    let confirmed =
        app.staff(Some(&session), Method::POST, &staff_path(&format!("/bookings/{id}/confirmation")), None).await;
    assert_eq!(confirmed.status(), 200);
    let sent = mails(&inbox, 2).await;
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert!(sent[1].to_ascii_lowercase().contains("to: amal.newcomer@example.org"), "{}", sent[1]);
    let to_newcomer = decoded_body(&sent[1]);
    assert!(to_newcomer.contains("مرحبًا") && to_newcomer.contains(code), "in Arabic, with the code: {to_newcomer}");
    assert!(to_newcomer.contains("Samir") && to_newcomer.contains("Biblioteket"), "{to_newcomer}");

    // A line break in a note is refused (422 elsewhere); what a header would look like stays text.
    let body = json!({ "reason": "place-closed", "note": "Biblioteket har stängt. Bcc: alla@example.org" });
    let cancelled =
        app.staff(Some(&session), Method::POST, &staff_path(&format!("/bookings/{id}/cancellation")), Some(body)).await;
    assert_eq!(cancelled.status(), 200);
    let sent = mails(&inbox, 3).await;
    assert_eq!(sent.len(), 3, "{sent:?}");
    let (headers, _) = sent[2].split_once("\n\n").unwrap();
    assert!(
        !headers.contains("Bcc") && !headers.contains("stängt"),
        "the guide's note never makes a header: {headers}"
    );
    let cancellation = decoded_body(&sent[2]);
    assert!(cancellation.contains("Biblioteket"), "the note as written: {cancellation}");
}

#[tokio::test]
async fn a_newcomer_who_gave_a_phone_number_gets_no_mail() {
    let (smtp_url, inbox) = smtp_server().await;
    let app = spawn_app_with(Options { smtp_url: Some(smtp_url), ..Options::default() }).await;
    let session = guide(&app, GUIDE, "Samir").await;
    let day = free_evening();
    let slot = add_slot(&app, &session, &once(day, "17:00")).await;
    let (_, made) = book(&app, &booking(slot, day, "070-123 45 67")).await;
    let id = booking_id(&app, &session, made["code"].as_str().unwrap()).await;
    app.staff(Some(&session), Method::POST, &staff_path(&format!("/bookings/{id}/confirmation")), None).await;
    // The guide's mail comes; give a second one the same time to arrive, then count.
    let sent = mails(&inbox, 2).await;
    assert_eq!(sent.len(), 1, "only the guide's: {sent:?}");
}
