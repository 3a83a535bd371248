//! The idempotency key of one payment. It is made when the person first confirms and
//! sent again on every retry, so a payment whose answer was lost on a weak connection is
//! never charged twice; only a receipt, or starting over with another child, makes room
//! for a new one.

use std::fmt::Write;

use js_sys::{Function, Reflect};
use leptos::prelude::window;
use wasm_bindgen::JsCast;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PaymentKey(Option<String>);

impl PaymentKey {
    /// The key of the payment under way, made with `make` if there is none yet.
    pub fn get_or_make(&mut self, make: impl FnOnce() -> String) -> String {
        self.0.get_or_insert_with(make).clone()
    }

    /// The payment is over (a receipt came, or the person starts over): the next one
    /// gets a key of its own. A refusal or a lost answer does not end it.
    pub fn finish(&mut self) {
        self.0 = None;
    }
}

/// A fresh random key: the browser's `crypto.randomUUID()` (secure pages only, which the
/// console always is); failing that, 32 hex digits of `Math.random`.
pub fn new_key() -> String {
    let crypto = Reflect::get(&window(), &"crypto".into()).ok();
    let uuid = crypto.as_ref().and_then(|crypto| {
        let make: Function = Reflect::get(crypto, &"randomUUID".into()).ok()?.dyn_into().ok()?;
        make.call0(crypto).ok()?.as_string()
    });
    uuid.unwrap_or_else(|| {
        let mut key = String::with_capacity(32);
        for _ in 0..4 {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // below 2^32 by construction
            let part = (js_sys::Math::random() * 4_294_967_296.0) as u32;
            let _ = write!(key, "{part:08x}");
        }
        key
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counter() -> impl FnMut() -> String {
        let mut made = 0;
        move || {
            made += 1;
            format!("key-{made:04}")
        }
    }

    #[test]
    fn a_retry_after_a_lost_answer_sends_the_same_key() {
        let mut make = counter();
        let mut payment = PaymentKey::default();
        let first = payment.get_or_make(&mut make);
        // The network failed; the person presses confirm again, maybe twice.
        assert_eq!(payment.get_or_make(&mut make), first);
        assert_eq!(payment.get_or_make(&mut make), first);
    }

    #[test]
    fn the_next_payment_after_a_receipt_gets_a_new_key() {
        let mut make = counter();
        let mut payment = PaymentKey::default();
        let first = payment.get_or_make(&mut make);
        payment.finish();
        let second = payment.get_or_make(&mut make);
        assert_ne!(first, second);
        assert_eq!(payment.get_or_make(&mut make), second);
    }

    #[test]
    fn the_key_is_made_only_when_the_person_confirms() {
        let mut made = 0;
        let mut payment = PaymentKey::default();
        payment.finish();
        assert_eq!(made, 0);
        payment.get_or_make(|| {
            made += 1;
            "key-0001".into()
        });
        assert_eq!(made, 1);
    }
}
