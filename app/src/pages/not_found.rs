//! A page or article that does not exist.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{move || i18n.t("not-found-title")}</h1>
        <p>{move || i18n.t("not-found-body")}</p>
        <p><A href="/">{move || i18n.t("nav-home")}</A></p>
    }
}
