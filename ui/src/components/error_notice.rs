//! A failed request, explained in the reader's language, with a way to try again.

use leptos::prelude::*;

use crate::fetch::Failure;
use crate::i18n::use_i18n;

#[component]
pub fn ErrorNotice(failure: Failure) -> impl IntoView {
    let i18n = use_i18n();
    let id = failure.message_id().to_owned();
    view! {
        <div class="notice error" role="alert">
            <p>{move || i18n.t(&id)}</p>
            <button type="button" on:click=|_| { let _ = window().location().reload(); }>
                {i18n.tr("try-again")}
            </button>
        </div>
    }
}
