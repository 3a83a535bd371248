//! Per-client and per-account rate limits, kept in memory: each server instance counts
//! on its own, and nothing is written to disk.

use std::{hash::Hash, net::IpAddr, num::NonZeroU32, sync::Arc, time::Duration};

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
}
