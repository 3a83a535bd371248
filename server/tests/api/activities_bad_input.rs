//! Bad activities, bad finder parameters and bad applications: each gets a clear error
//! naming its field, and nothing is stored or changed.

use model::{
    activities::{ActivityEdit, ActivityText, StaffActivity, DESCRIPTION_MAX, MAX_COST_ORE, NOTE_MAX, TITLE_MAX},
    associations::{AssociationApplication, StaffAssociation},
    schedule::Weekday,
    ErrorBody,
};
use reqwest::Method;

use crate::{
    activity_helpers::{
        activity, application, apply, associations, create, empty_municipality, json, org_number, staff_activity,
        today, weekly, EMPTY,
    },
    helpers::{assert_error, spawn_app, Session, TestApp, DEMO_PASSWORD},
};

type Spoil = fn(&mut ActivityEdit);

fn sv(a: &mut ActivityEdit) -> &mut ActivityText {
    a.texts.get_mut("sv").unwrap()
}

/// Every way to spoil an activity, with the field and message the refusal must name.
fn spoiled() -> Vec<(&'static str, Spoil, &'static str, &'static str)> {
    vec![
        ("reversed ages", |a| (a.min_age, a.max_age) = (10, 7), "max_age", "error-age-reversed"),
        ("a maximum age over 99", |a| a.max_age = 100, "max_age", "error-age-out-of-range"),
        ("both ages over 99", |a| (a.min_age, a.max_age) = (100, 120), "max_age", "error-age-out-of-range"),
        ("a negative cost", |a| a.cost_ore = -1, "cost_ore", "error-cost-out-of-range"),
        ("an absurd cost", |a| a.cost_ore = MAX_COST_ORE + 1, "cost_ore", "error-cost-out-of-range"),
        ("too many trial sessions", |a| a.trial_sessions = 21, "trial_sessions", "error-trial-out-of-range"),
        (
            "an end before the start",
            |a| a.schedule = weekly(&[Weekday::Tue], "18:00", "17:00", today(), today().plus_days(30)),
            "end",
            "error-end-before-start",
        ),
        (
            "a reversed season",
            |a| a.schedule = weekly(&[Weekday::Tue], "17:00", "18:00", today(), today().plus_days(-1)),
            "season_end",
            "error-season-reversed",
        ),
        (
            "a season of two years",
            |a| a.schedule = weekly(&[Weekday::Tue], "17:00", "18:00", today(), today().plus_days(730)),
            "season_end",
            "error-season-too-long",
        ),
        (
            "no weekdays",
            |a| a.schedule = weekly(&[], "17:00", "18:00", today(), today().plus_days(30)),
            "weekdays",
            "error-no-weekdays",
        ),
        (
            "no dates",
            |a| a.schedule = model::schedule::Schedule::Dates { sessions: vec![] },
            "sessions",
            "error-no-sessions",
        ),
        (
            "an unknown leader language",
            |a| a.leader_languages.push("xx".into()),
            "leader_languages",
            "error-unknown-language",
        ),
        (
            "no Swedish text",
            |a| {
                let swedish = a.texts.remove("sv").unwrap();
                a.texts.insert("en".into(), swedish);
            },
            "texts.sv",
            "error-swedish-required",
        ),
        (
            "an unknown text language",
            |a| {
                a.texts.insert("de".into(), ActivityText { title: "Fußball".into(), ..Default::default() });
            },
            "texts",
            "error-unknown-language",
        ),
        ("a blank title", |a| sv(a).title = "   ".into(), "texts.sv.title", "error-required"),
        ("an overlong title", |a| sv(a).title = "x".repeat(TITLE_MAX + 1), "texts.sv.title", "error-text-too-long"),
        (
            "an overlong description",
            |a| sv(a).description = "ö".repeat(DESCRIPTION_MAX + 1),
            "texts.sv.description",
            "error-text-too-long",
        ),
        (
            "an overlong equipment note",
            |a| sv(a).equipment = "x".repeat(NOTE_MAX + 1),
            "texts.sv.equipment",
            "error-text-too-long",
        ),
        ("a control character", |a| sv(a).description = "a\u{7}b".into(), "texts.sv.description", "error-text-control"),
        ("a tab in the title", |a| sv(a).title = "a\tb".into(), "texts.sv.title", "error-text-control"),
        ("no place", |a| a.place = " ".into(), "place", "error-required"),
        (
            "a position off the map",
            |a| a.position = Some(model::activities::Position { lat: 91.0, lon: 14.0 }),
            "position",
            "error-position",
        ),
    ]
}

