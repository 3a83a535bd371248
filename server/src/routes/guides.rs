//! Refugee guides for newcomers, without an account: the municipality's guides filtered
//! by language, topic and meeting kind with their next open times, one guide's page,
//! booking a meeting, and a booking by its code (to look at or cancel). The guides' own
//! routes: `guides_staff`; wire types and the time rules: `model::guides` (docs/guides.md).

use std::{net::IpAddr, sync::LazyLock};

use axum::{extract::State, http::StatusCode, Json};
use model::{
    activities::SPOKEN_LANGUAGES,
    guides::{
        Availability, Booking, BookingCode, BookingRequest, GuideFilter, GuideProfile, GuideSummary, MeetingKind,
        OpenTime, Topic,
    },
    sportotek::LoanCodeRequest,
    FieldError, Language,
};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    auth::token_hash,
    calendar::swedish_now,
    client::ClientIp,
    error::{ApiError, AppJson, AppPath, AppQuery, Result},
    extract::{invalid, language, municipality, LangParams},
    guides::{refusal, BookingError, GuideId, SlotId},
    state::AppState,
    store::{Audit, Booked, BookingChange, BookingRow, GuideRow, Moment, NewBooking},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(guides))
        .routes(routes!(guide))
        .routes(routes!(book))
        .routes(routes!(lookup))
        .routes(routes!(cancel))
}

/// Open times a guide's page shows, and how many the list shows per guide.
const PAGE_WEEKS: i64 = 8;
const NEXT_IN_LIST: usize = 3;

fn moment() -> Moment {
    let (today, now) = swedish_now();
    Moment { today, now }
}

/// A guide's open times for the next `weeks`, soonest first, and the kinds of meeting
/// the guide's slots offer.
async fn open_times(app: &AppState, guide: GuideId, weeks: i64) -> Result<(Vec<OpenTime>, Vec<MeetingKind>)> {
    let slots: Vec<(i64, model::guides::Slot)> =
        app.store.guide_slots(guide).await?.into_iter().map(|(id, slot)| (id.0, slot)).collect();
    let blocked = app.store.guide_blocked(guide).await?;
    let held = app.store.guide_held(guide).await?;
    let per_week = app.store.guide(guide).await?.map_or(1, |g| g.per_week());
    let at = moment();
    let open = Availability { slots: &slots, blocked: &blocked, held: &held, per_week }.open(
        at.today,
        at.now,
        at.today.plus_days(weeks * 7),
    );
    let mut kinds: Vec<MeetingKind> = slots.iter().map(|(_, s)| s.meeting).collect();
    kinds.sort();
    kinds.dedup();
    Ok((open, kinds))
}

