//! The fritidscheck through the API: issue, look up, redeem exactly once, refuse, reverse,
//! settle and export, with the role checks and hostile input.

use model::{
    associations::StaffAssociation,
    vouchers::{
        AssociationVouchers, ImportReport, Receipt, Settlement, StaffVoucher, VoucherBalance, VoucherCheck,
        VoucherState, VoucherStats, VoucherYear,
    },
};
use reqwest::Method;
use serde_json::{json, Value};
use sqlx::Row as _;

use crate::{
    activity_helpers::{decide, today},
    helpers::{assert_error, spawn_app, Session, TestApp, DEMO_PASSWORD},
};

const M: &str = "granviken";
/// Redemptions of vouchers the test issued, not the demo's.
const OWN_REDEMPTIONS: &str =
    "SELECT COUNT(*) FROM redemptions r JOIN vouchers v ON v.id = r.voucher_id WHERE v.demo = 0";

/// The demo municipality with its admin, and Granvikens IF's leader signed in.
struct Club {
    app: TestApp,
    admin: Session,
    leader: Session,
    id: i64,
}

async fn club() -> Club {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let leader = app.sign_in("forening@granviken.example", DEMO_PASSWORD).await;
    let mine: Vec<StaffAssociation> =
        app.staff(Some(&leader), Method::GET, "/api/staff/associations", None).await.json().await.unwrap();
    let id = mine.iter().find(|a| a.slug == "granvikens-if").expect("the demo leader acts for Granvikens IF").id;
    Club { app, admin, leader, id }
}

fn key() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn this_year() -> i32 {
    today().year()
}

impl Club {
    async fn issue_in(&self, year: i32, first_name: &str, birth_year: i32) -> StaffVoucher {
        let body = json!({ "year": year, "first_name": first_name, "birth_year": birth_year });
        let response = self
            .app
            .staff(Some(&self.admin), Method::POST, &format!("/api/staff/municipalities/{M}/vouchers"), Some(body))
            .await;
        assert_eq!(response.status(), 201, "issuing a voucher");
        response.json().await.unwrap()
    }

    async fn issue(&self, first_name: &str) -> StaffVoucher {
        self.issue_in(this_year(), first_name, this_year() - 9).await
    }

    async fn redeem_as(
        &self,
        session: &Session,
        club: i64,
        code: &str,
        amount_ore: i64,
        key: &str,
    ) -> reqwest::Response {
        let body = json!({ "code": code, "amount_ore": amount_ore, "idempotency_key": key });
        self.app
            .staff(Some(session), Method::POST, &format!("/api/staff/associations/{club}/redemptions"), Some(body))
            .await
    }

    async fn redeem(&self, code: &str, amount_ore: i64, key: &str) -> reqwest::Response {
        self.redeem_as(&self.leader, self.id, code, amount_ore, key).await
    }

    async fn balance(&self, code: &str) -> reqwest::Response {
        self.app.post_raw("/api/vouchers/balance", "application/json", json!({ "code": code }).to_string()).await
    }

    async fn balance_of(&self, code: &str) -> VoucherBalance {
        let response = self.balance(code).await;
        assert_eq!(response.status(), 200, "balance of {code}");
        response.json().await.unwrap()
    }

    async fn reverse(&self, session: &Session, redemption: i64) -> reqwest::Response {
        let body = json!({ "reason": "Fel barn" });
        self.app
            .staff(Some(session), Method::POST, &format!("/api/staff/redemptions/{redemption}/reversal"), Some(body))
            .await
    }

    async fn mine(&self) -> AssociationVouchers {
        let path = format!("/api/staff/associations/{}/vouchers", self.id);
        let response = self.app.staff(Some(&self.leader), Method::GET, &path, None).await;
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }

    async fn close(&self, from: &str, until: &str) -> reqwest::Response {
        let body = json!({ "association_id": self.id, "from": from, "until": until });
        self.app
            .staff(Some(&self.admin), Method::POST, &format!("/api/staff/municipalities/{M}/settlements"), Some(body))
            .await
    }

    /// Moves a redemption `days` into the past, as if it had been made then.
    async fn backdate(&self, redemption: i64, days: i64) {
        sqlx::query("UPDATE redemptions SET redeemed_on = $1 WHERE id = $2")
            .bind(today().plus_days(-days).to_string())
            .bind(redemption)
            .execute(self.app.store.pool())
            .await
            .unwrap();
    }

    async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar::<_, i64>(sql).fetch_one(self.app.store.pool()).await.unwrap()
    }
}

