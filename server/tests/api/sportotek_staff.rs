//! The Sportotek's staff: the catalogue editor, the counter (check out, check in, extend,
//! remind, walk-ins), the late list, statistics, settings, and the activities that link
//! to items. Run on `SQLite` and on `PostgreSQL`.

use model::{
    activities::{ActivityDetail, ActivityEdit},
    orientation::TranslationState,
    sportotek::{Condition, EquipmentCategory, ItemPage, LoanState, Settings, StaffItem, StaffLoan, Stats, Today},
    Language,
};
use reqwest::Method;
use serde_json::{json, Value};

use crate::{
    activity_helpers::{activity, create, today},
    helpers::{assert_error, spawn_app, Session, TestApp, DEMO_PASSWORD},
    sportotek_helpers::{
        item_in, item_with, lent, loan_id, open_every_day, public_path, request, reserve, reserved, set_settings,
        staff_call,
    },
};

async fn sportotek_staff(app: &TestApp) -> Session {
    app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await
}

async fn ok<T: serde::de::DeserializeOwned>(response: reqwest::Response, why: &str) -> T {
    let status = response.status();
    let text = response.text().await.unwrap();
    assert!(status.is_success(), "{why}: {status} {text}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{why}: {e}: {text}"))
}

fn item_body(sv: &str, ar: Option<&str>, sizes: Value) -> Value {
    let mut texts = json!({ "sv": { "name": sv, "description": "Hockeyskridskor för barn" } });
    if let Some(ar) = ar {
        texts["ar"] = json!({ "name": ar, "description": "" });
    }
    json!({ "category": "skates", "texts": texts, "sizes": sizes })
}

#[tokio::test]
async fn staff_build_an_item_with_sizes_and_copies_and_see_which_translations_are_outdated() {
    let app = spawn_app().await;
    let staff = sportotek_staff(&app).await;
    let sizes =
        json!([{ "label": "32", "kind": "shoe", "age_from": 6, "age_to": 8 }, { "label": "34", "kind": "shoe" }]);
    let created: Value = ok(
        staff_call(&app, &staff, Method::POST, "/items", Some(item_body("Skridskor", Some("زلاجات"), sizes))).await,
        "create",
    )
    .await;
    let id = created["id"].as_i64().unwrap();
    let item: StaffItem = ok(staff_call(&app, &staff, Method::GET, &format!("/items/{id}"), None).await, "read").await;
    let state = |item: &StaffItem, lang| item.translations.iter().find(|t| t.lang == lang).unwrap().state;
    assert_eq!(state(&item, Language::Ar), TranslationState::Current);
    assert_eq!(state(&item, Language::Uk), TranslationState::Missing);
    let (s32, s34) = (item.sizes[0].id, item.sizes[1].id);

    let copy = |number: &str, size: i64| json!({ "size_id": size, "inventory_number": number, "condition": "fine" });
    let path = format!("/items/{id}/copies");
    assert_eq!(staff_call(&app, &staff, Method::POST, &path, Some(copy("SK-032-1", s32))).await.status(), 201);
    let again = staff_call(&app, &staff, Method::POST, &path, Some(copy("SK-032-1", s32))).await;
    assert_error(again, 409, "error-sportotek-inventory-number-taken", "the number is taken").await;
    let foreign = staff_call(&app, &staff, Method::POST, &path, Some(copy("SK-999", 999_999))).await;
    assert_error(foreign, 409, "error-sportotek-unknown-size", "a size of no item of ours").await;

    // The Swedish text changes: the Arabic one is now outdated.
    let keep = json!([{ "id": s32, "label": "32", "kind": "shoe" }, { "id": s34, "label": "34", "kind": "shoe" }]);
    let saved: StaffItem = ok(
        staff_call(
            &app,
            &staff,
            Method::PUT,
            &format!("/items/{id}"),
            Some(item_body("Hockeyskridskor", Some("زلاجات"), keep)),
        )
        .await,
        "save",
    )
    .await;
    assert_eq!(state(&saved, Language::Ar), TranslationState::Outdated);
    assert_eq!(saved.texts[&Language::Sv].name, "Hockeyskridskor");
    // A size with a copy cannot go; one without can.
    let drop_32 = json!([{ "id": s34, "label": "34", "kind": "shoe" }]);
    let refused = staff_call(
        &app,
        &staff,
        Method::PUT,
        &format!("/items/{id}"),
        Some(item_body("Hockeyskridskor", None, drop_32)),
    )
    .await;
    assert_error(refused, 409, "error-sportotek-size-in-use", "size 32 has a copy").await;
    let drop_34 = json!([{ "id": s32, "label": "32", "kind": "shoe" }]);
    let saved: StaffItem = ok(
        staff_call(
            &app,
            &staff,
            Method::PUT,
            &format!("/items/{id}"),
            Some(item_body("Hockeyskridskor", None, drop_34)),
        )
        .await,
        "drop",
    )
    .await;
    assert_eq!(saved.sizes.len(), 1);
    assert_eq!(saved.sizes[0].copies[0].inventory_number, "SK-032-1");

    let no_swedish = json!({ "category": "skates", "texts": { "ar": { "name": "زلاجات" } }, "sizes": [{ "label": "1", "kind": "one-size" }] });
    assert_error(
        staff_call(&app, &staff, Method::POST, "/items", Some(no_swedish)).await,
        422,
        "error-swedish-required",
        "no Swedish",
    )
    .await;
    let elsewhere = app.store.create_municipality("bstad", "Bstad", false).await.unwrap();
    let (theirs, _) = item_in(&app, elsewhere, "Bstads boll", EquipmentCategory::Balls, &[("5", 1)]).await;
    assert_eq!(staff_call(&app, &staff, Method::GET, &format!("/items/{theirs}"), None).await.status(), 404);
    let audit: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE action LIKE 'sportotek-%' ORDER BY id")
            .fetch_all(app.store.pool())
            .await
            .unwrap();
    assert_eq!(
        audit,
        ["sportotek-item-created", "sportotek-copy-added", "sportotek-item-saved", "sportotek-item-saved"]
    );
}

