//! On an activity's page: the Sportotek items the activity needs, to borrow for free.

use leptos::prelude::*;
use model::sportotek::EquipmentLink;
use ui::i18n::use_i18n;

use super::CategoryIcon;

#[component]
pub fn EquipmentLinks(items: Vec<EquipmentLink>) -> impl IntoView {
    let i18n = use_i18n();
    (!items.is_empty()).then(|| {
        view! {
            <section class="equipment-links" aria-labelledby="equipment-links-heading">
                <h2 id="equipment-links-heading">{i18n.tr("activity-sportotek-heading")}</h2>
                <p>{i18n.tr("activity-sportotek-intro")}</p>
                <ul class="plain-list">
                    {items.into_iter().map(|item| view! {
                        <li>
                            <a class="equipment-link" rel="external" href=format!("/activities/sportotek/items/{}", item.id)>
                                <CategoryIcon category=Some(item.category) />
                                <span>{item.name}</span>
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
