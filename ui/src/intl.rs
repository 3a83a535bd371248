//! Dates, times and money the way a language writes them, through the browser's `Intl`.
//! A formatter is slow to build and a list of twenty activities needs dozens of
//! formattings, so each is made once per language and kind.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use model::{
    schedule::{Clock, Day},
    Language,
};
use wasm_bindgen::JsValue;

thread_local! {
    // A few kinds in the languages read: a list costs the bundle less than a hash map.
    static FORMATTERS: RefCell<Vec<((Language, &'static str), Function)>> = const { RefCell::new(Vec::new()) };
}

/// The bound `format` function of the formatter of `kind` in `language`.
fn formatter(language: Language, kind: &'static str, make: impl FnOnce(&Array) -> Function) -> Function {
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, format)) = cache.iter().find(|(key, _)| *key == (language, kind)) {
            return format.clone();
        }
        let format = make(&Array::of1(&language.intl_locale().into()));
        cache.push(((language, kind), format.clone()));
        format
    })
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object
}

fn call(format: &Function, value: &JsValue) -> String {
    format.call1(&JsValue::UNDEFINED, value).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

/// `kind` names the set of `pairs`: one formatter per language and kind is made.
fn date_time(epoch_millis: f64, language: Language, kind: &'static str, pairs: &[(&str, &str)]) -> String {
    let format = formatter(language, kind, |locales| {
        // The Gregorian calendar of Swedish letters and appointments, also for Dari,
        // whose browser default is the Afghan solar calendar.
        let pairs: Vec<(&str, JsValue)> =
            pairs.iter().chain(&[("calendar", "gregory")]).map(|(k, v)| (*k, (*v).into())).collect();
        Intl::DateTimeFormat::new(locales, &options(&pairs)).format()
    });
    call(&format, &js_sys::Date::new(&JsValue::from_f64(epoch_millis)))
}

/// A moment (Unix seconds) as a long date.
pub fn date(unix_seconds: i64, language: Language) -> String {
    #[allow(clippy::cast_precision_loss)] // seconds since 1970 fit well within f64
    date_time(unix_seconds as f64 * 1000.0, language, "date", &[("dateStyle", "long")])
}

/// A calendar day with its weekday, such as "tisdag 24 november".
pub fn day(day: Day, language: Language) -> String {
    let utc_noon = js_sys::Date::utc(f64::from(day.year()), f64::from(day.month()) - 1.0)
        + f64::from(day.day() - 1) * 86_400_000.0
        + 43_200_000.0;
    let pairs = [("weekday", "long"), ("day", "numeric"), ("month", "long"), ("timeZone", "UTC")];
    date_time(utc_noon, language, "day", &pairs)
}

/// A time of day, 24-hour, in the language's digits.
pub fn clock(clock: Clock, language: Language) -> String {
    let millis = (f64::from(clock.hour()) * 60.0 + f64::from(clock.minute())) * 60_000.0;
    let pairs = [("hour", "2-digit"), ("minute", "2-digit"), ("hourCycle", "h23"), ("timeZone", "UTC")];
    date_time(millis, language, "clock", &pairs)
}

/// An amount in öre as currency, without decimals when it is whole kronor. The number
/// goes to `Intl` as decimal text, so no floating point touches the amount.
pub fn money(ore: i64, language: Language) -> String {
    let whole = ore % 100 == 0;
    let format = formatter(language, if whole { "money-whole" } else { "money" }, |locales| {
        let digits = JsValue::from_f64(if whole { 0.0 } else { 2.0 });
        let pairs = [
            ("style", "currency".into()),
            ("currency", "SEK".into()),
            ("minimumFractionDigits", digits.clone()),
            ("maximumFractionDigits", digits),
        ];
        Intl::NumberFormat::new(locales, &options(&pairs)).format()
    });
    call(&format, &JsValue::from_str(&format!("{}.{:02}", ore / 100, (ore % 100).abs())))
}
