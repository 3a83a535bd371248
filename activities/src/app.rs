//! The finder's shell: language, online state, the municipality and the routes, all
//! under `/activities`.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};
use model::orientation::Municipality;
use ui::{
    components::{Section, Shell},
    i18n::provide_i18n,
    online::provide_online,
};

use crate::pages::{
    ActivityPage, AssociationPage, FinderPage, NotFound, ReservationsPage, SportotekItemPage, SportotekPage,
    VoucherPage,
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

#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    provide_online();
    provide_context(LastList(RwSignal::new("/activities".to_owned())));
    provide_context(LastCatalogue(RwSignal::new("/activities/sportotek".to_owned())));
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

/// The finder's pages. Built with the `finder` feature alone (the `/activities` bundle),
/// the Sportotek's pages are not routed and so not in the download; with `sportotek`
/// alone (the `/sportotek` bundle, which the server serves under
/// `/activities/sportotek`), the finder's are not.
#[component]
fn FinderRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFound>
            <Route path=path!("/activities") view=|| finder(|| view! { <FinderPage /> }) />
            <Route path=path!("/activities/clubs/:slug") view=|| finder(|| view! { <AssociationPage /> }) />
            <Route path=path!("/activities/voucher") view=|| finder(|| view! { <VoucherPage /> }) />
            <Route path=path!("/activities/sportotek") view=|| sportotek(|| view! { <SportotekPage /> }) />
            <Route path=path!("/activities/sportotek/reservations") view=|| sportotek(|| view! { <ReservationsPage /> }) />
            <Route path=path!("/activities/sportotek/items/:id") view=|| sportotek(|| view! { <SportotekItemPage /> }) />
            <Route path=path!("/activities/:id") view=|| finder(|| view! { <ActivityPage /> }) />
        </Routes>
    }
}

/// A page of the other bundle: the whole page is loaded from the server, which sends
/// that bundle. Links between the bundles are `rel="external"`; one that is not lands
/// here, and the page is loaded once the address shows it.
fn elsewhere() -> AnyView {
    Effect::new(|_| {
        let _ = window().location().reload();
    });
    view! { <p class="loading"></p> }.into_any()
}

fn finder<V: IntoView + 'static>(page: impl FnOnce() -> V) -> AnyView {
    if cfg!(feature = "finder") {
        page().into_any()
    } else {
        elsewhere()
    }
}

fn sportotek<V: IntoView + 'static>(page: impl FnOnce() -> V) -> AnyView {
    if cfg!(feature = "sportotek") {
        page().into_any()
    } else {
        elsewhere()
    }
}
