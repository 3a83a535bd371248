//! Backups of the embedded `SQLite` database, taken while the server runs, and restores
//! that never replace a database a server is using (docs/backups.md). `PostgreSQL` has
//! its own tools for both: `pg_dump` and `pg_restore`.

use std::{
    fs::{File, OpenOptions, TryLockError},
    path::{Path, PathBuf},
    str::FromStr as _,
    time::{Duration, Instant},
};

use anyhow::{bail, Context as _};
use sqlx::{
    migrate::Migrator,
    sqlite::{SqliteConnectOptions, SqliteConnection},
    Connection as _,
};

/// The migrations this binary knows: a backup must have been made by them.
static MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");

const POSTGRES: &str = "the database is PostgreSQL: back it up with pg_dump and restore it with pg_restore \
     (docs/backups.md gives the commands)";

/// The `SQLite` file a database URL names; `None` for `PostgreSQL` or a database in memory.
pub fn sqlite_file(url: &str) -> anyhow::Result<Option<PathBuf>> {
    if !url.starts_with("sqlite:") {
        return Ok(None);
    }
    let options = SqliteConnectOptions::from_str(url).context("reading the SQLite URL")?;
    let file = options.get_filename();
    let name = file.to_string_lossy();
    Ok((!name.is_empty() && !name.starts_with(":memory:") && !name.starts_with("file:")).then(|| file.to_owned()))
}

/// A lock on the file beside the database (`valkommen.db.lock`). Every server on the
/// database holds it shared for its whole life, so several may share one file; a restore
/// takes it exclusive, so it runs only when no server does. The operating system lets
/// go when the holder ends, even by `kill -9`, so no stale lock is ever left behind.
#[derive(Debug)]
pub struct DatabaseLock {
    _file: File,
}

impl DatabaseLock {
    fn path(database: &Path) -> PathBuf {
        let mut name = database.as_os_str().to_owned();
        name.push(".lock");
        PathBuf::from(name)
    }

    fn open(database: &Path) -> anyhow::Result<File> {
        let path = Self::path(database);
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("opening the lock file {}", path.display()))
    }

    /// What a server holds while it runs on the `SQLite` database of `url`; nothing for
    /// `PostgreSQL`. Refused while a restore replaces the file.
    pub fn for_server(url: &str) -> anyhow::Result<Option<DatabaseLock>> {
        let Some(database) = sqlite_file(url)? else { return Ok(None) };
        let file = Self::open(&database)?;
        match file.try_lock_shared() {
            Ok(()) => Ok(Some(DatabaseLock { _file: file })),
            Err(TryLockError::WouldBlock) => {
                bail!("{} is being restored: start the server when the restore has ended", database.display())
            }
            Err(TryLockError::Error(error)) => Err(error).context("locking the database's lock file"),
        }
    }

    /// What a restore holds: refused while any server runs on `database`.
    pub fn for_restore(database: &Path) -> anyhow::Result<DatabaseLock> {
        let file = Self::open(database)?;
        match file.try_lock() {
            Ok(()) => Ok(DatabaseLock { _file: file }),
            Err(TryLockError::WouldBlock) => bail!(
                "a server is running on {}: stop it before restoring (its lock {} is held)",
                database.display(),
                Self::path(database).display()
            ),
            Err(TryLockError::Error(error)) => Err(error).context("locking the database's lock file"),
        }
    }
}

/// What a backup wrote.
#[derive(Debug)]
pub struct Copied {
    pub bytes: u64,
    pub took: Duration,
}

/// Copies the `SQLite` database of `url` to `to`, which must not exist, while servers go
/// on using it. `VACUUM INTO` reads the database in one read transaction: the copy is
/// the database as one moment's commits left it, and in WAL mode writers go on
/// committing meanwhile. The copy is written beside `to` and linked into place only
/// once it is complete and checked, so a backup cut short never looks like a good one.
pub async fn backup(url: &str, to: &Path) -> anyhow::Result<Copied> {
    let started = Instant::now();
    let Some(database) = sqlite_file(url)? else { bail!("{POSTGRES}") };
    if to.exists() {
        bail!("{} exists: a backup never overwrites a file, give a new name", to.display());
    }
    let partial = beside(to, &format!("partial-{}", std::process::id()))?;
    let options = SqliteConnectOptions::new().filename(&database).create_if_missing(false);
    let mut source = SqliteConnection::connect_with(&options)
        .await
        .with_context(|| format!("opening the database {}", database.display()))?;
    let copied = sqlx::query("VACUUM INTO $1").bind(partial.to_string_lossy().into_owned()).execute(&mut source).await;
    source.close().await.ok();
    let finish = async {
        copied.context("copying the database")?;
        check(&partial).await.context("checking the copy")?;
        File::open(&partial)?.sync_all()?;
        // A hard link never replaces an existing file, unlike a rename.
        std::fs::hard_link(&partial, to).with_context(|| format!("putting the copy at {}", to.display()))?;
        sync_folder(to)
    };
    let done = finish.await;
    remove_with_journal(&partial);
    done?;
    Ok(Copied { bytes: std::fs::metadata(to)?.len(), took: started.elapsed() })
}

