//! Builds the application from its configuration and runs it until a shutdown signal.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use anyhow::Context as _;
use axum::{
    body::Body,
    extract::{DefaultBodyLimit, Request, State},
    http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode, Uri},
    middleware,
    response::Response,
    routing::{any, get},
    Router,
};
use hyper::body::Incoming;
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
    service::TowerToHyperService,
};
use tokio::{
    net::{TcpListener, TcpStream},
    sync::{OwnedSemaphorePermit, Semaphore},
};
use tower::{Service as _, ServiceBuilder};
use tower_http::{
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    timeout::{RequestBodyTimeoutLayer, TimeoutLayer},
    trace::TraceLayer,
};

use crate::{
    around::{Around, AroundLayer},
    auth, caching, client,
    client_hash::ClientHashes,
    config::Config,
    demand::Demand,
    error::ApiError,
    first_paint,
    front_door::FrontDoorLayer,
    mail::Mailer,
    openapi,
    rate_limit::{Counting, FailedAttempts, Limiter},
    read_cache::{self, ReadCache},
    request_id, seed,
    state::{AppState, Shared},
    static_files::StaticFiles,
    store::Store,
};

/// API request bodies are small: a few fields of text.
const MAX_BODY_BYTES: usize = 16 * 1024;
/// Balance lookups a client may make in ten minutes: a family checks a few cards, a
/// guesser of 65-bit codes gets nowhere.
pub const VOUCHER_LOOKUPS: u32 = 20;
/// Reservation lookups, cancellations and calendar files by code a client may ask for in
/// ten minutes: a family's phone refreshing its few codes, not a guesser of 45 bits.
pub const RESERVATION_LOOKUPS: u32 = 30;
/// New reservations a client address may make at once, refilled over an hour (one every
/// three minutes). A family reserving for its children, a mistake or two included, needs
/// a handful. An address many share (a library's wifi, a school, a carrier's shared IPv4)
/// is never shut out for more than a few minutes once the burst is spent, while a script
/// gets twenty copies an hour rather than the whole catalogue in a minute.
pub const RESERVATIONS: u32 = 20;
/// Bookings of a guide's meeting a client address may make in an hour: a newcomer books
/// one or two; a script cannot fill every guide's week.
pub const GUIDE_BOOKINGS: u32 = 10;
/// Wrong passwords one client may try for one account in a quarter of an hour.
pub const SIGN_IN_FAILURES: u32 = 10;

