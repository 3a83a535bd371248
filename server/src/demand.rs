//! What newcomers ask the guides' list for (a language, and a topic or none), counted in
//! memory and written every few seconds: the list is then kept like every other public
//! read (`read_cache`), and a burst of searches costs no write each. Counting happens
//! around the cache, so an answer served from memory counts as much as one made.
//!
//! The counts are statistics for the coordinators (docs/guides.md), no person and no
//! address. A server that is killed loses at most the last few seconds' counts; one that
//! stops writes them first, and the coordinators' view writes its own server's before it
//! reads.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::{
    extract::{Query, Request, State},
    http::{Method, StatusCode},
    middleware::Next,
    response::Response,
};
use model::{guides::Topic, schedule::Day};

use crate::{guides::moment, routes::guides::GuideParams, state::AppState, store::Store};

/// How often the counts are written.
pub const WRITE_EVERY: Duration = Duration::from_secs(5);

/// One count's key: what was asked, where and on which day.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Asked {
    /// The municipality's slug, as the address names it: it is looked up when written.
    municipality: String,
    day: Day,
    language: String,
    topic: Option<Topic>,
}

/// The counts not written yet.
#[derive(Default)]
pub struct Demand {
    pending: Mutex<HashMap<Asked, i64>>,
}

impl Demand {
    fn count(&self, asked: Asked, times: i64) {
        *self.pending.lock().expect("never poisoned").entry(asked).or_default() += times;
    }

    /// Writes what was counted. What fails to be written is counted again, for the next
    /// try, and the first error is returned.
    pub async fn write(&self, store: &Store) -> sqlx::Result<()> {
        let pending = std::mem::take(&mut *self.pending.lock().expect("never poisoned"));
        let mut first_error = None;
        for (asked, times) in pending {
            let written = match store.municipality(&asked.municipality).await {
                Ok(Some((m, _))) => {
                    store.record_guide_demand(m, asked.day, &asked.language, asked.topic, times).await.map(|()| true)
                }
                // Removed since it was asked of: there is nowhere to count it.
                Ok(None) => Ok(true),
                Err(error) => Err(error),
            };
            if let Err(error) = written {
                self.count(asked, times);
                first_error.get_or_insert(error);
            }
        }
        first_error.map_or(Ok(()), Err)
    }
}

/// Writes the counts every `WRITE_EVERY`.
pub fn spawn_writer(demand: Arc<Demand>, store: Store) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(WRITE_EVERY);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            if let Err(error) = demand.write(&store).await {
                tracing::warn!(%error, "writing the guides' demand failed; kept for the next try");
            }
        }
    });
}

/// The municipality's slug when `path` is its guides' list.
fn guides_list_of(path: &str) -> Option<&str> {
    let slug = path.strip_prefix("/api/municipalities/")?.strip_suffix("/guides")?;
    (!slug.is_empty() && !slug.contains('/')).then_some(slug)
}

/// Counts a search of the guides' list that was answered (made, kept or not modified):
/// one that was refused (an unknown language, say) counts nothing.
pub async fn count_guide_searches(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let asked = (request.method() == Method::GET)
        .then(|| guides_list_of(request.uri().path()))
        .flatten()
        .and_then(|slug| {
            let Query(params) = Query::<GuideParams>::try_from_uri(request.uri()).ok()?;
            Some((slug.to_owned(), params.filter().ok()?))
        });
    let response = next.run(request).await;
    if let Some((municipality, (_, filter))) = asked {
        if matches!(response.status(), StatusCode::OK | StatusCode::NOT_MODIFIED) {
            let language = filter.language.unwrap_or_default();
            app.demand.count(Asked { municipality, day: moment().today, language, topic: filter.topic }, 1);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_municipalitys_guides_list_is_counted() {
        assert_eq!(guides_list_of("/api/municipalities/granviken/guides"), Some("granviken"));
        for other in [
            "/api/municipalities/granviken/guides/7",
            "/api/municipalities//guides",
            "/api/municipalities/a/b/guides",
            "/api/municipalities/granviken/activities",
            "/api/guides",
        ] {
            assert_eq!(guides_list_of(other), None, "{other}");
        }
    }

    #[test]
    fn the_same_ask_adds_up_and_another_day_or_topic_is_apart() {
        let demand = Demand::default();
        let asked = |day: &str, topic| Asked {
            municipality: "granviken".into(),
            day: Day::parse(day).unwrap(),
            language: "ti".into(),
            topic,
        };
        demand.count(asked("2026-11-27", None), 1);
        demand.count(asked("2026-11-27", None), 2);
        demand.count(asked("2026-11-28", None), 1);
        demand.count(asked("2026-11-27", Some(Topic::JobSeeking)), 1);
        let pending = demand.pending.lock().unwrap();
        assert_eq!(pending[&asked("2026-11-27", None)], 3);
        assert_eq!(pending.len(), 3);
    }
}
