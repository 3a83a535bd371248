//! The `OpenAPI` document at `/api/openapi.json`: its title and tags. The paths come from
//! the router itself (`routes::router`), where each route is declared once.

use utoipa::{
    openapi::{
        path::{Operation, ParameterIn},
        response::{Response, ResponseBuilder},
        ContentBuilder, Ref, RefOr,
    },
    OpenApi,
};
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
    let mut api = OpenApiRouter::with_openapi(ApiDoc::openapi()).nest("/api", routes::router());
    declare_refusals(api.get_openapi_mut());
    api
}

/// The refusals every route of a kind can answer, whether or not its handler's own
/// annotation lists them: the extractors give them (no session, no CSRF token, a path
/// that names nothing, a query or a body that is malformed, a body too large or invalid).
fn declare_refusals(document: &mut utoipa::openapi::OpenApi) {
    for (path, item) in &mut document.paths.paths {
        let staff = path.starts_with("/api/staff/") || path == "/api/auth/me" || path == "/api/auth/sign-out";
        let names_something = path.contains('{');
        for operation in [&mut item.get, &mut item.post, &mut item.put, &mut item.delete].into_iter().flatten() {
            let body = operation.request_body.is_some();
            let query = operation
                .parameters
                .as_ref()
                .is_some_and(|parameters| parameters.iter().any(|p| p.parameter_in == ParameterIn::Query));
            let refusals = [
                (staff, "401", "Not signed in, or the session has ended."),
                (staff, "403", "Not allowed for this account, or the CSRF token is missing or wrong."),
                (names_something, "404", "The path names nothing that exists, or nothing this account may see."),
                (body, "400", "The body is not JSON of the documented shape."),
                (query, "400", "A query parameter is not of its documented type (`?year=twenty`)."),
                (body, "413", "The body is too large."),
                (body, "422", "A field is invalid; `fields` names each one."),
            ];
            for (applies, status, description) in refusals {
                if applies {
                    declare(operation, status, description);
                }
            }
        }
    }
}

fn declare(operation: &mut Operation, status: &str, description: &str) {
    operation.responses.responses.entry(status.to_owned()).or_insert_with(|| RefOr::T(error_response(description)));
}

fn error_response(description: &str) -> Response {
    let content = ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build();
    ResponseBuilder::new().description(description).content("application/json", content).build()
}

/// The document alone, e.g. for the tests that walk every route.
pub fn document() -> utoipa::openapi::OpenApi {
    api().into_openapi()
}
