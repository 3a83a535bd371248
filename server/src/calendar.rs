//! Local Swedish time, and activities and guides' meetings as iCalendar (RFC 5545) for
//! the phone's calendar: a weekly activity is one event with a weekly rule until its
//! season ends, single dates are one event each, a meeting is one event in UTC.

use std::borrow::Cow;

use chrono::{Datelike as _, NaiveDate, NaiveDateTime, NaiveTime, Timelike as _};
use chrono_tz::Europe::Stockholm;
use icalendar::{Calendar, CalendarDateTime, Component as _, Event, EventLike as _, EventStatus, Property};
use model::{
    schedule::{Clock, Day, Schedule, Session},
    Language,
};

const TZID: &str = "Europe/Stockholm";

/// The definition of Swedish time that the events' `TZID` refers to (CET, CEST from
/// the last Sunday of March to the last Sunday of October). The `icalendar` crate does
/// not write `VTIMEZONE` components, and calendars need one to read `TZID` correctly.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// The host a calendar's identifiers and links name, from the request; `localhost`
/// for anything that does not look like a host name.
pub fn request_host(headers: &axum::http::HeaderMap) -> String {
    headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)))
        .unwrap_or("localhost")
        .to_owned()
}

/// The moments (seconds since 1970) from which `year` begins and the next one does, in
/// Sweden.
pub fn swedish_year(year: i32) -> (i64, i64) {
    let midnight = |year| {
        NaiveDate::from_ymd_opt(year, 1, 1)
            .and_then(|day| day.and_hms_opt(0, 0, 0))
            .and_then(|time| time.and_local_timezone(Stockholm).earliest())
            .map_or(0, |time| time.timestamp())
    };
    (midnight(year), midnight(year + 1))
}

/// The month, `YYYY-MM`, of a moment (seconds since 1970) in Sweden.
pub fn swedish_month(seconds: i64) -> String {
    chrono::DateTime::from_timestamp(seconds, 0)
        .unwrap_or_default()
        .with_timezone(&Stockholm)
        .format("%Y-%m")
        .to_string()
}

/// The day of a moment (seconds since 1970) in Sweden.
pub fn swedish_day(seconds: i64) -> Day {
    day_of(&chrono::DateTime::from_timestamp(seconds, 0).unwrap_or_default().with_timezone(&Stockholm))
}

fn day_of(time: &chrono::DateTime<chrono_tz::Tz>) -> Day {
    Day::from_ymd(time.year(), u8::try_from(time.month()).expect("a month"), u8::try_from(time.day()).expect("a day"))
        .expect("a valid date")
}

/// Today's date and the time of day in Sweden.
pub fn swedish_now() -> (Day, Clock) {
    let now = chrono::Utc::now().with_timezone(&Stockholm);
    let day = day_of(&now);
    let clock =
        Clock::from_hm(u16::try_from(now.hour()).expect("an hour"), u16::try_from(now.minute()).expect("a minute"))
            .expect("a valid time");
    (day, clock)
}

/// What one activity contributes to a calendar.
pub struct CalendarEntry<'a> {
    pub id: i64,
    pub title: &'a str,
    pub description: &'a str,
    pub place: &'a str,
    pub organiser: &'a str,
    pub schedule: &'a Schedule,
    /// Where the activity's page is, for the event's URL.
    pub url: String,
}

