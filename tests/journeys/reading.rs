//! A newcomer reads orientation: in Swedish, in Arabic, and in Dari from the browser.

use e2e::{
    find_text, lang_and_dir,
    pages::{App, APP_IN_PLACE, APP_WAITING},
    staff::{Staff, DEMO_PASSWORD, MUNICIPALITY},
    wait_until, Driver, Server,
};
use fantoccini::Locator;

async fn app(driver: &Driver, server: &Server, languages: &str) -> App {
    App { client: driver.browser(languages).await, base: server.base.clone() }
}

#[tokio::test]
async fn a_swedish_reader_browses_reads_searches_answers_and_switches_to_arabic() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = app(&driver, &server, "de-DE,de").await;
    app.open("/").await;
    assert_eq!(
        lang_and_dir(&app.client).await,
        ("sv".into(), "ltr".into()),
        "an unknown browser language gives Swedish"
    );
    app.heading("Välkommen till Granviken").await;
    app.mark_page().await;

    app.open_topic("Hälsa och vård").await;
    app.open_article("1177").await;
    app.assert_same_page("a tap on a topic and on an article").await;
    // A screen reader goes on from the new page's start, not from the link that is gone.
    wait_until(&app.client, "document.activeElement && document.activeElement.id === 'main' && scrollY === 0").await;
    // The link is found by its address: the element itself may be drawn again (the app
    // taking over from the first paint), so nothing is read from it afterwards.
    find_text(&app.client, ".article-body a[href='tel:1177']", "1177").await;

    app.search("Försäkringskassan").await;
    assert!(app.result_titles().await.iter().any(|t| t.contains("Försäkringskassan")));
    app.open_article("Försäkringskassan").await;
    app.answer_helpful(true).await;
    find_text(&app.client, ".feedback", "Tack").await;
    app.assert_same_page("a search from the bottom navigation").await;

    app.choose_language("ar").await;
    assert_eq!(lang_and_dir(&app.client).await, ("ar".into(), "rtl".into()));
    // The Arabic title names Försäkringskassan in Latin letters too: wait for the Arabic
    // text itself, not for the first heading that carries the name.
    wait_until(&app.client, r"/[\u0600-\u06FF]/.test(document.querySelector('main h1')?.textContent ?? '')").await;
    let title = app.heading("Försäkringskassan").await;
    assert!(title.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "the article is now in Arabic: {title}");
    find_text(&app.client, ".bottom-nav", "الرئيسية").await;
    app.close().await;
}

#[tokio::test]
async fn an_arabic_reader_reads_right_to_left_searches_in_arabic_and_switches_to_ukrainian() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = app(&driver, &server, "ar-SY,ar").await;
    app.open("/").await;
    assert_eq!(lang_and_dir(&app.client).await, ("ar".into(), "rtl".into()), "the browser's Arabic is picked up");
    app.heading("مرحبًا").await;

    app.open_topic("الصحة").await;
    app.open_article("112").await;
    // Numbers stay left to right inside the Arabic text.
    wait_until(
        &app.client,
        "[...document.querySelectorAll('.article-body bdi')].every(b => getComputedStyle(b).direction === 'ltr')",
    )
    .await;
    find_text(&app.client, ".stamp.unchecked", "").await;
    // The bottom navigation mirrors: home sits at the right edge.
    wait_until(&app.client, "(() => { const a = document.querySelectorAll('.bottom-nav a'); return a[0].getBoundingClientRect().left > a[2].getBoundingClientRect().left; })()").await;

    app.answer_helpful(false).await;
    app.search("الطوارئ").await;
    assert!(app.result_titles().await.iter().any(|t| t.contains("112")), "{:?}", app.result_titles().await);

    app.choose_language("uk").await;
    assert_eq!(lang_and_dir(&app.client).await, ("uk".into(), "ltr".into()));
    app.heading("Пошук").await;
    // The Arabic word is in neither the Ukrainian nor the Swedish texts.
    wait_until(&app.client, "/[\\u0400-\\u04FF]/.test(document.querySelector('.result-count').textContent)").await;
    app.close().await;
}

#[tokio::test]
async fn a_browser_set_to_afghan_persian_gets_dari_right_to_left_and_the_choice_is_kept() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = app(&driver, &server, "fa-AF,fa").await;
    app.open("/").await;
    assert_eq!(lang_and_dir(&app.client).await, ("prs".into(), "rtl".into()));
    find_text(&app.client, ".language-picker option:checked", "دری").await;

    app.choose_language("en").await;
    app.open("/about").await;
    assert_eq!(lang_and_dir(&app.client).await, ("en".into(), "ltr".into()), "the choice survives a reload");
    app.open("/?lang=fa").await;
    assert_eq!(lang_and_dir(&app.client).await, ("prs".into(), "rtl".into()), "?lang=fa gives Dari");
    app.close().await;
}

