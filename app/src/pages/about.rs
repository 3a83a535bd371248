//! What the app is and what it stores about the reader: nothing but what they chose.

use leptos::prelude::*;

use ui::i18n::use_i18n;

#[component]
pub fn About() -> impl IntoView {
    let i18n = use_i18n();
    let t = move |id: &'static str| i18n.tr(id);
    view! {
        <h1>{t("about-title")}</h1>
        <p>{t("about-what")}</p>
        <h2>{t("about-data-heading")}</h2>
        <ul class="plain-list">
            <li>{t("about-data-reading")}</li>
            <li>{t("about-data-phone")}</li>
            <li>{t("about-data-feedback")}</li>
            <li>{t("about-data-none")}</li>
        </ul>
    }
}
