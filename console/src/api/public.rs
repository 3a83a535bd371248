//! What anyone may read or send without an account, as the console uses it.

use gloo_net::http::Method;
use model::{activities::ActivityList, associations::AssociationApplication, orientation::Municipality};

use super::{request, Failure, NO_BODY};

pub async fn municipalities() -> Result<Vec<Municipality>, Failure> {
    request(Method::GET, "/api/municipalities", NO_BODY).await
}

/// The finder's first page, which also carries this year's fritidscheck amount.
pub async fn activities(municipality: &str) -> Result<ActivityList, Failure> {
    request(Method::GET, &format!("/api/municipalities/{municipality}/activities"), NO_BODY).await
}

/// An association asks to join the municipality's list.
pub async fn apply(municipality: &str, application: &AssociationApplication) -> Result<(), Failure> {
    let path = format!("/api/municipalities/{municipality}/association-applications");
    request(Method::POST, &path, Some(application)).await
}
