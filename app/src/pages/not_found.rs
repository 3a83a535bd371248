//! A page or article that does not exist.

use leptos::prelude::*;

use ui::i18n::use_i18n;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.tr("not-found-title")}</h1>
        <p>{i18n.tr("not-found-body")}</p>
        <p><a href="/">{i18n.tr("nav-home")}</a></p>
    }
}
