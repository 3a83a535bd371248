//! Exports carry no formulas and no extra lines: whatever an association calls itself or
//! its activities, or a guide and a newcomer type, the settlement CSV and the calendar
//! feeds show it as text.

use icalendar::{Component as _, Event};
use model::vouchers::{Receipt, Settlement, StaffVoucher};
use reqwest::Method;
use serde_json::json;

use crate::{
    activity_helpers::{activity, applied, create_for, decide, today},
    helpers::{session_from, spawn_app, Session, TestApp, DEMO_PASSWORD},
};

const ADMIN: &str = "admin@granviken.example";
const M: &str = "granviken";

/// An association applied for under `name` and approved: its id, its slug and its
/// leader, signed in.
async fn approved(app: &TestApp, admin: &Session, name: &str, n: u32) -> (i64, String, Session) {
    let club = applied(app, admin, M, name, n).await;
    let link = decide(app, admin, M, club.id, true).await.invitation.expect("a new account gets a link").path;
    let token = link.strip_prefix("/staff/invitation#").unwrap_or_else(|| panic!("an invitation link: {link}"));
    let body = json!({ "token": token, "password": "a long new password" }).to_string();
    let leader = session_from(app.post_raw("/api/auth/invitations/accept", "application/json", body).await).await;
    (club.id, club.slug, leader)
}

/// A new voucher, issued by the admin and redeemed by the leader for the activity.
async fn redeem(app: &TestApp, admin: &Session, leader: &Session, club: i64, activity: i64, ore: i64) -> Receipt {
    let path = format!("/api/staff/municipalities/{M}/vouchers");
    let body = json!({ "year": today().year(), "first_name": "Amal", "birth_year": today().year() - 9 });
    let voucher: StaffVoucher = app.staff(Some(admin), Method::POST, &path, Some(body)).await.json().await.unwrap();
    let body = json!({
        "code": voucher.code,
        "amount_ore": ore,
        "activity_id": activity,
        "idempotency_key": uuid::Uuid::new_v4().to_string(),
    });
    let path = format!("/api/staff/associations/{club}/redemptions");
    let response = app.staff(Some(leader), Method::POST, &path, Some(body)).await;
    assert_eq!(response.status(), 201, "redeeming");
    response.json().await.unwrap()
}

/// Closes the association's open lines of today; the settlement's id.
async fn close(app: &TestApp, admin: &Session, club: i64) -> i64 {
    let day = today().to_string();
    let body = json!({ "association_id": club, "from": day, "until": day });
    let path = format!("/api/staff/municipalities/{M}/settlements");
    let response = app.staff(Some(admin), Method::POST, &path, Some(body)).await;
    assert_eq!(response.status(), 201, "closing a settlement");
    response.json::<Settlement>().await.unwrap().id.expect("a closed settlement has an id")
}

/// The settlement's CSV export as rows of cells, the header left out.
async fn exported(app: &TestApp, admin: &Session, id: i64) -> Vec<csv::StringRecord> {
    let response = app.staff(Some(admin), Method::GET, &format!("/api/staff/settlements/{id}/export.csv"), None).await;
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    let mut reader =
        csv::ReaderBuilder::new().delimiter(b';').from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader.records().map(Result::unwrap).collect()
}

