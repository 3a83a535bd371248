//! What is due today or tomorrow, above everything else on "Mine", and the offer to be
//! reminded by the phone itself.

use leptos::{prelude::*, task::spawn_local};
use model::schedule::Day;
use ui::i18n::use_i18n;

use crate::{
    mine::{reminders, Due, Kept, Reminder},
    reminders as notices,
};

#[component]
pub fn Reminders(kept: RwSignal<Kept>, today: Day) -> impl IntoView {
    let i18n = use_i18n();
    let soon = Memo::new(move |_| kept.with(|k| reminders(k, today)));
    let agreed = RwSignal::new(notices::agreed());
    let ask = move |_| {
        spawn_local(async move {
            if notices::ask().await {
                agreed.set(true);
                kept.update(|_| {});
            }
        });
    };
    let offer =
        move || !agreed.get() && notices::possible() && kept.with(|k| !crate::mine::coming(k, today).is_empty());
    view! {
        {move || {
            let list = soon.get();
            (!list.is_empty()).then(|| view! {
                <section class="mine-reminders" id="mine-reminders" aria-labelledby="mine-reminders-heading">
                    <h2 id="mine-reminders-heading">{i18n.tr("mine-reminders-heading")}</h2>
                    <ul class="plain-list">
                        {list.into_iter().map(|r| view! { <ReminderLine r today /> }).collect_view()}
                    </ul>
                </section>
            })
        }}
        <p class="mine-notify" hidden=move || !offer()>
            <button id="mine-notify" type="button" class="secondary" on:click=ask>{i18n.tr("mine-notify")}</button>
            <span class="hint">{i18n.tr("mine-notify-hint")}</span>
        </p>
        <p class="hint" id="mine-notify-on" hidden=move || !agreed.get()>{i18n.tr("mine-notify-on")}</p>
    }
}

#[component]
fn ReminderLine(r: Reminder, today: Day) -> impl IntoView {
    let i18n = use_i18n();
    let Reminder { due, day, code, what } = r;
    let when = if day == today { "mine-today" } else { "mine-tomorrow" };
    let text = move || {
        let id = match due {
            Due::Pickup => "mine-due-pickup",
            Due::Return => "mine-due-return",
            Due::Meeting => "mine-due-meeting",
        };
        i18n.args(id, &[("when", i18n.t(when)), ("what", what.clone())])
    };
    view! { <li class="reminder"><a href=format!("#mine-{code}")>{text}</a></li> }
}
