//! Reading orientation: the index, articles, translation states, search and feedback.

use model::{
    orientation::{Article, FeedbackCounts, Municipality, OrientationIndex, SearchResults, TranslationState},
    Language,
};
use server::store::NewVersion;

use crate::helpers::{count, spawn_app, spawn_app_with, Options};

const BASE: &str = "/api/municipalities/granviken";

#[tokio::test]
async fn the_demo_municipalities_are_listed_and_marked_as_demo() {
    let app = spawn_app().await;
    let list: Vec<Municipality> = app.get_json("/api/municipalities").await;
    let slugs: Vec<&str> = list.iter().map(|m| m.slug.as_str()).collect();
    assert_eq!(slugs, ["granviken", "norrsjo"], "by name; the county's shared content is no place");
    assert!(list.iter().all(|m| m.demo));
}

#[tokio::test]
async fn every_language_has_every_topic_and_at_least_fifteen_current_articles() {
    let app = spawn_app().await;
    for language in Language::all() {
        let index: OrientationIndex = app.get_json(&format!("{BASE}/orientation?lang={language}")).await;
        assert_eq!(index.lang, language);
        // Its own eleven and the county's "In the county" (its "Work" is Granviken's).
        assert_eq!(index.topics.len(), 12, "{language}");
        let articles: Vec<_> = index.topics.iter().flat_map(|t| &t.articles).collect();
        assert!(articles.len() >= 15, "{language}: {} articles", articles.len());
        for article in articles {
            assert_eq!(article.lang, language, "{language}: {}", article.slug);
            assert_eq!(article.state, TranslationState::Current, "{language}: {}", article.slug);
        }
    }
}

#[tokio::test]
async fn the_index_without_a_language_is_swedish() {
    let app = spawn_app().await;
    let index: OrientationIndex = app.get_json(&format!("{BASE}/orientation")).await;
    assert_eq!(index.lang, Language::Sv);
    assert_eq!(index.topics[0].name, "De första veckorna");
}

