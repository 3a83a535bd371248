//! Dates, times and money the way a language writes them, from the language's texts
//! (`model::i18n`), as the server writes them into the first paint. Not through the
//! browser's `Intl`: its first formatter took a slow phone a quarter of a second
//! (10× CPU) before the finder or the Sportotek could show.

use model::{
    schedule::{Clock, Day},
    Language,
};
use wasm_bindgen::JsValue;

use crate::i18n::localizer;

/// A moment (Unix seconds) as a long date, on the phone's own calendar day.
pub fn date(unix_seconds: i64, language: Language) -> String {
    #[allow(clippy::cast_precision_loss)] // seconds since 1970 fit well within f64
    let moment = js_sys::Date::new(&JsValue::from_f64(unix_seconds as f64 * 1000.0));
    let day = (i32::try_from(moment.get_full_year()).ok())
        .zip(u8::try_from(moment.get_month() + 1).ok())
        .zip(u8::try_from(moment.get_date()).ok())
        .and_then(|((year, month), day)| Day::from_ymd(year, month, day));
    day.map(|day| localizer(language).date(day)).unwrap_or_default()
}

/// A calendar day with its weekday, such as "tisdag 24 november".
pub fn day(day: Day, language: Language) -> String {
    localizer(language).day(day)
}

/// A time of day, 24-hour, in the language's digits.
pub fn clock(clock: Clock, language: Language) -> String {
    localizer(language).clock(clock)
}

/// An amount in öre as kronor, with decimals only when it is not whole kronor.
pub fn money(ore: i64, language: Language) -> String {
    localizer(language).money(ore)
}
