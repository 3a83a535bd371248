//! Slow and expensive clients, sign-in lockouts, and the headers that keep personal data
//! out of caches and the connection on HTTPS.

use std::time::Duration;

use reqwest::Method;
use serde_json::json;
use sqlx::Row as _;
use tokio::{
    io::{AsyncReadExt as _, AsyncWriteExt as _},
    net::TcpStream,
};

use crate::helpers::{assert_error, spawn_app, spawn_app_with, Options, TestApp, DEMO_PASSWORD};

const LEADER: &str = "forening@granviken.example";
const ADMIN: &str = "admin@granviken.example";

fn behind_proxy() -> Options {
    Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }
}

async fn connect(app: &TestApp) -> TcpStream {
    TcpStream::connect(app.address.trim_start_matches("http://")).await.expect("connected")
}

/// Everything the server sends until it closes, or `None` if it is still silent and open
/// after `wait`.
async fn read_until_closed(stream: &mut TcpStream, wait: Duration) -> Option<String> {
    let mut received = Vec::new();
    match tokio::time::timeout(wait, stream.read_to_end(&mut received)).await {
        Ok(_) => Some(String::from_utf8_lossy(&received).into_owned()),
        Err(_) => None,
    }
}

/// The first bytes of an answer, or `None` if none comes within `wait`.
async fn read_answer(stream: &mut TcpStream, wait: Duration) -> Option<String> {
    let mut buffer = [0u8; 1024];
    match tokio::time::timeout(wait, stream.read(&mut buffer)).await {
        Ok(Ok(n)) if n > 0 => Some(String::from_utf8_lossy(&buffer[..n]).into_owned()),
        _ => None,
    }
}

/// A sign-in whose first ten bytes of body arrive and the rest never does.
async fn sign_in_with_a_stalled_body(app: &TestApp) -> TcpStream {
    let mut stream = connect(app).await;
    let head = "POST /api/auth/sign-in HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n";
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(br#"{"email": "#).await.unwrap();
    stream
}

#[tokio::test]
async fn a_client_that_sends_its_headers_too_slowly_is_cut_off() {
    let app = spawn_app_with(Options { header_read_timeout_secs: 1, ..Options::default() }).await;
    let mut slow = connect(&app).await;
    slow.write_all(b"GET /api/health HTTP/1.1\r\nHost: localhost\r\n").await.unwrap();

    let closed = read_until_closed(&mut slow, Duration::from_secs(5)).await;

    assert_eq!(closed.as_deref(), Some(""), "closed without an answer within the header timeout");
    let mut quick = connect(&app).await;
    quick.write_all(b"GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").await.unwrap();
    let answer = read_until_closed(&mut quick, Duration::from_secs(5)).await.expect("answered");
    assert!(answer.starts_with("HTTP/1.1 200"), "a client that sends its headers at once is served: {answer}");
}

#[tokio::test]
async fn a_request_that_takes_too_long_is_answered_408() {
    let app = spawn_app_with(Options { request_timeout_secs: 1, body_timeout_secs: 30, ..Options::default() }).await;
    let mut stalled = sign_in_with_a_stalled_body(&app).await;

    let answer = read_answer(&mut stalled, Duration::from_secs(5)).await.expect("answered before the test gives up");

    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
}

#[tokio::test]
async fn a_body_that_stops_arriving_is_refused() {
    let app = spawn_app_with(Options { body_timeout_secs: 1, request_timeout_secs: 30, ..Options::default() }).await;
    let mut stalled = sign_in_with_a_stalled_body(&app).await;

    let answer = read_answer(&mut stalled, Duration::from_secs(5)).await.expect("answered before the test gives up");

    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
}

#[tokio::test]
async fn connections_beyond_the_cap_wait_until_one_closes() {
    let app = spawn_app_with(Options { max_connections: 2, ..Options::default() }).await;
    let idle = [connect(&app).await, connect(&app).await];
    let health = format!("{}/api/health", app.address);
    let fresh_client = || reqwest::Client::builder().timeout(Duration::from_secs(1)).build().unwrap();
    // Both idle connections are accepted before the request below.
    tokio::time::sleep(Duration::from_millis(200)).await;

    let third = fresh_client().get(&health).send().await;

    assert!(third.is_err_and(|e| e.is_timeout()), "a third connection is not served while two are open");
    drop(idle);
    let after = fresh_client().get(&health).send().await.expect("served once a connection closed");
    assert_eq!(after.status(), 200);
}

async fn sign_in_from(app: &TestApp, client: &str, email: &str, password: &str) -> reqwest::Response {
    app.client
        .post(format!("{}/api/auth/sign-in", app.address))
        .header("x-forwarded-for", client)
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .expect("request sent")
}

#[tokio::test]
async fn ten_wrong_passwords_from_one_client_do_not_stop_the_leader_signing_in_from_another() {
    let app = spawn_app_with(behind_proxy()).await;
    let (guesser, leader) = ("203.0.113.66", "198.51.100.7");

    for _ in 0..10 {
        assert_eq!(sign_in_from(&app, guesser, LEADER, "guess guess guess").await.status(), 401);
    }

    assert_error(
        sign_in_from(&app, guesser, LEADER, "guess guess guess").await,
        429,
        "error-rate-limited",
        "11th guess",
    )
    .await;
    assert_error(
        sign_in_from(&app, guesser, LEADER, DEMO_PASSWORD).await,
        429,
        "error-rate-limited",
        "the guessing client is refused even the right password",
    )
    .await;
    assert_eq!(sign_in_from(&app, leader, LEADER, DEMO_PASSWORD).await.status(), 200, "the leader's own phone");
}

#[tokio::test]
async fn a_correct_sign_in_does_not_count_against_the_account() {
    let app = spawn_app_with(behind_proxy()).await;
    let client = "198.51.100.7";
    for _ in 0..9 {
        assert_eq!(sign_in_from(&app, client, LEADER, "typo typo typo").await.status(), 401);
    }

    for _ in 0..5 {
        assert_eq!(sign_in_from(&app, client, LEADER, DEMO_PASSWORD).await.status(), 200);
    }

    assert_eq!(
        sign_in_from(&app, client, LEADER, "typo typo typo").await.status(),
        401,
        "the tenth failure is the tenth: the five sign-ins cost nothing"
    );
    assert_eq!(sign_in_from(&app, client, LEADER, DEMO_PASSWORD).await.status(), 429);
}

#[tokio::test]
async fn failed_sign_ins_are_audited_without_the_password() {
    let app = spawn_app().await;
    let password = "Hemligt-lösen-4711";

    assert_eq!(app.sign_in_response(ADMIN, password).await.status(), 401);
    assert_eq!(app.sign_in_response("nobody@granviken.example", password).await.status(), 401);

    let rows = sqlx::query("SELECT account_id, target FROM audit_log WHERE action = 'sign-in-failed' ORDER BY id")
        .fetch_all(app.store.pool())
        .await
        .unwrap();
    let failed: Vec<(Option<i64>, String)> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
    let admin_id: i64 = sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
        .bind(ADMIN)
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(
        failed,
        [(Some(admin_id), ADMIN.to_owned()), (None, "nobody@granviken.example".to_owned())],
        "one entry per failure, with the account when there is one"
    );
    let everything: Vec<String> =
        sqlx::query_scalar("SELECT action || ' ' || target FROM audit_log").fetch_all(app.store.pool()).await.unwrap();
    assert!(everything.iter().all(|entry| !entry.contains(password)), "{everything:?}");
}

#[tokio::test]
async fn answers_with_personal_data_are_never_stored_and_public_ones_only_revalidated() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let cache_control = |response: &reqwest::Response| {
        response.headers().get("cache-control").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
    };
    let personal = [
        (Method::GET, "/api/auth/me"),
        (Method::GET, "/api/staff/municipalities/granviken/accounts"),
        (Method::GET, "/api/staff/municipalities/granviken/vouchers"),
        (Method::GET, "/api/staff/municipalities/granviken/settlements"),
        (Method::GET, "/api/staff/settlements/1/export.csv"),
        (Method::GET, "/api/staff/settlements/1/export.se"),
    ];

    for (method, path) in personal {
        let response = app.staff(Some(&admin), method, path, None).await;
        assert_eq!(cache_control(&response), "no-store", "{path}, answered {}", response.status());
    }
    let balance =
        app.post_raw("/api/vouchers/balance", "application/json", json!({ "code": "ABCD" }).to_string()).await;
    assert_eq!(cache_control(&balance), "no-store", "a guardian's balance");
    let unsigned = app.get("/api/staff/municipalities/granviken/accounts").await;
    assert_eq!(cache_control(&unsigned), "no-store", "refusals too");

    let article = app.get("/api/municipalities/granviken/articles/tandvard?lang=sv").await;
    assert_eq!(article.status(), 200);
    assert_eq!(cache_control(&article), "no-cache", "a public article");
}

