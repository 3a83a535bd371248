//! One tap on a leader's phone (`PUT /api/staff/activities/{id}/status`): the status
//! alone changes, an edit saved meanwhile in the console stays, bad input changes
//! nothing, and taps at once from two phones each leave one audit entry.

use model::activities::{ActivityStatus, StaffActivity};
use reqwest::Method;
use serde_json::json;

use crate::{
    activity_helpers::staff_activity,
    helpers::{assert_error, spawn_app, Session, TestApp, DEMO_PASSWORD},
    parallel::all_at_once,
};

const LEADER: &str = "forening@granviken.example";
const ADMIN: &str = "admin@granviken.example";

/// The first activity of the leader's association.
async fn leaders_activity(app: &TestApp, leader: &Session) -> StaffActivity {
    let mine: serde_json::Value =
        app.staff(Some(leader), Method::GET, "/api/staff/associations", None).await.json().await.unwrap();
    let association = mine[0]["id"].as_i64().unwrap();
    let path = format!("/api/staff/associations/{association}/activities");
    let list: Vec<StaffActivity> = app.staff(Some(leader), Method::GET, &path, None).await.json().await.unwrap();
    list.into_iter().next().expect("the demo association has activities")
}

async fn set(app: &TestApp, session: &Session, id: i64, status: &str) -> reqwest::Response {
    let path = format!("/api/staff/activities/{id}/status");
    app.staff(Some(session), Method::PUT, &path, Some(json!({ "status": status }))).await
}

async fn audit_entries(app: &TestApp, id: i64) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'activity-status' AND target = $1")
        .bind(id.to_string())
        .fetch_one(app.store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_tap_changes_the_status_alone_and_keeps_an_edit_saved_meanwhile() {
    let app = spawn_app().await;
    let (leader, admin) = (app.sign_in(LEADER, DEMO_PASSWORD).await, app.sign_in(ADMIN, DEMO_PASSWORD).await);
    // The leader's phone has the list; meanwhile the admin renames the activity.
    let seen = leaders_activity(&app, &leader).await;
    let mut renamed = seen.edit.clone();
    renamed.texts.get_mut("sv").unwrap().title = "Skridskoskola, ny grupp".into();
    let response =
        app.staff(Some(&admin), Method::PUT, &format!("/api/staff/activities/{}", seen.id), Some(json!(renamed))).await;
    assert_eq!(response.status(), 204);

    for status in ["paused", "full", "open"] {
        assert_eq!(set(&app, &leader, seen.id, status).await.status(), 204, "{status}");
        let now = staff_activity(&app, &leader, seen.id).await;
        assert_eq!(now.edit.status.code(), status);
        assert_eq!(now.edit.texts["sv"].title, "Skridskoskola, ny grupp", "the admin's edit stays");
    }
    assert_eq!(audit_entries(&app, seen.id).await, 3, "one entry a tap");
    // The public finder shows the change.
    set(&app, &leader, seen.id, "paused").await;
    let public: serde_json::Value =
        app.get_json(&format!("/api/municipalities/granviken/activities/{}?lang=sv", seen.id)).await;
    assert_eq!(public["status"], "paused", "{public}");
}

#[tokio::test]
async fn a_bad_tap_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let leader = app.sign_in(LEADER, DEMO_PASSWORD).await;
    let before = leaders_activity(&app, &leader).await;
    let path = format!("{}/api/staff/activities/{}/status", app.address, before.id);
    let cases = [
        ("an unknown status", r#"{"status":"closed"}"#.to_owned(), 400, "error-malformed-body"),
        ("a status as a number", r#"{"status":1}"#.to_owned(), 400, "error-malformed-body"),
        ("no status", "{}".to_owned(), 400, "error-malformed-body"),
        ("malformed JSON", r#"{"status":"#.to_owned(), 400, "error-malformed-body"),
        ("markup for a status", r#"{"status":"<script>alert(1)</script>"}"#.to_owned(), 400, "error-malformed-body"),
        (
            "an oversized body",
            format!(r#"{{"status":"paused","x":"{}"}}"#, "x".repeat(100 * 1024)),
            413,
            "error-body-too-large",
        ),
    ];
    for (why, body, status, message_id) in cases {
        let request = app
            .client
            .put(&path)
            .header("cookie", &leader.cookie)
            .header("x-csrf-token", &leader.csrf)
            .header("content-type", "application/json")
            .body(body);
        assert_error(request.send().await.unwrap(), status, message_id, why).await;
    }
    // No such activity, and an id that is not one: neither names anything that exists.
    assert_eq!(set(&app, &leader, 999_999, "paused").await.status(), 404);
    let not_an_id = app
        .staff(Some(&leader), Method::PUT, "/api/staff/activities/x/status", Some(json!({ "status": "paused" })))
        .await;
    assert_eq!(not_an_id.status(), 404);
    // Without the CSRF header, as a page of another site would send it.
    let forged = app
        .client
        .put(&path)
        .header("cookie", &leader.cookie)
        .json(&json!({ "status": "paused" }))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    assert_eq!(staff_activity(&app, &leader, before.id).await, before, "nothing changed");
    assert_eq!(audit_entries(&app, before.id).await, 0);
}

#[tokio::test]
async fn taps_from_two_phones_at_once_each_count_once_and_the_last_one_stands() {
    let app = spawn_app().await;
    let (leader, admin) = (app.sign_in(LEADER, DEMO_PASSWORD).await, app.sign_in(ADMIN, DEMO_PASSWORD).await);
    let activity = leaders_activity(&app, &leader).await;
    let statuses = ["paused", "full", "open"];
    let taps = (0..30).map(|n| {
        let session = if n % 2 == 0 { &leader } else { &admin };
        app.client
            .put(format!("{}/api/staff/activities/{}/status", app.address, activity.id))
            .header("cookie", &session.cookie)
            .header("x-csrf-token", &session.csrf)
            .json(&json!({ "status": statuses[n % 3] }))
    });
    let answers = all_at_once(taps).await;
    assert!(answers.iter().all(|(status, _)| *status == 204), "{answers:?}");
    assert_eq!(audit_entries(&app, activity.id).await, 30);
    let after = staff_activity(&app, &leader, activity.id).await;
    assert!([ActivityStatus::Open, ActivityStatus::Paused, ActivityStatus::Full].contains(&after.edit.status));
    let mut rest = after.edit.clone();
    rest.status = activity.edit.status;
    assert_eq!(rest, activity.edit, "nothing but the status changed");
}
