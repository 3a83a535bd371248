//! The Sportotek's catalogue editor and settings, for its staff: items with texts per
//! language and their translation state, sizes, copies, opening hours, closed days and
//! limits. Every change is audited in its transaction.

use axum::{extract::State, http::StatusCode, Json};
use model::{
    activities::Created,
    sportotek::{CopyEdit, ItemEdit, Settings, StaffItem},
    FieldError,
};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    error::{ApiError, AppJson, AppPath, Result},
    extract::invalid,
    ids::{CopyId, ItemId, MunicipalityId},
    sportotek::{same_municipality, SportotekStaff},
    state::AppState,
    store::{Audit, CatalogueError},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(items, new_item))
        .routes(routes!(item, save_item))
        .routes(routes!(new_copy))
        .routes(routes!(save_copy))
        .routes(routes!(settings, save_settings))
}

fn catalogue_refusal(error: CatalogueError) -> ApiError {
    match error {
        // A size the item does not have depends on what is stored: 409, field named.
        CatalogueError::UnknownSize(Some(i)) => {
            ApiError::Conflict(FieldError::new(&format!("sizes.{i}.id"), "error-sportotek-unknown-size"))
        }
        CatalogueError::UnknownSize(None) => {
            ApiError::Conflict(FieldError::new("size_id", "error-sportotek-unknown-size"))
        }
        CatalogueError::SizeInUse => ApiError::Conflict(FieldError::new("sizes", "error-sportotek-size-in-use")),
        CatalogueError::NumberTaken => {
            ApiError::Conflict(FieldError::new("inventory_number", "error-sportotek-inventory-number-taken"))
        }
        CatalogueError::Database(error) => error.into(),
    }
}

/// The item, if it is the municipality's.
async fn own_item(app: &AppState, m: MunicipalityId, id: ItemId) -> Result<StaffItem> {
    let (owner, item) = app.store.staff_item(id).await?.ok_or(ApiError::NotFound)?;
    same_municipality(owner, m)?;
    Ok(item)
}

/// Every item of the catalogue with its texts, sizes and copies.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/sportotek/items", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<StaffItem>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn items(State(app): State<AppState>, who: SportotekStaff) -> Result<Json<Vec<StaffItem>>> {
    Ok(Json(app.store.staff_items(who.municipality).await?))
}

/// Adds an item with its sizes; copies are added to a size afterwards.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/sportotek/items", tag = "staff",
    params(("municipality" = String, Path)), request_body = ItemEdit,
    responses((status = 201, body = Created), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn new_item(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppJson(edit): AppJson<ItemEdit>,
) -> Result<(StatusCode, Json<Created>)> {
    invalid(edit.problems())?;
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "sportotek-item-created", "");
    let id =
        app.store.save_item(who.municipality, None, &edit, false, Some(&audit)).await.map_err(catalogue_refusal)?;
    Ok((StatusCode::CREATED, Json(Created { id: id.0 })))
}

/// One item as the editor sees it.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/sportotek/items/{id}", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = StaffItem), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn item(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppPath((_municipality, id)): AppPath<(String, ItemId)>,
) -> Result<Json<StaffItem>> {
    Ok(Json(own_item(&app, who.municipality, id).await?))
}

/// Saves an item: its category, texts and sizes. A size left out is removed, which is
/// refused (409) while it has copies or loans.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/sportotek/items/{id}", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = ItemEdit,
    responses((status = 200, body = StaffItem), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn save_item(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppPath((_municipality, id)): AppPath<(String, ItemId)>,
    AppJson(edit): AppJson<ItemEdit>,
) -> Result<Json<StaffItem>> {
    own_item(&app, who.municipality, id).await?;
    invalid(edit.problems())?;
    let target = id.to_string();
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "sportotek-item-saved", &target);
    app.store.save_item(who.municipality, Some(id), &edit, false, Some(&audit)).await.map_err(catalogue_refusal)?;
    Ok(Json(own_item(&app, who.municipality, id).await?))
}

/// Adds a copy to one of the item's sizes, with its inventory number and condition.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/sportotek/items/{id}/copies", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = CopyEdit,
    responses((status = 201, body = Created), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn new_copy(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppPath((_municipality, id)): AppPath<(String, ItemId)>,
    AppJson(edit): AppJson<CopyEdit>,
) -> Result<(StatusCode, Json<Created>)> {
    own_item(&app, who.municipality, id).await?;
    invalid(edit.problems())?;
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "sportotek-copy-added", "");
    let copy = app.store.save_copy(who.municipality, id, None, &edit, &audit).await.map_err(catalogue_refusal)?;
    Ok((StatusCode::CREATED, Json(Created { id: copy.0 })))
}

/// Changes a copy: its size (of the same item), inventory number, condition and note.
/// A damaged copy is out of service until it is fine again; a lost one for good.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/sportotek/copies/{id}", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = CopyEdit,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn save_copy(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppPath((_municipality, id)): AppPath<(String, CopyId)>,
    AppJson(edit): AppJson<CopyEdit>,
) -> Result<StatusCode> {
    let (owner, item) = app.store.copy_owner(id).await?.ok_or(ApiError::NotFound)?;
    same_municipality(owner, who.municipality)?;
    invalid(edit.problems())?;
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "sportotek-copy-saved", "");
    app.store.save_copy(who.municipality, item, Some(id), &edit, &audit).await.map_err(catalogue_refusal)?;
    Ok(StatusCode::NO_CONTENT)
}

/// The place, its hours and closed days, and the limits.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/sportotek/settings", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Settings), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settings(State(app): State<AppState>, who: SportotekStaff) -> Result<Json<Settings>> {
    Ok(Json(app.store.sportotek_settings(who.municipality).await?))
}

/// Saves the settings. Reservations already made keep their days.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/sportotek/settings", tag = "staff",
    params(("municipality" = String, Path)), request_body = Settings,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn save_settings(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppJson(settings): AppJson<Settings>,
) -> Result<StatusCode> {
    invalid(settings.problems())?;
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "sportotek-settings-saved", "");
    app.store.save_sportotek_settings(who.municipality, &settings, Some(&audit)).await?;
    Ok(StatusCode::NO_CONTENT)
}
