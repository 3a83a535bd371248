//! "Mine": everything this phone keeps from every service, gathered from the stores the
//! services' own pages write (`saved_balances`, `saved_reservations`, `saved_bookings`
//! and `ui::saved_articles`), brought up to date one code at a time, and grown by codes
//! from a typed code, a pasted message or a move link. Nothing here leaves the phone
//! but the lookups, which are the services' own and rate-limited as they are.

use model::{
    guides::BookingCode,
    mine::{from_move_fragment, move_fragment, Held},
    schedule::Day,
    sportotek::LoanState,
    voucher::{LoanCode, VoucherCode},
    Language,
};
use ui::{fetch::Failure, storage};

use crate::{api, saved_answers::now, saved_balances, saved_bookings, saved_reservations};

/// Everything the phone holds, read from the stores.
#[derive(Clone)]
pub struct Kept {
    pub vouchers: Vec<saved_balances::Kept>,
    pub reservations: Vec<saved_reservations::Saved>,
    pub bookings: Vec<saved_bookings::Saved>,
    pub articles: Vec<ui::saved_articles::SavedArticle>,
}

impl Kept {
    pub fn read() -> Kept {
        Kept {
            vouchers: saved_balances::all(),
            reservations: saved_reservations::all(),
            bookings: saved_bookings::all(),
            articles: ui::saved_articles::all(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.vouchers.is_empty() && self.reservations.is_empty() && self.bookings.is_empty() && self.articles.is_empty()
    }

    /// Every code, as the move link carries them: the articles are no one's code and
    /// open on any phone.
    pub fn codes(&self) -> Vec<Held> {
        let vouchers = self.vouchers.iter().map(|v| Held::Voucher(v.code.clone()));
        let reservations = self.reservations.iter().map(|r| Held::Reservation(r.code.clone()));
        let bookings = self.bookings.iter().map(|b| Held::Booking(b.code.clone()));
        vouchers.chain(reservations).chain(bookings).collect()
    }

    /// The codes whose answers may have changed since they were fetched.
    pub fn stale(&self, now: i64) -> Vec<Held> {
        let vouchers = self
            .vouchers
            .iter()
            .filter(|v| saved_balances::is_stale(&v.saved, now))
            .map(|v| Held::Voucher(v.code.clone()));
        let reservations = self
            .reservations
            .iter()
            .filter(|r| saved_reservations::is_stale(r, now))
            .map(|r| Held::Reservation(r.code.clone()));
        let bookings =
            self.bookings.iter().filter(|b| saved_bookings::is_stale(b, now)).map(|b| Held::Booking(b.code.clone()));
        vouchers.chain(reservations).chain(bookings).collect()
    }
}

/// How a round of lookups went.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Codes the services answered for.
    pub found: usize,
    /// Codes no service knows, as typed (grouped).
    pub unknown: Vec<String>,
    /// The network was gone: these codes wait on the phone for the next time.
    pub waiting: usize,
    /// The service refused for another reason (too many lookups, a server error).
    pub problem: Option<String>,
}

/// Looks up each code in turn and keeps its answer. Offline, the rest wait (see
/// [`pending`]); a code no service knows is named once and dropped.
pub async fn look_up(codes: Vec<Held>, lang: Language) -> Outcome {
    let mut outcome = Outcome::default();
    let mut left = codes.into_iter();
    for held in left.by_ref() {
        match fetch(&held, lang).await {
            Ok(()) => outcome.found += 1,
            Err(failure) if failure.is_not_found() => outcome.unknown.push(grouped(&held)),
            // Offline, or refused for now (too many lookups): this code and the rest wait.
            Err(failure) => {
                if !failure.is_offline() {
                    outcome.problem = Some(failure.message_id().to_owned());
                }
                let waiting: Vec<Held> = std::iter::once(held).chain(left.by_ref()).collect();
                outcome.waiting = waiting.len();
                wait(waiting);
                break;
            }
        }
    }
    outcome
}

/// One code's answer, kept on the phone. A bare ten-character code from a message is a
/// reservation or a booking: the Sportotek is asked first.
async fn fetch(held: &Held, lang: Language) -> Result<(), Failure> {
    match held {
        Held::Voucher(code) => voucher(code).await,
        Held::Reservation(code) => reservation(code, lang).await,
        Held::Booking(code) => booking(code).await,
        Held::Unsure(code) => match reservation(code, lang).await {
            Err(failure) if failure.is_not_found() => match BookingCode::parse(code.as_str()) {
                Ok(code) => booking(&code).await,
                Err(_) => Err(failure),
            },
            other => other,
        },
    }
}

async fn voucher(code: &VoucherCode) -> Result<(), Failure> {
    let (_, json) = api::voucher_balance(code).await?;
    saved_balances::save(code.as_str(), now(), &json);
    Ok(())
}

async fn reservation(code: &LoanCode, lang: Language) -> Result<(), Failure> {
    let (reservation, json) = api::reservation(code, lang).await?;
    saved_reservations::save(&reservation, &json);
    Ok(())
}

async fn booking(code: &BookingCode) -> Result<(), Failure> {
    let (booking, json) = api::booking(code).await?;
    saved_bookings::save(&booking, &json);
    Ok(())
}

/// A code as people read it: `7KQ2-M9XD-4T`.
fn grouped(held: &Held) -> String {
    match held {
        Held::Voucher(code) => code.to_string(),
        Held::Reservation(code) | Held::Unsure(code) => code.to_string(),
        Held::Booking(code) => code.to_string(),
    }
}

/// Codes added while the network was gone, looked up when it is back.
const PENDING: &str = "mine-pending";

fn wait(codes: Vec<Held>) {
    let mut all = pending();
    for held in codes {
        if !all.contains(&held) {
            all.push(held);
        }
    }
    storage::set(PENDING, &move_fragment(&all));
}

/// The codes waiting for the network, taken off the list: [`look_up`] puts back those
/// that still cannot be looked up.
pub fn take_pending() -> Vec<Held> {
    let codes = pending();
    storage::remove(PENDING);
    codes
}

pub fn pending() -> Vec<Held> {
    storage::get(PENDING).map(|text| from_move_fragment(&text)).unwrap_or_default()
}

/// Removes one code's answer from the phone.
pub fn forget(held: &Held) {
    match held {
        Held::Voucher(code) => saved_balances::forget(code),
        Held::Reservation(code) | Held::Unsure(code) => saved_reservations::forget(code),
        Held::Booking(code) => saved_bookings::forget(code),
    }
}

/// Everything Välkommen keeps on this phone but the language: codes, answers, saved and
/// read articles, waiting codes, the reminders' consent. (The page also tells the
/// service worker: `reminders::tell_worker_to_forget`.)
pub fn forget_everything() {
    let keep = storage::get("lang");
    storage::clear();
    if let Some(lang) = keep {
        storage::set("lang", &lang);
    }
}

/// What is due on a day soon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    Pickup,
    Return,
    Meeting,
}

