//! A small picture for each kind of equipment: one path each, drawn in the text's
//! colour, so a family that cannot read the word still finds the skates.

use leptos::prelude::*;
use model::sportotek::EquipmentCategory;

/// The path of `category`'s picture on a 24 × 24 grid; `None` draws "everything".
fn path(category: Option<EquipmentCategory>) -> &'static str {
    use EquipmentCategory as C;
    match category {
        None => "M4 4h7v7H4V4Zm9 0h7v7h-7V4ZM4 13h7v7H4v-7Zm9 0h7v7h-7v-7Z",
        Some(C::Skates) => "M6 2h5v7l6 2.5c1.8.7 3 2 3 3.5v1H6V2ZM3 18h18v2a2 2 0 0 1-2 2H3v-4Z",
        Some(C::Skis) => "M5 1h2l4 22H9L5 1Zm12 0h2l-4 22h-2l4-22Z",
        Some(C::SkiBoots) => "M6 2h8v6l5 3v6H5l1-15ZM4 18h16v3H4v-3Z",
        Some(C::Helmets) => "M3 16a9 9 0 0 1 18 0v2H3v-2Zm9-7a7 7 0 0 0-6.9 6H12V9ZM3 19h10v2H3v-2Z",
        Some(C::Bikes) => "M6 11a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm12-2a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4ZM9 5h4v2h-1.4l3.2 5.5-1.7 1L11 10l-3.2 5.5-1.7-1L9.8 8 9 7V5Z",
        Some(C::Balls) => "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm0 2a8 8 0 0 0-7.9 7h5.5A6 6 0 0 1 12 4Zm0 16a6 6 0 0 1-2.4-7H4.1a8 8 0 0 0 7.9 7Zm2.4-9a6 6 0 0 1 0 2h5.5a8 8 0 0 0 0-2h-5.5Z",
        Some(C::Rackets) => "M15 1a7 7 0 1 1 0 14 7 7 0 0 1 0-14Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10ZM9.4 13.2l1.4 1.4L4.4 21 3 19.6l6.4-6.4Z",
        Some(C::Sticks) => "M14 1h2.5L12 18h7v4H6.5c-1.5 0-2.5-1-2.5-2.5S5 17 6.5 17H9.6L14 1Z",
        Some(C::LifeJackets) => "M8 2h3v6h2V2h3l4 4v16h-6v-7h-4v7H4V6l4-4Z",
        Some(C::Protection) => "M12 1l9 3.5V11c0 5.5-3.8 10-9 12-5.2-2-9-6.5-9-12V4.5L12 1Z",
        Some(C::Outdoor) => "M2 21 9 7l4.5 8 2.5-4 6 10H2Z",
        Some(C::Other) => "M5 10a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z",
    }
}

#[component]
pub fn CategoryIcon(category: Option<EquipmentCategory>) -> impl IntoView {
    view! {
        <svg class="category-icon" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
            <path fill="currentColor" d=path(category) />
        </svg>
    }
}
