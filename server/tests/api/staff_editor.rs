//! The orientation editor: what staff change is what readers see.

use model::{
    editor::{ArticleStatus, Preview, VersionSource},
    orientation::{Article, TranslationState},
    Language,
};
use reqwest::Method;
use serde_json::json;

use crate::helpers::{assert_error, spawn_app, DEMO_PASSWORD};

const M: &str = "/api/staff/municipalities/granviken";
const PUBLIC: &str = "/api/municipalities/granviken";

#[tokio::test]
async fn editing_swedish_outdates_the_translations_and_updating_arabic_brings_it_back() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let sources: Vec<VersionSource> =
        app.staff(Some(&admin), Method::GET, &format!("{M}/articles/tandvard"), None).await.json().await.unwrap();
    assert!(sources.iter().all(|v| v.state == TranslationState::Current && !v.body_md.is_empty()));

    let swedish = json!({ "title": "Tandvård för alla", "summary": "Ny sammanfattning.", "body_md": "Ring [0980-319 211](tel:+46980319211).", "reviewed": false });
    assert_eq!(
        app.staff(Some(&admin), Method::PUT, &format!("{M}/articles/tandvard/versions/sv"), Some(swedish))
            .await
            .status(),
        204
    );
    let statuses: Vec<ArticleStatus> =
        app.staff(Some(&admin), Method::GET, &format!("{M}/articles"), None).await.json().await.unwrap();
    let tandvard = statuses.iter().find(|a| a.slug == "tandvard").unwrap();
    for version in &tandvard.versions {
        let expected =
            if version.lang == Language::Sv { TranslationState::Current } else { TranslationState::Outdated };
        assert_eq!(version.state, expected, "{}", version.lang);
    }
    let reader: Article = app.get_json(&format!("{PUBLIC}/articles/tandvard?lang=ar")).await;
    assert_eq!(reader.state, TranslationState::Outdated);

    let arabic = json!({ "title": "طب الأسنان للجميع", "summary": "ملخص جديد.", "body_md": "اتصل بالرقم 0980-319 211.", "reviewed": true });
    assert_eq!(
        app.staff(Some(&admin), Method::PUT, &format!("{M}/articles/tandvard/versions/ar"), Some(arabic))
            .await
            .status(),
        204
    );
    let reader: Article = app.get_json(&format!("{PUBLIC}/articles/tandvard?lang=ar")).await;
    assert_eq!((reader.state, reader.title.as_str()), (TranslationState::Current, "طب الأسنان للجميع"));
    assert!(reader.reviewed_at.is_some(), "marked as checked by a translator");
    assert!(reader.html.contains("tel:+46980319211"));
    let swedish: Article = app.get_json(&format!("{PUBLIC}/articles/tandvard?lang=sv")).await;
    assert_eq!(swedish.title, "Tandvård för alla");
}

#[tokio::test]
async fn an_unpublished_article_disappears_for_readers_and_comes_back() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    assert_eq!(
        app.staff(Some(&admin), Method::POST, &format!("{M}/articles/tandvard/unpublish"), None).await.status(),
        204
    );
    assert_eq!(app.get(&format!("{PUBLIC}/articles/tandvard?lang=sv")).await.status(), 404);
    let search: serde_json::Value = app.get_json(&format!("{PUBLIC}/search?lang=sv&q=tandv%C3%A5rd")).await;
    assert!(search["hits"].as_array().unwrap().iter().all(|h| h["slug"] != "tandvard"));
    assert_eq!(
        app.staff(Some(&admin), Method::POST, &format!("{M}/articles/tandvard/publish"), None).await.status(),
        204
    );
    assert_eq!(app.get(&format!("{PUBLIC}/articles/tandvard?lang=sv")).await.status(), 200);
}

#[tokio::test]
async fn script_and_sql_in_every_text_field_are_kept_as_text_and_never_run() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let hostile = "<script>alert(1)</script>'; DROP TABLE articles; --";
    let body = json!({ "title": hostile, "summary": hostile, "body_md": format!("{hostile}\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))"), "reviewed": false });
    assert_eq!(
        app.staff(Some(&admin), Method::PUT, &format!("{M}/articles/tandvard/versions/en"), Some(body)).await.status(),
        204
    );
    let article: Article = app.get_json(&format!("{PUBLIC}/articles/tandvard?lang=en")).await;
    assert_eq!(article.title, hostile, "titles are text; the client escapes them");
    assert!(
        !article.html.contains("<script") && !article.html.contains("<img") && !article.html.contains("javascript:"),
        "{}",
        article.html
    );
    let index: serde_json::Value = app.get_json(&format!("{PUBLIC}/orientation?lang=en")).await;
    assert_eq!(
        index["topics"].as_array().unwrap().len(),
        12,
        "the tables are all still there (11 topics and the county's)"
    );
}

