//! The reserve form: a size, a pickup day, a first name and a phone or e-mail. Checked
//! on the phone with the model's rules first; a retry after a lost answer sends the same
//! idempotency key, so it can never reserve twice.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_router::{hooks::use_navigate, NavigateOptions};
use model::{
    schedule::Day,
    sportotek::{Reservation, SizeAvailability},
    voucher::LoanCode,
    FieldError,
};
use ui::{fetch::Failure, i18n::use_i18n};

use super::{hours, FieldProblem, ProblemList};
use crate::{
    api,
    app::use_place,
    reserve::{latin_contact, message, new_key, request, Field, Typed},
    saved_reservations,
};

fn fresh_key() -> String {
    new_key(js_sys::Date::now(), [js_sys::Math::random(), js_sys::Math::random()])
}

/// What the form holds: the typed values, the attempt's key and the problems shown.
/// The item's page makes it, so a size's "Reserve" button can choose the size.
#[derive(Clone, Copy)]
pub struct Form {
    typed: RwSignal<Typed>,
    /// Made once per attempt: kept for a retry, dropped when the family changes anything.
    key: RwSignal<Option<String>>,
    problems: RwSignal<Vec<FieldError>>,
    sizes: RwSignal<Vec<SizeAvailability>>,
}

impl Form {
    /// A form for `sizes`, with the size chosen when only one can be picked up.
    pub fn new(sizes: Vec<SizeAvailability>) -> Form {
        let mut open = sizes.iter().filter(|s| !s.pickup_days.is_empty());
        let only_free = open.next().filter(|_| open.next().is_none()).map(|s| s.id);
        Form {
            typed: RwSignal::new(Typed { size_id: only_free, ..Typed::default() }),
            key: RwSignal::new(None),
            problems: RwSignal::new(vec![]),
            sizes: RwSignal::new(sizes),
        }
    }

    pub fn choose_size(self, id: i64) {
        self.edit(|t| {
            t.size_id = Some(id);
            t.day = None;
        });
    }

    fn edit(self, change: impl FnOnce(&mut Typed)) {
        self.typed.update(change);
        self.key.set(None);
    }

    fn problem(self, field: Field) -> Signal<Option<String>> {
        let problems = self.problems;
        Signal::derive(move || problems.with(|p| p.iter().find(|p| Field::of(p) == field).map(message)))
    }

    fn invalid(self, field: Field) -> impl Fn() -> String + Copy {
        let problem = self.problem(field);
        move || problem.with(Option::is_some).to_string()
    }
}

#[component]
pub fn ReserveForm(item_id: i64, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let slug = use_place().municipality.slug;
    let navigate = use_navigate();
    let pending = RwSignal::new(false);
    let refetch_slug = slug.clone();
    let answered = move |answer: Result<(Reservation, String), Failure>| match answer {
        Ok((reservation, json)) => {
            saved_reservations::save(&reservation, &json);
            let code = LoanCode::parse(&reservation.code).map(|c| c.as_str().to_owned()).unwrap_or_default();
            navigate(&format!("/activities/sportotek/reservations?made=1#{code}"), NavigateOptions::default());
        }
        Err(failure) => {
            if failure.message_id() == "error-idempotency-key-reused" {
                form.key.set(None);
            }
            let mut found = failure.fields.clone();
            if found.is_empty() {
                // No answer at all: the key stays, so pressing again cannot book twice.
                let id = if failure.is_offline() { "sportotek-reserve-offline" } else { failure.message_id() };
                found.push(FieldError::new("", id));
            }
            if failure.status == 409 && found.iter().any(|p| Field::of(p) == Field::Day) {
                // The day was taken meanwhile: show the days that are still free.
                let (slug, lang) = (refetch_slug.clone(), i18n.language());
                spawn_local(async move {
                    if let Ok(page) = api::sportotek_item(&slug, item_id, lang).await {
                        // The day shown must be one that is offered: the family picks again.
                        form.typed.update(|t| t.day = None);
                        form.sizes.set(page.value.sizes);
                    }
                });
            }
            form.problems.set(found);
        }
    };
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let attempt = form.key.get_untracked().unwrap_or_else(fresh_key);
        form.key.set(Some(attempt.clone()));
        match form.sizes.with_untracked(|s| request(&form.typed.get_untracked(), s, &attempt, i18n.language())) {
            Ok(request) => {
                form.problems.set(vec![]);
                pending.set(true);
                let (slug, answered) = (slug.clone(), answered.clone());
                spawn_local(async move {
                    let answer = api::reserve(&slug, i18n.language(), &request).await;
                    pending.set(false);
                    answered(answer);
                });
            }
            Err(found) => form.problems.set(found),
        }
    };
    view! {
        <form class="reserve-form" on:submit=on_submit novalidate>
            <ProblemList problems=form.problems />
            <SizeField form />
            <DayField form />
            <label for="reserve-name">{i18n.tr("sportotek-field-name")}</label>
            <input id="reserve-name" name="given-name" type="text" autocomplete="given-name" maxlength="60"
                aria-describedby="reserve-name-error" aria-invalid=form.invalid(Field::Name)
                prop:value=move || form.typed.with(|t| t.first_name.clone())
                on:input=move |e| { let v = event_target_value(&e); form.edit(|t| t.first_name = v); } />
            <FieldProblem id="reserve-name-error" problem=form.problem(Field::Name) />
            <label for="reserve-contact">{i18n.tr("sportotek-field-contact")}</label>
            <input id="reserve-contact" name="contact" type="text" autocomplete="tel" maxlength="120" dir="ltr"
                aria-describedby="reserve-contact-hint reserve-contact-error" aria-invalid=form.invalid(Field::Contact)
                prop:value=move || form.typed.with(|t| t.contact.clone())
                on:input=move |e| { let v = latin_contact(&event_target_value(&e)); form.edit(|t| t.contact = v); } />
            <p id="reserve-contact-hint" class="hint">{i18n.tr("sportotek-contact-hint")}</p>
            <FieldProblem id="reserve-contact-error" problem=form.problem(Field::Contact) />
            <button id="reserve-submit" type="submit" disabled=move || pending.get()>
                {move || i18n.t(if pending.get() { "sportotek-reserving" } else { "sportotek-reserve-submit" })}
            </button>
        </form>
    }
}

