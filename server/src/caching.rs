//! What the API's answers may be kept as, and where: personal answers nowhere, public
//! reads by the phone, with strong `ETag`s and `304 Not Modified` for a copy that is
//! still current: a phone that revalidates its saved article, list or catalogue gets a
//! few hundred bytes of headers instead of the body again.
//!
//! The tag is a hash of the answer's bytes, made before compression. Each content coding
//! is a representation of its own, so a compressed answer's tag carries the coding
//! (`"…-br"`), as a strong tag must; a tag sent back in `If-None-Match` matches whichever
//! coding it was made for. Answers that carry personal data, or that were not a `200`,
//! get no tag: they are not kept anywhere.

use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};

use crate::{around::Around, compress::Coding};

/// API answers are not for shared caches; the service worker keeps its own copies.
/// Answers that carry personal data are kept nowhere, not even by the browser.
#[derive(Debug, Clone, Copy)]
pub struct ApiCacheControl;

impl Around for ApiCacheControl {
    /// Whether the answer carries personal data.
    type Memo = bool;

    fn before(&self, request: &mut Request) -> bool {
        carries_personal_data(request.uri().path())
    }

    fn after<B>(&self, personal: bool, response: &mut Response<B>) {
        let headers = response.headers_mut();
        if personal {
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        } else {
            headers.entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-cache"));
            name_the_coding(headers);
        }
    }
}

/// Staff lists, vouchers, redemptions, settlements and their exports; sessions; a
/// guardian's balance; a Sportotek reservation, whose code opens it.
pub fn carries_personal_data(path: &str) -> bool {
    path.starts_with("/api/staff/")
        || path.starts_with("/api/auth/")
        || path == "/api/vouchers/balance"
        || path.starts_with("/api/sportotek/reservations")
        || path.starts_with("/api/guides/")
        || path.ends_with("/sportotek/reservations")
}

/// The largest answer tagged: a Sportotek catalogue of a thousand items is about 415 KB.
/// A larger one goes out as it is, untagged.
const MAX_TAGGED_BYTES: usize = 4 * 1024 * 1024;

/// The longest `If-None-Match` read: a phone sends one tag, a proxy a few.
const MAX_IF_NONE_MATCH: usize = 1024;

/// The tag of `body`: 128 bits of its SHA-256 in hex (no `-` in it, which names a
/// coding), quoted.
pub fn tag_of(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    format!("\"{}\"", crate::hex::hex(&digest[..16]))
}

/// The tag in `If-None-Match` that names `tag`, as made for any content coding (so the
/// `304` can name the copy the phone has), or `tag` itself for `*`.
pub fn matching(if_none_match: &str, tag: &str) -> Option<String> {
    if if_none_match.len() > MAX_IF_NONE_MATCH {
        return None;
    }
    let bare = tag.trim_matches('"');
    if_none_match.split(',').map(str::trim).find_map(|candidate| {
        if candidate == "*" {
            return Some(tag.to_owned());
        }
        // A weak comparison, as `If-None-Match` asks for.
        let quoted = candidate.strip_prefix("W/").unwrap_or(candidate);
        let inner = quoted.strip_prefix('"')?.strip_suffix('"')?;
        let ours = |coding: &&str| Coding::ALL.iter().any(|c| c.name() == *coding);
        let theirs = inner.rsplit_once('-').filter(|(_, coding)| ours(coding)).map_or(inner, |(b, _)| b);
        (theirs == bare).then(|| quoted.to_owned())
    })
}

/// Tags a public read's answer, and answers `304` when the phone's copy is current.
/// Sits inside the compression layer, so it sees the bytes as they are.
pub async fn tag_public_reads(request: Request, next: Next) -> Response {
    let readable = request.method() == Method::GET && !carries_personal_data(request.uri().path());
    let if_none_match = if_none_match(&request);
    let response = next.run(request).await;
    if !readable || response.status() != StatusCode::OK || response.headers().contains_key(header::ETAG) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_TAGGED_BYTES).await else {
        // Too large to tag: it is lost, so say so rather than send half.
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let tag = tag_of(&bytes);
    if let Some(current) = if_none_match.as_deref().and_then(|inm| matching(inm, &tag)) {
        return not_modified(&parts.headers, &current);
    }
    parts.headers.insert(header::ETAG, HeaderValue::from_str(&tag).expect("hex in quotes is a valid header"));
    Response::from_parts(parts, Body::from(bytes))
}

/// The tags a request says it holds (`If-None-Match`), kept past the request for its answer.
pub fn if_none_match(request: &Request) -> Option<String> {
    if_none_match_in(request.headers()).map(str::to_owned)
}

/// The tags in `headers`' `If-None-Match`.
pub fn if_none_match_in(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok())
}

