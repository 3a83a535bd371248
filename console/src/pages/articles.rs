//! Every article with the state of each language, what needs translating, and
//! publishing.

use leptos::prelude::*;
use leptos_router::components::A;
use model::{editor::ArticleStatus, orientation::TranslationState, Language};
use ui::i18n::use_i18n;

use super::new_article::NewArticle;
use crate::{
    api,
    components::{state_class, state_label, AdminOnly, FailureNotice},
    session::use_session,
};

#[component]
pub fn Articles() -> impl IntoView {
    view! { <AdminOnly><ArticleList /><NewArticle /></AdminOnly> }
}

#[component]
fn ArticleList() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let list = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::articles(&municipality?).await }
    });
    let toggle = Action::new_local(move |(slug, publish): &(String, bool)| {
        let (municipality, slug, publish) = (session.working_on(), slug.clone(), *publish);
        async move {
            let result = async {
                let municipality = municipality?;
                if publish {
                    api::publish(&municipality, &slug).await
                } else {
                    api::unpublish(&municipality, &slug).await
                }
            }
            .await;
            list.refetch();
            result
        }
    });
    view! {
        <h1>{i18n.tr("console-articles-title")}</h1>
        {move || toggle.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(articles) => view! {
                        <NeedsTranslating articles=articles.clone() />
                        <ul class="card-list">
                            {articles.into_iter().map(|a| view! { <ArticleRow article=a toggle /> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// How many articles each language lacks or has outdated.
#[component]
fn NeedsTranslating(articles: Vec<ArticleStatus>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="needs">
            {Language::all().filter(|l| *l != Language::SOURCE).map(|lang| {
                let count = articles.iter().filter(|a| a.versions.iter().any(|v| v.lang == lang && v.state != TranslationState::Current)).count();
                view! {
                    <li class=if count == 0 { "chip current" } else { "chip outdated" }>
                        <span lang=lang.code()>{lang.native_name()}</span>": "{move || i18n.count("console-needs-count", count)}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn ArticleRow(article: ArticleStatus, toggle: Action<(String, bool), Result<(), api::Failure>>) -> impl IntoView {
    let i18n = use_i18n();
    let ArticleStatus { slug, title, published, versions, .. } = article;
    let slug_for_toggle = slug.clone();
    view! {
        <li class="card article-row" data-slug=slug.clone()>
            <div class="row-head">
                <strong>{title}</strong>
                <span class=if published { "chip current" } else { "chip missing" }>
                    {i18n.tr(if published { "console-published" } else { "console-unpublished" })}
                </span>
                <button type="button" class="secondary" on:click=move |_| { toggle.dispatch((slug_for_toggle.clone(), !published)); }>
                    {i18n.tr(if published { "console-unpublish" } else { "console-publish" })}
                </button>
            </div>
            <ul class="versions">
                {versions.into_iter().map(|v| view! {
                    <li>
                        <A href=format!("/staff/articles/{slug}/{}", v.lang) attr:class=state_class(v.state) attr:data-lang=v.lang.code()>
                            <span lang=v.lang.code()>{v.lang.native_name()}</span>" · "{i18n.tr(state_label(v.state))}
                        </A>
                    </li>
                }).collect_view()}
            </ul>
        </li>
    }
}
