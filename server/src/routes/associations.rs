//! The association side: an association applies to join, an admin approves it, and the
//! accounts acting for it keep its profile and activities current. An admin also runs
//! the municipality's own activities.

use axum::{
    extract::{DefaultBodyLimit, State},
    http::StatusCode,
    Json,
};
use model::{
    activities::{ActivityEdit, AssociationState, Created, StaffActivity, StatusChange},
    associations::{
        AssociationApplication, AssociationEdit, DecisionRequest, DecisionResponse, OrgNumber, StaffAssociation,
    },
    auth::{Email, Role},
    FieldError,
};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::state::AppState;
use crate::{
    access::{offer_to, AdminOf},
    auth::Staff,
    client::ClientIp,
    error::{ApiError, AppJson, AppPath, Result},
    extract::{self, invalid},
    ids::{ActivityId, AssociationId, MunicipalityId},
    store::{ApplyError, Audit, Offer},
};

pub fn router() -> OpenApiRouter<AppState> {
    let staff = OpenApiRouter::new()
        .routes(routes!(mine))
        .routes(routes!(all_in))
        .routes(routes!(decide))
        .routes(routes!(association, save_association))
        .routes(routes!(association_activities, create_association_activity))
        .routes(routes!(own_activities, create_own_activity))
        .routes(routes!(activity, save_activity))
        .routes(routes!(set_activity_status))
        // An activity's texts in every language run longer than the rest of the API's input.
        .layer(DefaultBodyLimit::max(STAFF_BODY_BYTES));
    OpenApiRouter::new().routes(routes!(apply)).merge(staff)
}

/// Room for every text of an activity at its longest, in every language, four bytes a
/// character at worst.
const STAFF_BODY_BYTES: usize = 64 * 1024;

/// May this person change the association: an admin of its municipality, or an account
/// acting for it once it is approved.
async fn editable(app: &AppState, staff: &Staff, id: AssociationId) -> Result<(MunicipalityId, StaffAssociation)> {
    let (m, association) = app.store.staff_association(id).await?.ok_or(ApiError::NotFound)?;
    let acting = association.state == AssociationState::Approved
        && staff.has(Role::Association, m)
        && app.store.acts_for(staff.account_id, id).await?;
    if acting || staff.has(Role::Admin, m) {
        Ok((m, association))
    } else {
        Err(ApiError::Forbidden)
    }
}

/// The activity and its municipality, if this person may change it.
async fn editable_activity(app: &AppState, staff: &Staff, id: ActivityId) -> Result<(MunicipalityId, StaffActivity)> {
    let (m, activity) = app.store.staff_activity(id).await?.ok_or(ApiError::NotFound)?;
    match activity.association_id {
        Some(association) => {
            editable(app, staff, AssociationId(association)).await?;
        }
        None => staff.require(Role::Admin, m)?,
    }
    Ok((m, activity))
}