/// Text as an RFC 5545 TEXT value may hold it before escaping: a line break typed in any
/// way becomes `\n` (which the escaping writes as `\\n`); other control characters,
/// which TEXT does not allow, are left out. A bare CR would otherwise end the line for
/// some readers, and what follows it would be read as a property of its own.
fn plain(text: &str) -> Cow<'_, str> {
    let unusual = |c: char| (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{2028}' | '\u{2029}');
    if !text.contains(unusual) {
        return Cow::Borrowed(text);
    }
    let text = text.replace("\r\n", "\n");
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => Some('\n'),
                '\n' | '\t' => Some(c),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// RFC 5545 TEXT escaping, for the properties `icalendar` writes as they are (`NAME`);
/// `SUMMARY`, `DESCRIPTION`, `LOCATION` and `X-` properties it escapes itself.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in plain(text).chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

fn local(day: Day, clock: Clock) -> CalendarDateTime {
    let date = NaiveDate::from_ymd_opt(day.year(), day.month().into(), day.day().into()).expect("a valid date");
    let time = NaiveTime::from_hms_opt(clock.hour().into(), clock.minute().into(), 0).expect("a valid time");
    CalendarDateTime::WithTimezone { date_time: NaiveDateTime::new(date, time), tzid: TZID.to_owned() }
}

fn event(entry: &CalendarEntry<'_>, uid: String, session: Session) -> Event {
    Event::new()
        .uid(&uid)
        .summary(&plain(entry.title))
        .description(format!("{}\n\n{}\n{}", plain(entry.description), plain(entry.organiser), entry.url).trim())
        .location(&plain(entry.place))
        .url(&entry.url)
        .starts(local(session.date, session.start))
        .ends(local(session.date, session.end))
        .done()
}

/// 23:59:59 Swedish time on `day`, in UTC.
fn utc_end_of(day: Day) -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone as _;
    let CalendarDateTime::WithTimezone { date_time, .. } = local(day, Clock::from_hm(23, 59).expect("a time")) else {
        unreachable!("local times carry their zone")
    };
    let end = date_time + chrono::Duration::seconds(59);
    Stockholm.from_local_datetime(&end).earliest().expect("23:59 exists every day").with_timezone(&chrono::Utc)
}

/// The events of one activity.
fn events(entry: &CalendarEntry<'_>, host: &str) -> Vec<Event> {
    match entry.schedule {
        Schedule::Weekly { weekdays, start, end, season_start, season_end } => {
            // The first meeting of the season is the rule's start, as RFC 5545 asks.
            let first = (0..7)
                .map(|offset| season_start.plus_days(offset))
                .find(|day| day <= season_end && weekdays.contains(&day.weekday()));
            let Some(first) = first else { return vec![] };
            let days: Vec<&str> = weekdays.iter().map(|w| w.ical()).collect();
            // With a TZID start, RFC 5545 wants UNTIL in UTC: the end of the season's last day.
            let until = utc_end_of(*season_end).format("%Y%m%dT%H%M%SZ");
            let mut event = event(
                entry,
                format!("activity-{}@{host}", entry.id),
                Session { date: first, start: *start, end: *end },
            );
            event.add_property("RRULE", format!("FREQ=WEEKLY;BYDAY={};UNTIL={until}", days.join(",")));
            vec![event]
        }
        Schedule::Dates { sessions } => {
            sessions.iter().map(|s| event(entry, format!("activity-{}-{}@{host}", entry.id, s.date), *s)).collect()
        }
    }
}

/// A calendar file with the given activities, named `name`.
pub fn calendar(name: &str, lang: Language, entries: &[CalendarEntry<'_>], host: &str) -> String {
    let mut calendar = Calendar::new();
    calendar
        .append_property(Property::new("NAME", escaped(name)))
        .append_property(Property::new("X-WR-CALNAME", plain(name)))
        .timezone(TZID)
        .append_property(("X-WR-LANGUAGE", lang.code()));
    for entry in entries {
        for event in events(entry, host) {
            calendar.push(event);
        }
    }
    let text = calendar.done().to_string();
    // The time zone goes before the first event, after the calendar's own properties. Only
    // a whole line counts: a name may well contain the words `BEGIN:VEVENT`.
    let at = text
        .find("\r\nBEGIN:VEVENT\r\n")
        .map(|at| at + 2)
        .or_else(|| text.rfind("END:VCALENDAR"))
        .expect("a calendar ends");
    format!("{}{VTIMEZONE}{}", &text[..at], &text[at..])
}

/// One meeting of a guide: a local Swedish day and time and a length in real minutes.
pub struct Meeting<'a> {
    /// Unique in the host: `guide-booking-<id>`.
    pub uid: String,
    pub summary: &'a str,
    pub description: &'a str,
    pub place: &'a str,
    pub day: Day,
    pub start: Clock,
    pub minutes: u16,
    /// Not yet confirmed by the guide: shown as tentative.
    pub tentative: bool,
}

