//! The activity finder's filters. They live in the page's URL so a result list can be
//! shared, and the server reads the same parameters: one parser for both.

use serde::{Deserialize, Serialize};

use crate::{
    activities::{Category, MAX_AGE, SPOKEN_LANGUAGES},
    schedule::{Clock, Day, Schedule, Weekday},
    FieldError,
};

/// Morning, afternoon or evening, by when a meeting starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum DayPart {
    /// Before 12:00.
    Morning,
    /// 12:00 to 16:59: after school.
    Afternoon,
    /// From 17:00.
    Evening,
}

impl DayPart {
    pub const ALL: [DayPart; 3] = [DayPart::Morning, DayPart::Afternoon, DayPart::Evening];

    pub fn of(start: Clock) -> DayPart {
        match start.hour() {
            0..12 => DayPart::Morning,
            12..17 => DayPart::Afternoon,
            _ => DayPart::Evening,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "morning",
            DayPart::Afternoon => "afternoon",
            DayPart::Evening => "evening",
        }
    }

    pub fn from_code(code: &str) -> Option<DayPart> {
        DayPart::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// The filters as the URL carries them, before they are checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct FinderParams {
    /// The child's age in years.
    #[cfg_attr(feature = "openapi", param(pattern = "^[0-9]{1,2}$"))]
    pub age: Option<String>,
    #[cfg_attr(feature = "openapi", param(value_type = Option<crate::activities::Category>))]
    pub category: Option<String>,
    #[cfg_attr(feature = "openapi", param(value_type = Option<crate::schedule::Weekday>))]
    pub weekday: Option<String>,
    #[cfg_attr(feature = "openapi", param(value_type = Option<DayPart>, inline))]
    pub time: Option<String>,
    /// `1`: only what the fritidscheck pays in full.
    #[cfg_attr(feature = "openapi", param(pattern = "^[01]$"))]
    pub covered: Option<String>,
    /// `1`: only activities with free trial sessions.
    #[cfg_attr(feature = "openapi", param(pattern = "^[01]$"))]
    pub trial: Option<String>,
    /// `1`: the activities of the region's other municipalities too, each marked with
    /// its municipality (the reader's fritidscheck pays none of them).
    #[cfg_attr(feature = "openapi", param(pattern = "^[01]$"))]
    pub neighbours: Option<String>,
    /// A language a leader speaks.
    #[cfg_attr(feature = "openapi", param(pattern = "^(sv|en|ar|prs|uk|ru|so|ti|ku|ps)$"))]
    pub speaks: Option<String>,
    /// `distance` (needs `near`) or, by default, the next meeting first.
    #[cfg_attr(feature = "openapi", param(pattern = "^(next|distance)$"))]
    pub sort: Option<String>,
    /// `lat,lon` of the phone. Never part of the page's URL: the phone sends it only to
    /// sort, and the server keeps no log of it.
    #[cfg_attr(
        feature = "openapi",
        param(pattern = "^-?[0-8]?[0-9](\\.[0-9]{1,6})?,-?1?[0-7]?[0-9](\\.[0-9]{1,6})?$")
    )]
    pub near: Option<String>,
    /// Where the page starts, in results.
    #[cfg_attr(feature = "openapi", param(pattern = "^[0-9]{1,5}$"))]
    pub offset: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Next,
    Distance,
}

/// The filters, checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FinderQuery {
    pub age: Option<u8>,
    pub category: Option<Category>,
    pub weekday: Option<Weekday>,
    pub time: Option<DayPart>,
    pub covered: bool,
    pub trial: bool,
    /// The region's other municipalities' activities too.
    pub neighbours: bool,
    pub speaks: Option<String>,
    pub sort: Sort,
    pub near: Option<crate::activities::Position>,
    pub offset: u32,
}

/// The facts of one activity that the filters look at.
pub struct Facts<'a> {
    pub category: Category,
    pub min_age: u8,
    pub max_age: u8,
    pub schedule: &'a Schedule,
    pub covered: bool,
    pub trial_sessions: u8,
    pub leader_languages: &'a [String],
}

impl FinderQuery {
    pub const PAGE: u32 = 20;
    const MAX_OFFSET: u32 = 100_000;

    /// Checks every parameter; an empty one counts as absent, as a cleared form field.
    pub fn parse(params: &FinderParams) -> Result<FinderQuery, Vec<FieldError>> {
        Self::parse_with(params, parse_position)
    }

    /// The filters of a finder address, in the browser: the phone's position never goes
    /// into the address, so `near` is not read, and the browser's download carries no
    /// float parser.
    pub fn parse_filters(params: &FinderParams) -> Result<FinderQuery, Vec<FieldError>> {
        Self::parse_with(params, |_| None)
    }

