//! A guide's profile, as newcomers will read it.

use leptos::prelude::*;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, GuideOnly},
    guides::{GuideTabs, ProfileForm, GUIDE_PAGES},
    session::use_session,
    sportotek::PhotoUpload,
};

#[component]
pub fn GuideProfile() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let profile = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::guide_profile(&municipality?).await }
    });
    view! {
        <GuideOnly>
            <GuideTabs pages=&GUIDE_PAGES label="console-nav-guide" />
            <h1>{i18n.tr("console-guide-profile")}</h1>
            {loaded(profile, move |profile| {
                let written = profile.is_some();
                view! {
                    <ProfileForm profile />
                    // A photo belongs to a profile: it can be added once the profile is saved.
                    {written.then(|| view! { <GuidePhoto /> })}
                }.into_any()
            })}
        </GuideOnly>
    }
}

/// The guide's optional photo, through the Sportotek's upload.
#[component]
fn GuidePhoto() -> impl IntoView {
    let session = use_session();
    let photo = LocalResource::new(move || {
        let municipality = session.working_on();
        async move { api::guide_photo(&municipality?).await }
    });
    view! {
        {loaded(photo, move |photo| {
            let path = api::guide_photo_path(&session.working_on().unwrap_or_default());
            view! { <PhotoUpload path photo shown="console-guide-photo-current" /> }.into_any()
        })}
    }
}
