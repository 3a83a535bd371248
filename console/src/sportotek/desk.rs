//! The counter's rules that are not view code: default due days, which copies can go
//! out, how to reach a borrower, and reading a search.

use model::{
    schedule::Day,
    sportotek::{Condition, StaffCopy, StaffItem, StaffLoan},
    voucher::LoanCode,
    FieldError, Language,
};

use crate::api::LoanSearch;

/// The due day of a loan handed out on `today`: the loan days, today included, as the
/// server counts a walk-in's.
pub fn default_due(today: Day, loan_days: u16) -> Day {
    today.plus_days(i64::from(loan_days.max(1)) - 1)
}

/// The due day a reservation goes out with: the one it was reserved until, unless it is
/// fetched after that (within the grace days), when it gets the loan days from today.
pub fn checkout_due(loan: &StaffLoan, today: Day, loan_days: u16) -> Day {
    if loan.due_day >= today {
        loan.due_day
    } else {
        default_due(today, loan_days)
    }
}

/// Another loan period after the due day, or after today for a late loan.
pub fn extended_due(due: Day, today: Day, loan_days: u16) -> Day {
    due.max(today).plus_days(i64::from(loan_days.max(1)))
}

/// The copies of a size that can go out now: fine, and not out with someone.
pub fn free_copies(item: &StaffItem, size_id: i64) -> Vec<StaffCopy> {
    item.sizes
        .iter()
        .filter(|s| s.id == size_id)
        .flat_map(|s| &s.copies)
        .filter(|c| c.condition == Condition::Fine && c.lent_in.is_none())
        .cloned()
        .collect()
}

/// An item's name in `lang`, or in Swedish when it has none there.
pub fn item_name(item: &StaffItem, lang: Language) -> String {
    [lang, Language::SOURCE]
        .iter()
        .find_map(|l| item.texts.get(l).map(|t| t.name.trim()).filter(|n| !n.is_empty()))
        .unwrap_or_default()
        .to_owned()
}

/// A link that calls or writes to the borrower: `mailto:` for an address, `tel:` with
/// the digits (and a leading `+`) for a phone number.
pub fn contact_href(contact: &str) -> Option<String> {
    let contact = contact.trim();
    if contact.is_empty() {
        return None;
    }
    if contact.contains('@') {
        return Some(format!("mailto:{contact}"));
    }
    let digits: String = contact.chars().filter(char::is_ascii_digit).collect();
    let plus = if contact.starts_with('+') { "+" } else { "" };
    (!digits.is_empty()).then(|| format!("tel:{plus}{digits}"))
}

/// What staff typed to find a borrower: a code, or a first name and a phone number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoanSearchDraft {
    pub code: String,
    pub name: String,
    pub phone: String,
}

impl LoanSearchDraft {
    /// The search by code, with the code as printed, or why the code cannot be one.
    pub fn by_code(&self) -> Result<LoanSearch, FieldError> {
        let code = LoanCode::parse(&self.code).map_err(|e| FieldError::new("code", &e.message_id))?;
        Ok(LoanSearch::Code(code.to_string()))
    }

