//! Every row that names one person, found by a code or a contact, and erased on request
//! (GDPR articles 15 and 17; docs/backups.md). Contacts are matched as the app stores
//! them: normalised (`normalised_contact`), or through the Sportotek's keyed hash where
//! the contact itself was already blanked. Erasure blanks what names the person and
//! leaves the money: amounts, balances, redemptions and settlements stay as they were.

use std::collections::BTreeMap;

use model::{
    guides::BookingCode,
    sportotek::normalised_contact,
    voucher::{LoanCode, VoucherCode},
};
use serde_json::Value;
use sqlx::{any::AnyRow, Column as _, Row as _};

use super::{now, sportotek_loans::borrower_key, Audit, Store};
use crate::ids::MunicipalityId;

/// Whom to look for.
#[derive(Debug, Clone, Copy)]
pub enum Who<'a> {
    /// A voucher's, a Sportotek loan's or a guide booking's code, as typed.
    Code(&'a str),
    /// A phone number or an e-mail address, however it is written.
    Contact(&'a str),
}

/// One row that names the person: its table, id and municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Named {
    pub table: &'static str,
    pub id: i64,
    pub municipality_id: i64,
}

/// A row as its columns' names and values, in the query's order.
pub type Row = Vec<(String, Value)>;
/// A table's rows, for printing or JSON.
pub type Rows = Vec<Row>;

impl Store {
    /// The rows of the erasable tables that name the person.
    pub async fn rows_naming(&self, who: Who<'_>) -> sqlx::Result<Vec<Named>> {
        let mut named = Vec::new();
        let mut by = async |table: &'static str, sql: &str, value: &str| -> sqlx::Result<()> {
            let rows: Vec<(i64, i64)> = sqlx::query_as(sql).bind(value).fetch_all(&self.pool).await?;
            named.extend(rows.into_iter().map(|(id, municipality_id)| Named { table, id, municipality_id }));
            Ok(())
        };
        match who {
            Who::Code(raw) => {
                if let Ok(code) = VoucherCode::parse(raw) {
                    by("vouchers", "SELECT id, municipality_id FROM vouchers WHERE code = $1", code.as_str()).await?;
                }
                if let Ok(code) = LoanCode::parse(raw) {
                    let sql = "SELECT id, municipality_id FROM sportotek_loans WHERE code = $1";
                    by("sportotek_loans", sql, code.as_str()).await?;
                }
                if let Ok(code) = BookingCode::parse(raw) {
                    let sql = "SELECT id, municipality_id FROM guide_bookings WHERE code = $1";
                    by("guide_bookings", sql, code.as_str()).await?;
                }
            }
            Who::Contact(raw) => {
                let contact = normalised_contact(raw);
                if contact.is_empty() {
                    return Ok(named);
                }
                let sql = "SELECT id, municipality_id FROM guide_bookings WHERE contact_norm = $1";
                by("guide_bookings", sql, &contact).await?;
                if contact.contains('@') {
                    let sql = "SELECT id, municipality_id FROM guide_applications WHERE email = $1";
                    by("guide_applications", sql, &contact).await?;
                }
                // Stored as typed (trimmed): compared here as the app compares contacts.
                let sql = "SELECT id, municipality_id, guardian_contact FROM vouchers WHERE guardian_contact <> ''";
                self.matching(&mut named, "vouchers", sql, &contact).await?;
                let sql = "SELECT id, municipality_id, phone, email FROM associations
                           WHERE phone <> '' OR email <> ''";
                self.matching(&mut named, "associations", sql, &contact).await?;
                // A loan keeps the keyed hash of its contact after the contact is blanked.
                let salts: Vec<(i64, String)> =
                    sqlx::query_as("SELECT municipality_id, borrower_salt FROM sportotek_settings")
                        .fetch_all(&self.pool)
                        .await?;
                for (m, salt) in salts {
                    let ids: Vec<i64> = sqlx::query_scalar(
                        "SELECT id FROM sportotek_loans WHERE municipality_id = $1 AND borrower_key = $2",
                    )
                    .bind(m)
                    .bind(borrower_key(&salt, &contact))
                    .fetch_all(&self.pool)
                    .await?;
                    named.extend(ids.into_iter().map(|id| Named { table: "sportotek_loans", id, municipality_id: m }));
                }
            }
        }
        named.sort_unstable();
        named.dedup();
        Ok(named)
    }

    /// Rows of `sql` (id, municipality, then contact columns) where any contact column,
    /// normalised, is `contact`.
    async fn matching(
        &self,
        named: &mut Vec<Named>,
        table: &'static str,
        sql: &str,
        contact: &str,
    ) -> sqlx::Result<()> {
        for row in sqlx::query(sql).fetch_all(&self.pool).await? {
            let found = (2..row.len())
                .any(|i| row.try_get::<String, _>(i).is_ok_and(|stored| normalised_contact(&stored) == contact));
            if found {
                named.push(Named { table, id: row.try_get(0)?, municipality_id: row.try_get(1)? });
            }
        }
        Ok(())
    }

    /// Everything stored about the person, by table: the rows found, what hangs on them
    /// (a voucher's redemptions, the lookups of a code) and, for an e-mail, a staff
    /// account with its roles and the audit entries that name the address.
    pub async fn person_rows(&self, named: &[Named], who: Who<'_>) -> sqlx::Result<Vec<(&'static str, Rows)>> {
        let email = match who {
            Who::Contact(raw) if raw.contains('@') => Some(normalised_contact(raw)),
            _ => None,
        };
        let mut queries = row_queries(named);
        if email.is_some() {
            queries.extend(account_queries());
        }
        let mut tables = Vec::new();
        for (table, sql) in queries {
            let mut query = sqlx::query(&sql);
            if sql.contains("$1") {
                query = query.bind(email.clone().unwrap_or_default());
            }
            let rows: Rows = query.fetch_all(&self.pool).await?.iter().map(as_json).collect();
            if !rows.is_empty() {
                tables.push((table, rows));
            }
        }
        Ok(tables)
    }

    /// Blanks what names the person in the rows found, in one transaction with one audit
    /// entry per municipality. The entry names tables and ids, never the person. Amounts,
    /// balances, redemptions, settlements and states are left as they are; a loan keeps
    /// a new random borrower key, shared by the person's loans, so the statistics still
    /// count one borrower while the key no longer leads back to the contact. Guide
    /// applications are deleted: they hold nothing but the person.
    pub async fn erase_person(&self, named: &[Named]) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        // Shaped as a borrower key is: 32 hex digits.
        let anonymous = crate::auth::token_hash(&crate::auth::new_token())[..32].to_owned();
        let mut by_municipality: BTreeMap<i64, BTreeMap<&str, Vec<i64>>> = BTreeMap::new();
        for n in named {
            let sql = match n.table {
                "vouchers" => {
                    "UPDATE vouchers SET first_name = '', guardian_contact = '',
                        revoked_reason = CASE WHEN revoked_reason IS NULL THEN NULL ELSE '' END WHERE id = $1"
                }
                "sportotek_loans" => {
                    "UPDATE sportotek_loans SET first_name = '', contact = '', return_note = '', borrower_key = $2
                     WHERE id = $1"
                }
                "guide_bookings" => {
                    "UPDATE guide_bookings SET first_name = '', contact = '', contact_norm = '', note = '',
                        cancel_note = '', blanked_at = COALESCE(blanked_at, $2) WHERE id = $1"
                }
                "guide_applications" => "DELETE FROM guide_applications WHERE id = $1",
                "associations" => "UPDATE associations SET contact_name = '', phone = '', email = '' WHERE id = $1",
                _ => continue,
            };
            let query = sqlx::query(sql).bind(n.id);
            let query = match n.table {
                "sportotek_loans" => query.bind(&anonymous),
                "guide_bookings" => query.bind(now()),
                _ => query,
            };
            query.execute(&mut *tx).await?;
            by_municipality.entry(n.municipality_id).or_default().entry(n.table).or_default().push(n.id);
        }
        for (m, tables) in by_municipality {
            let target: Vec<String> = tables
                .iter()
                .map(|(table, ids)| {
                    format!("{table} {}", ids.iter().map(ToString::to_string).collect::<Vec<_>>().join(","))
                })
                .collect();
            let target = target.join("; ");
            Audit::new(None, Some(MunicipalityId(m)), "person-erased", &target).write(&mut tx).await?;
        }
        tx.commit().await
    }
}

