//! How the year's fritidscheck is used: totals, by age band, by association and by
//! month. Only counts and sums: nothing here picks out a child.

use leptos::prelude::*;
use leptos_router::components::A;
use model::vouchers::VoucherStats;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{AdminOnly, FailureNotice, YearPicker},
    pages::vouchers::year_choices,
    session::use_session,
    voucher::this_year,
};

#[component]
pub fn VoucherStatistics() -> impl IntoView {
    view! { <AdminOnly><StatsPage /></AdminOnly> }
}

#[component]
fn StatsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let now = this_year();
    let year = RwSignal::new(now);
    let stats = LocalResource::new(move || {
        let (municipality, year) = (session.working_on(), year.get());
        async move { api::voucher_stats(&municipality?, year).await }
    });
    view! {
        <A href="/staff/vouchers" attr:class="back-link">{i18n.tr("console-vouchers-title")}</A>
        <div class="row-head">
            <h1>{i18n.tr("console-nav-voucher-stats")}</h1>
            <YearPicker id="stats-year" years=year_choices(now).to_vec() year />
        </div>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match stats.await {
                    Ok(stats) => view! { <StatsTables stats /> }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn StatsTables(stats: VoucherStats) -> impl IntoView {
    let i18n = use_i18n();
    let VoucherStats { issued, used, issued_ore, redeemed_ore, by_age, by_association, by_month, .. } = stats;
    let money = move |ore: i64| move || i18n.money(ore);
    view! {
        <dl class="totals" id="voucher-totals">
            <div><dt>{i18n.tr("console-stats-issued")}</dt><dd>{issued}</dd></div>
            <div><dt>{i18n.tr("console-stats-used")}</dt><dd>{used}</dd></div>
            <div><dt>{i18n.tr("console-stats-unused")}</dt><dd>{issued - used}</dd></div>
            <div><dt>{i18n.tr("console-stats-issued-amount")}</dt><dd>{money(issued_ore)}</dd></div>
            <div><dt>{i18n.tr("console-stats-redeemed-amount")}</dt><dd>{money(redeemed_ore)}</dd></div>
        </dl>
        <h2>{i18n.tr("console-stats-by-age")}</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-stats-by-age")><table id="stats-by-age">
            <thead><tr>
                <th>{i18n.tr("console-stats-age")}</th><th>{i18n.tr("console-stats-issued")}</th>
                <th>{i18n.tr("console-stats-used")}</th><th>{i18n.tr("console-stats-redeemed-amount")}</th>
            </tr></thead>
            <tbody>{by_age.into_iter().map(|row| view! {
                <tr><td><bdi dir="ltr">{format!("{}–{}", row.from_age, row.to_age)}</bdi></td><td>{row.issued}</td>
                    <td>{row.used}</td><td class="amount">{money(row.redeemed_ore)}</td></tr>
            }).collect_view()}</tbody>
        </table></div>
        <h2>{i18n.tr("console-stats-by-association")}</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-stats-by-association")><table id="stats-by-association">
            <thead><tr>
                <th>{i18n.tr("console-settle-association")}</th><th>{i18n.tr("console-stats-redemptions")}</th>
                <th>{i18n.tr("console-stats-redeemed-amount")}</th>
            </tr></thead>
            <tbody>{by_association.into_iter().map(|row| view! {
                <tr><td>{row.association}</td><td>{row.redemptions}</td><td class="amount">{money(row.redeemed_ore)}</td></tr>
            }).collect_view()}</tbody>
        </table></div>
        <h2>{i18n.tr("console-stats-by-month")}</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-stats-by-month")><table id="stats-by-month">
            <thead><tr>
                <th>{i18n.tr("console-stats-month")}</th><th>{i18n.tr("console-stats-redemptions")}</th>
                <th>{i18n.tr("console-stats-first-uses")}</th><th>{i18n.tr("console-stats-redeemed-amount")}</th>
            </tr></thead>
            <tbody>{by_month.into_iter().map(|row| view! {
                <tr><td><bdi dir="ltr">{row.month}</bdi></td><td>{row.redemptions}</td><td>{row.first_uses}</td>
                    <td class="amount">{money(row.redeemed_ore)}</td></tr>
            }).collect_view()}</tbody>
        </table></div>
    }
}
