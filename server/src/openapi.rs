//! The OpenAPI document at `/api/openapi.json`, generated from the handlers' annotations.

use axum::{routing::get, Json, Router};
use utoipa::OpenApi;

use crate::routes::{health, orientation, AppState};

#[derive(OpenApi)]
#[openapi(
    info(title = "Välkommen API", description = "Local orientation, clubs, leisure vouchers, equipment loans and refugee guides for small municipalities."),
    paths(
        health::health,
        orientation::municipalities,
        orientation::index,
        orientation::article,
        orientation::search,
        orientation::feedback,
    ),
    tags((name = "system"), (name = "orientation", description = "Local orientation articles in every language"))
)]
pub struct ApiDoc;

pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
}
