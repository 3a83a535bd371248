//! Who is signed in, as app-wide state, and which municipality they work for.

use leptos::{prelude::*, task::spawn_local};
use model::auth::{Me, Role};

use crate::api;

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
        let own = me.grants.iter().find(|g| g.role == Role::Admin).and_then(|g| g.municipality.clone());
        let region = own.is_none() && me.grants.iter().any(|g| g.role == Role::Admin);
        self.me.set(Some(me));
        match own {
            Some(slug) => self.municipality.set(Some(slug)),
            None if region => spawn_local(async move {
                let list: Result<Vec<model::orientation::Municipality>, _> = api::get("/api/municipalities").await;
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

    /// Whether the signed-in account holds `role` in any municipality.
    pub fn has(self, role: Role) -> bool {
        self.me.with(|me| me.as_ref().is_some_and(|me| me.grants.iter().any(|g| g.role == role)))
    }

    /// `/api/staff/municipalities/<slug>` + `rest`, once the municipality is known.
    pub fn path(self, rest: &str) -> Option<String> {
        self.municipality.get().map(|m| format!("/api/staff/municipalities/{m}{rest}"))
    }
}

pub fn provide_session() -> Session {
    let session = Session { me: RwSignal::new(None), ready: RwSignal::new(false), municipality: RwSignal::new(None) };
    provide_context(session);
    spawn_local(async move {
        if let Ok(me) = api::get::<Me>("/api/auth/me").await {
            session.sign_in(me);
        }
        session.ready.set(true);
    });
    session
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
