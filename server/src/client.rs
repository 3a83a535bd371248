//! Who is asking, for the per-client rate limits: the connection's address, or, when it
//! comes from the configured reverse proxy, the address that proxy says it forwarded for.
//! Only the trusted proxy's word is taken, so a client cannot pick its own address.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRequestParts, Request},
    http::{request::Parts, Extensions, HeaderMap},
};

use crate::{error::ApiError, request_id, state::AppState};

/// The client's address as the rate limits count it. Never stored.
pub struct ClientIp(pub IpAddr);

impl ClientIp {
    /// An IPv6 client holds a whole /64 and can pick any address in it, so the /64
    /// network counts as one client. An IPv4-mapped address is that IPv4 address.
    pub fn of(address: IpAddr) -> ClientIp {
        match address.to_canonical() {
            IpAddr::V6(v6) => ClientIp(Ipv6Addr::from_bits(v6.to_bits() & !u128::from(u64::MAX)).into()),
            v4 @ IpAddr::V4(_) => ClientIp(v4),
        }
    }
}

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Self::Rejection> {
        let peer = peer(&parts.extensions)
            .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("served without connection info")))?;
        if app.trusted_proxy != Some(peer) {
            return Ok(ClientIp::of(peer));
        }
        Ok(ClientIp::of(forwarded_for(&parts.headers).unwrap_or(peer)))
    }
}

/// Whether the client reached the trusted proxy over HTTPS, by the proxy's own
/// `X-Forwarded-Proto`. Nobody else's word is taken.
pub fn forwarded_https(extensions: &Extensions, headers: &HeaderMap, trusted_proxy: Option<IpAddr>) -> bool {
    trusted_proxy.is_some()
        && peer(extensions) == trusted_proxy
        && last_entry(headers, "x-forwarded-proto").is_some_and(|proto| proto.eq_ignore_ascii_case("https"))
}

/// Drops an incoming `x-request-id` unless the trusted proxy sent it and it is a short
/// token, so `SetRequestIdLayer` makes a fresh one.
pub fn request_id_only_from_proxy(trusted_proxy: Option<IpAddr>, mut request: Request) -> Request {
    let from_proxy = trusted_proxy.is_some() && peer(request.extensions()) == trusted_proxy;
    if !from_proxy || request_id::of(request.headers()).is_none() {
        request.headers_mut().remove(request_id::HEADER);
    }
    request
}

/// The address of the connection itself.
pub(crate) fn peer(extensions: &Extensions) -> Option<IpAddr> {
    extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(address)| address.ip().to_canonical())
}

/// The last address in `X-Forwarded-For`: the one the proxy itself added.
fn forwarded_for(headers: &HeaderMap) -> Option<IpAddr> {
    last_entry(headers, "x-forwarded-for")?.parse().ok()
}

fn last_entry<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    let header = headers.get_all(name).iter().next_back()?.to_str().ok()?;
    Some(header.rsplit(',').next()?.trim())
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
        assert_eq!(forwarded_for(&spoofed.headers), Some("203.0.113.7".parse().unwrap()));
        let two = parts(&["1.1.1.1", "2001:db8::5"]);
        assert_eq!(forwarded_for(&two.headers), Some("2001:db8::5".parse().unwrap()));
        assert_eq!(forwarded_for(&parts(&["not an address"]).headers), None);
        assert_eq!(forwarded_for(&parts(&[]).headers), None);
    }

    fn client(address: &str) -> IpAddr {
        ClientIp::of(address.parse().unwrap()).0
    }

    #[tokio::test]
    async fn ipv6_addresses_in_the_same_64_are_one_client_and_share_a_limit() {
        use crate::rate_limit::{Counting, Limiter};
        assert_eq!(client("2001:db8:1:2:aaaa::1"), client("2001:db8:1:2:ffff:1:2:3"));
        assert_eq!(client("2001:db8:1:2::77"), "2001:db8:1:2::".parse::<IpAddr>().unwrap());
        assert_ne!(client("2001:db8:1:2::1"), client("2001:db8:1:3::1"), "another /64 is another client");

        let limiter: Limiter = Limiter::per_minute(&Counting::InMemory, "test", 2);
        assert!(limiter.check(&client("2001:db8:1:2::1")).await.unwrap());
        assert!(limiter.check(&client("2001:db8:1:2::2")).await.unwrap());
        assert!(
            !limiter.check(&client("2001:db8:1:2::3")).await.unwrap(),
            "a third address of the /64 is over the limit"
        );
        assert!(limiter.check(&client("2001:db8:1:3::1")).await.unwrap());
    }

    #[test]
    fn ipv4_addresses_are_counted_whole_also_when_mapped_into_ipv6() {
        assert_eq!(client("203.0.113.7"), "203.0.113.7".parse::<IpAddr>().unwrap());
        assert_ne!(client("203.0.113.7"), client("203.0.113.8"));
        assert_eq!(client("::ffff:203.0.113.7"), "203.0.113.7".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn https_is_taken_only_from_the_trusted_proxy() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let request = |from: &str, proto: &str| {
            let mut parts =
                axum::http::Request::builder().header("x-forwarded-proto", proto).body(()).unwrap().into_parts().0;
            parts.extensions.insert(ConnectInfo(SocketAddr::new(from.parse().unwrap(), 40000)));
            parts
        };
        let https = |p: &Parts, trusted| forwarded_https(&p.extensions, &p.headers, trusted);
        assert!(https(&request("10.0.0.1", "https"), Some(proxy)));
        assert!(https(&request("10.0.0.1", "HTTPS"), Some(proxy)));
        assert!(!https(&request("10.0.0.1", "http"), Some(proxy)));
        assert!(!https(&request("10.0.0.2", "https"), Some(proxy)), "not the proxy");
        assert!(!https(&request("10.0.0.1", "https"), None), "no proxy configured");
    }
}
