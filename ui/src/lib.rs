//! What the newcomers' app and the staff console share in the browser.
#![forbid(unsafe_code)]

pub mod components;
pub mod fetch;
pub mod i18n;
pub mod intl;
mod language_picker;
pub mod online;
#[cfg(feature = "qr")]
pub mod qr;
pub mod saved_articles;
pub mod storage;

pub use language_picker::LanguagePicker;

use leptos::prelude::IntoView;

/// Mounts an app that shows the messages of `files` (`["app"]` for orientation) into the
/// page's `#app`, replacing the placeholder shown until then, once the reader's
/// language is ready: the placeholder stays rather than a flash of Swedish.
pub fn mount<F, N>(files: &'static [&'static str], app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    i18n::set_files(files);
    wasm_bindgen_futures::spawn_local(async move {
        i18n::load_initial().await;
        let root = leptos::prelude::document().get_element_by_id("app").expect("the page has #app");
        root.set_inner_html("");
        let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
        leptos::mount::mount_to(root, app).forget();
    });
}
