//! The activity finder: a download of its own, so reading the orientation stays light.
#![forbid(unsafe_code)]

mod api;
mod app;
mod code_entry;
mod components;
mod draft;
mod guide_booking;
mod guide_times;
mod mine;
mod pages;
mod reminders;
mod reserve;
mod saved_answers;
mod saved_balances;
mod saved_bookings;
mod saved_reservations;

fn main() {
    // The guides' texts go to the guides' pages and "Mine" alone (the finder's link to
    // them is in `app.ftl`).
    const FILES: &[&str] = if cfg!(feature = "mine") {
        &["app", "activities", "guides", "mine"]
    } else if cfg!(feature = "guides") {
        &["app", "activities", "guides"]
    } else {
        &["app", "activities"]
    };
    ui::mount(FILES, app::App);
    // The worker at `/sw.js` covers these pages too: what was seen opens offline.
    let navigator = leptos::prelude::window().navigator();
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        let _ = navigator.service_worker().register("/sw.js");
    }
}
