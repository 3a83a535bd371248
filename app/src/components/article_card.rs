//! An article in a list: its title and summary, in the language they are in.

use leptos::prelude::*;
use model::{orientation::TranslationState, Language};

use ui::i18n::use_i18n;

#[component]
pub fn ArticleCard(
    slug: String,
    title: String,
    summary: String,
    lang: Language,
    #[prop(optional)] state: Option<TranslationState>,
    #[prop(optional)] matched_swedish: bool,
    /// The region that shares the article, when it is not the municipality's own.
    #[prop(default = None)]
    shared_by: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let note = match state {
        Some(TranslationState::Missing) => Some("article-state-missing"),
        Some(TranslationState::Outdated) => Some("article-state-outdated"),
        _ if matched_swedish => Some("search-matched-swedish"),
        _ => None,
    };
    view! {
        <li class="card">
            <a href=format!("/articles/{slug}")>
                <span class="card-title" lang=lang.code() dir=lang.direction().as_str()>{title}</span>
                <span class="card-summary" lang=lang.code() dir=lang.direction().as_str()>{summary}</span>
                {note.map(|id| view! { <span class="card-note">{i18n.tr(id)}</span> })}
                {shared_by.map(|region| view! { <span class="card-note shared">{i18n.with("article-shared-by", "region", region)}</span> })}
            </a>
        </li>
    }
}
