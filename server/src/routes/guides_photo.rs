//! A guide's optional photo, with the Sportotek's pipeline: decoded within limits,
//! turned upright and written anew as JPEG, so no EXIF, GPS position or camera serial
//! survives (`photos::process`). Served, like the items' photos, from
//! `/api/sportotek/photos/{id}/{width}` under a name made from its content.

use axum::{extract::DefaultBodyLimit, extract::State, http::StatusCode};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    error::{ApiError, AppPath, Result},
    guides::GuideStaff,
    photos::{process, RawBody, PHOTO_BODY_BYTES},
    state::AppState,
    store::Audit,
};

pub fn router() -> OpenApiRouter<AppState> {
    let upload = OpenApiRouter::new().routes(routes!(upload)).layer(DefaultBodyLimit::max(PHOTO_BODY_BYTES));
    OpenApiRouter::new().routes(routes!(current, remove)).merge(upload)
}

/// Replaces the signed-in guide's photo with the uploaded file (JPEG, PNG or WebP, up to
/// 12 MB). Nothing is stored when the file is refused.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/guide/photo", tag = "staff",
    params(("municipality" = String, Path)),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "A JPEG, PNG or WebP file"),
    responses((status = 200, body = model::sportotek::Photo), (status = 403, body = model::ErrorBody),
        (status = 404, body = model::ErrorBody), (status = 413, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn upload(
    State(app): State<AppState>,
    who: GuideStaff,
    AppPath(_municipality): AppPath<String>,
    RawBody(bytes): RawBody,
) -> Result<axum::Json<model::sportotek::Photo>> {
    let guide = who.guide(&app).await?;
    // Decoding is CPU work: off the async threads.
    let processed =
        tokio::task::spawn_blocking(move || process(&bytes)).await.map_err(|e| ApiError::Internal(e.into()))??;
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "guide-photo-saved", &processed.id);
    app.store.save_guide_photo(guide, &processed.id, &processed.widths, &audit).await?;
    Ok(axum::Json(crate::store::photo_of(Some(processed.id)).expect("a photo")))
}

/// The signed-in guide's photo, or `null`.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guide/photo", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Option<model::sportotek::Photo>), (status = 403, body = model::ErrorBody),
        (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn current(
    State(app): State<AppState>,
    who: GuideStaff,
) -> Result<axum::Json<Option<model::sportotek::Photo>>> {
    let guide = who.guide(&app).await?;
    Ok(axum::Json(crate::store::photo_of(app.store.guide_photo(guide).await?)))
}

/// Takes the guide's photo away, if there is one; its bytes are deleted.
#[utoipa::path(delete, path = "/staff/municipalities/{municipality}/guide/photo", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn remove(State(app): State<AppState>, who: GuideStaff) -> Result<StatusCode> {
    let guide = who.guide(&app).await?;
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "guide-photo-removed", "");
    app.store.remove_guide_photo(guide, &audit).await?;
    Ok(StatusCode::NO_CONTENT)
}
