//! When an activity meets: weekdays and times through a season, or a list of dates.

use leptos::prelude::*;
use model::schedule::Weekday;
use ui::i18n::use_i18n;

use super::draft::{Draft, SessionDraft};
use crate::forms::{toggle, FieldNote, Problems, TextField};

#[component]
pub fn ScheduleInput(draft: Draft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    let choose = move |weekly: bool| {
        draft.weekly.set(weekly);
        if !weekly && draft.sessions.with_untracked(Vec::is_empty) {
            draft.add_session("", &draft.start.get_untracked(), &draft.end.get_untracked());
        }
    };
    view! {
        <fieldset class="choices schedule">
            <legend>{i18n.tr("console-schedule")}</legend>
            <div class="segmented">
                <label class="check">
                    <input type="radio" name="schedule-kind" value="weekly" prop:checked=move || draft.weekly.get()
                        on:change=move |_| choose(true) />
                    {i18n.tr("console-schedule-weekly")}
                </label>
                <label class="check">
                    <input type="radio" name="schedule-kind" value="dates" prop:checked=move || !draft.weekly.get()
                        on:change=move |_| choose(false) />
                    {i18n.tr("console-schedule-dates")}
                </label>
            </div>
            <Show when=move || draft.weekly.get() fallback=move || view! { <SessionRows draft problems /> }>
                <Weekly draft problems />
            </Show>
        </fieldset>
    }
}

#[component]
fn Weekly(draft: Draft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="choices">
            <legend>{i18n.tr("console-field-weekdays")}</legend>
            <div class="check-grid">
                {Weekday::ALL.into_iter().map(|day| view! {
                    <label class="check">
                        <input type="checkbox" name=format!("weekday-{}", day.code())
                            prop:checked=move || draft.weekdays.with(|w| w.contains(&day))
                            on:change=move |_| toggle(draft.weekdays, day) />
                        {move || i18n.t(&format!("weekday-{}", day.code()))}
                    </label>
                }).collect_view()}
            </div>
            <FieldNote problems field="weekdays" />
        </fieldset>
        <div class="pair">
            <div><TextField id="start" label="console-field-start" value=draft.start problems field="start" kind="time" /></div>
            <div><TextField id="end" label="console-field-end" value=draft.end problems field="end" kind="time" /></div>
        </div>
        <div class="pair">
            <div><TextField id="season-start" label="console-field-season-start" value=draft.season_start problems
                field="season_start" kind="date" /></div>
            <div><TextField id="season-end" label="console-field-season-end" value=draft.season_end problems
                field="season_end" kind="date" /></div>
        </div>
    }
}

#[component]
fn SessionRows(draft: Draft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ol class="session-rows">
            <For each=move || draft.sessions.get() key=|row| row.key let:row>
                <SessionRow draft row />
            </For>
        </ol>
        <FieldNote problems field="sessions" />
        <FieldNote problems field="end" />
        <button type="button" class="secondary"
            on:click=move |_| draft.add_session("", &draft.start.get_untracked(), &draft.end.get_untracked())>
            {i18n.tr("console-add-date")}
        </button>
    }
}

#[component]
fn SessionRow(draft: Draft, row: SessionDraft) -> impl IntoView {
    let i18n = use_i18n();
    let id = |what: &str| format!("session-{}-{what}", row.key);
    view! {
        <li class="session-row">
            <label>
                <span>{i18n.tr("console-field-date")}</span>
                <input type="date" id=id("date") bind:value=row.date />
            </label>
            <label>
                <span>{i18n.tr("console-field-start")}</span>
                <input type="time" id=id("start") bind:value=row.start />
            </label>
            <label>
                <span>{i18n.tr("console-field-end")}</span>
                <input type="time" id=id("end") bind:value=row.end />
            </label>
            <button type="button" class="secondary remove" on:click=move |_| draft.remove_session(row.key)>
                {i18n.tr("console-remove-date")}
            </button>
        </li>
    }
}
