//! Files for the municipality's bookkeeping: a settlement as CSV (every line, for the
//! payment and for questions) and as SIE 4 (one verification, for the ledger). Also the
//! CSV import of children to issue vouchers to, and the region's figures as CSV.

use std::borrow::Cow;

use axum::{
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
};
use codepage_437::CP437_CONTROL;
use model::{
    region::RegionFigures,
    schedule::Day,
    vouchers::{IssueRequest, RejectedRow, Settlement, VoucherYear, IMPORT_MAX_ROWS},
    FieldError,
};

/// A file to download, named `name` (ASCII: the names are made here, never typed).
pub fn download(content_type: &'static str, name: String, body: impl IntoResponse) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")).expect("an ASCII file name");
    ([(header::CONTENT_TYPE, HeaderValue::from_static(content_type)), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response()
}

/// Öre as kronor with two decimals and `separator`: `120000` → `1200,00`.
fn kronor(ore: i64, separator: char) -> String {
    let sign = if ore < 0 { "-" } else { "" };
    let ore = ore.unsigned_abs();
    format!("{sign}{}{separator}{:02}", ore / 100, ore % 100)
}

/// A text cell that a spreadsheet shows as text and never runs as a formula (OWASP's
/// CSV injection advice): one that starts like a formula gets a leading `'`. Amounts do
/// not come through here, so `-200,00` stays a number.
fn text_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The settlement's lines as CSV the way Swedish spreadsheets open it: `;` between
/// fields, decimal commas, UTF-8 with a byte order mark, a total at the end. Names,
/// titles and codes are typed by outsiders and go through [`text_cell`].
pub fn settlement_csv(settlement: &Settlement, id: i64, org_number: &str) -> String {
    let mut out = swedish_csv();
    write(&mut out, &["avräkning", "förening", "organisationsnummer", "rad", "datum", "kod", "aktivitet", "belopp_kr"]);
    let (id, from_until) = (id.to_string(), format!("{}–{}", settlement.from, settlement.until));
    let (association, org_number) = (text_cell(&settlement.association), text_cell(org_number));
    for line in &settlement.lines {
        write(
            &mut out,
            &[
                &id,
                &association,
                &org_number,
                &line.redemption_id.to_string(),
                &line.on.to_string(),
                &text_cell(&line.code),
                &text_cell(line.activity.as_deref().unwrap_or("")),
                &kronor(line.amount_ore, ','),
            ],
        );
    }
    write(
        &mut out,
        &[&id, &association, &org_number, "summa", &from_until, "", "", &kronor(settlement.total_ore, ',')],
    );
    finished(out)
}

/// A CSV the way Swedish spreadsheets open it: `;` between fields, lines ending CRLF.
fn swedish_csv() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).from_writer(Vec::new())
}

fn write(out: &mut csv::Writer<Vec<u8>>, record: &[&str]) {
    out.write_record(record).expect("writing to memory");
}

/// The written CSV in UTF-8 with a byte order mark, so a spreadsheet reads å, ä and ö.
fn finished(out: csv::Writer<Vec<u8>>) -> String {
    let bytes = out.into_inner().expect("writing to memory");
    format!("\u{feff}{}", String::from_utf8(bytes).expect("UTF-8 in, UTF-8 out"))
}

/// The region's figures as CSV, one count per line, for the county's spreadsheets to
/// pivot: the municipality's slug and name, the month (empty: today's state), the
/// measure's code, the breakdown and the count. Names are typed by staff and breakdowns
/// come from stored rows: both go through [`text_cell`].
pub fn region_csv(figures: &RegionFigures) -> String {
    let mut out = swedish_csv();
    write(&mut out, &["kommun", "namn", "månad", "mått", "uppdelning", "antal"]);
    for count in &figures.counts {
        let name = figures.name_of(&count.municipality).unwrap_or_default();
        write(
            &mut out,
            &[
                &text_cell(&count.municipality),
                &text_cell(name),
                count.month.as_deref().unwrap_or(""),
                count.measure.code(),
                &text_cell(&count.breakdown),
                &count.count.to_string(),
            ],
        );
    }
    finished(out)
}

/// A quoted SIE field: backslash before quotes and backslashes, code page 437 later.
fn quoted(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    format!("\"{}\"", clean.replace('\\', "\\\\").replace('"', "\\\""))
}

fn sie_day(day: Day) -> String {
    day.to_string().replace('-', "")
}

