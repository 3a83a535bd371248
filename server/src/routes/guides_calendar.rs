//! Guides' meetings in the phone's calendar: a newcomer's confirmed booking as one
//! `.ics` file by its code, and each guide's own feed at a secret address the guide can
//! replace. No contact is ever in a file. The code and the secret travel in the path,
//! which the request log never writes (it names the matched route: `telemetry`).

use axum::{
    extract::State,
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Response},
    Json,
};
use base64::Engine as _;
use model::{
    guides::{BookingState, CalendarFeed, CalendarFeedState},
    i18n::Localizer,
    Language,
};
use subtle::ConstantTimeEq as _;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    auth::token_hash,
    calendar::{self, request_host, Meeting},
    client::ClientIp,
    error::{ApiError, AppPath, AppQuery, Result},
    extract::{language, LangParams},
    guides::{by_code, moment, GuideId, GuideStaff},
    state::AppState,
    store::{Audit, BookingRow, Moment},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(booking_calendar)).routes(routes!(feed_state, new_feed)).routes(routes!(feed))
}

/// Days of meetings already held a guide's feed still shows.
const FEED_DAYS_BACK: i64 = 30;
/// How often a subscribed calendar is asked to fetch the feed again, in minutes.
const FEED_TTL_MINUTES: u32 = 60;

fn ics(body: String, file: &str) -> Response {
    let disposition = format!("attachment; filename=\"{file}.ics\"");
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).expect("an ASCII file name")),
        ],
        body,
    )
        .into_response()
}

/// A topic's, a meeting kind's or a state's name (`guide-topic-<code>` and so on).
fn name(texts: &Localizer, kind: &str, code: &str) -> String {
    texts.text(&format!("guide-{kind}-{code}"))
}

/// A booking as one meeting, with its summary and description.
fn meeting<'a>(booking: &'a BookingRow, summary: &'a str, description: &'a str, tentative: bool) -> Meeting<'a> {
    let time = booking.occurrence();
    Meeting {
        uid: format!("guide-booking-{}", booking.id),
        summary,
        description,
        place: &booking.place,
        day: time.day,
        start: time.start,
        minutes: time.minutes,
        tentative,
    }
}

