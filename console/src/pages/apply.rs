//! An association asks to join the municipality's list. No account is needed; an admin
//! approves the application and the contact gets an account then.

use leptos::prelude::*;
use leptos_router::components::A;
use model::{
    activities::{Category, Contact},
    associations::{AssociationApplication, OrgNumber},
    orientation::Municipality,
};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::FailureNotice,
    forms::{focus_first_problem, CategoryChecks, ProblemSummary, TextField},
    session::use_session,
};

#[component]
pub fn Apply() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let municipalities = LocalResource::new(|| async { api::municipalities().await.unwrap_or_default() });
    // The session's municipality, else the first the server lists.
    let chosen = RwSignal::new(None::<String>);
    let municipality = move || {
        chosen
            .get()
            .or_else(|| session.municipality.get())
            .or_else(|| municipalities.get().and_then(|list| list.first().map(|m| m.slug.clone())))
    };
    let [name, org_number, contact_name, email, phone, website, address, description] =
        std::array::from_fn(|_| RwSignal::new(String::new()));
    let categories = RwSignal::new(Vec::<Category>::new());
    let problems = RwSignal::new(Vec::new());
    let thanks = RwSignal::new(None::<String>);
    let submission = Action::new_local(move |(slug, application): &(String, AssociationApplication)| {
        let (slug, application) = (slug.clone(), application.clone());
        async move {
            let result = api::apply(&slug, &application).await;
            match &result {
                Ok(()) => thanks.set(Some(application.contact.email.clone())),
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
        let application = AssociationApplication {
            name: name.get_untracked().trim().to_owned(),
            org_number: org_number.get_untracked().trim().to_owned(),
            contact: Contact {
                name: contact_name.get_untracked().trim().to_owned(),
                phone: phone.get_untracked().trim().to_owned(),
                email: email.get_untracked().trim().to_owned(),
                website: website.get_untracked().trim().to_owned(),
                address: address.get_untracked().trim().to_owned(),
            },
            categories: categories.get_untracked(),
            description: description.get_untracked().trim().to_owned(),
        };
        // The organisation number's check digit is checked here first, so a typing
        // mistake is caught before anything is sent.
        let mut found: Vec<_> = OrgNumber::parse(&application.org_number).err().into_iter().collect();
        for problem in application.problems() {
            if !found.contains(&problem) {
                found.push(problem);
            }
        }
        problems.set(found);
        if !problems.with_untracked(Vec::is_empty) {
            focus_first_problem();
        } else if let Some(slug) = municipality() {
            submission.dispatch((slug, application));
        }
    };
    view! {
        <A href="/staff" attr:class="back-link">{i18n.tr("console-sign-in-title")}</A>
        <h1>{i18n.tr("console-apply-title")}</h1>
        {move || match thanks.get() {
            Some(email) => view! {
                <p class="notice" role="status">{move || i18n.with("console-apply-thanks", "email", email.clone())}</p>
            }.into_any(),
            None => view! {
                <p class="intro">{i18n.tr("console-apply-intro")}</p>
                <form class="stack" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
                    <ProblemSummary problems />
                    <MunicipalityChoice municipalities chosen current=municipality />
                    <TextField id="name" label="console-field-association-name" value=name problems field="name"
                        autocomplete="organization" required=true />
                    <TextField id="org-number" label="console-field-org-number" value=org_number problems field="org_number"
                        inputmode="numeric" hint="console-org-number-hint" required=true />
                    <TextField id="contact-name" label="console-field-contact-name" value=contact_name problems
                        field="contact.name" autocomplete="name" required=true />
                    <TextField id="contact-email" label="console-email" value=email problems field="contact.email"
                        kind="email" autocomplete="email" required=true />
                    <TextField id="contact-phone" label="console-field-phone" value=phone problems field="contact.phone"
                        kind="tel" autocomplete="tel" />
                    <TextField id="contact-website" label="console-field-website" value=website problems
                        field="contact.website" kind="url" hint="console-website-hint" />
                    <TextField id="contact-address" label="console-field-address" value=address problems
                        field="contact.address" autocomplete="street-address" />
                    <CategoryChecks categories problems />
                    <TextField id="description" label="console-field-description-sv" value=description problems
                        field="description" rows=5 language=model::Language::SOURCE />
                    <button type="submit" disabled=move || submission.pending().get()>{i18n.tr("console-apply-send")}</button>
                    {move || submission.value().get().and_then(Result::err).filter(|f| f.fields.is_empty())
                        .map(|failure| view! { <FailureNotice failure /> })}
                </form>
            }.into_any(),
        }}
    }
}

/// Where a region has several municipalities, which one the association is in.
#[component]
pub fn MunicipalityChoice(
    municipalities: LocalResource<Vec<Municipality>>,
    chosen: RwSignal<Option<String>>,
    current: impl Fn() -> Option<String> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        municipalities.get().filter(|list| list.len() > 1).map(|list| {
            view! {
                <label for="municipality">{i18n.tr("console-municipality")}</label>
                <select id="municipality" on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                    {list.into_iter().map(|m| {
                        let slug = m.slug.clone();
                        view! { <option value=m.slug selected=move || current().as_deref() == Some(slug.as_str())>{m.name}</option> }
                    }).collect_view()}
                </select>
            }
        })
    }
}