#[tokio::test]
async fn bad_versions_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let before: Article = app.get_json(&format!("{PUBLIC}/articles/tandvard?lang=uk")).await;
    let ok = json!({ "title": "T", "summary": "S", "body_md": "B" });
    let cases = [
        (format!("{M}/articles/tandvard/versions/xx"), ok.clone(), 422, "error-unknown-language"),
        (format!("{M}/articles/no-such/versions/uk"), ok.clone(), 404, "error-not-found"),
        (format!("{M}/articles/Bad%20Slug/versions/uk"), ok.clone(), 422, "error-invalid-slug"),
        (
            format!("{M}/articles/tandvard/versions/uk"),
            json!({ "title": "", "summary": "S", "body_md": "B" }),
            422,
            "error-required",
        ),
        (
            format!("{M}/articles/tandvard/versions/uk"),
            json!({ "title": "T".repeat(201), "summary": "S", "body_md": "B" }),
            422,
            "error-too-long",
        ),
        (
            format!("{M}/articles/tandvard/versions/uk"),
            json!({ "title": "T\u{0}", "summary": "S", "body_md": "B" }),
            422,
            "error-invalid-characters",
        ),
        (
            format!("{M}/articles/tandvard/versions/uk"),
            json!({ "title": "T", "summary": "S" }),
            400,
            "error-malformed-body",
        ),
        (
            format!("{M}/articles/tandvard/versions/uk"),
            json!({ "title": "T", "summary": "S", "body_md": "ж".repeat(140_000) }),
            413,
            "error-body-too-large",
        ),
    ];
    for (path, body, status, message_id) in cases {
        assert_error(app.staff(Some(&admin), Method::PUT, &path, Some(body)).await, status, message_id, &path).await;
    }
    let after: Article = app.get_json(&format!("{PUBLIC}/articles/tandvard?lang=uk")).await;
    assert_eq!(before, after);
}

