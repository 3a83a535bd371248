//! The staff console: a bundle of its own under `/staff/`, so a newcomer's phone never
//! downloads it. Built with the `club` feature instead, the same crate is the association
//! leaders' light bundle under `/club/` (`club`), which routes only its own pages.
#![forbid(unsafe_code)]

mod activity;
mod api;
mod app;
mod club;
mod components;
mod forms;
mod guides;
mod intl;
mod money;
mod offers;
mod pages;
mod session;
mod sportotek;
mod voucher;

fn main() {
    if cfg!(feature = "club") {
        ui::mount(&["app", "console", "club"], club::App);
        // Its own worker (scope `/club/`): the desk opens again without signal.
        let navigator = leptos::prelude::window().navigator();
        if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
            let _ = navigator.service_worker().register("/club/sw.js");
        }
    } else {
        ui::mount(&["app", "console", "activities", "guides", "club", "region"], app::App);
    }
}
