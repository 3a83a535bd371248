//! Money, dates and times the way a given language writes them, through the browser's
//! `Intl`: the preview speaks the language it previews, not the console's.

use js_sys::{Array, Intl, Object, Reflect};
use model::{
    schedule::{Clock, Day},
    Language,
};
use wasm_bindgen::JsValue;

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &(*key).into(), value);
    }
    options
}

fn locales(language: Language) -> Array {
    Array::of1(&language.intl_locale().into())
}

/// An amount in öre as currency, without decimals when it is whole kronor. The number
/// goes to `Intl` as decimal text, so no floating point touches the amount.
pub fn money(ore: i64, language: Language) -> String {
    let digits = JsValue::from_f64(if ore % 100 == 0 { 0.0 } else { 2.0 });
    let format = Intl::NumberFormat::new(
        &locales(language),
        &options(&[
            ("style", "currency".into()),
            ("currency", "SEK".into()),
            ("minimumFractionDigits", digits.clone()),
            ("maximumFractionDigits", digits),
        ]),
    );
    let text = format!("{}.{:02}", ore / 100, (ore % 100).abs());
    format.format().call1(&format, &JsValue::from_str(&text)).ok().and_then(|v| v.as_string()).unwrap_or(text)
}

fn date_time(epoch_millis: f64, language: Language, pairs: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(epoch_millis));
    // The Gregorian calendar, also for Dari, whose default is the Afghan solar one.
    let pairs: Vec<(&str, JsValue)> =
        pairs.iter().chain(&[("calendar", "gregory"), ("timeZone", "UTC")]).map(|(k, v)| (*k, (*v).into())).collect();
    let format = Intl::DateTimeFormat::new(&locales(language), &options(&pairs));
    format.format().call1(&format, &date).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

/// A calendar day with its weekday, as the finder writes it: "tisdag 24 november".
pub fn day(day: Day, language: Language) -> String {
    let utc_noon = js_sys::Date::utc(f64::from(day.year()), f64::from(day.month()) - 1.0)
        + f64::from(day.day() - 1) * 86_400_000.0
        + 43_200_000.0;
    date_time(utc_noon, language, &[("weekday", "long"), ("day", "numeric"), ("month", "long")])
}

/// A time of day, 24-hour, in the language's digits.
pub fn clock(clock: Clock, language: Language) -> String {
    let millis = (f64::from(clock.hour()) * 60.0 + f64::from(clock.minute())) * 60_000.0;
    date_time(millis, language, &[("hour", "2-digit"), ("minute", "2-digit"), ("hourCycle", "h23")])
}

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
