//! Configuration from flags and the environment.

use std::{net::IpAddr, path::PathBuf};

#[derive(Debug, Clone, clap::Parser)]
#[command(name = "server", about = "Välkommen: the API, the client and the database in one binary")]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "VALKOMMEN_ADDRESS", default_value = "0.0.0.0")]
    pub address: IpAddr,
    /// Port to listen on; 0 picks a free one.
    #[arg(long, env = "VALKOMMEN_PORT", default_value_t = 8080)]
    pub port: u16,
    /// Database URL: `sqlite://…` or `postgres://…`. Default: `SQLite` in the data folder.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Folder for the `SQLite` database and other local data.
    #[arg(long, env = "VALKOMMEN_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Folder with the client that Trunk built.
    #[arg(long, env = "VALKOMMEN_DIST_DIR", default_value = "dist")]
    pub dist_dir: PathBuf,
    /// Seed the demo municipality, with its published demo passwords, into an empty
    /// database. Off unless asked for: a real installation never gets a demo account.
    #[arg(long, env = "VALKOMMEN_DEMO", num_args = 0..=1, default_value_t = false, default_missing_value = "true",
        action = clap::ArgAction::Set)]
    pub demo: bool,
    /// Answers to "Was this helpful?" accepted per client and minute.
    #[arg(long, env = "VALKOMMEN_FEEDBACK_PER_MINUTE", default_value_t = 20)]
    pub feedback_per_minute: u32,
    /// Sign-in attempts accepted per client and minute (and 10 failed ones per account and
    /// client in 15 minutes).
    #[arg(long, env = "VALKOMMEN_SIGN_IN_PER_MINUTE", default_value_t = 20)]
    pub sign_in_per_minute: u32,
    /// Voucher checks and redemptions one association account may make in ten minutes: a
    /// busy registration evening, not a scan of the code space.
    #[arg(long, env = "VALKOMMEN_VOUCHER_CHECKS_PER_TEN_MINUTES", default_value_t = 150)]
    pub voucher_checks_per_ten_minutes: u32,
    /// The address of a reverse proxy in front of the server. Requests from it are
    /// counted, for the rate limits, by the last address of its `X-Forwarded-For`.
    #[arg(long, env = "VALKOMMEN_TRUSTED_PROXY")]
    pub trusted_proxy: Option<IpAddr>,
    /// The public address is `https://` (TLS ends in front of the server): send HSTS on
    /// every answer, not only on those the trusted proxy marks `X-Forwarded-Proto: https`.
    #[arg(long, env = "VALKOMMEN_HTTPS")]
    pub https: bool,
    /// Seconds a client may take to send a request's headers, or to start the next
    /// request on a kept-alive connection, before the connection is closed.
    #[arg(long, env = "VALKOMMEN_HEADER_READ_TIMEOUT_SECS", default_value_t = 15)]
    pub header_read_timeout_secs: u64,
    /// Seconds a client may pause while sending a request body.
    #[arg(long, env = "VALKOMMEN_BODY_TIMEOUT_SECS", default_value_t = 15)]
    pub body_timeout_secs: u64,
    /// Seconds from the headers to the answer's headers; longer is answered 408.
    #[arg(long, env = "VALKOMMEN_REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,
    /// Connections served at once; further ones wait in the listen queue.
    #[arg(long, env = "VALKOMMEN_MAX_CONNECTIONS", default_value_t = 512)]
    pub max_connections: usize,
    /// Days after a guide meeting's day that the newcomer's first name, contact and note
    /// are kept, for the guide to follow up; then they are blanked.
    #[arg(long, env = "VALKOMMEN_GUIDE_KEEP_DAYS", default_value_t = crate::store::KEEP_PERSONAL_DAYS,
        value_parser = clap::value_parser!(u16).range(1..=365))]
    pub guide_keep_days: u16,
    /// An SMTP server for the mails to guides and newcomers:
    /// `smtp://user:password@host:587?tls=required`, or `smtps://…` for TLS from the
    /// start. Without it no mail is sent and the console shows what waits.
    #[arg(long, env = "VALKOMMEN_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender of those mails.
    #[arg(long, env = "VALKOMMEN_MAIL_FROM", default_value = "Välkommen <valkommen@localhost>")]
    pub mail_from: String,
    /// The address people reach the app at, for the links in mails.
    #[arg(long, env = "VALKOMMEN_PUBLIC_URL", default_value = "http://localhost:8080")]
    pub public_url: String,
    /// Log lines as `text` or as `json`, one object a line, for a log collector.
    #[arg(long, env = "VALKOMMEN_LOG_FORMAT", value_enum, default_value_t = crate::telemetry::LogFormat::Text)]
    pub log_format: crate::telemetry::LogFormat,
    /// Addresses and networks that may read `/metrics`, comma-separated
    /// (`127.0.0.1,10.0.0.0/8`), judged by the connection: a request the trusted proxy
    /// forwards is refused. Empty: nobody.
    #[arg(long, env = "VALKOMMEN_METRICS_ALLOW", default_value = "127.0.0.0/8,::1")]
    pub metrics_allow: crate::metrics::Allow,
    /// Megabytes of memory for public answers and filled pages kept compressed
    /// (`crate::read_cache`). The soak on the demo data × 100 served as many of its reads
    /// from 8 as from 16 (2026-11-28): what it kept beyond 8 was never asked for again. A
    /// server for several municipalities gives each about 8.
    #[arg(long, env = "VALKOMMEN_READ_CACHE_MB", default_value_t = 8,
        value_parser = clap::value_parser!(u16).range(1..=4096))]
    pub read_cache_mb: u16,
}

impl Config {
    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", self.data_dir.join("valkommen.db").display()))
    }
}
