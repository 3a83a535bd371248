//! The municipality's coordinators of guides (role `coordinator`): every guide with
//! their bookings to come, deactivating a guide (which cancels those bookings), the
//! bookings of a week per guide, what newcomers ask for that no guide covers, and
//! statistics by month, language and topic without names. Every guide's bookings with
//! the contacts: `guides_staff`.

use std::collections::BTreeMap;

use axum::{extract::State, Json};
use model::{
    guides::{
        iso_week, week_start, CoordinatorGuide, Deactivation, Demand, GuideState, GuideStatistics, GuideStatisticsRow,
        GuideWeek, Topic, UncoveredDemand, WeekOverview,
    },
    schedule::Weekday,
    FieldError,
};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    error::{ApiError, AppPath, AppQuery, Result},
    guides::{day_range, moment, open_times, query_day, Coordinator, GuideId},
    state::AppState,
    store::{Audit, Deactivated, Tally},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(guides))
        .routes(routes!(deactivation))
        .routes(routes!(week))
        .routes(routes!(demand))
        .routes(routes!(statistics))
}

/// The weeks of open times a guide must have to cover what is asked: those a newcomer
/// sees on the guide's page.
const COVER_WEEKS: i64 = 8;
/// The days the demand looks back by default, and the most it takes at once.
const DEMAND_DAYS: i64 = 90;
const DEMAND_DAYS_MAX: i64 = 366;

/// Every guide of the municipality, approved or deactivated, with the bookings to come.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guides", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<CoordinatorGuide>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn guides(State(app): State<AppState>, who: Coordinator) -> Result<Json<Vec<CoordinatorGuide>>> {
    let upcoming = app.store.upcoming_per_guide(who.municipality, moment()).await?;
    let rows = app.store.municipality_guides(who.municipality).await?;
    Ok(Json(
        rows.into_iter()
            .map(|g| CoordinatorGuide {
                id: g.id.0,
                first_name: g.first_name.clone(),
                languages: g.languages(),
                topics: g.topics(),
                per_week: g.per_week(),
                state: GuideState::from_code(&g.state).unwrap_or(GuideState::Deactivated),
                upcoming: upcoming.get(&g.id).copied().unwrap_or(0),
                demo: g.demo,
            })
            .collect(),
    ))
}

