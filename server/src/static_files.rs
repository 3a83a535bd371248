//! The built client, held in memory and compressed once at start with the best brotli
//! and gzip settings: the first visit over a weak mobile connection is what counts.

use std::{
    collections::HashMap,
    fmt::Write as _,
    io::Write as _,
    path::{Path, PathBuf},
    sync::{Arc, OnceLock},
};

use axum::{
    body::{Body, Bytes},
    http::{header, HeaderMap, HeaderValue, StatusCode, Uri},
    response::{IntoResponse, Response},
};
use base64::Engine as _;
use sha2::{Digest as _, Sha256};

use crate::{
    caching,
    compress::{self, Coding},
};

struct Asset {
    content_type: &'static str,
    cache_control: &'static str,
    compressible: bool,
    /// A text built into the binary (`model::i18n::served_texts`), the same bytes in
    /// every server of the process.
    built_in: bool,
    // `Bytes`: each response shares the file instead of copying it.
    identity: Bytes,
    // Filled by a background thread after start; until then the plain file is served.
    brotli: OnceLock<Bytes>,
    gzip: OnceLock<Bytes>,
    /// The hash of `identity`, which its compressions are kept under: made once for both.
    digest: OnceLock<String>,
}

#[derive(Clone, Default)]
pub struct StaticFiles {
    assets: Arc<HashMap<String, Asset>>,
    csp: Arc<String>,
    /// Where the compressed files are kept between starts (`dist/.compressed`).
    kept: Option<Arc<PathBuf>>,
}

impl StaticFiles {
    /// Loads every file under `dist`; an empty set when the client has not been built.
    pub fn load(dist: &Path) -> std::io::Result<StaticFiles> {
        let mut assets = HashMap::new();
        if dist.is_dir() {
            load_dir(dist, dist, &mut assets)?;
        } else {
            tracing::warn!(dist = %dist.display(), "no built client: serving the API only");
        }
        // A newcomer's bundle carries Swedish only and fetches the reader's language
        // here, by an address with its version (so cached for good, as hashed files are).
        for (path, text) in model::i18n::served_texts() {
            let text = Asset { built_in: true, ..asset(&path, Bytes::from_static(text.as_bytes())) };
            assets.insert(path.clone(), text);
        }
        // Every bundle's page has an inline loader.
        let pages: String = [
            "/index.html",
            "/activities/index.html",
            "/sportotek/index.html",
            "/voucher/index.html",
            "/guides/index.html",
            "/mine/index.html",
            "/staff/index.html",
            "/club/index.html",
            "/club/office/index.html",
        ]
        .iter()
        .filter_map(|page| assets.get(*page))
        .map(|a| String::from_utf8_lossy(&a.identity).into_owned())
        .collect();
        let csp = content_security_policy(&pages);
        let kept = dist.is_dir().then(|| Arc::new(dist.join(KEPT)));
        let files = StaticFiles { assets: Arc::new(assets), csp: Arc::new(csp), kept };
        let background = files.clone();
        std::thread::spawn(move || background.compress_all());
        Ok(files)
    }

