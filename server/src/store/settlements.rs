//! Settlements: what the municipality owes an association for a period, closed once,
//! marked paid once, with reversals of settled lines taken off the next one.

use model::{
    schedule::Day,
    vouchers::{Settlement, SettlementLine, SettlementState},
};

use super::{
    vouchers::{optional_day, shown, LineRow, LINE_SELECT},
    Audit, Store, Stored,
};
use crate::ids::{AccountId, AssociationId, MunicipalityId, SettlementId};

fn settlement_line(r: LineRow, negative: bool) -> sqlx::Result<SettlementLine> {
    let on = if negative {
        optional_day(r.reversed_on.as_deref())
            .ok_or_else(|| sqlx::Error::Decode(format!("reversal {} without a day", r.id).into()))?
    } else {
        r.redeemed_on
    };
    Ok(SettlementLine {
        redemption_id: r.id,
        code: shown(&r.code),
        activity: r.activity,
        on,
        amount_ore: if negative { -r.amount_ore } else { r.amount_ore },
    })
}

/// Lines read with `LINE_SELECT`, redemptions first and then reversals.
fn settlement_lines(redeemed: Vec<LineRow>, reversed: Vec<LineRow>) -> sqlx::Result<Vec<SettlementLine>> {
    redeemed
        .into_iter()
        .map(|r| settlement_line(r, false))
        .chain(reversed.into_iter().map(|r| settlement_line(r, true)))
        .collect()
}

/// A row of `SETTLEMENT_SELECT`.
#[derive(sqlx::FromRow)]
struct SettlementRow {
    id: i64,
    municipality_id: MunicipalityId,
    association_id: i64,
    association: String,
    #[sqlx(try_from = "Stored<Day>")]
    period_from: Day,
    #[sqlx(try_from = "Stored<Day>")]
    period_until: Day,
    total_ore: i64,
    #[sqlx(try_from = "Stored<Day>")]
    closed_on: Day,
    paid_on: Option<String>,
}

fn settlement(r: SettlementRow) -> Settlement {
    let paid_on = optional_day(r.paid_on.as_deref());
    Settlement {
        id: Some(r.id),
        association_id: r.association_id,
        association: r.association,
        from: r.period_from,
        until: r.period_until,
        total_ore: r.total_ore,
        state: Some(if paid_on.is_some() { SettlementState::Paid } else { SettlementState::Closed }),
        closed_on: Some(r.closed_on),
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
    /// What the municipality owes the association and has not settled yet.
    pub async fn open_amount(&self, association_id: AssociationId) -> sqlx::Result<i64> {
        let (first, last) = ("0000-00-00", "9999-99-99");
        let lines = self.open_lines(association_id, first, last).await?;
        Ok(lines.iter().map(|l| l.amount_ore).sum())
    }

    async fn open_lines(
        &self,
        association_id: AssociationId,
        from: &str,
        until: &str,
    ) -> sqlx::Result<Vec<SettlementLine>> {
        let redeemed = sqlx::query_as(&format!("{LINE_SELECT} WHERE {OPEN_REDEMPTIONS} ORDER BY r.redeemed_on, r.id"))
            .bind(association_id)
            .bind(from)
            .bind(until)
            .fetch_all(&self.pool)
            .await?;
        let reversed = sqlx::query_as(&format!("{LINE_SELECT} WHERE {OPEN_REVERSALS} ORDER BY r.reversed_on, r.id"))
            .bind(association_id)
            .bind(from)
            .bind(until)
            .fetch_all(&self.pool)
            .await?;
        settlement_lines(redeemed, reversed)
    }

    /// What closing a settlement for the period would cover.
    pub async fn settlement_preview(
        &self,
        association_id: AssociationId,
        association: &str,
        from: Day,
        until: Day,
    ) -> sqlx::Result<Settlement> {
        let lines = self.open_lines(association_id, &from.to_string(), &until.to_string()).await?;
        Ok(Settlement {
            id: None,
            association_id: association_id.0,
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
        municipality_id: MunicipalityId,
        association_id: AssociationId,
        from: Day,
        until: Day,
        account_id: AccountId,
        today: Day,
    ) -> sqlx::Result<Option<SettlementId>> {
        let (from, until) = (from.to_string(), until.to_string());
        let mut tx = self.begin_write().await?;
        let id: SettlementId = sqlx::query_scalar(
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
        .await?;
        // One statement each marks the lines and returns their amounts, so a redemption
        // made meanwhile is in this settlement and its total, or in neither.
        let (mut lines, mut total) = (0, 0);
        for (column, open, sign) in
            [("settlement_id", OPEN_REDEMPTIONS, 1), ("reversal_settlement_id", OPEN_REVERSALS, -1)]
        {
            let amounts: Vec<i64> = sqlx::query_scalar(&format!(
                "UPDATE redemptions AS r SET {column} = $4 WHERE {open} RETURNING amount_ore"
            ))
            .bind(association_id)
            .bind(&from)
            .bind(&until)
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            lines += amounts.len();
            total += sign * amounts.iter().sum::<i64>();
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
        municipality_id: MunicipalityId,
        association_id: Option<AssociationId>,
    ) -> sqlx::Result<Vec<Settlement>> {
        let one = if association_id.is_some() { " AND st.association_id = $2" } else { "" };
        let sql = format!("{SETTLEMENT_SELECT} WHERE st.municipality_id = $1{one} ORDER BY st.id DESC");
        let mut query = sqlx::query_as::<_, SettlementRow>(&sql).bind(municipality_id);
        if let Some(association_id) = association_id {
            query = query.bind(association_id);
        }
        let rows = query.fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(settlement).collect())
    }

    /// A settlement with every line, and its municipality.
    pub async fn settlement(&self, id: SettlementId) -> sqlx::Result<Option<(MunicipalityId, Settlement)>> {
        let Some(row) = sqlx::query_as::<_, SettlementRow>(&format!("{SETTLEMENT_SELECT} WHERE st.id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let municipality_id = row.municipality_id;
        let mut found = settlement(row);
        let redeemed =
            sqlx::query_as(&format!("{LINE_SELECT} WHERE r.settlement_id = $1 ORDER BY r.redeemed_on, r.id"))
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        let reversed =
            sqlx::query_as(&format!("{LINE_SELECT} WHERE r.reversal_settlement_id = $1 ORDER BY r.reversed_on, r.id"))
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        found.lines = settlement_lines(redeemed, reversed)?;
        Ok(Some((municipality_id, found)))
    }

    /// Marks a settlement paid; false if it already was.
    pub async fn mark_paid(
        &self,
        id: SettlementId,
        account_id: AccountId,
        today: Day,
        audit: &Audit<'_>,
    ) -> sqlx::Result<bool> {
        let change = sqlx::query("UPDATE settlements SET paid_on = $1, paid_by = $2 WHERE id = $3 AND paid_on IS NULL")
            .bind(today.to_string())
            .bind(account_id)
            .bind(id);
        self.change_once(change, audit).await
    }
}
