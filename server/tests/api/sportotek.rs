//! The Sportotek for families: the catalogue, availability, reserving, the code, lapse,
//! erasure and the calendar. Run on `SQLite` and on `PostgreSQL`.

use model::sportotek::{Catalogue, EquipmentCategory, ItemPage, LoanState, Reservation, Settings};
use serde_json::{json, Value};
use sqlx::Row as _;

use crate::{
    activity_helpers::today,
    helpers::{assert_error, count, spawn_app, TestApp},
    sportotek_helpers::{
        item_in, item_with, lent, loan_id, lookup, open_every_day, public_path, request, reserve, reserved,
        set_settings,
    },
};

async fn page(app: &TestApp, item: server::ids::ItemId, lang: &str) -> ItemPage {
    app.get_json(&public_path(&format!("/items/{item}?lang={lang}"))).await
}

/// Every item the catalogue finds for `query`, page by page, each page checked against
/// the first's total.
async fn every_page(app: &TestApp, query: &str) -> Vec<model::sportotek::ItemSummary> {
    let first: Catalogue = app.get_json(&public_path(query)).await;
    let mut items = first.items;
    while items.len() < first.total as usize {
        let and = if query.is_empty() { "?" } else { "&" };
        let next: Catalogue = app.get_json(&public_path(&format!("{query}{and}offset={}", items.len()))).await;
        assert_eq!((next.total, next.offset as usize), (first.total, items.len()), "{query}");
        assert!(!next.items.is_empty() && next.items.len() <= Catalogue::PAGE as usize, "{query}");
        items.extend(next.items);
    }
    assert_eq!(items.len(), first.total as usize, "{query}");
    items
}

#[tokio::test]
async fn the_catalogue_lists_items_by_category_size_and_age_with_the_first_pickup_day() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let m = app.municipality_id().await;
    let (skates, _) = item_with(&app, "Testskridskor", &[("32", 2), ("40", 1)]).await;
    let (ball, _) = item_in(&app, m, "Testboll", EquipmentCategory::Balls, &[("5", 1)]).await;
    let ids = |items: &[model::sportotek::ItemSummary]| items.iter().map(|i| i.id).collect::<Vec<_>>();

    let all = every_page(&app, "").await;
    assert!(ids(&all).contains(&skates.0) && ids(&all).contains(&ball.0));
    let listed = all.iter().find(|i| i.id == skates.0).unwrap();
    assert_eq!(listed.copies, 3);
    assert!(listed.next_pickup.is_some_and(|d| d <= today().plus_days(1)), "today, or tomorrow late at night");
    let first: Catalogue = app.get_json(&public_path("")).await;
    assert!(first.categories.iter().any(|c| c.category == EquipmentCategory::Balls && c.items >= 1));

    let balls = every_page(&app, "?category=balls").await;
    assert!(ids(&balls).contains(&ball.0) && !ids(&balls).contains(&skates.0));
    let size_40 = every_page(&app, "?size=40").await;
    assert!(ids(&size_40).contains(&skates.0) && !ids(&size_40).contains(&ball.0));
    let for_twelve = every_page(&app, "?age=12").await;
    assert!(!ids(&for_twelve).contains(&skates.0), "the test sizes fit ages 6 to 9");
    let for_seven = every_page(&app, "?age=7&category=skates").await;
    assert!(ids(&for_seven).contains(&skates.0));

    assert_error(
        app.get(&public_path("?category=surfboards")).await,
        422,
        "error-sportotek-unknown-category",
        "category",
    )
    .await;
    assert_error(app.get("/api/municipalities/ingenstans/sportotek").await, 404, "error-not-found", "no municipality")
        .await;
}

