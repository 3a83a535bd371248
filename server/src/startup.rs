//! Builds the application from its configuration and runs it until a shutdown signal.

use std::net::SocketAddr;

use anyhow::Context as _;
use axum::{
    extract::{DefaultBodyLimit, Request},
    http::{header, HeaderMap, HeaderName, HeaderValue, Uri},
    middleware::{self, Next},
    response::Response,
    Router,
};
use tokio::net::TcpListener;
use tower_http::{compression::CompressionLayer, trace::TraceLayer};

use crate::{
    auth,
    config::Config,
    error::ApiError,
    openapi,
    rate_limit::Limiter,
    routes::{self, AppState},
    seed,
    static_files::StaticFiles,
    store::Store,
};

/// API request bodies are small: a few fields of text.
const MAX_BODY_BYTES: usize = 16 * 1024;
/// Balance lookups a client may make in ten minutes: a family checks a few cards, a
/// guesser of 65-bit codes gets nowhere.
pub const VOUCHER_LOOKUPS: u32 = 20;
/// Checks and redemptions an association account may make in ten minutes: a busy
/// registration evening, not a scan of the code space.
pub const VOUCHER_CHECKS: u32 = 150;

pub struct Application {
    listener: TcpListener,
    router: Router,
    store: Store,
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        if config.database_url.is_none() {
            std::fs::create_dir_all(&config.data_dir)
                .with_context(|| format!("creating {}", config.data_dir.display()))?;
        }
        let store = Store::connect(&config.database_url()).await?;
        if config.demo && seed::seed_if_empty(&store).await? {
            tracing::info!("seeded the demo municipality");
        }
        spawn_sweeper(store.clone());
        let files = StaticFiles::load(&config.dist_dir)?;
        let state = AppState {
            store: store.clone(),
            feedback_limiter: Limiter::per_minute(config.feedback_per_minute),
            sign_in_per_client: Limiter::per_minute(config.sign_in_per_minute),
            sign_in_per_account: Limiter::per_period(10, std::time::Duration::from_mins(15)),
            apply_limiter: Limiter::per_minute(5),
            voucher_lookups: Limiter::per_period(VOUCHER_LOOKUPS, std::time::Duration::from_mins(10)),
            voucher_checks: Limiter::per_period(VOUCHER_CHECKS, std::time::Duration::from_mins(10)),
            trusted_proxy: config.trusted_proxy,
        };
        let router = router(state, files);
        let listener = TcpListener::bind((config.address, config.port)).await.context("binding the port")?;
        tracing::info!(address = %listener.local_addr()?, "listening");
        Ok(Application { listener, router, store })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().expect("bound").port()
    }

    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        axum::serve(self.listener, self.router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(shutdown_signal())
            .await?;
        self.store.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

fn router(state: AppState, files: StaticFiles) -> Router {
    let csp = HeaderValue::from_str(files.csp()).expect("a valid header");
    let api = routes::router()
        .merge(openapi::router())
        .fallback(|| async { ApiError::NotFound })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(CompressionLayer::new())
        .layer(middleware::map_response(no_cache_api));
    Router::new()
        .nest("/api", api)
        .fallback(move |uri: Uri, headers: HeaderMap| {
            let files = files.clone();
            async move { files.respond(&uri, &headers) }
        })
        .with_state(state)
        .layer(middleware::from_fn(move |req, next| security_headers(csp.clone(), req, next)))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| {
            // The path only: query strings can hold search words.
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
        }))
}

async fn security_headers(csp: HeaderValue, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    // Framing, permissions and the policy govern documents; every other answer only
    // needs not to be sniffed. Each header costs bytes on every request of a phone.
    let is_page = h.get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if is_page {
        h.insert(header::CONTENT_SECURITY_POLICY, csp);
        h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        h.insert(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(self), geolocation=(self), microphone=()"),
        );
        h.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// API answers are not for shared caches; the service worker keeps its own copies.
async fn no_cache_api(mut response: Response) -> Response {
    response.headers_mut().entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-cache"));
    response
}

/// Ended sessions and spent invitation links are deleted, not just refused: every
/// quarter of an hour, and once at start.
fn spawn_sweeper(store: Store) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_mins(15));
        loop {
            every.tick().await;
            match store.sweep(auth::IDLE_TIMEOUT_SECS, auth::ABSOLUTE_TIMEOUT_SECS).await {
                Ok(0) => {}
                Ok(removed) => tracing::info!(removed, "swept ended sessions and spent links"),
                Err(error) => tracing::warn!(%error, "sweeping sessions failed"),
            }
            match store.sweep_vouchers(crate::calendar::swedish_now().0).await {
                Ok(0) => {}
                Ok(changed) => tracing::info!(changed, "swept old voucher lookups and expired personal data"),
                Err(error) => tracing::warn!(%error, "sweeping vouchers failed"),
            }
        }
    });
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
