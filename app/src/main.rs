//! Välkommen's client: mounts the app into the page Trunk built.
#![forbid(unsafe_code)]

mod api;
mod app;
mod components;
mod offline;
mod pages;

fn main() {
    let root = leptos::prelude::document().get_element_by_id("app").expect("index.html has #app");
    // The page shows a placeholder until the app is ready; replace it.
    root.set_inner_html("");
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    leptos::mount::mount_to(root, app::App).forget();
    register_service_worker();
}

/// The service worker keeps the app and what was read available offline. It is
/// registered after the app is up, so it never competes with the first render.
fn register_service_worker() {
    let navigator = leptos::prelude::window().navigator();
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        let _ = navigator.service_worker().register("/sw.js");
    }
}
