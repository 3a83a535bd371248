//! Compression: of the built client once at start, of a filled page once per change, and
//! of each API answer as it goes out, every time with a brotli window fitted to the bytes.
//!
//! The API's answers used to go through tower-http's `CompressionLayer`, which streams
//! each one through brotli's usual 4 MB window: an answer being compressed held an 8 MB
//! ring buffer, zeroed, and megabytes of tables besides. Under the soak that was half the
//! heap at its peak (docs/deploy.md, "Memory"). Every answer here is made whole in memory
//! anyway, so [`compress_answers`] compresses it whole, with the smallest window that
//! holds it: a 10 kB catalogue page needs 16 kB, not 4 MB.

use std::io::Write as _;

use axum::{
    body::{to_bytes, Body, HttpBody as _},
    extract::Request,
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// A content coding the server sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Coding {
    Brotli,
    Gzip,
}

/// Brotli's quality for an answer made per request, nginx's on-the-fly default. Not 5 to
/// 9: with a window of 64 kB or less, C brotli gives those its small hashers (H40–H42),
/// which the `brotli` crate does not have; it falls back to one with a 32 MB table, zeroed
/// and written all over, for every answer (heaptrack under the soak: two at once were 67
/// MB of an 83 MB peak). Quality 4's hasher is 512 kB.
const ON_THE_FLY: u32 = 4;

/// Answers shorter than this go out as they are: the headers would cost more.
const MIN_BYTES: u64 = 64;

impl Coding {
    /// Every coding the server sends.
    pub const ALL: [Coding; 2] = [Coding::Brotli, Coding::Gzip];

    /// Its name in `Content-Encoding`.
    pub fn name(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
        }
    }

    /// Whether `accept_encoding` (an `Accept-Encoding` header) allows this coding: named,
    /// or covered by `*`, with a weight above zero.
    pub fn accepted_by(self, accept_encoding: &str) -> bool {
        weight(accept_encoding, self.name()) > 0.0
    }

    /// The coding to send for `accept_encoding`: the one weighted highest, brotli on a
    /// tie, none when neither is allowed.
    pub fn chosen(accept_encoding: &str) -> Option<Coding> {
        let (br, gzip) = (weight(accept_encoding, "br"), weight(accept_encoding, "gzip"));
        if br > 0.0 && br >= gzip {
            Some(Coding::Brotli)
        } else if gzip > 0.0 {
            Some(Coding::Gzip)
        } else {
            None
        }
    }
}

/// The weight `accept_encoding` gives `coding`: its own `q`, else that of `*`, else 0.
/// A weight that does not parse counts as 0: the header is not ours to guess at.
fn weight(accept_encoding: &str, coding: &str) -> f32 {
    let mut any = 0.0;
    for item in accept_encoding.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or_default().trim();
        let q = match parts.find_map(|p| p.trim().strip_prefix("q=")) {
            None => 1.0,
            Some(q) => q.trim().parse::<f32>().ok().filter(|q| (0.0..=1.0).contains(q)).unwrap_or(0.0),
        };
        if name.eq_ignore_ascii_case(coding) {
            return q;
        }
        if name == "*" {
            any = q;
        }
    }
    any
}

/// `data` compressed with brotli at `quality` (11: the best, for what is made once).
pub fn brotli(data: &[u8], quality: u32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, quality, window_bits(data.len()));
        writer.write_all(data).expect("in memory");
    }
    out
}

/// The smallest window that holds `length` bytes, as brotli's bits, from brotli's
/// smallest (10) to its usual 4 MB (22). A window larger than the data compresses no
/// better, and the encoder's ring buffer and tables grow with the window: 32 MB at the
/// best quality for the 4 MB window, where a 30 kB page needs a quarter of a megabyte.
fn window_bits(length: usize) -> u32 {
    (usize::BITS - length.saturating_sub(1).leading_zeros()).clamp(10, 22)
}

/// `data` compressed with gzip, at its best for what is made once.
pub fn gzip(data: &[u8], best: bool) -> Vec<u8> {
    let level = if best { flate2::Compression::best() } else { flate2::Compression::default() };
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), level);
    encoder.write_all(data).expect("in memory");
    encoder.finish().expect("in memory")
}

/// Compresses an API answer whole, in the coding the request allows, when it is text of
/// a known length and compressing makes it smaller. `Vary: accept-encoding` goes on every
/// answer that could have been compressed, so that a cache keeps each coding apart.
pub async fn compress_answers(request: Request, next: Next) -> Response {
    let coding = request.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).and_then(Coding::chosen);
    let response = next.run(request).await;
    if !compressible(response.headers(), response.body().size_hint().exact()) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    parts.headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    let Some(coding) = coding else { return Response::from_parts(parts, body) };
    // Of a known length, so already in memory: nothing is read that was not there.
    let Ok(bytes) = to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let compressed = match coding {
        Coding::Brotli => brotli(&bytes, ON_THE_FLY),
        Coding::Gzip => gzip(&bytes, false),
    };
    if compressed.len() >= bytes.len() {
        return Response::from_parts(parts, Body::from(bytes));
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::ACCEPT_RANGES);
    parts.headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding.name()));
    Response::from_parts(parts, Body::from(compressed))
}

