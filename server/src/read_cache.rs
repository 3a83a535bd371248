//! Reads that cost nothing twice. A public read's answer (the orientation, an article,
//! search, the finder, an activity, an association, the Sportotek, the guides) is kept in
//! memory as it was sent, compressed and tagged, keyed by its address (municipality,
//! language and query are all in it), the content coding asked for and the host. The
//! next phone that asks for it gets those bytes, or a `304`, with no database round trip.
//!
//! Everything kept is kept under the content version it was read at: a number in the
//! database that every committed change to public content moves on, whichever server
//! made it (migration `0010_content_version.sql`). The Sportotek's and the guides'
//! answers are kept under their area's version too, which their loans and bookings move
//! instead of the content's (`0014_area_versions.sql`): a reservation drops the
//! Sportotek's kept answers and leaves the articles', the finder's and search's. A
//! server reads the versions after each request that may have written, so its own
//! changes show at once, and every second, so another server's changes (or a sweep's)
//! show within a second. Nothing is served as current for longer than a minute either:
//! answers that follow the clock (the next meeting, the days a size can be picked up)
//! move on with it. Then one request makes the answer anew while the others are served
//! the one kept, for up to half a minute more, rather than all waiting; an answer kept
//! under older versions is never served.
//!
//! The front door (`crate::front_door`) answers what is current here before routing;
//! the rest passes to the cache's layer behind the router ([`KeepPublicReads`]).
//!
//! The guides' list is kept too: its searches are counted around this cache
//! (`crate::demand`). Search's answers are kept like any other; what it searches stays
//! in the database (`Store::search`).
//!
//! The newcomers' pages as the server fills them (`crate::first_paint`) are kept the same
//! way, under the reader the server made out (language and municipality) rather than the
//! cookies and languages the browser sent: filling and compressing a page at brotli's
//! best takes 10–40 ms, which a shared link opened by a hundred phones pays once.

use std::{
    collections::HashMap,
    convert::Infallible,
    future::Future,
    pin::Pin,
    sync::{
        atomic::{AtomicI64, AtomicU64, Ordering},
        Arc, Mutex,
    },
    task::{Context, Poll},
    time::{Duration, Instant},
};

use axum::{
    body::{to_bytes, Body, Bytes},
    extract::{MatchedPath, Request},
    http::{header, uri::PathAndQuery, HeaderMap, HeaderValue, Method, StatusCode, Uri},
    response::{IntoResponse, Response},
};
use model::Language;
use tokio::sync::{OwnedRwLockWriteGuard, RwLock};
use tower::{Layer, Service};

use crate::{
    caching::{carries_personal_data, if_none_match, if_none_match_in, or_not_modified},
    store::{Store, Versions},
};

/// How long an answer is served as current, for answers that follow the clock.
const KEPT_FOR: Duration = Duration::from_mins(1);
/// How long after that an answer, under the current versions still, is served to others
/// while one request makes it anew: the phones asking then do not all wait for it.
const AGED_FOR: Duration = Duration::from_secs(30);
/// How often the content version is read for changes made elsewhere.
pub const POLL_EVERY: Duration = Duration::from_secs(1);
/// The largest answer kept (a catalogue of a thousand items is ~415 KB before brotli).
const MAX_KEPT_ANSWER: usize = 2 * 1024 * 1024;
/// Longer addresses or headers are answered, not kept.
const MAX_KEY_PART: usize = 512;

/// What is kept, and the versions it is good for.
pub struct ReadCache {
    answers: moka::sync::Cache<Key, Arc<Kept>>,
    /// The versions this server has seen, by [`Area`].
    versions: [AtomicI64; 3],
    hits: AtomicU64,
    misses: AtomicU64,
    /// Answers being made: a request for one of them waits for it rather than making it
    /// again, so two hundred phones asking at once after a change cost one answer.
    making: Mutex<HashMap<Key, Arc<RwLock<()>>>>,
    /// [`KEPT_FOR`], shorter in tests.
    kept_for: Duration,
}

/// An answer is the same for the same address, coding and host (calendar files name
/// the host in their links).
///
/// A request's key shares its bytes with the connection's read buffer, so that finding
/// a kept answer copies nothing; a key that is kept is [`Key::detached`] first, so as
/// not to hold that buffer.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    path_and_query: PathAndQuery,
    accept_encoding: HeaderValue,
    host: HeaderValue,
    /// Whom a filled page (`crate::first_paint`) is for; `None` for the API's answers,
    /// which name their language and municipality in their address.
    reader: Option<Reader>,
}

