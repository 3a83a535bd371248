//! End-to-end journeys in headless Chromium at 360×740, against the real server.

mod accessibility;
mod activities;
mod association;
mod budget;
mod club;
mod family;
mod first_paint;
mod guides;
mod guides_staff;
mod mine;
mod offers;
mod offline;
mod reading;
mod region;
mod sportotek;
mod staff;
mod vouchers;
