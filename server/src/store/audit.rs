//! The audit log. A change and the entry that records it are written in one transaction:
//! there is never a change without its entry, nor an entry for a change that failed.

use model::auth::AuditEntry;
use sqlx::{any::AnyArguments, query::Query, Any, Transaction};

use super::{now, Store};
use crate::ids::{AccountId, MunicipalityId};

/// Who did what to what, in which municipality (`None`: the whole installation).
#[derive(Debug, Clone, Copy)]
pub struct Audit<'a> {
    pub account_id: Option<AccountId>,
    pub municipality_id: Option<MunicipalityId>,
    pub action: &'a str,
    pub target: &'a str,
}

impl<'a> Audit<'a> {
    /// The same entry naming what the transaction just created (its id, or a count).
    pub fn with_target<'b>(&self, target: &'b str) -> Audit<'b>
    where
        'a: 'b,
    {
        Audit { target, ..*self }
    }

    pub fn new(
        account_id: Option<AccountId>,
        municipality_id: Option<MunicipalityId>,
        action: &'a str,
        target: &'a str,
    ) -> Self {
        Audit { account_id, municipality_id, action, target }
    }

    /// Writes the entry inside the transaction that makes the change.
    pub async fn write(&self, tx: &mut Transaction<'static, Any>) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO audit_log (at, account_id, municipality_id, action, target) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(now())
        .bind(self.account_id)
        .bind(self.municipality_id)
        .bind(self.action)
        .bind(self.target)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }
}

/// Writes the entry if there is one: seeding the demo records nothing.
pub async fn record(audit: Option<&Audit<'_>>, tx: &mut Transaction<'static, Any>) -> sqlx::Result<()> {
    match audit {
        Some(audit) => audit.write(tx).await,
        None => Ok(()),
    }
}

impl Store {
    /// Runs one conditional change and its audit entry in one transaction; true when it
    /// changed exactly one row. A repeat of a change already made (paid twice, revoked
    /// twice, a parallel twin) changes nothing and writes no entry.
    pub(super) async fn change_once<'q>(
        &self,
        change: Query<'q, Any, AnyArguments<'q>>,
        audit: &Audit<'_>,
    ) -> sqlx::Result<bool> {
        let mut tx = self.begin_write().await?;
        if change.execute(&mut *tx).await?.rows_affected() != 1 {
            return Ok(false);
        }
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// An entry that records no change of its own (a sign-in, a failed sign-in).
    pub async fn audit(
        &self,
        account_id: Option<AccountId>,
        municipality_id: Option<MunicipalityId>,
        action: &str,
        target: &str,
    ) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        Audit::new(account_id, municipality_id, action, target).write(&mut tx).await?;
        tx.commit().await
    }

    pub async fn audit_entries(&self, municipality_id: MunicipalityId, limit: i64) -> sqlx::Result<Vec<AuditEntry>> {
        let rows: Vec<(i64, Option<String>, String, String)> = sqlx::query_as(
            "SELECT l.at, a.email, l.action, l.target FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id
             WHERE l.municipality_id = $1 ORDER BY l.id DESC LIMIT $2",
        )
        .bind(municipality_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(at, actor, action, target)| AuditEntry { at, actor, action, target }).collect())
    }
}