/// A filled page's reader, as the server made it out from the address, the cookies and
/// the browser's languages: two readers alike are sent the same page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reader {
    pub lang: Language,
    /// The municipality the reader chose, as the address or the cookie names it (the
    /// page shows the first one for none or an unknown one).
    pub municipality: Option<Box<str>>,
    /// Whose version the page follows besides the content's.
    pub area: Area,
}

/// A filled page's place among what is kept, with the versions it is made at.
pub struct PageKey {
    key: Key,
    stamp: Stamp,
}

/// Whose version, besides the content's, an answer follows: read from its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    Content = 0,
    Sportotek = 1,
    Guides = 2,
}

impl Area {
    /// `/api/municipalities/{municipality}/sportotek…` and `…/guides…` are the areas'.
    fn of(path: &str) -> Area {
        let path = path.split_once('?').map_or(path, |(path, _)| path);
        let mut segments = path.trim_start_matches('/').split('/');
        match (segments.next(), segments.next(), segments.nth(1)) {
            (Some("api"), Some("municipalities"), Some("sportotek")) => Area::Sportotek,
            (Some("api"), Some("municipalities"), Some("guides")) => Area::Guides,
            _ => Area::Content,
        }
    }
}

/// The versions an answer was read at: the content's and its area's (the content's
/// again for the content's own answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    content: i64,
    area: i64,
}

struct Kept {
    stamp: Stamp,
    made: Instant,
    headers: HeaderMap,
    body: Bytes,
    /// The route that made it, as declared: the front door counts it there.
    route: Option<MatchedPath>,
}

impl ReadCache {
    /// A cache for answers of at most `bytes` in all, counting their bodies and keys.
    pub fn new(versions: Versions, bytes: u64) -> ReadCache {
        ReadCache {
            answers: moka::sync::Cache::builder()
                .max_capacity(bytes)
                .weigher(|key: &Key, kept: &Arc<Kept>| {
                    let reader = key.reader.as_ref().and_then(|r| r.municipality.as_deref()).map_or(0, str::len);
                    let bytes =
                        kept.body.len() + key.path_and_query.as_str().len() + key.accept_encoding.len() + reader + 512;
                    u32::try_from(bytes).unwrap_or(u32::MAX)
                })
                .time_to_live(KEPT_FOR + AGED_FOR)
                .build(),
            versions: [versions.content, versions.sportotek, versions.guides].map(AtomicI64::new),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            making: Mutex::new(HashMap::new()),
            kept_for: KEPT_FOR,
        }
    }

    /// The content version this server has seen.
    pub fn version(&self) -> i64 {
        self.versions[Area::Content as usize].load(Ordering::Acquire)
    }

    /// The versions an answer of `area` is read at now.
    fn stamp(&self, area: Area) -> Stamp {
        Stamp { content: self.version(), area: self.versions[area as usize].load(Ordering::Acquire) }
    }

    /// Answers served from memory and answers made, since the server started.
    pub fn counts(&self) -> (u64, u64) {
        (self.hits.load(Ordering::Relaxed), self.misses.load(Ordering::Relaxed))
    }

    /// Bytes kept, as weighed against the bound.
    pub fn kept_bytes(&self) -> u64 {
        self.answers.run_pending_tasks();
        self.answers.weighted_size()
    }

    /// Reads the versions. What was kept under an older content version is dropped; an
    /// answer kept under an older area version is no longer served, and makes room as
    /// it is made again or ages out.
    pub async fn catch_up(&self, store: &Store) {
        match store.versions().await {
            Ok(Versions { content, sportotek, guides }) => {
                if self.versions[Area::Content as usize].fetch_max(content, Ordering::AcqRel) < content {
                    self.answers.invalidate_all();
                }
                self.versions[Area::Sportotek as usize].fetch_max(sportotek, Ordering::AcqRel);
                self.versions[Area::Guides as usize].fetch_max(guides, Ordering::AcqRel);
            }
            Err(error) => tracing::warn!(%error, "reading the content versions failed"),
        }
    }

    /// The answer kept under `key` that is current: made under the current versions,
    /// within [`KEPT_FOR`].
    fn kept(&self, key: &Key) -> Option<Arc<Kept>> {
        self.kept_aged(key).filter(|kept| self.fresh(kept))
    }

