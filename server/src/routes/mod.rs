//! The JSON API under `/api/`, one module per resource.

pub mod activities;
pub mod associations;
pub mod auth;
pub mod editor;
pub mod guides;
pub mod guides_applications;
pub mod guides_calendar;
pub mod guides_coordination;
pub mod guides_photo;
pub mod guides_staff;
pub mod health;
pub mod offers;
pub mod orientation;
pub mod people;
pub mod region_figures;
pub mod shared_articles;
pub mod sportotek;
pub mod sportotek_loans;
pub mod sportotek_photos;
mod sportotek_staff;
pub mod vouchers;

use utoipa_axum::router::OpenApiRouter;

use crate::state::AppState;

/// Every route of the API, each declared once with its `OpenAPI` entry (`routes!`), so
/// the document and the authorization matrix test enumerate the router itself.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(health::router())
        .merge(orientation::router())
        .merge(auth::router())
        .merge(people::router())
        .merge(offers::router())
        .merge(editor::router())
        .merge(shared_articles::router())
        .merge(region_figures::router())
        .merge(activities::router())
        .merge(associations::router())
        .merge(vouchers::router())
        .merge(sportotek::router())
        .merge(sportotek_staff::router())
        .merge(sportotek_loans::router())
        .merge(sportotek_photos::router())
        .merge(guides::router())
        .merge(guides_applications::router())
        .merge(guides_photo::router())
        .merge(guides_staff::router())
        .merge(guides_coordination::router())
        .merge(guides_calendar::router())
}
