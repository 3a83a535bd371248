//! The municipality's own activities: summer camp, summer school, swimming lessons, SFI.

use leptos::prelude::*;
use leptos_router::components::A;
use ui::i18n::use_i18n;

use crate::{
    activity::ActivityList,
    api,
    components::{AdminOnly, FailureNotice},
    session::use_session,
};

#[component]
pub fn OwnActivities() -> impl IntoView {
    view! { <AdminOnly><OwnActivityList /></AdminOnly> }
}

#[component]
fn OwnActivityList() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let list = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::own_activities(&municipality?).await }
    });
    view! {
        <h1>{i18n.tr("console-own-activities-title")}</h1>
        <p><A href="/staff/activities/own/new" attr:class="button">{i18n.tr("console-new-activity")}</A></p>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(activities) => view! { <ActivityList activities refetch=move || list.refetch() /> }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}