#[tokio::test]
async fn a_settlement_csv_never_starts_a_text_cell_with_a_formula_character() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let name = r#"=HYPERLINK("http://x","y")"#;
    let (club, _, leader) = approved(&app, &admin, name, 81).await;
    let (shell, sum) = ("+cmd|' /C calc'!A0", "@SUM(1)");
    let shell_id = create_for(&app, &leader, club, &activity(shell)).await;
    let sum_id = create_for(&app, &leader, club, &activity(sum)).await;
    let paid = redeem(&app, &admin, &leader, club, shell_id, 20_000).await;
    redeem(&app, &admin, &leader, club, sum_id, 10_000).await;
    let first = close(&app, &admin, club).await;
    // A staff reversal of a settled line is a negative line in the next settlement.
    let pay = format!("/api/staff/settlements/{first}/payment");
    assert_eq!(app.staff(Some(&admin), Method::POST, &pay, None).await.status(), 204);
    let reversal = json!({ "reason": "Fel barn" });
    let path = format!("/api/staff/redemptions/{}/reversal", paid.id);
    assert_eq!(app.staff(Some(&admin), Method::POST, &path, Some(reversal)).await.status(), 204);
    let second = close(&app, &admin, club).await;

    let (first, second) = (exported(&app, &admin, first).await, exported(&app, &admin, second).await);
    for row in first.iter().chain(&second) {
        // Association, organisation number, code and activity are typed by outsiders.
        for column in [1, 2, 5, 6] {
            let cell = &row[column];
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']), "column {column} of {row:?}");
        }
        assert_eq!(&row[1], format!("'{name}"), "the name is kept, as text");
    }
    let activities: Vec<(&str, &str)> = first.iter().map(|r| (&r[6], &r[7])).collect();
    assert_eq!(activities, [("'+cmd|' /C calc'!A0", "200,00"), ("'@SUM(1)", "100,00"), ("", "300,00")]);
    let reversed: Vec<(&str, &str)> = second.iter().map(|r| (&r[6], &r[7])).collect();
    assert_eq!(reversed, [("'+cmd|' /C calc'!A0", "-200,00"), ("", "-200,00")], "amounts stay numbers");
}

/// The calendar at `path` as text, its lines checked: only CR LF ends a line, nothing
/// starts with `X-INJECTED`, and there are as many events as `events`.
async fn feed(app: &TestApp, path: &str, events: usize) -> String {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "{path}");
    let text = response.text().await.unwrap();
    assert!(!text.replace("\r\n", "").contains(['\r', '\n']), "only CR LF ends a line: {text:?}");
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(!lines.iter().any(|l| l.starts_with("X-INJECTED")), "{text}");
    assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), events, "{text}");
    assert_eq!(lines.iter().filter(|l| **l == "END:VCALENDAR").count(), 1, "{text}");
    text
}

fn parsed(text: &str) -> icalendar::Calendar {
    text.parse().unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn the_event(calendar: &icalendar::Calendar) -> &Event {
    calendar.components.iter().find_map(|c| c.as_event()).expect("the event")
}

#[tokio::test]
async fn a_newline_in_an_association_name_adds_no_line_to_its_calendar_feed() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    // The API takes line feeds in a name and a title, so these come in the front door.
    let name = "Evil\nX-INJECTED:1\nBEGIN:VEVENT";
    let (club, slug, leader) = approved(&app, &admin, name, 82).await;
    let title = "Schack\nX-INJECTED:2\nBEGIN:VEVENT\nEND:VCALENDAR";
    let id = create_for(&app, &leader, club, &activity(title)).await;
    let association_feed = format!("/api/municipalities/{M}/associations/{slug}/calendar.ics");
    let activity_feed = format!("/api/municipalities/{M}/activities/{id}/calendar.ics");

    let text = feed(&app, &association_feed, 1).await;
    assert_eq!(parsed(&text).get_name(), Some("Evil\\nX-INJECTED:1\\nBEGIN:VEVENT"), "NAME, escaped once");
    assert_eq!(parsed(&text).property_value("X-WR-CALNAME"), Some(name));
    let calendar = parsed(&feed(&app, &activity_feed, 1).await);
    assert_eq!(the_event(&calendar).property_value("SUMMARY"), Some(title));

    // Carriage returns the API refuses; whatever is stored must still go out escaped.
    sqlx::query("UPDATE associations SET name = $1 WHERE id = $2")
        .bind("Evil\r\nX-INJECTED:3\rBEGIN:VEVENT\r")
        .bind(club)
        .execute(app.store.pool())
        .await
        .unwrap();
    let hostile = "Schack\rX-INJECTED:4\r\nBEGIN:VEVENT";
    sqlx::query("UPDATE activity_texts SET title = $1, description = $2 WHERE activity_id = $3")
        .bind(hostile)
        .bind(hostile)
        .bind(id)
        .execute(app.store.pool())
        .await
        .unwrap();
    app.notice_direct_changes().await;
    let text = feed(&app, &association_feed, 1).await;
    assert_eq!(parsed(&text).property_value("X-WR-CALNAME"), Some("Evil\nX-INJECTED:3\nBEGIN:VEVENT\n"));
    let calendar = parsed(&feed(&app, &activity_feed, 1).await);
    assert_eq!(the_event(&calendar).property_value("SUMMARY"), Some("Schack\nX-INJECTED:4\nBEGIN:VEVENT"));
}

