//! Form pieces the association side shares: a field's problems shown beside the field,
//! tabs for texts written per language, and ticking items in a list.

use leptos::prelude::*;
use model::{activities::Category, FieldError, Language};
use ui::i18n::use_i18n;

/// Every problem of a form, each under the field name the server also uses.
pub type Problems = RwSignal<Vec<FieldError>>;

/// The id of the note under `field`, for the field's `aria-describedby`.
pub fn note_id(field: &str) -> String {
    format!("problem-{}", field.replace('.', "-"))
}

/// `aria-invalid` for a field: "true" while it has a problem.
pub fn invalid(problems: Problems, field: String) -> impl Fn() -> &'static str {
    move || if problems.with(|all| all.iter().any(|p| p.field == field)) { "true" } else { "false" }
}

/// `aria-describedby` for a field: its hint, and its problems while it has some.
pub fn described(problems: Problems, field: String, hint: Option<String>) -> impl Fn() -> Option<String> {
    move || {
        let troubled = problems.with(|all| all.iter().any(|p| p.field == field)).then(|| note_id(&field));
        let ids: Vec<String> = hint.clone().into_iter().chain(troubled).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A labelled input (or, with `rows`, a text area) with its hint and its problems.
#[component]
pub fn TextField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    problems: Problems,
    /// The field's name in the API's problems.
    #[prop(into)]
    field: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] rows: Option<u32>,
    /// The language the text is written in, for its direction.
    #[prop(optional)]
    language: Option<Language>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let (lang, dir) = (language.map(Language::code), language.map(|l| l.direction().as_str()));
    let input = match rows {
        Some(rows) => view! {
            <textarea id=id name=id rows=rows bind:value=value lang=lang dir=dir required=required
                aria-invalid=invalid(problems, field.clone()) aria-describedby=described(problems, field.clone(), hint_id.clone())>
            </textarea>
        }
        .into_any(),
        None => view! {
            <input id=id name=id type=kind bind:value=value inputmode=inputmode autocomplete=autocomplete
                lang=lang dir=dir required=required
                aria-invalid=invalid(problems, field.clone()) aria-describedby=described(problems, field.clone(), hint_id.clone()) />
        }
        .into_any(),
    };
    view! {
        <label for=id>{i18n.tr(label)}</label>
        {input}
        {hint_id.map(|h| view! { <p id=h class="hint">{i18n.tr(hint.unwrap_or_default())}</p> })}
        <FieldNote problems field />
    }
}

/// The problems of one field, in the reader's language, right where the field is.
#[component]
pub fn FieldNote(problems: Problems, #[prop(into)] field: String) -> impl IntoView {
    let i18n = use_i18n();
    let id = note_id(&field);
    move || {
        let mine: Vec<String> =
            problems.with(|all| all.iter().filter(|p| p.field == field).map(|p| p.message_id.clone()).collect());
        (!mine.is_empty()).then(|| {
            view! {
                <p class="field-error" id=id.clone()>
                    {mine.into_iter().map(|m| view! { <span>{i18n.t(&m)}</span> }).collect_view()}
                </p>
            }
        })
    }
}

/// Above a form that was not sent: where to look.
#[component]
pub fn ProblemSummary(problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        problems.with(|p| !p.is_empty()).then(|| {
            view! { <p class="notice error" role="alert">{i18n.tr("console-form-problems")}</p> }
        })
    }
}

/// One button per language; Swedish is marked as required, a language whose texts
/// have a problem is marked too.
#[component]
pub fn LanguageTabs(chosen: RwSignal<Language>, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="language-tabs" role="group" aria-label=i18n.tr("console-texts")>
            {Language::all().map(|language| {
                let prefix = format!("texts.{}", language.code());
                let troubled = move || problems.with(|all| all.iter().any(|p| p.field.starts_with(&prefix)));
                view! {
                    <button type="button" class="tab" class:troubled=troubled
                        aria-pressed=move || (chosen.get() == language).to_string()
                        on:click=move |_| chosen.set(language)>
                        <span lang=language.code()>{language.native_name()}</span>
                        {(language == Language::SOURCE).then(|| view! { <small>" · "{i18n.tr("console-required")}</small> })}
                    </button>
                }
            }).collect_view()}
        </div>
    }
}

/// Adds `item` to the list, or takes it away if it is there.
pub fn toggle<T: PartialEq + Send + Sync + 'static>(list: RwSignal<Vec<T>>, item: T) {
    list.update(|l| {
        if let Some(at) = l.iter().position(|x| *x == item) {
            l.remove(at);
        } else {
            l.push(item);
        }
    });
}

/// Moves the keyboard (and the view) to the first field with a problem, once drawn.
pub fn focus_first_problem() {
    request_animation_frame(|| {
        let first = document().query_selector("[aria-invalid='true']").ok().flatten();
        if let Some(field) = first.and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok()) {
            let _ = field.focus();
        }
    });
}

/// A checkbox per category, named `category-<code>`.
#[component]
pub fn CategoryChecks(categories: RwSignal<Vec<Category>>, problems: Problems) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="choices">
            <legend>{i18n.tr("console-field-categories")}</legend>
            <div class="check-grid">
                {Category::ALL.iter().map(|&c| view! {
                    <label class="check">
                        <input type="checkbox" name=format!("category-{}", c.code())
                            prop:checked=move || categories.with(|l| l.contains(&c))
                            on:change=move |_| toggle(categories, c) />
                        {move || i18n.t(&format!("category-{}", c.code()))}
                    </label>
                }).collect_view()}
            </div>
            <FieldNote problems field="categories" />
        </fieldset>
    }
}

/// Latitude and longitude, both optional, with a hint.
#[component]
pub fn PositionFields(
    lat: RwSignal<String>,
    lon: RwSignal<String>,
    problems: Problems,
    hint: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="choices">
            <legend>{i18n.tr("console-field-position")}</legend>
            <div class="pair">
                <div><TextField id="lat" label="console-field-lat" value=lat problems field="lat" inputmode="decimal" /></div>
                <div><TextField id="lon" label="console-field-lon" value=lon problems field="lon" inputmode="decimal" /></div>
            </div>
            <p class="hint">{i18n.tr(hint)}</p>
            <FieldNote problems field="position" />
        </fieldset>
    }
}
