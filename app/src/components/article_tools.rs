//! An article's toolbar: save it on this phone, put it beside the Swedish text, read it
//! aloud. On an article the server wrote whole, the server writes the same buttons but
//! the one for reading aloud, and `crate::islands` makes them work.

use leptos::prelude::*;
use model::Language;
use ui::{i18n::use_i18n, saved_articles};

use super::ReadAloud;

/// Saves the article, or forgets it when it was saved; whether it is saved now.
pub fn toggle_saved(slug: &str, lang: Language, title: &str) -> bool {
    if saved_articles::is_saved(slug) {
        saved_articles::forget(slug);
    } else {
        saved_articles::save(slug, lang, title);
    }
    saved_articles::is_saved(slug)
}

#[component]
pub fn ArticleTools(
    slug: String,
    /// The language the article is shown in.
    lang: Language,
    title: String,
    /// What reading aloud reads.
    speech: String,
    /// Whether it can be put beside the Swedish text.
    can_compare: bool,
    beside: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let saved = RwSignal::new(saved_articles::is_saved(&slug));
    let toggle_saved = move |_| saved.set(toggle_saved(&slug, lang, &title));
    view! {
        <button type="button" id="save-article" class="secondary save-article"
            aria-pressed=move || saved.get().to_string() on:click=toggle_saved>
            // A toggle keeps its name; its pressed state says whether it is saved.
            {i18n.tr("article-save")}
        </button>
        {can_compare.then(|| view! {
            <button type="button" class="secondary" aria-pressed=move || beside.get().to_string()
                on:click=move |_| beside.update(|b| *b = !*b)>
                {move || i18n.t(if beside.get() { "article-beside-close" } else { "article-beside-swedish" })}
            </button>
        })}
        // Last, so that where the phone has a voice the other buttons stay where they were.
        <ReadAloud lang text=speech />
    }
}
