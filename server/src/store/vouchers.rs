//! Queries for the fritidscheck: each year's terms, issuing, lookups, redemptions and
//! their reversal, settlements and statistics.
//!
//! A voucher's balance changes only through one conditional update, which subtracts
//! only while the balance covers the amount, inside the transaction that records the
//! redemption. `PostgreSQL` takes a row lock and checks the condition again after
//! waiting for it; `SQLite` runs one writer at a time (`BEGIN IMMEDIATE`). Either way
//! concurrent redemptions queue up and the balance can never go below zero.

use std::collections::BTreeMap;

use model::{
    schedule::Day,
    voucher::VoucherCode,
    vouchers::{
        age_band, association_may_reverse, redemption_refusal, AgeBandStats, AssociationStats, IssueRequest,
        MonthStats, Receipt, RedemptionLine, Settlement, SettlementLine, SettlementState, StaffVoucher, VoucherCheck,
        VoucherState, VoucherStats, VoucherUse, VoucherYear, AGE_BANDS,
    },
    FieldError,
};
use sqlx::{any::AnyRow, Row as _};

use super::{now, record, Audit, Store};

/// The lookup log is kept this long, then deleted.
pub const LOOKUP_LOG_DAYS: i64 = 180;
/// A child's first name and the guardian's contact are blanked this long after the
/// voucher ran out; the money trail stays for the bookkeeping.
pub const PERSONAL_DATA_DAYS: i64 = 2 * 365;

/// A voucher as stored.
#[derive(Debug, Clone)]
pub struct VoucherRow {
    pub id: i64,
    pub municipality_id: i64,
    pub year: i32,
    pub code: String,
    pub first_name: String,
    pub birth_year: i32,
    pub guardian_contact: String,
    pub amount_ore: i64,
    pub balance_ore: i64,
    pub valid_from: Day,
    pub valid_until: Day,
    pub revoked: bool,
}

const VOUCHER_SELECT: &str = "SELECT id, municipality_id, year, code, first_name, birth_year, guardian_contact,
        amount_ore, balance_ore, valid_from, valid_until, revoked_at FROM vouchers";

fn day(r: &AnyRow, column: &str) -> Day {
    Day::parse(&r.get::<String, _>(column)).expect("days are stored as YYYY-MM-DD")
}

fn optional_day(r: &AnyRow, column: &str) -> Option<Day> {
    r.get::<Option<String>, _>(column).and_then(|d| Day::parse(&d))
}

fn int(r: &AnyRow, column: &str) -> i32 {
    i32::try_from(r.get::<i64, _>(column)).expect("a year fits")
}

fn voucher_row(r: &AnyRow) -> VoucherRow {
    VoucherRow {
        id: r.get("id"),
        municipality_id: r.get("municipality_id"),
        year: int(r, "year"),
        code: r.get("code"),
        first_name: r.get("first_name"),
        birth_year: int(r, "birth_year"),
        guardian_contact: r.get("guardian_contact"),
        amount_ore: r.get("amount_ore"),
        balance_ore: r.get("balance_ore"),
        valid_from: day(r, "valid_from"),
        valid_until: day(r, "valid_until"),
        revoked: r.get::<Option<i64>, _>("revoked_at").is_some(),
    }
}

/// The stored code in groups of four.
pub fn shown(code: &str) -> String {
    VoucherCode::parse(code).map_or_else(|_| code.to_owned(), |c| c.to_string())
}

impl VoucherRow {
    pub fn state(&self, today: Day) -> VoucherState {
        VoucherState::of(self.valid_from, self.valid_until, self.revoked, self.balance_ore, today)
    }

    pub fn staff(&self, today: Day) -> StaffVoucher {
        StaffVoucher {
            id: self.id,
            code: shown(&self.code),
            year: self.year,
            first_name: self.first_name.clone(),
            birth_year: self.birth_year,
            guardian_contact: self.guardian_contact.clone(),
            amount_ore: self.amount_ore,
            balance_ore: self.balance_ore,
            valid_from: self.valid_from,
            valid_until: self.valid_until,
            state: self.state(today),
        }
    }

