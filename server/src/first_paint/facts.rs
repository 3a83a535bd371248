//! How the newcomer pages' facts read, as the app's `components/facts.rs` writes them:
//! ages, lists in the reader's script, days, times and fees as the app writes them
//! (`Localizer::day`, `clock`, `money`), and links' values.

use model::{activities::MAX_AGE, i18n::Localizer, schedule::Schedule, Direction};

/// "7–10 år", or "Från 16 år" for courses open to adults.
pub fn ages(t: &Localizer, min: u8, max: u8) -> String {
    if max >= MAX_AGE {
        t.format_texts("activity-age-from", &[("min", min.to_string())])
    } else {
        t.format_texts("activity-ages", &[("min", min.to_string()), ("max", max.to_string())])
    }
}

/// Names joined as a list in the reader's script: Arabic and Dari use the Arabic comma.
pub fn list(t: &Localizer, ids: impl Iterator<Item = String>) -> String {
    joined(t, &ids.map(|id| t.text(&id)).collect::<Vec<_>>())
}

/// Texts joined with the reader's comma.
pub fn joined(t: &Localizer, texts: &[String]) -> String {
    texts.join(if t.language().direction() == Direction::Rtl { "، " } else { ", " })
}

/// "Varje tisdag, torsdag, 17:00–18:15"; single dates have no line (the next one shows).
pub fn schedule_line(t: &Localizer, schedule: &Schedule) -> Option<String> {
    match schedule {
        Schedule::Weekly { weekdays, start, end, .. } => Some(t.format_texts(
            "activity-weekly",
            &[
                ("days", list(t, weekdays.iter().map(|d| format!("weekday-{}", d.code())))),
                ("start", t.clock(*start)),
                ("end", t.clock(*end)),
            ],
        )),
        Schedule::Dates { .. } => None,
    }
}

/// "Gratis" or "350 kr per termin".
pub fn cost_line(t: &Localizer, cost_ore: i64) -> String {
    if cost_ore == 0 {
        return t.text("activity-free");
    }
    t.format_texts("activity-cost", &[("amount", t.money(cost_ore))])
}

pub use model::addresses::encode_component;

#[cfg(test)]
mod tests {
    use model::Language;

    use super::*;

    #[test]
    fn a_fee_reads_in_kronor_and_nothing_to_pay_reads_free() {
        let t = Localizer::with_files(Language::Sv, &["app", "activities"]);
        assert_eq!(cost_line(&t, 0), t.text("activity-free"));
        assert!(cost_line(&t, 35_000).contains("350\u{a0}kr"), "{}", cost_line(&t, 35_000));
        assert!(cost_line(&t, 35_050).contains("350,50\u{a0}kr"), "{}", cost_line(&t, 35_050));
    }
}
