//! What the Sportotek lent in a year: per category and month, loans and unique
//! borrowers, the stock, and the items nobody has borrowed. Counts only: no names.

use leptos::prelude::*;
use model::sportotek::Stats;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, SportotekOnly, YearPicker},
    session::use_session,
    sportotek::{category_label, SportotekTabs},
    voucher::this_year,
};

#[component]
pub fn SportotekStats() -> impl IntoView {
    view! { <SportotekOnly><StatsPage /></SportotekOnly> }
}

#[component]
fn StatsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let now = this_year();
    let year = RwSignal::new(now);
    let stats = LocalResource::new(move || {
        let (municipality, year) = (session.working_on(), year.get());
        async move { api::sportotek_stats(&municipality?, year).await }
    });
    view! {
        <SportotekTabs />
        <div class="row-head">
            <h1>{i18n.tr("console-sportotek-stats")}</h1>
            <YearPicker id="sportotek-stats-year" years=(now - 4..=now).rev().collect() year />
        </div>
        {loaded(stats, move |stats| view! { <StatsTables stats /> }.into_any())}
    }
}

#[component]
fn StatsTables(stats: Stats) -> impl IntoView {
    let i18n = use_i18n();
    let Stats { loans, borrowers, by_category, by_month, never_lent, .. } = stats;
    let category = move |c| move || i18n.t(&category_label(c));
    view! {
        <dl class="totals" id="sportotek-totals">
            <div><dt>{i18n.tr("console-sportotek-stats-loans")}</dt><dd>{loans}</dd></div>
            <div><dt>{i18n.tr("console-sportotek-stats-borrowers")}</dt><dd>{borrowers}</dd></div>
        </dl>
        <h2>{i18n.tr("console-sportotek-stats-by-category")}</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-sportotek-stats-by-category")><table id="sportotek-by-category">
            <thead><tr>
                <th>{i18n.tr("console-sportotek-category")}</th><th>{i18n.tr("console-sportotek-stats-items")}</th>
                <th>{i18n.tr("console-sportotek-stats-in-service")}</th><th>{i18n.tr("console-sportotek-condition-damaged")}</th>
                <th>{i18n.tr("console-sportotek-condition-lost")}</th><th>{i18n.tr("console-sportotek-stats-loans")}</th>
                <th>{i18n.tr("console-sportotek-stats-borrowers")}</th>
            </tr></thead>
            <tbody>{by_category.into_iter().map(|row| view! {
                <tr data-category=row.category.code()><td>{category(row.category)}</td><td>{row.items}</td><td>{row.copies_in_service}</td>
                    <td>{row.damaged}</td><td>{row.lost}</td><td>{row.loans}</td><td>{row.borrowers}</td></tr>
            }).collect_view()}</tbody>
        </table></div>
        <h2>{i18n.tr("console-sportotek-stats-by-month")}</h2>
        {if by_month.is_empty() {
            view! { <p class="notice">{i18n.tr("console-sportotek-stats-no-loans")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-sportotek-stats-by-month")><table id="sportotek-by-month">
                    <thead><tr>
                        <th>{i18n.tr("console-stats-month")}</th><th>{i18n.tr("console-sportotek-category")}</th>
                        <th>{i18n.tr("console-sportotek-stats-loans")}</th><th>{i18n.tr("console-sportotek-stats-borrowers")}</th>
                    </tr></thead>
                    <tbody>{by_month.into_iter().map(|row| view! {
                        <tr><td><bdi dir="ltr">{row.month}</bdi></td><td>{category(row.category)}</td><td>{row.loans}</td><td>{row.borrowers}</td></tr>
                    }).collect_view()}</tbody>
                </table></div>
            }.into_any()
        }}
        <h2>{i18n.tr("console-sportotek-never-lent")}</h2>
        {if never_lent.is_empty() {
            view! { <p class="notice">{i18n.tr("console-sportotek-never-lent-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list" id="sportotek-never-lent">
                    {never_lent.into_iter().map(|item| view! {
                        <li><a href=format!("/staff/sportotek/items/{}", item.item_id)>{item.name}</a>" · "{category(item.category)}</li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