async fn receipt(response: reqwest::Response, status: u16) -> Receipt {
    assert_eq!(response.status(), status);
    response.json().await.unwrap()
}

#[tokio::test]
async fn a_guardian_sees_a_part_payment_and_what_is_left() {
    let c = club().await;
    let voucher = c.issue("Oksana").await;
    assert_eq!((voucher.amount_ore, voucher.balance_ore, voucher.state), (50_000, 50_000, VoucherState::Valid));
    assert_eq!(voucher.code.len(), 17, "shown in groups of four: {}", voucher.code);

    let before = c.balance_of(&voucher.code.to_lowercase().replace('-', " ")).await;
    assert_eq!((before.balance_ore, before.uses.len()), (50_000, 0));
    // The birth year, for the activities of the child's age; the name stays with staff.
    assert_eq!((before.year, before.birth_year), (this_year(), this_year() - 9));

    let paid = receipt(c.redeem(&voucher.code, 20_000, &key()).await, 201).await;
    assert_eq!((paid.amount_ore, paid.balance_after_ore, paid.first_name.as_str()), (20_000, 30_000, "Oksana"));
    assert_eq!(paid.association, "Granvikens IF");

    let after = c.balance_of(&voucher.code).await;
    assert_eq!(after.balance_ore, 30_000);
    assert_eq!(after.uses.len(), 1);
    assert_eq!(
        (after.uses[0].association.as_str(), after.uses[0].amount_ore, after.uses[0].on),
        ("Granvikens IF", 20_000, today())
    );
    let raw = c.balance(&voucher.code).await.text().await.unwrap();
    assert!(!raw.contains("Oksana"), "a guardian's lookup shows no name: {raw}");
}

#[test]
fn the_documented_balance_always_carries_the_birth_year() {
    // The phone reads a missing one as 0, for answers it kept before; the server always sends it.
    let document = serde_json::to_value(server::openapi::document()).unwrap();
    let schema = &document["components"]["schemas"]["VoucherBalance"];
    assert!(schema["required"].as_array().unwrap().contains(&json!("birth_year")), "{schema}");
    assert_eq!(schema["properties"]["birth_year"]["minimum"], 1900);
}

#[tokio::test]
async fn a_retry_with_the_same_key_returns_the_first_receipt() {
    let c = club().await;
    let voucher = c.issue("Ali").await;
    let payment = key();
    let first = receipt(c.redeem(&voucher.code, 15_000, &payment).await, 201).await;
    let again = receipt(c.redeem(&voucher.code, 15_000, &payment).await, 200).await;
    assert_eq!(first, again);
    assert_eq!(c.balance_of(&voucher.code).await.balance_ore, 35_000, "charged once");

    let other = c.redeem(&voucher.code, 10_000, &payment).await;
    assert_error(other, 409, "error-idempotency-key-reused", "the key of another payment").await;
    assert_eq!(c.balance_of(&voucher.code).await.balance_ore, 35_000);
}

#[tokio::test]
async fn concurrent_redemptions_never_overdraw_and_every_accepted_one_is_recorded() {
    let c = club().await;
    let voucher = c.issue("Sara").await;
    // 60 payments of 10 kr on a 500 kr voucher, each sent twice at once as a retry would.
    let keys: Vec<String> = (0..60).map(|_| key()).collect();
    let url = format!("{}/api/staff/associations/{}/redemptions", c.app.address, c.id);
    let mut tasks = tokio::task::JoinSet::new();
    for k in keys.iter().chain(keys.iter()) {
        let request = c
            .app
            .client
            .post(&url)
            .header("cookie", &c.leader.cookie)
            .header("x-csrf-token", &c.leader.csrf)
            .json(&json!({ "code": voucher.code, "amount_ore": 1_000, "idempotency_key": k }));
        let k = k.clone();
        tasks.spawn(async move { (k, request.send().await.expect("request sent")) });
    }
    let answers = tasks.join_all().await;
    let mut accepted = std::collections::BTreeMap::new();
    let mut refused = 0;
    for (k, response) in answers {
        match response.status().as_u16() {
            200 | 201 => {
                let r: Receipt = response.json().await.unwrap();
                if let Some(earlier) = accepted.insert(k.clone(), r.id) {
                    assert_eq!(earlier, r.id, "a retry got another receipt");
                }
            }
            409 => {
                let body: model::ErrorBody = response.json().await.unwrap();
                assert_eq!(body.message_id, "error-voucher-balance");
                refused += 1;
            }
            other => panic!("unexpected {other}: {}", response.text().await.unwrap()),
        }
    }
    assert_eq!(accepted.len(), 50, "exactly what the balance covers");
    assert_eq!(refused, 20, "ten payments refused, each twice");
    assert_eq!(c.balance_of(&voucher.code).await.balance_ore, 0);
    let id = voucher.id;
    assert_eq!(c.count(&format!("SELECT COUNT(*) FROM redemptions WHERE voucher_id = {id}")).await, 50);
    assert_eq!(
        c.count(&format!("SELECT CAST(SUM(amount_ore) AS BIGINT) FROM redemptions WHERE voucher_id = {id}")).await,
        50_000
    );
}

