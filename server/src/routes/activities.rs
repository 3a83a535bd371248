//! Clubs and activities for families: the finder, an activity's page, an association's
//! page, and both as iCalendar for the phone's calendar.

use axum::{
    extract::State,
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Response},
    Json,
};
use model::{
    activities::{ActivityDetail, ActivityList, ActivitySummary, Position},
    associations::AssociationProfile,
    finder::{covered_by_voucher, Facts, FinderParams, FinderQuery, Sort},
    orientation::{Municipality, Slug},
    schedule::{Clock, Day, Session},
    Language,
};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    calendar::{self, swedish_now, CalendarEntry},
    error::{ApiError, AppPath, AppQuery, Result},
    ids::MunicipalityId,
    store::{ActivityRow, Shown},
};
use crate::{
    extract::{language, municipality, LangParams},
    state::AppState,
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(detail))
        .routes(routes!(activity_calendar))
        .routes(routes!(association))
        .routes(routes!(association_calendar))
}

/// The summary of `row` as of `today` at `now`, Swedish time.
fn summary(
    row: ActivityRow,
    voucher_amount_ore: i64,
    query: Option<&FinderQuery>,
    (today, now): (Day, Clock),
) -> ActivitySummary {
    ActivitySummary {
        // With a weekday chosen, the next meeting on that day.
        next: row.schedule.next_session_on(query.and_then(|q| q.weekday), today, now),
        covered: covered_by_voucher(row.cost_ore, row.voucher_accepted, voucher_amount_ore),
        distance_m: distance_m(query.and_then(|q| q.near), row.position),
        id: row.id,
        lang: row.lang,
        title: row.title,
        organiser: row.organiser,
        category: row.category,
        min_age: row.min_age,
        max_age: row.max_age,
        gender: row.gender,
        schedule: row.schedule,
        cost_ore: row.cost_ore,
        voucher_accepted: row.voucher_accepted,
        trial_sessions: row.trial_sessions,
        status: row.status,
        place: row.place,
        position: row.position,
        municipality: None,
    }
}

