//! A guide's own data, for the guide (role `guide`, in the municipality the path names):
//! the profile, the slots offered, the blocked days, the bookings with the newcomers'
//! contacts, confirming and cancelling them. A guide never sees another guide's
//! bookings; the municipality's coordinators read them all.

use axum::{
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use model::{
    guides::{GuideBooking, GuideCancelRequest, GuideSlot, ProfileEdit, Slot},
    schedule::Day,
};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    error::{ApiError, AppJson, AppPath, AppQuery, Result},
    extract::invalid,
    guides::{day_range, moment, orphaned_answer, refusal, Coordinator, GuideBookingId, GuideStaff, SlotId},
    state::AppState,
    store::{Audit, BookingChange, BookingRow, Moment, SlotError},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(profile, save_profile))
        .routes(routes!(slots, add_slot))
        .routes(routes!(change_slot, delete_slot))
        .routes(routes!(blocked))
        .routes(routes!(block, unblock))
        .routes(routes!(bookings))
        .routes(routes!(confirmation))
        .routes(routes!(cancellation))
        .routes(routes!(all_bookings))
}

/// The answer to a slot or a blocked day the store refused.
fn slot_refusal(error: SlotError) -> Response {
    match error {
        SlotError::NotFound => ApiError::NotFound.into_response(),
        SlotError::Invalid(problems) => ApiError::Invalid(problems).into_response(),
        SlotError::Orphaned(meetings) => orphaned_answer(&meetings),
        SlotError::Database(error) => ApiError::from(error).into_response(),
    }
}

/// The guide's profile as last written.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guide/profile", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = ProfileEdit), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn profile(State(app): State<AppState>, who: GuideStaff) -> Result<Json<ProfileEdit>> {
    let guide = app.store.guide(who.guide(&app).await?).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(ProfileEdit {
        first_name: guide.first_name.clone(),
        languages: guide.languages(),
        topics: guide.topics(),
        about: app.store.guide_texts(guide.id).await?,
        per_week: guide.per_week(),
    }))
}

/// Writes the guide's profile, the first time creating it.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/guide/profile", tag = "staff",
    params(("municipality" = String, Path)), request_body = ProfileEdit,
    responses((status = 200, body = ProfileEdit), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn save_profile(
    State(app): State<AppState>,
    who: GuideStaff,
    AppJson(edit): AppJson<ProfileEdit>,
) -> Result<Json<ProfileEdit>> {
    invalid(edit.problems())?;
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "guide-profile-saved", "");
    app.store.save_profile(who.staff.account_id, who.municipality, &edit, &audit).await?;
    profile(State(app), who).await
}

fn listed(slots: Vec<(SlotId, Slot)>) -> Vec<GuideSlot> {
    slots.into_iter().map(|(id, slot)| GuideSlot { id: id.0, slot }).collect()
}

/// The guide's slots, oldest first.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guide/slots", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<GuideSlot>), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn slots(State(app): State<AppState>, who: GuideStaff) -> Result<Json<Vec<GuideSlot>>> {
    Ok(Json(listed(app.store.guide_slots(who.guide(&app).await?).await?)))
}

/// Adds a slot, checked by `Slot::problems` against the guide's other slots.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/guide/slots", tag = "staff",
    params(("municipality" = String, Path)), request_body = Slot,
    responses((status = 201, body = GuideSlot), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn add_slot(State(app): State<AppState>, who: GuideStaff, AppJson(slot): AppJson<Slot>) -> Result<Response> {
    let guide = who.guide(&app).await?;
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "guide-slot-added", "");
    Ok(match app.store.write_slot(guide, None, Some(&slot), moment(), &audit).await {
        Ok(id) => (StatusCode::CREATED, Json(GuideSlot { id: id.0, slot })).into_response(),
        Err(error) => slot_refusal(error),
    })
}

