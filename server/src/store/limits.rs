//! What several servers on one database must agree on: the rate limits, the failed
//! sign-ins and the secret of the day that keys client hashes (`crate::rate_limit`,
//! `crate::client_hash`). Each check is one atomic statement, so two servers asking for
//! the same key at the same instant are counted as two.

use std::time::{SystemTime, UNIX_EPOCH};

use super::Store;

/// Microseconds since 1970: rate slots are finer than a second.
fn now_micros() -> i64 {
    let micros = SystemTime::now().duration_since(UNIX_EPOCH).expect("after 1970").as_micros();
    i64::try_from(micros).expect("before year 292 thousand")
}

impl Store {
    /// Takes one request's slot for `key` under the generic cell rate algorithm: the row
    /// holds the time the next request would conform; a request conforms when that time
    /// is at most `tolerance` ahead of now, and moves it on by `interval`. False, and
    /// nothing changed, when the request does not conform.
    pub async fn take_rate_slot(&self, name: &str, key: &str, interval: i64, tolerance: i64) -> sqlx::Result<bool> {
        let taken: Option<i64> = sqlx::query_scalar(
            "INSERT INTO rate_slots (name, key, tat) VALUES ($1, $2, $3 + $4)
             ON CONFLICT (name, key) DO UPDATE SET tat = CASE WHEN rate_slots.tat > $3 THEN rate_slots.tat ELSE $3 END + $4
             WHERE rate_slots.tat - $3 <= $5
             RETURNING tat",
        )
        .bind(name)
        .bind(key)
        .bind(now_micros())
        .bind(interval)
        .bind(tolerance)
        .fetch_optional(&self.pool)
        .await?;
        Ok(taken.is_some())
    }

    /// Takes a place for one attempt in `key`'s window of `period` microseconds (a new
    /// window when the last one has passed); false when `max` are taken.
    pub async fn begin_attempt(&self, name: &str, key: &str, period: i64, max: u32) -> sqlx::Result<bool> {
        let now = now_micros();
        let count: Option<i32> = sqlx::query_scalar(
            "INSERT INTO failed_attempts (name, key, started, count) VALUES ($1, $2, $3, 1)
             ON CONFLICT (name, key) DO UPDATE SET
                 count = CASE WHEN failed_attempts.started <= $4 THEN 1 ELSE failed_attempts.count + 1 END,
                 started = CASE WHEN failed_attempts.started <= $4 THEN $3 ELSE failed_attempts.started END
             WHERE failed_attempts.started <= $4 OR failed_attempts.count < $5
             RETURNING count",
        )
        .bind(name)
        .bind(key)
        .bind(now)
        .bind(now - period)
        .bind(i32::try_from(max).unwrap_or(i32::MAX))
        .fetch_optional(&self.pool)
        .await?;
        Ok(count.is_some())
    }

    /// Gives back the place an attempt took: it succeeded.
    pub async fn give_back_attempt(&self, name: &str, key: &str) -> sqlx::Result<()> {
        sqlx::query("UPDATE failed_attempts SET count = count - 1 WHERE name = $1 AND key = $2 AND count > 0")
            .bind(name)
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The secret of `day`: `proposed` if no server has set one yet, else the one set.
    pub async fn client_hash_secret(&self, day: i64, proposed: &str) -> sqlx::Result<String> {
        sqlx::query("INSERT INTO client_hash_keys (day, secret) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING")
            .bind(day)
            .bind(proposed)
            .execute(&self.pool)
            .await?;
        sqlx::query_scalar("SELECT secret FROM client_hash_keys WHERE day = $1").bind(day).fetch_one(&self.pool).await
    }

    /// Deletes rate slots whose time has passed, failure windows older than a day and
    /// secrets older than yesterday's.
    pub async fn sweep_limits(&self) -> sqlx::Result<u64> {
        let now = now_micros();
        let mut removed = 0;
        for (sql, before) in [
            ("DELETE FROM rate_slots WHERE tat < $1", now),
            ("DELETE FROM failed_attempts WHERE started < $1", now - 86_400_000_000),
            ("DELETE FROM client_hash_keys WHERE day < $1", now.div_euclid(86_400_000_000) - 1),
        ] {
            removed += sqlx::query(sql).bind(before).execute(&self.pool).await?.rows_affected();
        }
        Ok(removed)
    }
}