#[tokio::test]
async fn the_catalogue_comes_a_page_at_a_time_with_every_size_that_matches() {
    let app = spawn_app().await;
    let before: Catalogue = app.get_json(&public_path("")).await;
    // More items than a page, whatever the demo holds: the last ones on a later page.
    let mut made = Vec::new();
    for n in 0..=Catalogue::PAGE {
        made.push(item_with(&app, &format!("Sida {n}"), &[(if n == 0 { "771" } else { "772" }, 1)]).await.0 .0);
    }
    let total = before.total + Catalogue::PAGE + 1;
    // Written to the store, not through the API: the kept first page is dropped now.
    app.reads.catch_up(&app.store).await;

    let first: Catalogue = app.get_json(&public_path("")).await;
    assert_eq!((first.total, first.offset, first.items.len()), (total, 0, Catalogue::PAGE as usize));
    assert!(
        first.sizes.contains(&"771".to_owned()),
        "a size of an item on a later page is a choice: {:?}",
        first.sizes
    );
    let all = every_page(&app, "").await;
    let ids: Vec<i64> = all.iter().map(|i| i.id).collect();
    let mut in_order = ids.clone();
    in_order.sort_unstable();
    in_order.dedup();
    assert_eq!(ids, in_order, "each item once, in one order from page to page");
    assert!(made.iter().all(|id| ids.contains(id)));

    let last: Catalogue = app.get_json(&public_path(&format!("?offset={}", total - 1))).await;
    assert_eq!(last.items.iter().map(|i| i.id).collect::<Vec<_>>(), [*made.last().unwrap()]);
    let past: Catalogue = app.get_json(&public_path(&format!("?offset={}", total + 5))).await;
    assert_eq!((past.total, past.items.len()), (total, 0), "past the end: nothing, and the total");
    let filtered: Catalogue = app.get_json(&public_path("?size=772&offset=1")).await;
    assert_eq!(filtered.total, Catalogue::PAGE, "the total of what the filters find");

    for (query, status, message, why) in [
        ("?offset=-1", 400, "error-malformed-body", "a negative offset"),
        ("?offset=tre", 400, "error-malformed-body", "not a number"),
        ("?offset=99999999999", 400, "error-malformed-body", "past what a number holds"),
        ("?offset=100001", 422, "error-invalid-filter", "past the furthest page"),
    ] {
        assert_error(app.get(&public_path(query)).await, status, message, why).await;
    }
}

#[tokio::test]
async fn an_item_page_shows_each_size_with_its_pickup_days_in_the_readers_language_or_swedish() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let (item, sizes) = item_with(&app, "Testskridskor", &[("32", 1), ("33", 0)]).await;
    let shown = page(&app, item, "ar").await;
    assert_eq!((shown.lang, shown.name.as_str()), (model::Language::Sv, "Testskridskor"), "Swedish stands in");
    assert_eq!(shown.sizes.len(), 2);
    let (with, without) = (&shown.sizes[0], &shown.sizes[1]);
    assert_eq!((with.id, with.copies), (sizes[0].0, 1));
    assert!(with.pickup_days.len() >= 27, "every day within 28 days: {}", with.pickup_days.len());
    assert!(with.pickup_days.iter().all(|p| p.keep_days == 14 && p.due_day == p.day.plus_days(13)));
    assert!(without.pickup_days.is_empty(), "no copies, no pickup days");
    assert_error(app.get(&public_path("/items/999999")).await, 404, "error-not-found", "no such item").await;
}

#[tokio::test]
async fn a_reservation_gives_a_code_that_shows_it_again_without_the_name_or_contact() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let (item, sizes) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let day = today().plus_days(2);
    let reservation = reserved(&app, sizes[0], day, "Amal", "070-123 45 67").await;
    assert_eq!(reservation.code.len(), 12, "10 characters in groups of four: {}", reservation.code);
    assert_eq!((reservation.item_id, reservation.state, reservation.pickup_day), (item.0, LoanState::Reserved, day));
    assert_eq!(reservation.due_day, day.plus_days(13));
    assert!(reservation.cancellable && reservation.pickup_hours.is_some());
    assert_eq!(reservation.place.address, "Storgatan 1");

    let response = lookup(&app, &reservation.code.to_lowercase().replace('-', " ")).await;
    assert_eq!(response.status(), 200);
    let raw = response.text().await.unwrap();
    assert!(!raw.contains("Amal") && !raw.contains("070-123"), "no personal data: {raw}");
    let again: Reservation = serde_json::from_str(&raw).unwrap();
    assert_eq!(again, reservation);

    let audit = count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-reserved'").await;
    assert_eq!(audit, 1, "the reservation is in the audit log");
}

