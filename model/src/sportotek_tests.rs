//! The availability rule and the requests' checks.

use super::*;

fn day(raw: &str) -> Day {
    Day::parse(raw).unwrap()
}

fn clock(raw: &str) -> Clock {
    Clock::parse(raw).unwrap()
}

/// Open Tuesday, Thursday and Saturday; closed on 2026-12-10 (a Thursday).
fn place() -> Place {
    let open = |weekday, opens, closes| OpeningHours { weekday, opens: clock(opens), closes: clock(closes) };
    Place {
        name: "Sportoteket".into(),
        address: "Storgatan 1".into(),
        hours: vec![
            open(Weekday::Tue, "15:00", "18:00"),
            open(Weekday::Thu, "15:00", "18:00"),
            open(Weekday::Sat, "10:00", "13:00"),
        ],
        closed: vec![ClosedDay { day: day("2026-12-10"), note: "Inventering".into() }],
        loan_days: 14,
        reserve_ahead_days: 28,
        max_items_per_borrower: 3,
    }
}

// Monday 2026-11-23.
const TODAY: &str = "2026-11-23";

fn hold(from: &str, to: &str) -> Hold {
    Hold { from: day(from), to: day(to) }
}

#[test]
fn with_nothing_out_every_pickup_day_in_reach_offers_the_whole_loan() {
    let place = place();
    let days = pickup_days(1, &[], |d| place.is_pickup_day(d), day(TODAY), place.limits());
    assert_eq!(days[0], (day("2026-11-24"), 14), "Tuesday is the first pickup day");
    assert!(days.iter().all(|(d, keep)| place.is_pickup_day(*d) && *keep == 14));
    assert!(!days.iter().any(|(d, _)| *d == day("2026-12-10")), "closed for the stocktaking");
    assert_eq!(days.last().unwrap().0, day("2026-12-19"), "the last Saturday within 28 days");
    assert_eq!(days.len(), 11);
}

#[test]
fn a_copy_held_by_a_loan_is_not_offered_on_its_days_and_a_short_stay_is_offered_before_it() {
    let place = place();
    let holds = [hold("2026-12-01", "2026-12-14")];
    let days = pickup_days(1, &holds, |d| place.is_pickup_day(d), day(TODAY), place.limits());
    let keep = |raw: &str| days.iter().find(|(d, _)| *d == day(raw)).map(|(_, k)| *k);
    assert_eq!(keep("2026-11-24"), Some(7), "Tuesday: free until the loan starts on the 1st");
    assert_eq!(keep("2026-11-28"), Some(3), "Saturday: three days is still offered");
    assert_eq!(keep("2026-12-01"), None, "held");
    assert_eq!(keep("2026-12-12"), None, "held");
    assert_eq!(keep("2026-12-15"), Some(14), "free again after the due day");
    // With a second copy, the held days are free too.
    let two = pickup_days(2, &holds, |d| place.is_pickup_day(d), day(TODAY), place.limits());
    assert!(two.iter().any(|(d, k)| *d == day("2026-12-01") && *k == 14));
}

#[test]
fn fewer_than_three_free_days_are_not_offered() {
    let place = place();
    let holds = [hold("2026-11-26", "2026-12-20")];
    let days = pickup_days(1, &holds, |d| place.is_pickup_day(d), day(TODAY), place.limits());
    assert!(!days.iter().any(|(d, _)| *d == day("2026-11-24")), "only two days free from Tuesday");
    assert!(days.iter().all(|(d, _)| *d > day("2026-12-20")));
}

#[test]
fn no_copies_in_service_means_no_pickup_days() {
    let place = place();
    assert!(pickup_days(0, &[], |d| place.is_pickup_day(d), day(TODAY), place.limits()).is_empty());
}

