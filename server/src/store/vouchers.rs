//! Queries for the fritidscheck's vouchers: each year's terms, issuing, lookups by code,
//! revocation, statistics and the sweep of old personal data. Redemptions and
//! settlements have files of their own.

use std::collections::BTreeMap;

use model::{
    schedule::Day,
    voucher::VoucherCode,
    vouchers::{
        age_band, AgeBandStats, AssociationStats, IssueRequest, MonthStats, StaffVoucher, VoucherCheck, VoucherState,
        VoucherStats, VoucherUse, VoucherYear, AGE_BANDS,
    },
};

use super::{now, record, Audit, Stamp, Store, Stored};
use crate::ids::{AccountId, MunicipalityId, VoucherId};

/// The lookup log is kept this long, then deleted.
pub const LOOKUP_LOG_DAYS: i64 = 180;
/// A child's first name and the guardian's contact are blanked this long after the
/// voucher ran out; the money trail stays for the bookkeeping.
pub const PERSONAL_DATA_DAYS: i64 = 2 * 365;

/// A voucher as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VoucherRow {
    pub id: VoucherId,
    pub municipality_id: MunicipalityId,
    #[sqlx(try_from = "Stored<i32>")]
    pub year: i32,
    pub code: String,
    pub first_name: String,
    #[sqlx(try_from = "Stored<i32>")]
    pub birth_year: i32,
    pub guardian_contact: String,
    pub amount_ore: i64,
    pub balance_ore: i64,
    #[sqlx(try_from = "Stored<Day>")]
    pub valid_from: Day,
    #[sqlx(try_from = "Stored<Day>")]
    pub valid_until: Day,
    #[sqlx(try_from = "Stamp", rename = "revoked_at")]
    pub revoked: bool,
}

pub(super) const VOUCHER_SELECT: &str =
    "SELECT id, municipality_id, year, code, first_name, birth_year, guardian_contact,
        amount_ore, balance_ore, valid_from, valid_until, revoked_at FROM vouchers";

/// A day that may be missing, as stored; one that does not parse counts as missing.
pub(super) fn optional_day(stored: Option<&str>) -> Option<Day> {
    stored.and_then(Day::parse)
}

/// The year's terms as stored.
#[derive(sqlx::FromRow)]
struct YearRow {
    #[sqlx(try_from = "Stored<i32>")]
    year: i32,
    amount_ore: i64,
    #[sqlx(try_from = "Stored<Day>")]
    valid_from: Day,
    #[sqlx(try_from = "Stored<Day>")]
    valid_until: Day,
    #[sqlx(try_from = "Stored<u8>")]
    min_age: u8,
    #[sqlx(try_from = "Stored<u8>")]
    max_age: u8,
    expense_account: String,
    payable_account: String,
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
            id: self.id.0,
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

/// A redemption with its voucher, association and activity, for lines and receipts.
pub(super) const LINE_SELECT: &str =
    "SELECT r.id, r.amount_ore, r.redeemed_on, r.reversed_on, r.reversal_reason, r.settlement_id,
        r.reversal_settlement_id, r.association_id, s.name AS association, v.code, v.first_name, v.birth_year,
        t.title AS activity
     FROM redemptions r
     JOIN vouchers v ON v.id = r.voucher_id
     JOIN associations s ON s.id = r.association_id
     LEFT JOIN activity_texts t ON t.activity_id = r.activity_id AND t.lang = 'sv'";

/// A row of `LINE_SELECT`.
#[derive(sqlx::FromRow)]
pub(super) struct LineRow {
    pub id: i64,
    pub amount_ore: i64,
    #[sqlx(try_from = "Stored<Day>")]
    pub redeemed_on: Day,
    pub reversed_on: Option<String>,
    pub reversal_reason: Option<String>,
    pub settlement_id: Option<i64>,
    pub association_id: i64,
    pub association: String,
    pub code: String,
    pub first_name: String,
    #[sqlx(try_from = "Stored<i32>")]
    pub birth_year: i32,
    pub activity: Option<String>,
}

impl Store {
    /// The municipality's name, for the bookkeeping files.
    pub async fn municipality_name(&self, id: MunicipalityId) -> sqlx::Result<Option<String>> {
        sqlx::query_scalar("SELECT name FROM municipalities WHERE id = $1").bind(id).fetch_optional(&self.pool).await
    }

