//! Checks every capability shares: a piece of plain text, and the oldest age anything
//! names. Below `activities` and `sportotek`, which both use them.

use crate::FieldError;

/// The oldest age an activity (or a Sportotek size) can name: adults' courses run to here.
pub const MAX_AGE: u8 = 99;

/// Checks a piece of plain text: not over `max` characters and no control characters
/// but line breaks. Leading and trailing space is the caller's to trim.
pub fn check_text(field: &str, text: &str, max: usize) -> Option<FieldError> {
    if text.chars().count() > max {
        Some(FieldError::new(field, "error-text-too-long"))
    } else if text.chars().any(|c| c.is_control() && c != '\n') {
        Some(FieldError::new(field, "error-text-control"))
    } else {
        None
    }
}