#[tokio::test]
async fn each_refusal_says_why_and_changes_nothing() {
    let c = club().await;
    let last_year = c.issue_in(this_year() - 1, "Noor", this_year() - 10).await;
    let next_year = c.issue_in(this_year() + 1, "Noor", this_year() - 8).await;
    let revoked = c.issue("Hamid").await;
    let small = c.issue("Yusuf").await;

    assert_error(c.redeem(&last_year.code, 100, &key()).await, 409, "error-voucher-expired", "expired").await;
    assert_error(c.redeem(&next_year.code, 100, &key()).await, 409, "error-voucher-not-yet-valid", "not yet").await;
    let revoke = c
        .app
        .staff(
            Some(&c.admin),
            Method::POST,
            &format!("/api/staff/vouchers/{}/revocation", revoked.id),
            Some(json!({ "reason": "Kortet borttappat" })),
        )
        .await;
    assert_eq!(revoke.status(), 204);
    assert_error(c.redeem(&revoked.code, 100, &key()).await, 409, "error-voucher-revoked", "revoked").await;
    assert_error(c.redeem(&small.code, 50_001, &key()).await, 409, "error-voucher-balance", "more than is left").await;
    assert_eq!(c.balance_of(&revoked.code).await.state, VoucherState::Revoked);
    assert_eq!(c.balance_of(&small.code).await.balance_ore, 50_000);

    // An association that is no longer approved cannot redeem.
    decide(&c.app, &c.admin, M, c.id, false).await;
    assert_error(c.redeem(&small.code, 100, &key()).await, 409, "error-association-not-approved", "rejected").await;
    assert_eq!(c.count(OWN_REDEMPTIONS).await, 0);
}

#[tokio::test]
async fn only_an_account_acting_for_an_approved_association_redeems() {
    let c = club().await;
    let voucher = c.issue("Lina").await;
    let guide = c.app.sign_in("guide@granviken.example", DEMO_PASSWORD).await;
    let check = async |session: Option<&Session>, club: i64| {
        let body = json!({ "code": voucher.code });
        c.app.staff(session, Method::POST, &format!("/api/staff/associations/{club}/voucher-checks"), Some(body)).await
    };
    assert_eq!(check(Some(&guide), c.id).await.status(), 403, "a guide");
    assert_eq!(check(None, c.id).await.status(), 401, "no account");
    assert_eq!(c.redeem_as(&guide, c.id, &voucher.code, 100, &key()).await.status(), 403);
    assert_eq!(c.redeem_as(&c.admin, c.id, &voucher.code, 100, &key()).await.status(), 403, "staff do not redeem");
    let other = c.id + 1;
    assert_eq!(c.redeem_as(&c.leader, other, &voucher.code, 100, &key()).await.status(), 403, "another club");

    let seen: VoucherCheck = check(Some(&c.leader), c.id).await.json().await.unwrap();
    assert_eq!((seen.first_name.as_str(), seen.birth_year, seen.balance_ore), ("Lina", this_year() - 9, 50_000));
    assert_eq!(c.balance_of(&voucher.code).await.balance_ore, 50_000);
    let logged = c.count(&format!("SELECT COUNT(*) FROM voucher_lookups WHERE voucher_id = {}", voucher.id)).await;
    assert_eq!(logged, 2, "the association's check and the guardian's lookup are logged");
}

#[tokio::test]
async fn lookups_by_code_are_rate_limited_and_logged() {
    let c = club().await;
    let voucher = c.issue("Maja").await;
    let unknown = server::store::new_code();
    for _ in 0..server::startup::VOUCHER_LOOKUPS - 1 {
        assert_eq!(c.balance(&unknown.to_string()).await.status(), 404);
    }
    assert_eq!(c.balance(&voucher.code).await.status(), 200);
    assert_error(c.balance(&voucher.code).await, 429, "error-rate-limited", "past the limit").await;
    let misses = c.count("SELECT COUNT(*) FROM voucher_lookups WHERE found = 0").await;
    assert_eq!(misses, i64::from(server::startup::VOUCHER_LOOKUPS) - 1);
    let clients = c.app.store.failed_lookups_since(0).await.unwrap();
    assert_eq!(clients.len(), 1);
    assert!(!clients[0].0.contains("127.0.0.1"), "the address itself is not kept");
}

