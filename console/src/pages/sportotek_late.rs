//! Late loans, the longest late first, with the contact to remind and the day staff
//! last did.

use leptos::prelude::*;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, SportotekOnly},
    session::use_session,
    sportotek::{provide_counter, DoneNotice, LoanList, SportotekTabs},
};

#[component]
pub fn SportotekLate() -> impl IntoView {
    view! { <SportotekOnly><LatePage /></SportotekOnly> }
}

#[component]
fn LatePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let counter = provide_counter();
    let late = LocalResource::new(move || {
        counter.refresh.track();
        let municipality = session.working_on();
        async move { api::late_loans(&municipality?).await }
    });
    view! {
        <SportotekTabs />
        <h1>{i18n.tr("console-sportotek-late-title")}</h1>
        <p class="hint">{i18n.tr("console-sportotek-late-hint")}</p>
        <DoneNotice />
        {loaded(late, move |loans| view! { <LoanList loans id="late-list" empty="console-sportotek-no-late" /> }.into_any())}
    }
}
