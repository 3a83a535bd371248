//! The fritidscheck in the console: the year's terms, issuing and importing vouchers,
//! the list staff reach families from, printed cards with a QR code, and redeeming at
//! an association's desk with the phone's camera.

mod card;
mod issue;
mod list;
mod payment;
mod reason;
mod redeem;
mod scan;
mod terms;

pub use card::VoucherCard;
pub use issue::{ImportForm, IssueForm};
pub use list::VoucherList;
pub use payment::{new_key, PaymentKey};
pub use reason::{ReasonButton, TakeBack};
pub use redeem::{focus_code_field, CheckedVoucher, CodeEntry, PaymentForm, ReceiptView};
pub use terms::TermsForm;

use leptos::prelude::*;
use model::{
    schedule::Day,
    vouchers::{SettlementState, VoucherState},
};
use ui::i18n::use_i18n;

use crate::intl;

/// The year by the device's clock, for the pickers' defaults.
pub fn this_year() -> i32 {
    intl::today_and_now().map_or(2026, |(day, _)| day.year())
}

/// Where a voucher stands, as a chip.
#[component]
pub fn VoucherStateChip(state: VoucherState) -> impl IntoView {
    let i18n = use_i18n();
    let id = match state {
        VoucherState::Valid => "console-voucher-state-valid",
        VoucherState::NotYetValid => "console-voucher-state-not-yet-valid",
        VoucherState::Expired => "console-voucher-state-expired",
        VoucherState::Revoked => "console-voucher-state-revoked",
        VoucherState::Used => "console-voucher-state-used",
    };
    view! { <span class=format!("chip voucher-{}", state.code())>{i18n.tr(id)}</span> }
}

/// Whether the municipality has paid a settlement, as a chip.
#[component]
pub fn SettlementStateChip(state: Option<SettlementState>) -> impl IntoView {
    let i18n = use_i18n();
    let (class, id) = match state {
        Some(SettlementState::Paid) => ("chip settlement-paid", "console-settlement-paid"),
        Some(SettlementState::Closed) => ("chip settlement-closed", "console-settlement-closed"),
        None => ("chip settlement-open", "console-settlement-preview"),
    };
    view! { <span class=class>{i18n.tr(id)}</span> }
}

/// A code as printed, kept left to right in a right-to-left page.
#[component]
pub fn CodeText(#[prop(into)] code: String) -> impl IntoView {
    view! { <bdi class="voucher-code" dir="ltr" translate="no">{code}</bdi> }
}

/// "2026-01-01 – 2026-12-31": with the year, which a weekday-and-month date leaves out.
pub fn validity(i18n: ui::i18n::I18n, from: Day, until: Day) -> String {
    i18n.args("console-voucher-validity", &[("from", from.to_string()), ("until", until.to_string())])
}