impl Due {
    pub fn code(self) -> &'static str {
        match self {
            Due::Pickup => "pickup",
            Due::Return => "return",
            Due::Meeting => "meeting",
        }
    }
}

/// One thing to remember, today or tomorrow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub due: Due,
    pub day: Day,
    /// The code of the reservation or booking, to find its card and name its notice.
    pub code: String,
    /// The skates, or the guide's first name.
    pub what: String,
}

/// Pickups of reserved things, returns of lent ones and live meetings, today and
/// tomorrow, the soonest first: "Mine" shows them above all else.
pub fn reminders(kept: &Kept, today: Day) -> Vec<Reminder> {
    dues(kept, today, |days| (0..=1).contains(&days))
}

/// Every pickup, return and meeting from today on, the soonest first: the service
/// worker is handed them for the notices.
pub fn coming(kept: &Kept, today: Day) -> Vec<Reminder> {
    dues(kept, today, |days| days >= 0)
}

/// What is due on the days `when` accepts (days from `today`), by day.
fn dues(kept: &Kept, today: Day, when: impl Fn(i64) -> bool) -> Vec<Reminder> {
    let soon = |day: Day| when(today.days_until(day));
    let loans = kept.reservations.iter().filter_map(|s| {
        let r = &s.reservation;
        let (due, day) = match r.state {
            LoanState::Reserved => (Due::Pickup, r.pickup_day),
            LoanState::Lent => (Due::Return, r.due_day),
            _ => return None,
        };
        soon(day).then(|| Reminder { due, day, code: s.code.as_str().to_owned(), what: r.item_name.clone() })
    });
    let meetings = kept.bookings.iter().filter_map(|s| {
        let b = &s.booking;
        (saved_bookings::is_live(b.state) && soon(b.day)).then(|| Reminder {
            due: Due::Meeting,
            day: b.day,
            code: s.code.as_str().to_owned(),
            what: b.guide_first_name.clone(),
        })
    });
    // A handful: inserted in place, with no sort routine in the download.
    let mut all: Vec<Reminder> = Vec::new();
    for reminder in loans.chain(meetings) {
        let at = all.partition_point(|r| r.day <= reminder.day);
        all.insert(at, reminder);
    }
    all
}

/// The phone's own date.
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    let day = u8::try_from(now.get_date()).ok();
    let month = u8::try_from(now.get_month() + 1).ok();
    #[allow(clippy::cast_possible_wrap)] // a year fits in i32
    let year = now.get_full_year() as i32;
    month
        .zip(day)
        .and_then(|(m, d)| Day::from_ymd(year, m, d))
        .unwrap_or_else(|| Day::from_ymd(2026, 1, 1).expect("a date"))
}

#[cfg(test)]
mod tests {
    use model::{
        guides::{Booking, BookingState, MeetingKind, Topic},
        schedule::Clock,
        sportotek::{Place, Reservation},
    };