/// The activities that match the filters, one page at a time: by default the next
/// meeting first, or the nearest first when `sort=distance` comes with `near`.
#[utoipa::path(get, path = "/municipalities/{municipality}/activities", tag = "activities",
    params(("municipality" = String, Path), LangParams, FinderParams),
    responses((status = 200, body = ActivityList), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(
    State(app): State<AppState>,
    AppPath(slug): AppPath<String>,
    AppQuery(params): AppQuery<LangParams>,
    AppQuery(finder): AppQuery<FinderParams>,
) -> Result<Json<ActivityList>> {
    let lang = language(params.lang.as_deref())?;
    let query = FinderQuery::parse(&finder).map_err(ApiError::Invalid)?;
    let (id, municipality) = municipality(&app, &slug).await?;
    Ok(Json(found(&app, id, &municipality, lang, &query, FinderQuery::PAGE).await?))
}

/// An activity that matches the finder's filters, with what its page is ordered by.
struct Match {
    id: i64,
    next: Option<Session>,
    distance_m: Option<u32>,
    /// Whose it is: the place in the list of municipalities searched.
    place: usize,
}

/// The activities of one municipality that match `query`, judged against a fritidscheck
/// of `voucher_amount_ore` (0: none of the reader's pays there), by their facts alone.
async fn matching(
    app: &AppState,
    id: MunicipalityId,
    voucher_amount_ore: i64,
    query: &FinderQuery,
    place: usize,
    (today, now): (Day, Clock),
) -> Result<Vec<Match>> {
    let facts = app.store.activity_facts(id).await?;
    Ok(facts
        .into_iter()
        .filter(|f| {
            let facts = Facts {
                category: f.category,
                min_age: f.min_age,
                max_age: f.max_age,
                schedule: &f.schedule,
                covered: covered_by_voucher(f.cost_ore, f.voucher_accepted, voucher_amount_ore),
                trial_sessions: f.trial_sessions,
                leader_languages: &f.leader_languages,
            };
            query.matches(&facts, today, now)
        })
        .map(|f| Match {
            id: f.id,
            next: f.schedule.next_session_on(query.weekday, today, now),
            distance_m: distance_m(query.near, f.position),
            place,
        })
        .collect())
}

/// Metres from `near` to `position`, when both are known.
fn distance_m(near: Option<Position>, position: Option<Position>) -> Option<u32> {
    // Metres between two points on earth are positive and fit in u32.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    near.zip(position).map(|(a, b)| a.distance_m(b).round() as u32)
}

/// The `limit` activities that match `query` from its offset: a page for the API, as many
/// as the address asks for in the server's first paint. Every activity is matched and
/// ordered by its facts; only those shown are then read with their titles and organisers.
pub async fn found(
    app: &AppState,
    id: MunicipalityId,
    municipality: &Municipality,
    lang: Language,
    query: &FinderQuery,
    limit: u32,
) -> Result<ActivityList> {
    let clock = swedish_now();
    let voucher_amount_ore = app.store.voucher_amount(id).await?;
    // The reader's municipality first; the region's others, where the reader's
    // fritidscheck pays nothing (only what is free is "covered"), when asked for.
    let mut places = vec![(id, municipality.clone(), voucher_amount_ore)];
    if query.neighbours {
        let others = app.store.places().await?.into_iter().filter(|(other, _)| *other != id);
        places.extend(others.map(|(other, place)| (other, place, 0)));
    }
    let mut matches = Vec::new();
    for (n, (place_id, _, amount)) in places.iter().enumerate() {
        matches.extend(matching(app, *place_id, *amount, query, n, clock).await?);
    }
    match (query.sort, query.near) {
        (Sort::Distance, Some(_)) => matches.sort_by_key(|m| (m.distance_m.unwrap_or(u32::MAX), m.id)),
        _ => matches.sort_by_key(|m| (m.next, m.id)),
    }
    let total = u32::try_from(matches.len()).unwrap_or(u32::MAX);
    let page: Vec<Match> = matches.into_iter().skip(query.offset as usize).take(limit as usize).collect();
    let mut items = Vec::with_capacity(page.len());
    for (n, (place_id, place, amount)) in places.iter().enumerate() {
        let ids: Vec<i64> = page.iter().filter(|m| m.place == n).map(|m| m.id).collect();
        for row in app.store.activity_rows(*place_id, &place.name, lang, Shown::Page(&ids)).await? {
            let mut item = summary(row, *amount, Some(query), clock);
            item.municipality = (n > 0).then(|| place.clone());
            items.push(item);
        }
    }
    // Read by municipality and id; shown in the page's order.
    items.sort_by_key(|item| page.iter().position(|m| m.id == item.id));
    Ok(ActivityList { total, offset: query.offset, items, voucher_amount_ore })
}

async fn shown_activity(app: &AppState, slug: &str, id: i64, lang: Language) -> Result<(MunicipalityId, ActivityRow)> {
    let (m, municipality) = municipality(app, slug).await?;
    let rows = app.store.activity_rows(m, &municipality.name, lang, Shown::One(id)).await?;
    let row = rows.into_iter().next().ok_or(ApiError::NotFound)?;
    Ok((m, row))
}

/// One activity with everything its page shows, in `lang` where the association wrote it.
#[utoipa::path(get, path = "/municipalities/{municipality}/activities/{id}", tag = "activities",
    params(("municipality" = String, Path), ("id" = i64, Path), LangParams),
    responses((status = 200, body = ActivityDetail), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn detail(
    State(app): State<AppState>,
    AppPath((slug, id)): AppPath<(String, i64)>,
    AppQuery(params): AppQuery<LangParams>,
) -> Result<Json<ActivityDetail>> {
    let requested_lang = language(params.lang.as_deref())?;
    let (m, municipality) = municipality(&app, &slug).await?;
    Ok(Json(activity(&app, m, &municipality, id, requested_lang).await?))
}

/// Activity `id` as its page shows it, for the API and the server's first paint.
pub async fn activity(
    app: &AppState,
    m: MunicipalityId,
    municipality: &Municipality,
    id: i64,
    requested_lang: Language,
) -> Result<ActivityDetail> {
    let rows = app.store.activity_rows(m, &municipality.name, requested_lang, Shown::One(id)).await?;
    let row = rows.into_iter().next().ok_or(ApiError::NotFound)?;
    let (_, text) = app.store.activity_text(row.id, requested_lang).await?;
    let contact = app.store.organiser_contact(m, row.association_id).await?;
    let voucher_amount_ore = app.store.voucher_amount(m).await?;
    let (leader_languages, demo) = (row.leader_languages.clone(), row.demo);
    let equipment = app.store.activity_equipment(crate::ids::ActivityId(row.id)).await?;
    let equipment_items = app.store.sportotek_names(m, &equipment, requested_lang).await?;
    let summary = summary(row, voucher_amount_ore, None, swedish_now());
    Ok(ActivityDetail { summary, requested_lang, text, leader_languages, contact, demo, equipment_items })
}

/// The host the calendar's links point to, from the request.
fn host(headers: &HeaderMap) -> String {
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)))
        .unwrap_or("localhost")
        .to_owned()
}

/// The address of the activity's page in the app.
fn page_url(host: &str, id: i64) -> String {
    let scheme = if host.starts_with("localhost") || host.starts_with("127.") { "http" } else { "https" };
    format!("{scheme}://{host}/activities/{id}")
}

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

