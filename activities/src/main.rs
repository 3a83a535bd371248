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

/// What the bundle adds to a page the server wrote whole (`ui::waiting`): the voucher's
/// form made to work; the other bundles' whole pages work by their links and forms.
#[cfg(feature = "voucher")]
fn islands(page: &web_sys::Element) {
    pages::make_the_servers_form_work(page);
}

#[cfg(not(feature = "voucher"))]
fn islands(_: &web_sys::Element) {}

fn main() {
    // Each bundle fetches its own pages' texts (`model::i18n::texts_for`), named by the
    // path it is served under.
    const HOME: &str = if cfg!(feature = "mine") {
        "/activities/mine"
    } else if cfg!(feature = "guides") {
        "/activities/guides"
    } else if cfg!(feature = "sportotek") {
        "/activities/sportotek"
    } else if cfg!(feature = "voucher") {
        "/activities/voucher"
    } else {
        "/activities"
    };
    ui::mount(model::i18n::texts_for(HOME), app::PAGES, islands, app::App);
    // The worker at `/sw.js` covers these pages too: what was seen opens offline.
    let navigator = leptos::prelude::window().navigator();
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        let _ = navigator.service_worker().register("/sw.js");
    }
}
