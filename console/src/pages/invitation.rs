//! Using a one-time link, and being signed in: a new account or a reset link chooses a
//! password, an existing account invited to a new role types its own. The token comes
//! after `#`, so it never reaches a server's or a proxy's log.

use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};
use model::auth::AcceptInvitationRequest;
use ui::i18n::use_i18n;

use crate::{api, components::FailureNotice, session::use_session};

/// The link's token, from the address' fragment. The fragment is then taken out of the
/// address bar and the history, so the token does not linger on a shared screen.
fn take_token() -> String {
    let location = window().location();
    let token = location.hash().unwrap_or_default().trim_start_matches('#').to_owned();
    if !token.is_empty() {
        let bare = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        if let Ok(history) = window().history() {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(&bare));
        }
    }
    token
}

/// "Wrong e-mail or password" fits the sign-in form; here there is no e-mail to get
/// wrong, only an existing account's own password.
fn on_this_page(mut failure: api::Failure) -> api::Failure {
    if failure.message_id == "error-sign-in-failed" {
        "console-invitation-wrong-password".clone_into(&mut failure.message_id);
    }
    failure
}

#[component]
pub fn Invitation() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let token = StoredValue::new(take_token());
    let password = RwSignal::new(String::new());
    let accept = Action::new_local(move |(): &()| {
        let request = AcceptInvitationRequest { token: token.get_value(), password: password.get_untracked() };
        let navigate = navigate.clone();
        async move {
            let me = api::accept_invitation(&request).await?;
            session.sign_in(me);
            // A used link is no page to go back to.
            navigate("/staff", NavigateOptions { replace: true, ..NavigateOptions::default() });
            Ok::<(), api::Failure>(())
        }
    });
    // Opened again without its `#…` (a reload, a bookmark): nothing to send.
    if token.with_value(String::is_empty) {
        return view! {
            <h1>{i18n.tr("console-invitation-title")}</h1>
            <p class="notice error" role="alert">{i18n.tr("console-invitation-no-token")}</p>
        }
        .into_any();
    }
    view! {
        <h1>{i18n.tr("console-invitation-title")}</h1>
        <form class="stack" on:submit=move |ev| { ev.prevent_default(); accept.dispatch(()); }>
            <label for="link-password">{i18n.tr("console-password")}</label>
            // One field for a new password and for an existing account's own. The link
            // cannot tell which without telling whether an e-mail has an account, so the
            // field asks for the safer one: `new-password` would have a password manager
            // offer a fresh password (and save it) where the owner's own is wanted, which
            // fails and can overwrite what the manager kept. Every password has at least
            // 12 characters, so `minlength` holds for both.
            <input id="link-password" type="password" autocomplete="current-password" minlength="12" required
                aria-describedby="password-hint" bind:value=password />
            <p id="password-hint" class="hint">{i18n.tr("console-invitation-hint")}</p>
            <button type="submit" disabled=move || accept.pending().get()>{i18n.tr("console-invitation-continue")}</button>
        </form>
        {move || accept.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure=on_this_page(failure) /> })}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_own_password_is_explained_without_mentioning_an_email() {
        let refusal = |status, code: &str, message_id: &str| {
            api::Failure::refused(
                status,
                model::ErrorBody { code: code.into(), message_id: message_id.into(), fields: vec![], request_id: None },
            )
        };
        let failure = refusal(401, "sign_in_failed", "error-sign-in-failed");
        assert_eq!(on_this_page(failure).message_id, "console-invitation-wrong-password");
        let other = refusal(404, "invitation_invalid", "error-invitation-invalid");
        assert_eq!(on_this_page(other).message_id, "error-invitation-invalid", "other failures keep their text");
    }
}