/// What is shown of each table, for the rows found (`{vouchers}`, `{loans}`, … are
/// their ids) and what hangs on them: a voucher's redemptions, the lookups of a code.
const ROW_QUERIES: [(&str, &str); 9] = [
    (
        "vouchers",
        "SELECT t.id, {m}, t.year, t.code, t.first_name, t.birth_year, t.guardian_contact, t.amount_ore,
        t.balance_ore, t.valid_from, t.valid_until, t.revoked_at, t.revoked_reason, t.issued_at
        FROM vouchers t WHERE t.id IN ({vouchers}) ORDER BY t.id",
    ),
    (
        "redemptions",
        "SELECT r.id, r.voucher_id, (SELECT name FROM associations WHERE id = r.association_id)
        AS association, r.amount_ore, r.redeemed_on, r.reversed_on, r.reversal_reason, r.settlement_id
        FROM redemptions r WHERE r.voucher_id IN ({vouchers}) ORDER BY r.id",
    ),
    (
        "voucher_lookups",
        "SELECT id, at, voucher_id, found FROM voucher_lookups
        WHERE voucher_id IN ({vouchers}) ORDER BY id",
    ),
    (
        "sportotek_loans",
        "SELECT t.id, {m}, t.code, t.state, t.pickup_day, t.due_day, t.lent_on, t.ended_on,
        t.first_name, t.contact, t.lang, t.return_condition, t.return_note, t.created_at
        FROM sportotek_loans t WHERE t.id IN ({loans}) ORDER BY t.id",
    ),
    (
        "sportotek_lookups",
        "SELECT id, at, loan_id, found FROM sportotek_lookups WHERE loan_id IN ({loans}) ORDER BY id",
    ),
    (
        "guide_bookings",
        "SELECT t.id, {m}, t.code, t.state, t.day, t.start_min, t.topic,
        (SELECT first_name FROM guides WHERE id = t.guide_id) AS guide, t.first_name, t.contact, t.lang, t.note,
        t.cancel_reason, t.cancel_note, t.created_at FROM guide_bookings t WHERE t.id IN ({bookings}) ORDER BY t.id",
    ),
    (
        "guide_lookups",
        "SELECT id, at, booking_id, found FROM guide_lookups
        WHERE booking_id IN ({bookings}) ORDER BY id",
    ),
    (
        "guide_applications",
        "SELECT t.id, {m}, t.first_name, t.email, t.languages, t.topics, t.motivation, t.lang,
        t.state, t.created_at, t.decided_at FROM guide_applications t WHERE t.id IN ({applications}) ORDER BY t.id",
    ),
    (
        "associations",
        "SELECT t.id, {m}, t.name, t.contact_name, t.phone, t.email
        FROM associations t WHERE t.id IN ({associations}) ORDER BY t.id",
    ),
];

