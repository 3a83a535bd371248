//! The Sportotek's catalogue for its staff: items by category, each with its
//! translation state per language and its copies, and what needs translating.

use leptos::prelude::*;
use leptos_router::components::A;
use model::{
    orientation::TranslationState,
    sportotek::{Condition, EquipmentCategory, StaffItem},
    Language,
};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, state_class, state_label, SportotekOnly},
    session::use_session,
    sportotek::{category_label, item_name, SportotekTabs},
};

/// The items in category order, each category with its items by name.
pub fn by_category(mut items: Vec<StaffItem>, lang: Language) -> Vec<(EquipmentCategory, Vec<StaffItem>)> {
    items.sort_by_cached_key(|i| (i.category, model::text::fold(&item_name(i, lang))));
    let mut groups: Vec<(EquipmentCategory, Vec<StaffItem>)> = Vec::new();
    for item in items {
        match groups.last_mut() {
            Some((category, list)) if *category == item.category => list.push(item),
            _ => groups.push((item.category, vec![item])),
        }
    }
    groups
}

#[component]
pub fn SportotekCatalogue() -> impl IntoView {
    view! { <SportotekOnly><CataloguePage /></SportotekOnly> }
}

#[component]
fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let items = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::sportotek_items(&municipality?).await }
    });
    view! {
        <SportotekTabs />
        <div class="row-head">
            <h1>{i18n.tr("console-sportotek-catalogue")}</h1>
            <A href="/staff/sportotek/items/new" attr:class="button" attr:id="item-new">{i18n.tr("console-sportotek-item-new")}</A>
        </div>
        {loaded(items, move |items| if items.is_empty() {
                view! { <p class="notice">{i18n.tr("console-sportotek-no-items")}</p> }.into_any()
            } else {
                view! {
                    <NeedsTranslating items=items.clone() />
                    {move || by_category(items.clone(), i18n.language()).into_iter().map(|(category, items)| view! {
                        <section class="item-category" data-category=category.code()>
                            <h2>{i18n.t(&category_label(category))}</h2>
                            <ul class="card-list item-list">
                                {items.into_iter().map(|item| view! { <ItemRow item /> }).collect_view()}
                            </ul>
                        </section>
                    }).collect_view()}
                }.into_any()
            })}
    }
}

/// How many items each language lacks or has outdated.
#[component]
fn NeedsTranslating(items: Vec<StaffItem>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="needs" id="items-needs">
            {Language::all().filter(|l| *l != Language::SOURCE).map(|lang| {
                let count = items.iter().filter(|i| i.translations.iter().any(|t| t.lang == lang && t.state != TranslationState::Current)).count();
                view! {
                    <li class=if count == 0 { "chip current" } else { "chip outdated" } data-lang=lang.code()>
                        <span lang=lang.code()>{lang.native_name()}</span>": "{move || i18n.count("console-sportotek-needs-count", count)}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn ItemRow(item: StaffItem) -> impl IntoView {
    let i18n = use_i18n();
    let id = item.id;
    let count = |c: Condition| item.sizes.iter().flat_map(|s| &s.copies).filter(|copy| copy.condition == c).count();
    let (fine, damaged) = (count(Condition::Fine), count(Condition::Damaged));
    let sizes: Vec<String> = item.sizes.iter().map(|s| s.label.clone()).collect();
    let name = item_name(&item, Language::SOURCE);
    view! {
        <li class="card item-row" data-item=id>
            <div class="row-head">
                <A href=format!("/staff/sportotek/items/{id}") attr:class="item-edit"><strong lang="sv">{name}</strong></A>
                {item.demo.then(|| view! { <span class="chip">{i18n.tr("console-sportotek-demo")}</span> })}
            </div>
            <p class="card-summary">
                <bdi>{sizes.join(" · ")}</bdi>" — "{move || i18n.count("console-sportotek-copies-count", fine)}
                {(damaged > 0).then(|| view! { " · "<span class="chip condition-damaged">{move || i18n.count("console-sportotek-damaged-count", damaged)}</span> })}
            </p>
            <ul class="versions">
                {item.translations.into_iter().filter(|t| t.lang != Language::SOURCE).map(|t| view! {
                    <li class=state_class(t.state) data-lang=t.lang.code()>
                        <span lang=t.lang.code()>{t.lang.native_name()}</span>" · "{i18n.tr(state_label(t.state))}
                    </li>
                }).collect_view()}
            </ul>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use model::sportotek::ItemText;

    use super::*;

    fn item(id: i64, category: EquipmentCategory, name: &str) -> StaffItem {
        StaffItem {
            id,
            category,
            texts: BTreeMap::from([(Language::Sv, ItemText { name: name.into(), description: String::new() })]),
            translations: vec![],
            photo: None,
            sizes: vec![],
            updated_at: 0,
            demo: false,
        }
    }

    #[test]
    fn items_are_grouped_by_category_in_the_catalogues_order_and_by_name_within() {
        let items = vec![
            item(1, EquipmentCategory::Helmets, "Skidhjälm"),
            item(2, EquipmentCategory::Skates, "Konståkningsskridskor"),
            item(3, EquipmentCategory::Helmets, "Cykelhjälm"),
            item(4, EquipmentCategory::Skates, "hockeyskridskor"),
        ];
        let grouped: Vec<(EquipmentCategory, Vec<i64>)> = by_category(items, Language::Sv)
            .into_iter()
            .map(|(c, list)| (c, list.iter().map(|i| i.id).collect()))
            .collect();
        assert_eq!(grouped, [(EquipmentCategory::Skates, vec![4, 2]), (EquipmentCategory::Helmets, vec![3, 1])]);
    }
}