    /// Whether `kept` was made within [`KEPT_FOR`].
    fn fresh(&self, kept: &Kept) -> bool {
        kept.made.elapsed() < self.kept_for
    }

    /// The answer kept under `key` under the current versions, however old.
    fn kept_aged(&self, key: &Key) -> Option<Arc<Kept>> {
        self.answers.get(key).filter(|kept| kept.stamp == self.stamp(key.area()))
    }

    /// Where the filled page at `uri` for `reader`, sent with brotli or as it is, is kept,
    /// with the versions it would be made at now; `None` for an address too long to keep.
    pub fn page_key(&self, uri: &Uri, reader: Reader, brotli: bool) -> Option<PageKey> {
        let path_and_query = uri.path_and_query().filter(|p| p.as_str().len() <= MAX_KEY_PART)?;
        if reader.municipality.as_deref().is_some_and(|m| m.len() > MAX_KEY_PART) {
            return None;
        }
        let key = Key {
            path_and_query: path_and_query.clone(),
            accept_encoding: HeaderValue::from_static(if brotli { "br" } else { "" }),
            host: HeaderValue::from_static(""),
            reader: Some(reader),
        }
        .detached();
        // Read before the page is made: a change committed meanwhile leaves it stale.
        let stamp = self.stamp(key.area());
        Some(PageKey { key, stamp })
    }

    /// The page kept under `key`, if it is still current, or this request's turn to make
    /// it. While one request makes a page, others asking for it wait for it, as for the
    /// API's answers: a hundred phones opening a link shared after a change cost one page.
    pub async fn kept_page(&self, key: &PageKey, if_none_match: Option<&str>) -> Result<Response, Making<'_>> {
        self.kept_or_turn(&key.key, if_none_match).await
    }

    /// The answer kept under `key` (a `304` when `if_none_match` names it), or this
    /// request's turn to make it, counted as a hit or a miss.
    ///
    /// An answer past [`KEPT_FOR`] but under the current versions is made anew by one
    /// request, and served as it is to the others meanwhile: the next meeting a minute
    /// old rather than every phone waiting. What changed content is never served.
    async fn kept_or_turn(&self, key: &Key, if_none_match: Option<&str>) -> Result<Response, Making<'_>> {
        loop {
            let kept = self.kept_aged(key);
            if let Some(kept) = kept.as_ref().filter(|kept| self.fresh(kept)) {
                self.hits.fetch_add(1, Ordering::Relaxed);
                return Ok(kept.answer(if_none_match));
            }
            match Making::start(self, key) {
                Ok(making) => {
                    self.misses.fetch_add(1, Ordering::Relaxed);
                    return Err(making);
                }
                Err(made) => match kept {
                    Some(aged) => {
                        self.hits.fetch_add(1, Ordering::Relaxed);
                        return Ok(aged.answer(if_none_match));
                    }
                    // Another request is making it: wait for that one, then look again.
                    None => drop(made.read().await),
                },
            }
        }
    }

    /// The answer kept for a public read, as the layers under the cache sent it (a `304`
    /// when `If-None-Match` names it), and the route that made it; `None` when the
    /// request is not a public read or its answer is not kept under the current versions.
    pub fn kept_answer(&self, request: &Request) -> Option<(Response, Option<MatchedPath>)> {
        self.current(&Key::of(request)?, if_none_match_in(request.headers()))
    }

    /// The page kept under `key`, if it is still current, counted as a hit (a `304` when
    /// `if_none_match` names it); `None` when it must be made, or is being made.
    pub fn kept_page_now(&self, key: &PageKey, if_none_match: Option<&str>) -> Option<Response> {
        self.current(&key.key, if_none_match).map(|(answer, _)| answer)
    }

    /// The current answer kept under `key`, counted as a hit, and the route that made it.
    fn current(&self, key: &Key, if_none_match: Option<&str>) -> Option<(Response, Option<MatchedPath>)> {
        let kept = self.kept(key)?;
        self.hits.fetch_add(1, Ordering::Relaxed);
        Some((kept.answer(if_none_match), kept.route.clone()))
    }

    /// Keeps a filled page as `headers` and `body` say it goes out.
    pub fn keep_page(&self, PageKey { key, stamp }: PageKey, headers: &HeaderMap, body: Bytes) {
        if body.len() <= MAX_KEPT_ANSWER {
            self.answers.insert(
                key,
                Arc::new(Kept { stamp, made: Instant::now(), headers: headers.clone(), body, route: None }),
            );
        }
    }
}