/// The activity as an iCalendar file: a weekly rule through the season, or its dates.
#[utoipa::path(get, path = "/municipalities/{municipality}/activities/{id}/calendar.ics", tag = "activities",
    params(("municipality" = String, Path), ("id" = i64, Path), LangParams),
    responses((status = 200, content_type = "text/calendar"), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn activity_calendar(
    State(app): State<AppState>,
    headers: HeaderMap,
    AppPath((slug, id)): AppPath<(String, i64)>,
    AppQuery(params): AppQuery<LangParams>,
) -> Result<Response> {
    let lang = language(params.lang.as_deref())?;
    let (_, row) = shown_activity(&app, &slug, id, lang).await?;
    let (_, text) = app.store.activity_text(row.id, lang).await?;
    let host = host(&headers);
    let entry = CalendarEntry {
        id: row.id,
        title: &text.title,
        description: &text.description,
        place: &row.place,
        organiser: &row.organiser.name,
        schedule: &row.schedule,
        url: page_url(&host, row.id),
    };
    let body = calendar::calendar(&text.title, lang, &[entry], &host);
    Ok(ics(body, &format!("activity-{}", row.id)))
}

async fn public_association(
    app: &AppState,
    slug: &str,
    association: &str,
    lang: Language,
) -> Result<(MunicipalityId, crate::store::PublicAssociation)> {
    let (m, _) = municipality(app, slug).await?;
    let association = Slug::parse("association", association)?;
    let found = app.store.public_association(m, association.as_str(), lang).await?.ok_or(ApiError::NotFound)?;
    Ok((m, found))
}

/// An approved association's page: who they are, how to reach them, their activities.
#[utoipa::path(get, path = "/municipalities/{municipality}/associations/{slug}", tag = "activities",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80), LangParams),
    responses((status = 200, body = AssociationProfile), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn association(
    State(app): State<AppState>,
    AppPath((slug, association)): AppPath<(String, String)>,
    AppQuery(params): AppQuery<LangParams>,
) -> Result<Json<AssociationProfile>> {
    let lang = language(params.lang.as_deref())?;
    let (m, _) = municipality(&app, &slug).await?;
    Ok(Json(profile(&app, m, &association, lang).await?))
}

/// The page of the approved association `association` (its slug), for the API and the
/// server's first paint.
pub async fn profile(
    app: &AppState,
    m: MunicipalityId,
    association: &str,
    lang: Language,
) -> Result<AssociationProfile> {
    let association = Slug::parse("association", association)?;
    let found = app.store.public_association(m, association.as_str(), lang).await?.ok_or(ApiError::NotFound)?;
    let voucher_amount_ore = app.store.voucher_amount(m).await?;
    let rows = app.store.activity_rows(m, "", lang, Shown::OfAssociation(found.association.id)).await?;
    let a = found.association;
    let at = swedish_now();
    Ok(AssociationProfile {
        slug: a.slug,
        name: a.name,
        lang: found.lang,
        description: found.description,
        categories: a.edit.categories,
        accepts_voucher: a.edit.accepts_voucher,
        contact: a.edit.contact,
        position: a.edit.position,
        activities: rows.into_iter().map(|row| summary(row, voucher_amount_ore, None, at)).collect(),
        demo: found.demo,
    })
}

/// All of an association's activities as one calendar feed to subscribe to.
#[utoipa::path(get, path = "/municipalities/{municipality}/associations/{slug}/calendar.ics", tag = "activities",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80), LangParams),
    responses((status = 200, content_type = "text/calendar"), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn association_calendar(
    State(app): State<AppState>,
    headers: HeaderMap,
    AppPath((slug, association)): AppPath<(String, String)>,
    AppQuery(params): AppQuery<LangParams>,
) -> Result<Response> {
    let lang = language(params.lang.as_deref())?;
    let (m, found) = public_association(&app, &slug, &association, lang).await?;
    let rows = app.store.activity_rows(m, "", lang, Shown::OfAssociation(found.association.id)).await?;
    let mut texts = Vec::with_capacity(rows.len());
    for row in &rows {
        texts.push(app.store.activity_text(row.id, lang).await?.1);
    }
    let host = host(&headers);
    let entries: Vec<CalendarEntry<'_>> = rows
        .iter()
        .zip(&texts)
        .map(|(row, text)| CalendarEntry {
            id: row.id,
            title: &text.title,
            description: &text.description,
            place: &row.place,
            organiser: &found.association.name,
            schedule: &row.schedule,
            url: page_url(&host, row.id),
        })
        .collect();
    let body = calendar::calendar(&found.association.name, lang, &entries, &host);
    Ok(ics(body, &found.association.slug))
}
