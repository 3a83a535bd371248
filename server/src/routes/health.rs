//! Liveness and readiness apart. `/health` says the process answers, without touching
//! the database, so a supervisor does not restart a healthy server because `PostgreSQL`
//! is away (a restart would not bring it back). `/ready` says the database answers too,
//! so a load balancer sends traffic only to servers that can serve it.

use std::{net::SocketAddr, time::Duration};

use axum::{
    extract::{ConnectInfo, State},
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Response},
    Json,
};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiError, Result};
use crate::state::AppState;

/// How long readiness waits for the database: a load balancer's probe gives up after a
/// few seconds, and a database that takes longer than this to say `1` is not ready.
const READY_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Serialize, ToSchema)]
pub struct Health {
    pub status: &'static str,
    pub database: &'static str,
    pub version: &'static str,
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(health)).routes(routes!(ready))
}

fn backend(app: &AppState) -> &'static str {
    match app.store.backend() {
        crate::store::Backend::Sqlite => "sqlite",
        crate::store::Backend::Postgres => "postgres",
    }
}

/// The server answers (liveness). The database is not asked: see `/ready`.
#[utoipa::path(get, path = "/health", tag = "system", responses((status = 200, body = Health)))]
#[tracing::instrument(skip_all)]
pub async fn health(State(app): State<AppState>) -> Json<Health> {
    Json(Health { status: "ok", database: backend(&app), version: env!("CARGO_PKG_VERSION") })
}

/// The server and its database answer (readiness); 503 with `Retry-After` while the
/// database is away.
#[utoipa::path(get, path = "/ready", tag = "system",
    responses((status = 200, body = Health), (status = 503, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn ready(State(app): State<AppState>) -> Result<Json<Health>> {
    match tokio::time::timeout(READY_TIMEOUT, app.store.ping()).await {
        Ok(answer) => answer?,
        Err(_) => return Err(ApiError::Unavailable),
    }
    Ok(Json(Health { status: "ready", database: backend(&app), version: env!("CARGO_PKG_VERSION") }))
}

/// The metrics in the text format Prometheus scrapes (`OpenMetrics` 1.0).
pub async fn metrics(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let peer = peer.ip().to_canonical();
    let forwarded = ["forwarded", "x-forwarded-for", "x-real-ip"].iter().any(|name| headers.contains_key(*name));
    let for_someone_else = app.trusted_proxy == Some(peer) && forwarded;
    if for_someone_else || !app.metrics.allow.admits(peer) {
        return ApiError::NotFound.into_response();
    }
    let content_type = HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8");
    ([(header::CONTENT_TYPE, content_type)], app.metrics.render(app.store.pool(), &app.reads)).into_response()
}
