//! Read-then-write paths under parallel requests: each change happens once, however
//! many identical requests arrive together. Run on `SQLite` and on `PostgreSQL`.

use model::auth::{InvitationLink, Role};
use reqwest::Method;
use serde_json::{json, Value};
use sqlx::Row as _;

use crate::{
    activity_helpers::{application, apply, associations, today},
    helpers::{link_token, spawn_app, Session, TestApp, DEMO_PASSWORD},
};

const M: &str = "/api/staff/municipalities/granviken";

/// A request as `session` sends it, or as a family without one.
pub(crate) fn call(
    app: &TestApp,
    session: Option<&Session>,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> reqwest::RequestBuilder {
    let mut request = app.client.request(method, format!("{}{path}", app.address));
    if let Some(session) = session {
        request = request.header("cookie", &session.cookie).header("x-csrf-token", &session.csrf);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    request
}

/// Sends the requests at once; each one's status and body, in the order given.
pub(crate) async fn all_at_once(requests: impl IntoIterator<Item = reqwest::RequestBuilder>) -> Vec<(u16, Value)> {
    let mut tasks = tokio::task::JoinSet::new();
    for (n, request) in requests.into_iter().enumerate() {
        tasks.spawn(async move {
            let response = request.send().await.expect("request sent");
            let status = response.status().as_u16();
            (n, status, response.json::<Value>().await.unwrap_or(Value::Null))
        });
    }
    let mut answers = tasks.join_all().await;
    answers.sort_unstable_by_key(|(n, _, _)| *n);
    answers.into_iter().map(|(_, status, body)| (status, body)).collect()
}

/// Sends the same request `n` times at once; the statuses, sorted.
pub(crate) async fn at_once(
    app: &TestApp,
    session: Option<&Session>,
    method: Method,
    path: &str,
    body: Option<Value>,
    n: usize,
) -> Vec<u16> {
    let requests = (0..n).map(|_| call(app, session, method.clone(), path, body.as_ref()));
    let mut statuses: Vec<u16> = all_at_once(requests).await.into_iter().map(|(status, _)| status).collect();
    statuses.sort_unstable();
    statuses
}

pub(crate) fn once(statuses: &[u16], success: u16, refusal: u16) {
    assert_eq!(statuses.iter().filter(|s| **s == success).count(), 1, "exactly one {success}: {statuses:?}");
    assert!(statuses.iter().all(|s| *s == success || *s == refusal), "{statuses:?}");
}

/// Exactly one 200, and every other answer the 409 that names why.
pub(crate) fn once_refusing(answers: &[(u16, Value)], message_id: &str) {
    let statuses: Vec<u16> = answers.iter().map(|(status, _)| *status).collect();
    once(&statuses, 200, 409);
    for (_, body) in answers.iter().filter(|(status, _)| *status == 409) {
        assert_eq!(body["message_id"], message_id, "a clear refusal: {body}");
    }
}

pub(crate) use crate::helpers::count;

#[tokio::test]
async fn twenty_parallel_approvals_of_one_application_decide_and_offer_once() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    assert_eq!(
        apply(&app, "granviken", &application("Samtidiga IF", 91, "samtidig@granviken.example")).await.status(),
        201
    );
    let club = associations(&app, &admin, "granviken").await.into_iter().find(|a| a.name == "Samtidiga IF").unwrap();
    let path = format!("{M}/associations/{}/decision", club.id);
    once(&at_once(&app, Some(&admin), Method::POST, &path, Some(json!({ "approve": true })), 20).await, 200, 409);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM role_offers").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM invitations").await, 1, "one live link");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'association-approved' AND target = 'Samtidiga IF'")
            .await,
        1
    );
}

#[tokio::test]
async fn twenty_parallel_acceptances_of_one_link_sign_in_once() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let body = Some(json!({ "email": "samtidig@granviken.example", "roles": ["guide"] }));
    let link: InvitationLink =
        app.staff(Some(&admin), Method::POST, &format!("{M}/invitations"), body).await.json().await.unwrap();
    let body = json!({ "token": link_token(&link), "password": "a long new password" });
    once(&at_once(&app, None, Method::POST, "/api/auth/invitations/accept", Some(body), 20).await, 200, 404);
    let id = app.store.credentials("samtidig@granviken.example").await.unwrap().unwrap().id;
    assert_eq!(app.store.grants(id).await.unwrap().iter().map(|g| g.role).collect::<Vec<_>>(), [Role::Guide]);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'password-set'").await, 1);
}

