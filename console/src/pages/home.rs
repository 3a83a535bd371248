//! The console's start: sign in, then what needs doing.

use leptos::prelude::*;
use leptos_router::components::A;
use ui::i18n::use_i18n;

use crate::{components::AdminOnly, session::use_session};

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <AdminOnly>
            <h1>{move || session.municipality.get().unwrap_or_default()}</h1>
            <ul class="topic-list">
                <li><A href="/staff/articles"><span class="topic-name">{i18n.tr("console-nav-articles")}</span></A></li>
                <li><A href="/staff/topics"><span class="topic-name">{i18n.tr("console-nav-topics")}</span></A></li>
                <li><A href="/staff/people"><span class="topic-name">{i18n.tr("console-nav-people")}</span></A></li>
                <li><A href="/staff/settings"><span class="topic-name">{i18n.tr("console-nav-settings")}</span></A></li>
                <li><A href="/staff/audit"><span class="topic-name">{i18n.tr("console-nav-audit")}</span></A></li>
            </ul>
        </AdminOnly>
    }
}
