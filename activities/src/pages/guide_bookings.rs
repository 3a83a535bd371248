//! "My bookings" with the guides: every code this phone booked or looked up (see
//! `SavedCodes`). `#CODE` in the address opens one: the answer after booking, or a code
//! typed by hand.

use leptos::prelude::*;
use model::{guides::BookingCode, Language};
use ui::{fetch::Failure, i18n::use_i18n};

use crate::{
    api,
    app::use_last_guides,
    components::{BookingCard, CodeKind, CodeTexts, SavedCodes},
    saved_bookings::{self, Saved},
};

/// The guide bookings kept on the phone.
struct Bookings;

impl CodeKind for Bookings {
    type Code = BookingCode;
    type Saved = Saved;
    const TEXTS: CodeTexts = CodeTexts {
        made_heading: "guides-booked-heading",
        made_notice: "guides-booked-show-code",
        heading: "guides-booking-heading",
        intro: "guides-bookings-intro",
        none: "guides-bookings-none",
        lookup_label: "guides-lookup-label",
        lookup: "guides-lookup",
        lookup_hint: "guides-lookup-hint",
        not_found: "guides-lookup-not-found",
        path: "/activities/guides/bookings",
    };

    fn parse(text: &str) -> Option<BookingCode> {
        BookingCode::parse(text).ok()
    }

    fn text(code: &BookingCode) -> &str {
        code.as_str()
    }

    fn code(saved: &Saved) -> &BookingCode {
        &saved.code
    }

    fn all() -> Vec<Saved> {
        saved_bookings::all()
    }

    /// Meetings to come: the guide may have answered.
    fn is_stale(saved: &Saved, now: i64) -> bool {
        saved_bookings::is_stale(saved, now)
    }

    /// A booking's answer is the same in every language.
    async fn fetch(code: BookingCode, _: Language) -> Result<(), Failure> {
        let (booking, json) = api::booking(&code).await?;
        saved_bookings::save(&booking, &json);
        Ok(())
    }

    fn card(saved: Saved, on_change: Callback<()>) -> impl IntoView + 'static {
        view! { <BookingCard saved on_change /> }
    }
}

#[component]
pub fn GuideBookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let last_guides = use_last_guides();
    view! {
        <a href=move || last_guides.get() class="back-link">{i18n.tr("guides-title")}</a>
        <h1>{i18n.tr("guides-bookings-title")}</h1>
        <SavedCodes<Bookings> />
    }
}
