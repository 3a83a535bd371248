//! Liveness and readiness in one: the server answers and the database does too.

use axum::{extract::State, Json};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::Result;
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct Health {
    pub status: &'static str,
    pub database: &'static str,
    pub version: &'static str,
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(health))
}

/// The server and its database are up.
#[utoipa::path(get, path = "/health", tag = "system", responses((status = 200, body = Health), (status = 500, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn health(State(app): State<AppState>) -> Result<Json<Health>> {
    app.store.ping().await?;
    let database = match app.store.backend() {
        crate::store::Backend::Sqlite => "sqlite",
        crate::store::Backend::Postgres => "postgres",
    };
    Ok(Json(Health { status: "ok", database, version: env!("CARGO_PKG_VERSION") }))
}
