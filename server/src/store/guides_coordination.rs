//! What the coordinators read and do with a municipality's guides: every guide, a
//! deactivation that cancels the bookings to come, bookings counted per week and per
//! month, what newcomers ask for; and a guide's secret calendar feed.

use std::collections::BTreeMap;

use model::{
    guides::{BookingState, CancelReason, Topic},
    schedule::Day,
    Language,
};

use super::{
    guides::GUIDE_SELECT, guides_bookings::BOOKING_SELECT, guides_slots::Moment, now, Audit, BookingRow, GuideRow,
    Store,
};
use crate::{guides::GuideId, ids::MunicipalityId};

/// Bookings by the state they reached. A booking the sweep wrote down as past counts as
/// confirmed when the guide had confirmed it (`decided_at`), else as waiting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub waiting: u32,
    pub confirmed: u32,
    pub cancelled_by_guide: u32,
    pub cancelled_by_newcomer: u32,
}

impl Tally {
    fn add(&mut self, state: &str, decided: bool) {
        match BookingState::from_code(state) {
            Some(BookingState::Confirmed) => self.confirmed += 1,
            Some(BookingState::CancelledByGuide) => self.cancelled_by_guide += 1,
            Some(BookingState::CancelledByNewcomer) => self.cancelled_by_newcomer += 1,
            Some(BookingState::Past) if decided => self.confirmed += 1,
            Some(BookingState::Waiting | BookingState::Past) | None => self.waiting += 1,
        }
    }

    pub fn total(&self) -> u32 {
        self.waiting + self.confirmed + self.cancelled_by_guide + self.cancelled_by_newcomer
    }
}

/// One booking as the counts read it: no name, no contact.
#[derive(sqlx::FromRow)]
struct Counted {
    guide_id: GuideId,
    day: String,
    lang: Option<String>,
    topic: String,
    state: String,
    decided_at: Option<i64>,
}

/// What a deactivation did.
#[derive(Debug, PartialEq, Eq)]
pub enum Deactivated {
    /// Deactivated now, with this many bookings to come cancelled.
    Now(u32),
    Already,
    NotFound,
}

/// The month, language and topic statistics count by.
pub type StatisticsKey = (String, Option<Language>, Topic);

impl Store {
    /// Every guide of the municipality, approved or deactivated, by first name.
    pub async fn municipality_guides(&self, m: MunicipalityId) -> sqlx::Result<Vec<GuideRow>> {
        sqlx::query_as(&format!(
            "{GUIDE_SELECT} WHERE municipality_id = $1 AND state IN ('approved', 'deactivated') ORDER BY first_name, id"
        ))
        .bind(m)
        .fetch_all(&self.pool)
        .await
    }

