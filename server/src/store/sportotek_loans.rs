//! Sportotek loans: a family's reservation, staff handing out and taking back, extending,
//! reminding and cancelling, the counter's lists, statistics and the sweep.
//!
//! A copy is never promised twice: every change that makes a loan hold a size's copies
//! for more days runs in one write transaction that first takes the municipality's
//! Sportotek lock and the size's row (`lock_sportotek`), then counts the size's copies
//! and the loans that hold them with `model::sportotek`'s rule, and writes only if a
//! copy is still free. Every change writes its audit entry in the same transaction.

use model::{
    schedule::Day,
    sportotek::{
        check_pickup, normalised_contact, Condition, EquipmentCategory, Hold, LoanState, Refusal, Settings, StaffLoan,
    },
    voucher::LoanCode,
    FieldError, Language,
};
use sqlx::{Any, Transaction};

use super::{now, Audit, Flag, Store, Stored};
use crate::ids::{CopyId, ItemId, LoanId, MunicipalityId, SizeId};

/// A loan with its item, size and copy.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LoanRow {
    pub id: LoanId,
    pub municipality_id: MunicipalityId,
    pub size_id: SizeId,
    pub copy_id: Option<CopyId>,
    pub inventory_number: Option<String>,
    pub code: String,
    #[sqlx(try_from = "Stored<LoanState>")]
    pub state: LoanState,
    #[sqlx(try_from = "Stored<Day>")]
    pub pickup_day: Day,
    #[sqlx(try_from = "Stored<Day>")]
    pub due_day: Day,
    pub lent_on: Option<String>,
    pub ended_on: Option<String>,
    pub reminded_on: Option<String>,
    pub first_name: String,
    pub contact: String,
    pub lang: Option<String>,
    pub borrower_key: String,
    pub idempotency_key: String,
    #[sqlx(try_from = "Flag")]
    pub walk_in: bool,
    pub return_condition: Option<String>,
    pub return_note: String,
    pub size_label: String,
    pub item_id: i64,
    #[sqlx(try_from = "Stored<EquipmentCategory>")]
    pub category: EquipmentCategory,
    /// The item's Swedish name.
    pub item_name: String,
}

pub(super) const LOAN_SELECT: &str = "SELECT l.id, l.municipality_id, l.size_id, l.copy_id, c.inventory_number, l.code,
        l.state, l.pickup_day, l.due_day, l.lent_on, l.ended_on, l.reminded_on, l.first_name, l.contact, l.lang,
        l.borrower_key, l.idempotency_key, l.walk_in, l.return_condition, l.return_note,
        s.label AS size_label, s.item_id, i.category, t.name AS item_name
     FROM sportotek_loans l
     JOIN sportotek_sizes s ON s.id = l.size_id
     JOIN sportotek_items i ON i.id = s.item_id
     JOIN sportotek_item_texts t ON t.item_id = i.id AND t.lang = 'sv'
     LEFT JOIN sportotek_copies c ON c.id = l.copy_id";

fn day(stored: Option<&str>) -> Option<Day> {
    stored.and_then(Day::parse)
}

impl LoanRow {
    /// The state as of `today`, a reservation not fetched in time lapsed.
    pub fn state(&self, grace_days: u16, today: Day) -> LoanState {
        self.state.effective(self.pickup_day, grace_days, today)
    }

    pub fn lent_on(&self) -> Option<Day> {
        day(self.lent_on.as_deref())
    }

    /// The days this loan keeps a copy, as of `today`.
    pub fn hold(&self, grace_days: u16, today: Day) -> Option<Hold> {
        Hold::of(self.state(grace_days, today), self.pickup_day, self.due_day, self.lent_on(), today)
    }

