//! Search: online through the server, offline over the articles this phone has read.

use leptos::prelude::*;
use model::orientation::SearchHit;
use ui::i18n::use_i18n;
use ui::location::use_query_map;

use crate::{
    api::{self, Failure},
    app::use_place,
    components::{ArticleCard, ErrorNotice, Loading, SearchForm},
    offline,
};

/// Hits, and whether they come from the phone's saved articles only.
type Answer = Result<(Vec<SearchHit>, bool), Failure>;

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let municipality = use_place().municipality.slug;
    let results = LocalResource::new(move || {
        let (q, lang, m) = (q.get(), i18n.language(), municipality.clone());
        async move {
            if q.trim().is_empty() {
                return Ok((vec![], false)) as Answer;
            }
            match api::search(&m, lang, &q).await {
                Ok(fetched) => Ok((fetched.value.hits, false)),
                Err(failure) if failure.is_offline() => Ok((offline::search_saved(&m, lang, &q), true)),
                Err(failure) => Err(failure),
            }
        }
    });
    view! {
        <h1>{i18n.tr("search-title")}</h1>
        {move || view! { <SearchForm initial=q.get() /> }}
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                let searched = !q.get_untracked().trim().is_empty();
                match results.await {
                    Ok((hits, saved_only)) => view! {
                        {saved_only.then(|| view! { <p class="notice">{i18n.tr("search-offline-note")}</p> })}
                        {searched.then(|| {
                            let count = hits.len();
                            view! {
                                <p role="status" class="result-count">
                                    {move || if count == 0 { i18n.t("search-no-results") } else { i18n.count("search-results", count) }}
                                </p>
                            }
                        })}
                        <ul class="card-list">
                            {hits.into_iter().map(|hit| view! {
                                <ArticleCard slug=hit.slug title=hit.title summary=hit.summary lang=hit.lang matched_swedish=hit.matched_swedish />
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}
