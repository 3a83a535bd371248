//! The `OpenAPI` document at `/api/openapi.json`, generated from the handlers' annotations.

use axum::{routing::get, Json, Router};
use utoipa::OpenApi;

use crate::routes::{activities, associations, auth, editor, health, orientation, people, vouchers, AppState};

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
        activities::list,
        activities::detail,
        activities::activity_calendar,
        activities::association,
        activities::association_calendar,
        associations::apply,
        associations::mine,
        associations::all_in,
        associations::decide,
        associations::association,
        associations::save_association,
        associations::association_activities,
        associations::create_association_activity,
        associations::own_activities,
        associations::create_own_activity,
        associations::activity,
        associations::save_activity,
        vouchers::balance,
        vouchers::terms,
        vouchers::save_terms,
        vouchers::list,
        vouchers::issue,
        vouchers::import,
        vouchers::revoke,
        vouchers::stats,
        vouchers::preview,
        vouchers::close,
        vouchers::settlements,
        vouchers::settlement,
        vouchers::pay,
        vouchers::export_csv,
        vouchers::export_sie,
        vouchers::check,
        vouchers::redeem,
        vouchers::association_vouchers,
        vouchers::reverse,
    ),
    tags((name = "system"), (name = "orientation", description = "Local orientation articles in every language"), (name = "activities", description = "Clubs and activities, and associations applying to join"), (name = "vouchers", description = "The fritidscheck: a guardian checks a balance by code"), (name = "staff", description = "Signed-in staff: accounts, the editor, settings, the audit log"))
)]
pub struct ApiDoc;

pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
}
