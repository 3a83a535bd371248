//! "My reservations": every Sportotek code this phone reserved or looked up (see
//! `SavedCodes`). `#CODE` in the address opens one: the answer after reserving, or a
//! shared code.

use leptos::prelude::*;
use model::{voucher::LoanCode, Language};
use ui::{fetch::Failure, i18n::use_i18n};

use crate::{
    api,
    components::{CodeKind, CodeTexts, ReservationCard, SavedCodes},
    saved_reservations::{self, Saved},
};

/// The Sportotek reservations kept on the phone.
struct Reservations;

impl CodeKind for Reservations {
    type Code = LoanCode;
    type Saved = Saved;
    const TEXTS: CodeTexts = CodeTexts {
        made_heading: "sportotek-reserved-heading",
        made_notice: "sportotek-reserved-show-code",
        heading: "sportotek-reservation-heading",
        intro: "sportotek-reservations-intro",
        none: "sportotek-reservations-none",
        lookup_label: "sportotek-lookup-label",
        lookup: "sportotek-lookup",
        lookup_hint: "sportotek-lookup-hint",
        not_found: "sportotek-lookup-not-found",
        path: "/activities/sportotek/reservations",
    };

    fn parse(text: &str) -> Option<LoanCode> {
        LoanCode::parse(text).ok()
    }

    fn text(code: &LoanCode) -> &str {
        code.as_str()
    }

    fn code(saved: &Saved) -> &LoanCode {
        &saved.code
    }

    fn all() -> Vec<Saved> {
        saved_reservations::all()
    }

    /// Open reservations and loans.
    fn is_stale(saved: &Saved, now: i64) -> bool {
        saved_reservations::is_stale(saved, now)
    }

    /// The server is asked in the reader's language.
    async fn fetch(code: LoanCode, lang: Language) -> Result<(), Failure> {
        let (reservation, json) = api::reservation(&code, lang).await?;
        saved_reservations::save(&reservation, &json);
        Ok(())
    }

    fn card(saved: Saved, on_change: Callback<()>) -> impl IntoView + 'static {
        view! { <ReservationCard saved on_change /> }
    }
}

#[component]
pub fn ReservationsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a href="/activities/sportotek" class="back-link">{i18n.tr("sportotek-title")}</a>
        <h1>{i18n.tr("sportotek-reservations-title")}</h1>
        <SavedCodes<Reservations> />
    }
}
