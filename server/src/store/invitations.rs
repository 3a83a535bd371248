//! One-time links (invitations and password resets) and role offers: what an admin
//! grants to an account reaches it only when the account's owner accepts.

use model::auth::{Role, RoleOffer};
use sqlx::{Any, Transaction};

use super::{now, Audit, Store};
use crate::ids::{AccountId, AssociationId, MunicipalityId};

/// What a link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Accepting takes the offers its municipality made to the account.
    Invite,
    /// Sets a new password.
    Reset,
}

impl Purpose {
    fn code(self) -> &'static str {
        match self {
            Purpose::Invite => "invite",
            Purpose::Reset => "reset",
        }
    }

    /// Anything but a reset is an invitation, as the column's default says.
    fn from_code(code: &str) -> Purpose {
        if code == Purpose::Reset.code() {
            Purpose::Reset
        } else {
            Purpose::Invite
        }
    }
}

/// A link that can still be used, and what using it needs.
pub struct LiveLink {
    pub account_id: AccountId,
    pub email: String,
    pub purpose: Purpose,
    /// The account has a password of its own: an invitation then asks for it.
    pub password_hash: String,
}

/// A one-time link to store: only its token's hash is kept.
pub struct NewLink<'a> {
    pub account_id: AccountId,
    pub purpose: Purpose,
    /// The municipality whose admin made it: an invitation takes that municipality's offers.
    pub municipality_id: Option<MunicipalityId>,
    pub created_by: Option<AccountId>,
    pub token_hash: &'a str,
    pub expires_at: i64,
}

/// A role to offer: in a municipality, for an association when the role is `association`.
pub struct Offer {
    pub municipality_id: MunicipalityId,
    pub role: Role,
    pub association_id: Option<AssociationId>,
}

