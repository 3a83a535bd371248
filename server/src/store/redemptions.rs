//! Redemptions: an association takes a payment from a voucher exactly once, and may take
//! it back within its window; staff at any time.
//!
//! A voucher's balance changes only through one conditional update, which subtracts
//! only while the balance covers the amount, inside the transaction that records the
//! redemption. `PostgreSQL` takes a row lock and checks the condition again after
//! waiting for it; `SQLite` runs one writer at a time (`BEGIN IMMEDIATE`). Either way
//! concurrent redemptions queue up and the balance can never go below zero.

use model::{
    schedule::Day,
    voucher::VoucherCode,
    vouchers::{association_may_reverse, redemption_refusal, Receipt, RedemptionLine},
    FieldError,
};

use super::{
    now,
    vouchers::{optional_day, shown, LineRow, VoucherRow, LINE_SELECT, VOUCHER_SELECT},
    Audit, Store, Stored,
};
use crate::ids::{AccountId, AssociationId, MunicipalityId, RedemptionId, VoucherId};

/// Who redeems: the association, its name and the account acting for it.
pub struct Redeemer<'a> {
    pub association_id: AssociationId,
    pub association: &'a str,
    pub municipality_id: MunicipalityId,
    pub account_id: AccountId,
}

/// What the association pays for.
pub struct Payment<'a> {
    pub code: &'a VoucherCode,
    pub amount_ore: i64,
    pub activity: Option<(i64, String)>,
    pub idempotency_key: &'a str,
}

pub enum Redeemed {
    New(Receipt),
    /// The same key came again: the first receipt, nothing changed.
    Replayed(Receipt),
}

#[derive(Debug)]
pub enum RedeemError {
    UnknownCode,
    Refused(FieldError),
    KeyReused,
    Database(sqlx::Error),
}

impl From<sqlx::Error> for RedeemError {
    fn from(error: sqlx::Error) -> Self {
        RedeemError::Database(error)
    }
}

#[derive(Debug)]
pub enum ReverseError {
    NotFound,
    Refused(FieldError),
    Database(sqlx::Error),
}

impl From<sqlx::Error> for ReverseError {
    fn from(error: sqlx::Error) -> Self {
        ReverseError::Database(error)
    }
}

const EARLIER: &str = "SELECT id, voucher_id, amount_ore, activity_id, balance_after_ore, redeemed_on FROM redemptions
     WHERE association_id = $1 AND idempotency_key = $2";

/// A redemption made earlier under the same idempotency key (`EARLIER`).
#[derive(sqlx::FromRow)]
struct Earlier {
    id: i64,
    voucher_id: VoucherId,
    amount_ore: i64,
    activity_id: Option<i64>,
    balance_after_ore: i64,
    #[sqlx(try_from = "Stored<Day>")]
    redeemed_on: Day,
}

/// What a reversal needs to know of the redemption.
#[derive(sqlx::FromRow)]
struct ToReverse {
    voucher_id: VoucherId,
    amount_ore: i64,
    #[sqlx(try_from = "Stored<Day>")]
    redeemed_on: Day,
    reversed_on: Option<String>,
    settlement_id: Option<i64>,
}

fn line(r: LineRow, today: Day, staff: bool) -> RedemptionLine {
    let on = r.redeemed_on;
    let reversed_on = optional_day(r.reversed_on.as_deref());
    let settlement_id = r.settlement_id;
    RedemptionLine {
        id: r.id,
        code: shown(&r.code),
        first_name: r.first_name,
        birth_year: r.birth_year,
        association_id: r.association_id,
        association: r.association,
        activity: r.activity,
        amount_ore: r.amount_ore,
        on,
        reversed_on,
        reversal_reason: r.reversal_reason,
        settlement_id,
        reversible: reversed_on.is_none() && (staff || association_may_reverse(on, today, settlement_id.is_some())),
    }
}

impl Store {
    /// Takes a payment from a voucher exactly once per idempotency key.
    pub async fn redeem(&self, by: &Redeemer<'_>, payment: &Payment<'_>, today: Day) -> Result<Redeemed, RedeemError> {
        match self.try_redeem(by, payment, today).await {
            // Two requests with the same key raced past the first check and the
            // unique index stopped the second: the first one's receipt is the answer.
            Err(RedeemError::Database(sqlx::Error::Database(e))) if e.is_unique_violation() => {
                self.try_redeem(by, payment, today).await
            }
            other => other,
        }
    }