/// The article as the server wrote it, whole: the app draws its toolbar in it and waits.
/// The Swedish text goes beside the Arabic one and away again on the same page; once the
/// Arabic translation is outdated, its button for the Swedish text makes the app take
/// over and draw the Swedish article.
#[tokio::test]
async fn a_reader_puts_the_arabic_text_beside_the_swedish_one_and_reads_the_swedish_once_outdated() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = app(&driver, &server, "ar").await;
    app.open("/articles/tandvard").await;
    wait_until(&app.client, APP_WAITING).await;
    app.client.execute("document.querySelector('main h1').valkommenSent = true;", vec![]).await.unwrap();
    let beside = find_text(&app.client, ".toolbar:not(.app-only) button", "السويدية").await;
    app.tap(&beside).await;
    let swedish = find_text(&app.client, ".article-column.swedish", "Tandvård").await;
    assert_eq!(swedish.attr("dir").await.unwrap().as_deref(), Some("ltr"));
    assert_eq!(swedish.attr("lang").await.unwrap().as_deref(), Some("sv"));
    let still_sent = "return [document.querySelector('article').className, \
                      !!document.querySelector('main h1').valkommenSent, document.documentElement.dataset.app];";
    let beside_it = serde_json::json!(["article beside", true, "waiting"]);
    assert_eq!(app.client.execute(still_sent, vec![]).await.unwrap(), beside_it, "on the server's page");
    app.tap(&app.client.find(Locator::Css(".toolbar button[aria-pressed=true]")).await.unwrap()).await;
    wait_until(&app.client, "!document.querySelector('.article-column.swedish')").await;
    wait_until(&app.client, "document.querySelector('article').className === 'article'").await;

    // The Swedish text changes: the Arabic one is outdated, and the Swedish one is offered.
    let admin = Staff::sign_in(&server.base, "admin@granviken.example", DEMO_PASSWORD).await;
    let edit = serde_json::json!({ "title": "Tandvård", "summary": "Ny sammanfattning.", "body_md": "Ny text om tandvård.",
        "reviewed": true });
    let path = format!("/api/staff/municipalities/{MUNICIPALITY}/articles/tandvard/versions/sv");
    assert_eq!(admin.send(reqwest::Method::PUT, &path, Some(edit)).await.0, 204);
    app.open("/articles/tandvard").await;
    wait_until(&app.client, APP_WAITING).await;
    app.tap(&app.client.find(Locator::Css("button[data-take-over]")).await.unwrap()).await;
    wait_until(&app.client, APP_IN_PLACE).await;
    find_text(&app.client, ".article-body", "Ny text om tandvård.").await;
    let shown = app.client.execute("return document.querySelector('.article-column').lang;", vec![]).await.unwrap();
    assert_eq!(shown.as_str(), Some("sv"), "the Swedish text, drawn by the app");
    assert_eq!(lang_and_dir(&app.client).await, ("ar".into(), "rtl".into()), "the app stays in Arabic");
    app.close().await;
}

/// "Was this helpful?" on the article the server wrote whole: without the server the
/// answer is not lost silently (the reader is told, and may answer again), and once the
/// server is back the thanks takes the question's place, and stays on the next visit.
#[tokio::test]
async fn an_answer_sent_without_a_signal_says_so_and_goes_once_the_signal_is_back() {
    let (mut server, driver) = (Server::start().await, Driver::start().await);
    let app = app(&driver, &server, "uk").await;
    app.open("/articles/tandvard").await;
    wait_until(&app.client, APP_WAITING).await;
    let answers = ".feedback:not(.app-only) button";
    app.client.wait().for_element(Locator::Css(answers)).await.unwrap();
    server.stop().await;
    app.tap(&app.client.find(Locator::Css(answers)).await.unwrap()).await;
    wait_until(&app.client, "!!document.querySelector('.feedback .notice.error')").await;
    let enabled = "return [...document.querySelectorAll('.feedback button')].map(b => b.disabled);";
    assert_eq!(app.client.execute(enabled, vec![]).await.unwrap(), serde_json::json!([false, false]), "to try again");

    server.restart().await;
    app.tap(&app.client.find(Locator::Css(answers)).await.unwrap()).await;
    wait_until(&app.client, "!document.querySelector('.feedback button')").await;
    let thanks = app.text_of(".feedback p").await;
    assert!(!thanks.is_empty() && !thanks.contains("feedback-"), "the thanks, in words: {thanks}");
    app.open("/articles/tandvard").await;
    wait_until(&app.client, APP_WAITING).await;
    wait_until(
        &app.client,
        "!document.querySelector('.feedback button') && !!document.querySelector('.feedback:not(.app-only) p')",
    )
    .await;
    app.close().await;
}
