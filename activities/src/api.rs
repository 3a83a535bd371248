//! The activities API, spoken with the types in `model`.

use std::fmt::Write as _;

use gloo_net::http::Request;
use model::{
    activities::{ActivityDetail, ActivityList},
    associations::AssociationProfile,
    finder::FinderQuery,
    guides::{Booking, BookingCode, BookingRequest, GuideProfile, GuideSummary},
    sportotek::{Catalogue, ItemPage, Photo, Reservation, ReservationRequest},
    voucher::{LoanCode, VoucherCode},
    vouchers::VoucherBalance,
    Language,
};
use serde::de::DeserializeOwned;
use ui::fetch::{encode, get, parse, text_of};
pub use ui::fetch::{Failure, Fetched};

use model::addresses::{CatalogueFilter, GuideQuery};

/// One page of the finder's results; the phone's position goes along only to sort.
pub async fn activities(
    municipality: &str,
    lang: Language,
    query: &FinderQuery,
) -> Result<Fetched<ActivityList>, Failure> {
    let mut url = format!("/api/municipalities/{municipality}/activities?lang={lang}");
    for (key, value) in query.to_params() {
        let _ = write!(url, "&{key}={}", encode(&value));
    }
    if let Some(near) = query.near {
        let _ = write!(url, "&near={}", near.to_param());
    }
    if query.offset > 0 {
        let _ = write!(url, "&offset={}", query.offset);
    }
    get(&url).await
}

pub async fn activity(municipality: &str, id: i64, lang: Language) -> Result<Fetched<ActivityDetail>, Failure> {
    get(&format!("/api/municipalities/{municipality}/activities/{id}?lang={lang}")).await
}

pub async fn association(
    municipality: &str,
    slug: &str,
    lang: Language,
) -> Result<Fetched<AssociationProfile>, Failure> {
    get(&format!("/api/municipalities/{municipality}/associations/{}?lang={lang}", encode(slug))).await
}

pub fn activity_calendar(municipality: &str, id: i64, lang: Language) -> String {
    format!("/api/municipalities/{municipality}/activities/{id}/calendar.ics?lang={lang}")
}

pub fn association_calendar(municipality: &str, slug: &str, lang: Language) -> String {
    format!("/api/municipalities/{municipality}/associations/{}/calendar.ics?lang={lang}", encode(slug))
}

/// A fritidscheck's balance, with the answer's JSON as it came, to keep on the phone.
/// The code goes in the body of a POST, never in a URL, so no access log holds it.
pub async fn voucher_balance(code: &VoucherCode) -> Result<(VoucherBalance, String), Failure> {
    post("/api/vouchers/balance", code_request(code.as_str())).await
}

/// The page from `offset` of the Sportotek's catalogue with the filters of `filter`.
pub async fn sportotek(
    municipality: &str,
    lang: Language,
    filter: &CatalogueFilter,
    offset: u32,
) -> Result<Fetched<Catalogue>, Failure> {
    let mut url = format!("/api/municipalities/{municipality}/sportotek?lang={lang}");
    let query = filter.query_string();
    if !query.is_empty() {
        let _ = write!(url, "&{query}");
    }
    if offset > 0 {
        let _ = write!(url, "&offset={offset}");
    }
    get(&url).await
}

pub async fn sportotek_item(municipality: &str, id: i64, lang: Language) -> Result<Fetched<ItemPage>, Failure> {
    get(&format!("/api/municipalities/{municipality}/sportotek/items/{id}?lang={lang}")).await
}

/// Reserves; the answer's JSON comes along to keep on the phone.
pub async fn reserve(
    municipality: &str,
    lang: Language,
    request: &ReservationRequest,
) -> Result<(Reservation, String), Failure> {
    post(
        &format!("/api/municipalities/{municipality}/sportotek/reservations?lang={lang}"),
        reservation_request(request),
    )
    .await
}

/// A reservation by its code, in the body as a voucher's is.
pub async fn reservation(code: &LoanCode, lang: Language) -> Result<(Reservation, String), Failure> {
    post(&format!("/api/sportotek/reservations/lookup?lang={lang}"), code_request(code.as_str())).await
}

