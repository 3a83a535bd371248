//! Who is signed in, as app-wide state, and which municipality they work for.

use leptos::{prelude::*, task::spawn_local};
use model::auth::{Me, Role};

use crate::api::{self, Failure};

#[derive(Clone, Copy)]
pub struct Session {
    pub me: RwSignal<Option<Me>>,
    /// Whether the first "who am I" answer has arrived.
    pub ready: RwSignal<bool>,
    /// The municipality the console works on (the admin's, or the first for a region).
    pub municipality: RwSignal<Option<String>>,
}

impl Session {
    pub fn sign_in(self, me: Me) {
        api::set_csrf(&me.csrf_token);
        // An admin works on their municipality; Sportotek staff on the one they lend for.
        let own = [Role::Admin, Role::Sportotek]
            .into_iter()
            .find_map(|role| me.grants.iter().find(|g| g.role == role).and_then(|g| g.municipality.clone()));
        let region = own.is_none() && me.grants.iter().any(|g| g.role == Role::Admin);
        self.me.set(Some(me));
        match own {
            Some(slug) => self.municipality.set(Some(slug)),
            None if region => spawn_local(async move {
                let list = api::municipalities().await;
                self.municipality.set(list.ok().and_then(|l| l.into_iter().next()).map(|m| m.slug));
            }),
            None => self.municipality.set(None),
        }
    }

    /// A fresh "who am I" after this account's roles changed: the municipality being
    /// worked on stays, unless there was none to keep.
    pub fn refresh(self, me: Me) {
        if self.municipality.get_untracked().is_some() {
            api::set_csrf(&me.csrf_token);
            self.me.set(Some(me));
        } else {
            self.sign_in(me);
        }
    }

    pub fn sign_out(self) {
        api::set_csrf("");
        self.me.set(None);
        self.municipality.set(None);
    }

    pub fn is_admin(self) -> bool {
        self.has(Role::Admin)
    }

    /// Whether the account may work the Sportotek's counter and catalogue.
    pub fn lends(self) -> bool {
        self.has(Role::Sportotek) || self.is_admin()
    }

    /// Whether the signed-in account holds `role` in any municipality.
    pub fn has(self, role: Role) -> bool {
        self.me.with(|me| me.as_ref().is_some_and(|me| me.grants.iter().any(|g| g.role == role)))
    }

    /// The municipality being worked on, for a request about it. Until it is known such
    /// a request has nowhere to go, which reads as a network failure.
    pub fn working_on(self) -> Result<String, Failure> {
        self.municipality.get().ok_or_else(Failure::offline)
    }
}

pub fn provide_session() -> Session {
    let session = Session { me: RwSignal::new(None), ready: RwSignal::new(false), municipality: RwSignal::new(None) };
    provide_context(session);
    spawn_local(async move {
        if let Ok(me) = api::me().await {
            session.sign_in(me);
        }
        session.ready.set(true);
    });
    session
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
