//! The last answer for each fritidscheck checked on this phone, for when the network is
//! gone (see `saved_answers`).

use model::{
    voucher::VoucherCode,
    vouchers::{VoucherBalance, VoucherState},
};

use crate::saved_answers::Store;

/// Answers kept: a family with many children, with room to spare.
const STORE: Store = Store::new("voucher-balances", 10);

/// A saved answer and when it was fetched, in Unix seconds.
#[derive(Clone)]
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

/// A balance as "Mine" lists it: the code it was kept under, too.
#[derive(Clone)]
pub struct Kept {
    pub code: VoucherCode,
    pub saved: Saved,
}

/// Every kept balance, the one checked last first.
pub fn all() -> Vec<Kept> {
    STORE
        .all()
        .into_iter()
        .filter_map(|kept| {
            let code = VoucherCode::parse(&kept.code).ok()?;
            let balance = serde_json::from_str(&kept.json).ok()?;
            Some(Kept { code, saved: Saved { balance, at: kept.at } })
        })
        .collect()
}

pub fn forget(code: &VoucherCode) {
    STORE.forget(code.as_str());
}

/// A balance is looked up again after this long: an association may have redeemed part
/// of it since.
const FRESH_SECONDS: i64 = 600;

/// Whether the balance may have changed: a card still valid, checked a while ago.
pub fn is_stale(saved: &Saved, now: i64) -> bool {
    saved.balance.state == VoucherState::Valid && now - saved.at >= FRESH_SECONDS
}
