//! The JSON API under `/api/`, one module per resource.

pub mod activities;
pub mod associations;
pub mod auth;
pub mod editor;
pub mod health;
pub mod offers;
pub mod orientation;
pub mod people;
pub mod vouchers;

use std::net::IpAddr;

use utoipa_axum::router::OpenApiRouter;

use crate::{
    rate_limit::{FailedAttempts, Limiter},
    store::Store,
};

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub feedback_limiter: Limiter,
    pub sign_in_per_client: Limiter<IpAddr>,
    /// Wrong passwords per account e-mail and client: a guesser elsewhere cannot lock
    /// the account's owner out.
    pub sign_in_failures: FailedAttempts<(String, IpAddr)>,
    pub apply_limiter: Limiter,
    /// Guardians' balance lookups, per client address.
    pub voucher_lookups: Limiter,
    /// Associations' checks and redemptions, per account.
    pub voucher_checks: Limiter<i64>,
    /// A reverse proxy whose `X-Forwarded-For` names the client (`crate::client`).
    pub trusted_proxy: Option<IpAddr>,
}

/// Every route of the API, each declared once with its `OpenAPI` entry (`routes!`), so
/// the document and the authorization matrix test enumerate the router itself.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(health::router())
        .merge(orientation::router())
        .merge(auth::router())
        .merge(people::router())
        .merge(offers::router())
        .merge(editor::router())
        .merge(activities::router())
        .merge(associations::router())
        .merge(vouchers::router())
}
