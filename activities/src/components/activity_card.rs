//! One activity in a result list: what, who, when, how much.

use leptos::prelude::*;
use model::activities::{ActivityStatus, ActivitySummary};
use ui::i18n::use_i18n;

use super::{ages, cost_line, schedule_line};

/// Where a card links to: a neighbour's activity is read from its own municipality (`?in=`).
pub fn card_href(activity: &ActivitySummary) -> String {
    match &activity.municipality {
        Some(place) => format!("/activities/{}?in={}", activity.id, place.slug),
        None => format!("/activities/{}", activity.id),
    }
}

/// The card the server sent for `activity` while the app takes its page over, else the
/// card built.
pub fn activity_card(activity: ActivitySummary) -> AnyView {
    ui::served::card_or(&card_href(&activity), || view! { <ActivityCard activity /> })
}

#[component]
pub fn ActivityCard(activity: ActivitySummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = card_href(&activity);
    let a = activity;
    let neighbour = a.municipality.clone().map(|place| {
        let name = place.name;
        let voucher = if a.voucher_accepted {
            i18n.with("activity-neighbour-voucher", "municipality", name.clone())
        } else {
            i18n.t("activity-voucher-not-accepted")
        };
        view! {
            <p class="neighbour">
                <span class="chip">{i18n.with("activity-in-municipality", "municipality", name)}</span>
                <span class="chip">{voucher}</span>
            </p>
        }
    });
    let own = a.municipality.is_none();
    let category = format!("category-{}", a.category.code());
    let status = (a.status != ActivityStatus::Open).then(|| format!("status-{}", a.status.code()));
    view! {
        <li class="card activity-card">
            <a href=href>
                <h3 lang=a.lang.code()>{a.title.clone()}</h3>
                <p class="organiser">{a.organiser.name.clone()}</p>
                <p class="chips">
                    <span class="chip">{move || i18n.t(&category)}</span>
                    <span class="chip">{move || ages(i18n, a.min_age, a.max_age)}</span>
                    {(a.gender.code() != "all").then(|| {
                        let gender = format!("gender-{}", a.gender.code());
                        view! { <span class="chip">{move || i18n.t(&gender)}</span> }
                    })}
                    {status.map(|id| view! { <span class="chip warn">{move || i18n.t(&id)}</span> })}
                </p>
                <p class="when">
                    {
                        let schedule = a.schedule.clone();
                        move || match (schedule_line(i18n, &schedule), a.next) {
                            (Some(line), _) => line,
                            (None, Some(next)) => i18n.args(
                                "activity-next",
                                &[("date", i18n.day(next.date)), ("time", i18n.clock(next.start))],
                            ),
                            (None, None) => String::new(),
                        }
                    }
                </p>
                <p class="cost">
                    {move || cost_line(i18n, a.cost_ore)}
                    {a.covered.then(|| view! { <span class="chip good">{i18n.tr("activity-covered")}</span> })}
                    {(!a.covered && a.voucher_accepted && own)
                        .then(|| view! { <span class="chip">{i18n.tr("activity-voucher-accepted")}</span> })}
                </p>
                {neighbour}
                {(a.trial_sessions > 0).then(|| {
                    let count = usize::from(a.trial_sessions);
                    view! { <p class="trial">{move || i18n.count("activity-trial", count)}</p> }
                })}
                {a.distance_m.map(|m| {
                    let km = model::activities::km_text(m);
                    view! { <p class="distance">{move || i18n.with("activity-distance", "km", km.clone())}</p> }
                })}
            </a>
        </li>
    }
}
