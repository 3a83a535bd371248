//! Small pieces the console's pages share.

use leptos::prelude::*;
use model::{
    activities::{ActivityStatus, AssociationState},
    auth::Role,
    orientation::TranslationState,
    FieldError,
};
use ui::i18n::use_i18n;

use crate::{
    api::Failure,
    pages::SignIn,
    session::{use_session, Session},
};

/// Shows its children to a signed-in admin, the sign-in form to everyone else.
#[component]
pub fn AdminOnly(children: ChildrenFn) -> impl IntoView {
    gate(Session::is_admin, children)
}

/// Shows its children to the Sportotek's staff and admins, the sign-in form to everyone else.
#[component]
pub fn SportotekOnly(children: ChildrenFn) -> impl IntoView {
    gate(Session::lends, children)
}

/// Shows its children to a guide of the municipality being worked on.
#[component]
pub fn GuideOnly(children: ChildrenFn) -> impl IntoView {
    gate(|session| works_as(session, Role::Guide), children)
}

/// Shows its children to a coordinator of the municipality's guides.
#[component]
pub fn CoordinatorOnly(children: ChildrenFn) -> impl IntoView {
    gate(|session| works_as(session, Role::Coordinator), children)
}

/// Whether the account holds `role` where it works, or may once its municipality is known.
fn works_as(session: Session, role: Role) -> bool {
    session.here(role) || (session.municipality.get().is_none() && session.has(role))
}

/// The children once the account may see them and its municipality is known.
fn gate(allowed: fn(Session) -> bool, children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let children = StoredValue::new(children);
    view! {
        <SignedIn>
            {move || {
                if !allowed(session) {
                    view! { <p class="notice">{i18n.tr("console-no-tasks")}</p> }.into_any()
                } else if session.municipality.get().is_none() {
                    view! { <p class="loading">{i18n.tr("loading")}</p> }.into_any()
                } else {
                    children.with_value(|children| children()).into_any()
                }
            }}
        </SignedIn>
    }
}

/// Shows its children to anyone signed in, whatever their role: the server decides
/// what each may see and change.
#[component]
pub fn SignedIn(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    move || {
        if !session.ready.get() {
            view! { <p class="loading">{i18n.tr("loading")}</p> }.into_any()
        } else if session.me.with(Option::is_none) {
            view! { <SignIn /> }.into_any()
        } else {
            children().into_any()
        }
    }
}

/// A resource drawn by `show` once it has come, "Loading" before, its failure if it
/// failed. While it reads again the last value stays, as in a `<Transition>`, for less
/// code in the bundle than one.
pub fn loaded<T: Clone + 'static>(
    resource: LocalResource<Result<T, Failure>>,
    show: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    move || match resource.get() {
        None => view! { <p class="loading">{i18n.tr("loading")}</p> }.into_any(),
        Some(Ok(value)) => show(value),
        Some(Err(failure)) => view! { <FailureNotice failure /> }.into_any(),
    }
}

/// A failed request, and what was wrong with each field, in the reader's language.
#[component]
pub fn FailureNotice(failure: Failure) -> impl IntoView {
    let i18n = use_i18n();
    let Failure { message_id, fields, .. } = failure;
    view! {
        <div class="notice error" role="alert">
            <p>{move || i18n.t(&message_id)}</p>
            {(!fields.is_empty()).then(|| view! {
                <ul>
                    {fields.into_iter().map(|FieldError { field, message_id }| view! {
                        <li><code>{field}</code>": "{move || i18n.t(&message_id)}</li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

/// A role's name, as a message id.
pub fn role_label(role: Role) -> &'static str {
    match role {
        Role::Admin => "console-role-admin",
        Role::Coordinator => "console-role-coordinator",
        Role::Association => "console-role-association",
        Role::Guide => "console-role-guide",
        Role::Sportotek => "console-role-sportotek",
    }
}

pub fn state_label(state: TranslationState) -> &'static str {
    match state {
        TranslationState::Current => "console-state-current",
        TranslationState::Outdated => "console-state-outdated",
        TranslationState::Missing => "console-state-missing",
    }
}

pub fn state_class(state: TranslationState) -> &'static str {
    match state {
        TranslationState::Current => "chip current",
        TranslationState::Outdated => "chip outdated",
        TranslationState::Missing => "chip missing",
    }
}

/// Whether new children can join, as a chip.
#[component]
pub fn StatusChip(status: ActivityStatus) -> impl IntoView {
    let i18n = use_i18n();
    let id = match status {
        ActivityStatus::Open => "status-open",
        ActivityStatus::Paused => "status-paused",
        ActivityStatus::Full => "status-full",
    };
    view! { <span class=format!("chip status-{}", status.code())>{i18n.tr(id)}</span> }
}

/// Where an association stands with the municipality, as a chip.
#[component]
pub fn AssociationStateChip(state: AssociationState) -> impl IntoView {
    let i18n = use_i18n();
    let id = match state {
        AssociationState::Pending => "console-association-pending",
        AssociationState::Approved => "console-association-approved",
        AssociationState::Rejected => "console-association-rejected",
    };
    view! { <span class=format!("chip state-{}", state.code())>{i18n.tr(id)}</span> }
}

/// The year a page shows, chosen from `years`; the current value is `year`'s.
#[component]
pub fn YearPicker(id: &'static str, years: Vec<i32>, year: RwSignal<i32>) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = year.get_untracked();
    view! {
        <label class="municipality-picker">
            <span>{i18n.tr("console-voucher-year")}</span>
            <select id=id on:change=move |ev| if let Ok(y) = event_target_value(&ev).parse() { year.set(y) }>
                {years.into_iter().map(|y| view! { <option value=y selected=y == chosen>{y}</option> }).collect_view()}
            </select>
        </label>
    }
}
