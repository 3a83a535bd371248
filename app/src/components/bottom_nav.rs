//! Navigation at the bottom, within reach of a thumb; it lists only what exists.

use leptos::prelude::*;
use leptos_router::components::A;

use ui::i18n::use_i18n;

#[component]
pub fn BottomNav() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="bottom-nav" aria-label=i18n.tr("app-name")>
            <A href="/" exact=true>
                <svg aria-hidden="true" viewBox="0 0 24 24"><path fill="currentColor" d="M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z"/></svg>
                <span>{i18n.tr("nav-home")}</span>
            </A>
            <A href="/search">
                <svg aria-hidden="true" viewBox="0 0 24 24"><path fill="currentColor" d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z"/></svg>
                <span>{i18n.tr("nav-search")}</span>
            </A>
            <A href="/about">
                <svg aria-hidden="true" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm1 8h-2v7h2v-7Zm0-4h-2v2h2V6Z"/></svg>
                <span>{i18n.tr("nav-about")}</span>
            </A>
        </nav>
    }
}