/// Puts the backup `from` in place of the `SQLite` database of `url`. Refused while a
/// server runs on it (the lock), and unless `from` is a whole Välkommen database this
/// binary can run. The checked copy replaces the database in one rename; the old
/// database's `-wal` and `-shm` go first, so none of its last commits can be replayed
/// into the restored file.
pub async fn restore(url: &str, from: &Path) -> anyhow::Result<()> {
    let Some(database) = sqlite_file(url)? else { bail!("{POSTGRES}") };
    if !from.is_file() {
        bail!("{} is not a file", from.display());
    }
    let _lock = DatabaseLock::for_restore(&database)?;
    let incoming = beside(&database, "restoring")?;
    remove_with_journal(&incoming);
    let prepare = async {
        std::fs::copy(from, &incoming).with_context(|| format!("copying {}", from.display()))?;
        check(&incoming).await.with_context(|| format!("{} is not a backup to restore", from.display()))?;
        File::open(&incoming)?.sync_all().context("writing the copy to disk")
    };
    if let Err(error) = prepare.await {
        remove_with_journal(&incoming);
        return Err(error);
    }
    for journal in ["-wal", "-shm"] {
        let path = with_suffix(&database, journal);
        match std::fs::remove_file(&path) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                return Err(error).with_context(|| format!("removing {}", path.display()));
            }
            _ => {}
        }
    }
    std::fs::rename(&incoming, &database).with_context(|| format!("replacing {}", database.display()))?;
    sync_folder(&database)
}

/// Checks that the file is a whole `SQLite` database (`PRAGMA integrity_check`) made by
/// Välkommen, with every migration it records known to this binary and applied.
pub async fn check(file: &Path) -> anyhow::Result<()> {
    let options = SqliteConnectOptions::new().filename(file).create_if_missing(false);
    let mut conn = SqliteConnection::connect_with(&options).await.context("opening it as an SQLite database")?;
    let checked = async {
        let problems: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check").fetch_all(&mut conn).await?;
        if problems != ["ok"] {
            bail!("the integrity check failed: {}", problems.join("; "));
        }
        let applied: Vec<(i64, Vec<u8>, bool)> =
            sqlx::query_as("SELECT version, checksum, success FROM _sqlx_migrations ORDER BY version")
                .fetch_all(&mut conn)
                .await
                .context("it has no migrations table: not a Välkommen database")?;
        if applied.first().map(|(version, ..)| *version) != Some(1) {
            bail!("its first migration is missing: not a Välkommen database");
        }
        for (version, checksum, success) in &applied {
            let Some(known) = MIGRATIONS.iter().find(|m| m.version == *version) else {
                bail!("it has migration {version}, which this server does not know: restore it with a newer server");
            };
            if known.checksum.as_ref() != checksum.as_slice() {
                bail!("its migration {version} differs from this server's: not this application's database");
            }
            if !success {
                bail!("its migration {version} did not finish");
            }
        }
        Ok(())
    };
    let result = checked.await;
    conn.close().await.ok();
    result
}

/// A file in the folder of `file`, named after it with `.{what}`: a rename or a link
/// from there stays on one file system.
fn beside(file: &Path, what: &str) -> anyhow::Result<PathBuf> {
    let name = file.file_name().with_context(|| format!("{} names no file", file.display()))?;
    let mut name = name.to_owned();
    name.push(format!(".{what}"));
    Ok(file.with_file_name(name))
}

fn with_suffix(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_with_journal(file: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(file, suffix));
    }
}

/// Makes a new name in the folder of `file` durable, as a rename or link is not until then.
fn sync_folder(file: &Path) -> anyhow::Result<()> {
    let folder = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    File::open(folder).and_then(|f| f.sync_all()).with_context(|| format!("syncing {}", folder.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sqlite_file_is_read_from_each_form_of_url_and_postgres_has_none() {
        let cases: [(&str, Option<&str>); 6] = [
            ("sqlite://data/valkommen.db?mode=rwc", Some("data/valkommen.db")),
            ("sqlite:///var/lib/valkommen/valkommen.db", Some("/var/lib/valkommen/valkommen.db")),
            ("sqlite:valkommen.db", Some("valkommen.db")),
            ("sqlite::memory:", None),
            ("postgres://valkommen@db/valkommen", None),
            ("postgresql://valkommen@db/valkommen", None),
        ];
        for (url, file) in cases {
            assert_eq!(sqlite_file(url).unwrap(), file.map(PathBuf::from), "{url}");
        }
    }
}
