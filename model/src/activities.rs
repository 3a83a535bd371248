//! Clubs and activities: what a family sees of an activity, and what an association
//! writes about it. Free text is per language; Swedish is always there.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{
    schedule::{Schedule, Session},
    FieldError, Language,
};

coded_enum!(
    /// What kind of activity; its name is `category-<code>` in `locales/`.
    Category {
        Football = "football", Floorball = "floorball", IceSports = "ice-sports", Swimming = "swimming",
        Gymnastics = "gymnastics", MartialArts = "martial-arts", Athletics = "athletics", Skiing = "skiing",
        Riding = "riding", Dance = "dance", Music = "music", Art = "art", Scouting = "scouting",
        Outdoor = "outdoor", Games = "games", Homework = "homework", Language = "language", Camp = "camp",
        School = "school", Other = "other",
    }
);

coded_enum!(
    /// Who may join.
    Gender { All = "all", Girls = "girls", Boys = "boys" }
);

coded_enum!(
    /// Whether new children can join now.
    ActivityStatus { Open = "open", Paused = "paused", Full = "full" }
);

coded_enum!(
    /// Where an association stands with the municipality.
    AssociationState { Pending = "pending", Approved = "approved", Rejected = "rejected" }
);

/// Pausing an activity, marking it full or opening it again: the status alone, so a tap
/// on a leader's phone never writes back an older copy of the rest of the activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusChange {
    pub status: ActivityStatus,
}

/// Languages a leader may speak, by ISO 639 code; their names are `spoken-<code>`.
pub const SPOKEN_LANGUAGES: [&str; 10] = ["sv", "en", "ar", "prs", "uk", "ru", "so", "ti", "ku", "ps"];

/// The schema of a leader's languages: codes from [`SPOKEN_LANGUAGES`], each once.
#[cfg(feature = "openapi")]
pub(crate) fn spoken_languages_schema() -> utoipa::openapi::schema::Array {
    use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
    ArrayBuilder::new()
        .items(ObjectBuilder::new().schema_type(Type::String).enum_values(Some(SPOKEN_LANGUAGES)))
        .max_items(Some(SPOKEN_LANGUAGES.len()))
        .unique_items(true)
        .build()
}

pub use crate::checks::{check_text, MAX_AGE};
/// A term's fee above this (100 000 kr) is a typing mistake.
pub const MAX_COST_ORE: i64 = 10_000_000;
pub const MAX_TRIAL_SESSIONS: u8 = 20;

/// The free text of an activity in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityText {
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
            max_length = 80
        )
    )]
    pub title: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$", max_length = 2000)
    )]
    pub description: String,
    /// Step-free access, changing rooms, adapted groups.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$", max_length = 300)
    )]
    pub accessibility: String,
    /// What the Sportotek can lend for it.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$", max_length = 300)
    )]
    pub equipment: String,
}

pub const TITLE_MAX: usize = 80;
pub const DESCRIPTION_MAX: usize = 2000;
pub const NOTE_MAX: usize = 300;

/// What an association (or the municipality) writes about one activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityEdit {
    pub category: Category,
    #[cfg_attr(feature = "openapi", schema(maximum = 99))]
    pub min_age: u8,
    #[cfg_attr(feature = "openapi", schema(maximum = 99))]
    pub max_age: u8,
    pub gender: Gender,
    pub schedule: Schedule,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
            max_length = 300
        )
    )]
    pub place: String,
    /// Where the place is; `None` uses the association's address.
    #[serde(default)]
    pub position: Option<Position>,
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 10_000_000))]
    pub cost_ore: i64,
    pub voucher_accepted: bool,
    #[cfg_attr(feature = "openapi", schema(maximum = 20))]
    pub trial_sessions: u8,
    #[cfg_attr(feature = "openapi", schema(schema_with = spoken_languages_schema))]
    pub leader_languages: Vec<String>,
    pub status: ActivityStatus,
    /// Per language code; `sv` is required.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::language::per_language::<ActivityText>))]
    pub texts: BTreeMap<String, ActivityText>,
    /// Sportotek items (of the same municipality) the activity needs, in the order
    /// shown. Left out (`null`), the links stay as they are, so an editor that does not
    /// know them keeps them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_items = 12))]
    pub equipment_items: Option<Vec<i64>>,
}

