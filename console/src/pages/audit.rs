//! The audit log: who changed what, and when.

use leptos::prelude::*;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{AdminOnly, FailureNotice},
    session::use_session,
};

#[component]
pub fn Audit() -> impl IntoView {
    view! { <AdminOnly><AuditList /></AdminOnly> }
}

#[component]
fn AuditList() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let entries = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::audit(&municipality?).await }
    });
    view! {
        <h1>{i18n.tr("console-audit-title")}</h1>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match entries.await {
                    Ok(list) => view! {
                        <div class="table-wrap">
                            <table>
                                <thead><tr><th>{i18n.tr("console-audit-when")}</th><th>{i18n.tr("console-audit-who")}</th><th>{i18n.tr("console-audit-what")}</th></tr></thead>
                                <tbody>
                                    {list.into_iter().map(|e| view! {
                                        <tr><td>{move || i18n.date(e.at)}</td><td>{e.actor.clone().unwrap_or_default()}</td><td><code>{e.action}</code>" "{e.target}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}
