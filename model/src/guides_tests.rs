//! Summer time, open times, the slot checks, edits that would drop a meeting, and the
//! requests' checks.

use super::*;
use crate::{schedule::Weekday, sportotek::Refusal};

fn day(raw: &str) -> Day {
    Day::parse(raw).unwrap()
}

fn clock(raw: &str) -> Clock {
    Clock::parse(raw).unwrap()
}

// Monday 2026-11-23, noon.
const TODAY: &str = "2026-11-23";
const NOW: &str = "12:00";

fn weekly(weekday: Weekday, start: &str, minutes: u16, from: &str, until: &str) -> Slot {
    Slot {
        repeat: Repeat::Weekly { weekday, from: day(from), until: day(until) },
        start: clock(start),
        minutes,
        meeting: MeetingKind::Library,
        place: "Biblioteket, Storgatan 3".into(),
        topics: vec![Topic::PractiseSwedish, Topic::LettersAndForms],
    }
}

fn once(on: &str, start: &str, minutes: u16) -> Slot {
    Slot { repeat: Repeat::Once { day: day(on) }, ..weekly(Weekday::Mon, start, minutes, on, on) }
}

fn at(on: &str, start: &str, minutes: u16) -> Occurrence {
    Occurrence { day: day(on), start: clock(start), minutes }
}

fn check(others: &[Slot]) -> SlotCheck<'_> {
    SlotCheck { today: day(TODAY), now: clock(NOW), others, was: None }
}

#[test]
fn summer_time_begins_and_ends_on_the_last_sundays_of_march_and_october() {
    for (year, begins, ends) in [
        (2024, "2024-03-31", "2024-10-27"),
        (2025, "2025-03-30", "2025-10-26"),
        (2026, "2026-03-29", "2026-10-25"),
        (2027, "2027-03-28", "2027-10-31"),
        (2028, "2028-03-26", "2028-10-29"),
        (2030, "2030-03-31", "2030-10-27"),
    ] {
        assert_eq!(summer_time(year), (day(begins), day(ends)), "{year}");
    }
    assert_eq!(last_sunday(2026, 12), day("2026-12-27"), "December looks into the next year");
}

#[test]
fn the_skipped_hour_does_not_exist_and_the_repeated_hour_is_read_as_summer_time() {
    let offset = |on: &str, start: &str| stockholm_offset(day(on), clock(start));
    assert_eq!(offset("2026-01-15", "12:00"), Some(60));
    assert_eq!(offset("2026-07-15", "12:00"), Some(120));
    assert_eq!(offset("2026-03-29", "01:59"), Some(60));
    assert_eq!(offset("2026-03-29", "02:00"), None, "clocks jump from 02:00 to 03:00");
    assert_eq!(offset("2026-03-29", "02:59"), None);
    assert_eq!(offset("2026-03-29", "03:00"), Some(120));
    assert_eq!(offset("2026-10-25", "02:30"), Some(120), "the first, summer-time 02:30");
    assert_eq!(offset("2026-10-25", "03:00"), Some(60));
    assert_eq!(offset("2026-10-24", "23:00"), Some(120));
}

#[test]
fn iso_weeks_start_on_monday_and_belong_to_the_year_of_their_thursday() {
    assert_eq!(week_start(day("2026-11-29")), day("2026-11-23"), "Sunday belongs to the week before");
    assert_eq!(iso_week(day("2026-11-23")), (2026, 48));
    assert_eq!(iso_week(day("2027-01-01")), (2026, 53), "a Friday in 2026's last week");
    assert_eq!(iso_week(day("2024-12-30")), (2025, 1), "a Monday in 2025's first week");
}

#[test]
fn a_weekly_slot_meets_on_its_weekday_within_its_dates_both_included() {
    let tuesdays = weekly(Weekday::Tue, "17:00", 60, "2026-11-24", "2026-12-15");
    let days: Vec<Day> = tuesdays.occurrences(day(TODAY), day("2027-01-31")).iter().map(|o| o.day).collect();
    assert_eq!(days, [day("2026-11-24"), day("2026-12-01"), day("2026-12-08"), day("2026-12-15")]);
    assert_eq!(tuesdays.occurrences(day("2026-11-25"), day("2026-11-30")), vec![]);
    assert_eq!(tuesdays.on(day("2026-12-01")), Some(at("2026-12-01", "17:00", 60)));
    assert_eq!(tuesdays.on(day("2026-12-02")), None, "a Wednesday");
    let single = once("2026-12-02", "10:00", 45);
    assert_eq!(single.occurrences(day("2026-12-03"), day("2026-12-31")), vec![], "after its day");
    assert_eq!(single.occurrences(day(TODAY), day("2026-12-31")), vec![at("2026-12-02", "10:00", 45)]);
}

