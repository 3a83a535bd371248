//! Queries for activities: what the finder and an activity's page read, and what an
//! editor writes. The finder reads the facts of a municipality's activities in one query
//! (no texts, no organisers: [`ActivityFacts`]) and filters and orders them in Rust with
//! `model`'s rules, so the filters mean the same everywhere; then it reads its page alone
//! with titles and organisers ([`Shown::Page`]).

use std::collections::BTreeMap;

use model::{
    activities::{
        ActivityEdit, ActivityStatus, ActivityText, Category, Contact, Gender, Organiser, Position, StaffActivity,
    },
    schedule::Schedule,
    Language,
};
use sqlx::Row as _;

use super::{in_list, now, record, Audit, Flag, Store, Stored};
use crate::ids::{ActivityId, AssociationId, MunicipalityId};

/// Which of a municipality's shown activities to read.
#[derive(Debug, Clone, Copy)]
pub enum Shown<'a> {
    OfAssociation(i64),
    One(i64),
    /// A page of the finder's, by id.
    Page(&'a [i64]),
}

/// What the finder filters and orders an activity by: no text, no organiser, no place.
pub struct ActivityFacts {
    pub id: i64,
    pub category: Category,
    pub min_age: u8,
    pub max_age: u8,
    pub schedule: Schedule,
    pub position: Option<Position>,
    pub cost_ore: i64,
    pub voucher_accepted: bool,
    pub trial_sessions: u8,
    pub leader_languages: Vec<String>,
}

/// A row of [`FACTS_SELECT`].
#[derive(sqlx::FromRow)]
struct FactsRecord {
    id: i64,
    #[sqlx(flatten)]
    facts: FactColumns,
}

/// The columns of an activity that the finder filters and orders by, as stored.
#[derive(sqlx::FromRow)]
struct FactColumns {
    #[sqlx(try_from = "Stored<Category>")]
    category: Category,
    #[sqlx(try_from = "Stored<u8>")]
    min_age: u8,
    #[sqlx(try_from = "Stored<u8>")]
    max_age: u8,
    schedule: String,
    #[sqlx(flatten)]
    position: PositionRow,
    cost_ore: i64,
    #[sqlx(try_from = "Flag")]
    voucher_accepted: bool,
    #[sqlx(try_from = "Stored<u8>")]
    trial_sessions: u8,
    leader_languages: String,
}

/// Which of a municipality's activities are shown (`$1` is the municipality): its own and
/// approved associations'. Said once for [`ACTIVITY_SELECT`] and [`FACTS_SELECT`].
macro_rules! shown_where {
    () => {
        "WHERE a.municipality_id = $1 AND (a.association_id IS NULL OR s.state = 'approved')"
    };
}

/// The facts of the activities [`ACTIVITY_SELECT`] shows, and of no other: the same
/// organisers, and a Swedish text to show.
const FACTS_SELECT: &str = concat!(
    "SELECT a.id, a.category, a.min_age, a.max_age, a.schedule,
        COALESCE(a.lat, s.lat) AS lat, COALESCE(a.lon, s.lon) AS lon, a.cost_ore, a.voucher_accepted,
        a.trial_sessions, a.leader_languages
     FROM activities a
     LEFT JOIN associations s ON s.id = a.association_id
     ",
    shown_where!(),
    " AND EXISTS (SELECT 1 FROM activity_texts sv WHERE sv.activity_id = a.id AND sv.lang = 'sv')
     ORDER BY a.id"
);

/// One activity with its title in the reader's language (or Swedish).
pub struct ActivityRow {
    pub id: i64,
    pub association_id: Option<AssociationId>,
    pub organiser: Organiser,
    pub lang: Language,
    pub title: String,
    pub category: Category,
    pub min_age: u8,
    pub max_age: u8,
    pub gender: Gender,
    pub schedule: Schedule,
    pub place: String,
    pub position: Option<Position>,
    pub cost_ore: i64,
    pub voucher_accepted: bool,
    pub trial_sessions: u8,
    pub leader_languages: Vec<String>,
    pub status: ActivityStatus,
    pub demo: bool,
}

