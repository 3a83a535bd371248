//! Refugee guides (flyktingguider): volunteers publish when they can meet, newcomers
//! book one meeting with a code. The rules that decide which times are open, which new
//! slots are sound and which edits would drop a booked meeting live here, so the phone,
//! the console and the server count alike (docs/guides.md).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{
    activities::{check_text, SPOKEN_LANGUAGES},
    schedule::{Clock, Day},
    sportotek::{contact_problem, key_problem, line_problem, Photo},
    voucher::LoanCode,
    FieldError, Language,
};

mod coordination;
mod times;

pub use coordination::*;
use times::distinct;
pub use times::*;

coded_enum!(
    /// What a guide helps with; its name is `guide-topic-<code>` in `locales/`. Named
    /// `GuideTopic` in the API document, where `Topic` is an orientation topic.
    GuideTopic {
        PractiseSwedish = "practise-swedish", LettersAndForms = "letters-and-forms",
        ShowTheTown = "show-the-town", JobSeeking = "job-seeking", Leisure = "leisure",
        DigitalHelp = "digital-help",
    }
);

pub use self::GuideTopic as Topic;

coded_enum!(
    /// Where a meeting happens; its name is `guide-meeting-<code>`.
    MeetingKind { Library = "library", Cafe = "cafe", Phone = "phone", Video = "video" }
);

coded_enum!(
    /// Where a booking stands: `waiting` → `confirmed`, either may end cancelled by one
    /// side; `past` once the meeting is over. Its name is `guide-booking-state-<code>`.
    BookingState {
        Waiting = "waiting", Confirmed = "confirmed", CancelledByGuide = "cancelled-by-guide",
        CancelledByNewcomer = "cancelled-by-newcomer", Past = "past",
    }
);

coded_enum!(
    /// Why a guide cancelled, shown to the newcomer as `guide-cancel-reason-<code>`.
    CancelReason {
        GuideIll = "guide-ill", GuideUnavailable = "guide-unavailable", PlaceClosed = "place-closed",
        Duplicate = "duplicate", Other = "other",
    }
);

/// A booking's code: a Sportotek loan's format (9 random base32 characters and the
/// mod-37 check, `7KQ2-M9XD-4T`) and its message ids, until `voucher.rs` shares its
/// helpers with the crate (docs/guides.md).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BookingCode(LoanCode);

impl BookingCode {
    pub const BITS: u32 = LoanCode::BITS;

    /// A code from six random bytes, or `None` for the draws without a check character.
    pub fn from_random(bytes: [u8; 6]) -> Option<BookingCode> {
        LoanCode::from_random(bytes).map(BookingCode)
    }

    /// Reads a typed code: case, spaces, dashes, O/I/L and Arabic or Dari digits forgiven.
    pub fn parse(raw: &str) -> Result<BookingCode, FieldError> {
        LoanCode::parse(raw).map(BookingCode)
    }

    /// The code without dashes, as stored and looked up.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl std::fmt::Display for BookingCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A new booking's code, drawing again until one has a check character.
pub fn booking_code(mut random: impl FnMut() -> [u8; 6]) -> BookingCode {
    loop {
        if let Some(code) = BookingCode::from_random(random()) {
            return code;
        }
    }
}

/// Languages a guide speaks, as association leaders' are: codes of [`SPOKEN_LANGUAGES`].
fn languages_problem(languages: &[String]) -> Option<FieldError> {
    let known = languages.iter().all(|code| SPOKEN_LANGUAGES.contains(&code.as_str()));
    let distinct: std::collections::BTreeSet<_> = languages.iter().collect();
    if languages.is_empty() {
        Some(FieldError::new("languages", "error-required"))
    } else if !known || distinct.len() != languages.len() {
        Some(FieldError::new("languages", "error-unknown-language"))
    } else {
        None
    }
}

/// One of a guide's slots as the guide's console lists it, with the id to change it by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideSlot {
    pub id: i64,
    pub slot: Slot,
}

/// A guide in the list: enough to choose, no contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideSummary {
    pub id: i64,
    pub first_name: String,
    /// Codes of `SPOKEN_LANGUAGES`; names are `spoken-<code>`.
    pub languages: Vec<String>,
    pub topics: Vec<Topic>,
    pub meeting_kinds: Vec<MeetingKind>,
    pub photo: Option<Photo>,
    /// The next few open times, soonest first.
    pub next_open: Vec<OpenTime>,
}

