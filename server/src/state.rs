//! What every handler shares: the store, the rate limits and the proxy it trusts.

use std::{net::IpAddr, ops::Deref, sync::Arc};

use crate::{
    ids::AccountId,
    rate_limit::{FailedAttempts, Limiter},
    store::Store,
};

/// Cloned for every layer a request passes through (axum clones a route's whole stack
/// for each request): one `Arc`, so that a clone is one counter moved, not a dozen. On a
/// public read answered from memory, cloning the fields one by one was a fifth of the
/// server's instructions (`valgrind --tool=callgrind`, `bench/instructions.sh`).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl AppState {
    pub fn new(shared: Shared) -> AppState {
        AppState(Arc::new(shared))
    }
}

impl Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

pub struct Shared {
    pub store: Store,
    pub feedback_limiter: Limiter,
    pub sign_in_per_client: Limiter<IpAddr>,
    /// Wrong passwords per account e-mail and client: a guesser elsewhere cannot lock
    /// the account's owner out.
    pub sign_in_failures: FailedAttempts<(String, IpAddr)>,
    /// Keyed hashes of clients for the lookup logs, the same on every server.
    pub client_hashes: crate::client_hash::ClientHashes,
    pub apply_limiter: Limiter,
    /// Guardians' balance lookups, per client address.
    pub voucher_lookups: Limiter,
    /// Associations' checks and redemptions, per account.
    pub voucher_checks: Limiter<AccountId>,
    /// Families' lookups of Sportotek reservations by code, per client address.
    pub reservation_lookups: Limiter,
    /// Families' new reservations, per client address: one script cannot take the catalogue.
    pub new_reservations: Limiter,
    /// Newcomers' bookings of a guide, per client address (`GUIDE_BOOKINGS`).
    pub new_guide_bookings: Limiter,
    /// Lookups and cancellations of guide bookings by code, per client address.
    pub guide_lookups: Limiter,
    /// A reverse proxy whose `X-Forwarded-For` names the client (`crate::client`).
    pub trusted_proxy: Option<IpAddr>,
    /// Mail, when an SMTP server is set up.
    pub mailer: crate::mail::Mailer,
    /// Public reads kept in memory under the content version (`crate::read_cache`).
    pub reads: std::sync::Arc<crate::read_cache::ReadCache>,
    /// Searches of the guides' list, counted until they are written (`crate::demand`).
    pub demand: std::sync::Arc<crate::demand::Demand>,
    /// What `/metrics` shows, and who may read it (`crate::metrics`).
    pub metrics: std::sync::Arc<crate::metrics::Metrics>,
}
