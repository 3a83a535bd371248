//! Redemptions kept on the leader's phone until the server has answered them: typed at
//! the rink without signal, or sent and not yet answered. Each keeps its idempotency key,
//! so however often it is sent (after a reload, from a second tab, after a lost answer)
//! the card is charged once and every sending gets the first receipt back.
//!
//! This file is the bookkeeping alone, tested natively; `club::sender` sends and stores.

use model::vouchers::{Receipt, RedeemRequest};
use serde::{Deserialize, Serialize};

/// A redemption the server has not answered yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    pub association_id: i64,
    pub request: RedeemRequest,
    /// When it was confirmed, by the phone's clock (milliseconds since 1970).
    pub typed_at: f64,
}

impl Pending {
    pub fn key(&self) -> &str {
        &self.request.idempotency_key
    }
}

/// How the server answered one that was kept: what the leader must see, once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    /// Paid: the receipt (the same one on every sending of the key).
    Paid { key: String, receipt: Receipt },
    /// Not paid, with the server's reason as a message id (too little left, expired…).
    Refused { key: String, code: String, amount_ore: i64, message_id: String },
}

impl Outcome {
    pub fn key(&self) -> &str {
        match self {
            Outcome::Paid { key, .. } | Outcome::Refused { key, .. } => key,
        }
    }
}

/// What the phone keeps: the waiting ones in the order they were typed, and the answers
/// not yet seen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    pub pending: Vec<Pending>,
    pub outcomes: Vec<Outcome>,
}

impl Kept {
    /// Reads what was stored; anything unreadable (an older form, a hand-edited value)
    /// counts as nothing kept rather than stopping the page.
    pub fn parse(stored: Option<&str>) -> Kept {
        stored.and_then(|text| serde_json::from_str(text).ok()).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Keeps a confirmed redemption. The same key twice (a double tap) is kept once.
    pub fn add(&mut self, pending: Pending) {
        let known =
            |key: &str| self.pending.iter().any(|p| p.key() == key) || self.outcomes.iter().any(|o| o.key() == key);
        if !known(pending.key()) {
            self.pending.push(pending);
        }
    }

    /// The server answered the redemption with `outcome`'s key: it waits no more, and the
    /// answer is kept until the leader has seen it. An answer to a key no longer waiting
    /// (a second tab got there first) changes nothing.
    pub fn settle(&mut self, outcome: Outcome) {
        let before = self.pending.len();
        self.pending.retain(|p| p.key() != outcome.key());
        if self.pending.len() < before {
            self.outcomes.push(outcome);
        }
    }

    /// The leader has seen the answer.
    pub fn dismiss(&mut self, key: &str) {
        self.outcomes.retain(|o| o.key() != key);
    }
}

/// How a sending ended, as far as the queue is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The server answered for good: the outcome is kept and the redemption waits no more.
    Answered,
    /// No answer, or not now (no signal, a server away, too many at once): keep it.
    TryLater,
    /// The server wants a signed-in leader: keep it until they sign in again.
    SignIn,
}

/// Sorts a failed sending by its HTTP status (0: no answer at all) and error code.
pub fn verdict(status: u16, code: &str) -> Verdict {
    match (status, code) {
        (0 | 408 | 429 | 500..=599, _) => Verdict::TryLater,
        // No session, or a session without its CSRF token yet (a reload without signal).
        (401, _) | (403, "csrf") => Verdict::SignIn,
        // Refused: no such card, too little left, not this association's to take…
        _ => Verdict::Answered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(key: &str, amount_ore: i64) -> Pending {
        Pending {
            association_id: 1,
            request: RedeemRequest {
                code: "CKRJ-X9C8-QVDN-8D".into(),
                amount_ore,
                activity_id: None,
                idempotency_key: key.into(),
            },
            typed_at: 1_700_000_000_000.0,
        }
    }

    fn refused(key: &str) -> Outcome {
        Outcome::Refused {
            key: key.into(),
            code: "CKRJ-X9C8-QVDN-8D".into(),
            amount_ore: 10_000,
            message_id: "error-voucher-too-little".into(),
        }
    }

    #[test]
    fn what_is_kept_survives_a_reload_and_an_unreadable_store_is_nothing() {
        let mut kept = Kept::default();
        kept.add(pending("key-one-0001", 10_000));
        kept.settle(refused("key-one-0001"));
        kept.add(pending("key-two-0002", 5_000));
        assert_eq!(Kept::parse(Some(&kept.to_json())), kept);
        assert_eq!(Kept::parse(Some("{\"pending\":3}")), Kept::default());
        assert_eq!(Kept::parse(None), Kept::default());
    }

    #[test]
    fn a_double_tap_is_kept_once_and_an_answered_key_is_not_kept_again() {
        let mut kept = Kept::default();
        kept.add(pending("key-one-0001", 10_000));
        kept.add(pending("key-one-0001", 10_000));
        assert_eq!(kept.pending.len(), 1);
        kept.settle(refused("key-one-0001"));
        kept.add(pending("key-one-0001", 10_000));
        assert!(kept.pending.is_empty(), "answered already: never sent again");
    }

    #[test]
    fn an_answer_ends_the_wait_once_and_a_second_answer_for_the_key_changes_nothing() {
        let mut kept = Kept::default();
        kept.add(pending("key-one-0001", 10_000));
        kept.add(pending("key-two-0002", 5_000));
        kept.settle(refused("key-one-0001"));
        kept.settle(refused("key-one-0001"));
        assert_eq!(kept.pending, vec![pending("key-two-0002", 5_000)]);
        assert_eq!(kept.outcomes.len(), 1);
        kept.dismiss("key-one-0001");
        assert!(kept.outcomes.is_empty());
    }

    #[test]
    fn only_a_real_refusal_ends_the_wait() {
        for status in [0, 408, 429, 500, 502, 503, 504] {
            assert_eq!(verdict(status, "unknown"), Verdict::TryLater, "{status}");
        }
        assert_eq!(verdict(401, "unauthorized"), Verdict::SignIn);
        assert_eq!(verdict(403, "csrf"), Verdict::SignIn);
        assert_eq!(verdict(403, "forbidden"), Verdict::Answered, "no longer this leader's to take");
        for status in [400, 404, 409, 422] {
            assert_eq!(verdict(status, "conflict"), Verdict::Answered, "{status}");
        }
    }
}
