//! Associations and activities: an association's own accounts keep theirs, an admin
//! decides on applications and keeps the municipality's own activities.

use gloo_net::http::Method;
use model::{
    activities::{
        ActivityEdit, ActivityStatus, ActivityTitles, AssociationState, Created, StaffActivity, StatusChange,
    },
    associations::{AssociationEdit, DecisionRequest, DecisionResponse, StaffAssociation},
};
use serde::{Deserialize, Serialize};

use super::{request, staff, Failure, NO_BODY};

/// An association as the leaders' bundle reads it from the list of the leader's
/// associations, whose other fields (the whole profile) it has no use for: reading only
/// these keeps their code out of its download. Kept on the phone as it is (nothing
/// personal), so the desk opens after a reload without signal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssociationName {
    pub id: i64,
    pub name: String,
    pub state: AssociationState,
}

/// The associations the signed-in account acts for.
pub async fn my_associations() -> Result<Vec<StaffAssociation>, Failure> {
    request(Method::GET, "/api/staff/associations", NO_BODY).await
}

/// The same list as [`my_associations`], read as names alone (the association leaders'
/// bundle).
pub async fn my_association_names() -> Result<Vec<AssociationName>, Failure> {
    request(Method::GET, "/api/staff/associations", NO_BODY).await
}

/// Every association in the municipality, with the applications waiting.
pub async fn associations(municipality: &str) -> Result<Vec<StaffAssociation>, Failure> {
    request(Method::GET, &staff(municipality, "/associations"), NO_BODY).await
}

/// Approves or rejects an application; an approval brings a link for its contact.
pub async fn decide(
    municipality: &str,
    association: i64,
    decision: &DecisionRequest,
) -> Result<DecisionResponse, Failure> {
    request(Method::POST, &staff(municipality, &format!("/associations/{association}/decision")), Some(decision)).await
}

pub async fn association(id: i64) -> Result<StaffAssociation, Failure> {
    request(Method::GET, &format!("/api/staff/associations/{id}"), NO_BODY).await
}

pub async fn save_association(id: i64, profile: &AssociationEdit) -> Result<(), Failure> {
    request(Method::PUT, &format!("/api/staff/associations/{id}"), Some(profile)).await
}

pub async fn association_activities(association: i64) -> Result<Vec<StaffActivity>, Failure> {
    request(Method::GET, &format!("/api/staff/associations/{association}/activities"), NO_BODY).await
}

/// The association's activities as a payment names them: the same answer, titles alone.
pub async fn activity_titles(association: i64) -> Result<Vec<ActivityTitles>, Failure> {
    request(Method::GET, &format!("/api/staff/associations/{association}/activities"), NO_BODY).await
}

pub async fn add_association_activity(association: i64, activity: &ActivityEdit) -> Result<Created, Failure> {
    request(Method::POST, &format!("/api/staff/associations/{association}/activities"), Some(activity)).await
}

/// The municipality's own activities: summer camp, swimming lessons, SFI.
pub async fn own_activities(municipality: &str) -> Result<Vec<StaffActivity>, Failure> {
    request(Method::GET, &staff(municipality, "/activities"), NO_BODY).await
}

pub async fn add_own_activity(municipality: &str, activity: &ActivityEdit) -> Result<Created, Failure> {
    request(Method::POST, &staff(municipality, "/activities"), Some(activity)).await
}

pub async fn activity(id: i64) -> Result<StaffActivity, Failure> {
    request(Method::GET, &format!("/api/staff/activities/{id}"), NO_BODY).await
}

/// Pauses an activity, marks it full or opens it again, and nothing else.
pub async fn set_activity_status(id: i64, status: ActivityStatus) -> Result<(), Failure> {
    request(Method::PUT, &format!("/api/staff/activities/{id}/status"), Some(&StatusChange { status })).await
}

pub async fn save_activity(id: i64, activity: &ActivityEdit) -> Result<(), Failure> {
    request(Method::PUT, &format!("/api/staff/activities/{id}"), Some(activity)).await
}
