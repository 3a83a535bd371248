//! A typed slot read back, the next meetings shown in the list, and the meetings a
//! refused change names.

use super::*;

fn day(raw: &str) -> Day {
    Day::parse(raw).unwrap()
}

fn clock(raw: &str) -> Clock {
    Clock::parse(raw).unwrap()
}

// Monday 2026-11-23, noon.
fn check(others: &[Slot]) -> SlotCheck<'_> {
    SlotCheck { today: day("2026-11-23"), now: clock("12:00"), others, was: None }
}

fn thursdays() -> SlotInput {
    SlotInput {
        weekly: true,
        day: String::new(),
        weekday: Weekday::Thu,
        from: "2026-11-26".into(),
        until: "2027-01-28".into(),
        start: "17:30".into(),
        minutes: "60".into(),
        meeting: MeetingKind::Library,
        place: " Biblioteket, Storgatan 3 ".into(),
        topics: vec![Topic::LettersAndForms, Topic::PractiseSwedish],
    }
}

fn fields(problems: &[FieldError]) -> Vec<(&str, &str)> {
    problems.iter().map(|p| (p.field.as_str(), p.message_id.as_str())).collect()
}

#[test]
fn a_weekly_time_reads_as_the_slot_the_api_takes_and_back_into_the_same_form() {
    let slot = thursdays().read(&check(&[])).unwrap();
    assert_eq!(
        slot.repeat,
        Repeat::Weekly { weekday: Weekday::Thu, from: day("2026-11-26"), until: day("2027-01-28") }
    );
    assert_eq!((slot.start, slot.minutes), (clock("17:30"), 60));
    assert_eq!(slot.place, "Biblioteket, Storgatan 3", "spaces around the place are dropped");
    assert_eq!(slot.topics, [Topic::PractiseSwedish, Topic::LettersAndForms], "topics in the model's order");
    assert_eq!(SlotInput::of(&slot).read(&check(&[])), Ok(slot));
}

#[test]
fn a_single_time_needs_only_its_day() {
    let input =
        SlotInput { weekly: false, day: "2026-12-03".into(), from: String::new(), until: String::new(), ..thursdays() };
    let slot = input.read(&check(&[])).unwrap();
    assert_eq!(slot.repeat, Repeat::Once { day: day("2026-12-03") });
    assert!(!SlotInput::of(&slot).weekly);
}

#[test]
fn what_cannot_be_read_is_named_by_its_field_and_the_rules_about_it_keep_quiet() {
    let cases = [
        (SlotInput { from: "26/11".into(), ..thursdays() }, vec![("from", "console-error-date")]),
        (SlotInput { start: "halv sex".into(), ..thursdays() }, vec![("start", "console-error-time")]),
        (SlotInput { minutes: "en timme".into(), ..thursdays() }, vec![("minutes", "console-error-whole-number")]),
        (
            SlotInput { weekly: false, day: String::new(), place: String::new(), ..thursdays() },
            vec![("day", "console-error-date"), ("place", "error-required")],
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(fields(&input.read(&check(&[])).unwrap_err()), expected, "{input:?}");
    }
}

#[test]
fn the_models_rules_are_checked_before_anything_is_sent() {
    let cases = [
        (SlotInput { minutes: "200".into(), ..thursdays() }, ("minutes", "error-guide-slot-length")),
        (SlotInput { until: "2026-11-01".into(), ..thursdays() }, ("until", "error-season-reversed")),
        (SlotInput { topics: vec![], ..thursdays() }, ("topics", "error-required")),
        (
            SlotInput { weekly: false, day: "2026-11-23".into(), start: "09:00".into(), ..thursdays() },
            ("day", "error-guide-time-past"),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(fields(&input.read(&check(&[])).unwrap_err()), [expected], "{input:?}");
    }
    let taken = thursdays().read(&check(&[])).unwrap();
    let overlapping = SlotInput { start: "18:00".into(), ..thursdays() };
    assert_eq!(fields(&overlapping.read(&check(&[taken])).unwrap_err()), [("start", "error-guide-slot-overlap")]);
}

#[test]
fn the_list_shows_the_next_meetings_not_started_and_not_on_a_blocked_day() {
    let slot = thursdays().read(&check(&[])).unwrap();
    let next = next_meetings(&slot, day("2026-11-26"), clock("18:00"), &[day("2026-12-03")], 2);
    let days: Vec<Day> = next.iter().map(|o| o.day).collect();
    assert_eq!(days, [day("2026-12-10"), day("2026-12-17")], "today's has started, the 3rd is blocked");
    assert!(next_meetings(&slot, day("2027-02-01"), clock("12:00"), &[], 3).is_empty(), "the season is over");
}

#[test]
fn a_refused_change_names_its_booked_meetings_soonest_first_and_nothing_else() {
    let refusal = [
        FieldError::new("meetings.2026-12-10T17:30", "error-guide-booking-orphaned"),
        FieldError::new("meetings.2026-12-03T17:30", "error-guide-booking-orphaned"),
        FieldError::new("start", "error-guide-slot-overlap"),
        FieldError::new("meetings.someday", "error-guide-booking-orphaned"),
    ];
    assert_eq!(orphaned_meetings(&refusal), [(day("2026-12-03"), clock("17:30")), (day("2026-12-10"), clock("17:30"))]);
}