    pub fn check(&self, today: Day) -> VoucherCheck {
        VoucherCheck {
            code: shown(&self.code),
            first_name: self.first_name.clone(),
            birth_year: self.birth_year,
            balance_ore: self.balance_ore,
            valid_from: self.valid_from,
            valid_until: self.valid_until,
            state: self.state(today),
        }
    }
}

/// Who redeems: the association, its name and the account acting for it.
pub struct Redeemer<'a> {
    pub association_id: i64,
    pub association: &'a str,
    pub municipality_id: i64,
    pub account_id: i64,
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

const LINE_SELECT: &str = "SELECT r.id, r.amount_ore, r.redeemed_on, r.reversed_on, r.reversal_reason, r.settlement_id,
        r.reversal_settlement_id, r.association_id, s.name AS association, v.code, v.first_name, v.birth_year,
        t.title AS activity
     FROM redemptions r
     JOIN vouchers v ON v.id = r.voucher_id
     JOIN associations s ON s.id = r.association_id
     LEFT JOIN activity_texts t ON t.activity_id = r.activity_id AND t.lang = 'sv'";

fn line(r: &AnyRow, today: Day, staff: bool) -> RedemptionLine {
    let on = day(r, "redeemed_on");
    let reversed_on = optional_day(r, "reversed_on");
    let settlement_id: Option<i64> = r.get("settlement_id");
    RedemptionLine {
        id: r.get("id"),
        code: shown(&r.get::<String, _>("code")),
        first_name: r.get("first_name"),
        birth_year: int(r, "birth_year"),
        association_id: r.get("association_id"),
        association: r.get("association"),
        activity: r.get("activity"),
        amount_ore: r.get("amount_ore"),
        on,
        reversed_on,
        reversal_reason: r.get("reversal_reason"),
        settlement_id,
        reversible: reversed_on.is_none() && (staff || association_may_reverse(on, today, settlement_id.is_some())),
    }
}

fn settlement_line(r: &AnyRow, negative: bool) -> SettlementLine {
    let amount: i64 = r.get("amount_ore");
    SettlementLine {
        redemption_id: r.get("id"),
        code: shown(&r.get::<String, _>("code")),
        activity: r.get("activity"),
        on: if negative {
            optional_day(r, "reversed_on").expect("a reversal has a day")
        } else {
            day(r, "redeemed_on")
        },
        amount_ore: if negative { -amount } else { amount },
    }
}

fn settlement(r: &AnyRow) -> Settlement {
    let paid_on = optional_day(r, "paid_on");
    Settlement {
        id: Some(r.get("id")),
        association_id: r.get("association_id"),
        association: r.get("association"),
        from: day(r, "period_from"),
        until: day(r, "period_until"),
        total_ore: r.get("total_ore"),
        state: Some(if paid_on.is_some() { SettlementState::Paid } else { SettlementState::Closed }),
        closed_on: Some(day(r, "closed_on")),
        paid_on,
        lines: Vec::new(),
    }
}

const SETTLEMENT_SELECT: &str = "SELECT st.id, st.municipality_id, st.association_id, s.name AS association,
        st.period_from, st.period_until, st.total_ore, st.closed_on, st.paid_on
     FROM settlements st JOIN associations s ON s.id = st.association_id";

/// Lines not yet in any settlement, within a period: redemptions not reversed, and
/// reversals of redemptions an earlier settlement paid for.
const OPEN_REDEMPTIONS: &str = "r.association_id = $1 AND r.settlement_id IS NULL AND r.reversed_on IS NULL
     AND r.redeemed_on >= $2 AND r.redeemed_on <= $3";
const OPEN_REVERSALS: &str = "r.association_id = $1 AND r.settlement_id IS NOT NULL AND r.reversed_on IS NOT NULL
     AND r.reversal_settlement_id IS NULL AND r.reversed_on >= $2 AND r.reversed_on <= $3";