#[tokio::test]
async fn twenty_parallel_revocations_and_payments_each_happen_once() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let year = today().year();
    let issue = json!({ "year": year, "first_name": "Sara", "birth_year": year - 9 });
    let voucher: Value =
        app.staff(Some(&admin), Method::POST, &format!("{M}/vouchers"), Some(issue)).await.json().await.unwrap();
    let path = format!("/api/staff/vouchers/{}/revocation", voucher["id"]);
    once(&at_once(&app, Some(&admin), Method::POST, &path, Some(json!({ "reason": "Tappat" })), 20).await, 204, 409);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'voucher-revoked'").await, 1);

    // The demo's redemption at Granvikens IF, settled and then paid twenty times at once.
    let clubs = associations(&app, &admin, "granviken").await;
    let club = clubs.iter().find(|a| a.slug == "granvikens-if").unwrap().id;
    let body = json!({ "association_id": club, "from": format!("{}-01-01", year - 1), "until": today().to_string() });
    let statuses = at_once(&app, Some(&admin), Method::POST, &format!("{M}/settlements"), Some(body), 20).await;
    once(&statuses, 201, 409);
    let settlement = count(&app, "SELECT MAX(id) FROM settlements").await;
    let path = format!("/api/staff/settlements/{settlement}/payment");
    once(&at_once(&app, Some(&admin), Method::POST, &path, None, 20).await, 204, 409);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM settlements").await,
        1,
        "one settlement, the others found nothing left"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'settlement-paid'").await, 1);
}

#[tokio::test]
async fn twenty_parallel_acceptances_of_one_offer_grant_it_once() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let other = app.store.create_municipality("bstad", "Bstad", false).await.unwrap();
    let guide = app.account_with("guide@bstad.example", &[(Role::Guide, Some(other))]).await;
    let body = Some(json!({ "email": "guide@bstad.example", "roles": ["coordinator"] }));
    assert_eq!(app.staff(Some(&admin), Method::POST, &format!("{M}/invitations"), body).await.status(), 200);
    let session = app.sign_in("guide@bstad.example", DEMO_PASSWORD).await;
    let offer: i64 = sqlx::query("SELECT id FROM role_offers WHERE account_id = $1")
        .bind(guide)
        .fetch_one(app.store.pool())
        .await
        .unwrap()
        .get(0);
    let path = format!("/api/staff/offers/{offer}/acceptance");
    once(&at_once(&app, Some(&session), Method::POST, &path, None, 20).await, 204, 404);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'role-offer-accepted'").await, 1);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM account_roles WHERE role = 'coordinator'").await,
        2,
        "the demo's and this one"
    );
}

#[tokio::test]
async fn twenty_parallel_reset_links_for_one_account_leave_one_live_link() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let guide = app.store.credentials("guide@granviken.example").await.unwrap().unwrap().id;
    let path = format!("{M}/accounts/{guide}/password-reset");
    let statuses = at_once(&app, Some(&admin), Method::POST, &path, None, 20).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let live =
        count(&app, &format!("SELECT COUNT(*) FROM invitations WHERE account_id = {guide} AND used_at IS NULL")).await;
    assert_eq!(live, 1, "an account has one live link");
}

/// Servers of one `PostgreSQL` write the guides' demand each counted at the same moment:
/// the counter adds every count (one atomic upsert each), none is lost.
#[tokio::test]
async fn servers_writing_the_same_days_demand_at_once_lose_no_count() {
    use server::demand::Demand;
    let app = spawn_app().await;
    let day = model::schedule::Day::parse("2026-11-27").expect("a day");
    let mut writes = tokio::task::JoinSet::new();
    for _ in 0..6 {
        let (demand, store) = (std::sync::Arc::new(Demand::default()), app.store.clone());
        for _ in 0..25 {
            demand.count_search("granviken".into(), day, "ti".into(), None);
        }
        writes.spawn(async move { demand.write(&store).await });
    }
    for written in writes.join_all().await {
        written.expect("written");
    }
    let sql = "SELECT CAST(SUM(asked) AS BIGINT) FROM guide_demand WHERE language = 'ti' AND day = '2026-11-27'";
    assert_eq!(count(&app, sql).await, 150, "six servers' 25 searches each");
}
