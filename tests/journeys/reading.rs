//! A newcomer reads orientation: in Swedish, in Arabic, and in Dari from the browser.

use e2e::{find_text, lang_and_dir, pages::App, wait_until, Driver, Server};

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

#[tokio::test]
async fn a_reader_puts_the_arabic_text_beside_the_swedish_one() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = app(&driver, &server, "ar").await;
    app.open("/articles/tandvard").await;
    app.tap(&find_text(&app.client, ".toolbar button", "السويدية").await).await;
    let swedish = find_text(&app.client, ".article-column.swedish", "Tandvård").await;
    assert_eq!(swedish.attr("dir").await.unwrap().as_deref(), Some("ltr"));
    assert_eq!(swedish.attr("lang").await.unwrap().as_deref(), Some("sv"));
    app.close().await;
}
