//! A volunteer's application as a coordinator decides on it: approval gives a one-time
//! link to hand over, as an association's approval does.

use leptos::prelude::*;
use model::{
    associations::DecisionRequest,
    guides::{ApplicationState, GuideApplicationView},
};
use ui::i18n::use_i18n;

use super::{full_address, names, spoken_label, topic_label};
use crate::{api, components::FailureNotice, session::use_session};

#[component]
pub fn ApplicationRow(application: GuideApplicationView) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let GuideApplicationView { id, first_name, email, languages, topics, motivation, created_at, .. } = application;
    let state = RwSignal::new(application.state);
    // Another coordinator decided a moment ago: the buttons go, the notice asks for a reload.
    let decided_elsewhere = RwSignal::new(false);
    let decide = Action::new_local(move |approve: &bool| {
        let approve = *approve;
        let municipality = session.working_on();
        async move {
            let response = api::decide_guide_application(&municipality?, id, &DecisionRequest { approve })
                .await
                .inspect_err(|failure| decided_elsewhere.set(failure.status == 409))?;
            state.set(if approve { ApplicationState::Approved } else { ApplicationState::Rejected });
            Ok::<_, api::Failure>(response.invitation)
        }
    });
    let languages: Vec<String> = languages.iter().map(|l| spoken_label(l)).collect();
    let topics: Vec<String> = topics.iter().map(|t| topic_label(*t)).collect();
    view! {
        <li class="card application-row" data-application=id>
            <div class="row-head">
                <span class="card-title">{first_name}</span>
                {move || {
                    let state = state.get();
                    view! { <span class=format!("chip state-{}", state.code())>{i18n.t(&format!("guide-application-{}", state.code()))}</span> }
                }}
            </div>
            <p class="card-summary"><a href=format!("mailto:{email}")>{email.clone()}</a></p>
            <p>{move || names(i18n, &languages)}</p>
            <p class="hint">{move || names(i18n, &topics)}</p>
            <p class="motivation">{motivation}</p>
            <p class="hint">{move || i18n.with("console-applied-on", "date", i18n.date(created_at))}</p>
            <Show when=move || state.get() == ApplicationState::Pending && !decided_elsewhere.get()>
                <div class="button-row">
                    <button type="button" class="application-approve" disabled=move || decide.pending().get()
                        on:click=move |_| { decide.dispatch(true); }>{i18n.tr("console-approve")}</button>
                    <button type="button" class="secondary application-reject" disabled=move || decide.pending().get()
                        on:click=move |_| { decide.dispatch(false); }>{i18n.tr("console-reject")}</button>
                </div>
            </Show>
            {move || decide.value().get().map(|result| match result {
                Ok(Some(link)) => view! {
                    <p class="notice" role="status">
                        {i18n.tr("console-guide-approved-link")}" "<code class="link">{full_address(&link.path)}</code>
                    </p>
                }.into_any(),
                // An approval without a link: the address has an account, whose owner
                // accepts the role when they sign in.
                Ok(None) if state.get() == ApplicationState::Approved => view! {
                    <p class="notice" role="status">{i18n.tr("console-guide-approved-offered")}</p>
                }.into_any(),
                Ok(None) => view! { <p class="notice" role="status">{i18n.tr("console-rejected-done")}</p> }.into_any(),
                Err(failure) => view! { <FailureNotice failure /> }.into_any(),
            })}
        </li>
    }
}
