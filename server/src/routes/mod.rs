//! The JSON API under `/api/`, one module per resource.

pub mod activities;
pub mod associations;
pub mod auth;
pub mod editor;
pub mod health;
pub mod orientation;
pub mod people;
pub mod vouchers;

use std::net::IpAddr;

use axum::Router;

use crate::{rate_limit::Limiter, store::Store};

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub feedback_limiter: Limiter,
    pub sign_in_per_client: Limiter<IpAddr>,
    pub sign_in_per_account: Limiter<String>,
    pub apply_limiter: Limiter,
    /// Guardians' balance lookups, per client address.
    pub voucher_lookups: Limiter,
    /// Associations' checks and redemptions, per account.
    pub voucher_checks: Limiter<i64>,
    /// A reverse proxy whose `X-Forwarded-For` names the client (`crate::client`).
    pub trusted_proxy: Option<IpAddr>,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(health::router())
        .merge(orientation::router())
        .merge(auth::router())
        .merge(people::router())
        .merge(editor::router())
        .merge(activities::router())
        .merge(associations::router())
        .merge(vouchers::router())
}
