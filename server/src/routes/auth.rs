//! Signing in and out, who is signed in, and accepting an invitation or reset link.

use axum::{
    extract::State,
    http::{header, HeaderMap, StatusCode},
    Json,
};
use model::auth::{AcceptInvitationRequest, Email, Grant, Me, NewPassword, SignInRequest};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::state::AppState;
use crate::{
    auth::{self, Staff},
    client::ClientIp,
    error::{ApiError, AppJson, Result},
    ids::AccountId,
    store::Purpose,
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(sign_in))
        .routes(routes!(sign_out))
        .routes(routes!(me))
        .routes(routes!(accept_invitation))
}

/// Starts a session: a fresh token (never one the client brought) in the cookie.
async fn start_session(app: &AppState, account_id: AccountId, email: String) -> Result<(HeaderMap, Json<Me>)> {
    let token = auth::new_token();
    let csrf_token = auth::new_token();
    app.store.create_session(account_id, &auth::token_hash(&token), &csrf_token).await?;
    let grants = app.store.grants(account_id).await?.iter().map(Grant::from).collect();
    let offers = app.store.offers_to(account_id).await?;
    let mut headers = HeaderMap::new();
    headers.insert(header::SET_COOKIE, auth::session_cookie(&token));
    headers.insert(header::CACHE_CONTROL, "no-store".parse().expect("valid"));
    Ok((headers, Json(Me { email, grants, csrf_token, offers })))
}

/// Signs in with e-mail and password. An unknown e-mail and a wrong password get the
/// same answer in the same time. Attempts are limited per client, and wrong passwords per
/// account and client, so a guesser elsewhere cannot lock the account's owner out.
#[utoipa::path(post, path = "/auth/sign-in", tag = "staff", request_body = SignInRequest,
    responses((status = 200, body = Me), (status = 401, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn sign_in(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppJson(request): AppJson<SignInRequest>,
) -> Result<(HeaderMap, Json<Me>)> {
    if !app.sign_in_per_client.check(&client).await? {
        return Err(ApiError::RateLimited);
    }
    let email = Email::parse(&request.email).map_err(|_| ApiError::SignInFailed)?;
    if request.password.chars().count() > NewPassword::MAX_CHARS {
        return Err(ApiError::SignInFailed);
    }
    let attempt = (email.as_str().to_owned(), client);
    if !app.sign_in_failures.begin(&attempt).await? {
        return Err(ApiError::RateLimited);
    }
    let credentials = app.store.credentials(email.as_str()).await?;
    let hash =
        credentials.as_ref().filter(|c| c.active && !c.password_hash.is_empty()).map(|c| c.password_hash.clone());
    let verified = auth::verify_password_limited(hash, request.password).await?;
    let known_id = credentials.as_ref().map(|c| c.id);
    let Some(account) = credentials.filter(|_| verified) else {
        app.store.audit(known_id, None, "sign-in-failed", email.as_str()).await?;
        return Err(ApiError::SignInFailed);
    };
    app.sign_in_failures.succeeded(&attempt).await?;
    app.store.audit(Some(account.id), None, "signed-in", email.as_str()).await?;
    start_session(&app, account.id, email.as_str().to_owned()).await
}

/// Ends the session here and now.
#[utoipa::path(post, path = "/auth/sign-out", tag = "staff", responses((status = 204), (status = 401, body = model::ErrorBody), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn sign_out(State(app): State<AppState>, staff: Staff) -> Result<(StatusCode, HeaderMap)> {
    app.store.delete_session(&staff.token_hash).await?;
    let mut headers = HeaderMap::new();
    headers.insert(header::SET_COOKIE, auth::expired_cookie());
    Ok((StatusCode::NO_CONTENT, headers))
}

/// Who is signed in, with their roles, the roles offered to them and the CSRF token for
/// changes.
#[utoipa::path(get, path = "/auth/me", tag = "staff", responses((status = 200, body = Me), (status = 401, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn me(State(app): State<AppState>, staff: Staff) -> Result<Json<Me>> {
    Ok(Json(Me {
        offers: app.store.offers_to(staff.account_id).await?,
        email: staff.email,
        grants: staff.grants.iter().map(Grant::from).collect(),
        csrf_token: staff.csrf_token,
    }))
}

/// Uses a one-time link and signs in. A reset link, or an invitation for a new account,
/// sets the password given. An invitation for an account that has a password asks for
/// that password and never changes it: the link's holder must be the account's owner.
/// Accepting an invitation grants the roles its municipality offered.
#[utoipa::path(post, path = "/auth/invitations/accept", tag = "staff", request_body = AcceptInvitationRequest,
    responses((status = 200, body = Me), (status = 401, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn accept_invitation(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppJson(request): AppJson<AcceptInvitationRequest>,
) -> Result<(HeaderMap, Json<Me>)> {
    if !app.sign_in_per_client.check(&client).await? {
        return Err(ApiError::RateLimited);
    }
    if request.token.len() > 64 || request.password.chars().count() > NewPassword::MAX_CHARS {
        return Err(ApiError::InvitationInvalid);
    }
    let token_hash = auth::token_hash(&request.token);
    // The token first: a dead link costs no hashing, and a deactivated account's link is
    // refused here without an audit entry.
    let link = app.store.live_link(&token_hash).await?.ok_or(ApiError::InvitationInvalid)?;
    let new_hash = if link.purpose == Purpose::Reset || link.password_hash.is_empty() {
        let password = NewPassword::parse(&request.password)?;
        Some(auth::hash_password_limited(password.expose().to_owned()).await?)
    } else {
        // The account's own password, asked for as at sign-in: wrong guesses count
        // against the same limit, and are audited the same way.
        let attempt = (link.email.clone(), client);
        if !app.sign_in_failures.begin(&attempt).await? {
            return Err(ApiError::RateLimited);
        }
        if !auth::verify_password_limited(Some(link.password_hash), request.password).await? {
            app.store.audit(Some(link.account_id), None, "sign-in-failed", &link.email).await?;
            return Err(ApiError::SignInFailed);
        }
        app.sign_in_failures.succeeded(&attempt).await?;
        None
    };
    let (account_id, email) =
        app.store.use_link(&token_hash, new_hash.as_deref()).await?.ok_or(ApiError::InvitationInvalid)?;
    start_session(&app, account_id, email).await
}