    /// The year's terms as staff set them, if they have.
    pub async fn voucher_year(&self, municipality_id: MunicipalityId, year: i32) -> sqlx::Result<Option<VoucherYear>> {
        let row: Option<YearRow> = sqlx::query_as(
            "SELECT year, amount_ore, valid_from, valid_until, min_age, max_age, expense_account, payable_account
             FROM voucher_years WHERE municipality_id = $1 AND year = $2",
        )
        .bind(municipality_id)
        .bind(i64::from(year))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| VoucherYear {
            year: r.year,
            amount_ore: r.amount_ore,
            valid_from: r.valid_from,
            valid_until: r.valid_until,
            min_age: r.min_age,
            max_age: r.max_age,
            expense_account: r.expense_account,
            payable_account: r.payable_account,
        }))
    }

    /// The year's terms, or the defaults until staff set them.
    pub async fn voucher_terms(&self, municipality_id: MunicipalityId, year: i32) -> sqlx::Result<VoucherYear> {
        Ok(self.voucher_year(municipality_id, year).await?.unwrap_or_else(|| VoucherYear::default_for(year)))
    }

    /// Saves the year's terms. Vouchers already issued keep the amount and validity they
    /// were issued with; the finder's "covered" measure follows `current_year`'s amount.
    pub async fn save_voucher_year(
        &self,
        municipality_id: MunicipalityId,
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
        municipality_id: MunicipalityId,
        terms: &VoucherYear,
        children: &[IssueRequest],
        by: Option<AccountId>,
        draw: &mut (dyn FnMut() -> VoucherCode + Send),
        audit: Option<&Audit<'_>>,
    ) -> sqlx::Result<Vec<VoucherId>> {
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
            let id: VoucherId = sqlx::query_scalar(
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
            .await?;
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
    pub async fn already_issued(
        &self,
        municipality_id: MunicipalityId,
        year: i32,
    ) -> sqlx::Result<Vec<(String, i32, String)>> {
        #[derive(sqlx::FromRow)]
        struct Child {
            first_name: String,
            #[sqlx(try_from = "Stored<i32>")]
            birth_year: i32,
            guardian_contact: String,
        }
        let rows: Vec<Child> = sqlx::query_as(
            "SELECT first_name, birth_year, guardian_contact FROM vouchers WHERE municipality_id = $1 AND year = $2",
        )
        .bind(municipality_id)
        .bind(i64::from(year))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|c| (c.first_name, c.birth_year, c.guardian_contact)).collect())
    }

    /// The year's vouchers, or only those never used, youngest first.
    pub async fn vouchers(
        &self,
        municipality_id: MunicipalityId,
        year: i32,
        unused_only: bool,
    ) -> sqlx::Result<Vec<VoucherRow>> {
        let unused = if unused_only { " AND balance_ore = amount_ore AND revoked_at IS NULL" } else { "" };
        sqlx::query_as(&format!(
            "{VOUCHER_SELECT} WHERE municipality_id = $1 AND year = $2{unused} ORDER BY birth_year DESC, first_name, id"
        ))
        .bind(municipality_id)
        .bind(i64::from(year))
        .fetch_all(&self.pool)
        .await
    }

    pub async fn voucher(&self, id: VoucherId) -> sqlx::Result<Option<VoucherRow>> {
        sqlx::query_as(&format!("{VOUCHER_SELECT} WHERE id = $1")).bind(id).fetch_optional(&self.pool).await
    }

    pub async fn voucher_by_code(&self, code: &VoucherCode) -> sqlx::Result<Option<VoucherRow>> {
        sqlx::query_as(&format!("{VOUCHER_SELECT} WHERE code = $1"))
            .bind(code.as_str())
            .fetch_optional(&self.pool)
            .await
    }

    /// Where the voucher's money went, oldest first.
    pub async fn voucher_uses(&self, voucher_id: VoucherId) -> sqlx::Result<Vec<VoucherUse>> {
        let rows: Vec<LineRow> = sqlx::query_as(&format!("{LINE_SELECT} WHERE r.voucher_id = $1 ORDER BY r.id"))
            .bind(voucher_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| VoucherUse {
                association: r.association,
                activity: r.activity,
                amount_ore: r.amount_ore,
                on: r.redeemed_on,
                reversed: r.reversed_on.is_some(),
            })
            .collect())
    }

    /// Records that someone looked a code up: the voucher if one matched, the account if
    /// signed in, and otherwise a keyed hash of the client's address.
    pub async fn log_lookup(
        &self,
        voucher_id: Option<VoucherId>,
        account_id: Option<AccountId>,
        client: &str,
    ) -> sqlx::Result<()> {
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
        sqlx::query_as(
            "SELECT client, COUNT(*) AS misses FROM voucher_lookups WHERE found = 0 AND at >= $1
             GROUP BY client ORDER BY misses DESC",
        )
        .bind(since)
        .fetch_all(&self.pool)
        .await
    }

    /// Revokes a voucher (a lost card); false if it already was.
    pub async fn revoke_voucher(&self, id: VoucherId, reason: &str, audit: &Audit<'_>) -> sqlx::Result<bool> {
        let change = sqlx::query(
            "UPDATE vouchers SET revoked_at = $1, revoked_reason = $2 WHERE id = $3 AND revoked_at IS NULL",
        )
        .bind(now())
        .bind(reason)
        .bind(id);
        self.change_once(change, audit).await
    }

    /// The year's numbers: by age band, by association and by month. No names.
    pub async fn voucher_stats(&self, municipality_id: MunicipalityId, year: i32) -> sqlx::Result<VoucherStats> {
        #[derive(sqlx::FromRow)]
        struct Issued {
            #[sqlx(try_from = "Stored<i32>")]
            birth_year: i32,
            amount_ore: i64,
            redeemed_ore: i64,
        }
        #[derive(sqlx::FromRow)]
        struct Taken {
            voucher_id: i64,
            amount_ore: i64,
            #[sqlx(try_from = "Stored<Day>")]
            redeemed_on: Day,
            association: String,
        }
        let vouchers: Vec<Issued> = sqlx::query_as(
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
            let redeemed = v.redeemed_ore;
            let band = age_band(year - v.birth_year);
            let stats = bands.iter_mut().find(|b| (b.from_age, b.to_age) == band).expect("every band is listed");
            stats.issued += 1;
            stats.used += i64::from(redeemed > 0);
            stats.redeemed_ore += redeemed;
            issued_ore += v.amount_ore;
            redeemed_ore += redeemed;
            used += i64::from(redeemed > 0);
        }
        let redemptions: Vec<Taken> = sqlx::query_as(
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
        for r in redemptions {
            let amount = r.amount_ore;
            let name = r.association;
            let a = by_association.entry(name.clone()).or_insert(AssociationStats {
                association: name,
                redemptions: 0,
                redeemed_ore: 0,
            });
            a.redemptions += 1;
            a.redeemed_ore += amount;
            // A day is shown as YYYY-MM-DD.
            let month = r.redeemed_on.to_string()[..7].to_owned();
            let m = by_month.entry(month.clone()).or_insert(MonthStats {
                month,
                redemptions: 0,
                redeemed_ore: 0,
                first_uses: 0,
            });
            m.redemptions += 1;
            m.redeemed_ore += amount;
            m.first_uses += i64::from(seen.insert(r.voucher_id));
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
