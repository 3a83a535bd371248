//! Where the Sportotek is, when it is open, the days it is closed and the loan terms.
//! Plain texts: the page is built anew when the language changes, as its answer is.

use leptos::prelude::*;
use model::{
    schedule::{Day, Weekday},
    sportotek::Place,
};
use ui::i18n::use_i18n;

use super::hours;

#[component]
pub fn PlaceBlock(place: Place, today: Day) -> impl IntoView {
    let i18n = use_i18n();
    let Place { name, address, hours: weekly, mut closed, loan_days, reserve_ahead_days, max_items_per_borrower } =
        place;
    // In the week's order, whatever order staff wrote them in.
    let open: Vec<_> = Weekday::ALL.iter().filter_map(|w| weekly.iter().find(|h| h.weekday == *w).copied()).collect();
    // Only the closed days a pickup or a return can fall on, not next year's holidays.
    let window = i64::from(reserve_ahead_days) + i64::from(loan_days);
    closed.retain(|c| today.days_until(c.day) <= window);
    view! {
        <section class="place" aria-labelledby="place-heading">
            <h2 id="place-heading">{i18n.tr("sportotek-place-heading")}</h2>
            <p class="place-name">{name}</p>
            {(!address.is_empty()).then(|| view! { <p>{address}</p> })}
            <h3>{i18n.tr("sportotek-hours-heading")}</h3>
            {open.is_empty().then(|| view! { <p class="notice warn">{i18n.tr("sportotek-no-hours")}</p> })}
            <dl class="hours">
                {open.into_iter().map(|h| {
                    view! { <dt>{i18n.t(&format!("weekday-{}", h.weekday.code()))}</dt><dd>{hours(i18n, h.opens, h.closes)}</dd> }
                }).collect_view()}
            </dl>
            {(!closed.is_empty()).then(|| view! {
                <h3>{i18n.tr("sportotek-closed-heading")}</h3>
                <ul class="closed-days">
                    {closed.into_iter().map(|c| view! {
                        <li>{i18n.day(c.day)}{(!c.note.is_empty()).then(|| format!(" – {}", c.note))}</li>
                    }).collect_view()}
                </ul>
            })}
            <p class="terms">
                {format!(
                    "{} {}",
                    i18n.count("sportotek-terms", usize::from(loan_days)),
                    i18n.count("sportotek-max-items", usize::from(max_items_per_borrower))
                )}
            </p>
        </section>
    }
}
