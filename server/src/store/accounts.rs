//! Queries for staff accounts, roles, sessions, invitations and the audit log.

use model::auth::{Account, AuditEntry, Grant, Role};
use sqlx::Row as _;

use super::{now, Store};

/// A role as stored: in one municipality, or region-wide (`None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredGrant {
    pub role: Role,
    pub municipality_id: Option<i64>,
    pub municipality: Option<String>,
}

impl From<&StoredGrant> for Grant {
    fn from(g: &StoredGrant) -> Grant {
        Grant { role: g.role, municipality: g.municipality.clone() }
    }
}

pub struct SessionRow {
    pub account_id: i64,
    pub email: String,
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub active: bool,
}

/// What a sign-in needs to know of an account.
pub struct Credentials {
    pub id: i64,
    pub password_hash: String,
    pub active: bool,
}

fn role(code: &str) -> sqlx::Result<Role> {
    Role::from_code(code).ok_or_else(|| sqlx::Error::Decode(format!("unknown role {code}").into()))
}

impl Store {
    /// A new account; `None` when the e-mail address is taken.
    pub async fn create_account(&self, email: &str, password_hash: &str, demo: bool) -> sqlx::Result<Option<i64>> {
        let row = sqlx::query(
            "INSERT INTO accounts (email, password_hash, active, demo, created_at) VALUES ($1, $2, 1, $3, $4)
             ON CONFLICT (email) DO NOTHING RETURNING id",
        )
        .bind(email)
        .bind(password_hash)
        .bind(i64::from(demo))
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| r.get(0)))
    }

    pub async fn credentials(&self, email: &str) -> sqlx::Result<Option<Credentials>> {
        let row = sqlx::query("SELECT id, password_hash, active FROM accounts WHERE email = $1")
            .bind(email)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| Credentials { id: r.get(0), password_hash: r.get(1), active: r.get::<i64, _>(2) != 0 }))
    }

    pub async fn account_email(&self, account_id: i64) -> sqlx::Result<Option<String>> {
        sqlx::query("SELECT email FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_optional(&self.pool)
            .await
            .map(|r| r.map(|r| r.get(0)))
    }

    pub async fn set_password(&self, account_id: i64, password_hash: &str) -> sqlx::Result<()> {
        sqlx::query("UPDATE accounts SET password_hash = $2 WHERE id = $1")
            .bind(account_id)
            .bind(password_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deactivating also ends every session of the account.
    pub async fn set_active(&self, account_id: i64, active: bool) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE accounts SET active = $2 WHERE id = $1")
            .bind(account_id)
            .bind(i64::from(active))
            .execute(&mut *tx)
            .await?;
        if !active {
            sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
        }
        tx.commit().await
    }

    pub async fn grants(&self, account_id: i64) -> sqlx::Result<Vec<StoredGrant>> {
        let rows = sqlx::query(
            "SELECT r.role, r.municipality_id, m.slug FROM account_roles r
             LEFT JOIN municipalities m ON m.id = r.municipality_id WHERE r.account_id = $1 ORDER BY r.role",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok(StoredGrant { role: role(r.get(0))?, municipality_id: r.get(1), municipality: r.get(2) }))
            .collect()
    }

    /// Replaces the account's roles in one municipality (`None`: its region-wide roles).
    pub async fn set_roles(&self, account_id: i64, municipality_id: Option<i64>, roles: &[Role]) -> sqlx::Result<()> {
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
        tx.commit().await
    }

    /// The accounts holding any role in the municipality, each with all its roles.
    pub async fn accounts_in(&self, municipality_id: i64) -> sqlx::Result<Vec<Account>> {
        let rows = sqlx::query(
            "SELECT a.id, a.email, a.active, r.role, m.slug FROM accounts a
             JOIN account_roles r ON r.account_id = a.id LEFT JOIN municipalities m ON m.id = r.municipality_id
             WHERE a.id IN (SELECT account_id FROM account_roles WHERE municipality_id = $1)
             ORDER BY a.email, r.role",
        )
        .bind(municipality_id)
        .fetch_all(&self.pool)
        .await?;
        let mut accounts: Vec<Account> = Vec::new();
        for r in rows {
            let id: i64 = r.get(0);
            if accounts.last().is_none_or(|a| a.id != id) {
                accounts.push(Account { id, email: r.get(1), active: r.get::<i64, _>(2) != 0, grants: vec![] });
            }
            let grant = Grant { role: role(r.get(3))?, municipality: r.get(4) };
            accounts.last_mut().expect("pushed above").grants.push(grant);
        }
        Ok(accounts)
    }

    pub async fn create_session(&self, account_id: i64, token_hash: &str, csrf_token: &str) -> sqlx::Result<()> {
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
        let row = sqlx::query(
            "SELECT s.account_id, a.email, s.csrf_token, s.created_at, s.last_seen_at, a.active
             FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| SessionRow {
            account_id: r.get(0),
            email: r.get(1),
            csrf_token: r.get(2),
            created_at: r.get(3),
            last_seen_at: r.get(4),
            active: r.get::<i64, _>(5) != 0,
        }))
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

    pub async fn create_invitation(
        &self,
        account_id: i64,
        created_by: Option<i64>,
        token_hash: &str,
        expires_at: i64,
    ) -> sqlx::Result<()> {
        sqlx::query("INSERT INTO invitations (token_hash, account_id, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(token_hash)
            .bind(account_id)
            .bind(created_by)
            .bind(now())
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Uses up an invitation and sets the account's password, in one step: a link works
    /// once, and not after it expires. Returns the account, or `None`.
    pub async fn redeem_invitation(&self, token_hash: &str, password_hash: &str) -> sqlx::Result<Option<i64>> {
        let now = now();
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "UPDATE invitations SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING account_id",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(account_id) = row.map(|r| r.get::<i64, _>(0)) else { return Ok(None) };
        sqlx::query("UPDATE accounts SET password_hash = $2 WHERE id = $1 AND active = 1")
            .bind(account_id)
            .bind(password_hash)
            .execute(&mut *tx)
            .await?;
        // A new password ends every earlier session.
        sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(Some(account_id))
    }

    pub async fn audit(
        &self,
        account_id: Option<i64>,
        municipality_id: Option<i64>,
        action: &str,
        target: &str,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO audit_log (at, account_id, municipality_id, action, target) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(now())
        .bind(account_id)
        .bind(municipality_id)
        .bind(action)
        .bind(target)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn audit_entries(&self, municipality_id: i64, limit: i64) -> sqlx::Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT l.at, a.email, l.action, l.target FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id
             WHERE l.municipality_id = $1 ORDER BY l.id DESC LIMIT $2",
        )
        .bind(municipality_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| AuditEntry { at: r.get(0), actor: r.get(1), action: r.get(2), target: r.get(3) })
            .collect())
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
