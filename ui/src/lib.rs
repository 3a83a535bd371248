//! What the newcomers' app and the staff console share in the browser.
#![forbid(unsafe_code)]

pub mod i18n;
mod language_picker;
pub mod storage;

pub use language_picker::LanguagePicker;
