//! Signing in with e-mail and password.

use leptos::prelude::*;
use model::auth::SignInRequest;
use ui::i18n::use_i18n;

use crate::{api, components::FailureNotice, session::use_session};

#[component]
pub fn SignIn(#[prop(optional)] club: bool) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let (email, password) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let submit = Action::new_local(move |(): &()| {
        let request = SignInRequest { email: email.get_untracked(), password: password.get_untracked() };
        async move {
            let me = api::sign_in(&request).await?;
            password.set(String::new());
            session.sign_in(me);
            Ok::<(), api::Failure>(())
        }
    });
    view! {
        <h1>{i18n.tr("console-sign-in-title")}</h1>
        <form class="stack" on:submit=move |ev| { ev.prevent_default(); submit.dispatch(()); }>
            <label for="email">{i18n.tr("console-email")}</label>
            <input id="email" type="email" autocomplete="username" required bind:value=email />
            <label for="password">{i18n.tr("console-password")}</label>
            <input id="password" type="password" autocomplete="current-password" required bind:value=password />
            <button type="submit" disabled=move || submit.pending().get()>{i18n.tr("console-sign-in")}</button>
        </form>
        {move || submit.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        {(!club).then(|| view! {
            <p class="apply-link"><a href="/staff/apply">{i18n.tr("console-apply-link")}</a></p>
            <p><a href="/staff/guides/apply">{i18n.tr("console-guide-apply-link")}</a></p>
        })}
    }
}