    use super::*;

    fn loan_code(n: u8) -> LoanCode {
        (0..=255_u8).find_map(|b| LoanCode::from_random([n, b, 1, 2, 3, 4])).unwrap()
    }

    fn booking_code(n: u8) -> BookingCode {
        (0..=255_u8).find_map(|b| BookingCode::from_random([n, b, 9, 9, 3, 4])).unwrap()
    }

    fn day(d: u8) -> Day {
        Day::from_ymd(2026, 12, d).unwrap()
    }

    fn reservation(n: u8, state: LoanState, pickup: u8, due: u8) -> saved_reservations::Saved {
        let place = Place {
            name: "Sportoteket".into(),
            address: "Storgatan 1".into(),
            hours: vec![],
            closed: vec![],
            loan_days: 14,
            reserve_ahead_days: 28,
            max_items_per_borrower: 3,
        };
        let reservation = Reservation {
            code: loan_code(n).to_string(),
            municipality: "Granviken".into(),
            item_id: 1,
            item_name: format!("Skridskor {n}"),
            size_label: "32".into(),
            state,
            pickup_day: day(pickup),
            due_day: day(due),
            pickup_hours: None,
            place,
            cancellable: state == LoanState::Reserved,
        };
        saved_reservations::Saved { code: loan_code(n), at: 1, reservation }
    }

    fn booking(n: u8, state: BookingState, on: u8) -> saved_bookings::Saved {
        let booking = Booking {
            code: booking_code(n).to_string(),
            state,
            guide_first_name: format!("Farid {n}"),
            day: day(on),
            start: Clock::from_hm(17, 0).unwrap(),
            minutes: 60,
            meeting: MeetingKind::Library,
            place: "Stadsbiblioteket".into(),
            topic: Topic::Leisure,
            cancel_reason: None,
            cancel_note: String::new(),
            cancellable: true,
            calendar: None,
        };
        saved_bookings::Saved { code: booking_code(n), at: 1, booking }
    }

    fn kept(reservations: Vec<saved_reservations::Saved>, bookings: Vec<saved_bookings::Saved>) -> Kept {
        Kept { vouchers: vec![], reservations, bookings, articles: vec![] }
    }

    #[test]
    fn a_pickup_a_return_and_a_meeting_today_or_tomorrow_are_reminded_the_soonest_first() {
        let kept = kept(
            vec![
                reservation(1, LoanState::Reserved, 11, 24),
                reservation(2, LoanState::Lent, 1, 10),
                reservation(3, LoanState::Reserved, 12, 25),
            ],
            vec![booking(4, BookingState::Confirmed, 10), booking(5, BookingState::Waiting, 11)],
        );
        let found: Vec<(Due, u8, String)> = reminders(&kept, day(10))
            .into_iter()
            .map(|r| (r.due, u8::try_from(day(1).days_until(r.day) + 1).unwrap(), r.what))
            .collect();
        assert_eq!(
            found,
            [
                (Due::Return, 10, "Skridskor 2".to_owned()),
                (Due::Meeting, 10, "Farid 4".to_owned()),
                (Due::Pickup, 11, "Skridskor 1".to_owned()),
                (Due::Meeting, 11, "Farid 5".to_owned()),
            ],
            "the pickup on the 12th is two days off"
        );
    }

    #[test]
    fn what_has_ended_or_is_past_is_not_reminded() {
        let kept = kept(
            vec![
                reservation(1, LoanState::Returned, 11, 11),
                reservation(2, LoanState::Cancelled, 11, 11),
                reservation(3, LoanState::Lapsed, 11, 11),
                reservation(4, LoanState::Reserved, 9, 23),
                reservation(5, LoanState::Lent, 1, 9),
            ],
            vec![
                booking(6, BookingState::CancelledByGuide, 11),
                booking(7, BookingState::Confirmed, 9),
                booking(8, BookingState::CancelledByNewcomer, 10),
            ],
        );
        assert_eq!(reminders(&kept, day(10)), []);
        assert_eq!(coming(&kept, day(10)), [], "all of it is past or ended");
        let two_days_earlier: Vec<Due> = coming(&kept, day(8)).into_iter().map(|r| r.due).collect();
        assert_eq!(two_days_earlier, [Due::Pickup, Due::Return, Due::Meeting], "the open ones were still to come");
    }

    #[test]
    fn the_move_link_carries_every_code_and_no_name() {
        let kept = kept(vec![reservation(1, LoanState::Reserved, 11, 24)], vec![booking(2, BookingState::Waiting, 11)]);
        let link = move_fragment(&kept.codes());
        assert!(link.contains(loan_code(1).as_str()) && link.contains(booking_code(2).as_str()), "{link}");
        assert!(!link.contains("Farid") && !link.contains("Skridskor"), "{link}");
        assert_eq!(from_move_fragment(&link), kept.codes());
    }
}
