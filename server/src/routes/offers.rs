//! Roles offered to an existing account: its owner sees them after signing in and
//! accepts or refuses. No admin can answer for them.

use axum::{extract::State, http::StatusCode, Json};
use model::auth::RoleOffer;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::state::AppState;
use crate::{
    auth::Staff,
    error::{ApiError, AppPath, Result},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(offers)).routes(routes!(accept)).routes(routes!(refuse))
}

/// The roles offered to the signed-in account.
#[utoipa::path(get, path = "/staff/offers", tag = "staff",
    responses((status = 200, body = Vec<RoleOffer>), (status = 401, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn offers(State(app): State<AppState>, staff: Staff) -> Result<Json<Vec<RoleOffer>>> {
    Ok(Json(app.store.offers_to(staff.account_id).await?))
}

/// Accepts an offer made to the signed-in account: the role is granted now.
#[utoipa::path(post, path = "/staff/offers/{id}/acceptance", tag = "staff", params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn accept(State(app): State<AppState>, staff: Staff, AppPath(id): AppPath<i64>) -> Result<StatusCode> {
    app.store.answer_offer(id, staff.account_id, true).await?.ok_or(ApiError::NotFound)?;
    Ok(StatusCode::NO_CONTENT)
}

/// Refuses an offer made to the signed-in account.
#[utoipa::path(post, path = "/staff/offers/{id}/refusal", tag = "staff", params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn refuse(State(app): State<AppState>, staff: Staff, AppPath(id): AppPath<i64>) -> Result<StatusCode> {
    app.store.answer_offer(id, staff.account_id, false).await?.ok_or(ApiError::NotFound)?;
    Ok(StatusCode::NO_CONTENT)
}