/// How a newcomer wants to meet, as the guide list's address says: in person takes both
/// places one goes to (a library or a café), which the API filters by one kind at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meeting {
    InPerson,
    Phone,
    Video,
}

impl Meeting {
    pub const ALL: [Meeting; 3] = [Meeting::InPerson, Meeting::Phone, Meeting::Video];

    pub fn code(self) -> &'static str {
        match self {
            Meeting::InPerson => "in-person",
            Meeting::Phone => "phone",
            Meeting::Video => "video",
        }
    }

    /// A code of the address; a link with `library` or `cafe` means meeting in person.
    pub fn from_code(code: &str) -> Option<Meeting> {
        match code {
            "in-person" | "library" | "cafe" => Some(Meeting::InPerson),
            "phone" => Some(Meeting::Phone),
            "video" => Some(Meeting::Video),
            _ => None,
        }
    }

    pub fn includes(self, kind: MeetingKind) -> bool {
        match self {
            Meeting::InPerson => is_in_person(kind),
            Meeting::Phone => kind == MeetingKind::Phone,
            Meeting::Video => kind == MeetingKind::Video,
        }
    }
}

/// Whether a meeting happens at a place one goes to.
pub fn is_in_person(kind: MeetingKind) -> bool {
    matches!(kind, MeetingKind::Library | MeetingKind::Cafe)
}

/// What a newcomer filters the guides by; `None` is any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideFilter {
    pub language: Option<String>,
    pub topic: Option<Topic>,
    pub meeting: Option<MeetingKind>,
}

impl GuideFilter {
    pub fn matches(&self, guide: &GuideSummary) -> bool {
        self.language.as_ref().is_none_or(|l| guide.languages.contains(l))
            && self.topic.is_none_or(|t| guide.topics.contains(&t))
            && self.meeting.is_none_or(|m| guide.meeting_kinds.contains(&m))
    }
}

/// A guide's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideProfile {
    pub id: i64,
    pub first_name: String,
    pub languages: Vec<String>,
    pub topics: Vec<Topic>,
    pub meeting_kinds: Vec<MeetingKind>,
    pub photo: Option<Photo>,
    /// The language of `about`: the reader's, else Swedish, else the guide's first.
    pub lang: Option<Language>,
    pub about: String,
    pub open: Vec<OpenTime>,
    pub demo: bool,
}

/// What a guide writes about themselves (the coordinator approves the first version).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileEdit {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::sportotek::first_name_schema))]
    pub first_name: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = guide_languages_schema))]
    pub languages: Vec<String>,
    #[serde(deserialize_with = "distinct")]
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 6))]
    pub topics: Vec<Topic>,
    /// A short text per language; any of the five, none required.
    #[serde(default)]
    pub about: BTreeMap<Language, String>,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 20))]
    pub per_week: u8,
}

impl ProfileEdit {
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = name_problems(&self.first_name);
        problems.extend(languages_problem(&self.languages));
        if self.topics.is_empty() {
            problems.push(FieldError::new("topics", "error-required"));
        }
        for (lang, text) in &self.about {
            problems.extend(check_text(&format!("about.{lang}"), text.trim(), ABOUT_MAX));
        }
        if !(1..=PER_WEEK_MAX).contains(&self.per_week) {
            problems.push(FieldError::new("per_week", "error-guide-per-week"));
        }
        problems
    }
}

/// The schema of a guide's languages: one or more codes of [`SPOKEN_LANGUAGES`], each once.
#[cfg(feature = "openapi")]
fn guide_languages_schema() -> utoipa::openapi::schema::Array {
    let mut schema = crate::activities::spoken_languages_schema();
    schema.min_items = Some(1);
    schema
}

/// A first name as a Sportotek reservation checks it.
fn name_problems(first_name: &str) -> Vec<FieldError> {
    line_problem("first_name", first_name, FIRST_NAME_MAX).into_iter().collect()
}