    pub fn staff(&self, grace_days: u16, today: Day) -> StaffLoan {
        let state = self.state(grace_days, today);
        StaffLoan {
            id: self.id.0,
            code: LoanCode::parse(&self.code).map_or_else(|_| self.code.clone(), |c| c.to_string()),
            item_id: self.item_id,
            item_name: self.item_name.clone(),
            category: self.category,
            size_id: self.size_id.0,
            size_label: self.size_label.clone(),
            copy_id: self.copy_id.map(|c| c.0),
            inventory_number: self.inventory_number.clone(),
            state,
            first_name: self.first_name.clone(),
            contact: self.contact.clone(),
            lang: self.lang.as_deref().and_then(|l| Language::parse(l).ok()),
            pickup_day: self.pickup_day,
            due_day: self.due_day,
            lent_on: self.lent_on(),
            ended_on: day(self.ended_on.as_deref()),
            reminded_on: day(self.reminded_on.as_deref()),
            late: state == LoanState::Lent && self.due_day < today,
            walk_in: self.walk_in,
            return_condition: self.return_condition.as_deref().and_then(Condition::from_code),
            return_note: self.return_note.clone(),
        }
    }
}

/// A family's reservation, or a walk-in (`walk_in`: lent at once until `due_day`).
pub struct NewLoan<'a> {
    pub municipality_id: MunicipalityId,
    pub size_id: SizeId,
    pub pickup_day: Day,
    pub first_name: &'a str,
    pub contact: &'a str,
    pub lang: Option<Language>,
    pub idempotency_key: &'a str,
    /// For a walk-in: the copy (or any free one) and the due day.
    pub walk_in: Option<(Option<CopyId>, Day)>,
}

pub enum Loaned {
    New(LoanId),
    /// The same key came again: the first loan, nothing changed.
    Replayed(LoanId),
}

#[derive(Debug)]
pub enum LoanError {
    /// No such size in the municipality, or no such copy of it.
    UnknownSize,
    UnknownCopy,
    /// The pickup day is wrong (422) or full (409).
    Refused(Refusal),
    /// The borrower has as many items out as the limit allows.
    Limit,
    KeyReused,
    /// The loan is not in a state that allows the change.
    WrongState,
    Database(sqlx::Error),
}

impl From<sqlx::Error> for LoanError {
    fn from(error: sqlx::Error) -> Self {
        LoanError::Database(error)
    }
}

/// What a staff member does to a loan.
pub enum LoanChange {
    Checkout { copy: Option<CopyId>, due_day: Option<Day> },
    Checkin { condition: Condition, note: String },
    Extend { due_day: Day },
    Remind,
    Cancel,
}

/// The borrower's hash, keyed per municipality: the same contact gives the same key
/// however it is typed, and the key cannot be turned back into the contact.
pub(super) fn borrower_key(salt: &str, contact: &str) -> String {
    crate::auth::token_hash(&format!("{salt}\u{1f}{}", normalised_contact(contact)))[..32].to_owned()
}

fn fresh_code() -> LoanCode {
    model::sportotek::loan_code(|| {
        let mut bytes = [0_u8; 6];
        getrandom::fill(&mut bytes).expect("the system's random source");
        bytes
    })
}

/// The loans that may hold copies of the size (reserved or lent), in the transaction.
async fn open_loans(tx: &mut Transaction<'static, Any>, size: SizeId) -> sqlx::Result<Vec<LoanRow>> {
    sqlx::query_as(&format!("{LOAN_SELECT} WHERE l.size_id = $1 AND l.state IN ('reserved', 'lent')"))
        .bind(size)
        .fetch_all(&mut **tx)
        .await
}

async fn copies_in_service(tx: &mut Transaction<'static, Any>, size: SizeId) -> sqlx::Result<u32> {
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sportotek_copies WHERE size_id = $1 AND condition = 'fine'")
            .bind(size)
            .fetch_one(&mut **tx)
            .await?;
    Ok(u32::try_from(count).unwrap_or(0))
}

/// Whether a copy is free on every day from `from` to `to` besides the loans held.
fn free_throughout(copies: u32, holds: &[Hold], from: Day, to: Day) -> bool {
    (0..=from.days_until(to)).map(|n| from.plus_days(n)).all(|d| {
        let held = holds.iter().filter(|h| h.from <= d && d <= h.to).count();
        i64::from(copies) - i64::try_from(held).unwrap_or(i64::MAX) >= 1
    })
}