async fn summary(app: &AppState, guide: &GuideRow) -> Result<GuideSummary> {
    let (open, meeting_kinds) = open_times(app, guide.id, PAGE_WEEKS).await?;
    Ok(GuideSummary {
        id: guide.id.0,
        first_name: guide.first_name.clone(),
        languages: guide.languages(),
        topics: guide.topics(),
        meeting_kinds,
        photo: None,
        next_open: open.into_iter().take(NEXT_IN_LIST).collect(),
    })
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GuideParams {
    /// `sv`, `ar`, `prs`, `uk` or `en`: the reader's language, and the language filtered
    /// by when `language` is left out.
    #[param(pattern = "^(sv|ar|prs|uk|en)$")]
    lang: Option<String>,
    /// A code of the spoken languages (`spoken-<code>`) the guide must speak.
    #[param(pattern = "^(sv|en|ar|prs|uk|ru|so|ti|ku|ps)$")]
    language: Option<String>,
    /// A topic's code.
    #[param(value_type = Option<model::guides::GuideTopic>, inline)]
    topic: Option<String>,
    /// A meeting kind's code.
    #[param(value_type = Option<model::guides::MeetingKind>, inline)]
    meeting: Option<MeetingKind>,
}

/// The municipality's approved guides who match the filters, each with the next open
/// times. No contact.
#[utoipa::path(get, path = "/municipalities/{municipality}/guides", tag = "guides",
    params(("municipality" = String, Path), GuideParams),
    responses((status = 200, body = Vec<GuideSummary>), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn guides(
    State(app): State<AppState>,
    AppPath(slug): AppPath<String>,
    AppQuery(params): AppQuery<GuideParams>,
) -> Result<Json<Vec<GuideSummary>>> {
    let lang = language(params.lang.as_deref())?;
    let spoken = params.language.unwrap_or_else(|| lang.code().to_owned());
    if !SPOKEN_LANGUAGES.contains(&spoken.as_str()) {
        return Err(FieldError::new("language", "error-unknown-language").into());
    }
    let topic = match params.topic.as_deref() {
        None | Some("") => None,
        Some(code) => Some(Topic::from_code(code).ok_or_else(|| FieldError::new("topic", "error-unknown-topic"))?),
    };
    let filter = GuideFilter { language: Some(spoken), topic, meeting: params.meeting };
    let (m, _) = municipality(&app, &slug).await?;
    let mut found = Vec::new();
    for guide in app.store.approved_guides(m).await? {
        let summary = summary(&app, &guide).await?;
        if filter.matches(&summary) {
            found.push(summary);
        }
    }
    Ok(Json(found))
}

/// One approved guide's page: the text in the reader's language (else Swedish, else
/// the first written) and the open times of the next weeks.
#[utoipa::path(get, path = "/municipalities/{municipality}/guides/{id}", tag = "guides",
    params(("municipality" = String, Path), ("id" = i64, Path), LangParams),
    responses((status = 200, body = GuideProfile), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn guide(
    State(app): State<AppState>,
    AppPath((slug, id)): AppPath<(String, GuideId)>,
    AppQuery(params): AppQuery<LangParams>,
) -> Result<Json<GuideProfile>> {
    let lang = language(params.lang.as_deref())?;
    let (m, _) = municipality(&app, &slug).await?;
    let guide = app.store.guide(id).await?.filter(|g| g.municipality_id == m && g.state == "approved");
    let guide = guide.ok_or(ApiError::NotFound)?;
    let texts = app.store.guide_texts(guide.id).await?;
    let chosen =
        [lang, Language::SOURCE].into_iter().find(|l| texts.contains_key(l)).or_else(|| texts.keys().next().copied());
    let (open, meeting_kinds) = open_times(&app, guide.id, PAGE_WEEKS).await?;
    Ok(Json(GuideProfile {
        id: guide.id.0,
        first_name: guide.first_name.clone(),
        languages: guide.languages(),
        topics: guide.topics(),
        meeting_kinds,
        photo: None,
        lang: chosen,
        about: chosen.and_then(|l| texts.get(&l).cloned()).unwrap_or_default(),
        open,
        demo: guide.demo,
    }))
}

/// What the newcomer sees of a booking: no contact, no note.
fn view(booking: &BookingRow) -> Booking {
    let at = moment();
    let time = booking.occurrence();
    Booking {
        code: booking.shown_code(),
        state: booking.state(at),
        guide_first_name: booking.guide_first_name.clone(),
        day: time.day,
        start: time.start,
        minutes: time.minutes,
        meeting: booking.meeting(),
        place: booking.place.clone(),
        topic: booking.topic(),
        cancel_reason: booking.cancel_reason(),
        cancel_note: booking.cancel_note.clone(),
        cancellable: booking.cancellable(at),
        calendar: None,
    }
}

/// Books one meeting of a guide. A new booking answers 201 (`waiting` until the guide
/// confirms); the same idempotency key again answers the first one with 200 and changes
/// nothing. New bookings are rate-limited per client; a retry is not counted.
#[utoipa::path(post, path = "/municipalities/{municipality}/guides/bookings", tag = "guides",
    params(("municipality" = String, Path), LangParams), request_body = BookingRequest,
    responses((status = 201, body = Booking), (status = 200, body = Booking),
        (status = 404, body = model::ErrorBody), (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody),
        (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn book(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppPath(slug): AppPath<String>,
    AppQuery(params): AppQuery<LangParams>,
    AppJson(request): AppJson<BookingRequest>,
) -> Result<(StatusCode, Json<Booking>)> {
    let lang = language(params.lang.as_deref())?;
    invalid(request.problems())?;
    let (m, _) = municipality(&app, &slug).await?;
    let retry = app.store.guide_booking_by_key(m, &request.idempotency_key).await?.is_some();
    if !retry && !app.new_guide_bookings.check(&client) {
        return Err(ApiError::RateLimited);
    }
    let slot_id = SlotId(request.slot_id);
    let slot = app.store.bookable_slot(m, slot_id).await?.ok_or(ApiError::NotFound)?;
    if let Some(problem) = request.topic_problem(&slot) {
        return Err(problem.into());
    }
    let booking = NewBooking {
        municipality_id: m,
        slot_id,
        day: request.day,
        first_name: request.first_name.trim(),
        contact: request.contact.trim(),
        topic: request.topic().ok_or_else(|| FieldError::new("topic", "error-unknown-topic"))?,
        note: request.note.trim(),
        lang: request.lang.or(Some(lang)),
        idempotency_key: &request.idempotency_key,
    };
    let audit = Audit::new(None, Some(m), "guide-booked", "");
    let (status, id) = match app.store.book(&booking, moment(), &audit).await {
        Ok(Booked::New(id)) => (StatusCode::CREATED, id),
        Ok(Booked::Replayed(id)) => (StatusCode::OK, id),
        Err(error) => return Err(refusal(error)),
    };
    let booking = app.store.guide_booking(id).await?.ok_or(ApiError::NotFound)?;
    Ok((status, Json(view(&booking))))
}

/// Who asked, for the lookup log, without keeping the address: a hash keyed with a
/// secret that lives only as long as the process.
fn client_key(client: IpAddr) -> String {
    static KEY: LazyLock<String> = LazyLock::new(crate::auth::new_token);
    token_hash(&format!("{}{client}", *KEY))[..16].to_owned()
}

/// The booking a typed code names, rate-limited per client and logged by a keyed hash
/// of the client. A code whose check character is wrong names none (404).
async fn by_code(app: &AppState, client: IpAddr, raw: &str) -> Result<BookingRow> {
    if !app.guide_lookups.check(&client) {
        return Err(ApiError::RateLimited);
    }
    let code = BookingCode::parse(raw).map_err(|problem| match problem.message_id.as_str() {
        "error-loan-code-check" => ApiError::NotFound,
        _ => problem.into(),
    })?;
    let booking = app.store.guide_booking_by_code(&code).await?;
    app.store.log_guide_lookup(booking.as_ref().map(|b| b.id), &client_key(client)).await?;
    booking.ok_or(ApiError::NotFound)
}

/// A booking by its code: its state, the time, the place and the guide's first name.
#[utoipa::path(post, path = "/guides/bookings/lookup", tag = "guides", request_body = LoanCodeRequest,
    responses((status = 200, body = Booking), (status = 404, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn lookup(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppJson(request): AppJson<LoanCodeRequest>,
) -> Result<Json<Booking>> {
    Ok(Json(view(&by_code(&app, client, &request.code).await?)))
}

/// The newcomer cancels a waiting or confirmed booking before the meeting starts; the
/// time is open again at once.
#[utoipa::path(post, path = "/guides/bookings/cancellation", tag = "guides", request_body = LoanCodeRequest,
    responses((status = 200, body = Booking), (status = 404, body = model::ErrorBody), (status = 409, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn cancel(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppJson(request): AppJson<LoanCodeRequest>,
) -> Result<Json<Booking>> {
    let booking = by_code(&app, client, &request.code).await?;
    let target = booking.id.to_string();
    let audit = Audit::new(None, Some(booking.municipality_id), "guide-booking-cancelled-by-newcomer", &target);
    match app.store.change_booking(booking.id, &BookingChange::CancelByNewcomer, moment(), &audit).await {
        Ok(()) => {}
        Err(BookingError::WrongState) => {
            return Err(ApiError::Conflict(FieldError::new("code", "error-guide-not-cancellable")));
        }
        Err(error) => return Err(refusal(error)),
    }
    let booking = app.store.guide_booking(booking.id).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(view(&booking)))
}
