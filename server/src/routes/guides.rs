//! Refugee guides for newcomers, without an account: the municipality's guides filtered
//! by language, topic and meeting kind with their next open times, one guide's page,
//! booking a meeting, and a booking by its code (to look at or cancel). The guides' own
//! routes: `guides_staff`; the coordinators': `guides_coordination`; calendar files:
//! `guides_calendar`; wire types and the time rules: `model::guides` (docs/guides.md).

use axum::{
    extract::{Query, Request, State},
    http::{Method, StatusCode},
    Json,
};
use model::{
    activities::SPOKEN_LANGUAGES,
    guides::{Booking, BookingRequest, BookingState, GuideFilter, GuideProfile, GuideSummary, MeetingKind, Topic},
    sportotek::LoanCodeRequest,
    FieldError, Language,
};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    client::ClientIp,
    error::{ApiError, AppJson, AppPath, AppQuery, Result},
    extract::{invalid, language, municipality, LangParams},
    guides::{by_code, moment, open_times, refusal, BookingError, GuideId, SlotId},
    ids::MunicipalityId,
    state::AppState,
    store::{Audit, Booked, BookingChange, BookingRow, GuideRow, NewBooking},
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

async fn summary(app: &AppState, guide: &GuideRow) -> Result<GuideSummary> {
    let (open, meeting_kinds) = open_times(app, guide.id, PAGE_WEEKS).await?;
    Ok(GuideSummary {
        id: guide.id.0,
        first_name: guide.first_name.clone(),
        languages: guide.languages(),
        topics: guide.topics(),
        meeting_kinds,
        photo: guide.photo(),
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
/// times. No contact. Each search is counted by language and topic (no person, no
/// address) for the coordinators' view of what nobody covers.
#[utoipa::path(get, path = "/municipalities/{municipality}/guides", tag = "guides",
    params(("municipality" = String, Path), GuideParams),
    responses((status = 200, body = Vec<GuideSummary>), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn guides(
    State(app): State<AppState>,
    AppPath(slug): AppPath<String>,
    AppQuery(params): AppQuery<GuideParams>,
) -> Result<Json<Vec<GuideSummary>>> {
    let filter = params.filter()?;
    let (m, _) = municipality(&app, &slug).await?;
    // What was asked is counted around the read cache, whatever is found (`startup::CountDemand`).
    Ok(Json(matching(&app, m, &filter).await?))
}

impl GuideParams {
    /// What the reader asked for: the spoken language defaults to the reader's.
    pub fn filter(self) -> Result<GuideFilter> {
        let lang = language(self.lang.as_deref())?;
        let spoken = self.language.unwrap_or_else(|| lang.code().to_owned());
        if !SPOKEN_LANGUAGES.contains(&spoken.as_str()) {
            return Err(FieldError::new("language", "error-unknown-language").into());
        }
        let topic = match self.topic.as_deref() {
            None | Some("") => None,
            Some(code) => Some(Topic::from_code(code).ok_or_else(|| FieldError::new("topic", "error-unknown-topic"))?),
        };
        Ok(GuideFilter { language: Some(spoken), topic, meeting: self.meeting })
    }
}

/// The municipality's slug when `path` is its guides' list.
fn guides_list_of(path: &str) -> Option<&str> {
    let slug = path.strip_prefix("/api/municipalities/")?.strip_suffix("/guides")?;
    (!slug.is_empty() && !slug.contains('/')).then_some(slug)
}

/// The municipality and filter of a search of the guides' list (`startup::CountDemand`).
pub fn search_asked(request: &Request) -> Option<(String, GuideFilter)> {
    let slug = (request.method() == Method::GET).then(|| guides_list_of(request.uri().path())).flatten()?;
    let Query(params) = Query::<GuideParams>::try_from_uri(request.uri()).ok()?;
    Some((slug.to_owned(), params.filter().ok()?))
}

/// The approved guides who match `filter`, for the API and the server's first paint
/// (which counts no demand: the app asks the API again once it runs).
pub async fn matching(app: &AppState, m: MunicipalityId, filter: &GuideFilter) -> Result<Vec<GuideSummary>> {
    let mut found = Vec::new();
    for guide in app.store.approved_guides(m).await? {
        let summary = summary(app, &guide).await?;
        if filter.matches(&summary) {
            found.push(summary);
        }
    }
    Ok(found)
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
    Ok(Json(profile(&app, m, id, lang).await?))
}

/// An approved guide's page, for the API and the server's first paint.
pub async fn profile(app: &AppState, m: MunicipalityId, id: GuideId, lang: Language) -> Result<GuideProfile> {
    let guide = app.store.guide(id).await?.filter(|g| g.municipality_id == m && g.state == "approved");
    let guide = guide.ok_or(ApiError::NotFound)?;
    let texts = app.store.guide_texts(guide.id).await?;
    let chosen =
        [lang, Language::SOURCE].into_iter().find(|l| texts.contains_key(l)).or_else(|| texts.keys().next().copied());
    let (open, meeting_kinds) = open_times(app, guide.id, PAGE_WEEKS).await?;
    Ok(GuideProfile {
        id: guide.id.0,
        first_name: guide.first_name.clone(),
        languages: guide.languages(),
        topics: guide.topics(),
        meeting_kinds,
        photo: guide.photo(),
        lang: chosen,
        about: chosen.and_then(|l| texts.get(&l).cloned()).unwrap_or_default(),
        open,
        demo: guide.demo,
    })
}

/// Where a confirmed booking's calendar file is (`guides_calendar`).
fn calendar_path(booking: &BookingRow) -> String {
    format!("/api/guides/bookings/{}/calendar.ics", booking.code)
}

/// What the newcomer sees of a booking: no contact, no note.
fn view(booking: &BookingRow) -> Booking {
    let at = moment();
    let time = booking.occurrence();
    let state = booking.state(at);
    Booking {
        code: booking.shown_code(),
        state,
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
        calendar: (state == BookingState::Confirmed).then(|| calendar_path(booking)),
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
    if !retry && !app.new_guide_bookings.check(&client).await? {
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
        Ok(Booked::New(id)) => {
            app.metrics.guide_bookings.inc();
            (StatusCode::CREATED, id)
        }
        Ok(Booked::Replayed(id)) => (StatusCode::OK, id),
        Err(error) => return Err(refusal(error)),
    };
    let booking = app.store.guide_booking(id).await?.ok_or(ApiError::NotFound)?;
    if status == StatusCode::CREATED {
        crate::guides_mail::booked(&app, &booking).await;
    }
    Ok((status, Json(view(&booking))))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_municipalitys_guides_list_is_counted() {
        assert_eq!(guides_list_of("/api/municipalities/granviken/guides"), Some("granviken"));
        for other in [
            "/api/municipalities/granviken/guides/7",
            "/api/municipalities//guides",
            "/api/municipalities/a/b/guides",
            "/api/municipalities/granviken/activities",
            "/api/guides",
        ] {
            assert_eq!(guides_list_of(other), None, "{other}");
        }
    }
}
