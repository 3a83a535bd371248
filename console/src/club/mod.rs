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
use ui::{
    i18n::{provide_i18n, use_i18n},
    location::{provide_location, use_location, Page, Pages},
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
    // The few lines of `ui::location` rather than `leptos_router`, as in the newcomers'
    // bundles: about 30 KB less to download.
    provide_location(PAGES);
    view! {
        <a class="skip-link" href="#main">{i18n.tr("skip-to-content")}</a>
        <header class="top-bar">
            <a href="/club/" class="brand"><span>{i18n.tr("club-title")}</span></a>
            <LanguagePicker />
        </header>
        <ClubNav />
        <main id="main" tabindex="-1" class="console club">
            <Pages fallback=|| view! { <p>"404"</p> }.into_any() />
        </main>
    }
}

/// The pages this bundle draws: the desk's, or the office's. A link to the other's is
/// an ordinary link, loaded from the server (or the phone's copy, `club/sw.js`).
const PAGES: &[Page] = if cfg!(feature = "club-office") {
    &[
        Page::here("/club/account", || view! { <pages::Account /> }.into_any()),
        Page::here("/club/activities", || view! { <pages::Activities /> }.into_any()),
    ]
} else {
    // The office's pages reach the desk only from the worker, offline, when the phone
    // has never opened them.
    &[
        Page::here("/club", || view! { <desk::Desk /> }.into_any()),
        Page::stand_in("/club/account", || view! { <OfficeNeedsSignal /> }.into_any()),
        Page::stand_in("/club/activities", || view! { <OfficeNeedsSignal /> }.into_any()),
    ]
};

#[component]
fn OfficeNeedsSignal() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.tr("club-office-offline-title")}</h1>
        <p>{i18n.tr("club-office-offline")}</p>
        <p><a href="/club/">{i18n.tr("console-nav-redeem")}</a></p>
    }
}

/// Both bundles' worker (scope `/club/`): the desk, and the office once seen, open again
/// without signal.
pub fn register_worker() {
    let navigator = window().navigator();
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        let _ = navigator.service_worker().register("/club/sw.js");
    }
}

/// A link of the bar, marked as the page shown.
#[component]
fn NavLink(href: &'static str, label: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let pathname = use_location().pathname;
    let path = href.trim_end_matches('/');
    let current = move || pathname.with(|p| p.trim_end_matches('/') == path).then_some("page");
    view! { <a href=href aria-current=current>{i18n.tr(label)}</a> }
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
                <NavLink href="/club/" label="console-nav-redeem" />
                <NavLink href="/club/account" label="console-association-redemptions" />
                <NavLink href="/club/activities" label="club-nav-activities" />
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
