//! The body of a "my …" page: every code this phone made or looked up, shown from the
//! phone's own copy (so offline too) and brought up to date when the network is there,
//! the one `#CODE` in the address names first, and a form for a code typed by hand.
//! The Sportotek's reservations and the guides' bookings differ only in what a
//! [`CodeKind`] says; each bundle has one of them, so the generic code is there once.

use std::{future::Future, marker::PhantomData};

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use model::{voucher::LoanCode, Language};
use ui::location::{navigate, use_location, use_query_map, Navigation};
use ui::{fetch::Failure, i18n::use_i18n};

use crate::{code_entry::latin_digits, saved_answers};

/// The message ids and the address of one "my …" page.
pub struct CodeTexts {
    /// The heading over the code just made (`?made=1`), and its notice to keep the code.
    pub made_heading: &'static str,
    pub made_notice: &'static str,
    /// The heading over a code the address names otherwise.
    pub heading: &'static str,
    pub intro: &'static str,
    pub none: &'static str,
    pub lookup_label: &'static str,
    pub lookup: &'static str,
    pub lookup_hint: &'static str,
    pub not_found: &'static str,
    /// The page's own address, to which a typed code is added as `#CODE`.
    pub path: &'static str,
}

/// One kind of answer kept on the phone under a code, with its card.
pub trait CodeKind: 'static {
    type Code: Clone + PartialEq + Send + Sync + 'static;
    type Saved: Clone + Send + Sync + 'static;
    const TEXTS: CodeTexts;
    /// The code written as typed or in an address, if it is one.
    fn parse(text: &str) -> Option<Self::Code>;
    /// The code as it stands in an address: `7KQ2M9XD4T`.
    fn text(code: &Self::Code) -> &str;
    fn code(saved: &Self::Saved) -> &Self::Code;
    /// Every kept answer, in the order to show them.
    fn all() -> Vec<Self::Saved>;
    fn is_stale(saved: &Self::Saved, now: i64) -> bool;
    /// Fetches the answer for `code` and keeps it on the phone.
    fn fetch(code: Self::Code, lang: Language) -> impl Future<Output = Result<(), Failure>>;
    fn card(saved: Self::Saved, on_change: Callback<()>) -> impl IntoView + 'static;
}

/// The code an address's fragment names, if any: `#7KQ2M9XD4T`, grouped or not.
fn code_in<C>(hash: &str, parse: impl Fn(&str) -> Option<C>) -> Option<C> {
    let candidate = hash.trim_start_matches('#').replace("%20", " ");
    (candidate.chars().count() <= 32).then(|| parse(&candidate)).flatten()
}

/// The page's lookups: one or more codes fetched in turn, the list shown again after.
struct Lookups<K: CodeKind> {
    saved: RwSignal<Vec<K::Saved>>,
    busy: RwSignal<bool>,
    /// Why the code the reader asked for was not found; checks in the background say nothing.
    problem: RwSignal<Option<String>>,
}

impl<K: CodeKind> Clone for Lookups<K> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K: CodeKind> Copy for Lookups<K> {}

impl<K: CodeKind> Lookups<K> {
    fn knows(self, code: &K::Code) -> bool {
        self.saved.with_untracked(|s| s.iter().any(|s| K::code(s) == code))
    }

    /// Offline, it stops at the first code: the saved copies stand.
    fn run(self, codes: Vec<K::Code>, lang: Language, asked: bool) {
        self.busy.set(true);
        spawn_local(async move {
            for code in codes {
                if let Err(failure) = K::fetch(code, lang).await {
                    let id = if failure.is_not_found() { K::TEXTS.not_found } else { failure.message_id() };
                    if asked {
                        self.problem.set(Some(id.to_owned()));
                    }
                    if id == "error-network" {
                        break;
                    }
                }
            }
            self.saved.set(K::all());
            self.busy.set(false);
        });
    }
}

