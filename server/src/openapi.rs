//! The `OpenAPI` document at `/api/openapi.json`: its title and tags. The paths come from
//! the router itself (`routes::router`), where each route is declared once.

use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

use crate::{routes, state::AppState};

#[derive(OpenApi)]
#[openapi(
    info(title = "Välkommen API", description = "Local orientation, clubs, leisure vouchers, equipment loans and refugee guides for small municipalities."),
    tags((name = "system"), (name = "orientation", description = "Local orientation articles in every language"), (name = "activities", description = "Clubs and activities, and associations applying to join"), (name = "vouchers", description = "The fritidscheck: a guardian checks a balance by code"), (name = "staff", description = "Signed-in staff: accounts, the editor, settings, the audit log"))
)]
pub struct ApiDoc;

/// The API's routes under `/api` with the document that describes exactly them.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi()).nest("/api", routes::router())
}

/// The document alone, e.g. for the tests that walk every route.
pub fn document() -> utoipa::openapi::OpenApi {
    api().into_openapi()
}
