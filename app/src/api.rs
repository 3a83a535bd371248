//! The JSON API, spoken with the types in `model`.

use gloo_net::http::Request;
use model::{
    orientation::{Article, FeedbackRequest, OrientationIndex, SearchResults},
    Language,
};
use ui::fetch::{encode, get, read};
pub use ui::fetch::{Failure, Fetched};

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
        .map_err(|_| Failure::offline())?
        .send()
        .await
        .map_err(|_| Failure::offline())?;
    if response.ok() {
        Ok(())
    } else {
        read::<()>(response).await.map(|_| ())
    }
}