#[tokio::test]
async fn a_club_reverses_within_fourteen_days_and_staff_at_any_time() {
    let c = club().await;
    let voucher = c.issue("Elias").await;
    let recent = receipt(c.redeem(&voucher.code, 10_000, &key()).await, 201).await;
    let old = receipt(c.redeem(&voucher.code, 10_000, &key()).await, 201).await;
    c.backdate(old.id, 15).await;

    assert_eq!(c.reverse(&c.leader, recent.id).await.status(), 204);
    assert_error(c.reverse(&c.leader, recent.id).await, 409, "error-voucher-already-reversed", "twice").await;
    assert_error(c.reverse(&c.leader, old.id).await, 409, "error-voucher-reversal-window", "15 days").await;
    assert_eq!(c.balance_of(&voucher.code).await.balance_ore, 40_000);
    assert_eq!(c.reverse(&c.admin, old.id).await.status(), 204);
    let balance = c.balance_of(&voucher.code).await;
    assert_eq!(balance.balance_ore, 50_000, "both amounts are back");
    assert!(balance.uses.iter().all(|u| u.reversed), "nothing is deleted: {:?}", balance.uses);
    assert_eq!(c.count(OWN_REDEMPTIONS).await, 2);

    let guide = c.app.sign_in("guide@granviken.example", DEMO_PASSWORD).await;
    assert_eq!(c.reverse(&guide, recent.id).await.status(), 403);
    let empty = c
        .app
        .staff(
            Some(&c.leader),
            Method::POST,
            &format!("/api/staff/redemptions/{}/reversal", recent.id),
            Some(json!({ "reason": " " })),
        )
        .await;
    assert_error(empty, 422, "error-required", "a reason is needed").await;
}

