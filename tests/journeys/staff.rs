//! An admin edits an article in the console; the translations turn outdated; the Arabic
//! one is brought up to date; a newcomer reads the new text.

use e2e::{accessibility_violations, find_text, pages::App, wait_until, Driver, Server};
use fantoccini::Locator;

/// The state chip of one language of one article in the console's list.
async fn chip(app: &App, slug: &str, lang: &str) -> String {
    let css = format!(".article-row[data-slug='{slug}'] a[data-lang='{lang}']");
    app.client.wait().for_element(Locator::Css(&css)).await.unwrap().attr("class").await.unwrap().unwrap_or_default()
}

async fn open_articles(app: &App) {
    app.tap(&app.client.find(Locator::Css(".console-nav a[href='/staff/articles']")).await.unwrap()).await;
    wait_until(&app.client, "document.querySelector(\".article-row[data-slug='tandvard']\")").await;
}

#[tokio::test]
async fn an_admin_edits_swedish_sees_translations_outdated_updates_arabic_and_a_newcomer_reads_it() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let admin = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    admin.sign_in_to_console("admin@granviken.example").await;

    open_articles(&admin).await;
    assert!(chip(&admin, "tandvard", "ar").await.contains("current"));
    admin
        .tap(&admin.client.find(Locator::Css(".article-row[data-slug='tandvard'] a[data-lang='sv']")).await.unwrap())
        .await;
    admin.fill("#title", "Tandvård – nytt från kommunen").await;
    admin.tap(&admin.client.find(Locator::Css("form button[type=submit]")).await.unwrap()).await;
    find_text(&admin.client, "[role=status]", "Sparat").await;

    admin.client.goto(&format!("{}/staff/articles", server.base)).await.unwrap();
    wait_until(&admin.client, "document.querySelector(\".article-row[data-slug='tandvard']\")").await;
    for lang in ["ar", "prs", "uk", "en"] {
        assert!(chip(&admin, "tandvard", lang).await.contains("outdated"), "{lang} is outdated");
    }

    admin
        .tap(&admin.client.find(Locator::Css(".article-row[data-slug='tandvard'] a[data-lang='ar']")).await.unwrap())
        .await;
    find_text(&admin.client, ".original", "Tandvård – nytt från kommunen").await;
    admin.fill("#title", "طب الأسنان – جديد من البلدية").await;
    admin.tap(&admin.client.find(Locator::Css("label.check input")).await.unwrap()).await;
    admin.tap(&admin.client.find(Locator::Css("form button[type=submit]")).await.unwrap()).await;
    find_text(&admin.client, "[role=status]", "Sparat").await;
    admin.client.goto(&format!("{}/staff/articles", server.base)).await.unwrap();
    wait_until(&admin.client, "document.querySelector(\".article-row[data-slug='tandvard']\")").await;
    assert!(chip(&admin, "tandvard", "ar").await.contains("current"));
    assert!(chip(&admin, "tandvard", "uk").await.contains("outdated"));
    let violations = accessibility_violations(&admin.client).await;
    assert!(violations.is_empty(), "console articles: {violations:#?}");
    admin.close().await;

    let reader = App { client: driver.browser("ar").await, base: server.base.clone() };
    reader.open("/articles/tandvard").await;
    reader.heading("طب الأسنان – جديد من البلدية").await;
    find_text(&reader.client, ".stamp.checked", "").await;
    reader.choose_language("uk").await;
    find_text(&reader.client, ".notice.warning", "").await;
    reader.close().await;
}

#[tokio::test]
async fn the_console_signs_in_right_to_left_and_passes_axe() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = App { client: driver.browser("prs").await, base: server.base.clone() };
    app.client.goto(&format!("{}/staff", server.base)).await.unwrap();
    wait_until(&app.client, "document.querySelector('#email')").await;
    assert_eq!(e2e::lang_and_dir(&app.client).await, ("prs".into(), "rtl".into()));
    let violations = accessibility_violations(&app.client).await;
    assert!(violations.is_empty(), "sign-in: {violations:#?}");

    app.fill("#email", "admin@granviken.example").await;
    app.fill("#password", "wrong password!").await;
    app.tap(&app.client.find(Locator::Css("form button[type=submit]")).await.unwrap()).await;
    wait_until(&app.client, "document.querySelector('[role=alert]')").await;
    app.fill("#password", "valkommen-demo").await;
    app.tap(&app.client.find(Locator::Css("form button[type=submit]")).await.unwrap()).await;
    find_text(&app.client, ".console-nav", "admin@granviken.example").await;
    app.client.goto(&format!("{}/staff/articles/tandvard/prs", server.base)).await.unwrap();
    wait_until(&app.client, "document.querySelector('#body') && document.querySelector('#body').value.length > 0")
        .await;
    let body_dir = app.client.find(Locator::Css("#body")).await.unwrap().attr("dir").await.unwrap();
    assert_eq!(body_dir.as_deref(), Some("rtl"));
    let violations = accessibility_violations(&app.client).await;
    assert!(violations.is_empty(), "editor: {violations:#?}");

    // A new article starts in Swedish, unpublished, and opens in the editor.
    app.client.goto(&format!("{}/staff/articles", server.base)).await.unwrap();
    wait_until(&app.client, "document.querySelectorAll('#new-topic option').length > 5").await;
    app.client.find(Locator::Css("#new-topic")).await.unwrap().select_by_value("boende").await.unwrap();
    app.fill("#new-slug", "flytta-hit").await;
    app.fill("#new-title", "Att flytta hit").await;
    app.fill("#new-summary", "Så gör du när du flyttar hit.").await;
    let create = app.client.find_all(Locator::Css("form button[type=submit]")).await.unwrap().pop().unwrap();
    app.tap(&create).await;
    wait_until(
        &app.client,
        "location.pathname === '/staff/articles/flytta-hit/sv' || document.querySelector('[role=alert]')",
    )
    .await;
    let alert = app
        .client
        .execute("const a = document.querySelector('[role=alert]'); return a ? a.textContent : '';", vec![])
        .await
        .unwrap();
    assert_eq!(alert, serde_json::json!(""), "creating failed");
    wait_until(
        &app.client,
        "document.querySelector('#title') && document.querySelector('#title').value === 'Att flytta hit'",
    )
    .await;
    app.close().await;
}
