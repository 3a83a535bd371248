//! Read-then-write paths under parallel requests: each change happens once, however
//! many identical requests arrive together. Run on `SQLite` and on `PostgreSQL`.

use model::auth::{InvitationLink, Role};
use reqwest::Method;
use serde_json::{json, Value};
use sqlx::Row as _;

use crate::{
    activity_helpers::{application, apply, associations, today},
    helpers::{link_token, spawn_app, spawn_app_with, Options, Session, TestApp, DEMO_PASSWORD},
};

const M: &str = "/api/staff/municipalities/granviken";

/// A request as `session` sends it, or as a family without one.
fn call(
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
async fn all_at_once(requests: impl IntoIterator<Item = reqwest::RequestBuilder>) -> Vec<(u16, Value)> {
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
async fn at_once(
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

fn once(statuses: &[u16], success: u16, refusal: u16) {
    assert_eq!(statuses.iter().filter(|s| **s == success).count(), 1, "exactly one {success}: {statuses:?}");
    assert!(statuses.iter().all(|s| *s == success || *s == refusal), "{statuses:?}");
}

/// Exactly one 200, and every other answer the 409 that names why.
fn once_refusing(answers: &[(u16, Value)], message_id: &str) {
    let statuses: Vec<u16> = answers.iter().map(|(status, _)| *status).collect();
    once(&statuses, 200, 409);
    for (_, body) in answers.iter().filter(|(status, _)| *status == 409) {
        assert_eq!(body["message_id"], message_id, "a clear refusal: {body}");
    }
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query(sql).fetch_one(app.store.pool()).await.unwrap().get(0)
}

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

#[tokio::test]
async fn fifty_parallel_reservations_for_the_last_copy_give_exactly_one_and_forty_nine_clear_refusals() {
    use crate::sportotek_helpers::{item_with, open_every_day, public_path, request, set_settings};
    // Fifty families behind the proxy, each its own address and contact: only the copy
    // can stop them, not the per-client limit on reserving.
    let app = spawn_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
    set_settings(&app, &open_every_day()).await;
    let (item, sizes) = item_with(&app, "Sista paret", &[("32", 1)]).await;
    let day = today().plus_days(2);
    let path = public_path("/reservations");
    let answers = all_at_once((0..50).map(|n| {
        let body = request(sizes[0], day, "Barn", &format!("070-{n:03} 00 00"));
        call(&app, None, Method::POST, &path, Some(&body)).header("x-forwarded-for", format!("198.51.100.{n}"))
    }))
    .await;
    let created = answers.iter().filter(|(status, _)| *status == 201).count();
    assert_eq!(created, 1, "exactly one reservation: {:?}", answers.iter().map(|a| a.0).collect::<Vec<_>>());
    for (status, body) in answers.iter().filter(|(status, _)| *status != 201) {
        assert_eq!(*status, 409, "{body}");
        assert_eq!(body["message_id"], "error-sportotek-no-copy-free", "a clear refusal: {body}");
        assert_eq!(body["fields"][0]["field"], "pickup_day");
    }
    let size = sizes[0].0;
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM sportotek_loans WHERE size_id = {size}")).await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-reserved'").await, 1);
    let page: model::sportotek::ItemPage = app.get_json(&public_path(&format!("/items/{item}"))).await;
    assert!(
        !page.sizes[0].pickup_days.iter().any(|p| p.day == day),
        "never below zero: nothing left to offer that day"
    );
}

#[tokio::test]
async fn twenty_parallel_check_ins_of_one_loan_take_it_back_once() {
    use crate::sportotek_helpers::{item_with, lent, staff_path};
    let app = spawn_app().await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    let (_, sizes) = item_with(&app, "Ett par", &[("30", 1)]).await;
    let loan = lent(&app, sizes[0], today().plus_days(7), "070-111 22 33").await;
    let path = staff_path(&format!("/loans/{loan}/checkin"));
    let body = json!({ "condition": "damaged", "note": "Trasig" });
    once(&at_once(&app, Some(&staff), Method::POST, &path, Some(body), 20).await, 200, 409);
    let checked_in = "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-checked-in-damaged'";
    assert_eq!(count(&app, checked_in).await, 1);
}

#[tokio::test]
async fn twenty_parallel_check_outs_of_one_reservation_lend_it_once() {
    use crate::sportotek_helpers::{item_with, loan_id, open_every_day, reserved, set_settings, staff_path};
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    // Three copies: a check-out that did not look at the loan's state again would find
    // another free copy and lend the loan a second time.
    let (_, sizes) = item_with(&app, "Tre par", &[("31", 3)]).await;
    let reservation = reserved(&app, sizes[0], today().plus_days(1), "Amal", "070-123 45 67").await;
    let loan = loan_id(&app, &reservation.code).await;
    let path = staff_path(&format!("/loans/{loan}/checkout"));
    let body = json!({});
    let answers = all_at_once((0..20).map(|_| call(&app, Some(&staff), Method::POST, &path, Some(&body)))).await;
    once_refusing(&answers, "error-sportotek-loan-state");
    let loan = app.store.loan(loan).await.unwrap().unwrap();
    assert_eq!((loan.state, loan.lent_on()), (model::sportotek::LoanState::Lent, Some(today())));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-checked-out'").await, 1);
}

#[tokio::test]
async fn twenty_parallel_extensions_to_the_same_day_move_the_due_day_once() {
    use crate::sportotek_helpers::{item_with, lent, staff_path};
    let app = spawn_app().await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    let (_, sizes) = item_with(&app, "Ett par", &[("30", 1)]).await;
    let loan = lent(&app, sizes[0], today().plus_days(7), "070-111 22 33").await;
    let later = today().plus_days(10);
    let path = staff_path(&format!("/loans/{loan}/extension"));
    let body = json!({ "due_day": later.to_string() });
    let answers = all_at_once((0..20).map(|_| call(&app, Some(&staff), Method::POST, &path, Some(&body)))).await;
    // The others find the loan already due that day: an extension must move it later.
    once_refusing(&answers, "error-sportotek-loan-state");
    assert_eq!(app.store.loan(loan).await.unwrap().unwrap().due_day, later);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-extended'").await, 1);
}

#[tokio::test]
async fn twenty_parallel_extensions_to_different_days_end_on_the_latest_and_never_move_back() {
    use crate::sportotek_helpers::{item_with, lent, staff_path};
    let app = spawn_app().await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    let (_, sizes) = item_with(&app, "Ett par", &[("30", 1)]).await;
    let due = today().plus_days(7);
    let loan = lent(&app, sizes[0], due, "070-111 22 33").await;
    let path = staff_path(&format!("/loans/{loan}/extension"));
    let answers = all_at_once((1..=20).map(|n| {
        let body = json!({ "due_day": due.plus_days(n).to_string() });
        call(&app, Some(&staff), Method::POST, &path, Some(&body))
    }))
    .await;
    let extended = answers.iter().filter(|(status, _)| *status == 200).count();
    for (status, body) in answers.iter().filter(|(status, _)| *status != 200) {
        assert_eq!((*status, &body["message_id"]), (409, &json!("error-sportotek-loan-state")), "{body}");
    }
    // Whatever the order, the latest day asked wins: an extension decided on a due day
    // another had already moved would put the loan back to an earlier one.
    assert_eq!(app.store.loan(loan).await.unwrap().unwrap().due_day, due.plus_days(20));
    let audited = count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-extended'").await;
    assert_eq!(usize::try_from(audited).unwrap(), extended, "each 200 is one extension in the log, and no other");
}

#[tokio::test]
async fn twenty_parallel_cancellations_by_the_family_and_staff_cancel_once_and_free_the_copy_once() {
    use crate::sportotek_helpers::{item_with, loan_id, open_every_day, request, reserve, reserved, set_settings};
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    let (_, sizes) = item_with(&app, "Sista paret", &[("33", 1)]).await;
    let day = today().plus_days(2);
    let reservation = reserved(&app, sizes[0], day, "Amal", "070-123 45 67").await;
    let loan = loan_id(&app, &reservation.code).await;
    let by_code = json!({ "code": reservation.code });
    let staff_path = crate::sportotek_helpers::staff_path(&format!("/loans/{loan}/cancellation"));
    // Even: the family with the code; odd: staff at the counter.
    let answers = all_at_once((0..20).map(|n| {
        if n % 2 == 0 {
            call(&app, None, Method::POST, "/api/sportotek/reservations/cancellation", Some(&by_code))
        } else {
            call(&app, Some(&staff), Method::POST, &staff_path, None)
        }
    }))
    .await;
    let statuses: Vec<u16> = answers.iter().map(|(status, _)| *status).collect();
    once(&statuses, 200, 409);
    for (n, (_, body)) in answers.iter().enumerate().filter(|(_, (status, _))| *status == 409) {
        let why = if n % 2 == 0 { "error-sportotek-not-cancellable" } else { "error-sportotek-loan-state" };
        assert_eq!(body["message_id"], why, "{body}");
    }
    let staff_won = statuses.iter().position(|s| *s == 200).unwrap() % 2 == 1;
    let by_family = count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-cancelled-by-family'").await;
    let by_staff = count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-cancelled'").await;
    assert_eq!((by_family, by_staff), if staff_won { (0, 1) } else { (1, 0) }, "one entry, by whoever won");
    let state = app.store.loan(loan).await.unwrap().unwrap().state;
    assert_eq!(state, model::sportotek::LoanState::Cancelled);
    // The one copy is free again, once: one family gets it, the next does not.
    reserved(&app, sizes[0], day, "Oksana", "oksana@example.se").await;
    let next = reserve(&app, &request(sizes[0], day, "Omar", "omar@example.se")).await;
    crate::helpers::assert_error(next, 409, "error-sportotek-no-copy-free", "the copy is promised again").await;
}