#[tokio::test]
async fn an_article_comes_in_the_readers_language_with_tap_to_call_links_and_an_unchecked_stamp() {
    let app = spawn_app().await;
    let article: Article = app.get_json(&format!("{BASE}/articles/nodlage-112?lang=ar")).await;
    assert_eq!(article.lang, Language::Ar);
    assert_eq!(article.state, TranslationState::Current);
    assert_eq!(article.topic, "halsa");
    assert!(article.html.contains(r#"href="tel:112""#), "{}", article.html);
    assert!(article.html.contains(r#"<bdi dir="ltr">"#), "numbers stay left to right");
    assert_eq!(article.reviewed_at, None, "demo translations are not checked");
    assert!(article.demo);
    assert_eq!(article.available.len(), 5);
}

#[tokio::test]
async fn addresses_open_the_map_app() {
    let app = spawn_app().await;
    let article: Article = app.get_json(&format!("{BASE}/articles/viktiga-kontakter?lang=sv")).await;
    assert!(article.html.contains(r#"href="geo:0,0?q="#), "{}", article.html);
}

#[tokio::test]
async fn a_missing_translation_falls_back_to_swedish_and_says_so() {
    let app = spawn_app().await;
    let id = app.store.article_id(app.municipality_id().await, "tandvard").await.unwrap().unwrap();
    assert!(app.store.delete_translation(id, Language::Uk).await.unwrap());

    let article: Article = app.get_json(&format!("{BASE}/articles/tandvard?lang=uk")).await;
    assert_eq!(article.lang, Language::Sv);
    assert_eq!(article.requested_lang, Language::Uk);
    assert_eq!(article.state, TranslationState::Missing);

    let index: OrientationIndex = app.get_json(&format!("{BASE}/orientation?lang=uk")).await;
    let summary = index.topics.iter().flat_map(|t| &t.articles).find(|a| a.slug == "tandvard").unwrap();
    assert_eq!((summary.lang, summary.state), (Language::Sv, TranslationState::Missing));
}

#[tokio::test]
async fn changing_the_swedish_text_marks_every_translation_outdated_until_it_is_updated() {
    let app = spawn_app().await;
    let id = app.store.article_id(app.municipality_id().await, "tandvard").await.unwrap().unwrap();
    let swedish: Article = app.get_json(&format!("{BASE}/articles/tandvard?lang=sv")).await;

    // Saving the same Swedish text changes nothing.
    let same = NewVersion {
        lang: Language::Sv,
        title: &swedish.title,
        summary: &swedish.summary,
        body_md: "",
        body_html: "",
        reviewed_at: None,
    };
    let original_body = {
        let file = include_str!("../../seed/articles/halsa/tandvard/sv.md");
        server::seed::parse_article(file).unwrap().body.to_owned()
    };
    let original_html = server::markdown::render(&original_body);
    let original = NewVersion { body_md: &original_body, body_html: &original_html, ..same };
    app.store.save_version(id, &original, None).await.unwrap();
    app.notice_direct_changes().await;
    let arabic: Article = app.get_json(&format!("{BASE}/articles/tandvard?lang=ar")).await;
    assert_eq!(arabic.state, TranslationState::Current, "an unchanged Swedish save keeps translations current");

    let changed = NewVersion {
        lang: Language::Sv,
        title: "Tandvård",
        summary: "Ny text.",
        body_md: "Ring [0980-319 211](tel:0980319211).",
        body_html: &server::markdown::render("Ring [0980-319 211](tel:0980319211)."),
        reviewed_at: None,
    };
    app.store.save_version(id, &changed, None).await.unwrap();
    app.notice_direct_changes().await;
    for language in [Language::Ar, Language::Prs, Language::Uk, Language::En] {
        let article: Article = app.get_json(&format!("{BASE}/articles/tandvard?lang={language}")).await;
        assert_eq!(article.state, TranslationState::Outdated, "{language}");
    }
    let swedish: Article = app.get_json(&format!("{BASE}/articles/tandvard?lang=sv")).await;
    assert_eq!((swedish.state, swedish.summary.as_str()), (TranslationState::Current, "Ny text."));

    let updated = NewVersion {
        lang: Language::Ar,
        title: "طب الأسنان",
        summary: "نص جديد.",
        body_md: "نص.",
        body_html: &server::markdown::render("نص."),
        reviewed_at: Some(1_790_000_000),
    };
    app.store.save_version(id, &updated, None).await.unwrap();
    app.notice_direct_changes().await;
    let arabic: Article = app.get_json(&format!("{BASE}/articles/tandvard?lang=ar")).await;
    assert_eq!(arabic.state, TranslationState::Current);
    assert_eq!(arabic.reviewed_at, Some(1_790_000_000));
    let dari: Article = app.get_json(&format!("{BASE}/articles/tandvard?lang=prs")).await;
    assert_eq!(dari.state, TranslationState::Outdated, "the other translations stay outdated");
}

#[tokio::test]
async fn a_swedish_word_from_a_letter_finds_the_article_in_the_readers_language() {
    let app = spawn_app().await;
    let results: SearchResults = app.get_json(&format!("{BASE}/search?lang=ar&q=F%C3%B6rs%C3%A4kringskassan")).await;
    let first = results.hits.first().expect("a hit");
    assert_eq!(first.slug, "forsakringskassan-och-bidrag");
    assert_eq!(first.lang, Language::Ar);
}

#[tokio::test]
async fn a_swedish_word_typed_without_a_ring_or_dots_still_matches() {
    let app = spawn_app().await;
    let results: SearchResults = app.get_json(&format!("{BASE}/search?lang=sv&q=forsakringskassan")).await;
    assert!(results.hits.iter().any(|h| h.slug == "forsakringskassan-och-bidrag"));
}

#[tokio::test]
async fn words_in_the_readers_script_find_articles_in_that_language() {
    let app = spawn_app().await;
    for (lang, word, slug) in [
        ("ar", "%D8%A7%D9%84%D8%B7%D9%88%D8%A7%D8%B1%D8%A6", "nodlage-112"), // الطوارئ
        ("uk", "%D1%81%D1%82%D0%BE%D0%BC%D0%B0%D1%82%D0%BE%D0%BB%D0%BE%D0%B3", "tandvard"), // стоматолог
        ("sv", "tandkr%C3%A4m", "tandvard"),
    ] {
        let results: SearchResults = app.get_json(&format!("{BASE}/search?lang={lang}&q={word}")).await;
        assert!(
            results.hits.iter().any(|h| h.slug == slug),
            "{lang}: {:?}",
            results.hits.iter().map(|h| &h.slug).collect::<Vec<_>>()
        );
        assert!(results.hits.iter().all(|h| h.lang.code() == lang), "{lang}: shown in the reader's language");
    }
}

#[tokio::test]
async fn a_search_without_matches_is_an_empty_list() {
    let app = spawn_app().await;
    let results: SearchResults = app.get_json(&format!("{BASE}/search?lang=en&q=xylophone")).await;
    assert!(results.hits.is_empty());
}

/// The slugs a search in `lang` for `words` (already URL-encoded) finds, best first.
async fn found(app: &crate::helpers::TestApp, lang: &str, words: &str) -> Vec<String> {
    let results: SearchResults = app.get_json(&format!("{BASE}/search?lang={lang}&q={words}")).await;
    results.hits.into_iter().map(|hit| hit.slug).collect()
}

/// An English version of the dental care article with `word` in its body only.
async fn save_english_with(app: &crate::helpers::TestApp, id: i64, word: &str) {
    let body = format!("Ask the clinic about {word} before your visit.");
    let html = server::markdown::render(&body);
    let version = NewVersion {
        lang: Language::En,
        title: "Dental care",
        summary: "For everyone.",
        body_md: &body,
        body_html: &html,
        reviewed_at: None,
    };
    app.store.save_version(id, &version, None).await.unwrap();
    app.notice_direct_changes().await;
}

#[tokio::test]
async fn a_saved_version_is_found_by_its_new_words_and_no_longer_by_its_old_ones_nor_once_removed() {
    let app = spawn_app().await;
    let id = app.store.article_id(app.municipality_id().await, "tandvard").await.unwrap().unwrap();
    assert!(found(&app, "en", "quokka").await.is_empty());
    save_english_with(&app, id, "quokkas").await;
    assert_eq!(found(&app, "en", "quokka").await, ["tandvard"], "a word inside a word of the body");
    save_english_with(&app, id, "wombats").await;
    assert!(found(&app, "en", "quokka").await.is_empty(), "the old words are gone with the old text");
    assert_eq!(found(&app, "en", "WOMBAT").await, ["tandvard"]);
    assert!(app.store.delete_translation(id, Language::En).await.unwrap());
    app.notice_direct_changes().await;
    assert!(found(&app, "en", "wombat").await.is_empty(), "a removed translation finds nothing");
    let folded =
        count(&app, &format!("SELECT COUNT(*) FROM article_search WHERE article_id = {id} AND lang = 'en'")).await;
    assert_eq!(folded, 0, "its folded text went with it");
}

#[tokio::test]
async fn versions_without_a_folded_text_are_folded_when_servers_start_together() {
    let app = spawn_app().await;
    let versions = count(&app, "SELECT COUNT(*) FROM article_versions").await;
    assert!(versions > 50, "the demo's articles: {versions}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM article_search").await, versions, "every version written is folded");
    // As a database from before `article_search` has them: no folded texts at all.
    sqlx::query("DELETE FROM article_search").execute(app.store.pool()).await.unwrap();
    app.notice_direct_changes().await;
    assert!(found(&app, "sv", "forsakringskassan").await.is_empty(), "search looks in the folded texts only");
    // Two servers of one region starting at once both find the same versions to fold.
    let url = app.database_url();
    let (first, second) = tokio::join!(server::store::Store::connect(&url), server::store::Store::connect(&url));
    first.unwrap();
    second.unwrap();
    assert_eq!(count(&app, "SELECT COUNT(*) FROM article_search").await, versions, "each version once");
    app.notice_direct_changes().await;
    assert!(found(&app, "sv", "forsakringskassan").await.contains(&"forsakringskassan-och-bidrag".to_owned()));
}

#[tokio::test]
async fn wildcards_in_a_query_are_letters_to_look_for_not_patterns() {
    let app = spawn_app().await;
    // `%` and `_` would match anything in a `LIKE`; folded, they vanish.
    for words in ["%25", "%25%25%25", "_", "%5C", "%25_%25", "%5C%25"] {
        let response = app.get(&format!("{BASE}/search?lang=sv&q={words}")).await;
        let status = response.status().as_u16();
        assert!(status == 200 || status == 422, "{words}: {status}");
        if status == 200 {
            let results: SearchResults = response.json().await.unwrap();
            assert!(results.hits.is_empty(), "{words}: {:?}", results.hits.iter().map(|h| &h.slug).collect::<Vec<_>>());
        }
    }
}

#[tokio::test]
async fn feedback_is_counted_per_article_and_language() {
    let app = spawn_app().await;
    let m = app.municipality_id().await;
    for (lang, helpful) in [("ar", true), ("ar", true), ("ar", false), ("uk", true)] {
        let body = format!(r#"{{"lang":"{lang}","helpful":{helpful}}}"#);
        let response = app.post_raw(&format!("{BASE}/articles/nodlage-112/feedback"), "application/json", body).await;
        assert_eq!(response.status(), 204);
    }
    assert_eq!(
        app.store.feedback_counts(m, "nodlage-112", Language::Ar).await.unwrap(),
        FeedbackCounts { helpful: 2, not_helpful: 1 }
    );
    assert_eq!(
        app.store.feedback_counts(m, "nodlage-112", Language::Uk).await.unwrap(),
        FeedbackCounts { helpful: 1, not_helpful: 0 }
    );
    assert_eq!(
        app.store.feedback_counts(m, "tandvard", Language::Ar).await.unwrap(),
        FeedbackCounts { helpful: 0, not_helpful: 0 }
    );
}

#[tokio::test]
async fn feedback_beyond_the_rate_limit_is_refused_and_not_counted() {
    let app = spawn_app_with(Options { feedback_per_minute: 3, ..Options::default() }).await;
    let path = format!("{BASE}/articles/tandvard/feedback");
    for _ in 0..3 {
        assert_eq!(app.post_raw(&path, "application/json", r#"{"lang":"sv","helpful":true}"#).await.status(), 204);
    }
    let refused = app.post_raw(&path, "application/json", r#"{"lang":"sv","helpful":true}"#).await;
    crate::helpers::assert_error(refused, 429, "error-rate-limited", "fourth answer in a minute").await;
    let counts = app.store.feedback_counts(app.municipality_id().await, "tandvard", Language::Sv).await.unwrap();
    assert_eq!(counts.helpful, 3);
}