/// A confirmed booking still to come, as an iCalendar file, by its code; anything else
/// is not found. Rate-limited and logged like a lookup by code.
#[utoipa::path(get, path = "/guides/bookings/{code}/calendar.ics", tag = "guides",
    params(("code" = String, Path, description = "The booking's code, with or without dashes.",
        pattern = "^[0-9A-Za-z-]{10,14}$"), LangParams),
    responses((status = 200, content_type = "text/calendar"), (status = 404, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn booking_calendar(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    headers: HeaderMap,
    AppPath(code): AppPath<String>,
    AppQuery(params): AppQuery<LangParams>,
) -> Result<Response> {
    let lang = params.lang.as_deref().map(|l| language(Some(l))).transpose()?;
    // A path that is no code names nothing, as a code with a wrong check character.
    let booking = by_code(&app, client, &code).await.map_err(|error| match error {
        ApiError::Invalid(_) => ApiError::NotFound,
        other => other,
    })?;
    if booking.state(moment()) != BookingState::Confirmed {
        return Err(ApiError::NotFound);
    }
    let lang = lang.or_else(|| booking.lang()).unwrap_or(Language::SOURCE);
    let texts = Localizer::with_files(lang, &["guides"]);
    // The topic and the guide's first name, the kind of meeting, the place.
    let summary = format!("{} – {}", name(&texts, "topic", booking.topic().code()), booking.guide_first_name);
    let description = name(&texts, "meeting", booking.meeting().code());
    let meetings = [meeting(&booking, &summary, &description, false)];
    let body = calendar::meetings(&summary, lang, &meetings, &request_host(&headers), None);
    Ok(ics(body, "guide-booking"))
}

/// Whether the guide has a calendar feed. Its address is shown only when made.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guide/calendar", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = CalendarFeedState), (status = 403, body = model::ErrorBody),
        (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn feed_state(State(app): State<AppState>, who: GuideStaff) -> Result<Json<CalendarFeedState>> {
    let guide = who.guide(&app).await?;
    Ok(Json(CalendarFeedState { active: app.store.calendar_secret_hash(guide).await?.is_some() }))
}

/// Makes a new secret address for the guide's calendar feed (128 random bits, kept only
/// as a hash); the old address stops working at once.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/guide/calendar", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = CalendarFeed), (status = 403, body = model::ErrorBody),
        (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn new_feed(State(app): State<AppState>, who: GuideStaff) -> Result<Json<CalendarFeed>> {
    let guide = who.guide(&app).await?;
    let mut bytes = [0_u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| ApiError::Internal(anyhow::anyhow!("random source: {e}")))?;
    let secret = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "guide-calendar-feed-replaced", "");
    app.store.set_calendar_secret(guide, &token_hash(&secret), &audit).await?;
    Ok(Json(CalendarFeed { path: format!("/api/guides/calendar/{guide}/{secret}.ics") }))
}

/// One of the guide's meetings in the feed: the newcomer's first name and the topic,
/// the state and the kind of meeting, the place; never the contact.
fn feed_entry(booking: &BookingRow, texts: &Localizer, at: Moment) -> (String, String) {
    let topic = name(texts, "topic", booking.topic().code());
    let summary = if booking.first_name.is_empty() { topic } else { format!("{} – {topic}", booking.first_name) };
    let state = name(texts, "booking-state", booking.state(at).code());
    (summary, format!("{state}\n{}", name(texts, "meeting", booking.meeting().code())))
}

/// The guide's calendar feed at its secret address: waiting and confirmed meetings from
/// 30 days back on. A wrong secret, a replaced one or a deactivated guide: not found.
#[utoipa::path(get, path = "/guides/calendar/{guide_id}/{file}", tag = "guides",
    params(("guide_id" = i64, Path), ("file" = String, Path, description = "`<secret>.ics`, as the guide's console gave it.",
        pattern = "^[A-Za-z0-9_-]{22}\\.ics$"), LangParams),
    responses((status = 200, content_type = "text/calendar"), (status = 404, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn feed(
    State(app): State<AppState>,
    headers: HeaderMap,
    AppPath((guide_id, file)): AppPath<(GuideId, String)>,
    AppQuery(params): AppQuery<LangParams>,
) -> Result<Response> {
    let lang = language(params.lang.as_deref())?;
    let secret = file.strip_suffix(".ics").ok_or(ApiError::NotFound)?;
    let guide = app.store.guide(guide_id).await?.filter(|g| g.state == "approved").ok_or(ApiError::NotFound)?;
    let stored = app.store.calendar_secret_hash(guide.id).await?.ok_or(ApiError::NotFound)?;
    if !bool::from(token_hash(secret).as_bytes().ct_eq(stored.as_bytes())) {
        return Err(ApiError::NotFound);
    }
    let at = moment();
    let texts = Localizer::with_files(lang, &["guides"]);
    let bookings = app.store.feed_bookings(guide.id, at.today.plus_days(-FEED_DAYS_BACK)).await?;
    let entries: Vec<(String, String)> = bookings.iter().map(|b| feed_entry(b, &texts, at)).collect();
    let meetings: Vec<Meeting<'_>> = bookings
        .iter()
        .zip(&entries)
        .map(|(booking, (summary, description))| {
            meeting(booking, summary, description, booking.state(at) == BookingState::Waiting)
        })
        .collect();
    let title = format!("{} – Välkommen", guide.first_name);
    let body = calendar::meetings(&title, lang, &meetings, &request_host(&headers), Some(FEED_TTL_MINUTES));
    Ok(ics(body, "guide"))
}