    /// The live bookings of the municipality's meetings still to come, per guide.
    pub async fn upcoming_per_guide(&self, m: MunicipalityId, at: Moment) -> sqlx::Result<BTreeMap<GuideId, u32>> {
        let rows: Vec<BookingRow> = sqlx::query_as(&format!(
            "{BOOKING_SELECT} WHERE b.municipality_id = $1 AND b.state IN ('waiting', 'confirmed') AND b.day >= $2"
        ))
        .bind(m)
        .bind(at.today.to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut upcoming = BTreeMap::new();
        for row in rows.iter().filter(|b| !b.occurrence().has_started(at.today, at.now)) {
            *upcoming.entry(row.guide_id).or_default() += 1;
        }
        Ok(upcoming)
    }

    /// Deactivates a guide of the municipality and cancels every waiting or confirmed
    /// booking still to come (`guide-unavailable`), under the guide's lock: a booking
    /// racing it either comes first and is cancelled, or comes after and is refused.
    pub async fn deactivate_guide(
        &self,
        m: MunicipalityId,
        guide: GuideId,
        at: Moment,
        audit: &Audit<'_>,
    ) -> sqlx::Result<Deactivated> {
        let mut tx = self.begin_write().await?;
        let theirs: Option<GuideId> =
            sqlx::query_scalar("SELECT id FROM guides WHERE id = $1 AND municipality_id = $2")
                .bind(guide)
                .bind(m)
                .fetch_optional(&mut *tx)
                .await?;
        if theirs.is_none() {
            return Ok(Deactivated::NotFound);
        }
        match self.lock_guide(&mut tx, guide).await?.as_deref() {
            Some("approved") => {}
            Some("deactivated") => return Ok(Deactivated::Already),
            _ => return Ok(Deactivated::NotFound),
        }
        sqlx::query("UPDATE guides SET state = 'deactivated' WHERE id = $1").bind(guide).execute(&mut *tx).await?;
        let live: Vec<BookingRow> = sqlx::query_as(&format!(
            "{BOOKING_SELECT} WHERE b.guide_id = $1 AND b.state IN ('waiting', 'confirmed') AND b.day >= $2"
        ))
        .bind(guide)
        .bind(at.today.to_string())
        .fetch_all(&mut *tx)
        .await?;
        let mut cancelled = 0;
        for booking in live.iter().filter(|b| b.cancellable(at)) {
            let done = sqlx::query(
                "UPDATE guide_bookings SET state = 'cancelled-by-guide', cancel_reason = $1, cancel_note = '',
                     decided_at = $2
                 WHERE id = $3 AND state IN ('waiting', 'confirmed')",
            )
            .bind(CancelReason::GuideUnavailable.code())
            .bind(now())
            .bind(booking.id)
            .execute(&mut *tx)
            .await?;
            cancelled += u32::try_from(done.rows_affected()).unwrap_or(0);
        }
        let target = format!("{guide}: {cancelled} cancelled");
        audit.with_target(&target).write(&mut tx).await?;
        tx.commit().await?;
        Ok(Deactivated::Now(cancelled))
    }

    async fn counted(&self, m: MunicipalityId, from: Option<Day>, to: Option<Day>) -> sqlx::Result<Vec<Counted>> {
        let first = from.map_or_else(String::new, |d| d.to_string());
        // '~' sorts after every digit: no upper bound.
        let last = to.map_or_else(|| "~".to_owned(), |d| d.to_string());
        sqlx::query_as(
            "SELECT guide_id, day, lang, topic, state, decided_at FROM guide_bookings
             WHERE municipality_id = $1 AND day >= $2 AND day <= $3",
        )
        .bind(m)
        .bind(first)
        .bind(last)
        .fetch_all(&self.pool)
        .await
    }

    /// The bookings of the week from `monday`, per guide.
    pub async fn week_per_guide(&self, m: MunicipalityId, monday: Day) -> sqlx::Result<BTreeMap<GuideId, Tally>> {
        let mut tallies: BTreeMap<GuideId, Tally> = BTreeMap::new();
        for booking in self.counted(m, Some(monday), Some(monday.plus_days(6))).await? {
            tallies.entry(booking.guide_id).or_default().add(&booking.state, booking.decided_at.is_some());
        }
        Ok(tallies)
    }

    /// Every booking of the municipality (meeting `within` these days, if given) counted
    /// by the month of its meeting, the newcomer's language and the topic. Blanked
    /// bookings count too: only their names and contacts are gone.
    pub async fn guide_statistics(
        &self,
        m: MunicipalityId,
        within: Option<(Day, Day)>,
    ) -> sqlx::Result<BTreeMap<StatisticsKey, Tally>> {
        let mut tallies: BTreeMap<StatisticsKey, Tally> = BTreeMap::new();
        for booking in self.counted(m, within.map(|(from, _)| from), within.map(|(_, to)| to)).await? {
            let (Some(month), Some(topic)) = (booking.day.get(..7), Topic::from_code(&booking.topic)) else { continue };
            let lang = booking.lang.as_deref().and_then(|l| Language::parse(l).ok());
            let key = (month.to_owned(), lang, topic);
            tallies.entry(key).or_default().add(&booking.state, booking.decided_at.is_some());
        }
        Ok(tallies)
    }

    /// Counts one search of the public guide list: its language, and its topic if any.
    pub async fn record_guide_demand(
        &self,
        m: MunicipalityId,
        day: Day,
        language: &str,
        topic: Option<Topic>,
        times: i64,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO guide_demand (municipality_id, day, language, topic, asked) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (municipality_id, day, language, topic) DO UPDATE SET asked = guide_demand.asked + $5",
        )
        .bind(m)
        .bind(day.to_string())
        .bind(language)
        .bind(topic.map_or("", Topic::code))
        .bind(times)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// How often each language, and each language with a topic, was asked for from
    /// `from` to `to`.
    pub async fn guide_demand(
        &self,
        m: MunicipalityId,
        from: Day,
        to: Day,
    ) -> sqlx::Result<Vec<(String, Option<Topic>, i64)>> {
        let rows: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT language, topic, CAST(SUM(asked) AS BIGINT) FROM guide_demand
             WHERE municipality_id = $1 AND day >= $2 AND day <= $3 GROUP BY language, topic",
        )
        .bind(m)
        .bind(from.to_string())
        .bind(to.to_string())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(language, topic, asked)| (language, Topic::from_code(&topic), asked)).collect())
    }

    /// Whether the guide has a calendar feed, and the hash of its secret.
    pub async fn calendar_secret_hash(&self, guide: GuideId) -> sqlx::Result<Option<String>> {
        let hash: Option<Option<String>> = sqlx::query_scalar("SELECT calendar_secret_hash FROM guides WHERE id = $1")
            .bind(guide)
            .fetch_optional(&self.pool)
            .await?;
        Ok(hash.flatten())
    }

    /// Replaces the guide's calendar secret (its hash): the old address stops working.
    pub async fn set_calendar_secret(&self, guide: GuideId, hash: &str, audit: &Audit<'_>) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE guides SET calendar_secret_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(guide)
            .execute(&mut *tx)
            .await?;
        audit.with_target(&guide.to_string()).write(&mut tx).await?;
        tx.commit().await
    }

    /// The guide's bookings for the calendar feed: waiting and confirmed ones (and those
    /// the sweep wrote down as past) from `since` on, by time.
    pub async fn feed_bookings(&self, guide: GuideId, since: Day) -> sqlx::Result<Vec<BookingRow>> {
        sqlx::query_as(&format!(
            "{BOOKING_SELECT} WHERE b.guide_id = $1 AND b.state IN ('waiting', 'confirmed', 'past') AND b.day >= $2
             ORDER BY b.day, b.start_min, b.id"
        ))
        .bind(guide)
        .bind(since.to_string())
        .fetch_all(&self.pool)
        .await
    }
}
