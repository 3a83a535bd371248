//! Pausing an activity, marking it full, opening it again: one tap each.

use leptos::prelude::*;
use model::activities::ActivityStatus;
use ui::i18n::use_i18n;

use crate::components::StatusChip;

#[component]
pub fn StatusButtons(
    #[prop(into)] status: Signal<ActivityStatus>,
    set: impl Fn(ActivityStatus) + Copy + Send + Sync + 'static,
    #[prop(into, optional)] busy: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let button = move |to: ActivityStatus, label: &'static str| {
        view! {
            <button type="button" class="secondary" data-status=to.code() disabled=move || busy.get()
                on:click=move |_| set(to)>
                {i18n.tr(label)}
            </button>
        }
    };
    view! {
        <div class="status-row">
            {move || view! { <StatusChip status=status.get() /> }}
            {move || match status.get() {
                ActivityStatus::Open => view! {
                    {button(ActivityStatus::Paused, "console-pause")}
                    {button(ActivityStatus::Full, "console-mark-full")}
                }.into_any(),
                ActivityStatus::Paused | ActivityStatus::Full => button(ActivityStatus::Open, "console-open-again").into_any(),
            }}
        </div>
    }
}
