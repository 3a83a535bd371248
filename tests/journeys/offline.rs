//! An article read once opens again after a reload with the server gone; read twice, the
//! second time costs a `304`.

use e2e::{find_text, pages::App, wait_until, Driver, Server};
use serde_json::Value;

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
    // The server wrote the article whole: the app keeps its answer once the reader has
    // stayed a while (`app::islands`).
    let kept = "const done = arguments[arguments.length - 1];
        caches.open('data-v1').then(c => c.keys())
            .then(keys => done(keys.some(k => k.url.includes('/articles/hyra-bostad'))), () => done(false));";
    let answer_kept = eventually(&app, kept, |kept: &Value| kept.as_bool() == Some(true)).await;
    assert_eq!(answer_kept, Value::Bool(true), "the article's answer is kept");
    // Read again: the worker asks with its copy's ETag, and the server's 304 confirms it.
    app.client.refresh().await.unwrap();
    find_text(&app.client, "main h1", &title).await;
    let revalidated = "const done = arguments[arguments.length - 1];
        caches.open('data-v1').then(c => c.keys()).then(keys => Promise.all(keys
            .filter(k => k.url.includes('/articles/hyra-bostad'))
            .map(k => caches.match(k).then(r => r.headers.get('x-valkommen-revalidated')))))
        .then(done, () => done([]));";
    let confirmed = |marks: &Value| marks.as_array().is_some_and(|m| m.iter().any(Value::is_string));
    let marks = eventually(&app, revalidated, confirmed).await;
    assert!(confirmed(&marks), "the saved copy was confirmed by a 304, not fetched again");

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

/// Runs the asynchronous `script` (it answers through its last argument) until `done`
/// holds for its answer, for ten seconds at most; answers the last answer.
async fn eventually(app: &App, script: &str, done: impl Fn(&Value) -> bool) -> Value {
    let mut answer = Value::Null;
    for _ in 0..50 {
        answer = app.client.execute_async(script, vec![]).await.unwrap();
        if done(&answer) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    answer
}

/// The paths of the orientation app's wasm this phone keeps, in any of the worker's caches.
const KEPT_ORIENTATION_WASM: &str = "const done = arguments[arguments.length - 1];
    caches.keys().then(names => Promise.all(names.map(n => caches.open(n).then(c => c.keys()))))
        .then(lists => lists.flat().map(k => new URL(k.url).pathname).filter(p => /^\\/app-[\\w-]+_bg\\.wasm$/.test(p)))
        .then(done, () => done([]));";

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
    let sportotek_wasm = "const done = arguments[arguments.length - 1];
        caches.open('finder-v1').then(c => c.keys()).then(k => done(k.some(r => r.url.endsWith('_bg.wasm'))), () => done(false));";
    let kept = eventually(&app, sportotek_wasm, |kept| *kept == Value::Bool(true)).await;
    assert_eq!(kept, Value::Bool(true), "the Sportotek's own files are kept");
    let orientation = app.client.execute_async(KEPT_ORIENTATION_WASM, vec![]).await.unwrap();
    assert_eq!(orientation, serde_json::json!([]), "the orientation app was downloaded besides");

    app.open("/").await;
    let kept = eventually(&app, KEPT_ORIENTATION_WASM, |kept| kept.as_array().is_some_and(|k| !k.is_empty())).await;
    assert_eq!(kept.as_array().map(Vec::len), Some(1), "the orientation app is kept once read: {kept}");
    app.close().await;
}
