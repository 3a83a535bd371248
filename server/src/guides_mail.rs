//! The letters about a booking, when mail is set up (`mail`): to the guide when a
//! newcomer books, to the newcomer (if they gave an e-mail address) when the guide
//! confirms or cancels. Sent after the change is stored; a letter that cannot be sent
//! never undoes it.

use model::guides::BookingState;

use crate::{
    mail::{Letter, Meeting},
    state::AppState,
    store::{BookingRow, Moment},
};

fn meeting(booking: &BookingRow) -> Meeting<'_> {
    Meeting {
        day: booking.day,
        start: booking.occurrence().start,
        meeting: booking.meeting(),
        place: &booking.place,
        topic: booking.topic(),
    }
}

/// To the guide: a newcomer booked; no name and no contact in the letter.
pub async fn booked(app: &AppState, booking: &BookingRow) {
    if !app.mailer.is_on() {
        return;
    }
    match app.store.guide_email(booking.guide_id).await {
        Ok(Some(email)) => app.mailer.send(Letter::new_booking(&email, &meeting(booking))),
        Ok(None) => {}
        Err(error) => tracing::warn!(%error, "reading the guide's address for a mail failed"),
    }
}

/// To the newcomer: what the guide decided, in the newcomer's language.
pub fn decided(app: &AppState, booking: &BookingRow, at: Moment) {
    let (contact, lang, guide) = (&booking.contact, booking.lang(), &booking.guide_first_name);
    let letter = match booking.state(at) {
        BookingState::Confirmed => Letter::confirmed(contact, lang, guide, &meeting(booking), &booking.shown_code()),
        BookingState::CancelledByGuide => {
            let reason = booking.cancel_reason().unwrap_or(model::guides::CancelReason::Other);
            Letter::cancelled(contact, lang, guide, &meeting(booking), reason, &booking.cancel_note)
        }
        _ => None,
    };
    app.mailer.send(letter);
}
