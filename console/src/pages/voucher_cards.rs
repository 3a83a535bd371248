//! The year's voucher cards, eight to an A4 sheet, to print and hand out; the console's
//! own bars are left off the paper.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{AdminOnly, FailureNotice},
    session::use_session,
    voucher::{this_year, VoucherCard},
};

#[component]
pub fn VoucherCards() -> impl IntoView {
    view! { <AdminOnly><CardSheets /></AdminOnly> }
}

#[component]
fn CardSheets() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let query = use_query_map();
    let year = move || query.read().get("year").and_then(|y| y.parse::<i32>().ok()).unwrap_or_else(this_year);
    let unused = move || query.read().get("unused").is_some_and(|u| u == "true");
    let list = LocalResource::new(move || {
        let (municipality, year, unused) = (session.working_on(), year(), unused());
        async move { api::vouchers(&municipality?, year, unused).await }
    });
    let origin = window().location().origin().unwrap_or_default();
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="no-print">
            <A href="/staff/vouchers" attr:class="back-link">{i18n.tr("console-vouchers-title")}</A>
            <h1>{move || i18n.with("console-cards-title", "year", year().to_string())}</h1>
            <p class="hint">{i18n.tr("console-cards-hint")}</p>
            <div class="button-row">
                <button type="button" id="print-cards" on:click=print>{i18n.tr("console-print")}</button>
            </div>
        </div>
        <Transition fallback=|| ()>
            {move || {
                let origin = origin.clone();
                Suspend::new(async move {
                    match list.await {
                        Ok(all) if all.is_empty() => view! { <p class="notice">{i18n.tr("console-vouchers-none")}</p> }.into_any(),
                        Ok(all) => {
                            let count = all.len();
                            view! {
                            <p class="no-print" role="status">{move || i18n.count("console-cards-count", count)}</p>
                            <div class="voucher-cards" id="voucher-cards">
                                {all.into_iter().map(|voucher| view! { <VoucherCard voucher origin=origin.clone() /> }).collect_view()}
                            </div>
                            }.into_any()
                        }
                        Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}
