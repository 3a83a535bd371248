//! A guardian's fritidscheck: type the code from the card, or open the card's QR link
//! (`/activities/voucher#CODE`), and see what is left and activities of the child's age
//! it pays in full. The last answer for each code stays on the phone for when the
//! network is gone.

use leptos::{ev::SubmitEvent, prelude::*};
use model::{
    voucher::{typing_problem, VoucherCode},
    vouchers::VoucherBalance,
};
use ui::location::use_location;
use ui::{fetch::Failure, i18n::use_i18n};

use crate::{
    api,
    app::use_last_list,
    code_entry::latin_digits,
    components::{age_to_offer, local_clock, BalanceCard, CoveredActivities},
    saved_answers, saved_balances,
};

/// What a check came to.
#[derive(Clone)]
enum Answer {
    /// The balance, with when it was fetched if it is the copy saved on the phone.
    Balance(VoucherBalance, Option<i64>),
    /// A message id saying why there is no balance to show.
    Problem(String),
}

/// No network, or a gateway that could not reach the server.
fn is_network(failure: &Failure) -> bool {
    failure.message_id() == "error-network"
}

async fn check_balance(code: VoucherCode) -> (VoucherCode, Answer) {
    let answer = match api::voucher_balance(&code).await {
        Ok((balance, json)) => {
            saved_balances::save(code.as_str(), saved_answers::now(), &json);
            Answer::Balance(balance, None)
        }
        Err(failure) if is_network(&failure) => match saved_balances::load(code.as_str()) {
            Some(saved) => Answer::Balance(saved.balance, Some(saved.at)),
            None => Answer::Problem("error-network".to_owned()),
        },
        Err(failure) if failure.is_not_found() => Answer::Problem("voucher-not-found".to_owned()),
        Err(failure) => Answer::Problem(failure.message_id().to_owned()),
    };
    (code, answer)
}

#[component]
pub fn VoucherPage() -> impl IntoView {
    let i18n = use_i18n();
    let last_list = use_last_list();
    let typed = RwSignal::new(String::new());
    // A short code is only called wrong once the guardian asks to check it.
    let tried = RwSignal::new(false);
    let check = Action::new_local(|code: &VoucherCode| check_balance(code.clone()));
    let start = move |code: VoucherCode| {
        typed.set(code.to_string());
        tried.set(false);
        check.dispatch(code);
    };
    // The card's QR link carries the code in the fragment, which never reaches a server.
    let hash = use_location().hash;
    Effect::new(move |_| {
        if let Some(code) = VoucherCode::from_link(&hash.get()) {
            start(code);
        }
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        match VoucherCode::parse(&typed.get_untracked()) {
            Ok(code) => start(code),
            Err(_) => tried.set(true),
        }
    };
    let problem = move || {
        let text = typed.get();
        let field = typing_problem(&text, tried.get()).map(|e| e.message_id);
        // A refusal is shown while the field still holds the code it was about.
        field.or_else(|| match check.value().get() {
            Some((code, Answer::Problem(id))) if VoucherCode::parse(&text).ok().as_ref() == Some(&code) => Some(id),
            _ => None,
        })
    };
    let answer = move || match check.value().get() {
        Some((code, Answer::Balance(balance, saved_at))) => {
            let balance_ore = balance.balance_ore;
            let covered = age_to_offer(&balance).map(|age| view! { <CoveredActivities age balance_ore /> });
            Some(view! {
                {saved_at.map(|at| view! {
                    <p id="voucher-saved-at" class="saved-copy">
                        {move || i18n.args("voucher-saved-at", &[("date", i18n.date(at)), ("time", local_clock(at).map(|c| i18n.clock(c)).unwrap_or_default())])}
                    </p>
                })}
                <BalanceCard code balance />
                {covered}
            })
        }
        _ => None,
    };
    view! {
        <a href=move || last_list.get() rel="external" class="back-link">{i18n.tr("activities-title")}</a>
        <h1>{i18n.tr("voucher-title")}</h1>
        <p class="intro">{i18n.tr("voucher-intro")}</p>
        <form class="search-form" on:submit=on_submit novalidate>
            <label for="voucher-code">{i18n.tr("voucher-code-label")}</label>
            <div class="search-row">
                <input id="voucher-code" name="code" type="text" inputmode="text" autocapitalize="characters"
                    autocomplete="off" spellcheck="false" dir="ltr"
                    maxlength="32" aria-describedby="voucher-code-hint voucher-error"
                    aria-invalid=move || problem().is_some().to_string()
                    prop:value=move || typed.get()
                    on:input=move |e| { typed.set(latin_digits(&event_target_value(&e))); tried.set(false); } />
                <button id="voucher-check" type="submit" disabled=move || check.pending().get()>
                    {i18n.tr("voucher-check")}
                </button>
            </div>
            <p id="voucher-code-hint" class="hint">{i18n.tr("voucher-code-hint")}</p>
            <p id="voucher-error" class="field-error" role="alert">{move || problem().map(|id| i18n.t(&id))}</p>
        </form>
        <Show when=move || check.pending().get()>
            <p class="loading" role="status">{i18n.tr("loading")}</p>
        </Show>
        {answer}
    }
}
