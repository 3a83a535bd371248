//! When a guide can meet: Swedish local time across the summer-time changes, slots
//! single or weekly, the checks a new slot passes, the meetings an edit would drop, and
//! the open times a newcomer is offered.

use serde::{Deserialize, Deserializer, Serialize};

use super::{MeetingKind, Topic};
use crate::activities::check_text;
use crate::{
    schedule::{Clock, Day, Weekday},
    sportotek::Refusal,
    FieldError,
};

/// A meeting's length in minutes: shorter is no meeting, longer is no volunteer's evening.
pub const MIN_MINUTES: u16 = 15;
pub const MAX_MINUTES: u16 = 180;
/// How far ahead a slot may reach: half a year holds a term (August to Christmas,
/// January to midsummer) and no volunteer plans further; it also bounds every expansion
/// to 26 meetings per weekly slot.
pub const WEEKS_AHEAD: i64 = 26;
/// Meetings a guide takes per week, at most; the guide chooses from 1.
pub const PER_WEEK_MAX: u8 = 20;
pub const FIRST_NAME_MAX: usize = crate::sportotek::FIRST_NAME_MAX;
pub const PLACE_MAX: usize = 200;
pub const NOTE_MAX: usize = 500;
pub const ABOUT_MAX: usize = 1000;
pub const CANCEL_NOTE_MAX: usize = 300;

/// The last Sunday of `month` in `year`.
pub fn last_sunday(year: i32, month: u8) -> Day {
    let next = if month == 12 { Day::from_ymd(year + 1, 1, 1) } else { Day::from_ymd(year, month + 1, 1) };
    let last = next.expect("a real month").plus_days(-1);
    // Monday is 0: back one day from a Monday, none from a Sunday.
    last.plus_days(-((last.weekday() as i64 + 1) % 7))
}

/// The days summer time begins and ends in Sweden (the EU rule since 1996): the last
/// Sundays of March and October, at 01:00 UTC.
pub fn summer_time(year: i32) -> (Day, Day) {
    (last_sunday(year, 3), last_sunday(year, 10))
}

/// Minutes Stockholm's local time is ahead of UTC at `start` on `day`: 60 in winter,
/// 120 in summer, `None` for the hour skipped in March (02:00–02:59 do not exist). The
/// hour that repeats in October (02:00–02:59) is read as its first, summer-time pass, as
/// RFC 5545 (3.3.5) reads a repeated local time, so a calendar agrees with us.
pub fn stockholm_offset(day: Day, start: Clock) -> Option<i16> {
    let (begins, ends) = summer_time(day.year());
    let hour = start.hour();
    if day == begins {
        return match hour {
            0 | 1 => Some(60),
            2 => None,
            _ => Some(120),
        };
    }
    if day == ends {
        return Some(if hour < 3 { 120 } else { 60 });
    }
    Some(if begins < day && day < ends { 120 } else { 60 })
}

/// The Monday of `day`'s ISO week.
pub fn week_start(day: Day) -> Day {
    day.plus_days(-(day.weekday() as i64))
}

/// `day`'s ISO week: its year (the year of its Thursday) and number.
pub fn iso_week(day: Day) -> (i32, u8) {
    let thursday = week_start(day).plus_days(3);
    let new_year = Day::from_ymd(thursday.year(), 1, 1).expect("1 January");
    let week = new_year.days_until(thursday) / 7 + 1;
    (thursday.year(), u8::try_from(week).expect("at most 53 weeks"))
}

/// One meeting time, in local time; `minutes` are real minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Occurrence {
    pub day: Day,
    pub start: Clock,
    pub minutes: u16,
}

impl Occurrence {
    /// Minutes since 2000-01-01 00:00 local, start and end, to compare meetings that may
    /// run past midnight.
    fn span(self) -> (i64, i64) {
        let epoch = Day::from_ymd(2000, 1, 1).expect("a real day");
        let start = epoch.days_until(self.day) * 24 * 60 + i64::from(self.start.minutes());
        (start, start + i64::from(self.minutes))
    }

    /// Whether the two share a minute; one ending as the other starts does not.
    pub fn overlaps(self, other: Occurrence) -> bool {
        let ((a, b), (c, d)) = (self.span(), other.span());
        a < d && c < b
    }

    /// Whether it has started by `now` on `today`.
    pub fn has_started(self, today: Day, now: Clock) -> bool {
        (self.day, self.start) <= (today, now)
    }
}

/// When a slot repeats: once, or every week on one weekday from one day until another,
/// both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Repeat {
    Once { day: Day },
    Weekly { weekday: Weekday, from: Day, until: Day },
}

