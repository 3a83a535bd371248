//! An activity being edited: one signal per field, holding what the leader typed, and
//! the way from there to an `ActivityEdit` with every problem under its field.

use std::collections::BTreeMap;

use leptos::prelude::*;
use model::{
    activities::{ActivityEdit, ActivityStatus, ActivityText, Category, Gender, Position},
    schedule::{Clock, Day, Schedule, Session, Weekday},
    FieldError, Language,
};

use crate::money::{kronor_text, parse_kronor};

#[derive(Clone, Copy)]
pub struct TextDraft {
    pub title: RwSignal<String>,
    pub description: RwSignal<String>,
    pub accessibility: RwSignal<String>,
    pub equipment: RwSignal<String>,
}

impl TextDraft {
    fn new(text: Option<&ActivityText>) -> TextDraft {
        let text = text.cloned().unwrap_or_default();
        TextDraft {
            title: RwSignal::new(text.title),
            description: RwSignal::new(text.description),
            accessibility: RwSignal::new(text.accessibility),
            equipment: RwSignal::new(text.equipment),
        }
    }

    fn read(self) -> ActivityText {
        let trimmed = |s: RwSignal<String>| s.with_untracked(|s| s.trim().to_owned());
        ActivityText {
            title: trimmed(self.title),
            description: trimmed(self.description),
            accessibility: trimmed(self.accessibility),
            equipment: trimmed(self.equipment),
        }
    }
}

/// One row of single dates; `key` tells rows apart while some are added and removed.
#[derive(Clone, Copy)]
pub struct SessionDraft {
    pub key: usize,
    pub date: RwSignal<String>,
    pub start: RwSignal<String>,
    pub end: RwSignal<String>,
}

#[derive(Clone, Copy)]
pub struct Draft {
    pub category: RwSignal<Category>,
    pub min_age: RwSignal<String>,
    pub max_age: RwSignal<String>,
    pub gender: RwSignal<Gender>,
    pub weekly: RwSignal<bool>,
    pub weekdays: RwSignal<Vec<Weekday>>,
    pub start: RwSignal<String>,
    pub end: RwSignal<String>,
    pub season_start: RwSignal<String>,
    pub season_end: RwSignal<String>,
    pub sessions: RwSignal<Vec<SessionDraft>>,
    pub place: RwSignal<String>,
    pub lat: RwSignal<String>,
    pub lon: RwSignal<String>,
    pub cost: RwSignal<String>,
    pub voucher: RwSignal<bool>,
    pub trial: RwSignal<String>,
    pub languages: RwSignal<Vec<String>>,
    pub status: RwSignal<ActivityStatus>,
    /// The Sportotek items the activity needs, in the order picked.
    pub equipment: RwSignal<Vec<i64>>,
    /// Whether the activity had items when opened: then an empty list is a change.
    had_equipment: bool,
    texts: StoredValue<Vec<(Language, TextDraft)>>,
}

