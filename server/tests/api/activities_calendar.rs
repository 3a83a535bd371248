//! "Add to calendar": iCalendar files read back with an iCalendar parser and their weekly
//! rules expanded, so what a phone's calendar will show is what is checked.

use chrono::{Datelike as _, NaiveDate, TimeZone as _, Timelike as _};
use chrono_tz::Europe::Stockholm;
use icalendar::{Calendar, CalendarDateTime, Component as _, DatePerhapsTime, Event, EventLike as _};
use model::{
    activities::ActivityEdit,
    schedule::{Clock, Day, Schedule, Session, Weekday},
};

use crate::{
    activity_helpers::{
        activity, applied, clock, create, create_for, decide, empty_municipality, text, today, weekly, EMPTY,
    },
    helpers::{spawn_app, TestApp},
};

/// The calendar at `path`, checked for its content type and file name, parsed.
async fn calendar(app: &TestApp, path: &str, file: &str) -> Calendar {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "{path}");
    let headers = response.headers();
    assert_eq!(headers["content-type"], "text/calendar; charset=utf-8");
    assert_eq!(headers["content-disposition"], format!("attachment; filename=\"{file}\""));
    let text = response.text().await.unwrap();
    assert!(text.lines().all(|l| l.len() <= 76), "lines are folded at 75 octets");
    let unfolded = icalendar::parser::unfold(&text);
    let raw = icalendar::parser::read_calendar(&unfolded).expect("a valid iCalendar file");
    let zone = raw.components.iter().find(|c| c.name.as_str() == "VTIMEZONE").expect("the time zone is defined");
    assert_eq!(zone.find_prop("TZID").map(|p| p.val.as_str()), Some("Europe/Stockholm"));
    text.parse().unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn events(calendar: &Calendar) -> Vec<&Event> {
    calendar.components.iter().filter_map(|c| c.as_event()).collect()
}

/// A start or end in Swedish time, as the event gives it.
fn local(event: &Event, key: &str) -> (Day, Clock) {
    let property = event.properties().get(key).unwrap_or_else(|| panic!("{key}"));
    assert_eq!(property.params().get("TZID").map(icalendar::Parameter::value), Some("Europe/Stockholm"), "{key}");
    let start = if key == "DTSTART" { event.get_start() } else { event.get_end() };
    let Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) = start else {
        panic!("{key} is not a local time with a zone: {start:?}")
    };
    assert_eq!(tzid, "Europe/Stockholm");
    let clock = Clock::from_hm(date_time.hour().try_into().unwrap(), date_time.minute().try_into().unwrap());
    (day_of(date_time.date()), clock.unwrap())
}

fn day_of(date: NaiveDate) -> Day {
    Day::from_ymd(date.year(), date.month().try_into().unwrap(), date.day().try_into().unwrap()).unwrap()
}

/// The rule's parts: `FREQ=WEEKLY;BYDAY=TU,TH` → [("FREQ", "WEEKLY"), ("BYDAY", "TU,TH")].
fn rule(event: &Event) -> Vec<(String, String)> {
    let rule = event.property_value("RRULE").expect("a recurrence rule");
    rule.split(';').map(|part| part.split_once('=').unwrap()).map(|(k, v)| (k.to_owned(), v.to_owned())).collect()
}

#[tokio::test]
async fn a_weekly_activity_is_one_event_whose_rule_meets_on_its_weekdays_through_the_season() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    // Four months from ten days ahead: a start on any weekday, and a daylight saving change inside.
    let (start, end) = (today().plus_days(10), today().plus_days(130));
    let schedule = weekly(&[Weekday::Tue, Weekday::Thu], "17:00", "18:15", start, end);
    let mut edit = ActivityEdit { schedule, ..activity("Fotboll, 7–10 år; ta med \"vatten\"") };
    edit.texts.get_mut("sv").unwrap().description = "Rad ett\nRad två, med komma; och semikolon".into();
    let id = create(&app, &admin, EMPTY, &edit).await;

    let path = format!("/api/municipalities/{EMPTY}/activities/{id}/calendar.ics");
    let calendar = calendar(&app, &path, &format!("activity-{id}.ics")).await;
    let events = events(&calendar);
    assert_eq!(events.len(), 1);
    let event = events[0];
    assert_eq!(event.get_summary(), Some("Fotboll, 7–10 år; ta med \"vatten\""));
    assert!(event.get_description().unwrap().starts_with("Rad ett\nRad två, med komma; och semikolon\n\nNorrby"));
    assert_eq!(event.get_location(), Some("Norrby IP"));
    assert_eq!(event.get_uid().map(|u| u.starts_with(&format!("activity-{id}@"))), Some(true));
    assert!(event.get_url().unwrap().ends_with(&format!("/activities/{id}")));

    let meetings: Vec<Day> = (0..=start.days_until(end))
        .map(|n| start.plus_days(n))
        .filter(|d| matches!(d.weekday(), Weekday::Tue | Weekday::Thu))
        .collect();
    assert_eq!(local(event, "DTSTART"), (meetings[0], clock("17:00")), "the season's first meeting");
    assert_eq!(local(event, "DTEND"), (meetings[0], clock("18:15")));
    let until = Stockholm
        .from_local_datetime(
            &NaiveDate::from_ymd_opt(end.year(), end.month().into(), end.day().into())
                .unwrap()
                .and_hms_opt(23, 59, 59)
                .unwrap(),
        )
        .single()
        .unwrap()
        .with_timezone(&chrono::Utc)
        .format("%Y%m%dT%H%M%SZ")
        .to_string();
    let expected_rule = [("FREQ", "WEEKLY"), ("BYDAY", "TU,TH"), ("UNTIL", until.as_str())];
    assert_eq!(rule(event), expected_rule.map(|(k, v)| (k.to_owned(), v.to_owned())));

    let expanded = calendar.calendar_events().next().unwrap().get_recurrence().unwrap().all(1000);
    assert!(!expanded.limited);
    let occurrences: Vec<Day> =
        expanded.dates.iter().map(|d| day_of(d.with_timezone(&Stockholm).date_naive())).collect();
    assert_eq!(occurrences, meetings, "every Tuesday and Thursday of the season, and no other day");
    assert!(*occurrences.last().unwrap() <= end);
    assert!(
        expanded.dates.iter().all(|d| d.with_timezone(&Stockholm).format("%H:%M").to_string() == "17:00"),
        "17:00 Swedish time in summer and winter alike"
    );
}

