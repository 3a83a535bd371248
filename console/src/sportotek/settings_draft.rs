//! The Sportotek's settings being edited: the place, a row per weekday (open or not,
//! from, to), closed days with a note, and the limits; read back into `Settings` with
//! every problem under the field the form shows it by.

use leptos::prelude::*;
use model::{
    schedule::{Clock, Day, Weekday},
    sportotek::{ClosedDay, OpeningHours, Settings},
    FieldError,
};

#[derive(Clone, Copy)]
pub struct DayHours {
    pub weekday: Weekday,
    pub open: RwSignal<bool>,
    pub opens: RwSignal<String>,
    pub closes: RwSignal<String>,
}

#[derive(Clone, Copy)]
pub struct ClosedRow {
    pub key: usize,
    pub day: RwSignal<String>,
    pub note: RwSignal<String>,
}

/// The limits' fields, in the order shown, each with its name in the API.
pub const LIMITS: [&str; 5] =
    ["max_items_per_borrower", "reserve_ahead_days", "loan_days", "grace_days", "keep_personal_days"];

#[derive(Clone, Copy)]
pub struct SettingsDraft {
    pub place_name: RwSignal<String>,
    pub address: RwSignal<String>,
    pub hours: StoredValue<Vec<DayHours>>,
    pub closed: RwSignal<Vec<ClosedRow>>,
    /// The limits, as typed, in the order of [`LIMITS`].
    pub limits: [RwSignal<String>; 5],
}

impl SettingsDraft {
    pub fn new(settings: &Settings) -> SettingsDraft {
        let hours = Weekday::ALL
            .iter()
            .map(|&weekday| {
                let set = settings.hours.iter().find(|h| h.weekday == weekday);
                DayHours {
                    weekday,
                    open: RwSignal::new(set.is_some()),
                    opens: RwSignal::new(set.map_or_else(|| "15:00".into(), |h| h.opens.to_string())),
                    closes: RwSignal::new(set.map_or_else(|| "18:00".into(), |h| h.closes.to_string())),
                }
            })
            .collect();
        let values = [
            u16::from(settings.max_items_per_borrower),
            settings.reserve_ahead_days,
            settings.loan_days,
            settings.grace_days,
            settings.keep_personal_days,
        ];
        let draft = SettingsDraft {
            place_name: RwSignal::new(settings.place_name.clone()),
            address: RwSignal::new(settings.address.clone()),
            hours: StoredValue::new(hours),
            closed: RwSignal::new(Vec::new()),
            limits: values.map(|v| RwSignal::new(v.to_string())),
        };
        for closed in &settings.closed_days {
            draft.add_closed(&closed.day.to_string(), &closed.note);
        }
        draft
    }

    pub fn add_closed(self, day: &str, note: &str) {
        let key = self.closed.with_untracked(|rows| rows.iter().map(|r| r.key + 1).max().unwrap_or(0));
        let row = ClosedRow { key, day: RwSignal::new(day.to_owned()), note: RwSignal::new(note.to_owned()) };
        self.closed.update(|rows| rows.push(row));
    }

    pub fn remove_closed(self, key: usize) {
        self.closed.update(|rows| rows.retain(|r| r.key != key));
    }

    /// What was typed, as the API takes it, or every problem. An opening-hours problem
    /// is named by its weekday (`hours.tue.closes`), as the form shows the rows.
    pub fn read(self) -> Result<Settings, Vec<FieldError>> {
        let mut typed = Vec::new();
        let open: Vec<DayHours> =
            self.hours.with_value(|all| all.iter().filter(|h| h.open.get_untracked()).copied().collect());
        let hours: Vec<OpeningHours> = open
            .iter()
            .map(|h| {
                let field = |name: &str| format!("hours.{}.{name}", h.weekday.code());
                OpeningHours {
                    weekday: h.weekday,
                    opens: clock(h.opens, &field("opens"), &mut typed),
                    closes: clock(h.closes, &field("closes"), &mut typed),
                }
            })
            .collect();
        let closed_days = self.closed.with_untracked(|rows| {
            rows.iter()
                .enumerate()
                .map(|(i, row)| {
                    let day = Day::parse(row.day.with_untracked(|d| d.trim().to_owned()).as_str());
                    if day.is_none() {
                        typed.push(FieldError::new(&format!("closed_days.{i}.day"), "console-error-date"));
                    }
                    ClosedDay {
                        day: day.unwrap_or_else(|| Day::from_ymd(2000, 1, 1).expect("a date")),
                        note: row.note.with_untracked(|n| n.trim().to_owned()),
                    }
                })
                .collect()
        });
        let [max_items, reserve_ahead, loan_days, grace, keep] = LIMITS.map(|field| self.limit(field, &mut typed));
        let settings = Settings {
            place_name: self.place_name.with_untracked(|p| p.trim().to_owned()),
            address: self.address.with_untracked(|a| a.trim().to_owned()),
            hours,
            closed_days,
            max_items_per_borrower: u8::try_from(max_items).unwrap_or(u8::MAX),
            reserve_ahead_days: reserve_ahead,
            loan_days,
            grace_days: grace,
            keep_personal_days: keep,
        };
        let weekdays: Vec<Weekday> = open.iter().map(|h| h.weekday).collect();
        let rules = settings.problems().into_iter().map(|p| by_weekday(p, &weekdays));
        let rules: Vec<FieldError> = rules.filter(|p| !typed.iter().any(|t| t.field == p.field)).collect();
        typed.extend(rules);
        if typed.is_empty() {
            Ok(settings)
        } else {
            Err(typed)
        }
    }

