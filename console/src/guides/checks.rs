//! The checkbox groups a guide's forms share: the languages spoken and the topics
//! helped with, each a fieldset with its legend and its problems.

use leptos::prelude::*;
use model::{activities::SPOKEN_LANGUAGES, guides::Topic};
use ui::i18n::use_i18n;

use super::{spoken_label, topic_label};
use crate::forms::{invalid, note_id, toggle, FieldNote, Problems};

/// `aria-describedby` for every box of a group: the group's problems, while it has some.
fn group_note(problems: Problems, field: &'static str) -> impl Fn() -> Option<String> + Copy {
    move || problems.with(|all| all.iter().any(|p| p.field == field)).then(|| note_id(field))
}

/// A checkbox per spoken language, named `spoken-<code>`.
#[component]
pub fn LanguageChecks(
    languages: RwSignal<Vec<String>>,
    problems: Problems,
    #[prop(default = "console-guide-languages")] legend: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let described = group_note(problems, "languages");
    view! {
        <fieldset class="choices" id="languages">
            <legend>{i18n.tr(legend)}</legend>
            <div class="check-grid">
                {SPOKEN_LANGUAGES.iter().map(|&code| view! {
                    <label class="check">
                        <input type="checkbox" name=spoken_label(code) aria-describedby=described
                            aria-invalid=invalid(problems, "languages".into())
                            prop:checked=move || languages.with(|l| l.iter().any(|c| c == code))
                            on:change=move |_| toggle(languages, code.to_owned()) />
                        {move || i18n.t(&spoken_label(code))}
                    </label>
                }).collect_view()}
            </div>
            <FieldNote problems field="languages" />
        </fieldset>
    }
}

/// A checkbox per topic, named `topic-<code>`.
#[component]
pub fn TopicChecks(
    topics: RwSignal<Vec<Topic>>,
    problems: Problems,
    #[prop(default = "console-guide-topics")] legend: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let described = group_note(problems, "topics");
    view! {
        <fieldset class="choices" id="topics">
            <legend>{i18n.tr(legend)}</legend>
            <div class="check-grid">
                {Topic::ALL.iter().map(|&topic| view! {
                    <label class="check">
                        <input type="checkbox" name=format!("topic-{}", topic.code()) aria-describedby=described
                            aria-invalid=invalid(problems, "topics".into())
                            prop:checked=move || topics.with(|l| l.contains(&topic))
                            on:change=move |_| toggle(topics, topic) />
                        {move || i18n.t(&topic_label(topic))}
                    </label>
                }).collect_view()}
            </div>
            <FieldNote problems field="topics" />
        </fieldset>
    }
}
