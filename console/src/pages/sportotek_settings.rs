//! The Sportotek's settings: where it is, when it is open, the days it is closed, and
//! the limits on borrowing.

use leptos::prelude::*;
use model::sportotek::Settings;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, FailureNotice, SportotekOnly},
    forms::{focus_first_problem, invalid, FieldNote, ProblemSummary, Problems, TextField},
    session::use_session,
    sportotek::{SettingsDraft, SportotekTabs},
};

#[component]
pub fn SportotekSettings() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let settings = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::sportotek_settings(&municipality?).await }
    });
    view! {
        <SportotekOnly>
            <SportotekTabs />
            <h1>{i18n.tr("console-sportotek-settings")}</h1>
            {loaded(settings, move |settings| view! { <SettingsForm settings /> }.into_any())}
        </SportotekOnly>
    }
}

#[component]
fn SettingsForm(settings: Settings) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let draft = SettingsDraft::new(&settings);
    let problems: Problems = RwSignal::new(Vec::new());
    let saved = RwSignal::new(false);
    let save = Action::new_local(move |settings: &Settings| {
        let (settings, municipality) = (settings.clone(), session.working_on());
        async move {
            let result = async { api::save_sportotek_settings(&municipality?, &settings).await }.await;
            saved.set(result.is_ok());
            if let Err(failure) = &result {
                problems.set(failure.fields.clone());
                focus_first_problem();
            }
            result
        }
    });
    let submit = move || {
        saved.set(false);
        match draft.read() {
            Ok(settings) => {
                problems.set(Vec::new());
                save.dispatch(settings);
            }
            Err(found) => {
                problems.set(found);
                focus_first_problem();
            }
        }
    };
    view! {
        <form class="stack sportotek-settings" id="sportotek-settings" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <ProblemSummary problems />
            <TextField id="place-name" label="console-sportotek-place-name" value=draft.place_name problems field="place_name" />
            <TextField id="place-address" label="console-sportotek-address" value=draft.address problems field="address" />
            <OpeningHours draft problems />
            <ClosedDays draft problems />
            <Limits draft problems />
            <button type="submit" id="sportotek-settings-save" disabled=move || save.pending().get()>{i18n.tr("console-save")}</button>
            <Show when=move || saved.get()><p class="notice" role="status">{i18n.tr("console-saved")}</p></Show>
            {move || save.value().get().and_then(Result::err).filter(|f| f.fields.is_empty()).map(|failure| view! { <FailureNotice failure /> })}
        </form>
    }
}

/// A row per weekday: open or not, and from when to when.
#[component]
fn OpeningHours(draft: SettingsDraft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="choices opening-hours" id="opening-hours">
            <legend>{i18n.tr("console-sportotek-hours")}</legend>
            <p class="hint">{i18n.tr("console-sportotek-hours-hint")}</p>
            <ul class="session-rows">
                {draft.hours.get_value().into_iter().map(|day| {
                    let code = day.weekday.code();
                    let id = move |name: &str| format!("hours-{code}-{name}");
                    let field = move |name: &str| format!("hours.{code}.{name}");
                    view! {
                        <li class="session-row hours-row" data-weekday=code>
                            <label class="check weekday">
                                <input type="checkbox" id=id("open") bind:checked=day.open />
                                {move || i18n.t(&format!("weekday-{code}"))}
                            </label>
                            <label>{i18n.tr("console-sportotek-opens")}
                                <input id=id("opens") type="time" bind:value=day.opens disabled=move || !day.open.get()
                                    aria-invalid=invalid(problems, field("opens")) />
                            </label>
                            <label>{i18n.tr("console-sportotek-closes")}
                                <input id=id("closes") type="time" bind:value=day.closes disabled=move || !day.open.get()
                                    aria-invalid=invalid(problems, field("closes")) />
                            </label>
                            <FieldNote problems field=field("opens") />
                            <FieldNote problems field=field("closes") />
                            <FieldNote problems field=field("weekday") />
                        </li>
                    }
                }).collect_view()}
            </ul>
        </fieldset>
    }
}

/// Days the Sportotek is closed although its weekday has hours, each with a note.
#[component]
fn ClosedDays(draft: SettingsDraft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="choices closed-days" id="closed-days">
            <legend>{i18n.tr("console-sportotek-closed-days")}</legend>
            <FieldNote problems field="closed_days" />
            <ul class="session-rows">
                {move || draft.closed.get().into_iter().enumerate().map(|(i, row)| {
                    let field = move |name: &str| format!("closed_days.{i}.{name}");
                    view! {
                        <li class="session-row closed-row">
                            <label>{i18n.tr("console-sportotek-closed-day")}
                                <input id=format!("closed-day-{i}") type="date" bind:value=row.day aria-invalid=invalid(problems, field("day")) />
                            </label>
                            <label>{i18n.tr("console-sportotek-note")}
                                <input id=format!("closed-note-{i}") bind:value=row.note maxlength="300" aria-invalid=invalid(problems, field("note")) />
                            </label>
                            <button type="button" class="secondary" on:click=move |_| draft.remove_closed(row.key)>{i18n.tr("console-sportotek-remove")}</button>
                            <FieldNote problems field=field("day") />
                            <FieldNote problems field=field("note") />
                        </li>
                    }
                }).collect_view()}
            </ul>
            <button type="button" class="secondary" id="closed-add" on:click=move |_| draft.add_closed("", "")>
                {i18n.tr("console-sportotek-closed-add")}
            </button>
        </fieldset>
    }
}

#[component]
fn Limits(draft: SettingsDraft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    let fields = [
        ("max-items", "console-sportotek-max-items", "console-sportotek-max-items-hint"),
        ("reserve-ahead", "console-sportotek-reserve-ahead", "console-sportotek-reserve-ahead-hint"),
        ("loan-days", "console-sportotek-loan-days", "console-sportotek-loan-days-hint"),
        ("grace-days", "console-sportotek-grace-days", "console-sportotek-grace-days-hint"),
        ("keep-personal-days", "console-sportotek-keep-days", "console-sportotek-keep-days-hint"),
    ];
    view! {
        <fieldset class="choices limits" id="limits">
            <legend>{i18n.tr("console-sportotek-limits")}</legend>
            {fields.into_iter().zip(crate::sportotek::LIMITS).zip(draft.limits).map(|(((id, label, hint), field), value)| view! {
                <TextField id label value problems field kind="number" inputmode="numeric" hint required=true />
            }).collect_view()}
        </fieldset>
    }
}
