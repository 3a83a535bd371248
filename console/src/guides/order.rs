//! The order a guide reads their bookings in, and the weeks a coordinator steps through.

use model::{
    guides::{iso_week, week_start, BookingState, GuideBooking},
    schedule::Day,
};

/// Waiting bookings first (they need an answer), then confirmed ones, each soonest
/// first; then the past and cancelled ones, the latest first.
pub fn by_group(mut bookings: Vec<GuideBooking>) -> [Vec<GuideBooking>; 3] {
    bookings.sort_by_key(|b| (b.day, b.start, b.id));
    let (waiting, rest): (Vec<_>, Vec<_>) = bookings.into_iter().partition(|b| b.state == BookingState::Waiting);
    let (confirmed, mut done): (Vec<_>, Vec<_>) = rest.into_iter().partition(|b| b.state == BookingState::Confirmed);
    done.reverse();
    [waiting, confirmed, done]
}

/// One ISO week, Monday to Sunday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Week {
    pub monday: Day,
}

impl Week {
    pub fn containing(day: Day) -> Week {
        Week { monday: week_start(day) }
    }

    #[must_use]
    pub fn previous(self) -> Week {
        Week { monday: self.monday.plus_days(-7) }
    }

    #[must_use]
    pub fn next(self) -> Week {
        Week { monday: self.monday.plus_days(7) }
    }

    pub fn sunday(self) -> Day {
        self.monday.plus_days(6)
    }

    /// Its year (the year of its Thursday) and number.
    pub fn number(self) -> (i32, u8) {
        iso_week(self.monday)
    }
}

#[cfg(test)]
mod tests {
    use model::{
        guides::{MeetingKind, Topic},
        schedule::Clock,
    };

    use super::*;

    fn day(raw: &str) -> Day {
        Day::parse(raw).unwrap()
    }

    fn booking(id: i64, on: &str, state: BookingState) -> GuideBooking {
        GuideBooking {
            id,
            slot_id: 1,
            guide_id: 1,
            guide_first_name: "Farid".into(),
            state,
            day: day(on),
            start: Clock::parse("17:00").unwrap(),
            minutes: 60,
            meeting: MeetingKind::Library,
            place: "Biblioteket".into(),
            topic: Topic::PractiseSwedish,
            first_name: "Amal".into(),
            contact: "070-123 45 67".into(),
            lang: None,
            note: String::new(),
            cancel_reason: None,
            cancel_note: String::new(),
        }
    }

    #[test]
    fn waiting_bookings_come_first_then_confirmed_soonest_first_then_the_rest_latest_first() {
        use BookingState::*;
        let all = vec![
            booking(1, "2026-12-10", Confirmed),
            booking(2, "2026-11-12", Past),
            booking(3, "2026-12-17", Waiting),
            booking(4, "2026-12-03", Confirmed),
            booking(5, "2026-12-01", Waiting),
            booking(6, "2026-11-19", CancelledByNewcomer),
            booking(7, "2026-12-24", CancelledByGuide),
        ];
        let ids = |list: &[GuideBooking]| list.iter().map(|b| b.id).collect::<Vec<_>>();
        let [waiting, confirmed, done] = by_group(all);
        assert_eq!(ids(&waiting), [5, 3]);
        assert_eq!(ids(&confirmed), [4, 1]);
        assert_eq!(ids(&done), [7, 6, 2]);
    }

    #[test]
    fn a_week_runs_monday_to_sunday_and_steps_across_the_new_year() {
        let week = Week::containing(day("2026-12-31"));
        assert_eq!((week.monday, week.sunday()), (day("2026-12-28"), day("2027-01-03")));
        assert_eq!(week.number(), (2026, 53), "2026 has 53 weeks: its last Thursday is the 31st");
        assert_eq!(week.next().number(), (2027, 1));
        assert_eq!(week.next().previous(), week);
        assert_eq!(Week::containing(day("2026-11-23")), Week::containing(day("2026-11-29")), "Monday and Sunday");
        assert_eq!(week.previous().monday, day("2026-12-21"));
    }
}
