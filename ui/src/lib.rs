//! What the newcomers' app and the staff console share in the browser.
#![forbid(unsafe_code)]

pub mod components;
pub mod fetch;
pub mod i18n;
mod language_picker;
pub mod location;
pub mod online;
pub mod options;
pub mod pace;
#[cfg(feature = "qr")]
pub mod qr;
pub mod saved_articles;
pub mod served;
pub mod storage;
pub mod waiting;

pub use language_picker::LanguagePicker;

use leptos::prelude::IntoView;
use wasm_bindgen::JsCast as _;

/// Mounts an app that shows the messages of `files` (`["app", "orientation"]` for orientation) into the
/// page's `#app` once the reader's language is ready: the placeholder stays rather than
/// a flash of Swedish.
///
/// A page the server filled (`server/src/first_paint`) stays as it is while the app
/// draws the same page over it, unseen (`UNSEEN`); the app takes its place once it shows its heading
/// and nothing is still loading (or after `TAKEOVER_MS`), so the reader sees no loading
/// state, no gap and no jump, and the largest text is painted once. Meanwhile the app
/// takes the server's result cards as they were sent ([`served`]) rather than building
/// them, and draws in steps, a task each ([`pace`]).
///
/// A page the server wrote whole, in the app's language, is not drawn again: the app
/// waits until the reader follows a link to one of `pages`, the bundle's own, and draws
/// that page in place then ([`waiting`]). `islands` draws there what of the bundle's
/// the server's page needs, such as an article's toolbar ([`waiting::island`]).
pub fn mount<F, N>(
    files: &'static [&'static str],
    pages: &'static [location::Page],
    islands: fn(&web_sys::Element),
    app: F,
) where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    i18n::set_files(files);
    wasm_bindgen_futures::spawn_local(async move {
        i18n::load_initial().await;
        mark("v-texts-read");
        // Reading the texts is a task of its own, and so is each step of drawing below.
        pace::a_task().await;
        let document = leptos::prelude::document();
        let root = document.get_element_by_id("app").expect("the page has #app");
        let filled = root.query_selector("main h1").ok().flatten().is_some();
        if !filled {
            waiting::draw_in(&root, app);
            return;
        }
        if waiting::waits_on(&root, i18n::initial()) {
            waiting::wait(root, pages, islands, app);
            return;
        }
        served::offer(&root, i18n::initial());
        // The app draws in the page, over the server's, unseen and out of reach: the
        // browser lays out and paints each step as it comes rather than the whole page
        // at the take-over.
        let next = document.create_element("div").expect("a div");
        next.set_class_name(UNSEEN);
        let _ = next.set_attribute("aria-hidden", "true");
        let _ = next.set_attribute("inert", "");
        let _ = root.after_with_node_1(&next);
        mark("v-mount");
        leptos::mount::mount_to(next.clone().unchecked_into(), app).forget();
        mark("v-mounted");
        let mut waited = 0;
        while waited < TAKEOVER_MS && !drawn(&next) {
            sleep(FRAME_MS).await;
            waited += FRAME_MS;
        }
        served::withdraw();
        pace::first_drawing_over();
        // The app's page takes the server's place where it was drawn: no node moves, so
        // what is laid out stays laid out.
        root.remove();
        next.set_id("app");
        for attribute in ["class", "aria-hidden", "inert"] {
            let _ = next.remove_attribute(attribute);
        }
        waiting::set_state(waiting::DRAWN);
        // For the journeys and anyone measuring: when the app's page took the server's place.
        mark(TOOK_OVER);
    });
}

/// The class of the app's page while it is drawn over the server's (`style.css`).
const UNSEEN: &str = "drawn-unseen";
/// The longest a filled page waits for the app to draw its own: on a slow phone the app
/// then shows its loading state rather than a page that does not respond yet.
const TAKEOVER_MS: i32 = 4000;
const FRAME_MS: i32 = 16;
/// The performance mark set when the app takes a filled page's place.
pub const TOOK_OVER: &str = "valkommen-took-over";
/// The performance mark set when the app starts on a page the server wrote whole and
/// waits ([`waiting`]).
pub const WAITING: &str = "valkommen-waiting";

/// The app has drawn its page: a heading, no loading note showing, and no step left.
fn drawn(app: &web_sys::Element) -> bool {
    let has = |selector| app.query_selector(selector).ok().flatten().is_some();
    has("main h1") && !has(".loading:not([hidden])") && pace::settled()
}

/// A performance mark named `name`: the app's steps, for `bench/tasks.sh` and the
/// browser's own profiler.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Waits `ms` milliseconds, the main thread free meanwhile.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ =
            web_sys::window().expect("a window").set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
