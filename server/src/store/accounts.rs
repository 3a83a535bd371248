//! Queries for staff accounts, roles, sessions, invitations and the audit log.

use model::auth::{Grant, Role};

use super::{now, Audit, Flag, Store, Stored};
use crate::ids::{AccountId, MunicipalityId};

/// A role as stored: in one municipality, or region-wide (`None`).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredGrant {
    #[sqlx(try_from = "Stored<Role>")]
    pub role: Role,
    pub municipality_id: Option<MunicipalityId>,
    #[sqlx(rename = "slug")]
    pub municipality: Option<String>,
}

impl From<&StoredGrant> for Grant {
    fn from(g: &StoredGrant) -> Grant {
        Grant { role: g.role, municipality: g.municipality.clone() }
    }
}

#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub account_id: AccountId,
    pub email: String,
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    #[sqlx(try_from = "Flag")]
    pub active: bool,
}

/// An account as an admin's list of people sees it before it is cut to the admin's reach.
pub struct Person {
    pub id: AccountId,
    pub email: String,
    pub active: bool,
    pub grants: Vec<StoredGrant>,
}

/// What a sign-in needs to know of an account.
#[derive(sqlx::FromRow)]
pub struct Credentials {
    pub id: AccountId,
    pub password_hash: String,
    #[sqlx(try_from = "Flag")]
    pub active: bool,
}

/// An account of [`Store::people_in`], before its grants are read.
#[derive(sqlx::FromRow)]
struct PersonRow {
    id: AccountId,
    email: String,
    #[sqlx(try_from = "Flag")]
    active: bool,
}

impl Store {
    /// A new account; `None` when the e-mail address is taken.
    pub async fn create_account(
        &self,
        email: &str,
        password_hash: &str,
        demo: bool,
    ) -> sqlx::Result<Option<AccountId>> {
        sqlx::query_scalar(
            "INSERT INTO accounts (email, password_hash, active, demo, created_at) VALUES ($1, $2, 1, $3, $4)
             ON CONFLICT (email) DO NOTHING RETURNING id",
        )
        .bind(email)
        .bind(password_hash)
        .bind(i64::from(demo))
        .bind(now())
        .fetch_optional(&self.pool)
        .await
    }

    pub async fn credentials(&self, email: &str) -> sqlx::Result<Option<Credentials>> {
        sqlx::query_as("SELECT id, password_hash, active FROM accounts WHERE email = $1")
            .bind(email)
            .fetch_optional(&self.pool)
            .await
    }

    pub async fn account_email(&self, account_id: AccountId) -> sqlx::Result<Option<String>> {
        sqlx::query_scalar("SELECT email FROM accounts WHERE id = $1").bind(account_id).fetch_optional(&self.pool).await
    }

