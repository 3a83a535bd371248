//! People: who has which role, invitations, role changes, deactivation, reset links.
//! The list shows only the roles within this admin's reach; a person who also works in
//! a municipality this admin does not run keeps their password and account out of reach.

use leptos::prelude::*;
use model::auth::{Account, InvitationLink, InvitationRequest, Role, RolesRequest};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{role_label, AdminOnly, FailureNotice},
    session::use_session,
};

/// The full address of a link, to copy and hand over.
fn full(link: &InvitationLink) -> String {
    format!("{}{}", window().location().origin().unwrap_or_default(), link.path)
}

#[component]
pub fn People() -> impl IntoView {
    view! { <AdminOnly><PeopleList /><InviteForm /></AdminOnly> }
}

#[component]
fn PeopleList() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let accounts = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::people(&municipality?).await }
    });
    view! {
        <h1>{i18n.tr("console-people-title")}</h1>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match accounts.await {
                    Ok(list) => view! {
                        <ul class="card-list">
                            {list.into_iter().map(|account| view! { <AccountRow account refetch=move || accounts.refetch() /> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// What an admin can do to one account.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Act {
    SaveRoles,
    Deactivate,
    ResetLink,
}

#[component]
fn AccountRow(account: Account, refetch: impl Fn() + Copy + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = account.id;
    let whole = account.whole_account;
    let municipality = session.municipality.get_untracked();
    let held: Vec<Role> = account.grants.iter().filter(|g| g.municipality == municipality).map(|g| g.role).collect();
    let chosen = RwSignal::new(held);
    let link = RwSignal::new(None::<InvitationLink>);
    let act = Action::new_local(move |what: &Act| {
        let (what, municipality) = (*what, session.working_on());
        async move {
            let result = async {
                let municipality = municipality?;
                match what {
                    Act::SaveRoles => {
                        let roles = RolesRequest { roles: chosen.get_untracked() };
                        api::set_roles(&municipality, id, &roles).await
                    }
                    Act::Deactivate => api::deactivate(&municipality, id).await,
                    Act::ResetLink => api::password_reset(&municipality, id).await.map(|l| link.set(Some(l))),
                }
            }
            .await;
            if result.is_ok() && what != Act::ResetLink {
                refetch();
            }
            result
        }
    });
    view! {
        <li class="card">
            <div class="row-head">
                <strong>{account.email}</strong>
                {(!account.active).then(|| view! { <span class="chip missing">{i18n.tr("console-inactive")}</span> })}
            </div>
            <fieldset class="roles">
                <legend>{i18n.tr("console-roles")}</legend>
                {Role::ALL.into_iter().map(|role| view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=move || chosen.with(|c| c.contains(&role))
                            on:change=move |_| chosen.update(|c| if c.contains(&role) { c.retain(|r| *r != role) } else { c.push(role) }) />
                        {i18n.tr(role_label(role))}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="button-row">
                <button type="button" on:click=move |_| { act.dispatch(Act::SaveRoles); }>{i18n.tr("console-save-roles")}</button>
                // The server refuses these unless this admin runs every place the person works.
                {whole.then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| { act.dispatch(Act::ResetLink); }>{i18n.tr("console-reset-link")}</button>
                })}
                {(whole && account.active).then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| { act.dispatch(Act::Deactivate); }>{i18n.tr("console-deactivate")}</button>
                })}
            </div>
            {(!whole).then(|| view! { <p class="hint">{i18n.tr("console-works-elsewhere")}</p> })}
            {move || link.get().map(|l| view! {
                <p class="notice" role="status">{i18n.tr("console-reset-link-ready")}" "<code class="link">{full(&l)}</code></p>
            })}
            {move || act.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        </li>
    }
}

#[component]
fn InviteForm() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let email = RwSignal::new(String::new());
    let roles = RwSignal::new(Vec::<Role>::new());
    let invite = Action::new_local(move |(): &()| {
        let request = InvitationRequest { email: email.get_untracked(), roles: roles.get_untracked() };
        let municipality = session.working_on();
        async move { api::invite(&municipality?, &request).await }
    });
    view! {
        <h2>{i18n.tr("console-invite-title")}</h2>
        <form class="stack" on:submit=move |ev| { ev.prevent_default(); invite.dispatch(()); }>
            <label for="invite-email">{i18n.tr("console-email")}</label>
            <input id="invite-email" type="email" required bind:value=email />
            <fieldset class="roles">
                <legend>{i18n.tr("console-roles")}</legend>
                {Role::ALL.into_iter().map(|role| view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=move || roles.with(|c| c.contains(&role))
                            on:change=move |_| roles.update(|c| if c.contains(&role) { c.retain(|r| *r != role) } else { c.push(role) }) />
                        {i18n.tr(role_label(role))}
                    </label>
                }).collect_view()}
            </fieldset>
            <button type="submit">{i18n.tr("console-invite")}</button>
        </form>
        {move || invite.value().get().map(|result| match result {
            Ok(link) => view! { <p class="notice" role="status">{i18n.tr("console-invite-link")}" "<code class="link">{full(&link)}</code></p> }.into_any(),
            Err(failure) => view! { <FailureNotice failure /> }.into_any(),
        })}
    }
}
