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

/// The paths of the orientation app's wasm this phone keeps, in any of the worker's caches.
async fn kept_orientation_wasm(app: &App) -> Vec<String> {
    let script = "const done = arguments[arguments.length - 1];
        caches.keys().then(names => Promise.all(names.map(n => caches.open(n).then(c => c.keys()))))
            .then(lists => lists.flat().map(k => new URL(k.url).pathname).filter(p => /^\\/app-[\\w-]+_bg\\.wasm$/.test(p)))
            .then(done, () => done([]));";
    let kept = app.client.execute_async(script, vec![]).await.unwrap();
    kept.as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_owned()).collect()
}

/// A shared Sportotek link opened on a new phone: the worker keeps the Sportotek's page
/// and files, but does not download the orientation app besides (its wasm alone is
/// 160 KB); the first orientation page the reader opens keeps it, so it opens offline.
#[tokio::test]
async fn a_first_visit_to_another_bundle_does_not_download_the_orientation_app_until_it_is_read() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = App { client: driver.browser("prs").await, base: server.base.clone() };
    app.open("/activities/sportotek").await;
    wait_until(&app.client, "navigator.serviceWorker && navigator.serviceWorker.controller").await;
    // The worker has fetched what it keeps of the Sportotek by now.
    let mut sportotek_kept = false;
    for _ in 0..50 {
        let script = "const done = arguments[arguments.length - 1];
            caches.open('finder-v1').then(c => c.keys()).then(k => done(k.some(r => r.url.endsWith('_bg.wasm'))), () => done(false));";
        if app.client.execute_async(script, vec![]).await.unwrap() == serde_json::Value::Bool(true) {
            sportotek_kept = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(sportotek_kept, "the Sportotek's own files are kept");
    assert_eq!(kept_orientation_wasm(&app).await, Vec::<String>::new(), "the orientation app was downloaded besides");

    app.open("/").await;
    let mut kept = vec![];
    for _ in 0..50 {
        kept = kept_orientation_wasm(&app).await;
        if !kept.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(kept.len(), 1, "the orientation app is kept once read: {kept:?}");
    app.close().await;
}