async fn hsts(app: &TestApp, proto: Option<&str>) -> Option<String> {
    hsts_of(app, "/api/health", proto).await
}

async fn hsts_of(app: &TestApp, path: &str, proto: Option<&str>) -> Option<String> {
    let mut request = app.client.get(format!("{}{path}", app.address));
    if let Some(proto) = proto {
        request = request.header("x-forwarded-proto", proto);
    }
    let response = request.send().await.unwrap();
    response.headers().get("strict-transport-security").map(|v| v.to_str().unwrap().to_owned())
}

#[tokio::test]
async fn hsts_is_sent_when_the_trusted_proxy_says_https_and_not_when_a_client_does() {
    let proxied = spawn_app_with(behind_proxy()).await;
    let direct = spawn_app().await;

    assert_eq!(hsts(&proxied, Some("https")).await.as_deref(), Some("max-age=31536000; includeSubDomains"));
    assert_eq!(hsts(&proxied, Some("http")).await, None, "plain HTTP at the proxy");
    assert_eq!(hsts(&proxied, None).await, None, "no word from the proxy");
    assert_eq!(hsts(&direct, Some("https")).await, None, "a client cannot claim HTTPS for itself");

    // A read answered from memory, before routing (`server::front_door`), the same.
    let article = "/api/municipalities/granviken/articles/tandvard?lang=sv";
    for (app, proto, expected) in
        [(&proxied, Some("https"), true), (&proxied, Some("http"), false), (&direct, Some("https"), false)]
    {
        let (hits, _) = app.reads.counts();
        for _ in 0..2 {
            assert_eq!(hsts_of(app, article, proto).await.is_some(), expected, "{proto:?}");
        }
        assert!(app.reads.counts().0 > hits, "the second from memory");
    }
}
