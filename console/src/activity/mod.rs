//! Editing an activity: its fields, its schedule, and a live preview as a newcomer
//! will see it; and the lists of activities with their status at hand.

// A `Draft` is a bundle of signal handles, `Copy` and passed by value like any prop.
// On wasm32 it is under clippy's size limit; a 64-bit host build only looks bigger.
#![allow(clippy::large_types_passed_by_value)]

mod draft;
#[cfg(test)]
mod draft_tests;
mod equipment;
mod form;
mod list;
mod preview;
mod schedule;
mod status;

pub use draft::{position, Draft};
pub use equipment::EquipmentPicker;
pub use form::ActivityForm;
pub use list::ActivityList;
pub use preview::ActivityPreview;
pub use status::StatusButtons;
