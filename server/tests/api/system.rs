//! Health, the `OpenAPI` document, unknown paths, and serving the built client.

use std::{collections::BTreeSet, path::PathBuf};

use crate::helpers::{assert_error, spawn_app, spawn_app_with, Options};

#[tokio::test]
async fn health_answers_with_the_database_backend() {
    let app = spawn_app().await;
    let health: serde_json::Value = app.get_json("/api/health").await;
    assert_eq!(health["status"], "ok");
    let expected = if std::env::var("TEST_DATABASE").as_deref() == Ok("postgres") { "postgres" } else { "sqlite" };
    assert_eq!(health["database"], expected);
}

#[tokio::test]
async fn an_unknown_api_path_is_a_json_404() {
    let app = spawn_app().await;
    assert_error(app.get("/api/no-such-thing").await, 404, "error-not-found", "unknown API path").await;
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one line per endpoint: the list reads best in one place")]
async fn the_openapi_document_describes_every_endpoint() {
    let app = spawn_app().await;
    let doc: serde_json::Value = app.get_json("/api/openapi.json").await;
    let paths: BTreeSet<&str> = doc["paths"].as_object().unwrap().keys().map(String::as_str).collect();
    let expected = BTreeSet::from([
        "/api/health",
        "/api/ready",
        "/api/municipalities",
        "/api/municipalities/{municipality}/orientation",
        "/api/municipalities/{municipality}/articles/{slug}",
        "/api/municipalities/{municipality}/articles/{slug}/feedback",
        "/api/municipalities/{municipality}/search",
        "/api/auth/sign-in",
        "/api/auth/sign-out",
        "/api/auth/me",
        "/api/auth/invitations/accept",
        "/api/staff/municipalities/{municipality}/accounts",
        "/api/staff/municipalities/{municipality}/accounts/{id}/deactivate",
        "/api/staff/municipalities/{municipality}/accounts/{id}/password-reset",
        "/api/staff/municipalities/{municipality}/accounts/{id}/roles",
        "/api/staff/municipalities/{municipality}/invitations",
        "/api/staff/municipalities/{municipality}/articles",
        "/api/staff/municipalities/{municipality}/articles/{slug}",
        "/api/staff/municipalities/{municipality}/articles/{slug}/publish",
        "/api/staff/municipalities/{municipality}/articles/{slug}/unpublish",
        "/api/staff/municipalities/{municipality}/articles/{slug}/versions/{lang}",
        "/api/staff/municipalities/{municipality}/audit",
        "/api/staff/municipalities/{municipality}/settings",
        "/api/staff/municipalities/{municipality}/shared-articles",
        "/api/staff/municipalities/{municipality}/shared-articles/{slug}/copy",
        "/api/staff/municipalities/{municipality}/shared-articles/{slug}/hidden",
        "/api/staff/region",
        "/api/staff/region/figures",
        "/api/staff/region/figures.csv",
        "/api/staff/preview",
        "/api/staff/associations/{id}/redemptions",
        "/api/staff/associations/{id}/voucher-checks",
        "/api/staff/associations/{id}/vouchers",
        "/api/staff/municipalities/{municipality}/settlement-preview",
        "/api/staff/municipalities/{municipality}/settlements",
        "/api/staff/municipalities/{municipality}/voucher-imports",
        "/api/staff/municipalities/{municipality}/voucher-stats",
        "/api/staff/municipalities/{municipality}/voucher-years/{year}",
        "/api/staff/municipalities/{municipality}/vouchers",
        "/api/staff/redemptions/{id}/reversal",
        "/api/staff/settlements/{id}",
        "/api/staff/settlements/{id}/export.csv",
        "/api/staff/settlements/{id}/export.se",
        "/api/staff/settlements/{id}/payment",
        "/api/staff/vouchers/{id}/revocation",
        "/api/vouchers/balance",
        "/api/staff/municipalities/{municipality}/topics",
        "/api/staff/municipalities/{municipality}/topics/{slug}",
        "/api/municipalities/{municipality}/activities",
        "/api/municipalities/{municipality}/activities/{id}",
        "/api/municipalities/{municipality}/activities/{id}/calendar.ics",
        "/api/municipalities/{municipality}/associations/{slug}",
        "/api/municipalities/{municipality}/associations/{slug}/calendar.ics",
        "/api/municipalities/{municipality}/association-applications",
        "/api/staff/associations",
        "/api/staff/offers",
        "/api/staff/offers/{id}/acceptance",
        "/api/staff/offers/{id}/refusal",
        "/api/staff/associations/{id}",
        "/api/staff/associations/{id}/activities",
        "/api/staff/activities/{id}",
        "/api/staff/activities/{id}/status",
        "/api/staff/municipalities/{municipality}/activities",
        "/api/staff/municipalities/{municipality}/associations",
        "/api/staff/municipalities/{municipality}/associations/{id}/decision",
        "/api/municipalities/{municipality}/sportotek",
        "/api/municipalities/{municipality}/sportotek/items/{id}",
        "/api/municipalities/{municipality}/sportotek/reservations",
        "/api/sportotek/reservations/lookup",
        "/api/sportotek/reservations/cancellation",
        "/api/sportotek/reservations/calendar.ics",
        "/api/sportotek/photos/{id}/{width}",
        "/api/staff/municipalities/{municipality}/sportotek/items",
        "/api/staff/municipalities/{municipality}/sportotek/items/{id}",
        "/api/staff/municipalities/{municipality}/sportotek/items/{id}/photo",
        "/api/staff/municipalities/{municipality}/sportotek/items/{id}/copies",
        "/api/staff/municipalities/{municipality}/sportotek/copies/{id}",
        "/api/staff/municipalities/{municipality}/sportotek/settings",
        "/api/staff/municipalities/{municipality}/sportotek/today",
        "/api/staff/municipalities/{municipality}/sportotek/loans",
        "/api/staff/municipalities/{municipality}/sportotek/loans/{id}/checkout",
        "/api/staff/municipalities/{municipality}/sportotek/loans/{id}/checkin",
        "/api/staff/municipalities/{municipality}/sportotek/loans/{id}/extension",
        "/api/staff/municipalities/{municipality}/sportotek/loans/{id}/reminder",
        "/api/staff/municipalities/{municipality}/sportotek/loans/{id}/cancellation",
        "/api/staff/municipalities/{municipality}/sportotek/late",
        "/api/staff/municipalities/{municipality}/sportotek/stats",
        "/api/municipalities/{municipality}/guides",
        "/api/municipalities/{municipality}/guides/{id}",
        "/api/municipalities/{municipality}/guides/bookings",
        "/api/guides/bookings/lookup",
        "/api/guides/bookings/cancellation",
        "/api/staff/municipalities/{municipality}/guide/profile",
        "/api/staff/municipalities/{municipality}/guide/slots",
        "/api/staff/municipalities/{municipality}/guide/slots/{id}",
        "/api/staff/municipalities/{municipality}/guide/blocked/{day}",
        "/api/staff/municipalities/{municipality}/guide/bookings",
        "/api/staff/municipalities/{municipality}/guide/bookings/{id}/confirmation",
        "/api/staff/municipalities/{municipality}/guide/bookings/{id}/cancellation",
        "/api/staff/municipalities/{municipality}/guides/bookings",
        "/api/guides/bookings/{code}/calendar.ics",
        "/api/guides/calendar/{guide_id}/{file}",
        "/api/staff/municipalities/{municipality}/guide/calendar",
        "/api/staff/municipalities/{municipality}/guides",
        "/api/staff/municipalities/{municipality}/guides/{id}/deactivation",
        "/api/staff/municipalities/{municipality}/guides/week",
        "/api/staff/municipalities/{municipality}/guides/demand",
        "/api/staff/municipalities/{municipality}/guides/statistics",
        "/api/municipalities/{municipality}/guides/applications",
        "/api/staff/municipalities/{municipality}/guides/applications",
        "/api/staff/municipalities/{municipality}/guides/applications/{id}/decision",
        "/api/staff/municipalities/{municipality}/guide/photo",
        "/api/staff/municipalities/{municipality}/guide/blocked",
    ]);
    assert_eq!(paths, expected);
    assert!(doc["components"]["schemas"]["Article"].is_object());
}

/// A stand-in for what Trunk builds: a page with an inline script and a hashed bundle.
fn fake_dist() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vk-dist-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let index = r#"<!doctype html><html><head><script type="module">import init from '/app-0123456789abcdef.js';</script></head><body></body></html>"#;
    std::fs::write(dir.join("index.html"), index).unwrap();
    std::fs::write(dir.join("app-0123456789abcdef.js"), "export default function init() {}\n".repeat(200)).unwrap();
    std::fs::write(dir.join("sw.js"), "self.addEventListener('fetch', () => {});").unwrap();
    dir
}

