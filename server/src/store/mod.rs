//! The database: `SQLite` (embedded, the default) or `PostgreSQL` (a region-wide deployment
//! with several servers), chosen from the URL. Queries are written once in the SQL both
//! understand; each backend has its own migrations.

mod accounts;
mod activities;
mod associations;
mod audit;
mod editor;
mod guides;
mod guides_applications;
mod guides_bookings;
mod guides_coordination;
mod guides_photos;
mod guides_slots;
mod invitations;
mod limits;
mod orientation;
mod persons;
mod redemptions;
mod region_figures;
mod settlements;
mod shared_articles;
mod sportotek_catalogue;
mod sportotek_loans;
mod sportotek_settings;
mod sportotek_stats;
mod vouchers;

pub use accounts::{Credentials, Person, SessionRow, StoredGrant};
pub use activities::{ActivityFacts, ActivityRow, Shown};
pub use associations::{slug_of, ApplyError, PublicAssociation};
pub use audit::{record, Audit};
pub use guides::GuideRow;
pub use guides_applications::{PendingApplication, APPLICATION_KEEP_DAYS};
pub use guides_bookings::{
    Booked, BookingChange, BookingRow, NewBooking, DEMAND_KEPT_DAYS, KEEP_PERSONAL_DAYS, OPEN_PER_CONTACT,
};
pub use guides_coordination::{Deactivated, Tally};
pub use guides_slots::{Moment, SlotError};
pub use invitations::{LiveLink, NewLink, Offer, Purpose};
pub use orientation::{NewVersion, SearchRow};
pub use persons::{Named, Row, Rows, Who};
pub use redemptions::{Payment, RedeemError, Redeemed, Redeemer, ReverseError};
pub use sportotek_catalogue::{photo_of, CatalogueError, ItemRow, SizeLabel, SizeRow};
pub use sportotek_loans::{LoanChange, LoanError, LoanRow, Loaned, NewLoan};
pub use sportotek_settings::place_of;
pub use vouchers::{new_code, shown, VoucherRow};

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Context as _;
use sqlx::{
    any::{install_default_drivers, AnyPoolOptions},
    AnyPool, Executor as _,
};

/// How long a request waits for a pool connection (see `connect`).
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The numbers that move when what the public reads show changes. The content's moves
/// with everything a page shows but the Sportotek's loans and the guides' times: those
/// move their area's own, so a reservation leaves the articles' kept answers standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Versions {
    pub content: i64,
    pub sportotek: i64,
    pub guides: i64,
}

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

impl Store {
    pub async fn connect(url: &str) -> anyhow::Result<Store> {
        install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            anyhow::bail!("DATABASE_URL must start with sqlite: or postgres:");
        };
        let pool = AnyPoolOptions::new()
            // SQLite writes one transaction at a time and reads on the server's own
            // cores: four connections keep two cores busy. Each holds its page cache and
            // its prepared statements (5 of the 10 MB SQLite held with eight, under the
            // soak at the demo × 100).
            .max_connections(if backend == Backend::Sqlite { 4 } else { 16 })
            // Well inside the 30 s request timeout: while the database is away a request
            // answers 503 with `Retry-After` after this wait instead of hanging; a busy
            // pool's queue still clears in far less.
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers work while one writer writes; the busy timeout
                        // makes a second writer wait instead of failing. Each connection's
                        // page cache is 256 KB, not SQLite's 2 MB: the kernel caches the
                        // file already, and four connections' caches hold the same pages
                        // (SQLite held 33 MB of the soak's 80 MB peak heap at 2 MB; with
                        // 256 KB the ten-minute soak's RSS was at most 50.0 MB, 50.9 with
                        // 512 KB, 2026-11-28).
                        conn.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA cache_size = -256;").await?;
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await
            .context("connecting to the database")?;
        let store = Store { pool, backend };
        store.migrate().await?;
        store.fold_unsearchable_versions().await.context("folding the articles for search")?;
        Ok(store)
    }

    async fn migrate(&self) -> anyhow::Result<()> {
        match self.backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite").run(&self.pool).await,
            Backend::Postgres => sqlx::migrate!("migrations/postgres").run(&self.pool).await,
        }
        .context("running migrations")
    }

    /// The pool, for tests that arrange state the API cannot (a redemption made weeks ago).
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The versions of what the public reads show, moved on by every committed change to
    /// it, whichever server made it: the content's (migration `0010_content_version.sql`)
    /// and the Sportotek's and the guides' own (`0014_area_versions.sql`).
    pub async fn versions(&self) -> sqlx::Result<Versions> {
        let (content, sportotek, guides) = sqlx::query_as(
            "SELECT (SELECT version FROM content_version WHERE id = 1), \
             (SELECT version FROM area_versions WHERE area = 'sportotek'), \
             (SELECT version FROM area_versions WHERE area = 'guides')",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(Versions { content, sportotek, guides })
    }

    pub async fn ping(&self) -> sqlx::Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await.map(|_| ())
    }

    /// A write transaction. `SQLite`'s is taken with `BEGIN IMMEDIATE`, so a transaction
    /// that reads and then writes never fails halfway with `SQLITE_BUSY`.
    pub async fn begin_write(&self) -> sqlx::Result<sqlx::Transaction<'static, sqlx::Any>> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The placeholders `$from, $from+1, …` of an `IN` list of `ids`, and the ids to bind
