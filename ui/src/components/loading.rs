//! Shown while an answer is on its way.

use leptos::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="loading" role="status">{i18n.tr("loading")}</p> }
}
