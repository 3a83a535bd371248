//! The fields of an activity: what it is, for whom, when, where, what it costs, who
//! leads it, and its texts per language.

use leptos::prelude::*;
use model::{
    activities::{Category, Gender, SPOKEN_LANGUAGES},
    Language,
};
use ui::i18n::use_i18n;

use super::{draft::Draft, schedule::ScheduleInput};
use crate::forms::{toggle, FieldNote, LanguageTabs, PositionFields, Problems, TextField};

#[component]
pub fn ActivityForm(draft: Draft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label for="category">{i18n.tr("console-field-category")}</label>
        <select id="category" name="category"
            on:change=move |ev| if let Some(c) = Category::from_code(&event_target_value(&ev)) { draft.category.set(c) }>
            {Category::ALL.iter().map(|&c| view! {
                <option value=c.code() selected=move || draft.category.get() == c>
                    {move || i18n.t(&format!("category-{}", c.code()))}
                </option>
            }).collect_view()}
        </select>
        <div class="pair">
            <div><TextField id="min-age" label="console-field-min-age" value=draft.min_age problems field="min_age"
                kind="number" inputmode="numeric" required=true /></div>
            <div><TextField id="max-age" label="console-field-max-age" value=draft.max_age problems field="max_age"
                kind="number" inputmode="numeric" required=true /></div>
        </div>
        <fieldset class="choices">
            <legend>{i18n.tr("console-field-gender")}</legend>
            <div class="segmented">
                {Gender::ALL.iter().map(|&g| view! {
                    <label class="check">
                        <input type="radio" name="gender" value=g.code() prop:checked=move || draft.gender.get() == g
                            on:change=move |_| draft.gender.set(g) />
                        {move || i18n.t(&format!("gender-{}", g.code()))}
                    </label>
                }).collect_view()}
            </div>
        </fieldset>
        <ScheduleInput draft problems />
        <TextField id="place" label="console-field-place" value=draft.place problems field="place" required=true />
        <PositionFields lat=draft.lat lon=draft.lon problems hint="console-position-hint-activity" />
        <TextField id="cost" label="console-field-cost" value=draft.cost problems field="cost_ore"
            inputmode="decimal" hint="console-cost-hint" />
        <label class="check">
            <input type="checkbox" name="voucher" bind:checked=draft.voucher />{i18n.tr("console-field-voucher")}
        </label>
        <TextField id="trial" label="console-field-trial" value=draft.trial problems field="trial_sessions"
            kind="number" inputmode="numeric" />
        <fieldset class="choices">
            <legend>{i18n.tr("console-field-leader-languages")}</legend>
            <div class="check-grid">
                {SPOKEN_LANGUAGES.iter().map(|&code| view! {
                    <label class="check">
                        <input type="checkbox" name=format!("spoken-{code}")
                            prop:checked=move || draft.languages.with(|l| l.iter().any(|c| c == code))
                            on:change=move |_| toggle(draft.languages, code.to_owned()) />
                        {move || i18n.t(&format!("spoken-{code}"))}
                    </label>
                }).collect_view()}
            </div>
            <FieldNote problems field="leader_languages" />
        </fieldset>
        <ActivityTexts draft problems />
    }
}

/// Title, description, accessibility and equipment, one language at a time.
#[component]
fn ActivityTexts(draft: Draft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(Language::SOURCE);
    view! {
        <fieldset class="choices texts">
            <legend>{i18n.tr("console-texts")}</legend>
            <LanguageTabs chosen problems />
            <FieldNote problems field="texts.sv" />
            {move || {
                let language = chosen.get();
                let text = draft.text(language);
                let field = |name: &str| format!("texts.{}.{name}", language.code());
                view! {
                    <TextField id="title" label="console-field-title" value=text.title problems field=field("title")
                        language required=language == Language::SOURCE />
                    <TextField id="description" label="console-field-description" value=text.description problems
                        field=field("description") language rows=5 />
                    <TextField id="accessibility" label="console-field-accessibility" value=text.accessibility problems
                        field=field("accessibility") language rows=2 />
                    <TextField id="equipment" label="console-field-equipment" value=text.equipment problems
                        field=field("equipment") language rows=2 />
                }
            }}
        </fieldset>
    }
}