/// What the refused request said, checked for its status.
async fn refusal(response: reqwest::Response, status: u16, why: &str) -> ErrorBody {
    assert_eq!(response.status(), status, "{why}");
    response.json().await.unwrap_or_else(|e| panic!("{why}: not an error body: {e}"))
}

async fn own_activities(app: &TestApp, admin: &Session) -> Vec<StaffActivity> {
    let path = format!("/api/staff/municipalities/{EMPTY}/activities");
    app.staff(Some(admin), Method::GET, &path, None).await.json().await.unwrap()
}

#[tokio::test]
async fn each_bad_activity_is_refused_naming_its_field_and_nothing_is_created_or_changed() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let id = create(&app, &admin, EMPTY, &activity("Fotboll")).await;
    let before = staff_activity(&app, &admin, id).await;
    let create_path = format!("/api/staff/municipalities/{EMPTY}/activities");
    let save_path = format!("/api/staff/activities/{id}");
    for (why, spoil, field, message_id) in spoiled() {
        let mut edit = activity("Fotboll");
        spoil(&mut edit);
        for (method, path) in [(Method::POST, &create_path), (Method::PUT, &save_path)] {
            let body = refusal(app.staff(Some(&admin), method.clone(), path, Some(json(&edit))).await, 422, why).await;
            assert_eq!(body.code, "invalid", "{why}");
            assert!(
                body.fields.iter().any(|f| f.field == field && f.message_id == message_id),
                "{why} ({method}): {:?}",
                body.fields
            );
        }
    }
    assert_eq!(own_activities(&app, &admin).await, [before], "nothing created, nothing changed");
}

#[tokio::test]
async fn an_activity_that_does_not_parse_is_refused_as_malformed_and_changes_nothing() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let id = create(&app, &admin, EMPTY, &activity("Fotboll")).await;
    let before = staff_activity(&app, &admin, id).await;
    let good = serde_json::to_value(activity("Fotboll")).unwrap();
    let with = |pointer: &str, value: serde_json::Value| {
        let mut body = good.clone();
        *body.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}")) = value;
        body.to_string()
    };
    let cases = [
        ("an unknown category", with("/category", "quidditch".into()), 400, "error-malformed-body"),
        (
            "an unknown weekday",
            with("/schedule/weekly/weekdays", serde_json::json!(["tuesday"])),
            400,
            "error-malformed-body",
        ),
        ("an impossible date", with("/schedule/weekly/season_end", "2026-02-30".into()), 400, "error-malformed-body"),
        ("a clock time of 24:00", with("/schedule/weekly/end", "24:00".into()), 400, "error-malformed-body"),
        ("an unknown status", with("/status", "closed".into()), 400, "error-malformed-body"),
        ("a negative age", with("/min_age", (-1).into()), 400, "error-malformed-body"),
        ("an age past a byte", with("/max_age", 300.into()), 400, "error-malformed-body"),
        ("a cost as text", with("/cost_ore", "400 kr".into()), 400, "error-malformed-body"),
        ("malformed JSON", "{\"category\": \"football\",".to_owned(), 400, "error-malformed-body"),
        ("a missing field", r#"{"category":"football"}"#.to_owned(), 400, "error-malformed-body"),
        ("an oversized body", with("/place", "x".repeat(100 * 1024).into()), 413, "error-body-too-large"),
    ];
    for (why, body, status, message_id) in cases {
        for (method, path) in [
            (Method::POST, format!("/api/staff/municipalities/{EMPTY}/activities")),
            (Method::PUT, format!("/api/staff/activities/{id}")),
        ] {
            let request = app
                .client
                .request(method, format!("{}{path}", app.address))
                .header("cookie", &admin.cookie)
                .header("x-csrf-token", &admin.csrf)
                .header("content-type", "application/json")
                .body(body.clone());
            assert_error(request.send().await.unwrap(), status, message_id, why).await;
        }
    }
    assert_eq!(own_activities(&app, &admin).await, [before], "nothing created, nothing changed");
}

