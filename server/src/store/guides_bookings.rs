//! Newcomers' bookings of a guide's meetings, the guide confirming or cancelling them,
//! the lookups made by code, and the sweep.
//!
//! A time is never booked twice: the partial unique index `guide_bookings_live` holds
//! one live booking per guide, day and start on both databases. The counts an index
//! cannot hold (meetings per week, open bookings per contact) are taken under the
//! guide's lock (`lock_guide`) in the same transaction as the insert.

use std::collections::BTreeMap;

use model::{
    guides::{Availability, BookingCode, BookingState, CancelReason, MeetingKind, Occurrence, Topic},
    schedule::{Clock, Day},
    sportotek::normalised_contact,
    Language,
};

use super::{
    guides::{blocked, held, live_slots},
    guides_slots::Moment,
    now, Audit, Store, Stored,
};
use crate::{
    guides::{BookingError, GuideBookingId, GuideId, SlotId},
    ids::MunicipalityId,
};

/// Bookings to come one contact may hold in a municipality at once: a newcomer meets a
/// guide or two, a script cannot take a guide's whole term.
pub const OPEN_PER_CONTACT: i64 = 3;

/// Days after a booking's day its first name, contact and note are kept, whatever its
/// state (docs/guides.md, "Sweeper, mail"). A constant until the guides have settings of
/// their own: the Sportotek's `keep_personal_days` is the counter's choice for loans.
pub const KEEP_PERSONAL_DAYS: u16 = 30;

/// Days the counts of what newcomers asked for (`guide_demand`) are kept.
pub const DEMAND_KEPT_DAYS: i64 = 365;

/// A booking with its guide's first name and its slot's meeting kind and place.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BookingRow {
    pub id: GuideBookingId,
    pub municipality_id: MunicipalityId,
    pub guide_id: GuideId,
    pub slot_id: SlotId,
    #[sqlx(try_from = "Stored<Day>")]
    pub day: Day,
    start_min: i64,
    minutes: i64,
    topic: String,
    pub code: String,
    state: String,
    pub first_name: String,
    pub contact: String,
    lang: Option<String>,
    pub note: String,
    cancel_reason: Option<String>,
    pub cancel_note: String,
    pub guide_first_name: String,
    meeting: String,
    pub place: String,
}

pub(super) const BOOKING_SELECT: &str =
    "SELECT b.id, b.municipality_id, b.guide_id, b.slot_id, b.day, b.start_min, b.minutes,
        b.topic, b.code, b.state, b.first_name, b.contact, b.lang, b.note, b.cancel_reason, b.cancel_note,
        g.first_name AS guide_first_name, s.meeting, s.place
     FROM guide_bookings b
     JOIN guides g ON g.id = b.guide_id
     JOIN guide_slots s ON s.id = b.slot_id";

/// A stored minute of the day as a clock time (midnight if the row is damaged).
fn clock(minutes: i64) -> Clock {
    let midnight = Clock::from_minutes(0).expect("midnight");
    u16::try_from(minutes).ok().and_then(Clock::from_minutes).unwrap_or(midnight)
}

impl BookingRow {
    pub fn occurrence(&self) -> Occurrence {
        Occurrence { day: self.day, start: clock(self.start_min), minutes: u16::try_from(self.minutes).unwrap_or(0) }
    }

    /// Whether the meeting has ended by `at`.
    fn has_ended(&self, at: Moment) -> bool {
        let end = self.start_min + self.minutes;
        let end_day = self.day.plus_days(end / (24 * 60));
        let end_clock = clock(end % (24 * 60));
        (end_day, end_clock) <= (at.today, at.now)
    }

    /// The state as of `at`: a live booking whose meeting is over is past.
    pub fn state(&self, at: Moment) -> BookingState {
        let stored = BookingState::from_code(&self.state).unwrap_or(BookingState::Past);
        let live = matches!(stored, BookingState::Waiting | BookingState::Confirmed);
        if live && self.has_ended(at) {
            BookingState::Past
        } else {
            stored
        }
    }

    /// Whether the newcomer or the guide can still cancel it.
    pub fn cancellable(&self, at: Moment) -> bool {
        let live = matches!(self.state(at), BookingState::Waiting | BookingState::Confirmed);
        live && !self.occurrence().has_started(at.today, at.now)
    }

    pub fn topic(&self) -> Topic {
        Topic::from_code(&self.topic).unwrap_or(Topic::PractiseSwedish)
    }