    pub async fn set_password(&self, account_id: AccountId, password_hash: &str) -> sqlx::Result<()> {
        sqlx::query("UPDATE accounts SET password_hash = $2 WHERE id = $1")
            .bind(account_id)
            .bind(password_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deactivating also ends every session and every link of the account.
    pub async fn set_active(&self, account_id: AccountId, active: bool, audit: &Audit<'_>) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE accounts SET active = $2 WHERE id = $1")
            .bind(account_id)
            .bind(i64::from(active))
            .execute(&mut *tx)
            .await?;
        if !active {
            sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM invitations WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
        }
        audit.write(&mut tx).await?;
        tx.commit().await
    }

    pub async fn grants(&self, account_id: AccountId) -> sqlx::Result<Vec<StoredGrant>> {
        sqlx::query_as(
            "SELECT r.role, r.municipality_id, m.slug FROM account_roles r
             LEFT JOIN municipalities m ON m.id = r.municipality_id WHERE r.account_id = $1 ORDER BY r.role",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await
    }

    /// Replaces the account's roles in one municipality (`None`: its region-wide roles).
    pub async fn set_roles(
        &self,
        account_id: AccountId,
        municipality_id: Option<MunicipalityId>,
        roles: &[Role],
        audit: &Audit<'_>,
    ) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "DELETE FROM account_roles WHERE account_id = $1 AND COALESCE(municipality_id, 0) = COALESCE($2, 0)",
        )
        .bind(account_id)
        .bind(municipality_id)
        .execute(&mut *tx)
        .await?;
        for role in roles {
            sqlx::query("INSERT INTO account_roles (account_id, role, municipality_id) VALUES ($1, $2, $3)")
                .bind(account_id)
                .bind(role.code())
                .bind(municipality_id)
                .execute(&mut *tx)
                .await?;
        }
        audit.write(&mut tx).await?;
        tx.commit().await
    }

    /// The accounts holding a role in the municipality, each with all its grants: the
    /// caller decides which of them to show. An account only offered a role here is not
    /// listed: what it is elsewhere is none of this municipality's business.
    pub async fn people_in(&self, municipality_id: MunicipalityId) -> sqlx::Result<Vec<Person>> {
        let rows: Vec<PersonRow> = sqlx::query_as(
            "SELECT a.id, a.email, a.active FROM accounts a
             WHERE a.id IN (SELECT account_id FROM account_roles WHERE municipality_id = $1)
             ORDER BY a.email",
        )
        .bind(municipality_id)
        .fetch_all(&self.pool)
        .await?;
        let mut people = Vec::with_capacity(rows.len());
        for PersonRow { id, email, active } in rows {
            people.push(Person { id, email, active, grants: self.grants(id).await? });
        }
        Ok(people)
    }

    pub async fn create_session(&self, account_id: AccountId, token_hash: &str, csrf_token: &str) -> sqlx::Result<()> {
        let now = now();
        sqlx::query("INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)")
            .bind(token_hash)
            .bind(account_id)
            .bind(csrf_token)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn session(&self, token_hash: &str) -> sqlx::Result<Option<SessionRow>> {
        sqlx::query_as(
            "SELECT s.account_id, a.email, s.csrf_token, s.created_at, s.last_seen_at, a.active
             FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await
    }

    pub async fn touch_session(&self, token_hash: &str, at: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1")
            .bind(token_hash)
            .bind(at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, token_hash: &str) -> sqlx::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(&self.pool).await?;
        Ok(())
    }

    /// Removes sessions past their idle or absolute end and invitations that can no
    /// longer be used; returns how many rows went.
    pub async fn sweep(&self, idle_secs: i64, absolute_secs: i64) -> sqlx::Result<u64> {
        let now = now();
        let sessions = sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
            .bind(now - idle_secs)
            .bind(now - absolute_secs)
            .execute(&self.pool)
            .await?;
        let invitations = sqlx::query("DELETE FROM invitations WHERE expires_at < $1 OR used_at IS NOT NULL")
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(sessions.rows_affected() + invitations.rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A role code this program does not know (written by a newer version, or by hand)
    /// makes reading the account's grants an error, which the API answers with a 500;
    /// it does not panic, and the store goes on answering.
    #[tokio::test]
    async fn an_unknown_role_in_the_database_is_an_error_not_a_panic() {
        let file = std::env::temp_dir().join(format!("vk-store-{}.db", uuid::Uuid::new_v4().simple()));
        let store = Store::connect(&format!("sqlite://{}?mode=rwc", file.display())).await.expect("connect");
        let id = store.create_account("bad-row@example.org", "hash", false).await.unwrap().expect("a new account");
        sqlx::query("INSERT INTO account_roles (account_id, role, municipality_id) VALUES ($1, 'emperor', NULL)")
            .bind(id)
            .execute(store.pool())
            .await
            .unwrap();

        let error = store.grants(id).await.expect_err("an unknown role is refused");
        assert!(matches!(&error, sqlx::Error::ColumnDecode { index, .. } if index.contains("role")), "{error:?}");
        assert!(error.to_string().contains("emperor"), "the error names the bad value: {error}");
        assert_eq!(store.account_email(id).await.unwrap().as_deref(), Some("bad-row@example.org"));

        store.close().await;
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
        }
    }
}