#[tokio::test]
async fn a_settlement_covers_the_open_lines_and_exports_as_csv_and_sie() {
    let c = club().await;
    // The demo's earlier payment goes into a settlement of its own first.
    let before: Settlement =
        c.close(&today().plus_days(-60).to_string(), &today().plus_days(-1).to_string()).await.json().await.unwrap();
    assert_eq!((before.total_ore, before.lines.len()), (20_000, 1));
    let a = c.issue("Amal").await;
    let b = c.issue("Bilal").await;
    let one = receipt(c.redeem(&a.code, 20_000, &key()).await, 201).await;
    receipt(c.redeem(&b.code, 35_050, &key()).await, 201).await;
    let taken_back = receipt(c.redeem(&b.code, 5_000, &key()).await, 201).await;
    assert_eq!(c.reverse(&c.leader, taken_back.id).await.status(), 204);
    assert_eq!(c.mine().await.open_ore, 55_050);

    // A period that ends before it starts holds nothing: an empty preview, nothing to
    // settle, and the open lines stay open.
    let (after, before) = (today().plus_days(1).to_string(), today().plus_days(-1).to_string());
    let path =
        format!("/api/staff/municipalities/{M}/settlement-preview?association={}&from={after}&until={before}", c.id);
    let empty: Settlement = c.app.staff(Some(&c.admin), Method::GET, &path, None).await.json().await.unwrap();
    assert_eq!((empty.total_ore, empty.lines.len()), (0, 0));
    assert_error(c.close(&after, &before).await, 409, "error-settlement-empty", "a reversed period").await;
    assert_eq!(c.mine().await.open_ore, 55_050);

    let (from, until) = (today().to_string(), today().to_string());
    let path =
        format!("/api/staff/municipalities/{M}/settlement-preview?association={}&from={from}&until={until}", c.id);
    let preview: Settlement = c.app.staff(Some(&c.admin), Method::GET, &path, None).await.json().await.unwrap();
    assert_eq!((preview.id, preview.total_ore, preview.lines.len()), (None, 55_050, 2));

    let response = c.close(&from, &until).await;
    assert_eq!(response.status(), 201);
    let closed: Settlement = response.json().await.unwrap();
    let id = closed.id.unwrap();
    assert_eq!((closed.total_ore, closed.lines.len()), (55_050, 2));
    assert_error(c.close(&from, &until).await, 409, "error-settlement-empty", "nothing left to settle").await;
    assert_error(c.reverse(&c.leader, one.id).await, 409, "error-voucher-settled", "settled lines stay").await;
    let mine = c.mine().await;
    assert_eq!((mine.open_ore, mine.settlements.len()), (0, 2));

    // CSV: every line and a total, parsed back.
    let csv_text = c
        .app
        .staff(Some(&c.admin), Method::GET, &format!("/api/staff/settlements/{id}/export.csv"), None)
        .await
        .text()
        .await
        .unwrap();
    let mut reader =
        csv::ReaderBuilder::new().delimiter(b';').from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let ore = |field: &str| field.replace(',', "").parse::<i64>().unwrap();
    let (lines, total) = rows.split_at(rows.len() - 1);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines.iter().map(|r| ore(&r[7])).sum::<i64>(), 55_050);
    assert_eq!((&total[0][3], ore(&total[0][7])), ("summa", 55_050));
    assert_eq!(&lines[0][1], "Granvikens IF");

    // SIE 4 in code page 437: one verification that balances, the total on the expense account.
    let sie = c
        .app
        .staff(Some(&c.admin), Method::GET, &format!("/api/staff/settlements/{id}/export.se"), None)
        .await
        .bytes()
        .await
        .unwrap();
    let text: String = sie.iter().map(|b| codepage_437::CP437_CONTROL.decode(*b)).collect();
    let records = sie_records(&text);
    let first = |tag: &str| records.iter().find(|r| r[0] == tag).unwrap_or_else(|| panic!("{tag} in {text}")).clone();
    assert_eq!(first("#SIETYP")[1], "4");
    assert_eq!(first("#FORMAT")[1], "PC8");
    assert_eq!(first("#FNAMN")[1], "Granviken");
    assert_eq!(first("#PROGRAM")[1], "Välkommen", "å, ä, ö survive code page 437");
    let trans: Vec<&Vec<String>> = records.iter().filter(|r| r[0] == "#TRANS").collect();
    let amounts: Vec<i64> = trans.iter().map(|r| r[3].replace('.', "").parse::<i64>().unwrap()).collect();
    assert_eq!(amounts.iter().sum::<i64>(), 0, "the verification balances");
    assert_eq!((trans[0][1].as_str(), amounts[0]), ("4900", 55_050));

    // Paid once; a later staff reversal of a settled line is taken off the next settlement.
    let pay = format!("/api/staff/settlements/{id}/payment");
    assert_eq!(c.app.staff(Some(&c.admin), Method::POST, &pay, None).await.status(), 204);
    assert_error(c.app.staff(Some(&c.admin), Method::POST, &pay, None).await, 409, "error-settlement-paid", "twice")
        .await;
    assert_eq!(c.reverse(&c.admin, one.id).await.status(), 204);
    assert_eq!(c.mine().await.open_ore, -20_000);
    let next: Settlement = c.close(&from, &until).await.json().await.unwrap();
    assert_eq!((next.total_ore, next.lines[0].amount_ore), (-20_000, -20_000));
    let leader_export =
        c.app.staff(Some(&c.leader), Method::GET, &format!("/api/staff/settlements/{id}/export.csv"), None).await;
    assert_eq!(leader_export.status(), 403, "exports are for the municipality");
}

/// SIE records as fields: a tag, then words, `"quoted strings"` and `{}` objects.
fn sie_records(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('#'))
        .map(|line| {
            let (mut fields, mut current, mut quoted, mut escaped) = (Vec::new(), String::new(), false, false);
            for ch in line.chars() {
                match ch {
                    _ if escaped => {
                        current.push(ch);
                        escaped = false;
                    }
                    '\\' if quoted => escaped = true,
                    '"' => quoted = !quoted,
                    ' ' if !quoted => {
                        if !current.is_empty() {
                            fields.push(std::mem::take(&mut current));
                        }
                    }
                    _ => current.push(ch),
                }
            }
            fields.push(current);
            fields
        })
        .collect()
}