pub struct Application {
    listener: TcpListener,
    router: Router,
    front_door: FrontDoorLayer<Behind>,
    trusted_proxy: Option<std::net::IpAddr>,
    store: Store,
    reads: Arc<ReadCache>,
    demand: Arc<Demand>,
    header_read_timeout: Duration,
    max_connections: usize,
    /// Held while the server runs, so a restore cannot replace its `SQLite` file.
    _lock: Option<crate::backup::DatabaseLock>,
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        if config.database_url.is_none() {
            std::fs::create_dir_all(&config.data_dir)
                .with_context(|| format!("creating {}", config.data_dir.display()))?;
        }
        let lock = crate::backup::DatabaseLock::for_server(&config.database_url())?;
        let store = Store::connect(&config.database_url()).await?;
        if config.demo && seed::seed_if_empty(&store).await? {
            tracing::info!("seeded the demo municipality");
        }
        spawn_sweeper(store.clone(), config.guide_keep_days);
        let versions = store.versions().await.context("reading the content versions")?;
        let reads = Arc::new(ReadCache::new(versions, u64::from(config.read_cache_mb) * 1024 * 1024));
        read_cache::spawn_poller(reads.clone(), store.clone());
        let demand = Arc::new(Demand::default());
        crate::demand::spawn_writer(demand.clone(), store.clone());
        let files = StaticFiles::load(&config.dist_dir)?;
        let client_hashes = ClientHashes::new(store.clone());
        let counting = Counting::for_store(&store, &client_hashes);
        let (ten_minutes, hour) = (Duration::from_mins(10), Duration::from_hours(1));
        let state = AppState::new(Shared {
            store: store.clone(),
            feedback_limiter: Limiter::per_minute(&counting, "feedback", config.feedback_per_minute),
            sign_in_per_client: Limiter::per_minute(&counting, "sign-in", config.sign_in_per_minute),
            sign_in_failures: FailedAttempts::new(
                &counting,
                "sign-in-failures",
                SIGN_IN_FAILURES,
                Duration::from_mins(15),
            ),
            client_hashes,
            apply_limiter: Limiter::per_minute(&counting, "guide-applications", 5),
            voucher_lookups: Limiter::per_period(&counting, "voucher-lookups", VOUCHER_LOOKUPS, ten_minutes),
            voucher_checks: Limiter::per_period(
                &counting,
                "voucher-checks",
                config.voucher_checks_per_ten_minutes,
                ten_minutes,
            ),
            reservation_lookups: Limiter::per_period(
                &counting,
                "reservation-lookups",
                RESERVATION_LOOKUPS,
                ten_minutes,
            ),
            new_reservations: Limiter::per_period(&counting, "reservations", RESERVATIONS, hour),
            new_guide_bookings: Limiter::per_period(&counting, "guide-bookings", GUIDE_BOOKINGS, hour),
            guide_lookups: Limiter::per_period(&counting, "guide-lookups", RESERVATION_LOOKUPS, ten_minutes),
            trusted_proxy: config.trusted_proxy,
            mailer: Mailer::new(config.smtp_url.as_deref(), &config.mail_from, &config.public_url)?,
            reads: reads.clone(),
            demand: demand.clone(),
            metrics: Arc::new(crate::metrics::Metrics::new(config.metrics_allow.clone())),
        });
        let (router, front_door) = router(state, files, &config);
        let listener = TcpListener::bind((config.address, config.port)).await.context("binding the port")?;
        tracing::info!(address = %listener.local_addr()?, "listening");
        Ok(Application {
            listener,
            router,
            front_door,
            trusted_proxy: config.trusted_proxy,
            store,
            reads,
            demand,
            header_read_timeout: Duration::from_secs(config.header_read_timeout_secs),
            max_connections: config.max_connections.max(1),
            _lock: lock,
        })
    }

    /// The public reads it keeps, for tests and anyone measuring.
    pub fn reads(&self) -> Arc<ReadCache> {
        self.reads.clone()
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().expect("bound").port()
    }

    /// Serves until a shutdown signal, then lets open requests finish. Our own accept loop
    /// because `axum::serve` has neither a header-read timeout nor a connection cap.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let Application {
            listener,
            router,
            front_door,
            trusted_proxy,
            store,
            demand,
            header_read_timeout,
            max_connections,
            _lock,
            ..
        } = self;
        // Around the router, outermost first: what every answer needs, the front door.
        let service = ServiceBuilder::new()
            .map_request(|request: Request<Incoming>| request.map(Body::new))
            .map_request(move |request: Request| client::request_id_only_from_proxy(trusted_proxy, request))
            .layer(SetRequestIdLayer::new(request_id::HEADER, MakeRequestUuid))
            .layer(PropagateRequestIdLayer::new(request_id::HEADER))
            .layer(front_door)
            .service(router);
        let mut make_service =
            axum::ServiceExt::<Request<Incoming>>::into_make_service_with_connect_info::<SocketAddr>(service);
        let mut http = hyper::server::conn::http1::Builder::new();
        // Also closes a kept-alive connection that sends no next request in this time.
        http.timer(TokioTimer::new()).header_read_timeout(header_read_timeout);
        let slots = Arc::new(Semaphore::new(max_connections));
        let graceful = GracefulShutdown::new();
        let mut shutdown = std::pin::pin!(shutdown_signal());
        loop {
            let (slot, (stream, peer)) = tokio::select! {
                () = &mut shutdown => break,
                accepted = accept(&listener, &slots) => accepted?,
            };
            let service = make_service.call(peer).await.unwrap_or_else(|never| match never {});
            let connection =
                graceful.watch(http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)));
            tokio::spawn(async move {
                if let Err(error) = connection.await {
                    tracing::debug!(%error, "connection ended");
                }
                drop(slot);
            });
        }
        drop(listener);
        graceful.shutdown().await;
        if let Err(error) = demand.write(&store).await {
            tracing::warn!(%error, "writing the guides' demand before stopping failed");
        }
        store.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// Waits for a free connection slot, then for a connection: beyond the cap, clients
