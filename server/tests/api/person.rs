//! `server person`: every row that names a person, found by a contact or a code, and
//! erased on request with the bookkeeping kept. Run on `SQLite` and on `PostgreSQL`.

use model::{associations::StaffAssociation, guides::Booking, sportotek::Reservation, vouchers::StaffVoucher};
use reqwest::Method;
use serde_json::{json, Value};
use server::{
    person::{field, person, Report},
    store::Who,
};

use crate::{
    activity_helpers::{application as association, apply, today},
    guides_applications::applied,
    guides_helpers::{add_slot, booked, guide, spawn_guides_app, weekly, GUIDE},
    helpers::{Session, TestApp, DEMO_PASSWORD},
    sportotek_helpers::{item_with, open_every_day, reserved, set_settings},
};

const AMAL: &str = "amal.person@example.se";
const OMAR: &str = "omar.person@example.se";
const OMAR_PHONE: &str = "070-555 66 77";

/// One person's rows across the schema: a voucher (paid from once), a Sportotek
/// reservation, a guide booking, a guide application and an association's contact.
struct Seeded {
    voucher: StaffVoucher,
    loan: Reservation,
    booking: Booking,
}

/// `n` makes the association's organisation number and the meeting's hour differ.
async fn seed(app: &TestApp, admin: &Session, leader: &Session, club: i64, contact: &str, who: &str, n: u32) -> Seeded {
    let year = today().year();
    let body = json!({ "year": year, "first_name": who, "birth_year": year - 9, "guardian_contact": contact });
    let response =
        app.staff(Some(admin), Method::POST, "/api/staff/municipalities/granviken/vouchers", Some(body)).await;
    assert_eq!(response.status(), 201);
    let voucher: StaffVoucher = response.json().await.unwrap();
    let body =
        json!({ "code": voucher.code, "amount_ore": 15_000, "idempotency_key": uuid::Uuid::new_v4().to_string() });
    let path = format!("/api/staff/associations/{club}/redemptions");
    assert_eq!(app.staff(Some(leader), Method::POST, &path, Some(body)).await.status(), 201);
    let (_, sizes) = item_with(app, &format!("Skridskor {who}"), &[("32", 1)]).await;
    let loan = reserved(app, sizes[0], today().plus_days(2), who, contact).await;
    // The forms that take only an e-mail address get it trimmed, as a browser sends it.
    applied(app, contact.trim()).await;
    let club_name = format!("{who}s schackklubb");
    assert_eq!(apply(app, "granviken", &association(&club_name, n, contact.trim())).await.status(), 201);
    let samir = app.sign_in(GUIDE, DEMO_PASSWORD).await;
    let first = today().plus_days(1);
    let slot = add_slot(app, &samir, &weekly(first, first.plus_days(27), &format!("{}:00", 10 + n % 10))).await;
    let booking = booked(app, slot, first, contact).await;
    Seeded { voucher, loan, booking }
}

async fn totals(app: &TestApp) -> Vec<i64> {
    let mut totals = Vec::new();
    for sql in [
        "SELECT CAST(SUM(amount_ore) AS BIGINT) FROM vouchers",
        "SELECT CAST(SUM(balance_ore) AS BIGINT) FROM vouchers",
        "SELECT CAST(SUM(amount_ore) AS BIGINT) FROM redemptions",
        "SELECT COUNT(*) FROM redemptions",
        "SELECT COUNT(*) FROM sportotek_loans",
        "SELECT COUNT(*) FROM guide_bookings",
        "SELECT COUNT(*) FROM settlements",
    ] {
        totals.push(sqlx::query_scalar(sql).fetch_one(app.store.pool()).await.unwrap());
    }
    totals
}

fn text(report: &Report, table: &str, column: &str) -> Vec<String> {
    report.rows(table).iter().map(|row| field(row, column).and_then(Value::as_str).unwrap_or("").to_owned()).collect()
}

