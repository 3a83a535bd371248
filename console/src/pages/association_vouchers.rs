//! An association's fritidscheck account: what the municipality owes it, every
//! redemption (with a way to take one back while that is allowed), and how each
//! settlement stands.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};
use model::vouchers::{AssociationVouchers, RedemptionLine};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{FailureNotice, SignedIn},
    session::use_session,
    voucher::{CodeText, ReasonButton, SettlementStateChip, TakeBack},
};

#[component]
pub fn AssociationVoucherAccount() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|id| id.parse::<i64>().ok());
    view! { <SignedIn>{move || id().map(|id| view! { <AccountPage id /> })}</SignedIn> }
}

#[component]
fn AccountPage(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let (back, back_label) = if session.is_admin() {
        ("/staff/settlements", "console-nav-settlements")
    } else {
        ("/staff/redeem", "console-redeem-title")
    };
    view! {
        <A href=back attr:class="back-link">{i18n.tr(back_label)}</A>
        <h1>{i18n.tr("console-association-redemptions")}</h1>
        <VoucherAccount id />
    }
}

/// What the municipality owes association `id`, its redemptions with the way to take one
/// back, and its settlements: in the console and in the association leaders' bundle.
#[component]
pub fn VoucherAccount(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let refresh = RwSignal::new(0_u32);
    let account = LocalResource::new(move || {
        refresh.track();
        api::association_vouchers(id)
    });
    let reload = Callback::new(move |()| refresh.update(|n| *n += 1));
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(AssociationVouchers { open_ore, redemptions, settlements }) => view! {
                        <p class="notice" id="open-amount">
                            {i18n.tr("console-open-amount")}" "<strong>{move || i18n.money(open_ore)}</strong>
                        </p>
                        <h2>{i18n.tr("console-redemptions-title")}</h2>
                        {if redemptions.is_empty() {
                            view! { <p class="notice">{i18n.tr("console-redemptions-none")}</p> }.into_any()
                        } else {
                            view! { <RedemptionTable redemptions reload /> }.into_any()
                        }}
                        <h2>{i18n.tr("console-settlements-title")}</h2>
                        {if settlements.is_empty() {
                            view! { <p class="notice">{i18n.tr("console-settlements-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="card-list" id="association-settlements">
                                    {settlements.into_iter().map(|s| view! {
                                        <li class="card" data-settlement=s.id>
                                            <div class="row-head">
                                                <bdi dir="ltr">{format!("{} – {}", s.from, s.until)}</bdi>
                                                <SettlementStateChip state=s.state />
                                            </div>
                                            <p class="card-summary">{move || i18n.money(s.total_ore)}</p>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn RedemptionTable(redemptions: Vec<RedemptionLine>, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-association-redemptions")>
            <table id="redemption-list">
                <thead><tr>
                    <th>{i18n.tr("console-redemption-date")}</th>
                    <th>{i18n.tr("console-voucher-code")}</th>
                    <th>{i18n.tr("console-issue-first-name")}</th>
                    <th>{i18n.tr("console-redeem-activity")}</th>
                    <th>{i18n.tr("console-receipt-paid")}</th>
                    <th>{i18n.tr("console-redemption-reversed")}</th>
                </tr></thead>
                <tbody>
                    {redemptions.into_iter().map(|r| {
                        let reversed = r.reversed_on.map(|day| {
                            let reason = r.reversal_reason.clone().unwrap_or_default();
                            view! { <span class="chip voucher-revoked">{day.to_string()}</span>" "<span>{reason}</span> }
                        });
                        view! {
                            <tr data-redemption=r.id class:reversed=r.reversed_on.is_some()>
                                <td>{r.on.to_string()}</td>
                                <td><CodeText code=r.code /></td>
                                <td>{r.first_name}</td>
                                <td>{r.activity.unwrap_or_default()}</td>
                                <td class="amount">{move || i18n.money(r.amount_ore)}</td>
                                <td>
                                    {reversed}
                                    {r.reversible.then(|| view! {
                                        <ReasonButton what=TakeBack::Redemption(r.id) label="console-reverse" class="reverse" on_done=reload />
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