/// wait in the listen queue.
async fn accept(
    listener: &TcpListener,
    slots: &Arc<Semaphore>,
) -> anyhow::Result<(OwnedSemaphorePermit, (TcpStream, SocketAddr))> {
    use std::io::ErrorKind;
    let slot = slots.clone().acquire_owned().await?;
    loop {
        match listener.accept().await {
            Ok(accepted) => return Ok((slot, accepted)),
            // The client gave up before its turn.
            Err(error) if matches!(error.kind(), ErrorKind::ConnectionAborted | ErrorKind::ConnectionReset) => {}
            // Out of file descriptors, say: pause rather than spin.
            Err(error) => {
                tracing::warn!(%error, "accepting a connection failed");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

/// What the route's layers do to an answer, outermost first, done by the front door to
/// the answers it gives.
type Behind = (crate::metrics::Track, (SecurityHeaders, CountDemand));

/// The routes with their layers, and the front door before them that answers kept reads
/// as the routes would.
fn router(state: AppState, files: StaticFiles, config: &Config) -> (Router, FrontDoorLayer<Behind>) {
    let csp = HeaderValue::from_str(files.csp()).expect("a valid header");
    let (always_https, trusted_proxy) = (config.https, state.trusted_proxy);
    let track = crate::metrics::Track(state.metrics.clone());
    let security = SecurityHeaders { csp, always_https, trusted_proxy };
    let front_door = FrontDoorLayer {
        reads: state.reads.clone(),
        files: files.clone(),
        around: (track.clone(), (security.clone(), CountDemand(state.clone()))),
    };
    let (api, document) = openapi::api().split_for_parts();
    // Written once: the document never changes while the server runs.
    let document = axum::body::Bytes::from(serde_json::to_vec(&document).expect("the document serialises"));
    let api = api
        .route(
            "/api/openapi.json",
            get(move || std::future::ready(([(header::CONTENT_TYPE, "application/json")], document.clone()))),
        )
        .route("/api/{*rest}", any(|| async { ApiError::NotFound }))
        .route("/api", any(|| async { ApiError::NotFound }))
        // One layer of many, outermost first: each `Router::layer` boxes every route
        // anew, and a request clones and boxes through each (see `AppState`).
        .layer(
            ServiceBuilder::new()
                // Around the cache: an article read from memory counts for the region's
                // figures, and a search answered from memory is demand all the same.
                .layer(AroundLayer(CountDemand(state.clone())))
                .layer(read_cache::KeepPublicReadsLayer(read_cache::Reads {
                    reads: state.reads.clone(),
                    store: state.store.clone(),
                }))
                // What is kept, and what goes out, is axum's body.
                .map_response(|response: Response<_>| response.map(axum::body::Body::new))
                .layer(AroundLayer(caching::ApiCacheControl))
                .layer(middleware::from_fn(crate::compress::compress_answers))
                .layer(middleware::from_fn(caching::tag_public_reads))
                .layer(DefaultBodyLimit::max(MAX_BODY_BYTES)),
        )
        // Not JSON and not for the public: outside the API and its document.
        .route("/metrics", get(crate::routes::health::metrics));
    let router = api
        .fallback(move |State(app): State<AppState>, method: axum::http::Method, uri: Uri, headers: HeaderMap| {
            let files = files.clone();
            async move {
                // The orientation's pages come with their content (`first_paint`).
                let filled = if method == axum::http::Method::GET {
                    first_paint::serve(&app, &files, &uri, &headers).await
                } else {
                    None
                };
                filled.unwrap_or_else(|| files.respond(&uri, &headers))
            }
        })
        .with_state(state)
        // Outermost first, as one layer (above). The request id is set before routing
        // (`Application::run_until_stopped`), so the span has it.
        .layer(
            ServiceBuilder::new()
                .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| crate::telemetry::request_span(req)))
                .layer(AroundLayer(track))
                .layer(request_id::KeepAtHandLayer)
                .layer(AroundLayer(security))
                .layer(TimeoutLayer::with_status_code(
                    StatusCode::REQUEST_TIMEOUT,
                    Duration::from_secs(config.request_timeout_secs),
                ))
                .layer(RequestBodyTimeoutLayer::new(Duration::from_secs(config.body_timeout_secs))),
        );
    (router, front_door)
}

/// Counts what was answered (made, kept or not modified): an article in the reader's
/// language, and a search of the guides' list. One not found or refused (an unknown
/// language, say) counts nothing.
#[derive(Clone)]
struct CountDemand(AppState);

impl Around for CountDemand {
    type Memo = (Option<(String, model::Language)>, Option<(String, model::guides::GuideFilter)>);

    fn before(&self, request: &mut Request) -> Self::Memo {
        (crate::routes::orientation::article_asked(request), crate::routes::guides::search_asked(request))
    }

    fn after<B>(&self, (article, search): Self::Memo, response: &mut Response<B>) {
        if !matches!(response.status(), StatusCode::OK | StatusCode::NOT_MODIFIED) {
            return;
        }
        if let Some((municipality, lang)) = article {
            self.0.demand.count_read(municipality, crate::calendar::swedish_now().0, lang);
        }
        if let Some((municipality, filter)) = search {
            let language = filter.language.unwrap_or_default();
            self.0.demand.count_search(municipality, crate::guides::moment().today, language, filter.topic);
        }
    }
}

/// The headers every answer carries, and those only a page needs.
#[derive(Clone)]
struct SecurityHeaders {
    csp: HeaderValue,
    always_https: bool,
    trusted_proxy: Option<std::net::IpAddr>,
}

impl Around for SecurityHeaders {
    /// Whether the request came over HTTPS.
    type Memo = bool;

    fn before(&self, request: &mut Request) -> bool {
        self.always_https || client::forwarded_https(request.extensions(), request.headers(), self.trusted_proxy)
    }

    fn after<B>(&self, https: bool, response: &mut Response<B>) {
        let h = response.headers_mut();
        if https {
            h.insert(
                header::STRICT_TRANSPORT_SECURITY,
                HeaderValue::from_static("max-age=31536000; includeSubDomains"),
            );
        }
        // Framing, permissions and the policy govern documents; every other answer only
        // needs not to be sniffed. Each header costs bytes on every request of a phone.
        let is_page = h.get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
        if is_page {
            h.insert(header::CONTENT_SECURITY_POLICY, self.csp.clone());
            h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
            h.insert(
                HeaderName::from_static("permissions-policy"),
                HeaderValue::from_static("camera=(self), geolocation=(self), microphone=()"),
            );
            h.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
        }
        h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
        h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    }
}

/// Ended sessions and spent invitation links are deleted, not just refused: every
/// quarter of an hour, and once at start.
fn spawn_sweeper(store: Store, guide_keep_days: u16) {
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
            match store.sweep_sportotek(crate::calendar::swedish_now().0).await {
                Ok(0) => {}
                Ok(changed) => tracing::info!(changed, "swept lapsed reservations and ended loans' personal data"),
                Err(error) => tracing::warn!(%error, "sweeping the Sportotek failed"),
            }
            let (today, now) = crate::calendar::swedish_now();
            match store.sweep_guides(crate::store::Moment { today, now }, guide_keep_days).await {
                Ok(0) => {}
                Ok(changed) => tracing::info!(changed, "swept ended guide bookings and old personal data"),
                Err(error) => tracing::warn!(%error, "sweeping guide bookings failed"),
            }
            match store.sweep_limits().await {
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "sweeping rate limits failed"),
            }
            match store.sweep_guide_applications(crate::store::now()).await {
                Ok(0) => {}
                Ok(deleted) => tracing::info!(deleted, "deleted decided guide applications"),
                Err(error) => tracing::warn!(%error, "sweeping guide applications failed"),
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
