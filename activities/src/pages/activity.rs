//! One activity: everything a parent needs to decide and to go there, the organiser's
//! contact, a map link and "add to calendar".

use leptos::prelude::*;
use model::{
    activities::{ActivityDetail, ActivityStatus},
    schedule::Schedule,
};
use ui::location::{use_params_map, use_query_map};
use ui::{
    components::{ErrorNotice, Loading, SavedCopy},
    fetch::Fetched,
    i18n::use_i18n,
};

use super::NotFound;
use crate::{
    api,
    app::{use_last_list, use_place},
    components::{ages, cost_line, list, schedule_line, ContactBlock, EquipmentLinks, GuideHelpLink, MapLink},
};

#[component]
pub fn ActivityPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let last_list = use_last_list();
    let own = use_place().municipality.slug;
    let home = own.clone();
    // A neighbour's activity, from the finder with its neighbours: `?in=` names the
    // municipality that runs it, which the page reads it from and names.
    let query = use_query_map();
    let neighbour = Memo::new(move |_| {
        let slug = query.read().get("in").filter(|slug| *slug != home)?;
        let places = use_context::<ui::components::Places>()?;
        places.0.into_iter().find(|place| place.slug == slug)
    });
    let id = Memo::new(move |_| params.read().get("id").and_then(|id| id.parse::<i64>().ok()));
    let detail = LocalResource::new(move || {
        let slug = neighbour.get().map_or_else(|| own.clone(), |place| place.slug);
        let (lang, id) = (i18n.language(), id.get());
        async move {
            match id {
                Some(id) => api::activity(&slug, id, lang).await.map(|mut fetched| {
                    fetched.value.summary.municipality = neighbour.get_untracked();
                    Some(fetched)
                }),
                None => Ok(None),
            }
        }
    });
    view! {
        <a href=move || last_list.get() class="back-link">{i18n.tr("activities-title")}</a>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(Some(fetched)) => view! { <ActivityView fetched /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(failure) if failure.is_not_found() => view! { <NotFound /> }.into_any(),
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// A labelled fact; left out when there is nothing to say.
fn fact(label: &'static str, text: String) -> impl IntoView {
    let i18n = use_i18n();
    (!text.is_empty()).then(|| view! { <dt>{i18n.tr(label)}</dt><dd>{text}</dd> })
}

#[component]
fn ActivityView(fetched: Fetched<ActivityDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let ActivityDetail { summary: a, requested_lang, text, leader_languages, contact, equipment_items, .. } =
        fetched.value;
    let municipality =
        a.municipality.as_ref().map_or_else(|| use_place().municipality.slug, |place| place.slug.clone());
    let place_name = a.municipality.as_ref().map(|place| place.name.clone());
    let text_lang = if a.lang == requested_lang { requested_lang } else { a.lang };
    let calendar = api::activity_calendar(&municipality, a.id, requested_lang);
    let spoken = move || list(i18n, leader_languages.iter().map(|c| format!("spoken-{c}")));
    let organiser = match a.organiser.association.clone() {
        Some(slug) => view! { <a href=format!("/activities/clubs/{slug}")>{a.organiser.name.clone()}</a> }.into_any(),
        None => view! { <span>{i18n.tr("activity-by-municipality")}</span> }.into_any(),
    };
    let sessions = match &a.schedule {
        Schedule::Dates { sessions } => sessions.clone(),
        Schedule::Weekly { .. } => vec![],
    };
    let season = match a.schedule {
        Schedule::Weekly { season_start, season_end, .. } => Some((season_start, season_end)),
        Schedule::Dates { .. } => None,
    };
    let schedule = a.schedule.clone();
    let map_place = a.place.clone();
    view! {
        <article class="activity" lang=text_lang.code()>
            <h1>{a.title.clone()}</h1>
            <SavedCopy saved_at=fetched.saved_at />
            {(a.lang != requested_lang).then(|| view! { <p class="notice" lang=requested_lang.code()>{i18n.tr("activity-in-swedish")}</p> })}
            {(a.status != ActivityStatus::Open).then(|| {
                let id = format!("status-{}", a.status.code());
                view! { <p class="notice warn">{move || i18n.t(&id)}</p> }
            })}
            <dl class="facts" lang=requested_lang.code()>
                <dt>{i18n.tr("activity-by")}</dt><dd>{organiser}</dd>
                {move || fact("activity-for", ages(i18n, a.min_age, a.max_age))}
                {move || fact("activity-category-label", i18n.t(&format!("category-{}", a.category.code())))}
                {move || (a.gender.code() != "all").then(|| fact("activity-gender-label", i18n.t(&format!("gender-{}", a.gender.code()))))}
                {move || fact("activity-when-label", schedule_line(i18n, &schedule).unwrap_or_default())}
                {move || season.map(|(from, to)| fact("activity-season-label", i18n.args("activity-season", &[("from", i18n.day(from)), ("to", i18n.day(to))])))}
                {move || a.next.map(|n| fact("activity-next-label", i18n.args("activity-next-at", &[("date", i18n.day(n.date)), ("time", i18n.clock(n.start))])))}
                {move || fact("activity-cost-label", cost_line(i18n, a.cost_ore))}
                {place_name.clone().map(|name| fact("activity-municipality-label", name))}
                {move || fact("activity-voucher-label", match &place_name {
                    _ if a.covered => i18n.t("activity-covered"),
                    Some(name) if a.voucher_accepted => i18n.with("activity-neighbour-voucher", "municipality", name.clone()),
                    _ if a.voucher_accepted => i18n.t("activity-voucher-accepted"),
                    _ => i18n.t("activity-voucher-not-accepted"),
                })}
                {move || (a.trial_sessions > 0).then(|| fact("activity-trial-label", i18n.count("activity-trial", usize::from(a.trial_sessions))))}
                {move || fact("activity-leaders-speak", spoken())}
                {move || fact("activity-place", a.place.clone())}
            </dl>
            {(!sessions.is_empty()).then(|| view! {
                <h2>{i18n.tr("activity-dates")}</h2>
                <ul class="sessions">
                    {sessions.into_iter().map(|s| view! {
                        <li>{move || format!("{}, {}–{}", i18n.day(s.date), i18n.clock(s.start), i18n.clock(s.end))}</li>
                    }).collect_view()}
                </ul>
            })}
            {(!text.description.is_empty()).then(|| view! { <p class="description">{text.description.clone()}</p> })}
            {(!text.accessibility.is_empty()).then(|| view! {
                <h2>{i18n.tr("activity-accessibility")}</h2><p>{text.accessibility.clone()}</p>
            })}
            {(!text.equipment.is_empty()).then(|| view! {
                <h2>{i18n.tr("activity-equipment")}</h2><p>{text.equipment.clone()}</p>
            })}
            <EquipmentLinks items=equipment_items />
            <GuideHelpLink />
            <div class="actions">
                <a class="button" href=calendar download=format!("activity-{}.ics", a.id)>{i18n.tr("activity-add-to-calendar")}</a>
                {a.position.map(|p| view! { <MapLink position=p place=map_place.clone() /> })}
            </div>
            <p class="hint">{i18n.tr("activity-calendar-hint")}</p>
            <ContactBlock contact />
        </article>
    }
}
