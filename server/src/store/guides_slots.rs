//! Writing a guide's slots and blocked days. Every change runs in one write transaction
//! that first takes the guide's row (`lock_guide`), so a booking made meanwhile is either
//! seen by the orphan check or waits for the change (docs/guides.md).

use model::{
    guides::{blocked_bookings, orphaned, Occurrence, Repeat, Slot, SlotCheck},
    schedule::{Clock, Day},
    FieldError,
};

use super::{
    guides::{blocked, held, join, live_slots},
    now, Audit, Store,
};
use crate::guides::{GuideId, SlotId};

/// Why a slot or a blocked day was not written.
#[derive(Debug)]
pub enum SlotError {
    NotFound,
    Invalid(Vec<FieldError>),
    /// Booked meetings the change would drop.
    Orphaned(Vec<Occurrence>),
    Database(sqlx::Error),
}

impl From<sqlx::Error> for SlotError {
    fn from(error: sqlx::Error) -> Self {
        SlotError::Database(error)
    }
}

/// The moment a change is checked at, in Swedish local time.
#[derive(Debug, Clone, Copy)]
pub struct Moment {
    pub today: Day,
    pub now: Clock,
}

/// A query that takes arguments: `query` and `query_scalar` alike.
trait Bind<'q>: Sized {
    fn arg<T: 'q + sqlx::Encode<'q, sqlx::Any> + sqlx::Type<sqlx::Any>>(self, value: T) -> Self;
}

impl<'q> Bind<'q> for sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    fn arg<T: 'q + sqlx::Encode<'q, sqlx::Any> + sqlx::Type<sqlx::Any>>(self, value: T) -> Self {
        self.bind(value)
    }
}

impl<'q, O> Bind<'q> for sqlx::query::QueryScalar<'q, sqlx::Any, O, sqlx::any::AnyArguments<'q>> {
    fn arg<T: 'q + sqlx::Encode<'q, sqlx::Any> + sqlx::Type<sqlx::Any>>(self, value: T) -> Self {
        self.bind(value)
    }
}

/// Binds a slot's columns after `guide_id` or `id`, in the order the statements name them.
fn bind_slot<'q, Q: Bind<'q>>(query: Q, slot: &Slot) -> Q {
    let (kind, day, weekday, from, until) = match slot.repeat {
        Repeat::Once { day } => ("once", Some(day.to_string()), None, None, None),
        Repeat::Weekly { weekday, from, until } => {
            ("weekly", None, Some(weekday as i64), Some(from.to_string()), Some(until.to_string()))
        }
    };
    query
        .arg(kind)
        .arg(day)
        .arg(weekday)
        .arg(from)
        .arg(until)
        .arg(i64::from(slot.start.minutes()))
        .arg(i64::from(slot.minutes))
        .arg(slot.meeting.code())
        .arg(slot.place.trim().to_owned())
        .arg(join(&slot.topics, |t| t.code()))
}

impl Store {
    /// Adds a slot (`id` `None`), changes one, or deletes one (`slot` `None`), checked
    /// against the guide's other slots and booked meetings under the guide's lock.
    pub async fn write_slot(
        &self,
        guide: GuideId,
        id: Option<SlotId>,
        slot: Option<&Slot>,
        at: Moment,
        audit: &Audit<'_>,
    ) -> Result<SlotId, SlotError> {
        let mut tx = self.begin_write().await?;
        self.lock_guide(&mut tx, guide).await?;
        let slots = live_slots(&mut tx, guide).await?;
        let was = match id {
            Some(id) => Some(slots.iter().find(|(s, _)| *s == id).map(|(_, s)| s.clone()).ok_or(SlotError::NotFound)?),
            None => None,
        };
        let to_come: Vec<Occurrence> = held(&mut tx, guide)
            .await?
            .into_iter()
            .filter(|(s, o)| Some(*s) == id && !o.has_started(at.today, at.now))
            .map(|(_, o)| o)
            .collect();
        if let Some(slot) = slot {
            let others: Vec<Slot> = slots.iter().filter(|(s, _)| Some(*s) != id).map(|(_, s)| s.clone()).collect();
            let check = SlotCheck { today: at.today, now: at.now, others: &others, was: was.as_ref() };
            let problems = slot.problems(&check);
            if !problems.is_empty() {
                return Err(SlotError::Invalid(problems));
            }
        }
        let dropped = match (&was, slot) {
            (Some(old), Some(new)) => orphaned(old, new, &to_come),
            (Some(_), None) => to_come,
            (None, _) => Vec::new(),
        };
        if !dropped.is_empty() {
            return Err(SlotError::Orphaned(dropped));
        }
        let id = match (id, slot) {
            (None, Some(slot)) => {
                let insert = sqlx::query_scalar(
                    "INSERT INTO guide_slots (guide_id, repeat_kind, day, weekday, from_day, until_day, start_min,
                        minutes, meeting, place, topics) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                     RETURNING id",
                );
                bind_slot(insert.bind(guide), slot).fetch_one(&mut *tx).await?
            }
            (Some(id), Some(slot)) => {
                let update = sqlx::query(
                    "UPDATE guide_slots SET repeat_kind = $2, day = $3, weekday = $4, from_day = $5, until_day = $6,
                        start_min = $7, minutes = $8, meeting = $9, place = $10, topics = $11 WHERE id = $1",
                );
                bind_slot(update.bind(id), slot).execute(&mut *tx).await?;
                id
            }
            (Some(id), None) => {
                sqlx::query("UPDATE guide_slots SET deleted_at = $1 WHERE id = $2")
                    .bind(now())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                id
            }
            (None, None) => return Err(SlotError::NotFound),
        };
        audit.with_target(&id.to_string()).write(&mut tx).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Blocks a day (`block`) or opens it again; blocking is refused while meetings to
    /// come are booked that day.
    pub async fn block_day(
        &self,
        guide: GuideId,
        day: Day,
        block: bool,
        at: Moment,
        audit: &Audit<'_>,
    ) -> Result<Vec<Day>, SlotError> {
        let mut tx = self.begin_write().await?;
        self.lock_guide(&mut tx, guide).await?;
        if block {
            let to_come: Vec<Occurrence> = held(&mut tx, guide)
                .await?
                .into_iter()
                .map(|(_, o)| o)
                .filter(|o| !o.has_started(at.today, at.now))
                .collect();
            let dropped = blocked_bookings(&[day], &to_come);
            if !dropped.is_empty() {
                return Err(SlotError::Orphaned(dropped));
            }
            sqlx::query("INSERT INTO guide_blocked_days (guide_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(guide)
                .bind(day.to_string())
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query("DELETE FROM guide_blocked_days WHERE guide_id = $1 AND day = $2")
                .bind(guide)
                .bind(day.to_string())
                .execute(&mut *tx)
                .await?;
        }
        audit.write(&mut tx).await?;
        let days = blocked(&mut tx, guide).await?;
        tx.commit().await?;
        Ok(days)
    }
}
