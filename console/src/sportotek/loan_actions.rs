//! What staff do with one loan: hand it out (the copy by its inventory number, the due
//! day), take it back in the condition it came back in, extend it, cancel a
//! reservation, and note that the borrower was reminded.

use std::future::Future;

use leptos::prelude::*;
use model::{
    schedule::Day,
    sportotek::{CheckinRequest, CheckoutRequest, Condition, ExtendRequest, StaffLoan},
    FieldError,
};
use ui::i18n::use_i18n;

use super::{
    condition_label,
    counter::{use_counter, Act},
    desk::{checkout_due, extended_due, free_copies},
};
use crate::{
    api::{self, Failure},
    components::FailureNotice,
    forms::{described, invalid, FieldNote, Problems},
    session::use_session,
};

/// An action on a loan that answers the loan as it is afterwards: on success the
/// counter says so and the lists read again; a refusal's fields go to `problems`.
fn loan_action<F: Future<Output = Result<StaffLoan, Failure>> + 'static>(
    act: Act,
    problems: Problems,
    call: impl Fn(String) -> F + 'static,
) -> Action<(), Result<StaffLoan, Failure>> {
    let session = use_session();
    let counter = use_counter();
    let call = std::rc::Rc::new(call);
    Action::new_local(move |(): &()| {
        let (municipality, call) = (session.working_on(), call.clone());
        async move {
            let result = async { call(municipality?).await }.await;
            match &result {
                Ok(loan) => counter.finished(act, loan.clone()),
                Err(failure) => problems.set(failure.fields.clone()),
            }
            result
        }
    })
}

/// The refusal that is not about one field, if any.
fn general_failure(action: Action<(), Result<StaffLoan, Failure>>) -> impl IntoView {
    move || {
        action
            .value()
            .get()
            .and_then(Result::err)
            .filter(|f| f.fields.is_empty())
            .map(|failure| view! { <FailureNotice failure /> })
    }
}

/// A date from a date field, or the problem under `field`.
fn typed_day(raw: &str, field: &str) -> Result<Day, Vec<FieldError>> {
    Day::parse(raw.trim()).ok_or_else(|| vec![FieldError::new(field, "console-error-date")])
}

#[component]
pub fn ActionForm(loan: StaffLoan, act: Act) -> impl IntoView {
    match act {
        Act::Checkout => view! { <CheckoutForm loan /> }.into_any(),
        Act::Checkin => view! { <CheckinForm loan /> }.into_any(),
        Act::Extend => view! { <ExtendForm loan /> }.into_any(),
        Act::Cancel => view! { <CancelConfirm loan /> }.into_any(),
        Act::Remind | Act::WalkIn => ().into_any(),
    }
}

/// Hands out a reservation: the copy on the counter, by its inventory number, and the due day.
#[component]
fn CheckoutForm(loan: StaffLoan) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let counter = use_counter();
    let (id, item, size) = (loan.id, loan.item_id, loan.size_id);
    let copy = RwSignal::new(String::new());
    let due = RwSignal::new(
        checkout_due(&loan, counter.today.get_untracked(), counter.loan_days.get_untracked()).to_string(),
    );
    let problems: Problems = RwSignal::new(Vec::new());
    let copies = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::sportotek_item(&municipality?, item).await.map(|item| free_copies(&item, size)) }
    });
    let checkout = loan_action(Act::Checkout, problems, move |municipality| {
        let request =
            CheckoutRequest { copy_id: copy.get_untracked().parse().ok(), due_day: Day::parse(&due.get_untracked()) };
        async move { api::check_out(&municipality, id, &request).await }
    });
    let submit = move || match typed_day(&due.get_untracked(), "due_day") {
        Ok(day) => {
            let found = CheckoutRequest { copy_id: None, due_day: Some(day) }.problems(counter.today.get_untracked());
            problems.set(found.clone());
            if found.is_empty() {
                checkout.dispatch(());
            }
        }
        Err(found) => problems.set(found),
    };
    view! {
        <form class="stack loan-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <label for="checkout-copy">{i18n.tr("console-sportotek-copy")}</label>
            <select id="checkout-copy" bind:value=copy aria-describedby="checkout-copy-hint">
                <option value="">{i18n.tr("console-sportotek-any-copy")}</option>
                {move || copies.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|c| view! {
                    <option value=c.id.to_string()>{c.inventory_number}</option>
                }).collect_view()}
            </select>
            <p class="hint" id="checkout-copy-hint">{i18n.tr("console-sportotek-copy-hint")}</p>
            <FieldNote problems field="copy_id" />
            <label for="checkout-due">{i18n.tr("console-sportotek-due-day")}</label>
            <input id="checkout-due" type="date" bind:value=due min=move || counter.today.get().to_string() required />
            <FieldNote problems field="due_day" />
            <button type="submit" id="checkout-confirm" disabled=move || checkout.pending().get()>{i18n.tr("console-sportotek-checkout")}</button>
            {general_failure(checkout)}
        </form>
    }
}

