//! Who the club's pages are for: the leader's associations (kept on the phone, so the
//! desk opens after a reload without signal), and the gate in front of every page.

use leptos::{prelude::*, task::spawn_local};
use model::{activities::AssociationState, auth::Role};
use ui::{i18n::use_i18n, storage};

use crate::{
    api::{self, AssociationName},
    pages::SignIn,
    session::use_session,
};

/// The leader's associations as the phone last saw them (id and name: nothing personal),
/// so the desk opens after a reload without signal.
pub const ASSOCIATIONS: &str = "club:associations";

/// Which of the leader's associations the pages are about.
#[derive(Clone, Copy)]
pub struct Associations {
    pub list: RwSignal<Vec<AssociationName>>,
    pub chosen: RwSignal<Option<i64>>,
}

pub fn use_associations() -> Associations {
    expect_context::<Associations>()
}

pub fn provide_associations() -> Associations {
    let list: Vec<AssociationName> =
        storage::get(ASSOCIATIONS).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
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
            let Ok(mut known) = api::my_association_names().await else { return };
            known.sort_by_key(|a| a.state != AssociationState::Approved);
            storage::set(ASSOCIATIONS, &serde_json::to_string(&known).unwrap_or_default());
            if !associations.chosen.get_untracked().is_some_and(|id| known.iter().any(|a| a.id == id)) {
                associations.chosen.set(known.first().map(|a| a.id));
            }
            associations.list.set(known);
        });
    });
    associations
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
