//! "Mine": everything this phone keeps, from every service, on one page that opens
//! offline. What is due today or tomorrow comes first; then the fritidscheck cards, the
//! Sportotek's reservations and loans, the guide bookings and the saved articles, each
//! with when it was last brought up to date. Codes come in by typing, by a pasted
//! message or by a move link (`#add=…`); the move link to a new phone is at the end.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use model::mine::{codes_in, from_move_fragment, Held, MINE_PATH};
use ui::location::{navigate, Navigation};
use ui::{i18n::use_i18n, online::use_online};

use crate::{
    components::{MineItems, MoveToPhone, Reminders},
    mine::{self, look_up, Kept, Outcome},
    reminders,
    saved_answers::now,
};

/// What the page says about the last round of lookups.
#[derive(Clone, PartialEq)]
enum Note {
    Busy,
    Done(Outcome),
}

#[component]
pub fn MinePage() -> impl IntoView {
    let i18n = use_i18n();
    let online = use_online();
    let kept = RwSignal::new(Kept::read());
    let note = RwSignal::new(None::<Note>);
    let today = mine::today();
    let reread = Callback::new(move |()| kept.set(Kept::read()));
    // One round of lookups at a time; the list is read again after each.
    let run = move |codes: Vec<Held>, asked: bool| {
        if codes.is_empty() {
            return;
        }
        if asked {
            note.set(Some(Note::Busy));
        }
        spawn_local(async move {
            let outcome = look_up(codes, i18n.language()).await;
            kept.set(Kept::read());
            if asked || !outcome.unknown.is_empty() {
                note.set(Some(Note::Done(outcome)));
            }
        });
    };
    // A move link's codes are added once, and the address loses them, so that a reload
    // or a shared screen does not show them.
    let hash = window().location().hash().unwrap_or_default();
    let from_link = from_move_fragment(&hash);
    if hash.starts_with("#add=") {
        navigate(MINE_PATH, Navigation { replace: true, scroll: false });
    }
    // Then what waited for the network, then what may have changed.
    let mut first = from_link;
    let asked = !first.is_empty();
    for held in mine::take_pending().into_iter().chain(kept.with_untracked(|k| k.stale(now()))) {
        if !first.contains(&held) {
            first.push(held);
        }
    }
    run(first, asked);
    // Back online: what waited is looked up.
    Effect::new(move |was_online: Option<bool>| {
        let now_online = online.get();
        if was_online == Some(false) && now_online {
            run(mine::take_pending(), false);
        }
        now_online
    });
    Effect::new(move |_| kept.with(|k| reminders::hand_over(i18n, k, today)));
    view! {
        <h1 id="mine-heading">{i18n.tr("mine-title")}</h1>
        <p class="intro">{i18n.tr("mine-intro")}</p>
        <NoteLine note />
        <Reminders kept today />
        {move || kept.with(Kept::is_empty).then(|| view! { <p class="notice" id="mine-empty">{i18n.t("mine-empty")}</p> })}
        <MineItems kept on_change=reread />
        <AddCodes on_add=Callback::new(move |codes: Vec<Held>| run(codes, true)) note />
        <MoveToPhone kept />
        <ForgetEverything on_forget=reread />
    }
}

/// How the last lookups went, said once.
#[component]
fn NoteLine(note: RwSignal<Option<Note>>) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || match note.get()? {
        Note::Busy => Some(i18n.t("mine-adding")),
        Note::Done(outcome) => {
            let mut parts = vec![];
            if outcome.found > 0 {
                parts.push(i18n.count("mine-added", outcome.found));
            }
            if !outcome.unknown.is_empty() {
                parts.push(i18n.with("mine-unknown", "codes", outcome.unknown.join(", ")));
            }
            if outcome.waiting > 0 {
                parts.push(i18n.count("mine-waiting", outcome.waiting));
            }
            if let Some(id) = outcome.problem {
                parts.push(i18n.t(&id));
            }
            (!parts.is_empty()).then(|| parts.join(" "))
        }
    };
    view! { <p id="mine-note" class="notice" role="status" hidden=move || text().is_none()>{text}</p> }
}

/// A code typed, a whole text message pasted, or links: every code in it is added.
#[component]
fn AddCodes(on_add: Callback<Vec<Held>>, note: RwSignal<Option<Note>>) -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let codes = codes_in(&typed.get_untracked());
        if codes.is_empty() {
            problem.set(Some("mine-add-none"));
            return;
        }
        problem.set(None);
        typed.set(String::new());
        on_add.run(codes);
    };
    view! {
        <section class="mine-add" aria-labelledby="mine-add-heading">
            <h2 id="mine-add-heading">{i18n.tr("mine-add-heading")}</h2>
            <form on:submit=on_submit novalidate>
                <label for="mine-add">{i18n.tr("mine-add-label")}</label>
                <textarea id="mine-add" name="codes" rows="3" dir="auto" maxlength="4000" spellcheck="false"
                    autocomplete="off" aria-describedby="mine-add-hint mine-add-error"
                    aria-invalid=move || problem.get().is_some().to_string()
                    prop:value=move || typed.get()
                    on:input=move |e| { typed.set(event_target_value(&e)); problem.set(None); }></textarea>
                <p id="mine-add-hint" class="hint">{i18n.tr("mine-add-hint")}</p>
                <p id="mine-add-error" class="field-error" role="alert">{move || problem.get().map(|id| i18n.t(id))}</p>
                <button id="mine-add-submit" type="submit" disabled=move || note.get() == Some(Note::Busy)>
                    {i18n.tr("mine-add")}
                </button>
            </form>
        </section>
    }
}

/// "Forget everything on this phone": one tap, then a confirmation.
#[component]
fn ForgetEverything(on_forget: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    view! {
        <section class="mine-forget" aria-labelledby="mine-forget-heading">
            <h2 id="mine-forget-heading">{i18n.tr("mine-forget-heading")}</h2>
            <p>{i18n.tr("mine-forget-intro")}</p>
            <button id="mine-forget" type="button" class="secondary" hidden=move || asking.get()
                on:click=move |_| { asking.set(true); done.set(false); }>{i18n.tr("mine-forget")}</button>
            <div class="cancel-confirm" hidden=move || !asking.get()>
                <p id="mine-forget-question">{i18n.tr("mine-forget-question")}</p>
                <button id="mine-forget-confirm" type="button" class="danger"
                    on:click=move |_| {
                        mine::forget_everything();
                        // The worker drops the reminders it was handed and the calendar
                        // files it kept, which carry a code.
                        reminders::tell_worker_to_forget();
                        asking.set(false);
                        done.set(true);
                        on_forget.run(());
                    }>
                    {i18n.tr("mine-forget-confirm")}
                </button>
                <button id="mine-forget-keep" type="button" class="secondary" on:click=move |_| asking.set(false)>
                    {i18n.tr("mine-forget-keep")}
                </button>
            </div>
            <p class="notice" role="status" hidden=move || !done.get()>{i18n.tr("mine-forgotten")}</p>
        </section>
    }
}