/// Changes a slot. Refused (409 `error-guide-booking-orphaned`, naming each meeting)
/// while it would move or drop a booked meeting to come: the guide cancels those first.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/guide/slots/{id}", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = Slot,
    responses((status = 200, body = GuideSlot), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn change_slot(
    State(app): State<AppState>,
    who: GuideStaff,
    AppPath((_municipality, id)): AppPath<(String, SlotId)>,
    AppJson(slot): AppJson<Slot>,
) -> Result<Response> {
    let guide = who.guide(&app).await?;
    let target = id.to_string();
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "guide-slot-changed", &target);
    Ok(match app.store.write_slot(guide, Some(id), Some(&slot), moment(), &audit).await {
        Ok(id) => Json(GuideSlot { id: id.0, slot }).into_response(),
        Err(error) => slot_refusal(error),
    })
}

/// Removes a slot, refused like a change while meetings to come are booked in it.
#[utoipa::path(delete, path = "/staff/municipalities/{municipality}/guide/slots/{id}", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn delete_slot(
    State(app): State<AppState>,
    who: GuideStaff,
    AppPath((_municipality, id)): AppPath<(String, SlotId)>,
) -> Result<Response> {
    let guide = who.guide(&app).await?;
    let target = id.to_string();
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "guide-slot-deleted", &target);
    Ok(match app.store.write_slot(guide, Some(id), None, moment(), &audit).await {
        Ok(_) => StatusCode::NO_CONTENT.into_response(),
        Err(error) => slot_refusal(error),
    })
}

async fn block_or_unblock(app: &AppState, who: &GuideStaff, day: &str, block: bool) -> Result<Response> {
    let day = Day::parse(day).ok_or(ApiError::NotFound)?;
    let guide = who.guide(app).await?;
    let target = day.to_string();
    let action = if block { "guide-day-blocked" } else { "guide-day-unblocked" };
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), action, &target);
    Ok(match app.store.block_day(guide, day, block, moment(), &audit).await {
        Ok(days) => Json(days).into_response(),
        Err(error) => slot_refusal(error),
    })
}

/// The days the guide has blocked, soonest first.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guide/blocked", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<Day>), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn blocked(State(app): State<AppState>, who: GuideStaff) -> Result<Json<Vec<Day>>> {
    let mut days = app.store.guide_blocked(who.guide(&app).await?).await?;
    days.sort_unstable();
    Ok(Json(days))
}

