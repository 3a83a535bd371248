//! What the guides' routes share: their ids, who may act as a guide (role `guide`, in
//! the municipality the path names) or as its coordinator, the answers to a refused
//! booking or an edit that would drop booked meetings, a guide's open times and a
//! booking found by its code.

use std::net::IpAddr;

use axum::{
    extract::{FromRequestParts, RawPathParams},
    http::{request::Parts, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use model::{
    auth::Role,
    guides::{Availability, BookingCode, MeetingKind, Occurrence, OpenTime, Slot},
    schedule::Day,
    sportotek::Refusal,
    ErrorBody, FieldError,
};

use crate::{
    auth::Staff,
    calendar::swedish_now,
    error::{ApiError, Result},
    extract::municipality,
    ids::MunicipalityId,
    state::AppState,
    store::{BookingRow, Moment},
};

macro_rules! guide_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize, sqlx::Type)]
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
    pub staff: Staff,
}

impl FromRequestParts<AppState> for Coordinator {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Coordinator> {
        let staff = Staff::from_request_parts(parts, app).await?;
        let m = path_municipality(parts, app).await?;
        staff.require(Role::Coordinator, m)?;
        Ok(Coordinator { municipality: m, staff })
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
    let body = ErrorBody {
        code: "conflict".to_owned(),
        message_id: "error-guide-booking-orphaned".to_owned(),
        fields,
        request_id: crate::request_id::current(),
    };
    (StatusCode::CONFLICT, Json(body)).into_response()
}

/// The moment a change or a read is judged at, in Swedish local time.
pub fn moment() -> Moment {
    let (today, now) = swedish_now();
    Moment { today, now }
}

/// A guide's open times for the next `weeks`, soonest first, and the kinds of meeting
/// the guide's slots offer. A guide who is not approved (deactivated) has none.
pub async fn open_times(app: &AppState, guide: GuideId, weeks: i64) -> Result<(Vec<OpenTime>, Vec<MeetingKind>)> {
    let Some(row) = app.store.guide(guide).await?.filter(|g| g.state == "approved") else {
        return Ok((Vec::new(), Vec::new()));
    };
    let slots: Vec<(i64, Slot)> =
        app.store.guide_slots(guide).await?.into_iter().map(|(id, slot)| (id.0, slot)).collect();
    let blocked = app.store.guide_blocked(guide).await?;
    let held = app.store.guide_held(guide).await?;
    let at = moment();
    let open = Availability { slots: &slots, blocked: &blocked, held: &held, per_week: row.per_week() }.open(
        at.today,
        at.now,
        at.today.plus_days(weeks * 7),
    );
    let mut kinds: Vec<MeetingKind> = slots.iter().map(|(_, s)| s.meeting).collect();
    kinds.sort();
    kinds.dedup();
    Ok((open, kinds))
}

/// The booking a typed code names, rate-limited per client and logged by a keyed hash
/// of the client. A code whose check character is wrong names none (404) without a query.
pub async fn by_code(app: &AppState, client: IpAddr, raw: &str) -> Result<BookingRow> {
    if !app.guide_lookups.check(&client).await? {
        return Err(ApiError::RateLimited);
    }
    let code = BookingCode::parse(raw).map_err(|problem| match problem.message_id.as_str() {
        "error-loan-code-check" => ApiError::NotFound,
        _ => problem.into(),
    })?;
    let booking = app.store.guide_booking_by_code(&code).await?;
    app.store
        .log_guide_lookup(booking.as_ref().map(|b| b.id), &app.client_hashes.hash(&client.to_string()).await?)
        .await?;
    booking.ok_or(ApiError::NotFound)
}

/// A day named in a query, `YYYY-MM-DD`; else 422 naming `field`.
pub fn query_day(field: &str, raw: &str) -> Result<Day, FieldError> {
    Day::parse(raw.trim()).ok_or_else(|| FieldError::new(field, "error-guide-day"))
}

/// The days `from` to `to` of a query, both included: both given, in order, and at most
/// `max` days in all. Every problem is named at once.
pub fn day_range(from: Option<&str>, to: Option<&str>, max: i64) -> Result<(Day, Day)> {
    let read = |field: &str, raw: Option<&str>| match raw {
        None => Err(FieldError::new(field, "error-required")),
        Some(raw) => query_day(field, raw),
    };
    match (read("from", from), read("to", to)) {
        (Ok(from), Ok(to)) if to < from => Err(FieldError::new("to", "error-period").into()),
        (Ok(from), Ok(to)) if from.days_until(to) >= max => {
            Err(FieldError::new("to", "error-guide-range-too-long").into())
        }
        (Ok(from), Ok(to)) => Ok((from, to)),
        (from, to) => Err(ApiError::Invalid([from.err(), to.err()].into_iter().flatten().collect())),
    }
}
