//! What an operator watches: liveness apart from readiness, a request id in the answer,
//! the error body and the log line, and `/metrics` for the addresses allowed to read it.

use std::{
    collections::BTreeSet,
    sync::{Arc, Mutex, OnceLock},
};

use model::{schedule::Day, ErrorBody};
use reqwest::Method;
use serde_json::{json, Value};

use crate::{
    activity_helpers::today,
    guides_helpers::{add_slot, booked, clear_demo_guides, guide, once, GUIDE},
    helpers::{spawn_app, spawn_app_with, Options, TestApp, DEMO_PASSWORD},
    sportotek_helpers::{item_with, open_every_day, reserved, set_settings},
};

#[tokio::test]
async fn health_says_the_process_answers_and_ready_that_the_database_does_too() {
    let app = spawn_app().await;
    let health: Value = app.get_json("/api/health").await;
    let ready: Value = app.get_json("/api/ready").await;
    assert_eq!((health["status"].as_str(), ready["status"].as_str()), (Some("ok"), Some("ready")));
    assert_eq!(health["database"], ready["database"]);
}

fn request_id(response: &reqwest::Response) -> String {
    response.headers().get("x-request-id").expect("an x-request-id header").to_str().unwrap().to_owned()
}

#[tokio::test]
async fn every_answer_has_its_own_request_id_and_an_error_body_quotes_it() {
    let app = spawn_app().await;
    let first = request_id(&app.get("/api/health").await);
    let second = request_id(&app.get("/api/health").await);
    assert_eq!(first.len(), 36, "a UUID: {first}");
    assert_ne!(first, second, "one id per request");

    let refused = app.get("/api/no-such-thing").await;
    let id = request_id(&refused);
    let body: ErrorBody = refused.json().await.unwrap();
    assert_eq!(body.request_id.as_deref(), Some(id.as_str()), "the body quotes the header");

    // A client that is not the trusted proxy cannot choose the id that is logged.
    let chosen = app.client.get(format!("{}/api/no-such-thing", app.address)).header("x-request-id", "mine");
    let response = chosen.send().await.unwrap();
    assert_ne!(request_id(&response), "mine");
    let body: ErrorBody = response.json().await.unwrap();
    assert_ne!(body.request_id.as_deref(), Some("mine"));
}

#[tokio::test]
async fn the_trusted_proxys_request_id_is_kept_when_it_is_a_short_token() {
    let app = spawn_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
    let send = |id: &'static str| {
        app.client.get(format!("{}/api/no-such-thing", app.address)).header("x-request-id", id).send()
    };
    let kept = send("proxy-4f2a.17").await.unwrap();
    assert_eq!(request_id(&kept), "proxy-4f2a.17");
    assert_eq!(kept.json::<ErrorBody>().await.unwrap().request_id.as_deref(), Some("proxy-4f2a.17"));
    for unfit in ["two words", "level=error\"}"] {
        let replaced = request_id(&send(unfit).await.unwrap());
        assert_eq!(replaced.len(), 36, "{unfit:?} is replaced by a fresh id, not logged: {replaced}");
    }
}

/// Log lines of the requests to `/api/ready` in this test binary, as the server's JSON
/// logs write them: installed once, for every test of the binary.
fn ready_log_lines() -> Arc<Mutex<String>> {
    static LINES: OnceLock<Arc<Mutex<String>>> = OnceLock::new();
    LINES
        .get_or_init(|| {
            let lines = Arc::new(Mutex::new(String::new()));
            let kept = lines.clone();
            let writer = move || Keep(kept.clone());
            // tower-http's line at the end of each request, inside our request span.
            let filter = tracing_subscriber::EnvFilter::new("server=info,tower_http=debug");
            let subscriber = server::telemetry::subscriber(server::telemetry::LogFormat::Json, filter, false, writer);
            tracing::subscriber::set_global_default(subscriber).expect("no other test sets a subscriber");
            lines
        })
        .clone()
}

struct Keep(Arc<Mutex<String>>);

