//! Reminders as the phone's own notifications, for a person who agreed to them. No push
//! service: the page hands the coming pickups, returns and meetings to the service
//! worker, in the reader's words, and the worker shows each on the day before, when the
//! browser wakes it (a page of ours opened, or a periodic sync of the installed app).

use model::schedule::Day;
use ui::{i18n::I18n, storage};
#[cfg(feature = "mine")]
use wasm_bindgen::prelude::*;

use crate::mine::{Due, Kept};

// Only "Mine" asks for notices: the other bundles do not load this script at all.
#[cfg(feature = "mine")]
#[wasm_bindgen(inline_js = r#"
export function notices_possible() {
  return "Notification" in self && "serviceWorker" in navigator && Notification.permission !== "denied";
}
export function notices_granted() {
  return "Notification" in self && Notification.permission === "granted";
}
export async function ask_notices() {
  try { return (await Notification.requestPermission()) === "granted"; } catch (e) { return false; }
}
export function to_worker(message) {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready.then((registration) => {
    if (registration.active) registration.active.postMessage(message);
    if (registration.periodicSync && message.indexOf('"reminders"') > 0) {
      registration.periodicSync.register("reminders", { minInterval: 12 * 3600 * 1000 }).catch(() => {});
    }
  });
}
"#)]
extern "C" {
    fn notices_possible() -> bool;
    fn notices_granted() -> bool;
    async fn ask_notices() -> JsValue;
    fn to_worker(message: &str);
}

#[cfg(not(feature = "mine"))]
mod elsewhere {
    use wasm_bindgen::JsValue;

    pub fn notices_possible() -> bool {
        false
    }
    pub fn notices_granted() -> bool {
        false
    }
    pub async fn ask_notices() -> JsValue {
        JsValue::FALSE
    }
    pub fn to_worker(_: &str) {}
}
#[cfg(not(feature = "mine"))]
use elsewhere::{ask_notices, notices_granted, notices_possible, to_worker};

/// The person's yes, kept on the phone (a browser's permission alone may be for another
/// page of the site).
const AGREED: &str = "mine-notify";

/// Whether the browser can show notifications and has not been told no.
pub fn possible() -> bool {
    cfg!(target_arch = "wasm32") && notices_possible()
}

/// Whether the person agreed, and the browser still allows it.
pub fn agreed() -> bool {
    storage::get(AGREED).is_some() && possible() && notices_granted()
}

/// Asks the browser, which asks the person; a yes is kept.
pub async fn ask() -> bool {
    let yes = ask_notices().await.as_bool().unwrap_or(false);
    if yes {
        storage::set(AGREED, "1");
    }
    yes
}

/// Hands every coming pickup, return and meeting to the worker, worded now in the
/// reader's language. Only what the notice says goes: no code, no address.
pub fn hand_over(i18n: I18n, kept: &Kept, today: Day) {
    if !agreed() {
        return;
    }
    let items: Vec<String> = crate::mine::coming(kept, today)
        .into_iter()
        .map(|r| {
            let title = i18n.t(&format!("mine-notice-{}", r.due.code()));
            let body = match r.due {
                Due::Meeting => i18n.with("mine-notice-meeting-body", "guide", r.what.clone()),
                Due::Pickup | Due::Return => r.what.clone(),
            };
            let from = r.day.plus_days(-1);
            format!(
                r#"{{"tag":{},"title":{},"body":{},"from":"{from}","day":"{}"}}"#,
                json_string(&format!("{}-{}-{}", r.due.code(), r.code, r.day)),
                json_string(&title),
                json_string(&body),
                r.day
            )
        })
        .collect();
    to_worker(&format!(r#"{{"type":"reminders","items":[{}]}}"#, items.join(",")));
}

/// After "forget everything": the worker drops the reminders and the calendar files it kept.
pub fn tell_worker_to_forget() {
    if cfg!(target_arch = "wasm32") {
        to_worker(r#"{"type":"forget"}"#);
    }
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}
