//! Adding or changing one of a guide's times: once on a day, or weekly on a weekday
//! from one day until another; when it starts, how long, where and about what.

use leptos::prelude::*;
use model::{
    guides::{GuideSlot, MeetingKind, Slot, SlotCheck},
    schedule::Weekday,
};
use ui::i18n::use_i18n;

use super::{meeting_label, slot_draft::SlotInput, BookedInTheWay, TopicChecks};
use crate::{
    api::{self, Failure},
    components::FailureNotice,
    forms::{focus_first_problem, ProblemSummary, Problems, TextField},
    intl::today_and_now,
    session::use_session,
};

/// `editing` is the slot being changed, `None` for a new one; `others` are the guide's
/// other slots, which a time may not overlap.
#[component]
pub fn SlotForm(
    editing: Option<GuideSlot>,
    others: Vec<Slot>,
    on_done: Callback<()>,
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let (today, now) = today_and_now().expect("the device has a clock");
    let id = editing.as_ref().map(|s| s.id);
    let was = StoredValue::new(editing.map(|s| s.slot));
    let others = StoredValue::new(others);
    let input = was.with_value(|was| was.as_ref().map_or_else(|| SlotInput::blank(today), SlotInput::of));
    let weekly = RwSignal::new(input.weekly);
    let [day, from, until, start, minutes, place] =
        [input.day, input.from, input.until, input.start, input.minutes, input.place].map(RwSignal::new);
    let weekday = RwSignal::new(input.weekday.code().to_owned());
    let meeting = RwSignal::new(input.meeting.code().to_owned());
    let topics = RwSignal::new(input.topics);
    let problems: Problems = RwSignal::new(Vec::new());
    let save = Action::new_local(move |slot: &Slot| {
        let (slot, municipality) = (slot.clone(), session.working_on());
        async move {
            let result = async { api::save_guide_slot(&municipality?, id, &slot).await }.await;
            match &result {
                Ok(_) => on_done.run(()),
                Err(failure) if failure.status == 422 => {
                    problems.set(failure.fields.clone());
                    focus_first_problem();
                }
                Err(_) => {}
            }
            result.map(|_| ())
        }
    });
    let submit = move || {
        let typed = SlotInput {
            weekly: weekly.get_untracked(),
            day: day.get_untracked(),
            weekday: Weekday::from_code(&weekday.get_untracked()).unwrap_or(Weekday::Mon),
            from: from.get_untracked(),
            until: until.get_untracked(),
            start: start.get_untracked(),
            minutes: minutes.get_untracked(),
            meeting: MeetingKind::from_code(&meeting.get_untracked()).unwrap_or(MeetingKind::Library),
            place: place.get_untracked(),
            topics: topics.get_untracked(),
        };
        let read = others.with_value(|others| {
            was.with_value(|was| typed.read(&SlotCheck { today, now, others, was: was.as_ref() }))
        });
        match read {
            Ok(slot) => {
                problems.set(Vec::new());
                save.dispatch(slot);
            }
            Err(found) => {
                problems.set(found);
                focus_first_problem();
            }
        }
    };
    let refused = move || save.value().get().and_then(Result::err).filter(|f: &Failure| f.status != 422);
    view! {
        <form class="stack loan-form slot-form" id="slot-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <h2>{i18n.tr(if id.is_some() { "console-guide-slot-change" } else { "console-guide-slot-add" })}</h2>
            <ProblemSummary problems />
            <WhenFields weekly day weekday from until problems />
            <div class="pair">
                <div><TextField id="slot-start" label="console-guide-start" value=start problems field="start" kind="time" required=true /></div>
                <div><TextField id="slot-minutes" label="console-guide-length" value=minutes problems field="minutes" kind="number"
                    inputmode="numeric" required=true /></div>
            </div>
            <label for="slot-meeting">{i18n.tr("console-guide-meeting")}</label>
            <select id="slot-meeting" bind:value=meeting>
                {MeetingKind::ALL.iter().map(|m| view! { <option value=m.code() selected=move || meeting.get() == m.code()>{move || i18n.t(&meeting_label(*m))}</option> }).collect_view()}
            </select>
            <TextField id="slot-place" label="console-guide-place" value=place problems field="place" hint="console-guide-place-hint" />
            <TopicChecks topics problems legend="console-guide-slot-topics" />
            <div class="button-row">
                <button type="submit" id="slot-save" disabled=move || save.pending().get()>{i18n.tr("console-save")}</button>
                <button type="button" class="secondary" on:click=move |_| on_close.run(())>{i18n.tr("console-cancel")}</button>
            </div>
            {move || refused().map(|failure| view! { <Refusal failure /> })}
        </form>
    }
}

/// A refusal: the booked meetings in the way, or what else went wrong.
#[component]
pub fn Refusal(failure: Failure) -> impl IntoView {
    if failure.status == 409 && failure.message_id == "error-guide-booking-orphaned" {
        view! { <BookedInTheWay fields=failure.fields /> }.into_any()
    } else {
        view! { <FailureNotice failure /> }.into_any()
    }
}

/// Once on a day, or weekly on a weekday from one day until another.
#[component]
fn WhenFields(
    weekly: RwSignal<bool>,
    day: RwSignal<String>,
    weekday: RwSignal<String>,
    from: RwSignal<String>,
    until: RwSignal<String>,
    problems: Problems,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
            <fieldset class="choices">
                <legend>{i18n.tr("console-guide-repeat")}</legend>
                <div class="segmented">
                    <label class="check"><input type="radio" name="slot-repeat" id="slot-weekly" prop:checked=move || weekly.get()
                        on:change=move |_| weekly.set(true) />{i18n.tr("console-guide-weekly")}</label>
                    <label class="check"><input type="radio" name="slot-repeat" id="slot-once" prop:checked=move || !weekly.get()
                        on:change=move |_| weekly.set(false) />{i18n.tr("console-guide-once")}</label>
                </div>
            </fieldset>
            <Show when=move || weekly.get()
                fallback=move || view! { <TextField id="slot-day" label="console-guide-day" value=day problems field="day" kind="date" required=true /> }>
                <label for="slot-weekday">{i18n.tr("console-guide-weekday")}</label>
                <select id="slot-weekday" bind:value=weekday>
                    {Weekday::ALL.iter().map(|w| view! {
                        <option value=w.code() selected=move || weekday.get() == w.code()>{move || i18n.t(&format!("weekday-{}", w.code()))}</option>
                    }).collect_view()}
                </select>
                <div class="pair">
                    <div><TextField id="slot-from" label="console-guide-from" value=from problems field="from" kind="date" required=true /></div>
                    <div><TextField id="slot-until" label="console-guide-until" value=until problems field="until" kind="date" required=true /></div>
                </div>
            </Show>
    }
}
