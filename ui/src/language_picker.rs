//! The language picker: every language named in its own script, on every page.

use leptos::prelude::*;
use model::{navigation::LANGUAGE_ICON, Language};

use crate::i18n::use_i18n;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(language) = Language::from_tag(&event_target_value(&event)) {
            i18n.set_language(language);
        }
    };
    view! {
        <label class="language-picker">
            <span class="visually-hidden">{i18n.tr("language-picker-label")}</span>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                <path fill="none" stroke="currentColor" stroke-width="2" d=LANGUAGE_ICON/>
            </svg>
            <select on:change=on_change prop:value=move || i18n.language().code()>
                {Language::all()
                    .map(|language| {
                        view! {
                            <option value=language.code() lang=language.code() dir=language.direction().as_str()>
                                {language.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
