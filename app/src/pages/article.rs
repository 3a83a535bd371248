//! One article: the text in the reader's language with its translation stamp, or
//! Swedish when the translation is missing; beside Swedish on request; read aloud.

use leptos::prelude::*;
use model::{
    orientation::{Article, READ_SWEDISH},
    Language,
};
use ui::{i18n::use_i18n, location::use_params_map};

use super::NotFound;
use crate::{
    api::{self, Fetched},
    app::use_place,
    components::{ArticleTools, ErrorNotice, FeedbackBox, Loading, SavedCopy, SwedishColumn, TranslationNotice},
    offline,
};

#[component]
pub fn ArticlePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let municipality = use_place().municipality.slug;
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    // The server's page of an outdated translation offers the Swedish text by a button
    // that makes the app take over.
    let reading_swedish = RwSignal::new(ui::waiting::asked_for(READ_SWEDISH));
    let beside = RwSignal::new(false);

    let m = municipality.clone();
    let article = LocalResource::new(move || {
        let lang = if reading_swedish.get() { Language::SOURCE } else { i18n.language() };
        let (m, slug) = (m.clone(), slug.get());
        async move {
            let fetched = api::article(&m, &slug, lang).await;
            if let Ok(fetched) = &fetched {
                offline::remember(&m, &fetched.value);
            }
            fetched
        }
    });

    view! {
        <Transition fallback=Loading>
            {move || {
                let municipality = municipality.clone();
                Suspend::new(async move {
                    match article.await {
                        Ok(fetched) => view! { <ArticleView fetched municipality reading_swedish beside /> }.into_any(),
                        Err(failure) if failure.is_not_found() => view! { <NotFound /> }.into_any(),
                        Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

/// What reading an article aloud reads: its title, summary and text.
pub fn speech(title: &str, summary: &str, text: &str) -> String {
    format!("{title}. {summary}. {text}")
}

#[component]
fn ArticleView(
    fetched: Fetched<Article>,
    municipality: String,
    reading_swedish: RwSignal<bool>,
    beside: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let a = fetched.value;
    let (lang, dir) = (a.lang.code(), a.lang.direction().as_str());
    let speech = speech(&a.title, &a.summary, &model::text::strip_tags(&a.html));
    let translated = a.lang != Language::SOURCE;
    let stamp = translated.then(|| match a.reviewed_at {
        Some(at) => view! { <span class="stamp checked">{move || i18n.with("article-review-checked", "date", i18n.date(at))}</span> }.into_any(),
        None => view! { <span class="stamp unchecked">{i18n.tr("article-review-unchecked")}</span> }.into_any(),
    });
    let can_compare = a.can_compare();
    let updated_at = a.updated_at;
    view! {
        <a href=format!("/topics/{}", a.topic) class="back-link">{a.topic_name}</a>
        <SavedCopy saved_at=fetched.saved_at />
        <TranslationNotice state=a.state shown=a.lang reading_swedish />
        <article class=move || if beside.get() { "article beside" } else { "article" }>
            <div class="article-column" lang=lang dir=dir>
                <h1>{a.title.clone()}</h1>
                <p class="meta">
                    {stamp}
                    <span>{move || i18n.with("article-updated", "date", i18n.date(updated_at))}</span>
                </p>
                {a.shared_by.map(|region| view! { <p class="shared-note">{i18n.with("article-shared-by", "region", region)}</p> })}
                <p class="summary">{a.summary}</p>
                <div class="toolbar">
                    <ArticleTools slug=a.slug.clone() lang=a.lang title=a.title speech can_compare beside />
                </div>
                <div class="article-body" inner_html=a.html></div>
            </div>
            <SwedishColumn municipality=municipality.clone() slug=a.slug.clone() beside />
        </article>
        <FeedbackBox municipality slug=a.slug lang=a.lang />
    }
}
