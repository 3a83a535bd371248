//! One guide booking as the newcomer sees it: the code, its state, when and where, the
//! guide's reason when they cancelled, and what can be done with it. Its texts are
//! plain: the list it stands in is built anew when the language changes.

use leptos::{prelude::*, task::spawn_local};
use model::guides::{Booking, BookingState};
use ui::{fetch::Failure, i18n::use_i18n, online::use_online};

use super::{booking_state_id, cancel_reason_id, topic_id, when, MeetingPlace, TopicReading, UpdatedAt};
use crate::saved_bookings::{self, is_live, Saved};

#[component]
pub fn BookingCard(saved: Saved, #[prop(into)] on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let online = use_online();
    let Saved { code, at, booking } = saved;
    let Booking {
        state,
        guide_first_name,
        day,
        start,
        minutes,
        meeting,
        place,
        topic,
        cancel_reason,
        cancel_note,
        cancellable,
        calendar,
        ..
    } = booking;
    let live = is_live(state);
    let asking = RwSignal::new(false);
    let pending = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let cancel_code = code.clone();
    let cancel = move || {
        let code = cancel_code.clone();
        pending.set(true);
        spawn_local(async move {
            match crate::api::cancel_booking(&code).await {
                Ok((booking, json)) => {
                    saved_bookings::save(&booking, &json);
                    on_change.run(());
                }
                Err(failure) => problem.set(Some(failure_text(&failure))),
            }
            pending.set(false);
        });
    };
    let reason = (state == BookingState::CancelledByGuide).then(|| {
        let reason = cancel_reason.map(|r| i18n.t(&cancel_reason_id(r)));
        view! {
            {reason.map(|text| view! { <p class="cancel-reason">{text}</p> })}
            {(!cancel_note.is_empty()).then(|| view! {
                <p class="cancel-note">{i18n.t("guides-cancel-note")}" "<q class="guide-note" dir="auto">{cancel_note}</q></p>
            })}
        }
    });
    let question = i18n.with("guides-cancel-question", "name", guide_first_name.clone());
    let forget_code = code.clone();
    view! {
        <article class="reservation booking" class:ended=!live id=format!("booking-{}", code.as_str())>
            <h3>{i18n.with("guides-with", "name", guide_first_name)}</h3>
            <p class="code-line">
                <span>{i18n.t("guides-code-label")}</span>" "
                <bdi dir="ltr" class="reservation-code booking-code">{code.to_string()}</bdi>
            </p>
            <p class="chips">
                <span class=format!("chip booking-state state-{}", state.code())>{i18n.t(&booking_state_id(state))}</span>
            </p>
            {(state == BookingState::Waiting).then(|| view! { <p class="hint">{i18n.t("guides-waiting-help")}</p> })}
            {reason}
            <p class="when">{when(i18n, day, start, minutes)}</p>
            <p class="topic">{i18n.t(&topic_id(topic))}</p>
            <TopicReading topic />
            <MeetingPlace kind=meeting place />
            <UpdatedAt id="guides-updated-at" at />
            <div class="actions">
                {calendar.map(|href| view! {
                    <a class="button secondary" href=href rel="external" download="guide.ics">{i18n.t("guides-add-to-calendar")}</a>
                })}
                {cancellable.then(|| view! {
                    <button type="button" class="secondary booking-cancel" hidden=move || asking.get()
                        disabled=move || !online.get() on:click=move |_| asking.set(true)>{i18n.t("guides-cancel")}</button>
                    <div class="cancel-confirm" hidden=move || !asking.get()>
                        <p class="cancel-question">{question}</p>
                        <button type="button" class="booking-cancel-confirm"
                            disabled=move || pending.get() || !online.get() on:click=move |_| cancel()>
                            {i18n.t("guides-cancel-confirm")}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| asking.set(false)>
                            {i18n.t("guides-cancel-keep")}
                        </button>
                    </div>
                })}
                {(!live).then(|| view! {
                    <button type="button" class="link-button booking-forget"
                        on:click=move |_| { saved_bookings::forget(&forget_code); on_change.run(()); }>
                        {i18n.t("guides-forget")}
                    </button>
                })}
            </div>
            <p class="field-error" role="alert">
                {move || problem.get().or_else(|| (cancellable && !online.get()).then_some("guides-cancel-offline")).map(|id| i18n.t(id))}
            </p>
        </article>
    }
}

/// A refused or failed cancellation in words; a lost connection says so.
fn failure_text(failure: &Failure) -> &'static str {
    match failure.message_id() {
        "error-guide-not-cancellable" => "error-guide-not-cancellable",
        "error-rate-limited" => "error-rate-limited",
        _ if failure.is_offline() => "guides-cancel-offline",
        _ => "error-generic",
    }
}
