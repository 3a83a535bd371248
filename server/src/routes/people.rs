//! People: an admin invites staff, changes their roles in the municipality, deactivates
//! them and hands out password reset links. Roles are per municipality; what acts on a
//! whole account needs an admin of every municipality where it holds a role
//! (`access::may_act_on_whole_account`).

use axum::{extract::State, http::StatusCode, Json};
use model::{
    auth::{Account, Email, Grant, InvitationLink, InvitationRequest, Role, RolesRequest},
    FieldError,
};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::state::AppState;
use crate::{
    access::{is_region_wide, may_act_on_whole_account, new_link, offer_to, within_reach, AdminOf},
    auth::Staff,
    error::{ApiError, AppJson, AppPath, Result},
    ids::{AccountId, MunicipalityId},
    store::{Audit, Offer, Purpose, StoredGrant},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(accounts))
        .routes(routes!(invite))
        .routes(routes!(set_roles))
        .routes(routes!(deactivate))
        .routes(routes!(password_reset))
}

fn check_roles(roles: &[Role]) -> Result<()> {
    if roles.len() > Role::ALL.len() {
        return Err(FieldError::new("roles", "error-invalid-roles").into());
    }
    Ok(())
}

/// The account's grants and e-mail, if it holds a role in this municipality: otherwise
/// it is not this admin's to see.
async fn member(
    app: &AppState,
    municipality_id: MunicipalityId,
    account_id: AccountId,
) -> Result<(Vec<StoredGrant>, String)> {
    let grants = app.store.grants(account_id).await?;
    if !grants.iter().any(|g| g.municipality_id == Some(municipality_id)) {
        return Err(ApiError::NotFound);
    }
    let email = app.store.account_email(account_id).await?.ok_or(ApiError::NotFound)?;
    Ok((grants, email))
}

/// A reset or a deactivation acts on the whole account.
fn whole_account(staff: &Staff, grants: &[StoredGrant]) -> Result<()> {
    if may_act_on_whole_account(staff, grants) {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// Everyone with a role in the municipality. Each shows only the grants within the
/// caller's reach.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/accounts", tag = "staff",
    params(("municipality" = String, Path)), responses((status = 200, body = Vec<Account>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn accounts(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
) -> Result<Json<Vec<Account>>> {
    let people = app.store.people_in(m).await?;
    Ok(Json(
        people
            .into_iter()
            .map(|p| Account {
                id: p.id.0,
                whole_account: may_act_on_whole_account(&staff, &p.grants),
                grants: p.grants.iter().filter(|g| within_reach(&staff, g)).map(Grant::from).collect(),
                email: p.email,
                active: p.active,
            })
            .collect(),
    ))
}

/// Invites a person by e-mail with roles in this municipality and returns the one-time
/// link to hand over. An address that already has an account elsewhere gets the same
/// answer; its owner is asked, and nothing is granted until they accept.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/invitations", tag = "staff",
    params(("municipality" = String, Path)), request_body = InvitationRequest,
    responses((status = 200, body = InvitationLink), (status = 403, body = model::ErrorBody), (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn invite(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppJson(request): AppJson<InvitationRequest>,
) -> Result<Json<InvitationLink>> {
    let email = Email::parse(&request.email)?;
    check_roles(&request.roles)?;
    if request.roles.is_empty() {
        return Err(FieldError::new("roles", "error-required").into());
    }
    // Someone already working here is in the admin's own list: saying so reveals nothing.
    if let Some(existing) = app.store.credentials(email.as_str()).await? {
        if app.store.grants(existing.id).await?.iter().any(|g| g.municipality_id == Some(m)) {
            return Err(ApiError::Conflict(FieldError::new("email", "error-already-member")));
        }
    }
    let offers: Vec<Offer> =
        request.roles.iter().map(|&role| Offer { municipality_id: m, role, association_id: None }).collect();
    let roles: Vec<&str> = request.roles.iter().map(|r| r.code()).collect();
    let target = format!("{}: {}", email.as_str(), roles.join(","));
    let audit = Audit::new(Some(staff.account_id), Some(m), "invited", &target);
    Ok(Json(offer_to(&app, &email, &offers, m, staff.account_id, &audit).await?))
}

/// Replaces the account's roles in this municipality; its roles elsewhere stay. An
/// account with a region-wide role is a region-wide admin's to change.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/accounts/{id}/roles", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = RolesRequest,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_roles(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppPath((_municipality, id)): AppPath<(String, AccountId)>,
    AppJson(request): AppJson<RolesRequest>,
) -> Result<StatusCode> {
    check_roles(&request.roles)?;
    let (grants, email) = member(&app, m, id).await?;
    if is_region_wide(&grants) && !staff.is_region_wide(Role::Admin) {
        return Err(ApiError::Forbidden);
    }
    if id == staff.account_id && !request.roles.contains(&Role::Admin) && !staff.is_region_wide(Role::Admin) {
        // An admin cannot lock the municipality out by removing their own admin role.
        return Err(FieldError::new("roles", "error-own-admin-role").into());
    }
    let roles: Vec<&str> = request.roles.iter().map(|r| r.code()).collect();
    let target = format!("{email}: {}", roles.join(","));
    let audit = Audit::new(Some(staff.account_id), Some(m), "roles-changed", &target);
    app.store.set_roles(id, Some(m), &request.roles, &audit).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deactivates an account: its sessions and links end.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/accounts/{id}/deactivate", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn deactivate(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppPath((_municipality, id)): AppPath<(String, AccountId)>,
) -> Result<StatusCode> {
    let (grants, email) = member(&app, m, id).await?;
    whole_account(&staff, &grants)?;
    if id == staff.account_id {
        return Err(FieldError::new("account", "error-own-account").into());
    }
    let audit = Audit::new(Some(staff.account_id), Some(m), "deactivated", &email);
    app.store.set_active(id, false, &audit).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A one-time link that sets a new password (no e-mail server is assumed). It ends any
/// earlier link of the account.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/accounts/{id}/password-reset", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = InvitationLink), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn password_reset(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppPath((_municipality, id)): AppPath<(String, AccountId)>,
) -> Result<Json<InvitationLink>> {
    let (grants, email) = member(&app, m, id).await?;
    whole_account(&staff, &grants)?;
    let audit = Audit::new(Some(staff.account_id), Some(m), "password-reset-link", &email);
    Ok(Json(new_link(&app, id, Purpose::Reset, &[], m, staff.account_id, &audit).await?))
}
