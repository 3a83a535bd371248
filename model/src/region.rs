//! The region's figures for the county project's coordination (issue 18): counts per
//! municipality and month, each broken down by one thing (a language, an age band, a
//! category, a topic). Counts only, never a name: nothing here picks out a person.
//!
//! The figures travel as one long list of counts rather than a table per measure, so
//! the CSV export is the same list and a spreadsheet pivots it as the county wants.

use serde::{Deserialize, Serialize};

use crate::orientation::Municipality;

coded_enum! {
    /// What a count counts, and by what it is broken down:
    /// - `articles-read`: articles opened, by the reader's language, by the month read;
    /// - `translations-outdated` / `translations-missing`: published articles whose
    ///   translation is older than the Swedish text, or missing, by language: today's
    ///   state, so no month;
    /// - `vouchers-issued`, `vouchers-used`, `vouchers-unused`: fritidscheck cards by
    ///   age band and the month issued, and of those the ones used at least once and
    ///   the ones not used yet;
    /// - `sportotek-loans`: loans handed out, by category, by the month lent;
    /// - `guide-bookings-by-language` (empty: not given) and `guide-bookings-by-topic`:
    ///   by the month of the meeting;
    /// - `asked-without-guide`: searches for a guide in a language that no approved
    ///   guide of the municipality speaks today, by language, by the month searched.
    Measure {
        ArticlesRead = "articles-read",
        TranslationsOutdated = "translations-outdated",
        TranslationsMissing = "translations-missing",
        VouchersIssued = "vouchers-issued",
        VouchersUsed = "vouchers-used",
        VouchersUnused = "vouchers-unused",
        SportotekLoans = "sportotek-loans",
        GuideBookingsByLanguage = "guide-bookings-by-language",
        GuideBookingsByTopic = "guide-bookings-by-topic",
        AskedWithoutGuide = "asked-without-guide",
    }
}

/// One count: of `measure`, in `municipality` (its slug), in `month` (`YYYY-MM`, or none
/// for a count of today's state), for one `breakdown` value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionCount {
    pub municipality: String,
    pub month: Option<String>,
    pub measure: Measure,
    pub breakdown: String,
    pub count: u32,
}

/// The region's figures for one year: for its municipalities (`places`) and for its
/// shared content (`shared`), whose translations serve every municipality and are
/// counted once, under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionFigures {
    pub year: i32,
    pub places: Vec<Municipality>,
    pub shared: Option<Municipality>,
    pub counts: Vec<RegionCount>,
}

impl RegionFigures {
    /// The name of a place or of the shared content, by its slug.
    pub fn name_of(&self, slug: &str) -> Option<&str> {
        self.places.iter().chain(&self.shared).find(|p| p.slug == slug).map(|p| p.name.as_str())
    }

    /// The sum of `measure` in `municipality`, in `month` if one is given.
    pub fn total(&self, measure: Measure, municipality: &str, month: Option<&str>) -> u32 {
        self.counts
            .iter()
            .filter(|c| c.measure == measure && c.municipality == municipality)
            .filter(|c| month.is_none() || c.month.as_deref() == month)
            .map(|c| c.count)
            .sum()
    }

    /// The sum of `measure` in `municipality` for each `breakdown` value, in the order
    /// first met.
    pub fn by_breakdown(&self, measure: Measure, municipality: &str) -> Vec<(String, u32)> {
        let mut sums: Vec<(String, u32)> = Vec::new();
        for c in self.counts.iter().filter(|c| c.measure == measure && c.municipality == municipality) {
            match sums.iter_mut().find(|(b, _)| *b == c.breakdown) {
                Some((_, sum)) => *sum += c.count,
                None => sums.push((c.breakdown.clone(), c.count)),
            }
        }
        sums
    }

    /// The twelve months of the year, `YYYY-MM`.
    pub fn months(&self) -> Vec<String> {
        (1..=12).map(|m| format!("{:04}-{m:02}", self.year)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(municipality: &str, month: &str, measure: Measure, breakdown: &str, count: u32) -> RegionCount {
        RegionCount {
            municipality: municipality.into(),
            month: (!month.is_empty()).then(|| month.into()),
            measure,
            breakdown: breakdown.into(),
            count,
        }
    }

    #[test]
    fn totals_add_up_one_measure_in_one_place_and_month() {
        let figures = RegionFigures {
            year: 2026,
            places: vec![],
            shared: None,
            counts: vec![
                count("granviken", "2026-03", Measure::ArticlesRead, "ar", 4),
                count("granviken", "2026-03", Measure::ArticlesRead, "sv", 2),
                count("granviken", "2026-04", Measure::ArticlesRead, "ar", 1),
                count("norrsjo", "2026-03", Measure::ArticlesRead, "ar", 8),
                count("granviken", "2026-03", Measure::SportotekLoans, "ball-sports", 16),
            ],
        };
        assert_eq!(figures.total(Measure::ArticlesRead, "granviken", Some("2026-03")), 6);
        assert_eq!(figures.total(Measure::ArticlesRead, "granviken", None), 7);
        assert_eq!(figures.total(Measure::ArticlesRead, "norrsjo", Some("2026-04")), 0);
        assert_eq!(figures.by_breakdown(Measure::ArticlesRead, "granviken"), [("ar".into(), 5), ("sv".into(), 2)]);
        assert_eq!(figures.months().first().map(String::as_str), Some("2026-01"));
        assert_eq!(figures.months().len(), 12);
    }

    #[test]
    fn a_measure_travels_as_its_code() {
        let text = serde_json::to_string(&Measure::AskedWithoutGuide).unwrap();
        assert_eq!(text, "\"asked-without-guide\"");
        assert_eq!(Measure::from_code("vouchers-unused"), Some(Measure::VouchersUnused));
    }
}