/// Reads the content version every `POLL_EVERY`, for changes another server made.
pub fn spawn_poller(cache: Arc<ReadCache>, store: Store) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(POLL_EVERY);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            cache.catch_up(&store).await;
        }
    });
}

/// What the middleware needs: the cache, and the store whose content version it follows.
#[derive(Clone)]
pub struct Reads {
    pub reads: Arc<ReadCache>,
    pub store: Store,
}

/// Serves a public read from memory when it is kept under the current content version,
/// else makes it and keeps it. After any request that may have written, reads the
/// content version before answering, so that the writer's next read is current.
#[derive(Clone)]
pub struct KeepPublicReadsLayer(pub Reads);

impl<S> Layer<S> for KeepPublicReadsLayer {
    type Service = KeepPublicReads<S>;

    fn layer(&self, inner: S) -> KeepPublicReads<S> {
        KeepPublicReads { app: self.0.clone(), inner }
    }
}

#[derive(Clone)]
pub struct KeepPublicReads<S> {
    app: Reads,
    inner: S,
}

type Answer = Result<Response, Infallible>;

impl<S> Service<Request> for KeepPublicReads<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Answering;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Answering {
        let key = if request.method().is_safe() { Key::of(&request) } else { None };
        // The service below was made ready for this request; its clone waits for the next.
        let ready = self.inner.clone();
        let inner = std::mem::replace(&mut self.inner, ready);
        Box::pin(make(self.app.clone(), key, request, inner))
    }
}

/// An answer being made, or found kept after all (made meanwhile by another request:
/// the front door answers what was kept before it).
pub type Answering = Pin<Box<dyn Future<Output = Answer> + Send>>;

/// Answers a request that found nothing kept: a write, which may move the versions; a
/// read that is not kept; or a public read to make and keep.
async fn make<S>(app: Reads, key: Option<Key>, request: Request, mut inner: S) -> Answer
where
    S: Service<Request, Response = Response, Error = Infallible>,
{
    if !request.method().is_safe() {
        let response = inner.call(request).await?;
        // A 503 says the database is away: asking it for the version would only wait out
        // the pool's timeout a second time, and nothing was written.
        if response.status() != StatusCode::SERVICE_UNAVAILABLE {
            app.reads.catch_up(&app.store).await;
        }
        return Ok(response);
    }
    let Some(key) = key else { return inner.call(request).await };
    let if_none_match = if_none_match(&request);
    let _making = match app.reads.kept_or_turn(&key, if_none_match.as_deref()).await {
        Ok(kept) => return Ok(kept),
        Err(making) => making,
    };
    // Read before the answer is made: a change committed meanwhile leaves it stale.
    let stamp = app.reads.stamp(key.area());
    let route = request.extensions().get::<MatchedPath>().cloned();
    let response = inner.call(request).await?;
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) {
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = to_bytes(body, MAX_KEPT_ANSWER).await else {
        return Ok(StatusCode::INTERNAL_SERVER_ERROR.into_response());
    };
    let mut headers = parts.headers.clone();
    headers.remove(header::DATE);
    app.reads
        .answers
        .insert(key.detached(), Arc::new(Kept { stamp, made: Instant::now(), headers, body: body.clone(), route }));
    Ok(Response::from_parts(parts, Body::from(body)))
}

/// This request makes the answer for its key; others wait until it is dropped (made,
/// refused or abandoned), then find it kept or make it themselves.
pub struct Making<'a> {
    reads: &'a ReadCache,
    key: Key,
    _guard: OwnedRwLockWriteGuard<()>,
}

impl<'a> Making<'a> {
    fn start(reads: &'a ReadCache, key: &Key) -> Result<Making<'a>, Arc<RwLock<()>>> {
        let mut making = reads.making.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(lock) = making.get(key) {
            return Err(lock.clone());
        }
        let lock = Arc::new(RwLock::new(()));
        let guard = lock.clone().try_write_owned().expect("a new lock is free");
        let key = key.detached();
        making.insert(key.clone(), lock);
        Ok(Making { reads, key, _guard: guard })
    }
}

impl Drop for Making<'_> {
    fn drop(&mut self) {
        self.reads.making.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(&self.key);
    }
}

impl Key {
    fn area(&self) -> Area {
        self.reader.as_ref().map_or_else(|| Area::of(self.path_and_query.path()), |reader| reader.area)
    }

