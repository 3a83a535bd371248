//! The finder: filters in the URL, the matching activities a page at a time, nearest
//! first when the phone shares where it is.

use leptos::prelude::*;
use model::{
    activities::{ActivitySummary, Position},
    finder::{FinderParams, FinderQuery, Sort},
};
use ui::location::use_query_map;
use ui::{
    components::{ErrorNotice, Loading, SavedCopy},
    i18n::use_i18n,
    pace::Later,
};
use wasm_bindgen::{closure::Closure, JsCast as _, JsValue};

use crate::{
    api,
    app::{use_last_list, use_place},
    components::{activity_card, ActivityCard, FilterForm},
};

/// Asks the phone where it is, once; the answer stays on the phone but for sorting.
fn locate(position: RwSignal<Option<Position>>, denied: RwSignal<bool>) {
    let Ok(geolocation) = window().navigator().geolocation() else {
        denied.set(true);
        return;
    };
    let found = Closure::once_into_js(move |p: web_sys::Position| {
        let c = p.coords();
        position.set(Some(Position { lat: c.latitude(), lon: c.longitude() }));
    });
    let failed = Closure::once_into_js(move |_: JsValue| denied.set(true));
    if geolocation
        .get_current_position_with_error_callback(found.unchecked_ref(), Some(failed.unchecked_ref()))
        .is_err()
    {
        denied.set(true);
    }
}

#[component]
pub fn FinderPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = use_place().municipality.slug;
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|p| {
            let params = FinderParams {
                age: p.get("age"),
                category: p.get("category"),
                weekday: p.get("weekday"),
                time: p.get("time"),
                covered: p.get("covered"),
                trial: p.get("trial"),
                neighbours: p.get("neighbours"),
                speaks: p.get("speaks"),
                sort: p.get("sort"),
                near: None,
                offset: None,
            };
            // A hand-edited link with a bad filter shows everything rather than nothing.
            FinderQuery::parse_filters(&params).unwrap_or_default()
        })
    });
    let last_list = use_last_list();
    Effect::new(move |_| last_list.set(query.get().href()));
    let position = RwSignal::new(None::<Position>);
    let denied = RwSignal::new(false);
    Effect::new(move |_| {
        if query.with(|q| q.sort == Sort::Distance) && position.get_untracked().is_none() && !denied.get_untracked() {
            locate(position, denied);
        }
    });
    let asked = move || {
        let mut q = query.get();
        q.near = if q.sort == Sort::Distance { position.get() } else { None };
        q
    };
    let s = slug.clone();
    let results = LocalResource::new(move || {
        let (q, lang, slug) = (asked(), i18n.language(), s.clone());
        async move { api::activities(&slug, lang, &q).await }
    });
    // Further pages, appended below the first; a new search starts over.
    let more = RwSignal::new(Vec::<ActivitySummary>::new());
    Effect::new(move |_| {
        let _ = (asked(), i18n.language());
        more.set(vec![]);
    });
    let load_more = Action::new_local(move |offset: &u32| {
        let mut q = query.get_untracked();
        q.near = if q.sort == Sort::Distance { position.get_untracked() } else { None };
        q.offset = *offset;
        let (lang, slug) = (i18n.language(), slug.clone());
        async move {
            if let Ok(page) = api::activities(&slug, lang, &q).await {
                more.update(|m| m.extend(page.value.items));
            }
        }
    });
    view! {
        <h1>{i18n.tr("activities-title")}</h1>
        <p class="intro">{i18n.tr("activities-intro")}</p>
        <p><a href="/activities/voucher" rel="external" class="voucher-link">{i18n.tr("voucher-link")}</a></p>
        <p><a href="/activities/sportotek" rel="external" class="sportotek-link">{i18n.tr("sportotek-link")}</a></p>
        <p><a href="/activities/guides" rel="external" class="guides-link">{i18n.tr("guides-link")}</a></p>
        <Later><FilterForm query /></Later>
        <Show when=move || denied.get() && query.with(|q| q.sort == Sort::Distance)>
            <p class="notice" role="status">{i18n.tr("sort-distance-denied")}</p>
        </Show>
        // The results' boundary is drawn a task after the content above it, its cards a task
        // after that (`a_task` below): the fetch has started either way.
        <Later><Transition fallback=Loading>
            {move || Suspend::new(async move {
                let results = results.await;
                // The results are drawn in a task of their own, after the filters.
                ui::pace::a_task().await;
                match results {
                    Ok(fetched) => {
                        let total = fetched.value.total;
                        let first = fetched.value.items;
                        let first_len = first.len();
                        let shown = move || u32::try_from(first_len + more.with(Vec::len)).unwrap_or(u32::MAX);
                        let first_view = first.into_iter().map(activity_card).collect_view();
                        view! {
                            <SavedCopy saved_at=fetched.saved_at />
                            // A live region around the heading: the count is read out when filters change.
                            <div role="status"><h2 class="result-count">{move || i18n.count("activities-count", total as usize)}</h2></div>
                            {(total == 0).then(|| view! { <p class="notice">{i18n.tr("activities-none")}</p> })}
                            <ul class="card-list">
                                {first_view}
                                <For each=move || more.get() key=|a| a.id let:activity>
                                    <ActivityCard activity />
                                </For>
                            </ul>
                            <Show when=move || shown() < total>
                                <button type="button" class="secondary more" disabled=move || load_more.pending().get()
                                    on:click=move |_| { load_more.dispatch(shown()); }>
                                    {i18n.tr("activities-more")}
                                </button>
                            </Show>
                        }.into_any()
                    }
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition></Later>
    }
}
