//! Per-client and per-account rate limits and the count of failed sign-ins.
//!
//! One server (`SQLite`) counts in memory. Several servers on one `PostgreSQL` count in the
//! database they share, so a guesser gains nothing by reaching another server: a limit is
//! one row per key, taken with one atomic upsert. Keys are stored only as keyed hashes
//! (`ClientHashes`), and a row is deleted once its time has passed.

use std::{
    collections::HashMap,
    hash::Hash,
    net::IpAddr,
    num::NonZeroU32,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::{
    client_hash::ClientHashes,
    ids::AccountId,
    store::{Backend, Store},
};

/// Where the counts live.
#[derive(Clone)]
pub enum Counting {
    /// This process's memory: one server.
    InMemory,
    /// The database every server of the installation shares.
    Shared(Store, ClientHashes),
}

impl Counting {
    /// In memory on `SQLite`, which one server runs; shared on `PostgreSQL`.
    pub fn for_store(store: &Store, hashes: &ClientHashes) -> Counting {
        match store.backend() {
            Backend::Sqlite => Counting::InMemory,
            Backend::Postgres => Counting::Shared(store.clone(), hashes.clone()),
        }
    }
}

/// What a limit is counted by, as text for the shared table (hashed before it is stored).
pub trait LimitKey: Hash + Eq + Clone {
    fn text(&self) -> String;
}

impl LimitKey for IpAddr {
    fn text(&self) -> String {
        self.to_string()
    }
}

impl LimitKey for AccountId {
    fn text(&self) -> String {
        self.to_string()
    }
}

impl LimitKey for String {
    fn text(&self) -> String {
        self.clone()
    }
}

impl LimitKey for &str {
    fn text(&self) -> String {
        (*self).to_owned()
    }
}

impl LimitKey for (String, IpAddr) {
    fn text(&self) -> String {
        format!("{} {}", self.0, self.1)
    }
}

/// At most a burst of `count` requests per key, refilled evenly over a period: the
/// generic cell rate algorithm, as `governor` counts it in memory.
#[derive(Clone)]
pub struct Limiter<K: LimitKey = IpAddr>(Kind<K>);

#[derive(Clone)]
enum Kind<K: LimitKey> {
    InMemory(Arc<DefaultKeyedRateLimiter<K>>),
    Shared { name: &'static str, interval: Duration, tolerance: Duration, store: Store, hashes: ClientHashes },
}

impl<K: LimitKey> Limiter<K> {
    /// `count` requests a minute, under `name` when shared.
    pub fn per_minute(counting: &Counting, name: &'static str, count: u32) -> Limiter<K> {
        Self::per_period(counting, name, count, Duration::from_mins(1))
    }

    /// `count` requests in a burst, refilled evenly over `period`.
    pub fn per_period(counting: &Counting, name: &'static str, count: u32, period: Duration) -> Limiter<K> {
        let burst = NonZeroU32::new(count.max(1)).expect("at least one");
        let interval = period / burst.get();
        match counting {
            Counting::InMemory => {
                let quota = Quota::with_period(interval).expect("a non-zero period").allow_burst(burst);
                Limiter(Kind::InMemory(Arc::new(RateLimiter::keyed(quota))))
            }
            Counting::Shared(store, hashes) => Limiter(Kind::Shared {
                name,
                interval,
                tolerance: interval * (burst.get() - 1),
                store: store.clone(),
                hashes: hashes.clone(),
            }),
        }
    }

    /// Whether `key` may make one more request now.
    pub async fn check(&self, key: &K) -> sqlx::Result<bool> {
        match &self.0 {
            Kind::InMemory(limiter) => {
                let allowed = limiter.check_key(key).is_ok();
                // Forget idle keys now and then so the table does not grow without end.
                if limiter.len() > 10_000 {
                    limiter.retain_recent();
                }
                Ok(allowed)
            }
            Kind::Shared { name, interval, tolerance, store, hashes } => {
                let key = hashes.hash(&format!("{name} {}", key.text())).await?;
                store.take_rate_slot(name, &key, micros(*interval), micros(*tolerance)).await
            }
        }
    }
}

fn micros(duration: Duration) -> i64 {
    i64::try_from(duration.as_micros()).unwrap_or(i64::MAX)
}

/// Failed attempts per key: at most `max` in a window of `period`. An attempt takes a
/// place before the check and a success gives it back, so parallel guesses cannot slip
/// past the count. Not `governor`: a rate limiter cannot give back what it has counted.
#[derive(Clone)]
pub struct FailedAttempts<K: LimitKey> {
    max: u32,
    period: Duration,
    kind: Attempts<K>,
}

#[derive(Clone)]
enum Attempts<K: LimitKey> {
    InMemory(Arc<Mutex<HashMap<K, Window>>>),
    Shared { name: &'static str, store: Store, hashes: ClientHashes },
}

struct Window {
    started: Instant,
    count: u32,
}

impl<K: LimitKey> FailedAttempts<K> {
    pub fn new(counting: &Counting, name: &'static str, max: u32, period: Duration) -> FailedAttempts<K> {
        let kind = match counting {
            Counting::InMemory => Attempts::InMemory(Arc::default()),
            Counting::Shared(store, hashes) => Attempts::Shared { name, store: store.clone(), hashes: hashes.clone() },
        };
        FailedAttempts { max, period, kind }
    }

    /// Takes a place for one attempt; false when `key` has used up its failures.
    pub async fn begin(&self, key: &K) -> sqlx::Result<bool> {
        let windows = match &self.kind {
            Attempts::InMemory(windows) => windows,
            Attempts::Shared { name, store, hashes } => {
                let key = hashes.hash(&format!("{name} {}", key.text())).await?;
                return store.begin_attempt(name, &key, micros(self.period), self.max).await;
            }
        };
        let now = Instant::now();
        let mut windows = windows.lock().expect("not poisoned");
        if windows.len() > 10_000 {
            windows.retain(|_, w| now.duration_since(w.started) < self.period);
        }
        let window = windows.entry(key.clone()).or_insert(Window { started: now, count: 0 });
        if now.duration_since(window.started) >= self.period {
            *window = Window { started: now, count: 0 };
        }
        if window.count >= self.max {
            return Ok(false);
        }
        window.count += 1;
        Ok(true)
    }

    /// The attempt succeeded: it does not count.
    pub async fn succeeded(&self, key: &K) -> sqlx::Result<()> {
        match &self.kind {
            Attempts::InMemory(windows) => {
                if let Some(window) = windows.lock().expect("not poisoned").get_mut(key) {
                    window.count = window.count.saturating_sub(1);
                }
                Ok(())
            }
            Attempts::Shared { name, store, hashes } => {
                let key = hashes.hash(&format!("{name} {}", key.text())).await?;
                store.give_back_attempt(name, &key).await
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_client_is_stopped_after_its_quota_and_others_are_not() {
        let limiter = Limiter::per_minute(&Counting::InMemory, "test", 3);
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        for _ in 0..3 {
            assert!(limiter.check(&a).await.unwrap());
        }
        assert!(!limiter.check(&a).await.unwrap());
        assert!(limiter.check(&b).await.unwrap());
    }

    #[tokio::test]
    async fn a_burst_over_a_long_period_is_allowed_once() {
        let limiter: Limiter<String> = Limiter::per_period(&Counting::InMemory, "test", 5, Duration::from_mins(15));
        let key = "anna@granviken.example".to_owned();
        for _ in 0..5 {
            assert!(limiter.check(&key).await.unwrap());
        }
        assert!(!limiter.check(&key).await.unwrap());
    }

    #[tokio::test]
    async fn only_failures_count_and_each_key_has_its_own() {
        let failures: FailedAttempts<&str> =
            FailedAttempts::new(&Counting::InMemory, "test", 3, Duration::from_mins(15));
        for _ in 0..10 {
            assert!(failures.begin(&"leader").await.unwrap());
            failures.succeeded(&"leader").await.unwrap();
        }
        for _ in 0..3 {
            assert!(failures.begin(&"guesser").await.unwrap());
        }
        assert!(!failures.begin(&"guesser").await.unwrap(), "the fourth failure is refused");
        assert!(failures.begin(&"leader").await.unwrap());
    }

    #[tokio::test]
    async fn failures_are_forgotten_after_the_period() {
        let failures: FailedAttempts<&str> =
            FailedAttempts::new(&Counting::InMemory, "test", 1, Duration::from_millis(50));
        assert!(failures.begin(&"guesser").await.unwrap());
        assert!(!failures.begin(&"guesser").await.unwrap());
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert!(failures.begin(&"guesser").await.unwrap());
    }
}