fn bad(what: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("unexpected {what} in the database").into())
}

pub(super) fn codes(list: &str) -> Vec<String> {
    list.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect()
}

/// Where something is, as stored: both columns or neither. Read with `#[sqlx(flatten)]`.
#[derive(sqlx::FromRow)]
pub(super) struct PositionRow {
    lat: Option<f64>,
    lon: Option<f64>,
}

impl PositionRow {
    pub(super) fn position(self) -> Option<Position> {
        Some(Position { lat: self.lat?, lon: self.lon? })
    }
}

/// A contact, as associations store it and a municipality's is named to look the same.
#[derive(sqlx::FromRow)]
pub(super) struct ContactRow {
    contact_name: String,
    phone: String,
    email: String,
    website: String,
    address: String,
}

impl From<ContactRow> for Contact {
    fn from(r: ContactRow) -> Contact {
        Contact { name: r.contact_name, phone: r.phone, email: r.email, website: r.website, address: r.address }
    }
}

/// An activity with its organiser and its title in the reader's language; `$2` is that language.
const ACTIVITY_SELECT: &str = concat!(
    "SELECT a.id, a.association_id, s.slug AS association_slug, s.name AS association_name,
        a.category, a.min_age, a.max_age, a.gender, a.schedule, a.place,
        COALESCE(a.lat, s.lat) AS lat, COALESCE(a.lon, s.lon) AS lon, a.cost_ore, a.voucher_accepted,
        a.trial_sessions, a.leader_languages, a.status, a.demo,
        COALESCE(t.title, sv.title) AS title, CASE WHEN t.title IS NULL THEN 'sv' ELSE t.lang END AS shown_lang
     FROM activities a
     LEFT JOIN associations s ON s.id = a.association_id
     LEFT JOIN activity_texts t ON t.activity_id = a.id AND t.lang = $2
     JOIN activity_texts sv ON sv.activity_id = a.id AND sv.lang = 'sv'
     ",
    shown_where!()
);

/// A row of `ACTIVITY_SELECT`.
#[derive(sqlx::FromRow)]
struct ActivityRecord {
    id: i64,
    association_id: Option<AssociationId>,
    association_slug: Option<String>,
    association_name: Option<String>,
    #[sqlx(try_from = "Stored<Language>", rename = "shown_lang")]
    lang: Language,
    title: String,
    #[sqlx(flatten)]
    fields: ActivityFields,
    #[sqlx(try_from = "Flag")]
    demo: bool,
}

/// The columns of an activity that its editor writes: the finder's and three more.
#[derive(sqlx::FromRow)]
struct ActivityFields {
    #[sqlx(flatten)]
    facts: FactColumns,
    #[sqlx(try_from = "Stored<Gender>")]
    gender: Gender,
    place: String,
    #[sqlx(try_from = "Stored<ActivityStatus>")]
    status: ActivityStatus,
}

fn schedule(json: &str) -> sqlx::Result<Schedule> {
    serde_json::from_str(json).map_err(|_| bad("schedule"))
}

impl ActivityRecord {
    fn into_row(self, municipality_name: &str) -> sqlx::Result<ActivityRow> {
        let ActivityFields { facts: f, gender, place, status } = self.fields;
        Ok(ActivityRow {
            id: self.id,
            association_id: self.association_id,
            organiser: Organiser {
                association: self.association_slug,
                name: self.association_name.unwrap_or_else(|| municipality_name.to_owned()),
            },
            lang: self.lang,
            title: self.title,
            category: f.category,
            min_age: f.min_age,
            max_age: f.max_age,
            gender,
            schedule: schedule(&f.schedule)?,
            place,
            position: f.position.position(),
            cost_ore: f.cost_ore,
            voucher_accepted: f.voucher_accepted,
            trial_sessions: f.trial_sessions,
            leader_languages: codes(&f.leader_languages),
            status,
            demo: self.demo,
        })
    }
}

