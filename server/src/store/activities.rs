//! Queries for activities: what the finder and an activity's page read, and what an
//! editor writes. The finder loads a municipality's activities in one query and filters
//! in Rust with `model`'s rules, so the filters mean the same everywhere.

use crate::ids::{AssociationId, MunicipalityId};
use std::collections::BTreeMap;

use model::{
    activities::{
        ActivityEdit, ActivityStatus, ActivityText, Category, Contact, Gender, Organiser, Position, StaffActivity,
    },
    schedule::Schedule,
    Language,
};
use sqlx::{any::AnyRow, Row as _};

use super::{now, record, Audit, Store};

/// Which of a municipality's shown activities to read.
#[derive(Debug, Clone, Copy)]
pub enum Shown {
    All,
    OfAssociation(i64),
    One(i64),
}

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

pub(super) fn position(r: &AnyRow, lat: &str, lon: &str) -> Option<Position> {
    Some(Position { lat: r.get::<Option<f64>, _>(lat)?, lon: r.get::<Option<f64>, _>(lon)? })
}

fn small(value: i64, what: &str) -> sqlx::Result<u8> {
    u8::try_from(value).map_err(|_| bad(what))
}

/// The columns `activity_row` reads; `$2` is the reader's language.
const ACTIVITY_SELECT: &str = "SELECT a.id, a.association_id, s.slug AS association_slug, s.name AS association_name,
        a.category, a.min_age, a.max_age, a.gender, a.schedule, a.place,
        COALESCE(a.lat, s.lat) AS lat, COALESCE(a.lon, s.lon) AS lon, a.cost_ore, a.voucher_accepted,
        a.trial_sessions, a.leader_languages, a.status, a.demo,
        COALESCE(t.title, sv.title) AS title, CASE WHEN t.title IS NULL THEN 'sv' ELSE t.lang END AS shown_lang
     FROM activities a
     LEFT JOIN associations s ON s.id = a.association_id
     LEFT JOIN activity_texts t ON t.activity_id = a.id AND t.lang = $2
     JOIN activity_texts sv ON sv.activity_id = a.id AND sv.lang = 'sv'
     WHERE a.municipality_id = $1 AND (a.association_id IS NULL OR s.state = 'approved')";

fn activity_row(r: &AnyRow, municipality_name: &str) -> sqlx::Result<ActivityRow> {
    let schedule: String = r.get("schedule");
    let association_name: Option<String> = r.get("association_name");
    Ok(ActivityRow {
        id: r.get("id"),
        association_id: r.get("association_id"),
        organiser: Organiser {
            association: r.get("association_slug"),
            name: association_name.unwrap_or_else(|| municipality_name.to_owned()),
        },
        lang: Language::parse(r.get("shown_lang")).map_err(|_| bad("language"))?,
        title: r.get("title"),
        category: Category::from_code(r.get("category")).ok_or_else(|| bad("category"))?,
        min_age: small(r.get("min_age"), "age")?,
        max_age: small(r.get("max_age"), "age")?,
        gender: Gender::from_code(r.get("gender")).ok_or_else(|| bad("gender"))?,
        schedule: serde_json::from_str(&schedule).map_err(|_| bad("schedule"))?,
        place: r.get("place"),
        position: position(r, "lat", "lon"),
        cost_ore: r.get("cost_ore"),
        voucher_accepted: r.get::<i64, _>("voucher_accepted") != 0,
        trial_sessions: small(r.get("trial_sessions"), "trial sessions")?,
        leader_languages: codes(r.get("leader_languages")),
        status: ActivityStatus::from_code(r.get("status")).ok_or_else(|| bad("status"))?,
        demo: r.get::<i64, _>("demo") != 0,
    })
}

impl Store {
    /// This year's fritidscheck amount in the municipality.
    pub async fn voucher_amount(&self, municipality_id: MunicipalityId) -> sqlx::Result<i64> {
        sqlx::query("SELECT voucher_amount_ore FROM municipalities WHERE id = $1")
            .bind(municipality_id)
            .fetch_one(&self.pool)
            .await
            .map(|r| r.get(0))
    }

