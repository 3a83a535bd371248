//! What the municipality's coordinators see of the guides, and what a guide keeps
//! besides their times: the volunteers' applications, each guide's state, the secret
//! calendar feed and the statistics without names (docs/guides.md, "Coordinators").

use serde::{Deserialize, Serialize};

use super::{languages_problem, name_problems, Topic};
use crate::{activities::check_text, auth::Email, FieldError, Language};

/// The most a volunteer writes about why they want to help.
pub const MOTIVATION_MAX: usize = 1000;

coded_enum!(
    /// Whether an approved guide is listed: a coordinator deactivates a guide, and every
    /// booking to come is cancelled. Its name is `guide-state-<code>`.
    GuideState { Approved = "approved", Deactivated = "deactivated" }
);

coded_enum!(
    /// Where a volunteer's application stands; its name is `guide-application-<code>`.
    ApplicationState { Pending = "pending", Approved = "approved", Rejected = "rejected" }
);

/// A volunteer asks to become a guide, without an account. The e-mail address is where
/// the one-time link goes on approval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideApplication {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::sportotek::first_name_schema))]
    pub first_name: String,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\]]+@[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+(\\.[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+)+$",
            max_length = 254
        )
    )]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = super::guide_languages_schema))]
    pub languages: Vec<String>,
    #[serde(deserialize_with = "super::distinct")]
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 6))]
    pub topics: Vec<Topic>,
    /// Why they want to help, in their own words: lines of text, not blank.
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
            max_length = 1000
        )
    )]
    pub motivation: String,
    /// The language the volunteer wrote in, for the mails to come.
    #[serde(default)]
    pub lang: Option<Language>,
}

impl GuideApplication {
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = name_problems(&self.first_name);
        if let Err(problem) = Email::check(&self.email) {
            problems.push(problem);
        }
        problems.extend(languages_problem(&self.languages));
        if self.topics.is_empty() {
            problems.push(FieldError::new("topics", "error-required"));
        }
        if self.motivation.trim().is_empty() {
            problems.push(FieldError::new("motivation", "error-required"));
        }
        problems.extend(check_text("motivation", self.motivation.trim(), MOTIVATION_MAX));
        problems
    }
}

/// An application as the coordinators decide on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideApplicationView {
    pub id: i64,
    pub first_name: String,
    pub email: String,
    pub languages: Vec<String>,
    pub topics: Vec<Topic>,
    pub motivation: String,
    pub state: ApplicationState,
    /// Seconds since 1970.
    pub created_at: i64,
}

/// A guide as the municipality's coordinators list them: no contact, no bookings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CoordinatorGuide {
    pub id: i64,
    pub first_name: String,
    pub languages: Vec<String>,
    pub topics: Vec<Topic>,
    pub per_week: u8,
    pub state: GuideState,
    /// Bookings waiting or confirmed, still to come.
    pub upcoming: u32,
    pub demo: bool,
}

/// After a deactivation: how many bookings to come were cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Deactivation {
    pub cancelled: u32,
}

/// Whether a guide has a calendar feed; its address is shown once, when made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarFeedState {
    pub active: bool,
}

/// A new secret feed address, which replaces the old one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarFeed {
    /// `/api/guides/calendar/<guide id>/<secret>.ics`
    pub path: String,
}

/// Bookings in one month for one language and topic: counts, no names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideStatisticsRow {
    /// `YYYY-MM`, the month of the meeting.
    pub month: String,
    /// The language the newcomer read the app in, when known.
    pub language: Option<Language>,
    pub topic: Topic,
    pub booked: u32,
    pub confirmed: u32,
    pub cancelled_by_guide: u32,
    pub cancelled_by_newcomer: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuideStatistics {
    pub rows: Vec<GuideStatisticsRow>,
}