pub async fn cancel_reservation(code: &LoanCode, lang: Language) -> Result<(Reservation, String), Failure> {
    post(&format!("/api/sportotek/reservations/cancellation?lang={lang}"), code_request(code.as_str())).await
}

/// The reservation's calendar file: the code goes in the query, which the server keeps
/// out of its logs, for a link the phone's calendar can open.
pub fn reservation_calendar(code: &LoanCode, lang: Language) -> String {
    format!("/api/sportotek/reservations/calendar.ics?code={}&lang={lang}", code.as_str())
}

/// The guides who speak the language asked for (the reader's unless chosen), with
/// those the server could not filter out by meeting kind left out here.
pub async fn guides(
    municipality: &str,
    lang: Language,
    query: &GuideQuery,
) -> Result<Fetched<Vec<GuideSummary>>, Failure> {
    let mut fetched: Fetched<Vec<GuideSummary>> =
        get(&format!("/api/municipalities/{municipality}/guides?{}", query.api_query(lang))).await?;
    fetched.value.retain(|g| query.keeps(g));
    Ok(fetched)
}

pub async fn guide(municipality: &str, id: i64, lang: Language) -> Result<Fetched<GuideProfile>, Failure> {
    get(&format!("/api/municipalities/{municipality}/guides/{id}?lang={lang}")).await
}

/// Books a guide's time; the answer's JSON comes along to keep on the phone.
pub async fn book(municipality: &str, lang: Language, request: &BookingRequest) -> Result<(Booking, String), Failure> {
    post(&format!("/api/municipalities/{municipality}/guides/bookings?lang={lang}"), booking_request(request)).await
}

/// A booking by its code, in the body as a reservation's is.
pub async fn booking(code: &BookingCode) -> Result<(Booking, String), Failure> {
    post("/api/guides/bookings/lookup", code_request(code.as_str())).await
}

pub async fn cancel_booking(code: &BookingCode) -> Result<(Booking, String), Failure> {
    post("/api/guides/bookings/cancellation", code_request(code.as_str())).await
}

fn photo_url(id: &str, width: u16) -> String {
    format!("/api/sportotek/photos/{id}/{width}")
}

/// A photo's `src` (its smallest width at least `min_width`) and its `srcset`.
pub fn photo_sources(photo: &Photo, min_width: u16) -> (String, String) {
    let src = photo.widths.iter().copied().find(|w| *w >= min_width).or_else(|| photo.widths.last().copied());
    let srcset: Vec<String> = photo.widths.iter().map(|w| format!("{} {w}w", photo_url(&photo.id, *w))).collect();
    (src.map(|w| photo_url(&photo.id, w)).unwrap_or_default(), srcset.join(", "))
}

/// Posts a JSON body; the answer is read and also kept as the text it came as.
async fn post<T: DeserializeOwned>(url: &str, body: String) -> Result<(T, String), Failure> {
    let request =
        Request::post(url).header("content-type", "application/json").body(body).map_err(|_| Failure::offline())?;
    let response = request.send().await.map_err(|_| Failure::offline())?;
    // `text_of` turns a refusal into the server's message id.
    let json = text_of(response).await?.value;
    Ok((parse(&json)?, json))
}

