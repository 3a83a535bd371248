//! The region's figures for the county project (issue 18): per municipality and month,
//! articles read, translations outdated or missing, fritidscheck cards, Sportotek loans,
//! guide bookings and the languages asked for with no guide. Counts only, for a
//! region-wide admin only: a municipality's admin sees its own numbers on its own pages.

use axum::{extract::State, response::Response, Json};
use model::region::{RegionCount, RegionFigures};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    access::RegionAdmin,
    bookkeeping,
    error::{AppQuery, Result},
    extract,
    state::AppState,
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(figures)).routes(routes!(figures_csv))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FiguresParams {
    /// This year when left out.
    #[param(minimum = 2000, maximum = 2999)]
    year: Option<i32>,
}

/// Every municipality's counts for the year, then the region's shared content's
/// translations, which it alone has.
async fn gather(app: &AppState, params: &FiguresParams) -> Result<RegionFigures> {
    let year = extract::year(params.year)?;
    // This server's reads not written yet; other servers' are at most a few seconds old.
    app.demand.write(&app.store).await?;
    let places = app.store.places().await?;
    let shared = app.store.region_content().await?;
    let mut counts: Vec<RegionCount> = Vec::new();
    for (m, place) in &places {
        counts.extend(app.store.region_counts(*m, &place.slug, year).await?);
    }
    if let Some((m, content)) = &shared {
        counts.extend(app.store.translation_counts(*m, &content.slug).await?);
    }
    Ok(RegionFigures {
        year,
        places: places.into_iter().map(|(_, place)| place).collect(),
        shared: shared.map(|(_, content)| content),
        counts,
    })
}

/// The region's figures for a year: counts per municipality, month, measure and
/// breakdown. No names.
#[utoipa::path(get, path = "/staff/region/figures", tag = "staff", params(FiguresParams),
    responses((status = 200, body = RegionFigures), (status = 401, body = model::ErrorBody),
        (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn figures(
    State(app): State<AppState>,
    _: RegionAdmin,
    AppQuery(params): AppQuery<FiguresParams>,
) -> Result<Json<RegionFigures>> {
    Ok(Json(gather(&app, &params).await?))
}

/// The same figures as CSV, one count per line, for the county's spreadsheets.
#[utoipa::path(get, path = "/staff/region/figures.csv", tag = "staff", params(FiguresParams),
    responses((status = 200, content_type = "text/csv"), (status = 401, body = model::ErrorBody),
        (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn figures_csv(
    State(app): State<AppState>,
    _: RegionAdmin,
    AppQuery(params): AppQuery<FiguresParams>,
) -> Result<Response> {
    let figures = gather(&app, &params).await?;
    let name = format!("lanets-siffror-{}.csv", figures.year);
    Ok(bookkeeping::download("text/csv; charset=utf-8", name, bookkeeping::region_csv(&figures)))
}