#[tokio::test]
async fn staff_hand_out_a_reservation_and_take_it_back_damaged_which_takes_the_copy_out_of_service() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let staff = sportotek_staff(&app).await;
    let (item, sizes) = item_with(&app, "Testskridskor", &[("32", 2)]).await;
    let day = today().plus_days(1);
    let first = reserved(&app, sizes[0], day, "Amal", "070-123 45 67").await;
    reserved(&app, sizes[0], day, "Oksana", "oksana@example.se").await;
    let third = reserve(&app, &request(sizes[0], day, "Yusuf", "070-999 99 99")).await;
    assert_error(third, 409, "error-sportotek-no-copy-free", "both pairs are promised that day").await;

    let found: Vec<StaffLoan> =
        ok(staff_call(&app, &staff, Method::GET, &format!("/loans?code={}", first.code), None).await, "find").await;
    assert_eq!((found.len(), found[0].first_name.as_str(), found[0].contact.as_str()), (1, "Amal", "070-123 45 67"));
    let by_name: Vec<StaffLoan> =
        ok(staff_call(&app, &staff, Method::GET, "/loans?name=AMAL&phone=0701234567", None).await, "by name").await;
    assert_eq!(by_name.iter().map(|l| l.id).collect::<Vec<_>>(), [found[0].id]);

    let id = loan_id(&app, &first.code).await;
    let due = today().plus_days(10);
    let path = |action: &str| format!("/loans/{id}/{action}");
    let out: StaffLoan = ok(
        staff_call(&app, &staff, Method::POST, &path("checkout"), Some(json!({ "due_day": due.to_string() }))).await,
        "checkout",
    )
    .await;
    assert_eq!((out.state, out.due_day, out.lent_on), (LoanState::Lent, due, Some(today())));
    assert!(out.inventory_number.is_some());
    let twice = staff_call(&app, &staff, Method::POST, &path("checkout"), Some(json!({}))).await;
    assert_error(twice, 409, "error-sportotek-loan-state", "already lent").await;

    let no_note =
        staff_call(&app, &staff, Method::POST, &path("checkin"), Some(json!({ "condition": "damaged" }))).await;
    assert_error(no_note, 422, "error-required", "damaged needs a note").await;
    let back: StaffLoan = ok(
        staff_call(
            &app,
            &staff,
            Method::POST,
            &path("checkin"),
            Some(json!({ "condition": "damaged", "note": "Trasig skena" })),
        )
        .await,
        "checkin",
    )
    .await;
    assert_eq!((back.state, back.return_condition), (LoanState::Returned, Some(Condition::Damaged)));
    let page: ItemPage = app.get_json(&public_path(&format!("/items/{item}"))).await;
    assert_eq!(page.sizes[0].copies, 1, "the damaged pair is out of service");
    let later = today().plus_days(20);
    assert!(page.sizes[0].pickup_days.iter().any(|p| p.day == later), "the other pair is free later");
    assert!(!page.sizes[0].pickup_days.iter().any(|p| p.day == day), "and promised on the day");
    let actions: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE action LIKE 'sportotek-checked%' ORDER BY id")
            .fetch_all(app.store.pool())
            .await
            .unwrap();
    assert_eq!(actions, ["sportotek-checked-out", "sportotek-checked-in-damaged"]);
}