/// A time a guide offers, as the guide writes it and as it is stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Slot {
    pub repeat: Repeat,
    pub start: Clock,
    #[cfg_attr(feature = "openapi", schema(minimum = 15, maximum = 180))]
    pub minutes: u16,
    pub meeting: MeetingKind,
    /// Which library or café, or a word about the call; required for a place to go to.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub place: String,
    /// Each topic once, however sent.
    #[serde(deserialize_with = "distinct")]
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 6))]
    pub topics: Vec<Topic>,
}

/// A set sent as a list: sorted, each once.
pub(super) fn distinct<'de, D: Deserializer<'de>, T: Deserialize<'de> + Ord>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    let mut items = Vec::<T>::deserialize(deserializer)?;
    items.sort();
    items.dedup();
    Ok(items)
}

/// What a new or changed slot is checked against: the moment, the guide's other slots,
/// and the slot as it was before an edit (`None` for a new one).
#[derive(Debug, Clone, Copy)]
pub struct SlotCheck<'a> {
    pub today: Day,
    pub now: Clock,
    pub others: &'a [Slot],
    pub was: Option<&'a Slot>,
}

impl Slot {
    /// The first and last day it may meet.
    pub fn days(&self) -> (Day, Day) {
        match self.repeat {
            Repeat::Once { day } => (day, day),
            Repeat::Weekly { from, until, .. } => (from, until),
        }
    }

    /// The days from `from` to `to` it meets on, by its dates and weekday alone.
    fn meeting_days(&self, from: Day, to: Day) -> Vec<Day> {
        let (first, last) = self.days();
        let (from, to) = (from.max(first), to.min(last));
        if to < from {
            return Vec::new();
        }
        let first_meeting = match self.repeat {
            Repeat::Once { day } => day,
            Repeat::Weekly { weekday, .. } => from.plus_days((weekday as i64 - from.weekday() as i64).rem_euclid(7)),
        };
        let count = if first_meeting > to { 0 } else { first_meeting.days_until(to) / 7 + 1 };
        (0..count).map(|n| first_meeting.plus_days(n * 7)).collect()
    }

    /// Its meeting on `day`, if it meets then and the start exists in local time.
    pub fn on(&self, day: Day) -> Option<Occurrence> {
        (self.meeting_days(day, day) == [day] && stockholm_offset(day, self.start).is_some()).then_some(Occurrence {
            day,
            start: self.start,
            minutes: self.minutes,
        })
    }

    /// Its meetings from `from` to `to`, both included, soonest first.
    pub fn occurrences(&self, from: Day, to: Day) -> Vec<Occurrence> {
        self.meeting_days(from, to).into_iter().filter_map(|day| self.on(day)).collect()
    }

    /// Whether the two meet at the same time on some day, however they repeat.
    pub fn overlaps(&self, other: &Slot) -> bool {
        let ((a, b), (c, d)) = (self.days(), other.days());
        // A day either side: a late meeting may run into the next day.
        let (from, to) = (a.max(c).plus_days(-1), b.min(d).plus_days(1));
        let theirs = other.occurrences(from, to);
        self.occurrences(from, to).into_iter().any(|mine| theirs.iter().any(|t| mine.overlaps(*t)))
    }

    /// Every problem with the slot, under the fields the guide's form uses.
    pub fn problems(&self, check: &SlotCheck) -> Vec<FieldError> {
        let mut problems = Vec::new();
        if !(MIN_MINUTES..=MAX_MINUTES).contains(&self.minutes) {
            problems.push(FieldError::new("minutes", "error-guide-slot-length"));
        }
        let (first, last) = self.days();
        let (first_field, last_field) = match self.repeat {
            Repeat::Once { .. } => ("day", "day"),
            Repeat::Weekly { .. } => ("from", "until"),
        };
        let mut range_sound = false;
        if last < first {
            problems.push(FieldError::new("until", "error-season-reversed"));
        } else if check.today.days_until(last) > WEEKS_AHEAD * 7 {
            problems.push(FieldError::new(last_field, "error-guide-time-too-far"));
        } else if self.meeting_days(first, last).is_empty() {
            problems.push(FieldError::new(first_field, "error-guide-slot-empty"));
        } else {
            range_sound = true;
        }
        if range_sound {
            let before = check.was.map(|was| was.occurrences(first, check.today)).unwrap_or_default();
            // An edit keeps the meetings already held; it may not add any in the past.
            let added_in_past = self
                .occurrences(first, check.today)
                .into_iter()
                .any(|o| o.has_started(check.today, check.now) && !before.contains(&o));
            if added_in_past {
                problems.push(FieldError::new(first_field, "error-guide-time-past"));
            }
            if self.meeting_days(first, last).into_iter().any(|day| stockholm_offset(day, self.start).is_none()) {
                problems.push(FieldError::new("start", "error-guide-slot-no-such-time"));
            }
            if check.others.iter().any(|other| self.overlaps(other)) {
                problems.push(FieldError::new("start", "error-guide-slot-overlap"));
            }
        }
        if matches!(self.meeting, MeetingKind::Library | MeetingKind::Cafe) && self.place.trim().is_empty() {
            problems.push(FieldError::new("place", "error-required"));
        } else if self.place.contains('\n') {
            problems.push(FieldError::new("place", "error-text-control"));
        } else {
            problems.extend(check_text("place", self.place.trim(), PLACE_MAX));
        }
        if self.topics.is_empty() {
            problems.push(FieldError::new("topics", "error-required"));
        }
        problems
    }
}

