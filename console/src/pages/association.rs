//! One association as its own accounts (or an admin) keep it: the profile, and the
//! activities with their status and a way to add more.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};
use ui::i18n::use_i18n;

use super::association_profile::ProfileForm;
use crate::{
    activity::ActivityList,
    api,
    components::{AssociationStateChip, FailureNotice, SignedIn},
    session::use_session,
};

#[component]
pub fn Association() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|id| id.parse::<i64>().ok());
    view! { <SignedIn>{move || id().map(|id| view! { <AssociationPage id /> })}</SignedIn> }
}

#[component]
fn AssociationPage(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let association = LocalResource::new(move || api::association(id));
    let activities = LocalResource::new(move || api::association_activities(id));
    let (back, back_label) = if session.is_admin() {
        ("/staff/associations", "console-nav-associations")
    } else {
        ("/staff/my-association", "console-nav-my-association")
    };
    view! {
        <A href=back attr:class="back-link">{i18n.tr(back_label)}</A>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match association.await {
                    Ok(a) => view! {
                        <div class="row-head">
                            <h1>{a.name.clone()}</h1>
                            <AssociationStateChip state=a.state />
                        </div>
                        <section aria-labelledby="activities-heading">
                            <div class="row-head">
                                <h2 id="activities-heading">{i18n.tr("console-activities-title")}</h2>
                                <A href=format!("/staff/associations/{id}/activities/new") attr:class="button">
                                    {i18n.tr("console-new-activity")}
                                </A>
                            </div>
                            <Transition fallback=|| ()>
                                {move || Suspend::new(async move {
                                    match activities.await {
                                        Ok(list) => view! {
                                            <ActivityList activities=list refetch=move || activities.refetch() />
                                        }.into_any(),
                                        Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                                    }
                                })}
                            </Transition>
                        </section>
                        <section aria-labelledby="profile-heading">
                            <h2 id="profile-heading">{i18n.tr("console-profile-title")}</h2>
                            <ProfileForm id edit=a.edit />
                        </section>
                    }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}
