//! Volunteers' applications to become a guide: kept until a coordinator decides, and
//! 90 days after (`APPLICATION_KEEP_DAYS`), then deleted with what the volunteer wrote.

use model::{
    guides::{ApplicationState, GuideApplication, GuideApplicationView, Topic},
    Language,
};

use super::{now, Audit, Store, Stored};
use crate::ids::MunicipalityId;

/// Days a decided application is kept, for a coordinator to look back on.
pub const APPLICATION_KEEP_DAYS: i64 = 90;

#[derive(Debug, sqlx::FromRow)]
struct ApplicationRow {
    id: i64,
    first_name: String,
    email: String,
    languages: String,
    topics: String,
    motivation: String,
    #[sqlx(try_from = "Stored<ApplicationState>")]
    state: ApplicationState,
    created_at: i64,
}

impl From<ApplicationRow> for GuideApplicationView {
    fn from(row: ApplicationRow) -> Self {
        let codes = |list: &str| list.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect::<Vec<_>>();
        GuideApplicationView {
            id: row.id,
            first_name: row.first_name,
            email: row.email,
            languages: codes(&row.languages),
            topics: codes(&row.topics).iter().filter_map(|c| Topic::from_code(c)).collect(),
            motivation: row.motivation,
            state: row.state,
            created_at: row.created_at,
        }
    }
}

/// An application to decide on, as the decision needs it.
#[derive(Debug, sqlx::FromRow)]
pub struct PendingApplication {
    pub email: String,
    pub first_name: String,
    lang: Option<String>,
    #[sqlx(try_from = "Stored<ApplicationState>")]
    pub state: ApplicationState,
}

impl PendingApplication {
    /// The language the volunteer wrote in, for the mail with their link.
    pub fn lang(&self) -> Option<Language> {
        self.lang.as_deref().and_then(|code| Language::parse(code).ok())
    }
}

impl Store {
    /// Stores an application; false when the address already has one waiting here.
    pub async fn add_guide_application(
        &self,
        m: MunicipalityId,
        application: &GuideApplication,
        email: &str,
        audit: &Audit<'_>,
    ) -> sqlx::Result<bool> {
        let mut tx = self.begin_write().await?;
        let inserted = sqlx::query(
            "INSERT INTO guide_applications (municipality_id, first_name, email, languages, topics, motivation, lang, state, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8)",
        )
        .bind(m)
        .bind(application.first_name.trim())
        .bind(email)
        .bind(application.languages.join(","))
        .bind(application.topics.iter().map(|t| t.code()).collect::<Vec<_>>().join(","))
        .bind(application.motivation.trim())
        .bind(application.lang.map(Language::code))
        .bind(now())
        .execute(&mut *tx)
        .await;
        match inserted {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(false),
            other => other?,
        };
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The municipality's applications, those waiting first, newest first within.
    pub async fn guide_applications(&self, m: MunicipalityId) -> sqlx::Result<Vec<GuideApplicationView>> {
        let rows: Vec<ApplicationRow> = sqlx::query_as(
            "SELECT id, first_name, email, languages, topics, motivation, state, created_at
             FROM guide_applications WHERE municipality_id = $1
             ORDER BY CASE state WHEN 'pending' THEN 0 ELSE 1 END, created_at DESC, id DESC",
        )
        .bind(m)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    /// An application of the municipality, decided or not.
    pub async fn guide_application(&self, m: MunicipalityId, id: i64) -> sqlx::Result<Option<PendingApplication>> {
        sqlx::query_as(
            "SELECT email, first_name, lang, state FROM guide_applications WHERE id = $1 AND municipality_id = $2",
        )
        .bind(id)
        .bind(m)
        .fetch_optional(&self.pool)
        .await
    }

    /// Decides; false when the application was decided already (a second coordinator a
    /// moment ago), and then nothing changes.
    pub async fn decide_guide_application(
        &self,
        m: MunicipalityId,
        id: i64,
        state: ApplicationState,
        audit: &Audit<'_>,
    ) -> sqlx::Result<bool> {
        let mut tx = self.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE guide_applications SET state = $3, decided_at = $4
             WHERE id = $1 AND municipality_id = $2 AND state = 'pending'",
        )
        .bind(id)
        .bind(m)
        .bind(state.code())
        .bind(now())
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

    /// Deletes applications decided more than `APPLICATION_KEEP_DAYS` ago.
    pub async fn sweep_guide_applications(&self, at: i64) -> sqlx::Result<u64> {
        let before = at - APPLICATION_KEEP_DAYS * 86_400;
        let done = sqlx::query("DELETE FROM guide_applications WHERE state <> 'pending' AND decided_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}

impl Store {
    /// The e-mail of a guide's account, where the letters about new bookings go.
    pub async fn guide_email(&self, guide: crate::guides::GuideId) -> sqlx::Result<Option<String>> {
        sqlx::query_scalar("SELECT a.email FROM guides g JOIN accounts a ON a.id = g.account_id WHERE g.id = $1")
            .bind(guide)
            .fetch_optional(&self.pool)
            .await
    }
}
