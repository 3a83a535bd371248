//! The `OpenAPI` document at `/api/openapi.json`, generated from the handlers' annotations.

use axum::{routing::get, Json, Router};
use utoipa::OpenApi;

use crate::routes::{auth, editor, health, orientation, people, AppState};

#[derive(OpenApi)]
#[openapi(
    info(title = "Välkommen API", description = "Local orientation, clubs, leisure vouchers, equipment loans and refugee guides for small municipalities."),
    paths(
        health::health,
        orientation::municipalities,
        orientation::index,
        orientation::article,
        orientation::search,
        orientation::feedback,
        auth::sign_in,
        auth::sign_out,
        auth::me,
        auth::accept_invitation,
        people::accounts,
        people::invite,
        people::set_roles,
        people::deactivate,
        people::password_reset,
        editor::articles,
        editor::create_article,
        editor::topics,
        editor::create_topic,
        editor::rename_topic,
        editor::article,
        editor::save_version,
        editor::publish,
        editor::unpublish,
        editor::preview,
        editor::settings,
        editor::save_settings,
        editor::audit,
    ),
    tags((name = "system"), (name = "orientation", description = "Local orientation articles in every language"), (name = "staff", description = "Signed-in staff: accounts, the editor, settings, the audit log"))
)]
pub struct ApiDoc;

pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
}