/// What is shown of a staff account with the e-mail `$1` (`{account}`), and of the
/// audit entries that name the address: failed sign-ins, accounts created.
const ACCOUNT_QUERIES: [(&str, &str); 8] = [
    ("accounts", "SELECT id, email, active, created_at FROM accounts WHERE email = $1"),
    (
        "account_roles",
        "SELECT r.role, (SELECT slug FROM municipalities WHERE id = r.municipality_id) AS municipality
        FROM account_roles r WHERE r.account_id = {account}",
    ),
    (
        "guides",
        "SELECT t.id, {m}, t.first_name, t.languages, t.topics, t.state, t.photo_id, t.created_at
        FROM guides t WHERE t.account_id = {account}",
    ),
    (
        "guide_texts",
        "SELECT guide_id, lang, about FROM guide_texts
        WHERE guide_id IN (SELECT id FROM guides WHERE account_id = {account})",
    ),
    ("invitations", "SELECT purpose, created_at, expires_at, used_at FROM invitations WHERE account_id = {account}"),
    (
        "role_offers",
        "SELECT role, municipality_id, association_id, created_at FROM role_offers
        WHERE account_id = {account}",
    ),
    ("sessions", "SELECT created_at, last_seen_at FROM sessions WHERE account_id = {account}"),
    (
        "audit_log",
        "SELECT id, at, account_id, municipality_id, action, target FROM audit_log
        WHERE target = $1 OR account_id = {account} ORDER BY id",
    ),
];

/// The queries for the rows found, by table, with their ids written in (integers only).
fn row_queries(named: &[Named]) -> Vec<(&'static str, String)> {
    let ids = |table: &str| {
        let ids: Vec<String> = named.iter().filter(|n| n.table == table).map(|n| n.id.to_string()).collect();
        if ids.is_empty() {
            "NULL".to_owned()
        } else {
            ids.join(", ")
        }
    };
    let holes = [
        ("{vouchers}", ids("vouchers")),
        ("{loans}", ids("sportotek_loans")),
        ("{bookings}", ids("guide_bookings")),
        ("{applications}", ids("guide_applications")),
        ("{associations}", ids("associations")),
        ("{m}", MUNICIPALITY.to_owned()),
    ];
    ROW_QUERIES
        .iter()
        .map(|(table, sql)| (*table, holes.iter().fold((*sql).to_owned(), |sql, (hole, ids)| sql.replace(hole, ids))))
        .collect()
}

fn account_queries() -> Vec<(&'static str, String)> {
    ACCOUNT_QUERIES
        .iter()
        .map(|(table, sql)| {
            (
                *table,
                sql.replace("{account}", "(SELECT id FROM accounts WHERE email = $1)").replace("{m}", MUNICIPALITY),
            )
        })
        .collect()
}

/// A row's municipality by its slug, for a reader.
const MUNICIPALITY: &str = "(SELECT slug FROM municipalities WHERE id = t.municipality_id) AS municipality";

/// A row's values, each column read as the first type it decodes to.
fn as_json(row: &AnyRow) -> Row {
    row.columns()
        .iter()
        .map(|column| {
            let i = column.ordinal();
            let value = if let Ok(n) = row.try_get::<Option<i64>, _>(i) {
                n.map_or(Value::Null, Value::from)
            } else if let Ok(text) = row.try_get::<Option<String>, _>(i) {
                text.map_or(Value::Null, Value::from)
            } else if let Ok(x) = row.try_get::<Option<f64>, _>(i) {
                x.map_or(Value::Null, Value::from)
            } else if let Ok(b) = row.try_get::<Option<bool>, _>(i) {
                b.map_or(Value::Null, Value::from)
            } else {
                Value::Null
            };
            (column.name().to_owned(), value)
        })
        .collect()
}
