//! A volunteer asks to become a refugee guide. No account is needed: a coordinator
//! approves the application and the volunteer gets a one-time link then.

use leptos::prelude::*;
use leptos_router::components::A;
use model::{activities::SPOKEN_LANGUAGES, guides::GuideApplication};
use ui::i18n::use_i18n;

use super::apply::MunicipalityChoice;
use crate::{
    api,
    components::FailureNotice,
    forms::{focus_first_problem, ProblemSummary, TextField},
    guides::{LanguageChecks, TopicChecks},
    session::use_session,
};

#[component]
pub fn GuideApply() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let municipalities = LocalResource::new(|| async { api::municipalities().await.unwrap_or_default() });
    let chosen = RwSignal::new(None::<String>);
    let municipality = move || {
        chosen
            .get()
            .or_else(|| session.municipality.get())
            .or_else(|| municipalities.get().and_then(|list| list.first().map(|m| m.slug.clone())))
    };
    let [first_name, email, motivation] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let languages = RwSignal::new(Vec::<String>::new());
    let topics = RwSignal::new(Vec::new());
    let problems = RwSignal::new(Vec::new());
    let thanks = RwSignal::new(None::<String>);
    let submission = Action::new_local(move |(slug, application): &(String, GuideApplication)| {
        let (slug, application) = (slug.clone(), application.clone());
        async move {
            let result = api::apply_as_guide(&slug, &application).await;
            match &result {
                Ok(()) => thanks.set(Some(application.email.clone())),
                Err(failure) if !failure.fields.is_empty() => {
                    problems.set(failure.fields.clone());
                    focus_first_problem();
                }
                Err(_) => {}
            }
            result
        }
    });
    let submit = move || {
        let chosen_languages = languages.get_untracked();
        let mut topics = topics.get_untracked();
        topics.sort();
        let application = GuideApplication {
            first_name: first_name.get_untracked().trim().to_owned(),
            email: email.get_untracked().trim().to_owned(),
            languages: SPOKEN_LANGUAGES
                .iter()
                .filter(|c| chosen_languages.iter().any(|l| l == *c))
                .map(|c| (*c).to_owned())
                .collect(),
            topics,
            motivation: motivation.get_untracked().trim().to_owned(),
            lang: Some(i18n.language()),
        };
        problems.set(application.problems());
        if !problems.with_untracked(Vec::is_empty) {
            focus_first_problem();
        } else if let Some(slug) = municipality() {
            submission.dispatch((slug, application));
        }
    };
    view! {
        <A href="/staff" attr:class="back-link">{i18n.tr("console-sign-in-title")}</A>
        <h1>{i18n.tr("console-guide-apply-title")}</h1>
        {move || match thanks.get() {
            Some(email) => view! {
                <p class="notice" role="status" id="guide-apply-thanks">{move || i18n.with("console-guide-apply-thanks", "email", email.clone())}</p>
            }.into_any(),
            None => view! {
                <p class="intro">{i18n.tr("console-guide-apply-intro")}</p>
                <form class="stack" id="guide-apply" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
                    <ProblemSummary problems />
                    <MunicipalityChoice municipalities chosen current=municipality />
                    <TextField id="first-name" label="console-guide-first-name" value=first_name problems field="first_name"
                        autocomplete="given-name" required=true />
                    <TextField id="email" label="console-email" value=email problems field="email"
                        kind="email" autocomplete="email" hint="console-guide-apply-email-hint" required=true />
                    <LanguageChecks languages problems />
                    <TopicChecks topics problems />
                    <TextField id="motivation" label="console-guide-motivation" value=motivation problems field="motivation"
                        rows=5 hint="console-guide-motivation-hint" required=true />
                    <button type="submit" id="guide-apply-send" disabled=move || submission.pending().get()>{i18n.tr("console-apply-send")}</button>
                    {move || submission.value().get().and_then(Result::err).filter(|f| f.fields.is_empty())
                        .map(|failure| view! { <FailureNotice failure /> })}
                </form>
            }.into_any(),
        }}
    }
}