#[tokio::test]
async fn person_finds_every_row_naming_a_contact_and_erase_blanks_them_and_keeps_the_money() {
    let app = spawn_guides_app().await;
    set_settings(&app, &open_every_day()).await;
    guide(&app, GUIDE, "Samir").await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let leader = app.sign_in("forening@granviken.example", DEMO_PASSWORD).await;
    let mine: Vec<StaffAssociation> =
        app.staff(Some(&leader), Method::GET, "/api/staff/associations", None).await.json().await.unwrap();
    let club = mine.iter().find(|a| a.slug == "granvikens-if").unwrap().id;
    let amal = seed(&app, &admin, &leader, club, " Amal.Person@Example.se", "Sara", 41).await;
    let omar = seed(&app, &admin, &leader, club, OMAR, "Omar", 42).await;
    // Omar's second loan, by phone: found however the number is written.
    let (_, sizes) = item_with(&app, "Hjälm", &[("M", 1)]).await;
    reserved(&app, sizes[0], today().plus_days(3), "Omar", OMAR_PHONE).await;

    // Access: every row, by the contact written another way.
    let found = person(&app.store, Who::Contact("AMAL.person@example.se "), false).await.unwrap();
    assert_eq!(text(&found, "vouchers", "first_name"), ["Sara"]);
    assert_eq!(found.rows("redemptions").len(), 1, "the voucher's redemption");
    assert_eq!(text(&found, "sportotek_loans", "first_name"), ["Sara"]);
    assert_eq!(text(&found, "guide_bookings", "code"), [amal.booking.code.replace('-', "")]);
    assert_eq!(text(&found, "guide_applications", "email"), [AMAL]);
    assert_eq!(text(&found, "associations", "name"), ["Saras schackklubb"]);
    let printed = server::person::text(&found);
    assert!(printed.contains("vouchers (1 row)") && printed.contains("\"Sara\""), "{printed}");
    let json = server::person::json(&found);
    assert_eq!(json["tables"]["sportotek_loans"][0]["code"], amal.loan.code.replace('-', ""));

    let by_phone = person(&app.store, Who::Contact("0705556677"), false).await.unwrap();
    assert_eq!(text(&by_phone, "sportotek_loans", "first_name"), ["Omar"]);
    assert!(by_phone.rows("vouchers").is_empty());
    for code in [&amal.voucher.code, &amal.loan.code, &amal.booking.code] {
        let by_code = person(&app.store, Who::Code(&code.to_lowercase()), false).await.unwrap();
        let tables: Vec<&str> = by_code.tables.iter().map(|(t, _)| *t).filter(|t| !t.ends_with("lookups")).collect();
        assert!(tables.len() == 1 || tables == ["vouchers", "redemptions"], "{code}: {tables:?}");
    }

    // Erasure: the personal fields go, the money and the other person stay.
    let before = totals(&app).await;
    let erased = person(&app.store, Who::Contact(AMAL), true).await.unwrap();
    assert_eq!(erased.erased, 5);
    assert_eq!(totals(&app).await, before, "amounts, balances, redemptions and counts are unchanged");
    let again = person(&app.store, Who::Contact(AMAL), false).await.unwrap();
    assert!(again.tables.is_empty(), "nothing names Amal any more: {:?}", again.tables);
    let pool = app.store.pool();
    let blank = async |sql: &'static str, id: i64| -> (String, String) {
        sqlx::query_as(sql).bind(id).fetch_one(pool).await.unwrap()
    };
    let voucher_id = amal.voucher.id;
    let fields = blank("SELECT first_name, guardian_contact FROM vouchers WHERE id = $1", voucher_id).await;
    assert_eq!(fields, (String::new(), String::new()));
    let loan = server::store::Store::loan_by_code;
    let loan_id =
        loan(&app.store, &model::voucher::LoanCode::parse(&amal.loan.code).unwrap()).await.unwrap().unwrap().id;
    let fields = blank("SELECT first_name, contact FROM sportotek_loans WHERE id = $1", loan_id.0).await;
    assert_eq!(fields, (String::new(), String::new()));
    let booking: (String, String, String) =
        sqlx::query_as("SELECT first_name, contact, note FROM guide_bookings WHERE code = $1")
            .bind(amal.booking.code.replace('-', ""))
            .fetch_one(app.store.pool())
            .await
            .unwrap();
    assert_eq!(booking, (String::new(), String::new(), String::new()));
    let voucher_balance: i64 = sqlx::query_scalar("SELECT balance_ore FROM vouchers WHERE id = $1")
        .bind(voucher_id)
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(voucher_balance, amal.voucher.amount_ore - 15_000, "the voucher still holds what is left");

    // One audit entry, naming rows by id and never the person.
    let entries: Vec<String> = sqlx::query_scalar("SELECT target FROM audit_log WHERE action = 'person-erased'")
        .fetch_all(app.store.pool())
        .await
        .unwrap();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert!(entries[0].contains(&format!("vouchers {voucher_id}")), "{}", entries[0]);
    for personal in ["amal", "Amal", "Sara", "example.se"] {
        assert!(!entries[0].contains(personal), "the entry holds no personal data: {}", entries[0]);
    }

    // Omar is untouched.
    let omar_now = person(&app.store, Who::Contact(OMAR), false).await.unwrap();
    assert_eq!(text(&omar_now, "vouchers", "first_name"), ["Omar"]);
    assert_eq!(text(&omar_now, "sportotek_loans", "contact"), [OMAR]);
    assert_eq!(text(&omar_now, "guide_bookings", "code"), [omar.booking.code.replace('-', "")]);
    assert_eq!(text(&omar_now, "guide_applications", "email"), [OMAR]);
    assert_eq!(text(&omar_now, "associations", "name"), ["Omars schackklubb"]);
    assert_eq!(text(&omar_now, "vouchers", "code"), [omar.voucher.code.replace('-', "")]);
}

#[tokio::test]
async fn a_person_request_that_names_no_one_is_refused_and_changes_nothing() {
    let app = crate::helpers::spawn_app().await;
    let entries = "SELECT COUNT(*) FROM audit_log";
    let before: i64 = sqlx::query_scalar(entries).fetch_one(app.store.pool()).await.unwrap();
    let cases = [
        (Who::Code("not a code"), "not a voucher"),
        (Who::Code("CKRJ-X9C8-QVDN-8E"), "not a voucher"),
        (Who::Contact("12"), "give a phone number"),
        (Who::Contact("   "), "give a phone number"),
    ];
    for (who, says) in cases {
        let error = person(&app.store, who, true).await.expect_err(says);
        assert!(error.to_string().contains(says), "{who:?}: {error}");
    }
    // A well-formed contact nobody has: nothing found, nothing erased, nothing audited.
    let nobody = person(&app.store, Who::Contact("nobody@example.se"), true).await.unwrap();
    assert!(nobody.tables.is_empty() && nobody.erased == 0);
    assert_eq!(sqlx::query_scalar::<_, i64>(entries).fetch_one(app.store.pool()).await.unwrap(), before);
}
