//! The one error body every failed API request answers with.

use serde::{Deserialize, Serialize};

/// A failed request: `code` is stable for programs, `message_id` is a Fluent id the
/// client shows in the reader's language, `fields` names what was wrong in the input, and
/// `request_id` is the id of the request in the server's logs, for a person to quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub code: String,
    pub message_id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(nullable = false))]
    pub request_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    pub field: String,
    pub message_id: String,
}

impl FieldError {
    pub fn new(field: &str, message_id: &str) -> Self {
        Self { field: field.to_owned(), message_id: message_id.to_owned() }
    }
}

/// `Ok` when no field had a problem, else every problem at once.
pub fn all_or_nothing(errors: Vec<FieldError>) -> Result<(), Vec<FieldError>> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
