//! The first paint comes from the server. With JavaScript off, a Dari reader gets the
//! start page in Dari, right to left, follows a topic to an article and reads it, and the
//! bottom bar's links are there. axe passes the pages as the server sent them (written
//! into a blank page with their scripts taken out: axe itself needs JavaScript). With
//! JavaScript on, the app takes over the page the server sent: the same heading, title
//! and language.

use e2e::{accessibility_violations, find_text, html_as_sent, lang_and_dir, pages::App, wait_until, Driver, Server};
use fantoccini::Locator;

/// axe on the page at `path` as the server sends it to a Dari browser, its scripts
/// taken out, written into a blank page that loads its styles from the server.
async fn violations_as_sent(app: &App, base: &str, path: &str) -> Vec<String> {
    let html = html_as_sent(base, path, "fa-AF,fa").await;
    let mut without_scripts = String::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<script") {
        without_scripts.push_str(&rest[..start]);
        rest = rest[start..].split_once("</script>").map_or("", |(_, after)| after);
    }
    without_scripts.push_str(rest);
    let page =
        without_scripts.replacen("<meta charset=utf-8>", &format!("<meta charset=utf-8><base href=\"{base}/\">"), 1);
    app.client.goto("about:blank").await.unwrap();
    app.client
        .execute("document.open(); document.write(arguments[0]); document.close(); return true;", vec![page.into()])
        .await
        .unwrap();
    wait_until(&app.client, "document.readyState === 'complete' && !!document.querySelector('main h1')").await;
    accessibility_violations(&app.client).await
}

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
    // A topic, then its first article, by their links.
    let topic = reader.client.find(Locator::Css(".topic-list:not(.promo) a")).await.unwrap();
    let topic_name = topic.find(Locator::Css(".topic-name")).await.unwrap().text().await.unwrap();
    // Followed as a link is: a click with JavaScript off leaves ChromeDriver waiting.
    let href = topic.attr("href").await.unwrap().expect("a link");
    reader.client.goto(&format!("{base}{href}")).await.unwrap();
    find_text(&reader.client, "main h1", &topic_name).await;
    let article = reader.client.find(Locator::Css(".card-list a")).await.unwrap();
    let article_title = article.find(Locator::Css(".card-title")).await.unwrap().text().await.unwrap();
    let href = article.attr("href").await.unwrap().expect("a link");
    reader.client.goto(&format!("{base}{href}")).await.unwrap();
    find_text(&reader.client, "main h1", &article_title).await;
    let body = reader.text_of(".article-body").await;
    assert!(body.chars().count() > 200, "the article's text: {body}");
    assert_eq!(lang_and_dir(&reader.client).await, ("prs".into(), "rtl".into()));
    let article_path = reader.client.current_url().await.unwrap().path().to_owned();
    for href in ["/", "/activities", "/activities/mine", "/search", "/about"] {
        reader.client.find(Locator::Css(&format!("nav.bottom-nav a[href='{href}']"))).await.expect("the bottom bar");
    }
    reader.client.close().await.unwrap();

    // JavaScript on: axe on the pages as sent, then the app starts from the same page.
    let app = App { client: driver.browser("fa-AF,fa").await, base: base.clone() };
    for path in ["/", article_path.as_str()] {
        let violations = violations_as_sent(&app, &base, path).await;
        assert!(violations.is_empty(), "{path} as sent: {violations:#?}");
    }
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
