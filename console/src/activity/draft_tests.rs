//! Reading a draft back: what was saved comes back unchanged, what cannot be read is
//! named under its field.

use std::collections::BTreeMap;

use leptos::prelude::*;
use model::{
    activities::{ActivityEdit, ActivityStatus, ActivityText, Category, Gender, Position},
    schedule::{Clock, Day, Schedule, Session, Weekday},
    Language,
};

use super::draft::{position, Draft};

fn swimming() -> ActivityEdit {
    ActivityEdit {
        category: Category::Swimming,
        min_age: 6,
        max_age: 12,
        gender: Gender::Girls,
        schedule: Schedule::Weekly {
            weekdays: vec![Weekday::Tue, Weekday::Thu],
            start: Clock::parse("17:00").unwrap(),
            end: Clock::parse("18:15").unwrap(),
            season_start: Day::parse("2026-08-17").unwrap(),
            season_end: Day::parse("2026-12-13").unwrap(),
        },
        place: "Granvikens simhall".into(),
        position: Some(Position { lat: 60.513, lon: 14.22 }),
        cost_ore: 35_050,
        voucher_accepted: true,
        trial_sessions: 2,
        leader_languages: vec!["sv".into(), "ar".into()],
        status: ActivityStatus::Paused,
        texts: BTreeMap::from([
            ("sv".into(), ActivityText { title: "Simskola".into(), ..Default::default() }),
            ("ar".into(), ActivityText { title: "تعليم السباحة".into(), ..Default::default() }),
        ]),
        equipment_items: None,
    }
}

#[test]
fn a_saved_activity_reads_back_unchanged() {
    let edit = swimming();
    assert_eq!(Draft::new(Some(&edit), Category::Other).read(), Ok(edit));
}

#[test]
fn single_dates_read_back_unchanged() {
    let mut edit = swimming();
    let session = |d: &str| Session {
        date: Day::parse(d).unwrap(),
        start: Clock::parse("09:00").unwrap(),
        end: Clock::parse("15:00").unwrap(),
    };
    edit.schedule = Schedule::Dates { sessions: vec![session("2027-06-14"), session("2027-06-15")] };
    assert_eq!(Draft::new(Some(&edit), Category::Other).read(), Ok(edit));
}

#[test]
fn what_cannot_be_read_is_named_under_its_field_without_noise() {
    let draft = Draft::new(Some(&swimming()), Category::Other);
    draft.min_age.set("sex".into());
    draft.cost.set("350 kr".into());
    draft.start.set(String::new());
    draft.text(Language::SOURCE).title.set("  ".into());
    let problems = draft.read().unwrap_err();
    let found: Vec<(&str, &str)> = problems.iter().map(|p| (p.field.as_str(), p.message_id.as_str())).collect();
    assert_eq!(
        found,
        [
            ("min_age", "console-error-whole-number"),
            ("cost_ore", "console-error-kronor"),
            ("start", "console-error-time"),
            ("texts.sv.title", "error-required"),
        ]
    );
}

#[test]
fn a_new_activity_names_what_is_missing() {
    let problems = Draft::new(None, Category::Football).read().unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    for field in ["min_age", "max_age", "season_start", "season_end", "weekdays", "place", "texts.sv.title"] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
}

#[test]
fn positions_take_a_decimal_comma_and_may_be_left_out() {
    assert_eq!(position("", " "), Ok(None));
    assert_eq!(position("60,513", "14.22"), Ok(Some(Position { lat: 60.513, lon: 14.22 })));
    for (lat, lon) in [("60.5", ""), ("north", "14"), ("91", "14")] {
        assert_eq!(position(lat, lon).unwrap_err().field, "position", "{lat:?} {lon:?}");
    }
}

#[test]
fn the_sportotek_items_picked_are_sent_and_unticking_them_all_clears_them() {
    let mut edit = swimming();
    edit.equipment_items = Some(vec![3, 1]);
    assert_eq!(Draft::new(Some(&edit), Category::Other).read(), Ok(edit.clone()));
    let draft = Draft::new(Some(&edit), Category::Other);
    draft.equipment.set(vec![]);
    assert_eq!(draft.read().unwrap().equipment_items, Some(vec![]), "an empty list removes the links");
    let untouched = Draft::new(Some(&swimming()), Category::Other);
    assert_eq!(untouched.read().unwrap().equipment_items, None, "nothing picked leaves the links as they are");
    untouched.equipment.set(vec![5]);
    assert_eq!(untouched.read().unwrap().equipment_items, Some(vec![5]));
}
