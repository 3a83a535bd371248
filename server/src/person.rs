//! `server person`: what the installation holds about one person, for a GDPR access
//! request, and its erasure on request (docs/backups.md). The rows are printed for the
//! operator who answers the request; nothing of them goes to the log.

use anyhow::bail;
use model::{
    guides::BookingCode,
    sportotek::normalised_contact,
    voucher::{LoanCode, VoucherCode},
};
use serde_json::{Map, Value};

use crate::store::{Named, Row, Rows, Store, Who};

/// What was found, by table, and how many rows were erased (0 without `--erase`).
#[derive(Debug)]
pub struct Report {
    pub tables: Vec<(&'static str, Rows)>,
    pub erased: usize,
}

impl Report {
    /// The rows of `table`, or none.
    pub fn rows(&self, table: &str) -> &[Row] {
        self.tables.iter().find(|(t, _)| *t == table).map_or(&[], |(_, rows)| rows.as_slice())
    }
}

/// The value of `column` in `row`.
pub fn field<'a>(row: &'a Row, column: &str) -> Option<&'a Value> {
    row.iter().find(|(name, _)| name == column).map(|(_, value)| value)
}

/// Finds every row that names the person and, with `erase`, blanks it. A code that is
/// no code, or a contact with nothing to match, is refused before anything is read.
pub async fn person(store: &Store, who: Who<'_>, erase: bool) -> anyhow::Result<Report> {
    match who {
        Who::Code(raw) => {
            if VoucherCode::parse(raw).is_err() && LoanCode::parse(raw).is_err() && BookingCode::parse(raw).is_err() {
                bail!("not a voucher, Sportotek or guide booking code (or its check character is wrong)");
            }
        }
        Who::Contact(raw) => {
            let contact = normalised_contact(raw);
            if contact.is_empty() || (!contact.contains('@') && contact.len() < 6) {
                bail!("give a phone number (at least six digits) or an e-mail address");
            }
        }
    }
    let named: Vec<Named> = store.rows_naming(who).await?;
    let tables = store.person_rows(&named, who).await?;
    if erase && !named.is_empty() {
        store.erase_person(&named).await?;
    }
    Ok(Report { tables, erased: if erase { named.len() } else { 0 } })
}

/// The report as readable text, grouped by table.
pub fn text(report: &Report) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    if report.tables.is_empty() {
        out.push_str("Nothing stored names this person.\n");
    } else if report.erased > 0 {
        out.push_str("What was stored, as it was before the erasure:\n\n");
    }
    for (table, rows) in &report.tables {
        let _ = writeln!(out, "{table} ({} {})", rows.len(), if rows.len() == 1 { "row" } else { "rows" });
        for row in rows {
            let fields: Vec<String> = row
                .iter()
                .map(|(column, value)| match value {
                    Value::String(text) => format!("{column}: {text:?}"),
                    other => format!("{column}: {other}"),
                })
                .collect();
            let _ = writeln!(out, "  - {}", fields.join(", "));
        }
        out.push('\n');
    }
    if report.erased > 0 {
        let _ = writeln!(
            out,
            "Erased the personal fields of {} {}; amounts, balances and settlements are unchanged. \
             The audit log records the erasure (action person-erased). Staff accounts and audit entries \
             are not erased here.",
            report.erased,
            if report.erased == 1 { "row" } else { "rows" }
        );
    }
    out
}

/// The report as JSON: `{ "tables": { table: [row, …] }, "erased": n }`.
pub fn json(report: &Report) -> Value {
    let object = |row: &Row| Value::Object(row.iter().cloned().collect::<Map<String, Value>>());
    let tables: Map<String, Value> = report
        .tables
        .iter()
        .map(|(table, rows)| ((*table).to_owned(), rows.iter().map(object).collect::<Value>()))
        .collect();
    serde_json::json!({ "tables": tables, "erased": report.erased })
}