#[tokio::test]
async fn the_last_copy_is_promised_once_and_free_again_after_its_due_day() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let (item, sizes) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let day = today().plus_days(3);
    reserved(&app, sizes[0], day, "Amal", "070-123 45 67").await;

    for other in [day, day.plus_days(13), today().plus_days(1)] {
        let response = reserve(&app, &request(sizes[0], other, "Oksana", "oksana@example.se")).await;
        assert_error(response, 409, "error-sportotek-no-copy-free", &format!("the copy is held on {other}")).await;
    }
    let shown = page(&app, item, "sv").await;
    let offered: Vec<_> = shown.sizes[0].pickup_days.iter().map(|p| p.day).collect();
    assert!(!offered.contains(&day) && !offered.contains(&today().plus_days(1)));
    assert!(offered.contains(&day.plus_days(14)), "free after the due day");
    reserved(&app, sizes[0], day.plus_days(14), "Oksana", "oksana@example.se").await;
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM sportotek_loans WHERE size_id = {}", sizes[0].0)).await, 2);
}

#[tokio::test]
async fn a_retry_with_the_same_key_answers_the_first_reservation_and_another_request_under_it_is_refused() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let (_, sizes) = item_with(&app, "Testskridskor", &[("32", 3)]).await;
    let body = request(sizes[0], today().plus_days(1), "Amal", "070-123 45 67");
    let first = reserve(&app, &body).await;
    assert_eq!(first.status(), 201);
    let first: Reservation = first.json().await.unwrap();
    let retry = reserve(&app, &body).await;
    assert_eq!(retry.status(), 200, "the retry is answered, not repeated");
    assert_eq!(retry.json::<Reservation>().await.unwrap().code, first.code);
    let mut other = body.clone();
    other["pickup_day"] = json!(today().plus_days(2).to_string());
    assert_error(reserve(&app, &other).await, 409, "error-idempotency-key-reused", "another day, same key").await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sportotek_loans WHERE demo = 0").await, 1);
}

#[tokio::test]
async fn a_borrower_may_hold_no_more_items_than_the_limit_however_the_phone_is_typed() {
    let app = spawn_app().await;
    set_settings(&app, &Settings { max_items_per_borrower: 2, ..open_every_day() }).await;
    let (_, sizes) = item_with(&app, "Testskridskor", &[("32", 5)]).await;
    let day = today().plus_days(1);
    reserved(&app, sizes[0], day, "Amal", "070-123 45 67").await;
    reserved(&app, sizes[0], day, "Amal", "0701234567").await;
    let third = reserve(&app, &request(sizes[0], day, "Amal", "070 12 34 567")).await;
    assert_error(third, 409, "error-sportotek-limit", "a third item").await;
    reserved(&app, sizes[0], day, "Omar", "070-765 43 21").await;
}

#[tokio::test]
async fn a_reservation_not_picked_up_lapses_after_its_day_and_the_grace_days_and_frees_its_copy() {
    let app = spawn_app().await;
    set_settings(&app, &Settings { grace_days: 1, ..open_every_day() }).await;
    let (item, sizes) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let late = reserved(&app, sizes[0], today().plus_days(1), "Amal", "070-123 45 67").await;
    // Move the pickup day to the day before yesterday: past the one grace day.
    let set_pickup = |days: i64| {
        let pickup = today().plus_days(days).to_string();
        let due = today().plus_days(days + 13).to_string();
        format!("UPDATE sportotek_loans SET pickup_day = '{pickup}', due_day = '{due}' WHERE demo = 0")
    };
    sqlx::query(&set_pickup(-1)).execute(app.store.pool()).await.unwrap();
    let within_grace: Reservation = lookup(&app, &late.code).await.json().await.unwrap();
    assert_eq!(within_grace.state, LoanState::Reserved, "picked up yesterday, one grace day");
    sqlx::query(&set_pickup(-2)).execute(app.store.pool()).await.unwrap();
    let lapsed: Reservation = lookup(&app, &late.code).await.json().await.unwrap();
    assert_eq!(lapsed.state, LoanState::Lapsed);
    assert!(!lapsed.cancellable);
    assert!(
        page(&app, item, "sv").await.sizes[0].pickup_days.iter().any(|p| p.day <= today().plus_days(1)),
        "free again"
    );

    // The server's own sweeper may have got there first: what matters is what is stored,
    // and that sweeping again finds nothing left to do.
    app.store.sweep_sportotek(today()).await.unwrap();
    assert_eq!(app.store.sweep_sportotek(today()).await.unwrap(), 0, "nothing left to sweep");
    let stored: String = sqlx::query_scalar("SELECT state FROM sportotek_loans WHERE demo = 0")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(stored, "lapsed", "the sweeper writes it down");
}

