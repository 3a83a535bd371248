//! The fritidscheck's life: the municipality sets each year's terms, staff issue
//! vouchers, a guardian checks the balance, an association redeems part of it, and the
//! municipality settles with the association. The rules here run on the phone and on
//! the server alike.

use serde::{Deserialize, Serialize};

use crate::{activities::check_text, schedule::Day, voucher::VoucherCode, FieldError};

/// An association may take back its own redemption this many days afterwards.
pub const ASSOCIATION_REVERSAL_DAYS: i64 = 14;
/// The longest first name, guardian contact and reason kept.
pub const NAME_MAX: usize = 60;
pub const CONTACT_MAX: usize = 120;
pub const REASON_MAX: usize = 300;
/// An import larger than this is split by whoever prepares it.
pub const IMPORT_MAX_ROWS: usize = 10_000;

/// One year's terms, set by the municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoucherYear {
    #[cfg_attr(feature = "openapi", schema(minimum = 2000, maximum = 2999))]
    pub year: i32,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100_000_000))]
    pub amount_ore: i64,
    pub valid_from: Day,
    pub valid_until: Day,
    /// Children of these ages during the year get a voucher: 0–18 by default.
    #[cfg_attr(feature = "openapi", schema(maximum = 25))]
    pub min_age: u8,
    #[cfg_attr(feature = "openapi", schema(maximum = 25))]
    pub max_age: u8,
    /// The bookkeeping accounts a settlement is booked on in the SIE export.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9]{4}$"))]
    pub expense_account: String,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9]{4}$"))]
    pub payable_account: String,
}

impl VoucherYear {
    /// The terms a year has until staff change them: 500 kr, the calendar year, 0–18.
    pub fn default_for(year: i32) -> VoucherYear {
        VoucherYear {
            year,
            amount_ore: 50_000,
            valid_from: Day::from_ymd(year, 1, 1).expect("a date"),
            valid_until: Day::from_ymd(year, 12, 31).expect("a date"),
            min_age: 0,
            max_age: 18,
            expense_account: "4900".to_owned(),
            payable_account: "2440".to_owned(),
        }
    }

    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        if !(2000..3000).contains(&self.year) {
            problems.push(FieldError::new("year", "error-voucher-year"));
        }
        if !(1..=crate::voucher::Amount::MAX_ORE).contains(&self.amount_ore) {
            problems.push(FieldError::new("amount_ore", "error-amount-out-of-range"));
        }
        if self.valid_until < self.valid_from {
            problems.push(FieldError::new("valid_until", "error-voucher-validity-order"));
        }
        if self.min_age > self.max_age || self.max_age > 25 {
            problems.push(FieldError::new("max_age", "error-voucher-age-range"));
        }
        for (field, account) in [("expense_account", &self.expense_account), ("payable_account", &self.payable_account)]
        {
            if account.len() != 4 || !account.bytes().all(|b| b.is_ascii_digit()) {
                problems.push(FieldError::new(field, "error-account-number"));
            }
        }
        problems
    }

    /// Whether a child born in `birth_year` is of an age the year covers.
    pub fn covers_birth_year(&self, birth_year: i32) -> bool {
        let age = self.year - birth_year;
        (i32::from(self.min_age)..=i32::from(self.max_age)).contains(&age)
    }
}

/// One child's voucher as staff issue it. The first name and birth year let an
/// association see that the card belongs to the child in front of them; nothing more
/// about the child is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssueRequest {
    #[cfg_attr(feature = "openapi", schema(minimum = 2000, maximum = 2999))]
    pub year: i32,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
            max_length = 60
        )
    )]
    pub first_name: String,
    /// A year the year's terms cover (409 `error-voucher-age` otherwise).
    #[cfg_attr(feature = "openapi", schema(minimum = 1900, maximum = 2999))]
    pub birth_year: i32,
    /// A phone number or e-mail to reach the family; optional.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", max_length = 120))]
    pub guardian_contact: String,
}

impl IssueRequest {
    pub fn problems(&self, terms: &VoucherYear) -> Vec<FieldError> {
        let mut problems = Vec::new();
        let name = self.first_name.trim();
        if name.is_empty() {
            problems.push(FieldError::new("first_name", "error-required"));
        } else {
            problems.extend(check_text("first_name", name, NAME_MAX));
            if name.contains('\n') {
                problems.push(FieldError::new("first_name", "error-text-control"));
            }
        }
        if !terms.covers_birth_year(self.birth_year) {
            problems.push(FieldError::new("birth_year", "error-voucher-age"));
        }
        problems.extend(check_text("guardian_contact", self.guardian_contact.trim(), CONTACT_MAX));
        if self.guardian_contact.contains('\n') {
            problems.push(FieldError::new("guardian_contact", "error-text-control"));
        }
        problems
    }
}