/// A `CodeRequest` written by hand: a parsed code is base32 letters and digits, with
/// nothing to escape, so the finder's download needs no JSON serialiser for it.
fn code_request(code: &str) -> String {
    format!(r#"{{"code":"{code}"}}"#)
}

/// A `ReservationRequest` written by hand, for the same reason as [`code_request`].
fn reservation_request(r: &ReservationRequest) -> String {
    let mut json = format!(r#"{{"size_id":{},"pickup_day":"{}","first_name":"#, r.size_id, r.pickup_day);
    json_string(&mut json, &r.first_name);
    json.push_str(r#","contact":"#);
    json_string(&mut json, &r.contact);
    json.push_str(r#","idempotency_key":"#);
    json_string(&mut json, &r.idempotency_key);
    match r.lang {
        Some(lang) => write!(json, r#","lang":"{lang}"}}"#),
        None => write!(json, r#","lang":null}}"#),
    }
    .expect("writing to a String");
    json
}

/// A guide `BookingRequest` written by hand, for the same reason as [`code_request`].
fn booking_request(r: &BookingRequest) -> String {
    let mut json = format!(r#"{{"slot_id":{},"day":"{}","first_name":"#, r.slot_id, r.day);
    for (name, value) in [
        ("", &r.first_name),
        ("contact", &r.contact),
        ("topic", &r.topic),
        ("note", &r.note),
        ("idempotency_key", &r.idempotency_key),
    ] {
        if !name.is_empty() {
            write!(json, r#","{name}":"#).expect("writing to a String");
        }
        json_string(&mut json, value);
    }
    match r.lang {
        Some(lang) => write!(json, r#","lang":"{lang}"}}"#),
        None => write!(json, r#","lang":null}}"#),
    }
    .expect("writing to a String");
    json
}

/// `text` as a JSON string, escaped as `serde_json` escapes it.
fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => write!(out, "\\u{:04x}", u32::from(c)).expect("writing to a String"),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_request_written_by_hand_is_the_one_serde_writes() {
        let code = (0..=255_u8).find_map(|b| VoucherCode::from_random([b; 9])).unwrap();
        let expected = model::vouchers::CodeRequest { code: code.as_str().to_owned() };
        assert_eq!(code_request(code.as_str()), serde_json::to_string(&expected).unwrap());
        let loan = (0..=255_u8).find_map(|b| LoanCode::from_random([b; 6])).unwrap();
        let expected = model::sportotek::LoanCodeRequest { code: loan.as_str().to_owned() };
        assert_eq!(code_request(loan.as_str()), serde_json::to_string(&expected).unwrap());
    }

    #[test]
    fn the_reservation_written_by_hand_is_the_one_serde_writes_whatever_the_names_hold() {
        let names = [
            "Amira",
            "Öjvind \"Ö\" Åberg",
            "back\\slash",
            "tab\tline\nfeed\r",
            "\u{1}\u{8}\u{c}\u{1f}\u{7f}",
            "علي",
            "Олена 😀",
            "",
        ];
        for (i, name) in names.into_iter().enumerate() {
            let request = ReservationRequest {
                size_id: 42 + i64::try_from(i).unwrap(),
                pickup_day: model::schedule::Day::from_ymd(2026, 12, 1).unwrap(),
                first_name: name.to_owned(),
                contact: format!("070-{name}@example.se"),
                idempotency_key: "r-abc-123".to_owned(),
                lang: (i % 2 == 0).then_some(Language::Prs),
            };
            assert_eq!(reservation_request(&request), serde_json::to_string(&request).unwrap(), "{name:?}");
        }
    }

    #[test]
    fn the_booking_written_by_hand_is_the_one_serde_writes_whatever_the_texts_hold() {
        let texts =
            ["Hamid", "Öjvind \"Ö\" Åberg", "back\\slash", "tab\tline\nfeed\r", "\u{1}\u{1f}\u{7f}", "حامد", ""];
        for (i, text) in texts.into_iter().enumerate() {
            let request = BookingRequest {
                slot_id: 7 + i64::try_from(i).unwrap(),
                day: model::schedule::Day::from_ymd(2026, 12, 3).unwrap(),
                first_name: text.to_owned(),
                contact: format!("070-{text}@example.se"),
                topic: "letters-and-forms".to_owned(),
                note: format!("Ett brev: {text}"),
                idempotency_key: "r-abc-123".to_owned(),
                lang: (i % 2 == 0).then_some(Language::Prs),
            };
            assert_eq!(booking_request(&request), serde_json::to_string(&request).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn a_photo_offers_every_width_and_starts_from_the_smallest_that_is_wide_enough() {
        let photo = Photo { id: "00ff00ff00ff00ff".to_owned(), widths: vec![160, 320, 640] };
        let (src, srcset) = photo_sources(&photo, 200);
        assert_eq!(src, "/api/sportotek/photos/00ff00ff00ff00ff/320");
        assert_eq!(srcset.matches("w,").count(), 2);
        assert!(srcset.ends_with("/640 640w"));
        assert_eq!(photo_sources(&photo, 2000).0, "/api/sportotek/photos/00ff00ff00ff00ff/640");
    }
}