fn tuesdays_and_a_thursday() -> Vec<(i64, Slot)> {
    vec![(1, weekly(Weekday::Tue, "17:00", 60, "2026-11-24", "2026-12-22")), (2, once("2026-11-26", "10:00", 90))]
}

#[test]
fn open_times_leave_out_blocked_days_held_times_and_full_weeks() {
    let slots = tuesdays_and_a_thursday();
    let days = |a: &Availability| -> Vec<Day> {
        a.open(day(TODAY), clock(NOW), day("2026-12-31")).iter().map(|t| t.day).collect()
    };
    let free = Availability { slots: &slots, blocked: &[], held: &[], per_week: 2 };
    assert_eq!(days(&free).len(), 6, "five Tuesdays and a Thursday");
    assert_eq!(free.open(day(TODAY), clock(NOW), day("2026-12-31"))[0].slot_id, 1);
    let blocked = [day("2026-12-08")];
    let held = [at("2026-12-01", "17:00", 60)];
    let busy = Availability { blocked: &blocked, held: &held, ..free };
    let left = days(&busy);
    assert!(!left.contains(&day("2026-12-08")), "blocked");
    assert!(!left.contains(&day("2026-12-01")), "held");
    assert_eq!(left.len(), 4);
    // One meeting a week: the week of the 1st is full, the others are not.
    let one = Availability { per_week: 1, ..busy };
    assert_eq!(days(&one), [day("2026-11-24"), day("2026-11-26"), day("2026-12-15"), day("2026-12-22")]);
    assert!(one.week_is_full(day("2026-12-06")), "Sunday is in the same ISO week");
    assert!(!one.week_is_full(day("2026-12-07")), "Monday starts the next");
}

#[test]
fn a_time_already_started_today_is_not_open() {
    let slots = vec![(1, once(TODAY, "11:00", 60)), (2, once(TODAY, "13:00", 60))];
    let free = Availability { slots: &slots, blocked: &[], held: &[], per_week: 5 };
    let open = free.open(day(TODAY), clock(NOW), day(TODAY));
    assert_eq!(open.iter().map(|t| t.slot_id).collect::<Vec<_>>(), [2]);
}

#[test]
fn a_booking_is_refused_with_its_reason() {
    let slots = tuesdays_and_a_thursday();
    let held = [at("2026-11-24", "17:00", 60)];
    let a = Availability { slots: &slots, blocked: &[day("2026-12-08")], held: &held, per_week: 1 };
    let tuesdays = &slots[0].1;
    let book = |on: &str| a.check(tuesdays, day(on), day(TODAY), clock(NOW));
    let invalid = |id: &str| Err(Refusal::Invalid(FieldError::new("day", id)));
    let taken = Err(Refusal::Taken(FieldError::new("day", "error-guide-time-taken")));
    assert_eq!(book("2026-12-02"), invalid("error-guide-no-such-occurrence"), "a Wednesday");
    assert_eq!(book("2026-12-29"), invalid("error-guide-no-such-occurrence"), "after the slot ends");
    assert_eq!(book("2026-11-24"), taken, "held");
    assert_eq!(book("2026-12-08"), taken, "blocked");
    assert_eq!(book("2026-12-01"), Ok(at("2026-12-01", "17:00", 60)));
    let thursday = a.check(&slots[1].1, day("2026-11-26"), day(TODAY), clock(NOW));
    assert_eq!(thursday, taken, "the week's one meeting is held");
    let today = weekly(Weekday::Mon, "09:00", 60, "2026-11-16", "2026-12-21");
    assert_eq!(a.check(&today, day(TODAY), day(TODAY), clock(NOW)), invalid("error-guide-time-past"));
}

#[test]
fn a_sound_slot_has_no_problems() {
    assert_eq!(weekly(Weekday::Tue, "17:00", 60, "2026-11-24", "2027-05-18").problems(&check(&[])), vec![]);
    assert_eq!(once(TODAY, "13:00", 15).problems(&check(&[])), vec![]);
    let phone = Slot { meeting: MeetingKind::Phone, place: String::new(), ..once(TODAY, "13:00", 180) };
    assert_eq!(phone.problems(&check(&[])), vec![], "a call needs no place");
}

