//! Accounts and their roles in one municipality.

use gloo_net::http::Method;
use model::auth::{Account, InvitationLink, InvitationRequest, RolesRequest};

use super::{request, staff, Failure, NO_BODY};

pub async fn people(municipality: &str) -> Result<Vec<Account>, Failure> {
    request(Method::GET, &staff(municipality, "/accounts"), NO_BODY).await
}

/// A one-time link for a new account, or for new roles of an existing one.
pub async fn invite(municipality: &str, invitation: &InvitationRequest) -> Result<InvitationLink, Failure> {
    request(Method::POST, &staff(municipality, "/invitations"), Some(invitation)).await
}

pub async fn set_roles(municipality: &str, account: i64, roles: &RolesRequest) -> Result<(), Failure> {
    request(Method::PUT, &staff(municipality, &format!("/accounts/{account}/roles")), Some(roles)).await
}

pub async fn deactivate(municipality: &str, account: i64) -> Result<(), Failure> {
    request(Method::POST, &staff(municipality, &format!("/accounts/{account}/deactivate")), NO_BODY).await
}

/// A one-time link with which the account's owner chooses a new password.
pub async fn password_reset(municipality: &str, account: i64) -> Result<InvitationLink, Failure> {
    request(Method::POST, &staff(municipality, &format!("/accounts/{account}/password-reset")), NO_BODY).await
}
