//! Every Sportotek reservation this phone made or looked up, with the last answer for
//! it, so "My reservations" shows them offline (see `saved_answers`).

use model::{
    sportotek::{LoanState, Reservation},
    voucher::LoanCode,
};

use crate::saved_answers::{now, Kept, Store};

/// Reservations kept: a season of a family's loans, with room to spare.
const STORE: Store = Store::new("sportotek-reservations", 30);

/// A reservation as last fetched, and when, in Unix seconds.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub code: LoanCode,
    pub at: i64,
    pub reservation: Reservation,
}

/// Keeps the server's answer `json` for `reservation`, fetched just now.
pub fn save(reservation: &Reservation, json: &str) {
    if let Ok(code) = LoanCode::parse(&reservation.code) {
        STORE.save(code.as_str(), now(), json);
    }
}

/// Every kept reservation, in the order [`ordered`] gives.
pub fn all() -> Vec<Saved> {
    ordered(STORE.all().into_iter().filter_map(parse).collect())
}

pub fn forget(code: &LoanCode) {
    STORE.forget(code.as_str());
}

fn parse(kept: Kept) -> Option<Saved> {
    let code = LoanCode::parse(&kept.code).ok()?;
    let reservation = serde_json::from_str(&kept.json).ok()?;
    Some(Saved { code, at: kept.at, reservation })
}

/// What the family acts on first: open reservations and loans by their pickup day, then
/// those that ended, most recently fetched first (the store's order, kept).
pub fn ordered(saved: Vec<Saved>) -> Vec<Saved> {
    let (mut open, ended): (Vec<Saved>, Vec<Saved>) = saved.into_iter().partition(|s| s.reservation.state.is_open());
    // A handful of open loans: inserted in place, with no sort routine in the download.
    let mut by_day: Vec<Saved> = Vec::with_capacity(open.len());
    for s in open.drain(..) {
        let at = by_day.partition_point(|o| o.reservation.pickup_day <= s.reservation.pickup_day);
        by_day.insert(at, s);
    }
    by_day.extend(ended);
    by_day
}

/// An answer younger than this is not fetched again: it was made or looked up just now.
const FRESH_SECONDS: i64 = 60;

/// Whether the answer may have changed since it was fetched: an ended loan stays as it
/// is, and one fetched a moment ago is still fresh.
pub fn is_stale(saved: &Saved, now: i64) -> bool {
    may_change(saved.reservation.state) && now - saved.at >= FRESH_SECONDS
}

fn may_change(state: LoanState) -> bool {
    state.is_open()
}

#[cfg(test)]
mod tests {
    use model::{
        schedule::Day,
        sportotek::{LoanState, Place},
    };

    use super::*;

    fn code(n: u8) -> LoanCode {
        (0..=255_u8).find_map(|b| LoanCode::from_random([n, b, 1, 2, 3, 4])).unwrap()
    }

    fn saved(n: u8, state: LoanState, pickup: u8) -> Saved {
        let place = Place {
            name: "Sportoteket".into(),
            address: "Storgatan 1".into(),
            hours: vec![],
            closed: vec![],
            loan_days: 14,
            reserve_ahead_days: 28,
            max_items_per_borrower: 3,
        };
        let day = Day::from_ymd(2026, 12, pickup).unwrap();
        let reservation = Reservation {
            code: code(n).to_string(),
            municipality: "Vansbro".into(),
            item_id: 1,
            item_name: "Skridskor".into(),
            size_label: "32".into(),
            state,
            pickup_day: day,
            due_day: day.plus_days(13),
            pickup_hours: None,
            place,
            cancellable: state == LoanState::Reserved,
        };
        Saved { code: code(n), at: i64::from(n), reservation }
    }

    #[test]
    fn open_loans_come_first_by_pickup_day_and_ended_ones_keep_their_order() {
        let list = vec![
            saved(1, LoanState::Returned, 1),
            saved(2, LoanState::Reserved, 20),
            saved(3, LoanState::Cancelled, 5),
            saved(4, LoanState::Lent, 3),
            saved(5, LoanState::Lapsed, 2),
            saved(6, LoanState::Reserved, 10),
        ];
        let order: Vec<i64> = ordered(list).iter().map(|s| s.at).collect();
        assert_eq!(order, [4, 6, 2, 1, 3, 5]);
    }

    #[test]
    fn a_kept_answer_is_read_back_by_its_code_and_a_broken_one_is_skipped() {
        let original = saved(7, LoanState::Reserved, 8);
        let json = serde_json::to_string(&original.reservation).unwrap();
        let kept = Kept { code: original.code.as_str().to_owned(), at: 7, json };
        assert_eq!(parse(kept), Some(original));
        let broken = Kept { code: code(8).as_str().to_owned(), at: 1, json: "{\"code\":".into() };
        assert_eq!(parse(broken), None);
        let bad_code = Kept { code: "NOT-A-CODE".into(), at: 1, json: "{}".into() };
        assert_eq!(parse(bad_code), None);
    }

    #[test]
    fn only_open_loans_are_fetched_again_and_not_right_after_they_were() {
        let changing: Vec<LoanState> = LoanState::ALL.iter().copied().filter(|s| may_change(*s)).collect();
        assert_eq!(changing, [LoanState::Reserved, LoanState::Lent]);
        let open = saved(1, LoanState::Reserved, 3);
        assert!(!is_stale(&open, open.at + 59), "fetched a moment ago");
        assert!(is_stale(&open, open.at + 60));
        assert!(!is_stale(&saved(1, LoanState::Returned, 3), 1_000_000), "ended");
    }
}
