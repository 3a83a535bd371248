//! "My bookings" with the guides: every code this phone booked or looked up, shown
//! from the phone's own copy (so offline too) and brought up to date when the network
//! is there. `#CODE` in the address opens one: the answer after booking, or a code
//! typed by hand.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_router::{
    hooks::{use_location, use_navigate, use_query_map},
    NavigateOptions,
};
use model::{guides::BookingCode, voucher::LoanCode};
use ui::i18n::use_i18n;

use crate::{
    api,
    app::use_last_guides,
    code_entry::latin_digits,
    components::BookingCard,
    saved_answers,
    saved_bookings::{self, is_stale, Saved},
};

/// The code an address's fragment names, if any: `#7KQ2M9XD4T`, grouped or not.
fn code_in(hash: &str) -> Option<BookingCode> {
    let candidate = hash.trim_start_matches('#').replace("%20", " ");
    (candidate.chars().count() <= 32).then(|| BookingCode::parse(&candidate).ok()).flatten()
}

/// Fetches `code` and keeps the answer; the message id of a failure otherwise.
async fn fetch(code: BookingCode) -> Result<(), String> {
    match api::booking(&code).await {
        Ok((booking, json)) => {
            saved_bookings::save(&booking, &json);
            Ok(())
        }
        Err(failure) if failure.is_not_found() => Err("guides-lookup-not-found".to_owned()),
        Err(failure) => Err(failure.message_id().to_owned()),
    }
}

/// The page's lookups: one or more codes fetched in turn, the list shown again after.
#[derive(Clone, Copy)]
struct Lookups {
    saved: RwSignal<Vec<Saved>>,
    busy: RwSignal<bool>,
    /// Why the code the newcomer asked for was not found; checks in the background say nothing.
    problem: RwSignal<Option<String>>,
}

impl Lookups {
    /// Offline, it stops at the first code: the saved copies stand.
    fn run(self, codes: Vec<BookingCode>, asked: bool) {
        self.busy.set(true);
        spawn_local(async move {
            for code in codes {
                if let Err(id) = fetch(code).await {
                    let offline = id == "error-network";
                    if asked {
                        self.problem.set(Some(id));
                    }
                    if offline {
                        break;
                    }
                }
            }
            self.saved.set(saved_bookings::all());
            self.busy.set(false);
        });
    }
}

#[component]
pub fn GuideBookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let hash = use_location().hash;
    let made = use_query_map().with_untracked(|q| q.get_str("made").is_some());
    let last_guides = use_last_guides();
    let saved = RwSignal::new(saved_bookings::all());
    let lookups = Lookups { saved, busy: RwSignal::new(false), problem: RwSignal::new(None) };
    let reload = Callback::new(move |()| saved.set(saved_bookings::all()));
    let focus = Memo::new(move |_| code_in(&hash.get()));
    // Meetings to come are brought up to date, one at a time: the guide may have answered.
    let now = saved_answers::now();
    let stale: Vec<BookingCode> =
        saved.with_untracked(|s| s.iter().filter(|s| is_stale(s, now)).map(|s| s.code.clone()).collect());
    if !stale.is_empty() {
        lookups.run(stale, false);
    }
    // A code in the address that the phone does not know yet is looked up.
    Effect::new(move |_| {
        if let Some(code) = focus.get() {
            if saved.with_untracked(|s| !s.iter().any(|s| s.code == code)) {
                lookups.run(vec![code], true);
            }
        }
    });
    let focused = move || {
        let code = focus.get()?;
        saved.with(|s| s.iter().find(|s| s.code == code).cloned())
    };
    let others = move || {
        let code = focus.get();
        saved.with(|s| s.iter().filter(|s| Some(&s.code) != code.as_ref()).cloned().collect::<Vec<Saved>>())
    };
    view! {
        <a href=move || last_guides.get() class="back-link">{i18n.tr("guides-title")}</a>
        <h1>{i18n.tr("guides-bookings-title")}</h1>
        {move || focused().map(|s| view! {
            <section class="reservation-focus" aria-labelledby="focus-heading">
                <h2 id="focus-heading">{i18n.t(if made { "guides-booked-heading" } else { "guides-booking-heading" })}</h2>
                {made.then(|| view! { <p class="notice">{i18n.t("guides-booked-show-code")}</p> })}
                <BookingCard saved=s on_change=reload />
            </section>
        })}
        <p class="loading" role="status" hidden=move || !lookups.busy.get()>{i18n.tr("loading")}</p>
        <p class="intro">{i18n.tr("guides-bookings-intro")}</p>
        {move || {
            let list = others();
            let none = list.is_empty() && focus.get().is_none();
            view! {
                <p class="notice" hidden=!none>{i18n.t("guides-bookings-none")}</p>
                <div class="card-list reservation-list">
                    {list.into_iter().map(|s| view! { <BookingCard saved=s on_change=reload /> }).collect_view()}
                </div>
            }
        }}
        <LookupForm lookups />
    }
}

/// A code typed or pasted, looked up and then shown first.
#[component]
fn LookupForm(lookups: Lookups) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let typed = RwSignal::new(String::new());
    // A short code is only called wrong once the newcomer asks to look it up.
    let tried = RwSignal::new(false);
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        match BookingCode::parse(&typed.get_untracked()) {
            Ok(code) => {
                tried.set(false);
                typed.set(String::new());
                navigate(&format!("/activities/guides/bookings#{}", code.as_str()), NavigateOptions::default());
                // A code new to the phone is fetched as the address changes; a known one
                // is fetched again here, as the newcomer asked for the latest.
                if lookups.saved.with_untracked(|s| s.iter().any(|s| s.code == code)) {
                    lookups.run(vec![code], true);
                }
            }
            Err(_) => tried.set(true),
        }
    };
    // A booking code has a loan code's shape and words (`model::guides::BookingCode`).
    let problem = move || {
        let field = LoanCode::typing_problem(&typed.get(), tried.get()).map(|e| e.message_id);
        field.or_else(|| lookups.problem.get())
    };
    view! {
        <form class="search-form lookup-form" on:submit=on_submit novalidate>
            <label for="lookup-code">{i18n.tr("guides-lookup-label")}</label>
            <div class="search-row">
                <input id="lookup-code" name="code" type="text" autocapitalize="characters" autocomplete="off"
                    spellcheck="false" dir="ltr" maxlength="32" aria-describedby="lookup-code-hint lookup-error"
                    aria-invalid=move || problem().is_some().to_string()
                    prop:value=move || typed.get()
                    on:input=move |e| { typed.set(latin_digits(&event_target_value(&e))); tried.set(false); lookups.problem.set(None); } />
                <button id="lookup-submit" type="submit" disabled=move || lookups.busy.get()>{i18n.tr("guides-lookup")}</button>
            </div>
            <p id="lookup-code-hint" class="hint">{i18n.tr("guides-lookup-hint")}</p>
            <p id="lookup-error" class="field-error" role="alert">{move || problem().map(|id| i18n.t(&id))}</p>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_fragment_names_a_code_however_it_is_written() {
        let code = (0..=255_u8).find_map(|b| BookingCode::from_random([b, 2, 3, 4, 5, 6])).unwrap();
        for hash in
            [format!("#{}", code.as_str()), format!("#{code}"), format!("#{}", code.to_string().replace('-', "%20"))]
        {
            assert_eq!(code_in(&hash), Some(code.clone()), "{hash}");
        }
        for hash in ["", "#", "#main", "#7KQ2", &format!("#{}", "A".repeat(40))] {
            assert_eq!(code_in(hash), None, "{hash}");
        }
    }
}