#[test]
fn each_bad_slot_names_its_field_and_reason() {
    let cases: [(&str, Slot, &str, &str); 11] = [
        ("too short", once("2026-12-01", "10:00", 14), "minutes", "error-guide-slot-length"),
        ("too long", once("2026-12-01", "10:00", 181), "minutes", "error-guide-slot-length"),
        ("earlier today", once(TODAY, "11:59", 30), "day", "error-guide-time-past"),
        ("yesterday", once("2026-11-22", "18:00", 30), "day", "error-guide-time-past"),
        (
            "a season that started last week",
            weekly(Weekday::Tue, "17:00", 60, "2026-11-17", "2026-12-22"),
            "from",
            "error-guide-time-past",
        ),
        (
            "until before from",
            weekly(Weekday::Tue, "17:00", 60, "2026-12-22", "2026-12-01"),
            "until",
            "error-season-reversed",
        ),
        (
            "more than 26 weeks ahead",
            weekly(Weekday::Tue, "17:00", 60, "2026-12-01", "2027-05-25"),
            "until",
            "error-guide-time-too-far",
        ),
        (
            "no such weekday in its dates",
            weekly(Weekday::Tue, "17:00", 60, "2026-12-02", "2026-12-07"),
            "from",
            "error-guide-slot-empty",
        ),
        ("the skipped hour", once("2027-03-28", "02:30", 60), "start", "error-guide-slot-no-such-time"),
        (
            "a Sunday season across the skipped hour",
            weekly(Weekday::Sun, "02:15", 60, "2027-03-07", "2027-04-25"),
            "start",
            "error-guide-slot-no-such-time",
        ),
        (
            "a café without a name",
            Slot { meeting: MeetingKind::Cafe, place: " ".into(), ..once("2026-12-01", "10:00", 60) },
            "place",
            "error-required",
        ),
    ];
    for (why, slot, field, message) in cases {
        assert_eq!(slot.problems(&check(&[])), vec![FieldError::new(field, message)], "{why}");
    }
    let no_topics = Slot { topics: vec![], ..once("2026-12-01", "10:00", 60) };
    assert_eq!(no_topics.problems(&check(&[])), vec![FieldError::new("topics", "error-required")]);
}

#[test]
fn the_last_day_in_reach_is_26_weeks_from_today_and_the_repeated_hour_is_allowed() {
    let furthest = weekly(Weekday::Mon, "17:00", 60, "2026-11-30", "2027-05-24");
    assert_eq!(day(TODAY).days_until(day("2027-05-24")), WEEKS_AHEAD * 7);
    assert_eq!(furthest.problems(&check(&[])), vec![]);
    let autumn_night = once("2026-10-25", "02:30", 30);
    let before = SlotCheck { today: day("2026-10-01"), ..check(&[]) };
    assert_eq!(autumn_night.problems(&before), vec![]);
}

#[test]
fn slots_of_one_guide_may_not_overlap_on_any_day_they_both_meet() {
    let tuesdays = weekly(Weekday::Tue, "17:00", 60, "2026-11-24", "2027-03-30");
    let others = [tuesdays.clone()];
    let overlap = vec![FieldError::new("start", "error-guide-slot-overlap")];
    // Weekly against weekly: the same weekday, half an hour later.
    let later = weekly(Weekday::Tue, "17:30", 60, "2027-03-02", "2027-05-18");
    assert_eq!(later.problems(&check(&others)), overlap);
    // Back to back is fine, and so is the same time on another weekday.
    assert_eq!(weekly(Weekday::Tue, "18:00", 60, "2026-11-24", "2027-03-30").problems(&check(&others)), vec![]);
    assert_eq!(weekly(Weekday::Wed, "17:00", 60, "2026-11-25", "2027-03-31").problems(&check(&others)), vec![]);
    // Seasons that do not meet do not overlap.
    assert_eq!(weekly(Weekday::Tue, "17:00", 60, "2027-04-06", "2027-05-18").problems(&check(&others)), vec![]);
    // A single time on one of the Tuesdays, and one on a Tuesday after the season.
    assert_eq!(once("2026-12-08", "16:30", 45).problems(&check(&others)), overlap);
    assert_eq!(once("2027-04-06", "16:30", 45).problems(&check(&others)), vec![]);
    // A late Monday meeting running past midnight into Tuesday's early one.
    let late = weekly(Weekday::Mon, "23:30", 60, "2026-11-30", "2026-12-28");
    let early = [weekly(Weekday::Tue, "00:15", 30, "2026-12-01", "2026-12-29")];
    assert_eq!(late.problems(&check(&early)), overlap);
}

