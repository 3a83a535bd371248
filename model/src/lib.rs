//! What the client and the server must agree on: the API's wire types, the rules that
//! validate input on both sides, the languages and the search that works offline too.
#![forbid(unsafe_code)]

pub mod activities;
pub mod associations;
pub mod auth;
pub mod editor;
pub mod error;
pub mod finder;
#[cfg(feature = "fluent")]
pub mod i18n;
pub mod language;
pub mod orientation;
pub mod schedule;
pub mod search;
pub mod text;
pub mod voucher;
pub mod vouchers;

pub use error::{ErrorBody, FieldError};
pub use language::{Direction, Language};
