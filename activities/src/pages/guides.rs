//! The refugee guides (flyktingguider): volunteers who meet newcomers to practise
//! Swedish, read letters or show the town. Filters in the address; each guide with the
//! languages they speak, what they help with and their next open times.

use leptos::prelude::*;
use model::addresses::GuideQuery;
use ui::location::use_query_map;
use ui::{
    components::{ErrorNotice, Loading, SavedCopy},
    i18n::use_i18n,
    served,
};

use crate::{
    api,
    app::{use_last_guides, use_last_list, use_place},
    components::{GuideCard, GuideFilters},
};

#[component]
pub fn GuidesPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = use_place().municipality.slug;
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|p| GuideQuery::from_query(p.get_str("language"), p.get_str("topic"), p.get_str("meeting")))
    });
    let last_list = use_last_list();
    let last_guides = use_last_guides();
    Effect::new(move |_| last_guides.set(query.with(GuideQuery::href)));
    let guides = LocalResource::new(move || {
        let (slug, lang, query) = (slug.clone(), i18n.language(), query.get());
        async move { api::guides(&slug, lang, &query).await }
    });
    view! {
        <a href=move || last_list.get() rel="external" class="back-link">{i18n.tr("activities-title")}</a>
        <h1>{i18n.tr("guides-title")}</h1>
        <p class="intro">{i18n.tr("guides-intro")}</p>
        <p><a href="/activities/guides/bookings" class="reservations-link">{i18n.tr("guides-my-bookings")}</a></p>
        <GuideFilters query />
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match guides.await {
                    Ok(fetched) => {
                        let total = fetched.value.len();
                        let query = query.get_untracked();
                        view! {
                            <SavedCopy saved_at=fetched.saved_at />
                            <div role="status"><h2 class="result-count">{i18n.count("guides-count", total)}</h2></div>
                            {(total == 0).then(|| view! { <p class="notice guides-none">{i18n.t("guides-none")}</p> })}
                            <ul class="card-list guide-list">
                                {fetched.value.into_iter().map(|guide| {
                                    let href = query.profile_href(guide.id);
                                    let sent = href.clone();
                                    served::card_or(&sent, || view! { <GuideCard guide href /> })
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}
