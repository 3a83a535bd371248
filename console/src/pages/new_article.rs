//! Creating an article: topic, address and Swedish text; it starts unpublished.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use model::editor::NewArticleRequest;
use ui::i18n::use_i18n;

use crate::{api, components::FailureNotice, session::use_session};

#[component]
pub fn NewArticle() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    // The editor's own list: the region's shared content has no public index of its own.
    let topics = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::topics(&municipality?).await }
    });
    let [topic, slug, title, summary] = [(); 4].map(|()| RwSignal::new(String::new()));
    let create = Action::new_local(move |(): &()| {
        let request = NewArticleRequest {
            topic: topic.get_untracked(),
            slug: slug.get_untracked().trim().to_owned(),
            title: title.get_untracked(),
            summary: summary.get_untracked(),
            body_md: String::new(),
        };
        let municipality = session.working_on();
        let navigate = navigate.clone();
        async move {
            api::new_article(&municipality?, &request).await?;
            navigate(&format!("/staff/articles/{}/sv", request.slug), Default::default());
            Ok::<(), api::Failure>(())
        }
    });
    view! {
        <h2>{i18n.tr("console-new-article")}</h2>
        <form class="stack" on:submit=move |ev| { ev.prevent_default(); create.dispatch(()); }>
            <label for="new-topic">{i18n.tr("console-field-topic")}</label>
            <select id="new-topic" required on:change=move |ev| topic.set(event_target_value(&ev))>
                <option value="">"—"</option>
                {move || topics.get().and_then(Result::ok).map(|list| list.into_iter().map(|t| {
                    let lang = i18n.language();
                    let name = t.names.get(&lang).or_else(|| t.names.get(&model::Language::SOURCE)).cloned().unwrap_or_else(|| t.slug.clone());
                    view! { <option value=t.slug>{name}</option> }
                }).collect_view())}
            </select>
            <label for="new-slug">{i18n.tr("console-field-slug")}</label>
            <input id="new-slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxlength="80" dir="ltr" bind:value=slug />
            <label for="new-title">{i18n.tr("console-field-title")}</label>
            <input id="new-title" lang="sv" dir="ltr" required maxlength="200" bind:value=title />
            <label for="new-summary">{i18n.tr("console-field-summary")}</label>
            <textarea id="new-summary" lang="sv" dir="ltr" rows="2" required maxlength="600" bind:value=summary></textarea>
            <button type="submit">{i18n.tr("console-create")}</button>
        </form>
        {move || create.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
    }
}
