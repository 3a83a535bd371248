//! The fields of an item: its category, its name and description per language with
//! each language's translation state, and its sizes.

use leptos::prelude::*;
use model::{
    orientation::TranslationState,
    sportotek::{EquipmentCategory, SizeKind, TranslationStatus},
    Language,
};
use ui::i18n::use_i18n;

use super::{category_label, item_draft::ItemDraft, kind_label};
use crate::{
    components::{state_class, state_label},
    forms::{invalid, FieldNote, LanguageTabs, Problems, TextField},
};

#[component]
pub fn ItemForm(draft: ItemDraft, problems: Problems, translations: Signal<Vec<TranslationStatus>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label for="item-category">{i18n.tr("console-sportotek-category")}</label>
        <select id="item-category"
            on:change=move |ev| if let Some(c) = EquipmentCategory::from_code(&event_target_value(&ev)) { draft.category.set(c) }>
            {EquipmentCategory::ALL.iter().map(|&c| view! {
                <option value=c.code() selected=move || draft.category.get() == c>{move || i18n.t(&category_label(c))}</option>
            }).collect_view()}
        </select>
        <ItemTexts draft problems translations />
        <SizeRows draft problems />
    }
}

/// The state of each language, as the server last saw it; a new item has only Swedish.
#[component]
fn TranslationStates(translations: Signal<Vec<TranslationStatus>>) -> impl IntoView {
    let i18n = use_i18n();
    let state_of = move |lang: Language| {
        translations
            .with(|all| all.iter().find(|t| t.lang == lang).map(|t| t.state))
            .unwrap_or(TranslationState::Missing)
    };
    view! {
        <ul class="versions translation-states" id="item-translations">
            {Language::all().filter(|l| *l != Language::SOURCE).map(|lang| view! {
                <li class=move || state_class(state_of(lang)) data-lang=lang.code()>
                    <span lang=lang.code()>{lang.native_name()}</span>" · "{move || i18n.t(state_label(state_of(lang)))}
                </li>
            }).collect_view()}
        </ul>
    }
}

/// Name and description, one language at a time, with the Swedish text beside a translation.
#[component]
fn ItemTexts(draft: ItemDraft, problems: Problems, translations: Signal<Vec<TranslationStatus>>) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(Language::SOURCE);
    let swedish = draft.text(Language::SOURCE);
    view! {
        <fieldset class="choices texts">
            <legend>{i18n.tr("console-texts")}</legend>
            <TranslationStates translations />
            <LanguageTabs chosen problems />
            <FieldNote problems field="texts.sv" />
            {move || {
                let language = chosen.get();
                let text = draft.text(language);
                let field = |name: &str| format!("texts.{}.{name}", language.code());
                view! {
                    {(language != Language::SOURCE).then(|| view! {
                        <div class="original" lang="sv" dir="ltr">
                            <p><strong>{i18n.tr("console-swedish-original")}</strong></p>
                            <p>{move || swedish.name.get()}</p>
                            <p class="hint">{move || swedish.description.get()}</p>
                        </div>
                    })}
                    <TextField id="item-name" label="console-sportotek-item-name" value=text.name problems field=field("name")
                        language required=language == Language::SOURCE />
                    <TextField id="item-description" label="console-field-description" value=text.description problems
                        field=field("description") language rows=4 />
                }
            }}
        </fieldset>
    }
}

/// A row per size: its label, kind and the ages it fits; sizes can be added and removed.
#[component]
fn SizeRows(draft: ItemDraft, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="choices size-rows" id="item-sizes">
            <legend>{i18n.tr("console-sportotek-sizes")}</legend>
            <p class="hint">{i18n.tr("console-sportotek-sizes-hint")}</p>
            <FieldNote problems field="sizes" />
            <ol class="session-rows">
                {move || draft.sizes.get().into_iter().enumerate().map(|(i, row)| {
                    let id = |name: &str| format!("size-{name}-{i}");
                    let field = move |name: &str| format!("sizes.{i}.{name}");
                    view! {
                        <li class="session-row size-row" data-size=row.id>
                            <label>{i18n.tr("console-sportotek-size-label")}
                                <input id=id("label") bind:value=row.label maxlength="30" required
                                    aria-invalid=invalid(problems, field("label")) />
                            </label>
                            <label>{i18n.tr("console-sportotek-size-kind")}
                                <select id=id("kind") on:change=move |ev| if let Some(k) = SizeKind::from_code(&event_target_value(&ev)) { row.kind.set(k) }>
                                    {SizeKind::ALL.iter().map(|&k| view! {
                                        <option value=k.code() selected=move || row.kind.get() == k>{move || i18n.t(&kind_label(k))}</option>
                                    }).collect_view()}
                                </select>
                            </label>
                            <label>{i18n.tr("console-sportotek-age-from")}
                                <input id=id("age-from") class="age" type="number" inputmode="numeric" min="0" max="99" bind:value=row.age_from
                                    aria-invalid=invalid(problems, field("age_from")) />
                            </label>
                            <label>{i18n.tr("console-sportotek-age-to")}
                                <input id=id("age-to") class="age" type="number" inputmode="numeric" min="0" max="99" bind:value=row.age_to
                                    aria-invalid=invalid(problems, field("age_to")) />
                            </label>
                            <button type="button" class="secondary size-remove" on:click=move |_| draft.remove_size(row.key)>
                                {i18n.tr("console-sportotek-remove")}
                            </button>
                            <FieldNote problems field=field("label") />
                            <FieldNote problems field=field("age_from") />
                            <FieldNote problems field=field("age_to") />
                            <FieldNote problems field=field("id") />
                        </li>
                    }
                }).collect_view()}
            </ol>
            <button type="button" class="secondary" id="size-add" on:click=move |_| { draft.add_size(None, "", SizeKind::Shoe); }>
                {i18n.tr("console-sportotek-size-add")}
            </button>
        </fieldset>
    }
}
