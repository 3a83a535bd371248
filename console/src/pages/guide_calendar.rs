//! A guide's private calendar feed: a secret address their phone's calendar subscribes
//! to. It is shown once, when made; making a new one stops the old.

use leptos::prelude::*;
use model::guides::CalendarFeedState;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{FailureNotice, GuideOnly},
    guides::{full_address, loaded_for_guide, GuideTabs, GUIDE_PAGES},
    session::use_session,
};

#[component]
pub fn GuideCalendar() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let state = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::calendar_feed(&municipality?).await }
    });
    view! {
        <GuideOnly>
            <GuideTabs pages=&GUIDE_PAGES label="console-nav-guide" />
            <h1>{i18n.tr("console-guide-calendar")}</h1>
            <p class="intro">{i18n.tr("console-guide-calendar-intro")}</p>
            {loaded_for_guide(state, move |state| view! { <Feed state /> }.into_any())}
        </GuideOnly>
    }
}

#[component]
fn Feed(state: CalendarFeedState) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let active = RwSignal::new(state.active);
    let copied = RwSignal::new(false);
    let make = Action::new_local(move |(): &()| {
        let municipality = session.working_on();
        async move {
            let feed = api::new_calendar_feed(&municipality?).await?;
            active.set(true);
            copied.set(false);
            Ok::<String, api::Failure>(full_address(&feed.path))
        }
    });
    let select_all = |ev: leptos::ev::FocusEvent| event_target::<web_sys::HtmlInputElement>(&ev).select();
    let copy = move |address: String| {
        let clipboard = window().navigator().clipboard();
        wasm_bindgen_futures::spawn_local(async move {
            let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&address)).await;
            copied.set(written.is_ok());
        });
    };
    view! {
        <p id="feed-state">{move || i18n.t(if active.get() { "console-guide-feed-active" } else { "console-guide-feed-none" })}</p>
        {move || make.value().get().map(|result| match result {
            Ok(address) => view! {
                <div class="stack feed-address">
                    <label for="feed-url">{i18n.tr("console-guide-feed-address")}</label>
                    <input id="feed-url" readonly dir="ltr" value=address.clone() aria-describedby="feed-url-hint"
                        on:focus=select_all />
                    <p class="hint" id="feed-url-hint">{i18n.tr("console-guide-feed-once")}</p>
                    <button type="button" id="feed-copy" class="secondary" on:click=move |_| copy(address.clone())>{i18n.tr("console-guide-copy")}</button>
                    <Show when=move || copied.get()><p class="notice" role="status">{i18n.tr("console-guide-copied")}</p></Show>
                </div>
            }.into_any(),
            Err(failure) => view! { <FailureNotice failure /> }.into_any(),
        })}
        <p class="hint">{move || i18n.t(if active.get() { "console-guide-feed-replace-hint" } else { "console-guide-feed-make-hint" })}</p>
        <button type="button" id="feed-make" disabled=move || make.pending().get() on:click=move |_| { make.dispatch(()); }>
            {move || i18n.t(if active.get() { "console-guide-feed-replace" } else { "console-guide-feed-make" })}
        </button>
    }
}
