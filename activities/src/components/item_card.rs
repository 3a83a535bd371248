//! One thing to borrow in the catalogue: its photo, name, sizes and whether it is free
//! to pick up soon.

use leptos::prelude::*;
use model::{schedule::Day, sportotek::ItemSummary};
use ui::i18n::use_i18n;

use super::{joined, CategoryIcon};
use crate::api::photo_sources;

/// Where an item's card links to.
pub fn item_href(id: impl std::fmt::Display) -> String {
    format!("/activities/sportotek/items/{id}")
}

#[component]
pub fn ItemCard(item: ItemSummary, today: Day) -> impl IntoView {
    let i18n = use_i18n();
    let ItemSummary { id, category, lang, name, photo, sizes, next_pickup, .. } = item;
    let labels: Vec<String> = sizes.into_iter().map(|s| s.label).collect();
    // The list shows the smallest width; a sharp screen picks a wider one from `srcset`.
    let no_photo =
        photo.is_none().then(|| view! { <span class="no-photo"><CategoryIcon category=Some(category) /></span> });
    let picture = photo.map(|photo| {
        let (src, srcset) = photo_sources(&photo, 160);
        view! { <img src=src srcset=srcset sizes="7rem" width="160" height="120" loading="lazy" alt="" /> }
    });
    // Plain texts: the list is built anew when the language changes, as its answer is.
    let (free_class, free) = match next_pickup {
        Some(day) if day == today => ("chip good", i18n.t("sportotek-free-today")),
        Some(day) => ("chip good", i18n.with("sportotek-free-from", "day", i18n.day(day))),
        None => ("chip warn", i18n.t("sportotek-not-free")),
    };
    let sizes = (!labels.is_empty()).then(|| i18n.with("sportotek-sizes", "sizes", joined(i18n, &labels)));
    view! {
        <li class="card item-card">
            <a href=item_href(id)>
                {picture}{no_photo}
                <span class="item-text">
                    <h3 lang=lang.code()>{name}</h3>
                    {sizes.map(|text| view! { <p class="sizes">{text}</p> })}
                    <p><span class=free_class>{free}</span></p>
                </span>
            </a>
        </li>
    }
}
