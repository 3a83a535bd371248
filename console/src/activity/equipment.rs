//! The Sportotek items an activity needs, ticked from the municipality's catalogue as
//! newcomers see it; the activity's page links to them. Without a catalogue, nothing
//! shows.

use leptos::prelude::*;
use model::sportotek::EQUIPMENT_ITEMS_MAX;
use ui::i18n::use_i18n;

use super::draft::Draft;
use crate::{
    api,
    forms::{toggle, FieldNote, Problems},
    sportotek::category_label,
};

#[component]
pub fn EquipmentPicker(draft: Draft, problems: Problems, municipality: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.language();
    let catalogue = LocalResource::new(move || {
        let municipality = municipality.clone();
        async move {
            let Some(municipality) = municipality else { return Vec::new() };
            api::catalogue_items(&municipality, lang).await.unwrap_or_default()
        }
    });
    move || {
        let mut items: Vec<api::CatalogueItem> = catalogue.get().unwrap_or_default();
        (!items.is_empty()).then(|| {
            items.sort_by_key(|i| i.category);
            let full = move || draft.equipment.with(|e| e.len() >= EQUIPMENT_ITEMS_MAX);
            view! {
                <fieldset class="choices equipment-items" id="equipment-items">
                    <legend>{i18n.tr("console-sportotek-equipment")}</legend>
                    <p class="hint">{move || i18n.with("console-sportotek-equipment-hint", "max", EQUIPMENT_ITEMS_MAX.to_string())}</p>
                    <div class="check-grid">
                        {items.into_iter().map(|item| {
                            let id = item.id;
                            let ticked = move || draft.equipment.with(|e| e.contains(&id));
                            view! {
                                <label class="check">
                                    <input type="checkbox" id=format!("equipment-{id}") name="equipment" value=id
                                        prop:checked=ticked disabled=move || full() && !ticked()
                                        on:change=move |_| toggle(draft.equipment, id) />
                                    <span>
                                        <span lang=item.lang.code()>{item.name}</span>
                                        <small class="hint">{move || i18n.t(&category_label(item.category))}</small>
                                    </span>
                                </label>
                            }
                        }).collect_view()}
                    </div>
                    <FieldNote problems field="equipment_items" />
                </fieldset>
            }
        })
    }
}
