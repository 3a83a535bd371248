//! The bar at the top of every page: the app's name and the language picker.

use leptos::prelude::*;
use leptos_router::components::A;

use ui::i18n::use_i18n;
use ui::LanguagePicker;

#[component]
pub fn TopBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="top-bar">
            <A href="/" attr:class="brand">
                <img src="/icons/icon.svg" alt="" width="28" height="28" />
                <span>{i18n.tr("app-name")}</span>
            </A>
            <LanguagePicker />
        </header>
    }
}