/// Blocks a day: no meeting is offered on it. Refused (409) while meetings to come are
/// booked that day. Answers the blocked days.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/guide/blocked/{day}", tag = "staff",
    params(("municipality" = String, Path), ("day" = String, Path, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
    responses((status = 200, body = Vec<Day>), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn block(
    State(app): State<AppState>,
    who: GuideStaff,
    AppPath((_municipality, day)): AppPath<(String, String)>,
) -> Result<Response> {
    block_or_unblock(&app, &who, &day, true).await
}

/// Offers a blocked day again. Answers the blocked days.
#[utoipa::path(delete, path = "/staff/municipalities/{municipality}/guide/blocked/{day}", tag = "staff",
    params(("municipality" = String, Path), ("day" = String, Path, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
    responses((status = 200, body = Vec<Day>), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn unblock(
    State(app): State<AppState>,
    who: GuideStaff,
    AppPath((_municipality, day)): AppPath<(String, String)>,
) -> Result<Response> {
    block_or_unblock(&app, &who, &day, false).await
}

fn staff_view(booking: &BookingRow, at: Moment) -> GuideBooking {
    let time = booking.occurrence();
    GuideBooking {
        id: booking.id.0,
        slot_id: booking.slot_id.0,
        guide_id: booking.guide_id.0,
        guide_first_name: booking.guide_first_name.clone(),
        state: booking.state(at),
        day: time.day,
        start: time.start,
        minutes: time.minutes,
        meeting: booking.meeting(),
        place: booking.place.clone(),
        topic: booking.topic(),
        first_name: booking.first_name.clone(),
        contact: booking.contact.clone(),
        lang: booking.lang(),
        note: booking.note.clone(),
        cancel_reason: booking.cancel_reason(),
        cancel_note: booking.cancel_note.clone(),
    }
}

/// The guide's own bookings, waiting, confirmed, cancelled and past, with the contact.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guide/bookings", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<GuideBooking>), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn bookings(State(app): State<AppState>, who: GuideStaff) -> Result<Json<Vec<GuideBooking>>> {
    let guide = who.guide(&app).await?;
    let at = moment();
    let rows = app.store.guide_bookings(who.municipality, Some(guide)).await?;
    Ok(Json(rows.iter().map(|b| staff_view(b, at)).collect()))
}

/// Applies one change to one of the guide's own bookings; another guide's is not found.
async fn change(
    app: &AppState,
    who: &GuideStaff,
    id: GuideBookingId,
    change: BookingChange,
    action: &str,
) -> Result<Json<GuideBooking>> {
    let guide = who.guide(app).await?;
    let booking = app.store.guide_booking(id).await?.filter(|b| b.guide_id == guide).ok_or(ApiError::NotFound)?;
    let target = booking.id.to_string();
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), action, &target);
    app.store.change_booking(id, &change, moment(), &audit).await.map_err(refusal)?;
    let booking = app.store.guide_booking(id).await?.ok_or(ApiError::NotFound)?;
    crate::guides_mail::decided(app, &booking, moment());
    Ok(Json(staff_view(&booking, moment())))
}

/// Confirms a waiting booking.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/guide/bookings/{id}/confirmation", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = GuideBooking), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn confirmation(
    State(app): State<AppState>,
    who: GuideStaff,
    AppPath((_municipality, id)): AppPath<(String, GuideBookingId)>,
) -> Result<Json<GuideBooking>> {
    change(&app, &who, id, BookingChange::Confirm, "guide-booking-confirmed").await
}

/// Cancels a waiting or confirmed booking before the meeting, with a reason the
/// newcomer sees (`other` needs a note); the time is open again at once.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/guide/bookings/{id}/cancellation", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = GuideCancelRequest,
    responses((status = 200, body = GuideBooking), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn cancellation(
    State(app): State<AppState>,
    who: GuideStaff,
    AppPath((_municipality, id)): AppPath<(String, GuideBookingId)>,
    AppJson(request): AppJson<GuideCancelRequest>,
) -> Result<Json<GuideBooking>> {
    invalid(request.problems())?;
    let to_do = BookingChange::CancelByGuide { reason: request.reason, note: request.note };
    change(&app, &who, id, to_do, "guide-booking-cancelled-by-guide").await
}

/// The longest range of days the coordinators' list of bookings takes at once.
pub const RANGE_DAYS_MAX: i64 = 62;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RangeParams {
    /// The first day, `YYYY-MM-DD`; with `to`, at most 62 days in all.
    #[param(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    from: Option<String>,
    /// The last day, included.
    #[param(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    to: Option<String>,
}

/// Every guide's bookings of the municipality, for its coordinators, with the contacts:
/// all of them, or those of the days `from` to `to` (both given, at most 62 days).
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guides/bookings", tag = "staff",
    params(("municipality" = String, Path), RangeParams),
    responses((status = 200, body = Vec<GuideBooking>), (status = 403, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn all_bookings(
    State(app): State<AppState>,
    who: Coordinator,
    AppQuery(params): AppQuery<RangeParams>,
) -> Result<Json<Vec<GuideBooking>>> {
    let range = match (params.from.as_deref(), params.to.as_deref()) {
        (None, None) => None,
        (from, to) => Some(day_range(from, to, RANGE_DAYS_MAX)?),
    };
    let at = moment();
    let rows = app.store.guide_bookings(who.municipality, None).await?;
    let shown = rows.iter().filter(|b| range.is_none_or(|(from, to)| from <= b.day && b.day <= to));
    Ok(Json(shown.map(|b| staff_view(b, at)).collect()))
}
