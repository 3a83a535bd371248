//! The region's figures (issue 18): for each municipality and month, what the county
//! project reports. Every figure is a count read from the rows that hold it; no name,
//! contact or code is read here.

use std::collections::BTreeMap;

use model::{
    orientation::TranslationState,
    region::{Measure, RegionCount},
    schedule::Day,
    vouchers::age_band,
    Language,
};

use super::{Store, Stored};
use crate::{
    calendar::{swedish_month, swedish_year},
    ids::MunicipalityId,
};

/// Counts keyed by month (none: today's state) and breakdown, for one measure.
type Tallies = BTreeMap<(Option<String>, String), u32>;

fn add(tallies: &mut Tallies, month: Option<&str>, breakdown: &str, times: u32) {
    *tallies.entry((month.map(str::to_owned), breakdown.to_owned())).or_default() += times;
}

fn count(times: i64) -> u32 {
    u32::try_from(times).unwrap_or(u32::MAX)
}

/// The tallies as the figures list them, measure by measure.
fn listed(slug: &str, measures: BTreeMap<Measure, Tallies>) -> Vec<RegionCount> {
    measures
        .into_iter()
        .flat_map(|(measure, tallies)| {
            tallies.into_iter().map(move |((month, breakdown), count)| RegionCount {
                municipality: slug.to_owned(),
                month,
                measure,
                breakdown,
                count,
            })
        })
        .collect()
}

/// An age band as the figures name it: `6-9`.
fn band_label(age: i32) -> String {
    let (from, to) = age_band(age);
    format!("{from}-{to}")
}

#[derive(sqlx::FromRow)]
struct Card {
    #[sqlx(try_from = "Stored<i32>")]
    year: i32,
    #[sqlx(try_from = "Stored<i32>")]
    birth_year: i32,
    issued_at: i64,
    used: i64,
}

impl Store {
    /// Counts `times` openings of an article in `m` on `day`, in `lang`.
    pub async fn record_article_reads(
        &self,
        m: MunicipalityId,
        day: Day,
        lang: Language,
        times: i64,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO article_reads (municipality_id, day, lang, reads) VALUES ($1, $2, $3, $4)
             ON CONFLICT (municipality_id, day, lang) DO UPDATE SET reads = article_reads.reads + $4",
        )
        .bind(m)
        .bind(day.to_string())
        .bind(lang.code())
        .bind(times)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Every count of the year for one municipality (`slug`), in the order of the
    /// measures. Translations are counted for the municipality's own published articles:
    /// the region's shared ones are counted once, under the region's content.
    pub async fn region_counts(&self, m: MunicipalityId, slug: &str, year: i32) -> sqlx::Result<Vec<RegionCount>> {
        let mut measures: BTreeMap<Measure, Tallies> = BTreeMap::new();
        let first = Day::from_ymd(year, 1, 1).expect("every year has a 1 January");
        let last = Day::from_ymd(year, 12, 31).expect("and a 31 December");

        let reads = self.by_day("SELECT day, lang, reads FROM article_reads", m, first, last).await?;
        for (day, lang, times) in &reads {
            add(measures.entry(Measure::ArticlesRead).or_default(), day.get(..7), lang, count(*times));
        }

        self.translation_tallies(m, &mut measures).await?;

        let (from, until) = swedish_year(year);
        let vouchers: Vec<Card> = sqlx::query_as(
            "SELECT v.year, v.birth_year, v.issued_at, CAST(CASE WHEN EXISTS (
                SELECT 1 FROM redemptions r WHERE r.voucher_id = v.id AND r.reversed_on IS NULL) THEN 1 ELSE 0 END AS BIGINT) AS used
             FROM vouchers v WHERE v.municipality_id = $1 AND v.issued_at >= $2 AND v.issued_at < $3",
        )
        .bind(m)
        .bind(from)
        .bind(until)
        .fetch_all(&self.pool)
        .await?;
        for v in &vouchers {
            let (month, band) = (swedish_month(v.issued_at), band_label(v.year - v.birth_year));
            add(measures.entry(Measure::VouchersIssued).or_default(), Some(&month), &band, 1);
            let then = if v.used > 0 { Measure::VouchersUsed } else { Measure::VouchersUnused };
            add(measures.entry(then).or_default(), Some(&month), &band, 1);
        }

        let loans: Vec<(String, String)> = sqlx::query_as(
            "SELECT l.lent_on, i.category FROM sportotek_loans l
             JOIN sportotek_sizes s ON s.id = l.size_id JOIN sportotek_items i ON i.id = s.item_id
             WHERE l.municipality_id = $1 AND l.lent_on >= $2 AND l.lent_on <= $3",
        )
        .bind(m)
        .bind(first.to_string())
        .bind(last.to_string())
        .fetch_all(&self.pool)
        .await?;
        for (lent_on, category) in &loans {
            add(measures.entry(Measure::SportotekLoans).or_default(), lent_on.get(..7), category, 1);
        }

        for ((month, lang, topic), tally) in self.guide_statistics(m, Some((first, last))).await? {
            let language = lang.map_or("", Language::code);
            add(measures.entry(Measure::GuideBookingsByLanguage).or_default(), Some(&month), language, tally.total());
            add(measures.entry(Measure::GuideBookingsByTopic).or_default(), Some(&month), topic.code(), tally.total());
        }

        let spoken: Vec<String> =
            self.approved_guides(m).await?.iter().flat_map(super::guides::GuideRow::languages).collect();
        let asked = self.by_day("SELECT day, language, asked FROM guide_demand", m, first, last).await?;
        for (day, language, times) in asked.iter().filter(|(_, language, _)| !spoken.contains(language)) {
            add(measures.entry(Measure::AskedWithoutGuide).or_default(), day.get(..7), language, count(*times));
        }

        Ok(listed(slug, measures))
    }

    /// The published articles of `m` (a place, or the region's shared content) whose
    /// translation into each language is outdated or missing, today.
    pub async fn translation_counts(&self, m: MunicipalityId, slug: &str) -> sqlx::Result<Vec<RegionCount>> {
        let mut measures = BTreeMap::new();
        self.translation_tallies(m, &mut measures).await?;
        Ok(listed(slug, measures))
    }

    async fn translation_tallies(
        &self,
        m: MunicipalityId,
        measures: &mut BTreeMap<Measure, Tallies>,
    ) -> sqlx::Result<()> {
        for article in self.article_statuses(m).await?.into_iter().filter(|a| a.published) {
            for version in article.versions.iter().filter(|v| v.lang != Language::SOURCE) {
                let measure = match version.state {
                    TranslationState::Outdated => Measure::TranslationsOutdated,
                    TranslationState::Missing => Measure::TranslationsMissing,
                    TranslationState::Current => continue,
                };
                add(measures.entry(measure).or_default(), None, version.lang.code(), 1);
            }
        }
        Ok(())
    }

    /// The rows of a daily count (`select` names its day, what was counted and how
    /// often) of `m` from `first` to `last`.
    async fn by_day(
        &self,
        select: &str,
        m: MunicipalityId,
        first: Day,
        last: Day,
    ) -> sqlx::Result<Vec<(String, String, i64)>> {
        sqlx::query_as(&format!("{select} WHERE municipality_id = $1 AND day >= $2 AND day <= $3"))
            .bind(m)
            .bind(first.to_string())
            .bind(last.to_string())
            .fetch_all(&self.pool)
            .await
    }
}