#[tokio::test]
async fn client_routes_get_the_page_uncached_with_a_strict_content_security_policy() {
    let app = spawn_app_with(Options { dist_dir: Some(fake_dist()), ..Options::default() }).await;
    for path in ["/", "/articles/tandvard", "/search"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        let headers = response.headers();
        assert_eq!(headers["cache-control"], "no-cache", "{path}");
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("'sha256-") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(response.text().await.unwrap().contains("<script type=\"module\">"));
    }
}

#[tokio::test]
async fn hashed_files_are_cached_for_a_year_and_sent_compressed() {
    let app = spawn_app_with(Options { dist_dir: Some(fake_dist()), ..Options::default() }).await;
    let path = format!("{}/app-0123456789abcdef.js", app.address);
    let mut encoding = None;
    // Compression happens in the background after start: give it a moment.
    for _ in 0..50 {
        let response = app.client.get(&path).header("accept-encoding", "br").send().await.unwrap();
        assert_eq!(response.headers()["cache-control"], "public, max-age=31536000, immutable");
        encoding = response.headers().get("content-encoding").map(|v| v.to_str().unwrap().to_owned());
        if encoding.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(encoding.as_deref(), Some("br"));
    let sw = app.get("/sw.js").await;
    assert_eq!(sw.headers()["cache-control"], "no-cache");
    assert_eq!(app.get("/missing-file.js").await.status(), 404);
}

/// The service worker and a page's shell are asked for again on every visit: a phone
/// whose copy is current gets a `304` with no body; a copy of an older build, the file.
#[tokio::test]
async fn the_worker_and_the_shell_are_revalidated_by_their_tags() {
    let dist = fake_dist();
    let app = spawn_app_with(Options { dist_dir: Some(dist.clone()), ..Options::default() }).await;
    for path in ["/sw.js", "/index.html", "/app-0123456789abcdef.js"] {
        let url = format!("{}{path}", app.address);
        let sent = app.client.get(&url).send().await.unwrap();
        let tag = sent.headers()["etag"].to_str().unwrap().to_owned();
        let body = sent.bytes().await.unwrap();
        assert!(tag.len() == 34 && tag.starts_with('"') && tag.ends_with('"'), "{path}: {tag}");

        let again = app.client.get(&url).header("if-none-match", &tag).send().await.unwrap();
        assert_eq!(again.status(), 304, "{path}");
        assert_eq!(again.headers()["etag"], tag.as_str());
        assert!(again.headers().get("content-security-policy").is_none(), "{path}: the copy's own headers stand");
        assert!(again.bytes().await.unwrap().is_empty());

        for stale in ["\"0123456789abcdef0123456789abcdef\"", "*x", "", &"\"a\",".repeat(400)] {
            let answer = app.client.get(&url).header("if-none-match", stale).send().await.unwrap();
            assert_eq!(answer.status(), 200, "{path} with {stale:.20}");
            assert_eq!(answer.bytes().await.unwrap(), body, "{path}");
        }
    }
    // With brotli, the tag names its coding; the phone's copy of either is current.
    let sw = format!("{}/sw.js", app.address);
    let mut coded = String::new();
    for _ in 0..50 {
        let response = app.client.get(&sw).header("accept-encoding", "br").send().await.unwrap();
        coded = response.headers()["etag"].to_str().unwrap().to_owned();
        if coded.ends_with("-br\"") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(coded.ends_with("-br\""), "{coded}");
    let again =
        app.client.get(&sw).header("accept-encoding", "br").header("if-none-match", &coded).send().await.unwrap();
    assert_eq!(again.status(), 304);
}

#[tokio::test]
async fn each_languages_texts_are_served_by_their_version_and_kept_for_good() {
    // Served with or without a built client: a newcomer's bundle fetches them.
    let app = spawn_app().await;
    let path = model::i18n::text_path(model::Language::Ar, "app").unwrap();
    let response = app.get(&path).await;
    assert_eq!(response.status(), 200, "{path}");
    assert_eq!(response.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(response.headers()["content-type"], "text/plain; charset=utf-8");
    let text = response.text().await.unwrap();
    assert!(text.contains("nav-home") && text.contains("الرئيسية"), "{text}");
    // Another version of the same file, or a file that does not exist, is not there.
    let (file, _) = path.rsplit_once('/').unwrap();
    for missing in [
        format!("{file}/app.0000000000000000.ftl"),
        "/texts/ar/console.0123456789abcdef.ftl".into(),
        "/texts/xx/app.ftl".into(),
    ] {
        assert_eq!(app.get(&missing).await.status(), 404, "{missing}");
    }
}