impl Store {
    /// The municipality's name, for the bookkeeping files.
    pub async fn municipality_name(&self, id: i64) -> sqlx::Result<Option<String>> {
        let row =
            sqlx::query("SELECT name FROM municipalities WHERE id = $1").bind(id).fetch_optional(&self.pool).await?;
        Ok(row.map(|r| r.get("name")))
    }

    /// The year's terms as staff set them, if they have.
    pub async fn voucher_year(&self, municipality_id: i64, year: i32) -> sqlx::Result<Option<VoucherYear>> {
        let row = sqlx::query(
            "SELECT year, amount_ore, valid_from, valid_until, min_age, max_age, expense_account, payable_account
             FROM voucher_years WHERE municipality_id = $1 AND year = $2",
        )
        .bind(municipality_id)
        .bind(i64::from(year))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| VoucherYear {
            year: int(&r, "year"),
            amount_ore: r.get("amount_ore"),
            valid_from: day(&r, "valid_from"),
            valid_until: day(&r, "valid_until"),
            min_age: u8::try_from(r.get::<i64, _>("min_age")).expect("checked on save"),
            max_age: u8::try_from(r.get::<i64, _>("max_age")).expect("checked on save"),
            expense_account: r.get("expense_account"),
            payable_account: r.get("payable_account"),
        }))
    }

    /// The year's terms, or the defaults until staff set them.
    pub async fn voucher_terms(&self, municipality_id: i64, year: i32) -> sqlx::Result<VoucherYear> {
        Ok(self.voucher_year(municipality_id, year).await?.unwrap_or_else(|| VoucherYear::default_for(year)))
    }

    /// Saves the year's terms. Vouchers already issued keep the amount and validity they
    /// were issued with; the finder's "covered" measure follows `current_year`'s amount.
    pub async fn save_voucher_year(
        &self,
        municipality_id: i64,
        terms: &VoucherYear,
        current_year: i32,
        audit: &Audit<'_>,
    ) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO voucher_years (municipality_id, year, amount_ore, valid_from, valid_until, min_age, max_age,
                expense_account, payable_account)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (municipality_id, year) DO UPDATE SET amount_ore = excluded.amount_ore,
                valid_from = excluded.valid_from, valid_until = excluded.valid_until, min_age = excluded.min_age,
                max_age = excluded.max_age, expense_account = excluded.expense_account,
                payable_account = excluded.payable_account",
        )
        .bind(municipality_id)
        .bind(i64::from(terms.year))
        .bind(terms.amount_ore)
        .bind(terms.valid_from.to_string())
        .bind(terms.valid_until.to_string())
        .bind(i64::from(terms.min_age))
        .bind(i64::from(terms.max_age))
        .bind(&terms.expense_account)
        .bind(&terms.payable_account)
        .execute(&mut *tx)
        .await?;
        if terms.year == current_year {
            sqlx::query("UPDATE municipalities SET voucher_amount_ore = $1 WHERE id = $2")
                .bind(terms.amount_ore)
                .bind(municipality_id)
                .execute(&mut *tx)
                .await?;
        }
        audit.write(&mut tx).await?;
        tx.commit().await
    }

    /// Issues one voucher per request under the year's terms, all or none; returns the
    /// new ids in order. Codes come from `draw`: [`new_code`], except for the demo, which
    /// is issued by nobody (`by` is `None`) and flagged as demo data.
    pub async fn issue_vouchers(
        &self,
        municipality_id: i64,
        terms: &VoucherYear,
        children: &[IssueRequest],
        by: Option<i64>,
        draw: &mut (dyn FnMut() -> VoucherCode + Send),
        audit: Option<&Audit<'_>>,
    ) -> sqlx::Result<Vec<i64>> {
        let demo = by.is_none();
        let mut tx = self.begin_write().await?;
        let mut ids = Vec::with_capacity(children.len());
        for child in children {
            let code = loop {
                let code = draw();
                let taken = sqlx::query("SELECT 1 FROM vouchers WHERE code = $1")
                    .bind(code.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
                if taken.is_none() {
                    break code;
                }
            };
            let id: i64 = sqlx::query(
                "INSERT INTO vouchers (municipality_id, year, code, first_name, birth_year, guardian_contact, amount_ore,
                    balance_ore, valid_from, valid_until, issued_at, issued_by, demo)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10, $11, $12) RETURNING id",
            )
            .bind(municipality_id)
            .bind(i64::from(terms.year))
            .bind(code.as_str())
            .bind(child.first_name.trim())
            .bind(i64::from(child.birth_year))
            .bind(child.guardian_contact.trim())
            .bind(terms.amount_ore)
            .bind(terms.valid_from.to_string())
            .bind(terms.valid_until.to_string())
            .bind(now())
            .bind(by)
            .bind(i64::from(demo))
            .fetch_one(&mut *tx)
            .await?
            .get(0);
            ids.push(id);
        }
        // An entry without a target names the vouchers by their ids.
        let ids_text = ids.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
        let audit = audit.map(|a| if a.target.is_empty() { a.with_target(&ids_text) } else { *a });
        record(audit.as_ref(), &mut tx).await?;
        tx.commit().await?;
        Ok(ids)
    }

    /// Which of these children (first name, birth year, guardian contact) already hold a
    /// voucher for the year: an import run twice must not issue twice.
    pub async fn already_issued(&self, municipality_id: i64, year: i32) -> sqlx::Result<Vec<(String, i32, String)>> {
        let rows = sqlx::query(
            "SELECT first_name, birth_year, guardian_contact FROM vouchers WHERE municipality_id = $1 AND year = $2",
        )
        .bind(municipality_id)
        .bind(i64::from(year))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(|r| (r.get("first_name"), int(r, "birth_year"), r.get("guardian_contact"))).collect())
    }

    /// The year's vouchers, or only those never used, youngest first.
    pub async fn vouchers(&self, municipality_id: i64, year: i32, unused_only: bool) -> sqlx::Result<Vec<VoucherRow>> {
        let unused = if unused_only { " AND balance_ore = amount_ore AND revoked_at IS NULL" } else { "" };
        let rows = sqlx::query(&format!(
            "{VOUCHER_SELECT} WHERE municipality_id = $1 AND year = $2{unused} ORDER BY birth_year DESC, first_name, id"
        ))
        .bind(municipality_id)
        .bind(i64::from(year))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(voucher_row).collect())
    }

    pub async fn voucher(&self, id: i64) -> sqlx::Result<Option<VoucherRow>> {
        let row = sqlx::query(&format!("{VOUCHER_SELECT} WHERE id = $1")).bind(id).fetch_optional(&self.pool).await?;
        Ok(row.as_ref().map(voucher_row))
    }

    pub async fn voucher_by_code(&self, code: &VoucherCode) -> sqlx::Result<Option<VoucherRow>> {
        let row = sqlx::query(&format!("{VOUCHER_SELECT} WHERE code = $1"))
            .bind(code.as_str())
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(voucher_row))
    }

    /// Where the voucher's money went, oldest first.
    pub async fn voucher_uses(&self, voucher_id: i64) -> sqlx::Result<Vec<VoucherUse>> {
        let rows = sqlx::query(&format!("{LINE_SELECT} WHERE r.voucher_id = $1 ORDER BY r.id"))
            .bind(voucher_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .iter()
            .map(|r| VoucherUse {
                association: r.get("association"),
                activity: r.get("activity"),
                amount_ore: r.get("amount_ore"),
                on: day(r, "redeemed_on"),
                reversed: r.get::<Option<String>, _>("reversed_on").is_some(),
            })
            .collect())
    }

    /// Records that someone looked a code up: the voucher if one matched, the account if
    /// signed in, and otherwise a keyed hash of the client's address.
    pub async fn log_lookup(&self, voucher_id: Option<i64>, account_id: Option<i64>, client: &str) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO voucher_lookups (at, voucher_id, account_id, client, found) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(now())
        .bind(voucher_id)
        .bind(account_id)
        .bind(client)
        .bind(i64::from(voucher_id.is_some()))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// How many lookups found nothing, per client, since `since`: guessing shows here.
    pub async fn failed_lookups_since(&self, since: i64) -> sqlx::Result<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT client, COUNT(*) AS misses FROM voucher_lookups WHERE found = 0 AND at >= $1
             GROUP BY client ORDER BY misses DESC",
        )
        .bind(since)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(|r| (r.get("client"), r.get("misses"))).collect())
    }

    /// Revokes a voucher (a lost card); false if it already was.
    pub async fn revoke_voucher(&self, id: i64, reason: &str, audit: &Audit<'_>) -> sqlx::Result<bool> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE vouchers SET revoked_at = $1, revoked_reason = $2 WHERE id = $3 AND revoked_at IS NULL",
        )
        .bind(now())
        .bind(reason)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(true)
    }

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
        let voucher = sqlx::query(&format!("{VOUCHER_SELECT} WHERE code = $1"))
            .bind(payment.code.as_str())
            .fetch_optional(&mut *tx)
            .await?
            .as_ref()
            .map(voucher_row)
            .filter(|v| v.municipality_id == by.municipality_id)
            .ok_or(RedeemError::UnknownCode)?;
        let earlier =
            sqlx::query(EARLIER).bind(by.association_id).bind(payment.idempotency_key).fetch_optional(&mut *tx).await?;
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
        let replay = |r: &AnyRow| {
            let same = r.get::<i64, _>("voucher_id") == voucher.id
                && r.get::<i64, _>("amount_ore") == payment.amount_ore
                && r.get::<Option<i64>, _>("activity_id") == activity_id;
            if same {
                Ok(Redeemed::Replayed(receipt(r.get("id"), r.get("balance_after_ore"), day(r, "redeemed_on"))))
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
            let twin = sqlx::query(EARLIER)
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

        let left = sqlx::query(
            "UPDATE vouchers SET balance_ore = balance_ore - $1
             WHERE id = $2 AND balance_ore >= $1 AND revoked_at IS NULL RETURNING balance_ore",
        )
        .bind(payment.amount_ore)
        .bind(voucher.id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(left) = left else {
            return refuse(FieldError::new("amount_ore", "error-voucher-balance"), &mut tx).await;
        };
        let balance_after: i64 = left.get(0);
        let id: i64 = sqlx::query(
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
        .await?
        .get(0);
        let target = id.to_string();
        Audit::new(Some(by.account_id), Some(by.municipality_id), "voucher-redeemed", &target).write(&mut tx).await?;
        tx.commit().await?;
        Ok(Redeemed::New(receipt(id, balance_after, today)))
    }

    /// A redemption's association, municipality, day and settlement, for the rights check.
    pub async fn redemption_owner(&self, id: i64) -> sqlx::Result<Option<(i64, i64)>> {
        let row = sqlx::query(
            "SELECT r.association_id, s.municipality_id FROM redemptions r
             JOIN associations s ON s.id = r.association_id WHERE r.id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| (r.get("association_id"), r.get("municipality_id"))))
    }

    /// Takes a redemption back and puts the money on the voucher again. Staff may do so
    /// at any time; an association within its window and before settlement.
    pub async fn reverse(
        &self,
        id: i64,
        account_id: i64,
        reason: &str,
        as_staff: bool,
        today: Day,
        audit: &Audit<'_>,
    ) -> Result<(), ReverseError> {
        let mut tx = self.begin_write().await?;
        // PostgreSQL locks the row until the transaction ends, so a parallel reversal
        // waits and then sees this one; SQLite's write transaction already excludes it.
        let lock = if self.backend == super::Backend::Postgres { " FOR UPDATE" } else { "" };
        let row = sqlx::query(&format!(
            "SELECT voucher_id, amount_ore, redeemed_on, reversed_on, settlement_id FROM redemptions WHERE id = $1{lock}"
        ))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(ReverseError::NotFound)?;
        if row.get::<Option<String>, _>("reversed_on").is_some() {
            return Err(ReverseError::Refused(FieldError::new("id", "error-voucher-already-reversed")));
        }
        let settled = row.get::<Option<i64>, _>("settlement_id").is_some();
        if !as_staff && !association_may_reverse(day(&row, "redeemed_on"), today, settled) {
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
            .bind(row.get::<i64, _>("amount_ore"))
            .bind(row.get::<i64, _>("voucher_id"))
            .execute(&mut *tx)
            .await?;
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The association's redemptions, newest first.
    pub async fn association_redemptions(
        &self,
        association_id: i64,
        today: Day,
        staff: bool,
    ) -> sqlx::Result<Vec<RedemptionLine>> {
        let rows = sqlx::query(&format!("{LINE_SELECT} WHERE r.association_id = $1 ORDER BY r.id DESC"))
            .bind(association_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(|r| line(r, today, staff)).collect())
    }

    /// What the municipality owes the association and has not settled yet.
    pub async fn open_amount(&self, association_id: i64) -> sqlx::Result<i64> {
        let (first, last) = ("0000-00-00", "9999-99-99");
        let lines = self.open_lines(association_id, first, last).await?;
        Ok(lines.iter().map(|l| l.amount_ore).sum())
    }

    async fn open_lines(&self, association_id: i64, from: &str, until: &str) -> sqlx::Result<Vec<SettlementLine>> {
        let redeemed = sqlx::query(&format!("{LINE_SELECT} WHERE {OPEN_REDEMPTIONS} ORDER BY r.redeemed_on, r.id"))
            .bind(association_id)
            .bind(from)
            .bind(until)
            .fetch_all(&self.pool)
            .await?;
        let reversed = sqlx::query(&format!("{LINE_SELECT} WHERE {OPEN_REVERSALS} ORDER BY r.reversed_on, r.id"))
            .bind(association_id)
            .bind(from)
            .bind(until)
            .fetch_all(&self.pool)
            .await?;
        Ok(redeemed
            .iter()
            .map(|r| settlement_line(r, false))
            .chain(reversed.iter().map(|r| settlement_line(r, true)))
            .collect())
    }

    /// What closing a settlement for the period would cover.
    pub async fn settlement_preview(
        &self,
        association_id: i64,
        association: &str,
        from: Day,
        until: Day,
    ) -> sqlx::Result<Settlement> {
        let lines = self.open_lines(association_id, &from.to_string(), &until.to_string()).await?;
        Ok(Settlement {
            id: None,
            association_id,
            association: association.to_owned(),
            from,
            until,
            total_ore: lines.iter().map(|l| l.amount_ore).sum(),
            state: None,
            closed_on: None,
            paid_on: None,
            lines,
        })
    }

    /// Closes a settlement over the period's open lines; `None` when there are none.
    /// The lines it covers can no longer be reversed by the association.
    pub async fn close_settlement(
        &self,
        municipality_id: i64,
        association_id: i64,
        from: Day,
        until: Day,
        account_id: i64,
        today: Day,
    ) -> sqlx::Result<Option<i64>> {
        let (from, until) = (from.to_string(), until.to_string());
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO settlements (municipality_id, association_id, period_from, period_until, total_ore, closed_on,
                closed_by) VALUES ($1, $2, $3, $4, 0, $5, $6) RETURNING id",
        )
        .bind(municipality_id)
        .bind(association_id)
        .bind(&from)
        .bind(&until)
        .bind(today.to_string())
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?
        .get(0);
        // One statement each marks the lines and returns their amounts, so a redemption
        // made meanwhile is in this settlement and its total, or in neither.
        let (mut lines, mut total) = (0, 0);
        for (column, open, sign) in
            [("settlement_id", OPEN_REDEMPTIONS, 1), ("reversal_settlement_id", OPEN_REVERSALS, -1)]
        {
            let amounts =
                sqlx::query(&format!("UPDATE redemptions AS r SET {column} = $4 WHERE {open} RETURNING amount_ore"))
                    .bind(association_id)
                    .bind(&from)
                    .bind(&until)
                    .bind(id)
                    .fetch_all(&mut *tx)
                    .await?;
            lines += amounts.len();
            total += sign * amounts.iter().map(|r| r.get::<i64, _>(0)).sum::<i64>();
        }
        if lines == 0 {
            // Dropping the transaction takes the empty settlement back.
            return Ok(None);
        }
        sqlx::query("UPDATE settlements SET total_ore = $1 WHERE id = $2")
            .bind(total)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let target = id.to_string();
        Audit::new(Some(account_id), Some(municipality_id), "settlement-closed", &target).write(&mut tx).await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Settlements of a municipality, or of one association, newest first, without lines.
    pub async fn settlements(
        &self,
        municipality_id: i64,
        association_id: Option<i64>,
    ) -> sqlx::Result<Vec<Settlement>> {
        let one = if association_id.is_some() { " AND st.association_id = $2" } else { "" };
        let sql = format!("{SETTLEMENT_SELECT} WHERE st.municipality_id = $1{one} ORDER BY st.id DESC");
        let mut query = sqlx::query(&sql).bind(municipality_id);
        if let Some(association_id) = association_id {
            query = query.bind(association_id);
        }
        let rows = query.fetch_all(&self.pool).await?;
        Ok(rows.iter().map(settlement).collect())
    }

    /// A settlement with every line, and its municipality.
    pub async fn settlement(&self, id: i64) -> sqlx::Result<Option<(i64, Settlement)>> {
        let Some(row) =
            sqlx::query(&format!("{SETTLEMENT_SELECT} WHERE st.id = $1")).bind(id).fetch_optional(&self.pool).await?
        else {
            return Ok(None);
        };
        let mut found = settlement(&row);
        let redeemed = sqlx::query(&format!("{LINE_SELECT} WHERE r.settlement_id = $1 ORDER BY r.redeemed_on, r.id"))
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        let reversed =
            sqlx::query(&format!("{LINE_SELECT} WHERE r.reversal_settlement_id = $1 ORDER BY r.reversed_on, r.id"))
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        found.lines = redeemed
            .iter()
            .map(|r| settlement_line(r, false))
            .chain(reversed.iter().map(|r| settlement_line(r, true)))
            .collect();
        Ok(Some((row.get("municipality_id"), found)))
    }

    /// Marks a settlement paid; false if it already was.
    pub async fn mark_paid(&self, id: i64, account_id: i64, today: Day, audit: &Audit<'_>) -> sqlx::Result<bool> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query("UPDATE settlements SET paid_on = $1, paid_by = $2 WHERE id = $3 AND paid_on IS NULL")
            .bind(today.to_string())
            .bind(account_id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The year's numbers: by age band, by association and by month. No names.
    pub async fn voucher_stats(&self, municipality_id: i64, year: i32) -> sqlx::Result<VoucherStats> {
        let vouchers = sqlx::query(
            "SELECT v.birth_year, v.amount_ore,
                (SELECT CAST(COALESCE(SUM(r.amount_ore), 0) AS BIGINT) FROM redemptions r
                 WHERE r.voucher_id = v.id AND r.reversed_on IS NULL) AS redeemed_ore
             FROM vouchers v WHERE v.municipality_id = $1 AND v.year = $2",
        )
        .bind(municipality_id)
        .bind(i64::from(year))
        .fetch_all(&self.pool)
        .await?;
        let mut bands: Vec<AgeBandStats> = AGE_BANDS
            .iter()
            .map(|(from_age, to_age)| AgeBandStats {
                from_age: *from_age,
                to_age: *to_age,
                issued: 0,
                used: 0,
                redeemed_ore: 0,
            })
            .collect();
        let (mut issued_ore, mut redeemed_ore, mut used) = (0, 0, 0);
        for v in &vouchers {
            let redeemed: i64 = v.get("redeemed_ore");
            let band = age_band(year - int(v, "birth_year"));
            let stats = bands.iter_mut().find(|b| (b.from_age, b.to_age) == band).expect("every band is listed");
            stats.issued += 1;
            stats.used += i64::from(redeemed > 0);
            stats.redeemed_ore += redeemed;
            issued_ore += v.get::<i64, _>("amount_ore");
            redeemed_ore += redeemed;
            used += i64::from(redeemed > 0);
        }
        let redemptions = sqlx::query(
            "SELECT r.voucher_id, r.amount_ore, r.redeemed_on, s.name AS association FROM redemptions r
             JOIN vouchers v ON v.id = r.voucher_id JOIN associations s ON s.id = r.association_id
             WHERE v.municipality_id = $1 AND v.year = $2 AND r.reversed_on IS NULL ORDER BY r.redeemed_on, r.id",
        )
        .bind(municipality_id)
        .bind(i64::from(year))
        .fetch_all(&self.pool)
        .await?;
        let mut by_association: BTreeMap<String, AssociationStats> = BTreeMap::new();
        let mut by_month: BTreeMap<String, MonthStats> = BTreeMap::new();
        let mut seen = std::collections::HashSet::new();
        for r in &redemptions {
            let amount: i64 = r.get("amount_ore");
            let name: String = r.get("association");
            let a = by_association.entry(name.clone()).or_insert(AssociationStats {
                association: name,
                redemptions: 0,
                redeemed_ore: 0,
            });
            a.redemptions += 1;
            a.redeemed_ore += amount;
            let month = r.get::<String, _>("redeemed_on")[..7].to_owned();
            let m = by_month.entry(month.clone()).or_insert(MonthStats {
                month,
                redemptions: 0,
                redeemed_ore: 0,
                first_uses: 0,
            });
            m.redemptions += 1;
            m.redeemed_ore += amount;
            m.first_uses += i64::from(seen.insert(r.get::<i64, _>("voucher_id")));
        }
        let mut by_association: Vec<AssociationStats> = by_association.into_values().collect();
        by_association
            .sort_by(|a, b| b.redeemed_ore.cmp(&a.redeemed_ore).then_with(|| a.association.cmp(&b.association)));
        Ok(VoucherStats {
            year,
            issued: i64::try_from(vouchers.len()).expect("fits"),
            used,
            issued_ore,
            redeemed_ore,
            by_age: bands,
            by_association,
            by_month: by_month.into_values().collect(),
        })
    }

    /// Deletes old lookups and blanks the names and contacts of vouchers long run out.
    pub async fn sweep_vouchers(&self, today: Day) -> sqlx::Result<u64> {
        let lookups = sqlx::query("DELETE FROM voucher_lookups WHERE at < $1")
            .bind(now() - LOOKUP_LOG_DAYS * 24 * 60 * 60)
            .execute(&self.pool)
            .await?;
        let names = sqlx::query(
            "UPDATE vouchers SET first_name = '', guardian_contact = '' WHERE valid_until < $1 AND first_name <> ''",
        )
        .bind(today.plus_days(-PERSONAL_DATA_DAYS).to_string())
        .execute(&self.pool)
        .await?;
        Ok(lookups.rows_affected() + names.rows_affected())
    }
}

/// A fresh code from the system's random source.
pub fn new_code() -> VoucherCode {
    loop {
        let mut bytes = [0_u8; 9];
        getrandom::fill(&mut bytes).expect("the system's random source");
        if let Some(code) = VoucherCode::from_random(bytes) {
            return code;
        }
    }
}
