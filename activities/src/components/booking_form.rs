//! The booking form: the chosen time, a first name, a phone or e-mail, the topic (one
//! the time offers) and a note. Checked on the phone with the model's rules first; a
//! retry after a lost answer sends the same idempotency key, so it never books twice.

use leptos::{prelude::*, task::spawn_local};
use model::guides::{Booking, BookingCode, OpenTime, Topic};
use ui::location::{navigate, Navigation};
use ui::{fetch::Failure, i18n::use_i18n};

use super::{topic_id, when, BookingProblems, ContactFields, ContactIds, FieldProblem};
use crate::{
    api,
    app::use_place,
    draft::{Draft, FormField},
    guide_booking::{request, Field, Typed},
    saved_bookings,
};

const CONTACT: ContactIds = ContactIds {
    name: "booking-name",
    name_error: "booking-name-error",
    name_label: "guides-field-name",
    contact: "booking-contact",
    contact_described_by: "booking-contact-hint booking-contact-error",
    contact_hint: "booking-contact-hint",
    contact_error: "booking-contact-error",
    contact_label: "guides-field-contact",
    contact_hint_text: "guides-contact-hint",
};

/// What the form holds: the open times to choose from and the draft (the typed values,
/// the attempt's key and the problems shown). The guide's page makes it, so the times
/// above it can choose one.
#[derive(Clone, Copy)]
pub struct GuideForm {
    open: RwSignal<Vec<OpenTime>>,
    draft: Draft<Typed, Field>,
}

impl GuideForm {
    /// A form for `open` times, with the topic the list was filtered by, if any.
    pub fn new(open: Vec<OpenTime>, topic: Option<Topic>) -> GuideForm {
        GuideForm { open: RwSignal::new(open), draft: Draft::new(Typed { topic, ..Typed::default() }) }
    }

    pub fn open(self) -> RwSignal<Vec<OpenTime>> {
        self.open
    }

    pub fn choose(self, time: OpenTime) {
        self.draft.edit(|t| t.choose(time));
        self.draft.problems.update(|p| p.retain(|p| Field::of(p) != Field::Time));
    }

    pub fn is_chosen(self, time: &OpenTime) -> bool {
        self.draft.typed.with(|t| t.time.as_ref() == Some(time))
    }
}

#[component]
pub fn BookingForm(guide_id: i64, form: GuideForm) -> impl IntoView {
    let i18n = use_i18n();
    let slug = use_place().municipality.slug;
    let pending = RwSignal::new(false);
    let (draft, refetch_slug) = (form.draft, slug.clone());
    let answered = move |answer: Result<(Booking, String), Failure>| match answer {
        Ok((booking, json)) => {
            saved_bookings::save(&booking, &json);
            let code = BookingCode::parse(&booking.code).map(|c| c.as_str().to_owned()).unwrap_or_default();
            navigate(&format!("/activities/guides/bookings?made=1#{code}"), Navigation::default());
        }
        Err(failure) => {
            let found = draft.refused(&failure, "guides-book-offline");
            if failure.status == 409 && found.iter().any(|p| Field::of(p) == Field::Time) {
                // The time was taken meanwhile: show the times that are still open.
                let (slug, lang) = (refetch_slug.clone(), i18n.language());
                spawn_local(async move {
                    if let Ok(page) = api::guide(&slug, guide_id, lang).await {
                        draft.typed.update(|t| t.time = None);
                        form.open.set(page.value.open);
                    }
                });
            }
            draft.problems.set(found);
        }
    };
    let on_submit = draft.submit(
        pending,
        move |typed, attempt| request(typed, attempt, i18n.language()),
        move |request| {
            let slug = slug.clone();
            async move { api::book(&slug, i18n.language(), &request).await }
        },
        answered,
    );
    let chosen = move || {
        draft
            .typed
            .with(|t| t.time.as_ref().map(|t| when(i18n, t.day, t.start, t.minutes)))
            .map_or_else(|| i18n.t("guides-choose-time-first"), |time| i18n.with("guides-chosen-time", "time", time))
    };
    view! {
        <form class="reserve-form booking-form" on:submit=on_submit novalidate>
            <BookingProblems problems=draft.problems />
            <p id="booking-time" class="chosen-time" aria-live="polite">{chosen}</p>
            <FieldProblem id="booking-time-error" problem=draft.problem(Field::Time) />
            <ContactFields ids=&CONTACT
                name=draft.entry(Field::Name, |t| &t.first_name, |t| &mut t.first_name)
                contact=draft.entry(Field::Contact, |t| &t.contact, |t| &mut t.contact) />
            <TopicField form />
            <label for="booking-note">{i18n.tr("guides-field-note")}</label>
            <textarea id="booking-note" name="note" rows="3" maxlength="500"
                aria-describedby="booking-note-hint booking-note-error" aria-invalid=draft.invalid(Field::Note)
                prop:value=move || draft.typed.with(|t| t.note.clone())
                on:input=move |e| { let v = event_target_value(&e); draft.edit(|t| t.note = v); }></textarea>
            <p id="booking-note-hint" class="hint">{i18n.tr("guides-note-hint")}</p>
            <FieldProblem id="booking-note-error" problem=draft.problem(Field::Note) />
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
    let draft = form.draft;
    let offered = Memo::new(move |_| draft.typed.with(|t| t.time.as_ref().map(|t| t.topics.clone())));
    let options = move || {
        let chosen = draft.typed.with_untracked(|t| t.topic);
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
        <select id="booking-topic" name="topic" aria-describedby="booking-topic-error" aria-invalid=draft.invalid(Field::Topic)
            on:change=move |e| {
                let topic = Topic::from_code(&event_target_value(&e));
                draft.edit(|t| t.topic = topic);
            }>
            {options}
        </select>
        <FieldProblem id="booking-topic-error" problem=draft.problem(Field::Topic) />
    }
}