impl ActivityEdit {
    /// Every problem at once, each under its field.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = self.schedule.problems();
        if self.min_age > MAX_AGE || self.max_age > MAX_AGE {
            problems.push(FieldError::new("max_age", "error-age-out-of-range"));
        } else if self.max_age < self.min_age {
            problems.push(FieldError::new("max_age", "error-age-reversed"));
        }
        if !(0..=MAX_COST_ORE).contains(&self.cost_ore) {
            problems.push(FieldError::new("cost_ore", "error-cost-out-of-range"));
        }
        if self.trial_sessions > MAX_TRIAL_SESSIONS {
            problems.push(FieldError::new("trial_sessions", "error-trial-out-of-range"));
        }
        if self.leader_languages.len() > SPOKEN_LANGUAGES.len()
            || self.leader_languages.iter().any(|code| !SPOKEN_LANGUAGES.contains(&code.as_str()))
        {
            problems.push(FieldError::new("leader_languages", "error-unknown-language"));
        }
        if self.place.trim().is_empty() {
            problems.push(FieldError::new("place", "error-required"));
        }
        problems.extend(check_text("place", &self.place, NOTE_MAX));
        if let Some(position) = self.position {
            problems.extend(position.problem());
        }
        problems.extend(texts_problems(&self.texts, |field, text| {
            let mut found = Vec::new();
            if text.title.trim().is_empty() {
                found.push(FieldError::new(&format!("{field}.title"), "error-required"));
            }
            found.extend(check_text(&format!("{field}.title"), &text.title, TITLE_MAX));
            found.extend(check_text(&format!("{field}.description"), &text.description, DESCRIPTION_MAX));
            found.extend(check_text(&format!("{field}.accessibility"), &text.accessibility, NOTE_MAX));
            found.extend(check_text(&format!("{field}.equipment"), &text.equipment, NOTE_MAX));
            found
        }));
        if let Some(items) = &self.equipment_items {
            let distinct: std::collections::BTreeSet<_> = items.iter().collect();
            if items.len() > crate::sportotek::EQUIPMENT_ITEMS_MAX
                || distinct.len() != items.len()
                || items.iter().any(|id| *id <= 0)
            {
                problems.push(FieldError::new("equipment_items", "error-sportotek-unknown-item"));
            }
        }
        problems
    }
}

/// Checks texts keyed by language: known languages only, Swedish present, each text by
/// `check` under the field `texts.<code>`.
pub fn texts_problems<T>(texts: &BTreeMap<String, T>, check: impl Fn(&str, &T) -> Vec<FieldError>) -> Vec<FieldError> {
    let mut problems = Vec::new();
    if texts.keys().any(|code| Language::from_tag(code).is_none_or(|l| l.code() != code)) {
        problems.push(FieldError::new("texts", "error-unknown-language"));
    }
    if !texts.contains_key(Language::SOURCE.code()) {
        problems.push(FieldError::new("texts.sv", "error-swedish-required"));
    }
    for (code, text) in texts {
        problems.extend(check(&format!("texts.{code}"), text));
    }
    problems
}

/// A point on the map, WGS 84.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Position {
    #[cfg_attr(feature = "openapi", schema(minimum = -90, maximum = 90))]
    pub lat: f64,
    #[cfg_attr(feature = "openapi", schema(minimum = -180, maximum = 180))]
    pub lon: f64,
}

impl Position {
    pub fn problem(self) -> Option<FieldError> {
        let valid = self.lat.is_finite()
            && self.lon.is_finite()
            && (-90.0..=90.0).contains(&self.lat)
            && (-180.0..=180.0).contains(&self.lon);
        (!valid).then(|| FieldError::new("position", "error-position"))
    }

