//! What the Sportotek's routes share: who may act as its staff, whether an object
//! belongs to the municipality the path names, and the answer to a refused loan.

use axum::{
    extract::{FromRequestParts, RawPathParams},
    http::request::Parts,
};
use model::{auth::Role, sportotek::Refusal, FieldError};

use crate::{
    auth::Staff,
    error::{ApiError, Result},
    extract::municipality,
    ids::MunicipalityId,
    state::AppState,
    store::LoanError,
};

/// A signed-in member of the Sportotek's staff (role `sportotek`) or an admin of the
/// municipality the path names, or a region-wide one. Nobody from another municipality.
pub struct SportotekStaff {
    pub municipality: MunicipalityId,
    pub staff: Staff,
}

impl FromRequestParts<AppState> for SportotekStaff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<SportotekStaff> {
        let staff = Staff::from_request_parts(parts, app).await?;
        let params = RawPathParams::from_request_parts(parts, app).await.map_err(|_| ApiError::NotFound)?;
        let slug = params.iter().find(|(name, _)| *name == "municipality").map(|(_, value)| value.to_owned());
        let (m, _) = municipality(app, &slug.ok_or(ApiError::NotFound)?).await?;
        if !staff.has(Role::Sportotek, m) && !staff.has(Role::Admin, m) {
            return Err(ApiError::Forbidden);
        }
        Ok(SportotekStaff { municipality: m, staff })
    }
}

/// The municipality whose Sportotek the path names, for staff routes' object checks.
pub fn same_municipality(owner: MunicipalityId, m: MunicipalityId) -> Result<()> {
    if owner == m {
        Ok(())
    } else {
        Err(ApiError::NotFound)
    }
}

/// The answer to a loan the store refused.
pub fn refusal(error: LoanError) -> ApiError {
    match error {
        // A size or copy the municipality does not have (any more) depends on what is
        // stored, as a taken day does: 409 with the field named.
        LoanError::UnknownSize => ApiError::Conflict(FieldError::new("size_id", "error-sportotek-unknown-size")),
        LoanError::UnknownCopy => ApiError::Conflict(FieldError::new("copy_id", "error-sportotek-unknown-copy")),
        LoanError::Refused(Refusal::Invalid(why)) => why.into(),
        LoanError::Refused(Refusal::Taken(why)) => ApiError::Conflict(why),
        LoanError::Limit => ApiError::Conflict(FieldError::new("contact", "error-sportotek-limit")),
        LoanError::KeyReused => ApiError::Conflict(FieldError::new("idempotency_key", "error-idempotency-key-reused")),
        LoanError::WrongState => ApiError::Conflict(FieldError::new("state", "error-sportotek-loan-state")),
        LoanError::Database(error) => error.into(),
    }
}
