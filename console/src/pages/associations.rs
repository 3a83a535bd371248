//! An admin's list of the municipality's associations: applications waiting for a
//! decision first, approval with a one-time link for the contact, and the way into any
//! association's editor.

use leptos::prelude::*;
use leptos_router::components::A;
use model::{
    activities::AssociationState,
    associations::{DecisionRequest, StaffAssociation},
};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{AdminOnly, AssociationStateChip, FailureNotice},
    session::use_session,
};

#[component]
pub fn Associations() -> impl IntoView {
    view! { <AdminOnly><AssociationList /></AdminOnly> }
}

#[component]
fn AssociationList() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let list = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::associations(&municipality?).await }
    });
    view! {
        <h1>{i18n.tr("console-associations-title")}</h1>
        <p><A href="/staff/activities/own">{i18n.tr("console-nav-own-activities")}</A></p>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(mut all) if !all.is_empty() => {
                        // Waiting first; the server's order within each group stays.
                        all.sort_by_key(|a| a.state != AssociationState::Pending);
                        view! {
                            <ul class="card-list">
                                {all.into_iter().map(|association| view! { <AssociationRow association /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                    Ok(_) => view! { <p class="notice">{i18n.tr("console-associations-none")}</p> }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The full address of a link, to copy and hand over.
fn full(path: &str) -> String {
    format!("{}{path}", window().location().origin().unwrap_or_default())
}

#[component]
fn AssociationRow(association: StaffAssociation) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = association.id;
    let state = RwSignal::new(association.state);
    // Another admin decided a moment ago: which way is unknown here, so the buttons go
    // and the notice asks for a reload.
    let decided_elsewhere = RwSignal::new(false);
    let decide = Action::new_local(move |approve: &bool| {
        let approve = *approve;
        let municipality = session.working_on();
        async move {
            let response = api::decide(&municipality?, id, &DecisionRequest { approve })
                .await
                .inspect_err(|failure| decided_elsewhere.set(failure.status == 409))?;
            state.set(if approve { AssociationState::Approved } else { AssociationState::Rejected });
            Ok::<_, api::Failure>(response.invitation)
        }
    });
    let contact = association.edit.contact;
    let applied = association.applied_at;
    view! {
        <li class="card" data-association=id>
            <div class="row-head">
                <A href=format!("/staff/associations/{id}")><span class="card-title">{association.name}</span></A>
                {move || view! { <AssociationStateChip state=state.get() /> }}
            </div>
            <p class="card-summary">
                <span dir="ltr">{association.org_number}</span>" · "{contact.name}" · "
                <a href=format!("mailto:{}", contact.email)>{contact.email.clone()}</a>
            </p>
            <p class="hint">{move || i18n.with("console-applied-on", "date", i18n.date(applied))}</p>
            <Show when=move || state.get() == AssociationState::Pending && !decided_elsewhere.get()>
                <div class="button-row">
                    <button type="button" disabled=move || decide.pending().get()
                        on:click=move |_| { decide.dispatch(true); }>{i18n.tr("console-approve")}</button>
                    <button type="button" class="secondary" disabled=move || decide.pending().get()
                        on:click=move |_| { decide.dispatch(false); }>{i18n.tr("console-reject")}</button>
                </div>
            </Show>
            {move || decide.value().get().map(|result| match result {
                Ok(Some(link)) => view! {
                    <p class="notice" role="status">
                        {i18n.tr("console-approved-link")}" "<code class="link">{full(&link.path)}</code>
                    </p>
                }.into_any(),
                // An approval always brings a link; only a rejection comes without one.
                Ok(None) if state.get() == AssociationState::Rejected => view! {
                    <p class="notice" role="status">{i18n.tr("console-rejected-done")}</p>
                }.into_any(),
                Ok(None) => ().into_any(),
                Err(failure) => view! { <FailureNotice failure /> }.into_any(),
            })}
        </li>
    }
}
