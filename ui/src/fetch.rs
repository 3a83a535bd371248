//! Reading the JSON API: answers, failures, and the saved copies the service worker serves
//! when the network is gone.

use gloo_net::http::{Request, Response};
use model::{ErrorBody, FieldError};
use serde::de::DeserializeOwned;

/// Why a request gave no answer, the same in all three bundles: the server's error body
/// with the status it came with, or our own words when no answer could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The answer's HTTP status; 0 when there was none to read (see [`Failure::is_offline`]).
    pub status: u16,
    /// The server's error code (`not_found`, `conflict`…), for code to act on.
    pub code: String,
    /// The message to show, as a Fluent id.
    pub message_id: String,
    /// What was wrong with each field of the request.
    pub fields: Vec<FieldError>,
}

impl Failure {
    /// No network, or an answer that could not be read; no saved copy either.
    pub fn offline() -> Failure {
        Failure { status: 0, code: "offline".into(), message_id: "error-network".into(), fields: vec![] }
    }

    /// The server said no, with its error body.
    pub fn refused(status: u16, body: ErrorBody) -> Failure {
        let ErrorBody { code, message_id, fields, .. } = body;
        Failure { status, code, message_id, fields }
    }

    /// Whether no answer came at all, so a saved copy may stand in.
    pub fn is_offline(&self) -> bool {
        self.status == 0
    }

    /// Whether the server said there is no such thing.
    pub fn is_not_found(&self) -> bool {
        self.code == "not_found"
    }

    pub fn message_id(&self) -> &str {
        &self.message_id
    }
}

/// An answer, and when it was saved if the service worker served a saved copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Fetched<T> {
    pub value: T,
    pub saved_at: Option<i64>,
}

/// Header the service worker puts on answers it serves from its cache.
const SAVED_AT: &str = "x-valkommen-saved-at";

/// An answer's text, and when it was saved if the service worker served a saved copy;
/// a refusal as the server's error body. The same code for every type read: only
/// [`parse`] is per type, which keeps each bundle a few kilobytes smaller than reading
/// with `Response::json::<T>`.
pub async fn text_of(response: Response) -> Result<Fetched<String>, Failure> {
    if response.ok() {
        let saved_at = response.headers().get(SAVED_AT).and_then(|v| v.parse().ok());
        let value = response.text().await.map_err(|_| Failure::offline())?;
        Ok(Fetched { value, saved_at })
    } else {
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        let body = parse::<ErrorBody>(&text).unwrap_or_else(|_| ErrorBody {
            code: "unknown".into(),
            message_id: if status == 504 || status == 503 { "error-network" } else { "error-generic" }.into(),
            fields: vec![],
            request_id: None,
        });
        Err(Failure::refused(status, body))
    }
}

/// JSON read as `T`; an answer that is not counts as none.
pub fn parse<T: DeserializeOwned>(json: &str) -> Result<T, Failure> {
    serde_json::from_str(json).map_err(|_| Failure::offline())
}

pub async fn read<T: DeserializeOwned>(response: Response) -> Result<Fetched<T>, Failure> {
    let Fetched { value, saved_at } = text_of(response).await?;
    Ok(Fetched { value: parse(&value)?, saved_at })
}

/// The text at `url`, as [`text_of`] reads it.
pub async fn get_text(url: &str) -> Result<Fetched<String>, Failure> {
    let response = Request::get(url).send().await.map_err(|_| Failure::offline())?;
    text_of(response).await
}

pub async fn get<T: DeserializeOwned>(url: &str) -> Result<Fetched<T>, Failure> {
    let Fetched { value, saved_at } = get_text(url).await?;
    Ok(Fetched { value: parse(&value)?, saved_at })
}

pub fn encode(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_keeps_the_status_and_everything_the_server_said() {
        let body = ErrorBody {
            code: "not_found".into(),
            message_id: "error-not-found".into(),
            fields: vec![FieldError::new("slug", "error-required")],
            request_id: None,
        };
        let failure = Failure::refused(404, body.clone());
        assert_eq!((failure.status, failure.message_id()), (404, "error-not-found"));
        assert_eq!(failure.fields, body.fields);
        assert!(failure.is_not_found() && !failure.is_offline());
    }

    #[test]
    fn no_answer_is_offline_and_says_so_in_the_network_message() {
        let failure = Failure::offline();
        assert!(failure.is_offline() && !failure.is_not_found());
        assert_eq!((failure.status, failure.message_id()), (0, "error-network"));
        assert!(failure.fields.is_empty());
    }
}