    /// Metres along the earth's surface (haversine; a sphere is precise enough here).
    pub fn distance_m(self, other: Position) -> f64 {
        const EARTH_RADIUS_M: f64 = 6_371_000.0;
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let d_lat = lat2 - lat1;
        let d_lon = (other.lon - self.lon).to_radians();
        let a = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().asin()
    }

    /// `lat,lon` to three decimals (about 100 m), as the finder's `near` parameter takes
    /// it. Formatted through integers: float formatting would cost the browser's download
    /// some 4 KB.
    pub fn to_param(self) -> String {
        format!("{},{}", fixed(self.lat, 3), fixed(self.lon, 3))
    }
}

/// `x` to `places` decimals (at most 6), rounded half away from zero, through integers
/// (see [`Position::to_param`]).
pub fn fixed(x: f64, places: u32) -> String {
    let scale = 10_i64.pow(places.min(6));
    // A coordinate (within ±180, see `problem`) in millionths fits an i64 many times over;
    // anything larger saturates.
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
    let scaled = (x * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (scaled, scale) = (scaled.unsigned_abs(), scale.unsigned_abs());
    let width = places.min(6) as usize;
    format!("{sign}{}.{:0width$}", scaled / scale, scaled % scale)
}

/// Metres as kilometres with one decimal (`1250` → `1.3`), through integers as above.
pub fn km_text(metres: u32) -> String {
    let tenths = metres.saturating_add(50) / 100;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Who runs an activity: an association, or the municipality itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organiser {
    /// `None` for the municipality's own offers.
    pub association: Option<String>,
    pub name: String,
}

/// One line in the finder's result list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivitySummary {
    pub id: i64,
    /// The language of `title`: the reader's, or Swedish when it is missing.
    pub lang: Language,
    pub title: String,
    pub organiser: Organiser,
    pub category: Category,
    pub min_age: u8,
    pub max_age: u8,
    pub gender: Gender,
    pub schedule: Schedule,
    pub next: Option<Session>,
    pub cost_ore: i64,
    pub voucher_accepted: bool,
    /// Free, or the voucher is accepted and its amount pays the whole fee.
    pub covered: bool,
    pub trial_sessions: u8,
    pub status: ActivityStatus,
    pub place: String,
    pub position: Option<Position>,
    /// From the position the request gave, when it gave one.
    pub distance_m: Option<u32>,
    /// The neighbouring municipality that runs it, when the finder was asked for the
    /// region's other municipalities too; `None`: the reader's own. Its `voucher_accepted`
    /// is about that municipality's fritidscheck, and `covered` then means free.
    #[serde(default)]
    pub municipality: Option<crate::orientation::Municipality>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityList {
    /// How many activities match, of which `items` is one page.
    pub total: u32,
    pub offset: u32,
    pub items: Vec<ActivitySummary>,
    /// This year's fritidscheck, which `covered` is measured against.
    pub voucher_amount_ore: i64,
}

/// How to reach an association.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contact {
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$", max_length = 300)
    )]
    pub name: String,
    /// Digits, spaces and dashes, an optional leading `+`: 6 to 15 digits.
    #[cfg_attr(feature = "openapi", schema(pattern = "^$|^\\+?[ -]*([0-9][ -]*){6,15}$", max_length = 300))]
    pub phone: String,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^$|^[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\]]+@[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+(\\.[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+)+$",
            max_length = 254
        )
    )]
    pub email: String,
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^$|^https://[^\\s\\u0000-\\u001f\\u007f-\\u009f]+$", max_length = 300)
    )]
    pub website: String,
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$", max_length = 300)
    )]
    pub address: String,
}

