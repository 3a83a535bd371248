//! One reservation as the family sees it: the code to show at the counter, its state,
//! where and when to pick it up or return it, and what can be done with it. Its texts
//! are plain: the list it stands in is built anew when the language changes.

use leptos::{prelude::*, task::spawn_local};
use model::sportotek::{LoanState, Reservation};
use ui::{fetch::Failure, i18n::use_i18n, online::use_online};

use super::{hours, state_id, UpdatedAt};
use crate::{
    api,
    saved_reservations::{self, Saved},
};

#[component]
pub fn ReservationCard(saved: Saved, #[prop(into)] on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let online = use_online();
    let Saved { code, at, reservation } = saved;
    let Reservation {
        item_id,
        item_name,
        size_label,
        state,
        pickup_day,
        due_day,
        pickup_hours,
        place,
        cancellable,
        ..
    } = reservation;
    let asking = RwSignal::new(false);
    let pending = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let cancel_code = code.clone();
    let cancel = move || {
        let code = cancel_code.clone();
        pending.set(true);
        spawn_local(async move {
            match api::cancel_reservation(&code, i18n.language()).await {
                Ok((reservation, json)) => {
                    saved_reservations::save(&reservation, &json);
                    on_change.run(());
                }
                Err(failure) => problem.set(Some(failure_text(&failure))),
            }
            pending.set(false);
        });
    };
    let when =
        match (state, pickup_hours) {
            (LoanState::Reserved, Some(h)) => Some(i18n.args(
                "sportotek-pickup-on",
                &[("day", i18n.day(pickup_day)), ("hours", hours(i18n, h.opens, h.closes))],
            )),
            (LoanState::Reserved, None) => Some(i18n.with("sportotek-pickup-on-day", "day", i18n.day(pickup_day))),
            (LoanState::Lent, _) => Some(i18n.with("sportotek-return-by", "day", i18n.day(due_day))),
            _ => None,
        };
    let address = [place.name, place.address].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ");
    let calendar = state.is_open().then(|| api::reservation_calendar(&code, i18n.language()));
    let question = i18n.with("sportotek-cancel-question", "item", item_name.clone());
    let forget_code = code.clone();
    view! {
        <article class="reservation" class:ended=!state.is_open() id=format!("reservation-{}", code.as_str())>
            <h3><a href=format!("/activities/sportotek/items/{item_id}")>{item_name}</a>" · "{size_label}</h3>
            <p class="code-line">
                <span>{i18n.t("sportotek-code-label")}</span>" "
                <bdi dir="ltr" class="reservation-code">{code.to_string()}</bdi>
            </p>
            <p class="chips"><span class=format!("chip reservation-state state-{}", state.code())>{i18n.t(&state_id(state))}</span></p>
            {when.map(|text| view! { <p class="when">{text}</p> })}
            {state.is_open().then(|| view! { <p class="place-line">{address}</p> })}
            <UpdatedAt id="sportotek-updated-at" at />
            <div class="actions">
                {calendar.map(|href| view! {
                    <a class="button secondary" href=href download="sportotek.ics">{i18n.t("activity-add-to-calendar")}</a>
                })}
                {cancellable.then(|| view! {
                    <button type="button" class="secondary reservation-cancel" hidden=move || asking.get()
                        disabled=move || !online.get() on:click=move |_| asking.set(true)>{i18n.t("sportotek-cancel")}</button>
                    <div class="cancel-confirm" hidden=move || !asking.get()>
                        <p class="cancel-question">{question}</p>
                        <button type="button" class="reservation-cancel-confirm"
                            disabled=move || pending.get() || !online.get() on:click=move |_| cancel()>
                            {i18n.t("sportotek-cancel-confirm")}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| asking.set(false)>
                            {i18n.t("sportotek-cancel-keep")}
                        </button>
                    </div>
                })}
                {(!state.is_open()).then(|| view! {
                    <button type="button" class="link-button reservation-forget"
                        on:click=move |_| { saved_reservations::forget(&forget_code); on_change.run(()); }>
                        {i18n.t("sportotek-forget")}
                    </button>
                })}
            </div>
            <p class="field-error" role="alert">
                {move || problem.get().or_else(|| (cancellable && !online.get()).then_some("sportotek-cancel-offline")).map(|id| i18n.t(id))}
            </p>
        </article>
    }
}

/// A refused or failed cancellation in words; a lost connection says so.
fn failure_text(failure: &Failure) -> &'static str {
    match failure.message_id() {
        "error-sportotek-not-cancellable" => "error-sportotek-not-cancellable",
        "error-rate-limited" => "error-rate-limited",
        _ if failure.is_offline() => "sportotek-cancel-offline",
        _ => "error-generic",
    }
}
