//! When an activity meets: every week on some weekdays through a season, or on single
//! dates. Dates and clock times are local Swedish time; the wire carries them as
//! `YYYY-MM-DD` and `HH:MM` so they read the same in JSON, in URLs and in iCalendar.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::FieldError;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(time::Date);

impl Day {
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Day> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day).ok().map(Day)
    }

    /// `YYYY-MM-DD`, years 2000–2999: nothing else is an activity's date.
    pub fn parse(raw: &str) -> Option<Day> {
        let mut parts = raw.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 || !raw.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        if !(2000..3000).contains(&year) {
            return None;
        }
        Day::from_ymd(year, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u8 {
        self.0.month().into()
    }

    pub fn day(self) -> u8 {
        self.0.day()
    }

    pub fn weekday(self) -> Weekday {
        Weekday::ALL[usize::from(self.0.weekday().number_days_from_monday())]
    }

    #[must_use]
    pub fn plus_days(self, days: i64) -> Day {
        Day(self.0.checked_add(time::Duration::days(days)).expect("a date within time's range"))
    }

    pub fn days_until(self, later: Day) -> i64 {
        (later.0 - self.0).whole_days()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
    }
}

/// A time of day to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Clock(u16);

impl Clock {
    pub fn from_hm(hour: u16, minute: u16) -> Option<Clock> {
        (hour < 24 && minute < 60).then_some(Clock(hour * 60 + minute))
    }

    /// `HH:MM`, 24-hour.
    pub fn parse(raw: &str) -> Option<Clock> {
        let (h, m) = raw.split_once(':')?;
        if h.len() != 2 || m.len() != 2 || !(h.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit()) {
            return None;
        }
        Clock::from_hm(h.parse().ok()?, m.parse().ok()?)
    }

    pub fn hour(self) -> u16 {
        self.0 / 60
    }

    pub fn minute(self) -> u16 {
        self.0 % 60
    }

    pub fn minutes(self) -> u16 {
        self.0
    }

    pub fn from_minutes(minutes: u16) -> Option<Clock> {
        (minutes < 24 * 60).then_some(Clock(minutes))
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

/// Serialises as text and parses with the type's own parser, so a bad value fails
/// deserialisation instead of existing.
macro_rules! text_serde {
    ($ty:ty, $what:literal, $format:expr, $pattern:literal) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(deserializer)?;
                <$ty>::parse(&raw).ok_or_else(|| serde::de::Error::custom($what))
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $ty {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .description(Some($what))
                    .format($format)
                    .pattern(Some($pattern))
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $ty {}
    };
}

// The document says what the parsers accept: a real date in the years 2000 to 2999, and
// a time of day in hours and minutes.
text_serde!(
    Day,
    "a date, YYYY-MM-DD",
    Some(utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Date)),
    "^2[0-9]{3}-[0-9]{2}-[0-9]{2}$"
);
text_serde!(Clock, "a time of day, HH:MM", None, "^([01][0-9]|2[0-3]):[0-5][0-9]$");

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

    pub fn code(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self as usize]
    }

    pub fn from_code(code: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|w| w.code() == code)
    }

    /// iCalendar's two-letter name (RFC 5545, BYDAY).
    pub fn ical(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self as usize]
    }

    /// One bit per weekday, Monday lowest: how the database keeps a set of them.
    pub fn bit(self) -> i64 {
        1 << (self as u8)
    }

    pub fn from_bits(bits: i64) -> Vec<Weekday> {
        Weekday::ALL.into_iter().filter(|w| bits & w.bit() != 0).collect()
    }
}

/// One meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    pub date: Day,
    pub start: Clock,
    pub end: Clock,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Schedule {
    /// Every week on `weekdays`, from `season_start` to `season_end`, both included.
    Weekly {
        /// Each day once, Monday first, however they were sent.
        #[serde(deserialize_with = "distinct_weekdays")]
        #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 7))]
        weekdays: Vec<Weekday>,
        start: Clock,
        end: Clock,
        season_start: Day,
        season_end: Day,
    },
    /// Single dates, such as camp days.
    Dates {
        #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 60))]
        sessions: Vec<Session>,
    },
}

/// A week's days as a set: `["fri", "mon", "fri"]` is Monday and Friday. Through the
/// days' bits rather than a sort, which would cost the bundles a sort of their own.
fn distinct_weekdays<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Weekday>, D::Error> {
    let days = Vec::<Weekday>::deserialize(deserializer)?;
    Ok(Weekday::from_bits(days.into_iter().fold(0, |bits, day| bits | day.bit())))
}

impl Schedule {
    pub const MAX_SESSIONS: usize = 60;
    /// A season longer than this is a mistake, not a plan.
    pub const MAX_SEASON_DAYS: i64 = 400;

