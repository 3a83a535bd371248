//! Signing in and out, one-time links, and the roles other municipalities offer.

use gloo_net::http::Method;
use model::auth::{AcceptInvitationRequest, Me, SignInRequest};

use super::{request, Failure, NO_BODY};

/// Who is signed in, with the CSRF token for this session.
pub async fn me() -> Result<Me, Failure> {
    request(Method::GET, "/api/auth/me", NO_BODY).await
}

pub async fn sign_in(credentials: &SignInRequest) -> Result<Me, Failure> {
    request(Method::POST, "/api/auth/sign-in", Some(credentials)).await
}

pub async fn sign_out() -> Result<(), Failure> {
    request(Method::POST, "/api/auth/sign-out", NO_BODY).await
}

/// Uses an invitation or reset link, and signs in.
pub async fn accept_invitation(acceptance: &AcceptInvitationRequest) -> Result<Me, Failure> {
    request(Method::POST, "/api/auth/invitations/accept", Some(acceptance)).await
}

pub async fn accept_offer(offer: i64) -> Result<(), Failure> {
    request(Method::POST, &format!("/api/staff/offers/{offer}/acceptance"), NO_BODY).await
}

pub async fn refuse_offer(offer: i64) -> Result<(), Failure> {
    request(Method::POST, &format!("/api/staff/offers/{offer}/refusal"), NO_BODY).await
}
