//! The activities API, spoken with the types in `model`.

use std::fmt::Write as _;

use model::{
    activities::{ActivityDetail, ActivityList},
    associations::AssociationProfile,
    finder::FinderQuery,
    Language,
};
use ui::fetch::{encode, get};
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
