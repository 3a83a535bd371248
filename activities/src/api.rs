//! The activities API, spoken with the types in `model`.

use std::fmt::Write as _;

use gloo_net::http::Request;
use model::{
    activities::{ActivityDetail, ActivityList},
    associations::AssociationProfile,
    finder::FinderQuery,
    voucher::VoucherCode,
    vouchers::VoucherBalance,
    Language,
};
use ui::fetch::{encode, get, read};
pub use ui::fetch::{Failure, Fetched};

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
        let _ = write!(url, "&near={:.3},{:.3}", near.lat, near.lon);
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
    let request = Request::post("/api/vouchers/balance")
        .header("content-type", "application/json")
        .body(code_request(code))
        .map_err(|_| Failure::offline())?;
    let response = request.send().await.map_err(|_| Failure::offline())?;
    if !response.ok() {
        // `read` turns a refusal into the server's message id.
        return Err(read::<()>(response).await.err().unwrap_or(Failure::offline()));
    }
    let json = response.text().await.map_err(|_| Failure::offline())?;
    let balance = serde_json::from_str(&json).map_err(|_| Failure::offline())?;
    Ok((balance, json))
}

/// A `CodeRequest` written by hand: a parsed code is base32 letters and digits, with
/// nothing to escape, so the finder's download needs no JSON serialiser for it.
fn code_request(code: &VoucherCode) -> String {
    format!(r#"{{"code":"{}"}}"#, code.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_request_written_by_hand_is_the_one_serde_writes() {
        let code = (0..=255_u8).find_map(|b| VoucherCode::from_random([b; 9])).unwrap();
        let expected = model::vouchers::CodeRequest { code: code.as_str().to_owned() };
        assert_eq!(code_request(&code), serde_json::to_string(&expected).unwrap());
    }
}
