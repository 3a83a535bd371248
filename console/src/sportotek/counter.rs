//! The counter as page-wide state: today's date, the loan days, which loan's form is
//! open (one at a time, so its fields keep stable ids), and what was just done.

use leptos::{prelude::*, task::spawn_local};
use model::{schedule::Day, sportotek::StaffLoan};
use ui::i18n::use_i18n;

use super::desk::default_due;
use crate::{api, intl, session::use_session, voucher::CodeText};

/// What staff do with a loan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    Checkout,
    Checkin,
    Extend,
    Cancel,
    Remind,
    WalkIn,
}

#[derive(Clone, Copy)]
pub struct Counter {
    pub today: RwSignal<Day>,
    pub loan_days: RwSignal<u16>,
    /// The loan whose form is open, and which form.
    pub open: RwSignal<Option<(i64, Act)>>,
    /// The last thing done, for the notice that says so.
    pub done: RwSignal<Option<(Act, StaffLoan)>>,
    /// Bumped after every change, so the lists read again.
    pub refresh: RwSignal<u32>,
}

impl Counter {
    pub fn finished(self, act: Act, loan: StaffLoan) {
        self.open.set(None);
        self.done.set(Some((act, loan)));
        self.refresh.update(|n| *n += 1);
    }

    pub fn default_due(self) -> Day {
        default_due(self.today.get_untracked(), self.loan_days.get_untracked())
    }
}

/// The counter for one page. Today is the device's date until the server's is known;
/// the loan days come from the settings.
pub fn provide_counter() -> Counter {
    let session = use_session();
    let today = intl::today_and_now().map_or_else(|| Day::from_ymd(2026, 1, 1).expect("a date"), |(day, _)| day);
    let counter = Counter {
        today: RwSignal::new(today),
        loan_days: RwSignal::new(model::sportotek::Settings::default().loan_days),
        open: RwSignal::new(None),
        done: RwSignal::new(None),
        refresh: RwSignal::new(0),
    };
    if let Ok(municipality) = session.working_on() {
        spawn_local(async move {
            if let Ok(settings) = api::sportotek_settings(&municipality).await {
                counter.loan_days.set(settings.loan_days);
            }
        });
    }
    provide_context(counter);
    counter
}

pub fn use_counter() -> Counter {
    expect_context::<Counter>()
}

/// "Lent: 7KQ2-M9XD-4T, return by …": what the last action did, for the person at the
/// counter and for a screen reader.
#[component]
pub fn DoneNotice() -> impl IntoView {
    let i18n = use_i18n();
    let counter = use_counter();
    move || {
        counter.done.get().map(|(act, loan)| {
            let id = match act {
                Act::Checkout | Act::WalkIn => "console-sportotek-done-lent",
                Act::Checkin => "console-sportotek-done-checkin",
                Act::Extend => "console-sportotek-done-extend",
                Act::Cancel => "console-sportotek-done-cancel",
                Act::Remind => "console-sportotek-done-remind",
            };
            let due = loan.due_day;
            view! {
                <p class="notice done-notice" role="status" id="sportotek-done">
                    <CodeText code=loan.code />" · "{loan.item_name}" "{loan.size_label}" · "
                    {move || i18n.with(id, "day", i18n.day(due))}
                </p>
            }
        })
    }
}