/// A newcomer books one meeting: which slot on which day, who they are, what about. The
/// client makes up `idempotency_key` once and sends it again on every retry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingRequest {
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub slot_id: i64,
    pub day: Day,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::sportotek::first_name_schema))]
    pub first_name: String,
    /// A phone number or an e-mail address, as a Sportotek reservation takes it.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::sportotek::contact_schema))]
    pub contact: String,
    /// A `Topic` code; text rather than the enum so an unknown one is named by field.
    #[cfg_attr(feature = "openapi", schema(value_type = GuideTopic))]
    pub topic: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub note: String,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{8,64}$"))]
    pub idempotency_key: String,
    /// The language the newcomer reads, for the guide.
    #[serde(default)]
    pub lang: Option<Language>,
}

impl BookingRequest {
    /// Problems with the request itself, before anything is read.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        if self.slot_id <= 0 {
            problems.push(FieldError::new("slot_id", "error-guide-no-such-occurrence"));
        }
        // The same rules as a Sportotek reservation's: a booking and a loan take the same input.
        problems.extend(line_problem("first_name", &self.first_name, FIRST_NAME_MAX));
        problems.extend(contact_problem(&self.contact));
        problems.extend(key_problem(&self.idempotency_key));
        if self.topic().is_none() {
            problems.push(FieldError::new("topic", "error-unknown-topic"));
        }
        problems.extend(check_text("note", self.note.trim(), NOTE_MAX));
        problems
    }

    pub fn topic(&self) -> Option<Topic> {
        Topic::from_code(&self.topic)
    }

    /// Whether the slot helps with the topic asked for.
    pub fn topic_problem(&self, slot: &Slot) -> Option<FieldError> {
        let offered = self.topic().is_some_and(|t| slot.topics.contains(&t));
        (!offered).then(|| FieldError::new("topic", "error-guide-topic-not-offered"))
    }
}

/// What the newcomer sees of a booking, by its code: no contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Booking {
    /// In groups of four, as shown and read out.
    pub code: String,
    pub state: BookingState,
    pub guide_first_name: String,
    pub day: Day,
    pub start: Clock,
    pub minutes: u16,
    pub meeting: MeetingKind,
    pub place: String,
    pub topic: Topic,
    pub cancel_reason: Option<CancelReason>,
    pub cancel_note: String,
    /// Whether the newcomer can still cancel it.
    pub cancellable: bool,
    /// The `.ics` link, once confirmed.
    pub calendar: Option<String>,
}

/// A guide cancels a booking with a reason; `other` needs a few words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideCancelRequest {
    pub reason: CancelReason,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 300))]
    pub note: String,
}

impl GuideCancelRequest {
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems: Vec<FieldError> = check_text("note", self.note.trim(), CANCEL_NOTE_MAX).into_iter().collect();
        if self.reason == CancelReason::Other && self.note.trim().is_empty() {
            problems.push(FieldError::new("note", "error-required"));
        }
        problems
    }
}

/// A booking as its guide and the municipality's coordinators see it, contact included
/// until the sweeper blanks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideBooking {
    pub id: i64,
    pub slot_id: i64,
    /// The guide the booking is with (the coordinators' list holds every guide's).
    pub guide_id: i64,
    pub guide_first_name: String,
    pub state: BookingState,
    pub day: Day,
    pub start: Clock,
    pub minutes: u16,
    pub meeting: MeetingKind,
    pub place: String,
    pub topic: Topic,
    pub first_name: String,
    pub contact: String,
    pub lang: Option<Language>,
    pub note: String,
    pub cancel_reason: Option<CancelReason>,
    pub cancel_note: String,
}

/// One guide's week for the coordinator: counts only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideWeek {
    pub guide_id: i64,
    pub first_name: String,
    pub per_week: u8,
    pub waiting: u32,
    pub confirmed: u32,
    pub cancelled_by_guide: u32,
    pub cancelled_by_newcomer: u32,
}

/// Bookings per guide in one ISO week (`year`, `week`, starting on Monday `monday`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekOverview {
    pub year: i32,
    pub week: u8,
    pub monday: Day,
    pub guides: Vec<GuideWeek>,
}

/// A language and topic newcomers filtered by, how often, and how many approved guides
/// with open times cover it; rows with none are the demand to recruit for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Demand {
    pub language: String,
    pub topic: Option<Topic>,
    pub asked: u32,
    pub guides: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UncoveredDemand {
    pub from: Day,
    pub to: Day,
    pub rows: Vec<Demand>,
}

#[cfg(test)]
#[path = "guides_tests.rs"]
mod tests;
