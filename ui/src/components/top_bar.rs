//! The bar at the top of every page: the app's name and the language picker.

use leptos::prelude::*;
use model::navigation::BRAND_MARK;

use super::Section;
use crate::{i18n::use_i18n, LanguagePicker};

#[component]
pub fn TopBar(section: Section) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="top-bar">
            <a href="/" class="brand" rel=Section::Orientation.rel_from(section)>
                <svg aria-hidden="true" viewBox="0 0 64 64" width="28" height="28" inner_html=BRAND_MARK></svg>
                <span>{i18n.tr("app-name")}</span>
            </a>
            <LanguagePicker />
        </header>
    }
}
