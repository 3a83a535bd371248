//! Starting the app for a test, and speaking to it.

use std::path::PathBuf;

use server::{config::Config, startup::Application, store::Store};
use sqlx::{Connection as _, Executor as _};

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    /// The same database the server uses, for arranging and checking state directly.
    pub store: Store,
    /// What the server keeps of public reads (`server::read_cache`).
    pub reads: std::sync::Arc<server::read_cache::ReadCache>,
    /// The server's configuration, for starting another server on the same database.
    config: Config,
    /// The `SQLite` file, removed when the test ends.
    sqlite_file: Option<PathBuf>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(file) = &self.sqlite_file {
            for suffix in ["", "-wal", "-shm", ".lock"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
            }
        }
    }
}

pub struct Options {
    pub feedback_per_minute: u32,
    pub sign_in_per_minute: u32,
    /// Voucher checks and redemptions per association account in ten minutes.
    pub voucher_checks_per_ten_minutes: u32,
    pub dist_dir: Option<PathBuf>,
    pub trusted_proxy: Option<std::net::IpAddr>,
    /// Header-read, body and whole-request timeouts in seconds, and the connection cap.
    pub header_read_timeout_secs: u64,
    pub body_timeout_secs: u64,
    pub request_timeout_secs: u64,
    pub max_connections: usize,
    /// Seed the demo municipality (the server's `--demo`).
    pub demo: bool,
    /// The server's `--smtp-url`: a test's own SMTP server on the loopback.
    pub smtp_url: Option<String>,
    /// The server's `--metrics-allow`.
    pub metrics_allow: &'static str,
    /// The server reaches `PostgreSQL` on this port of the loopback (a test's proxy in
    /// front of it) instead of its own; the test's own connection goes direct.
    pub postgres_via_port: Option<u16>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            feedback_per_minute: 1000,
            sign_in_per_minute: 1000,
            voucher_checks_per_ten_minutes: 150,
            dist_dir: None,
            trusted_proxy: None,
            header_read_timeout_secs: 15,
            body_timeout_secs: 15,
            request_timeout_secs: 30,
            max_connections: 512,
            demo: true,
            smtp_url: None,
            metrics_allow: "127.0.0.0/8,::1",
            postgres_via_port: None,
        }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