    /// Compresses every file once, at the best (slow) settings: the wasm takes seconds.
    /// Small files first and gzip before brotli, so that only the wasms' brotli is still
    /// pending a moment after start, and they go out as gzip meanwhile.
    fn compress_all(&self) {
        let kept = self.kept.as_deref().map(PathBuf::as_path);
        let mut assets: Vec<&Asset> = self.assets.values().filter(|a| a.compressible).collect();
        assets.sort_by_key(|a| a.identity.len());
        for asset in &assets {
            asset.gzip.get_or_init(|| compressed(asset, Coding::Gzip, kept));
        }
        // Brotli on every core: five bundles' wasm at the best level take a while.
        let next = std::sync::atomic::AtomicUsize::new(0);
        let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    while let Some(asset) = assets.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
                        asset.brotli.get_or_init(|| compressed(asset, Coding::Brotli, kept));
                    }
                });
            }
        });
    }

    /// The page of the bundle that draws the client route `path`, as Trunk wrote it, for
    /// the server's first paint.
    pub fn shell(&self, path: &str) -> Option<&str> {
        std::str::from_utf8(&self.assets.get(bundle_page(path))?.identity).ok()
    }

    pub fn csp(&self) -> &str {
        &self.csp
    }

    /// Serves the file at `uri`; a path without a file extension is a client route and
    /// gets its bundle's page: the staff console under `/staff`, the activity finder under
    /// `/activities`, else the newcomers' orientation app.
    pub fn respond(&self, uri: &Uri, headers: &HeaderMap) -> Response {
        let path = uri.path();
        // The association leaders' bundle lives under `/club/`, its worker's scope: the
        // bare name leads there, so the page is always the worker's to open offline.
        if path == "/club" {
            let to = uri.query().map_or_else(|| "/club/".to_owned(), |query| format!("/club/?{query}"));
            return (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, to)]).into_response();
        }
        let asset = self.assets.get(path).or_else(|| {
            let last = path.rsplit('/').next().unwrap_or_default();
            (!last.contains('.')).then(|| self.assets.get(bundle_page(path))).flatten()
        });
        let Some(asset) = asset else {
            return (StatusCode::NOT_FOUND, "not found").into_response();
        };
        let accepts = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let (body, encoding) = match (asset.brotli.get(), asset.gzip.get()) {
            (Some(br), _) if Coding::Brotli.accepted_by(accepts) => (br.clone(), Some("br")),
            (_, Some(gz)) if Coding::Gzip.accepted_by(accepts) => (gz.clone(), Some("gzip")),
            _ => (asset.identity.clone(), None),
        };
        let mut response = Response::new(Body::from(body));
        let h = response.headers_mut();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(asset.cache_control));
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if let Some(encoding) = encoding {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        // A page's shell and the service worker are asked for again on every visit: a
        // phone whose copy is current gets a `304` (a few hundred bytes, not kilobytes).
        let tag = format!("\"{}\"", &asset.digest.get_or_init(|| digest(&asset.identity))[..32]);
        caching::or_not_modified(caching::tagged(response, &tag), caching::if_none_match_in(headers))
    }
}

/// The page of the bundle that draws the client route `path`: the staff console under
/// `/staff`, the association leaders' desk and office under `/club`, the finder's
/// bundles under `/activities`, else the newcomers' orientation app.
fn bundle_page(path: &str) -> &'static str {
    let under = |prefix: &str| path == prefix || path.starts_with(&format!("{prefix}/"));
    if under("/staff") {
        "/staff/index.html"
    } else if under("/club/account") || under("/club/activities") {
        "/club/office/index.html"
    } else if under("/club") {
        "/club/index.html"
    } else if under("/activities/sportotek") {
        "/sportotek/index.html"
    } else if under("/activities/voucher") {
        "/voucher/index.html"
    } else if under("/activities/guides") {
        "/guides/index.html"
    } else if under("/activities/mine") {
        "/mine/index.html"
    } else if under("/activities") {
        "/activities/index.html"
    } else {
        "/index.html"
    }
}

fn load_dir(root: &Path, dir: &Path, assets: &mut HashMap<String, Asset>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        // The compressed files kept between starts (`KEPT`) are not files of the site.
        if path.file_name().is_some_and(|name| name.to_string_lossy().starts_with('.')) {
            continue;
        }
        if path.is_dir() {
            load_dir(root, &path, assets)?;
            continue;
        }
        let name = path.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/");
        let identity = Bytes::from(std::fs::read(&path)?);
        assets.insert(format!("/{name}"), asset(&name, identity));
    }
    Ok(())
}

