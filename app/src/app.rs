//! The app shell: language, online state, the current municipality and the routes.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};
use model::orientation::{Municipality, OrientationIndex};

use ui::{
    components::{BottomNav, OfflineBanner, Section, TopBar},
    i18n::{provide_i18n, use_i18n},
    online::provide_online,
};

use crate::{
    api::{self, Failure, Fetched},
    components::{ErrorNotice, Loading},
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
    let i18n = provide_i18n(&["app"]);
    provide_online();
    let municipalities = LocalResource::new(api::municipalities);
    view! {
        <Router>
            <a class="skip-link" href="#main">{i18n.tr("skip-to-content")}</a>
            <TopBar section=Section::Orientation />
            <OfflineBanner />
            <main id="main" tabindex="-1">
                <Transition fallback=Loading>
                    {move || Suspend::new(async move {
                        match municipalities.await {
                            Ok(list) => match list.value.into_iter().next() {
                                Some(municipality) => view! { <AppRoutes municipality /> }.into_any(),
                                None => view! { <NotFound /> }.into_any(),
                            },
                            Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                        }
                    })}
                </Transition>
            </main>
            <BottomNav section=Section::Orientation />
        </Router>
    }
}

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
        <Routes fallback=NotFound>
            <Route path=path!("/") view=Home />
            <Route path=path!("/topics/:topic") view=TopicPage />
            <Route path=path!("/articles/:slug") view=ArticlePage />
            <Route path=path!("/search") view=SearchPage />
            <Route path=path!("/about") view=About />
        </Routes>
    }
}
