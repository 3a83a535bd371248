//! Local orientation: municipalities, topics, articles and their translations.

use serde::{Deserialize, Serialize};

use crate::{FieldError, Language};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Municipality {
    pub slug: String,
    pub name: String,
    /// Seeded demo data, not a real municipality.
    pub demo: bool,
}

/// How a translation stands against the Swedish source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum TranslationState {
    /// Written from the current Swedish text (or is the Swedish text).
    Current,
    /// The Swedish text changed after this translation was written.
    Outdated,
    /// There is no translation: the Swedish text is shown instead.
    Missing,
}

impl TranslationState {
    /// The state of the `lang` version of an article whose Swedish text is at
    /// `source_revision`, given the revision that version was written from (`None`: no
    /// such version).
    pub fn of(lang: Language, based_on: Option<i64>, source_revision: i64) -> TranslationState {
        match based_on {
            None => TranslationState::Missing,
            Some(_) if lang == Language::SOURCE => TranslationState::Current,
            Some(based_on) if based_on < source_revision => TranslationState::Outdated,
            Some(_) => TranslationState::Current,
        }
    }
}

/// Everything the home and topic pages show, in one response that is cheap to cache.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrientationIndex {
    pub municipality: Municipality,
    pub lang: Language,
    pub topics: Vec<Topic>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Topic {
    pub slug: String,
    pub name: String,
    pub articles: Vec<ArticleSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArticleSummary {
    pub slug: String,
    /// The language the title and summary are in: the reader's, or Swedish when missing.
    pub lang: Language,
    pub title: String,
    pub summary: String,
    pub state: TranslationState,
    /// The region that shares this article with each of its municipalities, by name;
    /// `None`: the municipality's own.
    #[serde(default)]
    pub shared_by: Option<String>,
}

/// One article in one language, its body rendered to sanitised HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Article {
    pub slug: String,
    pub topic: String,
    pub topic_name: String,
    /// The language shown: the one asked for, or Swedish when it is missing.
    pub lang: Language,
    pub requested_lang: Language,
    pub state: TranslationState,
    /// When a translator checked this version (Unix seconds); `None`: not yet checked.
    /// Swedish, the source, is always `None`.
    pub reviewed_at: Option<i64>,
    /// When this version's text last changed (Unix seconds).
    pub updated_at: i64,
    pub title: String,
    pub summary: String,
    pub html: String,
    pub demo: bool,
    /// The languages this article exists in, for the "show beside Swedish" view.
    pub available: Vec<Language>,
    /// The region that shares this article, by name; `None`: the municipality's own.
    #[serde(default)]
    pub shared_by: Option<String>,
}

impl Article {
    /// Whether it can be shown beside its Swedish text: a translation that is there.
    pub fn can_compare(&self) -> bool {
        self.lang != Language::SOURCE
            && self.available.contains(&Language::SOURCE)
            && self.state != TranslationState::Missing
    }
}

