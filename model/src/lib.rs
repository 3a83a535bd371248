//! What the client and the server must agree on: the API's wire types, the rules that
//! validate input on both sides, the languages and the search that works offline too.
#![forbid(unsafe_code)]

/// An enum that travels as kebab-case codes (`ice-sports`), each variant named once with
/// its code; `ALL`, `code()` and `from_code()` come with it.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant),+
        }

        // Written out rather than derived: the derive does not see a `rename` that a
        // macro passes in, and would document the Rust names instead of the codes.
        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($code),+]))
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}

pub mod activities;
pub mod addresses;
pub mod associations;
pub mod auth;
pub mod checks;
pub mod editor;
pub mod error;
pub mod finder;
pub mod guides;
#[cfg(feature = "fluent")]
pub mod i18n;
pub mod language;
#[cfg(feature = "fluent")]
mod messages;
pub mod mine;
pub mod navigation;
pub mod orientation;
pub mod region;
pub mod schedule;
pub mod search;
pub mod sportotek;
pub mod text;
pub mod voucher;
pub mod vouchers;

pub use error::{ErrorBody, FieldError};
pub use language::{Direction, Language};