/// The booked meetings an edit of `old` into `new` would move or drop: each one `new`
/// does not hold at the same day, start and length, or every one when the meeting kind
/// or place changes. `booked` are the slot's live bookings still to come; the server
/// refuses the edit (409) naming them, and the guide cancels those first.
pub fn orphaned(old: &Slot, new: &Slot, booked: &[Occurrence]) -> Vec<Occurrence> {
    let moved = old.meeting != new.meeting || crate::text::fold(&old.place) != crate::text::fold(&new.place);
    booked.iter().copied().filter(|b| moved || new.on(b.day) != Some(*b)).collect()
}

/// The booked meetings that blocking `days` would drop.
pub fn blocked_bookings(days: &[Day], booked: &[Occurrence]) -> Vec<Occurrence> {
    booked.iter().copied().filter(|b| days.contains(&b.day)).collect()
}

/// One guide's time as the newcomer sees it: which slot, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenTime {
    pub slot_id: i64,
    pub day: Day,
    pub start: Clock,
    pub minutes: u16,
    pub meeting: MeetingKind,
    pub place: String,
    pub topics: Vec<Topic>,
}

/// What decides a guide's open times: the slots, the blocked days, the meetings already
/// held (waiting or confirmed bookings, of every slot) and the meetings per week.
#[derive(Debug, Clone, Copy)]
pub struct Availability<'a> {
    pub slots: &'a [(i64, Slot)],
    pub blocked: &'a [Day],
    pub held: &'a [Occurrence],
    pub per_week: u8,
}

impl Availability<'_> {
    /// Whether the ISO week of `day` already holds as many meetings as the guide takes.
    pub fn week_is_full(&self, day: Day) -> bool {
        let monday = week_start(day);
        let held = self.held.iter().filter(|h| week_start(h.day) == monday).count();
        held >= usize::from(self.per_week)
    }

    fn is_free(&self, time: Occurrence) -> bool {
        !self.blocked.contains(&time.day) && !self.week_is_full(time.day) && !self.held.iter().any(|h| h.overlaps(time))
    }

    /// Every time that can be booked after `now` on `today` until `last`, soonest first.
    pub fn open(&self, today: Day, now: Clock, last: Day) -> Vec<OpenTime> {
        let last = last.min(today.plus_days(WEEKS_AHEAD * 7));
        let mut open: Vec<OpenTime> = self
            .slots
            .iter()
            .flat_map(|(id, slot)| {
                slot.occurrences(today, last).into_iter().map(move |o| OpenTime {
                    slot_id: *id,
                    day: o.day,
                    start: o.start,
                    minutes: o.minutes,
                    meeting: slot.meeting,
                    place: slot.place.clone(),
                    topics: slot.topics.clone(),
                })
            })
            .filter(|t| {
                let time = Occurrence { day: t.day, start: t.start, minutes: t.minutes };
                !time.has_started(today, now) && self.is_free(time)
            })
            .collect();
        open.sort_by_key(|t| (t.day, t.start, t.slot_id));
        open
    }

    /// The meeting `slot` holds on `day`, if it can be booked now; else why not. The
    /// store's unique index still decides between two requests for the same time.
    pub fn check(&self, slot: &Slot, day: Day, today: Day, now: Clock) -> Result<Occurrence, Refusal> {
        let invalid = |id: &str| Err(Refusal::Invalid(FieldError::new("day", id)));
        let Some(time) = slot.on(day) else {
            return invalid("error-guide-no-such-occurrence");
        };
        if time.has_started(today, now) {
            return invalid("error-guide-time-past");
        }
        if today.days_until(day) > WEEKS_AHEAD * 7 {
            return invalid("error-guide-time-too-far");
        }
        if self.is_free(time) {
            Ok(time)
        } else {
            Err(Refusal::Taken(FieldError::new("day", "error-guide-time-taken")))
        }
    }
}
