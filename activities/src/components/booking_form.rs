//! The booking form: the chosen time, a first name, a phone or e-mail, the topic (one
//! the time offers) and a note. Checked on the phone with the model's rules first; a
//! retry after a lost answer sends the same idempotency key, so it never books twice.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_router::{hooks::use_navigate, NavigateOptions};
use model::{
    guides::{Booking, BookingCode, OpenTime, Topic},
    FieldError,
};
use ui::{fetch::Failure, i18n::use_i18n};

use super::{topic_id, when, BookingFieldProblem, BookingProblems};
use crate::{
    api,
    app::use_place,
    guide_booking::{message, request, Field, Typed},
    reserve::{latin_contact, new_key},
    saved_bookings,
};

fn fresh_key() -> String {
    new_key(js_sys::Date::now(), [js_sys::Math::random(), js_sys::Math::random()])
}

/// What the form holds: the open times to choose from, the typed values, the attempt's
/// key and the problems shown. The guide's page makes it, so the times above it can
/// choose one.
#[derive(Clone, Copy)]
pub struct GuideForm {
    open: RwSignal<Vec<OpenTime>>,
    typed: RwSignal<Typed>,
    /// Made once per attempt: kept for a retry, dropped when the newcomer changes anything.
    key: RwSignal<Option<String>>,
    problems: RwSignal<Vec<FieldError>>,
}

impl GuideForm {
    /// A form for `open` times, with the topic the list was filtered by, if any.
    pub fn new(open: Vec<OpenTime>, topic: Option<Topic>) -> GuideForm {
        GuideForm {
            open: RwSignal::new(open),
            typed: RwSignal::new(Typed { topic, ..Typed::default() }),
            key: RwSignal::new(None),
            problems: RwSignal::new(vec![]),
        }
    }

    pub fn open(self) -> RwSignal<Vec<OpenTime>> {
        self.open
    }

    pub fn choose(self, time: OpenTime) {
        self.edit(|t| t.choose(time));
        self.problems.update(|p| p.retain(|p| Field::of(p) != Field::Time));
    }

