//! The association leaders' own bundle under `/club/`: sign in, redeem a fritidscheck by
//! typing or scanning (kept on the phone and sent later when there is no signal), the
//! association's redemptions with reversal and what the municipality owes it, and one tap
//! to pause, mark full or open an activity. Built from this crate with the `club`
//! feature alone, so the console's other pages are not in its download; the same API
//! routes, role checks, audit and rate limits serve both.

mod access;
mod desk;
mod pages;
pub mod queue;
mod sender;

use leptos::{prelude::*, task::spawn_local};
use leptos_router::{
    components::{Route, Router, Routes, A},
    path,
};
use ui::{
    i18n::{provide_i18n, use_i18n},
    storage, LanguagePicker,
};

use self::access::{provide_associations, use_associations, ASSOCIATIONS};
use crate::{
    api,
    session::{provide_session, use_session},
};

#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n();
    let session = provide_session();
    provide_associations();
    sender::provide_queue(session);
    view! {
        <Router>
            <a class="skip-link" href="#main">{i18n.tr("skip-to-content")}</a>
            <header class="top-bar">
                <A href="/club/" attr:class="brand"><span>{i18n.tr("club-title")}</span></A>
                <LanguagePicker />
            </header>
            <ClubNav />
            <main id="main" tabindex="-1" class="console club">
                <Routes fallback=|| view! { <p>"404"</p> }>
                    <Route path=path!("/club") view=desk::Desk />
                    <Route path=path!("/club/account") view=pages::Account />
                    <Route path=path!("/club/activities") view=pages::Activities />
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn ClubNav() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let associations = use_associations();
    let sign_out = move |_| {
        spawn_local(async move {
            let _ = api::sign_out().await;
            // What the phone kept of the associations goes; payments not yet answered
            // stay, and are sent after the next sign-in.
            for known in associations.list.get_untracked() {
                storage::remove(&desk::activities_key(known.id));
            }
            storage::remove(ASSOCIATIONS);
            associations.list.set(vec![]);
            session.sign_out();
        });
    };
    view! {
        <Show when=move || session.me.with(Option::is_some) || !associations.list.with(Vec::is_empty)>
            <nav class="console-nav" aria-label=i18n.tr("club-title")>
                <A href="/club/">{i18n.tr("console-nav-redeem")}</A>
                <A href="/club/account">{i18n.tr("console-association-redemptions")}</A>
                <A href="/club/activities">{i18n.tr("club-nav-activities")}</A>
                <a href="/staff" rel="external">{i18n.tr("club-nav-console")}</a>
                <AssociationPicker />
                <Show when=move || session.me.with(Option::is_some)>
                    <button type="button" class="secondary" on:click=sign_out>{i18n.tr("console-sign-out")}</button>
                </Show>
            </nav>
        </Show>
    }
}

/// A leader of more than one association chooses which one they take the card for.
#[component]
fn AssociationPicker() -> impl IntoView {
    let i18n = use_i18n();
    let associations = use_associations();
    move || {
        let list = associations.list.get();
        (list.len() > 1).then(|| {
            view! {
                <label class="municipality-picker">
                    <span>{i18n.tr("console-redeem-association")}</span>
                    <select id="club-association" on:change=move |ev| associations.chosen.set(event_target_value(&ev).parse().ok())>
                        {list.into_iter().map(|a| view! {
                            <option value=a.id.to_string() selected=move || associations.chosen.get() == Some(a.id)>{a.name}</option>
                        }).collect_view()}
                    </select>
                </label>
            }
        })
    }
}
