//! A guide's open times as the page lays them out: per day, with their end, and the
//! places they are at, each with a link the phone's map app opens.

use model::{
    guides::{MeetingKind, OpenTime},
    schedule::{Clock, Day},
};

use model::{addresses::encode_component, guides::is_in_person};

/// The times of each day, days and times in the API's order (soonest first).
pub fn by_day(open: &[OpenTime]) -> Vec<(Day, Vec<OpenTime>)> {
    let mut days: Vec<(Day, Vec<OpenTime>)> = Vec::new();
    for time in open {
        match days.last_mut() {
            Some((day, times)) if *day == time.day => times.push(time.clone()),
            _ => days.push((time.day, vec![time.clone()])),
        }
    }
    days
}

/// When a meeting of `minutes` starting at `start` ends, on the clock (past midnight
/// it reads as the next day's time).
pub fn end(start: Clock, minutes: u16) -> Clock {
    Clock::from_minutes((start.minutes() + minutes) % (24 * 60)).expect("within a day")
}

/// Each distinct way and place of meeting, in the order the times first name them.
pub fn places(open: &[OpenTime]) -> Vec<(MeetingKind, String)> {
    let mut places: Vec<(MeetingKind, String)> = Vec::new();
    for time in open {
        if !places.iter().any(|(kind, place)| *kind == time.meeting && *place == time.place) {
            places.push((time.meeting, time.place.clone()));
        }
    }
    places
}

/// A `geo:` link for a place one goes to, found by its name (a slot has no
/// coordinates); none for a call.
pub fn map_href(kind: MeetingKind, place: &str) -> Option<String> {
    let place = place.trim();
    (is_in_person(kind) && !place.is_empty()).then(|| format!("geo:0,0?q={}", encode_component(place)))
}

#[cfg(test)]
mod tests {
    use model::guides::Topic;

    use super::*;

    fn time(day: u8, hour: u16, meeting: MeetingKind, place: &str) -> OpenTime {
        OpenTime {
            slot_id: i64::from(hour),
            day: Day::from_ymd(2026, 12, day).unwrap(),
            start: Clock::from_hm(hour, 0).unwrap(),
            minutes: 60,
            meeting,
            place: place.into(),
            topics: vec![Topic::PractiseSwedish],
        }
    }

    #[test]
    fn times_are_grouped_per_day_in_the_order_they_came() {
        let open = [
            time(3, 10, MeetingKind::Library, "Biblioteket"),
            time(3, 17, MeetingKind::Phone, ""),
            time(4, 9, MeetingKind::Cafe, "Kafé Linden"),
            time(10, 10, MeetingKind::Library, "Biblioteket"),
        ];
        let days = by_day(&open);
        let shape: Vec<(u8, usize)> = days.iter().map(|(day, times)| (day.day(), times.len())).collect();
        assert_eq!(shape, [(3, 2), (4, 1), (10, 1)]);
        assert_eq!(days[0].1[1].start, Clock::from_hm(17, 0).unwrap());
        assert!(by_day(&[]).is_empty());
    }

    #[test]
    fn a_meeting_ends_its_minutes_later_even_past_midnight() {
        assert_eq!(end(Clock::from_hm(17, 0).unwrap(), 90), Clock::from_hm(18, 30).unwrap());
        assert_eq!(end(Clock::from_hm(23, 30).unwrap(), 60), Clock::from_hm(0, 30).unwrap());
    }

    #[test]
    fn each_place_is_listed_once() {
        let open = [
            time(3, 10, MeetingKind::Library, "Biblioteket"),
            time(3, 17, MeetingKind::Phone, ""),
            time(10, 10, MeetingKind::Library, "Biblioteket"),
            time(11, 10, MeetingKind::Cafe, "Biblioteket"),
        ];
        let kinds: Vec<MeetingKind> = places(&open).into_iter().map(|(kind, _)| kind).collect();
        assert_eq!(kinds, [MeetingKind::Library, MeetingKind::Phone, MeetingKind::Cafe]);
    }

    #[test]
    fn a_place_to_go_to_opens_in_the_map_app_by_its_name_and_a_call_has_no_map() {
        assert_eq!(
            map_href(MeetingKind::Library, " Stadsbiblioteket, Storgatan 3 ").as_deref(),
            Some("geo:0,0?q=Stadsbiblioteket%2C%20Storgatan%203")
        );
        assert_eq!(map_href(MeetingKind::Cafe, "Kafé & bak").as_deref(), Some("geo:0,0?q=Kaf%C3%A9%20%26%20bak"));
        assert_eq!(map_href(MeetingKind::Phone, "Jag ringer dig"), None);
        assert_eq!(map_href(MeetingKind::Video, ""), None);
        assert_eq!(map_href(MeetingKind::Library, "  "), None);
    }
}