/// What the button of an outdated translation asks for, on a page the app waits on
/// (`data-take-over`): the Swedish text instead.
pub const READ_SWEDISH: &str = "read-swedish";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchResults {
    pub query: String,
    pub lang: Language,
    pub hits: Vec<SearchHit>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchHit {
    pub slug: String,
    /// Title and summary in the reader's language where it exists.
    pub lang: Language,
    pub title: String,
    pub summary: String,
    /// Whether the words were found in the Swedish text rather than the reader's.
    pub matched_swedish: bool,
}

/// "Was this helpful?": anonymous, one answer per article and language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedbackRequest {
    pub lang: Language,
    pub helpful: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedbackCounts {
    pub helpful: i64,
    pub not_helpful: i64,
}

/// Longest search query we accept, in characters.
pub const MAX_QUERY_CHARS: usize = 100;

/// A URL-safe name of a municipality, topic or article: `a-z`, `0-9` and `-`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    pub const MAX_LEN: usize = 80;

    pub fn parse(field: &str, raw: &str) -> Result<Slug, FieldError> {
        let valid = !raw.is_empty()
            && raw.len() <= Self::MAX_LEN
            && !raw.starts_with('-')
            && !raw.ends_with('-')
            // As the API document's pattern says: words joined by single hyphens.
            && !raw.contains("--")
            && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if valid {
            Ok(Slug(raw.to_owned()))
        } else {
            Err(FieldError::new(field, "error-invalid-slug"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A search query, trimmed, non-empty and of bounded length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery(String);

impl SearchQuery {
    pub fn parse(raw: &str) -> Result<SearchQuery, FieldError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            Err(FieldError::new("q", "error-query-empty"))
        } else if trimmed.chars().count() > MAX_QUERY_CHARS {
            Err(FieldError::new("q", "error-query-too-long"))
        } else {
            Ok(SearchQuery(trimmed.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_accept_lowercase_words_joined_by_hyphens() {
        for ok in ["granviken", "vardcentralen-och-1177", "a"] {
            assert!(Slug::parse("slug", ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn slugs_refuse_everything_that_could_escape_a_path_or_a_query() {
        let long = "a".repeat(Slug::MAX_LEN + 1);
        for (bad, why) in [
            ("", "empty"),
            ("Granviken", "upper case"),
            ("../etc", "path"),
            ("a b", "space"),
            ("-a", "leading hyphen"),
            ("a-", "trailing hyphen"),
            ("a--b", "double hyphen"),
            ("å", "non-ascii"),
            ("x' or '1'='1", "injection"),
            (long.as_str(), "too long"),
        ] {
            assert!(Slug::parse("slug", bad).is_err(), "{why}");
        }
    }

    #[test]
    fn only_a_translation_that_is_there_goes_beside_the_swedish_text() {
        let article = |lang, state, available: &[Language]| Article {
            slug: "a".into(),
            topic: "t".into(),
            topic_name: "T".into(),
            lang,
            requested_lang: lang,
            state,
            reviewed_at: None,
            updated_at: 0,
            title: "A".into(),
            summary: "S".into(),
            html: String::new(),
            demo: false,
            available: available.to_vec(),
            shared_by: None,
        };
        let both = [Language::Sv, Language::Ar];
        assert!(article(Language::Ar, TranslationState::Current, &both).can_compare());
        assert!(article(Language::Ar, TranslationState::Outdated, &both).can_compare(), "outdated, still there");
        assert!(!article(Language::Sv, TranslationState::Current, &both).can_compare(), "Swedish beside itself");
        assert!(!article(Language::Ar, TranslationState::Missing, &both).can_compare(), "shown in Swedish");
        assert!(!article(Language::Ar, TranslationState::Current, &[Language::Ar]).can_compare(), "no Swedish");
    }

    #[test]
    fn a_translation_is_outdated_once_the_swedish_text_moves_past_it() {
        assert_eq!(TranslationState::of(Language::Ar, Some(1), 1), TranslationState::Current);
        assert_eq!(TranslationState::of(Language::Ar, Some(1), 2), TranslationState::Outdated);
        assert_eq!(TranslationState::of(Language::Ar, None, 2), TranslationState::Missing);
        assert_eq!(TranslationState::of(Language::Sv, Some(1), 2), TranslationState::Current, "Swedish is the source");
    }

    #[test]
    fn queries_are_trimmed_and_bounded() {
        assert_eq!(SearchQuery::parse("  1177 ").unwrap().as_str(), "1177");
        assert_eq!(SearchQuery::parse("   ").unwrap_err().message_id, "error-query-empty");
        let long = "ö".repeat(MAX_QUERY_CHARS + 1);
        assert_eq!(SearchQuery::parse(&long).unwrap_err().message_id, "error-query-too-long");
        assert!(SearchQuery::parse(&"ö".repeat(MAX_QUERY_CHARS)).is_ok());
    }
}