#[test]
fn an_edit_keeps_the_meetings_already_held_but_may_not_add_past_ones() {
    let was = weekly(Weekday::Tue, "17:00", 60, "2026-11-10", "2026-12-22");
    let longer = weekly(Weekday::Tue, "17:00", 60, "2026-11-10", "2027-02-23");
    let editing = SlotCheck { was: Some(&was), ..check(&[]) };
    assert_eq!(longer.problems(&editing), vec![], "the Tuesdays before today were already there");
    let earlier = weekly(Weekday::Tue, "17:00", 60, "2026-11-03", "2027-02-23");
    assert_eq!(earlier.problems(&editing), vec![FieldError::new("from", "error-guide-time-past")]);
}

#[test]
fn an_edit_names_every_booked_meeting_it_would_move_or_drop() {
    let old = weekly(Weekday::Tue, "17:00", 60, "2026-11-24", "2027-02-23");
    let booked = [at("2026-12-01", "17:00", 60), at("2027-02-16", "17:00", 60)];
    let shorter_season = weekly(Weekday::Tue, "17:00", 60, "2026-11-24", "2027-01-26");
    assert_eq!(orphaned(&old, &shorter_season, &booked), [booked[1]]);
    let later = weekly(Weekday::Tue, "17:30", 60, "2026-11-24", "2027-02-23");
    assert_eq!(orphaned(&old, &later, &booked), booked, "a new start moves them all");
    let longer = weekly(Weekday::Tue, "17:00", 90, "2026-11-24", "2027-02-23");
    assert_eq!(orphaned(&old, &longer, &booked), booked, "a new length too");
    let wednesdays = weekly(Weekday::Wed, "17:00", 60, "2026-11-25", "2027-02-24");
    assert_eq!(orphaned(&old, &wednesdays, &booked), booked);
    let elsewhere = Slot { place: "Café Linden".into(), ..old.clone() };
    assert_eq!(orphaned(&old, &elsewhere, &booked), booked, "a new place moves them too");
    let retyped = Slot { place: "biblioteket,  Storgatan 3".into(), topics: vec![Topic::Leisure], ..old.clone() };
    assert_eq!(orphaned(&old, &retyped, &booked), vec![], "case, spacing and topics move nobody");
    let longer_season = weekly(Weekday::Tue, "17:00", 60, "2026-11-24", "2027-05-25");
    assert_eq!(orphaned(&old, &longer_season, &booked), vec![]);
    assert_eq!(blocked_bookings(&[day("2026-12-01"), day("2026-12-02")], &booked), [booked[0]]);
}

#[test]
fn booking_codes_are_loan_shaped_and_read_back_however_typed() {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let code = booking_code(|| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state.to_be_bytes()[..6].try_into().unwrap()
    });
    let shown = code.to_string();
    assert_eq!(shown.len(), 12, "{shown}");
    assert_eq!(BookingCode::parse(&shown.to_lowercase().replace('-', " ")), Ok(code.clone()));
    assert_eq!(code.as_str().len(), 10);
    let mut swapped: Vec<char> = code.as_str().chars().collect();
    let i = (0..9).find(|i| swapped[*i] != swapped[i + 1]).unwrap();
    swapped.swap(i, i + 1);
    let problem = BookingCode::parse(&swapped.into_iter().collect::<String>()).unwrap_err();
    assert_eq!(problem.message_id, "error-loan-code-check");
}

fn request() -> BookingRequest {
    BookingRequest {
        slot_id: 3,
        day: day("2026-12-01"),
        first_name: "Amal".into(),
        contact: "070-123 45 67".into(),
        topic: "letters-and-forms".into(),
        note: "Ett brev från Försäkringskassan".into(),
        idempotency_key: "0b6c3f0e-4a49-4c0c".into(),
        lang: Some(Language::Ar),
    }
}

#[test]
fn a_booking_request_names_each_bad_field() {
    type Spoil = fn(&mut BookingRequest);
    assert_eq!(request().problems(), vec![]);
    assert_eq!(BookingRequest { contact: "amal@example.se".into(), ..request() }.problems(), vec![]);
    let cases: [(&str, Spoil, &str, &str); 9] = [
        ("no slot", |r| r.slot_id = 0, "slot_id", "error-guide-no-such-occurrence"),
        ("no name", |r| r.first_name = " ".into(), "first_name", "error-required"),
        ("a line break in the name", |r| r.first_name = "Amal\nX".into(), "first_name", "error-text-control"),
        ("no contact", |r| r.contact = String::new(), "contact", "error-required"),
        ("not a phone number", |r| r.contact = "112".into(), "contact", "error-sportotek-contact"),
        ("an unknown topic", |r| r.topic = "astrology".into(), "topic", "error-unknown-topic"),
        ("a note too long", |r| r.note = "a".repeat(501), "note", "error-text-too-long"),
        ("a control character in the note", |r| r.note = "hej\u{7}".into(), "note", "error-text-control"),
        ("a hostile key", |r| r.idempotency_key = "<script>".into(), "idempotency_key", "error-idempotency-key"),
    ];
    for (why, spoil, field, message) in cases {
        let mut bad = request();
        spoil(&mut bad);
        assert_eq!(bad.problems(), vec![FieldError::new(field, message)], "{why}");
    }
}

