//! `/metrics` for Prometheus: requests by route and status, their latency, the database
//! pool, and what the municipality's staff ask about (redemptions, reservations,
//! bookings). Reachable only from the addresses the operator allows (`--metrics-allow`),
//! judged by the connection itself: a request the trusted proxy forwards for someone
//! else is refused even when the proxy's own address is allowed. A refused request gets
//! the 404 of a path that does not exist.
//!
//! One registry per application, rendered in the route: no global recorder, no listener
//! or push gateway of its own.

use std::{
    net::IpAddr,
    str::FromStr,
    sync::Arc,
    time::{Duration, Instant},
};

use axum::{
    extract::{MatchedPath, Request},
    http::{Method, StatusCode},
    response::Response,
};
use ipnet::IpNet;
use prometheus_client::{
    encoding::{EncodeLabelSet, EncodeLabelValue, LabelValueEncoder},
    metrics::{counter::Counter, family::Family, gauge::Gauge, histogram::Histogram},
    registry::{Registry, Unit},
};

use crate::{around::Around, read_cache::ReadCache};

/// Seconds, from a cached read (a millisecond) to a slow export; beyond the last bucket
/// the request timeout answers.
const LATENCY_BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Answered {
    method: &'static str,
    route: RouteLabel,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    method: &'static str,
    route: RouteLabel,
}

/// The route a request matched as declared, or `static` for the app's files. A label
/// made from axum's own `MatchedPath`, which a request carries already: counting a
/// request copies no string.
#[derive(Clone, Debug)]
struct RouteLabel(Option<MatchedPath>);

impl RouteLabel {
    fn as_str(&self) -> &str {
        self.0.as_ref().map_or("static", MatchedPath::as_str)
    }
}

impl PartialEq for RouteLabel {
    fn eq(&self, other: &RouteLabel) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for RouteLabel {}

impl std::hash::Hash for RouteLabel {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl EncodeLabelValue for RouteLabel {
    fn encode(&self, encoder: &mut LabelValueEncoder) -> Result<(), std::fmt::Error> {
        EncodeLabelValue::encode(&self.as_str(), encoder)
    }
}

pub struct Metrics {
    registry: Registry,
    pub allow: Allow,
    requests: Family<Answered, Counter>,
    latency: Family<Route, Histogram, fn() -> Histogram>,
    pool_size: Gauge,
    pool_idle: Gauge,
    pool_in_use: Gauge,
    read_cache_bytes: Gauge,
    read_cache_hits: Gauge,
    read_cache_misses: Gauge,
    /// New redemptions of vouchers (not replays of the same idempotency key).
    pub redemptions: Counter,
    pub reversals: Counter,
    /// New Sportotek reservations by families.
    pub reservations: Counter,
    /// New bookings of a guide's meeting.
    pub guide_bookings: Counter,
}

fn latency_histogram() -> Histogram {
    Histogram::new(LATENCY_BUCKETS)
}

impl Metrics {
    pub fn new(allow: Allow) -> Metrics {
        let mut registry = Registry::with_prefix("valkommen");
        let requests = Family::<Answered, Counter>::default();
        registry.register("http_requests", "Requests answered, by method, matched route and status", requests.clone());
        let latency = Family::<Route, Histogram, fn() -> Histogram>::new_with_constructor(latency_histogram);
        registry.register_with_unit(
            "http_request_duration",
            "Time to the answer's headers, by method and matched route",
            Unit::Seconds,
            latency.clone(),
        );
        let gauge = |registry: &mut Registry, name: &str, help: &str| {
            let gauge = Gauge::default();
            registry.register(name, help, gauge.clone());
            gauge
        };
        let pool_size = gauge(&mut registry, "db_pool_connections", "Connections the database pool holds");
        let pool_idle = gauge(&mut registry, "db_pool_idle", "Pool connections waiting for work");
        let pool_in_use = gauge(&mut registry, "db_pool_in_use", "Pool connections serving a request");
        // Whether `--read-cache-mb` is enough: kept bytes near the bound and misses
        // climbing faster than hits say it is not.
        let read_cache_bytes = gauge(&mut registry, "read_cache_bytes", "Bytes of public answers kept in memory");
        let read_cache_hits = gauge(&mut registry, "read_cache_hits", "Public reads answered from memory");
        let read_cache_misses = gauge(&mut registry, "read_cache_misses", "Public reads made and kept");
        let counter = |registry: &mut Registry, name: &str, help: &str| {
            let counter = Counter::default();
            registry.register(name, help, counter.clone());
            counter
        };
        Metrics {
            redemptions: counter(&mut registry, "voucher_redemptions", "Vouchers redeemed by associations"),
            reversals: counter(&mut registry, "voucher_reversals", "Redemptions taken back"),
            reservations: counter(&mut registry, "sportotek_reservations", "Sportotek reservations made"),
            guide_bookings: counter(&mut registry, "guide_bookings", "Meetings with a guide booked"),
            registry,
            allow,
            requests,
            latency,
            pool_size,
            pool_idle,
            pool_in_use,
            read_cache_bytes,
            read_cache_hits,
            read_cache_misses,
        }
    }