#[test]
fn a_requested_pickup_day_is_refused_with_its_reason() {
    let place = place();
    let today = day(TODAY);
    let check = |copies, holds: &[Hold], raw: &str| check_pickup(copies, holds, &place, today, day(raw));
    let invalid = |id: &str| Err(Refusal::Invalid(FieldError::new("pickup_day", id)));
    assert_eq!(check(1, &[], "2026-11-22"), invalid("error-sportotek-day-past"));
    assert_eq!(check(1, &[], "2026-12-22"), invalid("error-sportotek-day-too-far"));
    assert_eq!(check(1, &[], "2026-12-10"), invalid("error-sportotek-day-closed"));
    assert_eq!(check(1, &[], "2026-11-25"), invalid("error-sportotek-not-pickup-day"));
    let held = [hold("2026-11-24", "2026-12-07")];
    assert_eq!(
        check(1, &held, "2026-11-26"),
        Err(Refusal::Taken(FieldError::new("pickup_day", "error-sportotek-no-copy-free")))
    );
    assert_eq!(check(2, &held, "2026-11-26"), Ok(14));
    assert_eq!(check(1, &[], "2026-12-19"), Ok(14), "the last day in reach");
}

#[test]
fn a_reservation_not_picked_up_lapses_after_its_day_and_the_grace_days() {
    let pickup = day("2026-11-24");
    assert_eq!(LoanState::Reserved.effective(pickup, 0, pickup), LoanState::Reserved, "on the day");
    assert_eq!(LoanState::Reserved.effective(pickup, 0, day("2026-11-25")), LoanState::Lapsed);
    assert_eq!(LoanState::Reserved.effective(pickup, 2, day("2026-11-26")), LoanState::Reserved);
    assert_eq!(LoanState::Reserved.effective(pickup, 2, day("2026-11-27")), LoanState::Lapsed);
    assert_eq!(LoanState::Lent.effective(pickup, 0, day("2027-01-01")), LoanState::Lent, "only reservations lapse");
}

#[test]
fn a_late_loan_holds_its_copy_until_it_comes_back() {
    let (pickup, due, today) = (day("2026-11-10"), day("2026-11-20"), day(TODAY));
    assert_eq!(Hold::of(LoanState::Lent, pickup, due, Some(pickup), today), Some(Hold { from: pickup, to: today }));
    assert_eq!(Hold::of(LoanState::Reserved, pickup, due, None, today), Some(Hold { from: pickup, to: due }));
    for ended in [LoanState::Returned, LoanState::Cancelled, LoanState::Lapsed] {
        assert_eq!(Hold::of(ended, pickup, due, Some(pickup), today), None, "{ended:?}");
    }
}

fn request() -> ReservationRequest {
    ReservationRequest {
        size_id: 7,
        pickup_day: day("2026-11-24"),
        first_name: "Amal".into(),
        contact: "070-123 45 67".into(),
        idempotency_key: "0b6c3f0e-4a49-4c0c".into(),
        lang: Some(Language::Ar),
    }
}

#[test]
fn a_reservation_request_names_each_bad_field() {
    type Spoil = fn(&mut ReservationRequest);
    assert_eq!(request().problems(), vec![]);
    assert_eq!(ReservationRequest { contact: "amal@example.se".into(), ..request() }.problems(), vec![]);
    let cases: [(&str, Spoil, &str, &str); 8] = [
        ("no name", |r| r.first_name = "  ".into(), "first_name", "error-required"),
        (
            "a line break in the name",
            |r| r.first_name = "Amal\r\nX-INJECTED:1".into(),
            "first_name",
            "error-text-control",
        ),
        ("a name too long", |r| r.first_name = "A".repeat(61), "first_name", "error-text-too-long"),
        ("no contact", |r| r.contact = String::new(), "contact", "error-required"),
        ("a contact that is neither", |r| r.contact = "ring mig".into(), "contact", "error-sportotek-contact"),
        ("a short number", |r| r.contact = "112".into(), "contact", "error-sportotek-contact"),
        ("a broken e-mail", |r| r.contact = "amal@".into(), "contact", "error-sportotek-contact"),
        ("a hostile key", |r| r.idempotency_key = "<script>".into(), "idempotency_key", "error-idempotency-key"),
    ];
    for (why, spoil, field, message) in cases {
        let mut bad = request();
        spoil(&mut bad);
        assert_eq!(bad.problems(), vec![FieldError::new(field, message)], "{why}");
    }
}

