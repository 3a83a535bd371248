//! The first paint comes from the server. With JavaScript off, a Dari reader gets the
//! start page in Dari, right to left, follows a topic to an article and reads it, and the
//! bottom bar's links are there; axe passes what the server sent. With JavaScript on,
//! the app takes over the page the server sent: the same heading, title and language.

use e2e::{accessibility_violations, find_text, lang_and_dir, pages::App, wait_until, Driver, Server};
use fantoccini::Locator;

#[tokio::test]
async fn a_dari_reader_reads_an_article_with_javascript_off_and_the_app_takes_over_the_same_page() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let base = server.base.clone();

    // JavaScript off: only what the server sent.
    let reader = App { client: driver.browser_without_javascript("fa-AF,fa").await, base: base.clone() };
    reader.client.goto(&format!("{base}/")).await.unwrap();
    assert_eq!(lang_and_dir(&reader.client).await, ("prs".into(), "rtl".into()));
    let greeting = reader.text_of("main h1").await;
    assert!(greeting.contains("Granviken"), "{greeting}");
    let no_script =
        "return !!document.querySelector('#search-input') && !document.querySelector('.language-picker select');";
    assert_eq!(
        reader.client.execute(no_script, vec![]).await.unwrap(),
        serde_json::json!(true),
        "the server's page, not the app's"
    );
    let violations = accessibility_violations(&reader.client).await;
    assert!(violations.is_empty(), "the start page as sent: {violations:#?}");
    // A topic, then its first article, by their links.
    let topic = reader.client.find(Locator::Css(".topic-list:not(.promo) a")).await.unwrap();
    let topic_name = topic.find(Locator::Css(".topic-name")).await.unwrap().text().await.unwrap();
    topic.click().await.unwrap();
    find_text(&reader.client, "main h1", &topic_name).await;
    let article = reader.client.find(Locator::Css(".card-list a")).await.unwrap();
    let article_title = article.find(Locator::Css(".card-title")).await.unwrap().text().await.unwrap();
    article.click().await.unwrap();
    find_text(&reader.client, "main h1", &article_title).await;
    let body = reader.text_of(".article-body").await;
    assert!(body.chars().count() > 200, "the article's text: {body}");
    assert_eq!(lang_and_dir(&reader.client).await, ("prs".into(), "rtl".into()));
    let violations = accessibility_violations(&reader.client).await;
    assert!(violations.is_empty(), "the article as sent: {violations:#?}");
    let article_path = reader.client.current_url().await.unwrap().path().to_owned();
    for href in ["/", "/activities", "/activities/mine", "/search", "/about"] {
        reader.client.find(Locator::Css(&format!("nav.bottom-nav a[href='{href}']"))).await.expect("the bottom bar");
    }
    reader.client.close().await.unwrap();

    // JavaScript on: the app starts from the same page and keeps it as it was.
    let app = App { client: driver.browser("fa-AF,fa").await, base: base.clone() };
    app.client.goto(&format!("{base}{article_path}")).await.unwrap();
    wait_until(
        &app.client,
        "!!document.querySelector('.language-picker select') && !!document.querySelector('#save-article')",
    )
    .await;
    assert_eq!(app.text_of("main h1").await, article_title, "the same heading");
    assert!(app.client.title().await.unwrap().starts_with(&article_title), "the same title");
    assert_eq!(lang_and_dir(&app.client).await, ("prs".into(), "rtl".into()));
    app.close().await;
}
