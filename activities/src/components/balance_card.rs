//! A fritidscheck as its guardian sees it: what is left, how long it is valid, and what
//! it paid for. No name: the code is all the page knows.

use leptos::prelude::*;
use model::{
    voucher::VoucherCode,
    vouchers::{VoucherBalance, VoucherState, VoucherUse},
};
use ui::i18n::use_i18n;

#[component]
pub fn BalanceCard(code: VoucherCode, balance: VoucherBalance) -> impl IntoView {
    let i18n = use_i18n();
    let VoucherBalance { year, amount_ore, balance_ore, valid_from, valid_until, state, uses, .. } = balance;
    let state_class = if state == VoucherState::Valid { "chip good" } else { "chip warn" };
    let state_id = format!("voucher-state-{}", state.code());
    view! {
        <section class="voucher" aria-labelledby="voucher-heading">
            <h2 id="voucher-heading">
                {move || i18n.with("voucher-heading", "year", year.to_string())}" "
                <bdi dir="ltr" class="number">{code.to_string()}</bdi>
            </h2>
            <p id="voucher-balance" class="voucher-left">
                {move || i18n.args("voucher-left", &[("balance", i18n.money(balance_ore)), ("amount", i18n.money(amount_ore))])}
            </p>
            <p class="chips"><span class=state_class>{move || i18n.t(&state_id)}</span></p>
            <p>{move || i18n.args("voucher-valid", &[("from", i18n.day_with_year(valid_from)), ("until", i18n.day_with_year(valid_until))])}</p>
            <h3>{i18n.tr("voucher-uses-heading")}</h3>
            {uses.is_empty().then(|| view! { <p class="hint">{i18n.tr("voucher-no-uses")}</p> })}
            <ul id="voucher-uses" class="voucher-uses">
                {uses.into_iter().map(|u| view! { <UseLine u /> }).collect_view()}
            </ul>
        </section>
    }
}

/// One payment from the voucher: who, for what, how much and when.
#[component]
fn UseLine(u: VoucherUse) -> impl IntoView {
    let i18n = use_i18n();
    let VoucherUse { association, activity, amount_ore, on, reversed } = u;
    view! {
        <li class:reversed=reversed>
            <span class="use-who">{association}{activity.map(|a| format!(" · {a}"))}</span>
            <span class="use-amount">{move || i18n.money(amount_ore)}</span>
            <span class="use-day">{move || i18n.day_with_year(on)}</span>
            {reversed.then(|| view! { <span class="chip warn">{i18n.tr("voucher-use-reversed")}</span> })}
        </li>
    }
}
