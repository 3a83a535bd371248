//! The finder's shell: language, online state, the municipality and the routes, all
//! under `/activities`.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};
use model::orientation::Municipality;
use ui::{
    components::{Section, Shell},
    i18n::provide_i18n,
    online::provide_online,
};

use crate::pages::{
    ActivityPage, AssociationPage, FinderPage, GuideBookingsPage, GuidePage, GuidesPage, MinePage, NotFound,
    ReservationsPage, SportotekItemPage, SportotekPage, VoucherPage,
};

/// The municipality whose activities are shown.
#[derive(Clone)]
pub struct Place {
    pub municipality: Municipality,
}

pub fn use_place() -> Place {
    expect_context::<Place>()
}

/// The result list last shown, with its filters, for the way back from an activity.
#[derive(Clone, Copy)]
pub struct LastList(pub RwSignal<String>);

pub fn use_last_list() -> RwSignal<String> {
    expect_context::<LastList>().0
}

/// The Sportotek catalogue last shown, with its filters, for the way back from an item.
#[derive(Clone, Copy)]
pub struct LastCatalogue(pub RwSignal<String>);

pub fn use_last_catalogue() -> RwSignal<String> {
    expect_context::<LastCatalogue>().0
}

/// The guide list last shown, with its filters, for the way back from a guide's page.
#[derive(Clone, Copy)]
pub struct LastGuides(pub RwSignal<String>);

pub fn use_last_guides() -> RwSignal<String> {
    expect_context::<LastGuides>().0
}

#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    provide_online();
    provide_context(LastList(RwSignal::new("/activities".to_owned())));
    provide_context(LastCatalogue(RwSignal::new("/activities/sportotek".to_owned())));
    provide_context(LastGuides(RwSignal::new("/activities/guides".to_owned())));
    let finder = |municipality| {
        provide_context(Place { municipality });
        view! { <FinderRoutes /> }
    };
    view! {
        <Router>
            <Shell section=Section::Activities content=finder missing=NotFound />
        </Router>
    }
}

/// The pages of the four bundles built from this crate. Each bundle is built with its
/// own feature alone (`finder` for `/activities`, `sportotek` for `/sportotek`, `voucher`
/// for `/voucher`, `guides` for `/guides`; the server serves the last three under
/// `/activities/sportotek`, `/activities/voucher` and `/activities/guides`), so the
/// others' pages are not routed and not in its download.
#[component]
fn FinderRoutes() -> impl IntoView {
    const FINDER: bool = cfg!(feature = "finder");
    const SPORTOTEK: bool = cfg!(feature = "sportotek");
    const VOUCHER: bool = cfg!(feature = "voucher");
    const GUIDES: bool = cfg!(feature = "guides");
    const MINE: bool = cfg!(feature = "mine");
    view! {
        <Routes fallback=NotFound>
            <Route path=path!("/activities") view=|| built(FINDER, || view! { <FinderPage /> }) />
            <Route path=path!("/activities/clubs/:slug") view=|| built(FINDER, || view! { <AssociationPage /> }) />
            <Route path=path!("/activities/voucher") view=|| built(VOUCHER, || view! { <VoucherPage /> }) />
            <Route path=path!("/activities/sportotek") view=|| built(SPORTOTEK, || view! { <SportotekPage /> }) />
            <Route path=path!("/activities/sportotek/reservations") view=|| built(SPORTOTEK, || view! { <ReservationsPage /> }) />
            <Route path=path!("/activities/sportotek/items/:id") view=|| built(SPORTOTEK, || view! { <SportotekItemPage /> }) />
            <Route path=path!("/activities/guides") view=|| built(GUIDES, || view! { <GuidesPage /> }) />
            <Route path=path!("/activities/guides/bookings") view=|| built(GUIDES, || view! { <GuideBookingsPage /> }) />
            <Route path=path!("/activities/guides/:id") view=|| built(GUIDES, || view! { <GuidePage /> }) />
            <Route path=path!("/activities/mine") view=|| built(MINE, || view! { <MinePage /> }) />
            <Route path=path!("/activities/:id") view=|| built(FINDER, || view! { <ActivityPage /> }) />
        </Routes>
    }
}

/// The page, when this bundle has it; else the whole page is loaded from the server,
/// which sends the bundle that has it. Links between the bundles are `rel="external"`;
/// one that is not (the bottom bar's, between the bundles under `/activities`) lands
/// here, before the router has put the new address in the address bar: the address the
/// route was matched for is loaded.
fn built<V: IntoView + 'static>(here: bool, page: impl FnOnce() -> V) -> AnyView {
    if here {
        return page().into_any();
    }
    let location = use_location();
    let search = location.search.get_untracked();
    let hash = location.hash.get_untracked();
    let href = format!(
        "{}{}{search}{}{hash}",
        location.pathname.get_untracked(),
        if search.is_empty() { "" } else { "?" },
        if hash.is_empty() || hash.starts_with('#') { "" } else { "#" },
    );
    Effect::new(move |_| {
        let _ = window().location().set_href(&href);
    });
    view! { <p class="loading"></p> }.into_any()
}
