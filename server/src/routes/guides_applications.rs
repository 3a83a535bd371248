//! Becoming a guide: a volunteer applies without an account, a coordinator of the
//! municipality approves or rejects. An approval offers the volunteer's e-mail the guide
//! role through the one-time link that association approvals use (`access::offer_to`),
//! so an existing account is never given the role without its owner accepting it.

use axum::{extract::State, http::StatusCode, Json};
use model::{
    associations::{DecisionRequest, DecisionResponse},
    auth::{Email, Role},
    guides::{ApplicationState, GuideApplication, GuideApplicationView},
    FieldError,
};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    access::offer_to,
    client::ClientIp,
    error::{ApiError, AppJson, AppPath, Result},
    extract::{invalid, municipality},
    guides::Coordinator,
    mail::Letter,
    state::AppState,
    store::{Audit, Offer},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(apply)).routes(routes!(applications)).routes(routes!(decide))
}

/// A volunteer asks to become a guide. Nothing is shown until a coordinator approves.
#[utoipa::path(post, path = "/municipalities/{municipality}/guides/applications", tag = "guides",
    params(("municipality" = String, Path)), request_body = GuideApplication,
    responses((status = 201), (status = 404, body = model::ErrorBody), (status = 409, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn apply(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppPath(slug): AppPath<String>,
    AppJson(application): AppJson<GuideApplication>,
) -> Result<StatusCode> {
    invalid(application.problems())?;
    let email = Email::parse(&application.email)?;
    let (m, _) = municipality(&app, &slug).await?;
    // Only well-formed applications count against the limit; bad ones store nothing.
    if !app.apply_limiter.check(&client).await? {
        return Err(ApiError::RateLimited);
    }
    let audit = Audit::new(None, Some(m), "guide-applied", application.first_name.trim());
    if !app.store.add_guide_application(m, &application, email.as_str(), &audit).await? {
        return Err(ApiError::Conflict(FieldError::new("email", "error-guide-application-pending")));
    }
    Ok(StatusCode::CREATED)
}

/// The municipality's applications, those waiting for a decision first.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/guides/applications", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<GuideApplicationView>), (status = 401, body = model::ErrorBody),
        (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn applications(State(app): State<AppState>, who: Coordinator) -> Result<Json<Vec<GuideApplicationView>>> {
    Ok(Json(app.store.guide_applications(who.municipality).await?))
}

/// Approves or rejects an application. An approval offers the volunteer's e-mail the
/// guide role and answers the one-time link to hand over; when mail is set up, the
/// link is also sent to the volunteer, in the language they applied in.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/guides/applications/{id}/decision", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = DecisionRequest,
    responses((status = 200, body = DecisionResponse), (status = 401, body = model::ErrorBody),
        (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn decide(
    State(app): State<AppState>,
    Coordinator { municipality: m, staff }: Coordinator,
    AppPath((_slug, id)): AppPath<(String, i64)>,
    AppJson(decision): AppJson<DecisionRequest>,
) -> Result<Json<DecisionResponse>> {
    // Another municipality's application is not found here.
    let application = app.store.guide_application(m, id).await?.ok_or(ApiError::NotFound)?;
    let decided = || ApiError::Conflict(FieldError::new("approve", "error-guide-application-decided"));
    if application.state != ApplicationState::Pending {
        return Err(decided());
    }
    let (state, action) = if decision.approve {
        (ApplicationState::Approved, "guide-application-approved")
    } else {
        (ApplicationState::Rejected, "guide-application-rejected")
    };
    let audit = Audit::new(Some(staff.account_id), Some(m), action, &application.first_name);
    if !app.store.decide_guide_application(m, id, state, &audit).await? {
        return Err(decided());
    }
    if !decision.approve {
        return Ok(Json(DecisionResponse { invitation: None }));
    }
    let email = Email::parse(&application.email)?;
    let offer = Offer { municipality_id: m, role: Role::Guide, association_id: None };
    let audit = Audit::new(Some(staff.account_id), Some(m), "guide-invited", &application.first_name);
    let link = offer_to(&app, &email, &[offer], m, staff.account_id, &audit).await?;
    app.mailer.send(Letter::guide_invitation(&email, application.lang(), &link.path));
    Ok(Json(DecisionResponse { invitation: Some(link) }))
}
