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
    /// Seed the demo municipality into an empty database.
    #[arg(long, env = "VALKOMMEN_DEMO", default_value_t = true, action = clap::ArgAction::Set)]
    pub demo: bool,
    /// Answers to "Was this helpful?" accepted per client and minute.
    #[arg(long, env = "VALKOMMEN_FEEDBACK_PER_MINUTE", default_value_t = 20)]
    pub feedback_per_minute: u32,
    /// Sign-in attempts accepted per client and minute (each account also has 10 per 15 minutes).
    #[arg(long, env = "VALKOMMEN_SIGN_IN_PER_MINUTE", default_value_t = 20)]
    pub sign_in_per_minute: u32,
    /// The address of a reverse proxy in front of the server. Requests from it are
    /// counted, for the rate limits, by the last address of its `X-Forwarded-For`.
    #[arg(long, env = "VALKOMMEN_TRUSTED_PROXY")]
    pub trusted_proxy: Option<IpAddr>,
}

impl Config {
    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", self.data_dir.join("valkommen.db").display()))
    }
}
