//! Guide bookings by month, the newcomer's language and topic: counts only, no names.

use leptos::prelude::*;
use model::guides::GuideStatistics;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, CoordinatorOnly},
    guides::{spoken_label, topic_label, GuideTabs, COORDINATOR_PAGES},
    session::use_session,
};

#[component]
pub fn GuidesStatistics() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let stats = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::guides_statistics(&municipality?).await }
    });
    view! {
        <CoordinatorOnly>
            <GuideTabs pages=&COORDINATOR_PAGES label="console-nav-guides" />
            <h1>{i18n.tr("console-guides-stats")}</h1>
            {loaded(stats, move |stats| view! { <StatsTable stats /> }.into_any())}
        </CoordinatorOnly>
    }
}

#[component]
fn StatsTable(stats: GuideStatistics) -> impl IntoView {
    let i18n = use_i18n();
    if stats.rows.is_empty() {
        return view! { <p class="notice">{i18n.tr("console-guides-no-stats")}</p> }.into_any();
    }
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-guides-stats")><table id="guides-stats">
            <thead><tr>
                <th>{i18n.tr("console-stats-month")}</th><th>{i18n.tr("console-guides-language")}</th>
                <th>{i18n.tr("console-guides-topic")}</th><th>{i18n.tr("console-guides-booked")}</th>
                <th>{i18n.tr("console-guide-confirmed")}</th><th>{i18n.tr("console-guides-cancelled-by-guide")}</th>
                <th>{i18n.tr("console-guides-cancelled-by-newcomer")}</th>
            </tr></thead>
            <tbody>{stats.rows.into_iter().map(|row| {
                let language = row.language.map(|l| spoken_label(l.code()));
                let topic = topic_label(row.topic);
                view! {
                    <tr>
                        <td><bdi dir="ltr">{row.month}</bdi></td>
                        <td>{move || language.as_ref().map_or_else(|| i18n.t("console-guides-unknown-language"), |l| i18n.t(l))}</td>
                        <td>{move || i18n.t(&topic)}</td>
                        <td>{row.booked}</td><td>{row.confirmed}</td><td>{row.cancelled_by_guide}</td><td>{row.cancelled_by_newcomer}</td>
                    </tr>
                }
            }).collect_view()}</tbody>
        </table></div>
    }.into_any()
}