fn asset(name: &str, identity: Bytes) -> Asset {
    let content_type = content_type(name);
    Asset {
        content_type,
        cache_control: cache_control(name),
        compressible: !content_type.starts_with("image/png"),
        built_in: false,
        identity,
        brotli: OnceLock::new(),
        gzip: OnceLock::new(),
        digest: OnceLock::new(),
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "ftl" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Trunk puts a content hash in built file names (`app-1a2b…_bg.wasm`): those never
/// change and are cached for a year. The page and the service worker must always be
/// fresh so that a new build reaches the phone.
fn cache_control(name: &str) -> &'static str {
    let stem = name.rsplit('/').next().unwrap_or(name);
    // Trunk writes the hash in hex without leading zeros: up to 16 digits.
    let hashed = stem
        .split(['-', '_', '.'])
        .any(|part| (12..=16).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit()));
    if hashed {
        "public, max-age=31536000, immutable"
    } else if name.ends_with("index.html") || name == "sw.js" || name.ends_with("/sw.js") {
        "no-cache"
    } else {
        "public, max-age=86400"
    }
}

/// The folder in `dist/` where compressed files are kept between starts, by the hash of
/// what they compress: a new build replaces `dist/` and with it this folder, and a file
/// that changed would have another name anyway.
const KEPT: &str = ".compressed";

/// A kept file's extension: `.br` or `.gz`.
fn suffix(coding: Coding) -> &'static str {
    match coding {
        Coding::Brotli => "br",
        Coding::Gzip => "gz",
    }
}

/// `file` compressed at the best settings.
///
/// - Each result is compressed once per build: it is kept in `kept` (`dist/.compressed`),
///   by the hash of what it compresses, and a server started again (a restart, an upgrade
///   of the server alone, every journey of the end-to-end tests) reads it instead of
///   spending seconds of both cores on it again. Where `dist/` cannot be written, each
///   start compresses anew.
/// - That holds for the texts built into the binary (`model::i18n::served_texts`) too,
///   which are also the same bytes for every server of a process: each is made once per
///   process and shared. The API tests start hundreds of servers in one process, and
///   compressing the texts again for each had been most of their time; the journeys
///   start a server process for each, and compressing the texts at brotli's best was
///   nearly all of a debug server's four seconds of work at start (2026-11-29).
fn compressed(asset: &Asset, encoding: Coding, kept: Option<&Path>) -> Bytes {
    type Shared = std::sync::Mutex<HashMap<(usize, usize, Coding), Arc<OnceLock<Bytes>>>>;
    static SHARED: OnceLock<Shared> = OnceLock::new();
    let file = &asset.identity;
    let kept = kept.map(|kept| (kept, asset.digest.get_or_init(|| digest(file)).as_str()));
    if asset.built_in {
        let key = (file.as_ptr() as usize, file.len(), encoding);
        let once = SHARED.get_or_init(Default::default).lock().expect("not poisoned").entry(key).or_default().clone();
        // Read or made by the first server to ask; the others wait for it.
        return once.get_or_init(|| kept_or_made(file, encoding, kept)).clone();
    }
    kept_or_made(file, encoding, kept)
}

