//! Per-client and per-account rate limits, kept in memory: each server instance counts
//! on its own, and nothing is written to disk.

use std::{
    collections::HashMap,
    hash::Hash,
    net::IpAddr,
    num::NonZeroU32,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

#[derive(Clone)]
pub struct Limiter<K: Hash + Eq + Clone = IpAddr>(Arc<DefaultKeyedRateLimiter<K>>);

impl<K: Hash + Eq + Clone> Limiter<K> {
    pub fn per_minute(count: u32) -> Limiter<K> {
        Self::new(Quota::per_minute(NonZeroU32::new(count.max(1)).expect("at least one")))
    }

    /// `count` requests in a burst, refilled evenly over `period`.
    pub fn per_period(count: u32, period: Duration) -> Limiter<K> {
        let burst = NonZeroU32::new(count.max(1)).expect("at least one");
        let quota = Quota::with_period(period / burst.get()).expect("a non-zero period").allow_burst(burst);
        Self::new(quota)
    }

    fn new(quota: Quota) -> Limiter<K> {
        Limiter(Arc::new(RateLimiter::keyed(quota)))
    }

    /// Whether `key` may make one more request now.
    pub fn check(&self, key: &K) -> bool {
        let allowed = self.0.check_key(key).is_ok();
        // Forget idle keys now and then so the table does not grow without end.
        if self.0.len() > 10_000 {
            self.0.retain_recent();
        }
        allowed
    }
}

/// Failed attempts per key: at most `max` in a window of `period`. An attempt takes a
/// place before the check and a success gives it back, so parallel guesses cannot slip
/// past the count. Not `governor`: a rate limiter cannot give back what it has counted.
#[derive(Clone)]
pub struct FailedAttempts<K: Hash + Eq> {
    max: u32,
    period: Duration,
    windows: Arc<Mutex<HashMap<K, Window>>>,
}

struct Window {
    started: Instant,
    count: u32,
}

impl<K: Hash + Eq> FailedAttempts<K> {
    pub fn new(max: u32, period: Duration) -> FailedAttempts<K> {
        FailedAttempts { max, period, windows: Arc::default() }
    }

    /// Takes a place for one attempt; false when `key` has used up its failures.
    pub fn begin(&self, key: K) -> bool {
        let now = Instant::now();
        let mut windows = self.windows.lock().expect("not poisoned");
        if windows.len() > 10_000 {
            windows.retain(|_, w| now.duration_since(w.started) < self.period);
        }
        let window = windows.entry(key).or_insert(Window { started: now, count: 0 });
        if now.duration_since(window.started) >= self.period {
            *window = Window { started: now, count: 0 };
        }
        if window.count >= self.max {
            return false;
        }
        window.count += 1;
        true
    }

    /// The attempt succeeded: it does not count.
    pub fn succeeded(&self, key: &K) {
        if let Some(window) = self.windows.lock().expect("not poisoned").get_mut(key) {
            window.count = window.count.saturating_sub(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_is_stopped_after_its_quota_and_others_are_not() {
        let limiter = Limiter::per_minute(3);
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        assert!((0..3).all(|_| limiter.check(&a)));
        assert!(!limiter.check(&a));
        assert!(limiter.check(&b));
    }

    #[test]
    fn a_burst_over_a_long_period_is_allowed_once() {
        let limiter: Limiter<String> = Limiter::per_period(5, Duration::from_mins(15));
        let key = "anna@granviken.example".to_owned();
        assert!((0..5).all(|_| limiter.check(&key)));
        assert!(!limiter.check(&key));
    }

    #[test]
    fn only_failures_count_and_each_key_has_its_own() {
        let failures: FailedAttempts<&str> = FailedAttempts::new(3, Duration::from_mins(15));
        for _ in 0..10 {
            assert!(failures.begin("leader"));
            failures.succeeded(&"leader");
        }
        assert!((0..3).all(|_| failures.begin("guesser")));
        assert!(!failures.begin("guesser"), "the fourth failure is refused");
        assert!(failures.begin("leader"));
    }

    #[test]
    fn failures_are_forgotten_after_the_period() {
        let failures: FailedAttempts<&str> = FailedAttempts::new(1, Duration::from_millis(50));
        assert!(failures.begin("guesser"));
        assert!(!failures.begin("guesser"));
        std::thread::sleep(Duration::from_millis(60));
        assert!(failures.begin("guesser"));
    }
}