/// An activity as its editor reads it, before its texts are added.
#[derive(sqlx::FromRow)]
struct StaffActivityRecord {
    municipality_id: MunicipalityId,
    association_id: Option<i64>,
    updated_at: i64,
    #[sqlx(flatten)]
    fields: ActivityFields,
}

/// A row of `activity_texts`.
#[derive(sqlx::FromRow)]
struct TextRow {
    lang: String,
    title: String,
    description: String,
    accessibility: String,
    equipment: String,
}

fn text_of(r: TextRow) -> (String, ActivityText) {
    let TextRow { lang, title, description, accessibility, equipment } = r;
    (lang, ActivityText { title, description, accessibility, equipment })
}

impl Store {
    /// This year's fritidscheck amount in the municipality.
    pub async fn voucher_amount(&self, municipality_id: MunicipalityId) -> sqlx::Result<i64> {
        sqlx::query_scalar("SELECT voucher_amount_ore FROM municipalities WHERE id = $1")
            .bind(municipality_id)
            .fetch_one(&self.pool)
            .await
    }

    /// The facts of every shown activity of the municipality (its own and approved
    /// associations'), for the finder to filter and order.
    pub async fn activity_facts(&self, municipality_id: MunicipalityId) -> sqlx::Result<Vec<ActivityFacts>> {
        let records: Vec<FactsRecord> =
            sqlx::query_as(FACTS_SELECT).bind(municipality_id).fetch_all(&self.pool).await?;
        records
            .into_iter()
            .map(|r| {
                let f = r.facts;
                Ok(ActivityFacts {
                    id: r.id,
                    category: f.category,
                    min_age: f.min_age,
                    max_age: f.max_age,
                    schedule: schedule(&f.schedule)?,
                    position: f.position.position(),
                    cost_ore: f.cost_ore,
                    voucher_accepted: f.voucher_accepted,
                    trial_sessions: f.trial_sessions,
                    leader_languages: codes(&f.leader_languages),
                })
            })
            .collect()
    }

