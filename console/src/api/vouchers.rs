//! The fritidscheck: the year's terms, issuing, redeeming at an association's desk, and
//! settling with the associations.

use gloo_net::http::Method;
use model::vouchers::{
    AssociationVouchers, CodeRequest, ImportReport, ImportRequest, IssueRequest, Receipt, RedeemRequest,
    ReversalRequest, Settlement, SettlementRequest, StaffVoucher, VoucherCheck, VoucherStats, VoucherYear,
};
use ui::fetch::encode;

use super::{request, staff, Failure, NO_BODY};

/// The terms of `year`'s fritidscheck.
pub async fn voucher_year(municipality: &str, year: i32) -> Result<VoucherYear, Failure> {
    request(Method::GET, &staff(municipality, &format!("/voucher-years/{year}")), NO_BODY).await
}

pub async fn save_voucher_year(municipality: &str, terms: &VoucherYear) -> Result<(), Failure> {
    request(Method::PUT, &staff(municipality, &format!("/voucher-years/{}", terms.year)), Some(terms)).await
}

/// `year`'s vouchers; with `unused_only`, those nobody has used yet.
pub async fn vouchers(municipality: &str, year: i32, unused_only: bool) -> Result<Vec<StaffVoucher>, Failure> {
    request(Method::GET, &staff(municipality, &format!("/vouchers?year={year}&unused={unused_only}")), NO_BODY).await
}

pub async fn issue_voucher(municipality: &str, voucher: &IssueRequest) -> Result<StaffVoucher, Failure> {
    request(Method::POST, &staff(municipality, "/vouchers"), Some(voucher)).await
}

/// Many vouchers from a CSV file, with every turned-down row.
pub async fn import_vouchers(municipality: &str, import: &ImportRequest) -> Result<ImportReport, Failure> {
    request(Method::POST, &staff(municipality, "/voucher-imports"), Some(import)).await
}

pub async fn revoke_voucher(voucher: i64, reason: &ReversalRequest) -> Result<(), Failure> {
    request(Method::POST, &format!("/api/staff/vouchers/{voucher}/revocation"), Some(reason)).await
}

pub async fn voucher_stats(municipality: &str, year: i32) -> Result<VoucherStats, Failure> {
    request(Method::GET, &staff(municipality, &format!("/voucher-stats?year={year}")), NO_BODY).await
}

/// Whether a code is valid and what is left, before an association takes an amount.
pub async fn check_voucher(association: i64, code: &CodeRequest) -> Result<VoucherCheck, Failure> {
    request(Method::POST, &format!("/api/staff/associations/{association}/voucher-checks"), Some(code)).await
}

/// Takes an amount; the request's idempotency key makes a repeat return the first receipt.
pub async fn redeem(association: i64, payment: &RedeemRequest) -> Result<Receipt, Failure> {
    request(Method::POST, &format!("/api/staff/associations/{association}/redemptions"), Some(payment)).await
}

pub async fn reverse_redemption(redemption: i64, reason: &ReversalRequest) -> Result<(), Failure> {
    request(Method::POST, &format!("/api/staff/redemptions/{redemption}/reversal"), Some(reason)).await
}

/// What the municipality owes an association, its redemptions and settlements.
pub async fn association_vouchers(association: i64) -> Result<AssociationVouchers, Failure> {
    request(Method::GET, &format!("/api/staff/associations/{association}/vouchers"), NO_BODY).await
}

/// What a settlement of `association` from `from` until `until` would hold, as typed in
/// the form: the server explains what is wrong with them.
pub async fn settlement_preview(
    municipality: &str,
    association: &str,
    from: &str,
    until: &str,
) -> Result<Settlement, Failure> {
    let query = format!("?association={}&from={}&until={}", encode(association), encode(from), encode(until));
    request(Method::GET, &staff(municipality, &format!("/settlement-preview{query}")), NO_BODY).await
}

pub async fn close_settlement(municipality: &str, period: &SettlementRequest) -> Result<Settlement, Failure> {
    request(Method::POST, &staff(municipality, "/settlements"), Some(period)).await
}

pub async fn settlements(municipality: &str) -> Result<Vec<Settlement>, Failure> {
    request(Method::GET, &staff(municipality, "/settlements"), NO_BODY).await
}

pub async fn settlement(id: i64) -> Result<Settlement, Failure> {
    request(Method::GET, &format!("/api/staff/settlements/{id}"), NO_BODY).await
}

pub async fn mark_paid(settlement: i64) -> Result<(), Failure> {
    request(Method::POST, &format!("/api/staff/settlements/{settlement}/payment"), NO_BODY).await
}

/// The settlement as CSV, for a download link.
pub fn settlement_csv(settlement: i64) -> String {
    format!("/api/staff/settlements/{settlement}/export.csv")
}

/// The settlement as SIE 4, for the finance system, for a download link.
pub fn settlement_sie(settlement: i64) -> String {
    format!("/api/staff/settlements/{settlement}/export.se")
}
