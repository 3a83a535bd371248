//! Volunteers who asked to become guides, waiting ones first; approving gives a
//! one-time link to hand over.

use leptos::prelude::*;
use model::guides::ApplicationState;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, CoordinatorOnly},
    guides::{ApplicationRow, GuideTabs, COORDINATOR_PAGES},
    session::use_session,
};

#[component]
pub fn GuideApplications() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let applications = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::guide_applications(&municipality?).await }
    });
    view! {
        <CoordinatorOnly>
            <GuideTabs pages=&COORDINATOR_PAGES label="console-nav-guides" />
            <h1>{i18n.tr("console-guides-applications")}</h1>
            {loaded(applications, move |mut all| {
                if all.is_empty() {
                    return view! { <p class="notice">{i18n.tr("console-guides-no-applications")}</p> }.into_any();
                }
                // Waiting first; the server's order within each group stays.
                all.sort_by_key(|a| a.state != ApplicationState::Pending);
                view! {
                    <ul class="card-list" id="application-list">
                        {all.into_iter().map(|application| view! { <ApplicationRow application /> }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </CoordinatorOnly>
    }
}
