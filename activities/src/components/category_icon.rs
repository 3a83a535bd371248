//! A small picture for each kind of equipment (`EquipmentCategory::icon`).

use leptos::prelude::*;
use model::sportotek::EquipmentCategory;

#[component]
pub fn CategoryIcon(category: Option<EquipmentCategory>) -> impl IntoView {
    view! {
        <svg class="category-icon" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
            <path fill="currentColor" d=category.map_or(EquipmentCategory::EVERYTHING_ICON, EquipmentCategory::icon) />
        </svg>
    }
}
