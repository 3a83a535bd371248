//! The app shell: language, online state, the current municipality and the routes.

use leptos::prelude::*;
use model::orientation::{Municipality, OrientationIndex};

use ui::{
    components::{Section, Shell},
    i18n::{provide_i18n, use_i18n},
    location::{provide_location, Page, Pages},
    online::provide_online,
};

use crate::{
    api::{self, Failure, Fetched},
    pages::{About, ArticlePage, Home, NotFound, SearchPage, TopicPage},
};

/// The municipality the reader is in, and its orientation index in their language.
#[derive(Clone)]
pub struct Place {
    pub municipality: Municipality,
    pub index: LocalResource<Result<Fetched<OrientationIndex>, Failure>>,
}

pub fn use_place() -> Place {
    expect_context::<Place>()
}

#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    provide_online();
    provide_location(PAGES);
    view! {
        <Shell section=Section::Orientation content=|municipality| view! { <AppRoutes municipality /> } missing=NotFound />
    }
}

pub const PAGES: &[Page] = &[
    Page::here("/", || view! { <Home /> }.into_any()),
    Page::here("/topics/:topic", || view! { <TopicPage /> }.into_any()),
    Page::here("/articles/:slug", || view! { <ArticlePage /> }.into_any()),
    Page::here("/search", || view! { <SearchPage /> }.into_any()),
    Page::here("/about", || view! { <About /> }.into_any()),
];

#[component]
fn AppRoutes(municipality: Municipality) -> impl IntoView {
    let i18n = use_i18n();
    let slug = municipality.slug.clone();
    let index = LocalResource::new(move || {
        let slug = slug.clone();
        let lang = i18n.language();
        async move { api::orientation(&slug, lang).await }
    });
    provide_context(Place { municipality, index });
    view! {
        <Pages fallback=|| view! { <NotFound /> }.into_any() />
    }
}
