//! Who may act on what: one rule per kind of object, checked on the server. A staff
//! account acts only within the municipalities it holds a role in; what acts on a whole
//! account needs an admin of every municipality where that account holds a role.

use axum::{
    extract::{FromRequestParts, RawPathParams},
    http::request::Parts,
};
use model::auth::{Email, InvitationLink, Role};

use crate::{
    auth::{self, Staff},
    error::{ApiError, Result},
    extract,
    ids::{AccountId, MunicipalityId},
    state::AppState,
    store::{now, Audit, NewLink, Offer, Purpose, StoredGrant},
};

/// How long an invitation or reset link works.
pub const LINK_LIFETIME_SECS: i64 = 7 * 24 * 60 * 60;

/// The municipality's id, if the signed-in account is an admin there (or region-wide).
async fn admin_of(app: &AppState, staff: &Staff, municipality: &str) -> Result<MunicipalityId> {
    let (id, _) = extract::municipality(app, municipality).await?;
    staff.require(Role::Admin, id)?;
    Ok(id)
}

/// Whether the caller administers every place where the account holds a role: a
/// municipality's admin for each municipal role, a region-wide admin for a region-wide
/// role. Only then may the caller reset the account's password or deactivate it.
pub fn may_act_on_whole_account(staff: &Staff, grants: &[StoredGrant]) -> bool {
    grants.iter().all(|g| within_reach(staff, g))
}

/// Whether the caller may see this grant of another account: the grants outside the
/// caller's municipalities are none of its business.
pub fn within_reach(staff: &Staff, grant: &StoredGrant) -> bool {
    match grant.municipality_id {
        Some(m) => staff.has(Role::Admin, m),
        None => staff.is_region_wide(Role::Admin),
    }
}

/// Whether the account holds a region-wide role: then only a region-wide admin touches it.
pub fn is_region_wide(grants: &[StoredGrant]) -> bool {
    grants.iter().any(|g| g.municipality_id.is_none())
}

/// A new one-time link for the account with the roles it offers, ending any earlier
/// link; written with its audit entry. The token goes after `#`: browsers never send a
/// fragment to a server.
pub async fn new_link(
    app: &AppState,
    account_id: AccountId,
    purpose: Purpose,
    offers: &[Offer],
    municipality_id: MunicipalityId,
    created_by: AccountId,
    audit: &Audit<'_>,
) -> Result<InvitationLink> {
    let token = auth::new_token();
    let expires_at = now() + LINK_LIFETIME_SECS;
    let hash = auth::token_hash(&token);
    let link = NewLink {
        account_id,
        purpose,
        municipality_id: Some(municipality_id),
        created_by: Some(created_by),
        token_hash: &hash,
        expires_at,
    };
    app.store.create_link(&link, offers, audit).await?;
    Ok(InvitationLink { path: format!("/staff/invitation#{token}"), expires_at })
}

/// Offers roles to whoever owns the e-mail address and returns the link to hand over.
/// A new address gets an account without a password; an existing account is granted
/// nothing until its owner accepts, by the link (with their own password) or after
/// signing in. The answer is the same either way, so it does not tell whether the
/// address has an account elsewhere in the installation.
pub async fn offer_to(
    app: &AppState,
    email: &Email,
    offers: &[Offer],
    municipality_id: MunicipalityId,
    created_by: AccountId,
    audit: &Audit<'_>,
) -> Result<InvitationLink> {
    let account_id = match app.store.create_account(email.as_str(), "", false).await? {
        Some(created) => created,
        None => app.store.credentials(email.as_str()).await?.ok_or(ApiError::NotFound)?.id,
    };
    new_link(app, account_id, Purpose::Invite, offers, municipality_id, created_by, audit).await
}

/// A signed-in admin of the municipality the path names (`{municipality}`), or a
/// region-wide admin: the check every municipality route makes, as an extractor.
pub struct AdminOf {
    pub municipality: MunicipalityId,
    pub staff: Staff,
}

impl FromRequestParts<AppState> for AdminOf {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<AdminOf> {
        let staff = Staff::from_request_parts(parts, app).await?;
        let slug = path_municipality(parts, app).await?;
        let municipality = admin_of(app, &staff, &slug).await?;
        Ok(AdminOf { municipality, staff })
    }
}

/// A signed-in admin of the whole region: the region's shared content and its figures
/// are theirs alone.
pub struct RegionAdmin(pub Staff);

impl FromRequestParts<AppState> for RegionAdmin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<RegionAdmin> {
        let staff = Staff::from_request_parts(parts, app).await?;
        if staff.is_region_wide(Role::Admin) {
            Ok(RegionAdmin(staff))
        } else {
            Err(ApiError::Forbidden)
        }
    }
}

/// What the orientation editor works on, the owner the path names (`{municipality}`): a
/// municipality, for its admin or a region-wide admin, or the region's shared content
/// (`shared`), which only a region-wide admin holds a role in. Every other
/// municipality route takes [`AdminOf`], which knows no shared content.
pub struct EditorOf {
    pub municipality: MunicipalityId,
    pub staff: Staff,
    pub shared: bool,
}

impl FromRequestParts<AppState> for EditorOf {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<EditorOf> {
        let staff = Staff::from_request_parts(parts, app).await?;
        let slug = path_municipality(parts, app).await?;
        let slug = model::orientation::Slug::parse("municipality", &slug)?;
        let (municipality, _, shared) = app.store.content_owner(slug.as_str()).await?.ok_or(ApiError::NotFound)?;
        staff.require(Role::Admin, municipality)?;
        Ok(EditorOf { municipality, staff, shared })
    }
}

/// The `{municipality}` of the request's path.
async fn path_municipality(parts: &mut Parts, app: &AppState) -> Result<String> {
    let params = RawPathParams::from_request_parts(parts, app).await.map_err(|_| ApiError::NotFound)?;
    let slug = params.iter().find(|(name, _)| *name == "municipality").map(|(_, value)| value.to_owned());
    slug.ok_or(ApiError::NotFound)
}
