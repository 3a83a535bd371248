//! Navigation at the bottom, within reach of a thumb. Orientation and the activity
//! finder are separate downloads: a link into the other one loads a new page. "Mine"
//! is in every newcomer's bar: what the phone keeps from every service.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::use_i18n;

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

const ITEMS: [(&str, &str, Section, &str); 5] = [
    ("/", "nav-home", Section::Orientation, "M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z"),
    ("/activities", "nav-activities", Section::Activities, "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm0 2.2-1.6 3.4 1.6 1.2 1.6-1.2L12 4.2Zm-6.4 4.3a8 8 0 0 0-1.4 4.9l2.6-.5.9-2.6-2.1-1.8Zm12.8 0-2.1 1.8.9 2.6 2.6.5a8 8 0 0 0-1.4-4.9ZM10 12l.8 2.5h2.4L14 12l-2-1.5L10 12Zm-2.4 4.4-1.8 1.3a8 8 0 0 0 4.7 2.2l.5-2.4-1.6-1.5-1.8.4Zm8.8 0-1.8-.4-1.6 1.5.5 2.4a8 8 0 0 0 4.7-2.2l-1.8-1.3Z"),
    ("/activities/mine", "nav-mine", Section::Activities, "M3 6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6Zm2 3v9h14V9H5Zm0-3v1h14V6H5Zm9 7h4v2h-4v-2Z"),
    ("/search", "nav-search", Section::Orientation, "M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z"),
    ("/about", "nav-about", Section::Orientation, "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm1 8h-2v7h2v-7Zm0-4h-2v2h2V6Z"),
];

#[component]
pub fn BottomNav(section: Section) -> impl IntoView {
    let i18n = use_i18n();
    let path = use_location().pathname;
    // The item whose address is the longest start of the page's: "Mine" under
    // `/activities/mine`, not the activities around it.
    let current = move |href: &str| {
        let path = path.get();
        let under =
            |href: &str| if href == "/" { path == "/" } else { path == href || path.starts_with(&format!("{href}/")) };
        let best = ITEMS.iter().map(|item| item.0).filter(|h| under(h)).max_by_key(|h| h.len());
        (best == Some(href)).then_some("page")
    };
    view! {
        <nav class="bottom-nav" aria-label=i18n.tr("app-name")>
            {ITEMS
                .into_iter()
                .map(|(href, label, target, icon)| {
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