/// An association asks to join. Nothing is shown until an admin approves it.
#[utoipa::path(post, path = "/municipalities/{municipality}/association-applications", tag = "activities",
    params(("municipality" = String, Path)), request_body = AssociationApplication,
    responses((status = 201), (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn apply(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppPath(municipality): AppPath<String>,
    AppJson(application): AppJson<AssociationApplication>,
) -> Result<StatusCode> {
    invalid(application.problems())?;
    let org_number = OrgNumber::parse(&application.org_number)?;
    let (m, _) = extract::municipality(&app, &municipality).await?;
    // Only well-formed applications count against the limit; bad ones store nothing.
    if !app.apply_limiter.check(&client).await? {
        return Err(ApiError::RateLimited);
    }
    let audit = Audit::new(None, Some(m), "association-applied", application.name.trim());
    match app.store.apply(m, &application, org_number.as_str(), AssociationState::Pending, false, Some(&audit)).await {
        Ok(_) => Ok(StatusCode::CREATED),
        Err(ApplyError::OrgNumberTaken) => {
            Err(ApiError::Conflict(FieldError::new("org_number", "error-org-number-taken")))
        }
        Err(ApplyError::Database(error)) => Err(error.into()),
    }
}

/// The associations the signed-in account acts for.
#[utoipa::path(get, path = "/staff/associations", tag = "staff",
    responses((status = 200, body = Vec<StaffAssociation>), (status = 401, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn mine(State(app): State<AppState>, staff: Staff) -> Result<Json<Vec<StaffAssociation>>> {
    Ok(Json(app.store.associations_of(staff.account_id).await?))
}

/// Every association of the municipality, applications waiting for a decision first.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/associations", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<StaffAssociation>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn all_in(
    State(app): State<AppState>,
    AdminOf { municipality: m, .. }: AdminOf,
) -> Result<Json<Vec<StaffAssociation>>> {
    Ok(Json(app.store.associations_in(m).await?))
}

/// Approves or rejects an application. An approval offers the contact's e-mail the
/// association role and returns the one-time link to hand over (see `access::offer_to`).
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/associations/{id}/decision", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = DecisionRequest,
    responses((status = 200, body = DecisionResponse), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn decide(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppPath((_municipality, id)): AppPath<(String, AssociationId)>,
    AppJson(decision): AppJson<DecisionRequest>,
) -> Result<Json<DecisionResponse>> {
    let (association_m, association) = app.store.staff_association(id).await?.ok_or(ApiError::NotFound)?;
    if association_m != m {
        return Err(ApiError::NotFound);
    }
    let state = if decision.approve { AssociationState::Approved } else { AssociationState::Rejected };
    let action = if decision.approve { "association-approved" } else { "association-rejected" };
    let audit = Audit::new(Some(staff.account_id), Some(m), action, &association.name);
    // A decision already made (perhaps by another admin a moment ago) is not made twice.
    if !app.store.decide(id, m, state, None, &audit).await? {
        return Err(ApiError::Conflict(FieldError::new("approve", "error-association-decided")));
    }
    if !decision.approve {
        return Ok(Json(DecisionResponse { invitation: None }));
    }
    // The contact is offered the association role, never granted it silently: an
    // existing account's owner accepts with their own password or after signing in.
    let email = Email::parse(&association.edit.contact.email)?;
    let offer = Offer { municipality_id: m, role: Role::Association, association_id: Some(id) };
    let audit = Audit::new(Some(staff.account_id), Some(m), "association-invited", &association.name);
    let link = offer_to(&app, &email, &[offer], m, staff.account_id, &audit).await?;
    Ok(Json(DecisionResponse { invitation: Some(link) }))
}

/// An association with its descriptions in every language.
#[utoipa::path(get, path = "/staff/associations/{id}", tag = "staff", params(("id" = i64, Path)),
    responses((status = 200, body = StaffAssociation), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn association(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<AssociationId>,
) -> Result<Json<StaffAssociation>> {
    Ok(Json(editable(&app, &staff, id).await?.1))
}

/// Saves what the association says about itself.
#[utoipa::path(put, path = "/staff/associations/{id}", tag = "staff", params(("id" = i64, Path)),
    request_body = AssociationEdit,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn save_association(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<AssociationId>,
    AppJson(edit): AppJson<AssociationEdit>,
) -> Result<StatusCode> {
    let (m, association) = editable(&app, &staff, id).await?;
    invalid(edit.problems())?;
    let audit = Audit::new(Some(staff.account_id), Some(m), "association-saved", &association.name);
    app.store.save_association(id, &edit, Some(&audit)).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn activities_of(
    app: &AppState,
    m: MunicipalityId,
    association: Option<AssociationId>,
) -> Result<Vec<StaffActivity>> {
    let mut activities = Vec::new();
    for id in app.store.activity_ids(m, association).await? {
        activities.extend(app.store.staff_activity(id).await?.map(|(_, a)| a));
    }
    Ok(activities)
}

/// The association's activities with every language's text.
#[utoipa::path(get, path = "/staff/associations/{id}/activities", tag = "staff", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<StaffActivity>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn association_activities(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<AssociationId>,
) -> Result<Json<Vec<StaffActivity>>> {
    let (m, _) = editable(&app, &staff, id).await?;
    Ok(Json(activities_of(&app, m, Some(id)).await?))
}

async fn create(
    app: &AppState,
    staff: &Staff,
    m: MunicipalityId,
    association: Option<AssociationId>,
    edit: &ActivityEdit,
) -> Result<Json<Created>> {
    invalid(edit.problems())?;
    // The audit entry's target is the new activity's id.
    let audit = Audit::new(Some(staff.account_id), Some(m), "activity-created", "");
    let id = app.store.save_activity(m, association, None, edit, false, Some(&audit)).await?;
    Ok(Json(Created { id: id.0 }))
}

/// A new activity of the association.
#[utoipa::path(post, path = "/staff/associations/{id}/activities", tag = "staff", params(("id" = i64, Path)),
    request_body = ActivityEdit,
    responses((status = 200, body = Created), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create_association_activity(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<AssociationId>,
    AppJson(edit): AppJson<ActivityEdit>,
) -> Result<Json<Created>> {
    let (m, _) = editable(&app, &staff, id).await?;
    create(&app, &staff, m, Some(id), &edit).await
}

/// The municipality's own activities (summer camp, swimming lessons, SFI).
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/activities", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<StaffActivity>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn own_activities(
    State(app): State<AppState>,
    AdminOf { municipality: m, .. }: AdminOf,
) -> Result<Json<Vec<StaffActivity>>> {
    Ok(Json(activities_of(&app, m, None).await?))
}

/// A new activity run by the municipality itself.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/activities", tag = "staff",
    params(("municipality" = String, Path)), request_body = ActivityEdit,
    responses((status = 200, body = Created), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create_own_activity(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppJson(edit): AppJson<ActivityEdit>,
) -> Result<Json<Created>> {
    create(&app, &staff, m, None, &edit).await
}

/// One activity with every language's text.
#[utoipa::path(get, path = "/staff/activities/{id}", tag = "staff", params(("id" = i64, Path)),
    responses((status = 200, body = StaffActivity), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn activity(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<ActivityId>,
) -> Result<Json<StaffActivity>> {
    Ok(Json(editable_activity(&app, &staff, id).await?.1))
}

/// Pauses an activity, marks it full or opens it again: one column, so a tap on a
/// leader's phone keeps whatever was saved in the console meanwhile.
#[utoipa::path(put, path = "/staff/activities/{id}/status", tag = "staff", params(("id" = i64, Path)),
    request_body = StatusChange,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_activity_status(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<ActivityId>,
    AppJson(change): AppJson<StatusChange>,
) -> Result<StatusCode> {
    let (m, _) = editable_activity(&app, &staff, id).await?;
    let target = id.to_string();
    let audit = Audit::new(Some(staff.account_id), Some(m), "activity-status", &target);
    if app.store.set_activity_status(id, change.status, &audit).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        // Removed between the check and the change.
        Err(ApiError::NotFound)
    }
}

/// Saves an activity, including pausing it or marking it full.
#[utoipa::path(put, path = "/staff/activities/{id}", tag = "staff", params(("id" = i64, Path)),
    request_body = ActivityEdit,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn save_activity(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<ActivityId>,
    AppJson(edit): AppJson<ActivityEdit>,
) -> Result<StatusCode> {
    let (m, activity) = editable_activity(&app, &staff, id).await?;
    invalid(edit.problems())?;
    let audit = Audit::new(Some(staff.account_id), Some(m), "activity-saved", "");
    app.store
        .save_activity(m, activity.association_id.map(AssociationId), Some(id), &edit, false, Some(&audit))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
