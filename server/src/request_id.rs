//! One id per request, in its log lines, in its `x-request-id` answer header and in an
//! error body, so a person reporting a problem can quote something the operator finds in
//! the logs. The id is made here, or taken from the trusted reverse proxy, which may have
//! logged it already; anyone else's id is dropped, so a client cannot write into the logs.

use std::task::{Context, Poll};

use axum::{
    extract::Request,
    http::{HeaderMap, HeaderName, HeaderValue},
};
use tokio::task::futures::TaskLocalFuture;
use tower::{Layer, Service};

pub const HEADER: HeaderName = HeaderName::from_static("x-request-id");

tokio::task_local! {
    static CURRENT: Option<HeaderValue>;
}

/// The request's id as the layers set it: a short token of letters, digits, `-`, `_`, `.`.
pub fn of(headers: &HeaderMap) -> Option<&str> {
    headers.get(HEADER).and_then(|value| value.to_str().ok()).filter(|id| well_formed(id))
}

/// The id of the request being served, for its error body.
pub fn current() -> Option<String> {
    CURRENT.try_with(|id| id.as_ref().and_then(|id| id.to_str().ok()).map(str::to_owned)).ok().flatten()
}

/// Serves each request with its id at hand, for `ApiError`'s body.
#[derive(Debug, Clone, Copy)]
pub struct KeepAtHandLayer;

impl<S> Layer<S> for KeepAtHandLayer {
    type Service = KeepAtHand<S>;

    fn layer(&self, inner: S) -> KeepAtHand<S> {
        KeepAtHand(inner)
    }
}

#[derive(Debug, Clone)]
pub struct KeepAtHand<S>(S);

impl<S: Service<Request>> Service<Request> for KeepAtHand<S> {
    type Response = S::Response;
    type Error = S::Error;
    type Future = TaskLocalFuture<Option<HeaderValue>, S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let id = request.headers().get(HEADER).filter(|id| id.to_str().is_ok_and(well_formed)).cloned();
        CURRENT.scope(id, self.0.call(request))
    }
}

/// At most 64 characters a log line and a JSON string carry as they are.
fn well_formed(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_short_token_is_taken_as_an_id() {
        for good in ["0b7f5c1e-8d2a-4c4e-9a57-3f0c2f6f9a11", "a", "nginx_ab12.3", &"x".repeat(64)] {
            assert!(well_formed(good), "{good}");
        }
        for bad in ["", "a b", "a\nlevel=error", "a\"}", "å", &"x".repeat(65)] {
            assert!(!well_formed(bad), "{bad:?}");
        }
    }
}
