//! One article: the text in the reader's language with its translation stamp, or
//! Swedish when the translation is missing; beside Swedish on request; read aloud.

use leptos::prelude::*;
use model::{
    orientation::{Article, TranslationState},
    Language,
};
use ui::location::use_params_map;
use ui::{i18n::use_i18n, saved_articles};

use super::NotFound;
use crate::{
    api::{self, Fetched},
    app::use_place,
    components::{ErrorNotice, FeedbackBox, Loading, ReadAloud, SavedCopy, TranslationNotice},
    offline,
};

#[component]
pub fn ArticlePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let municipality = use_place().municipality.slug;
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let reading_swedish = RwSignal::new(false);
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
    let m = municipality.clone();
    let swedish = LocalResource::new(move || {
        let (on, m, slug) = (beside.get(), m.clone(), slug.get());
        async move {
            if on {
                api::article(&m, &slug, Language::SOURCE).await.ok().map(|f| f.value)
            } else {
                None
            }
        }
    });

    view! {
        <Transition fallback=Loading>
            {move || {
                let municipality = municipality.clone();
                Suspend::new(async move {
                    match article.await {
                        Ok(fetched) => view! { <ArticleView fetched municipality reading_swedish beside swedish /> }.into_any(),
                        Err(failure) if failure.is_not_found() => view! { <NotFound /> }.into_any(),
                        Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

#[component]
fn ArticleView(
    fetched: Fetched<Article>,
    municipality: String,
    reading_swedish: RwSignal<bool>,
    beside: RwSignal<bool>,
    swedish: LocalResource<Option<Article>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let a = fetched.value;
    let (lang, dir) = (a.lang.code(), a.lang.direction().as_str());
    let speech = format!("{}. {}. {}", a.title, a.summary, model::text::strip_tags(&a.html));
    let translated = a.lang != Language::SOURCE;
    let stamp = translated.then(|| match a.reviewed_at {
        Some(at) => view! { <span class="stamp checked">{move || i18n.with("article-review-checked", "date", i18n.date(at))}</span> }.into_any(),
        None => view! { <span class="stamp unchecked">{i18n.tr("article-review-unchecked")}</span> }.into_any(),
    });
    let can_compare = translated && a.available.contains(&Language::SOURCE) && a.state != TranslationState::Missing;
    let updated_at = a.updated_at;
    let saved = RwSignal::new(saved_articles::is_saved(&a.slug));
    let (save_slug, save_lang, save_title) = (a.slug.clone(), a.lang, a.title.clone());
    let toggle_saved = move |_| {
        if saved.get_untracked() {
            saved_articles::forget(&save_slug);
        } else {
            saved_articles::save(&save_slug, save_lang, &save_title);
        }
        saved.set(saved_articles::is_saved(&save_slug));
    };
    view! {
        <a href=format!("/topics/{}", a.topic) class="back-link">{a.topic_name}</a>
        <SavedCopy saved_at=fetched.saved_at />
        <TranslationNotice state=a.state shown=a.lang reading_swedish />
        <article class=move || if beside.get() { "article beside" } else { "article" }>
            <div class="article-column" lang=lang dir=dir>
                <h1>{a.title}</h1>
                <p class="meta">
                    {stamp}
                    <span>{move || i18n.with("article-updated", "date", i18n.date(updated_at))}</span>
                </p>
                {a.shared_by.map(|region| view! { <p class="shared-note">{i18n.with("article-shared-by", "region", region)}</p> })}
                <p class="summary">{a.summary}</p>
                <div class="toolbar">
                    <ReadAloud lang=a.lang text=speech />
                    <button type="button" id="save-article" class="secondary save-article"
                        aria-pressed=move || saved.get().to_string() on:click=toggle_saved>
                        // A toggle keeps its name; its pressed state says whether it is saved.
                        {i18n.tr("article-save")}
                    </button>
                    {can_compare.then(|| view! {
                        <button type="button" class="secondary" aria-pressed=move || beside.get().to_string()
                            on:click=move |_| beside.update(|b| *b = !*b)>
                            {move || i18n.t(if beside.get() { "article-beside-close" } else { "article-beside-swedish" })}
                        </button>
                    })}
                </div>
                <div class="article-body" inner_html=a.html></div>
            </div>
            <Show when=move || beside.get()>
                <Transition fallback=Loading>
                    {move || Suspend::new(async move {
                        swedish.await.map(|sv| view! {
                            <div class="article-column swedish" lang="sv" dir="ltr">
                                <h2 class="column-title">{sv.title}</h2>
                                <p class="summary">{sv.summary}</p>
                                <div class="article-body" inner_html=sv.html></div>
                            </div>
                        })
                    })}
                </Transition>
            </Show>
        </article>
        <FeedbackBox municipality slug=a.slug lang=a.lang />
    }
}
