//! A guide's open times, grouped per day in Swedish local time, each a button that
//! chooses it for the booking form below.

use leptos::prelude::*;
use ui::i18n::use_i18n;
use wasm_bindgen::JsCast as _;

use super::{meeting_id, span, GuideForm};
use crate::guide_times::by_day;

/// Brings the form into view at its first field, once a time is chosen.
fn go_to_form() {
    if let Some(field) = document().get_element_by_id("booking-name") {
        field.scroll_into_view();
        let _ = field.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

#[component]
pub fn OpenTimes(form: GuideForm) -> impl IntoView {
    let i18n = use_i18n();
    let days = move || {
        form.open().with(|open| by_day(open)).into_iter().map(|(day, times)| {
            let heading = i18n.day(day);
            view! {
                <li class="open-day" data-day=day.to_string()>
                    <h3>{heading}</h3>
                    <ul class="time-list">
                        {times.into_iter().map(|time| {
                            let label = format!("{} · {}", span(i18n, time.start, time.minutes), i18n.t(&meeting_id(time.meeting)));
                            let chosen = {
                                let time = time.clone();
                                move || form.is_chosen(&time).to_string()
                            };
                            let slot = time.slot_id.to_string();
                            view! {
                                <li>
                                    <button type="button" class="secondary time-choice" data-slot=slot aria-pressed=chosen
                                        on:click=move |_| { form.choose(time.clone()); go_to_form(); }>
                                        {label}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </li>
            }
        }).collect_view()
    };
    view! {
        <p class="hint" hidden=move || form.open().with(Vec::is_empty)>{i18n.tr("guides-times-intro")}</p>
        <p class="notice" hidden=move || form.open().with(|o| !o.is_empty())>{i18n.tr("guides-no-times")}</p>
        <ul class="open-days">{days}</ul>
    }
}
