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

fn key(municipality: &str, slug: &str, lang: Language) -> String {
    format!("feedback:{municipality}:{slug}:{lang}")
}

/// Whether this phone has answered for the article `slug` in `lang`.
pub fn answered(municipality: &str, slug: &str, lang: Language) -> bool {
    storage::get(&key(municipality, slug, lang)).is_some()
}

/// Sends the answer, kept on the phone once the server has it; false when it could not.
pub async fn answer(municipality: String, slug: String, lang: Language, helpful: bool) -> bool {
    let sent = api::feedback(&municipality, &slug, lang, helpful).await.is_ok();
    if sent {
        storage::set(&key(&municipality, &slug, lang), if helpful { "yes" } else { "no" });
    }
    sent
}

/// The question and its answers, or the thanks once answered.
#[component]
fn FeedbackAnswers(municipality: String, slug: String, lang: Language) -> impl IntoView {
    let i18n = use_i18n();
    let answered = RwSignal::new(answered(&municipality, &slug, lang));
    let failed = RwSignal::new(false);
    let send = Action::new_local(move |helpful: &bool| {
        let (municipality, slug, helpful) = (municipality.clone(), slug.clone(), *helpful);
        async move {
            if answer(municipality, slug, lang, helpful).await {
                answered.set(true);
            } else {
                failed.set(true);
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