    /// The shown activities of the municipality (its own and approved associations'),
    /// all of them or the ones `which` names.
    pub async fn activity_rows(
        &self,
        municipality_id: MunicipalityId,
        municipality_name: &str,
        lang: Language,
        which: Shown,
    ) -> sqlx::Result<Vec<ActivityRow>> {
        let (filter, id) = match which {
            Shown::All => ("", None),
            Shown::OfAssociation(id) => (" AND a.association_id = $3", Some(id)),
            Shown::One(id) => (" AND a.id = $3", Some(id)),
        };
        let sql = format!("{ACTIVITY_SELECT}{filter} ORDER BY a.id");
        let mut query = sqlx::query(&sql).bind(municipality_id).bind(lang.code());
        if let Some(id) = id {
            query = query.bind(id);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter().map(|r| activity_row(r, municipality_name)).collect()
    }

    /// The activity's text in `lang`, or Swedish when there is none.
    pub async fn activity_text(&self, id: i64, lang: Language) -> sqlx::Result<(Language, ActivityText)> {
        let rows = sqlx::query(
            "SELECT lang, title, description, accessibility, equipment FROM activity_texts
             WHERE activity_id = $1 AND lang IN ($2, 'sv')",
        )
        .bind(id)
        .bind(lang.code())
        .fetch_all(&self.pool)
        .await?;
        let mut texts: BTreeMap<String, ActivityText> = rows.iter().map(text_of).collect();
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
        let r = match association_id {
            Some(id) => {
                sqlx::query("SELECT contact_name, phone, email, website, address FROM associations WHERE id = $1")
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await?
            }
            None => {
                sqlx::query(
                    "SELECT name AS contact_name, contact_phone AS phone, contact_email AS email,
                        '' AS website, '' AS address FROM municipalities WHERE id = $1",
                )
                .bind(municipality_id)
                .fetch_one(&self.pool)
                .await?
            }
        };
        Ok(Contact {
            name: r.get("contact_name"),
            phone: r.get("phone"),
            email: r.get("email"),
            website: r.get("website"),
            address: r.get("address"),
        })
    }

    /// An activity as its editor sees it, with every language's text.
    pub async fn staff_activity(&self, id: i64) -> sqlx::Result<Option<(MunicipalityId, StaffActivity)>> {
        let Some(r) = sqlx::query(
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
        let texts = sqlx::query(
            "SELECT lang, title, description, accessibility, equipment FROM activity_texts WHERE activity_id = $1",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let schedule: String = r.get("schedule");
        let edit = ActivityEdit {
            category: Category::from_code(r.get("category")).ok_or_else(|| bad("category"))?,
            min_age: small(r.get("min_age"), "age")?,
            max_age: small(r.get("max_age"), "age")?,
            gender: Gender::from_code(r.get("gender")).ok_or_else(|| bad("gender"))?,
            schedule: serde_json::from_str(&schedule).map_err(|_| bad("schedule"))?,
            place: r.get("place"),
            position: position(&r, "lat", "lon"),
            cost_ore: r.get("cost_ore"),
            voucher_accepted: r.get::<i64, _>("voucher_accepted") != 0,
            trial_sessions: small(r.get("trial_sessions"), "trial sessions")?,
            leader_languages: codes(r.get("leader_languages")),
            status: ActivityStatus::from_code(r.get("status")).ok_or_else(|| bad("status"))?,
            texts: texts.iter().map(text_of).collect(),
        };
        let activity =
            StaffActivity { id, association_id: r.get("association_id"), edit, updated_at: r.get("updated_at") };
        Ok(Some((r.get("municipality_id"), activity)))
    }

    /// The ids of the activities an association (or, with `None`, the municipality) runs.
    pub async fn activity_ids(
        &self,
        municipality_id: MunicipalityId,
        association_id: Option<AssociationId>,
    ) -> sqlx::Result<Vec<i64>> {
        let rows = sqlx::query(
            "SELECT id FROM activities WHERE municipality_id = $1 AND COALESCE(association_id, 0) = COALESCE($2, 0)
             ORDER BY id",
        )
        .bind(municipality_id)
        .bind(association_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Writes an activity: a new one when `id` is `None`. Returns its id.
    pub async fn save_activity(
        &self,
        municipality_id: MunicipalityId,
        association_id: Option<AssociationId>,
        id: Option<i64>,
        edit: &ActivityEdit,
        demo: bool,
        audit: Option<&Audit<'_>>,
    ) -> sqlx::Result<i64> {
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
        let id: i64 = row.get(0);
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
        // An entry without a target names the activity by its id.
        let target = id.to_string();
        let audit = audit.map(|a| if a.target.is_empty() { a.with_target(&target) } else { *a });
        record(audit.as_ref(), &mut tx).await?;
        tx.commit().await?;
        Ok(id)
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

fn text_of(r: &AnyRow) -> (String, ActivityText) {
    (
        r.get("lang"),
        ActivityText {
            title: r.get("title"),
            description: r.get("description"),
            accessibility: r.get("accessibility"),
            equipment: r.get("equipment"),
        },
    )
}