#[test]
fn a_topic_the_slot_does_not_offer_is_refused() {
    let slot = once("2026-12-01", "10:00", 60);
    assert_eq!(request().topic_problem(&slot), None);
    let jobs = BookingRequest { topic: "job-seeking".into(), ..request() };
    assert_eq!(jobs.topic_problem(&slot), Some(FieldError::new("topic", "error-guide-topic-not-offered")));
}

#[test]
fn a_profile_needs_a_name_known_languages_a_topic_and_a_sane_week() {
    let good = ProfileEdit {
        first_name: "Yonas".into(),
        languages: vec!["ti".into(), "sv".into(), "so".into()],
        topics: vec![Topic::ShowTheTown],
        about: BTreeMap::from([(Language::Sv, "Jag har bott här i tio år.".into())]),
        per_week: 2,
    };
    assert_eq!(good.problems(), vec![]);
    let bad = ProfileEdit {
        first_name: String::new(),
        languages: vec!["ti".into(), "ti".into()],
        topics: vec![],
        about: BTreeMap::from([(Language::Ar, "x".repeat(1001))]),
        per_week: 0,
    };
    let fields: Vec<(String, String)> = bad.problems().into_iter().map(|p| (p.field, p.message_id)).collect();
    let expected = [
        ("first_name", "error-required"),
        ("languages", "error-unknown-language"),
        ("topics", "error-required"),
        ("about.ar", "error-text-too-long"),
        ("per_week", "error-guide-per-week"),
    ];
    assert_eq!(fields, expected.map(|(f, m)| (f.to_owned(), m.to_owned())));
    assert_eq!(ProfileEdit { languages: vec![], ..good.clone() }.problems()[0].message_id, "error-required");
    for code in ["ar", "prs", "uk", "ti", "so", "sv", "en"] {
        assert!(SPOKEN_LANGUAGES.contains(&code), "guides speak {code}");
    }
}

#[test]
fn a_guide_cancelling_for_another_reason_says_which() {
    let other = GuideCancelRequest { reason: CancelReason::Other, note: " ".into() };
    assert_eq!(other.problems(), vec![FieldError::new("note", "error-required")]);
    assert_eq!(GuideCancelRequest { reason: CancelReason::GuideIll, note: String::new() }.problems(), vec![]);
}

#[test]
fn the_filter_matches_language_topic_and_meeting_kind() {
    let guide = GuideSummary {
        id: 1,
        first_name: "Olena".into(),
        languages: vec!["uk".into(), "sv".into()],
        topics: vec![Topic::DigitalHelp],
        meeting_kinds: vec![MeetingKind::Video],
        photo: None,
        next_open: vec![],
    };
    assert!(GuideFilter::default().matches(&guide));
    assert!(GuideFilter { language: Some("uk".into()), topic: Some(Topic::DigitalHelp), ..Default::default() }
        .matches(&guide));
    assert!(!GuideFilter { language: Some("ar".into()), ..Default::default() }.matches(&guide));
    assert!(!GuideFilter { meeting: Some(MeetingKind::Cafe), ..Default::default() }.matches(&guide));
}

#[test]
fn codes_travel_as_kebab_case_and_slots_sort_their_topics() {
    for code in Topic::ALL.iter().map(|t| t.code()).chain(CancelReason::ALL.iter().map(|r| r.code())) {
        assert!(code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{code}");
    }
    assert_eq!(serde_json::to_string(&BookingState::CancelledByGuide).unwrap(), "\"cancelled-by-guide\"");
    let json = r#"{"repeat":{"weekly":{"weekday":"tue","from":"2026-11-24","until":"2026-12-22"}},
        "start":"17:00","minutes":60,"meeting":"library","place":"Biblioteket",
        "topics":["leisure","practise-swedish","leisure"]}"#;
    let slot: Slot = serde_json::from_str(json).unwrap();
    assert_eq!(slot.topics, [Topic::PractiseSwedish, Topic::Leisure]);
    assert!(serde_json::from_str::<Slot>(&json.replace("\"leisure\",", "\"astrology\",")).is_err());
}