/// The sizes, those with no pickup day offered but not to be chosen. The options are
/// built anew when the sizes or the chosen size change (a size's button chooses one),
/// and with the form when the language does.
#[component]
fn SizeField(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let size_id = Memo::new(move |_| form.typed.with(|t| t.size_id));
    let options = move || {
        let chosen = size_id.get();
        let sizes = form.sizes.with(|sizes| {
            sizes
                .iter()
                .map(|s| {
                    let full = s.pickup_days.is_empty();
                    let text = if full {
                        i18n.with("sportotek-size-option-full", "size", s.label.clone())
                    } else {
                        s.label.clone()
                    };
                    view! { <option value=s.id.to_string() disabled=full selected=chosen == Some(s.id)>{text}</option> }
                })
                .collect_view()
        });
        view! { <option value="" selected=chosen.is_none()>{i18n.t("sportotek-choose")}</option>{sizes} }
    };
    view! {
        <label for="reserve-size">{i18n.tr("sportotek-field-size")}</label>
        <select id="reserve-size" name="size" aria-describedby="reserve-size-error" aria-invalid=form.invalid(Field::Size)
            on:change=move |e| {
                let id = event_target_value(&e).parse().ok();
                form.edit(|t| {
                    t.size_id = id;
                    t.day = None;
                });
            }>
            {options}
        </select>
        <FieldProblem id="reserve-size-error" problem=form.problem(Field::Size) />
    }
}

/// The chosen size's pickup days, each with its hours and how long it can be kept.
#[component]
fn DayField(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let size_id = Memo::new(move |_| form.typed.with(|t| t.size_id));
    let options = move || {
        let chosen = size_id.get();
        let day = form.typed.with_untracked(|t| t.day);
        let days = form
            .sizes
            .with(|s| s.iter().find(|s| Some(s.id) == chosen).map(|s| s.pickup_days.clone()).unwrap_or_default());
        let first = i18n.t(if chosen.is_none() { "sportotek-choose-size-first" } else { "sportotek-choose" });
        view! {
            <option value="" selected=day.is_none()>{first}</option>
            {days.into_iter().map(|p| {
                let when = i18n.args("sportotek-pickup-day", &[("day", i18n.day(p.day)), ("hours", hours(i18n, p.opens, p.closes))]);
                let text = format!("{when} · {}", i18n.count("sportotek-keep-days", usize::from(p.keep_days)));
                view! { <option value=p.day.to_string() selected=day == Some(p.day)>{text}</option> }
            }).collect_view()}
        }
    };
    view! {
        <label for="reserve-day">{i18n.tr("sportotek-field-day")}</label>
        <select id="reserve-day" name="day" aria-describedby="reserve-day-error" aria-invalid=form.invalid(Field::Day)
            on:change=move |e| {
                let day = Day::parse(&event_target_value(&e));
                form.edit(|t| t.day = day);
            }>
            {options}
        </select>
        <FieldProblem id="reserve-day-error" problem=form.problem(Field::Day) />
    }
}