/// `file` compressed with `encoding` as `kept` (the folder, and `file`'s [`digest`])
/// holds it, else compressed now and kept there.
///
/// Servers started at once on the same `dist/` (the journeys run two at a time, each
/// starting its own; a host running two) would each compress the whole client: the first
/// to begin on a file claims it (`CLAIM`), and the others wait for its result while they
/// serve gzip. A claim whose server no longer runs ([`claimant_runs`]), or older than
/// `CLAIM_FOR`, is taken over.
fn kept_or_made(file: &[u8], encoding: Coding, kept: Option<(&Path, &str)>) -> Bytes {
    let make = || -> Bytes {
        match encoding {
            Coding::Brotli => compress::brotli(file, 11).into(),
            Coding::Gzip => compress::gzip(file, true).into(),
        }
    };
    let Some((kept, digest)) = kept else { return make() };
    let path = kept.join(kept_name(digest, encoding));
    let claim = path.with_extension(format!("{}.{CLAIM}", suffix(encoding)));
    loop {
        if let Ok(done) = std::fs::read(&path) {
            return done.into();
        }
        let claimed = std::fs::create_dir_all(kept)
            .and_then(|()| std::fs::OpenOptions::new().write(true).create_new(true).open(&claim))
            .and_then(|mut mine| mine.write_all(std::process::id().to_string().as_bytes()));
        if claimed.is_ok() {
            // The other server may have finished between the look above and the claim.
            if let Ok(done) = std::fs::read(&path) {
                let _ = std::fs::remove_file(&claim);
                return done.into();
            }
            break;
        }
        match std::fs::metadata(&claim).and_then(|m| m.modified()) {
            // Another server is making it.
            Ok(claimed_at) if claimed_at.elapsed().unwrap_or_default() < CLAIM_FOR && claimant_runs(&claim) => {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            // Its server stopped: take the claim over.
            Ok(_) => {
                let _ = std::fs::remove_file(&claim);
            }
            // Released meanwhile: the result is read next time round.
            Err(_) if path.exists() => {}
            // `dist/` cannot be written (or the other server failed to): make it here.
            Err(_) => return make(),
        }
    }
    let fresh = make();
    // Written aside and renamed into place: a server starting meanwhile reads the whole
    // file or none.
    let aside = path.with_extension(format!("{}.{}", suffix(encoding), std::process::id()));
    let _ = std::fs::write(&aside, &fresh).and_then(|()| std::fs::rename(&aside, &path));
    let _ = std::fs::remove_file(&claim);
    fresh
}

/// Whether the server that wrote `claim` (its process id) still runs, where the system
/// says (Linux's `/proc`): a journey's server is killed when its journey ends, perhaps
/// halfway through the client. Elsewhere the claim's age alone tells.
fn claimant_runs(claim: &Path) -> bool {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return true;
    }
    match std::fs::read_to_string(claim).ok().and_then(|pid| pid.trim().parse::<u32>().ok()) {
        Some(pid) => proc.join(pid.to_string()).exists(),
        // Just made, its id not written yet.
        None => true,
    }
}

/// The suffix of a claim on a compression under way ([`kept_or_made`]).
const CLAIM: &str = "making";
/// How long a claim holds: longer than the largest wasm takes at brotli's best on a busy
/// machine (seconds), short enough that a server that stopped halfway delays brotli only
/// briefly after the next start (gzip goes out meanwhile).
const CLAIM_FOR: std::time::Duration = std::time::Duration::from_mins(2);

/// The hash a file's compressions are kept under.
fn digest(file: &[u8]) -> String {
    crate::hex::hex(&Sha256::digest(file))
}

/// The name a file compressed with `encoding` is kept under: its [`digest`] and the coding.
fn kept_name(digest: &str, encoding: Coding) -> String {
    format!("{digest}.{}", suffix(encoding))
}

