//! The guide list's filters: the language the guide speaks, the topic and how to meet.
//! Each change goes into the address, as the finder's filters do, and the list follows.

use leptos::prelude::*;
use model::{activities::SPOKEN_LANGUAGES, guides::Topic};
use ui::i18n::use_i18n;
use ui::location::{navigate, Navigation};

use super::topic_id;
use model::{addresses::GuideQuery, guides::Meeting};

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
    let spoken: Vec<_> = SPOKEN_LANGUAGES.iter().map(|c| (*c, format!("spoken-{c}"))).collect();
    let topics: Vec<_> = Topic::ALL.iter().map(|t| (t.code(), topic_id(*t))).collect();
    let meetings: Vec<_> =
        Meeting::ALL.iter().map(|m| (m.code(), format!("guides-filter-meeting-{}", m.code()))).collect();
    // The options are HTML (`ui::options`), written anew in a new language, and each
    // select's value after them.
    let value =
        move |read: fn(&GuideQuery) -> &'static str| ui::options::value(i18n, move || query.with(read).to_owned());
    view! {
        <div class="filters guide-filters">
            <div class="filter-grid">
                <label for="g-language">{i18n.tr("guides-filter-language")}</label>
                <select id="g-language" inner_html=move || ui::options::translated(i18n, None, &spoken)
                    prop:value=move || query.with(|q| q.language_or(i18n.language()))
                    on:change=update(|q, v| q.language = SPOKEN_LANGUAGES.contains(&v).then(|| v.to_owned()))>
                </select>
                <label for="g-topic">{i18n.tr("guides-filter-topic")}</label>
                <select id="g-topic" inner_html=move || ui::options::translated(i18n, Some("guides-filter-topic-any"), &topics)
                    prop:value=value(|q| q.topic.map(Topic::code).unwrap_or_default())
                    on:change=update(|q, v| q.topic = Topic::from_code(v))>
                </select>
                <label for="g-meeting">{i18n.tr("guides-filter-meeting")}</label>
                <select id="g-meeting" inner_html=move || ui::options::translated(i18n, Some("guides-filter-meeting-any"), &meetings)
                    prop:value=value(|q| q.meeting.map(Meeting::code).unwrap_or_default())
                    on:change=update(|q, v| q.meeting = Meeting::from_code(v))>
                </select>
            </div>
            <a class="clear" href="/activities/guides">{i18n.tr("filter-clear")}</a>
        </div>
    }
}