    fn parse_with(
        params: &FinderParams,
        parse_position: impl Fn(&str) -> Option<crate::activities::Position>,
    ) -> Result<FinderQuery, Vec<FieldError>> {
        fn given(value: Option<&String>) -> Option<&str> {
            value.map(|v| v.trim()).filter(|v| !v.is_empty())
        }
        fn flag(value: Option<&String>, field: &str, problems: &mut Vec<FieldError>) -> bool {
            match given(value) {
                None | Some("0") => false,
                Some("1") => true,
                Some(_) => {
                    problems.push(FieldError::new(field, "error-invalid-filter"));
                    false
                }
            }
        }
        fn parsed<T>(
            value: Option<&String>,
            field: &str,
            parse: impl Fn(&str) -> Option<T>,
            problems: &mut Vec<FieldError>,
        ) -> Option<T> {
            let raw = given(value)?;
            let found = parse(raw);
            if found.is_none() {
                problems.push(FieldError::new(field, "error-invalid-filter"));
            }
            found
        }

        let mut problems = Vec::new();
        let query = FinderQuery {
            age: parsed(params.age.as_ref(), "age", |v| v.parse().ok().filter(|a| *a <= MAX_AGE), &mut problems),
            category: parsed(params.category.as_ref(), "category", Category::from_code, &mut problems),
            weekday: parsed(params.weekday.as_ref(), "weekday", Weekday::from_code, &mut problems),
            time: parsed(params.time.as_ref(), "time", DayPart::from_code, &mut problems),
            covered: flag(params.covered.as_ref(), "covered", &mut problems),
            trial: flag(params.trial.as_ref(), "trial", &mut problems),
            neighbours: flag(params.neighbours.as_ref(), "neighbours", &mut problems),
            speaks: parsed(
                params.speaks.as_ref(),
                "speaks",
                |v| SPOKEN_LANGUAGES.contains(&v).then(|| v.to_owned()),
                &mut problems,
            ),
            sort: parsed(
                params.sort.as_ref(),
                "sort",
                |v| match v {
                    "next" => Some(Sort::Next),
                    "distance" => Some(Sort::Distance),
                    _ => None,
                },
                &mut problems,
            )
            .unwrap_or_default(),
            near: parsed(params.near.as_ref(), "near", parse_position, &mut problems),
            offset: parsed(
                params.offset.as_ref(),
                "offset",
                |v| v.parse().ok().filter(|o| *o <= Self::MAX_OFFSET),
                &mut problems,
            )
            .unwrap_or(0),
        };
        crate::error::all_or_nothing(problems).map(|()| query)
    }

    /// The parameters for the page's URL: only what was chosen, and never the position.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if let Some(age) = self.age {
            params.push(("age", age.to_string()));
        }
        if let Some(category) = self.category {
            params.push(("category", category.code().to_owned()));
        }
        if let Some(weekday) = self.weekday {
            params.push(("weekday", weekday.code().to_owned()));
        }
        if let Some(time) = self.time {
            params.push(("time", time.code().to_owned()));
        }
        if self.covered {
            params.push(("covered", "1".to_owned()));
        }
        if self.trial {
            params.push(("trial", "1".to_owned()));
        }
        if self.neighbours {
            params.push(("neighbours", "1".to_owned()));
        }
        if let Some(speaks) = &self.speaks {
            params.push(("speaks", speaks.clone()));
        }
        if self.sort == Sort::Distance {
            params.push(("sort", "distance".to_owned()));
        }
        params
    }

    /// The finder's address for these filters, as the app and the server's first paint
    /// write it: `/activities?age=9&weekday=tue`.
    pub fn href(&self) -> String {
        let params: Vec<String> = self
            .to_params()
            .into_iter()
            .map(|(key, value)| format!("{key}={}", crate::addresses::encode_component(&value)))
            .collect();
        if params.is_empty() {
            "/activities".to_owned()
        } else {
            format!("/activities?{}", params.join("&"))
        }
    }

    /// Whether an activity passes every filter, judged at `now` on `today`.
    pub fn matches(&self, facts: &Facts<'_>, today: Day, now: Clock) -> bool {
        let next = facts.schedule.next_session(today, now);
        next.is_some()
            && self.age.is_none_or(|age| (facts.min_age..=facts.max_age).contains(&age))
            && self.category.is_none_or(|c| c == facts.category)
            && self.weekday.is_none_or(|w| facts.schedule.meets_on(w, today, now))
            && self
                .time
                .is_none_or(|part| facts.schedule.start_times(today, now).into_iter().any(|s| DayPart::of(s) == part))
            && (!self.covered || facts.covered)
            && (!self.trial || facts.trial_sessions > 0)
            && self.speaks.as_ref().is_none_or(|code| facts.leader_languages.contains(code))
    }
}

fn parse_position(raw: &str) -> Option<crate::activities::Position> {
    let (lat, lon) = raw.split_once(',')?;
    let position = crate::activities::Position { lat: lat.trim().parse().ok()?, lon: lon.trim().parse().ok()? };
    position.problem().is_none().then_some(position)
}

