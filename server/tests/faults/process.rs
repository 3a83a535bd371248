//! The server binary as a child process on a fresh database, on a port of its own.

use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use sqlx::{Connection as _, Executor as _};

/// A fresh database: a `SQLite` file in a folder of its own, or a new `PostgreSQL` one.
pub struct Database {
    pub url: String,
    folder: PathBuf,
}

impl Database {
    pub async fn fresh() -> Database {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let folder = std::env::temp_dir().join(format!("vk-faults-{id}"));
        std::fs::create_dir_all(&folder).unwrap();
        let url = if std::env::var("TEST_DATABASE").as_deref() == Ok("postgres") {
            let admin =
                std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
            let mut conn = sqlx::PgConnection::connect(&admin).await.expect("PostgreSQL is running");
            conn.execute(format!(r#"CREATE DATABASE "vk_test_{id}""#).as_str()).await.unwrap();
            format!("{}/vk_test_{id}", admin.rsplit_once('/').unwrap().0)
        } else {
            format!("sqlite://{}?mode=rwc", folder.join("valkommen.db").display())
        };
        Database { url, folder }
    }

    /// A pool on the same database, for checking what the server left there.
    pub async fn pool(&self) -> sqlx::AnyPool {
        sqlx::any::install_default_drivers();
        sqlx::AnyPool::connect(&self.url).await.unwrap()
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// The running binary, its address, and where its log goes.
pub struct Server {
    child: Option<Child>,
    pub address: String,
    arguments: Vec<String>,
    log: PathBuf,
}

impl Server {
    /// Starts `server --demo` with `extra` arguments and waits until it answers.
    pub async fn start(database: &Database, extra: &[&str]) -> Server {
        // A free port, kept across a restart; the server binds it with SO_REUSEADDR.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut arguments: Vec<String> = [
            "--address=127.0.0.1".to_owned(),
            format!("--port={port}"),
            format!("--database-url={}", database.url),
            format!("--data-dir={}", database.folder.display()),
            "--dist-dir=/nonexistent".to_owned(),
            "--demo".to_owned(),
            "--sign-in-per-minute=1000".to_owned(),
        ]
        .into();
        arguments.extend(extra.iter().map(|a| (*a).to_owned()));
        let log = database.folder.join("server.log");
        let mut server = Server { child: None, address: format!("http://127.0.0.1:{port}"), arguments, log };
        server.spawn().await;
        server
    }

    async fn spawn(&mut self) {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_server"))
            .args(&self.arguments)
            .env("RUST_LOG", "info,sqlx=warn")
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .spawn()
            .expect("the server binary starts");
        self.child = Some(child);
        let client = reqwest::Client::new();
        let start = Instant::now();
        loop {
            if let Ok(response) = client.get(format!("{}/api/health", self.address)).send().await {
                if response.status() == 200 {
                    return;
                }
            }
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("the server exited ({status}):\n{}", self.log());
            }
            assert!(start.elapsed() < Duration::from_secs(90), "the server never answered:\n{}", self.log());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// SIGKILL: no shutdown, no flushing, no answer to what is in flight.
    pub fn kill_9(&mut self) {
        let mut child = self.child.take().expect("a running server");
        child.kill().unwrap();
        child.wait().unwrap();
    }

    /// Starts the binary again on the same database and port.
    pub async fn restart(&mut self) {
        assert!(self.child.is_none(), "killed first");
        self.spawn().await;
    }

    /// What it has logged so far, across restarts.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
