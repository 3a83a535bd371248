//! One activity's editor, the form beside a live preview: an association's activity,
//! or one the municipality runs itself. Also where new activities are written.

use leptos::prelude::*;
use leptos_router::{
    components::A,
    hooks::{use_navigate, use_params_map, use_query_map},
};
use model::activities::{ActivityEdit, Category};
use ui::i18n::use_i18n;

use crate::{
    activity::{ActivityForm, ActivityPreview, Draft, EquipmentPicker, StatusButtons},
    api::{self, Failure},
    components::{AdminOnly, FailureNotice, SignedIn},
    forms::{focus_first_problem, ProblemSummary},
    session::use_session,
};

/// Where the editor saves to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Existing(i64),
    NewForAssociation(i64),
    NewOwn,
}

/// What the editor starts from.
#[derive(Clone)]
struct Start {
    edit: Option<ActivityEdit>,
    /// The organising association's id and name; `None` for the municipality's own.
    association: Option<(i64, String)>,
    /// The association's municipality; the session's for the municipality's own.
    municipality: Option<String>,
    category: Category,
}

/// This year's fritidscheck in the municipality, which the finder measures fees against.
async fn voucher_amount(municipality: Option<String>) -> Option<i64> {
    api::activities(&municipality?).await.ok().map(|l| l.voucher_amount_ore)
}

async fn start(target: Target) -> Result<Start, Failure> {
    match target {
        Target::Existing(id) => {
            let activity = api::activity(id).await?;
            let (association, municipality) = match activity.association_id {
                Some(a) => {
                    let found = api::association(a).await?;
                    (Some((a, found.name)), Some(found.municipality))
                }
                None => (None, None),
            };
            Ok(Start { category: activity.edit.category, edit: Some(activity.edit), association, municipality })
        }
        Target::NewForAssociation(a) => {
            let found = api::association(a).await?;
            let category = found.edit.categories.first().copied().unwrap_or(Category::Other);
            Ok(Start {
                edit: None,
                association: Some((a, found.name)),
                municipality: Some(found.municipality),
                category,
            })
        }
        Target::NewOwn => Ok(Start { edit: None, association: None, municipality: None, category: Category::Camp }),
    }
}

fn id_param(name: &'static str) -> impl Fn() -> Option<i64> + Copy {
    let params = use_params_map();
    move || params.read().get(name).and_then(|id| id.parse().ok())
}

#[component]
pub fn EditActivity() -> impl IntoView {
    let id = id_param("id");
    view! { <SignedIn>{move || id().map(|id| view! { <Loader target=Target::Existing(id) /> })}</SignedIn> }
}

#[component]
pub fn NewAssociationActivity() -> impl IntoView {
    let id = id_param("id");
    view! { <SignedIn>{move || id().map(|id| view! { <Loader target=Target::NewForAssociation(id) /> })}</SignedIn> }
}

#[component]
pub fn NewOwnActivity() -> impl IntoView {
    view! { <AdminOnly><Loader target=Target::NewOwn /></AdminOnly> }
}

#[component]
fn Loader(target: Target) -> impl IntoView {
    let loaded = LocalResource::new(move || start(target));
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match loaded.await {
                    Ok(start) => view! { <ActivityEditor target start /> }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ActivityEditor(target: Target, start: Start) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    let draft = Draft::new(start.edit.as_ref(), start.category);
    let problems = RwSignal::new(Vec::new());
    // A new activity opens in its own editor once created, with `?saved`.
    let saved = RwSignal::new(query.read_untracked().get("saved").is_some());
    let save = Action::new_local(move |edit: &ActivityEdit| {
        let edit = edit.clone();
        let navigate = navigate.clone();
        let municipality = session.working_on();
        async move {
            let result = match target {
                Target::Existing(id) => api::save_activity(id, &edit).await.map(|()| None),
                Target::NewForAssociation(a) => api::add_association_activity(a, &edit).await.map(Some),
                Target::NewOwn => async { api::add_own_activity(&municipality?, &edit).await.map(Some) }.await,
            };
            match &result {
                Ok(Some(created)) => navigate(&format!("/staff/activities/{}?saved=1", created.id), Default::default()),
                Ok(None) => saved.set(true),
                Err(failure) if !failure.fields.is_empty() => {
                    problems.set(failure.fields.clone());
                    focus_first_problem();
                }
                Err(_) => {}
            }
            result.map(|_| ())
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
    let set_status = move |to| {
        draft.status.set(to);
        // A saved activity changes at once; a new one with the rest of the form.
        if matches!(target, Target::Existing(_)) {
            submit();
        }
    };
    let (back, back_label) = match &start.association {
        Some((a, _)) => (format!("/staff/associations/{a}"), "console-back-to-association"),
        None => ("/staff/activities/own".to_owned(), "console-back-to-own"),
    };
    let title = if matches!(target, Target::Existing(_)) {
        "console-activity-edit-title"
    } else {
        "console-activity-new-title"
    };
    let municipality = start.municipality.clone().or_else(|| session.municipality.get_untracked());
    let catalogue_of = municipality.clone();
    let voucher = LocalResource::new(move || voucher_amount(municipality.clone()));
    let voucher_ore = Signal::derive(move || voucher.get().flatten());
    let organiser = start.association.map(|(_, name)| name);
    view! {
        <A href=back attr:class="back-link">{i18n.tr(back_label)}</A>
        <h1>{i18n.tr(title)}</h1>
        <div class="activity-editor">
            <form class="stack activity-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <ProblemSummary problems />
                <fieldset class="choices">
                    <legend>{i18n.tr("console-field-status")}</legend>
                    <StatusButtons status=draft.status set=set_status busy=save.pending() />
                </fieldset>
                <ActivityForm draft problems />
                <EquipmentPicker draft problems municipality=catalogue_of />
                <div class="button-row save-row">
                    <button type="submit" disabled=move || save.pending().get()>{i18n.tr("console-save")}</button>
                </div>
                <Show when=move || saved.get()><p class="notice" role="status">{i18n.tr("console-saved")}</p></Show>
                {move || save.value().get().and_then(Result::err).filter(|f| f.fields.is_empty())
                    .map(|failure| view! { <FailureNotice failure /> })}
            </form>
            <ActivityPreview draft organiser voucher_ore />
        </div>
    }
}
