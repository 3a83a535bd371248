//! Money, dates and times in a given language (the preview speaks the language it
//! previews, not the console's), and the device's clock.

pub use ui::i18n::{clock, day, money};

use model::schedule::{Clock, Day};

/// Today's date and the time now, by the device's clock.
pub fn today_and_now() -> Option<(Day, Clock)> {
    let now = js_sys::Date::new_0();
    let day = Day::from_ymd(
        now.get_full_year().try_into().ok()?,
        (now.get_month() + 1).try_into().ok()?,
        now.get_date().try_into().ok()?,
    )?;
    let clock = Clock::from_hm(now.get_hours().try_into().ok()?, now.get_minutes().try_into().ok()?)?;
    Some((day, clock))
}
