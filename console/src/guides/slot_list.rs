//! A guide's times, each with its next meetings, to change or remove, and the form to
//! add one. One form is open at a time.

use leptos::prelude::*;
use model::{
    guides::{GuideSlot, Repeat, Slot},
    schedule::Day,
};
use ui::i18n::use_i18n;

use super::{
    meeting_label, names,
    slot_draft::next_meetings,
    slot_form::{Refusal, SlotForm},
    topic_label,
};
use crate::{api, intl::today_and_now, session::use_session};

/// Which form is open: none, a new slot's, or one slot's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Closed,
    New,
    Slot(i64),
}

#[component]
pub fn SlotList(slots: Vec<GuideSlot>, blocked: Signal<Vec<Day>>, on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(Open::Closed);
    let all = StoredValue::new(slots.clone());
    // The guide's other slots, which a new or changed one may not overlap.
    let others = move |except: Option<i64>| -> Vec<Slot> {
        all.with_value(|all| all.iter().filter(|s| Some(s.id) != except).map(|s| s.slot.clone()).collect())
    };
    let done = Callback::new(move |()| {
        open.set(Open::Closed);
        on_change.run(());
    });
    let close = Callback::new(move |()| open.set(Open::Closed));
    let empty = slots.is_empty();
    view! {
        {empty.then(|| view! { <p class="notice">{i18n.tr("console-guide-no-slots")}</p> })}
        <ul class="card-list slot-list" id="slot-list">
            {slots.into_iter().map(|slot| {
                let id = slot.id;
                view! {
                    <Show when=move || open.get() != Open::Slot(id)
                        fallback=move || view! { <li><SlotForm editing=all.with_value(|a| a.iter().find(|s| s.id == id).cloned())
                            others=others(Some(id)) on_done=done on_close=close /></li> }>
                        <SlotCard guide_slot=slot.clone() blocked open on_change />
                    </Show>
                }
            }).collect_view()}
        </ul>
        <Show when=move || open.get() == Open::New
            fallback=move || view! {
                <button type="button" id="slot-add" on:click=move |_| open.set(Open::New)>{i18n.tr("console-guide-slot-add")}</button>
            }>
            <SlotForm editing=None others=others(None) on_done=done on_close=close />
        </Show>
    }
}

#[component]
fn SlotCard(
    guide_slot: GuideSlot,
    blocked: Signal<Vec<Day>>,
    open: RwSignal<Open>,
    on_change: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let GuideSlot { id, slot } = guide_slot;
    let remove = Action::new_local(move |(): &()| {
        let municipality = session.working_on();
        async move {
            api::delete_guide_slot(&municipality?, id).await?;
            on_change.run(());
            Ok::<(), api::Failure>(())
        }
    });
    let when = match slot.repeat {
        Repeat::Once { day } => view! { <span class="card-title">{move || i18n.day(day)}</span> }.into_any(),
        Repeat::Weekly { weekday, from, until } => view! {
            <span class="card-title">{move || i18n.with("console-guide-every", "weekday", i18n.t(&format!("weekday-{}", weekday.code())))}</span>
            <span class="hint">{move || i18n.args("console-guide-season", &[("from", i18n.day(from)), ("until", i18n.day(until))])}</span>
        }
        .into_any(),
    };
    let topics: Vec<String> = slot.topics.iter().map(|t| topic_label(*t)).collect();
    let (start, minutes, meeting, place) = (slot.start, slot.minutes, slot.meeting, slot.place.clone());
    let slot = StoredValue::new(slot);
    let next = move || {
        let (today, now) = today_and_now().expect("the device has a clock");
        blocked.with(|blocked| slot.with_value(|slot| next_meetings(slot, today, now, blocked, 3)))
    };
    view! {
        <li class="card slot-card" data-slot=id>
            <div class="row-head">{when}</div>
            <p>{move || i18n.clock(start)}" · "{move || i18n.with("console-guide-minutes", "minutes", minutes.to_string())}
                " · "{move || i18n.t(&meeting_label(meeting))}{(!place.is_empty()).then(|| format!(", {place}"))}</p>
            <p class="hint">{move || names(i18n, &topics)}</p>
            <p class="next-meetings">{i18n.tr("console-guide-next")}" "
                {move || {
                    let next = next();
                    if next.is_empty() {
                        i18n.t("console-guide-next-none")
                    } else {
                        next.iter().map(|o| i18n.day(o.day)).collect::<Vec<_>>().join(" · ")
                    }
                }}
            </p>
            <div class="button-row">
                <button type="button" class="secondary slot-change" on:click=move |_| open.set(Open::Slot(id))>{i18n.tr("console-guide-change")}</button>
                <button type="button" class="secondary slot-remove" disabled=move || remove.pending().get()
                    on:click=move |_| { remove.dispatch(()); }>{i18n.tr("console-guide-remove")}</button>
            </div>
            {move || remove.value().get().and_then(Result::err).map(|failure| view! { <Refusal failure /> })}
        </li>
    }
}
