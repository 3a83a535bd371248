//! The staff's orientation editor: every language version of an article with its state.

use serde::{Deserialize, Serialize};

use crate::{orientation::TranslationState, FieldError, Language};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VersionStatus {
    pub lang: Language,
    pub state: TranslationState,
    pub reviewed_at: Option<i64>,
    pub updated_at: Option<i64>,
}

/// An article as the editor lists it: what exists and what needs translating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArticleStatus {
    pub slug: String,
    pub topic: String,
    pub title: String,
    pub published: bool,
    pub versions: Vec<VersionStatus>,
}

/// One language version as the editor edits it: Markdown, not HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VersionSource {
    pub lang: Language,
    pub title: String,
    pub summary: String,
    pub body_md: String,
    pub state: TranslationState,
    pub reviewed_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SaveVersionRequest {
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
            max_length = 200
        )
    )]
    pub title: String,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
            max_length = 600
        )
    )]
    pub summary: String,
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$", max_length = 60000)
    )]
    pub body_md: String,
    /// Whether a translator has checked this version (ignored for Swedish, the source).
    #[serde(default)]
    pub reviewed: bool,
}

impl SaveVersionRequest {
    pub const MAX_TITLE: usize = 200;
    pub const MAX_SUMMARY: usize = 600;
    pub const MAX_BODY: usize = 60_000;

    /// Every problem at once, so the editor can mark each field.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = vec![];
        for (field, value, max) in [
            ("title", &self.title, Self::MAX_TITLE),
            ("summary", &self.summary, Self::MAX_SUMMARY),
            ("body_md", &self.body_md, Self::MAX_BODY),
        ] {
            let count = value.trim().chars().count();
            if count == 0 && field != "body_md" {
                errors.push(FieldError::new(field, "error-required"));
            } else if count > max {
                errors.push(FieldError::new(field, "error-too-long"));
            } else if value.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
                errors.push(FieldError::new(field, "error-invalid-characters"));
            }
        }
        crate::error::all_or_nothing(errors)
    }
}

/// A new article: its topic, its address and its Swedish text. It starts unpublished.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewArticleRequest {
    #[cfg_attr(feature = "openapi", schema(pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80))]
    pub topic: String,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80))]
    pub slug: String,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
            max_length = 200
        )
    )]
    pub title: String,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
            max_length = 600
        )
    )]
    pub summary: String,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$", max_length = 60000)
    )]
    pub body_md: String,
}

/// A topic and its name in each language; Swedish is required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TopicNames {
    #[cfg_attr(feature = "openapi", schema(pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80))]
    pub slug: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::language::per_language_name))]
    pub names: std::collections::BTreeMap<Language, String>,
}

impl TopicNames {
    pub const MAX_NAME: usize = 80;

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = vec![];
        if self.names.get(&Language::SOURCE).is_none_or(|n| n.trim().is_empty()) {
            errors.push(FieldError::new("names.sv", "error-required"));
        }
        for (lang, name) in &self.names {
            if name.chars().count() > Self::MAX_NAME {
                errors.push(FieldError::new(&format!("names.{lang}"), "error-too-long"));
            } else if name.chars().any(char::is_control) {
                errors.push(FieldError::new(&format!("names.{lang}"), "error-invalid-characters"));
            }
        }
        crate::error::all_or_nothing(errors)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PreviewRequest {
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$", max_length = 60000)
    )]
    pub body_md: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Preview {
    pub html: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MunicipalitySettings {
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u001f\\u007f-\\u009f]*$",
            max_length = 120
        )
    )]
    pub name: String,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^$|^[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\]]+@[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+(\\.[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+)+$",
            max_length = 200
        )
    )]
    pub contact_email: String,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", max_length = 200))]
    pub contact_phone: String,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", max_length = 200))]
    pub region: String,
}

impl MunicipalitySettings {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = vec![];
        if self.name.trim().is_empty() {
            errors.push(FieldError::new("name", "error-required"));
        }
        for (field, value) in [
            ("name", &self.name),
            ("contact_email", &self.contact_email),
            ("contact_phone", &self.contact_phone),
            ("region", &self.region),
        ] {
            if value.chars().count() > 200 {
                errors.push(FieldError::new(field, "error-too-long"));
            } else if value.chars().any(char::is_control) {
                errors.push(FieldError::new(field, "error-invalid-characters"));
            }
        }
        if !self.contact_email.trim().is_empty() && crate::auth::Email::check(&self.contact_email).is_err() {
            errors.push(FieldError::new("contact_email", "error-invalid-email"));
        }
        crate::error::all_or_nothing(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(title: &str, summary: &str, body: &str) -> SaveVersionRequest {
        SaveVersionRequest { title: title.into(), summary: summary.into(), body_md: body.into(), reviewed: false }
    }

    #[test]
    fn a_complete_version_is_valid() {
        assert!(request("Tandvård", "Gratis för barn.", "## Så här").validate().is_ok());
    }

    #[test]
    fn every_bad_field_is_named() {
        let long_body = "x".repeat(SaveVersionRequest::MAX_BODY + 1);
        let errors = request(" ", &"s".repeat(601), &long_body).validate().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.message_id.as_str())).collect();
        assert_eq!(fields, [("title", "error-required"), ("summary", "error-too-long"), ("body_md", "error-too-long")]);
    }

    #[test]
    fn control_characters_are_refused_but_line_breaks_are_not() {
        assert!(request("A\u{0}", "B", "").validate().is_err());
        assert!(request("A", "B", "line\nline\r\n\tindented").validate().is_ok());
    }
}

/// One of the region's shared articles as a municipality's admin sees it: shown to the
/// municipality's readers, hidden from them, or replaced by an article of its own under
/// the same slug.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SharedArticle {
    pub slug: String,
    pub topic: String,
    /// The Swedish title.
    pub title: String,
    /// The municipality's readers do not see it.
    pub hidden: bool,
    /// The municipality has an article of its own under this slug (a copy to edit).
    pub copied: bool,
    /// That own article is published: readers see it instead of the shared one.
    pub replaced: bool,
}