#[tokio::test]
async fn an_import_with_bad_rows_imports_nothing_unless_told_to_skip_them() {
    let c = club().await;
    let path = format!("/api/staff/municipalities/{M}/voucher-imports");
    let born = this_year() - 7;
    let csv =
        format!("förnamn;födelseår;vårdnadshavare\nAmal;{born};070-111 22 33\n;{born};\nZahra;1990;\nNoor;{born};\n");
    let import = |skip: bool| {
        c.app.staff(
            Some(&c.admin),
            Method::POST,
            &path,
            Some(json!({ "year": this_year(), "csv": csv, "skip_invalid": skip })),
        )
    };

    let report: ImportReport = import(false).await.json().await.unwrap();
    assert_eq!(report.imported, 0);
    let rejected: Vec<(u64, &str)> = report.rejected.iter().map(|r| (r.line, r.message_id.as_str())).collect();
    assert_eq!(rejected, [(3, "error-required"), (4, "error-voucher-age")]);
    assert_eq!(c.count("SELECT COUNT(*) FROM vouchers WHERE demo = 0").await, 0, "nothing imported");

    let report: ImportReport = import(true).await.json().await.unwrap();
    assert_eq!(report.imported, 2);
    assert_eq!(report.vouchers.iter().map(|v| v.first_name.as_str()).collect::<Vec<_>>(), ["Amal", "Noor"]);
    let again: ImportReport = import(true).await.json().await.unwrap();
    assert_eq!(again.imported, 0, "the same file twice issues nothing twice");
    assert!(again.rejected.iter().any(|r| r.message_id == "error-import-duplicate"));

    let list_path = format!("/api/staff/municipalities/{M}/vouchers?year={}&unused=true", this_year());
    let unused: Vec<StaffVoucher> =
        c.app.staff(Some(&c.admin), Method::GET, &list_path, None).await.json().await.unwrap();
    let mine: Vec<&StaffVoucher> = unused.iter().filter(|v| v.first_name == "Amal" || v.first_name == "Noor").collect();
    assert_eq!(mine.len(), 2);
    receipt(c.redeem(&mine[0].code, 100, &key()).await, 201).await;
    let unused: Vec<StaffVoucher> =
        c.app.staff(Some(&c.admin), Method::GET, &list_path, None).await.json().await.unwrap();
    assert!(unused.iter().all(|v| v.id != mine[0].id), "a used voucher is not on the unused list");
}

#[tokio::test]
async fn import_files_that_cannot_be_read_are_refused_whole() {
    let c = club().await;
    let path = format!("/api/staff/municipalities/{M}/voucher-imports");
    let post = |csv: String| {
        c.app.staff(Some(&c.admin), Method::POST, &path, Some(json!({ "year": this_year(), "csv": csv })))
    };
    assert_error(post("name;age\nAmal;9\n".into()).await, 422, "error-import-header", "no known columns").await;
    assert_error(post("förnamn;födelseår\n".into()).await, 422, "error-import-empty", "no rows").await;
    let many = format!("förnamn;födelseår\n{}", "Amal;2016\n".repeat(10_001));
    assert_error(post(many).await, 422, "error-import-too-many-rows", "too many").await;
    let huge = format!("förnamn;födelseår\n{}", "A".repeat(1_100_000));
    assert_eq!(post(huge).await.status(), 413);
    let guide = c.app.sign_in("guide@granviken.example", DEMO_PASSWORD).await;
    let as_guide = c
        .app
        .staff(
            Some(&guide),
            Method::POST,
            &path,
            Some(json!({ "year": this_year(), "csv": "förnamn;födelseår\nA;2016" })),
        )
        .await;
    assert_eq!(as_guide.status(), 403);
    assert_eq!(c.count("SELECT COUNT(*) FROM vouchers WHERE demo = 0").await, 0);
}

#[tokio::test]
async fn hostile_and_malformed_input_gets_a_clear_error_and_changes_nothing() {
    let c = club().await;
    let voucher = c.issue("Adam").await;
    let redeem_path = format!("/api/staff/associations/{}/redemptions", c.id);
    let send = |body: Value| c.app.staff(Some(&c.leader), Method::POST, &redeem_path, Some(body));
    let good = json!({ "code": voucher.code, "amount_ore": 100, "idempotency_key": key() });
    let with = |field: &str, value: Value| {
        let mut body = good.clone();
        body[field] = value;
        body
    };
    assert_error(send(with("code", json!("7KQ2-M9XD"))).await, 422, "error-voucher-code-shape", "short").await;
    let mut typo = voucher.code.clone().into_bytes();
    typo[0] = if typo[0] == b'7' { b'8' } else { b'7' };
    assert_error(
        send(with("code", json!(String::from_utf8(typo).unwrap()))).await,
        404,
        "error-not-found",
        "a typo names no card",
    )
    .await;
    assert_error(send(with("amount_ore", json!(-500))).await, 422, "error-amount-out-of-range", "negative").await;
    assert_error(
        send(with("idempotency_key", json!("<script>alert(1)</script>"))).await,
        422,
        "error-idempotency-key",
        "hostile key",
    )
    .await;
    assert_error(send(with("amount_ore", json!("200"))).await, 400, "error-malformed-body", "a string amount").await;
    assert_error(send(json!({ "code": voucher.code })).await, 400, "error-malformed-body", "missing fields").await;
    assert_error(
        send(with("activity_id", json!(999_999))).await,
        422,
        "error-activity-not-theirs",
        "someone else's activity",
    )
    .await;
    let huge = c.balance(&"7".repeat(20_000)).await;
    assert_eq!(huge.status(), 413);
    assert_error(c.balance("'; DROP TABLE vouchers; --").await, 422, "error-voucher-code-shape", "SQL").await;
    assert_error(
        c.app.post_raw("/api/vouchers/balance", "application/json", "{not json").await,
        400,
        "error-malformed-body",
        "broken JSON",
    )
    .await;
    assert_eq!(c.app.staff(Some(&c.admin), Method::GET, "/api/staff/settlements/abc", None).await.status(), 404);
    assert_eq!(c.balance_of(&voucher.code).await.balance_ore, 50_000);
    assert_eq!(c.count(OWN_REDEMPTIONS).await, 0);

    let issue_path = format!("/api/staff/municipalities/{M}/vouchers");
    let bad_issue = json!({ "year": this_year(), "first_name": "A\u{0007}", "birth_year": 1900 });
    let response = c.app.staff(Some(&c.admin), Method::POST, &issue_path, Some(bad_issue)).await;
    assert_eq!(response.status(), 422);
    let body: model::ErrorBody = response.json().await.unwrap();
    let fields: Vec<&str> = body.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["first_name", "birth_year"]);
}

