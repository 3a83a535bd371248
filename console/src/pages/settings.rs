//! The municipality's name, contact and region.

use leptos::prelude::*;
use model::editor::MunicipalitySettings;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{AdminOnly, FailureNotice},
    session::use_session,
};

#[component]
pub fn Settings() -> impl IntoView {
    view! { <AdminOnly><SettingsForm /></AdminOnly> }
}

#[component]
fn SettingsForm() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let fields = [
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    ];
    let loaded = LocalResource::new(move || {
        let municipality = session.working_on();
        async move {
            let settings = api::settings(&municipality?).await?;
            for (field, value) in
                fields.iter().zip([settings.name, settings.contact_email, settings.contact_phone, settings.region])
            {
                field.set(value);
            }
            Ok::<(), api::Failure>(())
        }
    });
    let saved = RwSignal::new(false);
    let save = Action::new_local(move |(): &()| {
        let [name, contact_email, contact_phone, region] = fields.map(|f| f.get_untracked());
        let request = MunicipalitySettings { name, contact_email, contact_phone, region };
        let municipality = session.working_on();
        async move {
            let result = async { api::save_settings(&municipality?, &request).await }.await;
            saved.set(result.is_ok());
            result
        }
    });
    let labels = [
        ("name", "console-field-name"),
        ("contact_email", "console-field-contact-email"),
        ("contact_phone", "console-field-contact-phone"),
        ("region", "console-field-region"),
    ];
    view! {
        <h1>{i18n.tr("console-settings-title")}</h1>
        {move || loaded.get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        <form class="stack" on:submit=move |ev| { ev.prevent_default(); save.dispatch(()); }>
            {labels.into_iter().zip(fields).map(|((id, label), field)| view! {
                <label for=id>{i18n.tr(label)}</label>
                <input id=id bind:value=field maxlength="200" />
            }).collect_view()}
            <button type="submit">{i18n.tr("console-save")}</button>
            <Show when=move || saved.get()><p class="notice" role="status">{i18n.tr("console-saved")}</p></Show>
            {move || save.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        </form>
    }
}
