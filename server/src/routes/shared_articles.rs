//! The region's shared articles in the staff console (issue 18). A region-wide admin
//! writes and translates them in the editor, under the region's shared content
//! (`GET /staff/region`); a municipality's admin chooses which of them its readers see
//! and may replace one with a version of its own.

use axum::{extract::State, http::StatusCode, Json};
use model::{
    editor::SharedArticle,
    orientation::{Municipality, Slug},
};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    access::{AdminOf, RegionAdmin},
    error::{ApiError, AppPath, Result},
    state::AppState,
    store::Audit,
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(region))
        .routes(routes!(shared_articles))
        .routes(routes!(hide, show))
        .routes(routes!(copy))
}

/// The region's shared content, which the editor addresses like a municipality: for a
/// region-wide admin only.
#[utoipa::path(get, path = "/staff/region", tag = "staff",
    responses((status = 200, body = Municipality), (status = 401, body = model::ErrorBody), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn region(State(app): State<AppState>, _: RegionAdmin) -> Result<Json<Municipality>> {
    let (_, region) = app.store.region_content().await?.ok_or(ApiError::NotFound)?;
    Ok(Json(region))
}

/// The region's published shared articles, each as this municipality shows it.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/shared-articles", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<SharedArticle>), (status = 401, body = model::ErrorBody), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn shared_articles(
    State(app): State<AppState>,
    AdminOf { municipality: m, .. }: AdminOf,
) -> Result<Json<Vec<SharedArticle>>> {
    Ok(Json(app.store.shared_articles(m).await?))
}

async fn set_hidden(
    app: &AppState,
    AdminOf { municipality: m, staff }: AdminOf,
    slug: &str,
    hidden: bool,
) -> Result<StatusCode> {
    let slug = Slug::parse("slug", slug)?;
    let action = if hidden { "shared-article-hidden" } else { "shared-article-shown" };
    let audit = Audit::new(Some(staff.account_id), Some(m), action, slug.as_str());
    if !app.store.hide_shared_article(m, slug.as_str(), hidden, &audit).await? {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Hides a shared article from this municipality's readers; the region's article and
/// the other municipalities are untouched.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/shared-articles/{slug}/hidden", tag = "staff",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80)),
    responses((status = 204), (status = 401, body = model::ErrorBody), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn hide(
    State(app): State<AppState>,
    admin: AdminOf,
    AppPath((_municipality, slug)): AppPath<(String, String)>,
) -> Result<StatusCode> {
    set_hidden(&app, admin, &slug, true).await
}

/// Shows a hidden shared article to this municipality's readers again.
#[utoipa::path(delete, path = "/staff/municipalities/{municipality}/shared-articles/{slug}/hidden", tag = "staff",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80)),
    responses((status = 204), (status = 401, body = model::ErrorBody), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn show(
    State(app): State<AppState>,
    admin: AdminOf,
    AppPath((_municipality, slug)): AppPath<(String, String)>,
) -> Result<StatusCode> {
    set_hidden(&app, admin, &slug, false).await
}

/// Copies a shared article into this municipality as its own, unpublished, under the
/// same slug, with every translation: edit it in the editor, and once it is published
/// this municipality's readers see it instead of the region's.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/shared-articles/{slug}/copy", tag = "staff",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80)),
    responses((status = 201), (status = 401, body = model::ErrorBody), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody), (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn copy(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppPath((_municipality, slug)): AppPath<(String, String)>,
) -> Result<StatusCode> {
    let slug = Slug::parse("slug", &slug)?;
    let audit = Audit::new(Some(staff.account_id), Some(m), "shared-article-copied", slug.as_str());
    match app.store.copy_shared_article(m, slug.as_str(), &audit).await? {
        None => Err(ApiError::NotFound),
        Some(Ok(())) => Ok(StatusCode::CREATED),
        Some(Err(taken)) => Err(ApiError::Conflict(taken)),
    }
}
