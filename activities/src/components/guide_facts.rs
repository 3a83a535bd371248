//! How a guide's facts read: the names of topics, meeting kinds, booking states and
//! cancel reasons, languages as a list, and a meeting's day and time.

use model::{
    guides::{BookingState, CancelReason, MeetingKind, Topic},
    schedule::{Clock, Day},
};
use ui::i18n::I18n;

use super::list;
use crate::guide_times::end;

pub fn topic_id(topic: Topic) -> String {
    format!("guide-topic-{}", topic.code())
}

pub fn meeting_id(kind: MeetingKind) -> String {
    format!("guide-meeting-{}", kind.code())
}

pub fn booking_state_id(state: BookingState) -> String {
    format!("guide-booking-state-{}", state.code())
}

pub fn cancel_reason_id(reason: CancelReason) -> String {
    format!("guide-cancel-reason-{}", reason.code())
}

/// "dari, svenska": the names of spoken languages' codes, in the reader's list style.
pub fn languages(i18n: I18n, codes: &[String]) -> String {
    list(i18n, codes.iter().map(|c| format!("spoken-{c}")))
}

pub fn topics(i18n: I18n, topics: &[Topic]) -> String {
    list(i18n, topics.iter().map(|t| topic_id(*t)))
}

/// "17:00–18:00" in the reader's digits.
pub fn span(i18n: I18n, start: Clock, minutes: u16) -> String {
    format!("{}–{}", i18n.clock(start), i18n.clock(end(start, minutes)))
}

/// "torsdag 3 december, 17:00–18:00".
pub fn when(i18n: I18n, day: Day, start: Clock, minutes: u16) -> String {
    i18n.args("guides-when", &[("day", i18n.day(day)), ("time", span(i18n, start, minutes))])
}