/// A CSV file of children to issue vouchers to, one per row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportRequest {
    #[cfg_attr(feature = "openapi", schema(minimum = 2000, maximum = 2999))]
    pub year: i32,
    #[cfg_attr(feature = "openapi", schema(max_length = 1_000_000))]
    pub csv: String,
    /// Import the good rows of a file that has bad ones; otherwise nothing is imported.
    #[serde(default)]
    pub skip_invalid: bool,
}

/// A row the import turned down: its line in the file, the column and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RejectedRow {
    pub line: u64,
    pub field: String,
    pub message_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportReport {
    pub imported: usize,
    pub rejected: Vec<RejectedRow>,
    pub vouchers: Vec<StaffVoucher>,
}

/// Where a voucher stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum VoucherState {
    Valid,
    NotYetValid,
    Expired,
    Revoked,
    Used,
}

impl VoucherState {
    pub fn of(valid_from: Day, valid_until: Day, revoked: bool, balance_ore: i64, today: Day) -> VoucherState {
        if revoked {
            VoucherState::Revoked
        } else if today < valid_from {
            VoucherState::NotYetValid
        } else if today > valid_until {
            VoucherState::Expired
        } else if balance_ore == 0 {
            VoucherState::Used
        } else {
            VoucherState::Valid
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            VoucherState::Valid => "valid",
            VoucherState::NotYetValid => "not-yet-valid",
            VoucherState::Expired => "expired",
            VoucherState::Revoked => "revoked",
            VoucherState::Used => "used",
        }
    }
}

/// Why a redemption is refused, as a translated message on the `code` or amount field.
pub fn redemption_refusal(state: VoucherState, balance_ore: i64, amount_ore: i64) -> Option<FieldError> {
    let refusal = |field: &str, id: &str| Some(FieldError::new(field, id));
    match state {
        VoucherState::Revoked => refusal("code", "error-voucher-revoked"),
        VoucherState::NotYetValid => refusal("code", "error-voucher-not-yet-valid"),
        VoucherState::Expired => refusal("code", "error-voucher-expired"),
        _ if amount_ore <= 0 || amount_ore > crate::voucher::Amount::MAX_ORE => {
            refusal("amount_ore", "error-amount-out-of-range")
        }
        _ if amount_ore > balance_ore => refusal("amount_ore", "error-voucher-balance"),
        _ => None,
    }
}

/// A voucher as staff see it, for the list and the printed cards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffVoucher {
    pub id: i64,
    /// In groups of four, as printed.
    pub code: String,
    pub year: i32,
    pub first_name: String,
    pub birth_year: i32,
    pub guardian_contact: String,
    pub amount_ore: i64,
    pub balance_ore: i64,
    pub valid_from: Day,
    pub valid_until: Day,
    pub state: VoucherState,
}

/// The code typed or scanned by a guardian or an association.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CodeRequest {
    /// Fourteen characters of the card, typed as people do: any case, spaces or
    /// dashes between, Arabic or Dari digits. A code whose check character is wrong
    /// names no card (404).
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[ \\u00a0-]*([0-9A-TV-Za-tv-z\\u0660-\\u0669\\u06f0-\\u06f9][ \\u00a0-]*){14}$",
            max_length = 64
        )
    )]
    pub code: String,
}

/// What a guardian sees for a code: no name, only the money, where it went and the
/// child's birth year, which the guardian holding the card knows anyway.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoucherBalance {
    pub code: String,
    pub year: i32,
    /// For the activities of the child's age the balance pays for. An answer kept on a
    /// phone before the server sent it reads as 0: no age, so no activities offered.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 1900, maximum = 2999))]
    pub birth_year: i32,
    pub amount_ore: i64,
    pub balance_ore: i64,
    pub valid_from: Day,
    pub valid_until: Day,
    pub state: VoucherState,
    pub uses: Vec<VoucherUse>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoucherUse {
    pub association: String,
    pub activity: Option<String>,
    pub amount_ore: i64,
    pub on: Day,
    /// Taken back: the money is on the voucher again.
    pub reversed: bool,
}