#[tokio::test]
async fn the_name_and_contact_are_blanked_the_set_number_of_days_after_a_loan_ends() {
    let app = spawn_app().await;
    set_settings(&app, &Settings { keep_personal_days: 30, ..open_every_day() }).await;
    let (_, sizes) = item_with(&app, "Testskridskor", &[("32", 3)]).await;
    let old = lent(&app, sizes[0], today().plus_days(5), "070-123 45 67").await;
    let recent = lent(&app, sizes[0], today().plus_days(5), "070-765 43 21").await;
    let open = lent(&app, sizes[0], today().plus_days(5), "070-555 55 55").await;
    for (id, ended) in [(old, -31), (recent, -29)] {
        sqlx::query("UPDATE sportotek_loans SET state = 'returned', ended_on = $1 WHERE id = $2")
            .bind(today().plus_days(ended).to_string())
            .bind(id)
            .execute(app.store.pool())
            .await
            .unwrap();
    }
    app.store.sweep_sportotek(today()).await.unwrap();
    let named = |id| {
        let pool = app.store.pool().clone();
        async move {
            let row = sqlx::query("SELECT first_name, contact FROM sportotek_loans WHERE id = $1")
                .bind(id)
                .fetch_one(&pool)
                .await
                .unwrap();
            (row.get::<String, _>(0), row.get::<String, _>(1))
        }
    };
    assert_eq!(named(old).await, (String::new(), String::new()), "ended 31 days ago");
    assert_eq!(named(recent).await.0, "Test", "ended 29 days ago");
    assert_eq!(named(open).await.0, "Test", "still open");
    let keys = count(&app, "SELECT COUNT(DISTINCT borrower_key) FROM sportotek_loans WHERE demo = 0").await;
    assert_eq!(keys, 3, "the statistics still count three borrowers");
}

#[tokio::test]
async fn a_family_cancels_by_code_once_and_the_copy_is_free_again() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let (_, sizes) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let day = today().plus_days(1);
    let reservation = reserved(&app, sizes[0], day, "Amal", "070-123 45 67").await;
    let cancel = || {
        app.post_raw(
            "/api/sportotek/reservations/cancellation",
            "application/json",
            json!({ "code": reservation.code }).to_string(),
        )
    };
    let cancelled = cancel().await;
    assert_eq!(cancelled.status(), 200);
    assert_eq!(cancelled.json::<Reservation>().await.unwrap().state, LoanState::Cancelled);
    assert_error(cancel().await, 409, "error-sportotek-not-cancellable", "cancelled twice").await;
    reserved(&app, sizes[0], day, "Oksana", "oksana@example.se").await;
}

#[tokio::test]
async fn lookups_by_code_are_rate_limited_and_logged_by_a_keyed_hash_only() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let (_, sizes) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let reservation = reserved(&app, sizes[0], today().plus_days(1), "Amal", "070-123 45 67").await;
    let mut wrong = reservation.code.clone().into_bytes();
    wrong.swap(0, 1);
    let wrong = String::from_utf8(wrong).unwrap();
    if wrong != reservation.code {
        assert_error(lookup(&app, &wrong).await, 404, "error-not-found", "a swapped pair names no loan").await;
    }
    assert_error(lookup(&app, "ABC").await, 422, "error-loan-code-shape", "too short").await;
    let mut statuses = Vec::new();
    for _ in 0..32 {
        statuses.push(lookup(&app, &reservation.code).await.status().as_u16());
    }
    assert!(statuses.contains(&429), "guessing is slowed down: {statuses:?}");
    let clients: Vec<String> =
        sqlx::query_scalar("SELECT client FROM sportotek_lookups").fetch_all(app.store.pool()).await.unwrap();
    assert!(!clients.is_empty() && clients.iter().all(|c| c.len() == 16 && !c.contains("127.0.0.1")));
    let plain = reservation.code.replace('-', "");
    let audit: Vec<String> =
        sqlx::query_scalar("SELECT target FROM audit_log").fetch_all(app.store.pool()).await.unwrap();
    assert!(audit.iter().all(|t| !t.contains(&plain)), "the code is not in the audit log");
}

