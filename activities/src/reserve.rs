//! The reserve form's rules, apart from its view: which field a problem belongs to, the
//! words for it, the checks made before anything is sent, and the retry key.

use model::{
    schedule::Day,
    sportotek::{ReservationRequest, SizeAvailability},
    voucher::latin_digit,
    FieldError, Language,
};

use crate::draft::FormField;

/// The form's fields; `General` is a problem with the whole request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Size,
    Day,
    Name,
    Contact,
    General,
}

impl Field {
    /// The label's message id, to name the field in the list of problems.
    pub fn label(self) -> Option<&'static str> {
        match self {
            Field::Size => Some("sportotek-field-size"),
            Field::Day => Some("sportotek-field-day"),
            Field::Name => Some("sportotek-field-name"),
            Field::Contact => Some("sportotek-field-contact"),
            Field::General => None,
        }
    }
}

impl FormField for Field {
    /// The field a problem from the model or the server names.
    fn of(problem: &FieldError) -> Field {
        match problem.field.as_str() {
            "size_id" => Field::Size,
            "pickup_day" => Field::Day,
            "first_name" => Field::Name,
            "contact" => Field::Contact,
            _ => Field::General,
        }
    }

    /// The message to show for a problem: the finder's own words where the server's id is
    /// one only the staff console carries.
    fn message(problem: &FieldError) -> String {
        match problem.message_id.as_str() {
            "error-required" => "sportotek-error-required",
            "error-idempotency-key" | "error-idempotency-key-reused" => "sportotek-error-retry",
            other => other,
        }
        .to_owned()
    }
}

/// What the family typed, as the form holds it.
#[derive(Debug, Clone, Default)]
pub struct Typed {
    pub size_id: Option<i64>,
    pub day: Option<Day>,
    pub first_name: String,
    pub contact: String,
}

/// The request to send, or every problem the phone can see before sending: no size or
/// day chosen, a day the size cannot be picked up, and the model's rules.
pub fn request(
    typed: &Typed,
    sizes: &[SizeAvailability],
    key: &str,
    lang: Language,
) -> Result<ReservationRequest, Vec<FieldError>> {
    let mut problems = Vec::new();
    let size = typed.size_id.and_then(|id| sizes.iter().find(|s| s.id == id));
    if size.is_none() {
        problems.push(FieldError::new("size_id", "error-required"));
    }
    match (typed.day, size) {
        (None, _) => problems.push(FieldError::new("pickup_day", "error-required")),
        (Some(day), Some(size)) if !size.pickup_days.iter().any(|p| p.day == day) => {
            problems.push(FieldError::new("pickup_day", "error-sportotek-no-copy-free"));
        }
        _ => {}
    }
    let request = ReservationRequest {
        size_id: size.map_or(0, |s| s.id),
        pickup_day: typed.day.unwrap_or_else(|| Day::from_ymd(2000, 1, 1).expect("a date")),
        first_name: typed.first_name.trim().to_owned(),
        contact: typed.contact.trim().to_owned(),
        idempotency_key: key.to_owned(),
        lang: Some(lang),
    };
    // The size is reported once, above, in the form's words.
    problems.extend(request.problems().into_iter().filter(|p| p.field != "size_id"));
    if problems.is_empty() {
        Ok(request)
    } else {
        Err(problems)
    }
}

/// A contact as typed on an Arabic or Dari keyboard, with the digits the rule counts.
pub fn latin_contact(typed: &str) -> String {
    typed.chars().map(latin_digit).collect()
}

#[cfg(test)]
mod tests {
    use model::{
        schedule::Clock,
        sportotek::{PickupDay, SizeKind},
    };

    use super::*;

    fn day(d: u8) -> Day {
        Day::from_ymd(2026, 12, d).unwrap()
    }

    fn sizes() -> Vec<SizeAvailability> {
        let pickup = |d: u8| PickupDay {
            day: day(d),
            opens: Clock::from_hm(15, 0).unwrap(),
            closes: Clock::from_hm(18, 0).unwrap(),
            keep_days: 14,
            due_day: day(d).plus_days(13),
        };
        let size = |id, label: &str, days: Vec<PickupDay>| SizeAvailability {
            id,
            label: label.into(),
            kind: SizeKind::Shoe,
            age_from: None,
            age_to: None,
            copies: 2,
            pickup_days: days,
        };
        vec![size(31, "32", vec![pickup(2), pickup(4)]), size(32, "34", vec![])]
    }

