//! The loan desk: find a borrower by reservation code, or by first name and phone, and
//! act on what is found; or lend without a reservation.

use leptos::prelude::*;
use model::voucher::LoanCode;
use ui::i18n::use_i18n;

use crate::{
    api::{self, LoanSearch},
    components::{loaded, SportotekOnly},
    forms::{FieldNote, Problems},
    session::use_session,
    sportotek::{provide_counter, DoneNotice, LoanList, LoanSearchDraft, SportotekTabs, WalkInForm},
};

#[component]
pub fn SportotekDesk() -> impl IntoView {
    view! { <SportotekOnly><DeskPage /></SportotekOnly> }
}

#[component]
fn DeskPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let counter = provide_counter();
    let search = RwSignal::new(None::<LoanSearch>);
    let found = LocalResource::new(move || {
        counter.refresh.track();
        let (municipality, search) = (session.working_on(), search.get());
        async move {
            match search {
                Some(search) => api::find_loans(&municipality?, &search).await.map(Some),
                None => Ok(None),
            }
        }
    });
    let items = LocalResource::new(move || {
        counter.refresh.track();
        let municipality = session.working_on();
        async move { api::sportotek_items(&municipality?).await }
    });
    view! {
        <SportotekTabs />
        <h1>{i18n.tr("console-sportotek-desk")}</h1>
        <DoneNotice />
        <div class="desk">
            <section aria-labelledby="find-heading">
                <h2 id="find-heading">{i18n.tr("console-sportotek-find")}</h2>
                <FindForms search />
                <div id="loan-results" aria-live="polite">
                    {loaded(found, move |found| match found { Some(loans) => view! { <LoanList loans id="loan-found" empty="console-sportotek-none-found" /> }.into_any(), None => ().into_any() })}
                </div>
            </section>
            <section aria-labelledby="walk-in-heading">
                <h2 id="walk-in-heading">{i18n.tr("console-sportotek-walk-in")}</h2>
                <p class="hint">{i18n.tr("console-sportotek-walk-in-hint")}</p>
                // Read again after every change, so the free copies offered are right.
                {loaded(items, move |items| view! { <WalkInForm items /> }.into_any())}
            </section>
        </div>
    }
}

/// By code (checked as it is typed, as the server would), or by first name and phone.
#[component]
fn FindForms(search: RwSignal<Option<LoanSearch>>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (code, name, phone) = draft;
    let attempted = RwSignal::new(false);
    let code_problem =
        Memo::new(move |_| code.with(|c| LoanCode::typing_problem(c, attempted.get()).map(|p| p.message_id)));
    let problems: Problems = RwSignal::new(Vec::new());
    let typed = move || LoanSearchDraft {
        code: code.get_untracked(),
        name: name.get_untracked(),
        phone: phone.get_untracked(),
    };
    let by_code = move || {
        attempted.set(true);
        if let Ok(found) = typed().by_code() {
            if let LoanSearch::Code(printed) = &found {
                code.set(printed.clone());
            }
            search.set(Some(found));
        }
    };
    let by_person = move || match typed().by_person() {
        Ok(found) => {
            problems.set(Vec::new());
            search.set(Some(found));
        }
        Err(found) => problems.set(found),
    };
    view! {
        <form class="stack find-code" novalidate on:submit=move |ev| { ev.prevent_default(); by_code(); }>
            <label for="loan-code">{i18n.tr("console-sportotek-code")}</label>
            <input id="loan-code" name="code" bind:value=code dir="ltr" autocomplete="off" autocapitalize="characters"
                spellcheck="false" class="code-input" aria-describedby="loan-code-hint problem-code"
                aria-invalid=move || code_problem.with(Option::is_some).to_string() />
            <p class="hint" id="loan-code-hint">{i18n.tr("console-sportotek-code-hint")}</p>
            {move || code_problem.get().map(|id| view! { <p class="field-error" id="problem-code" role="alert">{i18n.t(&id)}</p> })}
            <button type="submit" id="loan-find-code">{i18n.tr("console-sportotek-find-code")}</button>
        </form>
        <form class="stack find-person" novalidate on:submit=move |ev| { ev.prevent_default(); by_person(); }>
            <div class="pair">
                <div>
                    <label for="loan-name">{i18n.tr("console-sportotek-first-name")}</label>
                    <input id="loan-name" bind:value=name autocomplete="off" aria-invalid=crate::forms::invalid(problems, "name".into()) />
                    <FieldNote problems field="name" />
                </div>
                <div>
                    <label for="loan-phone">{i18n.tr("console-sportotek-phone")}</label>
                    <input id="loan-phone" type="tel" inputmode="tel" dir="ltr" bind:value=phone autocomplete="off"
                        aria-invalid=crate::forms::invalid(problems, "phone".into()) />
                    <FieldNote problems field="phone" />
                </div>
            </div>
            <button type="submit" id="loan-find-person">{i18n.tr("console-sportotek-find-person")}</button>
        </form>
    }
}
