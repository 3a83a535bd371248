//! One topic and its articles.

use leptos::prelude::*;
use ui::i18n::use_i18n;
use ui::location::use_params_map;

use super::NotFound;
use crate::{
    app::use_place,
    components::{ArticleCard, ErrorNotice, Loading, SavedCopy},
};

#[component]
pub fn TopicPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let index = use_place().index;
    view! {
        <a href="/" class="back-link">{i18n.tr("topic-all")}</a>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                let slug = params.read().get("topic").unwrap_or_default();
                match index.await {
                    Ok(fetched) => match fetched.value.topics.into_iter().find(|t| t.slug == slug) {
                        Some(topic) => view! {
                            <h1>{topic.name}</h1>
                            <SavedCopy saved_at=fetched.saved_at />
                            <ul class="card-list">
                                {topic.articles.into_iter().map(|a| view! {
                                    <ArticleCard slug=a.slug title=a.title summary=a.summary lang=a.lang state=a.state shared_by=a.shared_by />
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        None => view! { <NotFound /> }.into_any(),
                    },
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}
