//! Per-client rate limits, kept in memory: each server instance counts on its own.

use std::{net::IpAddr, num::NonZeroU32, sync::Arc};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

#[derive(Clone)]
pub struct Limiter(Arc<DefaultKeyedRateLimiter<IpAddr>>);

impl Limiter {
    pub fn per_minute(count: u32) -> Limiter {
        let quota = Quota::per_minute(NonZeroU32::new(count.max(1)).expect("at least one"));
        Limiter(Arc::new(RateLimiter::keyed(quota)))
    }

    /// Whether `client` may make one more request now.
    pub fn check(&self, client: IpAddr) -> bool {
        let allowed = self.0.check_key(&client).is_ok();
        // Forget idle clients now and then so the table does not grow without end.
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
        assert!((0..3).all(|_| limiter.check(a)));
        assert!(!limiter.check(a));
        assert!(limiter.check(b));
    }
}
