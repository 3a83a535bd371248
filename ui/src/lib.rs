//! What the newcomers' app and the staff console share in the browser.
#![forbid(unsafe_code)]

pub mod components;
pub mod fetch;
pub mod i18n;
pub mod intl;
mod language_picker;
pub mod online;
pub mod storage;

pub use language_picker::LanguagePicker;

use leptos::prelude::IntoView;

/// Mounts an app into the page's `#app`, replacing the placeholder shown until then.
pub fn mount<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let root = leptos::prelude::document().get_element_by_id("app").expect("the page has #app");
    root.set_inner_html("");
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    leptos::mount::mount_to(root, app).forget();
}
