//! Välkommen's server as a library, so the API tests start the real thing.
#![forbid(unsafe_code)]

pub mod access;
pub mod auth;
pub mod bookkeeping;
pub mod caching;
pub mod calendar;
pub mod client;
pub mod client_hash;
pub mod config;
pub mod demo_activities;
pub mod demo_guides;
pub mod demo_sportotek;
pub mod demo_vouchers;
pub mod error;
pub mod extract;
pub mod first_paint;
pub mod guides;
pub mod guides_mail;
pub mod ids;
pub mod mail;
pub mod markdown;
pub mod metrics;
pub mod openapi;
pub mod photos;
pub mod rate_limit;
pub mod read_cache;
pub mod request_id;
pub mod routes;
pub mod seed;
pub mod sportotek;
pub mod startup;
pub mod state;
pub mod static_files;
pub mod store;
pub mod telemetry;
