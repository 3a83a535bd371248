//! Välkommen's server: reads its configuration and runs, or runs one admin command.
#![forbid(unsafe_code)]

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use model::auth::{Email, NewPassword, Role};
use server::{
    auth, backup,
    config::Config,
    person,
    startup::Application,
    store::{Audit, Store, Who},
    telemetry,
};

#[derive(Parser)]
#[command(name = "server", about = "Välkommen: the API, the client and the database in one binary")]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

// The doc comments are the `--help` text people read: no Markdown backticks in it.
#[allow(clippy::doc_markdown)]
#[derive(Subcommand)]
enum Command {
    /// Creates an admin account. The password comes from `VALKOMMEN_ADMIN_PASSWORD` or a prompt.
    CreateAdmin {
        #[arg(long)]
        email: String,
        /// The municipality (its slug) the admin runs; created if it does not exist.
        #[arg(long, required_unless_present = "region")]
        municipality: Option<String>,
        /// The municipality's name, when it is created.
        #[arg(long)]
        name: Option<String>,
        /// An admin for every municipality of the installation.
        #[arg(long, conflicts_with = "municipality")]
        region: bool,
    },
    /// Copies the SQLite database to FILE while the server runs (a consistent snapshot).
    Backup {
        /// Where the copy goes; must not exist.
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Puts a backup in place of the SQLite database. Refused while a server runs on it.
    Restore {
        /// The backup, as `backup` wrote it.
        #[arg(long)]
        from: std::path::PathBuf,
    },
    /// Prints every row that names a person (GDPR access); `--erase` blanks them.
    Person {
        /// A voucher's, a Sportotek loan's or a guide booking's code.
        #[arg(long, required_unless_present = "contact", conflicts_with = "contact")]
        code: Option<String>,
        /// A phone number or an e-mail address, written any way.
        #[arg(long)]
        contact: Option<String>,
        /// Blank the personal fields found, keep the bookkeeping, write an audit entry.
        #[arg(long)]
        erase: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    telemetry::init(cli.config.log_format);
    match cli.command {
        None => Application::build(cli.config).await?.run_until_stopped().await,
        Some(Command::CreateAdmin { email, municipality, name, region }) => {
            create_admin(&cli.config, &email, municipality.as_deref(), name.as_deref(), region).await
        }
        Some(Command::Backup { to }) => {
            let copied = backup::backup(&cli.config.database_url(), &to).await?;
            println!("backed up to {} ({} bytes in {:.1?})", to.display(), copied.bytes, copied.took);
            Ok(())
        }
        Some(Command::Restore { from }) => {
            backup::restore(&cli.config.database_url(), &from).await?;
            println!("restored {}", from.display());
            Ok(())
        }
        Some(Command::Person { code, contact, erase, json }) => {
            let who = match (&code, &contact) {
                (Some(code), _) => Who::Code(code),
                (None, Some(contact)) => Who::Contact(contact),
                (None, None) => anyhow::bail!("give --code or --contact"),
            };
            let store = Store::connect(&cli.config.database_url()).await?;
            let report = person::person(&store, who, erase).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&person::json(&report))?);
            } else {
                print!("{}", person::text(&report));
            }
            Ok(())
        }
    }
}

async fn create_admin(
    config: &Config,
    email: &str,
    municipality: Option<&str>,
    name: Option<&str>,
    region: bool,
) -> anyhow::Result<()> {
    let email = Email::parse(email).map_err(|_| anyhow::anyhow!("not an e-mail address: {email}"))?;
    let password = match std::env::var("VALKOMMEN_ADMIN_PASSWORD") {
        Ok(password) => password,
        Err(_) => rpassword::prompt_password("Password (at least 12 characters): ")?,
    };
    let password =
        NewPassword::parse(&password).map_err(|_| anyhow::anyhow!("the password must have 12 to 128 characters"))?;
    if config.database_url.is_none() {
        std::fs::create_dir_all(&config.data_dir)?;
    }
    let store = Store::connect(&config.database_url()).await?;
    let municipality_id = match municipality {
        _ if region => None,
        Some(slug) => Some(if let Some((id, _)) = store.municipality(slug).await? {
            id
        } else {
            model::orientation::Slug::parse("municipality", slug)
                .map_err(|_| anyhow::anyhow!("a municipality's slug is a-z, 0-9 and -"))?;
            store.create_municipality(slug, name.unwrap_or(slug), false).await?
        }),
        None => anyhow::bail!("give --municipality or --region"),
    };
    let hash = auth::hash_password(password.expose());
    let id = store.create_account(email.as_str(), &hash, false).await?.context("an account with this e-mail exists")?;
    let audit = Audit::new(None, municipality_id, "admin-created", email.as_str());
    store.set_roles(id, municipality_id, &[Role::Admin], &audit).await?;
    println!(
        "created admin {} ({})",
        email.as_str(),
        if region { "region-wide" } else { municipality.unwrap_or_default() }
    );
    Ok(())
}