/// The schema of an applicant's contact: a [`Contact`] whose name and e-mail are given.
#[cfg(feature = "openapi")]
pub fn applicant_contact_schema() -> utoipa::openapi::schema::Object {
    use utoipa::openapi::{schema::Schema, RefOr};
    let RefOr::T(Schema::Object(mut contact)) = <Contact as utoipa::PartialSchema>::schema() else {
        unreachable!("a struct's schema is an object")
    };
    let text = |pattern: &str, max: usize| {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .pattern(Some(pattern))
            .max_length(Some(max))
            .into()
    };
    contact.properties.insert("name".into(), text("^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$", 300));
    contact.properties.insert("email".into(), text("^[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\]]+@[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+(\\.[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+)+$", 254));
    contact
}

/// Everything about one activity, as its page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(from = "DetailFields")]
pub struct ActivityDetail {
    #[serde(flatten)]
    pub summary: ActivitySummary,
    pub requested_lang: Language,
    pub text: ActivityText,
    pub leader_languages: Vec<String>,
    pub contact: Contact,
    pub demo: bool,
    /// The Sportotek items it needs, named in the reader's language (or Swedish).
    #[serde(default)]
    pub equipment_items: Vec<crate::sportotek::EquipmentLink>,
}

/// [`ActivityDetail`] as it is read: the same object, its fields listed flat. Reading a
/// `#[serde(flatten)]` buffers the object and reads every nested type a second way,
/// which cost the finder's download some 40 kB of wasm.
#[derive(Deserialize)]
struct DetailFields {
    id: i64,
    lang: Language,
    title: String,
    organiser: Organiser,
    category: Category,
    min_age: u8,
    max_age: u8,
    gender: Gender,
    schedule: Schedule,
    next: Option<Session>,
    cost_ore: i64,
    voucher_accepted: bool,
    covered: bool,
    trial_sessions: u8,
    status: ActivityStatus,
    place: String,
    position: Option<Position>,
    distance_m: Option<u32>,
    #[serde(default)]
    municipality: Option<crate::orientation::Municipality>,
    requested_lang: Language,
    text: ActivityText,
    leader_languages: Vec<String>,
    contact: Contact,
    demo: bool,
    #[serde(default)]
    equipment_items: Vec<crate::sportotek::EquipmentLink>,
}

impl From<DetailFields> for ActivityDetail {
    fn from(f: DetailFields) -> Self {
        let summary = ActivitySummary {
            id: f.id,
            lang: f.lang,
            title: f.title,
            organiser: f.organiser,
            category: f.category,
            min_age: f.min_age,
            max_age: f.max_age,
            gender: f.gender,
            schedule: f.schedule,
            next: f.next,
            cost_ore: f.cost_ore,
            voucher_accepted: f.voucher_accepted,
            covered: f.covered,
            trial_sessions: f.trial_sessions,
            status: f.status,
            place: f.place,
            position: f.position,
            distance_m: f.distance_m,
            municipality: f.municipality,
        };
        ActivityDetail {
            summary,
            requested_lang: f.requested_lang,
            text: f.text,
            leader_languages: f.leader_languages,
            contact: f.contact,
            demo: f.demo,
            equipment_items: f.equipment_items,
        }
    }
}

/// The id of what was just created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Created {
    pub id: i64,
}

/// An activity as its editor sees it: every language's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffActivity {
    pub id: i64,
    /// `None`: the municipality's own.
    pub association_id: Option<i64>,
    pub edit: ActivityEdit,
    pub updated_at: i64,
}

