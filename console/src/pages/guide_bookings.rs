//! A guide's bookings: waiting for an answer first, then confirmed, then past and
//! cancelled; each with the newcomer's first name, contact, note and language.

use leptos::prelude::*;
use model::guides::GuideBooking;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::GuideOnly,
    guides::{by_group, loaded_for_guide, BookingCard, GuideTabs, GUIDE_PAGES},
    session::use_session,
};

#[component]
pub fn GuideBookings() -> impl IntoView {
    view! { <GuideOnly><BookingsPage /></GuideOnly> }
}

#[component]
fn BookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let refresh = RwSignal::new(0_u32);
    let bookings = LocalResource::new(move || {
        refresh.track();
        let municipality = session.working_on();
        async move { api::guide_bookings(&municipality?).await }
    });
    let on_change = Callback::new(move |()| refresh.update(|n| *n += 1));
    view! {
        <GuideTabs pages=&GUIDE_PAGES label="console-nav-guide" />
        <h1>{i18n.tr("console-guide-bookings")}</h1>
        {loaded_for_guide(bookings, move |all| view! { <BookingGroups all on_change /> }.into_any())}
    }
}

#[component]
fn BookingGroups(all: Vec<GuideBooking>, on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let [waiting, confirmed, done] = by_group(all);
    let groups = [
        ("bookings-waiting", "console-guide-waiting", "console-guide-none-waiting", waiting),
        ("bookings-confirmed", "console-guide-confirmed", "console-guide-none-confirmed", confirmed),
        ("bookings-done", "console-guide-done", "console-guide-none-done", done),
    ];
    groups
        .into_iter()
        .map(|(id, heading, empty, list)| {
            let count = list.len();
            view! {
                <section aria-labelledby=format!("{id}-heading")>
                    <h2 id=format!("{id}-heading")>{i18n.tr(heading)}" ("{count}")"</h2>
                    {if list.is_empty() {
                        view! { <p class="hint">{i18n.tr(empty)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="card-list loan-list" id=id>
                                {list.into_iter().map(|booking| view! { <BookingCard booking on_change /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
            }
        })
        .collect_view()
}
