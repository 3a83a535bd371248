//! What an association says about itself: what it does, how to reach it, whether it
//! takes the fritidscheck, where it is, and its description in each language.

use leptos::prelude::*;
use model::{
    activities::{Category, Contact},
    associations::AssociationEdit,
    FieldError, Language,
};
use ui::i18n::use_i18n;

use crate::{
    activity::position,
    api,
    components::FailureNotice,
    forms::{focus_first_problem, CategoryChecks, FieldNote, LanguageTabs, PositionFields, ProblemSummary, TextField},
};

/// The profile as typed: one signal per field.
#[derive(Clone, Copy)]
struct ProfileDraft {
    categories: RwSignal<Vec<Category>>,
    contact: [RwSignal<String>; 5],
    voucher: RwSignal<bool>,
    lat: RwSignal<String>,
    lon: RwSignal<String>,
    descriptions: StoredValue<Vec<(Language, RwSignal<String>)>>,
}

impl ProfileDraft {
    fn new(edit: AssociationEdit) -> ProfileDraft {
        let text = |s: String| RwSignal::new(s);
        let Contact { name, phone, email, website, address } = edit.contact;
        ProfileDraft {
            categories: RwSignal::new(edit.categories),
            contact: [name, phone, email, website, address].map(text),
            voucher: RwSignal::new(edit.accepts_voucher),
            lat: text(edit.position.map(|p| p.lat.to_string()).unwrap_or_default()),
            lon: text(edit.position.map(|p| p.lon.to_string()).unwrap_or_default()),
            descriptions: StoredValue::new(
                Language::all()
                    .map(|l| (l, text(edit.descriptions.get(l.code()).cloned().unwrap_or_default())))
                    .collect(),
            ),
        }
    }

    fn description(self, language: Language) -> Option<RwSignal<String>> {
        self.descriptions.with_value(|all| all.iter().find(|(l, _)| *l == language).map(|(_, s)| *s))
    }

    /// What was typed, as the API takes it, or every problem under its field.
    fn read(self) -> Result<AssociationEdit, Vec<FieldError>> {
        let mut found = Vec::new();
        let position = self.lat.with_untracked(|lat| self.lon.with_untracked(|lon| position(lat, lon)));
        let position = position.unwrap_or_else(|p| {
            found.push(p);
            None
        });
        let [name, phone, email, website, address] = self.contact.map(|s| s.with_untracked(|s| s.trim().to_owned()));
        let edit = AssociationEdit {
            categories: self.categories.get_untracked(),
            contact: Contact { name, phone, email, website, address },
            position,
            accepts_voucher: self.voucher.get_untracked(),
            descriptions: self.descriptions.with_value(|all| {
                all.iter()
                    .map(|(l, s)| (l.code().to_owned(), s.with_untracked(|s| s.trim().to_owned())))
                    .filter(|(code, d)| !d.is_empty() || code == Language::SOURCE.code())
                    .collect()
            }),
        };
        if edit.descriptions.get(Language::SOURCE.code()).is_none_or(String::is_empty) {
            found.push(FieldError::new("texts.sv", "error-swedish-required"));
        }
        for problem in edit.problems() {
            if !found.contains(&problem) {
                found.push(problem);
            }
        }
        if found.is_empty() {
            Ok(edit)
        } else {
            Err(found)
        }
    }
}

#[component]
pub fn ProfileForm(id: i64, edit: AssociationEdit) -> impl IntoView {
    let i18n = use_i18n();
    let draft = ProfileDraft::new(edit);
    let ProfileDraft { categories, voucher, lat, lon, .. } = draft;
    let [name, phone, email, website, address] = draft.contact;
    let chosen = RwSignal::new(Language::SOURCE);
    let problems = RwSignal::new(Vec::<FieldError>::new());
    let saved = RwSignal::new(false);
    let save = Action::new_local(move |edit: &AssociationEdit| {
        let edit = edit.clone();
        async move {
            let result = api::save_association(id, &edit).await;
            match &result {
                Ok(()) => saved.set(true),
                Err(failure) if !failure.fields.is_empty() => {
                    problems.set(failure.fields.clone());
                    focus_first_problem();
                }
                Err(_) => {}
            }
            result
        }
    });
    let submit = move || {
        saved.set(false);
        match draft.read() {
            Ok(edit) => {
                problems.set(Vec::new());
                save.dispatch(edit);
            }
            Err(found) => {
                problems.set(found);
                focus_first_problem();
            }
        }
    };
    view! {
        <form class="stack" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <ProblemSummary problems />
            <CategoryChecks categories problems />
            <TextField id="contact-name" label="console-field-contact-name" value=name problems field="contact.name" />
            <TextField id="contact-email" label="console-email" value=email problems field="contact.email" kind="email" />
            <TextField id="contact-phone" label="console-field-phone" value=phone problems field="contact.phone" kind="tel" />
            <TextField id="contact-website" label="console-field-website" value=website problems field="contact.website"
                kind="url" hint="console-website-hint" />
            <TextField id="contact-address" label="console-field-address" value=address problems field="contact.address" />
            <label class="check"><input type="checkbox" name="accepts-voucher" bind:checked=voucher />{i18n.tr("console-field-accepts-voucher")}</label>
            <PositionFields lat lon problems hint="console-position-hint" />
            <fieldset class="choices texts">
                <legend>{i18n.tr("console-field-description")}</legend>
                <LanguageTabs chosen problems />
                // The Swedish text's problems also show while another language is open.
                {move || (chosen.get() != Language::SOURCE).then(|| view! { <FieldNote problems field="texts.sv" /> })}
                {move || {
                    let language = chosen.get();
                    draft.description(language).map(|value| view! {
                        <TextField id="description" label="console-field-description" value problems
                            field=format!("texts.{}", language.code()) rows=6 language />
                    })
                }}
            </fieldset>
            <button type="submit" disabled=move || save.pending().get()>{i18n.tr("console-save")}</button>
            <Show when=move || saved.get()><p class="notice" role="status">{i18n.tr("console-saved")}</p></Show>
            {move || save.value().get().and_then(Result::err).filter(|f| f.fields.is_empty())
                .map(|failure| view! { <FailureNotice failure /> })}
        </form>
    }
}