#[tokio::test]
async fn a_loan_is_extended_only_while_a_copy_stays_free_and_late_loans_are_listed_with_the_reminder() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let staff = sportotek_staff(&app).await;
    let (_, sizes) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let id = lent(&app, sizes[0], today().plus_days(3), "070-123 45 67").await;
    reserved(&app, sizes[0], today().plus_days(7), "Oksana", "oksana@example.se").await;
    let path = format!("/loans/{id}/extension");
    let extend = |due: i64| {
        staff_call(&app, &staff, Method::POST, &path, Some(json!({ "due_day": today().plus_days(due).to_string() })))
    };
    assert_error(extend(8).await, 409, "error-sportotek-no-copy-free", "the next family has it from day 7").await;
    let extended: StaffLoan = ok(extend(6).await, "extend").await;
    assert_eq!(extended.due_day, today().plus_days(6));

    sqlx::query("UPDATE sportotek_loans SET due_day = $1 WHERE id = $2")
        .bind(today().plus_days(-2).to_string())
        .bind(id)
        .execute(app.store.pool())
        .await
        .unwrap();
    let late: Vec<StaffLoan> = ok(staff_call(&app, &staff, Method::GET, "/late", None).await, "late").await;
    let ours: Vec<&StaffLoan> = late.iter().filter(|l| l.id == id.0).collect();
    assert_eq!(ours.iter().map(|l| (l.late, l.contact.as_str())).collect::<Vec<_>>(), [(true, "070-123 45 67")]);
    assert_eq!(ours[0].reminded_on, None);
    assert!(late.iter().all(|l| l.late && l.due_day < today()), "only late loans (the demo has one too)");
    let reminded: StaffLoan =
        ok(staff_call(&app, &staff, Method::POST, &format!("/loans/{id}/reminder"), None).await, "remind").await;
    assert_eq!(reminded.reminded_on, Some(today()));
    let day: Today = ok(staff_call(&app, &staff, Method::GET, "/today", None).await, "today").await;
    assert!(day.late.iter().any(|l| l.id == id.0 && l.reminded_on == Some(today())));
}

#[tokio::test]
async fn a_walk_in_is_lent_at_once_exactly_once_and_only_when_a_copy_is_free() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let staff = sportotek_staff(&app).await;
    let (_, sizes) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let body = json!({ "size_id": sizes[0].0, "first_name": "Zahra", "contact": "070-222 22 22", "idempotency_key": "walk-in-zahra-1" });
    let first = staff_call(&app, &staff, Method::POST, "/loans", Some(body.clone())).await;
    assert_eq!(first.status(), 201);
    let loan: StaffLoan = first.json().await.unwrap();
    assert_eq!((loan.state, loan.walk_in, loan.due_day), (LoanState::Lent, true, today().plus_days(13)));
    assert_eq!(staff_call(&app, &staff, Method::POST, "/loans", Some(body)).await.status(), 200, "a retry");
    let other = json!({ "size_id": sizes[0].0, "first_name": "Omar", "contact": "070-333 33 33", "idempotency_key": "walk-in-omar-1" });
    assert_error(
        staff_call(&app, &staff, Method::POST, "/loans", Some(other)).await,
        409,
        "error-sportotek-no-copy-free",
        "none left",
    )
    .await;
    let day: Today = ok(staff_call(&app, &staff, Method::GET, "/today", None).await, "today").await;
    assert!(!day.returns.iter().chain(&day.late).any(|l| l.id == loan.id), "due in two weeks");
}