    pub fn meeting(&self) -> MeetingKind {
        MeetingKind::from_code(&self.meeting).unwrap_or(MeetingKind::Library)
    }

    pub fn lang(&self) -> Option<Language> {
        self.lang.as_deref().and_then(|l| Language::parse(l).ok())
    }

    pub fn cancel_reason(&self) -> Option<CancelReason> {
        self.cancel_reason.as_deref().and_then(CancelReason::from_code)
    }

    /// The code in groups, as shown and read out.
    pub fn shown_code(&self) -> String {
        BookingCode::parse(&self.code).map_or_else(|_| self.code.clone(), |c| c.to_string())
    }
}

/// A newcomer's booking of one meeting.
pub struct NewBooking<'a> {
    pub municipality_id: MunicipalityId,
    pub slot_id: SlotId,
    pub day: Day,
    pub first_name: &'a str,
    pub contact: &'a str,
    pub topic: Topic,
    pub note: &'a str,
    pub lang: Option<Language>,
    pub idempotency_key: &'a str,
}

pub enum Booked {
    New(GuideBookingId),
    /// The same key came again: the first booking, nothing changed.
    Replayed(GuideBookingId),
}

/// What the guide or the newcomer does to a booking.
pub enum BookingChange {
    Confirm,
    CancelByGuide { reason: CancelReason, note: String },
    CancelByNewcomer,
}

fn fresh_code() -> BookingCode {
    model::guides::booking_code(|| {
        let mut bytes = [0_u8; 6];
        getrandom::fill(&mut bytes).expect("the system's random source");
        bytes
    })
}

impl Store {
    /// Books one meeting, exactly once per idempotency key.
    pub async fn book(&self, booking: &NewBooking<'_>, at: Moment, audit: &Audit<'_>) -> Result<Booked, BookingError> {
        match self.try_book(booking, at, audit).await {
            // A twin raced past the checks and an index stopped this one: look again,
            // and the twin's booking is either the answer (same key) or the time's holder.
            Err(BookingError::Database(sqlx::Error::Database(e))) if e.is_unique_violation() => {
                self.try_book(booking, at, audit).await
            }
            other => other,
        }
    }

