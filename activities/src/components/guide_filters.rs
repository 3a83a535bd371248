//! The guide list's filters: the language the guide speaks, the topic and how to meet.
//! Each change goes into the address, as the finder's filters do, and the list follows.

use leptos::prelude::*;
use model::{activities::SPOKEN_LANGUAGES, guides::Topic};
use ui::i18n::use_i18n;
use ui::location::{navigate, Navigation};

use super::topic_id;
use model::{addresses::GuideQuery, guides::Meeting};

/// A select's options: `(value, label id)` pairs, the labels following the language.
fn options(choices: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    choices
        .into_iter()
        .map(|(value, label)| view! { <option value=value>{move || i18n.t(&label)}</option> })
        .collect_view()
}

#[component]
pub fn GuideFilters(query: Memo<GuideQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let update = move |change: fn(&mut GuideQuery, &str)| {
        move |event: leptos::ev::Event| {
            let mut next = query.get_untracked();
            change(&mut next, &event_target_value(&event));
            navigate(&next.href(), Navigation { replace: true, scroll: false });
        }
    };
    let spoken = SPOKEN_LANGUAGES.iter().map(|c| ((*c).to_owned(), format!("spoken-{c}"))).collect();
    let topics = Topic::ALL.iter().map(|t| (t.code().to_owned(), topic_id(*t))).collect();
    let meetings =
        Meeting::ALL.iter().map(|m| (m.code().to_owned(), format!("guides-filter-meeting-{}", m.code()))).collect();
    view! {
        <div class="filters guide-filters">
            <div class="filter-grid">
                <label for="g-language">{i18n.tr("guides-filter-language")}</label>
                <select id="g-language" prop:value=move || query.with(|q| q.language_or(i18n.language()))
                    on:change=update(|q, v| q.language = SPOKEN_LANGUAGES.contains(&v).then(|| v.to_owned()))>
                    {options(spoken)}
                </select>
                <label for="g-topic">{i18n.tr("guides-filter-topic")}</label>
                <select id="g-topic" prop:value=move || query.with(|q| q.topic.map(Topic::code).unwrap_or_default())
                    on:change=update(|q, v| q.topic = Topic::from_code(v))>
                    <option value="">{i18n.tr("guides-filter-topic-any")}</option>
                    {options(topics)}
                </select>
                <label for="g-meeting">{i18n.tr("guides-filter-meeting")}</label>
                <select id="g-meeting" prop:value=move || query.with(|q| q.meeting.map(Meeting::code).unwrap_or_default())
                    on:change=update(|q, v| q.meeting = Meeting::from_code(v))>
                    <option value="">{i18n.tr("guides-filter-meeting-any")}</option>
                    {options(meetings)}
                </select>
            </div>
            <a class="clear" href="/activities/guides">{i18n.tr("filter-clear")}</a>
        </div>
    }
}