    /// The search by person: both the first name and at least a few digits of the phone,
    /// so a common name alone lists nobody's loans by mistake.
    pub fn by_person(&self) -> Result<LoanSearch, Vec<FieldError>> {
        let (name, phone) = (self.name.trim(), self.phone.trim());
        let mut problems = Vec::new();
        if name.is_empty() {
            problems.push(FieldError::new("name", "error-required"));
        }
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if phone.is_empty() {
            problems.push(FieldError::new("phone", "error-required"));
        } else if digits < 4 && !phone.contains('@') {
            problems.push(FieldError::new("phone", "console-sportotek-phone-digits"));
        }
        if problems.is_empty() {
            Ok(LoanSearch::Person { name: name.to_owned(), phone: phone.to_owned() })
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use model::sportotek::{EquipmentCategory, ItemText, LoanState, SizeKind, StaffSize};

    use super::*;

    fn day(raw: &str) -> Day {
        Day::parse(raw).unwrap()
    }

    fn loan(due: &str) -> StaffLoan {
        StaffLoan {
            id: 1,
            code: "7KQ2-M9XD-4T".into(),
            item_id: 1,
            item_name: "Skridskor".into(),
            category: EquipmentCategory::Skates,
            size_id: 1,
            size_label: "32".into(),
            copy_id: None,
            inventory_number: None,
            state: LoanState::Reserved,
            first_name: "Amira".into(),
            contact: "070-123 45 67".into(),
            lang: None,
            pickup_day: day("2026-01-12"),
            due_day: day(due),
            lent_on: None,
            ended_on: None,
            reminded_on: None,
            late: false,
            walk_in: false,
            return_condition: None,
            return_note: String::new(),
        }
    }

    fn copy(id: i64, condition: Condition, lent_in: Option<i64>) -> StaffCopy {
        StaffCopy { id, size_id: 10, inventory_number: format!("SK-{id}"), condition, note: String::new(), lent_in }
    }

    #[test]
    fn a_loan_of_fourteen_days_handed_out_on_a_monday_is_due_the_sunday_after_next() {
        assert_eq!(default_due(day("2026-01-12"), 14), day("2026-01-25"));
        assert_eq!(default_due(day("2026-01-12"), 1), day("2026-01-12"));
        assert_eq!(default_due(day("2026-01-12"), 0), day("2026-01-12"), "no loan ends before it starts");
    }

    #[test]
    fn a_reservation_goes_out_until_its_reserved_day_unless_that_has_passed() {
        let today = day("2026-01-12");
        assert_eq!(checkout_due(&loan("2026-01-25"), today, 14), day("2026-01-25"));
        assert_eq!(checkout_due(&loan("2026-01-12"), today, 14), day("2026-01-12"));
        assert_eq!(checkout_due(&loan("2026-01-11"), today, 14), day("2026-01-25"));
    }

    #[test]
    fn an_extension_adds_a_loan_period_after_the_due_day_or_after_today_when_late() {
        assert_eq!(extended_due(day("2026-01-25"), day("2026-01-20"), 14), day("2026-02-08"));
        assert_eq!(extended_due(day("2026-01-10"), day("2026-01-20"), 7), day("2026-01-27"));
    }

    #[test]
    fn only_fine_copies_of_the_size_that_are_not_out_can_go_out() {
        let size = |id, copies| StaffSize {
            id,
            label: "32".into(),
            kind: SizeKind::Shoe,
            age_from: None,
            age_to: None,
            copies,
        };
        let item = StaffItem {
            id: 1,
            category: EquipmentCategory::Skates,
            texts: BTreeMap::new(),
            translations: vec![],
            photo: None,
            sizes: vec![
                size(
                    10,
                    vec![
                        copy(1, Condition::Fine, None),
                        copy(2, Condition::Fine, Some(7)),
                        copy(3, Condition::Damaged, None),
                        copy(4, Condition::Lost, None),
                    ],
                ),
                size(11, vec![copy(5, Condition::Fine, None)]),
            ],
            updated_at: 0,
            demo: false,
        };
        let ids: Vec<i64> = free_copies(&item, 10).iter().map(|c| c.id).collect();
        assert_eq!(ids, [1]);
        assert!(free_copies(&item, 99).is_empty());
    }

    #[test]
    fn an_item_is_named_in_the_readers_language_or_in_swedish() {
        let text = |name: &str| ItemText { name: name.into(), description: String::new() };
        let item = StaffItem {
            id: 1,
            category: EquipmentCategory::Skates,
            texts: BTreeMap::from([
                (Language::Sv, text("Skridskor")),
                (Language::Ar, text("زلاجات")),
                (Language::Uk, text(" ")),
            ]),
            translations: vec![],
            photo: None,
            sizes: vec![],
            updated_at: 0,
            demo: false,
        };
        assert_eq!(item_name(&item, Language::Ar), "زلاجات");
        assert_eq!(item_name(&item, Language::En), "Skridskor");
        assert_eq!(item_name(&item, Language::Uk), "Skridskor", "a blank name is no name");
    }

    #[test]
    fn a_phone_number_becomes_a_call_link_and_an_address_a_mail_link() {
        for (contact, href) in [
            ("070-123 45 67", Some("tel:0701234567")),
            ("+46 70 123 45 67", Some("tel:+46701234567")),
            (" amira@example.se ", Some("mailto:amira@example.se")),
            ("", None),
            ("   ", None),
            ("okänd", None),
        ] {
            assert_eq!(contact_href(contact).as_deref(), href, "{contact:?}");
        }
    }

    #[test]
    fn a_code_is_searched_as_printed_whatever_its_case_and_spacing() {
        let draft = |code: &str| LoanSearchDraft { code: code.into(), ..Default::default() };
        let printed = model::sportotek::loan_code(|| [1, 2, 3, 4, 5, 6]).to_string();
        let typed = printed.to_lowercase().replace('-', " ");
        assert_eq!(draft(&typed).by_code(), Ok(LoanSearch::Code(printed)));
        assert_eq!(draft("ABC").by_code().unwrap_err().field, "code");
    }

    #[test]
    fn a_person_is_searched_by_first_name_and_some_digits_of_the_phone() {
        let draft =
            |name: &str, phone: &str| LoanSearchDraft { name: name.into(), phone: phone.into(), ..Default::default() };
        assert_eq!(
            draft(" Amira ", "070-12").by_person(),
            Ok(LoanSearch::Person { name: "Amira".into(), phone: "070-12".into() })
        );
        for (name, phone, fields) in [
            ("", "0701234567", vec!["name"]),
            ("Amira", "", vec!["phone"]),
            ("Amira", "07", vec!["phone"]),
            ("", "", vec!["name", "phone"]),
        ] {
            let found: Vec<String> = draft(name, phone).by_person().unwrap_err().into_iter().map(|p| p.field).collect();
            assert_eq!(found, fields, "{name:?} {phone:?}");
        }
        assert!(draft("Amira", "amira@example.se").by_person().is_ok(), "an e-mail address finds too");
    }
}
