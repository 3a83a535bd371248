//! Signing in and out, who is signed in, and accepting an invitation or reset link.

use axum::{
    extract::State,
    http::{header, HeaderMap, StatusCode},
    routing::{get, post},
    Json, Router,
};
use model::auth::{AcceptInvitationRequest, Email, Grant, Me, NewPassword, SignInRequest};

use super::AppState;
use crate::{
    auth::{self, Staff},
    client::ClientIp,
    error::{ApiError, AppJson, Result},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/sign-in", post(sign_in))
        .route("/auth/sign-out", post(sign_out))
        .route("/auth/me", get(me))
        .route("/auth/invitations/accept", post(accept_invitation))
}

/// Starts a session: a fresh token (never one the client brought) in the cookie.
async fn start_session(app: &AppState, account_id: i64, email: String) -> Result<(HeaderMap, Json<Me>)> {
    let token = auth::new_token();
    let csrf_token = auth::new_token();
    app.store.create_session(account_id, &auth::token_hash(&token), &csrf_token).await?;
    let grants = app.store.grants(account_id).await?.iter().map(Grant::from).collect();
    let mut headers = HeaderMap::new();
    headers.insert(header::SET_COOKIE, auth::session_cookie(&token));
    headers.insert(header::CACHE_CONTROL, "no-store".parse().expect("valid"));
    Ok((headers, Json(Me { email, grants, csrf_token })))
}

/// Signs in with e-mail and password. An unknown e-mail and a wrong password get the
/// same answer in the same time; attempts are limited per account and per client.
#[utoipa::path(post, path = "/api/auth/sign-in", tag = "staff", request_body = SignInRequest,
    responses((status = 200, body = Me), (status = 401, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn sign_in(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppJson(request): AppJson<SignInRequest>,
) -> Result<(HeaderMap, Json<Me>)> {
    if !app.sign_in_per_client.check(&client) {
        return Err(ApiError::RateLimited);
    }
    let email = Email::parse(&request.email).map_err(|_| ApiError::SignInFailed)?;
    if !app.sign_in_per_account.check(&email.as_str().to_owned()) {
        return Err(ApiError::RateLimited);
    }
    if request.password.chars().count() > NewPassword::MAX_CHARS {
        return Err(ApiError::SignInFailed);
    }
    let credentials = app.store.credentials(email.as_str()).await?;
    let hash =
        credentials.as_ref().filter(|c| c.active && !c.password_hash.is_empty()).map(|c| c.password_hash.clone());
    let password = request.password;
    let verified = tokio::task::spawn_blocking(move || auth::verify_password(hash.as_deref(), &password))
        .await
        .map_err(|e| ApiError::Internal(e.into()))?;
    let Some(account) = credentials.filter(|_| verified) else { return Err(ApiError::SignInFailed) };
    app.store.audit(Some(account.id), None, "signed-in", email.as_str()).await?;
    start_session(&app, account.id, email.as_str().to_owned()).await
}

/// Ends the session here and now.
#[utoipa::path(post, path = "/api/auth/sign-out", tag = "staff", responses((status = 204), (status = 401, body = model::ErrorBody), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn sign_out(State(app): State<AppState>, staff: Staff) -> Result<(StatusCode, HeaderMap)> {
    app.store.delete_session(&staff.token_hash).await?;
    let mut headers = HeaderMap::new();
    headers.insert(header::SET_COOKIE, auth::expired_cookie());
    Ok((StatusCode::NO_CONTENT, headers))
}

/// Who is signed in, with their roles and the CSRF token for changes.
#[utoipa::path(get, path = "/api/auth/me", tag = "staff", responses((status = 200, body = Me), (status = 401, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn me(staff: Staff) -> Json<Me> {
    Json(Me {
        email: staff.email,
        grants: staff.grants.iter().map(Grant::from).collect(),
        csrf_token: staff.csrf_token,
    })
}

/// Sets the password from a one-time invitation or reset link, and signs in.
#[utoipa::path(post, path = "/api/auth/invitations/accept", tag = "staff", request_body = AcceptInvitationRequest,
    responses((status = 200, body = Me), (status = 410, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn accept_invitation(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppJson(request): AppJson<AcceptInvitationRequest>,
) -> Result<(HeaderMap, Json<Me>)> {
    if !app.sign_in_per_client.check(&client) {
        return Err(ApiError::RateLimited);
    }
    let password = NewPassword::parse(&request.password)?;
    let hash = tokio::task::spawn_blocking(move || auth::hash_password(password.expose()))
        .await
        .map_err(|e| ApiError::Internal(e.into()))?;
    let account_id = app
        .store
        .redeem_invitation(&auth::token_hash(&request.token), &hash)
        .await?
        .ok_or(ApiError::InvitationInvalid)?;
    let email = app.store.account_email(account_id).await?.ok_or(ApiError::InvitationInvalid)?;
    app.store.audit(Some(account_id), None, "password-set", &email).await?;
    start_session(&app, account_id, email).await
}