#[tokio::test]
async fn an_activity_with_every_text_at_its_longest_in_every_language_is_saved() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let mut edit = activity("Fotboll");
    // Arabic letters take two bytes each.
    let longest = |n: usize| "ب".repeat(n);
    for lang in ["sv", "ar", "prs", "uk", "en"] {
        let text = ActivityText {
            title: longest(TITLE_MAX),
            description: longest(DESCRIPTION_MAX),
            accessibility: longest(NOTE_MAX),
            equipment: longest(NOTE_MAX),
        };
        edit.texts.insert(lang.into(), text);
    }
    edit.place = longest(NOTE_MAX);
    let id = create(&app, &admin, EMPTY, &edit).await;
    assert_eq!(staff_activity(&app, &admin, id).await.edit, edit);
}

#[tokio::test]
async fn hostile_text_is_stored_and_returned_verbatim_as_text() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let hostile = "<script>alert('x')</script> & \"quotes\" '; DROP TABLE activities; --";
    let mut edit = activity(hostile);
    edit.texts.get_mut("sv").unwrap().description = format!("<img src=x onerror=alert(1)>\n{hostile}");
    edit.place = "<b>Hallen</b>".into();
    let id = create(&app, &admin, EMPTY, &edit).await;

    let page: model::activities::ActivityDetail =
        app.get_json(&format!("/api/municipalities/{EMPTY}/activities/{id}")).await;
    assert_eq!(page.summary.title, hostile);
    assert_eq!(page.text.description, edit.texts["sv"].description);
    assert_eq!(page.summary.place, "<b>Hallen</b>");
    let raw = app.get(&format!("/api/municipalities/{EMPTY}/activities?lang=sv")).await;
    assert!(raw.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
    let raw = raw.text().await.unwrap();
    assert!(raw.contains("<script>alert('x')</script>") && !raw.contains("&lt;"), "not escaped for HTML: {raw}");
    assert_eq!(staff_activity(&app, &admin, id).await.edit, edit);
}

#[tokio::test]
async fn each_bad_finder_parameter_is_named() {
    let app = spawn_app().await;
    let cases = [
        ("age=-1", "age"),
        ("age=100", "age"),
        ("age=nine", "age"),
        ("category=x", "category"),
        ("weekday=tuesday", "weekday"),
        ("time=night", "time"),
        ("covered=yes", "covered"),
        ("trial=2", "trial"),
        ("speaks=xx", "speaks"),
        ("sort=price", "sort"),
        ("near=91,14", "near"),
        ("near=60.5", "near"),
        ("near=NaN,14", "near"),
        ("offset=-5", "offset"),
        ("offset=100001", "offset"),
    ];
    for (query, field) in cases {
        let response = app.get(&format!("/api/municipalities/granviken/activities?{query}")).await;
        let body = refusal(response, 422, query).await;
        assert_eq!(body.message_id, "error-invalid-filter", "{query}");
        assert_eq!(body.fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(), [field], "{query}");
    }
    let response = app.get("/api/municipalities/granviken/activities?lang=xx").await;
    assert_error(response, 422, "error-unknown-language", "unknown language").await;
}