pub async fn spawn_app_with(options: Options) -> TestApp {
    let id = uuid::Uuid::new_v4().simple().to_string();
    let sqlite_file = std::env::temp_dir().join(format!("vk-test-{id}.db"));
    let postgres = std::env::var("TEST_DATABASE").as_deref() == Ok("postgres");
    let template = template(postgres, options.demo).await;
    let database_url = if postgres {
        let mut conn = sqlx::PgConnection::connect(&postgres_admin_url()).await.expect("PostgreSQL is running");
        {
            // One copy of the template at a time: PostgreSQL refuses a copy while anyone
            // else has the template open.
            let _one_at_a_time = COPYING.lock().await;
            conn.execute(format!(r#"CREATE DATABASE "vk_test_{id}" TEMPLATE "{template}""#).as_str())
                .await
                .expect("create database");
        }
        // A test's database need not outlive a crash of PostgreSQL itself: commits return
        // without waiting for the disk, which made the PostgreSQL half of the run the
        // longest. A killed app server loses nothing by it (the fault tests keep the
        // default, `server/tests/faults/process.rs`).
        conn.execute(format!(r#"ALTER DATABASE "vk_test_{id}" SET synchronous_commit = off"#).as_str())
            .await
            .expect("tune the test database");
        postgres_url(&format!("vk_test_{id}"))
    } else {
        std::fs::copy(template, &sqlite_file).expect("copy the template database");
        format!("sqlite://{}?mode=rwc", sqlite_file.display())
    };
    let server_url = match options.postgres_via_port {
        Some(port) => {
            let mut url = url::Url::parse(&database_url).expect("a database URL");
            url.set_port(Some(port)).expect("a port can be set");
            url.to_string()
        }
        None => database_url.clone(),
    };
    let config = Config {
        address: [127, 0, 0, 1].into(),
        port: 0,
        database_url: Some(server_url),
        data_dir: std::env::temp_dir(),
        dist_dir: options.dist_dir.unwrap_or_else(|| PathBuf::from("/nonexistent")),
        demo: options.demo,
        feedback_per_minute: options.feedback_per_minute,
        sign_in_per_minute: options.sign_in_per_minute,
        voucher_checks_per_ten_minutes: options.voucher_checks_per_ten_minutes,
        trusted_proxy: options.trusted_proxy,
        https: false,
        header_read_timeout_secs: options.header_read_timeout_secs,
        body_timeout_secs: options.body_timeout_secs,
        request_timeout_secs: options.request_timeout_secs,
        max_connections: options.max_connections,
        smtp_url: options.smtp_url,
        guide_keep_days: server::store::KEEP_PERSONAL_DAYS,
        mail_from: "Välkommen <valkommen@localhost>".into(),
        public_url: "https://valkommen.example".into(),
        log_format: server::telemetry::LogFormat::Text,
        metrics_allow: options.metrics_allow.parse().expect("a valid allow list"),
        read_cache_mb: 16,
    };
    let (address, reads) = start(config.clone()).await;
    let store = Store::connect(&database_url).await.expect("connect to the test database");
    let sqlite_file = (!postgres).then_some(sqlite_file);
    TestApp { address, client: reqwest::Client::new(), store, reads, config, sqlite_file }
}

fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// The URL of database `name` on the test cluster.
fn postgres_url(name: &str) -> String {
    let admin = postgres_admin_url();
    let base = admin.rsplit_once('/').expect("a database in the URL").0;
    format!("{base}/{name}")
}

/// The databases every test starts from, made once per test process: what a server
/// makes of an empty database, migrated and, for the `demo` one, seeded with the demo
/// municipality. Each test copies one (a file for `SQLite`, `CREATE DATABASE … TEMPLATE`
/// for `PostgreSQL`), so its server finds nothing to migrate or seed: those had been most
/// of a test's own time. The tests of migrations and seeding themselves start from
/// empty databases of their own (`migrations.rs`, the fault tests).
static TEMPLATES: [tokio::sync::OnceCell<String>; 2] =
    [tokio::sync::OnceCell::const_new(), tokio::sync::OnceCell::const_new()];
static COPYING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The template with the demo or without: a file's path, or a database's name.
async fn template(postgres: bool, demo: bool) -> &'static str {
    TEMPLATES[usize::from(demo)]
        .get_or_init(|| async move {
            let name = format!("vk_test_template_{}", uuid::Uuid::new_v4().simple());
            let (url, made) = if postgres {
                let mut conn = sqlx::PgConnection::connect(&postgres_admin_url()).await.expect("PostgreSQL is running");
                conn.execute(format!(r#"CREATE DATABASE "{name}""#).as_str()).await.expect("create the template");
                (postgres_url(&name), name)
            } else {
                let file = std::env::temp_dir().join(format!("{name}-making.db"));
                (
                    format!("sqlite://{}?mode=rwc", file.display()),
                    std::env::temp_dir().join(format!("{name}.db")).display().to_string(),
                )
            };
            let store = Store::connect(&url).await.expect("migrate the template");
            if demo {
                server::seed::seed_if_empty(&store).await.expect("seed the template");
            }
            if !postgres {
                // One file with every commit in it: a copy of the database file alone could
                // miss what is still in its write-ahead log.
                sqlx::query("VACUUM INTO $1").bind(&made).execute(store.pool()).await.expect("write the template");
            }
            // Closed, so that no connection holds the template open.
            store.close().await;
            made
        })
        .await
}

/// Starts a server with `config`; its address and what it keeps of public reads.
async fn start(config: Config) -> (String, std::sync::Arc<server::read_cache::ReadCache>) {
    let app = Application::build(config).await.expect("the app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let reads = app.reads();
    tokio::spawn(app.run_until_stopped());
    (address, reads)
}

/// The one number `sql` selects (a `COUNT(*)`, say), read from the server's database.
pub async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(app.store.pool()).await.unwrap()
}

impl TestApp {
    /// The database's URL, for the admin commands (`server::backup`).
    pub fn database_url(&self) -> String {
        self.config.database_url()
    }

    /// Another server on the same database, as a region runs several: its address.
    pub async fn another_server(&self) -> String {
        start(Config { demo: false, ..self.config.clone() }).await.0
    }

    /// After a test changed the database directly, as a sweep or another server would:
    /// the server reads the content version after every request that may write
    /// (`server::read_cache`), so one refused `POST` brings its kept reads up to date
    /// at once rather than within the second its poll takes.
    pub async fn notice_direct_changes(&self) {
        let response = self.client.post(format!("{}/api", self.address)).send().await.expect("request sent");
        assert_eq!(response.status(), 404);
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.address)).send().await.expect("request sent")
    }

    pub async fn get_json<T: serde::de::DeserializeOwned>(&self, path: &str) -> T {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.json().await.expect("JSON")
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: impl Into<reqwest::Body>) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn municipality_id(&self) -> server::ids::MunicipalityId {
        self.store.municipality("granviken").await.unwrap().expect("demo municipality").0
    }
}

/// The error body of a refused request, checked for its status and message id.
pub async fn assert_error(response: reqwest::Response, status: u16, message_id: &str, why: &str) {
    assert_eq!(response.status(), status, "{why}");
    let body: model::ErrorBody = response.json().await.unwrap_or_else(|e| panic!("{why}: not an error body: {e}"));
    assert_eq!(body.message_id, message_id, "{why}");
}

/// A signed-in staff member as the browser holds it: the cookie and the CSRF token.
pub struct Session {
    pub cookie: String,
    pub csrf: String,
}

pub const DEMO_PASSWORD: &str = server::seed::DEMO_PASSWORD;

impl TestApp {
    pub async fn sign_in_response(&self, email: &str, password: &str) -> reqwest::Response {
        let body = serde_json::json!({ "email": email, "password": password }).to_string();
        self.post_raw("/api/auth/sign-in", "application/json", body).await
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Session {
        session_from(self.sign_in_response(email, password).await).await
    }

    /// A request as a signed-in browser sends it: the cookie and, unless `csrf` is
    /// false, the CSRF header.
    pub async fn staff(
        &self,
        session: Option<&Session>,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> reqwest::Response {
        let mut request = self.client.request(method, format!("{}{path}", self.address));
        if let Some(session) = session {
            request = request.header("cookie", &session.cookie).header("x-csrf-token", &session.csrf);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.expect("request sent")
    }
}

pub async fn session_from(response: reqwest::Response) -> Session {
    assert_eq!(response.status(), 200, "sign-in failed");
    let cookie = response.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let me: model::auth::Me = response.json().await.unwrap();
    Session { cookie, csrf: me.csrf_token }
}

/// The token of a one-time link: after `#`, where no server log sees it.
pub fn link_token(link: &model::auth::InvitationLink) -> &str {
    link.path.split_once('#').expect("the token travels in the fragment").1
}

impl TestApp {
    /// An account with a password of `DEMO_PASSWORD` and these roles, each in a
    /// municipality or region-wide (`None`).
    pub async fn account_with(
        &self,
        email: &str,
        grants: &[(model::auth::Role, Option<server::ids::MunicipalityId>)],
    ) -> server::ids::AccountId {
        let hash = server::auth::hash_password(DEMO_PASSWORD);
        let id = self.store.create_account(email, &hash, false).await.unwrap().expect("a new e-mail");
        for (role, municipality) in grants {
            sqlx::query("INSERT INTO account_roles (account_id, role, municipality_id) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(role.code())
                .bind(*municipality)
                .execute(self.store.pool())
                .await
                .unwrap();
        }
        id
    }

    /// A region-wide admin, signed in. The demo has none: a published password must
    /// never open a whole region.
    pub async fn region_admin(&self) -> Session {
        self.account_with(REGION_ADMIN, &[(model::auth::Role::Admin, None)]).await;
        self.sign_in(REGION_ADMIN, DEMO_PASSWORD).await
    }
}

pub const REGION_ADMIN: &str = "region@lan.example";

/// A TCP proxy on the loopback in front of `PostgreSQL`, that a test cuts (listener and
/// open connections dropped: the database looks stopped) and restores on the same port.
pub struct CuttableProxy {
    pub port: u16,
    upstream: std::net::SocketAddr,
    running: Option<tokio::task::JoinHandle<()>>,
}

impl CuttableProxy {
    pub async fn to(upstream: std::net::SocketAddr) -> CuttableProxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let mut proxy = CuttableProxy { port, upstream, running: None };
        proxy.serve(listener);
        proxy
    }

    fn serve(&mut self, listener: tokio::net::TcpListener) {
        let upstream = self.upstream;
        self.running = Some(tokio::spawn(async move {
            // Dropping this task drops the set, and every connection task in it with it.
            let mut connections = tokio::task::JoinSet::new();
            while let Ok((mut client, _)) = listener.accept().await {
                connections.spawn(async move {
                    if let Ok(mut server) = tokio::net::TcpStream::connect(upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
            }
        }));
    }

    /// Refuses new connections and drops the open ones.
    pub async fn cut(&mut self) {
        if let Some(running) = self.running.take() {
            running.abort();
            let _ = running.await;
        }
    }

    pub async fn restore(&mut self) {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port)).await.expect("the same port again");
        self.serve(listener);
    }
}
