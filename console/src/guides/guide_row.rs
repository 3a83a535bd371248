//! One guide in the coordinator's list: languages, topics, bookings to come, and
//! deactivation, asked twice because it cancels those bookings.

use leptos::prelude::*;
use model::guides::{CoordinatorGuide, GuideState};
use ui::i18n::use_i18n;

use super::{names, spoken_label, topic_label};
use crate::{api, components::FailureNotice, session::use_session};

#[component]
pub fn GuideRow(guide: CoordinatorGuide) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let CoordinatorGuide { id, first_name, languages, topics, per_week, upcoming, demo, .. } = guide;
    let state = RwSignal::new(guide.state);
    let asking = RwSignal::new(false);
    let deactivate = Action::new_local(move |(): &()| {
        let municipality = session.working_on();
        async move {
            let done = api::deactivate_guide(&municipality?, id).await?;
            state.set(GuideState::Deactivated);
            asking.set(false);
            Ok::<u32, api::Failure>(done.cancelled)
        }
    });
    let languages: Vec<String> = languages.iter().map(|l| spoken_label(l)).collect();
    let topics: Vec<String> = topics.iter().map(|t| topic_label(*t)).collect();
    view! {
        <li class="card guide-row" data-guide=id>
            <div class="row-head">
                <span class="card-title">{first_name}</span>
                {move || {
                    let state = state.get();
                    view! { <span class=format!("chip guide-{}", state.code())>{i18n.t(&format!("guide-state-{}", state.code()))}</span> }
                }}
                {demo.then(|| view! { <span class="chip demo">{i18n.tr("console-guide-demo")}</span> })}
            </div>
            <p>{move || names(i18n, &languages)}</p>
            <p class="hint">{move || names(i18n, &topics)}</p>
            <p>{move || i18n.count("console-guide-upcoming", upcoming as usize)}" · "
                {move || i18n.count("console-guide-per-week-count", usize::from(per_week))}</p>
            <Show when=move || state.get() == GuideState::Approved && !asking.get()>
                <button type="button" class="secondary guide-deactivate" on:click=move |_| asking.set(true)>
                    {i18n.tr("console-guide-deactivate")}</button>
            </Show>
            <Show when=move || state.get() == GuideState::Approved && asking.get()>
                <div class="loan-form deactivate-confirm" role="group" aria-labelledby=format!("deactivate-{id}")>
                    <p id=format!("deactivate-{id}")>{move || i18n.count("console-guide-deactivate-ask", upcoming as usize)}</p>
                    <div class="button-row">
                        <button type="button" class="guide-deactivate-confirm" disabled=move || deactivate.pending().get()
                            on:click=move |_| { deactivate.dispatch(()); }>{i18n.tr("console-guide-deactivate")}</button>
                        <button type="button" class="secondary" on:click=move |_| asking.set(false)>{i18n.tr("console-cancel")}</button>
                    </div>
                </div>
            </Show>
            {move || deactivate.value().get().map(|result| match result {
                Ok(cancelled) => view! {
                    <p class="notice" role="status">{move || i18n.count("console-guide-deactivated", cancelled as usize)}</p>
                }.into_any(),
                Err(failure) => view! { <FailureNotice failure /> }.into_any(),
            })}
        </li>
    }
}
