//! `PostgreSQL` goes away and comes back: requests in between answer 503 with
//! `Retry-After`, readiness fails while liveness holds, and the same server serves again
//! once the database is back, without a restart. `bench/outage.sh` stops a real cluster
//! for 30 s; this cuts a proxy in front of the test's for a few seconds.

use std::time::{Duration, Instant};

use model::ErrorBody;
use serde_json::json;

use crate::helpers::{spawn_app_with, CuttableProxy, Options, TestApp, DEMO_PASSWORD};

fn postgres_address() -> std::net::SocketAddr {
    let url = std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let url = url::Url::parse(&url).unwrap();
    let host = url.host_str().unwrap().to_owned();
    std::net::ToSocketAddrs::to_socket_addrs(&(host, url.port().unwrap_or(5432))).unwrap().next().unwrap()
}

/// A read nothing keeps in memory (the finder by distance from a position) and a
/// write (a sign-in: a rate limit, a session row).
async fn read_and_write(app: &TestApp) -> [reqwest::Response; 2] {
    let read = app.get("/api/municipalities/granviken/activities?near=60.5,14.2");
    let body = json!({ "email": "admin@granviken.example", "password": DEMO_PASSWORD }).to_string();
    let write = app.post_raw("/api/auth/sign-in", "application/json", body);
    let (read, write) = tokio::join!(read, write);
    [read, write]
}

#[tokio::test]
async fn while_postgresql_is_away_requests_answer_503_and_all_recovers_without_a_restart() {
    if std::env::var("TEST_DATABASE").as_deref() != Ok("postgres") {
        return; // SQLite is a file in the same process: it does not go away.
    }
    let mut proxy = CuttableProxy::to(postgres_address()).await;
    let app = spawn_app_with(Options { postgres_via_port: Some(proxy.port), ..Options::default() }).await;
    for response in read_and_write(&app).await {
        assert_eq!(response.status(), 200, "{} before the cut", response.url());
    }

    proxy.cut().await;
    let started = Instant::now();
    let (answers, ready, health) = tokio::join!(read_and_write(&app), app.get("/api/ready"), app.get("/api/health"));
    for response in answers {
        let what = format!("{} while the database is away", response.url().path());
        assert_eq!(response.status(), 503, "{what}");
        assert_eq!(response.headers()["retry-after"], "5", "{what}");
        let body: ErrorBody = response.json().await.unwrap();
        assert_eq!((body.code.as_str(), body.message_id.as_str()), ("unavailable", "error-unavailable"), "{what}");
        assert!(body.request_id.is_some(), "{what}: a request id to quote");
    }
    assert!(started.elapsed() < Duration::from_secs(10), "answered within the pool's wait, not the request timeout");
    assert_eq!(ready.status(), 503, "not ready without the database");
    assert_eq!(health.status(), 200, "alive all the same: a restart would not help");

    proxy.restore().await;
    let mut ready_again = None;
    for _ in 0..100 {
        if app.get("/api/ready").await.status() == 200 {
            ready_again = Some(started.elapsed());
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(ready_again.is_some(), "ready again within ten seconds of the database's return");
    for response in read_and_write(&app).await {
        assert_eq!(response.status(), 200, "{} after the database came back", response.url());
    }
}