/// What an association sees before it redeems: enough to check the card is the child's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoucherCheck {
    pub code: String,
    pub first_name: String,
    pub birth_year: i32,
    pub balance_ore: i64,
    pub valid_from: Day,
    pub valid_until: Day,
    pub state: VoucherState,
}

/// An association takes `amount_ore` from a voucher. The client makes up
/// `idempotency_key` once per payment and sends it again on every retry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RedeemRequest {
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[ \\u00a0-]*([0-9A-TV-Za-tv-z\\u0660-\\u0669\\u06f0-\\u06f9][ \\u00a0-]*){14}$",
            max_length = 64
        )
    )]
    pub code: String,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100_000_000))]
    pub amount_ore: i64,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub activity_id: Option<i64>,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{8,64}$"))]
    pub idempotency_key: String,
}

impl RedeemRequest {
    /// The request read into its types, with every problem at once; nothing is read
    /// twice. A code of the right shape whose check character is wrong is no field
    /// problem: it names no card (`code: None`), and the server answers it like an
    /// unknown one, while the phone says so before sending.
    pub fn parse(&self) -> Result<Redemption, Vec<FieldError>> {
        let mut problems = Vec::new();
        let code = match VoucherCode::parse(&self.code) {
            Ok(code) => Some(code),
            Err(problem) if problem.message_id == "error-voucher-code-check" => None,
            Err(problem) => {
                problems.push(problem);
                None
            }
        };
        let amount = crate::voucher::Amount::from_ore(self.amount_ore)
            .ok()
            .filter(|a| a.ore() > 0)
            .ok_or_else(|| FieldError::new("amount_ore", "error-amount-out-of-range"));
        let key = IdempotencyKey::parse(&self.idempotency_key);
        match (amount, key) {
            (Ok(amount), Ok(idempotency_key)) if problems.is_empty() => {
                Ok(Redemption { code, amount, activity_id: self.activity_id, idempotency_key })
            }
            (amount, key) => {
                problems.extend(amount.err());
                problems.extend(key.err());
                Err(problems)
            }
        }
    }
}

/// A redemption as the server acts on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redemption {
    /// `None` when the code names no card: its check character is wrong.
    pub code: Option<VoucherCode>,
    pub amount: crate::voucher::Amount,
    pub activity_id: Option<i64>,
    pub idempotency_key: IdempotencyKey,
}

/// What a client makes up once per payment and sends again on every retry: 8 to 64
/// letters, digits and dashes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    pub fn parse(raw: &str) -> Result<IdempotencyKey, FieldError> {
        let fine = (8..=64).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if fine {
            Ok(IdempotencyKey(raw.to_owned()))
        } else {
            Err(FieldError::new("idempotency_key", "error-idempotency-key"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The proof of one redemption. A retry with the same key gets the same receipt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Receipt {
    pub id: i64,
    pub code: String,
    pub first_name: String,
    pub association: String,
    pub activity: Option<String>,
    pub amount_ore: i64,
    /// What was left on the voucher right after this redemption.
    pub balance_after_ore: i64,
    pub on: Day,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReversalRequest {
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
            max_length = 300
        )
    )]
    pub reason: String,
}

impl ReversalRequest {
    pub fn problems(&self) -> Vec<FieldError> {
        let reason = self.reason.trim();
        if reason.is_empty() {
            vec![FieldError::new("reason", "error-required")]
        } else {
            check_text("reason", reason, REASON_MAX).into_iter().collect()
        }
    }
}

/// Whether the association itself may still take back a redemption made `on`.
pub fn association_may_reverse(on: Day, today: Day, settled: bool) -> bool {
    !settled && on.days_until(today) <= ASSOCIATION_REVERSAL_DAYS
}

/// One redemption, as the association and staff see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RedemptionLine {
    pub id: i64,
    pub code: String,
    pub first_name: String,
    pub birth_year: i32,
    pub association_id: i64,
    pub association: String,
    pub activity: Option<String>,
    pub amount_ore: i64,
    pub on: Day,
    pub reversed_on: Option<Day>,
    pub reversal_reason: Option<String>,
    pub settlement_id: Option<i64>,
    /// Whether the one asking may reverse it now.
    pub reversible: bool,
}

