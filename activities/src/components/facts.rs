//! How an activity's facts read: ages, days and times, cost, contact and map.

use leptos::prelude::*;
use model::{
    activities::{Contact, Position, MAX_AGE},
    schedule::{Schedule, Weekday},
    Direction,
};
use ui::i18n::{use_i18n, I18n};

/// "7–10 år", or "Från 16 år" for courses open to adults.
pub fn ages(i18n: I18n, min: u8, max: u8) -> String {
    if max >= MAX_AGE {
        i18n.with("activity-age-from", "min", min.to_string())
    } else {
        i18n.args("activity-ages", &[("min", min.to_string()), ("max", max.to_string())])
    }
}

/// Names joined as a list in the reader's script: Arabic and Dari use the Arabic comma.
pub fn list(i18n: I18n, ids: impl Iterator<Item = String>) -> String {
    joined(i18n, &ids.map(|id| i18n.t(&id)).collect::<Vec<_>>())
}

/// Texts joined with the reader's comma.
pub fn joined(i18n: I18n, texts: &[String]) -> String {
    texts.join(if i18n.language().direction() == Direction::Rtl { "، " } else { ", " })
}

fn weekdays(i18n: I18n, days: &[Weekday]) -> String {
    list(i18n, days.iter().map(|d| format!("weekday-{}", d.code())))
}

/// "Varje tisdag, torsdag, 17:00–18:15"; single dates read as their count of dates.
pub fn schedule_line(i18n: I18n, schedule: &Schedule) -> Option<String> {
    match schedule {
        Schedule::Weekly { weekdays: days, start, end, .. } => Some(i18n.args(
            "activity-weekly",
            &[("days", weekdays(i18n, days)), ("start", i18n.clock(*start)), ("end", i18n.clock(*end))],
        )),
        Schedule::Dates { .. } => None,
    }
}

/// "Gratis" or "350 kr per termin".
pub fn cost_line(i18n: I18n, cost_ore: i64) -> String {
    if cost_ore == 0 {
        i18n.t("activity-free")
    } else {
        i18n.with("activity-cost", "amount", i18n.money(cost_ore))
    }
}

/// The digits of a phone number for a `tel:` link, with `+` kept.
fn dial(phone: &str) -> String {
    phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

/// How to reach the organiser: tap to call, e-mail, website.
#[component]
pub fn ContactBlock(contact: Contact) -> impl IntoView {
    let i18n = use_i18n();
    let Contact { name, phone, email, website, address } = contact;
    view! {
        <section class="contact" aria-labelledby="contact-heading">
            <h2 id="contact-heading">{i18n.tr("activity-contact")}</h2>
            {(!name.is_empty()).then(|| view! { <p>{name}</p> })}
            {(!address.is_empty()).then(|| view! { <p>{address}</p> })}
            <div class="actions">
                {(!phone.is_empty()).then(|| {
                    let href = format!("tel:{}", dial(&phone));
                    view! {
                        <a class="button" href=href>
                            {i18n.tr("activity-call")}<bdi dir="ltr" class="number">{phone.clone()}</bdi>
                        </a>
                    }
                })}
                {(!email.is_empty()).then(|| view! {
                    <a class="button secondary" href=format!("mailto:{email}")>{i18n.tr("activity-email")}</a>
                })}
                {(!website.is_empty()).then(|| view! {
                    <a class="button secondary" href=website rel="noopener">{i18n.tr("activity-website")}</a>
                })}
            </div>
        </section>
    }
}

/// Opens the place in the phone's map app.
#[component]
pub fn MapLink(position: Position, place: String) -> impl IntoView {
    let i18n = use_i18n();
    let query = js_sys::encode_uri_component(&place);
    let (lat, lon) = (model::activities::fixed(position.lat, 5), model::activities::fixed(position.lon, 5));
    let href = format!("geo:{lat},{lon}?q={lat},{lon}({query})");
    view! { <a class="button secondary" href=href>{i18n.tr("activity-map")}</a> }
}