/// A copy of the size in service that no lent loan has: `wanted` if it is one.
async fn free_copy(
    tx: &mut Transaction<'static, Any>,
    size: SizeId,
    wanted: Option<CopyId>,
) -> Result<CopyId, LoanError> {
    let free: Vec<CopyId> = sqlx::query_scalar(
        "SELECT c.id FROM sportotek_copies c WHERE c.size_id = $1 AND c.condition = 'fine'
           AND NOT EXISTS (SELECT 1 FROM sportotek_loans l WHERE l.copy_id = c.id AND l.state = 'lent')
         ORDER BY c.inventory_number, c.id",
    )
    .bind(size)
    .fetch_all(&mut **tx)
    .await?;
    match wanted {
        Some(copy) if free.contains(&copy) => Ok(copy),
        Some(_) => Err(LoanError::UnknownCopy),
        None => free
            .first()
            .copied()
            .ok_or(LoanError::Refused(Refusal::Taken(FieldError::new("copy_id", "error-sportotek-no-copy-free")))),
    }
}

impl Store {
    /// Reserves one copy of a size for a pickup day, or lends one at once (a walk-in),
    /// exactly once per idempotency key.
    pub async fn lend(
        &self,
        loan: &NewLoan<'_>,
        settings: &Settings,
        today: Day,
        audit: &Audit<'_>,
    ) -> Result<Loaned, LoanError> {
        match self.try_lend(loan, settings, today, audit).await {
            // A twin with the same key raced past the first check and the unique index
            // stopped this one: the twin's loan is the answer.
            Err(LoanError::Database(sqlx::Error::Database(e))) if e.is_unique_violation() => {
                self.try_lend(loan, settings, today, audit).await
            }
            other => other,
        }
    }

