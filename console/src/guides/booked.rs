//! The booked meetings that stop a change: the guide cancels those bookings first.

use leptos::prelude::*;
use leptos_router::components::A;
use model::FieldError;
use ui::i18n::use_i18n;

use super::slot_draft::orphaned_meetings;

/// "This change would remove meetings that are already booked", with each meeting.
#[component]
pub fn BookedInTheWay(fields: Vec<FieldError>) -> impl IntoView {
    let i18n = use_i18n();
    let meetings = orphaned_meetings(&fields);
    view! {
        <div class="notice error booked-in-the-way" role="alert">
            <p>{i18n.tr("error-guide-booking-orphaned")}</p>
            <ul>
                {meetings.into_iter().map(|(day, start)| view! {
                    <li>{move || i18n.day(day)}" · "{move || i18n.clock(start)}</li>
                }).collect_view()}
            </ul>
            <p><A href="/staff/guide">{i18n.tr("console-guide-to-bookings")}</A></p>
        </div>
    }
}
