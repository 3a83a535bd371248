//! Refugee guides: a guide's profile and texts, and reading the slots they offer, the
//! days they block and the meetings already held. Writing slots and blocked days:
//! `guides_slots`.

use std::collections::BTreeMap;

use model::{
    guides::{MeetingKind, Occurrence, ProfileEdit, Repeat, Slot, Topic},
    schedule::{Clock, Day, Weekday},
    Language,
};
use sqlx::{AnyConnection, Transaction};

use super::{now, Audit, Backend, Store};
use crate::{
    guides::{GuideId, SlotId},
    ids::{AccountId, MunicipalityId},
};

/// A guide's profile as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct GuideRow {
    pub id: GuideId,
    pub municipality_id: MunicipalityId,
    pub first_name: String,
    languages: String,
    topics: String,
    per_week: i64,
    pub state: String,
    #[sqlx(try_from = "super::Flag")]
    pub demo: bool,
    photo_id: Option<String>,
}

fn codes(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').filter(|c| !c.is_empty())
}

impl GuideRow {
    /// The guide's photo, with the widths it is served in.
    pub fn photo(&self) -> Option<model::sportotek::Photo> {
        super::photo_of(self.photo_id.clone())
    }

    pub fn languages(&self) -> Vec<String> {
        codes(&self.languages).map(str::to_owned).collect()
    }

    pub fn topics(&self) -> Vec<Topic> {
        codes(&self.topics).filter_map(Topic::from_code).collect()
    }

    pub fn per_week(&self) -> u8 {
        u8::try_from(self.per_week).unwrap_or(1)
    }
}

/// A slot as stored: one of its two repeats' columns is set.
#[derive(Debug, sqlx::FromRow)]
struct SlotRow {
    id: SlotId,
    repeat_kind: String,
    day: Option<String>,
    weekday: Option<i64>,
    from_day: Option<String>,
    until_day: Option<String>,
    start_min: i64,
    minutes: i64,
    meeting: String,
    place: String,
    topics: String,
}

impl SlotRow {
    fn slot(&self) -> Option<(SlotId, Slot)> {
        let day = |d: &Option<String>| d.as_deref().and_then(Day::parse);
        let repeat = match self.repeat_kind.as_str() {
            "once" => Repeat::Once { day: day(&self.day)? },
            _ => Repeat::Weekly {
                weekday: *Weekday::ALL.get(usize::try_from(self.weekday?).ok()?)?,
                from: day(&self.from_day)?,
                until: day(&self.until_day)?,
            },
        };
        let slot = Slot {
            repeat,
            start: Clock::from_minutes(u16::try_from(self.start_min).ok()?)?,
            minutes: u16::try_from(self.minutes).ok()?,
            meeting: MeetingKind::from_code(&self.meeting)?,
            place: self.place.clone(),
            topics: codes(&self.topics).filter_map(Topic::from_code).collect(),
        };
        Some((self.id, slot))
    }
}

pub(super) fn join<T>(items: &[T], code: impl Fn(&T) -> &str) -> String {
    items.iter().map(code).collect::<Vec<_>>().join(",")
}

pub(super) const GUIDE_SELECT: &str =
    "SELECT id, municipality_id, first_name, languages, topics, per_week, state, demo, photo_id FROM guides";
const SLOT_SELECT: &str = "SELECT id, repeat_kind, day, weekday, from_day, until_day, start_min, minutes, meeting,
        place, topics FROM guide_slots";

pub(super) async fn live_slots(conn: &mut AnyConnection, guide: GuideId) -> sqlx::Result<Vec<(SlotId, Slot)>> {
    let rows: Vec<SlotRow> =
        sqlx::query_as(&format!("{SLOT_SELECT} WHERE guide_id = $1 AND deleted_at IS NULL ORDER BY id"))
            .bind(guide)
            .fetch_all(conn)
            .await?;
    Ok(rows.iter().filter_map(SlotRow::slot).collect())
}

pub(super) async fn blocked(conn: &mut AnyConnection, guide: GuideId) -> sqlx::Result<Vec<Day>> {
    let days: Vec<String> = sqlx::query_scalar("SELECT day FROM guide_blocked_days WHERE guide_id = $1 ORDER BY day")
        .bind(guide)
        .fetch_all(conn)
        .await?;
    Ok(days.iter().filter_map(|d| Day::parse(d)).collect())
}

/// The guide's live (waiting or confirmed) bookings as meetings, with their slot.
pub(super) async fn held(conn: &mut AnyConnection, guide: GuideId) -> sqlx::Result<Vec<(SlotId, Occurrence)>> {
    let rows: Vec<(SlotId, String, i64, i64)> = sqlx::query_as(
        "SELECT slot_id, day, start_min, minutes FROM guide_bookings
         WHERE guide_id = $1 AND state IN ('waiting', 'confirmed')",
    )
    .bind(guide)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(slot, day, start, minutes)| {
            let occurrence = Occurrence {
                day: Day::parse(&day)?,
                start: Clock::from_minutes(u16::try_from(start).ok()?)?,
                minutes: u16::try_from(minutes).ok()?,
            };
            Some((slot, occurrence))
        })
        .collect())
}

