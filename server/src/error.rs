//! The API's one error type: every failure becomes an [`ErrorBody`] with a message id.

use axum::{
    extract::{
        rejection::{JsonRejection, PathRejection, QueryRejection},
        FromRequest, Request,
    },
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use model::{ErrorBody, FieldError};
use serde::de::DeserializeOwned;

pub type Result<T, E = ApiError> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    #[error("not found")]
    NotFound,
    #[error("malformed request")]
    Malformed,
    #[error("request body too large")]
    TooLarge,
    #[error("rate limited")]
    RateLimited,
    #[error("not signed in")]
    Unauthenticated,
    #[error("sign-in failed")]
    SignInFailed,
    #[error("forbidden")]
    Forbidden,
    #[error("missing or wrong CSRF token")]
    Csrf,
    #[error("conflict")]
    Conflict(FieldError),
    #[error("invitation invalid")]
    InvitationInvalid,
    /// The database is away: no connection within the pool's wait, or it was refused or
    /// cut. Answered 503 with `Retry-After`; the pool reconnects when it is back.
    #[error("the database is unavailable")]
    Unavailable,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<FieldError> for ApiError {
    fn from(field: FieldError) -> Self {
        ApiError::Invalid(vec![field])
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> Self {
        if database_unavailable(&error) {
            tracing::warn!(error = %error, "the database is unavailable");
            ApiError::Unavailable
        } else {
            ApiError::Internal(error.into())
        }
    }
}

/// Seconds a client is asked to wait after a 503: about the pool's wait for a connection,
/// so a retry neither hammers a database that is starting nor waits longer than needed.
pub const RETRY_AFTER_SECS: u64 = 5;

/// Whether an error says the database is away rather than that the request was wrong:
/// no connection in time, a connection refused or cut, or `PostgreSQL` shutting down,
/// starting, or refusing connections (SQLSTATE class 08, and 57P01–57P03).
pub fn database_unavailable(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(error) => error
            .code()
            .is_some_and(|code| code.starts_with("08") || matches!(code.as_ref(), "57P01" | "57P02" | "57P03")),
        _ => false,
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::TooLarge
        } else {
            ApiError::Malformed
        }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(_: QueryRejection) -> Self {
        ApiError::Malformed
    }
}

impl From<PathRejection> for ApiError {
    /// A path that does not parse (`/activities/abc`) names nothing that exists.
    fn from(_: PathRejection) -> Self {
        ApiError::NotFound
    }
}

impl ApiError {
    /// Status, stable code and message id of the errors that carry no fields.
    fn simple(&self) -> (StatusCode, &'static str, &'static str) {
        match self {
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found", "error-not-found"),
            ApiError::Malformed => (StatusCode::BAD_REQUEST, "malformed", "error-malformed-body"),
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too_large", "error-body-too-large"),
            ApiError::RateLimited => (StatusCode::TOO_MANY_REQUESTS, "rate_limited", "error-rate-limited"),
            ApiError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated", "error-unauthenticated"),
            // The same answer for an unknown e-mail and a wrong password.
            ApiError::SignInFailed => (StatusCode::UNAUTHORIZED, "sign_in_failed", "error-sign-in-failed"),
            ApiError::Forbidden => (StatusCode::FORBIDDEN, "forbidden", "error-forbidden"),
            ApiError::Csrf => (StatusCode::FORBIDDEN, "csrf", "error-csrf"),
            // Used, expired or never made: no live link has this token.
            ApiError::InvitationInvalid => (StatusCode::NOT_FOUND, "invitation_invalid", "error-invitation-invalid"),
            ApiError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable", "error-unavailable"),
            ApiError::Invalid(_) | ApiError::Conflict(_) | ApiError::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", "error-internal")
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message_id, fields) = match self {
            ApiError::Invalid(fields) => {
                // The top-level message names the first problem; `fields` lists them all.
                let first = fields.first().map_or("error-malformed-body", |f| f.message_id.as_str()).to_owned();
                (StatusCode::UNPROCESSABLE_ENTITY, "invalid", first, fields)
            }
            ApiError::Conflict(field) => (StatusCode::CONFLICT, "conflict", field.message_id.clone(), vec![field]),
            // A store method that wraps its database error in its own context.
            ApiError::Internal(error) if error.chain().filter_map(|e| e.downcast_ref()).any(database_unavailable) => {
                tracing::warn!(error = format!("{error:#}"), "the database is unavailable");
                return ApiError::Unavailable.into_response();
            }
            ApiError::Internal(error) => {
                // The details stay in the log; the client learns only that it was us.
                tracing::error!(error = format!("{error:#}"), "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", "error-internal".to_owned(), vec![])
            }
            other => {
                let (status, code, message_id) = other.simple();
                (status, code, message_id.to_owned(), vec![])
            }
        };
        let body = ErrorBody { code: code.to_owned(), message_id, fields, request_id: crate::request_id::current() };
        let mut response = (status, Json(body)).into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECS));
        }
        response
    }
}

/// A JSON body whose rejection is an [`ApiError`], so a malformed body gets our error
/// body. A whole number written with a fraction (`3.0`) is read as the integer it is:
/// JSON Schema counts it as an integer, and so do the clients generated from our
/// `OpenAPI` document.
pub struct AppJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for AppJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self> {
        let Json(mut value) = Json::<serde_json::Value>::from_request(request, state).await?;
        whole_numbers_as_integers(&mut value);
        T::deserialize(value).map(AppJson).map_err(|_| ApiError::Malformed)
    }
}

fn whole_numbers_as_integers(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(number) if !number.is_i64() && !number.is_u64() => {
            let whole = number.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15);
            // In range, so the cast is exact.
            #[allow(clippy::cast_possible_truncation)]
            if let Some(whole) = whole {
                *value = Value::from(whole as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers_as_integers),
        Value::Object(fields) => fields.values_mut().for_each(whole_numbers_as_integers),
        _ => {}
    }
}

/// `Query` whose rejection is an [`ApiError`].
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct AppQuery<T>(pub T);

/// `Path` whose rejection is an [`ApiError`]: an unparsable id is not found.
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct AppPath<T>(pub T);