/// A settlement line: a redemption (positive) or the reversal of a redemption an earlier
/// settlement paid for (negative).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SettlementLine {
    pub redemption_id: i64,
    pub code: String,
    pub activity: Option<String>,
    pub on: Day,
    pub amount_ore: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum SettlementState {
    Closed,
    Paid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SettlementRequest {
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub association_id: i64,
    pub from: Day,
    pub until: Day,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Settlement {
    /// `None` for a preview that is not closed yet.
    pub id: Option<i64>,
    pub association_id: i64,
    pub association: String,
    pub from: Day,
    pub until: Day,
    pub total_ore: i64,
    pub state: Option<SettlementState>,
    pub closed_on: Option<Day>,
    pub paid_on: Option<Day>,
    pub lines: Vec<SettlementLine>,
}

/// The association's side: its redemptions, what the municipality owes it and how each
/// settlement stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssociationVouchers {
    pub open_ore: i64,
    pub redemptions: Vec<RedemptionLine>,
    pub settlements: Vec<Settlement>,
}

/// Ages grouped for statistics and for reaching families: nothing finer, so no child
/// can be picked out.
pub const AGE_BANDS: [(u8, u8); 5] = [(0, 5), (6, 9), (10, 12), (13, 15), (16, 18)];

/// The band a child of `age` falls in; ages past the last band count in it.
pub fn age_band(age: i32) -> (u8, u8) {
    AGE_BANDS
        .iter()
        .copied()
        .find(|(from, to)| (i32::from(*from)..=i32::from(*to)).contains(&age))
        .unwrap_or(if age < 0 { AGE_BANDS[0] } else { AGE_BANDS[AGE_BANDS.len() - 1] })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoucherStats {
    pub year: i32,
    pub issued: i64,
    pub used: i64,
    pub issued_ore: i64,
    pub redeemed_ore: i64,
    pub by_age: Vec<AgeBandStats>,
    pub by_association: Vec<AssociationStats>,
    pub by_month: Vec<MonthStats>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgeBandStats {
    pub from_age: u8,
    pub to_age: u8,
    pub issued: i64,
    pub used: i64,
    pub redeemed_ore: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssociationStats {
    pub association: String,
    pub redemptions: i64,
    pub redeemed_ore: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthStats {
    /// `YYYY-MM`.
    pub month: String,
    pub redemptions: i64,
    pub redeemed_ore: i64,
    /// Vouchers used for the first time this month.
    pub first_uses: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(raw: &str) -> Day {
        Day::parse(raw).unwrap()
    }

    #[test]
    fn a_voucher_is_valid_only_between_its_days_unrevoked_and_not_empty() {
        let (from, until) = (day("2026-01-01"), day("2026-12-31"));
        let state = |today: &str, revoked, balance| VoucherState::of(from, until, revoked, balance, day(today));
        assert_eq!(state("2026-01-01", false, 100), VoucherState::Valid);
        assert_eq!(state("2026-12-31", false, 100), VoucherState::Valid);
        assert_eq!(state("2025-12-31", false, 100), VoucherState::NotYetValid);
        assert_eq!(state("2027-01-01", false, 100), VoucherState::Expired);
        assert_eq!(state("2026-06-01", true, 100), VoucherState::Revoked);
        assert_eq!(state("2026-06-01", false, 0), VoucherState::Used);
    }

    #[test]
    fn redemptions_are_refused_with_the_reason() {
        let refused = |state, balance, amount| redemption_refusal(state, balance, amount).map(|f| f.message_id);
        assert_eq!(refused(VoucherState::Valid, 50_000, 20_000), None);
        assert_eq!(refused(VoucherState::Valid, 50_000, 50_000), None, "all of it");
        assert_eq!(refused(VoucherState::Valid, 10_000, 10_001).as_deref(), Some("error-voucher-balance"));
        assert_eq!(refused(VoucherState::Used, 0, 1).as_deref(), Some("error-voucher-balance"));
        assert_eq!(refused(VoucherState::Valid, 50_000, 0).as_deref(), Some("error-amount-out-of-range"));
        assert_eq!(refused(VoucherState::Valid, 50_000, -5).as_deref(), Some("error-amount-out-of-range"));
        assert_eq!(refused(VoucherState::Expired, 50_000, 100).as_deref(), Some("error-voucher-expired"));
        assert_eq!(refused(VoucherState::NotYetValid, 50_000, 100).as_deref(), Some("error-voucher-not-yet-valid"));
        assert_eq!(refused(VoucherState::Revoked, 50_000, 100).as_deref(), Some("error-voucher-revoked"));
    }

    #[test]
    fn the_age_range_covers_children_by_birth_year() {
        let terms = VoucherYear::default_for(2026);
        assert!(terms.covers_birth_year(2026), "born this year: age 0");
        assert!(terms.covers_birth_year(2008), "turns 18 this year");
        assert!(!terms.covers_birth_year(2007));
        assert!(!terms.covers_birth_year(2027));
        assert!(terms.problems().is_empty());
    }

    #[test]
    fn terms_that_make_no_sense_are_refused() {
        let mut terms = VoucherYear::default_for(2026);
        terms.valid_until = day("2025-12-31");
        terms.min_age = 19;
        terms.amount_ore = 0;
        terms.expense_account = "49".to_owned();
        let fields: Vec<String> = terms.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["amount_ore", "valid_until", "max_age", "expense_account"]);
    }

    #[test]
    fn an_issue_needs_a_first_name_and_an_age_in_range() {
        let terms = VoucherYear::default_for(2026);
        let good =
            IssueRequest { year: 2026, first_name: "Amal".into(), birth_year: 2016, guardian_contact: String::new() };
        assert!(good.problems(&terms).is_empty());
        let bad = IssueRequest {
            first_name: " ".into(),
            birth_year: 1990,
            guardian_contact: "x\u{7}".into(),
            ..good.clone()
        };
        let fields: Vec<String> = bad.problems(&terms).into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["first_name", "birth_year", "guardian_contact"]);
        let long = IssueRequest { first_name: "A".repeat(NAME_MAX + 1), ..good };
        assert_eq!(long.problems(&terms)[0].message_id, "error-text-too-long");
    }

    #[test]
    fn an_association_may_reverse_for_fourteen_days_until_settled() {
        let on = day("2026-03-01");
        assert!(association_may_reverse(on, on, false));
        assert!(association_may_reverse(on, day("2026-03-15"), false));
        assert!(!association_may_reverse(on, day("2026-03-16"), false));
        assert!(!association_may_reverse(on, day("2026-03-02"), true), "settled");
    }

    #[test]
    fn a_redeem_request_is_checked_before_any_voucher_is_read() {
        let code =
            crate::voucher::VoucherCode::from_random([7; 9]).or_else(|| VoucherCode::from_random([8; 9])).unwrap();
        let good = RedeemRequest {
            code: code.to_string(),
            amount_ore: 20_000,
            activity_id: None,
            idempotency_key: "0b6c3f0e-4a49-4c0c-9d1e-2f1f1f1f1f1f".into(),
        };
        assert!(good.parse().is_ok());
        for (bad, field) in [
            (RedeemRequest { code: "ABCD".into(), ..good.clone() }, "code"),
            (RedeemRequest { amount_ore: 0, ..good.clone() }, "amount_ore"),
            (RedeemRequest { idempotency_key: "short".into(), ..good.clone() }, "idempotency_key"),
            (RedeemRequest { idempotency_key: "<script>alert(1)</script>".into(), ..good.clone() }, "idempotency_key"),
        ] {
            assert_eq!(bad.parse().unwrap_err()[0].field, field, "{bad:?}");
        }
    }

    #[test]
    fn ages_fall_in_bands_without_gaps() {
        for age in 0..=18 {
            let (from, to) = age_band(age);
            assert!(i32::from(from) <= age && age <= i32::from(to), "{age}");
        }
        assert_eq!(age_band(19), (16, 18));
        assert_eq!(age_band(-1), (0, 5));
    }

    #[test]
    fn a_redemption_is_read_once_with_every_problem_together() {
        let request = |code: &str, amount_ore: i64, key: &str| RedeemRequest {
            code: code.into(),
            amount_ore,
            activity_id: None,
            idempotency_key: key.into(),
        };
        let fields = |r: RedeemRequest| -> Vec<String> {
            r.parse().expect_err("refused").into_iter().map(|p| p.field).collect()
        };
        assert_eq!(fields(request("7KQ2", 0, "x")), ["code", "amount_ore", "idempotency_key"]);
        let code = crate::voucher::VoucherCode::from_random([7; 9])
            .or_else(|| crate::voucher::VoucherCode::from_random([8; 9]))
            .unwrap();
        let good = request(&code.to_string(), 12_500, "a-key-1234").parse().unwrap();
        assert_eq!(
            (good.code, good.amount.ore(), good.idempotency_key.as_str()),
            (Some(code.clone()), 12_500, "a-key-1234")
        );
        // One character changed: the shape is right, the check is not, and no card has it.
        let mut typo = code.as_str().to_owned();
        let first = if typo.starts_with('7') { "8" } else { "7" };
        typo.replace_range(0..1, first);
        assert_eq!(request(&typo, 100, "a-key-1234").parse().unwrap().code, None);
    }
}