/// Whether the fritidscheck pays the whole fee: free, or accepted and within its amount.
pub fn covered_by_voucher(cost_ore: i64, voucher_accepted: bool, voucher_amount_ore: i64) -> bool {
    cost_ore == 0 || (voucher_accepted && cost_ore <= voucher_amount_ore)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> FinderParams {
        let value = serde_json::Value::Object(
            pairs.iter().map(|(k, v)| ((*k).to_owned(), serde_json::Value::String((*v).to_owned()))).collect(),
        );
        serde_json::from_value(value).unwrap()
    }

    fn schedule() -> Schedule {
        Schedule::Weekly {
            weekdays: vec![Weekday::Tue],
            start: Clock::parse("16:30").unwrap(),
            end: Clock::parse("17:30").unwrap(),
            season_start: Day::parse("2026-08-17").unwrap(),
            season_end: Day::parse("2026-12-13").unwrap(),
        }
    }

    #[test]
    fn filters_survive_the_trip_through_the_url() {
        let query = FinderQuery::parse(&params(&[
            ("age", "9"),
            ("weekday", "tue"),
            ("covered", "1"),
            ("neighbours", "1"),
            ("category", "martial-arts"),
            ("speaks", "prs"),
            ("sort", "distance"),
            ("near", "60.51,14.22"),
        ]))
        .unwrap();
        let pairs: Vec<(&str, String)> = query.to_params();
        assert!(!pairs.iter().any(|(k, _)| *k == "near"), "the position never goes into the URL");
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let again = FinderQuery::parse(&params(&borrowed)).unwrap();
        assert_eq!(again, FinderQuery { near: None, ..query.clone() });
        // The browser reads the same filters from its address.
        assert_eq!(FinderQuery::parse_filters(&params(&borrowed)).unwrap(), again);
        let position = query.near.unwrap().to_param();
        assert_eq!(position, "60.510,14.220");
        let back = FinderQuery::parse(&params(&[("near", position.as_str())])).unwrap();
        assert_eq!(back.near, query.near);
        // The address the app and the server's link for more write.
        assert_eq!(
            query.href(),
            "/activities?age=9&category=martial-arts&weekday=tue&covered=1&neighbours=1&speaks=prs&sort=distance"
        );
        assert_eq!(FinderQuery::default().href(), "/activities");
    }

    #[test]
    fn empty_parameters_count_as_not_chosen() {
        let query = FinderQuery::parse(&params(&[("age", ""), ("weekday", " "), ("covered", "0")])).unwrap();
        assert_eq!(query, FinderQuery::default());
    }

    #[test]
    fn each_bad_parameter_is_named() {
        let cases = [
            ("age", "-1"),
            ("age", "100"),
            ("age", "nine"),
            ("category", "quidditch"),
            ("weekday", "tuesday"),
            ("time", "night"),
            ("covered", "yes"),
            ("speaks", "xx"),
            ("sort", "price"),
            ("near", "91,14"),
            ("near", "NaN,14"),
            ("offset", "-5"),
        ];
        for (field, value) in cases {
            let problems = FinderQuery::parse(&params(&[(field, value)])).unwrap_err();
            assert_eq!(problems[0].field, field, "{field}={value}");
        }
    }

    #[test]
    fn ages_match_at_both_edges_of_the_range() {
        let schedule = schedule();
        let facts = Facts {
            category: Category::Football,
            min_age: 7,
            max_age: 10,
            schedule: &schedule,
            covered: true,
            trial_sessions: 0,
            leader_languages: &[],
        };
        let today = Day::parse("2026-11-23").unwrap();
        let noon = Clock::parse("12:00").unwrap();
        for (age, expected) in [(6, false), (7, true), (10, true), (11, false)] {
            let query = FinderQuery { age: Some(age), ..Default::default() };
            assert_eq!(query.matches(&facts, today, noon), expected, "age {age}");
        }
        let trial = FinderQuery { trial: true, ..Default::default() };
        assert!(!trial.matches(&facts, today, noon), "no trial sessions");
        let evening = FinderQuery { time: Some(DayPart::Evening), ..Default::default() };
        assert!(!evening.matches(&facts, today, noon), "16:30 is afternoon");
        let after_season = Day::parse("2026-12-14").unwrap();
        assert!(!FinderQuery::default().matches(&facts, after_season, noon), "the season is over");
    }

    #[test]
    fn the_voucher_covers_free_activities_and_accepted_fees_within_its_amount() {
        assert!(covered_by_voucher(0, false, 50_000));
        assert!(covered_by_voucher(50_000, true, 50_000));
        assert!(!covered_by_voucher(50_001, true, 50_000));
        assert!(!covered_by_voucher(20_000, false, 50_000));
    }

    #[test]
    fn day_parts_split_at_noon_and_five() {
        let part = |raw| DayPart::of(Clock::parse(raw).unwrap());
        assert_eq!(part("11:59"), DayPart::Morning);
        assert_eq!(part("12:00"), DayPart::Afternoon);
        assert_eq!(part("16:59"), DayPart::Afternoon);
        assert_eq!(part("17:00"), DayPart::Evening);
    }
}
