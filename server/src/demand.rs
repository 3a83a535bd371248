//! What newcomers ask for, counted in memory and written every few seconds: what they
//! search the guides' list for (a language, and a topic or none), and the articles they
//! open (by language). The answers are then kept like every other public read
//! (`read_cache`), and a burst of reads costs no write each. Both are counted around the
//! cache (`startup::CountDemand`), so an
//! answer served from memory counts as much as one made.
//!
//! The counts are statistics for the coordinators (docs/guides.md) and the region's
//! figures (docs/region.md), no person, no address and no article. A server that is killed loses at most the last few seconds' counts; one that
//! stops writes them first, and the coordinators' view writes its own server's before it
//! reads.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use model::{guides::Topic, schedule::Day, Language};

use crate::store::Store;

/// How often the counts are written.
pub const WRITE_EVERY: Duration = Duration::from_secs(5);

/// One count's key: what was asked, where and on which day.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Asked {
    /// The municipality's slug, as the address names it: it is looked up when written.
    municipality: String,
    day: Day,
    what: What,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum What {
    /// A search of the guides' list, in a language and for a topic or none.
    GuideSearch { language: String, topic: Option<Topic> },
    /// An article opened, in a language.
    ArticleRead(Language),
}

/// The counts not written yet.
#[derive(Default)]
pub struct Demand {
    pending: Mutex<HashMap<Asked, i64>>,
}

impl Demand {
    /// Counts one search of `municipality`'s guides on `day`.
    pub fn count_search(&self, municipality: String, day: Day, language: String, topic: Option<Topic>) {
        self.count(Asked { municipality, day, what: What::GuideSearch { language, topic } }, 1);
    }

    /// Counts one article opened in `municipality` on `day`, in `lang`.
    pub fn count_read(&self, municipality: String, day: Day, lang: Language) {
        self.count(Asked { municipality, day, what: What::ArticleRead(lang) }, 1);
    }

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
                Ok(Some((m, _))) => match &asked.what {
                    What::GuideSearch { language, topic } => {
                        store.record_guide_demand(m, asked.day, language, *topic, times).await
                    }
                    What::ArticleRead(lang) => store.record_article_reads(m, asked.day, *lang, times).await,
                }
                .map(|()| true),
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
                tracing::warn!(%error, "writing the counts of what was asked failed; kept for the next try");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_ask_adds_up_and_another_day_or_topic_is_apart() {
        let demand = Demand::default();
        let asked = |day: &str, topic| Asked {
            municipality: "granviken".into(),
            day: Day::parse(day).unwrap(),
            what: What::GuideSearch { language: "ti".into(), topic },
        };
        demand.count(asked("2026-11-27", None), 1);
        demand.count(asked("2026-11-27", None), 2);
        demand.count(asked("2026-11-28", None), 1);
        demand.count(asked("2026-11-27", Some(Topic::JobSeeking)), 1);
        let day = Day::parse("2026-11-27").unwrap();
        demand.count_read("granviken".into(), day, Language::parse("ar").unwrap());
        demand.count_read("granviken".into(), day, Language::parse("ar").unwrap());
        let pending = demand.pending.lock().unwrap();
        assert_eq!(pending[&asked("2026-11-27", None)], 3);
        let read =
            Asked { municipality: "granviken".into(), day, what: What::ArticleRead(Language::parse("ar").unwrap()) };
        assert_eq!(pending[&read], 2, "a read is apart from a search on the same day");
        assert_eq!(pending.len(), 4);
    }
}
