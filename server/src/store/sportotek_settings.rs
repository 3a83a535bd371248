//! The Sportotek's settings per municipality: the place, its hours and closed days, the
//! loan terms and limits. A municipality without a row has the defaults; the row is
//! written on the first save or loan, with the random key of its borrowers' hashes.

use model::{
    schedule::Day,
    sportotek::{ClosedDay, OpeningHours, Place, Settings},
};
use sqlx::{Any, Transaction};

use super::{now, Audit, Backend, Store, Stored};
use crate::ids::{MunicipalityId, SizeId};

/// A row of `sportotek_settings`.
#[derive(sqlx::FromRow)]
struct SettingsRow {
    place_name: String,
    address: String,
    hours: String,
    #[sqlx(try_from = "Stored<u8>")]
    max_items_per_borrower: u8,
    #[sqlx(try_from = "Stored<u16>")]
    reserve_ahead_days: u16,
    #[sqlx(try_from = "Stored<u16>")]
    loan_days: u16,
    #[sqlx(try_from = "Stored<u16>")]
    grace_days: u16,
    #[sqlx(try_from = "Stored<u16>")]
    keep_personal_days: u16,
}

#[derive(sqlx::FromRow)]
struct ClosedRow {
    #[sqlx(try_from = "Stored<Day>")]
    day: Day,
    note: String,
}

fn hours(json: &str) -> sqlx::Result<Vec<OpeningHours>> {
    serde_json::from_str(json).map_err(|e| sqlx::Error::Decode(format!("opening hours: {e}").into()))
}

/// A fresh random key for a municipality's borrower hashes.
fn new_salt() -> String {
    crate::auth::new_token()
}

impl Store {
    /// The municipality's settings, or the defaults until staff save theirs.
    pub async fn sportotek_settings(&self, m: MunicipalityId) -> sqlx::Result<Settings> {
        let row: Option<SettingsRow> = sqlx::query_as(
            "SELECT place_name, address, hours, max_items_per_borrower, reserve_ahead_days, loan_days, grace_days,
                keep_personal_days FROM sportotek_settings WHERE municipality_id = $1",
        )
        .bind(m)
        .fetch_optional(&self.pool)
        .await?;
        let closed: Vec<ClosedRow> =
            sqlx::query_as("SELECT day, note FROM sportotek_closed_days WHERE municipality_id = $1 ORDER BY day")
                .bind(m)
                .fetch_all(&self.pool)
                .await?;
        let closed_days = closed.into_iter().map(|c| ClosedDay { day: c.day, note: c.note }).collect();
        let Some(r) = row else {
            return Ok(Settings { closed_days, ..Settings::default() });
        };
        Ok(Settings {
            place_name: r.place_name,
            address: r.address,
            hours: hours(&r.hours)?,
            closed_days,
            max_items_per_borrower: r.max_items_per_borrower,
            reserve_ahead_days: r.reserve_ahead_days,
            loan_days: r.loan_days,
            grace_days: r.grace_days,
            keep_personal_days: r.keep_personal_days,
        })
    }

    /// The place as families see it on `today`: closed days from today on.
    pub async fn sportotek_place(&self, m: MunicipalityId, today: Day) -> sqlx::Result<(Place, Settings)> {
        let settings = self.sportotek_settings(m).await?;
        Ok((place_of(&settings, today), settings))
    }

    pub async fn save_sportotek_settings(
        &self,
        m: MunicipalityId,
        settings: &Settings,
        audit: Option<&Audit<'_>>,
    ) -> sqlx::Result<()> {
        let hours = serde_json::to_string(&settings.hours).map_err(|e| sqlx::Error::Encode(e.into()))?;
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO sportotek_settings (municipality_id, place_name, address, hours, max_items_per_borrower,
                reserve_ahead_days, loan_days, grace_days, keep_personal_days, borrower_salt, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (municipality_id) DO UPDATE SET place_name = excluded.place_name,
                address = excluded.address, hours = excluded.hours,
                max_items_per_borrower = excluded.max_items_per_borrower,
                reserve_ahead_days = excluded.reserve_ahead_days, loan_days = excluded.loan_days,
                grace_days = excluded.grace_days, keep_personal_days = excluded.keep_personal_days,
                updated_at = excluded.updated_at",
        )
        .bind(m)
        .bind(settings.place_name.trim())
        .bind(settings.address.trim())
        .bind(hours)
        .bind(i64::from(settings.max_items_per_borrower))
        .bind(i64::from(settings.reserve_ahead_days))
        .bind(i64::from(settings.loan_days))
        .bind(i64::from(settings.grace_days))
        .bind(i64::from(settings.keep_personal_days))
        .bind(new_salt())
        .bind(now())
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM sportotek_closed_days WHERE municipality_id = $1").bind(m).execute(&mut *tx).await?;
        let mut seen = std::collections::BTreeSet::new();
        for closed in settings.closed_days.iter().filter(|c| seen.insert(c.day)) {
            sqlx::query("INSERT INTO sportotek_closed_days (municipality_id, day, note) VALUES ($1, $2, $3)")
                .bind(m)
                .bind(closed.day.to_string())
                .bind(closed.note.trim())
                .execute(&mut *tx)
                .await?;
        }
        super::record(audit, &mut tx).await?;
        tx.commit().await
    }

    /// Inside a write transaction: makes sure the settings row exists, then takes the
    /// municipality's Sportotek lock (its settings row) and the size's row, and returns
    /// the key of the borrowers' hashes. `PostgreSQL` holds both rows until the
    /// transaction ends, so parallel loans of the municipality queue up here and each
    /// counts what the one before wrote; `SQLite`'s write transaction already runs alone.
    pub(super) async fn lock_sportotek(
        &self,
        tx: &mut Transaction<'static, Any>,
        m: MunicipalityId,
        size: Option<SizeId>,
    ) -> sqlx::Result<String> {
        sqlx::query(
            "INSERT INTO sportotek_settings (municipality_id, borrower_salt, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (municipality_id) DO NOTHING",
        )
        .bind(m)
        .bind(new_salt())
        .bind(now())
        .execute(&mut **tx)
        .await?;
        let lock = if self.backend == Backend::Postgres { " FOR UPDATE" } else { "" };
        let salt: String = sqlx::query_scalar(&format!(
            "SELECT borrower_salt FROM sportotek_settings WHERE municipality_id = $1{lock}"
        ))
        .bind(m)
        .fetch_one(&mut **tx)
        .await?;
        if let Some(size) = size {
            sqlx::query(&format!("SELECT id FROM sportotek_sizes WHERE id = $1{lock}"))
                .bind(size)
                .fetch_optional(&mut **tx)
                .await?;
        }
        Ok(salt)
    }
}

/// The place of `settings` as of `today`.
pub fn place_of(settings: &Settings, today: Day) -> Place {
    let mut hours = settings.hours.clone();
    hours.sort_by_key(|h| h.weekday);
    Place {
        name: settings.place_name.clone(),
        address: settings.address.clone(),
        hours,
        closed: settings.closed_days.iter().filter(|c| c.day >= today).cloned().collect(),
        loan_days: settings.loan_days,
        reserve_ahead_days: settings.reserve_ahead_days,
        max_items_per_borrower: settings.max_items_per_borrower,
    }
}
