//! People: an admin invites staff, changes their roles, deactivates them and hands out
//! password reset links.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    routing::{get, post, put},
    Json, Router,
};
use model::{
    auth::{Account, Email, InvitationLink, InvitationRequest, Role, RolesRequest},
    FieldError,
};

use super::{editor::admin_of, AppState};
use crate::{
    auth::{self, Staff},
    error::{ApiError, AppJson, Result},
    store::now,
};

/// How long an invitation or reset link works.
pub const INVITATION_LIFETIME_SECS: i64 = 7 * 24 * 60 * 60;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/municipalities/{municipality}/accounts", get(accounts))
        .route("/staff/municipalities/{municipality}/invitations", post(invite))
        .route("/staff/municipalities/{municipality}/accounts/{id}/roles", put(set_roles))
        .route("/staff/municipalities/{municipality}/accounts/{id}/deactivate", post(deactivate))
        .route("/staff/municipalities/{municipality}/accounts/{id}/password-reset", post(password_reset))
}

fn check_roles(roles: &[Role]) -> Result<()> {
    if roles.len() > Role::ALL.len() {
        return Err(FieldError::new("roles", "error-invalid-roles").into());
    }
    Ok(())
}

/// The account must hold a role in this municipality, or an admin could reach anyone.
async fn member(app: &AppState, municipality_id: i64, account_id: i64) -> Result<()> {
    let grants = app.store.grants(account_id).await?;
    if grants.iter().any(|g| g.municipality_id == Some(municipality_id)) {
        Ok(())
    } else {
        Err(ApiError::NotFound)
    }
}

pub(super) async fn link_for(app: &AppState, account_id: i64, created_by: i64) -> Result<InvitationLink> {
    let token = auth::new_token();
    let expires_at = now() + INVITATION_LIFETIME_SECS;
    app.store.create_invitation(account_id, Some(created_by), &auth::token_hash(&token), expires_at).await?;
    Ok(InvitationLink { path: format!("/staff/invitation/{token}"), expires_at })
}

/// Everyone with a role in the municipality.
#[utoipa::path(get, path = "/api/staff/municipalities/{municipality}/accounts", tag = "staff",
    params(("municipality" = String, Path)), responses((status = 200, body = Vec<Account>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn accounts(
    State(app): State<AppState>,
    staff: Staff,
    Path(municipality): Path<String>,
) -> Result<Json<Vec<Account>>> {
    let m = admin_of(&app, &staff, &municipality).await?;
    Ok(Json(app.store.accounts_in(m).await?))
}

/// Invites a person by e-mail with roles in this municipality; returns the one-time link
/// to hand over.
#[utoipa::path(post, path = "/api/staff/municipalities/{municipality}/invitations", tag = "staff",
    params(("municipality" = String, Path)), request_body = InvitationRequest,
    responses((status = 200, body = InvitationLink), (status = 403, body = model::ErrorBody), (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn invite(
    State(app): State<AppState>,
    staff: Staff,
    Path(municipality): Path<String>,
    AppJson(request): AppJson<InvitationRequest>,
) -> Result<Json<InvitationLink>> {
    let m = admin_of(&app, &staff, &municipality).await?;
    let email = Email::parse(&request.email)?;
    check_roles(&request.roles)?;
    if request.roles.is_empty() {
        return Err(FieldError::new("roles", "error-required").into());
    }
    let account_id = app
        .store
        .create_account(email.as_str(), "", false)
        .await?
        .ok_or_else(|| ApiError::Conflict(FieldError::new("email", "error-email-taken")))?;
    app.store.set_roles(account_id, Some(m), &request.roles).await?;
    let link = link_for(&app, account_id, staff.account_id).await?;
    app.store.audit(Some(staff.account_id), Some(m), "invited", email.as_str()).await?;
    Ok(Json(link))
}

/// Replaces the account's roles in this municipality.
#[utoipa::path(put, path = "/api/staff/municipalities/{municipality}/accounts/{id}/roles", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = RolesRequest,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_roles(
    State(app): State<AppState>,
    staff: Staff,
    Path((municipality, id)): Path<(String, i64)>,
    AppJson(request): AppJson<RolesRequest>,
) -> Result<StatusCode> {
    let m = admin_of(&app, &staff, &municipality).await?;
    check_roles(&request.roles)?;
    member(&app, m, id).await?;
    if id == staff.account_id && !request.roles.contains(&Role::Admin) && !staff.is_region_wide(Role::Admin) {
        // An admin cannot lock the municipality out by removing their own admin role.
        return Err(FieldError::new("roles", "error-own-admin-role").into());
    }
    app.store.set_roles(id, Some(m), &request.roles).await?;
    let target = app.store.account_email(id).await?.unwrap_or_default();
    let roles: Vec<&str> = request.roles.iter().map(|r| r.code()).collect();
    app.store
        .audit(Some(staff.account_id), Some(m), "roles-changed", &format!("{target}: {}", roles.join(",")))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deactivates an account and ends its sessions.
#[utoipa::path(post, path = "/api/staff/municipalities/{municipality}/accounts/{id}/deactivate", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn deactivate(
    State(app): State<AppState>,
    staff: Staff,
    Path((municipality, id)): Path<(String, i64)>,
) -> Result<StatusCode> {
    let m = admin_of(&app, &staff, &municipality).await?;
    member(&app, m, id).await?;
    if id == staff.account_id {
        return Err(FieldError::new("account", "error-own-account").into());
    }
    app.store.set_active(id, false).await?;
    let target = app.store.account_email(id).await?.unwrap_or_default();
    app.store.audit(Some(staff.account_id), Some(m), "deactivated", &target).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A one-time link that sets a new password (no e-mail server is assumed).
#[utoipa::path(post, path = "/api/staff/municipalities/{municipality}/accounts/{id}/password-reset", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = InvitationLink), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn password_reset(
    State(app): State<AppState>,
    staff: Staff,
    Path((municipality, id)): Path<(String, i64)>,
) -> Result<Json<InvitationLink>> {
    let m = admin_of(&app, &staff, &municipality).await?;
    member(&app, m, id).await?;
    let link = link_for(&app, id, staff.account_id).await?;
    let target = app.store.account_email(id).await?.unwrap_or_default();
    app.store.audit(Some(staff.account_id), Some(m), "password-reset-link", &target).await?;
    Ok(Json(link))
}
