//! Accepting an invitation or a reset link: choose a password, and be signed in.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use model::auth::{AcceptInvitationRequest, Me};
use ui::i18n::use_i18n;

use crate::{api, components::FailureNotice, session::use_session};

#[component]
pub fn Invitation() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let params = use_params_map();
    let navigate = use_navigate();
    let password = RwSignal::new(String::new());
    let accept = Action::new_local(move |(): &()| {
        let request = AcceptInvitationRequest {
            token: params.read_untracked().get("token").unwrap_or_default(),
            password: password.get_untracked(),
        };
        let navigate = navigate.clone();
        async move {
            if let Some(me) = api::send::<_, Me>("POST", "/api/auth/invitations/accept", Some(&request)).await? {
                session.sign_in(me);
                navigate("/staff", Default::default());
            }
            Ok::<(), api::Failure>(())
        }
    });
    view! {
        <h1>{i18n.tr("console-invitation-title")}</h1>
        <form class="stack" on:submit=move |ev| { ev.prevent_default(); accept.dispatch(()); }>
            <label for="new-password">{i18n.tr("console-password")}</label>
            <input id="new-password" type="password" autocomplete="new-password" minlength="12" required
                aria-describedby="password-hint" bind:value=password />
            <p id="password-hint" class="hint">{i18n.tr("console-invitation-hint")}</p>
            <button type="submit">{i18n.tr("console-set-password")}</button>
        </form>
        {move || accept.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
    }
}