    #[allow(clippy::too_many_lines, reason = "one transaction read top to bottom: lock, replay, limit, count, write")]
    async fn try_lend(
        &self,
        loan: &NewLoan<'_>,
        settings: &Settings,
        today: Day,
        audit: &Audit<'_>,
    ) -> Result<Loaned, LoanError> {
        let m = loan.municipality_id;
        let mut tx = self.begin_write().await?;
        let salt = self.lock_sportotek(&mut tx, m, Some(loan.size_id)).await?;
        let key = borrower_key(&salt, loan.contact);
        let earlier: Option<(LoanId, SizeId, String, String)> = sqlx::query_as(
            "SELECT id, size_id, pickup_day, borrower_key FROM sportotek_loans WHERE municipality_id = $1 AND idempotency_key = $2",
        )
        .bind(m)
        .bind(loan.idempotency_key)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id, size, pickup, borrower)) = earlier {
            let same = size == loan.size_id
                && borrower == key
                && (loan.walk_in.is_some() || pickup == loan.pickup_day.to_string());
            return if same { Ok(Loaned::Replayed(id)) } else { Err(LoanError::KeyReused) };
        }
        let of_municipality: Option<i64> = sqlx::query_scalar(
            "SELECT s.id FROM sportotek_sizes s JOIN sportotek_items i ON i.id = s.item_id WHERE s.id = $1 AND i.municipality_id = $2",
        )
        .bind(loan.size_id)
        .bind(m)
        .fetch_optional(&mut *tx)
        .await?;
        if of_municipality.is_none() {
            return Err(LoanError::UnknownSize);
        }
        // The borrower's open loans, lapsed reservations not counted.
        let theirs: Vec<(String, String)> = sqlx::query_as(
            "SELECT state, pickup_day FROM sportotek_loans
             WHERE municipality_id = $1 AND borrower_key = $2 AND state IN ('reserved', 'lent')",
        )
        .bind(m)
        .bind(&key)
        .fetch_all(&mut *tx)
        .await?;
        let open = theirs
            .iter()
            .filter(|(state, pickup)| {
                let state = LoanState::from_code(state).unwrap_or(LoanState::Lent);
                Day::parse(pickup).is_none_or(|p| state.effective(p, settings.grace_days, today).is_open())
            })
            .count();
        if open >= usize::from(settings.max_items_per_borrower) {
            return Err(LoanError::Limit);
        }
        let copies = copies_in_service(&mut tx, loan.size_id).await?;
        let holds: Vec<Hold> = open_loans(&mut tx, loan.size_id)
            .await?
            .iter()
            .filter_map(|l| l.hold(settings.grace_days, today))
            .collect();
        let (pickup_day, due_day, copy) = match loan.walk_in {
            None => {
                let place = super::sportotek_settings::place_of(settings, today);
                let keep = check_pickup(copies, &holds, &place, today, loan.pickup_day).map_err(LoanError::Refused)?;
                (loan.pickup_day, loan.pickup_day.plus_days(i64::from(keep) - 1), None)
            }
            Some((wanted, due_day)) => {
                if !free_throughout(copies, &holds, today, due_day) {
                    return Err(LoanError::Refused(Refusal::Taken(FieldError::new(
                        "size_id",
                        "error-sportotek-no-copy-free",
                    ))));
                }
                (today, due_day, Some(free_copy(&mut tx, loan.size_id, wanted).await?))
            }
        };
        let code = loop {
            let code = fresh_code();
            let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM sportotek_loans WHERE code = $1")
                .bind(code.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            if taken.is_none() {
                break code;
            }
        };
        let state = if copy.is_some() { LoanState::Lent } else { LoanState::Reserved };
        let id: LoanId = sqlx::query_scalar(
            "INSERT INTO sportotek_loans (municipality_id, size_id, copy_id, code, state, pickup_day, due_day, lent_on,
                first_name, contact, borrower_key, lang, idempotency_key, walk_in, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
        )
        .bind(m)
        .bind(loan.size_id)
        .bind(copy)
        .bind(code.as_str())
        .bind(state.code())
        .bind(pickup_day.to_string())
        .bind(due_day.to_string())
        .bind(copy.map(|_| today.to_string()))
        .bind(loan.first_name.trim())
        .bind(loan.contact.trim())
        .bind(&key)
        .bind(loan.lang.map(Language::code))
        .bind(loan.idempotency_key)
        .bind(i64::from(copy.is_some()))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let target = id.to_string();
        audit.with_target(&target).write(&mut tx).await?;
        tx.commit().await?;
        Ok(Loaned::New(id))
    }

    pub async fn loan(&self, id: LoanId) -> sqlx::Result<Option<LoanRow>> {
        sqlx::query_as(&format!("{LOAN_SELECT} WHERE l.id = $1")).bind(id).fetch_optional(&self.pool).await
    }

    pub async fn loan_by_code(&self, code: &LoanCode) -> sqlx::Result<Option<LoanRow>> {
        sqlx::query_as(&format!("{LOAN_SELECT} WHERE l.code = $1")).bind(code.as_str()).fetch_optional(&self.pool).await
    }

    /// The loan made under an idempotency key, if one was.
    pub async fn loan_by_key(&self, m: MunicipalityId, key: &str) -> sqlx::Result<Option<LoanId>> {
        sqlx::query_scalar("SELECT id FROM sportotek_loans WHERE municipality_id = $1 AND idempotency_key = $2")
            .bind(m)
            .bind(key)
            .fetch_optional(&self.pool)
            .await
    }

    /// The municipality's loans that still name their borrower, newest first.
    pub async fn named_loans(&self, m: MunicipalityId) -> sqlx::Result<Vec<LoanRow>> {
        sqlx::query_as(&format!("{LOAN_SELECT} WHERE l.municipality_id = $1 AND l.first_name <> '' ORDER BY l.id DESC"))
            .bind(m)
            .fetch_all(&self.pool)
            .await
    }

    /// The municipality's open loans (reserved or lent), by pickup day.
    pub async fn open_sportotek_loans(&self, m: MunicipalityId) -> sqlx::Result<Vec<LoanRow>> {
        sqlx::query_as(&format!(
            "{LOAN_SELECT} WHERE l.municipality_id = $1 AND l.state IN ('reserved', 'lent') ORDER BY l.pickup_day, l.id"
        ))
        .bind(m)
        .fetch_all(&self.pool)
        .await
    }

    /// The loans that hold these items' sizes now or later: a catalogue's page reads only
    /// these.
    pub async fn open_loans_of_items(&self, m: MunicipalityId, items: &[ItemId]) -> sqlx::Result<Vec<LoanRow>> {
        if items.is_empty() {
            return Ok(Vec::new());
        }
        let (placeholders, listed) = super::in_list(2, items);
        let sql = format!(
            "{LOAN_SELECT} WHERE l.municipality_id = $1 AND s.item_id IN ({placeholders}) AND l.state IN ('reserved', 'lent')
             ORDER BY l.pickup_day, l.id"
        );
        listed.iter().fold(sqlx::query_as(&sql).bind(m), sqlx::query::QueryAs::bind).fetch_all(&self.pool).await
    }

    /// The loans that hold one item's sizes now or later: an item page reads only these.
    pub async fn open_item_loans(&self, m: MunicipalityId, item: ItemId) -> sqlx::Result<Vec<LoanRow>> {
        sqlx::query_as(&format!(
            "{LOAN_SELECT} WHERE l.municipality_id = $1 AND s.item_id = $2 AND l.state IN ('reserved', 'lent')
             ORDER BY l.pickup_day, l.id"
        ))
        .bind(m)
        .bind(item)
        .fetch_all(&self.pool)
        .await
    }

    /// Records that someone looked a loan code up: the loan if one matched, and a keyed
    /// hash of the client's address.
    pub async fn log_loan_lookup(&self, loan: Option<LoanId>, client: &str) -> sqlx::Result<()> {
        sqlx::query("INSERT INTO sportotek_lookups (at, loan_id, client, found) VALUES ($1, $2, $3, $4)")
            .bind(now())
            .bind(loan)
            .bind(client)
            .bind(i64::from(loan.is_some()))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Changes one loan as staff (or, cancelling, the family) asked, after checking its
    /// state as of `today` inside the transaction.
    #[allow(clippy::too_many_lines, reason = "one arm per change, each a guarded conditional update")]
    pub async fn change_loan(
        &self,
        id: LoanId,
        change: &LoanChange,
        settings: &Settings,
        today: Day,
        audit: &Audit<'_>,
    ) -> Result<(), LoanError> {
        let mut tx = self.begin_write().await?;
        let Some(row) = sqlx::query_as::<_, LoanRow>(&format!("{LOAN_SELECT} WHERE l.id = $1"))
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Err(LoanError::WrongState);
        };
        self.lock_sportotek(&mut tx, row.municipality_id, Some(row.size_id)).await?;
        // Read again under the lock: a parallel change may have come first.
        let row: LoanRow =
            sqlx::query_as(&format!("{LOAN_SELECT} WHERE l.id = $1")).bind(id).fetch_one(&mut *tx).await?;
        let state = row.state(settings.grace_days, today);
        let (from, to) = (today.to_string(), id);
        let changed = match change {
            LoanChange::Checkout { copy, due_day } => {
                if state != LoanState::Reserved {
                    return Err(LoanError::WrongState);
                }
                let due = due_day.unwrap_or(row.due_day);
                let others = self.holds_besides(&mut tx, &row, settings, today).await?;
                let copies = copies_in_service(&mut tx, row.size_id).await?;
                if !free_throughout(copies, &others, today, due) {
                    return Err(LoanError::Refused(Refusal::Taken(FieldError::new(
                        "due_day",
                        "error-sportotek-no-copy-free",
                    ))));
                }
                let copy = free_copy(&mut tx, row.size_id, *copy).await?;
                sqlx::query(
                    "UPDATE sportotek_loans SET state = 'lent', copy_id = $1, lent_on = $2, due_day = $3
                     WHERE id = $4 AND state = 'reserved'",
                )
                .bind(copy)
                .bind(&from)
                .bind(due.to_string())
                .bind(to)
                .execute(&mut *tx)
                .await?
            }
            LoanChange::Checkin { condition, note } => {
                if state != LoanState::Lent {
                    return Err(LoanError::WrongState);
                }
                if let Some(copy) = row.copy_id {
                    sqlx::query("UPDATE sportotek_copies SET condition = $1, note = $2, updated_at = $3 WHERE id = $4")
                        .bind(condition.code())
                        .bind(note.trim())
                        .bind(now())
                        .bind(copy)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query(
                    "UPDATE sportotek_loans SET state = 'returned', ended_on = $1, return_condition = $2, return_note = $3
                     WHERE id = $4 AND state = 'lent'",
                )
                .bind(&from)
                .bind(condition.code())
                .bind(note.trim())
                .bind(to)
                .execute(&mut *tx)
                .await?
            }
            LoanChange::Extend { due_day } => {
                if state != LoanState::Lent || *due_day <= row.due_day {
                    return Err(LoanError::WrongState);
                }
                let others = self.holds_besides(&mut tx, &row, settings, today).await?;
                let copies = copies_in_service(&mut tx, row.size_id).await?;
                if !free_throughout(copies, &others, row.due_day.plus_days(1).max(today), *due_day) {
                    return Err(LoanError::Refused(Refusal::Taken(FieldError::new(
                        "due_day",
                        "error-sportotek-no-copy-free",
                    ))));
                }
                sqlx::query("UPDATE sportotek_loans SET due_day = $1 WHERE id = $2 AND state = 'lent'")
                    .bind(due_day.to_string())
                    .bind(to)
                    .execute(&mut *tx)
                    .await?
            }
            LoanChange::Remind => {
                if state != LoanState::Lent {
                    return Err(LoanError::WrongState);
                }
                sqlx::query("UPDATE sportotek_loans SET reminded_on = $1 WHERE id = $2 AND state = 'lent'")
                    .bind(&from)
                    .bind(to)
                    .execute(&mut *tx)
                    .await?
            }
            LoanChange::Cancel => {
                if state != LoanState::Reserved {
                    return Err(LoanError::WrongState);
                }
                sqlx::query("UPDATE sportotek_loans SET state = 'cancelled', ended_on = $1 WHERE id = $2 AND state = 'reserved'")
                    .bind(&from)
                    .bind(to)
                    .execute(&mut *tx)
                    .await?
            }
        };
        if changed.rows_affected() != 1 {
            return Err(LoanError::WrongState);
        }
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// What the size's other open loans hold, as of `today`.
    async fn holds_besides(
        &self,
        tx: &mut Transaction<'static, Any>,
        loan: &LoanRow,
        settings: &Settings,
        today: Day,
    ) -> sqlx::Result<Vec<Hold>> {
        Ok(open_loans(tx, loan.size_id)
            .await?
            .iter()
            .filter(|l| l.id != loan.id)
            .filter_map(|l| l.hold(settings.grace_days, today))
            .collect())
    }

    /// Writes down what every read already treats so: reservations not fetched in time
    /// have lapsed. Then blanks the first name and contact of loans that ended more than
    /// `keep_personal_days` ago, and deletes lookups older than the voucher lookups kept.
    pub async fn sweep_sportotek(&self, today: Day) -> sqlx::Result<u64> {
        let terms: Vec<(MunicipalityId, i64, i64)> =
            sqlx::query_as("SELECT municipality_id, grace_days, keep_personal_days FROM sportotek_settings")
                .fetch_all(&self.pool)
                .await?;
        let mut changed = 0;
        for (m, grace, keep) in terms {
            let mut tx = self.begin_write().await?;
            let lapsed = sqlx::query(
                "UPDATE sportotek_loans SET state = 'lapsed', ended_on = $1
                 WHERE municipality_id = $2 AND state = 'reserved' AND pickup_day < $3",
            )
            .bind(today.to_string())
            .bind(m)
            .bind(today.plus_days(-grace).to_string())
            .execute(&mut *tx)
            .await?;
            let blanked = sqlx::query(
                "UPDATE sportotek_loans SET first_name = '', contact = ''
                 WHERE municipality_id = $1 AND state IN ('returned', 'cancelled', 'lapsed') AND ended_on < $2
                   AND (first_name <> '' OR contact <> '')",
            )
            .bind(m)
            .bind(today.plus_days(-keep).to_string())
            .execute(&mut *tx)
            .await?;
            if lapsed.rows_affected() + blanked.rows_affected() > 0 {
                let target = format!("{} lapsed, {} blanked", lapsed.rows_affected(), blanked.rows_affected());
                Audit::new(None, Some(m), "sportotek-swept", &target).write(&mut tx).await?;
            }
            tx.commit().await?;
            changed += lapsed.rows_affected() + blanked.rows_affected();
        }
        let lookups = sqlx::query("DELETE FROM sportotek_lookups WHERE at < $1")
            .bind(now() - super::vouchers::LOOKUP_LOG_DAYS * 24 * 60 * 60)
            .execute(&self.pool)
            .await?;
        Ok(changed + lookups.rows_affected())
    }
}
