//! The Sportotek's catalogue: sports equipment children and young people borrow for
//! free. Categories as pictures, size and age filters in the address, and each thing
//! with whether it is free to pick up soon.

use leptos::prelude::*;
use model::{
    addresses::CatalogueFilter,
    sportotek::{sorted_sizes, CategoryCount},
};
use ui::location::use_query_map;
use ui::{
    components::{ErrorNotice, Loading, SavedCopy},
    i18n::use_i18n,
};

use crate::{
    api,
    app::{use_last_catalogue, use_last_list, use_place},
    components::{CategoryChips, ItemCard, SportotekFilters},
};

#[component]
pub fn SportotekPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = use_place().municipality.slug;
    let params = use_query_map();
    let filter = Memo::new(move |_| {
        params.with(|p| CatalogueFilter::from_query(p.get_str("category"), p.get_str("size"), p.get_str("age")))
    });
    let last_list = use_last_list();
    let last_catalogue = use_last_catalogue();
    Effect::new(move |_| last_catalogue.set(filter.with(CatalogueFilter::href)));
    let catalogue = LocalResource::new(move || {
        let (slug, lang, filter) = (slug.clone(), i18n.language(), filter.get());
        async move { api::sportotek(&slug, lang, &filter).await }
    });
    // The chips and filters stay put while a new list loads, with what was last known.
    let categories = RwSignal::new(Vec::<CategoryCount>::new());
    let sizes = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        catalogue.with(|answer| {
            if let Some(Ok(fetched)) = answer {
                categories.set(fetched.value.categories.clone());
                let labels = fetched.value.items.iter().flat_map(|i| i.sizes.iter().map(|s| s.label.as_str()));
                sizes.set(sorted_sizes(labels));
            }
        });
    });
    view! {
        <a href=move || last_list.get() rel="external" class="back-link">{i18n.tr("activities-title")}</a>
        <h1>{i18n.tr("sportotek-title")}</h1>
        <p class="intro">{i18n.tr("sportotek-intro")}</p>
        <p><a href="/activities/sportotek/reservations" class="reservations-link">{i18n.tr("sportotek-my-reservations")}</a></p>
        <SportotekFilters filter sizes=sizes.into() />
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match catalogue.await {
                    Ok(fetched) => {
                        let total = fetched.value.items.len();
                        let today = fetched.value.today;
                        let place = fetched.value.place.name.clone();
                        // The categories come with the answer: shown in its place, they push
                        // nothing already on the screen down.
                        view! {
                            <CategoryChips categories=categories.into() filter />
                            <SavedCopy saved_at=fetched.saved_at />
                            <div role="status"><h2 class="result-count">{i18n.count("sportotek-count", total)}</h2></div>
                            {(total == 0).then(|| view! { <p class="notice">{i18n.t("sportotek-none")}</p> })}
                            <ul class="card-list item-list">
                                {fetched.value.items.into_iter().map(|item| view! { <ItemCard item today /> }).collect_view()}
                            </ul>
                            {(!place.is_empty()).then(|| view! { <p class="hint">{i18n.with("sportotek-pickup-at", "place", place)}</p> })}
                        }.into_any()
                    }
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}
