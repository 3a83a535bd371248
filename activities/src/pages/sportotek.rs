//! The Sportotek's catalogue: sports equipment children and young people borrow for
//! free. Categories as pictures, size and age filters in the address, and each thing
//! with whether it is free to pick up soon.

use leptos::prelude::*;
use model::{
    addresses::CatalogueFilter,
    sportotek::{CategoryCount, ItemSummary},
};
use ui::location::use_query_map;
use ui::{
    components::{ErrorNotice, Loading, SavedCopy},
    i18n::use_i18n,
    pace::Later,
    served,
};

use crate::{
    api,
    app::{use_last_catalogue, use_last_list, use_place},
    components::{item_href, CategoryChips, ItemCard, SportotekFilters},
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
    let s = slug.clone();
    let catalogue = LocalResource::new(move || {
        let (slug, lang, filter) = (s.clone(), i18n.language(), filter.get());
        async move { api::sportotek(&slug, lang, &filter, 0).await }
    });
    // The chips and filters stay put while a new list loads, with what was last known.
    let categories = RwSignal::new(Vec::<CategoryCount>::new());
    let sizes = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        catalogue.with(|answer| {
            if let Some(Ok(fetched)) = answer {
                categories.set(fetched.value.categories.clone());
                sizes.set(fetched.value.sizes.clone());
            }
        });
    });
    // Further pages, appended below the first; new filters start over.
    let more = RwSignal::new(Vec::<ItemSummary>::new());
    Effect::new(move |_| {
        let _ = (filter.get(), i18n.language());
        more.set(vec![]);
    });
    let loading = RwSignal::new(false);
    let page_slug = StoredValue::new(slug);
    let load_more = move |offset: u32| {
        loading.set(true);
        let (slug, lang, filter) = (page_slug.get_value(), i18n.language(), filter.get_untracked());
        leptos::task::spawn_local(async move {
            if let Ok(page) = api::sportotek(&slug, lang, &filter, offset).await {
                more.update(|m| m.extend(page.value.items));
            }
            loading.set(false);
        });
    };
    view! {
        <a href=move || last_list.get() rel="external" class="back-link">{i18n.tr("activities-title")}</a>
        <h1>{i18n.tr("sportotek-title")}</h1>
        <p class="intro">{i18n.tr("sportotek-intro")}</p>
        <p><a href="/activities/sportotek/reservations" class="reservations-link">{i18n.tr("sportotek-my-reservations")}</a></p>
        // The filters, the results' boundary and the cards, each a task after the one before
        // (as the finder's): the catalogue's fetch has started either way.
        <Later><SportotekFilters filter sizes=sizes.into() /></Later>
        <Later><Transition fallback=Loading>
            {move || Suspend::new(async move {
                let catalogue = catalogue.await;
                ui::pace::a_task().await;
                match catalogue {
                    Ok(fetched) => {
                        let total = fetched.value.total;
                        let first_len = fetched.value.items.len();
                        let shown = move || u32::try_from(first_len + more.with(Vec::len)).unwrap_or(u32::MAX);
                        let today = fetched.value.today;
                        let place = fetched.value.place.name.clone();
                        // The categories come with the answer: shown in its place, they push
                        // nothing already on the screen down.
                        view! {
                            <CategoryChips categories=categories.into() filter />
                            <SavedCopy saved_at=fetched.saved_at />
                            <div role="status"><h2 class="result-count">{i18n.count("sportotek-count", total as usize)}</h2></div>
                            {(total == 0).then(|| view! { <p class="notice">{i18n.t("sportotek-none")}</p> })}
                            <ul class="card-list item-list">
                                {fetched.value.items.into_iter().map(|item| {
                                    served::card_or(&item_href(item.id), || view! { <ItemCard item today /> })
                                }).collect_view()}
                                {move || more.get().into_iter().map(|item| view! { <ItemCard item today /> }).collect_view()}
                            </ul>
                            <Show when=move || shown() < total>
                                <button type="button" class="secondary more" disabled=move || loading.get()
                                    on:click=move |_| load_more(shown())>
                                    {i18n.tr("sportotek-more")}
                                </button>
                            </Show>
                            {(!place.is_empty()).then(|| view! { <p class="hint">{i18n.with("sportotek-pickup-at", "place", place)}</p> })}
                        }.into_any()
                    }
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition></Later>
    }
}
