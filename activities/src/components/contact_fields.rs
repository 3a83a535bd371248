//! What the Sportotek's reserve form and the guides' booking form both ask: a first name
//! and a phone or e-mail, each with its problem under it (their state is a `Draft`).

use leptos::prelude::*;
use ui::i18n::use_i18n;

use super::FieldProblem;
use crate::reserve::latin_contact;

/// The element ids and message ids of one form's contact fields.
pub struct ContactIds {
    pub name: &'static str,
    pub name_error: &'static str,
    pub name_label: &'static str,
    pub contact: &'static str,
    /// `aria-describedby`: the hint's id and the error's.
    pub contact_described_by: &'static str,
    pub contact_hint: &'static str,
    pub contact_error: &'static str,
    pub contact_label: &'static str,
    pub contact_hint_text: &'static str,
}

/// A text field of a form (`Draft::entry`): what it holds, how a change is made, its
/// problem and whether it is invalid. Closures, not signals: each bundle has one form, so
/// the fields compile as if written out in it, and a few hundred bytes lighter.
#[derive(Clone, Copy)]
pub struct Entry<V, S, I> {
    pub value: V,
    pub set: S,
    pub problem: Signal<Option<String>>,
    /// `aria-invalid`: made as the form's other fields make it, so they share its code.
    pub invalid: I,
}

#[component]
pub fn ContactFields<V, S, I>(ids: &'static ContactIds, name: Entry<V, S, I>, contact: Entry<V, S, I>) -> impl IntoView
where
    V: Fn() -> String + Copy + Send + Sync + 'static,
    S: Fn(String) + Copy + 'static,
    I: Fn() -> String + Copy + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        <label for=ids.name>{i18n.tr(ids.name_label)}</label>
        <input id=ids.name name="given-name" type="text" autocomplete="given-name" maxlength="60"
            aria-describedby=ids.name_error aria-invalid=name.invalid
            prop:value=name.value
            on:input=move |e| (name.set)(event_target_value(&e)) />
        <FieldProblem id=ids.name_error problem=name.problem />
        <label for=ids.contact>{i18n.tr(ids.contact_label)}</label>
        <input id=ids.contact name="contact" type="text" autocomplete="tel" maxlength="120" dir="ltr"
            aria-describedby=ids.contact_described_by aria-invalid=contact.invalid
            prop:value=contact.value
            on:input=move |e| (contact.set)(latin_contact(&event_target_value(&e))) />
        <p id=ids.contact_hint class="hint">{i18n.tr(ids.contact_hint_text)}</p>
        <FieldProblem id=ids.contact_error problem=contact.problem />
    }
}
