//! A guide's times: single or weekly, each with its next meetings, and the days the
//! guide has blocked.

use leptos::prelude::*;
use model::schedule::Day;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::GuideOnly,
    guides::{loaded_for_guide, BlockedDays, GuideTabs, SlotList, GUIDE_PAGES},
    session::use_session,
};

#[component]
pub fn GuideTimes() -> impl IntoView {
    view! { <GuideOnly><TimesPage /></GuideOnly> }
}

#[component]
fn TimesPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let refresh = RwSignal::new(0_u32);
    let blocked = RwSignal::new(Vec::<Day>::new());
    let slots = LocalResource::new(move || {
        refresh.track();
        let municipality = session.working_on();
        async move {
            let municipality = municipality?;
            let slots = api::guide_slots(&municipality).await?;
            // Blocking and unblocking answer the list anew; a server that cannot list
            // them leaves it to those answers.
            if let Ok(mut days) = api::blocked_days(&municipality).await {
                days.sort();
                blocked.set(days);
            }
            Ok::<_, api::Failure>(slots)
        }
    });
    let on_change = Callback::new(move |()| refresh.update(|n| *n += 1));
    view! {
        <GuideTabs pages=&GUIDE_PAGES label="console-nav-guide" />
        <h1>{i18n.tr("console-guide-times")}</h1>
        <p class="intro">{i18n.tr("console-guide-times-intro")}</p>
        {loaded_for_guide(slots, move |slots| view! {
            <SlotList slots blocked=blocked.into() on_change />
            <section aria-labelledby="blocked-heading">
                <h2 id="blocked-heading">{i18n.tr("console-guide-blocked")}</h2>
                <p class="hint">{i18n.tr("console-guide-blocked-hint")}</p>
                <BlockedDays days=blocked />
            </section>
        }.into_any())}
    }
}
