//! The JSON API, spoken with the types in `model`.

use gloo_net::http::{Request, Response};
use model::{
    orientation::{Article, FeedbackRequest, Municipality, OrientationIndex, SearchResults},
    ErrorBody, Language,
};
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

async fn read<T: DeserializeOwned>(response: Response) -> Result<Fetched<T>, Failure> {
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

async fn get<T: DeserializeOwned>(url: &str) -> Result<Fetched<T>, Failure> {
    let response = Request::get(url).send().await.map_err(|_| Failure::Offline)?;
    read(response).await
}

fn encode(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}

pub async fn municipalities() -> Result<Fetched<Vec<Municipality>>, Failure> {
    get("/api/municipalities").await
}

pub async fn orientation(municipality: &str, lang: Language) -> Result<Fetched<OrientationIndex>, Failure> {
    get(&format!("/api/municipalities/{municipality}/orientation?lang={lang}")).await
}

pub async fn article(municipality: &str, slug: &str, lang: Language) -> Result<Fetched<Article>, Failure> {
    get(&format!("/api/municipalities/{municipality}/articles/{}?lang={lang}", encode(slug))).await
}

pub async fn search(municipality: &str, lang: Language, query: &str) -> Result<Fetched<SearchResults>, Failure> {
    get(&format!("/api/municipalities/{municipality}/search?lang={lang}&q={}", encode(query))).await
}

pub async fn feedback(municipality: &str, slug: &str, lang: Language, helpful: bool) -> Result<(), Failure> {
    let response = Request::post(&format!("/api/municipalities/{municipality}/articles/{}/feedback", encode(slug)))
        .json(&FeedbackRequest { lang, helpful })
        .map_err(|_| Failure::Offline)?
        .send()
        .await
        .map_err(|_| Failure::Offline)?;
    if response.ok() {
        Ok(())
    } else {
        read::<()>(response).await.map(|_| ())
    }
}
