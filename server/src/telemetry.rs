//! Structured logs. Request spans carry the method and the matched route, never the
//! path itself, a query string, a body or an address: nothing that could identify a
//! reader. A path can hold a booking's code or a calendar feed's secret.

use axum::extract::{MatchedPath, Request};
use tracing_subscriber::{fmt, EnvFilter};

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let _ = fmt().with_env_filter(filter).with_target(false).try_init();
}

/// The span of one request: its method and the route it matched as declared
/// (`/api/guides/bookings/{code}/calendar.ics`), or `static` for the app's files.
pub fn request_span(request: &Request) -> tracing::Span {
    let route = request.extensions().get::<MatchedPath>().map_or("static", MatchedPath::as_str);
    tracing::info_span!("request", method = %request.method(), route)
}
