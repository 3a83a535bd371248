//! The catalogue's size and age filters. Each change goes into the address, as the
//! finder's filters do, and the list follows it.

use leptos::prelude::*;
use ui::i18n::use_i18n;
use ui::location::{navigate, Navigation};

use model::addresses::CatalogueFilter;

/// `sizes` are the labels to offer, already in order.
#[component]
pub fn SportotekFilters(filter: Memo<CatalogueFilter>, sizes: Signal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let go = move |next: CatalogueFilter| {
        navigate(&next.href(), Navigation { replace: true, scroll: false });
    };
    // The chosen size stays offered even when the list at hand lacks it.
    let offered = move || {
        let mut all = sizes.get();
        if let Some(size) = filter.with(|f| f.size.clone()).filter(|s| !all.contains(s)) {
            all.insert(0, size);
        }
        all
    };
    view! {
        <div class="filters sportotek-filters">
            <div class="filter-grid">
                <label for="s-size">{i18n.tr("sportotek-filter-size")}</label>
                <select id="s-size"
                    on:change=move |e| {
                        let value = event_target_value(&e);
                        go(CatalogueFilter { size: (!value.is_empty()).then_some(value), ..filter.get_untracked() });
                    }>
                    <option value="">{i18n.tr("sportotek-filter-size-any")}</option>
                    {move || offered().into_iter().map(|s| {
                        let chosen = filter.with(|f| f.size.as_ref() == Some(&s));
                        view! { <option value=s.clone() selected=chosen>{s.clone()}</option> }
                    }).collect_view()}
                </select>
                <label for="s-age">{i18n.tr("sportotek-filter-age")}</label>
                <select id="s-age" prop:value=move || filter.with(|f| f.age.map(|a| a.to_string()).unwrap_or_default())
                    on:change=move |e| go(CatalogueFilter { age: event_target_value(&e).parse().ok(), ..filter.get_untracked() })>
                    <option value="">{i18n.tr("sportotek-filter-age-any")}</option>
                    {(0..=18_u8).map(|age| view! { <option value=age.to_string()>{age}</option> }).collect_view()}
                </select>
            </div>
            <a class="clear" href="/activities/sportotek">{i18n.tr("filter-clear")}</a>
        </div>
    }
}
