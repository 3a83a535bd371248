//! Redeeming a fritidscheck at the association's desk, on the leader's phone: scan or
//! type the code (checked as it is typed, as the server would), see the child's first
//! name and balance, and take an amount for an activity.

use leptos::prelude::*;
use leptos_router::components::A;
use model::{
    activities::AssociationState,
    voucher::VoucherCode,
    vouchers::{CodeRequest, VoucherCheck},
};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{FailureNotice, SignedIn},
    pages::home::ClubOffer,
    voucher::{focus_code_field, CheckedVoucher, CodeEntry, PaymentForm},
};

#[component]
pub fn Redeem() -> impl IntoView {
    view! { <SignedIn><RedeemPage /></SignedIn> }
}

#[component]
fn RedeemPage() -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(None::<i64>);
    let mine = LocalResource::new(move || async move {
        let all = api::my_associations().await?;
        if chosen.get_untracked().is_none() {
            let first = all.iter().find(|a| a.state == AssociationState::Approved).or(all.first());
            chosen.set(first.map(|a| a.id));
        }
        Ok::<_, api::Failure>(all)
    });
    view! {
        <h1>{i18n.tr("console-redeem-title")}</h1>
        <ClubOffer />
        {move || match mine.get() {
            None => view! { <p class="loading">{i18n.tr("loading")}</p> }.into_any(),
            Some(Err(failure)) => view! { <FailureNotice failure /> }.into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p class="notice">{i18n.tr("console-my-association-none")}</p> }.into_any(),
            Some(Ok(list)) => view! {
                {(list.len() > 1).then(|| view! {
                    <label class="stack">
                        <span>{i18n.tr("console-redeem-association")}</span>
                        <select id="redeem-association" on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                            {list.into_iter().map(|a| view! {
                                <option value=a.id.to_string() selected=move || chosen.get() == Some(a.id)>{a.name}</option>
                            }).collect_view()}
                        </select>
                    </label>
                })}
                {move || chosen.get().map(|id| view! { <RedeemDesk association_id=id /> })}
            }.into_any(),
        }}
    }
}

/// Code, check, payment and receipt for one association; "Next child" starts over.
#[component]
fn RedeemDesk(association_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let code = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);
    let checked = RwSignal::new(None::<VoucherCheck>);
    let activities = LocalResource::new(move || async move {
        let list = api::activity_titles(association_id).await;
        list.unwrap_or_default()
    });
    let check = Action::new_local(move |parsed: &VoucherCode| {
        let request = CodeRequest { code: parsed.to_string() };
        async move {
            let result = api::check_voucher(association_id, &request).await;
            checked.set(result.as_ref().ok().cloned());
            result
        }
    });
    let scanned = Callback::new(move |parsed: VoucherCode| {
        code.set(parsed.to_string());
        check.dispatch(parsed);
    });
    let next = Callback::new(move |()| {
        checked.set(None);
        check.value().set(None);
        code.set(String::new());
        attempted.set(false);
        focus_code_field();
    });
    view! {
        <Show when=move || checked.with(Option::is_none)
            fallback=move || checked.get().map(|voucher| view! {
                <CheckedVoucher check=voucher.clone() />
                {move || activities.get().map(|list| view! {
                    <PaymentForm association_id code=voucher.code.clone() check=voucher.clone() activities=list on_next=next />
                })}
                <button type="button" class="link-button" id="redeem-other" on:click=move |_| next.run(())>
                    {i18n.tr("console-redeem-other-code")}
                </button>
            })>
            <CodeEntry code attempted on_code=scanned busy=check.pending()
                failure=Signal::derive(move || check.value().get().and_then(Result::err)) />
        </Show>
        <p><A href=format!("/staff/associations/{association_id}/vouchers")>{i18n.tr("console-association-redemptions")}</A></p>
    }
}
