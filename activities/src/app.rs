//! The finder's shell: language, online state, the municipality and the routes, all
//! under `/activities`.

use leptos::prelude::*;
use model::orientation::Municipality;
use ui::{
    components::{Section, Shell},
    i18n::provide_i18n,
    location::{provide_location, Page, Pages},
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
    // The app draws its first page when the reader leaves a list the server sent
    // (`ui::waiting`): the way back is to that list, with its filters.
    let back_to = |list: &str| {
        let left = ui::waiting::left().filter(|href| href == list || href.starts_with(&format!("{list}?")));
        RwSignal::new(left.unwrap_or_else(|| list.to_owned()))
    };
    provide_context(LastList(back_to("/activities")));
    provide_context(LastCatalogue(back_to("/activities/sportotek")));
    provide_context(LastGuides(back_to("/activities/guides")));
    provide_location(PAGES);
    let finder = |municipality| {
        provide_context(Place { municipality });
        view! { <Pages fallback=|| view! { <NotFound /> }.into_any() /> }
    };
    view! { <Shell section=Section::Activities content=finder missing=NotFound /> }
}

/// The pages of the five bundles built from this crate. Each bundle is built with its
/// own feature alone (`finder` for `/activities`, `sportotek` for `/sportotek`, `voucher`
/// for `/voucher`, `guides` for `/guides`, `mine` for `/mine`; the server serves the
/// others under `/activities/…`), so the others' pages are not in its download: a link
/// to one of them loads the page from the server, which sends the bundle that draws it.
pub const PAGES: &[Page] = {
    const FINDER: bool = cfg!(feature = "finder");
    const SPORTOTEK: bool = cfg!(feature = "sportotek");
    const VOUCHER: bool = cfg!(feature = "voucher");
    const GUIDES: bool = cfg!(feature = "guides");
    const MINE: bool = cfg!(feature = "mine");
    &[
        Page::when(FINDER, "/activities", || view! { <FinderPage /> }.into_any()),
        Page::when(FINDER, "/activities/clubs/:slug", || view! { <AssociationPage /> }.into_any()),
        Page::when(VOUCHER, "/activities/voucher", || view! { <VoucherPage /> }.into_any()),
        Page::when(SPORTOTEK, "/activities/sportotek", || view! { <SportotekPage /> }.into_any()),
        Page::when(SPORTOTEK, "/activities/sportotek/reservations", || view! { <ReservationsPage /> }.into_any()),
        Page::when(SPORTOTEK, "/activities/sportotek/items/:id", || view! { <SportotekItemPage /> }.into_any()),
        Page::when(GUIDES, "/activities/guides", || view! { <GuidesPage /> }.into_any()),
        Page::when(GUIDES, "/activities/guides/bookings", || view! { <GuideBookingsPage /> }.into_any()),
        Page::when(GUIDES, "/activities/guides/:id", || view! { <GuidePage /> }.into_any()),
        Page::when(MINE, "/activities/mine", || view! { <MinePage /> }.into_any()),
        Page::when(FINDER, "/activities/:id", || view! { <ActivityPage /> }.into_any()),
    ]
};
