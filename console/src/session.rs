//! Who is signed in, as app-wide state, and which municipality they work for.

use leptos::{prelude::*, task::spawn_local};
use model::auth::{Grant, Me, Role};

use crate::api::{self, Failure};

#[derive(Clone, Copy)]
pub struct Session {
    pub me: RwSignal<Option<Me>>,
    /// Whether the first "who am I" answer has arrived.
    pub ready: RwSignal<bool>,
    /// The municipality the console works on (the admin's, or the first for a region).
    pub municipality: RwSignal<Option<String>>,
    /// The first "who am I" got no answer at all: no signal, or the server away.
    pub unreachable: RwSignal<bool>,
    /// The slug of the region's shared content, once known: a region-wide admin works on
    /// it like a municipality, with the editor only.
    pub region: RwSignal<Option<String>>,
}

impl Session {
    pub fn sign_in(self, me: Me) {
        api::set_csrf(&me.csrf_token);
        // An admin works on their municipality; Sportotek staff on the one they lend for,
        // a coordinator or a guide on the one they work with guides in.
        let own = [Role::Admin, Role::Sportotek, Role::Coordinator, Role::Guide]
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

    /// Whether the account is an admin of the whole region: the county's figures are
    /// theirs.
    pub fn is_region_admin(self) -> bool {
        self.me.with(|me| {
            me.as_ref().is_some_and(|me| me.grants.iter().any(|g| g.role == Role::Admin && g.municipality.is_none()))
        })
    }

    /// Whether the console works on the region's shared content rather than a place.
    pub fn on_shared_content(self) -> bool {
        let region = self.region.get();
        region.is_some() && self.municipality.get() == region
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

    /// Whether the account holds `role` in the municipality being worked on, or
    /// region-wide: a coordinator's or a guide's pages are about one municipality.
    pub fn here(self, role: Role) -> bool {
        let municipality = self.municipality.get();
        self.me.with(|me| me.as_ref().is_some_and(|me| holds(&me.grants, role, municipality.as_deref())))
    }

    /// The municipality being worked on, for a request about it. Until it is known such
    /// a request has nowhere to go, which reads as a network failure.
    pub fn working_on(self) -> Result<String, Failure> {
        self.municipality.get().ok_or_else(Failure::offline)
    }
}

pub fn provide_session() -> Session {
    let session = Session {
        me: RwSignal::new(None),
        ready: RwSignal::new(false),
        municipality: RwSignal::new(None),
        unreachable: RwSignal::new(false),
        region: RwSignal::new(None),
    };
    provide_context(session);
    spawn_local(async move {
        match api::me().await {
            Ok(me) => session.sign_in(me),
            Err(failure) => session.unreachable.set(failure.is_offline()),
        }
        session.ready.set(true);
    });
    session
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// Whether `grants` hold `role` in `municipality` (none known yet: no), or region-wide.
pub fn holds(grants: &[Grant], role: Role, municipality: Option<&str>) -> bool {
    municipality.is_some_and(|here| {
        grants.iter().any(|g| g.role == role && g.municipality.as_deref().is_none_or(|m| m == here))
    })
}

/// Which municipalities the console may switch between: every one for a region-wide
/// admin (`None`), else those where the account is an admin, lends for the Sportotek,
/// coordinates guides or is one, each once. One or none needs no choice.
pub fn workplaces(grants: &[Grant]) -> Option<Vec<String>> {
    if grants.iter().any(|g| g.role == Role::Admin && g.municipality.is_none()) {
        return None;
    }
    let mut own: Vec<String> = grants
        .iter()
        .filter(|g| matches!(g.role, Role::Admin | Role::Sportotek | Role::Coordinator | Role::Guide))
        .filter_map(|g| g.municipality.clone())
        .collect();
    own.sort();
    own.dedup();
    Some(own)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(role: Role, municipality: Option<&str>) -> Grant {
        Grant { role, municipality: municipality.map(str::to_owned) }
    }

    #[test]
    fn staff_of_two_municipalities_may_switch_and_a_region_admin_between_all() {
        let two = [grant(Role::Sportotek, Some("granviken")), grant(Role::Sportotek, Some("norrby"))];
        assert_eq!(workplaces(&two), Some(vec!["granviken".into(), "norrby".into()]));
        let one = [grant(Role::Admin, Some("granviken")), grant(Role::Sportotek, Some("granviken"))];
        assert_eq!(workplaces(&one), Some(vec!["granviken".into()]));
        // An association's leader acts for the association, not for its municipality.
        let leader = [grant(Role::Sportotek, Some("granviken")), grant(Role::Association, Some("norrby"))];
        assert_eq!(workplaces(&leader), Some(vec!["granviken".into()]));
        // A guide works with the newcomers of their own municipality.
        let guide = [grant(Role::Sportotek, Some("granviken")), grant(Role::Guide, Some("norrby"))];
        assert_eq!(workplaces(&guide), Some(vec!["granviken".into(), "norrby".into()]));
        assert_eq!(workplaces(&[grant(Role::Admin, None)]), None);
    }

    #[test]
    fn a_role_counts_in_its_own_municipality_or_region_wide_and_nowhere_before_one_is_chosen() {
        let grants = [grant(Role::Guide, Some("norrby")), grant(Role::Coordinator, None)];
        assert!(holds(&grants, Role::Guide, Some("norrby")));
        assert!(!holds(&grants, Role::Guide, Some("granviken")), "a guide of Norrby is no guide in Granviken");
        assert!(holds(&grants, Role::Coordinator, Some("granviken")), "region-wide holds everywhere");
        assert!(!holds(&grants, Role::Admin, Some("norrby")));
        assert!(!holds(&grants, Role::Guide, None), "no municipality chosen yet");
    }
}