/// Takes a copy back: fine, damaged (with a note: out of service until repaired) or lost.
#[component]
fn CheckinForm(loan: StaffLoan) -> impl IntoView {
    let i18n = use_i18n();
    let id = loan.id;
    let condition = RwSignal::new(Condition::Fine);
    let note = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let request =
        move || CheckinRequest { condition: condition.get_untracked(), note: note.get_untracked().trim().to_owned() };
    let checkin = loan_action(Act::Checkin, problems, move |municipality| {
        let request = request();
        async move { api::check_in(&municipality, id, &request).await }
    });
    let submit = move || {
        let found = request().problems();
        problems.set(found.clone());
        if found.is_empty() {
            checkin.dispatch(());
        }
    };
    let hint = move || match condition.get() {
        Condition::Fine => "console-sportotek-checkin-fine-hint",
        Condition::Damaged => "console-sportotek-checkin-damaged-hint",
        Condition::Lost => "console-sportotek-checkin-lost-hint",
    };
    view! {
        <form class="stack loan-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <fieldset class="choices" id="checkin-condition">
                <legend>{i18n.tr("console-sportotek-condition")}</legend>
                <div class="segmented">
                    {Condition::ALL.iter().map(|&c| view! {
                        <label class="check">
                            <input type="radio" name="checkin-condition" id=format!("checkin-{}", c.code()) value=c.code()
                                prop:checked=move || condition.get() == c on:change=move |_| condition.set(c) />
                            {move || i18n.t(&condition_label(c))}
                        </label>
                    }).collect_view()}
                </div>
            </fieldset>
            <p class="hint" id="checkin-hint">{move || i18n.t(hint())}</p>
            <label for="checkin-note">{i18n.tr("console-sportotek-note")}</label>
            <textarea id="checkin-note" rows="2" bind:value=note maxlength="300"
                required=move || condition.get() == Condition::Damaged
                aria-invalid=invalid(problems, "note".into())
                aria-describedby=described(problems, "note".into(), Some("checkin-hint".into()))></textarea>
            <FieldNote problems field="note" />
            <button type="submit" id="checkin-confirm" disabled=move || checkin.pending().get()>{i18n.tr("console-sportotek-checkin")}</button>
            {general_failure(checkin)}
        </form>
    }
}

#[component]
fn ExtendForm(loan: StaffLoan) -> impl IntoView {
    let i18n = use_i18n();
    let counter = use_counter();
    let id = loan.id;
    let today = counter.today.get_untracked();
    let due = RwSignal::new(extended_due(loan.due_day, today, counter.loan_days.get_untracked()).to_string());
    let problems: Problems = RwSignal::new(Vec::new());
    let extend = loan_action(Act::Extend, problems, move |municipality| {
        let request = Day::parse(&due.get_untracked()).map(|due_day| ExtendRequest { due_day });
        async move { api::extend_loan(&municipality, id, &request.ok_or_else(Failure::offline)?).await }
    });
    let submit = move || {
        let found = typed_day(&due.get_untracked(), "due_day")
            .map_or_else(|problems| problems, |due_day| ExtendRequest { due_day }.problems(today));
        problems.set(found.clone());
        if found.is_empty() {
            extend.dispatch(());
        }
    };
    view! {
        <form class="stack loan-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <label for="extend-due">{i18n.tr("console-sportotek-new-due-day")}</label>
            <input id="extend-due" type="date" bind:value=due min=today.to_string() required />
            <FieldNote problems field="due_day" />
            <button type="submit" id="extend-confirm" disabled=move || extend.pending().get()>{i18n.tr("console-sportotek-extend")}</button>
            {general_failure(extend)}
        </form>
    }
}

/// "Cancel the reservation?", answered with one more tap.
#[component]
fn CancelConfirm(loan: StaffLoan) -> impl IntoView {
    let i18n = use_i18n();
    let counter = use_counter();
    let id = loan.id;
    let problems: Problems = RwSignal::new(Vec::new());
    let cancel =
        loan_action(
            Act::Cancel,
            problems,
            move |municipality| async move { api::cancel_loan(&municipality, id).await },
        );
    view! {
        <div class="loan-form" role="group" aria-labelledby="cancel-question">
            <p id="cancel-question">{i18n.tr("console-sportotek-cancel-question")}</p>
            <div class="button-row">
                <button type="button" id="cancel-confirm" disabled=move || cancel.pending().get()
                    on:click=move |_| { cancel.dispatch(()); }>{i18n.tr("console-sportotek-cancel-yes")}</button>
                <button type="button" class="secondary" on:click=move |_| counter.open.set(None)>{i18n.tr("console-sportotek-cancel-no")}</button>
            </div>
            {move || cancel.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        </div>
    }
}

/// "Reminded today": notes the day staff called or wrote; once is enough per day.
#[component]
pub fn RemindButton(loan: StaffLoan) -> impl IntoView {
    let i18n = use_i18n();
    let counter = use_counter();
    let (id, reminded) = (loan.id, loan.reminded_on);
    let problems: Problems = RwSignal::new(Vec::new());
    let remind =
        loan_action(
            Act::Remind,
            problems,
            move |municipality| async move { api::note_reminder(&municipality, id).await },
        );
    let today = move || reminded == Some(counter.today.get());
    view! {
        <button type="button" class="loan-remind secondary" disabled=move || remind.pending().get() || today()
            on:click=move |_| { remind.dispatch(()); }>
            {move || i18n.t(if today() { "console-sportotek-reminded-today" } else { "console-sportotek-remind" })}
        </button>
        {move || remind.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
    }
}
