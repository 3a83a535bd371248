//! The municipality's guides for their coordinators: who speaks what, helps with what,
//! has how many bookings to come; deactivating one cancels those.

use leptos::prelude::*;
use model::guides::GuideState;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, CoordinatorOnly},
    guides::{GuideRow, GuideTabs, COORDINATOR_PAGES},
    session::use_session,
};

#[component]
pub fn Guides() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let guides = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::coordinator_guides(&municipality?).await }
    });
    view! {
        <CoordinatorOnly>
            <GuideTabs pages=&COORDINATOR_PAGES label="console-nav-guides" />
            <h1>{i18n.tr("console-guides-list")}</h1>
            {loaded(guides, move |mut all| {
                if all.is_empty() {
                    return view! { <p class="notice">{i18n.tr("console-guides-none")}</p> }.into_any();
                }
                // Active guides first, by name.
                all.sort_by(|a, b| (a.state != GuideState::Approved, &a.first_name).cmp(&(b.state != GuideState::Approved, &b.first_name)));
                view! {
                    <ul class="card-list loan-list" id="guide-list">
                        {all.into_iter().map(|guide| view! { <GuideRow guide /> }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </CoordinatorOnly>
    }
}