impl Draft {
    /// A draft of a saved activity, or of a new one in `category`.
    pub fn new(edit: Option<&ActivityEdit>, category: Category) -> Draft {
        let text = |s: &str| RwSignal::new(s.to_owned());
        let draft = Draft {
            category: RwSignal::new(edit.map_or(category, |e| e.category)),
            min_age: text(&edit.map_or(String::new(), |e| e.min_age.to_string())),
            max_age: text(&edit.map_or(String::new(), |e| e.max_age.to_string())),
            gender: RwSignal::new(edit.map_or(Gender::All, |e| e.gender)),
            weekly: RwSignal::new(true),
            weekdays: RwSignal::new(vec![]),
            start: text("17:00"),
            end: text("18:00"),
            season_start: text(""),
            season_end: text(""),
            sessions: RwSignal::new(vec![]),
            place: text(edit.map_or("", |e| &e.place)),
            lat: text(&edit.and_then(|e| e.position).map_or(String::new(), |p| p.lat.to_string())),
            lon: text(&edit.and_then(|e| e.position).map_or(String::new(), |p| p.lon.to_string())),
            cost: text(&edit.map_or(String::new(), |e| kronor_text(e.cost_ore))),
            voucher: RwSignal::new(edit.is_none_or(|e| e.voucher_accepted)),
            trial: text(&edit.map_or(String::new(), |e| e.trial_sessions.to_string())),
            languages: RwSignal::new(edit.map_or_else(|| vec!["sv".into()], |e| e.leader_languages.clone())),
            status: RwSignal::new(edit.map_or(ActivityStatus::Open, |e| e.status)),
            equipment: RwSignal::new(edit.and_then(|e| e.equipment_items.clone()).unwrap_or_default()),
            had_equipment: edit.is_some_and(|e| e.equipment_items.as_ref().is_some_and(|items| !items.is_empty())),
            texts: StoredValue::new(
                Language::all().map(|l| (l, TextDraft::new(edit.and_then(|e| e.texts.get(l.code()))))).collect(),
            ),
        };
        match edit.map(|e| &e.schedule) {
            Some(Schedule::Weekly { weekdays, start, end, season_start, season_end }) => {
                draft.weekdays.set(weekdays.clone());
                draft.start.set(start.to_string());
                draft.end.set(end.to_string());
                draft.season_start.set(season_start.to_string());
                draft.season_end.set(season_end.to_string());
            }
            Some(Schedule::Dates { sessions }) => {
                draft.weekly.set(false);
                for s in sessions {
                    draft.add_session(&s.date.to_string(), &s.start.to_string(), &s.end.to_string());
                }
            }
            None => {}
        }
        draft
    }

    pub fn text(self, language: Language) -> TextDraft {
        self.texts.with_value(|all| all.iter().find(|(l, _)| *l == language).map(|(_, t)| *t)).expect("every language")
    }

    pub fn add_session(self, date: &str, start: &str, end: &str) {
        let key = self.sessions.with_untracked(|rows| rows.iter().map(|r| r.key + 1).max().unwrap_or(0));
        let row = SessionDraft {
            key,
            date: RwSignal::new(date.to_owned()),
            start: RwSignal::new(start.to_owned()),
            end: RwSignal::new(end.to_owned()),
        };
        self.sessions.update(|rows| rows.push(row));
    }

    pub fn remove_session(self, key: usize) {
        self.sessions.update(|rows| rows.retain(|r| r.key != key));
    }

    /// What was typed, as the API takes it, or every problem under its field.
    pub fn read(self) -> Result<ActivityEdit, Vec<FieldError>> {
        let mut typed = Vec::new();
        let min_age = whole_number(self.min_age, "min_age", &mut typed);
        let max_age = whole_number(self.max_age, "max_age", &mut typed);
        let trial_sessions = if self.trial.with_untracked(|t| t.trim().is_empty()) {
            0
        } else {
            whole_number(self.trial, "trial_sessions", &mut typed)
        };
        let cost_ore = self.cost.with_untracked(|c| parse_kronor(c)).unwrap_or_else(|| {
            typed.push(FieldError::new("cost_ore", "console-error-kronor"));
            0
        });
        let position = self.lat.with_untracked(|lat| self.lon.with_untracked(|lon| position(lat, lon)));
        let position = position.unwrap_or_else(|problem| {
            typed.push(problem);
            None
        });
        let schedule_typed = typed.len();
        let schedule = self.schedule(&mut typed);
        let schedule_ok = typed.len() == schedule_typed;
        let mut leader_languages = self.languages.get_untracked();
        leader_languages.sort_by_key(|code| model::activities::SPOKEN_LANGUAGES.iter().position(|s| s == code));
        let texts: BTreeMap<String, ActivityText> = self.texts.with_value(|all| {
            all.iter()
                .map(|(language, draft)| (language, draft.read()))
                .filter(|(language, text)| **language == Language::SOURCE || *text != ActivityText::default())
                .map(|(language, text)| (language.code().to_owned(), text))
                .collect()
        });
        let edit = ActivityEdit {
            category: self.category.get_untracked(),
            min_age,
            max_age,
            gender: self.gender.get_untracked(),
            schedule,
            place: self.place.with_untracked(|p| p.trim().to_owned()),
            position,
            cost_ore,
            voucher_accepted: self.voucher.get_untracked(),
            trial_sessions,
            leader_languages,
            status: self.status.get_untracked(),
            texts,
            // Nothing picked and nothing there before: left out, so nothing changes.
            equipment_items: Some(self.equipment.get_untracked())
                .filter(|items| !items.is_empty() || self.had_equipment),
        };
        // A field that could not be read has its own problem; what the rules say about
        // its stand-in value (or, for a schedule, about the times around it) is noise.
        let noise = |p: &FieldError| {
            typed.iter().any(|t| t.field == p.field)
                || (!schedule_ok && ["end", "season_end", "sessions"].contains(&p.field.as_str()))
        };
        let rules: Vec<FieldError> = edit.problems().into_iter().filter(|p| !noise(p)).collect();
        typed.extend(rules);
        if typed.is_empty() {
            Ok(edit)
        } else {
            Err(typed)
        }
    }

