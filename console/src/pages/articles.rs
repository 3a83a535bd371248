//! Every article with the state of each language, what needs translating, and
//! publishing.

use leptos::prelude::*;
use leptos_router::components::A;
use model::{
    editor::{ArticleStatus, SharedArticle},
    orientation::TranslationState,
    Language,
};
use ui::i18n::use_i18n;

use super::new_article::NewArticle;
use crate::{
    api,
    components::{state_class, state_label, AdminOnly, FailureNotice},
    session::use_session,
};

#[component]
pub fn Articles() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <AdminOnly>
            <ArticleList />
            <Show when=move || session.on_shared_content()
                fallback=|| view! { <SharedArticles /> }>
                <p class="hint">{i18n.tr("console-shared-region-note")}</p>
            </Show>
            <NewArticle />
        </AdminOnly>
    }
}

/// The region's shared articles as this municipality shows them: hide one from its
/// readers, show it again, or make a version of its own (then edited like any article,
/// and shown instead of the region's once published).
#[component]
fn SharedArticles() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let list = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::shared_articles(&municipality?).await }
    });
    let change = Action::new_local(move |(slug, what): &(String, SharedChange)| {
        let (municipality, slug, what) = (session.working_on(), slug.clone(), *what);
        async move {
            let result = async {
                let municipality = municipality?;
                match what {
                    SharedChange::Hide => api::hide_shared(&municipality, &slug, true).await,
                    SharedChange::Show => api::hide_shared(&municipality, &slug, false).await,
                    SharedChange::Copy => api::copy_shared(&municipality, &slug).await,
                }
            }
            .await;
            list.refetch();
            result
        }
    });
    view! {
        <section class="shared-articles" aria-labelledby="shared-title">
            <h2 id="shared-title">{i18n.tr("console-shared-title")}</h2>
            <p class="hint">{i18n.tr("console-shared-intro")}</p>
            {move || change.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(articles) if articles.is_empty() => view! { <p>{i18n.tr("console-shared-none")}</p> }.into_any(),
                        Ok(articles) => view! {
                            <ul class="card-list">
                                {articles.into_iter().map(|a| view! { <SharedRow article=a change /> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[derive(Clone, Copy)]
enum SharedChange {
    Hide,
    Show,
    Copy,
}

#[component]
fn SharedRow(
    article: SharedArticle,
    change: Action<(String, SharedChange), Result<(), api::Failure>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let SharedArticle { slug, title, hidden, copied, replaced, .. } = article;
    let (state, class) = match (replaced, hidden) {
        (true, _) => ("console-shared-replaced", "chip current"),
        (false, true) => ("console-shared-hidden", "chip missing"),
        (false, false) => ("console-shared-shown", "chip current"),
    };
    let toggle =
        if hidden { (SharedChange::Show, "console-shared-show") } else { (SharedChange::Hide, "console-shared-hide") };
    let (for_toggle, for_copy) = (slug.clone(), slug.clone());
    view! {
        <li class="card article-row" data-shared=slug.clone()>
            <div class="row-head">
                <strong>{title}</strong>
                <span class=class>{i18n.tr(state)}</span>
                <button type="button" class="secondary" on:click=move |_| { change.dispatch((for_toggle.clone(), toggle.0)); }>
                    {i18n.tr(toggle.1)}
                </button>
                {if copied {
                    view! { <A href=format!("/staff/articles/{slug}/sv")>{i18n.tr("console-shared-edit-own")}</A> }.into_any()
                } else {
                    view! {
                        <button type="button" class="secondary" on:click=move |_| { change.dispatch((for_copy.clone(), SharedChange::Copy)); }>
                            {i18n.tr("console-shared-copy")}
                        </button>
                    }.into_any()
                }}
            </div>
        </li>
    }
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