/// The settlement as an SIE 4 file (type 4, transactions): one verification that books
/// the total on the expense account against the accounts payable. SIE's `PC8` format is
/// IBM code page 437; characters it lacks become `?`.
pub fn settlement_sie(
    settlement: &Settlement,
    id: i64,
    municipality: &str,
    terms: &VoucherYear,
    generated: Day,
) -> Vec<u8> {
    let closed = settlement.closed_on.unwrap_or(generated);
    let year = closed.year();
    let total = kronor(settlement.total_ore, '.');
    let negated = kronor(-settlement.total_ore, '.');
    let text =
        format!("Fritidscheck {} {}–{} avräkning {id}", settlement.association, settlement.from, settlement.until);
    let lines = [
        "#FLAGGA 0".to_owned(),
        format!("#PROGRAM {} {}", quoted("Välkommen"), env!("CARGO_PKG_VERSION")),
        "#FORMAT PC8".to_owned(),
        format!("#GEN {}", sie_day(generated)),
        "#SIETYP 4".to_owned(),
        format!("#FNAMN {}", quoted(municipality)),
        format!("#RAR 0 {year}0101 {year}1231"),
        format!("#KONTO {} {}", terms.expense_account, quoted("Fritidscheck")),
        format!("#KONTO {} {}", terms.payable_account, quoted("Leverantörsskulder")),
        format!("#VER \"\" \"\" {} {}", sie_day(closed), quoted(&text)),
        "{".to_owned(),
        format!(
            "   #TRANS {} {{}} {total} {} {}",
            terms.expense_account,
            sie_day(closed),
            quoted(&settlement.association)
        ),
        format!(
            "   #TRANS {} {{}} {negated} {} {}",
            terms.payable_account,
            sie_day(closed),
            quoted(&settlement.association)
        ),
        "}".to_owned(),
    ];
    let mut out = Vec::new();
    for line in lines {
        out.extend(line.chars().map(|c| CP437_CONTROL.encode(c).unwrap_or(b'?')));
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// One data row of an import: its line in the file and the child, or why it was turned
/// down.
pub type ImportRow = (u64, Result<IssueRequest, RejectedRow>);

fn column(headers: &csv::StringRecord, names: &[&str]) -> Option<usize> {
    headers.iter().position(|h| {
        let h = h.trim().trim_start_matches('\u{feff}').to_lowercase().replace([' ', '-'], "_");
        names.contains(&h.as_str())
    })
}

/// The line (from 1) at byte `offset`, as an editor shows it: the reader's own count
/// leaves out empty lines.
fn line_at(text: &str, offset: u64) -> u64 {
    let mut end = usize::try_from(offset).unwrap_or(usize::MAX).min(text.len());
    // A record's position is where the reader began, before the empty lines it skipped.
    while text.as_bytes().get(end) == Some(&b'\n') {
        end += 1;
    }
    u64::try_from(text[..end].matches('\n').count()).unwrap_or(u64::MAX) + 1
}

/// Reads an import file: a header row naming the columns, then one child a row. The
/// separator is `;` or `,`, whichever the header uses. Rows that cannot be read are
/// returned as rejected; a file without the needed columns is refused as a whole.
pub fn read_children(text: &str, year: i32) -> Result<Vec<ImportRow>, FieldError> {
    // Lines end in CR LF, LF or (old spreadsheets) CR; the reader counts LF.
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n").replace('\r', "\n");
    let header_line = text.lines().next().unwrap_or_default();
    let delimiter = if header_line.matches(';').count() >= header_line.matches(',').count() { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|_| FieldError::new("csv", "error-import-header"))?.clone();
    let first = column(&headers, &["förnamn", "fornamn", "first_name", "firstname", "namn", "name"]);
    let born = column(&headers, &["födelseår", "fodelsear", "birth_year", "birthyear", "född", "year_of_birth"]);
    let guardian =
        column(&headers, &["vårdnadshavare", "vardnadshavare", "guardian", "guardian_contact", "kontakt", "contact"]);
    let (Some(first), Some(born)) = (first, born) else {
        return Err(FieldError::new("csv", "error-import-header"));
    };
    let mut rows = Vec::new();
    for record in reader.records() {
        if rows.len() >= IMPORT_MAX_ROWS {
            return Err(FieldError::new("csv", "error-import-too-many-rows"));
        }
        let rejected =
            |line: u64, field: &str, id: &str| RejectedRow { line, field: field.to_owned(), message_id: id.to_owned() };
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| line_at(&text, p.byte()));
                rows.push((line, Err(rejected(line, "csv", "error-import-row"))));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| line_at(&text, p.byte()));
        if record.iter().all(str::is_empty) {
            continue;
        }
        let birth_year = record.get(born).unwrap_or_default();
        let Ok(birth_year) = birth_year.parse::<i32>() else {
            rows.push((line, Err(rejected(line, "birth_year", "error-voucher-age"))));
            continue;
        };
        let child = IssueRequest {
            year,
            first_name: record.get(first).unwrap_or_default().to_owned(),
            birth_year,
            guardian_contact: guardian.and_then(|g| record.get(g)).unwrap_or_default().to_owned(),
        };
        rows.push((line, Ok(child)));
    }
    if rows.is_empty() {
        return Err(FieldError::new("csv", "error-import-empty"));
    }
    Ok(rows)
}

