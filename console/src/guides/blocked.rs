//! Days a guide cannot meet, holidays say: no time is offered on them. A day with
//! booked meetings cannot be blocked until those are cancelled.

use leptos::prelude::*;
use model::schedule::Day;
use ui::i18n::use_i18n;

use super::slot_form::Refusal;
use crate::{
    api,
    forms::{focus_first_problem, Problems, TextField},
    session::use_session,
};

/// `days` are the blocked days as last answered; blocking or unblocking replaces them.
#[component]
pub fn BlockedDays(days: RwSignal<Vec<Day>>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let typed = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let change = Action::new_local(move |(day, block): &(Day, bool)| {
        let (day, block, municipality) = (*day, *block, session.working_on());
        async move {
            let mut answer = api::block_day(&municipality?, day, block).await?;
            answer.sort();
            days.set(answer);
            if block {
                typed.set(String::new());
            }
            Ok::<(), api::Failure>(())
        }
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(day) = Day::parse(typed.get_untracked().trim()) {
            problems.set(Vec::new());
            change.dispatch((day, true));
        } else {
            problems.set(vec![model::FieldError::new("blocked_day", "console-error-date")]);
            focus_first_problem();
        }
    };
    view! {
        <ul class="plain-list blocked-days" id="blocked-days">
            {move || days.get().into_iter().map(|day| view! {
                <li class="blocked-day" data-day=day.to_string()>
                    <span>{move || i18n.day(day)}</span>" "
                    <button type="button" class="secondary blocked-remove" disabled=move || change.pending().get()
                        on:click=move |_| { change.dispatch((day, false)); }>{i18n.tr("console-guide-unblock")}</button>
                </li>
            }).collect_view()}
        </ul>
        <Show when=move || days.with(Vec::is_empty)>
            <p class="hint">{i18n.tr("console-guide-no-blocked")}</p>
        </Show>
        <form class="stack blocked-form" novalidate on:submit=add>
            <TextField id="blocked-day" label="console-guide-block-day" value=typed problems field="blocked_day" kind="date" required=true />
            <button type="submit" id="blocked-add" disabled=move || change.pending().get()>{i18n.tr("console-guide-block")}</button>
        </form>
        {move || change.value().get().and_then(Result::err).map(|failure| view! { <Refusal failure /> })}
    }
}
