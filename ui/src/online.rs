//! Whether the browser is online, kept current by its events.

use leptos::prelude::*;

/// Whether the browser believes it is online, kept current by its events.
pub fn provide_online() -> ReadSignal<bool> {
    let (online, set_online) = signal(window().navigator().on_line());
    let on = window_event_listener(leptos::ev::online, move |_| set_online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| set_online.set(false));
    // The app lives as long as the page: the listeners are never removed.
    std::mem::forget((on, off));
    provide_context(online);
    online
}

pub fn use_online() -> ReadSignal<bool> {
    expect_context::<ReadSignal<bool>>()
}