#[tokio::test]
async fn staff_set_each_years_terms_and_new_vouchers_follow_them() {
    let c = club().await;
    let year = this_year() + 1;
    let path = format!("/api/staff/municipalities/{M}/voucher-years/{year}");
    let defaults: VoucherYear = c.app.staff(Some(&c.admin), Method::GET, &path, None).await.json().await.unwrap();
    assert_eq!(defaults, VoucherYear::default_for(year));

    let mut terms = defaults.clone();
    terms.amount_ore = 80_000;
    terms.min_age = 6;
    terms.max_age = 16;
    assert_eq!(c.app.staff(Some(&c.admin), Method::PUT, &path, Some(json!(terms))).await.status(), 204);
    let saved: VoucherYear = c.app.staff(Some(&c.admin), Method::GET, &path, None).await.json().await.unwrap();
    assert_eq!(saved, terms);
    assert_eq!(c.issue_in(year, "Mira", year - 10).await.amount_ore, 80_000);
    let too_young = json!({ "year": year, "first_name": "Liten", "birth_year": year - 3 });
    let response = c
        .app
        .staff(Some(&c.admin), Method::POST, &format!("/api/staff/municipalities/{M}/vouchers"), Some(too_young))
        .await;
    assert_error(response, 409, "error-voucher-age", "outside the year's terms, which staff can change").await;

    let mut bad = terms.clone();
    bad.valid_until = bad.valid_from.plus_days(-1);
    assert_error(
        c.app.staff(Some(&c.admin), Method::PUT, &path, Some(json!(bad))).await,
        422,
        "error-voucher-validity-order",
        "backwards",
    )
    .await;
    let other_year = format!("/api/staff/municipalities/{M}/voucher-years/{}", year + 1);
    assert_error(
        c.app.staff(Some(&c.admin), Method::PUT, &other_year, Some(json!(terms))).await,
        422,
        "error-voucher-year",
        "mismatch",
    )
    .await;
    assert_eq!(c.app.staff(Some(&c.leader), Method::PUT, &path, Some(json!(terms))).await.status(), 403);
}

#[tokio::test]
async fn statistics_count_by_age_association_and_month_without_names() {
    let c = club().await;
    let young = c.issue_in(this_year(), "Ayaan", this_year() - 4).await;
    let older = c.issue_in(this_year(), "Bashir", this_year() - 14).await;
    c.issue_in(this_year(), "Celine", this_year() - 14).await;
    receipt(c.redeem(&young.code, 10_000, &key()).await, 201).await;
    receipt(c.redeem(&older.code, 20_000, &key()).await, 201).await;
    receipt(c.redeem(&older.code, 5_000, &key()).await, 201).await;

    let path = format!("/api/staff/municipalities/{M}/voucher-stats?year={}", this_year());
    let response = c.app.staff(Some(&c.admin), Method::GET, &path, None).await;
    let raw = response.text().await.unwrap();
    for name in ["Ayaan", "Bashir", "Celine"] {
        assert!(!raw.contains(name), "{name} in {raw}");
    }
    let stats: VoucherStats = serde_json::from_str(&raw).unwrap();
    let demo = c.count(&format!("SELECT COUNT(*) FROM vouchers WHERE demo = 1 AND year = {}", this_year())).await;
    assert_eq!(stats.issued, 3 + demo);
    let band = |from: u8| stats.by_age.iter().find(|b| b.from_age == from).unwrap();
    assert!(band(0).used >= 1 && band(13).used >= 1);
    let club = stats.by_association.iter().find(|a| a.association == "Granvikens IF").unwrap();
    assert!(club.redemptions >= 3 && club.redeemed_ore >= 35_000);
    let month = stats.by_month.iter().find(|m| m.month == today().to_string()[..7]).unwrap();
    assert!(month.first_uses >= 2 && month.redemptions >= 3);
    assert_eq!(c.app.staff(Some(&c.leader), Method::GET, &path, None).await.status(), 403);
}

