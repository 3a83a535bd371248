//! The association leaders' own bundle under `/club/`: sign in, redeem a fritidscheck by
//! typing or scanning (kept on the phone and sent later when there is no signal), the
//! association's redemptions with reversal and what the municipality owes it, and one tap
//! to pause, mark full or open an activity. Built from this crate with the `club`
//! feature alone, so the console's other pages are not in its download; the same API
//! routes, role checks, audit and rate limits serve both.

mod desk;
mod pages;
pub mod queue;
mod sender;

use leptos::{prelude::*, task::spawn_local};
use leptos_router::{
    components::{Route, Router, Routes, A},
    path,
};
use model::{activities::AssociationState, auth::Role};
use serde::{Deserialize, Serialize};
use ui::{
    i18n::{provide_i18n, use_i18n},
    storage, LanguagePicker,
};

use crate::{
    api,
    pages::SignIn,
    session::{provide_session, use_session},
};

/// The leader's associations as the phone last saw them (id and name: nothing personal),
/// so the desk opens after a reload without signal.
const ASSOCIATIONS: &str = "club:associations";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Known {
    pub id: i64,
    pub name: String,
}

/// Which of the leader's associations the pages are about.
#[derive(Clone, Copy)]
pub struct Associations {
    pub list: RwSignal<Vec<Known>>,
    pub chosen: RwSignal<Option<i64>>,
}

pub fn use_associations() -> Associations {
    expect_context::<Associations>()
}

fn provide_associations() -> Associations {
    let list: Vec<Known> = storage::get(ASSOCIATIONS).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
    let chosen = list.first().map(|a| a.id);
    let associations = Associations { list: RwSignal::new(list), chosen: RwSignal::new(chosen) };
    provide_context(associations);
    let session = use_session();
    // Signed in: the list as the server has it now, approved ones first.
    Effect::new(move |_| {
        if session.me.with(Option::is_none) {
            return;
        }
        spawn_local(async move {
            let Ok(mut all) = api::my_associations().await else { return };
            all.sort_by_key(|a| a.state != AssociationState::Approved);
            let known: Vec<Known> = all.into_iter().map(|a| Known { id: a.id, name: a.name }).collect();
            storage::set(ASSOCIATIONS, &serde_json::to_string(&known).unwrap_or_default());
            if !associations.chosen.get_untracked().is_some_and(|id| known.iter().any(|a| a.id == id)) {
                associations.chosen.set(known.first().map(|a| a.id));
            }
            associations.list.set(known);
        });
    });
    associations
}

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

/// The leader's pages once they may see them: signed in with an association, or, with
/// no signal, the associations this phone last saw.
#[component]
pub fn ClubOnly(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let associations = use_associations();
    move || {
        let signed_in = session.me.with(Option::is_some);
        let offline = session.unreachable.get() && !signed_in && !associations.list.with(Vec::is_empty);
        if !session.ready.get() {
            view! { <p class="loading">{i18n.tr("loading")}</p> }.into_any()
        } else if offline || (signed_in && session.has(Role::Association)) {
            children().into_any()
        } else if signed_in {
            view! {
                <p class="notice" id="club-not-association">{i18n.tr("club-not-association")}</p>
                <p><a href="/staff" rel="external">{i18n.tr("club-nav-console")}</a></p>
            }
            .into_any()
        } else {
            view! { <SignIn club=true /> }.into_any()
        }
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
