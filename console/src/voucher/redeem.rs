//! Redeeming at the association's desk once the code is checked: the child's first
//! name and balance to compare with the child in front of you, then the amount, the
//! activity and one confirmation, which a weak connection may make the person repeat
//! without ever charging twice.

use leptos::prelude::*;
use model::{
    activities::ActivityTitles,
    voucher::{typing_problem, VoucherCode},
    vouchers::{redemption_refusal, Receipt, RedeemRequest, VoucherCheck},
    FieldError,
};
use ui::i18n::use_i18n;

use super::{
    payment::{new_key, PaymentKey},
    scan::{can_scan, Scanner},
    validity, CodeText, VoucherStateChip,
};
use crate::{
    api::{self, Failure},
    components::FailureNotice,
    forms::{FieldNote, TextField},
    money::parse_kronor,
};

/// What the municipality knows of the checked voucher: enough to see it is the child's.
#[component]
pub fn CheckedVoucher(check: VoucherCheck) -> impl IntoView {
    let i18n = use_i18n();
    let VoucherCheck { code, first_name, birth_year, balance_ore, valid_from, valid_until, state } = check;
    view! {
        <dl class="facts checked-voucher">
            <dt>{i18n.tr("console-voucher-code")}</dt><dd><CodeText code /></dd>
            <dt>{i18n.tr("console-issue-first-name")}</dt><dd id="redeem-first-name" class="big">{first_name}</dd>
            <dt>{i18n.tr("console-issue-birth-year")}</dt><dd id="redeem-birth-year">{birth_year}</dd>
            <dt>{i18n.tr("console-voucher-balance")}</dt><dd id="redeem-balance" class="big">{move || i18n.money(balance_ore)}</dd>
            <dt>{i18n.tr("console-voucher-valid")}</dt><dd>{move || validity(i18n, valid_from, valid_until)}</dd>
            <dt>{i18n.tr("console-voucher-state")}</dt><dd><VoucherStateChip state /></dd>
        </dl>
    }
}

/// The amount and activity, the confirmation, and the receipt with "Next child". With
/// `keep`, the confirmed payment is handed over instead of sent (the association
/// leaders' bundle keeps it on the phone until it is answered: `club::sender`), and the
/// form is done at once. Without `check` (no signal to check the code) only the amount
/// is checked here; the server checks the rest when the payment reaches it.
#[component]
pub fn PaymentForm(
    association_id: i64,
    code: String,
    #[prop(optional)] check: Option<VoucherCheck>,
    activities: Vec<ActivityTitles>,
    on_next: Callback<()>,
    #[prop(optional)] keep: Option<Callback<RedeemRequest>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let amount = RwSignal::new(String::new());
    let activity = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<FieldError>::new());
    let key = StoredValue::new(PaymentKey::default());
    let pay = Action::new_local(move |request: &RedeemRequest| {
        let request = request.clone();
        async move {
            let result = api::redeem(association_id, &request).await;
            match &result {
                // A 201 or, for a repeated key, the 200 with the first receipt.
                Ok(_) => key.update_value(PaymentKey::finish),
                Err(failure) => problems.set(failure.fields.clone()),
            }
            result
        }
    });
    let (code, check) = (StoredValue::new(code), StoredValue::new(check));
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ore = parse_kronor(&amount.get_untracked()).filter(|ore| *ore > 0);
        let refusal = match (ore, check.get_value()) {
            (None, _) => Some(FieldError::new("amount_ore", "console-error-kronor")),
            (Some(ore), Some(check)) => redemption_refusal(check.state, check.balance_ore, ore),
            (Some(_), None) => None,
        };
        problems.set(refusal.into_iter().collect());
        let (Some(amount_ore), true) = (ore, problems.with_untracked(Vec::is_empty)) else { return };
        let request = RedeemRequest {
            code: code.get_value(),
            amount_ore,
            activity_id: activity.get_untracked().parse().ok(),
            idempotency_key: key.try_update_value(|k| k.get_or_make(new_key)).unwrap_or_default(),
        };
        match keep {
            Some(keep) => {
                keep.run(request);
                key.update_value(PaymentKey::finish);
                on_next.run(());
            }
            None => {
                pay.dispatch(request);
            }
        }
    };
    let receipt = move || pay.value().get().and_then(Result::ok);
    view! {
        <Show when=move || receipt().is_none()
            fallback=move || receipt().map(|receipt| view! { <ReceiptView receipt on_next /> })>
            <form class="stack payment" novalidate on:submit=confirm>
                <TextField id="redeem-amount" label="console-redeem-amount" value=amount problems field="amount_ore"
                    inputmode="decimal" hint="console-redeem-amount-hint" required=true />
                <label for="redeem-activity">{i18n.tr("console-redeem-activity")}</label>
                <select id="redeem-activity" bind:value=activity>
                    <option value="">{i18n.tr("console-redeem-no-activity")}</option>
                    {activities.iter().cloned().map(|a| {
                        let id = a.id.to_string();
                        view! { <option value=id>{move || a.title(i18n.language().code()).to_owned()}</option> }
                    }).collect_view()}
                </select>
                <FieldNote problems field="activity_id" />
                <FieldNote problems field="code" />
                <button type="submit" id="redeem-confirm" disabled=move || pay.pending().get()>{i18n.tr("console-redeem-confirm")}</button>
                {move || pay.value().get().and_then(Result::err).map(|failure| view! {
                    <FailureNotice failure />
                    <p class="hint">{i18n.tr("console-redeem-retry-safe")}</p>
                })}
            </form>
        </Show>
    }
}

