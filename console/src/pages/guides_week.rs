//! One week of guide meetings for the coordinators: per guide how many are waiting,
//! confirmed and cancelled, and the week's bookings. Step a week back or on, or jump
//! to the week of a day.

use leptos::prelude::*;
use model::{
    guides::{GuideBooking, WeekOverview},
    schedule::Day,
};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, CoordinatorOnly},
    guides::{topic_label, BookingStateChip, GuideTabs, Week, COORDINATOR_PAGES},
    intl::today_and_now,
    session::use_session,
};

#[component]
pub fn GuidesWeek() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let today = today_and_now().map(|(day, _)| day).expect("the device has a clock");
    let week = RwSignal::new(Week::containing(today));
    let overview = LocalResource::new(move || {
        let (municipality, week) = (session.working_on(), week.get());
        async move {
            let municipality = municipality?;
            let overview = api::guides_week(&municipality, week.monday).await?;
            let bookings = api::guides_bookings(&municipality, week.monday, week.sunday()).await?;
            Ok::<_, api::Failure>((overview, bookings))
        }
    });
    let jump = move |ev: leptos::ev::Event| {
        if let Some(day) = Day::parse(&event_target_value(&ev)) {
            week.set(Week::containing(day));
        }
    };
    view! {
        <CoordinatorOnly>
            <GuideTabs pages=&COORDINATOR_PAGES label="console-nav-guides" />
            <h1>{i18n.tr("console-guides-week")}</h1>
            <div class="week-picker button-row">
                <button type="button" class="secondary" id="week-previous" on:click=move |_| week.update(|w| *w = w.previous())>
                    {i18n.tr("console-guides-week-previous")}</button>
                <label class="municipality-picker">
                    <span>{i18n.tr("console-guides-week-of")}</span>
                    <input type="date" id="week-day" prop:value=move || week.get().monday.to_string() on:change=jump />
                </label>
                <button type="button" class="secondary" id="week-next" on:click=move |_| week.update(|w| *w = w.next())>
                    {i18n.tr("console-guides-week-next")}</button>
            </div>
            <h2 id="week-title">{move || {
                let w = week.get();
                let (year, number) = w.number();
                i18n.args("console-guides-week-title", &[("week", number.to_string()), ("year", year.to_string()),
                    ("from", i18n.day(w.monday)), ("to", i18n.day(w.sunday()))])
            }}</h2>
            {loaded(overview, move |(overview, bookings)| view! { <WeekTables overview bookings /> }.into_any())}
        </CoordinatorOnly>
    }
}

#[component]
fn WeekTables(overview: WeekOverview, bookings: Vec<GuideBooking>) -> impl IntoView {
    let i18n = use_i18n();
    let mut bookings = bookings;
    bookings.sort_by_key(|b| (b.day, b.start, b.id));
    view! {
        {if overview.guides.is_empty() {
            view! { <p class="notice">{i18n.tr("console-guides-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-guides-per-guide")><table id="week-guides">
                    <thead><tr>
                        <th>{i18n.tr("console-guides-guide")}</th><th>{i18n.tr("console-guide-waiting")}</th>
                        <th>{i18n.tr("console-guide-confirmed")}</th><th>{i18n.tr("console-guides-cancelled")}</th>
                        <th>{i18n.tr("console-guide-per-week")}</th>
                    </tr></thead>
                    <tbody>{overview.guides.into_iter().map(|g| view! {
                        <tr data-guide=g.guide_id><td>{g.first_name}</td><td>{g.waiting}</td><td>{g.confirmed}</td>
                            <td>{g.cancelled_by_guide + g.cancelled_by_newcomer}</td><td>{g.per_week}</td></tr>
                    }).collect_view()}</tbody>
                </table></div>
            }.into_any()
        }}
        <h2>{i18n.tr("console-guides-week-bookings")}</h2>
        {if bookings.is_empty() {
            view! { <p class="hint">{i18n.tr("console-guides-week-no-bookings")}</p> }.into_any()
        } else {
            view! {
                <ul class="card-list loan-list" id="week-bookings">
                    {bookings.into_iter().map(|b| {
                        let topic = topic_label(b.topic);
                        view! {
                            <li class="card week-booking" data-booking=b.id data-state=b.state.code()>
                                <div class="row-head">
                                    <span class="card-title">{move || i18n.day(b.day)}" · "{move || i18n.clock(b.start)}</span>
                                    <BookingStateChip state=b.state />
                                </div>
                                <p>{move || i18n.with("console-guides-with", "name", b.guide_first_name.clone())}" · "{move || i18n.t(&topic)}</p>
                                <p class="hint">{b.first_name}" · "<span dir="ltr">{b.contact}</span></p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
