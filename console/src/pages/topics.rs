//! Topics: their names in every language, and new ones.

use std::collections::BTreeMap;

use leptos::prelude::*;
use model::{editor::TopicNames, Language};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{AdminOnly, FailureNotice},
    session::use_session,
};

#[component]
pub fn Topics() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let topics = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::topics(&municipality?).await }
    });
    let empty = TopicNames { slug: String::new(), names: BTreeMap::new() };
    view! {
        <AdminOnly>
            <h1>{i18n.tr("console-topics-title")}</h1>
            <p class="hint">{i18n.tr("console-topic-hint")}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match topics.await {
                        Ok(list) => list.into_iter().map(|topic| view! { <TopicForm topic create=false refetch=move || topics.refetch() /> }).collect_view().into_any(),
                        Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                    }
                })}
            </Transition>
            <h2>{i18n.tr("console-new-topic")}</h2>
            <TopicForm topic=empty.clone() create=true refetch=move || topics.refetch() />
        </AdminOnly>
    }
}

/// One topic's names; with `create`, also its address, and saving adds it.
#[component]
fn TopicForm(topic: TopicNames, create: bool, refetch: impl Fn() + Copy + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let slug = RwSignal::new(topic.slug.clone());
    let names: Vec<(Language, RwSignal<String>)> = Language::all()
        .map(|lang| (lang, RwSignal::new(topic.names.get(&lang).cloned().unwrap_or_default())))
        .collect();
    let fields = names.clone();
    let saved = RwSignal::new(false);
    let save = Action::new_local(move |(): &()| {
        let request = TopicNames {
            slug: slug.get_untracked(),
            names: fields.iter().map(|(l, n)| (*l, n.get_untracked())).collect(),
        };
        let municipality = session.working_on();
        async move {
            let result = async {
                let municipality = municipality?;
                if create {
                    api::add_topic(&municipality, &request).await
                } else {
                    api::rename_topic(&municipality, &request).await
                }
            }
            .await;
            saved.set(result.is_ok());
            if result.is_ok() && create {
                refetch();
            }
            result
        }
    });
    let id = |lang: Language| format!("topic-{}-{lang}", if create { "new" } else { "edit" });
    view! {
        <form class="card stack topic-form" data-slug=topic.slug.clone() on:submit=move |ev| { ev.prevent_default(); saved.set(false); save.dispatch(()); }>
            {if create {
                view! {
                    <label for="topic-new-slug">{i18n.tr("console-field-slug")}</label>
                    <input id="topic-new-slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxlength="80" dir="ltr" bind:value=slug />
                }.into_any()
            } else {
                view! { <strong>{topic.slug.clone()}</strong> }.into_any()
            }}
            {names.into_iter().map(|(lang, name)| {
                let id = format!("{}-{}", id(lang), topic.slug);
                view! {
                    <label for=id.clone() lang=lang.code()>{lang.native_name()}</label>
                    <input id=id lang=lang.code() dir=lang.direction().as_str() maxlength="80" required=lang == Language::SOURCE bind:value=name />
                }
            }).collect_view()}
            <button type="submit">{i18n.tr("console-save")}</button>
            <Show when=move || saved.get()><p class="notice" role="status">{i18n.tr("console-saved")}</p></Show>
            {move || save.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        </form>
    }
}
