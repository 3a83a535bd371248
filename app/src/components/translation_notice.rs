//! Tells the reader that a translation is outdated or missing, and offers the other
//! language: Swedish for an outdated translation, their own when reading Swedish.

use leptos::prelude::*;
use model::{orientation::TranslationState, Language};

use ui::i18n::use_i18n;

#[component]
pub fn TranslationNotice(state: TranslationState, shown: Language, reading_swedish: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let message = match state {
        TranslationState::Outdated => Some("article-state-outdated"),
        TranslationState::Missing => Some("article-state-missing"),
        TranslationState::Current => None,
    };
    let can_switch_back = reading_swedish.get_untracked() && i18n.language() != Language::SOURCE;
    let offer_swedish = state == TranslationState::Outdated && shown != Language::SOURCE;
    view! {
        {message.map(|id| view! { <p class="notice warning" role="note">{i18n.tr(id)}</p> })}
        {offer_swedish.then(|| view! {
            <button type="button" class="link-button" on:click=move |_| reading_swedish.set(true)>
                {i18n.tr("article-read-swedish")}
            </button>
        })}
        {can_switch_back.then(|| view! {
            <button type="button" class="link-button" on:click=move |_| reading_swedish.set(false)>
                {i18n.tr("article-read-mine")}
            </button>
        })}
    }
}
