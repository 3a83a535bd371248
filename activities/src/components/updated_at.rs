//! When a copy kept on the phone was fetched, for answers the page keeps itself.

use leptos::prelude::*;
use model::schedule::Clock;
use ui::i18n::use_i18n;

/// The phone's local time of day at `unix_seconds`.
pub fn local_clock(unix_seconds: i64) -> Option<Clock> {
    #[allow(clippy::cast_precision_loss)] // seconds since 1970 fit well within f64
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix_seconds as f64 * 1000.0));
    Clock::from_hm(u16::try_from(date.get_hours()).ok()?, u16::try_from(date.get_minutes()).ok()?)
}

/// "Updated 25 November 2026 at 14:05", from message `id` with `$date` and `$time`.
#[component]
pub fn UpdatedAt(id: &'static str, at: i64) -> impl IntoView {
    let i18n = use_i18n();
    let time = local_clock(at).map(|c| i18n.clock(c)).unwrap_or_default();
    view! { <p class="saved-copy updated-at">{i18n.args(id, &[("date", i18n.date(at)), ("time", time)])}</p> }
}
