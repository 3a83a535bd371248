//! "Was this helpful?": one anonymous answer per article and language on this phone.

use leptos::prelude::*;
use model::Language;

use crate::api;
use ui::{i18n::use_i18n, storage};

#[component]
pub fn FeedbackBox(municipality: String, slug: String, lang: Language) -> impl IntoView {
    view! {
        <section class="feedback" aria-live="polite">
            <FeedbackAnswers municipality slug lang />
        </section>
    }
}

/// The question and its answers, or the thanks once answered: the box's content, drawn
/// by itself in the box of an article the server wrote whole (`crate::islands`).
#[component]
pub fn FeedbackAnswers(municipality: String, slug: String, lang: Language) -> impl IntoView {
    let i18n = use_i18n();
    let key = format!("feedback:{municipality}:{slug}:{lang}");
    let answered = RwSignal::new(storage::get(&key).is_some());
    let failed = RwSignal::new(false);
    let send = Action::new_local(move |helpful: &bool| {
        let (municipality, slug, key, helpful) = (municipality.clone(), slug.clone(), key.clone(), *helpful);
        async move {
            match api::feedback(&municipality, &slug, lang, helpful).await {
                Ok(()) => {
                    storage::set(&key, if helpful { "yes" } else { "no" });
                    answered.set(true);
                }
                Err(_) => failed.set(true),
            }
        }
    });
    view! {
        <Show
            when=move || !answered.get()
            fallback=move || view! { <p>{i18n.tr("feedback-thanks")}</p> }
        >
            <h2 id="feedback-question">{i18n.tr("feedback-question")}</h2>
            <div class="button-row" role="group" aria-labelledby="feedback-question">
                <button type="button" disabled=move || send.pending().get() on:click=move |_| { send.dispatch(true); }>
                    {i18n.tr("feedback-yes")}
                </button>
                <button type="button" disabled=move || send.pending().get() on:click=move |_| { send.dispatch(false); }>
                    {i18n.tr("feedback-no")}
                </button>
            </div>
            <Show when=move || failed.get()>
                <p class="notice error">{i18n.tr("feedback-failed")}</p>
            </Show>
        </Show>
    }
}