impl std::io::Write for Keep {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let line = String::from_utf8_lossy(bytes);
        if line.contains("\"route\":\"/api/ready\"") {
            self.0.lock().unwrap().push_str(&line);
        }
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn a_log_line_written_while_serving_a_request_carries_its_id() {
    let lines = ready_log_lines();
    let app = spawn_app().await;
    let id = request_id(&app.get("/api/ready").await);
    let mut found = None;
    for _ in 0..50 {
        found = lines.lock().unwrap().lines().find(|line| line.contains(&id)).map(str::to_owned);
        if found.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let line: Value = serde_json::from_str(&found.expect("a line with the request's id")).unwrap();
    assert_eq!(line["spans"][0]["name"], "request");
    assert_eq!(line["spans"][0]["request_id"], id.as_str());
    assert_eq!(line["spans"][0]["route"], "/api/ready");
}

async fn metrics(app: &TestApp) -> String {
    let response = app.get("/metrics").await;
    assert_eq!(response.status(), 200, "the loopback may read /metrics by default");
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/openmetrics-text"));
    response.text().await.unwrap()
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_status_never_by_path() {
    let app = spawn_app().await;
    app.get("/api/health").await;
    let secret = "/api/guides/bookings/SECRETCODE1234/calendar.ics";
    assert_eq!(app.get(secret).await.status(), 404);
    let text = metrics(&app).await;
    assert!(
        text.contains(r#"valkommen_http_requests_total{method="GET",route="/api/health",status="200"} 1"#),
        "{text}"
    );
    assert!(
        text.contains(r#"route="/api/guides/bookings/{code}/calendar.ics",status="404"} 1"#),
        "the route as declared: {text}"
    );
    assert!(!text.contains("SECRETCODE"), "no path in the metrics: {text}");
    assert!(text.contains(r#"valkommen_http_request_duration_seconds_count{method="GET",route="/api/health"} 1"#));
    for gauge in ["valkommen_db_pool_connections ", "valkommen_db_pool_idle ", "valkommen_db_pool_in_use "] {
        assert!(text.contains(gauge), "{gauge}in {text}");
    }
}

#[tokio::test]
async fn metrics_look_absent_to_an_address_not_allowed_and_to_anyone_behind_the_proxy() {
    let elsewhere = spawn_app_with(Options { metrics_allow: "10.0.0.0/8", ..Options::default() }).await;
    let refused = elsewhere.get("/metrics").await;
    assert_eq!(refused.status(), 404, "the loopback is not in the list");
    assert_eq!(refused.json::<ErrorBody>().await.unwrap().code, "not_found");

    let behind_proxy =
        spawn_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
    assert_eq!(behind_proxy.get("/metrics").await.status(), 200, "the proxy's host itself may read them");
    for (header, value) in
        [("x-forwarded-for", "203.0.113.9"), ("forwarded", "for=203.0.113.9"), ("x-real-ip", "203.0.113.9")]
    {
        let forwarded = behind_proxy.client.get(format!("{}/metrics", behind_proxy.address)).header(header, value);
        assert_eq!(forwarded.send().await.unwrap().status(), 404, "forwarded for someone else by {header}");
    }
}

fn count(text: &str, name: &str) -> u64 {
    let line = text.lines().find(|line| line.starts_with(&format!("{name} "))).unwrap_or_else(|| panic!("{name}"));
    line.rsplit(' ').next().unwrap().parse().unwrap()
}

#[tokio::test]
async fn the_business_counters_move_with_redemptions_reversals_reservations_and_bookings() {
    let app = spawn_app().await;
    let before = metrics(&app).await;
    for name in ["redemptions", "reversals"].map(|n| format!("valkommen_voucher_{n}_total")) {
        assert_eq!(count(&before, &name), 0, "{name}");
    }

    // A redemption, its retry (not counted again) and its reversal.
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let leader = app.sign_in("forening@granviken.example", DEMO_PASSWORD).await;
    let year = today().year();
    let issue = json!({ "year": year, "first_name": "Sara", "birth_year": year - 9 });
    let voucher: Value = app
        .staff(Some(&admin), Method::POST, "/api/staff/municipalities/granviken/vouchers", Some(issue))
        .await
        .json()
        .await
        .unwrap();
    let clubs: Vec<Value> =
        app.staff(Some(&leader), Method::GET, "/api/staff/associations", None).await.json().await.unwrap();
    let club = clubs.iter().find(|c| c["slug"] == "granvikens-if").unwrap()["id"].as_i64().unwrap();
    let payment =
        json!({ "code": voucher["code"], "amount_ore": 10_000, "idempotency_key": uuid::Uuid::new_v4().to_string() });
    let path = format!("/api/staff/associations/{club}/redemptions");
    let receipt = app.staff(Some(&leader), Method::POST, &path, Some(payment.clone())).await;
    assert_eq!(receipt.status(), 201);
    let receipt: Value = receipt.json().await.unwrap();
    assert_eq!(app.staff(Some(&leader), Method::POST, &path, Some(payment)).await.status(), 200, "a retry");
    let reversal = format!("/api/staff/redemptions/{}/reversal", receipt["id"]);
    let reversed = app.staff(Some(&leader), Method::POST, &reversal, Some(json!({ "reason": "Fel barn" }))).await;
    assert_eq!(reversed.status(), 204);

    // A Sportotek reservation and a guide's meeting.
    set_settings(&app, &open_every_day()).await;
    let (_, sizes) = item_with(&app, "Skridskor", &[("36", 1)]).await;
    reserved(&app, sizes[0], today().plus_days(1), "Amal", "070-000 00 00").await;
    clear_demo_guides(&app).await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day: Day = today().plus_days(3);
    let slot = add_slot(&app, &samir, &once(day, "10:00")).await;
    booked(&app, slot, day, "amal@example.se").await;

    let after = metrics(&app).await;
    for name in ["voucher_redemptions", "voucher_reversals", "sportotek_reservations", "guide_bookings"] {
        let name = format!("valkommen_{name}_total");
        assert_eq!(count(&after, &name) - count(&before, &name), 1, "{name}: {after}");
    }
}

#[tokio::test]
async fn metrics_show_the_read_cache_keeping_an_answer_and_answering_from_it() {
    let app = spawn_app().await;
    let article = "/api/municipalities/granviken/articles/tandvard?lang=ar";
    let before = metrics(&app).await;

    let made = app.get(article).await.bytes().await.unwrap();
    let again = app.get(article).await.bytes().await.unwrap();

    assert_eq!(made, again);
    let after = metrics(&app).await;
    let moved = |name| count(&after, name) - count(&before, name);
    assert!(moved("valkommen_read_cache_bytes") >= made.len() as u64, "the answer is kept and weighed: {after}");
    assert_eq!((moved("valkommen_read_cache_hits"), moved("valkommen_read_cache_misses")), (1, 1), "{after}");
}

/// A read answered from memory is answered before routing (`server::front_door`), and
/// goes out as one its route made would: with its own request id, the headers every
/// answer carries, and counted under its route; a `304` the same.
#[tokio::test]
async fn a_read_answered_from_memory_goes_out_and_is_counted_as_its_route_would() {
    let app = spawn_app().await;
    let article = "/api/municipalities/granviken/articles/tandvard?lang=ar";
    let made = app.get(article).await;
    let (hits, misses) = app.reads.counts();
    let kept = app.get(article).await;
    assert_eq!(app.reads.counts(), (hits + 1, misses), "answered from memory");

    let names = |r: &reqwest::Response| r.headers().keys().map(|n| n.as_str().to_owned()).collect::<BTreeSet<_>>();
    assert_eq!(names(&made), names(&kept));
    for name in ["x-content-type-options", "referrer-policy", "cache-control", "etag", "content-type", "vary"] {
        assert_eq!(made.headers().get(name), kept.headers().get(name), "{name}");
    }
    assert_ne!(request_id(&made), request_id(&kept), "one id per request");
    assert_eq!(request_id(&kept).len(), 36, "a UUID");

    let tag = kept.headers()["etag"].clone();
    let url = format!("{}{article}", app.address);
    let revalidated = app.client.get(url).header("if-none-match", tag).send().await.unwrap();
    assert_eq!(revalidated.status(), 304);
    assert_eq!(app.reads.counts(), (hits + 2, misses), "answered from memory");
    assert_eq!(request_id(&revalidated).len(), 36);
    assert_eq!(revalidated.headers()["x-content-type-options"], "nosniff");

    let text = metrics(&app).await;
    let route = "/api/municipalities/{municipality}/articles/{slug}";
    for (status, times) in [(200, 2), (304, 1)] {
        let line =
            format!(r#"valkommen_http_requests_total{{method="GET",route="{route}",status="{status}"}} {times}"#);
        assert!(text.contains(&line), "{line} in {text}");
    }
    let latency = format!(r#"valkommen_http_request_duration_seconds_count{{method="GET",route="{route}"}} 3"#);
    assert!(text.contains(&latency), "{latency} in {text}");
}
