//! The booking form's problems, all of them at the top, each naming its field, as the
//! Sportotek's form shows them (`ProblemList`; each again under its field with its
//! `FieldProblem`).

use leptos::prelude::*;
use model::FieldError;
use ui::i18n::use_i18n;

use crate::{draft::FormField, guide_booking::Field};

#[component]
pub fn BookingProblems(problems: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let i18n = use_i18n();
    let line = move |problem: &FieldError| {
        let text = i18n.t(&Field::message(problem));
        match Field::of(problem).label() {
            Some(label) => i18n.args("guides-problem", &[("field", i18n.t(label)), ("problem", text)]),
            None => text,
        }
    };
    view! {
        <div id="booking-problems" class="notice error" role="alert" hidden=move || problems.with(Vec::is_empty)>
            <p>{i18n.tr("guides-problems")}</p>
            <ul>{move || problems.with(|p| p.iter().map(|p| view! { <li>{line(p)}</li> }).collect_view())}</ul>
        </div>
    }
}