    async fn try_redeem(&self, by: &Redeemer<'_>, payment: &Payment<'_>, today: Day) -> Result<Redeemed, RedeemError> {
        let mut tx = self.begin_write().await?;
        let voucher = sqlx::query_as::<_, VoucherRow>(&format!("{VOUCHER_SELECT} WHERE code = $1"))
            .bind(payment.code.as_str())
            .fetch_optional(&mut *tx)
            .await?
            .filter(|v| v.municipality_id == by.municipality_id)
            .ok_or(RedeemError::UnknownCode)?;
        let earlier: Option<Earlier> = sqlx::query_as(EARLIER)
            .bind(by.association_id)
            .bind(payment.idempotency_key)
            .fetch_optional(&mut *tx)
            .await?;
        let activity_id = payment.activity.as_ref().map(|(id, _)| *id);
        let receipt = |id, balance_after_ore, on| Receipt {
            id,
            code: shown(&voucher.code),
            first_name: voucher.first_name.clone(),
            association: by.association.to_owned(),
            activity: payment.activity.as_ref().map(|(_, title)| title.clone()),
            amount_ore: payment.amount_ore,
            balance_after_ore,
            on,
        };
        // The same payment again gets the first receipt; another payment under the
        // same key is refused.
        let replay = |r: &Earlier| {
            let same = r.voucher_id == voucher.id && r.amount_ore == payment.amount_ore && r.activity_id == activity_id;
            if same {
                Ok(Redeemed::Replayed(receipt(r.id, r.balance_after_ore, r.redeemed_on)))
            } else {
                Err(RedeemError::KeyReused)
            }
        };
        if let Some(r) = earlier {
            return replay(&r);
        }
        let refuse = async |why: FieldError, tx: &mut sqlx::Transaction<'static, sqlx::Any>| {
            // A twin request with the same key may have taken the money while this one
            // waited for the voucher's row: then its receipt is the answer, not a refusal.
            let twin: Option<Earlier> = sqlx::query_as(EARLIER)
                .bind(by.association_id)
                .bind(payment.idempotency_key)
                .fetch_optional(&mut **tx)
                .await?;
            match twin {
                Some(r) => replay(&r),
                None => Err(RedeemError::Refused(why)),
            }
        };
        if let Some(refusal) = redemption_refusal(voucher.state(today), voucher.balance_ore, payment.amount_ore) {
            return refuse(refusal, &mut tx).await;
        }

        let left: Option<i64> = sqlx::query_scalar(
            "UPDATE vouchers SET balance_ore = balance_ore - $1
             WHERE id = $2 AND balance_ore >= $1 AND revoked_at IS NULL RETURNING balance_ore",
        )
        .bind(payment.amount_ore)
        .bind(voucher.id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(balance_after) = left else {
            return refuse(FieldError::new("amount_ore", "error-voucher-balance"), &mut tx).await;
        };
        let id: RedemptionId = sqlx::query_scalar(
            "INSERT INTO redemptions (voucher_id, association_id, activity_id, amount_ore, balance_after_ore,
                idempotency_key, redeemed_on, redeemed_at, redeemed_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(voucher.id)
        .bind(by.association_id)
        .bind(activity_id)
        .bind(payment.amount_ore)
        .bind(balance_after)
        .bind(payment.idempotency_key)
        .bind(today.to_string())
        .bind(now())
        .bind(by.account_id)
        .fetch_one(&mut *tx)
        .await?;
        let target = id.to_string();
        Audit::new(Some(by.account_id), Some(by.municipality_id), "voucher-redeemed", &target).write(&mut tx).await?;
        tx.commit().await?;
        Ok(Redeemed::New(receipt(id.0, balance_after, today)))
    }

    /// A redemption's association, municipality, day and settlement, for the rights check.
    pub async fn redemption_owner(&self, id: RedemptionId) -> sqlx::Result<Option<(AssociationId, MunicipalityId)>> {
        sqlx::query_as(
            "SELECT r.association_id, s.municipality_id FROM redemptions r
             JOIN associations s ON s.id = r.association_id WHERE r.id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
    }

    /// Takes a redemption back and puts the money on the voucher again. Staff may do so
    /// at any time; an association within its window and before settlement.
    pub async fn reverse(
        &self,
        id: RedemptionId,
        account_id: AccountId,
        reason: &str,
        as_staff: bool,
        today: Day,
        audit: &Audit<'_>,
    ) -> Result<(), ReverseError> {
        let mut tx = self.begin_write().await?;
        // PostgreSQL locks the row until the transaction ends, so a parallel reversal
        // waits and then sees this one; SQLite's write transaction already excludes it.
        let lock = if self.backend == super::Backend::Postgres { " FOR UPDATE" } else { "" };
        let row = sqlx::query_as::<_, ToReverse>(&format!(
            "SELECT voucher_id, amount_ore, redeemed_on, reversed_on, settlement_id FROM redemptions WHERE id = $1{lock}"
        ))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(ReverseError::NotFound)?;
        if row.reversed_on.is_some() {
            return Err(ReverseError::Refused(FieldError::new("id", "error-voucher-already-reversed")));
        }
        let settled = row.settlement_id.is_some();
        if !as_staff && !association_may_reverse(row.redeemed_on, today, settled) {
            let why = if settled { "error-voucher-settled" } else { "error-voucher-reversal-window" };
            return Err(ReverseError::Refused(FieldError::new("id", why)));
        }
        let marked = sqlx::query(
            "UPDATE redemptions SET reversed_on = $1, reversed_by = $2, reversal_reason = $3
             WHERE id = $4 AND reversed_on IS NULL",
        )
        .bind(today.to_string())
        .bind(account_id)
        .bind(reason)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // The credit depends on this transaction having marked the redemption: a twin
        // that lost the race credits nothing.
        if marked != 1 {
            return Err(ReverseError::Refused(FieldError::new("id", "error-voucher-already-reversed")));
        }
        sqlx::query("UPDATE vouchers SET balance_ore = balance_ore + $1 WHERE id = $2")
            .bind(row.amount_ore)
            .bind(row.voucher_id)
            .execute(&mut *tx)
            .await?;
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The association's redemptions, newest first.
    pub async fn association_redemptions(
        &self,
        association_id: AssociationId,
        today: Day,
        staff: bool,
    ) -> sqlx::Result<Vec<RedemptionLine>> {
        let rows: Vec<LineRow> =
            sqlx::query_as(&format!("{LINE_SELECT} WHERE r.association_id = $1 ORDER BY r.id DESC"))
                .bind(association_id)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(|r| line(r, today, staff)).collect())
    }
}