/// Allows our own origin only, plus the inline module script Trunk writes into
/// `index.html` by its hash, and compiling WebAssembly.
pub fn content_security_policy(index_html: &str) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    let mut rest = index_html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let Some(close) = after.find("</script>") else {
            break;
        };
        let body = &after[open_end + 1..close];
        if !body.trim().is_empty() {
            let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes()));
            let _ = write!(script_src, " 'sha256-{hash}'");
        }
        rest = &after[close + 9..];
    }
    format!(
        "default-src 'self'; script-src {script_src}; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
         font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; \
         frame-ancestors 'none'; form-action 'self'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_cached_for_a_year_and_the_page_and_worker_never() {
        assert_eq!(cache_control("app-3f1c0a9e8b7d6c5a_bg.wasm"), "public, max-age=31536000, immutable");
        assert_eq!(cache_control("style-3f1c0a9e8b7d6c5a.css"), "public, max-age=31536000, immutable");
        assert_eq!(cache_control("app-5d93bde461e87ba_bg.wasm"), "public, max-age=31536000, immutable");
        assert_eq!(cache_control("index.html"), "no-cache");
        assert_eq!(cache_control("sw.js"), "no-cache");
        assert_eq!(cache_control("club/sw.js"), "no-cache");
        assert_eq!(cache_control("club/manifest.webmanifest"), "public, max-age=86400");
        assert_eq!(cache_control("icons/icon-192.png"), "public, max-age=86400");
    }

    #[test]
    fn the_policy_allows_exactly_the_inline_scripts_of_the_page() {
        let csp = content_security_policy(
            "<script type=\"module\">import init from '/app.js';</script><script src=\"/x.js\"></script>",
        );
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"import init from '/app.js';"));
        assert!(csp.contains(&format!("'sha256-{expected}'")), "{csp}");
        assert_eq!(csp.matches("sha256-").count(), 1, "{csp}");
        assert!(!csp.contains("unsafe-inline"));
    }

    #[test]
    fn compressed_files_are_kept_for_the_next_start_and_never_served_as_files() {
        let dist = std::env::temp_dir().join(format!("vk-kept-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        let wasm = "app-0123456789abcdef_bg.wasm";
        std::fs::write(dist.join(wasm), "välkommen ".repeat(10_000)).unwrap();
        let first = StaticFiles::load(&dist).unwrap();
        first.compress_all();
        let asset = &first.assets[&format!("/{wasm}")];
        assert!(asset.brotli.get().unwrap().len() < 1_000, "compressed");
        // The wasm's two codings (the texts built in are kept there too, once per process).
        let identity = &asset.identity;
        let mut kept: Vec<String> = std::fs::read_dir(dist.join(KEPT))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| [Coding::Brotli, Coding::Gzip].iter().any(|&c| *name == kept_name(&digest(identity), c)))
            .collect();
        kept.sort();
        assert_eq!(kept.len(), 2, "{kept:?}");
        let suffixes: Vec<_> = kept.iter().map(|name| Path::new(name).extension().unwrap().to_owned()).collect();
        assert_eq!(suffixes, ["br", "gz"], "{kept:?}");
        // The next start reads what was kept instead of compressing again.
        std::fs::write(dist.join(KEPT).join(&kept[0]), "kept").unwrap();
        let second = StaticFiles::load(&dist).unwrap();
        second.compress_all();
        assert_eq!(second.assets[&format!("/{wasm}")].brotli.get().unwrap().as_ref(), b"kept");
        // The folder is no part of the site.
        assert!(second.assets.keys().all(|path| !path.contains(KEPT)));
        let uri = format!("/{KEPT}/{}", kept[0]).parse().unwrap();
        assert_eq!(second.respond(&uri, &HeaderMap::new()).status(), StatusCode::NOT_FOUND);
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn a_text_built_in_is_kept_for_the_next_process_too() {
        // A text of its own, so that no other test of this process made it first.
        static TEXT: &[u8] = b"hello-kept = V\xc3\xa4lkommen, a text built into the server binary";
        let kept = std::env::temp_dir().join(format!("vk-kept-text-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&kept);
        let text = Asset { built_in: true, ..asset("/texts/sv/hello.txt", Bytes::from_static(TEXT)) };
        let made = compressed(&text, Coding::Brotli, Some(&kept));
        let path = kept.join(kept_name(&digest(TEXT), Coding::Brotli));
        assert_eq!(std::fs::read(&path).unwrap(), made.as_ref(), "kept where the next process looks");
        // The next process (here, the same asset asked again without the once of this
        // one) reads it rather than compressing.
        std::fs::write(&path, "kept").unwrap();
        assert_eq!(kept_or_made(TEXT, Coding::Brotli, Some((&kept, &digest(TEXT)))).as_ref(), b"kept");
        std::fs::remove_dir_all(kept).unwrap();
    }

    #[test]
    fn a_server_waits_for_the_one_compressing_and_takes_over_from_one_that_stopped() {
        let kept = std::env::temp_dir().join(format!("vk-claim-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&kept);
        std::fs::create_dir_all(&kept).unwrap();
        let file = "välkommen ".repeat(1_000).into_bytes();
        let hash = digest(&file);
        let path = kept.join(kept_name(&hash, Coding::Brotli));
        let claim = path.with_extension(format!("br.{CLAIM}"));
        // Another server (this process stands in for it) claimed it: this one waits for
        // its result instead of compressing.
        std::fs::write(&claim, std::process::id().to_string()).unwrap();
        let waiting = std::thread::spawn({
            let (file, kept, hash) = (file.clone(), kept.clone(), hash.clone());
            move || kept_or_made(&file, Coding::Brotli, Some((&kept, &hash)))
        });
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert!(!waiting.is_finished(), "it waits while the claim's server runs");
        // Written as a server writes it: aside, then renamed into place, so the waiting
        // one never reads it half written.
        let aside = path.with_extension("br.other");
        std::fs::write(&aside, "made by the other").unwrap();
        std::fs::rename(&aside, &path).unwrap();
        std::fs::remove_file(&claim).unwrap();
        assert_eq!(waiting.join().unwrap().as_ref(), b"made by the other");
        // A claim of a server that stopped (no such process) is taken over at once.
        std::fs::remove_file(&path).unwrap();
        std::fs::write(&claim, u32::MAX.to_string()).unwrap();
        let made = kept_or_made(&file, Coding::Brotli, Some((&kept, &hash)));
        assert!(made.len() < file.len() / 10, "compressed here");
        assert_eq!(std::fs::read(&path).unwrap(), made.as_ref(), "and kept");
        assert!(!claim.exists(), "the claim is released");
        std::fs::remove_dir_all(kept).unwrap();
    }

    #[tokio::test]
    async fn each_client_route_gets_its_bundles_page() {
        let dist = std::env::temp_dir().join(format!("vk-dist-{}", std::process::id()));
        for (dir, text) in [
            ("", "app"),
            ("activities", "finder"),
            ("sportotek", "sportotek"),
            ("voucher", "voucher"),
            ("guides", "guides"),
            ("mine", "mine"),
            ("staff", "console"),
            ("club", "club"),
            ("club/office", "office"),
        ] {
            std::fs::create_dir_all(dist.join(dir)).unwrap();
            std::fs::write(dist.join(dir).join("index.html"), text).unwrap();
        }
        let files = StaticFiles::load(&dist).unwrap();
        let page = |path: &str| files.respond(&path.parse().unwrap(), &HeaderMap::new()).into_body();
        for (path, bundle) in [
            ("/", "app"),
            ("/articles/hyra-bostad", "app"),
            ("/activities", "finder"),
            ("/activities/12", "finder"),
            ("/activities/voucher", "voucher"),
            ("/activities/vouchers", "finder"),
            ("/activities/sportotek", "sportotek"),
            ("/activities/sportotek/items/3", "sportotek"),
            ("/activities/sportotek/reservations", "sportotek"),
            ("/activities/sportotekish", "finder"),
            ("/activities/guides", "guides"),
            ("/activities/guides/12", "guides"),
            ("/activities/guides/bookings", "guides"),
            ("/activities/guidesx", "finder"),
            ("/activities/mine", "mine"),
            ("/activities/mine/", "mine"),
            ("/activities/minefield", "finder"),
            ("/staff/sportotek", "console"),
            ("/club/", "club"),
            ("/club/account", "office"),
            ("/club/activities", "office"),
            ("/club/activitiesx", "club"),
            ("/clubs", "app"),
        ] {
            let body = axum::body::to_bytes(page(path), 1024).await.unwrap();
            assert_eq!(body, bundle.as_bytes(), "{path}");
        }
        let bare = files.respond(&"/club?x=1".parse().unwrap(), &HeaderMap::new());
        assert_eq!(bare.status(), StatusCode::PERMANENT_REDIRECT);
        assert_eq!(bare.headers()[header::LOCATION], "/club/?x=1");
        // Until the compressed files are kept, the folder is still being written.
        files.compress_all();
        std::fs::remove_dir_all(dist).unwrap();
    }
}
