//! "Mine"'s lists: one short line per thing the phone keeps, with its state, when it
//! was last brought up to date, a link to its own page, and a way to take it off the
//! phone. The services' own pages hold the rest (cancelling, the calendar file).

use leptos::prelude::*;
use model::{mine::Held, sportotek::LoanState, vouchers::VoucherState};
use ui::{i18n::use_i18n, saved_articles::SavedArticle};

use super::{booking_state_id, local_clock, state_id, topic_id, when};
use crate::{
    mine::{self, Kept},
    saved_balances, saved_bookings, saved_reservations,
};

#[component]
pub fn MineItems(kept: RwSignal<Kept>, on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    // Built anew when the list or the language changes: the lines' texts are plain.
    move || {
        let _ = i18n.language();
        let Kept { vouchers, reservations, bookings, articles } = kept.get();
        view! {
            <Group id="mine-vouchers" heading="mine-vouchers-heading" shown=!vouchers.is_empty()>
                {vouchers.into_iter().map(|v| view! { <VoucherLine v on_change /> }).collect_view()}
            </Group>
            <Group id="mine-reservations" heading="mine-reservations-heading" shown=!reservations.is_empty()>
                {reservations.into_iter().map(|r| view! { <ReservationLine r on_change /> }).collect_view()}
            </Group>
            <Group id="mine-bookings" heading="mine-bookings-heading" shown=!bookings.is_empty()>
                {bookings.into_iter().map(|b| view! { <BookingLine b on_change /> }).collect_view()}
            </Group>
            <Group id="mine-articles" heading="mine-articles-heading" shown=!articles.is_empty()>
                {articles.into_iter().map(|a| view! { <ArticleLine a on_change /> }).collect_view()}
            </Group>
        }
    }
}

/// A heading and its list, when there is something in it.
#[component]
fn Group(id: &'static str, heading: &'static str, shown: bool, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    shown.then(|| {
        view! {
            <section class="mine-group" aria-labelledby=labelled_by>
                <h2 id=heading_id>{i18n.t(heading)}</h2>
                <ul id=id class="plain-list mine-list">{children()}</ul>
            </section>
        }
    })
}

/// The parts every line has: what it is, its state, its facts, when it was updated, a
/// link to its page and the button that takes it off the phone.
#[component]
fn Line(
    code: String,
    title: String,
    chip: Option<(String, bool)>,
    facts: Vec<String>,
    #[prop(into)] updated: String,
    href: String,
    forget: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (label, good) = chip.unzip();
    view! {
        <li class="mine-item" data-code=code.clone() id=format!("mine-{code}")>
            <h3 class="mine-title">{title}</h3>
            {label.map(|label| view! {
                <p class="chips"><span class=if good == Some(true) { "chip good" } else { "chip" }>{label}</span></p>
            })}
            {facts.into_iter().map(|f| view! { <p class="mine-fact">{f}</p> }).collect_view()}
            <p class="saved-copy mine-updated">{updated}</p>
            <p class="actions">
                <a class="mine-open" href=href rel="external">{i18n.t("mine-open")}</a>
                <button type="button" class="link-button mine-remove" on:click=move |_| forget.run(())>
                    {i18n.t("mine-remove")}
                </button>
            </p>
        </li>
    }
}

/// Takes `held` off the phone, then the lists are read again.
fn forget(held: Held, on_change: Callback<()>) -> Callback<()> {
    Callback::new(move |()| {
        mine::forget(&held);
        on_change.run(());
    })
}

fn updated(i18n: ui::i18n::I18n, at: i64) -> String {
    let time = local_clock(at).map(|c| i18n.clock(c)).unwrap_or_default();
    i18n.args("mine-updated", &[("date", i18n.date(at)), ("time", time)])
}

#[component]
fn VoucherLine(v: saved_balances::Kept, on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let saved_balances::Kept { code, saved } = v;
    let b = saved.balance;
    let title = format!("{} · {}", i18n.with("voucher-heading", "year", b.year.to_string()), code);
    let left =
        i18n.args("voucher-left", &[("balance", i18n.money(b.balance_ore)), ("amount", i18n.money(b.amount_ore))]);
    let chip = (i18n.t(&format!("voucher-state-{}", b.state.code())), b.state == VoucherState::Valid);
    let held = Held::Voucher(code.clone());
    view! {
        <Line code=code.as_str().to_owned() title chip=Some(chip) facts=vec![left] updated=updated(i18n, saved.at)
            href=format!("/activities/voucher#{}", code.as_str())
            forget=forget(held, on_change) />
    }
}

#[component]
fn ReservationLine(r: saved_reservations::Saved, on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let saved_reservations::Saved { code, at, reservation } = r;
    let title = format!("{} · {}", reservation.item_name, reservation.size_label);
    let chip = (i18n.t(&state_id(reservation.state)), reservation.state.is_open());
    let day = match reservation.state {
        LoanState::Reserved => Some(i18n.with("sportotek-pickup-on-day", "day", i18n.day(reservation.pickup_day))),
        LoanState::Lent => Some(i18n.with("sportotek-return-by", "day", i18n.day(reservation.due_day))),
        _ => None,
    };
    let facts = day.into_iter().chain([format!("{} {}", i18n.t("sportotek-code-label"), code)]).collect();
    let held = Held::Reservation(code.clone());
    view! {
        <Line code=code.as_str().to_owned() title chip=Some(chip) facts updated=updated(i18n, at)
            href=format!("/activities/sportotek/reservations#{}", code.as_str())
            forget=forget(held, on_change) />
    }
}

#[component]
fn BookingLine(b: saved_bookings::Saved, on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let saved_bookings::Saved { code, at, booking } = b;
    let title = format!("{} · {}", booking.guide_first_name, i18n.t(&topic_id(booking.topic)));
    let chip = (i18n.t(&booking_state_id(booking.state)), saved_bookings::is_live(booking.state));
    let facts = vec![
        when(i18n, booking.day, booking.start, booking.minutes),
        format!("{} {}", i18n.t("guides-code-label"), code),
    ];
    let held = Held::Booking(code.clone());
    view! {
        <Line code=code.as_str().to_owned() title chip=Some(chip) facts updated=updated(i18n, at)
            href=format!("/activities/guides/bookings#{}", code.as_str())
            forget=forget(held, on_change) />
    }
}

#[component]
fn ArticleLine(a: SavedArticle, on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let SavedArticle { slug, at, title, .. } = a;
    let saved_on = i18n.with("mine-article-saved", "date", i18n.date(at));
    let href = format!("/articles/{slug}");
    view! {
        <Line code=slug.clone() title chip=None facts=vec![] updated=saved_on href
            forget=Callback::new(move |()| { ui::saved_articles::forget(&slug); on_change.run(()); }) />
    }
}