#[tokio::test]
async fn an_activity_on_single_dates_is_one_event_per_date() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let sessions = vec![
        Session { date: today().plus_days(8), start: clock("10:00"), end: clock("12:00") },
        Session { date: today().plus_days(5), start: clock("09:00"), end: clock("15:00") },
        Session { date: today().plus_days(6), start: clock("09:30"), end: clock("15:00") },
    ];
    let edit = ActivityEdit { schedule: Schedule::Dates { sessions: sessions.clone() }, ..activity("Lägerdagar") };
    let id = create(&app, &admin, EMPTY, &edit).await;

    let path = format!("/api/municipalities/{EMPTY}/activities/{id}/calendar.ics");
    let calendar = calendar(&app, &path, &format!("activity-{id}.ics")).await;
    let events = events(&calendar);
    let mut found: Vec<Session> = events
        .iter()
        .map(|e| {
            assert_eq!(e.property_value("RRULE"), None, "a single date does not repeat");
            assert_eq!(e.get_summary(), Some("Lägerdagar"));
            let ((date, start), (end_date, end)) = (local(e, "DTSTART"), local(e, "DTEND"));
            assert_eq!(date, end_date);
            Session { date, start, end }
        })
        .collect();
    found.sort();
    let mut expected = sessions;
    expected.sort();
    assert_eq!(found, expected);
    let uids: std::collections::BTreeSet<&str> = events.iter().map(|e| e.get_uid().unwrap()).collect();
    assert_eq!(uids.len(), 3, "each date is its own event");
    for event in calendar.calendar_events() {
        assert_eq!(event.get_recurrence().unwrap().all(10).dates.len(), 1, "occurs once");
    }
}

#[tokio::test]
async fn the_calendar_speaks_the_readers_language_where_the_association_wrote_it() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let mut edit = activity("Simning");
    edit.texts.insert("prs".into(), text("شنا"));
    let id = create(&app, &admin, EMPTY, &edit).await;
    let path = format!("/api/municipalities/{EMPTY}/activities/{id}/calendar.ics");
    let file = format!("activity-{id}.ics");
    let dari = calendar(&app, &format!("{path}?lang=prs"), &file).await;
    assert_eq!(events(&dari)[0].get_summary(), Some("شنا"));
    assert_eq!(dari.property_value("X-WR-LANGUAGE"), Some("prs"));
    let ukrainian = calendar(&app, &format!("{path}?lang=uk"), &file).await;
    assert_eq!(events(&ukrainian)[0].get_summary(), Some("Simning"), "Swedish when not written");
}

#[tokio::test]
async fn an_association_feed_has_every_event_of_its_activities_and_nobody_elses() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let club = applied(&app, &admin, EMPTY, "Norrby Simsällskap", 1).await;
    let pending = applied(&app, &admin, EMPTY, "Norrby Väntar", 2).await;
    decide(&app, &admin, EMPTY, club.id, true).await;
    let weekly_id = create_for(&app, &admin, club.id, &activity("Simskola")).await;
    let days = vec![
        Session { date: today().plus_days(3), start: clock("09:00"), end: clock("12:00") },
        Session { date: today().plus_days(4), start: clock("09:00"), end: clock("12:00") },
    ];
    let camp = ActivityEdit { schedule: Schedule::Dates { sessions: days }, ..activity("Simläger") };
    create_for(&app, &admin, club.id, &camp).await;
    create(&app, &admin, EMPTY, &activity("Kommunens simskola")).await;
    create_for(&app, &admin, pending.id, &activity("Väntande")).await;

    let path = format!("/api/municipalities/{EMPTY}/associations/{}/calendar.ics", club.slug);
    let feed = calendar(&app, &path, &format!("{}.ics", club.slug)).await;
    assert_eq!(feed.get_name(), Some("Norrby Simsällskap"));
    let mut summaries: Vec<&str> = events(&feed).iter().map(|e| e.get_summary().unwrap()).collect();
    summaries.sort_unstable();
    assert_eq!(summaries, ["Simläger", "Simläger", "Simskola"]);
    let weekly = events(&feed).into_iter().find(|e| e.get_summary() == Some("Simskola")).unwrap();
    assert_eq!(weekly.get_uid().map(|u| u.starts_with(&format!("activity-{weekly_id}@"))), Some(true));

    let waiting = format!("/api/municipalities/{EMPTY}/associations/{}/calendar.ics", pending.slug);
    assert_eq!(app.get(&waiting).await.status(), 404, "a pending association has no feed");
}

#[tokio::test]
async fn an_association_without_activities_has_an_empty_but_valid_feed() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let club = applied(&app, &admin, EMPTY, "Norrby Tom", 1).await;
    decide(&app, &admin, EMPTY, club.id, true).await;
    let path = format!("/api/municipalities/{EMPTY}/associations/{}/calendar.ics", club.slug);
    let feed = calendar(&app, &path, &format!("{}.ics", club.slug)).await;
    assert!(events(&feed).is_empty());
}
