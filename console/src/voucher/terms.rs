//! One year's terms: the amount, when vouchers may be used, which ages get one and the
//! two bookkeeping accounts the settlements are booked on.

use leptos::prelude::*;
use model::{schedule::Day, vouchers::VoucherYear, FieldError};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::FailureNotice,
    forms::{focus_first_problem, ProblemSummary, TextField},
    money::{kronor_text, parse_kronor},
    session::use_session,
};

/// The form's texts, as typed.
#[derive(Clone, Copy)]
struct Fields {
    amount: RwSignal<String>,
    from: RwSignal<String>,
    until: RwSignal<String>,
    min_age: RwSignal<String>,
    max_age: RwSignal<String>,
    expense: RwSignal<String>,
    payable: RwSignal<String>,
}

impl Fields {
    fn fill(self, terms: &VoucherYear) {
        self.amount.set(kronor_text(terms.amount_ore));
        self.from.set(terms.valid_from.to_string());
        self.until.set(terms.valid_until.to_string());
        self.min_age.set(terms.min_age.to_string());
        self.max_age.set(terms.max_age.to_string());
        self.expense.set(terms.expense_account.clone());
        self.payable.set(terms.payable_account.clone());
    }

    /// The terms typed, or every problem with them, each under the API's field name.
    fn read(self, year: i32) -> Result<VoucherYear, Vec<FieldError>> {
        let mut problems = Vec::new();
        let amount_ore =
            need(&mut problems, "amount_ore", "console-error-kronor", parse_kronor(&self.amount.get_untracked()));
        let day = |text: RwSignal<String>| Day::parse(text.get_untracked().trim());
        let age = |text: RwSignal<String>| text.get_untracked().trim().parse::<u8>().ok();
        let valid_from = need(&mut problems, "valid_from", "console-error-date", day(self.from));
        let valid_until = need(&mut problems, "valid_until", "console-error-date", day(self.until));
        let min_age = need(&mut problems, "min_age", "console-error-whole-number", age(self.min_age));
        let max_age = need(&mut problems, "max_age", "console-error-whole-number", age(self.max_age));
        let (Some(amount_ore), Some(valid_from), Some(valid_until), Some(min_age), Some(max_age)) =
            (amount_ore, valid_from, valid_until, min_age, max_age)
        else {
            return Err(problems);
        };
        let terms = VoucherYear {
            year,
            amount_ore,
            valid_from,
            valid_until,
            min_age,
            max_age,
            expense_account: self.expense.get_untracked().trim().to_owned(),
            payable_account: self.payable.get_untracked().trim().to_owned(),
        };
        let problems = terms.problems();
        if problems.is_empty() {
            Ok(terms)
        } else {
            Err(problems)
        }
    }
}

/// `value`, or a problem on `field` when there is none.
fn need<T>(problems: &mut Vec<FieldError>, field: &str, id: &str, value: Option<T>) -> Option<T> {
    if value.is_none() {
        problems.push(FieldError::new(field, id));
    }
    value
}

/// The terms of `year`; `terms` follows what is saved, for the issue form's age check.
#[component]
pub fn TermsForm(year: i32, terms: RwSignal<Option<VoucherYear>>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let text = || RwSignal::new(String::new());
    let fields = Fields {
        amount: text(),
        from: text(),
        until: text(),
        min_age: text(),
        max_age: text(),
        expense: text(),
        payable: text(),
    };
    let problems = RwSignal::new(Vec::new());
    let loaded = LocalResource::new(move || {
        let municipality = session.working_on();
        async move {
            let found = api::voucher_year(&municipality?, year).await?;
            fields.fill(&found);
            terms.set(Some(found));
            Ok::<(), api::Failure>(())
        }
    });
    let saved = RwSignal::new(false);
    let save = Action::new_local(move |request: &VoucherYear| {
        let request = request.clone();
        let municipality = session.working_on();
        async move {
            let result = async { api::save_voucher_year(&municipality?, &request).await }.await;
            match &result {
                Ok(()) => terms.set(Some(request)),
                Err(failure) => problems.set(failure.fields.clone()),
            }
            saved.set(result.is_ok());
            result
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        match fields.read(year) {
            Ok(request) => {
                problems.set(vec![]);
                save.dispatch(request);
            }
            Err(found) => {
                problems.set(found);
                focus_first_problem();
            }
        }
    };
    view! {
        <section aria-labelledby="terms-heading">
            <h2 id="terms-heading">{move || i18n.with("console-terms-title", "year", year.to_string())}</h2>
            {move || loaded.get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
            <form class="stack" id="terms-form" novalidate on:submit=submit>
                <ProblemSummary problems />
                <TextField id="terms-amount" label="console-terms-amount" value=fields.amount problems field="amount_ore"
                    inputmode="decimal" hint="console-terms-amount-hint" required=true />
                <div class="pair">
                    <div><TextField id="terms-from" label="console-terms-from" value=fields.from problems field="valid_from" kind="date" required=true /></div>
                    <div><TextField id="terms-until" label="console-terms-until" value=fields.until problems field="valid_until" kind="date" required=true /></div>
                </div>
                <div class="pair">
                    <div><TextField id="terms-min-age" label="console-field-min-age" value=fields.min_age problems field="min_age" inputmode="numeric" /></div>
                    <div><TextField id="terms-max-age" label="console-field-max-age" value=fields.max_age problems field="max_age" inputmode="numeric" /></div>
                </div>
                <div class="pair">
                    <div><TextField id="terms-expense-account" label="console-terms-expense-account" value=fields.expense problems
                        field="expense_account" inputmode="numeric" /></div>
                    <div><TextField id="terms-payable-account" label="console-terms-payable-account" value=fields.payable problems
                        field="payable_account" inputmode="numeric" /></div>
                </div>
                <p class="hint">{i18n.tr("console-terms-accounts-hint")}</p>
                <button type="submit" id="terms-save" disabled=move || save.pending().get()>{i18n.tr("console-save")}</button>
                <Show when=move || saved.get()><p class="notice" role="status">{i18n.tr("console-saved")}</p></Show>
                {move || save.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
            </form>
        </section>
    }
}
