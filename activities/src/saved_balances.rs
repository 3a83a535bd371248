//! The last answer for each fritidscheck checked on this phone, for when the network is
//! gone (see `saved_answers`).

use model::vouchers::VoucherBalance;

use crate::saved_answers::Store;

/// Answers kept: a family with many children, with room to spare.
const STORE: Store = Store::new("voucher-balances", 10);

/// A saved answer and when it was fetched, in Unix seconds.
pub struct Saved {
    pub balance: VoucherBalance,
    pub at: i64,
}

/// Keeps `json`, the answer for `code` fetched at `at`, in place of any earlier one.
pub fn save(code: &str, at: i64, json: &str) {
    STORE.save(code, at, json);
}

pub fn load(code: &str) -> Option<Saved> {
    let (at, json) = STORE.load(code)?;
    let balance = serde_json::from_str(&json).ok()?;
    Some(Saved { balance, at })
}
