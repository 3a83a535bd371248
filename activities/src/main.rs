//! The activity finder: a download of its own, so reading the orientation stays light.
#![forbid(unsafe_code)]

mod api;
mod app;
mod code_entry;
mod components;
mod pages;
mod reserve;
mod saved_answers;
mod saved_balances;
mod saved_reservations;
mod sportotek_filter;

fn main() {
    ui::mount(&["app", "activities"], app::App);
    // The worker at `/sw.js` covers these pages too: what was seen opens offline.
    let navigator = leptos::prelude::window().navigator();
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        let _ = navigator.service_worker().register("/sw.js");
    }
}