impl Store {
    /// Takes the guide's row for the rest of the transaction (`SQLite`'s `BEGIN
    /// IMMEDIATE` already serialises writers) and answers its state as of now: what a
    /// deactivation committed while this transaction waited is seen here.
    pub(super) async fn lock_guide(
        &self,
        tx: &mut Transaction<'static, sqlx::Any>,
        guide: GuideId,
    ) -> sqlx::Result<Option<String>> {
        let lock = if self.backend == Backend::Postgres { " FOR UPDATE" } else { "" };
        sqlx::query_scalar(&format!("SELECT state FROM guides WHERE id = $1{lock}"))
            .bind(guide)
            .fetch_optional(&mut **tx)
            .await
    }

    pub async fn guide_of(&self, account: AccountId, m: MunicipalityId) -> sqlx::Result<Option<GuideId>> {
        sqlx::query_scalar("SELECT id FROM guides WHERE account_id = $1 AND municipality_id = $2")
            .bind(account)
            .bind(m)
            .fetch_optional(&self.pool)
            .await
    }

    pub async fn guide(&self, id: GuideId) -> sqlx::Result<Option<GuideRow>> {
        sqlx::query_as(&format!("{GUIDE_SELECT} WHERE id = $1")).bind(id).fetch_optional(&self.pool).await
    }

    pub async fn approved_guides(&self, m: MunicipalityId) -> sqlx::Result<Vec<GuideRow>> {
        sqlx::query_as(&format!("{GUIDE_SELECT} WHERE municipality_id = $1 AND state = 'approved' ORDER BY id"))
            .bind(m)
            .fetch_all(&self.pool)
            .await
    }

    pub async fn guide_texts(&self, guide: GuideId) -> sqlx::Result<BTreeMap<Language, String>> {
        let rows: Vec<(String, String)> = sqlx::query_as("SELECT lang, about FROM guide_texts WHERE guide_id = $1")
            .bind(guide)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().filter_map(|(lang, about)| Some((Language::parse(&lang).ok()?, about))).collect())
    }

    /// Writes the account's profile in the municipality, creating it the first time.
    pub async fn save_profile(
        &self,
        account: AccountId,
        m: MunicipalityId,
        edit: &ProfileEdit,
        audit: &Audit<'_>,
    ) -> sqlx::Result<GuideId> {
        let mut tx = self.begin_write().await?;
        let languages = join(&edit.languages, String::as_str);
        let topics = join(&edit.topics, |t| t.code());
        let existing: Option<GuideId> =
            sqlx::query_scalar("SELECT id FROM guides WHERE account_id = $1 AND municipality_id = $2")
                .bind(account)
                .bind(m)
                .fetch_optional(&mut *tx)
                .await?;
        let id = match existing {
            Some(id) => {
                sqlx::query("UPDATE guides SET first_name = $1, languages = $2, topics = $3, per_week = $4 WHERE id = $5")
                    .bind(edit.first_name.trim())
                    .bind(&languages)
                    .bind(&topics)
                    .bind(i64::from(edit.per_week))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                id
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO guides (municipality_id, account_id, first_name, languages, topics, per_week, state, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, 'approved', $7) RETURNING id",
                )
                .bind(m)
                .bind(account)
                .bind(edit.first_name.trim())
                .bind(&languages)
                .bind(&topics)
                .bind(i64::from(edit.per_week))
                .bind(now())
                .fetch_one(&mut *tx)
                .await?
            }
        };
        sqlx::query("DELETE FROM guide_texts WHERE guide_id = $1").bind(id).execute(&mut *tx).await?;
        for (lang, about) in edit.about.iter().filter(|(_, about)| !about.trim().is_empty()) {
            sqlx::query("INSERT INTO guide_texts (guide_id, lang, about) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(lang.code())
                .bind(about.trim())
                .execute(&mut *tx)
                .await?;
        }
        audit.with_target(&id.to_string()).write(&mut tx).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// A live slot of an approved guide of the municipality: one a newcomer can book.
    pub async fn bookable_slot(&self, m: MunicipalityId, id: SlotId) -> sqlx::Result<Option<Slot>> {
        let row: Option<SlotRow> = sqlx::query_as(&format!(
            "{SLOT_SELECT} WHERE id = $1 AND deleted_at IS NULL AND guide_id IN
               (SELECT id FROM guides WHERE municipality_id = $2 AND state = 'approved')"
        ))
        .bind(id)
        .bind(m)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().and_then(SlotRow::slot).map(|(_, slot)| slot))
    }

    pub async fn guide_slots(&self, guide: GuideId) -> sqlx::Result<Vec<(SlotId, Slot)>> {
        live_slots(&mut *self.pool.acquire().await?, guide).await
    }

    pub async fn guide_blocked(&self, guide: GuideId) -> sqlx::Result<Vec<Day>> {
        blocked(&mut *self.pool.acquire().await?, guide).await
    }

    /// The guide's live bookings as meetings, for open times.
    pub async fn guide_held(&self, guide: GuideId) -> sqlx::Result<Vec<Occurrence>> {
        Ok(held(&mut *self.pool.acquire().await?, guide).await?.into_iter().map(|(_, o)| o).collect())
    }
}
