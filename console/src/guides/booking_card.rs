//! One booking as its guide sees it: when, what about, who and how to reach them, in
//! which language; confirming it, or cancelling it with a reason the newcomer reads.

use leptos::prelude::*;
use model::{
    guides::{BookingState, CancelReason, GuideBooking, GuideCancelRequest},
    Language,
};
use ui::i18n::use_i18n;

use super::{meeting_label, spoken_label, topic_label, BookingStateChip};
use crate::{
    api,
    components::FailureNotice,
    forms::{invalid, FieldNote, Problems},
    session::use_session,
};

/// A phone number rings, an e-mail address writes.
fn contact_link(contact: &str) -> String {
    if contact.contains('@') {
        format!("mailto:{contact}")
    } else {
        format!("tel:{}", contact.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>())
    }
}

#[component]
pub fn BookingCard(booking: GuideBooking, on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let GuideBooking { id, state, day, start, minutes, meeting, place, topic, first_name, contact, lang, note, .. } =
        booking;
    let (cancel_reason, cancel_note) = (booking.cancel_reason, booking.cancel_note);
    let confirm = Action::new_local(move |(): &()| {
        let municipality = session.working_on();
        async move {
            api::confirm_booking(&municipality?, id).await?;
            on_change.run(());
            Ok::<(), api::Failure>(())
        }
    });
    let cancelling = RwSignal::new(false);
    let open = matches!(state, BookingState::Waiting | BookingState::Confirmed);
    let newcomer_lang = lang.map(|l: Language| spoken_label(l.code()));
    view! {
        <li class="card booking-card" data-booking=id data-state=state.code()>
            <div class="row-head">
                <span class="card-title">{move || i18n.day(day)}" · "{move || i18n.clock(start)}</span>
                <BookingStateChip state />
            </div>
            <p>{move || i18n.t(&topic_label(topic))}" · "{move || i18n.with("console-guide-minutes", "minutes", minutes.to_string())}
                " · "{move || i18n.t(&meeting_label(meeting))}{(!place.is_empty()).then(|| format!(", {place}"))}</p>
            <p class="booking-who"><strong>{first_name}</strong>" · "
                <a href=contact_link(&contact) dir="ltr">{contact.clone()}</a></p>
            {newcomer_lang.map(|id| view! { <p class="hint">{move || i18n.with("console-guide-reads", "language", i18n.t(&id))}</p> })}
            {(!note.is_empty()).then(|| view! { <p class="booking-note">{i18n.tr("console-guide-note")}": "{note}</p> })}
            {cancel_reason.map(|reason| view! {
                <p class="hint">{move || i18n.t(&format!("guide-cancel-reason-{}", reason.code()))}
                    {(!cancel_note.is_empty()).then(|| format!(" · {cancel_note}"))}</p>
            })}
            {open.then(|| view! {
                <Show when=move || !cancelling.get()>
                    <div class="button-row">
                        {(state == BookingState::Waiting).then(|| view! {
                            <button type="button" class="booking-confirm" disabled=move || confirm.pending().get()
                                on:click=move |_| { confirm.dispatch(()); }>{i18n.tr("console-guide-confirm")}</button>
                        })}
                        <button type="button" class="secondary booking-cancel" on:click=move |_| cancelling.set(true)>
                            {i18n.tr("console-guide-cancel-booking")}</button>
                    </div>
                </Show>
                <Show when=move || cancelling.get()>
                    <CancelForm id cancelling on_change />
                </Show>
            })}
            {move || confirm.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        </li>
    }
}

/// The reason, from the translated list, and a note (needed for "other").
#[component]
fn CancelForm(id: i64, cancelling: RwSignal<bool>, on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let reason = RwSignal::new(CancelReason::GuideIll.code().to_owned());
    let note = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let send = Action::new_local(move |request: &GuideCancelRequest| {
        let (request, municipality) = (request.clone(), session.working_on());
        async move {
            let result = async { api::cancel_booking(&municipality?, id, &request).await }.await;
            match &result {
                Ok(_) => on_change.run(()),
                Err(failure) => problems.set(failure.fields.clone()),
            }
            result.map(|_| ())
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reason = CancelReason::from_code(&reason.get_untracked()).unwrap_or(CancelReason::Other);
        let request = GuideCancelRequest { reason, note: note.get_untracked().trim().to_owned() };
        let found = request.problems();
        problems.set(found.clone());
        if found.is_empty() {
            send.dispatch(request);
        }
    };
    let (reason_id, note_id) = (format!("cancel-reason-{id}"), format!("cancel-note-{id}"));
    view! {
        <form class="stack loan-form cancel-form" novalidate on:submit=submit>
            <label for=reason_id.clone()>{i18n.tr("console-guide-cancel-reason")}</label>
            <select id=reason_id bind:value=reason>
                {CancelReason::ALL.iter().map(|r| view! {
                    <option value=r.code() selected=move || reason.get() == r.code()>{move || i18n.t(&format!("guide-cancel-reason-{}", r.code()))}</option>
                }).collect_view()}
            </select>
            <label for=note_id.clone()>{i18n.tr("console-guide-cancel-note")}</label>
            <textarea id=note_id rows="2" maxlength="300" bind:value=note aria-invalid=invalid(problems, "note".into())
                aria-describedby=move || problems.with(|p| !p.is_empty()).then(|| crate::forms::note_id("note"))></textarea>
            <p class="hint">{i18n.tr("console-guide-cancel-hint")}</p>
            <FieldNote problems field="note" />
            <div class="button-row">
                <button type="submit" class="booking-cancel-confirm" disabled=move || send.pending().get()>
                    {i18n.tr("console-guide-cancel-booking")}</button>
                <button type="button" class="secondary" on:click=move |_| cancelling.set(false)>{i18n.tr("console-cancel")}</button>
            </div>
            {move || send.value().get().and_then(Result::err).filter(|f| f.fields.is_empty()).map(|failure| view! { <FailureNotice failure /> })}
        </form>
    }
}
