//! The start page: a greeting, search, and the topics with their articles.

use leptos::prelude::*;
use ui::{components::Places, i18n::use_i18n};

use crate::{
    app::use_place,
    components::{ErrorNotice, Loading, SavedCopy, SearchForm},
};

/// Where the reader lives, when the installation serves more than one municipality: a
/// plain form, so that it works before the app runs too. The address it leads to
/// (`/?municipality=`) is where the shell keeps the choice.
#[component]
fn MunicipalityChoice(current: String) -> impl IntoView {
    let i18n = use_i18n();
    let places = use_context::<Places>().map(|Places(list)| list).unwrap_or_default();
    (places.len() > 1).then(|| {
        view! {
            <form class="municipality-choice" action="/" method="get">
                <label for="municipality-choice">{i18n.tr("home-municipality")}</label>
                <div class="search-row">
                    <select id="municipality-choice" name="municipality">
                        {places.into_iter().map(|m| {
                            let selected = m.slug == current;
                            view! { <option value=m.slug selected=selected>{m.name}</option> }
                        }).collect_view()}
                    </select>
                    <button type="submit">{i18n.tr("home-municipality-choose")}</button>
                </div>
            </form>
        }
    })
}

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let place = use_place();
    let name = place.municipality.name.clone();
    let demo = place.municipality.demo;
    let index = place.index;
    view! {
        <h1>{move || i18n.with("home-title", "municipality", name.clone())}</h1>
        <p class="intro">{i18n.tr("home-intro")}</p>
        {demo.then(|| view! { <p class="demo-badge">{i18n.tr("demo-notice")}</p> })}
        <MunicipalityChoice current=place.municipality.slug.clone() />
        <ul class="topic-list promo">
            <li>
                // The finder is its own download: the browser loads it as a new page.
                <a href="/activities" rel="external">
                    <span class="topic-name">{i18n.tr("home-activities-title")}</span>
                    <span class="topic-count">{i18n.tr("home-activities-body")}</span>
                </a>
            </li>
            <li>
                <a href="/activities/guides" rel="external">
                    <span class="topic-name">{i18n.tr("home-guides-title")}</span>
                    <span class="topic-count">{i18n.tr("home-guides-body")}</span>
                </a>
            </li>
        </ul>
        <SearchForm />
        <h2>{i18n.tr("topics-heading")}</h2>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match index.await {
                    Ok(fetched) => view! {
                        <SavedCopy saved_at=fetched.saved_at />
                        <ul class="topic-list">
                            {fetched.value.topics.into_iter().filter(|t| !t.articles.is_empty()).map(|topic| {
                                let count = topic.articles.len();
                                view! {
                                    <li>
                                        <a href=format!("/topics/{}", topic.slug)>
                                            <span class="topic-name">{topic.name}</span>
                                            <span class="topic-count">{move || i18n.count("article-count", count)}</span>
                                        </a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}
