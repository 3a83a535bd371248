//! One guide's page: what they write about themselves, the languages and topics, where
//! they meet, the open times per day, and the form to book one. Its texts are plain:
//! the page is built anew when the language changes, as its answer is.

use leptos::prelude::*;
use model::{
    guides::{GuideProfile, Topic},
    Language,
};
use ui::location::{use_params_map, use_query_map};
use ui::{
    components::{ErrorNotice, Loading, SavedCopy},
    fetch::Fetched,
    i18n::use_i18n,
};

use super::NotFound;
use crate::{
    api,
    app::{use_last_guides, use_place},
    components::{languages, topics, BookingForm, GuideForm, MeetingPlace, OpenTimes},
    guide_times::places,
};

#[component]
pub fn GuidePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let topic = use_query_map().with_untracked(|q| q.get_str("topic").and_then(Topic::from_code));
    let slug = use_place().municipality.slug;
    let last_guides = use_last_guides();
    let id = Memo::new(move |_| params.read().get("id").and_then(|id| id.parse::<i64>().ok()));
    let guide = LocalResource::new(move || {
        let (slug, lang, id) = (slug.clone(), i18n.language(), id.get());
        async move {
            match id {
                Some(id) => api::guide(&slug, id, lang).await.map(Some),
                None => Ok(None),
            }
        }
    });
    view! {
        <a href=move || last_guides.get() class="back-link">{i18n.tr("guides-title")}</a>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match guide.await {
                    Ok(Some(fetched)) => view! { <ProfileView fetched topic /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(failure) if failure.is_not_found() => view! { <NotFound /> }.into_any(),
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ProfileView(fetched: Fetched<GuideProfile>, topic: Option<Topic>) -> impl IntoView {
    let i18n = use_i18n();
    let GuideProfile { id, first_name, languages: spoken, topics: helps, lang, about, open, demo, .. } = fetched.value;
    let places = places(&open);
    let form = GuideForm::new(open, topic);
    let other_language = lang.is_some_and(|l| l != i18n.language()) && !about.is_empty();
    let about_heading = i18n.with("guides-about-heading", "name", first_name.clone());
    let book_heading = i18n.with("guides-book-heading", "name", first_name.clone());
    view! {
        <article class="guide-profile">
            <h1>{first_name}</h1>
            <SavedCopy saved_at=fetched.saved_at />
            {demo.then(|| view! { <p class="demo-badge">{i18n.t("guides-demo")}</p> })}
            {(!about.is_empty()).then(|| view! {
                <h2>{about_heading}</h2>
                {other_language.then(|| view! { <p class="hint">{i18n.t("guides-about-other-language")}</p> })}
                <p class="description" lang=lang.map(Language::code) dir="auto">{about}</p>
            })}
            <dl class="facts">
                <dt>{i18n.t("guides-languages-heading")}</dt><dd>{languages(i18n, &spoken)}</dd>
                <dt>{i18n.t("guides-topics-heading")}</dt><dd>{topics(i18n, &helps)}</dd>
            </dl>
            {(!places.is_empty()).then(|| view! {
                <section class="place" aria-labelledby="places-heading">
                    <h2 id="places-heading">{i18n.t("guides-places-heading")}</h2>
                    {places.into_iter().map(|(kind, place)| view! { <MeetingPlace kind place /> }).collect_view()}
                </section>
            })}
            <section class="open-times" aria-labelledby="times-heading">
                <h2 id="times-heading">{i18n.t("guides-times-heading")}</h2>
                <OpenTimes form />
            </section>
            <section class="reserve" aria-labelledby="book-heading" hidden=move || form.open().with(Vec::is_empty)>
                <h2 id="book-heading">{book_heading}</h2>
                <BookingForm guide_id=id form />
            </section>
        </article>
    }
}
