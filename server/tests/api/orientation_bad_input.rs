//! Malformed, missing, oversized and hostile input: a clear error, and nothing changed.

use model::{orientation::FeedbackCounts, Language};

use crate::helpers::{assert_error, spawn_app};

const BASE: &str = "/api/municipalities/granviken";

#[tokio::test]
async fn bad_reads_get_a_clear_error() {
    let app = spawn_app().await;
    let long = "a".repeat(101);
    let cases = [
        (format!("{BASE}/orientation?lang=xx"), 422, "error-unknown-language", "unknown language"),
        (format!("{BASE}/orientation?lang=AR"), 422, "error-unknown-language", "upper-case code"),
        (
            format!("{BASE}/orientation?lang=%27%3B%20DROP%20TABLE%20articles%3B--"),
            422,
            "error-unknown-language",
            "SQL in the language",
        ),
        ("/api/municipalities/atlantis/orientation?lang=sv".to_owned(), 404, "error-not-found", "unknown municipality"),
        ("/api/municipalities/Granviken/orientation".to_owned(), 422, "error-invalid-slug", "upper-case municipality"),
        (format!("{BASE}/articles/no-such-article?lang=sv"), 404, "error-not-found", "unknown article"),
        (format!("{BASE}/articles/..%2F..%2Fetc?lang=sv"), 422, "error-invalid-slug", "path in the slug"),
        (format!("{BASE}/articles/%3Cscript%3E?lang=sv"), 422, "error-invalid-slug", "script in the slug"),
        (format!("{BASE}/articles/{}?lang=sv", "a".repeat(81)), 422, "error-invalid-slug", "overlong slug"),
        (format!("{BASE}/articles/tandvard?lang=de"), 422, "error-unknown-language", "unknown article language"),
        (format!("{BASE}/search?lang=sv"), 422, "error-query-empty", "missing query"),
        (format!("{BASE}/search?lang=sv&q=%20%20"), 422, "error-query-empty", "blank query"),
        (format!("{BASE}/search?lang=sv&q={long}"), 422, "error-query-too-long", "overlong query"),
        (format!("{BASE}/search?lang=zz&q=bank"), 422, "error-unknown-language", "unknown search language"),
        (format!("{BASE}/search?lang=sv&q=%27%20OR%201%3D1%20--"), 200, "", "SQL in the query is just words"),
    ];
    for (path, status, message_id, why) in cases {
        let response = app.get(&path).await;
        if status == 200 {
            assert_eq!(response.status(), 200, "{why}");
        } else {
            assert_error(response, status, message_id, why).await;
        }
    }
}

#[tokio::test]
async fn bad_feedback_is_refused_and_nothing_is_counted() {
    let app = spawn_app().await;
    let path = format!("{BASE}/articles/tandvard/feedback");
    let huge = format!(r#"{{"lang":"sv","helpful":true,"padding":"{}"}}"#, "x".repeat(20_000));
    let cases: [(&str, &str, String, u16, &str, &str); 8] = [
        (path.as_str(), "application/json", "{not json".into(), 400, "error-malformed-body", "malformed JSON"),
        (path.as_str(), "application/json", r#"{"lang":"sv"}"#.into(), 400, "error-malformed-body", "missing field"),
        (
            path.as_str(),
            "application/json",
            r#"{"lang":"xx","helpful":true}"#.into(),
            400,
            "error-malformed-body",
            "unknown language",
        ),
        (
            path.as_str(),
            "application/json",
            r#"{"lang":"sv","helpful":"yes"}"#.into(),
            400,
            "error-malformed-body",
            "wrong type",
        ),
        (
            path.as_str(),
            "text/plain",
            r#"{"lang":"sv","helpful":true}"#.into(),
            400,
            "error-malformed-body",
            "not declared as JSON",
        ),
        (path.as_str(), "application/json", huge, 413, "error-body-too-large", "oversized body"),
        (
            "/api/municipalities/granviken/articles/no-such/feedback",
            "application/json",
            r#"{"lang":"sv","helpful":true}"#.into(),
            404,
            "error-not-found",
            "unknown article",
        ),
        (
            "/api/municipalities/granviken/articles/x'%3B--/feedback",
            "application/json",
            r#"{"lang":"sv","helpful":true}"#.into(),
            422,
            "error-invalid-slug",
            "SQL in the slug",
        ),
    ];
    for (path, content_type, body, status, message_id, why) in cases {
        assert_error(app.post_raw(path, content_type, body).await, status, message_id, why).await;
    }
    let m = app.municipality_id().await;
    for language in Language::all() {
        assert_eq!(
            app.store.feedback_counts(m, "tandvard", language).await.unwrap(),
            FeedbackCounts { helpful: 0, not_helpful: 0 }
        );
    }
}

#[tokio::test]
async fn feedback_cannot_be_given_with_a_get() {
    let app = spawn_app().await;
    let response = app.get(&format!("{BASE}/articles/tandvard/feedback")).await;
    assert_eq!(response.status(), 405);
}