    /// Every problem with the schedule, under the field names the editor uses.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        match self {
            Schedule::Weekly { weekdays, start, end, season_start, season_end } => {
                if weekdays.is_empty() {
                    problems.push(FieldError::new("weekdays", "error-no-weekdays"));
                }
                if end <= start {
                    problems.push(FieldError::new("end", "error-end-before-start"));
                }
                if season_end < season_start {
                    problems.push(FieldError::new("season_end", "error-season-reversed"));
                } else if season_start.days_until(*season_end) > Self::MAX_SEASON_DAYS {
                    problems.push(FieldError::new("season_end", "error-season-too-long"));
                }
            }
            Schedule::Dates { sessions } => {
                if sessions.is_empty() {
                    problems.push(FieldError::new("sessions", "error-no-sessions"));
                } else if sessions.len() > Self::MAX_SESSIONS {
                    problems.push(FieldError::new("sessions", "error-too-many-sessions"));
                }
                if sessions.iter().any(|s| s.end <= s.start) {
                    problems.push(FieldError::new("end", "error-end-before-start"));
                }
            }
        }
        problems
    }

    /// The first meeting that has not ended by `now` on `today`.
    pub fn next_session(&self, today: Day, now: Clock) -> Option<Session> {
        self.next_session_on(None, today, now)
    }

    /// The first meeting still to come, on `weekday` when one is given.
    pub fn next_session_on(&self, weekday: Option<Weekday>, today: Day, now: Clock) -> Option<Session> {
        let on = |day: Day| weekday.is_none_or(|w| day.weekday() == w);
        let to_come = |date: Day, end: Clock| date > today || (date == today && end > now);
        match self {
            Schedule::Weekly { weekdays, start, end, season_start, season_end } => {
                let first = (*season_start).max(today);
                // Eight days: when today's meeting is over, the next may be a week on.
                (0..8)
                    .map(|offset| first.plus_days(offset))
                    .filter(|day| day <= season_end && weekdays.contains(&day.weekday()) && on(*day))
                    .find(|day| to_come(*day, *end))
                    .map(|date| Session { date, start: *start, end: *end })
            }
            Schedule::Dates { sessions } => {
                sessions.iter().filter(|s| on(s.date) && to_come(s.date, s.end)).min().copied()
            }
        }
    }

    /// Whether a meeting still to come falls on `weekday`.
    pub fn meets_on(&self, weekday: Weekday, today: Day, now: Clock) -> bool {
        self.next_session_on(Some(weekday), today, now).is_some()
    }

    /// The start times of the meetings still to come (weekly: the one start time).
    pub fn start_times(&self, today: Day, now: Clock) -> Vec<Clock> {
        match self {
            Schedule::Weekly { start, .. } => vec![*start],
            Schedule::Dates { sessions } => sessions
                .iter()
                .filter(|s| s.date > today || (s.date == today && s.end > now))
                .map(|s| s.start)
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(raw: &str) -> Day {
        Day::parse(raw).unwrap()
    }

    fn clock(raw: &str) -> Clock {
        Clock::parse(raw).unwrap()
    }

    fn tuesdays_and_thursdays(from: &str, to: &str) -> Schedule {
        Schedule::Weekly {
            weekdays: vec![Weekday::Tue, Weekday::Thu],
            start: clock("17:00"),
            end: clock("18:15"),
            season_start: day(from),
            season_end: day(to),
        }
    }

    #[test]
    fn dates_and_clock_times_parse_strictly_and_print_back() {
        assert_eq!(day("2026-11-24").to_string(), "2026-11-24");
        assert_eq!(day("2026-11-24").weekday(), Weekday::Tue);
        assert_eq!(clock("07:05").to_string(), "07:05");
        for bad in
            ["", "2026-02-30", "2026-1-01", "26-11-24", "1999-01-01", "2026-11-24T00", "+026-11-24", "２０２６-11-24"]
        {
            assert_eq!(Day::parse(bad), None, "{bad:?}");
        }
        for bad in ["", "24:00", "7:05", "12:60", "12-30", "1230", "-1:00", "12:3a"] {
            assert_eq!(Clock::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_next_weekly_session_is_the_first_matching_day_not_yet_over() {
        let schedule = tuesdays_and_thursdays("2026-08-17", "2026-12-13");
        // Monday 23 November: the next is Tuesday.
        assert_eq!(schedule.next_session(day("2026-11-23"), clock("12:00")).unwrap().date, day("2026-11-24"));
        // Tuesday before the end of training: today; after it: Thursday.
        assert_eq!(schedule.next_session(day("2026-11-24"), clock("18:00")).unwrap().date, day("2026-11-24"));
        assert_eq!(schedule.next_session(day("2026-11-24"), clock("18:15")).unwrap().date, day("2026-11-26"));
    }

    #[test]
    fn when_the_only_weekly_meeting_is_over_today_the_next_is_a_week_later() {
        let schedule = Schedule::Weekly {
            weekdays: vec![Weekday::Tue],
            start: clock("17:00"),
            end: clock("18:00"),
            season_start: day("2026-08-17"),
            season_end: day("2026-12-13"),
        };
        assert_eq!(schedule.next_session(day("2026-11-24"), clock("19:00")).unwrap().date, day("2026-12-01"));
        assert!(schedule.meets_on(Weekday::Tue, day("2026-11-24"), clock("19:00")));
    }

    #[test]
    fn the_next_meeting_on_a_weekday_skips_the_other_days() {
        let schedule = tuesdays_and_thursdays("2026-08-17", "2026-12-13");
        let next = schedule.next_session_on(Some(Weekday::Thu), day("2026-11-23"), clock("12:00")).unwrap();
        assert_eq!(next.date, day("2026-11-26"));
        assert_eq!(schedule.next_session_on(Some(Weekday::Mon), day("2026-11-23"), clock("12:00")), None);
    }

    #[test]
    fn a_season_bounds_its_sessions_at_both_ends() {
        let schedule = tuesdays_and_thursdays("2027-01-12", "2027-05-27");
        assert_eq!(schedule.next_session(day("2026-11-23"), clock("12:00")).unwrap().date, day("2027-01-12"));
        // The last day of the season still counts; the day after it does not.
        assert_eq!(schedule.next_session(day("2027-05-27"), clock("08:00")).unwrap().date, day("2027-05-27"));
        assert_eq!(schedule.next_session(day("2027-05-27"), clock("19:00")), None);
        assert_eq!(schedule.next_session(day("2027-05-28"), clock("08:00")), None);
        assert!(!schedule.meets_on(Weekday::Tue, day("2027-05-28"), clock("08:00")));
    }

    #[test]
    fn single_dates_give_the_earliest_one_to_come() {
        let schedule = Schedule::Dates {
            sessions: vec![
                Session { date: day("2027-06-16"), start: clock("09:00"), end: clock("15:00") },
                Session { date: day("2027-06-14"), start: clock("09:00"), end: clock("15:00") },
            ],
        };
        assert_eq!(schedule.next_session(day("2026-11-23"), clock("12:00")).unwrap().date, day("2027-06-14"));
        assert_eq!(schedule.next_session(day("2027-06-14"), clock("16:00")).unwrap().date, day("2027-06-16"));
        assert!(schedule.meets_on(Weekday::Mon, day("2026-11-23"), clock("12:00")), "14 June 2027 is a Monday");
        assert!(!schedule.meets_on(Weekday::Tue, day("2026-11-23"), clock("12:00")));
    }

    #[test]
    fn impossible_schedules_name_their_problem() {
        let reversed = tuesdays_and_thursdays("2027-05-27", "2027-01-12");
        assert_eq!(reversed.problems()[0].field, "season_end");
        let backwards = Schedule::Weekly {
            weekdays: vec![],
            start: clock("18:00"),
            end: clock("17:00"),
            season_start: day("2027-01-01"),
            season_end: day("2029-01-01"),
        };
        let fields: Vec<_> = backwards.problems().into_iter().map(|p| p.message_id).collect();
        assert_eq!(fields, ["error-no-weekdays", "error-end-before-start", "error-season-too-long"]);
        assert_eq!(Schedule::Dates { sessions: vec![] }.problems()[0].message_id, "error-no-sessions");
        assert!(tuesdays_and_thursdays("2026-08-17", "2026-12-13").problems().is_empty());
    }

    #[test]
    fn weekday_sets_round_trip_through_bits() {
        let set = vec![Weekday::Mon, Weekday::Wed, Weekday::Sun];
        let bits = set.iter().map(|w| w.bit()).sum();
        assert_eq!(Weekday::from_bits(bits), set);
    }

    #[test]
    fn a_weekly_schedule_reads_its_days_as_a_set_monday_first() {
        let json = r#"{"weekly": {"weekdays": ["fri", "mon", "fri", "sun"], "start": "17:00", "end": "18:00",
            "season_start": "2026-08-17", "season_end": "2026-12-13"}}"#;
        let Schedule::Weekly { weekdays, .. } = serde_json::from_str(json).unwrap() else { panic!("weekly") };
        assert_eq!(weekdays, [Weekday::Mon, Weekday::Fri, Weekday::Sun]);
    }
}
