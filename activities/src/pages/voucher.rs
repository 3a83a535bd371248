//! A guardian's fritidscheck: type the code from the card, or open the card's QR link
//! (`/activities/voucher#CODE`), and see what is left and activities of the child's age
//! it pays in full. The last answer for each code stays on the phone for when the
//! network is gone.

use leptos::{
    ev::{self, SubmitEvent},
    prelude::*,
};
use model::{
    voucher::{typing_problem, VoucherCode},
    vouchers::VoucherBalance,
};
use ui::{
    fetch::Failure,
    i18n::{provide_i18n, use_i18n},
    location::use_location,
    waiting::{island, on, reveal},
};
use wasm_bindgen::JsCast as _;
use web_sys::{Element, HtmlInputElement};

use crate::{
    api,
    app::{use_last_list, use_place},
    code_entry::latin_digits,
    components::{age_to_offer, local_clock, BalanceCard, CoveredActivities},
    saved_answers, saved_balances,
};

/// What a check came to.
#[derive(Clone)]
enum Answer {
    /// The balance, with when it was fetched if it is the copy saved on the phone.
    Balance(VoucherBalance, Option<i64>),
    /// A message id saying why there is no balance to show.
    Problem(String),
}

/// No network, or a gateway that could not reach the server.
fn is_network(failure: &Failure) -> bool {
    failure.message_id() == "error-network"
}

async fn check_balance(code: VoucherCode) -> (VoucherCode, Answer) {
    let answer = match api::voucher_balance(&code).await {
        Ok((balance, json)) => {
            saved_balances::save(code.as_str(), saved_answers::now(), &json);
            Answer::Balance(balance, None)
        }
        Err(failure) if is_network(&failure) => match saved_balances::load(code.as_str()) {
            Some(saved) => Answer::Balance(saved.balance, Some(saved.at)),
            None => Answer::Problem("error-network".to_owned()),
        },
        Err(failure) if failure.is_not_found() => Answer::Problem("voucher-not-found".to_owned()),
        Err(failure) => Answer::Problem(failure.message_id().to_owned()),
    };
    // The answer read and kept is a task; drawing it is the next.
    ui::pace::a_task().await;
    (code, answer)
}

/// The guardian's checks: the code in the field, whether they asked to check a code too
/// short to be one, and the check under way with its answer. The app's page and the
/// server's form ([`make_the_servers_form_work`]) share them.
#[derive(Clone, Copy)]
struct Checks {
    typed: RwSignal<String>,
    // A short code is only called wrong once the guardian asks to check it.
    tried: RwSignal<bool>,
    check: Action<VoucherCode, (VoucherCode, Answer)>,
}

impl Checks {
    fn new() -> Self {
        let check = Action::new_local(|code: &VoucherCode| check_balance(code.clone()));
        Self { typed: RwSignal::new(String::new()), tried: RwSignal::new(false), check }
    }

    /// Checks `code`, shown in the field.
    fn start(self, code: VoucherCode) {
        self.typed.set(code.to_string());
        self.tried.set(false);
        self.check.dispatch(code);
    }

    /// The card's QR link carries the code in the address's fragment, which never
    /// reaches a server: it is checked.
    fn follow(self, hash: &str) {
        if let Some(code) = VoucherCode::from_link(hash) {
            self.start(code);
        }
    }

    /// The field now holds `text`, digits from any keyboard as the card prints them.
    fn typing(self, text: &str) {
        self.typed.set(latin_digits(text));
        self.tried.set(false);
    }

    /// The guardian asks to check what the field holds.
    fn submit(self) {
        match VoucherCode::parse(&self.typed.get_untracked()) {
            Ok(code) => self.start(code),
            Err(_) => self.tried.set(true),
        }
    }

    fn pending(self) -> bool {
        self.check.pending().get()
    }

    /// The message id of what is wrong with the code in the field, if anything.
    fn problem(self) -> Option<String> {
        let text = self.typed.get();
        let field = typing_problem(&text, self.tried.get()).map(|e| e.message_id);
        // A refusal is shown while the field still holds the code it was about.
        field.or_else(|| match self.check.value().get() {
            Some((code, Answer::Problem(id))) if VoucherCode::parse(&text).ok().as_ref() == Some(&code) => Some(id),
            _ => None,
        })
    }
}