/// Checks the children against the year's terms and against vouchers already issued
/// (and earlier rows of the same file): the good ones, and every problem by line.
pub fn screen(
    rows: Vec<ImportRow>,
    terms: &VoucherYear,
    issued: &[(String, i32, String)],
) -> (Vec<IssueRequest>, Vec<RejectedRow>) {
    let mut seen: std::collections::HashSet<(String, i32, String)> =
        issued.iter().map(|(n, b, g)| (n.trim().to_lowercase(), *b, g.trim().to_lowercase())).collect();
    let (mut good, mut rejected) = (Vec::new(), Vec::new());
    for (line, row) in rows {
        match row {
            Err(problem) => rejected.push(problem),
            Ok(child) => {
                let problems = child.problems(terms);
                if !problems.is_empty() {
                    rejected.extend(problems.into_iter().map(|p| RejectedRow {
                        line,
                        field: p.field,
                        message_id: p.message_id,
                    }));
                    continue;
                }
                let key = (
                    child.first_name.trim().to_lowercase(),
                    child.birth_year,
                    child.guardian_contact.trim().to_lowercase(),
                );
                if seen.insert(key) {
                    good.push(child);
                } else {
                    rejected.push(RejectedRow {
                        line,
                        field: "first_name".into(),
                        message_id: "error-import-duplicate".into(),
                    });
                }
            }
        }
    }
    (good, rejected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms() -> VoucherYear {
        VoucherYear::default_for(2026)
    }

    #[test]
    fn kronor_have_two_decimals_and_a_sign() {
        assert_eq!(kronor(120_000, ','), "1200,00");
        assert_eq!(kronor(5, '.'), "0.05");
        assert_eq!(kronor(-20_050, '.'), "-200.50");
    }

    #[test]
    fn a_text_cell_that_starts_like_a_formula_gets_a_leading_quote() {
        let cases = [
            ("=1+1", "'=1+1", "equals starts a formula"),
            ("+46 70", "'+46 70", "plus starts a formula"),
            ("-2+3", "'-2+3", "minus starts a formula"),
            ("@SUM(1)", "'@SUM(1)", "at starts a function"),
            ("\t=1", "'\t=1", "a tab before a formula"),
            ("\r=1", "'\r=1", "a carriage return before a formula"),
            ("\n=1", "'\n=1", "a line feed before a formula"),
            ("Granvikens IF", "Granvikens IF", "ordinary text is left alone"),
            ("Fotboll 7-10 = kul", "Fotboll 7-10 = kul", "formula characters later on are harmless"),
            ("802500-0001", "802500-0001", "an organisation number is left alone"),
            ("'=1", "'=1", "an already quoted cell is left alone"),
            ("", "", "an empty cell stays empty"),
        ];
        for (raw, expected, why) in cases {
            assert_eq!(text_cell(raw), expected, "{why}");
        }
    }

    #[test]
    fn the_regions_csv_is_one_count_a_line_with_names_and_breakdowns_as_text() {
        use model::{
            orientation::Municipality,
            region::{Measure, RegionCount},
        };
        let place = Municipality { slug: "norrsjo".into(), name: "@SUM(A1)".into(), demo: true };
        let count = |month: Option<&str>, measure, breakdown: &str, count| RegionCount {
            municipality: "norrsjo".into(),
            month: month.map(str::to_owned),
            measure,
            breakdown: breakdown.into(),
            count,
        };
        let figures = RegionFigures {
            year: 2026,
            places: vec![place],
            shared: None,
            counts: vec![
                count(Some("2026-03"), Measure::ArticlesRead, "ar", 12),
                count(None, Measure::TranslationsMissing, "=1+1", 3),
            ],
        };
        let text = region_csv(&figures);
        assert!(text.starts_with('\u{feff}'), "a byte order mark for the spreadsheet");
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "kommun;namn;månad;mått;uppdelning;antal");
        assert_eq!(lines[1], "norrsjo;'@SUM(A1);2026-03;articles-read;ar;12");
        assert_eq!(lines[2], "norrsjo;'@SUM(A1);;translations-missing;'=1+1;3");
        assert_eq!(lines[3], "", "and nothing after the last count");
    }

    #[test]
    fn a_settlement_csv_neutralises_formulas_in_text_but_keeps_negative_amounts_numbers() {
        let line = |redemption_id, activity: &str, amount_ore| model::vouchers::SettlementLine {
            redemption_id,
            code: "-ABC-123".into(),
            activity: Some(activity.into()),
            on: Day::parse("2026-10-05").unwrap(),
            amount_ore,
        };
        let settlement = Settlement {
            id: Some(7),
            association_id: 1,
            association: "=HYPERLINK(\"http://x\",\"y\")".into(),
            from: Day::parse("2026-10-01").unwrap(),
            until: Day::parse("2026-10-31").unwrap(),
            total_ore: 0,
            state: None,
            closed_on: None,
            paid_on: None,
            lines: vec![line(1, "+cmd|' /C calc'!A0", 20_000), line(2, "@SUM(1)", -20_000)],
        };
        let text = settlement_csv(&settlement, 7, "@802500-0001");
        let mut reader =
            csv::ReaderBuilder::new().delimiter(b';').from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        for row in &rows {
            for column in [1, 2, 5, 6] {
                let cell = &row[column];
                assert!(cell.is_empty() || !cell.starts_with(['=', '+', '-', '@']), "column {column}: {cell}");
            }
        }
        assert_eq!(&rows[0][1], "'=HYPERLINK(\"http://x\",\"y\")");
        assert_eq!(&rows[0][2], "'@802500-0001");
        assert_eq!(&rows[0][5], "'-ABC-123");
        assert_eq!((&rows[0][6], &rows[0][7]), ("'+cmd|' /C calc'!A0", "200,00"));
        assert_eq!((&rows[1][6], &rows[1][7]), ("'@SUM(1)", "-200,00"), "a reversal's amount stays a number");
        assert_eq!(&rows[2][7], "0,00");
    }

    #[test]
    fn an_import_reads_swedish_headers_semicolons_and_a_byte_order_mark() {
        let file = "\u{feff}Förnamn;Födelseår;Vårdnadshavare\r\nAmal;2016;070-123 45 67\r\n\r\nOksana;2012;\r\n";
        let rows = read_children(file, 2026).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].0, 2);
        let child = rows[0].1.as_ref().unwrap();
        assert_eq!(
            (child.first_name.as_str(), child.birth_year, child.guardian_contact.as_str()),
            ("Amal", 2016, "070-123 45 67")
        );
        assert_eq!(rows[1].0, 4, "the empty line still counts");
    }

    #[test]
    fn an_import_reports_each_bad_row_by_its_line() {
        let file = "first_name,birth_year\nAmal,2016\n,2015\nZahra,twenty\nOld,1990\nAmal,2016\n";
        let (good, rejected) = screen(read_children(file, 2026).unwrap(), &terms(), &[]);
        assert_eq!(good.len(), 1);
        let found: Vec<(u64, &str, &str)> =
            rejected.iter().map(|r| (r.line, r.field.as_str(), r.message_id.as_str())).collect();
        assert_eq!(
            found,
            [
                (3, "first_name", "error-required"),
                (4, "birth_year", "error-voucher-age"),
                (5, "birth_year", "error-voucher-age"),
                (6, "first_name", "error-import-duplicate"),
            ]
        );
    }

    #[test]
    fn a_child_who_already_has_a_voucher_is_not_issued_another() {
        let file = "förnamn;födelseår\nAmal;2016\nNoor;2018\n";
        let issued = [("amal ".to_owned(), 2016, String::new())];
        let (good, rejected) = screen(read_children(file, 2026).unwrap(), &terms(), &issued);
        assert_eq!(good.iter().map(|c| c.first_name.as_str()).collect::<Vec<_>>(), ["Noor"]);
        assert_eq!(rejected[0].message_id, "error-import-duplicate");
    }

    #[test]
    fn a_file_without_the_columns_or_rows_is_refused_whole() {
        assert_eq!(read_children("name;age\nAmal;9\n", 2026).unwrap_err().message_id, "error-import-header");
        assert_eq!(read_children("förnamn;födelseår\n", 2026).unwrap_err().message_id, "error-import-empty");
        assert_eq!(read_children("", 2026).unwrap_err().message_id, "error-import-header");
        let huge = format!("förnamn;födelseår\n{}", "Amal;2016\n".repeat(IMPORT_MAX_ROWS + 1));
        assert_eq!(read_children(&huge, 2026).unwrap_err().message_id, "error-import-too-many-rows");
    }

    #[test]
    fn sie_text_is_quoted_and_in_code_page_437() {
        let settlement = Settlement {
            id: Some(7),
            association_id: 1,
            association: "Föreningen \"Bollen\"".into(),
            from: Day::parse("2026-10-01").unwrap(),
            until: Day::parse("2026-10-31").unwrap(),
            total_ore: 120_000,
            state: None,
            closed_on: Day::parse("2026-11-02"),
            paid_on: None,
            lines: vec![],
        };
        let file = settlement_sie(&settlement, 7, "Norrby kommun", &terms(), Day::parse("2026-11-23").unwrap());
        assert!(file.windows(2).any(|w| w == [0x94, b'r']), "ö is 0x94 in code page 437");
        assert!(file.windows(3).any(|w| w == b"\\\"B"), "quotes are escaped");
        assert!(file.ends_with(b"}\r\n"));
    }
}
