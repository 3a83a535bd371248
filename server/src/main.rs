//! Välkommen's server: reads its configuration and runs.
#![forbid(unsafe_code)]

use clap::Parser;
use server::{config::Config, startup::Application, telemetry};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    telemetry::init();
    let config = Config::parse();
    let app = Application::build(config).await?;
    app.run_until_stopped().await
}
