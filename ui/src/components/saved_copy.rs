//! Marks content that the service worker served from the phone's saved copy.

use leptos::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn SavedCopy(saved_at: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    saved_at.map(|at| view! { <p class="saved-copy">{move || i18n.with("saved-copy", "date", i18n.date(at))}</p> })
}