    async fn try_book(&self, booking: &NewBooking<'_>, at: Moment, audit: &Audit<'_>) -> Result<Booked, BookingError> {
        let m = booking.municipality_id;
        let contact_norm = normalised_contact(booking.contact);
        let mut tx = self.begin_write().await?;
        let guide: Option<GuideId> = sqlx::query_scalar(
            "SELECT g.id FROM guide_slots s JOIN guides g ON g.id = s.guide_id
             WHERE s.id = $1 AND s.deleted_at IS NULL AND g.municipality_id = $2 AND g.state = 'approved'",
        )
        .bind(booking.slot_id)
        .bind(m)
        .fetch_optional(&mut *tx)
        .await?;
        let guide = guide.ok_or(BookingError::UnknownSlot)?;
        // Read again under the lock: a guide deactivated meanwhile takes no booking.
        if self.lock_guide(&mut tx, guide).await?.as_deref() != Some("approved") {
            return Err(BookingError::UnknownSlot);
        }
        let earlier: Option<(GuideBookingId, SlotId, String, String)> = sqlx::query_as(
            "SELECT id, slot_id, day, contact_norm FROM guide_bookings WHERE municipality_id = $1 AND idempotency_key = $2",
        )
        .bind(m)
        .bind(booking.idempotency_key)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id, slot, day, contact)) = earlier {
            let same = slot == booking.slot_id && day == booking.day.to_string() && contact == contact_norm;
            return if same { Ok(Booked::Replayed(id)) } else { Err(BookingError::KeyReused) };
        }
        let per_week: i64 =
            sqlx::query_scalar("SELECT per_week FROM guides WHERE id = $1").bind(guide).fetch_one(&mut *tx).await?;
        let slots = live_slots(&mut tx, guide).await?;
        let slot = slots
            .iter()
            .find(|(id, _)| *id == booking.slot_id)
            .map(|(_, s)| s.clone())
            .ok_or(BookingError::UnknownSlot)?;
        let blocked_days = blocked(&mut tx, guide).await?;
        let held: Vec<Occurrence> = held(&mut tx, guide).await?.into_iter().map(|(_, o)| o).collect();
        let availability = Availability {
            slots: &[],
            blocked: &blocked_days,
            held: &held,
            per_week: u8::try_from(per_week).unwrap_or(1),
        };
        let time = availability.check(&slot, booking.day, at.today, at.now).map_err(BookingError::Refused)?;
        let open: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM guide_bookings WHERE municipality_id = $1 AND contact_norm = $2
               AND state IN ('waiting', 'confirmed') AND day >= $3",
        )
        .bind(m)
        .bind(&contact_norm)
        .bind(at.today.to_string())
        .fetch_one(&mut *tx)
        .await?;
        if open >= OPEN_PER_CONTACT {
            return Err(BookingError::OpenBookings);
        }
        let code = loop {
            let code = fresh_code();
            let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM guide_bookings WHERE code = $1")
                .bind(code.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            if taken.is_none() {
                break code;
            }
        };
        let id: GuideBookingId = sqlx::query_scalar(
            "INSERT INTO guide_bookings (municipality_id, guide_id, slot_id, day, start_min, minutes, topic, code, state,
                first_name, contact, contact_norm, lang, note, idempotency_key, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'waiting', $9, $10, $11, $12, $13, $14, $15) RETURNING id",
        )
        .bind(m)
        .bind(guide)
        .bind(booking.slot_id)
        .bind(time.day.to_string())
        .bind(i64::from(time.start.minutes()))
        .bind(i64::from(time.minutes))
        .bind(booking.topic.code())
        .bind(code.as_str())
        .bind(booking.first_name.trim())
        .bind(booking.contact.trim())
        .bind(&contact_norm)
        .bind(booking.lang.map(Language::code))
        .bind(booking.note.trim())
        .bind(booking.idempotency_key)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        audit.with_target(&id.to_string()).write(&mut tx).await?;
        tx.commit().await?;
        Ok(Booked::New(id))
    }

    pub async fn guide_booking(&self, id: GuideBookingId) -> sqlx::Result<Option<BookingRow>> {
        sqlx::query_as(&format!("{BOOKING_SELECT} WHERE b.id = $1")).bind(id).fetch_optional(&self.pool).await
    }

    pub async fn guide_booking_by_code(&self, code: &BookingCode) -> sqlx::Result<Option<BookingRow>> {
        sqlx::query_as(&format!("{BOOKING_SELECT} WHERE b.code = $1"))
            .bind(code.as_str())
            .fetch_optional(&self.pool)
            .await
    }

    /// The booking made under an idempotency key, if one was.
    pub async fn guide_booking_by_key(&self, m: MunicipalityId, key: &str) -> sqlx::Result<Option<GuideBookingId>> {
        sqlx::query_scalar("SELECT id FROM guide_bookings WHERE municipality_id = $1 AND idempotency_key = $2")
            .bind(m)
            .bind(key)
            .fetch_optional(&self.pool)
            .await
    }

    /// One guide's bookings, or (`guide` `None`) every guide's of the municipality, by time.
    pub async fn guide_bookings(&self, m: MunicipalityId, guide: Option<GuideId>) -> sqlx::Result<Vec<BookingRow>> {
        let order = "ORDER BY b.day, b.start_min, b.id";
        match guide {
            Some(guide) => {
                sqlx::query_as(&format!("{BOOKING_SELECT} WHERE b.municipality_id = $1 AND b.guide_id = $2 {order}"))
                    .bind(m)
                    .bind(guide)
                    .fetch_all(&self.pool)
                    .await
            }
            None => {
                sqlx::query_as(&format!("{BOOKING_SELECT} WHERE b.municipality_id = $1 {order}"))
                    .bind(m)
                    .fetch_all(&self.pool)
                    .await
            }
        }
    }

    /// Records that someone looked a booking code up, by a keyed hash of the client.
    pub async fn log_guide_lookup(&self, booking: Option<GuideBookingId>, client: &str) -> sqlx::Result<()> {
        sqlx::query("INSERT INTO guide_lookups (at, booking_id, client, found) VALUES ($1, $2, $3, $4)")
            .bind(now())
            .bind(booking)
            .bind(client)
            .bind(i64::from(booking.is_some()))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Confirms or cancels a booking if its state as of `at` allows it; the cancelled
    /// time is open again at once (the live index no longer holds it).
    pub async fn change_booking(
        &self,
        id: GuideBookingId,
        change: &BookingChange,
        at: Moment,
        audit: &Audit<'_>,
    ) -> Result<(), BookingError> {
        let mut tx = self.begin_write().await?;
        let row: BookingRow = sqlx::query_as(&format!("{BOOKING_SELECT} WHERE b.id = $1"))
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(BookingError::WrongState)?;
        self.lock_guide(&mut tx, row.guide_id).await?;
        let row: BookingRow =
            sqlx::query_as(&format!("{BOOKING_SELECT} WHERE b.id = $1")).bind(id).fetch_one(&mut *tx).await?;
        let state = row.state(at);
        let changed = match change {
            BookingChange::Confirm => {
                if state != BookingState::Waiting {
                    return Err(BookingError::WrongState);
                }
                sqlx::query("UPDATE guide_bookings SET state = 'confirmed', decided_at = $1 WHERE id = $2 AND state = 'waiting'")
                    .bind(now())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?
            }
            BookingChange::CancelByGuide { .. } | BookingChange::CancelByNewcomer => {
                if !row.cancellable(at) {
                    return Err(BookingError::WrongState);
                }
                let (to, reason, note) = match change {
                    BookingChange::CancelByGuide { reason, note } => {
                        ("cancelled-by-guide", Some(reason.code()), note.trim())
                    }
                    _ => ("cancelled-by-newcomer", None, ""),
                };
                sqlx::query(
                    "UPDATE guide_bookings SET state = $1, cancel_reason = $2, cancel_note = $3, decided_at = $4
                     WHERE id = $5 AND state IN ('waiting', 'confirmed')",
                )
                .bind(to)
                .bind(reason)
                .bind(note)
                .bind(now())
                .bind(id)
                .execute(&mut *tx)
                .await?
            }
        };
        if changed.rows_affected() != 1 {
            return Err(BookingError::WrongState);
        }
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Writes down what every read already treats so: a waiting or confirmed booking
    /// whose meeting has ended as of `at` is past. Then blanks the first name, contact,
    /// note and the guide's cancelling note of bookings whose day lies more than
    /// `keep_days` back (`KEEP_PERSONAL_DAYS` unless the installation says otherwise), drops the lookups older than the lookup log keeps and
    /// the counts of what newcomers asked for older than a year.
    pub async fn sweep_guides(&self, at: Moment, keep_days: u16) -> sqlx::Result<u64> {
        let mut tx = self.begin_write().await?;
        let live: Vec<BookingRow> =
            sqlx::query_as(&format!("{BOOKING_SELECT} WHERE b.state IN ('waiting', 'confirmed') AND b.day <= $1"))
                .bind(at.today.to_string())
                .fetch_all(&mut *tx)
                .await?;
        let mut swept: BTreeMap<MunicipalityId, (u64, u64)> = BTreeMap::new();
        for booking in live.iter().filter(|b| b.has_ended(at)) {
            let past = sqlx::query(
                "UPDATE guide_bookings SET state = 'past' WHERE id = $1 AND state IN ('waiting', 'confirmed')",
            )
            .bind(booking.id)
            .execute(&mut *tx)
            .await?;
            swept.entry(booking.municipality_id).or_default().0 += past.rows_affected();
        }
        let blanked: Vec<MunicipalityId> = sqlx::query_scalar(
            "UPDATE guide_bookings SET first_name = '', contact = '', contact_norm = '', note = '', cancel_note = '',
                 blanked_at = $1
             WHERE day < $2 AND blanked_at IS NULL
             RETURNING municipality_id",
        )
        .bind(now())
        .bind(at.today.plus_days(-i64::from(keep_days)).to_string())
        .fetch_all(&mut *tx)
        .await?;
        for m in blanked {
            swept.entry(m).or_default().1 += 1;
        }
        let mut changed = 0;
        // What newcomers asked for is kept a year: enough to compare terms.
        let demand = sqlx::query("DELETE FROM guide_demand WHERE day < $1")
            .bind(at.today.plus_days(-DEMAND_KEPT_DAYS).to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        for (m, (past, blanked)) in swept.into_iter().filter(|(_, (p, b))| p + b > 0) {
            let target = format!("{past} past, {blanked} blanked");
            Audit::new(None, Some(m), "guides-swept", &target).write(&mut tx).await?;
            changed += past + blanked;
        }
        tx.commit().await?;
        changed += demand;
        // The log of lookups by code is kept as long as the Sportotek's and the vouchers'.
        let lookups = sqlx::query("DELETE FROM guide_lookups WHERE at < $1")
            .bind(now() - super::vouchers::LOOKUP_LOG_DAYS * 24 * 60 * 60)
            .execute(&self.pool)
            .await?;
        Ok(changed + lookups.rows_affected())
    }
}
