//! Structured logs. Request spans carry the method and the route, never a query string,
//! a body or an address: nothing that could identify a reader.

use tracing_subscriber::{fmt, EnvFilter};

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let _ = fmt().with_env_filter(filter).with_target(false).try_init();
}
