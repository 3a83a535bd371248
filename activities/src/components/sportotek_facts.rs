//! How the Sportotek's facts read: opening hours, the ages a size fits, a loan's state.

use model::{schedule::Clock, sportotek::LoanState};
use ui::i18n::I18n;

/// "15:00–18:00" in the reader's digits.
pub fn hours(i18n: I18n, opens: Clock, closes: Clock) -> String {
    format!("{}–{}", i18n.clock(opens), i18n.clock(closes))
}

/// "6–9 years", "From 12 years", "Up to 5 years", or nothing for a size without ages.
pub fn size_ages(i18n: I18n, from: Option<u8>, to: Option<u8>) -> Option<String> {
    Some(match (from, to) {
        (Some(min), Some(max)) => i18n.args("activity-ages", &[("min", min.to_string()), ("max", max.to_string())]),
        (Some(min), None) => i18n.with("activity-age-from", "min", min.to_string()),
        (None, Some(max)) => i18n.with("sportotek-age-to", "max", max.to_string()),
        (None, None) => return None,
    })
}

/// The message id of a loan's state, for the family's eyes.
pub fn state_id(state: LoanState) -> String {
    format!("sportotek-state-{}", state.code())
}
