//! Item photos, through the pipeline of `crate::photos`, and every stored photo's
//! widths, served for ever under a name made from the file's content.

use axum::{
    extract::{DefaultBodyLimit, State},
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
};
use model::sportotek::PHOTO_WIDTHS;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    error::{ApiError, AppPath, Result},
    ids::ItemId,
    photos::{process, RawBody, PHOTO_BODY_BYTES},
    sportotek::{same_municipality, SportotekStaff},
    state::AppState,
    store::Audit,
};

pub fn router() -> OpenApiRouter<AppState> {
    let upload = OpenApiRouter::new().routes(routes!(upload)).layer(DefaultBodyLimit::max(PHOTO_BODY_BYTES));
    OpenApiRouter::new().routes(routes!(photo)).merge(upload)
}

/// Replaces an item's photo with the uploaded file (JPEG, PNG or WebP, up to 12 MB).
/// Nothing is stored when the file is refused.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/sportotek/items/{id}/photo", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "A JPEG, PNG or WebP file"),
    responses((status = 200, body = model::sportotek::Photo), (status = 403, body = model::ErrorBody),
        (status = 404, body = model::ErrorBody), (status = 413, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn upload(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppPath((_municipality, id)): AppPath<(String, ItemId)>,
    RawBody(bytes): RawBody,
) -> Result<axum::Json<model::sportotek::Photo>> {
    let (owner, _) = app.store.staff_item(id).await?.ok_or(ApiError::NotFound)?;
    same_municipality(owner, who.municipality)?;
    // Decoding is CPU work: off the async threads.
    let processed =
        tokio::task::spawn_blocking(move || process(&bytes)).await.map_err(|e| ApiError::Internal(e.into()))??;
    let target = format!("{id} {}", processed.id);
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "sportotek-photo-saved", &target);
    app.store.save_photo(id, &processed.id, &processed.widths, &audit).await?;
    Ok(axum::Json(crate::store::photo_of(Some(processed.id)).expect("a photo")))
}

/// One width of a photo as JPEG. Its name changes with its content, so it is cached for good.
#[utoipa::path(get, path = "/sportotek/photos/{id}/{width}", tag = "sportotek",
    params(("id" = String, Path, pattern = "^[0-9a-f]{16}$"), ("width" = u16, Path)),
    responses((status = 200, content_type = "image/jpeg"), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn photo(State(app): State<AppState>, AppPath((id, width)): AppPath<(String, u16)>) -> Result<Response> {
    let well_formed = id.len() == 16 && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !well_formed || !PHOTO_WIDTHS.contains(&width) {
        return Err(ApiError::NotFound);
    }
    let bytes = app.store.photo(&id, width).await?.ok_or(ApiError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable")),
        ],
        bytes,
    )
        .into_response())
}