    fn typed(size_id: Option<i64>, d: Option<u8>, name: &str, contact: &str) -> Typed {
        Typed { size_id, day: d.map(day), first_name: name.into(), contact: contact.into() }
    }

    const KEY: &str = "r-18c2f-1a2b-3c4d";

    #[test]
    fn a_whole_form_becomes_the_request_with_trimmed_text_and_the_readers_language() {
        let request =
            request(&typed(Some(31), Some(4), " Amira ", " 070-123 45 67 "), &sizes(), KEY, Language::Ar).unwrap();
        assert_eq!((request.size_id, request.pickup_day), (31, day(4)));
        assert_eq!((request.first_name.as_str(), request.contact.as_str()), ("Amira", "070-123 45 67"));
        assert_eq!((request.idempotency_key.as_str(), request.lang), (KEY, Some(Language::Ar)));
    }

    #[test]
    fn each_problem_is_found_before_sending_and_names_its_field() {
        let rows = [
            (typed(None, Some(2), "A", "0701234567"), vec![(Field::Size, "error-required")], "no size"),
            (
                typed(Some(99), Some(2), "A", "0701234567"),
                vec![(Field::Size, "error-required")],
                "a size not on the page",
            ),
            (typed(Some(31), None, "A", "0701234567"), vec![(Field::Day, "error-required")], "no day"),
            (
                typed(Some(31), Some(3), "A", "0701234567"),
                vec![(Field::Day, "error-sportotek-no-copy-free")],
                "a day not offered",
            ),
            (
                typed(Some(32), Some(2), "A", "0701234567"),
                vec![(Field::Day, "error-sportotek-no-copy-free")],
                "a size with no days",
            ),
            (typed(Some(31), Some(2), "  ", "0701234567"), vec![(Field::Name, "error-required")], "blank name"),
            (typed(Some(31), Some(2), "A", ""), vec![(Field::Contact, "error-required")], "no contact"),
            (
                typed(Some(31), Some(2), "A", "12"),
                vec![(Field::Contact, "error-sportotek-contact")],
                "too short a phone",
            ),
            (
                typed(Some(31), Some(2), "A", "amira@"),
                vec![(Field::Contact, "error-sportotek-contact")],
                "half an e-mail",
            ),
            (
                typed(None, None, "", ""),
                vec![
                    (Field::Size, "error-required"),
                    (Field::Day, "error-required"),
                    (Field::Name, "error-required"),
                    (Field::Contact, "error-required"),
                ],
                "nothing at all",
            ),
        ];
        for (form, expected, why) in rows {
            let problems = request(&form, &sizes(), KEY, Language::Sv).unwrap_err();
            let found: Vec<(Field, &str)> = problems.iter().map(|p| (Field::of(p), p.message_id.as_str())).collect();
            assert_eq!(found, expected, "{why}");
        }
        let long = "a".repeat(model::sportotek::FIRST_NAME_MAX + 1);
        let problems = request(&typed(Some(31), Some(2), &long, "a@b.se"), &sizes(), KEY, Language::Sv).unwrap_err();
        assert_eq!(problems.iter().map(Field::of).collect::<Vec<_>>(), [Field::Name], "an overlong name");
    }

    #[test]
    fn the_servers_refusals_land_on_their_fields_in_words_the_finder_has() {
        let rows = [
            ("pickup_day", "error-sportotek-no-copy-free", Field::Day, "error-sportotek-no-copy-free"),
            ("contact", "error-sportotek-limit", Field::Contact, "error-sportotek-limit"),
            ("size_id", "error-sportotek-unknown-size", Field::Size, "error-sportotek-unknown-size"),
            ("first_name", "error-required", Field::Name, "sportotek-error-required"),
            ("idempotency_key", "error-idempotency-key-reused", Field::General, "sportotek-error-retry"),
        ];
        for (field, id, want_field, want_message) in rows {
            let problem = FieldError::new(field, id);
            assert_eq!(
                (Field::of(&problem), Field::message(&problem).as_str()),
                (want_field, want_message),
                "{field} {id}"
            );
        }
    }

    #[test]
    fn digits_from_an_arabic_keyboard_make_a_phone_number_the_rule_accepts() {
        let contact = latin_contact("٠٧٠-١٢٣ ۴۵ ۶۷");
        assert_eq!(contact, "070-123 45 67");
        assert!(request(&typed(Some(31), Some(2), "علي", &contact), &sizes(), KEY, Language::Ar).is_ok());
    }
}
