//! The Sportotek's categories as pictures with their names, one tap each; the chosen one
//! is marked, and "everything" clears it. Each is a link, so the address holds the choice.

use leptos::prelude::*;
use model::sportotek::{CategoryCount, EquipmentCategory};
use ui::i18n::use_i18n;

use super::CategoryIcon;
use model::addresses::CatalogueFilter;

#[component]
pub fn CategoryChips(categories: Signal<Vec<CategoryCount>>, filter: Memo<CatalogueFilter>) -> impl IntoView {
    let i18n = use_i18n();
    let chip = move |category: Option<EquipmentCategory>, count: Option<u32>| {
        let href = move || CatalogueFilter { category, ..filter.get() }.href();
        let current = move || (filter.with(|f| f.category) == category).then_some("page");
        let name = category
            .map_or_else(|| "sportotek-category-all".to_owned(), |c| format!("sportotek-category-{}", c.code()));
        view! {
            <li>
                <a href=href aria-current=current class="category-chip">
                    <CategoryIcon category />
                    <span>{i18n.t(&name)}</span>
                    {count.map(|n| view! { <span class="count">{n}</span> })}
                </a>
            </li>
        }
    };
    view! {
        <nav class="categories" aria-label=i18n.tr("sportotek-categories")>
            <ul>
                {chip(None, None)}
                {move || categories.get().into_iter().map(|c| chip(Some(c.category), Some(c.items))).collect_view()}
            </ul>
        </nav>
    }
}
