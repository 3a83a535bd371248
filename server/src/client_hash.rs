//! Who asked, for the lookup logs and the shared rate limits, without keeping an address
//! or an e-mail: a hash keyed with a secret of the day. Every server of an installation
//! takes the same secret from the database, so one client is one hash wherever it asks;
//! the secret changes at midnight (UTC) and is deleted the day after, and from then on
//! no logged hash can be tied to an address, not even by someone holding the database.

use std::sync::{Arc, Mutex};

use sha2::{Digest as _, Sha256};

use crate::{hex::hex, store::Store};

#[derive(Clone)]
pub struct ClientHashes {
    store: Store,
    /// Today's secret, once read: (day, secret).
    today: Arc<Mutex<Option<(i64, String)>>>,
}

impl ClientHashes {
    pub fn new(store: Store) -> ClientHashes {
        ClientHashes { store, today: Arc::default() }
    }

    /// `text`'s hash under today's secret: 16 hex digits.
    pub async fn hash(&self, text: &str) -> sqlx::Result<String> {
        let day = crate::store::now().div_euclid(86_400);
        let known = self.today.lock().expect("not poisoned").clone().filter(|(d, _)| *d == day);
        let secret = if let Some((_, secret)) = known {
            secret
        } else {
            let secret = self.store.client_hash_secret(day, &new_secret()).await?;
            *self.today.lock().expect("not poisoned") = Some((day, secret.clone()));
            secret
        };
        Ok(keyed(&secret, text))
    }
}

/// 32 bytes from the system's random source, in hex.
fn new_secret() -> String {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes).expect("the system's random source");
    hex(&bytes)
}

/// The first 8 bytes of SHA-256 over the secret and the text, in hex.
fn keyed(secret: &str, text: &str) -> String {
    hex(&Sha256::digest(format!("{secret}{text}").as_bytes())[..8])
}

#[cfg(test)]
mod tests {
    use super::keyed;

    #[test]
    fn the_same_text_under_another_secret_is_another_hash() {
        assert_eq!(keyed("a", "203.0.113.7"), keyed("a", "203.0.113.7"));
        assert_ne!(keyed("a", "203.0.113.7"), keyed("b", "203.0.113.7"));
        assert_ne!(keyed("a", "203.0.113.7"), keyed("a", "203.0.113.8"));
        assert_eq!(keyed("a", "203.0.113.7").len(), 16);
    }
}