    /// The shown activities of the municipality (its own and approved associations')
    /// that `which` names, in the order of their ids.
    pub async fn activity_rows(
        &self,
        municipality_id: MunicipalityId,
        municipality_name: &str,
        lang: Language,
        which: Shown<'_>,
    ) -> sqlx::Result<Vec<ActivityRow>> {
        let (filter, ids) = match which {
            Shown::OfAssociation(id) => (" AND a.association_id = $3".to_owned(), vec![id]),
            Shown::One(id) => (" AND a.id = $3".to_owned(), vec![id]),
            Shown::Page([]) => return Ok(Vec::new()),
            Shown::Page(ids) => {
                let (placeholders, ids) = in_list(3, ids);
                (format!(" AND a.id IN ({placeholders})"), ids)
            }
        };
        let sql = format!("{ACTIVITY_SELECT}{filter} ORDER BY a.id");
        let mut query = sqlx::query_as::<_, ActivityRecord>(&sql).bind(municipality_id).bind(lang.code());
        for id in ids {
            query = query.bind(id);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.into_iter().map(|r| r.into_row(municipality_name)).collect()
    }

    /// The activity's text in `lang`, or Swedish when there is none.
    pub async fn activity_text(&self, id: i64, lang: Language) -> sqlx::Result<(Language, ActivityText)> {
        let rows: Vec<TextRow> = sqlx::query_as(
            "SELECT lang, title, description, accessibility, equipment FROM activity_texts
             WHERE activity_id = $1 AND lang IN ($2, 'sv')",
        )
        .bind(id)
        .bind(lang.code())
        .fetch_all(&self.pool)
        .await?;
        let mut texts: BTreeMap<String, ActivityText> = rows.into_iter().map(text_of).collect();
        let shown = if texts.contains_key(lang.code()) { lang } else { Language::SOURCE };
        let text = texts.remove(shown.code()).ok_or_else(|| bad("activity without Swedish text"))?;
        Ok((shown, text))
    }

    /// An association's contact, or the municipality's for its own activities.
    pub async fn organiser_contact(
        &self,
        municipality_id: MunicipalityId,
        association_id: Option<AssociationId>,
    ) -> sqlx::Result<Contact> {
        let r: ContactRow = match association_id {
            Some(id) => {
                sqlx::query_as("SELECT contact_name, phone, email, website, address FROM associations WHERE id = $1")
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await?
            }
            None => {
                sqlx::query_as(
                    "SELECT name AS contact_name, contact_phone AS phone, contact_email AS email,
                        '' AS website, '' AS address FROM municipalities WHERE id = $1",
                )
                .bind(municipality_id)
                .fetch_one(&self.pool)
                .await?
            }
        };
        Ok(r.into())
    }

    /// An activity as its editor sees it, with every language's text.
    pub async fn staff_activity(&self, id: ActivityId) -> sqlx::Result<Option<(MunicipalityId, StaffActivity)>> {
        let Some(r) = sqlx::query_as::<_, StaffActivityRecord>(
            "SELECT municipality_id, association_id, category, min_age, max_age, gender, schedule, place, lat, lon,
                cost_ore, voucher_accepted, trial_sessions, leader_languages, status, updated_at
             FROM activities WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let texts: Vec<TextRow> = sqlx::query_as(
            "SELECT lang, title, description, accessibility, equipment FROM activity_texts WHERE activity_id = $1",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let ActivityFields { facts: f, gender, place, status } = r.fields;
        let edit = ActivityEdit {
            category: f.category,
            min_age: f.min_age,
            max_age: f.max_age,
            gender,
            schedule: schedule(&f.schedule)?,
            place,
            position: f.position.position(),
            cost_ore: f.cost_ore,
            voucher_accepted: f.voucher_accepted,
            trial_sessions: f.trial_sessions,
            leader_languages: codes(&f.leader_languages),
            status,
            texts: texts.into_iter().map(text_of).collect(),
            // Left out when there are none, so an edit read back equals the one written.
            equipment_items: Some(self.activity_equipment(id).await?).filter(|items| !items.is_empty()),
        };
        let activity = StaffActivity { id: id.0, association_id: r.association_id, edit, updated_at: r.updated_at };
        Ok(Some((r.municipality_id, activity)))
    }

    /// The ids of the activities an association (or, with `None`, the municipality) runs.
    pub async fn activity_ids(
        &self,
        municipality_id: MunicipalityId,
        association_id: Option<AssociationId>,
    ) -> sqlx::Result<Vec<ActivityId>> {
        sqlx::query_scalar(
            "SELECT id FROM activities WHERE municipality_id = $1 AND COALESCE(association_id, 0) = COALESCE($2, 0)
             ORDER BY id",
        )
        .bind(municipality_id)
        .bind(association_id)
        .fetch_all(&self.pool)
        .await
    }

    /// Writes an activity: a new one when `id` is `None`. Returns its id.
    pub async fn save_activity(
        &self,
        municipality_id: MunicipalityId,
        association_id: Option<AssociationId>,
        id: Option<ActivityId>,
        edit: &ActivityEdit,
        demo: bool,
        audit: Option<&Audit<'_>>,
    ) -> sqlx::Result<ActivityId> {
        let schedule = serde_json::to_string(&edit.schedule).map_err(|e| sqlx::Error::Encode(e.into()))?;
        let mut tx = self.begin_write().await?;
        let row = match id {
            None => {
                let insert = sqlx::query(
                    "INSERT INTO activities (category, min_age, max_age, gender, schedule, place, lat, lon, cost_ore,
                        voucher_accepted, trial_sessions, leader_languages, status, updated_at,
                        municipality_id, association_id, demo)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id",
                );
                bind_edit(insert, edit, schedule)
                    .bind(municipality_id)
                    .bind(association_id)
                    .bind(i64::from(demo))
                    .fetch_one(&mut *tx)
                    .await?
            }
            Some(id) => {
                let update = sqlx::query(
                    "UPDATE activities SET category = $1, min_age = $2, max_age = $3, gender = $4, schedule = $5,
                        place = $6, lat = $7, lon = $8, cost_ore = $9, voucher_accepted = $10, trial_sessions = $11,
                        leader_languages = $12, status = $13, updated_at = $14
                     WHERE id = $15 RETURNING id",
                );
                bind_edit(update, edit, schedule).bind(id).fetch_one(&mut *tx).await?
            }
        };
        let id: ActivityId = row.try_get(0)?;
        sqlx::query("DELETE FROM activity_texts WHERE activity_id = $1").bind(id).execute(&mut *tx).await?;
        for (lang, text) in &edit.texts {
            sqlx::query(
                "INSERT INTO activity_texts (activity_id, lang, title, description, accessibility, equipment)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(lang)
            .bind(text.title.trim())
            .bind(text.description.trim())
            .bind(text.accessibility.trim())
            .bind(text.equipment.trim())
            .execute(&mut *tx)
            .await?;
        }
        if let Some(items) = &edit.equipment_items {
            sqlx::query("DELETE FROM activity_equipment WHERE activity_id = $1").bind(id).execute(&mut *tx).await?;
            // Only the municipality's own items: an id of another's links nothing.
            for (position, item) in (0_i64..).zip(items) {
                sqlx::query(
                    "INSERT INTO activity_equipment (activity_id, item_id, position)
                     SELECT $1, id, $2 FROM sportotek_items WHERE id = $3 AND municipality_id = $4",
                )
                .bind(id)
                .bind(position)
                .bind(*item)
                .bind(municipality_id)
                .execute(&mut *tx)
                .await?;
            }
        }
        // An entry without a target names the activity by its id.
        let target = id.to_string();
        let audit = audit.map(|a| if a.target.is_empty() { a.with_target(&target) } else { *a });
        record(audit.as_ref(), &mut tx).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Sets an activity's status alone, with its audit entry; false when there is no
    /// such activity. One statement: nothing read first can be stale.
    pub async fn set_activity_status(
        &self,
        id: ActivityId,
        status: ActivityStatus,
        audit: &Audit<'_>,
    ) -> sqlx::Result<bool> {
        let mut tx = self.begin_write().await?;
        let changed = sqlx::query("UPDATE activities SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(status.code())
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(true)
    }
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds an activity's fields as `$1`–`$14`, in the order both the insert and the update name them.
///
/// sqlx 0.8's `Any` driver sends a missing position as a `real` NULL, not a `double
/// precision` one, and a cached `PostgreSQL` statement keeps the types it was first prepared
/// with, so a later position would be refused. A statement binding a position is therefore
/// prepared afresh each time (`persistent(false)`); writes are rare.
fn bind_edit<'q>(query: AnyQuery<'q>, edit: &'q ActivityEdit, schedule: String) -> AnyQuery<'q> {
    query
        .persistent(false)
        .bind(edit.category.code())
        .bind(i64::from(edit.min_age))
        .bind(i64::from(edit.max_age))
        .bind(edit.gender.code())
        .bind(schedule)
        .bind(edit.place.trim())
        .bind(edit.position.map(|p| p.lat))
        .bind(edit.position.map(|p| p.lon))
        .bind(edit.cost_ore)
        .bind(i64::from(edit.voucher_accepted))
        .bind(i64::from(edit.trial_sessions))
        .bind(edit.leader_languages.join(","))
        .bind(edit.status.code())
        .bind(now())
}
