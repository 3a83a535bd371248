//! What the guides' routes share: their ids, who may act as a guide (role `guide`, in
//! the municipality the path names) or as its coordinator, and the answers to a refused
//! booking or an edit that would drop booked meetings.

use axum::{
    extract::{FromRequestParts, RawPathParams},
    http::{request::Parts, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use model::{auth::Role, guides::Occurrence, sportotek::Refusal, ErrorBody, FieldError};

use crate::{
    auth::Staff,
    error::{ApiError, Result},
    extract::municipality,
    ids::MunicipalityId,
    state::AppState,
};

macro_rules! guide_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, sqlx::Type)]
        #[serde(transparent)]
        #[sqlx(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

guide_id!(
    /// A guide: one account's profile in one municipality.
    GuideId
);
guide_id!(
    /// A time a guide offers, once or weekly.
    SlotId
);
guide_id!(
    /// A newcomer's booking of one meeting.
    GuideBookingId
);

/// The municipality the path names, found by its `municipality` parameter.
async fn path_municipality(parts: &mut Parts, app: &AppState) -> Result<MunicipalityId> {
    let params = RawPathParams::from_request_parts(parts, app).await.map_err(|_| ApiError::NotFound)?;
    let slug = params.iter().find(|(name, _)| *name == "municipality").map(|(_, value)| value.to_owned());
    Ok(municipality(app, &slug.ok_or(ApiError::NotFound)?).await?.0)
}

/// A signed-in guide (role `guide`) of the municipality the path names. Only the guide
/// themself: an admin or a coordinator does not act as a guide.
pub struct GuideStaff {
    pub municipality: MunicipalityId,
    pub staff: Staff,
}

impl FromRequestParts<AppState> for GuideStaff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<GuideStaff> {
        let staff = Staff::from_request_parts(parts, app).await?;
        let m = path_municipality(parts, app).await?;
        staff.require(Role::Guide, m)?;
        Ok(GuideStaff { municipality: m, staff })
    }
}

impl GuideStaff {
    /// The guide's own profile: not found until the guide has written one.
    pub async fn guide(&self, app: &AppState) -> Result<GuideId> {
        app.store.guide_of(self.staff.account_id, self.municipality).await?.ok_or(ApiError::NotFound)
    }
}

/// A coordinator of the guides of the municipality the path names.
pub struct Coordinator {
    pub municipality: MunicipalityId,
}

impl FromRequestParts<AppState> for Coordinator {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Coordinator> {
        let staff = Staff::from_request_parts(parts, app).await?;
        let m = path_municipality(parts, app).await?;
        staff.require(Role::Coordinator, m)?;
        Ok(Coordinator { municipality: m })
    }
}

/// Why the store refused a booking or a change to one.
#[derive(Debug)]
pub enum BookingError {
    /// No such slot of an approved guide of the municipality.
    UnknownSlot,
    Refused(Refusal),
    /// The contact already has as many bookings to come as one person may.
    OpenBookings,
    KeyReused,
    /// The booking is not in a state that allows the change.
    WrongState,
    Database(sqlx::Error),
}

impl From<sqlx::Error> for BookingError {
    fn from(error: sqlx::Error) -> Self {
        BookingError::Database(error)
    }
}

/// The answer to a booking the store refused.
pub fn refusal(error: BookingError) -> ApiError {
    match error {
        BookingError::UnknownSlot => ApiError::NotFound,
        BookingError::Refused(Refusal::Invalid(why)) => why.into(),
        BookingError::Refused(Refusal::Taken(why)) => ApiError::Conflict(why),
        BookingError::OpenBookings => ApiError::Conflict(FieldError::new("contact", "error-guide-open-bookings")),
        BookingError::KeyReused => {
            ApiError::Conflict(FieldError::new("idempotency_key", "error-idempotency-key-reused"))
        }
        BookingError::WrongState => ApiError::Conflict(FieldError::new("state", "error-guide-booking-state")),
        BookingError::Database(error) => error.into(),
    }
}

/// A change refused because it would drop booked meetings: 409 naming each one as
/// `meetings.<day>T<start>`, so the guide knows which bookings to cancel first.
pub fn orphaned_answer(meetings: &[Occurrence]) -> Response {
    let fields = meetings
        .iter()
        .map(|m| FieldError::new(&format!("meetings.{}T{}", m.day, m.start), "error-guide-booking-orphaned"))
        .collect();
    let body = ErrorBody { code: "conflict".to_owned(), message_id: "error-guide-booking-orphaned".to_owned(), fields };
    (StatusCode::CONFLICT, Json(body)).into_response()
}