/// to them: made up to a whole number of pages (the finder's and the catalogue's, 20) with
/// the last id, which `IN` counts once. A list of any length up to a page is then one
/// statement in each connection's cache of prepared statements, not one for every length.
fn in_list<T: Copy>(from: usize, ids: &[T]) -> (String, Vec<T>) {
    const PAGE: usize = 20;
    const _: () = assert!(
        PAGE == model::sportotek::Catalogue::PAGE as usize && PAGE == model::finder::FinderQuery::PAGE as usize
    );
    let mut padded = ids.to_vec();
    if let Some(&last) = ids.last() {
        padded.resize(ids.len().next_multiple_of(PAGE), last);
    }
    let placeholders = (from..from + padded.len()).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ");
    (placeholders, padded)
}

pub fn now() -> i64 {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).expect("after 1970").as_secs();
    i64::try_from(secs).expect("before year 292 billion")
}

/// A boolean as stored: an integer, true when not 0. Read with `#[sqlx(try_from = "Flag")]`.
#[derive(sqlx::Type)]
#[sqlx(transparent)]
pub(crate) struct Flag(i64);

impl From<Flag> for bool {
    fn from(flag: Flag) -> bool {
        flag.0 != 0
    }
}

/// A moment that may not have come, as stored (`revoked_at`): true when it has.
/// Read with `#[sqlx(try_from = "Stamp")]`.
#[derive(sqlx::Type)]
#[sqlx(transparent)]
pub(crate) struct Stamp(Option<i64>);

impl From<Stamp> for bool {
    fn from(stamp: Stamp) -> bool {
        stamp.0.is_some()
    }
}

/// A value read through the form it is stored in (a role's code, a day's text, an age's
/// integer): read with `#[sqlx(try_from = "Stored<Role>")]`. A stored value that does
/// not convert is a decode error naming the column and the value, never a panic.
pub(crate) struct Stored<T>(T);

/// A domain type and the column type it is stored as.
pub(crate) trait FromStored: Sized {
    type Raw: for<'r> sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any> + std::fmt::Debug;
    /// What the value is, for the error.
    const WHAT: &'static str;
    fn from_stored(raw: &Self::Raw) -> Option<Self>;
}

impl<T: FromStored> sqlx::Type<sqlx::Any> for Stored<T> {
    fn type_info() -> sqlx::any::AnyTypeInfo {
        T::Raw::type_info()
    }

    fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
        T::Raw::compatible(ty)
    }
}

impl<'r, T: FromStored> sqlx::Decode<'r, sqlx::Any> for Stored<T> {
    fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        let raw = T::Raw::decode(value)?;
        T::from_stored(&raw).map(Stored).ok_or_else(|| format!("{raw:?} is not a {}", T::WHAT).into())
    }
}

/// `FromStored` and the way out of `Stored` for each type the store reads so.
macro_rules! stored {
    ($($ty:ty as $raw:ty, $what:literal => $parse:expr;)*) => {$(
        impl FromStored for $ty {
            type Raw = $raw;
            const WHAT: &'static str = $what;
            fn from_stored(raw: &$raw) -> Option<$ty> {
                ($parse)(raw)
            }
        }

        impl From<Stored<$ty>> for $ty {
            fn from(stored: Stored<$ty>) -> $ty {
                stored.0
            }
        }
    )*};
}

stored! {
    model::auth::Role as String, "role" => |code: &String| model::auth::Role::from_code(code);
    model::schedule::Day as String, "day (YYYY-MM-DD)" => |day: &String| model::schedule::Day::parse(day);
    model::activities::Category as String, "category" => |code: &String| model::activities::Category::from_code(code);
    model::activities::Gender as String, "gender" => |code: &String| model::activities::Gender::from_code(code);
    model::activities::ActivityStatus as String, "status" => |code: &String| model::activities::ActivityStatus::from_code(code);
    model::Language as String, "language" => |code: &String| model::Language::parse(code).ok();
    model::sportotek::EquipmentCategory as String, "equipment category" => |code: &String| model::sportotek::EquipmentCategory::from_code(code);
    model::sportotek::SizeKind as String, "size kind" => |code: &String| model::sportotek::SizeKind::from_code(code);
    model::sportotek::Condition as String, "condition" => |code: &String| model::sportotek::Condition::from_code(code);
    model::sportotek::LoanState as String, "loan state" => |code: &String| model::sportotek::LoanState::from_code(code);
    model::guides::ApplicationState as String, "application state" => |code: &String| model::guides::ApplicationState::from_code(code);
    u8 as i64, "number from 0 to 255" => |n: &i64| u8::try_from(*n).ok();
    u16 as i64, "number from 0 to 65535" => |n: &i64| u16::try_from(*n).ok();
    i32 as i64, "32-bit number" => |n: &i64| i32::try_from(*n).ok();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_in_list_is_a_whole_number_of_pages_long_whatever_it_names() {
        let ids = |n: i64| (1..=n).collect::<Vec<_>>();
        let page = model::sportotek::Catalogue::PAGE as usize;
        let (placeholders, listed) = in_list(3, &ids(3));
        assert_eq!(listed.len(), page);
        assert_eq!(listed[2..], vec![3; page - 2][..], "the last id again");
        assert!(placeholders.starts_with("$3, $4, $5, $6") && placeholders.ends_with(&format!("${}", page + 2)));
        assert_eq!(in_list(2, &ids(20)), ((2..22).map(|n| format!("${n}")).collect::<Vec<_>>().join(", "), ids(20)));
        assert_eq!(in_list(2, &ids(21)).1.len(), 2 * page);
        assert_eq!(in_list::<i64>(2, &[]), (String::new(), vec![]));
    }
}