/// Deactivates a guide: no longer listed, no longer bookable, and every waiting or
/// confirmed booking still to come is cancelled by the guide as `guide-unavailable`,
/// which the newcomer sees on the code's page. A second deactivation is 409.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/guides/{id}/deactivation", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = Deactivation), (status = 403, body = model::ErrorBody),
        (status = 404, body = model::ErrorBody), (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn deactivation(
    State(app): State<AppState>,
    who: Coordinator,
    AppPath((_municipality, id)): AppPath<(String, GuideId)>,
) -> Result<Json<Deactivation>> {
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "guide-deactivated", "");
    match app.store.deactivate_guide(who.municipality, id, moment(), &audit).await? {
        Deactivated::Now(cancelled) => Ok(Json(Deactivation { cancelled })),
        Deactivated::Already => Err(ApiError::Conflict(FieldError::new("id", "error-guide-already-deactivated"))),
        Deactivated::NotFound => Err(ApiError::NotFound),
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WeekParams {
    /// The week's Monday, `YYYY-MM-DD`; this week's when left out.
    #[param(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    monday: Option<String>,
}

fn guide_week(guide: &crate::store::GuideRow, tally: Tally) -> GuideWeek {
    GuideWeek {
        guide_id: guide.id.0,
        first_name: guide.first_name.clone(),
        per_week: guide.per_week(),
        waiting: tally.waiting,
        confirmed: tally.confirmed,
        cancelled_by_guide: tally.cancelled_by_guide,
        cancelled_by_newcomer: tally.cancelled_by_newcomer,
    }
}

/// The bookings of one ISO week per guide, counted by state: every approved guide, and
/// a deactivated one who had bookings that week.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guides/week", tag = "staff",
    params(("municipality" = String, Path), WeekParams),
    responses((status = 200, body = WeekOverview), (status = 403, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn week(
    State(app): State<AppState>,
    who: Coordinator,
    AppQuery(params): AppQuery<WeekParams>,
) -> Result<Json<WeekOverview>> {
    let monday = match params.monday.as_deref() {
        None => week_start(moment().today),
        Some(raw) => query_day("monday", raw)?,
    };
    if monday.weekday() != Weekday::Mon {
        return Err(FieldError::new("monday", "error-guide-not-monday").into());
    }
    let tallies = app.store.week_per_guide(who.municipality, monday).await?;
    let guides = app.store.municipality_guides(who.municipality).await?;
    let shown = guides.iter().filter(|g| g.state == "approved" || tallies.contains_key(&g.id));
    let (year, week) = iso_week(monday);
    Ok(Json(WeekOverview {
        year,
        week,
        monday,
        guides: shown.map(|g| guide_week(g, tallies.get(&g.id).copied().unwrap_or_default())).collect(),
    }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DemandParams {
    /// The first day, `YYYY-MM-DD`; 90 days back when both are left out.
    #[param(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    from: Option<String>,
    /// The last day, included; at most 366 days after `from`.
    #[param(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    to: Option<String>,
}

/// What newcomers searched the guides for, by language and by language and topic, with
/// how many approved guides with open times in the next weeks cover it; what nobody
/// covers first, then the most asked.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guides/demand", tag = "staff",
    params(("municipality" = String, Path), DemandParams),
    responses((status = 200, body = UncoveredDemand), (status = 403, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn demand(
    State(app): State<AppState>,
    who: Coordinator,
    AppQuery(params): AppQuery<DemandParams>,
) -> Result<Json<UncoveredDemand>> {
    let (from, to) = match (params.from.as_deref(), params.to.as_deref()) {
        (None, None) => {
            let today = moment().today;
            (today.plus_days(1 - DEMAND_DAYS), today)
        }
        (from, to) => day_range(from, to, DEMAND_DAYS_MAX)?,
    };
    // Each approved guide's languages and the topics their open times offer.
    let mut offers: Vec<(Vec<String>, Vec<Topic>)> = Vec::new();
    for guide in app.store.approved_guides(who.municipality).await? {
        let (open, _) = open_times(&app, guide.id, COVER_WEEKS).await?;
        if !open.is_empty() {
            let mut topics: Vec<Topic> = open.iter().flat_map(|t| t.topics.iter().copied()).collect();
            topics.sort();
            topics.dedup();
            offers.push((guide.languages(), topics));
        }
    }
    // This server's counts not written yet; other servers' are at most `WRITE_EVERY` old.
    app.demand.write(&app.store).await?;
    let mut rows: Vec<Demand> = app
        .store
        .guide_demand(who.municipality, from, to)
        .await?
        .into_iter()
        .map(|(language, topic, asked)| {
            let covering = offers
                .iter()
                .filter(|(languages, topics)| {
                    languages.contains(&language) && topic.is_none_or(|t| topics.contains(&t))
                })
                .count();
            Demand {
                language,
                topic,
                asked: u32::try_from(asked).unwrap_or(u32::MAX),
                guides: u32::try_from(covering).unwrap_or(u32::MAX),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        (a.guides > 0, std::cmp::Reverse(a.asked), &a.language, a.topic).cmp(&(
            b.guides > 0,
            std::cmp::Reverse(b.asked),
            &b.language,
            b.topic,
        ))
    });
    Ok(Json(UncoveredDemand { from, to, rows }))
}

/// Every booking counted by the month of the meeting, the newcomer's language and the
/// topic, by the state it reached. Counts only, no names.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guides/statistics", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = GuideStatistics), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn statistics(State(app): State<AppState>, who: Coordinator) -> Result<Json<GuideStatistics>> {
    let tallies: BTreeMap<_, Tally> = app.store.guide_statistics(who.municipality, None).await?;
    let rows = tallies
        .into_iter()
        .map(|((month, language, topic), tally)| GuideStatisticsRow {
            month,
            language,
            topic,
            booked: tally.total(),
            confirmed: tally.confirmed,
            cancelled_by_guide: tally.cancelled_by_guide,
            cancelled_by_newcomer: tally.cancelled_by_newcomer,
        })
        .collect();
    Ok(Json(GuideStatistics { rows }))
}