#[tokio::test]
async fn the_preview_renders_as_readers_will_see_it_for_any_signed_in_staff() {
    let app = spawn_app().await;
    let guide = app.sign_in("guide@granviken.example", DEMO_PASSWORD).await;
    let preview: Preview = app
        .staff(
            Some(&guide),
            Method::POST,
            "/api/staff/preview",
            Some(json!({ "body_md": "Ring 1177 <script>x</script>" })),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(preview.html.contains(r#"href="tel:1177""#) && !preview.html.contains("<script"), "{}", preview.html);
    assert_error(
        app.staff(None, Method::POST, "/api/staff/preview", Some(json!({ "body_md": "x" }))).await,
        401,
        "error-unauthenticated",
        "anonymous",
    )
    .await;
}

#[tokio::test]
async fn a_new_article_starts_unpublished_in_swedish_and_readers_see_it_once_published() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let new = json!({ "topic": "boende", "slug": "flytta-hit", "title": "Att flytta hit", "summary": "Så gör du.", "body_md": "Ring 0980-319 240." });
    assert_eq!(app.staff(Some(&admin), Method::POST, &format!("{M}/articles"), Some(new.clone())).await.status(), 201);
    assert_eq!(app.get(&format!("{PUBLIC}/articles/flytta-hit?lang=sv")).await.status(), 404, "unpublished");
    let statuses: Vec<ArticleStatus> =
        app.staff(Some(&admin), Method::GET, &format!("{M}/articles"), None).await.json().await.unwrap();
    let created = statuses.iter().find(|a| a.slug == "flytta-hit").unwrap();
    assert!(!created.published);
    assert_eq!(created.topic, "boende");
    assert!(
        created.versions.iter().all(|v| (v.lang == Language::Sv) == (v.state == TranslationState::Current)),
        "only Swedish exists"
    );

    app.staff(Some(&admin), Method::POST, &format!("{M}/articles/flytta-hit/publish"), None).await;
    let reader: Article = app.get_json(&format!("{PUBLIC}/articles/flytta-hit?lang=ar")).await;
    assert_eq!((reader.lang, reader.state), (Language::Sv, TranslationState::Missing));

    let again = app.staff(Some(&admin), Method::POST, &format!("{M}/articles"), Some(new)).await;
    assert_error(again, 409, "error-slug-taken", "the same slug twice").await;
}

#[tokio::test]
async fn a_new_article_with_bad_input_is_refused_and_not_created() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let base = json!({ "topic": "boende", "slug": "ny", "title": "T", "summary": "S" });
    let with = |key: &str, value: serde_json::Value| {
        let mut body = base.clone();
        body[key] = value;
        body
    };
    let cases = [
        (with("topic", json!("no-such-topic")), 409, "error-unknown-topic"),
        (with("slug", json!("Ny Artikel")), 422, "error-invalid-slug"),
        (with("slug", json!("../x")), 422, "error-invalid-slug"),
        (with("title", json!("  ")), 422, "error-required"),
        (with("summary", json!("s".repeat(601))), 422, "error-too-long"),
        (json!({ "topic": "boende", "slug": "ny" }), 400, "error-malformed-body"),
    ];
    for (body, status, message_id) in cases {
        assert_error(
            app.staff(Some(&admin), Method::POST, &format!("{M}/articles"), Some(body.clone())).await,
            status,
            message_id,
            &body.to_string(),
        )
        .await;
    }
    let statuses: Vec<ArticleStatus> =
        app.staff(Some(&admin), Method::GET, &format!("{M}/articles"), None).await.json().await.unwrap();
    assert!(!statuses.iter().any(|a| a.slug == "ny"));
    let guide = app.sign_in("guide@granviken.example", DEMO_PASSWORD).await;
    assert_eq!(app.staff(Some(&guide), Method::POST, &format!("{M}/articles"), Some(base)).await.status(), 403);
}

#[tokio::test]
async fn a_new_topic_comes_last_and_a_renamed_topic_shows_its_new_names_to_readers() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let topic = json!({ "slug": "vinter", "names": { "sv": "Vinter", "ar": "الشتاء" } });
    assert_eq!(app.staff(Some(&admin), Method::POST, &format!("{M}/topics"), Some(topic.clone())).await.status(), 201);
    let topics: Vec<model::editor::TopicNames> =
        app.staff(Some(&admin), Method::GET, &format!("{M}/topics"), None).await.json().await.unwrap();
    assert_eq!(topics.len(), 12);
    assert_eq!(topics.last().unwrap().slug, "vinter");
    assert_error(
        app.staff(Some(&admin), Method::POST, &format!("{M}/topics"), Some(topic)).await,
        409,
        "error-slug-taken",
        "twice",
    )
    .await;

    let renamed = json!({ "slug": "ignored", "names": { "sv": "Hälsa", "ar": "الصحة", "uk": "Здоров'я" } });
    assert_eq!(app.staff(Some(&admin), Method::PUT, &format!("{M}/topics/halsa"), Some(renamed)).await.status(), 204);
    let index: serde_json::Value = app.get_json(&format!("{PUBLIC}/orientation?lang=ar")).await;
    let halsa = index["topics"].as_array().unwrap().iter().find(|t| t["slug"] == "halsa").unwrap();
    assert_eq!(halsa["name"], "الصحة");
    let index: serde_json::Value = app.get_json(&format!("{PUBLIC}/orientation?lang=prs")).await;
    let halsa = index["topics"].as_array().unwrap().iter().find(|t| t["slug"] == "halsa").unwrap();
    assert_eq!(halsa["name"], "Hälsa", "a language left out shows the Swedish name");
}

#[tokio::test]
async fn bad_topics_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let cases = [
        (Method::POST, format!("{M}/topics"), json!({ "slug": "x", "names": { "ar": "س" } }), 422, "error-required"),
        (
            Method::POST,
            format!("{M}/topics"),
            json!({ "slug": "x", "names": { "sv": "n".repeat(81) } }),
            422,
            "error-too-long",
        ),
        (
            Method::POST,
            format!("{M}/topics"),
            json!({ "slug": "x", "names": { "xx": "n" } }),
            400,
            "error-malformed-body",
        ),
        (
            Method::POST,
            format!("{M}/topics"),
            json!({ "slug": "Ny Topic", "names": { "sv": "n" } }),
            422,
            "error-invalid-slug",
        ),
        (
            Method::PUT,
            format!("{M}/topics/no-such"),
            json!({ "slug": "", "names": { "sv": "n" } }),
            404,
            "error-not-found",
        ),
        (
            Method::PUT,
            format!("{M}/topics/halsa"),
            json!({ "slug": "", "names": { "sv": " " } }),
            422,
            "error-required",
        ),
    ];
    for (method, path, body, status, message_id) in cases {
        assert_error(
            app.staff(Some(&admin), method.clone(), &path, Some(body.clone())).await,
            status,
            message_id,
            &body.to_string(),
        )
        .await;
    }
    let topics: Vec<model::editor::TopicNames> =
        app.staff(Some(&admin), Method::GET, &format!("{M}/topics"), None).await.json().await.unwrap();
    assert_eq!(topics.len(), 11);
    assert_eq!(topics.iter().find(|t| t.slug == "halsa").unwrap().names[&Language::Sv], "Hälsa och vård");
}
