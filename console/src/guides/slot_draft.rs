//! A guide's time as typed into the form (dates, times and the length as text), read
//! back into a `Slot` with every problem under the field the form shows it by; the
//! next meetings a slot holds; and the booked meetings a refused change names.

use model::{
    guides::{MeetingKind, Occurrence, Repeat, Slot, SlotCheck, Topic, WEEKS_AHEAD},
    schedule::{Clock, Day, Weekday},
    FieldError,
};

/// The form's fields, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotInput {
    pub weekly: bool,
    pub day: String,
    pub weekday: Weekday,
    pub from: String,
    pub until: String,
    pub start: String,
    pub minutes: String,
    pub meeting: MeetingKind,
    pub place: String,
    pub topics: Vec<Topic>,
}

impl SlotInput {
    /// A new time: an hour from 17:00 at the library, weekly from tomorrow for twelve weeks.
    pub fn blank(today: Day) -> SlotInput {
        let tomorrow = today.plus_days(1);
        SlotInput {
            weekly: true,
            day: String::new(),
            weekday: tomorrow.weekday(),
            from: tomorrow.to_string(),
            until: tomorrow.plus_days(12 * 7 - 1).to_string(),
            start: "17:00".into(),
            minutes: "60".into(),
            meeting: MeetingKind::Library,
            place: String::new(),
            topics: Vec::new(),
        }
    }

    /// A saved time, to change.
    pub fn of(slot: &Slot) -> SlotInput {
        let (weekly, day, weekday, from, until) = match slot.repeat {
            Repeat::Once { day } => (false, day.to_string(), day.weekday(), String::new(), String::new()),
            Repeat::Weekly { weekday, from, until } => {
                (true, String::new(), weekday, from.to_string(), until.to_string())
            }
        };
        SlotInput {
            weekly,
            day,
            weekday,
            from,
            until,
            start: slot.start.to_string(),
            minutes: slot.minutes.to_string(),
            meeting: slot.meeting,
            place: slot.place.clone(),
            topics: slot.topics.clone(),
        }
    }

    /// The slot, or every problem: what cannot be read first, then the model's rules
    /// (`Slot::problems`), each field named once.
    pub fn read(&self, check: &SlotCheck) -> Result<Slot, Vec<FieldError>> {
        let mut typed = Vec::new();
        let mut day = |raw: &str, field: &str| {
            Day::parse(raw.trim()).unwrap_or_else(|| {
                typed.push(FieldError::new(field, "console-error-date"));
                check.today
            })
        };
        let repeat = if self.weekly {
            Repeat::Weekly { weekday: self.weekday, from: day(&self.from, "from"), until: day(&self.until, "until") }
        } else {
            Repeat::Once { day: day(&self.day, "day") }
        };
        let start = Clock::parse(self.start.trim()).unwrap_or_else(|| {
            typed.push(FieldError::new("start", "console-error-time"));
            Clock::from_minutes(0).expect("midnight")
        });
        let minutes = self.minutes.trim().parse::<u16>().unwrap_or_else(|_| {
            typed.push(FieldError::new("minutes", "console-error-whole-number"));
            0
        });
        let mut topics = self.topics.clone();
        topics.sort();
        let slot = Slot { repeat, start, minutes, meeting: self.meeting, place: self.place.trim().to_owned(), topics };
        // A date that could not be read is no ground for the rules about dates.
        if typed.is_empty() {
            typed = slot.problems(check);
        } else {
            let rules = slot
                .problems(check)
                .into_iter()
                .filter(|p| !matches!(p.field.as_str(), "day" | "from" | "until" | "start" | "minutes"));
            typed.extend(rules);
        }
        if typed.is_empty() {
            Ok(slot)
        } else {
            Err(typed)
        }
    }
}

/// The next `count` meetings of `slot` not yet started, skipping blocked days.
pub fn next_meetings(slot: &Slot, today: Day, now: Clock, blocked: &[Day], count: usize) -> Vec<Occurrence> {
    slot.occurrences(today, today.plus_days(WEEKS_AHEAD * 7))
        .into_iter()
        .filter(|o| !o.has_started(today, now) && !blocked.contains(&o.day))
        .take(count)
        .collect()
}

/// The booked meetings a refused change names (`meetings.<day>T<HH:MM>`), soonest first.
pub fn orphaned_meetings(fields: &[FieldError]) -> Vec<(Day, Clock)> {
    let mut meetings: Vec<(Day, Clock)> = fields
        .iter()
        .filter_map(|f| {
            let (day, start) = f.field.strip_prefix("meetings.")?.split_once('T')?;
            Some((Day::parse(day)?, Clock::parse(start)?))
        })
        .collect();
    meetings.sort();
    meetings
}

#[cfg(test)]
#[path = "slot_draft_tests.rs"]
mod tests;
