//! The leader's other two pages: the association's fritidscheck account, and its
//! activities with one tap to pause, mark full or open again. Both need the signal.

use leptos::prelude::*;
use ui::i18n::use_i18n;

use super::access::{use_associations, ClubOnly};
use crate::{activity::ActivityList, api, components::loaded, pages::VoucherAccount};

#[component]
pub fn Account() -> impl IntoView {
    let i18n = use_i18n();
    let associations = use_associations();
    view! {
        <ClubOnly>
            <h1>{i18n.tr("console-association-redemptions")}</h1>
            {move || associations.chosen.get().map(|id| view! { <VoucherAccount id /> })}
        </ClubOnly>
    }
}

#[component]
pub fn Activities() -> impl IntoView {
    let i18n = use_i18n();
    let associations = use_associations();
    view! {
        <ClubOnly>
            <h1>{i18n.tr("club-nav-activities")}</h1>
            <p class="hint">{i18n.tr("club-activities-hint")}</p>
            {move || associations.chosen.get().map(|id| view! { <ActivitiesOf id /> })}
        </ClubOnly>
    }
}

#[component]
fn ActivitiesOf(id: i64) -> impl IntoView {
    let activities = LocalResource::new(move || api::association_activities(id));
    loaded(activities, move |list| {
        view! { <ActivityList activities=list refetch=move || activities.refetch() external=true /> }.into_any()
    })
}
