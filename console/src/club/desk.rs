//! The leader's desk: a card's code, typed or scanned, checked when there is signal;
//! then the amount and the activity. Every confirmed payment is kept on the phone and
//! sent at once, or when the signal returns, and its receipt (or the reason it was
//! refused) shows here until the leader has seen it.

use leptos::prelude::*;
use model::{
    activities::ActivityTitles,
    voucher::VoucherCode,
    vouchers::{CodeRequest, RedeemRequest, VoucherCheck},
};
use ui::{i18n::use_i18n, storage};

use super::{
    access::{use_associations, ClubOnly},
    queue::{Outcome, Pending},
    sender::use_queue,
};
use crate::{
    api,
    voucher::{focus_code_field, CheckedVoucher, CodeEntry, CodeText, PaymentForm, ReceiptView},
};

#[component]
pub fn Desk() -> impl IntoView {
    let i18n = use_i18n();
    let associations = use_associations();
    view! {
        <ClubOnly>
            <h1>{i18n.tr("console-redeem-title")}</h1>
            <KeptRedemptions />
            {move || match associations.chosen.get() {
                Some(id) => view! { <RedeemAt association_id=id /> }.into_any(),
                None => view! { <p class="loading">{i18n.tr("loading")}</p> }.into_any(),
            }}
        </ClubOnly>
    }
}

/// Where the card stands: being typed, checked by the server, or typed without signal.
#[derive(Clone)]
enum Stage {
    Typing,
    Checked(VoucherCheck),
    Unchecked(String),
}

#[component]
fn RedeemAt(association_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let queue = use_queue();
    let (code, attempted) = (RwSignal::new(String::new()), RwSignal::new(false));
    let stage = RwSignal::new(Stage::Typing);
    let activities = LocalResource::new(move || activities_of(association_id));
    let check = Action::new_local(move |parsed: &VoucherCode| {
        let request = CodeRequest { code: parsed.to_string() };
        async move {
            let result = api::check_voucher(association_id, &request).await;
            match &result {
                Ok(checked) => stage.set(Stage::Checked(checked.clone())),
                // No signal: the payment can still be taken, and is checked when it is sent.
                Err(failure) if failure.is_offline() => stage.set(Stage::Unchecked(request.code)),
                Err(_) => {}
            }
            result
        }
    });
    let next = Callback::new(move |()| {
        stage.set(Stage::Typing);
        check.value().set(None);
        code.set(String::new());
        attempted.set(false);
        focus_code_field();
    });
    let keep = Callback::new(move |request: RedeemRequest| queue.keep(association_id, request));
    let payment = move |code: String, check: Option<VoucherCheck>| {
        view! {
            {move || activities.get().map(|list| {
                let (code, check) = (code.clone(), check.clone());
                match check {
                    Some(check) => view! { <PaymentForm association_id code check activities=list on_next=next keep /> }.into_any(),
                    None => view! { <PaymentForm association_id code activities=list on_next=next keep /> }.into_any(),
                }
            })}
            <button type="button" class="link-button" id="redeem-other" on:click=move |_| next.run(())>
                {i18n.tr("console-redeem-other-code")}
            </button>
        }
    };
    move || {
        match stage.get() {
        Stage::Typing => view! {
            <CodeEntry code attempted on_code=Callback::new(move |parsed| { check.dispatch(parsed); }) busy=check.pending()
                failure=Signal::derive(move || check.value().get().and_then(Result::err).filter(|f| !f.is_offline()))
                scan_hint=true />
        }
        .into_any(),
        Stage::Checked(checked) => view! {
            <CheckedVoucher check=checked.clone() />
            {payment(checked.code.clone(), Some(checked))}
        }
        .into_any(),
        Stage::Unchecked(code) => view! {
            <p class="notice" id="club-unchecked" role="status">{i18n.tr("club-offline-check")}</p>
            <p class="big"><CodeText code=code.clone() /></p>
            {payment(code, None)}
        }
        .into_any(),
    }
    }
}

/// Where the phone keeps association `id`'s activities.
pub fn activities_key(id: i64) -> String {
    format!("club:activities:{id}")
}

/// The association's activities for the payment's choice: the server's list, kept on the
/// phone (titles only, nothing personal) for a payment typed without signal.
async fn activities_of(association_id: i64) -> Vec<ActivityTitles> {
    let key = activities_key(association_id);
    match api::activity_titles(association_id).await {
        Ok(list) => {
            storage::set(&key, &serde_json::to_string(&list).unwrap_or_default());
            list
        }
        Err(_) => storage::get(&key).and_then(|kept| serde_json::from_str(&kept).ok()).unwrap_or_default(),
    }
}

/// What the phone keeps: payments waiting for the signal, and the first answer the
/// leader has not seen yet (one at a time, the oldest first).
#[component]
fn KeptRedemptions() -> impl IntoView {
    let i18n = use_i18n();
    let queue = use_queue();
    view! {
        <Show when=move || !queue.pending().is_empty()>
            <section class="notice waiting" id="waiting" aria-labelledby="waiting-heading">
                <h2 id="waiting-heading">{i18n.tr("club-waiting-title")}</h2>
                <p class="hint">{i18n.tr("club-waiting-hint")}</p>
                <ul class="card-list">
                    {move || queue.pending().into_iter().map(|p| view! { <WaitingRow pending=p /> }).collect_view()}
                </ul>
                {move || queue.sign_in_needed.get().then(|| view! {
                    <p class="notice error" role="alert" id="club-sign-in-to-send">{i18n.tr("club-sign-in-to-send")}</p>
                })}
                <button type="button" class="secondary" id="club-send-now" disabled=move || queue.sending()
                    on:click=move |_| queue.send()>
                    {move || i18n.tr(if queue.sending() { "club-sending" } else { "club-send-now" })}
                </button>
            </section>
        </Show>
        {move || queue.outcomes().into_iter().next().map(|outcome| {
            let key = outcome.key().to_owned();
            let seen = Callback::new(move |()| queue.dismiss(&key));
            match outcome {
                Outcome::Paid { receipt, .. } => view! { <ReceiptView receipt on_next=seen /> }.into_any(),
                Outcome::Refused { code, amount_ore, message_id, .. } => view! {
                    <section class="notice error" id="refused" role="alert" aria-labelledby="refused-heading">
                        <h2 id="refused-heading">{i18n.tr("club-refused-title")}</h2>
                        <p><CodeText code />" · "{move || i18n.money(amount_ore)}</p>
                        <p id="refused-reason">{move || i18n.t(&message_id)}</p>
                        <button type="button" id="refused-seen" on:click=move |_| seen.run(())>{i18n.tr("club-seen")}</button>
                    </section>
                }
                .into_any(),
            }
        })}
    }
}

#[component]
fn WaitingRow(pending: Pending) -> impl IntoView {
    let i18n = use_i18n();
    let Pending { request, typed_at, .. } = pending;
    let typed = js_sys::Date::new(&typed_at.into());
    let at = model::schedule::Clock::from_hm(
        u16::try_from(typed.get_hours()).unwrap_or_default(),
        u16::try_from(typed.get_minutes()).unwrap_or_default(),
    );
    view! {
        <li class="card" data-key=request.idempotency_key.clone()>
            <p class="row-head">
                <CodeText code=request.code />
                <strong class="amount">{move || i18n.money(request.amount_ore)}</strong>
            </p>
            {at.map(|at| view! {
                <p class="hint">{move || i18n.with("club-typed-at", "time", crate::intl::clock(at, i18n.language()))}</p>
            })}
        </li>
    }
}