/// The start of a meeting in UTC, by the model's own rule for Swedish time
/// (`stockholm_offset`): the October hour that comes twice is read as its first, summer
/// pass, as the slot was offered. `None` for the March hour that does not exist, which
/// no slot can hold.
pub fn utc_start(day: Day, start: Clock) -> Option<chrono::DateTime<chrono::Utc>> {
    let offset = model::guides::stockholm_offset(day, start)?;
    let date = NaiveDate::from_ymd_opt(day.year(), day.month().into(), day.day().into())?;
    let local = NaiveDateTime::new(date, NaiveTime::from_hms_opt(start.hour().into(), start.minute().into(), 0)?);
    Some((local - chrono::Duration::minutes(offset.into())).and_utc())
}

/// A calendar of meetings, named `name`. Times are written in UTC rather than with a
/// `TZID`: a meeting's length is real minutes, which a local end time cannot say across
/// the night the clocks go back, and no `VTIMEZONE` is needed. `ttl` (minutes) asks a
/// subscribing calendar to fetch the feed again that often.
pub fn meetings(name: &str, lang: Language, meetings: &[Meeting<'_>], host: &str, ttl: Option<u32>) -> String {
    let mut calendar = Calendar::new();
    calendar
        .append_property(Property::new("NAME", escaped(name)))
        .append_property(Property::new("X-WR-CALNAME", plain(name)))
        .append_property(("X-WR-LANGUAGE", lang.code()));
    if let Some(minutes) = ttl {
        let every = format!("PT{minutes}M");
        calendar
            .append_property(Property::new("REFRESH-INTERVAL", &every).add_parameter("VALUE", "DURATION").done())
            .append_property(("X-PUBLISHED-TTL", every.as_str()));
    }
    for meeting in meetings {
        let Some(start) = utc_start(meeting.day, meeting.start) else { continue };
        let end = start + chrono::Duration::minutes(meeting.minutes.into());
        let status = if meeting.tentative { EventStatus::Tentative } else { EventStatus::Confirmed };
        calendar.push(
            Event::new()
                .uid(&format!("{}@{host}", meeting.uid))
                .summary(&plain(meeting.summary))
                .description(&plain(meeting.description))
                .location(&plain(meeting.place))
                .starts(CalendarDateTime::Utc(start))
                .ends(CalendarDateTime::Utc(end))
                .status(status)
                .done(),
        );
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::schedule::Weekday;

    #[test]
    fn a_month_is_swedish_summer_and_winter() {
        // 2026-03-31 22:30 UTC is 00:30 on 1 April in Stockholm (summer time, UTC+2).
        assert_eq!(swedish_month(1_774_996_200), "2026-04");
        // 2026-01-31 22:30 UTC is 23:30 the same day (winter time, UTC+1).
        assert_eq!(swedish_month(1_769_898_600), "2026-01");
        // 2025-12-31 23:30 UTC is already the new year.
        assert_eq!(swedish_month(1_767_223_800), "2026-01");
        // Which begins at 23:00 UTC the evening before, and ends at the next one's.
        assert_eq!(swedish_year(2026), (1_767_222_000, 1_798_758_000));
    }

    #[test]
    fn a_weekly_activity_is_one_event_with_a_weekly_rule_from_its_first_meeting() {
        let schedule = Schedule::Weekly {
            weekdays: vec![Weekday::Tue, Weekday::Thu],
            start: Clock::parse("17:00").unwrap(),
            end: Clock::parse("18:15").unwrap(),
            // A Monday: the first meeting is the Tuesday after.
            season_start: Day::parse("2026-08-17").unwrap(),
            season_end: Day::parse("2026-12-13").unwrap(),
        };
        let entry = CalendarEntry {
            id: 7,
            title: "Fotboll, 7–10 år",
            description: "Ta med vattenflaska; säg \"hej\"",
            place: "Granvikens IP",
            organiser: "Granvikens IF",
            schedule: &schedule,
            url: "https://example.org/activities/7".into(),
        };
        let text = calendar("Granvikens IF", Language::Sv, &[entry], "example.org");
        assert!(text.contains("DTSTART;TZID=Europe/Stockholm:20260818T170000"), "{text}");
        assert!(text.contains("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261213T225959Z"), "{text}");
        assert!(text.contains("BEGIN:VTIMEZONE") && text.find("BEGIN:VTIMEZONE") < text.find("BEGIN:VEVENT"));
        assert!(text.contains("UID:activity-7@example.org"));
    }

    #[test]
    fn a_meeting_is_written_in_utc_on_both_sides_of_the_summer_time_changes() {
        let at = |day: &str, start: &str| utc_start(Day::parse(day).unwrap(), Clock::parse(start).unwrap());
        let utc = |text: &str| Some(chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc));
        assert_eq!(at("2026-01-15", "17:00"), utc("2026-01-15T16:00:00Z"), "winter: UTC+1");
        assert_eq!(at("2026-06-15", "17:00"), utc("2026-06-15T15:00:00Z"), "summer: UTC+2");
        assert_eq!(at("2026-03-29", "01:30"), utc("2026-03-29T00:30:00Z"), "before the spring change");
        assert_eq!(at("2026-03-29", "02:30"), None, "the skipped hour");
        assert_eq!(at("2026-03-29", "03:30"), utc("2026-03-29T01:30:00Z"), "after the spring change");
        assert_eq!(at("2026-10-25", "02:30"), utc("2026-10-25T00:30:00Z"), "the doubled hour, first pass");
        assert_eq!(at("2026-10-25", "03:00"), utc("2026-10-25T02:00:00Z"), "after the autumn change");
    }

    #[test]
    fn text_is_escaped_once_and_every_kind_of_line_break_becomes_an_escaped_newline() {
        let cases = [
            ("Granvikens IF", "Granvikens IF", "plain text is left alone"),
            ("a,b;c\\d", "a\\,b\\;c\\\\d", "comma, semicolon and backslash"),
            ("a\nb", "a\\nb", "a line feed"),
            ("a\r\nb", "a\\nb", "CR LF is one line break"),
            ("a\rb", "a\\nb", "a bare carriage return"),
            ("a\u{2028}b\u{85}c", "a\\nb\\nc", "Unicode line and next-line separators"),
            ("a\u{0}b\u{1b}c\td", "abc\td", "other control characters go, tabs stay"),
            ("\\n", "\\\\n", "a typed backslash-n is not a line break"),
        ];
        for (raw, expected, why) in cases {
            assert_eq!(escaped(raw), expected, "{why}");
        }
    }

    /// A calendar whose every outsider-typed text is `hostile`, for a one-day activity.
    fn hostile_calendar(hostile: &str) -> String {
        let day = Day::parse("2026-09-01").unwrap();
        let schedule = Schedule::Dates {
            sessions: vec![Session {
                date: day,
                start: Clock::parse("17:00").unwrap(),
                end: Clock::parse("18:00").unwrap(),
            }],
        };
        let entry = CalendarEntry {
            id: 7,
            title: hostile,
            description: hostile,
            place: hostile,
            organiser: hostile,
            schedule: &schedule,
            url: "https://example.org/activities/7".into(),
        };
        calendar(hostile, Language::Sv, &[entry], "example.org")
    }

    #[test]
    fn a_line_break_in_any_text_adds_no_line_to_the_calendar() {
        for hostile in ["Evil\r\nX-INJECTED:1\nBEGIN:VEVENT", "Evil\rX-INJECTED:1\rBEGIN:VEVENT\rEND:VCALENDAR"] {
            let text = hostile_calendar(hostile);
            assert!(!text.replace("\r\n", "").contains(['\r', '\n']), "only CR LF ends a line: {text:?}");
            let lines: Vec<&str> = text.split("\r\n").collect();
            assert!(!lines.iter().any(|l| l.starts_with("X-INJECTED")), "{text}");
            assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1, "{text}");
            assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VTIMEZONE").count(), 1, "{text}");
            assert_eq!(lines.iter().filter(|l| **l == "END:VCALENDAR").count(), 1, "{text}");
            assert!(text.contains("\r\nNAME:Evil\\nX-INJECTED:1\\nBEGIN:VEVENT"), "escaped once: {text}");

            let parsed: Calendar = text.parse().unwrap_or_else(|e| panic!("{e}\n{text}"));
            let expected = plain(hostile);
            assert_eq!(parsed.property_value("X-WR-CALNAME"), Some(&*expected));
            let event = parsed.components.iter().find_map(|c| c.as_event()).expect("the event");
            assert_eq!(event.get_summary(), Some(&*expected));
            assert_eq!(event.get_location(), Some(&*expected));
            assert!(event.get_description().unwrap().starts_with(&format!("{expected}\n\n{expected}\n")));
        }
    }
}