/// The lines of a guide's calendar file, checked as `feed` checks an activity's.
async fn guide_calendar(app: &TestApp, path: &str, events: usize) -> icalendar::Calendar {
    parsed(&feed(app, path, events).await)
}

#[tokio::test]
async fn text_typed_by_outsiders_is_escaped_in_a_guides_calendar_files() {
    use icalendar::EventLike as _;

    use crate::guides_helpers::{add_slot, booked, booking_id, guide, once, spawn_guides_app, staff_path, GUIDE};

    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day = today().plus_days(3);
    let mut slot = once(day, "17:00");
    // Commas, semicolons and a backslash come in the front door.
    slot.place = r"Biblioteket, plan 2; rum C\D".into();
    let slot_id = add_slot(&app, &samir, &slot).await;
    let made = booked(&app, slot_id, day, "070-123 45 67").await;
    let id = booking_id(&app, &samir, &made.code).await;
    let confirm = staff_path(&format!("/bookings/{id}/confirmation"));
    assert_eq!(app.staff(Some(&samir), Method::POST, &confirm, None).await.status(), 200);
    let feed_path: serde_json::Value =
        app.staff(Some(&samir), Method::POST, &staff_path("/calendar"), None).await.json().await.unwrap();
    let feed_path = feed_path["path"].as_str().unwrap().to_owned();
    let booking_path = format!("/api/guides/bookings/{}/calendar.ics", made.code.replace('-', ""));

    let text = feed(&app, &booking_path, 1).await;
    assert!(text.contains(r"LOCATION:Biblioteket\, plan 2\; rum C\\D"), "escaped once: {text}");
    let calendar = parsed(&text);
    assert_eq!(the_event(&calendar).get_location(), Some(r"Biblioteket, plan 2; rum C\D"));

    // Line breaks the API refuses; whatever is stored must still go out escaped.
    let hostile = "Evil\r\nX-INJECTED:1\rBEGIN:VEVENT\nEND:VCALENDAR";
    for sql in [
        "UPDATE guides SET first_name = $1",
        "UPDATE guide_slots SET place = $1",
        "UPDATE guide_bookings SET first_name = $1",
    ] {
        sqlx::query(sql).bind(hostile).execute(app.store.pool()).await.unwrap();
    }
    let expected = "Evil\nX-INJECTED:1\nBEGIN:VEVENT\nEND:VCALENDAR";
    let calendar = guide_calendar(&app, &booking_path, 1).await;
    let event = the_event(&calendar);
    assert!(event.get_summary().unwrap().ends_with(expected), "the guide's first name: {:?}", event.get_summary());
    assert_eq!(event.get_location(), Some(expected));
    let calendar = guide_calendar(&app, &feed_path, 1).await;
    let event = the_event(&calendar);
    assert!(event.get_summary().unwrap().starts_with(expected), "the newcomer's first name: {:?}", event.get_summary());
    assert_eq!(event.get_location(), Some(expected));
    assert_eq!(calendar.property_value("X-WR-CALNAME"), Some(format!("{expected} – Välkommen").as_str()));
}