#[tokio::test]
async fn statistics_count_loans_and_unique_borrowers_per_category_and_month_without_names() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let m = app.municipality_id().await;
    let (_, skates) = item_with(&app, "Teststatskridskor", &[("32", 3)]).await;
    let (_, balls) = item_in(&app, m, "Teststatsboll", EquipmentCategory::Balls, &[("5", 1)]).await;
    let (never, _) = item_in(&app, m, "Teststatsracket", EquipmentCategory::Rackets, &[("1", 1)]).await;
    let stats_path = format!("/stats?year={}", today().year());
    let before: Stats = ok(staff_call(&app, &admin, Method::GET, &stats_path, None).await, "stats before").await;
    lent(&app, skates[0], today().plus_days(3), "070-123 45 67").await;
    lent(&app, skates[0], today().plus_days(3), "0701234567").await;
    let lost = lent(&app, balls[0], today().plus_days(3), "amal@example.se").await;
    let staff = sportotek_staff(&app).await;
    let body = Some(json!({ "condition": "lost", "note": "Borta" }));
    assert_eq!(staff_call(&app, &staff, Method::POST, &format!("/loans/{lost}/checkin"), body).await.status(), 200);

    let response = staff_call(&app, &admin, Method::GET, &stats_path, None).await;
    let raw = response.text().await.unwrap();
    // The contacts as given, not "070" alone, which a count or a code may hold.
    let contacts = ["070-123", "0701234567", "example.se"];
    assert!(!raw.contains("Test\"") && !contacts.iter().any(|c| raw.contains(c)), "no names: {raw}");
    let stats: Stats = serde_json::from_str(&raw).unwrap();
    let month = today().to_string()[..7].to_owned();
    let in_month = |stats: &Stats| {
        let found = stats.by_month.iter().find(|s| s.month == month && s.category == EquipmentCategory::Skates);
        found.map_or((0, 0), |s| (s.loans, s.borrowers))
    };
    let (after, earlier) = (in_month(&stats), in_month(&before));
    assert_eq!((after.0 - earlier.0, after.1 - earlier.1), (2, 1), "two loans, one borrower");
    let of =
        |stats: &Stats, c| stats.by_category.iter().find(|s| s.category == c).map_or((0, 0), |s| (s.lost, s.loans));
    let (balls, balls_before) = (of(&stats, EquipmentCategory::Balls), of(&before, EquipmentCategory::Balls));
    assert_eq!((balls.0 - balls_before.0, balls.1 - balls_before.1), (1, 1), "a lost ball still counts");
    assert!(stats.never_lent.iter().any(|n| n.item_id == never.0));
    assert!(!stats.never_lent.iter().any(|n| n.name == "Teststatskridskor"));
    let keys: Vec<String> = sqlx::query_scalar("SELECT DISTINCT borrower_key FROM sportotek_loans WHERE size_id = $1")
        .bind(skates[0])
        .fetch_all(app.store.pool())
        .await
        .unwrap();
    assert_eq!(keys.len(), 1, "one borrower, however the number was typed");
}

#[tokio::test]
async fn settings_out_of_range_are_refused_and_good_ones_read_back() {
    let app = spawn_app().await;
    let staff = sportotek_staff(&app).await;
    let bad = Settings { reserve_ahead_days: 0, ..open_every_day() };
    let refused = staff_call(&app, &staff, Method::PUT, "/settings", Some(serde_json::to_value(bad).unwrap())).await;
    assert_error(refused, 422, "error-sportotek-out-of-range", "no days ahead").await;
    let good = Settings { max_items_per_borrower: 4, ..open_every_day() };
    assert_eq!(
        staff_call(&app, &staff, Method::PUT, "/settings", Some(serde_json::to_value(&good).unwrap())).await.status(),
        204
    );
    let read: Settings = ok(staff_call(&app, &staff, Method::GET, "/settings", None).await, "settings").await;
    assert_eq!(read, good);
}

#[tokio::test]
async fn an_activity_links_to_its_municipalitys_items_and_an_editor_that_leaves_them_out_keeps_them() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let (skates, _) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let elsewhere = app.store.create_municipality("bstad", "Bstad", false).await.unwrap();
    let (foreign, _) = item_in(&app, elsewhere, "Bstads hjälm", EquipmentCategory::Helmets, &[("M", 1)]).await;
    let edit = ActivityEdit { equipment_items: Some(vec![foreign.0, skates.0]), ..activity("Skridskoskola") };
    let id = create(&app, &admin, "granviken", &edit).await;
    let page: ActivityDetail = app.get_json(&format!("/api/municipalities/granviken/activities/{id}?lang=ar")).await;
    let linked: Vec<(i64, &str)> = page.equipment_items.iter().map(|e| (e.id, e.name.as_str())).collect();
    assert_eq!(linked, [(skates.0, "Testskridskor")], "only the municipality's own items, Swedish standing in");

    let path = format!("/api/staff/activities/{id}");
    let untouched = ActivityEdit { equipment_items: None, ..activity("Skridskoskola, ny tid") };
    assert!(app
        .staff(Some(&admin), Method::PUT, &path, Some(serde_json::to_value(&untouched).unwrap()))
        .await
        .status()
        .is_success());
    let page: ActivityDetail = app.get_json(&format!("/api/municipalities/granviken/activities/{id}")).await;
    assert_eq!(page.equipment_items.len(), 1, "left out, the links stay");
    let bad = ActivityEdit { equipment_items: Some(vec![skates.0, skates.0]), ..activity("Skridskoskola") };
    let response = app.staff(Some(&admin), Method::PUT, &path, Some(serde_json::to_value(&bad).unwrap())).await;
    assert_error(response, 422, "error-sportotek-unknown-item", "the same item twice").await;
}