    /// The same key in bytes of its own.
    fn detached(&self) -> Key {
        let copy = |value: &HeaderValue| HeaderValue::from_bytes(value.as_bytes()).expect("a header copied as it is");
        Key {
            path_and_query: PathAndQuery::from_maybe_shared(Bytes::copy_from_slice(
                self.path_and_query.as_str().as_bytes(),
            ))
            .expect("an address copied as it is"),
            accept_encoding: copy(&self.accept_encoding),
            host: copy(&self.host),
            reader: self.reader.clone(),
        }
    }

    /// The key of a public read that may be kept: a `GET` of a municipality's public
    /// content or a catalogue photo, with no personal data and no position in it (the
    /// finder's `near` is used for one answer and kept nowhere).
    fn of(request: &Request) -> Option<Key> {
        let uri = request.uri();
        let path = uri.path();
        let public = path.starts_with("/api/municipalities") || path.starts_with("/api/sportotek/photos/");
        if request.method() != Method::GET || !public || carries_personal_data(path) {
            return None;
        }
        if uri.query().is_some_and(|q| q.split('&').any(|pair| pair.starts_with("near="))) {
            return None;
        }
        let header = |name| request.headers().get(name).cloned().unwrap_or_else(|| HeaderValue::from_static(""));
        let key = Key {
            path_and_query: uri.path_and_query()?.clone(),
            accept_encoding: header(header::ACCEPT_ENCODING),
            host: header(header::HOST),
            reader: None,
        };
        [key.path_and_query.as_str().len(), key.accept_encoding.len(), key.host.len()]
            .iter()
            .all(|&length| length <= MAX_KEY_PART)
            .then_some(key)
    }
}

