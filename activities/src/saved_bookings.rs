//! Every guide booking this phone made or looked up, with the last answer for it, so
//! "My bookings" shows them offline (see `saved_answers`).

use model::guides::{Booking, BookingCode, BookingState};

use crate::saved_answers::{now, Kept, Store};

/// Bookings kept: a term of weekly meetings, with room to spare.
const STORE: Store = Store::new("guide-bookings", 30);

/// A booking as last fetched, and when, in Unix seconds.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub code: BookingCode,
    pub at: i64,
    pub booking: Booking,
}

/// Keeps the server's answer `json` for `booking`, fetched just now.
pub fn save(booking: &Booking, json: &str) {
    if let Ok(code) = BookingCode::parse(&booking.code) {
        STORE.save(code.as_str(), now(), json);
    }
}

/// Every kept booking, in the order [`ordered`] gives.
pub fn all() -> Vec<Saved> {
    ordered(STORE.all().into_iter().filter_map(parse).collect())
}

pub fn forget(code: &BookingCode) {
    STORE.forget(code.as_str());
}

fn parse(kept: Kept) -> Option<Saved> {
    let code = BookingCode::parse(&kept.code).ok()?;
    let booking = serde_json::from_str(&kept.json).ok()?;
    Some(Saved { code, at: kept.at, booking })
}

/// Whether the meeting may still take place: waiting for the guide, or confirmed.
pub fn is_live(state: BookingState) -> bool {
    matches!(state, BookingState::Waiting | BookingState::Confirmed)
}

/// What the newcomer acts on first: meetings to come by their time, then those that
/// ended or were cancelled, most recently fetched first (the store's order, kept).
pub fn ordered(saved: Vec<Saved>) -> Vec<Saved> {
    let (live, ended): (Vec<Saved>, Vec<Saved>) = saved.into_iter().partition(|s| is_live(s.booking.state));
    // A handful of meetings: inserted in place, with no sort routine in the download.
    let mut by_time: Vec<Saved> = Vec::with_capacity(live.len());
    for s in live {
        let when = (s.booking.day, s.booking.start);
        let at = by_time.partition_point(|o| (o.booking.day, o.booking.start) <= when);
        by_time.insert(at, s);
    }
    by_time.extend(ended);
    by_time
}

/// An answer younger than this is not fetched again: it was made or looked up just now,
/// as the page opened after booking.
pub const FRESH_SECONDS: i64 = 5;

/// Whether the answer may have changed since it was fetched: a guide confirms or
/// cancels a live booking at any time, an ended one stays as it is.
pub fn is_stale(saved: &Saved, now: i64) -> bool {
    is_live(saved.booking.state) && now - saved.at >= FRESH_SECONDS
}

#[cfg(test)]
mod tests {
    use model::{
        guides::{MeetingKind, Topic},
        schedule::{Clock, Day},
    };

    use super::*;

    fn code(n: u8) -> BookingCode {
        (0..=255_u8).find_map(|b| BookingCode::from_random([n, b, 1, 2, 3, 4])).unwrap()
    }

    fn saved(n: u8, state: BookingState, day: u8, hour: u16) -> Saved {
        let booking = Booking {
            code: code(n).to_string(),
            state,
            guide_first_name: "Parwana".into(),
            day: Day::from_ymd(2026, 12, day).unwrap(),
            start: Clock::from_hm(hour, 0).unwrap(),
            minutes: 60,
            meeting: MeetingKind::Library,
            place: "Stadsbiblioteket".into(),
            topic: Topic::LettersAndForms,
            cancel_reason: None,
            cancel_note: String::new(),
            cancellable: is_live(state),
            calendar: None,
        };
        Saved { code: code(n), at: i64::from(n), booking }
    }

    #[test]
    fn meetings_to_come_are_first_by_their_time_and_ended_ones_keep_their_order() {
        let list = vec![
            saved(1, BookingState::Past, 1, 10),
            saved(2, BookingState::Waiting, 20, 17),
            saved(3, BookingState::CancelledByGuide, 5, 10),
            saved(4, BookingState::Confirmed, 3, 18),
            saved(5, BookingState::CancelledByNewcomer, 2, 10),
            saved(6, BookingState::Waiting, 3, 9),
        ];
        let order: Vec<i64> = ordered(list).iter().map(|s| s.at).collect();
        assert_eq!(order, [6, 4, 2, 1, 3, 5]);
    }

    #[test]
    fn a_kept_answer_is_read_back_by_its_code_and_a_broken_one_is_skipped() {
        let original = saved(7, BookingState::Waiting, 8, 17);
        let json = serde_json::to_string(&original.booking).unwrap();
        let kept = Kept { code: original.code.as_str().to_owned(), at: 7, json };
        assert_eq!(parse(kept), Some(original));
        let broken = Kept { code: code(8).as_str().to_owned(), at: 1, json: "{\"code\":".into() };
        assert_eq!(parse(broken), None);
        let bad_code = Kept { code: "NOT-A-CODE".into(), at: 1, json: "{}".into() };
        assert_eq!(parse(bad_code), None);
    }

    #[test]
    fn only_live_bookings_are_fetched_again_and_not_right_after_they_were() {
        let changing: Vec<BookingState> = BookingState::ALL.iter().copied().filter(|s| is_live(*s)).collect();
        assert_eq!(changing, [BookingState::Waiting, BookingState::Confirmed]);
        let waiting = saved(1, BookingState::Waiting, 3, 17);
        assert!(!is_stale(&waiting, waiting.at + FRESH_SECONDS - 1), "fetched a moment ago");
        assert!(is_stale(&waiting, waiting.at + FRESH_SECONDS));
        assert!(!is_stale(&saved(1, BookingState::CancelledByGuide, 3, 17), 1_000_000), "ended");
    }
}
