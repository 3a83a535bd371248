//! The reserve form: a size, a pickup day, a first name and a phone or e-mail. Checked
//! on the phone with the model's rules first; a retry after a lost answer sends the same
//! idempotency key, so it can never reserve twice.

use leptos::{prelude::*, task::spawn_local};
use model::{
    schedule::Day,
    sportotek::{Reservation, SizeAvailability},
    voucher::LoanCode,
};
use ui::location::{navigate, Navigation};
use ui::{fetch::Failure, i18n::use_i18n};

use super::{hours, ContactFields, ContactIds, FieldProblem, ProblemList};
use crate::{
    api,
    app::use_place,
    draft::{Draft, FormField},
    reserve::{request, Field, Typed},
    saved_reservations,
};

const CONTACT: ContactIds = ContactIds {
    name: "reserve-name",
    name_error: "reserve-name-error",
    name_label: "sportotek-field-name",
    contact: "reserve-contact",
    contact_described_by: "reserve-contact-hint reserve-contact-error",
    contact_hint: "reserve-contact-hint",
    contact_error: "reserve-contact-error",
    contact_label: "sportotek-field-contact",
    contact_hint_text: "sportotek-contact-hint",
};

/// What the form holds: the sizes and the draft (the typed values, the attempt's key
/// and the problems shown). The item's page makes it, so a size's "Reserve" button can
/// choose the size.
#[derive(Clone, Copy)]
pub struct Form {
    draft: Draft<Typed, Field>,
    sizes: RwSignal<Vec<SizeAvailability>>,
}

impl Form {
    /// A form for `sizes`, with the size chosen when only one can be picked up.
    pub fn new(sizes: Vec<SizeAvailability>) -> Form {
        let mut open = sizes.iter().filter(|s| !s.pickup_days.is_empty());
        let only_free = open.next().filter(|_| open.next().is_none()).map(|s| s.id);
        Form { draft: Draft::new(Typed { size_id: only_free, ..Typed::default() }), sizes: RwSignal::new(sizes) }
    }

    pub fn choose_size(self, id: i64) {
        self.draft.edit(|t| {
            t.size_id = Some(id);
            t.day = None;
        });
    }
}

#[component]
pub fn ReserveForm(item_id: i64, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let slug = use_place().municipality.slug;
    let pending = RwSignal::new(false);
    let (draft, refetch_slug) = (form.draft, slug.clone());
    let answered = move |answer: Result<(Reservation, String), Failure>| match answer {
        Ok((reservation, json)) => {
            saved_reservations::save(&reservation, &json);
            let code = LoanCode::parse(&reservation.code).map(|c| c.as_str().to_owned()).unwrap_or_default();
            navigate(&format!("/activities/sportotek/reservations?made=1#{code}"), Navigation::default());
        }
        Err(failure) => {
            let found = draft.refused(&failure, "sportotek-reserve-offline");
            if failure.status == 409 && found.iter().any(|p| Field::of(p) == Field::Day) {
                // The day was taken meanwhile: show the days that are still free.
                let (slug, lang) = (refetch_slug.clone(), i18n.language());
                spawn_local(async move {
                    if let Ok(page) = api::sportotek_item(&slug, item_id, lang).await {
                        // The day shown must be one that is offered: the family picks again.
                        form.draft.typed.update(|t| t.day = None);
                        form.sizes.set(page.value.sizes);
                    }
                });
            }
            draft.problems.set(found);
        }
    };
    let on_submit = draft.submit(
        pending,
        move |typed, attempt| form.sizes.with_untracked(|s| request(typed, s, attempt, i18n.language())),
        move |request| {
            let slug = slug.clone();
            async move { api::reserve(&slug, i18n.language(), &request).await }
        },
        answered,
    );
    view! {
        <form class="reserve-form" on:submit=on_submit novalidate>
            <ProblemList problems=draft.problems />
            <SizeField form />
            <DayField form />
            <ContactFields ids=&CONTACT
                name=draft.entry(Field::Name, |t| &t.first_name, |t| &mut t.first_name)
                contact=draft.entry(Field::Contact, |t| &t.contact, |t| &mut t.contact) />
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
    let size_id = Memo::new(move |_| form.draft.typed.with(|t| t.size_id));
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
        <select id="reserve-size" name="size" aria-describedby="reserve-size-error" aria-invalid=form.draft.invalid(Field::Size)
            on:change=move |e| {
                let id = event_target_value(&e).parse().ok();
                form.draft.edit(|t| {
                    t.size_id = id;
                    t.day = None;
                });
            }>
            {options}
        </select>
        <FieldProblem id="reserve-size-error" problem=form.draft.problem(Field::Size) />
    }
}

/// The chosen size's pickup days, each with its hours and how long it can be kept.
#[component]
fn DayField(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let size_id = Memo::new(move |_| form.draft.typed.with(|t| t.size_id));
    let options = move || {
        let chosen = size_id.get();
        let day = form.draft.typed.with_untracked(|t| t.day);
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
        <select id="reserve-day" name="day" aria-describedby="reserve-day-error" aria-invalid=form.draft.invalid(Field::Day)
            on:change=move |e| {
                let day = Day::parse(&event_target_value(&e));
                form.draft.edit(|t| t.day = day);
            }>
            {options}
        </select>
        <FieldProblem id="reserve-day-error" problem=form.draft.problem(Field::Day) />
    }
}
