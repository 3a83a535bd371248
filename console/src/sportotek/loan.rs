//! A loan as a card at the counter: code, item, size, the borrower's first name and
//! contact, its days, and the buttons for what can be done with it now.

use leptos::prelude::*;
use model::sportotek::{LoanState, StaffLoan};
use ui::i18n::use_i18n;

use super::{
    counter::{use_counter, Act},
    desk::contact_href,
    loan_actions::{ActionForm, RemindButton},
    LoanStateChip,
};
use crate::voucher::CodeText;

/// Loans as cards, or `empty` when there are none.
#[component]
pub fn LoanList(loans: Vec<StaffLoan>, id: &'static str, empty: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    if loans.is_empty() {
        return view! { <p class="notice" id=id>{i18n.tr(empty)}</p> }.into_any();
    }
    view! {
        <ul class="card-list loan-list" id=id>
            {loans.into_iter().map(|loan| view! { <LoanCard loan /> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn LoanCard(loan: StaffLoan) -> impl IntoView {
    let i18n = use_i18n();
    let counter = use_counter();
    let id = loan.id;
    let href = contact_href(&loan.contact);
    let contact = loan.contact.clone();
    let buttons: &[(Act, &'static str, &'static str)] = match loan.state {
        LoanState::Reserved => &[
            (Act::Checkout, "loan-checkout", "console-sportotek-checkout"),
            (Act::Cancel, "loan-cancel secondary", "console-sportotek-cancel"),
        ],
        LoanState::Lent => &[
            (Act::Checkin, "loan-checkin", "console-sportotek-checkin"),
            (Act::Extend, "loan-extend secondary", "console-sportotek-extend"),
        ],
        _ => &[],
    };
    let (pickup, due, reminded, late) = (loan.pickup_day, loan.due_day, loan.reminded_on, loan.late);
    let lent = loan.state == LoanState::Lent;
    let shown = loan.clone();
    let (code, state) = (loan.code.clone(), loan.state);
    view! {
        <li class="card loan-card" data-loan=id data-code=code.clone() data-state=state.code()>
            <div class="row-head">
                <CodeText code=code.clone() />
                <strong class="loan-item">{loan.item_name.clone()}</strong>
                <span class="chip loan-size">{loan.size_label.clone()}</span>
                <LoanStateChip state late />
            </div>
            <p class="loan-borrower">
                <bdi>{loan.first_name.clone()}</bdi>" · "
                {match href {
                    Some(href) => view! { <a href=href dir="ltr" class="loan-contact">{contact}</a> }.into_any(),
                    None => view! { <bdi class="loan-contact">{contact}</bdi> }.into_any(),
                }}
            </p>
            <p class="loan-days">
                {move || if lent {
                    i18n.with("console-sportotek-due", "day", i18n.day(due))
                } else {
                    i18n.with("console-sportotek-pickup", "day", i18n.day(pickup))
                }}
                {loan.inventory_number.clone().map(|n| view! { " · "<bdi dir="ltr" class="loan-copy">{n}</bdi> })}
                {reminded.map(|day| view! { " · "<span class="loan-reminded">{move || i18n.with("console-sportotek-reminded-on", "day", i18n.day(day))}</span> })}
            </p>
            <div class="button-row loan-actions">
                {buttons.iter().map(|&(act, class, label)| view! {
                    <button type="button" class=class
                        aria-expanded=move || (counter.open.get() == Some((id, act))).to_string()
                        on:click=move |_| counter.open.update(|open| {
                            *open = if *open == Some((id, act)) { None } else { Some((id, act)) };
                        })>
                        {i18n.tr(label)}
                    </button>
                }).collect_view()}
                {(lent && late).then(|| view! { <RemindButton loan=shown.clone() /> })}
            </div>
            {move || counter.open.get().filter(|(open, _)| *open == id).map(|(_, act)| view! { <ActionForm loan=loan.clone() act /> })}
        </li>
    }
}
