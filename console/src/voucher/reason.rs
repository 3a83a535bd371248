//! Taking something back with a reason kept: revoking a voucher, reversing a redemption.

use leptos::prelude::*;
use model::vouchers::ReversalRequest;
use ui::i18n::use_i18n;

use crate::{
    api::{self, Failure},
    components::FailureNotice,
    forms::{FieldNote, Problems},
};

/// What is taken back with a reason: a voucher revoked, or a redemption reversed.
#[derive(Clone, Copy)]
pub enum TakeBack {
    Voucher(i64),
    Redemption(i64),
}

impl TakeBack {
    fn id(self) -> i64 {
        match self {
            TakeBack::Voucher(id) | TakeBack::Redemption(id) => id,
        }
    }

    async fn send(self, reason: &ReversalRequest) -> Result<(), Failure> {
        match self {
            TakeBack::Voucher(id) => api::revoke_voucher(id, reason).await,
            TakeBack::Redemption(id) => api::reverse_redemption(id, reason).await,
        }
    }
}

/// A button that opens a reason field and a confirm button, then sends the reason and
/// calls `on_done`.
#[component]
pub fn ReasonButton(
    what: TakeBack,
    /// The button, and the confirm button after the reason.
    label: &'static str,
    /// `class` of the button, for tests and styles.
    class: &'static str,
    on_done: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let problems: Problems = RwSignal::new(Vec::new());
    let send = Action::new_local(move |request: &ReversalRequest| {
        let request = request.clone();
        async move {
            let result = what.send(&request).await;
            match &result {
                Ok(()) => {
                    open.set(false);
                    on_done.run(());
                }
                Err(failure) => problems.set(failure.fields.clone()),
            }
            result
        }
    });
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = ReversalRequest { reason: reason.get_untracked().trim().to_owned() };
        let found = request.problems();
        problems.set(found.clone());
        if found.is_empty() {
            send.dispatch(request);
        }
    };
    let field_id = format!("{class}-reason-{}", what.id());
    view! {
        <Show when=move || open.get()
            fallback=move || view! {
                <button type="button" class=format!("secondary {class}") on:click=move |_| open.set(true)>{i18n.tr(label)}</button>
            }>
            <form class="stack reason-form" novalidate on:submit=confirm>
                <label for=field_id.clone()>{i18n.tr("console-reason")}</label>
                <textarea id=field_id.clone() rows="2" bind:value=reason maxlength="300"
                    aria-invalid=move || if problems.with(Vec::is_empty) { "false" } else { "true" }></textarea>
                <FieldNote problems field="reason" />
                <div class="button-row">
                    <button type="submit" class=format!("{class}-confirm") disabled=move || send.pending().get()>{i18n.tr(label)}</button>
                    <button type="button" class="secondary" on:click=move |_| open.set(false)>{i18n.tr("console-cancel")}</button>
                </div>
                {move || send.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
            </form>
        </Show>
    }
}
