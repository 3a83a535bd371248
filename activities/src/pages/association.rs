//! An association's page: who they are, how to reach them, their activities and their
//! calendar to subscribe to.

use leptos::prelude::*;
use model::associations::AssociationProfile;
use ui::location::use_params_map;
use ui::{
    components::{ErrorNotice, Loading, SavedCopy},
    fetch::Fetched,
    i18n::use_i18n,
};

use super::NotFound;
use crate::{
    api,
    app::{use_last_list, use_place},
    components::{activity_card, ContactBlock, MapLink},
};

#[component]
pub fn AssociationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let last_list = use_last_list();
    let municipality = use_place().municipality.slug;
    let profile = LocalResource::new(move || {
        let (m, lang, slug) = (municipality.clone(), i18n.language(), params.read().get("slug").unwrap_or_default());
        async move { api::association(&m, &slug, lang).await }
    });
    view! {
        <a href=move || last_list.get() class="back-link">{i18n.tr("activities-title")}</a>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(fetched) => view! { <AssociationView fetched /> }.into_any(),
                    Err(failure) if failure.is_not_found() => view! { <NotFound /> }.into_any(),
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn AssociationView(fetched: Fetched<AssociationProfile>) -> impl IntoView {
    let i18n = use_i18n();
    let municipality = use_place().municipality.slug;
    let p = fetched.value;
    let requested = i18n.language();
    let calendar = api::association_calendar(&municipality, &p.slug, requested);
    let address = p.contact.address.clone();
    view! {
        <h1>{p.name.clone()}</h1>
        <SavedCopy saved_at=fetched.saved_at />
        {(p.lang != requested && !p.description.is_empty())
            .then(|| view! { <p class="notice">{i18n.tr("activity-in-swedish")}</p> })}
        {(!p.description.is_empty()).then(|| view! { <p class="description" lang=p.lang.code()>{p.description.clone()}</p> })}
        <p class="chips">
            {p.categories.iter().map(|c| {
                let id = format!("category-{}", c.code());
                view! { <span class="chip">{move || i18n.t(&id)}</span> }
            }).collect_view()}
            {p.accepts_voucher.then(|| view! { <span class="chip good">{i18n.tr("association-voucher")}</span> })}
        </p>
        <div class="actions">
            <a class="button secondary" href=calendar download=format!("{}.ics", p.slug)>{i18n.tr("association-calendar")}</a>
            {p.position.map(|position| view! { <MapLink position place=address /> })}
        </div>
        <ContactBlock contact=p.contact />
        <h2>{i18n.tr("association-activities")}</h2>
        <ul class="card-list">
            {p.activities.into_iter().map(activity_card).collect_view()}
        </ul>
    }
}