#[tokio::test]
async fn bad_applications_are_refused_naming_the_field_and_only_the_good_one_waits_for_a_decision() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let before = associations(&app, &admin, "granviken").await;
    let good = application("Granvikens Schackklubb", 50, "schack@granviken.example");
    assert_eq!(apply(&app, "granviken", &good).await.status(), 201);

    let spoil = |change: fn(&mut AssociationApplication)| {
        let mut a = application("Dålig Förening", 51, "dalig@granviken.example");
        change(&mut a);
        a
    };
    let cases: Vec<(&str, AssociationApplication, u16, &str, &str)> = vec![
        (
            "a wrong check digit",
            spoil(|a| a.org_number = wrong_check_digit(&org_number(51))),
            422,
            "org_number",
            "error-org-number-check",
        ),
        ("a wrong shape", spoil(|a| a.org_number = "802500-005".into()), 422, "org_number", "error-org-number-shape"),
        (
            "letters in the number",
            spoil(|a| a.org_number = "80250O-0051".into()),
            422,
            "org_number",
            "error-org-number-shape",
        ),
        (
            "the same number again",
            spoil(|a| a.org_number = org_number(50)),
            409,
            "org_number",
            "error-org-number-taken",
        ),
        ("no name", spoil(|a| a.name = "  ".into()), 422, "name", "error-required"),
        ("no contact e-mail", spoil(|a| a.contact.email = String::new()), 422, "contact.email", "error-required"),
        ("no contact name", spoil(|a| a.contact.name = String::new()), 422, "contact.name", "error-required"),
        (
            "a bad e-mail",
            spoil(|a| a.contact.email = "not-an-email".into()),
            422,
            "contact.email",
            "error-invalid-email",
        ),
        ("a bad phone", spoil(|a| a.contact.phone = "<script>".into()), 422, "contact.phone", "error-invalid-phone"),
        ("an overlong name", spoil(|a| a.name = "x".repeat(121)), 422, "name", "error-text-too-long"),
        (
            "an overlong description",
            spoil(|a| a.description = "x".repeat(2001)),
            422,
            "description",
            "error-text-too-long",
        ),
        ("a control character", spoil(|a| a.name = "Klubb\u{0}".into()), 422, "name", "error-text-control"),
    ];
    for (why, application, status, field, message_id) in cases {
        let body = refusal(apply(&app, "granviken", &application).await, status, why).await;
        assert!(body.fields.iter().any(|f| f.field == field && f.message_id == message_id), "{why}: {:?}", body.fields);
    }
    let path = "/api/municipalities/granviken/association-applications";
    let huge = serde_json::to_string(&spoil(|a| a.description = "x".repeat(20_000))).unwrap();
    for (why, content_type, body, status, message_id) in [
        ("malformed JSON", "application/json", "{\"name\":".to_owned(), 400, "error-malformed-body"),
        ("an unknown category", "application/json", r#"{"name":"K","org_number":"802500-0051","contact":{"name":"K","phone":"","email":"k@x.se","website":"","address":""},"categories":["quidditch"]}"#.to_owned(), 400, "error-malformed-body"),
        ("not JSON", "text/plain", serde_json::to_string(&good).unwrap(), 400, "error-malformed-body"),
        ("an oversized body", "application/json", huge, 413, "error-body-too-large"),
    ] {
        assert_error(app.post_raw(path, content_type, body).await, status, message_id, why).await;
    }
    let unknown = app
        .post_raw(
            "/api/municipalities/atlantis/association-applications",
            "application/json",
            serde_json::to_string(&spoil(|_| ())).unwrap(),
        )
        .await;
    assert_error(unknown, 404, "error-not-found", "unknown municipality").await;

    let after = associations(&app, &admin, "granviken").await;
    let new: Vec<&StaffAssociation> = after.iter().filter(|a| !before.iter().any(|b| b.id == a.id)).collect();
    assert_eq!(new.len(), 1, "only the good application is stored");
    assert_eq!(
        (new[0].name.as_str(), new[0].state),
        ("Granvikens Schackklubb", model::activities::AssociationState::Pending)
    );
    assert_eq!(new[0].org_number, org_number(50));
    assert_eq!(after[0].id, new[0].id, "waiting applications come first");
}

fn wrong_check_digit(number: &str) -> String {
    let (head, last) = number.split_at(number.len() - 1);
    let wrong = (last.parse::<u32>().unwrap() + 1) % 10;
    format!("{head}{wrong}")
}

#[tokio::test]
async fn a_client_may_send_five_applications_a_minute_and_bad_ones_do_not_count() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    for n in 0..3 {
        let bad = AssociationApplication { name: String::new(), ..application("X", n, "x@norrby.example") };
        assert_eq!(apply(&app, EMPTY, &bad).await.status(), 422);
    }
    for n in 0..5 {
        let good = application(&format!("Förening {n}"), n, &format!("f{n}@norrby.example"));
        assert_eq!(apply(&app, EMPTY, &good).await.status(), 201, "application {n}");
    }
    let sixth = application("Förening 5", 5, "f5@norrby.example");
    assert_error(apply(&app, EMPTY, &sixth).await, 429, "error-rate-limited", "the sixth in a minute").await;
    let stored = associations(&app, &admin, EMPTY).await;
    assert_eq!(stored.len(), 5);
    assert!(stored.iter().all(|a| a.name != "Förening 5"), "the refused one is not stored");
}