    pub fn is_chosen(self, time: &OpenTime) -> bool {
        self.typed.with(|t| t.time.as_ref() == Some(time))
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
pub fn BookingForm(guide_id: i64, form: GuideForm) -> impl IntoView {
    let i18n = use_i18n();
    let slug = use_place().municipality.slug;
    let navigate = use_navigate();
    let pending = RwSignal::new(false);
    let refetch_slug = slug.clone();
    let answered = move |answer: Result<(Booking, String), Failure>| match answer {
        Ok((booking, json)) => {
            saved_bookings::save(&booking, &json);
            let code = BookingCode::parse(&booking.code).map(|c| c.as_str().to_owned()).unwrap_or_default();
            navigate(&format!("/activities/guides/bookings?made=1#{code}"), NavigateOptions::default());
        }
        Err(failure) => {
            if failure.message_id() == "error-idempotency-key-reused" {
                form.key.set(None);
            }
            let mut found = failure.fields.clone();
            if found.is_empty() {
                // No answer at all: the key stays, so pressing again cannot book twice.
                let id = if failure.is_offline() { "guides-book-offline" } else { failure.message_id() };
                found.push(FieldError::new("", id));
            }
            if failure.status == 409 && found.iter().any(|p| Field::of(p) == Field::Time) {
                // The time was taken meanwhile: show the times that are still open.
                let (slug, lang) = (refetch_slug.clone(), i18n.language());
                spawn_local(async move {
                    if let Ok(page) = api::guide(&slug, guide_id, lang).await {
                        form.typed.update(|t| t.time = None);
                        form.open.set(page.value.open);
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
        match form.typed.with_untracked(|t| request(t, &attempt, i18n.language())) {
            Ok(request) => {
                form.problems.set(vec![]);
                pending.set(true);
                let (slug, answered) = (slug.clone(), answered.clone());
                spawn_local(async move {
                    let answer = api::book(&slug, i18n.language(), &request).await;
                    pending.set(false);
                    answered(answer);
                });
            }
            Err(found) => form.problems.set(found),
        }
    };
    let chosen = move || {
        form.typed
            .with(|t| t.time.as_ref().map(|t| when(i18n, t.day, t.start, t.minutes)))
            .map_or_else(|| i18n.t("guides-choose-time-first"), |time| i18n.with("guides-chosen-time", "time", time))
    };
    view! {
        <form class="reserve-form booking-form" on:submit=on_submit novalidate>
            <BookingProblems problems=form.problems />
            <p id="booking-time" class="chosen-time" aria-live="polite">{chosen}</p>
            <BookingFieldProblem id="booking-time-error" problem=form.problem(Field::Time) />
            <label for="booking-name">{i18n.tr("guides-field-name")}</label>
            <input id="booking-name" name="given-name" type="text" autocomplete="given-name" maxlength="60"
                aria-describedby="booking-name-error" aria-invalid=form.invalid(Field::Name)
                prop:value=move || form.typed.with(|t| t.first_name.clone())
                on:input=move |e| { let v = event_target_value(&e); form.edit(|t| t.first_name = v); } />
            <BookingFieldProblem id="booking-name-error" problem=form.problem(Field::Name) />
            <label for="booking-contact">{i18n.tr("guides-field-contact")}</label>
            <input id="booking-contact" name="contact" type="text" autocomplete="tel" maxlength="120" dir="ltr"
                aria-describedby="booking-contact-hint booking-contact-error" aria-invalid=form.invalid(Field::Contact)
                prop:value=move || form.typed.with(|t| t.contact.clone())
                on:input=move |e| { let v = latin_contact(&event_target_value(&e)); form.edit(|t| t.contact = v); } />
            <p id="booking-contact-hint" class="hint">{i18n.tr("guides-contact-hint")}</p>
            <BookingFieldProblem id="booking-contact-error" problem=form.problem(Field::Contact) />
            <TopicField form />
            <label for="booking-note">{i18n.tr("guides-field-note")}</label>
            <textarea id="booking-note" name="note" rows="3" maxlength="500"
                aria-describedby="booking-note-hint booking-note-error" aria-invalid=form.invalid(Field::Note)
                prop:value=move || form.typed.with(|t| t.note.clone())
                on:input=move |e| { let v = event_target_value(&e); form.edit(|t| t.note = v); }></textarea>
            <p id="booking-note-hint" class="hint">{i18n.tr("guides-note-hint")}</p>
            <BookingFieldProblem id="booking-note-error" problem=form.problem(Field::Note) />
            <button id="booking-submit" type="submit" disabled=move || pending.get()>
                {move || i18n.t(if pending.get() { "guides-booking" } else { "guides-book-submit" })}
            </button>
        </form>
    }
}

/// The topics the chosen time offers; before a time is chosen, none to choose from.
#[component]
fn TopicField(form: GuideForm) -> impl IntoView {
    let i18n = use_i18n();
    let offered = Memo::new(move |_| form.typed.with(|t| t.time.as_ref().map(|t| t.topics.clone())));
    let options = move || {
        let chosen = form.typed.with_untracked(|t| t.topic);
        let first = i18n.t(if offered.with(Option::is_none) { "guides-choose-time-first" } else { "guides-choose" });
        let topics = offered.get().unwrap_or_default();
        view! {
            <option value="" selected=chosen.is_none()>{first}</option>
            {topics.into_iter().map(|t| view! {
                <option value=t.code() selected=chosen == Some(t)>{i18n.t(&topic_id(t))}</option>
            }).collect_view()}
        }
    };
    view! {
        <label for="booking-topic">{i18n.tr("guides-field-topic")}</label>
        <select id="booking-topic" name="topic" aria-describedby="booking-topic-error" aria-invalid=form.invalid(Field::Topic)
            on:change=move |e| {
                let topic = Topic::from_code(&event_target_value(&e));
                form.edit(|t| t.topic = topic);
            }>
            {options}
        </select>
        <BookingFieldProblem id="booking-topic-error" problem=form.problem(Field::Topic) />
    }
}