impl Store {
    /// Makes the account's one live link, with the roles it offers (an offer already made
    /// stays as it is), and its audit entry, in one transaction. Any earlier unused link
    /// of the account ends.
    pub async fn create_link(&self, link: &NewLink<'_>, offers: &[Offer], audit: &Audit<'_>) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        // Two links made at once for one account: PostgreSQL makes the second wait for the
        // first, so its DELETE sees the first link (SQLite's write transaction already does).
        if self.backend == super::Backend::Postgres {
            sqlx::query("SELECT id FROM accounts WHERE id = $1 FOR UPDATE")
                .bind(link.account_id)
                .execute(&mut *tx)
                .await?;
        }
        for offer in offers {
            sqlx::query(
                "INSERT INTO role_offers (account_id, municipality_id, role, association_id, created_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            )
            .bind(link.account_id)
            .bind(offer.municipality_id)
            .bind(offer.role.code())
            .bind(offer.association_id)
            .bind(link.created_by)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM invitations WHERE account_id = $1").bind(link.account_id).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO invitations (token_hash, account_id, created_by, created_at, expires_at, purpose, municipality_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(link.token_hash)
        .bind(link.account_id)
        .bind(link.created_by)
        .bind(now())
        .bind(link.expires_at)
        .bind(link.purpose.code())
        .bind(link.municipality_id)
        .execute(&mut *tx)
        .await?;
        audit.write(&mut tx).await?;
        tx.commit().await
    }

    /// The link, if it is unused, unexpired and its account active. Read before any
    /// password is hashed, so a wrong token costs the server nothing.
    pub async fn live_link(&self, token_hash: &str) -> sqlx::Result<Option<LiveLink>> {
        let row: Option<(AccountId, String, String, String)> = sqlx::query_as(
            "SELECT i.account_id, a.email, i.purpose, a.password_hash FROM invitations i JOIN accounts a ON a.id = i.account_id
             WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2 AND a.active = 1",
        )
        .bind(token_hash)
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(account_id, email, purpose, password_hash)| LiveLink {
            account_id,
            email,
            purpose: Purpose::from_code(&purpose),
            password_hash,
        }))
    }

    /// Uses up a link in one transaction: marks it used (once, while it is live and its
    /// account active), sets the new password if one is given (ending every session),
    /// takes the offers of the link's municipality, and writes the audit entry.
    /// Returns the account and its e-mail, or `None` when the link no longer works.
    pub async fn use_link(
        &self,
        token_hash: &str,
        new_password_hash: Option<&str>,
    ) -> sqlx::Result<Option<(AccountId, String)>> {
        let now = now();
        let mut tx = self.begin_write().await?;
        let Some((account_id, purpose, municipality_id)) =
            sqlx::query_as::<_, (AccountId, String, Option<MunicipalityId>)>(
                "UPDATE invitations SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
               AND account_id IN (SELECT id FROM accounts WHERE active = 1)
             RETURNING account_id, purpose, municipality_id",
            )
            .bind(token_hash)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(None);
        };
        if let Some(hash) = new_password_hash {
            sqlx::query("UPDATE accounts SET password_hash = $2 WHERE id = $1")
                .bind(account_id)
                .bind(hash)
                .execute(&mut *tx)
                .await?;
            // A new password ends every earlier session.
            sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
        }
        if Purpose::from_code(&purpose) == Purpose::Invite {
            if let Some(m) = municipality_id {
                let offers: Vec<i64> =
                    sqlx::query_scalar("SELECT id FROM role_offers WHERE account_id = $1 AND municipality_id = $2")
                        .bind(account_id)
                        .bind(m)
                        .fetch_all(&mut *tx)
                        .await?;
                for offer in offers {
                    take_offer(&mut tx, offer, account_id).await?;
                }
            }
        }
        let email: String =
            sqlx::query_scalar("SELECT email FROM accounts WHERE id = $1").bind(account_id).fetch_one(&mut *tx).await?;
        let action = if new_password_hash.is_some() { "password-set" } else { "invitation-accepted" };
        Audit::new(Some(account_id), municipality_id, action, &email).write(&mut tx).await?;
        tx.commit().await?;
        Ok(Some((account_id, email)))
    }

    /// What the account is offered, for its owner to accept or refuse.
    pub async fn offers_to(&self, account_id: AccountId) -> sqlx::Result<Vec<RoleOffer>> {
        let rows: Vec<(i64, String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT o.id, o.role, m.slug, m.name, s.name FROM role_offers o JOIN municipalities m ON m.id = o.municipality_id
             LEFT JOIN associations s ON s.id = o.association_id WHERE o.account_id = $1 ORDER BY o.id",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, role, municipality, municipality_name, association)| {
                Some(RoleOffer { id, role: Role::from_code(&role)?, municipality, municipality_name, association })
            })
            .collect())
    }

    /// The owner answers an offer: accepted, the role is granted; refused, it is gone.
    /// `None` when the offer is not this account's (or already answered).
    pub async fn answer_offer(
        &self,
        offer_id: i64,
        account_id: AccountId,
        accept: bool,
    ) -> sqlx::Result<Option<MunicipalityId>> {
        let mut tx = self.begin_write().await?;
        // The offer's deletion decides: of two answers at once, only the one that deleted
        // it goes on.
        let answered = if accept {
            take_offer(&mut tx, offer_id, account_id).await?
        } else {
            sqlx::query_as::<_, (MunicipalityId, String)>(
                "DELETE FROM role_offers WHERE id = $1 AND account_id = $2 RETURNING municipality_id, role",
            )
            .bind(offer_id)
            .bind(account_id)
            .fetch_optional(&mut *tx)
            .await?
        };
        let Some((m, role)) = answered else { return Ok(None) };
        let action = if accept { "role-offer-accepted" } else { "role-offer-refused" };
        let email: String =
            sqlx::query_scalar("SELECT email FROM accounts WHERE id = $1").bind(account_id).fetch_one(&mut *tx).await?;
        Audit::new(Some(account_id), Some(m), action, &format!("{email}: {role}")).write(&mut tx).await?;
        tx.commit().await?;
        Ok(Some(m))
    }
}

/// Grants an offered role (and the association it is for) and removes the offer; the
/// municipality and role it granted, or `None` when the offer was no longer there. The
/// `DELETE … RETURNING` makes two acceptances of one offer grant it once.
async fn take_offer(
    tx: &mut Transaction<'static, Any>,
    offer_id: i64,
    account_id: AccountId,
) -> sqlx::Result<Option<(MunicipalityId, String)>> {
    let Some((m, role, association)) = sqlx::query_as::<_, (MunicipalityId, String, Option<i64>)>(
        "DELETE FROM role_offers WHERE id = $1 AND account_id = $2 RETURNING municipality_id, role, association_id",
    )
    .bind(offer_id)
    .bind(account_id)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(None);
    };
    sqlx::query(
        "INSERT INTO account_roles (account_id, role, municipality_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(account_id)
    .bind(&role)
    .bind(m)
    .execute(&mut **tx)
    .await?;
    if let Some(association) = association {
        sqlx::query(
            "INSERT INTO association_accounts (association_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(association)
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(Some((m, role)))
}
