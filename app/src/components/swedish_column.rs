//! The Swedish text of an article, beside the reader's own, fetched when asked for.

use leptos::prelude::*;
use model::Language;

use super::Loading;
use crate::api;

#[component]
pub fn SwedishColumn(municipality: String, slug: String, beside: RwSignal<bool>) -> impl IntoView {
    let swedish = LocalResource::new(move || {
        let (on, m, slug) = (beside.get(), municipality.clone(), slug.clone());
        async move {
            if on {
                api::article(&m, &slug, Language::SOURCE).await.ok().map(|f| f.value)
            } else {
                None
            }
        }
    });
    view! {
        <Show when=move || beside.get()>
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    swedish.await.map(|sv| view! {
                        <div class="article-column swedish" lang="sv" dir="ltr">
                            <h2 class="column-title">{sv.title}</h2>
                            <p class="summary">{sv.summary}</p>
                            <div class="article-body" inner_html=sv.html></div>
                        </div>
                    })
                })}
            </Transition>
        </Show>
    }
}
