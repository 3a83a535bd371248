//! The fritidscheck for the municipality's staff: a year's terms, issuing and importing
//! vouchers, and the list with the way to the printed cards.

use leptos::prelude::*;
use leptos_router::components::A;
use ui::i18n::use_i18n;

use crate::{
    components::AdminOnly,
    voucher::{this_year, ImportForm, IssueForm, TermsForm, VoucherList},
};

#[component]
pub fn Vouchers() -> impl IntoView {
    view! { <AdminOnly><VouchersPage /></AdminOnly> }
}

/// Last year (to follow up), this year and next (to prepare).
pub fn year_choices(now: i32) -> [i32; 3] {
    [now - 1, now, now + 1]
}

#[component]
fn VouchersPage() -> impl IntoView {
    let i18n = use_i18n();
    let now = this_year();
    let year = RwSignal::new(now);
    let terms = RwSignal::new(None);
    let unused_only = RwSignal::new(false);
    let refresh = RwSignal::new(0_u32);
    let reload = Callback::new(move |()| refresh.update(|n| *n += 1));
    let cards = move || {
        let unused = if unused_only.get() { "&unused=true" } else { "" };
        format!("/staff/vouchers/cards?year={}{unused}", year.get())
    };
    view! {
        <div class="row-head">
            <h1>{i18n.tr("console-vouchers-title")}</h1>
            <label class="municipality-picker">
                <span>{i18n.tr("console-voucher-year")}</span>
                <select id="voucher-year" on:change=move |ev| if let Ok(y) = event_target_value(&ev).parse() { year.set(y) }>
                    {year_choices(now).map(|y| view! { <option value=y selected=y == now>{y}</option> }).collect_view()}
                </select>
            </label>
        </div>
        <p class="toolbar">
            <A href="/staff/vouchers/stats">{i18n.tr("console-nav-voucher-stats")}</A>
            <A href="/staff/settlements">{i18n.tr("console-nav-settlements")}</A>
        </p>
        {move || {
            let year = year.get();
            view! {
                <div class="voucher-forms">
                    <TermsForm year terms />
                    <IssueForm year terms on_issued=reload />
                    <ImportForm year on_imported=reload />
                </div>
                <section aria-labelledby="list-heading">
                    <div class="row-head">
                        <h2 id="list-heading">{move || i18n.with("console-vouchers-list", "year", year.to_string())}</h2>
                        <a id="cards-link" class="button secondary" href=cards>{i18n.tr("console-print-cards")}</a>
                    </div>
                    <label class="check">
                        <input type="checkbox" id="unused-only" bind:checked=unused_only />
                        {i18n.tr("console-unused-only")}
                    </label>
                    <Show when=move || unused_only.get()>
                        <p class="hint">{i18n.tr("console-unused-hint")}</p>
                    </Show>
                    {move || view! { <VoucherList year unused_only=unused_only.get() refresh /> }}
                </section>
            }
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_picker_offers_last_this_and_next_year() {
        assert_eq!(year_choices(2026), [2025, 2026, 2027]);
    }
}
