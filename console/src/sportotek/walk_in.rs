//! Lending without a reservation: the item, size and copy on the counter, the
//! borrower's first name and contact, and the due day. The idempotency key is made at
//! the first "Lend" and sent again on every retry, so a lost answer never lends twice.

use leptos::prelude::*;
use model::{
    schedule::Day,
    sportotek::{StaffItem, WalkInRequest},
    FieldError,
};
use ui::i18n::use_i18n;

use super::{
    counter::{use_counter, Act},
    desk::{free_copies, item_name},
};
use crate::{
    api,
    components::FailureNotice,
    forms::{FieldNote, ProblemSummary, Problems, TextField},
    session::use_session,
    voucher::{new_key, PaymentKey},
};

#[component]
pub fn WalkInForm(items: Vec<StaffItem>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let counter = use_counter();
    let items = StoredValue::new(items);
    let (item, size, copy) = (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (first_name, contact) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let due = RwSignal::new(counter.default_due().to_string());
    // The loan days arrive after the form is drawn.
    Effect::new(move |_| due.set(super::desk::default_due(counter.today.get(), counter.loan_days.get()).to_string()));
    let problems: Problems = RwSignal::new(Vec::new());
    let key = StoredValue::new(PaymentKey::default());
    let chosen_item = move || items.with_value(|all| all.iter().find(|i| i.id.to_string() == item.get()).cloned());
    let read = move || -> Result<WalkInRequest, Vec<FieldError>> {
        let size_id = size.get_untracked().parse().map_err(|_| vec![FieldError::new("size_id", "error-required")])?;
        let due_day = Day::parse(due.get_untracked().trim())
            .ok_or_else(|| vec![FieldError::new("due_day", "console-error-date")])?;
        let request = WalkInRequest {
            size_id,
            copy_id: copy.get_untracked().parse().ok(),
            first_name: first_name.get_untracked().trim().to_owned(),
            contact: contact.get_untracked().trim().to_owned(),
            due_day: Some(due_day),
            idempotency_key: key.try_update_value(|k| k.get_or_make(new_key)).unwrap_or_default(),
        };
        let found = request.problems(counter.today.get_untracked());
        if found.is_empty() {
            Ok(request)
        } else {
            Err(found)
        }
    };
    let lend = Action::new_local(move |request: &WalkInRequest| {
        let (request, municipality) = (request.clone(), session.working_on());
        async move {
            let result = async { api::lend_walk_in(&municipality?, &request).await }.await;
            match &result {
                Ok(loan) => {
                    key.update_value(PaymentKey::finish);
                    counter.finished(Act::WalkIn, loan.clone());
                    for field in [item, size, copy, first_name, contact] {
                        field.set(String::new());
                    }
                }
                Err(failure) => problems.set(failure.fields.clone()),
            }
            result
        }
    });
    let submit = move || match read() {
        Ok(request) => {
            problems.set(Vec::new());
            lend.dispatch(request);
        }
        Err(found) => problems.set(found),
    };
    view! {
        <form class="stack walk-in" id="walk-in" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <ProblemSummary problems />
            <label for="walkin-item">{i18n.tr("console-sportotek-item")}</label>
            <select id="walkin-item" bind:value=item on:change=move |_| { size.set(String::new()); copy.set(String::new()); }>
                <option value="">{i18n.tr("console-sportotek-choose")}</option>
                {move || {
                    let lang = i18n.language();
                    items.with_value(|all| all.iter().map(|i| view! { <option value=i.id.to_string()>{item_name(i, lang)}</option> }).collect_view())
                }}
            </select>
            <label for="walkin-size">{i18n.tr("console-sportotek-size")}</label>
            <select id="walkin-size" bind:value=size on:change=move |_| copy.set(String::new())
                aria-invalid=crate::forms::invalid(problems, "size_id".into())>
                <option value="">{i18n.tr("console-sportotek-choose")}</option>
                {move || chosen_item().map(|i| i.sizes.iter().map(|s| {
                    let free = free_copies(&i, s.id).len();
                    let label = format!("{} ({})", s.label, i18n.count("console-sportotek-free-count", free));
                    view! { <option value=s.id.to_string()>{label}</option> }
                }).collect_view())}
            </select>
            <FieldNote problems field="size_id" />
            <label for="walkin-copy">{i18n.tr("console-sportotek-copy")}</label>
            <select id="walkin-copy" bind:value=copy>
                <option value="">{i18n.tr("console-sportotek-any-copy")}</option>
                {move || {
                    let size_id = size.get().parse().ok()?;
                    let free = free_copies(&chosen_item()?, size_id);
                    Some(free.into_iter().map(|c| view! { <option value=c.id.to_string()>{c.inventory_number}</option> }).collect_view())
                }}
            </select>
            <FieldNote problems field="copy_id" />
            <TextField id="walkin-first-name" label="console-sportotek-first-name" value=first_name problems field="first_name"
                autocomplete="off" required=true />
            <TextField id="walkin-contact" label="console-sportotek-contact" value=contact problems field="contact"
                hint="console-sportotek-contact-hint" autocomplete="off" required=true />
            <TextField id="walkin-due" label="console-sportotek-due-day" value=due problems field="due_day" kind="date" required=true />
            <FieldNote problems field="idempotency_key" />
            <button type="submit" id="walkin-submit" disabled=move || lend.pending().get()>{i18n.tr("console-sportotek-lend")}</button>
            {move || lend.value().get().and_then(Result::err).filter(|f| f.fields.is_empty()).map(|failure| view! {
                <FailureNotice failure />
                <p class="hint">{i18n.tr("console-sportotek-retry-safe")}</p>
            })}
        </form>
    }
}
