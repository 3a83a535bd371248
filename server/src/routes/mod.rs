//! The JSON API under `/api/`, one module per resource.

pub mod health;
pub mod orientation;

use axum::Router;

use crate::{rate_limit::Limiter, store::Store};

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub feedback_limiter: Limiter,
}

pub fn router() -> Router<AppState> {
    Router::new().merge(health::router()).merge(orientation::router())
}
