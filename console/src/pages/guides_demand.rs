//! What newcomers look for and no guide offers: the languages and topics asked for,
//! how often, and how many guides with open times cover each.

use leptos::prelude::*;
use model::guides::UncoveredDemand;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, CoordinatorOnly},
    guides::{spoken_label, topic_label, GuideTabs, COORDINATOR_PAGES},
    session::use_session,
};

#[component]
pub fn GuidesDemand() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let demand = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::guides_demand(&municipality?).await }
    });
    view! {
        <CoordinatorOnly>
            <GuideTabs pages=&COORDINATOR_PAGES label="console-nav-guides" />
            <h1>{i18n.tr("console-guides-demand")}</h1>
            <p class="intro">{i18n.tr("console-guides-demand-intro")}</p>
            {loaded(demand, move |demand| view! { <DemandTable demand /> }.into_any())}
        </CoordinatorOnly>
    }
}

#[component]
fn DemandTable(demand: UncoveredDemand) -> impl IntoView {
    let i18n = use_i18n();
    let UncoveredDemand { from, to, mut rows } = demand;
    // The uncovered first, the most asked for first.
    rows.sort_by_key(|r| (r.guides, std::cmp::Reverse(r.asked)));
    let period = move || i18n.args("console-guides-period", &[("from", i18n.day(from)), ("to", i18n.day(to))]);
    if rows.is_empty() {
        return view! { <p class="hint">{period}</p><p class="notice">{i18n.tr("console-guides-no-demand")}</p> }
            .into_any();
    }
    view! {
        <p class="hint">{period}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-guides-demand")><table id="guides-demand">
            <thead><tr>
                <th>{i18n.tr("console-guides-language")}</th><th>{i18n.tr("console-guides-topic")}</th>
                <th>{i18n.tr("console-guides-asked")}</th><th>{i18n.tr("console-guides-covering")}</th>
            </tr></thead>
            <tbody>{rows.into_iter().map(|row| {
                let language = spoken_label(&row.language);
                let topic = row.topic.map(topic_label);
                view! {
                    <tr class:uncovered=row.guides == 0>
                        <td>{move || i18n.t(&language)}</td>
                        <td>{move || topic.as_ref().map_or_else(|| i18n.t("console-guides-any-topic"), |t| i18n.t(t))}</td>
                        <td>{row.asked}</td><td>{row.guides}</td>
                    </tr>
                }
            }).collect_view()}</tbody>
        </table></div>
    }.into_any()
}
