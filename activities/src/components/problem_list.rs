//! A form's problems: all of them at the top, each naming its field, and each again
//! under its field, so a screen reader and a quick eye both find them.

use leptos::prelude::*;
use model::FieldError;
use ui::i18n::use_i18n;

use crate::{draft::FormField, reserve::Field};

#[component]
pub fn ProblemList(problems: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let i18n = use_i18n();
    let line = move |problem: &FieldError| {
        let text = i18n.t(&Field::message(problem));
        match Field::of(problem).label() {
            Some(label) => i18n.args("sportotek-problem", &[("field", i18n.t(label)), ("problem", text)]),
            None => text,
        }
    };
    view! {
        <div id="reserve-problems" class="notice error" role="alert" hidden=move || problems.with(Vec::is_empty)>
            <p>{i18n.tr("sportotek-problems")}</p>
            <ul>{move || problems.with(|p| p.iter().map(|p| view! { <li>{line(p)}</li> }).collect_view())}</ul>
        </div>
    }
}

/// The problem with one field, under it; empty, it takes no room.
#[component]
pub fn FieldProblem(id: &'static str, problem: Signal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    view! { <p id=id class="field-error">{move || problem.get().map(|m| i18n.t(&m))}</p> }
}
