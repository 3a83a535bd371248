//! The fritidscheck: staff set each year's terms and issue vouchers, a guardian checks a
//! balance by code, an association redeems and may reverse, staff settle and export.
//! Wire types and rules: `model::vouchers`; the API in one table: docs/vouchers.md.

use axum::{
    extract::{DefaultBodyLimit, State},
    http::StatusCode,
    response::Response,
    Json,
};
use model::{
    activities::AssociationState,
    auth::Role,
    schedule::Day,
    voucher::VoucherCode,
    vouchers::{
        AssociationVouchers, CodeRequest, ImportReport, ImportRequest, IssueRequest, Receipt, RedeemRequest,
        ReversalRequest, Settlement, SettlementRequest, StaffVoucher, VoucherBalance, VoucherCheck, VoucherStats,
        VoucherYear,
    },
    FieldError,
};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::state::AppState;
use crate::{
    access::AdminOf,
    auth::Staff,
    bookkeeping,
    calendar::swedish_now,
    client::ClientIp,
    error::{ApiError, AppJson, AppPath, AppQuery, Result},
    extract::{self, invalid},
    ids::{ActivityId, AssociationId, MunicipalityId, RedemptionId, SettlementId, VoucherId},
    store::{new_code, Audit, Payment, RedeemError, Redeemed, Redeemer, ReverseError},
};

/// A CSV of a few thousand children; everything else is a few fields.
const IMPORT_BODY_BYTES: usize = 1024 * 1024;

pub fn router() -> OpenApiRouter<AppState> {
    let import = OpenApiRouter::new().routes(routes!(import)).layer(DefaultBodyLimit::max(IMPORT_BODY_BYTES));
    OpenApiRouter::new()
        .routes(routes!(balance))
        .routes(routes!(terms, save_terms))
        .routes(routes!(list, issue))
        .routes(routes!(revoke))
        .routes(routes!(stats))
        .routes(routes!(preview))
        .routes(routes!(settlements, close))
        .routes(routes!(settlement))
        .routes(routes!(pay))
        .routes(routes!(export_csv))
        .routes(routes!(export_sie))
        .routes(routes!(check))
        .routes(routes!(redeem))
        .routes(routes!(association_vouchers))
        .routes(routes!(reverse))
        .merge(import)
}

fn today() -> Day {
    swedish_now().0
}

