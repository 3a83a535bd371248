//! One item of the Sportotek's catalogue: its category, texts per language with their
//! translation state, sizes, then (once saved) its photo and copies.

use leptos::prelude::*;
use leptos_router::{
    components::A,
    hooks::{use_navigate, use_params_map, use_query_map},
};
use model::sportotek::{ItemEdit, StaffItem};
use ui::i18n::use_i18n;

use crate::{
    api::{self, Failure},
    components::{loaded, FailureNotice, SportotekOnly},
    forms::{focus_first_problem, ProblemSummary, Problems},
    session::use_session,
    sportotek::{CopyList, ItemDraft, ItemForm, PhotoUpload, SportotekTabs},
};

#[component]
pub fn SportotekItem() -> impl IntoView {
    let params = use_params_map();
    // `new` (or anything that is not a number) writes a new item.
    let id = move || params.read().get("id").map(|id| id.parse::<i64>().ok());
    view! {
        <SportotekOnly>
            <SportotekTabs />
            <A href="/staff/sportotek/items" attr:class="back-link">{use_i18n().tr("console-sportotek-catalogue")}</A>
            {move || id().map(|id| match id {
                Some(id) => view! { <ItemLoader id /> }.into_any(),
                None => view! { <ItemEditor item=None /> }.into_any(),
            })}
        </SportotekOnly>
    }
}

#[component]
fn ItemLoader(id: i64) -> impl IntoView {
    let session = use_session();
    let item = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::sportotek_item(&municipality?, id).await }
    });
    view! {
        {loaded(item, move |item| view! { <ItemEditor item=Some(item) /> }.into_any())}
    }
}

#[component]
fn ItemEditor(item: Option<StaffItem>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    let draft = ItemDraft::new(item.as_ref());
    let problems: Problems = RwSignal::new(Vec::new());
    let saved = RwSignal::new(query.read_untracked().get("saved").is_some());
    let id = item.as_ref().map(|i| i.id);
    let photo = item.as_ref().and_then(|i| i.photo.clone());
    let current = item.map(RwSignal::new);
    let translations = Signal::derive(move || current.map(|c| c.with(|i| i.translations.clone())).unwrap_or_default());
    let save = Action::new_local(move |edit: &ItemEdit| {
        let (edit, municipality, navigate) = (edit.clone(), session.working_on(), navigate.clone());
        async move {
            let result = async {
                let municipality = municipality?;
                if let Some(id) = id {
                    let stored = api::save_sportotek_item(&municipality, id, &edit).await?;
                    draft.reset_sizes(&stored.sizes);
                    if let Some(current) = current {
                        current.set(stored);
                    }
                    saved.set(true);
                } else {
                    let created = api::new_sportotek_item(&municipality, &edit).await?;
                    navigate(&format!("/staff/sportotek/items/{}?saved=1", created.id), Default::default());
                }
                Ok::<_, Failure>(())
            }
            .await;
            if let Err(failure) = &result {
                problems.set(failure.fields.clone());
                focus_first_problem();
            }
            result
        }
    });
    let submit = move || {
        saved.set(false);
        match draft.read() {
            Ok(edit) => {
                problems.set(Vec::new());
                save.dispatch(edit);
            }
            Err(found) => {
                problems.set(found);
                focus_first_problem();
            }
        }
    };
    view! {
        <h1>{i18n.tr(if id.is_some() { "console-sportotek-item-edit" } else { "console-sportotek-item-new" })}</h1>
        <div class="item-editor">
            <form class="stack item-form" id="item-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <ProblemSummary problems />
                <ItemForm draft problems translations />
                <div class="button-row save-row">
                    <button type="submit" id="item-save" disabled=move || save.pending().get()>{i18n.tr("console-save")}</button>
                </div>
                <Show when=move || saved.get()><p class="notice" role="status" id="item-saved">{i18n.tr("console-saved")}</p></Show>
                {move || save.value().get().and_then(Result::err).filter(|f| f.fields.is_empty()).map(|failure| view! { <FailureNotice failure /> })}
            </form>
            {match (id, current) {
                (Some(id), Some(current)) => view! {
                    <div class="item-extras">
                        <PhotoUpload path=api::item_photo_path(&session.working_on().unwrap_or_default(), id) photo
                            shown="console-sportotek-photo-current" />
                        <CopyList item=current />
                    </div>
                }.into_any(),
                _ => view! { <p class="hint">{i18n.tr("console-sportotek-save-first")}</p> }.into_any(),
            }}
        </div>
    }
}
