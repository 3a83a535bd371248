//! Dates, times and money the way a language writes them. Days and times come from the
//! language's texts (`model::i18n`), as the server writes them into the first paint;
//! money through the browser's `Intl`, whose formatter is slow to build, so each is made
//! once per language and kind.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use model::{
    schedule::{Clock, Day},
    Language,
};
use wasm_bindgen::JsValue;

use crate::i18n::localizer;

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