/// `304 Not Modified` for the copy tagged `current`, with the headers of the answer it
/// stands for that a cache needs.
pub fn not_modified(answer: &HeaderMap, current: &str) -> Response {
    let mut headers = HeaderMap::new();
    for name in [header::CACHE_CONTROL, header::VARY, header::CONTENT_LOCATION] {
        if let Some(v) = answer.get(&name) {
            headers.insert(name, v.clone());
        }
    }
    if let Ok(value) = HeaderValue::from_str(current) {
        headers.insert(header::ETAG, value);
    }
    let mut not_modified = Response::new(Body::empty());
    *not_modified.status_mut() = StatusCode::NOT_MODIFIED;
    *not_modified.headers_mut() = headers;
    not_modified
}

/// `response`, or a `304` in its place when `if_none_match` names its tag.
pub fn or_not_modified(response: Response, if_none_match: Option<&str>) -> Response {
    let tag = response.headers().get(header::ETAG).and_then(|v| v.to_str().ok());
    match tag.zip(if_none_match).and_then(|(tag, inm)| matching(inm, &base_tag(tag))) {
        Some(current) => not_modified(response.headers(), &current),
        None => response,
    }
}

/// The tag as made before compression: `"abc-br"` is `"abc"` sent with brotli.
pub fn base_tag(tag: &str) -> String {
    let inner = tag.trim_matches('"');
    let bare = inner.rsplit_once('-').map_or(inner, |(bare, _)| bare);
    format!("\"{bare}\"")
}

/// `response` tagged `tag`, the tag of its bytes before compression, named for its
/// coding.
pub fn tagged(mut response: Response, tag: &str) -> Response {
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(tag) {
        headers.insert(header::ETAG, value);
        name_the_coding(headers);
    }
    response
}

/// After compression: a compressed answer's tag names its coding, so that each
/// representation has a tag of its own.
pub fn name_the_coding(headers: &mut HeaderMap) {
    let Some(coding) = headers.get(header::CONTENT_ENCODING).and_then(|v| v.to_str().ok()).map(str::to_owned) else {
        return;
    };
    let Some(tag) = headers.get(header::ETAG).and_then(|v| v.to_str().ok()).map(str::to_owned) else { return };
    if let Ok(value) = HeaderValue::from_str(&format!("\"{}-{coding}\"", tag.trim_matches('"'))) {
        headers.insert(header::ETAG, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compressed_copys_tag_is_the_tag_of_its_bytes_before_compression() {
        assert_eq!(base_tag("\"abc-br\""), "\"abc\"");
        assert_eq!(base_tag("\"abc\""), "\"abc\"");
    }

    #[test]
    fn the_same_bytes_give_the_same_tag_and_other_bytes_another() {
        let tag = tag_of(b"{\"title\":\"Hyra bostad\"}");
        assert_eq!(tag, tag_of(b"{\"title\":\"Hyra bostad\"}"));
        assert_ne!(tag, tag_of(b"{\"title\":\"Hyra bostad!\"}"));
        assert!(tag.starts_with('"') && tag.ends_with('"') && tag.len() == 34, "{tag}");
    }

    #[test]
    fn a_tag_matches_as_sent_weak_for_any_coding_in_a_list_or_as_a_star() {
        let tag = tag_of(b"x");
        let bare = tag.trim_matches('"');
        for sent in [
            tag.clone(),
            format!("W/{tag}"),
            format!("\"{bare}-br\""),
            format!("\"{bare}-gzip\""),
            format!("\"other\", {tag}"),
            "*".to_owned(),
        ] {
            assert!(matching(&sent, &tag).is_some(), "{sent}");
        }
    }

    #[test]
    fn the_not_modified_answer_names_the_copy_the_phone_has() {
        let tag = tag_of(b"x");
        let bare = tag.trim_matches('"');
        assert_eq!(matching(&format!("W/\"{bare}-br\""), &tag), Some(format!("\"{bare}-br\"")));
        assert_eq!(matching("*", &tag), Some(tag.clone()));
    }

    #[test]
    fn other_tags_and_hostile_headers_do_not_match() {
        let tag = tag_of(b"x");
        let bare = tag.trim_matches('"');
        for sent in [
            String::new(),
            "\"\"".to_owned(),
            tag_of(b"y"),
            format!("\"{bare}-zstd\""),
            format!("\"{bare}x\""),
            format!("\"{}\"", &bare[1..]),
            format!("{}, {tag}", "\"a\", ".repeat(300)),
            "\u{0}".to_owned(),
        ] {
            assert_eq!(matching(&sent, &tag), None, "{sent}");
        }
    }

    #[test]
    fn a_compressed_answers_tag_names_its_coding() {
        let mut headers = HeaderMap::new();
        headers.insert(header::ETAG, HeaderValue::from_static("\"abc\""));
        name_the_coding(&mut headers);
        assert_eq!(headers[header::ETAG], "\"abc\"", "no coding, no change");
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
        name_the_coding(&mut headers);
        assert_eq!(headers[header::ETAG], "\"abc-br\"");
    }
}