#[component]
pub fn ReceiptView(receipt: Receipt, on_next: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let Receipt { code, first_name, activity, amount_ore, balance_after_ore, on, .. } = receipt;
    view! {
        <section id="receipt" class="notice receipt" role="status" aria-labelledby="receipt-heading">
            <h2 id="receipt-heading">{i18n.tr("console-receipt-title")}</h2>
            <dl class="facts">
                <dt>{i18n.tr("console-issue-first-name")}</dt><dd>{first_name}</dd>
                <dt>{i18n.tr("console-voucher-code")}</dt><dd><CodeText code /></dd>
                <dt>{i18n.tr("console-receipt-paid")}</dt><dd id="receipt-amount" class="big">{move || i18n.money(amount_ore)}</dd>
                <dt>{i18n.tr("console-receipt-left")}</dt><dd id="receipt-left">{move || i18n.money(balance_after_ore)}</dd>
                {activity.map(|a| view! { <dt>{i18n.tr("console-redeem-activity")}</dt><dd>{a}</dd> })}
                <dt>{i18n.tr("console-receipt-on")}</dt><dd>{on.to_string()}</dd>
            </dl>
            <button type="button" id="redeem-next" on:click=move |_| on_next.run(())>{i18n.tr("console-redeem-next")}</button>
        </section>
    }
}

/// The card's code, checked as it is typed (as the server would) or read by the camera:
/// `on_code` gets a well-formed one. Where the browser cannot read QR codes, `scan_hint`
/// says how to type it instead.
#[component]
pub fn CodeEntry(
    code: RwSignal<String>,
    attempted: RwSignal<bool>,
    on_code: Callback<VoucherCode>,
    #[prop(into)] busy: Signal<bool>,
    #[prop(into)] failure: Signal<Option<Failure>>,
    #[prop(optional)] scan_hint: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let problem = Memo::new(move |_| code.with(|c| typing_problem(c, attempted.get()).map(|p| p.message_id)));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        if let Ok(parsed) = VoucherCode::parse(&code.get_untracked()) {
            code.set(parsed.to_string());
            on_code.run(parsed);
        }
    };
    view! {
        <form class="stack redeem-code" novalidate on:submit=submit>
            <label for="redeem-code">{i18n.tr("console-redeem-code")}</label>
            <input id="redeem-code" name="code" bind:value=code dir="ltr" autocomplete="off" autocapitalize="characters"
                spellcheck="false" class="code-input" aria-describedby="redeem-code-hint problem-code"
                aria-invalid=move || problem.with(Option::is_some).to_string() />
            <p class="hint" id="redeem-code-hint">{i18n.tr("console-redeem-code-hint")}</p>
            {move || problem.get().map(|id| view! { <p class="field-error" id="problem-code" role="alert">{i18n.t(&id)}</p> })}
            <div class="button-row">
                <button type="submit" id="redeem-check" disabled=move || busy.get()>{i18n.tr("console-redeem-check")}</button>
                {can_scan().then(|| view! { <Scanner on_code /> })}
            </div>
            {(scan_hint && !can_scan()).then(|| view! { <p class="hint" id="scan-missing">{i18n.tr("club-scan-missing")}</p> })}
            {move || failure.get().map(|failure| view! { <FailureNotice failure /> })}
        </form>
    }
}

/// Puts the cursor in the code field again, for the next child.
pub fn focus_code_field() {
    request_animation_frame(|| {
        if let Some(field) = document().get_element_by_id("redeem-code") {
            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(field).focus();
        }
    });
}