    fn limit(self, field: &str, typed: &mut Vec<FieldError>) -> u16 {
        let at = LIMITS.iter().position(|f| *f == field).expect("a limit");
        let raw = self.limits[at].with_untracked(|v| v.trim().to_owned());
        match raw.parse::<u16>() {
            Ok(value) => value,
            Err(_) if !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_digit()) => u16::MAX,
            Err(_) => {
                typed.push(FieldError::new(field, "console-error-whole-number"));
                1
            }
        }
    }
}

fn clock(signal: RwSignal<String>, field: &str, typed: &mut Vec<FieldError>) -> Clock {
    signal.with_untracked(|s| Clock::parse(s.trim())).unwrap_or_else(|| {
        typed.push(FieldError::new(field, "console-error-time"));
        Clock::from_minutes(0).expect("midnight")
    })
}

/// `hours.<i>.<x>`, where `i` counts the open weekdays, as `hours.<weekday>.<x>`.
pub fn by_weekday(problem: FieldError, open: &[Weekday]) -> FieldError {
    let mut parts = problem.field.splitn(3, '.');
    if let (Some("hours"), Some(i), Some(rest)) = (parts.next(), parts.next(), parts.next()) {
        if let Some(weekday) = i.parse::<usize>().ok().and_then(|i| open.get(i)) {
            return FieldError::new(&format!("hours.{}.{rest}", weekday.code()), &problem.message_id);
        }
    }
    problem
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        let hours = |weekday, opens, closes| OpeningHours {
            weekday,
            opens: Clock::parse(opens).unwrap(),
            closes: Clock::parse(closes).unwrap(),
        };
        Settings {
            place_name: "Sportoteket i Granviken".into(),
            address: "Idrottsvägen 4".into(),
            hours: vec![hours(Weekday::Tue, "15:00", "18:00"), hours(Weekday::Sat, "10:00", "13:00")],
            closed_days: vec![ClosedDay { day: Day::parse("2026-12-26").unwrap(), note: "Annandag jul".into() }],
            ..Settings::default()
        }
    }

    #[test]
    fn saved_settings_read_back_as_they_were() {
        assert_eq!(SettingsDraft::new(&settings()).read(), Ok(settings()));
    }

    #[test]
    fn a_weekday_closing_before_it_opens_is_named_by_its_weekday() {
        let draft = SettingsDraft::new(&settings());
        let saturday = draft.hours.with_value(|h| h[5]);
        saturday.closes.set("09:00".into());
        assert_eq!(draft.read(), Err(vec![FieldError::new("hours.sat.closes", "error-end-before-start")]));
    }

    #[test]
    fn what_cannot_be_read_is_named_under_its_field_without_noise() {
        let draft = SettingsDraft::new(&settings());
        draft.hours.with_value(|h| h[0]).open.set(true);
        draft.hours.with_value(|h| h[0]).opens.set("kl 3".into());
        draft.limits[2].set("två veckor".into());
        draft.limits[0].set("1000".into());
        draft.add_closed("", "");
        let problems = draft.read().unwrap_err();
        let found: Vec<(&str, &str)> = problems.iter().map(|p| (p.field.as_str(), p.message_id.as_str())).collect();
        assert_eq!(
            found,
            [
                ("hours.mon.opens", "console-error-time"),
                ("closed_days.1.day", "console-error-date"),
                ("loan_days", "console-error-whole-number"),
                ("max_items_per_borrower", "error-sportotek-out-of-range"),
            ]
        );
    }

    #[test]
    fn a_closed_weekday_is_left_out_and_a_removed_closed_day_too() {
        let draft = SettingsDraft::new(&settings());
        draft.hours.with_value(|h| h[1]).open.set(false);
        let first = draft.closed.get_untracked()[0].key;
        draft.remove_closed(first);
        let read = draft.read().unwrap();
        assert_eq!(read.hours.iter().map(|h| h.weekday).collect::<Vec<_>>(), [Weekday::Sat]);
        assert!(read.closed_days.is_empty());
    }

    #[test]
    fn a_problem_of_the_nth_open_day_is_moved_to_its_weekday() {
        let open = [Weekday::Tue, Weekday::Sat];
        let moved = |field: &str| by_weekday(FieldError::new(field, "x"), &open).field;
        assert_eq!(moved("hours.1.closes"), "hours.sat.closes");
        assert_eq!(moved("hours.0.weekday"), "hours.tue.weekday");
        assert_eq!(moved("hours.7.closes"), "hours.7.closes");
        assert_eq!(moved("loan_days"), "loan_days");
    }
}