/// Text of a known length, long enough to gain, not compressed or cut up already.
/// Photos are JPEG: compressing them again gains nothing.
fn compressible(headers: &HeaderMap, length: Option<u64>) -> bool {
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let image = content_type.starts_with("image/") && !content_type.starts_with("image/svg+xml");
    length.is_some_and(|length| length >= MIN_BYTES)
        && !image
        && !content_type.starts_with("text/event-stream")
        && !headers.contains_key(header::CONTENT_ENCODING)
        && !headers.contains_key(header::CONTENT_RANGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brotli_is_chosen_unless_refused_or_weighted_lower_and_nothing_when_neither_is_allowed() {
        for (accept, chosen) in [
            ("gzip, deflate, br, zstd", Some(Coding::Brotli)),
            ("gzip, deflate", Some(Coding::Gzip)),
            ("br;q=0, gzip", Some(Coding::Gzip)),
            ("BR;q=0.5, gzip;q=0.8", Some(Coding::Gzip)),
            ("gzip;q=0.5, br;q=0.5", Some(Coding::Brotli)),
            ("*", Some(Coding::Brotli)),
            ("*;q=0, gzip", Some(Coding::Gzip)),
            ("identity", None),
            ("", None),
            ("br;q=2, gzip;q=abc", None),
            ("gzip;q=0, br;q=0", None),
        ] {
            assert_eq!(Coding::chosen(accept), chosen, "{accept:?}");
        }
        assert!(Coding::Brotli.accepted_by("gzip, br"));
        assert!(!Coding::Brotli.accepted_by("gzip, br;q=0"));
        assert!(!Coding::Brotli.accepted_by("brotli"), "a name is matched whole");
    }

    #[test]
    fn brotlis_window_is_the_smallest_that_holds_the_data_and_the_bytes_come_back_whole() {
        assert_eq!(window_bits(0), 10);
        assert_eq!(window_bits(1024), 10);
        assert_eq!(window_bits(1025), 11);
        assert_eq!(window_bits(30_000), 15);
        assert_eq!(window_bits(65_536), 16);
        assert_eq!(window_bits(50 * 1024 * 1024), 22, "never more than brotli's usual window");
        // A page of 40 kB whose second half repeats its first: all in the window.
        let half = (0..1_000).fold(String::new(), |mut list, n| {
            let _ = std::fmt::Write::write_fmt(&mut list, format_args!("<li>{n}</li>"));
            list
        });
        let page = format!("{half}{half}");
        for quality in [ON_THE_FLY, 11] {
            let small = brotli(page.as_bytes(), quality);
            let mut usual = Vec::new();
            brotli::CompressorWriter::new(&mut usual, 4096, quality, 22).write_all(page.as_bytes()).unwrap();
            assert!(small.len() <= usual.len() + 4, "{} bytes against {}", small.len(), usual.len());
            let mut back = Vec::new();
            brotli::BrotliDecompress(&mut small.as_slice(), &mut back).unwrap();
            assert_eq!(back, page.as_bytes());
        }
        let mut back = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(gzip(page.as_bytes(), false).as_slice()),
            &mut back,
        )
        .unwrap();
        assert_eq!(back, page.as_bytes());
    }

    #[test]
    fn text_of_a_known_length_is_compressed_and_photos_ranges_and_streams_are_not() {
        let with = |pairs: &[(header::HeaderName, &'static str)]| {
            let mut headers = HeaderMap::new();
            for (name, value) in pairs {
                headers.insert(name, HeaderValue::from_static(value));
            }
            headers
        };
        let json = with(&[(header::CONTENT_TYPE, "application/json")]);
        assert!(compressible(&json, Some(5_000)));
        assert!(!compressible(&json, Some(MIN_BYTES - 1)), "too short to gain");
        assert!(!compressible(&json, None), "a stream is sent as it comes");
        assert!(!compressible(&with(&[(header::CONTENT_TYPE, "image/jpeg")]), Some(5_000)));
        assert!(compressible(&with(&[(header::CONTENT_TYPE, "image/svg+xml")]), Some(5_000)));
        assert!(compressible(&with(&[(header::CONTENT_TYPE, "text/csv; charset=utf-8")]), Some(5_000)));
        assert!(!compressible(&with(&[(header::CONTENT_ENCODING, "br")]), Some(5_000)));
        assert!(!compressible(&with(&[(header::CONTENT_RANGE, "bytes 0-99/5000")]), Some(5_000)));
    }
}
