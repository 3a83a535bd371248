//! Reading the JSON API: answers, failures, and the saved copies the service worker serves
//! when the network is gone.

use gloo_net::http::{Request, Response};
use model::ErrorBody;
use serde::de::DeserializeOwned;

/// Why a request gave no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No network, and no saved copy either.
    Offline,
    /// The server said no, with a message id to show.
    Refused(ErrorBody),
}

impl Failure {
    pub fn message_id(&self) -> &str {
        match self {
            Failure::Offline => "error-network",
            Failure::Refused(body) => &body.message_id,
        }
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

pub async fn read<T: DeserializeOwned>(response: Response) -> Result<Fetched<T>, Failure> {
    if response.ok() {
        let saved_at = response.headers().get(SAVED_AT).and_then(|v| v.parse().ok());
        let value = response.json::<T>().await.map_err(|_| Failure::Offline)?;
        Ok(Fetched { value, saved_at })
    } else {
        let body = response.json::<ErrorBody>().await.unwrap_or_else(|_| ErrorBody {
            code: "unknown".into(),
            message_id: if response.status() == 504 || response.status() == 503 {
                "error-network"
            } else {
                "error-generic"
            }
            .into(),
            fields: vec![],
        });
        Err(Failure::Refused(body))
    }
}

pub async fn get<T: DeserializeOwned>(url: &str) -> Result<Fetched<T>, Failure> {
    let response = Request::get(url).send().await.map_err(|_| Failure::Offline)?;
    read(response).await
}

pub fn encode(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}
