//! Settling with the associations: what an association redeemed in a period, closing
//! that as a settlement for the finance system, and marking it paid.

use leptos::prelude::*;
use leptos_router::components::A;
use model::{
    activities::AssociationState,
    schedule::Day,
    vouchers::{Settlement, SettlementRequest, SettlementState},
};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{AdminOnly, FailureNotice},
    intl,
    session::use_session,
    voucher::{CodeText, SettlementStateChip},
};

/// The calendar month before `today`'s: what is usually settled at the start of a month.
pub fn previous_month(today: Day) -> (Day, Day) {
    let first_of_this = Day::from_ymd(today.year(), today.month(), 1).expect("the first of a month");
    let last = first_of_this.plus_days(-1);
    (Day::from_ymd(last.year(), last.month(), 1).expect("the first of a month"), last)
}

#[component]
pub fn Settlements() -> impl IntoView {
    view! { <AdminOnly><SettlementsPage /></AdminOnly> }
}

#[component]
fn SettlementsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let (from, until) = intl::today_and_now().map_or((String::new(), String::new()), |(today, _)| {
        let (from, until) = previous_month(today);
        (from.to_string(), until.to_string())
    });
    let (association, from, until) = (RwSignal::new(String::new()), RwSignal::new(from), RwSignal::new(until));
    let associations = LocalResource::new(move || {
        let municipality = session.working_on();
        async move {
            let all = api::associations(&municipality?).await?;
            let approved: Vec<_> = all.into_iter().filter(|a| a.state == AssociationState::Approved).collect();
            if let (Some(first), true) = (approved.first(), association.get_untracked().is_empty()) {
                association.set(first.id.to_string());
            }
            Ok::<_, api::Failure>(approved)
        }
    });
    let selected = RwSignal::new(None::<i64>);
    let refresh = RwSignal::new(0_u32);
    let preview = Action::new_local(move |(): &()| {
        let municipality = session.working_on();
        let (association, from, until) = (association.get_untracked(), from.get_untracked(), until.get_untracked());
        async move { api::settlement_preview(&municipality?, &association, &from, &until).await }
    });
    let close = Action::new_local(move |request: &SettlementRequest| {
        let request = request.clone();
        let municipality = session.working_on();
        async move {
            let closed = api::close_settlement(&municipality?, &request).await?;
            // What was previewed is settled now: show the settlement, not the preview.
            preview.value().set(None);
            selected.set(closed.id);
            refresh.update(|n| *n += 1);
            Ok::<_, api::Failure>(closed)
        }
    });
    let request = move || {
        Some(SettlementRequest {
            association_id: association.get_untracked().parse().ok()?,
            from: Day::parse(&from.get_untracked())?,
            until: Day::parse(&until.get_untracked())?,
        })
    };
    view! {
        <h1>{i18n.tr("console-nav-settlements")}</h1>
        <form class="stack" on:submit=move |ev| { ev.prevent_default(); preview.dispatch(()); }>
            <label for="settle-association">{i18n.tr("console-settle-association")}</label>
            <select id="settle-association" bind:value=association>
                {move || associations.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|a| view! {
                    <option value=a.id.to_string()>{a.name}</option>
                }).collect_view()}
            </select>
            {move || associations.get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
            <div class="pair">
                <div>
                    <label for="settle-from">{i18n.tr("console-settle-from")}</label>
                    <input id="settle-from" type="date" bind:value=from required />
                </div>
                <div>
                    <label for="settle-until">{i18n.tr("console-settle-until")}</label>
                    <input id="settle-until" type="date" bind:value=until min=move || from.get() required />
                </div>
            </div>
            <button type="submit" id="settle-preview" disabled=move || preview.pending().get() || association.with(String::is_empty)>
                {i18n.tr("console-settle-preview")}
            </button>
        </form>
        {move || preview.value().get().map(|result| match result {
            Ok(settlement) => view! {
                <section class="settlement-preview" aria-labelledby="preview-heading">
                    <h2 id="preview-heading">{i18n.tr("console-settle-preview-title")}</h2>
                    <SettlementLines settlement />
                    <button type="button" id="settle-close" disabled=move || close.pending().get()
                        on:click=move |_| if let Some(r) = request() { close.dispatch(r); }>
                        {i18n.tr("console-settle-close")}
                    </button>
                    {move || close.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
                </section>
            }.into_any(),
            Err(failure) => view! { <FailureNotice failure /> }.into_any(),
        })}
        {move || association.get().parse::<i64>().ok().map(|id| view! {
            <p><A href=format!("/staff/associations/{id}/vouchers")>{i18n.tr("console-association-redemptions")}</A></p>
        })}
        <SettlementList selected refresh />
        {move || selected.get().map(|id| view! { <SettlementDetail id refresh /> })}
    }
}

