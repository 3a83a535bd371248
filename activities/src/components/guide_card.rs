//! One guide in the list: first name, languages, topics and the next open times, the
//! whole card a link to the guide's page.

use leptos::prelude::*;
use model::guides::GuideSummary;
use ui::i18n::use_i18n;

use super::{languages, meeting_id, topics, when};

#[component]
pub fn GuideCard(guide: GuideSummary, href: String) -> impl IntoView {
    let i18n = use_i18n();
    let GuideSummary { first_name, languages: spoken, topics: helps, next_open, .. } = guide;
    // Plain texts: the list is built anew when the language changes, as its answer is.
    let speaks = i18n.with("guides-speaks", "languages", languages(i18n, &spoken));
    let helps = i18n.with("guides-helps-with", "topics", topics(i18n, &helps));
    let times: Vec<String> = next_open
        .iter()
        .map(|t| format!("{} · {}", when(i18n, t.day, t.start, t.minutes), i18n.t(&meeting_id(t.meeting))))
        .collect();
    let none = times.is_empty();
    view! {
        <li class="card guide-card">
            <a href=href>
                <h3>{first_name}</h3>
                <p class="speaks">{speaks}</p>
                <p class="helps">{helps}</p>
                {none.then(|| view! { <p><span class="chip warn">{i18n.t("guides-no-times")}</span></p> })}
                {(!none).then(|| view! { <p class="pickup-heading">{i18n.t("guides-next-times")}</p> })}
                <ul class="pickup-days next-times">{times.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            </a>
        </li>
    }
}
