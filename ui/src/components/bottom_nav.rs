//! Navigation at the bottom, within reach of a thumb. Orientation and the activity
//! finder are separate downloads: a link into the other one loads a new page. "Mine"
//! is in every newcomer's bar: what the phone keeps from every service.

use leptos::prelude::*;
use model::navigation::{NavItem, BOTTOM_NAV};

use crate::{i18n::use_i18n, location::use_location};

/// Which bundle a page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Local orientation, search and about: the app at `/`.
    Orientation,
    /// The activity finder at `/activities`.
    Activities,
}

impl Section {
    /// `rel="external"` for a link into this section from `current`, so the router lets
    /// the browser load the other bundle.
    pub fn rel_from(self, current: Section) -> Option<&'static str> {
        (self != current).then_some("external")
    }
}

#[component]
pub fn BottomNav(section: Section) -> impl IntoView {
    let i18n = use_i18n();
    let path = use_location().pathname;
    let current = move |href: &str| (model::navigation::current(&path.get()) == Some(href)).then_some("page");
    view! {
        <nav class="bottom-nav" aria-label=i18n.tr("app-name")>
            {BOTTOM_NAV
                .iter()
                .map(|&NavItem { href, label, orientation, icon }| {
                    let target = if orientation { Section::Orientation } else { Section::Activities };
                    view! {
                        <a href=href rel=target.rel_from(section) aria-current=move || current(href)>
                            <svg aria-hidden="true" viewBox="0 0 24 24"><path fill="currentColor" d=icon /></svg>
                            <span>{i18n.tr(label)}</span>
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}