/// A guardian's look at a voucher: the balance, the validity, every use and the child's
/// birth year. No name.
#[utoipa::path(post, path = "/vouchers/balance", tag = "vouchers", request_body = CodeRequest,
    responses((status = 200, body = VoucherBalance), (status = 404, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn balance(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppJson(request): AppJson<CodeRequest>,
) -> Result<Json<VoucherBalance>> {
    if !app.voucher_lookups.check(&client).await? {
        return Err(ApiError::RateLimited);
    }
    let code = card_code(&request.code)?;
    let voucher = app.store.voucher_by_code(&code).await?;
    app.store
        .log_lookup(voucher.as_ref().map(|v| v.id), None, &app.client_hashes.hash(&client.to_string()).await?)
        .await?;
    let voucher = voucher.ok_or(ApiError::NotFound)?;
    Ok(Json(VoucherBalance {
        code: code.to_string(),
        year: voucher.year,
        birth_year: voucher.birth_year,
        amount_ore: voucher.amount_ore,
        balance_ore: voucher.balance_ore,
        valid_from: voucher.valid_from,
        valid_until: voucher.valid_until,
        state: voucher.state(today()),
        uses: app.store.voucher_uses(voucher.id).await?,
    }))
}

/// A year's terms: amount, validity, ages and bookkeeping accounts.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/voucher-years/{year}", tag = "staff",
    params(("municipality" = String, Path), ("year" = i32, Path, minimum = 2000, maximum = 2999)),
    responses((status = 200, body = VoucherYear), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn terms(
    State(app): State<AppState>,
    AdminOf { municipality: m, .. }: AdminOf,
    AppPath((_municipality, year)): AppPath<(String, i32)>,
) -> Result<Json<VoucherYear>> {
    Ok(Json(app.store.voucher_terms(m, extract::year(Some(year))?).await?))
}

/// Sets a year's terms. Vouchers already issued keep theirs.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/voucher-years/{year}", tag = "staff",
    params(("municipality" = String, Path), ("year" = i32, Path, minimum = 2000, maximum = 2999)), request_body = VoucherYear,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn save_terms(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppPath((_municipality, year)): AppPath<(String, i32)>,
    AppJson(terms): AppJson<VoucherYear>,
) -> Result<StatusCode> {
    invalid(terms.problems())?;
    if terms.year != year {
        return Err(FieldError::new("year", "error-voucher-year").into());
    }
    let target = year.to_string();
    let audit = Audit::new(Some(staff.account_id), Some(m), "voucher-terms-saved", &target);
    app.store.save_voucher_year(m, &terms, today().year(), &audit).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    #[param(minimum = 2000, maximum = 2999)]
    year: i32,
    #[serde(default)]
    unused: bool,
}

/// The year's vouchers, or only the unused ones (to reach the families who have not
/// used theirs).
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/vouchers", tag = "staff",
    params(("municipality" = String, Path), ListParams),
    responses((status = 200, body = Vec<StaffVoucher>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(
    State(app): State<AppState>,
    AdminOf { municipality: m, .. }: AdminOf,
    AppQuery(params): AppQuery<ListParams>,
) -> Result<Json<Vec<StaffVoucher>>> {
    let today = today();
    let vouchers = app.store.vouchers(m, extract::year(Some(params.year))?, params.unused).await?;
    Ok(Json(vouchers.iter().map(|v| v.staff(today)).collect()))
}

/// Issues one voucher.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/vouchers", tag = "staff",
    params(("municipality" = String, Path)), request_body = IssueRequest,
    responses((status = 201, body = StaffVoucher), (status = 403, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn issue(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppJson(child): AppJson<IssueRequest>,
) -> Result<(StatusCode, Json<StaffVoucher>)> {
    let terms = app.store.voucher_terms(m, extract::year(Some(child.year))?).await?;
    // An age outside the year's terms alone conflicts with the terms as stored (409),
    // which staff can change; with other problems, all of them together (422).
    let mut problems = child.problems(&terms);
    if problems.len() == 1 && problems[0].message_id == "error-voucher-age" {
        return Err(ApiError::Conflict(problems.remove(0)));
    }
    invalid(problems)?;
    let audit = Audit::new(Some(staff.account_id), Some(m), "voucher-issued", "");
    let ids = app
        .store
        .issue_vouchers(m, &terms, std::slice::from_ref(&child), Some(staff.account_id), &mut new_code, Some(&audit))
        .await?;
    let voucher = app.store.voucher(ids[0]).await?.ok_or(ApiError::NotFound)?;
    Ok((StatusCode::CREATED, Json(voucher.staff(today()))))
}

/// Issues vouchers from a CSV file. With any row rejected, nothing is issued unless
/// `skip_invalid` says to issue the good rows.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/voucher-imports", tag = "staff",
    params(("municipality" = String, Path)), request_body = ImportRequest,
    responses((status = 200, body = ImportReport), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn import(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppJson(request): AppJson<ImportRequest>,
) -> Result<Json<ImportReport>> {
    let year = extract::year(Some(request.year))?;
    let terms = app.store.voucher_terms(m, year).await?;
    let rows = bookkeeping::read_children(&request.csv, year)?;
    let issued = app.store.already_issued(m, year).await?;
    let (children, rejected) = bookkeeping::screen(rows, &terms, &issued);
    if children.is_empty() || (!rejected.is_empty() && !request.skip_invalid) {
        return Ok(Json(ImportReport { imported: 0, rejected, vouchers: vec![] }));
    }
    let count = children.len().to_string();
    let audit = Audit::new(Some(staff.account_id), Some(m), "vouchers-imported", &count);
    let ids =
        app.store.issue_vouchers(m, &terms, &children, Some(staff.account_id), &mut new_code, Some(&audit)).await?;
    let today = today();
    // One read of the year's vouchers, in the order of the file (ids grow as issued).
    let issued: std::collections::HashSet<VoucherId> = ids.iter().copied().collect();
    let mut vouchers: Vec<StaffVoucher> = app
        .store
        .vouchers(m, year, false)
        .await?
        .iter()
        .filter(|v| issued.contains(&v.id))
        .map(|v| v.staff(today))
        .collect();
    vouchers.sort_by_key(|v| v.id);
    Ok(Json(ImportReport { imported: ids.len(), rejected, vouchers }))
}

/// Revokes a voucher, e.g. a lost card: it can no longer be used.
#[utoipa::path(post, path = "/staff/vouchers/{id}/revocation", tag = "staff", params(("id" = i64, Path)),
    request_body = ReversalRequest,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn revoke(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<VoucherId>,
    AppJson(request): AppJson<ReversalRequest>,
) -> Result<StatusCode> {
    let voucher = app.store.voucher(id).await?.ok_or(ApiError::NotFound)?;
    staff.require(Role::Admin, voucher.municipality_id)?;
    invalid(request.problems())?;
    let target = id.to_string();
    let audit = Audit::new(Some(staff.account_id), Some(voucher.municipality_id), "voucher-revoked", &target);
    if !app.store.revoke_voucher(id, request.reason.trim(), &audit).await? {
        return Err(ApiError::Conflict(FieldError::new("id", "error-voucher-revoked")));
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct YearParams {
    #[param(minimum = 2000, maximum = 2999)]
    year: i32,
}

/// The year's numbers by age band, association and month. Nothing identifies a child.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/voucher-stats", tag = "staff",
    params(("municipality" = String, Path), YearParams),
    responses((status = 200, body = VoucherStats), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn stats(
    State(app): State<AppState>,
    AdminOf { municipality: m, .. }: AdminOf,
    AppQuery(params): AppQuery<YearParams>,
) -> Result<Json<VoucherStats>> {
    Ok(Json(app.store.voucher_stats(m, extract::year(Some(params.year))?).await?))
}

/// The association by id, if it belongs to municipality `m`.
async fn association_in(
    app: &AppState,
    m: MunicipalityId,
    id: AssociationId,
) -> Result<model::associations::StaffAssociation> {
    match app.store.staff_association(id).await? {
        Some((association_m, association)) if association_m == m => Ok(association),
        _ => Err(ApiError::NotFound),
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PreviewParams {
    #[param(value_type = i64)]
    association: AssociationId,
    #[param(value_type = String, format = Date, pattern = "^2[0-9]{3}-[0-9]{2}-[0-9]{2}$")]
    from: Day,
    #[param(value_type = String, format = Date, pattern = "^2[0-9]{3}-[0-9]{2}-[0-9]{2}$")]
    until: Day,
}

/// What closing a settlement for the association and period would cover.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/settlement-preview", tag = "staff",
    params(("municipality" = String, Path), PreviewParams),
    responses((status = 200, body = Settlement), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn preview(
    State(app): State<AppState>,
    AdminOf { municipality: m, .. }: AdminOf,
    AppQuery(params): AppQuery<PreviewParams>,
) -> Result<Json<Settlement>> {
    // A period that ends before it starts holds no redemptions: its preview is empty.
    let association = association_in(&app, m, params.association).await?;
    Ok(Json(
        app.store
            .settlement_preview(AssociationId(association.id), &association.name, params.from, params.until)
            .await?,
    ))
}

/// Closes a settlement: the period's open lines become the association's claim on the
/// municipality, and the association can no longer reverse them.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/settlements", tag = "staff",
    params(("municipality" = String, Path)), request_body = SettlementRequest,
    responses((status = 201, body = Settlement), (status = 403, body = model::ErrorBody), (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn close(
    State(app): State<AppState>,
    AdminOf { municipality: m, staff }: AdminOf,
    AppJson(request): AppJson<SettlementRequest>,
) -> Result<(StatusCode, Json<Settlement>)> {
    // A period that ends before it starts holds nothing to settle (409, as any empty one).
    let association = association_in(&app, m, AssociationId(request.association_id)).await?;
    let closed = app
        .store
        .close_settlement(m, AssociationId(association.id), request.from, request.until, staff.account_id, today())
        .await?;
    let id = closed.ok_or_else(|| ApiError::Conflict(FieldError::new("until", "error-settlement-empty")))?;
    let (_, settlement) = app.store.settlement(id).await?.ok_or(ApiError::NotFound)?;
    Ok((StatusCode::CREATED, Json(settlement)))
}

/// The municipality's settlements, newest first.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/settlements", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<Settlement>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settlements(
    State(app): State<AppState>,
    AdminOf { municipality: m, .. }: AdminOf,
) -> Result<Json<Vec<Settlement>>> {
    Ok(Json(app.store.settlements(m, None).await?))
}

/// A settlement with its lines, for an admin of its municipality.
async fn admin_settlement(app: &AppState, staff: &Staff, id: SettlementId) -> Result<(MunicipalityId, Settlement)> {
    let (m, settlement) = app.store.settlement(id).await?.ok_or(ApiError::NotFound)?;
    staff.require(Role::Admin, m)?;
    Ok((m, settlement))
}

/// One settlement with every line.
#[utoipa::path(get, path = "/staff/settlements/{id}", tag = "staff", params(("id" = i64, Path)),
    responses((status = 200, body = Settlement), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settlement(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<SettlementId>,
) -> Result<Json<Settlement>> {
    Ok(Json(admin_settlement(&app, &staff, id).await?.1))
}

/// Marks a settlement paid.
#[utoipa::path(post, path = "/staff/settlements/{id}/payment", tag = "staff", params(("id" = i64, Path)),
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn pay(State(app): State<AppState>, staff: Staff, AppPath(id): AppPath<SettlementId>) -> Result<StatusCode> {
    let (m, _) = admin_settlement(&app, &staff, id).await?;
    let target = id.to_string();
    let audit = Audit::new(Some(staff.account_id), Some(m), "settlement-paid", &target);
    if !app.store.mark_paid(id, staff.account_id, today(), &audit).await? {
        return Err(ApiError::Conflict(FieldError::new("id", "error-settlement-paid")));
    }
    Ok(StatusCode::NO_CONTENT)
}

/// The settlement as CSV: every line and the total.
#[utoipa::path(get, path = "/staff/settlements/{id}/export.csv", tag = "staff", params(("id" = i64, Path)),
    responses((status = 200, content_type = "text/csv"), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn export_csv(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<SettlementId>,
) -> Result<Response> {
    let (_, settlement) = admin_settlement(&app, &staff, id).await?;
    let org_number =
        app.store.staff_association(AssociationId(settlement.association_id)).await?.map(|(_, a)| a.org_number);
    let csv = bookkeeping::settlement_csv(&settlement, id.0, &org_number.unwrap_or_default());
    Ok(bookkeeping::download("text/csv; charset=utf-8", format!("fritidscheck-avrakning-{id}.csv"), csv))
}

/// The settlement as an SIE 4 file for the ledger.
#[utoipa::path(get, path = "/staff/settlements/{id}/export.se", tag = "staff", params(("id" = i64, Path)),
    responses((status = 200, content_type = "application/octet-stream"), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn export_sie(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<SettlementId>,
) -> Result<Response> {
    let (m, settlement) = admin_settlement(&app, &staff, id).await?;
    let name = app.store.municipality_name(m).await?.unwrap_or_default();
    let year = settlement.closed_on.map_or_else(|| today().year(), Day::year);
    let terms = app.store.voucher_terms(m, year).await?;
    let sie = bookkeeping::settlement_sie(&settlement, id.0, &name, &terms, today());
    Ok(bookkeeping::download("application/octet-stream", format!("fritidscheck-avrakning-{id}.se"), sie))
}

/// The association, if this account acts for it while it is approved, or (unless
/// `redeeming`) is an admin of its municipality. A rejected association's accounts lose
/// its redemptions, its children's first names and its reversals.
async fn acting(app: &AppState, staff: &Staff, id: AssociationId, redeeming: bool) -> Result<(MunicipalityId, String)> {
    let (m, association) = app.store.staff_association(id).await?.ok_or(ApiError::NotFound)?;
    let member = staff.has(Role::Association, m) && app.store.acts_for(staff.account_id, id).await?;
    // Staff may look, but only the association's own accounts redeem.
    let staff_looking = staff.has(Role::Admin, m) && !redeeming;
    if !member && !staff_looking {
        return Err(ApiError::Forbidden);
    }
    if member && !staff_looking && association.state != AssociationState::Approved {
        // The leader learns why a payment cannot be taken; nothing else is shown.
        return Err(if redeeming {
            ApiError::Conflict(FieldError::new("association", "error-association-not-approved"))
        } else {
            ApiError::Forbidden
        });
    }
    Ok((m, association.name))
}

/// An association looks a code up before it redeems: the child's first name and birth
/// year to check against, the balance and the validity. Rate-limited and logged.
#[utoipa::path(post, path = "/staff/associations/{id}/voucher-checks", tag = "staff", params(("id" = i64, Path)),
    request_body = CodeRequest,
    responses((status = 200, body = VoucherCheck), (status = 403, body = model::ErrorBody),
        (status = 404, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn check(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<AssociationId>,
    AppJson(request): AppJson<CodeRequest>,
) -> Result<Json<VoucherCheck>> {
    let (m, _) = acting(&app, &staff, id, true).await?;
    if !app.voucher_checks.check(&staff.account_id).await? {
        return Err(ApiError::RateLimited);
    }
    let code = card_code(&request.code)?;
    let voucher = app.store.voucher_by_code(&code).await?.filter(|v| v.municipality_id == m);
    app.store.log_lookup(voucher.as_ref().map(|v| v.id), Some(staff.account_id), "").await?;
    Ok(Json(voucher.ok_or(ApiError::NotFound)?.check(today())))
}

/// Takes a payment from a voucher. The same idempotency key again returns the first
/// receipt with 200; a new redemption answers 201.
#[utoipa::path(post, path = "/staff/associations/{id}/redemptions", tag = "staff", params(("id" = i64, Path)),
    request_body = RedeemRequest,
    responses((status = 201, body = Receipt), (status = 200, body = Receipt), (status = 403, body = model::ErrorBody),
        (status = 404, body = model::ErrorBody), (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn redeem(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<AssociationId>,
    AppJson(request): AppJson<RedeemRequest>,
) -> Result<(StatusCode, Json<Receipt>)> {
    let (m, association) = acting(&app, &staff, id, true).await?;
    let redemption = request.parse().map_err(ApiError::Invalid)?;
    if !app.voucher_checks.check(&staff.account_id).await? {
        return Err(ApiError::RateLimited);
    }
    let code = redemption.code.ok_or(ApiError::NotFound)?;
    let activity = match redemption.activity_id {
        None => None,
        Some(activity_id) => {
            let (_, activity) = app.store.staff_activity(ActivityId(activity_id)).await?.ok_or_else(not_theirs)?;
            if activity.association_id != Some(id.0) {
                return Err(not_theirs());
            }
            let title = activity.edit.texts.get("sv").map(|t| t.title.clone()).unwrap_or_default();
            Some((activity_id, title))
        }
    };
    let by =
        Redeemer { association_id: id, association: &association, municipality_id: m, account_id: staff.account_id };
    let payment = Payment {
        code: &code,
        amount_ore: redemption.amount.ore(),
        activity,
        idempotency_key: redemption.idempotency_key.as_str(),
    };
    match app.store.redeem(&by, &payment, today()).await {
        Ok(Redeemed::New(receipt)) => {
            app.metrics.redemptions.inc();
            Ok((StatusCode::CREATED, Json(receipt)))
        }
        Ok(Redeemed::Replayed(receipt)) => Ok((StatusCode::OK, Json(receipt))),
        Err(RedeemError::UnknownCode) => {
            app.store.log_lookup(None, Some(staff.account_id), "").await?;
            Err(ApiError::NotFound)
        }
        Err(RedeemError::Refused(why)) => Err(ApiError::Conflict(why)),
        Err(RedeemError::KeyReused) => {
            Err(ApiError::Conflict(FieldError::new("idempotency_key", "error-idempotency-key-reused")))
        }
        Err(RedeemError::Database(error)) => Err(error.into()),
    }
}

fn not_theirs() -> ApiError {
    FieldError::new("activity_id", "error-activity-not-theirs").into()
}

/// The association's redemptions, what it is still owed and its settlements.
#[utoipa::path(get, path = "/staff/associations/{id}/vouchers", tag = "staff", params(("id" = i64, Path)),
    responses((status = 200, body = AssociationVouchers), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn association_vouchers(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<AssociationId>,
) -> Result<Json<AssociationVouchers>> {
    let (m, _) = acting(&app, &staff, id, false).await?;
    let as_staff = staff.has(Role::Admin, m);
    Ok(Json(AssociationVouchers {
        open_ore: app.store.open_amount(id).await?,
        redemptions: app.store.association_redemptions(id, today(), as_staff).await?,
        settlements: app.store.settlements(m, Some(id)).await?,
    }))
}

/// Takes a redemption back with a reason; the money returns to the voucher. The
/// association may within 14 days and before settlement, staff at any time.
#[utoipa::path(post, path = "/staff/redemptions/{id}/reversal", tag = "staff", params(("id" = i64, Path)),
    request_body = ReversalRequest,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn reverse(
    State(app): State<AppState>,
    staff: Staff,
    AppPath(id): AppPath<RedemptionId>,
    AppJson(request): AppJson<ReversalRequest>,
) -> Result<StatusCode> {
    let (association, m) = app.store.redemption_owner(id).await?.ok_or(ApiError::NotFound)?;
    let as_staff = staff.has(Role::Admin, m);
    if !as_staff {
        acting(&app, &staff, association, false).await?;
    }
    invalid(request.problems())?;
    let target = id.to_string();
    let audit = Audit::new(Some(staff.account_id), Some(m), "redemption-reversed", &target);
    match app.store.reverse(id, staff.account_id, request.reason.trim(), as_staff, today(), &audit).await {
        Ok(()) => {
            app.metrics.reversals.inc();
            Ok(StatusCode::NO_CONTENT)
        }
        Err(ReverseError::NotFound) => Err(ApiError::NotFound),
        Err(ReverseError::Refused(why)) => Err(ApiError::Conflict(why)),
        Err(ReverseError::Database(error)) => Err(error.into()),
    }
}

/// The card a typed code names. A code whose check character is wrong names none: it
/// is answered like an unknown code (404), so the answer says nothing more than
/// "no such card"; the phone checks the character before it sends.
fn card_code(raw: &str) -> Result<VoucherCode> {
    VoucherCode::parse(raw).map_err(|problem| match problem.message_id.as_str() {
        "error-voucher-code-check" => ApiError::NotFound,
        _ => problem.into(),
    })
}
