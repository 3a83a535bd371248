//! Refugee guides in the console: a guide's profile, times, blocked days and bookings,
//! and the coordinators' lists. The rules that are not view code (a slot typed into the
//! form, the order of the bookings, the weeks, the meetings a refused edit names) live
//! in `slot_draft` and `order`, tested natively.

mod application;
mod blocked;
mod booked;
mod booking_card;
mod checks;
mod guide_row;
mod order;
mod profile_form;
mod slot_draft;
mod slot_form;
mod slot_list;

pub use application::ApplicationRow;
pub use blocked::BlockedDays;
pub use booked::BookedInTheWay;
pub use booking_card::BookingCard;
pub use checks::{LanguageChecks, TopicChecks};
pub use guide_row::GuideRow;
pub use order::{by_group, Week};
pub use profile_form::ProfileForm;
pub use slot_list::SlotList;

use leptos::prelude::*;
use leptos_router::components::A;
use model::guides::{BookingState, MeetingKind, Topic};
use ui::i18n::use_i18n;

pub fn topic_label(topic: Topic) -> String {
    format!("guide-topic-{}", topic.code())
}

pub fn meeting_label(meeting: MeetingKind) -> String {
    format!("guide-meeting-{}", meeting.code())
}

/// A spoken language's name (`sv`, `ti`…), as a message id.
pub fn spoken_label(code: &str) -> String {
    format!("spoken-{code}")
}

/// Topics or languages in the reader's language, one after another.
pub fn names(i18n: ui::i18n::I18n, ids: &[String]) -> String {
    ids.iter().map(|id| i18n.t(id)).collect::<Vec<_>>().join(", ")
}

/// Where a booking stands, as a chip.
#[component]
pub fn BookingStateChip(state: BookingState) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("console-booking-state-{}", state.code());
    view! { <span class=format!("chip booking-{}", state.code())>{move || i18n.t(&id)}</span> }
}

/// The full address of a path on this server, to copy and hand over.
pub fn full_address(path: &str) -> String {
    format!("{}{path}", window().location().origin().unwrap_or_default())
}

/// A guide's pages and their names, for the tabs and the start page.
pub const GUIDE_PAGES: [(&str, &str); 4] = [
    ("/staff/guide", "console-guide-bookings"),
    ("/staff/guide/times", "console-guide-times"),
    ("/staff/guide/profile", "console-guide-profile"),
    ("/staff/guide/calendar", "console-guide-calendar"),
];

/// A coordinator's pages and their names.
pub const COORDINATOR_PAGES: [(&str, &str); 5] = [
    ("/staff/guides", "console-guides-list"),
    ("/staff/guides/week", "console-guides-week"),
    ("/staff/guides/applications", "console-guides-applications"),
    ("/staff/guides/demand", "console-guides-demand"),
    ("/staff/guides/stats", "console-guides-stats"),
];

/// Tabs between a set of pages, as the Sportotek's.
#[component]
pub fn GuideTabs(pages: &'static [(&'static str, &'static str)], label: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="sportotek-tabs" aria-label=i18n.tr(label)>
            {pages.iter().map(|&(href, label)| view! { <A href=href exact=true>{i18n.tr(label)}</A> }).collect_view()}
        </nav>
    }
}

/// Like `components::loaded`, but a guide without a profile yet (404) is sent to write one.
pub fn loaded_for_guide<T: Clone + 'static>(
    resource: LocalResource<Result<T, crate::api::Failure>>,
    show: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    move || match resource.get() {
        None => view! { <p class="loading">{i18n.tr("loading")}</p> }.into_any(),
        Some(Ok(value)) => show(value),
        Some(Err(failure)) if failure.status == 404 => view! {
            <p class="notice" id="profile-first">{i18n.tr("console-guide-profile-first")}" "
                <A href="/staff/guide/profile">{i18n.tr("console-guide-profile")}</A></p>
        }
        .into_any(),
        Some(Err(failure)) => view! { <crate::components::FailureNotice failure /> }.into_any(),
    }
}
