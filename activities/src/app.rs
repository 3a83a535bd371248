//! The finder's shell: language, online state, the municipality and the routes, all
//! under `/activities`.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};
use model::orientation::Municipality;
use ui::{
    components::{BottomNav, ErrorNotice, Loading, OfflineBanner, Section, TopBar},
    i18n::provide_i18n,
    online::provide_online,
};

use crate::{
    api,
    pages::{ActivityPage, AssociationPage, FinderPage, NotFound},
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

#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n(&["app", "activities"]);
    provide_online();
    provide_context(LastList(RwSignal::new("/activities".to_owned())));
    let municipalities = LocalResource::new(api::municipalities);
    view! {
        <Router>
            <a class="skip-link" href="#main">{i18n.tr("skip-to-content")}</a>
            <TopBar section=Section::Activities />
            <OfflineBanner />
            <main id="main" tabindex="-1">
                <Transition fallback=Loading>
                    {move || Suspend::new(async move {
                        match municipalities.await {
                            Ok(list) => match list.value.into_iter().next() {
                                Some(municipality) => {
                                    provide_context(Place { municipality });
                                    view! { <FinderRoutes /> }.into_any()
                                }
                                None => view! { <NotFound /> }.into_any(),
                            },
                            Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                        }
                    })}
                </Transition>
            </main>
            <BottomNav section=Section::Activities />
        </Router>
    }
}

#[component]
fn FinderRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFound>
            <Route path=path!("/activities") view=FinderPage />
            <Route path=path!("/activities/clubs/:slug") view=AssociationPage />
            <Route path=path!("/activities/:id") view=ActivityPage />
        </Routes>
    }
}
