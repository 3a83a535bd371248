//! Who is asking, for the per-client rate limits: the connection's address, or, when it
//! comes from the configured reverse proxy, the address that proxy says it forwarded for.
//! Only the trusted proxy's word is taken, so a client cannot pick its own address.

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::request::Parts,
};

use crate::{error::ApiError, routes::AppState};

/// The client's address as the rate limits count it. Never stored.
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(address)| address.ip())
            .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("served without connection info")))?;
        if app.trusted_proxy != Some(peer) {
            return Ok(ClientIp(peer));
        }
        Ok(ClientIp(forwarded_for(parts).unwrap_or(peer)))
    }
}

/// The last address in `X-Forwarded-For`: the one the proxy itself added.
fn forwarded_for(parts: &Parts) -> Option<IpAddr> {
    let header = parts.headers.get_all("x-forwarded-for").iter().next_back()?.to_str().ok()?;
    header.rsplit(',').next()?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(headers: &[&str]) -> Parts {
        let mut request = axum::http::Request::builder();
        for value in headers {
            request = request.header("x-forwarded-for", *value);
        }
        request.body(()).unwrap().into_parts().0
    }

    #[test]
    fn the_proxys_own_entry_counts_not_what_the_client_wrote() {
        let spoofed = parts(&["10.9.9.9, 203.0.113.7"]);
        assert_eq!(forwarded_for(&spoofed), Some("203.0.113.7".parse().unwrap()));
        assert_eq!(forwarded_for(&parts(&["1.1.1.1", "2001:db8::5"])), Some("2001:db8::5".parse().unwrap()));
        assert_eq!(forwarded_for(&parts(&["not an address"])), None);
        assert_eq!(forwarded_for(&parts(&[])), None);
    }
}
