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
    if cfg!(feature = "club-office") {
        // The office's pages show the console's own account and activity list, with the
        // activities' categories and states.
        ui::mount(&["app", "console", "activities", "club"], &[], |_| {}, club::App);
        club::register_worker();
    } else if cfg!(feature = "club") {
        // The desk's texts are all in `club.ftl`: the console's are not downloaded.
        ui::mount(&["app", "club"], &[], |_| {}, club::App);
        club::register_worker();
    } else {
        ui::mount(&["app", "console", "activities", "guides", "club", "region"], &[], |_| {}, app::App);
    }
}
