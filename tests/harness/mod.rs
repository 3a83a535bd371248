//! What the journeys stand on: the real server binary on a fresh database, `ChromeDriver`,
//! and a headless Chromium the size of a cheap phone.

use std::{
    net::TcpListener,
    path::PathBuf,
    process::Stdio,
    sync::atomic::{AtomicU32, Ordering},
    time::Duration,
};

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use tokio::process::{Child, Command};

pub mod pages;
pub mod staff;

/// How long a journey waits for something to appear before it fails.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// Browsers started by this process: each gets a profile of its own. Two browsers on one
/// profile would be one Chromium, with the first one's languages (a port number, once
/// freed, can come back, so it does not name a profile).
static BROWSERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("a free port").local_addr().unwrap().port()
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// The built bundles: `dist/`, or `VALKOMMEN_E2E_DIST` for a run that built its own
/// (a journey of the console alone needs only `staff/`).
fn dist() -> PathBuf {
    std::env::var_os("VALKOMMEN_E2E_DIST").map_or_else(|| workspace().join("dist"), PathBuf::from)
}

/// The server binary built next to this test (`cargo build -p server` first), or
/// `VALKOMMEN_SERVER_BIN`.
fn server_binary() -> PathBuf {
    if let Ok(path) = std::env::var("VALKOMMEN_SERVER_BIN") {
        return path.into();
    }
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).unwrap();
    let binary = profile_dir.join("server");
    assert!(binary.exists(), "{} is missing: run `cargo build -p server` first", binary.display());
    binary
}