    fn schedule(self, typed: &mut Vec<FieldError>) -> Schedule {
        if self.weekly.get_untracked() {
            let mut weekdays = self.weekdays.get_untracked();
            weekdays.sort();
            Schedule::Weekly {
                weekdays,
                start: clock(self.start, "start", typed),
                end: clock(self.end, "end", typed),
                season_start: day(self.season_start, "season_start", typed),
                season_end: day(self.season_end, "season_end", typed),
            }
        } else {
            let mut rows_typed = Vec::new();
            let sessions = self.sessions.with_untracked(|rows| {
                rows.iter()
                    .map(|r| Session {
                        date: day(r.date, "sessions", &mut rows_typed),
                        start: clock(r.start, "sessions", &mut rows_typed),
                        end: clock(r.end, "sessions", &mut rows_typed),
                    })
                    .collect()
            });
            // One note for all the rows is enough.
            typed.extend(rows_typed.into_iter().next());
            Schedule::Dates { sessions }
        }
    }
}

fn whole_number(signal: RwSignal<String>, field: &str, typed: &mut Vec<FieldError>) -> u8 {
    signal.with_untracked(|s| s.trim().parse()).unwrap_or_else(|_| {
        typed.push(FieldError::new(field, "console-error-whole-number"));
        0
    })
}

fn clock(signal: RwSignal<String>, field: &str, typed: &mut Vec<FieldError>) -> Clock {
    signal.with_untracked(|s| Clock::parse(s.trim())).unwrap_or_else(|| {
        typed.push(FieldError::new(field, "console-error-time"));
        Clock::from_minutes(0).expect("midnight")
    })
}

fn day(signal: RwSignal<String>, field: &str, typed: &mut Vec<FieldError>) -> Day {
    signal.with_untracked(|s| Day::parse(s.trim())).unwrap_or_else(|| {
        typed.push(FieldError::new(field, "console-error-date"));
        Day::from_ymd(2000, 1, 1).expect("a date")
    })
}

/// A position from two typed numbers (a decimal comma is fine); both empty is none.
pub fn position(lat: &str, lon: &str) -> Result<Option<Position>, FieldError> {
    let (lat, lon) = (lat.trim(), lon.trim());
    if lat.is_empty() && lon.is_empty() {
        return Ok(None);
    }
    let number = |s: &str| s.replace(',', ".").parse::<f64>().ok();
    match (number(lat), number(lon)) {
        (Some(lat), Some(lon)) => {
            let position = Position { lat, lon };
            position.problem().map_or(Ok(Some(position)), Err)
        }
        _ => Err(FieldError::new("position", "error-position")),
    }
}
