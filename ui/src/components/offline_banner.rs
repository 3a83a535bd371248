//! Tells the reader, without alarm, that they are offline and see saved content.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::online::use_online;

#[component]
pub fn OfflineBanner() -> impl IntoView {
    let i18n = use_i18n();
    let online = use_online();
    view! {
        <Show when=move || !online.get()>
            <p class="offline-banner" role="status">{i18n.tr("offline-banner")}</p>
        </Show>
    }
}
