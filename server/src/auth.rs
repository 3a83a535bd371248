//! Signing in staff: Argon2id password hashes, random session tokens kept hashed, the
//! session cookie, CSRF tokens and the role checks every staff endpoint makes.

use std::sync::{Arc, LazyLock};

use argon2::{
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};
use axum::{
    extract::FromRequestParts,
    http::{header, request::Parts, HeaderValue, Method},
};
use base64::Engine as _;
use model::auth::Role;
use sha2::{Digest as _, Sha256};
use subtle::ConstantTimeEq as _;

use crate::{
    error::{ApiError, Result},
    ids::{AccountId, MunicipalityId},
    state::AppState,
    store::{now, StoredGrant},
};

/// `__Host-`: only over HTTPS (or localhost), only for this host, only on path `/`.
pub const SESSION_COOKIE: &str = "__Host-vk_session";
/// A session unused this long is over.
pub const IDLE_TIMEOUT_SECS: i64 = 2 * 60 * 60;
/// And every session ends this long after sign-in.
pub const ABSOLUTE_TIMEOUT_SECS: i64 = 12 * 60 * 60;
pub const CSRF_HEADER: &str = "x-csrf-token";

/// Argon2id at OWASP ASVS 5.0's floor: 19 MiB, two passes, one lane.
fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(19 * 1024, 2, 1, None).expect("valid parameters"))
}

pub fn hash_password(password: &str) -> String {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).expect("the system's random source");
    let salt = SaltString::encode_b64(&salt).expect("16 bytes fit");
    argon2().hash_password(password.as_bytes(), &salt).expect("hashing cannot fail with valid parameters").to_string()
}

/// Checks a password against a stored hash. Without a hash (unknown account), a hash is
/// still computed, so the answer takes as long as for a wrong password.
pub fn verify_password(stored: Option<&str>, password: &str) -> bool {
    if let Some(hash) = stored.and_then(|s| PasswordHash::new(s).ok()) {
        argon2().verify_password(password.as_bytes(), &hash).is_ok()
    } else {
        let _ = hash_password(password);
        false
    }
}

/// Hashes at once, about one per core: each takes 19 MiB, so a burst of sign-ins waits
/// here instead of taking all memory.
static HASHING: LazyLock<Arc<tokio::sync::Semaphore>> =
    LazyLock::new(|| Arc::new(tokio::sync::Semaphore::new(hashing_permits())));

fn hashing_permits() -> usize {
    std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)
}

/// Runs `work` on a blocking thread once a hashing permit is free. The permit goes
/// with the work, so a request that gives up waiting does not free it early.
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    let permit = HASHING.clone().acquire_owned().await.map_err(|e| ApiError::Internal(e.into()))?;
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        work()
    })
    .await
    .map_err(|e| ApiError::Internal(e.into()))
}

/// [`hash_password`] behind the hashing semaphore.
pub async fn hash_password_limited(password: String) -> Result<String> {
    hashing(move || hash_password(&password)).await
}

/// [`verify_password`] behind the hashing semaphore.
pub async fn verify_password_limited(stored: Option<String>, password: String) -> Result<bool> {
    hashing(move || verify_password(stored.as_deref(), &password)).await
}

/// 256 random bits, URL-safe: session tokens, CSRF tokens, invitation tokens.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the system's random source");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database keeps of a token.
pub fn token_hash(token: &str) -> String {
    crate::hex::hex(&Sha256::digest(token.as_bytes()))
}

pub fn session_cookie(token: &str) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age={ABSOLUTE_TIMEOUT_SECS}"
    ))
    .expect("a token is a valid header value")
}

pub fn expired_cookie() -> HeaderValue {
    HeaderValue::from_str(&format!("{SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0"))
        .expect("a valid header value")
}

pub fn cookie_token(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(SESSION_COOKIE)?.strip_prefix('=').map(str::to_owned))
}