impl Kept {
    fn answer(&self, if_none_match: Option<&str>) -> Response {
        let mut response = Response::new(Body::from(self.body.clone()));
        *response.headers_mut() = self.headers.clone();
        or_not_modified(response, if_none_match)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(uri: &str, method: Method) -> Request {
        let mut request = Request::new(Body::empty());
        *request.uri_mut() = uri.parse().unwrap();
        *request.method_mut() = method;
        request
    }

    #[test]
    fn public_reads_are_kept_and_personal_ones_positions_and_writes_are_not() {
        for uri in [
            "/api/municipalities",
            "/api/municipalities/granviken/articles/tandvard?lang=ar",
            "/api/municipalities/granviken/activities?age=9&covered=1",
            "/api/sportotek/photos/3/480",
            "/api/municipalities/granviken/guides/4",
            // Its searches are counted around the cache (`crate::demand`).
            "/api/municipalities/granviken/guides?language=ti",
        ] {
            assert!(Key::of(&request(uri, Method::GET)).is_some(), "{uri}");
        }
        for (uri, method) in [
            ("/api/municipalities/granviken/articles/tandvard/feedback", Method::POST),
            ("/api/municipalities/granviken/orientation", Method::HEAD),
            ("/api/municipalities/granviken/activities?age=9&near=59.3,18.0", Method::GET),
            ("/api/municipalities/granviken/sportotek/reservations", Method::GET),
            ("/api/staff/municipalities/granviken/articles", Method::GET),
            ("/api/vouchers/balance", Method::GET),
            ("/api/guides/bookings/ABC", Method::GET),
            ("/api/health", Method::GET),
            ("/index.html", Method::GET),
        ] {
            assert!(Key::of(&request(uri, method.clone())).is_none(), "{method} {uri}");
        }
        let long = format!("/api/municipalities/granviken/search?q={}", "a".repeat(600));
        assert!(Key::of(&request(&long, Method::GET)).is_none(), "too long to keep");
    }

    fn kept_now(reads: &ReadCache, key: &Key, body: &'static str) {
        let stamp = reads.stamp(key.area());
        let kept = Kept { stamp, made: Instant::now(), headers: HeaderMap::new(), body: body.into(), route: None };
        reads.answers.insert(key.detached(), Arc::new(kept));
    }

    async fn body_of(answer: Response) -> Bytes {
        to_bytes(answer.into_body(), 1024).await.unwrap()
    }

    #[tokio::test]
    async fn an_aged_answer_is_made_anew_by_one_request_and_served_to_the_others_meanwhile() {
        let versions = Versions { content: 1, sportotek: 1, guides: 1 };
        let mut reads = ReadCache::new(versions, 1024 * 1024);
        reads.kept_for = Duration::from_millis(50);
        let key = Key::of(&request("/api/municipalities/granviken/activities?age=9", Method::GET)).unwrap();
        kept_now(&reads, &key, "before");
        assert!(reads.kept(&key).is_some(), "current");
        tokio::time::sleep(Duration::from_millis(80)).await;
        assert!(reads.kept(&key).is_none(), "aged: the front door leaves it to the cache behind");

        let Err(making) = reads.kept_or_turn(&key, None).await else { panic!("the first request makes it anew") };
        let meanwhile = tokio::time::timeout(Duration::from_secs(5), reads.kept_or_turn(&key, None)).await;
        let Ok(Ok(meanwhile)) = meanwhile else { panic!("another gets the aged answer, without waiting") };
        assert_eq!(body_of(meanwhile).await, "before");
        kept_now(&reads, &key, "after");
        drop(making);
        let Ok(current) = reads.kept_or_turn(&key, None).await else { panic!("current") };
        assert_eq!(body_of(current).await, "after");

        // Content changed: the aged answer is not served; the others wait for the new one.
        tokio::time::sleep(Duration::from_millis(80)).await;
        reads.versions[Area::Content as usize].store(2, Ordering::Release);
        let Err(making) = reads.kept_or_turn(&key, None).await else { panic!("made anew") };
        let waiting = reads.kept_or_turn(&key, None);
        tokio::pin!(waiting);
        assert!(futures_poll_once(waiting.as_mut()).await.is_none(), "waits for the new answer");
        kept_now(&reads, &key, "changed");
        drop(making);
        let Ok(changed) = waiting.await else { panic!("the new answer") };
        assert_eq!(body_of(changed).await, "changed");
    }

    /// Polls `future` once: its output if it was ready.
    async fn futures_poll_once<F: Future + Unpin>(mut future: F) -> Option<F::Output> {
        std::future::poll_fn(|cx| {
            Poll::Ready(match Pin::new(&mut future).poll(cx) {
                Poll::Ready(output) => Some(output),
                Poll::Pending => None,
            })
        })
        .await
    }

    #[test]
    fn a_kept_key_holds_bytes_of_its_own_not_the_connections() {
        // As hyper reads it: the address and headers are slices of one read buffer.
        let read = "/api/municipalities/granviken/orientation?lang=ar gzip, br granviken.example";
        let buffer = Bytes::from_static(read.as_bytes());
        let slice = |part: &str| {
            let start = read.find(part).unwrap();
            buffer.slice(start..start + part.len())
        };
        let mut request = Request::new(Body::empty());
        *request.uri_mut() =
            axum::http::Uri::from_maybe_shared(slice("/api/municipalities/granviken/orientation?lang=ar")).unwrap();
        request
            .headers_mut()
            .insert(header::ACCEPT_ENCODING, HeaderValue::from_maybe_shared(slice("gzip, br")).unwrap());
        request.headers_mut().insert(header::HOST, HeaderValue::from_maybe_shared(slice("granviken.example")).unwrap());
        let key = Key::of(&request).unwrap();
        assert_eq!(key.host, "granviken.example");
        let within = |bytes: &[u8]| buffer.as_ptr_range().contains(&bytes.as_ptr());
        assert!(within(key.path_and_query.as_str().as_bytes()), "looking up copies nothing");
        let kept = key.detached();
        assert_eq!(kept, key);
        for part in [kept.path_and_query.as_str().as_bytes(), kept.accept_encoding.as_bytes(), kept.host.as_bytes()] {
            assert!(!within(part), "{part:?} is still in the read buffer");
        }
    }

    #[test]
    fn the_sportoteks_and_the_guides_answers_follow_their_areas_version_and_the_rest_the_contents() {
        for (path, area) in [
            ("/api/municipalities/granviken/sportotek?lang=ar", Area::Sportotek),
            ("/api/municipalities/granviken/sportotek/items/3?lang=ar", Area::Sportotek),
            ("/api/municipalities/granviken/guides?language=ti", Area::Guides),
            ("/api/municipalities/granviken/guides/4", Area::Guides),
            ("/api/municipalities/granviken/articles/sportotek", Area::Content),
            ("/api/municipalities/granviken/search?q=guides", Area::Content),
            ("/api/municipalities/sportotek", Area::Content),
            ("/api/sportotek/photos/3/480", Area::Content),
            ("/api/municipalities", Area::Content),
        ] {
            assert_eq!(Area::of(path), area, "{path}");
        }
    }
}