/// The kept codes, the focused one first, the rest listed, and the lookup form; the
/// page puts its own way back and heading above.
#[component]
pub fn SavedCodes<K: CodeKind>(#[prop(optional)] kind: PhantomData<K>) -> impl IntoView {
    // The kind is all in the type: `<SavedCodes<Bookings> />`.
    let PhantomData = kind;
    let i18n = use_i18n();
    let texts = &K::TEXTS;
    let hash = use_location().hash;
    let made = use_query_map().with_untracked(|q| q.get_str("made").is_some());
    let saved = RwSignal::new(K::all());
    let lookups = Lookups::<K> { saved, busy: RwSignal::new(false), problem: RwSignal::new(None) };
    let reload = Callback::new(move |()| saved.set(K::all()));
    let focus = Memo::new(move |_| code_in(&hash.get(), K::parse));
    // Answers that may have changed are brought up to date, one at a time.
    let now = saved_answers::now();
    let stale: Vec<K::Code> =
        saved.with_untracked(|s| s.iter().filter(|s| K::is_stale(s, now)).map(|s| K::code(s).clone()).collect());
    if !stale.is_empty() {
        lookups.run(stale, i18n.language(), false);
    }
    // A code in the address that the phone does not know yet is looked up.
    Effect::new(move |_| {
        if let Some(code) = focus.get() {
            if !lookups.knows(&code) {
                lookups.run(vec![code], i18n.language(), true);
            }
        }
    });
    let focused = move || {
        let code = focus.get()?;
        saved.with(|s| s.iter().find(|s| *K::code(s) == code).cloned())
    };
    let others = move || {
        let code = focus.get();
        saved.with(|s| s.iter().filter(|s| Some(K::code(s)) != code.as_ref()).cloned().collect::<Vec<_>>())
    };
    view! {
        {move || focused().map(|s| view! {
            <section class="reservation-focus" aria-labelledby="focus-heading">
                <h2 id="focus-heading">{i18n.t(if made { texts.made_heading } else { texts.heading })}</h2>
                {made.then(|| view! { <p class="notice">{i18n.t(texts.made_notice)}</p> })}
                {K::card(s, reload)}
            </section>
        })}
        <p class="loading" role="status" hidden=move || !lookups.busy.get()>{i18n.tr("loading")}</p>
        <p class="intro">{i18n.tr(texts.intro)}</p>
        {move || {
            let list = others();
            let none = list.is_empty() && focus.get().is_none();
            view! {
                <p class="notice" hidden=!none>{i18n.t(texts.none)}</p>
                <div class="card-list reservation-list">
                    {list.into_iter().map(|s| K::card(s, reload)).collect_view()}
                </div>
            }
        }}
        <LookupForm lookups />
    }
}

/// A code typed or pasted, looked up and then shown first.
#[component]
fn LookupForm<K: CodeKind>(lookups: Lookups<K>) -> impl IntoView {
    let i18n = use_i18n();
    let texts = &K::TEXTS;
    let typed = RwSignal::new(String::new());
    // A short code is only called wrong once the reader asks to look it up.
    let tried = RwSignal::new(false);
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let Some(code) = K::parse(&typed.get_untracked()) else {
            tried.set(true);
            return;
        };
        tried.set(false);
        typed.set(String::new());
        navigate(&format!("{}#{}", texts.path, K::text(&code)), Navigation::default());
        // A code new to the phone is fetched as the address changes; a known one is
        // fetched again here, as the reader asked for the latest.
        if lookups.knows(&code) {
            lookups.run(vec![code], i18n.language(), true);
        }
    };
    // Every kind of code has a loan code's shape and words (`model::guides::BookingCode`).
    let problem = move || {
        let field = LoanCode::typing_problem(&typed.get(), tried.get()).map(|e| e.message_id);
        field.or_else(|| lookups.problem.get())
    };
    view! {
        <form class="search-form lookup-form" on:submit=on_submit novalidate>
            <label for="lookup-code">{i18n.tr(texts.lookup_label)}</label>
            <div class="search-row">
                <input id="lookup-code" name="code" type="text" autocapitalize="characters" autocomplete="off"
                    spellcheck="false" dir="ltr" maxlength="32" aria-describedby="lookup-code-hint lookup-error"
                    aria-invalid=move || problem().is_some().to_string()
                    prop:value=move || typed.get()
                    on:input=move |e| { typed.set(latin_digits(&event_target_value(&e))); tried.set(false); lookups.problem.set(None); } />
                <button id="lookup-submit" type="submit" disabled=move || lookups.busy.get()>{i18n.tr(texts.lookup)}</button>
            </div>
            <p id="lookup-code-hint" class="hint">{i18n.tr(texts.lookup_hint)}</p>
            <p id="lookup-error" class="field-error" role="alert">{move || problem().map(|id| i18n.t(&id))}</p>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_fragment_names_a_code_however_it_is_written() {
        let parse = |text: &str| LoanCode::parse(text).ok();
        let code = (0..=255_u8).find_map(|b| LoanCode::from_random([b, 2, 3, 4, 5, 6])).unwrap();
        for hash in
            [format!("#{}", code.as_str()), format!("#{code}"), format!("#{}", code.to_string().replace('-', "%20"))]
        {
            assert_eq!(code_in(&hash, parse), Some(code.clone()), "{hash}");
        }
        for hash in ["", "#", "#main", "#7KQ2", &format!("#{}", "A".repeat(40))] {
            assert_eq!(code_in(hash, parse), None, "{hash}");
        }
    }
}
