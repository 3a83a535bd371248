//! Search over the articles this phone has read, without a network (the service worker
//! keeps the articles themselves).

use model::{
    orientation::{Article, SearchHit},
    search::{self, Folded},
    text::strip_tags,
    Language,
};
use serde::{Deserialize, Serialize};

use ui::storage;

#[derive(Serialize, Deserialize)]
struct Saved {
    slug: String,
    lang: Language,
    title: String,
    summary: String,
    text: String,
}

fn prefix(municipality: &str) -> String {
    format!("read:{municipality}:")
}

/// Keeps the searchable text of an article that was read.
pub fn remember(municipality: &str, article: &Article) {
    let saved = Saved {
        slug: article.slug.clone(),
        lang: article.lang,
        title: article.title.clone(),
        summary: article.summary.clone(),
        text: strip_tags(&article.html),
    };
    if let Ok(json) = serde_json::to_string(&saved) {
        storage::set(&format!("{}{}:{}", prefix(municipality), article.slug, article.lang), &json);
    }
}

/// Searches the saved articles as the server would: the reader's language and Swedish.
pub fn search_saved(municipality: &str, lang: Language, query: &str) -> Vec<SearchHit> {
    let saved: Vec<Saved> = storage::values_with_prefix(&prefix(municipality))
        .iter()
        .filter_map(|json| serde_json::from_str::<Saved>(json).ok())
        .filter(|s| s.lang == lang || s.lang == Language::SOURCE)
        .collect();
    let docs: Vec<Folded> = saved.iter().map(|s| Folded::new(&s.title, &s.summary, &s.text)).collect();
    let mut hits: Vec<SearchHit> = Vec::new();
    for index in search::rank(&search::terms(query), &docs) {
        let found = &saved[index];
        if hits.iter().any(|h| h.slug == found.slug) {
            continue;
        }
        // Show the reader's version when the phone has it, even if Swedish matched.
        let shown = saved.iter().find(|s| s.slug == found.slug && s.lang == lang).unwrap_or(found);
        hits.push(SearchHit {
            slug: shown.slug.clone(),
            lang: shown.lang,
            title: shown.title.clone(),
            summary: shown.summary.clone(),
            matched_swedish: found.lang != lang,
        });
    }
    hits
}