#[tokio::test]
async fn the_calendar_has_the_pickup_then_the_return_and_escapes_what_staff_wrote() {
    let app = spawn_app().await;
    let hostile = Settings {
        place_name: "Sportoteket; \"Hallen\"\r\nX-INJECTED:1".into(),
        address: "Storgatan 1,\nBEGIN:VEVENT".into(),
        ..open_every_day()
    };
    set_settings(&app, &hostile).await;
    let m = app.municipality_id().await;
    let (_, sizes) = item_in(&app, m, "Skridskor\\n;,END:VCALENDAR", EquipmentCategory::Skates, &[("32", 1)]).await;
    let reservation = reserved(&app, sizes[0], today().plus_days(1), "Amal", "070-123 45 67").await;
    let ics = |lang: &'static str| {
        let code = reservation.code.clone();
        let app = &app;
        async move {
            let response = app.get(&format!("/api/sportotek/reservations/calendar.ics?code={code}&lang={lang}")).await;
            assert_eq!(response.status(), 200);
            assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
            response.text().await.unwrap()
        }
    };
    let text = ics("sv").await;
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(!text.replace("\r\n", "").contains(['\r', '\n']), "only CR LF ends a line");
    assert!(!lines.iter().any(|l| l.starts_with("X-INJECTED")), "{text}");
    assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1, "the pickup: {text}");
    assert_eq!(lines.iter().filter(|l| **l == "END:VCALENDAR").count(), 1);
    assert!(text.contains("SUMMARY:Hämta"), "{text}");
    // The contact as given: "070" alone is in a time stamp written at 07:0x.
    assert!(!text.contains("Amal") && !text.contains("070-123"), "no personal data: {text}");
    let parsed: icalendar::Calendar = text.parse().unwrap();
    assert_eq!(parsed.components.iter().filter(|c| c.as_event().is_some()).count(), 1);

    let id = loan_id(&app, &reservation.code).await;
    sqlx::query("UPDATE sportotek_loans SET state = 'lent', lent_on = $1 WHERE id = $2")
        .bind(today().to_string())
        .bind(id)
        .execute(app.store.pool())
        .await
        .unwrap();
    let lent = ics("ar").await;
    assert!(lent.contains("SUMMARY:أعد") || lent.contains("SUMMARY:\u{2068}") || lent.contains("أعد"), "{lent}");
    assert_eq!(lent.split("\r\n").filter(|l| *l == "BEGIN:VEVENT").count(), 1, "the return");
}

#[tokio::test]
async fn the_public_answers_match_the_openapi_document() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let (item, sizes) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    reserved(&app, sizes[0], today().plus_days(1), "Amal", "070-123 45 67").await;
    let document = serde_json::to_value(server::openapi::document()).unwrap();
    let check = |path: &str, pointer: &str, body: &Value| {
        let mut schema = document.pointer(pointer).unwrap_or_else(|| panic!("{pointer}")).clone();
        schema.as_object_mut().unwrap().insert("components".into(), document["components"].clone());
        let validator = jsonschema::draft202012::new(&schema).unwrap();
        let errors: Vec<String> =
            validator.iter_errors(body).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{path}: {errors:?}");
    };
    let ok = "/get/responses/200/content/application~1json/schema";
    let catalogue: Value = app.get_json(&public_path("?lang=ar")).await;
    check("catalogue", &format!("/paths/~1api~1municipalities~1{{municipality}}~1sportotek{ok}"), &catalogue);
    let page: Value = app.get_json(&public_path(&format!("/items/{item}?lang=uk"))).await;
    check("item", &format!("/paths/~1api~1municipalities~1{{municipality}}~1sportotek~1items~1{{id}}{ok}"), &page);
    let response = reserve(&app, &request(sizes[0], today().plus_days(20), "Omar", "omar@example.se")).await;
    let reservation: Value = response.json().await.unwrap();
    let created = "/post/responses/201/content/application~1json/schema";
    check(
        "reservation",
        &format!("/paths/~1api~1municipalities~1{{municipality}}~1sportotek~1reservations{created}"),
        &reservation,
    );
}