    fn observe(&self, method: &'static str, route: RouteLabel, status: StatusCode, took: Duration) {
        self.latency.get_or_create(&Route { method, route: route.clone() }).observe(took.as_secs_f64());
        self.requests.get_or_create(&Answered { method, route, status: status.as_u16() }).inc();
    }

    pub fn render(&self, pool: &sqlx::AnyPool, reads: &ReadCache) -> String {
        let (size, idle) = (i64::from(pool.size()), i64::try_from(pool.num_idle()).unwrap_or(i64::MAX));
        self.pool_size.set(size);
        self.pool_idle.set(idle);
        self.pool_in_use.set((size - idle).max(0));
        let (hits, misses) = reads.counts();
        let int = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        self.read_cache_bytes.set(int(reads.kept_bytes()));
        self.read_cache_hits.set(int(hits));
        self.read_cache_misses.set(int(misses));
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry).expect("writing to a String");
        text
    }
}

/// Counts every answer under the route it matched, never the path: a path can carry a
/// code. Methods outside the standard ones count as `other`, so a client cannot grow
/// the label set.
#[derive(Clone)]
pub struct Track(pub Arc<Metrics>);

impl Around for Track {
    type Memo = (&'static str, Option<MatchedPath>, Instant);

    fn before(&self, request: &mut Request) -> Self::Memo {
        let method = match *request.method() {
            Method::GET => "GET",
            Method::HEAD => "HEAD",
            Method::POST => "POST",
            Method::PUT => "PUT",
            Method::DELETE => "DELETE",
            Method::PATCH => "PATCH",
            Method::OPTIONS => "OPTIONS",
            _ => "other",
        };
        (method, request.extensions().get::<MatchedPath>().cloned(), Instant::now())
    }

    fn after<B>(&self, (method, route, started): Self::Memo, response: &mut Response<B>) {
        self.0.observe(method, RouteLabel(route), response.status(), started.elapsed());
    }
}

/// The addresses and networks that may read `/metrics`: `127.0.0.1, 10.0.0.0/8, ::1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allow(Vec<IpNet>);

impl Allow {
    pub fn admits(&self, peer: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&peer))
    }
}

impl FromStr for Allow {
    type Err = String;

    fn from_str(list: &str) -> Result<Allow, String> {
        let nets = list
            .split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("not an address or network: {entry:?}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Allow(nets))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_allow_list_takes_addresses_and_networks_and_refuses_anything_else() {
        let allow: Allow = "127.0.0.1, 10.1.0.0/16,::1".parse().unwrap();
        for (peer, admitted) in [("127.0.0.1", true), ("127.0.0.2", false), ("10.1.200.3", true), ("10.2.0.1", false)] {
            assert_eq!(allow.admits(peer.parse().unwrap()), admitted, "{peer}");
        }
        assert!(allow.admits("::1".parse().unwrap()));
        assert!(!"".parse::<Allow>().unwrap().admits("127.0.0.1".parse().unwrap()), "empty: nobody");
        for bad in ["localhost", "10.0.0.0/33", "127.0.0.1;10.0.0.1"] {
            assert!(bad.parse::<Allow>().is_err(), "{bad}");
        }
    }

    #[tokio::test]
    async fn the_rendered_text_names_routes_and_counts_but_no_path() {
        use axum::{body::Body, routing::get};
        use tower::ServiceExt as _;

        let metrics = Arc::new(Metrics::new("127.0.0.1".parse().unwrap()));
        let app = axum::Router::new()
            .route("/api/guides/bookings/{code}/calendar.ics", get(|| async { StatusCode::NOT_FOUND }))
            .fallback(|| async { "a file" })
            .layer(crate::around::AroundLayer(Track(metrics.clone())));
        for path in ["/api/guides/bookings/SECRET-CODE/calendar.ics", "/sw.js"] {
            let request = Request::builder().uri(path).body(Body::empty()).unwrap();
            app.clone().oneshot(request).await.unwrap();
        }
        metrics.redemptions.inc();
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &metrics.registry).unwrap();
        assert!(
            text.contains(
                r#"valkommen_http_requests_total{method="GET",route="/api/guides/bookings/{code}/calendar.ics",status="404"} 1"#
            ),
            "{text}"
        );
        assert!(
            text.contains(r#"valkommen_http_requests_total{method="GET",route="static",status="200"} 1"#),
            "{text}"
        );
        assert!(!text.contains("SECRET-CODE") && !text.contains("sw.js"), "no path: {text}");
        assert!(text.contains("valkommen_http_request_duration_seconds_bucket{le=\"0.005\",method=\"GET\""), "{text}");
        assert!(text.contains("valkommen_voucher_redemptions_total 1"), "{text}");
        assert!(text.ends_with("# EOF\n"), "{text}");
    }
}
