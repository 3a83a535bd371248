//! An article read once opens again after a reload with the server gone; read twice, the
//! second time costs a `304`.

use e2e::{find_text, pages::App, wait_until, Driver, Server};

#[tokio::test]
async fn an_article_read_once_opens_offline_after_a_reload_and_search_finds_it() {
    let (mut server, driver) = (Server::start().await, Driver::start().await);
    let app = App { client: driver.browser("ar").await, base: server.base.clone() };
    app.open("/").await;
    // The service worker takes control, then the article is read through it.
    wait_until(&app.client, "navigator.serviceWorker && navigator.serviceWorker.controller").await;
    app.open("/articles/hyra-bostad").await;
    // The heading is read once the Arabic article is there, not while the page loads.
    wait_until(&app.client, r"/[\u0600-\u06FF]/.test(document.querySelector('main h1')?.textContent ?? '')").await;
    let title = app.text_of("main h1").await;
    // Read again: the worker asks with its copy's ETag, and the server's 304 confirms it.
    app.client.refresh().await.unwrap();
    find_text(&app.client, "main h1", &title).await;
    let revalidated = "const done = arguments[arguments.length - 1];
        caches.open('data-v1').then(c => c.keys()).then(keys => Promise.all(keys
            .filter(k => k.url.includes('/articles/hyra-bostad'))
            .map(k => caches.match(k).then(r => r.headers.get('x-valkommen-revalidated')))))
        .then(done, () => done([]));";
    let mut confirmed = false;
    for _ in 0..50 {
        let marks = app.client.execute_async(revalidated, vec![]).await.unwrap();
        if marks.as_array().is_some_and(|m| m.iter().any(serde_json::Value::is_string)) {
            confirmed = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(confirmed, "the saved copy was confirmed by a 304, not fetched again");

    server.stop().await;
    app.client.refresh().await.unwrap();
    find_text(&app.client, "main h1", &title).await;
    find_text(&app.client, ".saved-copy", "").await;

    app.open("/").await;
    app.search("Granvikens Bostäder").await;
    assert!(app.result_titles().await.contains(&title), "offline search finds the read article");
    find_text(&app.client, "main .notice", "").await;
    app.close().await;
}
