//! The Sportotek's counter today: reservations to hand out, returns due today, and
//! late loans, each with what can be done with it.

use leptos::prelude::*;
use model::sportotek::Today;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, SportotekOnly},
    session::use_session,
    sportotek::{provide_counter, DoneNotice, LoanList, SportotekTabs},
};

#[component]
pub fn SportotekToday() -> impl IntoView {
    view! { <SportotekOnly><TodayPage /></SportotekOnly> }
}

#[component]
fn TodayPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let counter = provide_counter();
    let today = LocalResource::new(move || {
        counter.refresh.track();
        let municipality = session.working_on();
        async move {
            let today = api::sportotek_today(&municipality?).await?;
            // The server's date, Sweden's, decides what "today" is at the counter.
            counter.today.set(today.day);
            Ok::<_, api::Failure>(today)
        }
    });
    view! {
        <SportotekTabs />
        <h1>{i18n.tr("console-sportotek-today")}</h1>
        <DoneNotice />
        {loaded(today, move |today| view! { <TodayLists today /> }.into_any())}
    }
}

#[component]
fn TodayLists(today: Today) -> impl IntoView {
    let i18n = use_i18n();
    let Today { day, hours, pickups, returns, late } = today;
    let opening = move || match hours {
        Some(h) => i18n
            .args("console-sportotek-open-today", &[("opens", i18n.clock(h.opens)), ("closes", i18n.clock(h.closes))]),
        None => i18n.t("console-sportotek-closed-today"),
    };
    let (pickup_count, return_count, late_count) = (pickups.len(), returns.len(), late.len());
    view! {
        <p class="today-day" id="today-day"><strong>{move || i18n.day(day)}</strong>" · "{opening}</p>
        <section aria-labelledby="pickups-heading">
            <h2 id="pickups-heading">{move || i18n.count("console-sportotek-pickups", pickup_count)}</h2>
            <LoanList loans=pickups id="today-pickups" empty="console-sportotek-no-pickups" />
        </section>
        <section aria-labelledby="returns-heading">
            <h2 id="returns-heading">{move || i18n.count("console-sportotek-returns", return_count)}</h2>
            <LoanList loans=returns id="today-returns" empty="console-sportotek-no-returns" />
        </section>
        <section aria-labelledby="late-heading">
            <h2 id="late-heading">{move || i18n.count("console-sportotek-late-count", late_count)}</h2>
            <LoanList loans=late id="today-late" empty="console-sportotek-no-late" />
        </section>
    }
}