async fn lookup_from(app: &TestApp, forwarded_for: &str) -> u16 {
    let code = server::store::new_code().to_string();
    let response = app
        .client
        .post(format!("{}/api/vouchers/balance", app.address))
        .header("x-forwarded-for", forwarded_for)
        .json(&json!({ "code": code }))
        .send()
        .await
        .unwrap();
    response.status().as_u16()
}

#[tokio::test]
async fn behind_the_trusted_proxy_each_forwarded_client_has_its_own_limit() {
    let options = crate::helpers::Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Default::default() };
    let app = crate::helpers::spawn_app_with(options).await;
    for _ in 0..server::startup::VOUCHER_LOOKUPS {
        assert_eq!(lookup_from(&app, "203.0.113.1").await, 404);
    }
    assert_eq!(lookup_from(&app, "203.0.113.1").await, 429, "this family's phone is at its limit");
    assert_eq!(lookup_from(&app, "203.0.113.2").await, 404, "another phone behind the same proxy is not");
    // What a client writes before the proxy's own entry does not count.
    assert_eq!(lookup_from(&app, "203.0.113.2, 203.0.113.1").await, 429);
}

#[tokio::test]
async fn without_a_trusted_proxy_a_forwarded_header_changes_nothing() {
    let app = spawn_app().await;
    for n in 0..server::startup::VOUCHER_LOOKUPS {
        assert_eq!(lookup_from(&app, &format!("203.0.113.{n}")).await, 404);
    }
    assert_eq!(lookup_from(&app, "198.51.100.1").await, 429, "the connection's own address is counted");
}

#[tokio::test]
async fn twenty_parallel_reversals_of_one_redemption_credit_the_voucher_once() {
    let c = club().await;
    let voucher = c.issue("Sara").await;
    let receipt: Receipt = c.redeem(&voucher.code, 1_000, &key()).await.json().await.unwrap();
    let url = format!("{}/api/staff/redemptions/{}/reversal", c.app.address, receipt.id);
    let mut tasks = tokio::task::JoinSet::new();
    for (i, session) in std::iter::repeat_n([&c.leader, &c.admin], 10).flatten().enumerate() {
        let request = c
            .app
            .client
            .post(&url)
            .header("cookie", &session.cookie)
            .header("x-csrf-token", &session.csrf)
            .json(&json!({ "reason": format!("Fel barn {i}") }));
        tasks.spawn(async move { request.send().await.expect("request sent").status().as_u16() });
    }
    let mut statuses = tasks.join_all().await;
    statuses.sort_unstable();
    assert_eq!(statuses.iter().filter(|s| **s == 204).count(), 1, "one reversal: {statuses:?}");
    assert!(statuses.iter().all(|s| [204, 409].contains(s)), "{statuses:?}");
    assert_eq!(c.balance_of(&voucher.code).await.balance_ore, 50_000, "credited once, not more");
    let entries: i64 =
        sqlx::query("SELECT COUNT(*) FROM audit_log WHERE action = 'redemption-reversed' AND target = $1")
            .bind(receipt.id.to_string())
            .fetch_one(c.app.store.pool())
            .await
            .unwrap()
            .get(0);
    assert_eq!(entries, 1, "one audit entry for the one reversal");
}

#[tokio::test]
async fn the_database_keeps_a_balance_at_or_below_the_vouchers_amount() {
    let c = club().await;
    let voucher = c.issue("Sara").await;
    let over = sqlx::query("UPDATE vouchers SET balance_ore = amount_ore + 1 WHERE id = $1")
        .bind(voucher.id)
        .execute(c.app.store.pool())
        .await;
    assert!(over.is_err(), "a credit beyond the amount is refused by the database itself");
    assert_eq!(c.balance_of(&voucher.code).await.balance_ore, 50_000);
}