/// An activity as a payment names it: its id and its title in each language. Read from
/// the same answer as [`StaffActivity`], the rest of it skipped, so the association
/// leaders' desk neither parses nor keeps on the phone what it never shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityTitles {
    pub id: i64,
    edit: Titles,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Titles {
    texts: BTreeMap<String, Title>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Title {
    title: String,
}

impl ActivityTitles {
    /// The title in `language`, Swedish where it has none.
    pub fn title(&self, language: &str) -> &str {
        let texts = &self.edit.texts;
        texts.get(language).filter(|t| !t.title.is_empty()).or_else(|| texts.get("sv")).map_or("", |t| &t.title)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_position_goes_into_the_address_to_three_decimals() {
        let at = |lat, lon| super::Position { lat, lon }.to_param();
        assert_eq!(at(60.51, 14.22), "60.510,14.220");
        assert_eq!(at(-33.868_82, 151.209_29), "-33.869,151.209");
        assert_eq!(at(-0.000_4, 0.000_6), "0.000,0.001");
        assert_eq!(at(-0.0006, -179.999_9), "-0.001,-180.000");
        assert_eq!(super::fixed(60.123_456, 5), "60.12346");
        assert_eq!(super::fixed(14.2, 5), "14.20000");
    }

    #[test]
    fn kilometres_have_one_decimal() {
        assert_eq!(super::km_text(0), "0.0");
        assert_eq!(super::km_text(49), "0.0");
        assert_eq!(super::km_text(1250), "1.3");
        assert_eq!(super::km_text(12_340), "12.3");
        // The largest never overflows (it rounds down there).
        assert_eq!(super::km_text(u32::MAX), "4294967.2");
    }

    use super::*;
    use crate::schedule::{Clock, Day, Weekday};

    pub fn football() -> ActivityEdit {
        ActivityEdit {
            category: Category::Football,
            min_age: 7,
            max_age: 10,
            gender: Gender::All,
            schedule: Schedule::Weekly {
                weekdays: vec![Weekday::Tue],
                start: Clock::parse("17:00").unwrap(),
                end: Clock::parse("18:00").unwrap(),
                season_start: Day::parse("2026-08-17").unwrap(),
                season_end: Day::parse("2026-12-13").unwrap(),
            },
            place: "Granvikens IP".into(),
            position: None,
            cost_ore: 40_000,
            voucher_accepted: true,
            trial_sessions: 2,
            leader_languages: vec!["sv".into(), "ar".into()],
            status: ActivityStatus::Open,
            texts: BTreeMap::from([("sv".into(), ActivityText { title: "Fotboll".into(), ..Default::default() })]),
            equipment_items: None,
        }
    }

    #[test]
    fn a_payment_reads_the_titles_alone_from_the_editors_answer() {
        let mut edit = football();
        edit.texts.insert("ar".into(), ActivityText { title: "كرة القدم".into(), ..Default::default() });
        edit.texts.insert("uk".into(), ActivityText::default());
        let answer = StaffActivity { id: 7, association_id: Some(2), edit, updated_at: 1 };
        let read: ActivityTitles = serde_json::from_str(&serde_json::to_string(&answer).unwrap()).unwrap();
        assert_eq!(read.id, 7);
        assert_eq!(read.title("ar"), "كرة القدم");
        assert_eq!(read.title("uk"), "Fotboll", "an empty title is none: Swedish");
        assert_eq!(read.title("prs"), "Fotboll");
        // Kept on the phone: the titles alone.
        let kept = serde_json::to_string(&read).unwrap();
        assert!(!kept.contains("Granvikens IP") && kept.contains("Fotboll"), "{kept}");
        assert_eq!(serde_json::from_str::<ActivityTitles>(&kept).unwrap(), read);
    }

    #[test]
    fn a_sound_activity_has_no_problems() {
        assert_eq!(football().problems(), vec![]);
    }

    #[test]
    fn each_bad_activity_names_its_field_and_reason() {
        type Spoil = fn(&mut ActivityEdit);
        let cases: [(&str, Spoil, &str, &str); 10] = [
            ("reversed ages", |a| a.max_age = 5, "max_age", "error-age-reversed"),
            ("age over 99", |a| a.max_age = 120, "max_age", "error-age-out-of-range"),
            ("negative cost", |a| a.cost_ore = -1, "cost_ore", "error-cost-out-of-range"),
            ("absurd cost", |a| a.cost_ore = MAX_COST_ORE + 1, "cost_ore", "error-cost-out-of-range"),
            (
                "unknown spoken language",
                |a| a.leader_languages.push("xx".into()),
                "leader_languages",
                "error-unknown-language",
            ),
            (
                "no Swedish",
                |a| {
                    a.texts.remove("sv");
                },
                "texts.sv",
                "error-swedish-required",
            ),
            (
                "unknown text language",
                |a| {
                    a.texts.insert("de".into(), ActivityText::default());
                },
                "texts",
                "error-unknown-language",
            ),
            (
                "overlong title",
                |a| a.texts.get_mut("sv").unwrap().title = "x".repeat(TITLE_MAX + 1),
                "texts.sv.title",
                "error-text-too-long",
            ),
            (
                "control characters",
                |a| a.texts.get_mut("sv").unwrap().description = "a\u{0}b".into(),
                "texts.sv.description",
                "error-text-control",
            ),
            (
                "bad position",
                |a| a.position = Some(Position { lat: f64::NAN, lon: 14.0 }),
                "position",
                "error-position",
            ),
        ];
        for (what, spoil, field, message) in cases {
            let mut activity = football();
            spoil(&mut activity);
            let problems = activity.problems();
            assert!(problems.iter().any(|p| p.field == field && p.message_id == message), "{what}: {problems:?}");
        }
    }

    #[test]
    fn equipment_items_are_a_few_distinct_ids_and_left_out_they_are_no_problem() {
        let with = |items: Option<Vec<i64>>| ActivityEdit { equipment_items: items, ..football() }.problems();
        assert_eq!(with(None), vec![]);
        assert_eq!(with(Some(vec![3, 1])), vec![]);
        for bad in [vec![1, 1], vec![0], (1..=13).collect()] {
            assert_eq!(
                with(Some(bad.clone())),
                vec![FieldError::new("equipment_items", "error-sportotek-unknown-item")],
                "{bad:?}"
            );
        }
    }

    #[test]
    fn a_detail_reads_back_as_written_and_without_equipment_items_has_none() {
        let edit = football();
        let summary = ActivitySummary {
            id: 7,
            lang: Language::Sv,
            title: "Fotboll".into(),
            organiser: Organiser { association: Some("granviken".into()), name: "Granvikens IF".into() },
            category: edit.category,
            min_age: edit.min_age,
            max_age: edit.max_age,
            gender: edit.gender,
            schedule: edit.schedule,
            next: None,
            cost_ore: edit.cost_ore,
            voucher_accepted: true,
            covered: false,
            trial_sessions: 2,
            status: ActivityStatus::Open,
            place: edit.place,
            position: Some(Position { lat: 60.5, lon: 14.2 }),
            distance_m: Some(1200),
            municipality: None,
        };
        let detail = ActivityDetail {
            summary,
            requested_lang: Language::Ar,
            text: ActivityText { title: "Fotboll".into(), description: "Kom som du är.".into(), ..Default::default() },
            leader_languages: edit.leader_languages,
            contact: Contact { name: "Anna".into(), email: "anna@example.se".into(), ..Default::default() },
            demo: false,
            equipment_items: vec![crate::sportotek::EquipmentLink {
                id: 3,
                name: "Skridskor".into(),
                category: crate::sportotek::EquipmentCategory::Skates,
            }],
        };
        let mut json = serde_json::to_value(&detail).unwrap();
        assert_eq!(json["title"], "Fotboll", "the summary's fields are written flat");
        assert_eq!(serde_json::from_value::<ActivityDetail>(json.clone()).unwrap(), detail);
        json.as_object_mut().unwrap().remove("equipment_items");
        let read: ActivityDetail = serde_json::from_value(json).unwrap();
        assert_eq!(read, ActivityDetail { equipment_items: vec![], ..detail });
    }

    #[test]
    fn distances_are_about_right() {
        let torget = Position { lat: 60.5130, lon: 14.2200 };
        let one_km_north = Position { lat: 60.5130 + 1.0 / 111.2, lon: 14.2200 };
        assert!((torget.distance_m(one_km_north) - 1000.0).abs() < 5.0);
        assert!(torget.distance_m(torget).abs() < 1e-6);
    }
}
