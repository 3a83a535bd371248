//! Editing one language version of an article in Markdown, with a preview as readers
//! will see it and, for a translation, the Swedish original beside it.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};
use model::{
    editor::{PreviewRequest, SaveVersionRequest, VersionSource},
    Language,
};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{state_class, state_label, AdminOnly, FailureNotice},
    session::use_session,
};

#[component]
pub fn Editor() -> impl IntoView {
    view! { <AdminOnly><EditorForm /></AdminOnly> }
}

#[component]
fn EditorForm() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let lang = move || params.read().get("lang").and_then(|l| Language::parse(&l).ok()).unwrap_or(Language::SOURCE);
    // Kept above the form, which is drawn anew from the saved version after a save.
    let saved = RwSignal::new(false);
    let versions = LocalResource::new(move || {
        let (municipality, slug) = (session.working_on(), slug());
        async move { api::versions(&municipality?, &slug).await }
    });
    view! {
        <A href="/staff/articles" attr:class="back-link">{i18n.tr("console-back-to-articles")}</A>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match versions.await {
                    Ok(all) => {
                        let lang = lang();
                        let mine = all.iter().find(|v| v.lang == lang).cloned();
                        let swedish = all.into_iter().find(|v| v.lang == Language::SOURCE);
                        mine.map(|mine| view! { <VersionForm slug=slug() mine swedish saved refetch=move || versions.refetch() /> }).into_any()
                    }
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn VersionForm(
    slug: String,
    mine: VersionSource,
    swedish: Option<VersionSource>,
    saved: RwSignal<bool>,
    refetch: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let lang = mine.lang;
    let title = RwSignal::new(mine.title);
    let summary = RwSignal::new(mine.summary);
    let body = RwSignal::new(mine.body_md);
    let reviewed = RwSignal::new(mine.reviewed_at.is_some());
    let save = Action::new_local(move |(): &()| {
        let request = SaveVersionRequest {
            title: title.get_untracked(),
            summary: summary.get_untracked(),
            body_md: body.get_untracked(),
            reviewed: reviewed.get_untracked(),
        };
        let (municipality, slug) = (session.working_on(), slug.clone());
        async move {
            let result = async { api::save_version(&municipality?, &slug, lang, &request).await }.await;
            saved.set(result.is_ok());
            if result.is_ok() {
                refetch();
            }
            result
        }
    });
    let preview = Action::new_local(move |(): &()| {
        let request = PreviewRequest { body_md: body.get_untracked() };
        async move { api::preview_markdown(&request).await }
    });
    let (code, dir) = (lang.code(), lang.direction().as_str());
    let swedish = swedish.filter(|_| lang != Language::SOURCE);
    let layout = if swedish.is_some() { "editor beside" } else { "editor" };
    view! {
        <h1><span lang=code>{lang.native_name()}</span>" · "<span class=state_class(mine.state)>{i18n.tr(state_label(mine.state))}</span></h1>
        <div class=layout>
            <form class="stack" on:submit=move |ev| { ev.prevent_default(); saved.set(false); save.dispatch(()); }>
                <label for="title">{i18n.tr("console-field-title")}</label>
                <input id="title" lang=code dir=dir bind:value=title maxlength="200" required />
                <label for="summary">{i18n.tr("console-field-summary")}</label>
                <textarea id="summary" lang=code dir=dir rows="3" bind:value=summary maxlength="600"></textarea>
                <label for="body">{i18n.tr("console-field-body")}</label>
                <textarea id="body" lang=code dir=dir rows="16" bind:value=body aria-describedby="body-hint"></textarea>
                <p id="body-hint" class="hint">{i18n.tr("console-body-hint")}</p>
                {(lang != Language::SOURCE).then(|| view! {
                    <label class="check"><input type="checkbox" bind:checked=reviewed />{i18n.tr("console-field-reviewed")}</label>
                })}
                <div class="button-row">
                    <button type="submit" disabled=move || save.pending().get()>{i18n.tr("console-save")}</button>
                    <button type="button" class="secondary" on:click=move |_| { preview.dispatch(()); }>{i18n.tr("console-preview")}</button>
                </div>
                <Show when=move || saved.get()><p class="notice" role="status">{i18n.tr("console-saved")}</p></Show>
                {move || save.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
            </form>
            {swedish.map(|sv| view! {
                <section class="original" lang="sv" dir="ltr">
                    <h2>{i18n.tr("console-swedish-original")}</h2>
                    <h3>{sv.title}</h3>
                    <p><strong>{sv.summary}</strong></p>
                    <pre class="markdown">{sv.body_md}</pre>
                </section>
            })}
        </div>
        {move || preview.value().get().and_then(Result::ok).map(|p| view! {
            <section class="preview article-body" lang=code dir=dir>
                <h2>{i18n.tr("console-preview")}</h2>
                <div inner_html=p.html></div>
            </section>
        })}
    }
}
