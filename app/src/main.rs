//! Välkommen's client: mounts the app into the page Trunk built.
#![forbid(unsafe_code)]

mod api;
mod app;
mod components;
mod islands;
mod offline;
mod pages;

fn main() {
    ui::mount(model::i18n::texts_for("/"), app::PAGES, islands::draw, app::App);
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