/// A signed-in staff member. Extracting it checks the session and, for every request
/// that changes something, the CSRF token.
pub struct Staff {
    pub account_id: AccountId,
    pub email: String,
    pub grants: Vec<StoredGrant>,
    pub csrf_token: String,
    pub token_hash: String,
}

impl Staff {
    /// Whether the account holds `role` in the municipality, directly or region-wide.
    pub fn has(&self, role: Role, municipality_id: MunicipalityId) -> bool {
        self.grants.iter().any(|g| g.role == role && g.municipality_id.is_none_or(|m| m == municipality_id))
    }

    pub fn require(&self, role: Role, municipality_id: MunicipalityId) -> Result<()> {
        if self.has(role, municipality_id) {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        }
    }

    pub fn is_region_wide(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role == role && g.municipality_id.is_none())
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Staff> {
        let token = cookie_token(parts).ok_or(ApiError::Unauthenticated)?;
        let hash = token_hash(&token);
        let session = app.store.session(&hash).await?.ok_or(ApiError::Unauthenticated)?;
        let now = now();
        if !session.active
            || now - session.last_seen_at > IDLE_TIMEOUT_SECS
            || now - session.created_at > ABSOLUTE_TIMEOUT_SECS
        {
            app.store.delete_session(&hash).await?;
            return Err(ApiError::Unauthenticated);
        }
        let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if !safe {
            let sent = parts.headers.get(CSRF_HEADER).map(HeaderValue::as_bytes).unwrap_or_default();
            if !bool::from(sent.ct_eq(session.csrf_token.as_bytes())) {
                return Err(ApiError::Csrf);
            }
        }
        // Writing on every request would make reads write; a minute is precise enough.
        if now - session.last_seen_at > 60 {
            app.store.touch_session(&hash, now).await?;
        }
        let grants = app.store.grants(session.account_id).await?;
        Ok(Staff {
            account_id: session.account_id,
            email: session.email,
            grants,
            csrf_token: session.csrf_token,
            token_hash: hash,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_own_hash_only() {
        let hash = hash_password("correct horse battery");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(verify_password(Some(&hash), "correct horse battery"));
        assert!(!verify_password(Some(&hash), "correct horse batterY"));
        assert!(!verify_password(None, "correct horse battery"));
        assert!(!verify_password(Some("not a hash"), "correct horse battery"));
    }

    #[tokio::test]
    async fn the_limited_functions_hash_and_verify_like_the_plain_ones() {
        let hash = hash_password_limited("correct horse battery".into()).await.unwrap();
        assert!(verify_password_limited(Some(hash.clone()), "correct horse battery".into()).await.unwrap());
        assert!(!verify_password_limited(Some(hash), "wrong".into()).await.unwrap());
        assert!(!verify_password_limited(None, "correct horse battery".into()).await.unwrap());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn no_more_hashes_run_at_once_than_there_are_permits() {
        let permits = hashing_permits();
        let running = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let most = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let tasks: Vec<_> = (0..permits * 3)
            .map(|_| {
                let (running, most) = (running.clone(), most.clone());
                tokio::spawn(hashing(move || {
                    let now = running.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                    most.fetch_max(now, std::sync::atomic::Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    running.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
                }))
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        assert!(most.load(std::sync::atomic::Ordering::SeqCst) <= permits);
    }

    #[test]
    fn tokens_are_long_random_and_stored_only_as_hashes() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43, "256 bits in URL-safe base64");
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }

    #[test]
    fn the_session_cookie_is_host_only_http_only_secure_and_strict() {
        let cookie = session_cookie("abc");
        let cookie = cookie.to_str().unwrap();
        for part in ["__Host-vk_session=abc", "Path=/", "HttpOnly", "Secure", "SameSite=Strict"] {
            assert!(cookie.contains(part), "{cookie} lacks {part}");
        }
        assert!(!cookie.contains("Domain"));
    }
}
