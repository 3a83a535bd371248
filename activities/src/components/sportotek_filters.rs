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
                // The options as HTML, parsed in one go (`ui::options`); the value is set after
                // them, and again whenever they are written anew.
                <select id="s-size"
                    inner_html=move || {
                        let (any, offered) = (i18n.t("sportotek-filter-size-any"), offered());
                        let sizes = offered.iter().map(|s| (s.as_str(), s.as_str()));
                        ui::options::options(std::iter::once(("", any.as_str())).chain(sizes))
                    }
                    prop:value=ui::options::value(i18n, move || {
                        sizes.track();
                        filter.with(|f| f.size.clone().unwrap_or_default())
                    })
                    on:change=move |e| {
                        let value = event_target_value(&e);
                        go(CatalogueFilter { size: (!value.is_empty()).then_some(value), ..filter.get_untracked() });
                    }>
                </select>
                <label for="s-age">{i18n.tr("sportotek-filter-age")}</label>
                <select id="s-age"
                    inner_html=move || ui::options::ages(i18n, "sportotek-filter-age-any")
                    prop:value=ui::options::value(i18n, move || filter.with(|f| f.age.map(|a| a.to_string()).unwrap_or_default()))
                    on:change=move |e| go(CatalogueFilter { age: event_target_value(&e).parse().ok(), ..filter.get_untracked() })>
                </select>
            </div>
            <a class="clear" href="/activities/sportotek">{i18n.tr("filter-clear")}</a>
        </div>
    }
}