/// A settlement's lines and its total.
#[component]
pub fn SettlementLines(settlement: Settlement) -> impl IntoView {
    let i18n = use_i18n();
    let Settlement { association, from, until, total_ore, lines, .. } = settlement;
    view! {
        <p>{association}" · "<bdi dir="ltr">{format!("{from} – {until}")}</bdi></p>
        {if lines.is_empty() {
            view! { <p class="notice">{i18n.tr("console-settle-empty")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-settlement-title")><table class="settlement-lines">
                    <thead><tr>
                        <th>{i18n.tr("console-redemption-date")}</th><th>{i18n.tr("console-voucher-code")}</th>
                        <th>{i18n.tr("console-redeem-activity")}</th><th>{i18n.tr("console-receipt-paid")}</th>
                    </tr></thead>
                    <tbody>{lines.into_iter().map(|line| view! {
                        <tr><td>{line.on.to_string()}</td><td><CodeText code=line.code /></td>
                            <td>{line.activity.unwrap_or_default()}</td><td class="amount">{move || i18n.money(line.amount_ore)}</td></tr>
                    }).collect_view()}</tbody>
                </table></div>
            }.into_any()
        }}
        <p class="settlement-total">{i18n.tr("console-settle-total")}" "<strong>{move || i18n.money(total_ore)}</strong></p>
    }
}

#[component]
fn SettlementList(selected: RwSignal<Option<i64>>, refresh: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let list = LocalResource::new(move || {
        refresh.track();
        let municipality = session.working_on();
        async move { api::settlements(&municipality?).await }
    });
    view! {
        <h2>{i18n.tr("console-settlements-title")}</h2>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(all) if all.is_empty() => view! { <p class="notice">{i18n.tr("console-settlements-none")}</p> }.into_any(),
                    Ok(all) => view! {
                        <ul class="card-list" id="settlement-list">
                            {all.into_iter().map(|s| {
                                let id = s.id;
                                view! {
                                    <li class="card" data-settlement=id>
                                        <div class="row-head">
                                            <span class="card-title">{s.association}</span>
                                            <SettlementStateChip state=s.state />
                                        </div>
                                        <p class="card-summary">
                                            <bdi dir="ltr">{format!("{} – {}", s.from, s.until)}</bdi>" · "{move || i18n.money(s.total_ore)}
                                        </p>
                                        <button type="button" class="secondary show-settlement"
                                            aria-pressed=move || (selected.get() == id && id.is_some()).to_string()
                                            on:click=move |_| selected.set(id)>{i18n.tr("console-settlement-show")}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// One closed settlement: its lines, the files for the finance system, and "Mark paid".
#[component]
fn SettlementDetail(id: i64, refresh: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let detail = LocalResource::new(move || {
        refresh.track();
        api::settlement(id)
    });
    let pay = Action::new_local(move |(): &()| async move {
        let result = api::mark_paid(id).await;
        if result.is_ok() {
            refresh.update(|n| *n += 1);
        }
        result
    });
    view! {
        <section class="settlement-detail" id="settlement-detail" aria-labelledby="detail-heading">
            <h2 id="detail-heading">{i18n.tr("console-settlement-title")}</h2>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match detail.await {
                        Ok(settlement) => {
                            let closed = settlement.state == Some(SettlementState::Closed);
                            view! {
                                <SettlementStateChip state=settlement.state />
                                {settlement.paid_on.map(|day| view! { " "<span>{move || i18n.with("console-settlement-paid-on", "date", day.to_string())}</span> })}
                                <SettlementLines settlement />
                                <div class="button-row">
                                    <a id="export-csv" class="button secondary" href=api::settlement_csv(id) download rel="external">{i18n.tr("console-export-csv")}</a>
                                    <a id="export-sie" class="button secondary" href=api::settlement_sie(id) download rel="external">{i18n.tr("console-export-sie")}</a>
                                    {closed.then(|| view! {
                                        <button type="button" id="mark-paid" disabled=move || pay.pending().get()
                                            on:click=move |_| { pay.dispatch(()); }>{i18n.tr("console-mark-paid")}</button>
                                    })}
                                </div>
                            }.into_any()
                        }
                        Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                    }
                })}
            </Transition>
            {move || pay.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(raw: &str) -> Day {
        Day::parse(raw).unwrap()
    }

    #[test]
    fn the_default_period_is_the_whole_previous_month() {
        for (today, from, until) in [
            ("2026-03-15", "2026-02-01", "2026-02-28"),
            ("2024-03-01", "2024-02-01", "2024-02-29"),
            ("2026-01-31", "2025-12-01", "2025-12-31"),
            ("2026-05-01", "2026-04-01", "2026-04-30"),
        ] {
            assert_eq!(previous_month(day(today)), (day(from), day(until)), "{today}");
        }
    }
}
