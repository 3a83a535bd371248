//! The staff console: a bundle of its own under `/staff/`, so a newcomer's phone never
//! downloads it.
#![forbid(unsafe_code)]

mod activity;
mod api;
mod app;
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
    ui::mount(&["app", "console", "activities", "guides"], app::App);
}