async fn wait_for(url: &str) {
    let client = reqwest::Client::new();
    for _ in 0..300 {
        if client.get(url).send().await.is_ok_and(|r| r.status().is_success()) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{url} did not answer");
}

pub struct Server {
    pub base: String,
    child: Child,
    data: PathBuf,
    port: u16,
}

impl Server {
    /// The real server with a fresh `SQLite` database and the demo data.
    pub async fn start() -> Server {
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let port = free_port();
        let data = std::env::temp_dir().join(format!(
            "vk-e2e-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&data);
        let child = spawn_server(port, &data);
        let base = format!("http://127.0.0.1:{port}");
        wait_for(&format!("{base}/api/health")).await;
        Server { base, child, data, port }
    }

    /// Takes the server away, as a lost mobile connection would.
    pub async fn stop(&mut self) {
        let _ = self.child.kill().await;
    }

    /// Brings the stopped server back on the same address and database: the signal is
    /// back, and the sessions made before are still valid.
    pub async fn restart(&mut self) {
        self.child = spawn_server(self.port, &self.data);
        wait_for(&format!("{}/api/health", self.base)).await;
    }

    /// Runs `server create-admin` on this server's database: an admin, with the demo
    /// password, of a second municipality (created if new), so a journey can cross the
    /// line between two municipalities.
    pub async fn create_admin(&self, email: &str, municipality: &str, name: &str) {
        self.run_create_admin(&["--email", email, "--municipality", municipality, "--name", name]).await;
    }

    /// Runs `server create-admin --region`: a region-wide admin, with the demo password.
    /// The demo has none, as its password is published.
    pub async fn create_region_admin(&self, email: &str) {
        self.run_create_admin(&["--email", email, "--region"]).await;
    }

    async fn run_create_admin(&self, args: &[&str]) {
        let status = Command::new(server_binary())
            .arg("create-admin")
            .args(args)
            .env("VALKOMMEN_DATA_DIR", &self.data)
            .env("VALKOMMEN_ADMIN_PASSWORD", "valkommen-demo")
            .env_remove("DATABASE_URL")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .status()
            .await
            .expect("create-admin runs");
        assert!(status.success(), "create-admin {args:?} failed");
    }
}

fn spawn_server(port: u16, data: &std::path::Path) -> Child {
    Command::new(server_binary())
        .env("VALKOMMEN_ADDRESS", "127.0.0.1")
        .env("VALKOMMEN_PORT", port.to_string())
        .env("VALKOMMEN_DATA_DIR", data)
        .env("VALKOMMEN_DIST_DIR", dist())
        .env("VALKOMMEN_DEMO", "true")
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("the server starts")
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

pub struct Driver {
    child: Child,
    pub url: String,
}

impl Driver {
    pub async fn start() -> Driver {
        let port = free_port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver is installed (the test command installs it)");
        let url = format!("http://127.0.0.1:{port}");
        wait_for(&format!("{url}/status")).await;
        Driver { child, url }
    }

    /// A fresh headless Chromium at 360×740 with the given browser languages.
    pub async fn browser(&self, accept_languages: &str) -> Client {
        self.browser_with(accept_languages, serde_json::json!({})).await
    }

    /// A browser whose person has already said yes to notifications from every site, as
    /// a headless one cannot be asked.
    pub async fn browser_allowing_notifications(&self, accept_languages: &str) -> Client {
        self.browser_with(
            accept_languages,
            serde_json::json!({ "profile.default_content_setting_values.notifications": 1 }),
        )
        .await
    }

    /// A browser with JavaScript off, as some phones and readers have it: what the
    /// server sends is all there is.
    pub async fn browser_without_javascript(&self, accept_languages: &str) -> Client {
        self.browser_with(
            accept_languages,
            serde_json::json!({ "profile.managed_default_content_settings.javascript": 2 }),
        )
        .await
    }

    async fn browser_with(&self, accept_languages: &str, prefs: serde_json::Value) -> Client {
        let mut prefs = prefs;
        prefs["intl.accept_languages"] = accept_languages.into();
        let n = BROWSERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let profile = std::env::temp_dir().join(format!("vk-chrome-{}-{n}", std::process::id()));
        let capabilities = serde_json::json!({
            "goog:chromeOptions": {
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", format!("--user-data-dir={}", profile.display()),
                    format!("--lang={}", accept_languages.split(',').next().unwrap_or("sv")),
                ],
                "prefs": prefs,
                "mobileEmulation": { "deviceMetrics": { "width": 360, "height": 740, "pixelRatio": 2.0, "touch": true } }
            }
        });
        let serde_json::Value::Object(capabilities) = capabilities else { unreachable!() };
        ClientBuilder::rustls()
            .expect("tls")
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .expect("a browser session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

/// The page at `path` as the server sends it to a browser speaking `accept_language`,
/// before any script runs.
pub async fn html_as_sent(base: &str, path: &str, accept_language: &str) -> String {
    let response = reqwest::Client::new()
        .get(format!("{base}{path}"))
        .header("accept-language", accept_language)
        .send()
        .await
        .expect("the server answers");
    response.text().await.expect("a page")
}

/// Waits for an element matching `css` whose text contains `text`.
pub async fn find_text(client: &Client, css: &str, text: &str) -> Element {
    found(client, css, text).await.0
}

/// The text of the first element matching `css` that contains `text`, read when it was
/// found: a page that draws the element anew a moment later cannot make it stale.
pub async fn text_containing(client: &Client, css: &str, text: &str) -> String {
    found(client, css, text).await.1
}

async fn found(client: &Client, css: &str, text: &str) -> (Element, String) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        if let Ok(elements) = client.find_all(Locator::Css(css)).await {
            for element in elements {
                if let Ok(read) = element.text().await {
                    if read.contains(text) {
                        return (element, read);
                    }
                }
            }
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no `{css}` containing {text:?} on {:?}",
            client.current_url().await.map(|u| u.to_string())
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The ids of the app's messages (those with a `-`, from the Swedish source files).
fn message_ids() -> &'static std::collections::HashSet<String> {
    static IDS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let folder = workspace().join("locales/sv");
        std::fs::read_dir(&folder)
            .expect("locales/sv")
            .flatten()
            .filter(|entry| entry.path().extension().is_some_and(|x| x == "ftl"))
            .flat_map(|entry| {
                let text = std::fs::read_to_string(entry.path()).unwrap();
                text.lines()
                    .filter_map(|line| line.split_once(" =").map(|(id, _)| id.to_owned()))
                    .filter(|id| {
                        id.contains('-')
                            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    })
}

/// The message ids the page shows in place of a text, in its text or in the labels
/// read aloud: a bundle that uses a message its texts lack shows the id.
pub async fn shown_message_ids(client: &Client) -> Vec<String> {
    let shown = client
        .execute(
            "return [document.title, document.body.innerText,
                ...[...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')]
                    .flatMap(e => ['aria-label', 'placeholder', 'title', 'alt'].map(a => e.getAttribute(a) || ''))].join(' ');",
            vec![],
        )
        .await
        .expect("the page's text");
    let ids = message_ids();
    let mut found: Vec<String> = shown
        .as_str()
        .unwrap_or_default()
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        .filter(|word| ids.contains(*word))
        .map(str::to_owned)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// Waits until `script` (a JavaScript expression) is true in the page.
pub async fn wait_until(client: &Client, script: &str) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let value = client.execute(&format!("return !!({script});"), vec![]).await;
        if value.is_ok_and(|v| v == serde_json::Value::Bool(true)) {
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "never true: {script}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The document's `lang` and `dir`.
pub async fn lang_and_dir(client: &Client) -> (String, String) {
    let value =
        client.execute("return [document.documentElement.lang, document.documentElement.dir];", vec![]).await.unwrap();
    (value[0].as_str().unwrap().to_owned(), value[1].as_str().unwrap().to_owned())
}

/// Runs axe-core on the page; returns the serious and critical violations.
pub async fn accessibility_violations(client: &Client) -> Vec<String> {
    let axe = std::fs::read_to_string(workspace().join("tests/node_modules/axe-core/axe.min.js"))
        .expect("axe-core is installed (the test command runs npm install in tests/)");
    client.execute(&format!("{axe}\nreturn true;"), vec![]).await.expect("axe loads");
    let result = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                 .filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))));",
            vec![],
        )
        .await
        .expect("axe runs");
    result.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect()
}
