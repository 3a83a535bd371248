//! The search field: submitting it goes to the search page with the words in the URL.

use leptos::prelude::*;
use ui::{
    i18n::use_i18n,
    location::{navigate, Navigation},
};

#[component]
pub fn SearchForm(#[prop(optional)] initial: String) -> impl IntoView {
    let i18n = use_i18n();
    let query = RwSignal::new(initial);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let q = query.get_untracked();
        if !q.trim().is_empty() {
            navigate(&format!("/search?q={}", js_sys::encode_uri_component(q.trim())), Navigation::default());
        }
    };
    view! {
        <form class="search-form" role="search" on:submit=on_submit>
            <label for="search-input">{i18n.tr("search-label")}</label>
            <div class="search-row">
                <input id="search-input" type="search" name="q" maxlength="100" autocomplete="off"
                    aria-describedby="search-hint" bind:value=query />
                <button type="submit">{i18n.tr("search-button")}</button>
            </div>
            <p id="search-hint" class="hint">{i18n.tr("search-hint")}</p>
        </form>
    }
}