#[test]
fn one_borrower_is_one_contact_however_it_is_typed() {
    assert_eq!(normalised_contact("070-123 45 67"), normalised_contact(" 0701234567 "));
    assert_eq!(normalised_contact("Amal@Example.se "), "amal@example.se");
}

#[test]
fn settings_out_of_range_are_refused_by_field() {
    assert_eq!(Settings::default().problems(), vec![]);
    let bad = Settings {
        hours: vec![
            OpeningHours { weekday: Weekday::Tue, opens: clock("18:00"), closes: clock("15:00") },
            OpeningHours { weekday: Weekday::Tue, opens: clock("10:00"), closes: clock("11:00") },
        ],
        max_items_per_borrower: 0,
        reserve_ahead_days: 400,
        ..Settings::default()
    };
    let fields: Vec<String> = bad.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(fields, ["hours.0.closes", "hours.1.weekday", "max_items_per_borrower", "reserve_ahead_days"]);
}

#[test]
fn an_item_needs_swedish_a_name_and_distinct_sizes() {
    let size = |label: &str| SizeEdit {
        id: None,
        label: label.into(),
        kind: SizeKind::Shoe,
        age_from: Some(6),
        age_to: Some(9),
    };
    let good = ItemEdit {
        category: EquipmentCategory::Skates,
        texts: BTreeMap::from([(
            Language::Sv,
            ItemText { name: "Hockeyskridskor".into(), description: String::new() },
        )]),
        sizes: vec![size("32"), size("33")],
    };
    assert_eq!(good.problems(), vec![]);
    let bad = ItemEdit {
        texts: BTreeMap::from([(Language::Ar, ItemText { name: " ".into(), description: String::new() })]),
        sizes: vec![size("32"), size(" 32"), SizeEdit { age_from: Some(9), age_to: Some(6), ..size("34") }],
        ..good
    };
    let fields: Vec<String> = bad.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(fields, ["texts.sv", "texts.ar.name", "sizes.1.label", "sizes.2.age_to"]);
}

#[test]
fn a_size_fits_the_ages_it_names_and_is_found_however_typed() {
    let size = SizeBrief { label: "32".into(), age_from: Some(6), age_to: Some(9) };
    assert!(size.fits_age(6) && size.fits_age(9) && !size.fits_age(10));
    assert!(SizeBrief { label: "one size".into(), age_from: None, age_to: None }.fits_age(40));
    assert!(size.is_size(" 32 ") && !size.is_size("33"));
}

#[test]
fn a_damaged_copy_comes_back_with_a_note() {
    let damaged = CheckinRequest { condition: Condition::Damaged, note: String::new() };
    assert_eq!(damaged.problems(), vec![FieldError::new("note", "error-required")]);
    assert!(CheckinRequest { condition: Condition::Fine, note: String::new() }.problems().is_empty());
}

#[test]
fn the_codes_of_the_categories_are_kebab_case_and_there_are_at_least_ten() {
    assert!(EquipmentCategory::ALL.len() >= 10);
    for c in EquipmentCategory::ALL {
        assert_eq!(EquipmentCategory::from_code(c.code()), Some(*c));
        assert!(c.code().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
    }
    assert_eq!(serde_json::to_string(&LoanState::Lapsed).unwrap(), "\"lapsed\"");
}

#[cfg(feature = "activities")]
#[test]
fn every_category_has_a_name_in_every_language() {
    for language in Language::all() {
        let texts = crate::i18n::Localizer::with_files(language, &["app", "sportotek"]);
        for category in EquipmentCategory::ALL {
            let id = format!("sportotek-category-{}", category.code());
            assert_ne!(texts.text(&id), id, "{language}: {id}");
        }
    }
}

#[test]
fn sizes_come_in_number_order_then_the_rest_each_once() {
    let labels = ["M", "32", "120 cm", "28", "S", "32 ", "one size", "6–9 år", "m"];
    assert_eq!(sorted_sizes(labels.into_iter()), ["6–9 år", "28", "32", "120 cm", "M", "one size", "S"]);
}