/// Under the form: the check under way, then the balance with the activities it pays for.
#[component]
fn CheckAnswer(checks: Checks, municipality: String) -> impl IntoView {
    let i18n = use_i18n();
    let answer = move || match checks.check.value().get() {
        Some((code, Answer::Balance(balance, saved_at))) => {
            let balance_ore = balance.balance_ore;
            let municipality = municipality.clone();
            let covered =
                age_to_offer(&balance).map(|age| view! { <CoveredActivities municipality age balance_ore /> });
            Some(view! {
                {saved_at.map(|at| view! {
                    <p id="voucher-saved-at" class="saved-copy">
                        {move || i18n.args("voucher-saved-at", &[("date", i18n.date(at)), ("time", local_clock(at).map(|c| i18n.clock(c)).unwrap_or_default())])}
                    </p>
                })}
                <BalanceCard code balance />
                {covered}
            })
        }
        _ => None,
    };
    view! {
        <Show when=move || checks.pending()>
            <p class="loading" role="status">{i18n.tr("loading")}</p>
        </Show>
        {answer}
    }
}

#[component]
pub fn VoucherPage() -> impl IntoView {
    let i18n = use_i18n();
    let last_list = use_last_list();
    let checks = Checks::new();
    let hash = use_location().hash;
    Effect::new(move |_| checks.follow(&hash.get()));
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        checks.submit();
    };
    let problem = move || checks.problem();
    // The markup is the server's too (`server::first_paint::phone::voucher`).
    view! {
        <a href=move || last_list.get() rel="external" class="back-link">{i18n.tr("activities-title")}</a>
        <h1>{i18n.tr("voucher-title")}</h1>
        <p class="intro">{i18n.tr("voucher-intro")}</p>
        <form id="voucher-form" class="search-form" on:submit=on_submit novalidate>
            <label for="voucher-code">{i18n.tr("voucher-code-label")}</label>
            <div class="search-row">
                <input id="voucher-code" name="code" type="text" inputmode="text" autocapitalize="characters"
                    autocomplete="off" spellcheck="false" dir="ltr"
                    maxlength="32" aria-describedby="voucher-code-hint voucher-error"
                    aria-invalid=move || problem().is_some().to_string()
                    prop:value=move || checks.typed.get()
                    on:input=move |e| checks.typing(&event_target_value(&e)) />
                <button id="voucher-check" type="submit" disabled=move || checks.pending()>
                    {i18n.tr("voucher-check")}
                </button>
            </div>
            <p id="voucher-code-hint" class="hint">{i18n.tr("voucher-code-hint")}</p>
            <p id="voucher-error" class="field-error" role="alert">{move || problem().map(|id| i18n.t(&id))}</p>
        </form>
        <div id="voucher-answer">
            <CheckAnswer checks municipality=use_place().municipality.slug />
        </div>
    }
}

/// Makes the form of the page the server wrote (`ui::waiting`) work as the app's own
/// does, drawing only what a check brings (`ui::waiting::island`): on a slow phone,
/// drawing the whole page again held its main thread for longer than the reader should
/// wait to type (README, "Measured"). The page has nothing else the app would draw.
pub fn make_the_servers_form_work(page: &Element) {
    let find = |selector| page.query_selector(selector).ok().flatten();
    let (Some(form), Some(place)) = (find("form#voucher-form"), find("#voucher-answer")) else { return };
    let fields = (
        form.query_selector("#voucher-code"),
        form.query_selector("#voucher-check"),
        form.query_selector("#voucher-error"),
    );
    let (Ok(Some(input)), Ok(Some(button)), Ok(Some(error))) = fields else { return };
    let Ok(input) = input.dyn_into::<HtmlInputElement>() else { return };
    let municipality = page.get_attribute("data-municipality").unwrap_or_default();
    island(&place, move || {
        let i18n = provide_i18n();
        let checks = Checks::new();
        on(&input, "input", {
            let input = input.clone();
            move |_| checks.typing(&input.value())
        });
        // The field shows the code as the app's does: Latin digits, at most 32
        // characters, and the code of a QR link opened on the page.
        Effect::new({
            let input = input.clone();
            move |_| {
                let shown = checks.typed.get();
                if input.value() != shown {
                    input.set_value(&shown);
                }
            }
        });
        on(&form, "submit", move |event| {
            event.prevent_default();
            checks.submit();
        });
        let problem = move || checks.problem();
        Effect::new(move |_| {
            let _ = input.set_attribute("aria-invalid", if problem().is_some() { "true" } else { "false" });
            error.set_text_content(problem().map(|id| i18n.t(&id)).as_deref());
        });
        Effect::new(move |_| {
            let _ = if checks.pending() {
                button.set_attribute("disabled", "")
            } else {
                button.remove_attribute("disabled")
            };
        });
        reveal(&form);
        let location = window().location();
        checks.follow(&location.hash().unwrap_or_default());
        // Another card's QR link opened on this page changes only the fragment.
        let _ = window_event_listener(ev::hashchange, move |_| checks.follow(&location.hash().unwrap_or_default()));
        view! { <CheckAnswer checks municipality /> }.into_any()
    });
}
