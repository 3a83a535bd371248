//! The Sportotek's counter, for its staff: the day's pickups and returns, finding a
//! borrower by code or by first name and phone, lending without a reservation, checking
//! out and in, extending, reminding and cancelling, the late list and the statistics.

use axum::{extract::State, http::StatusCode, Json};
use model::{
    schedule::Day,
    sportotek::{
        CheckinRequest, CheckoutRequest, ExtendRequest, LoanState, OpeningHours, StaffLoan, Stats, Today, WalkInRequest,
    },
    voucher::LoanCode,
};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    calendar::swedish_now,
    error::{ApiError, AppJson, AppPath, AppQuery, Result},
    extract::{self, invalid},
    ids::{CopyId, LoanId, SizeId},
    sportotek::{refusal, same_municipality, SportotekStaff},
    state::AppState,
    store::{Audit, LoanChange, Loaned, NewLoan},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(today))
        .routes(routes!(loans, walk_in))
        .routes(routes!(checkout))
        .routes(routes!(checkin))
        .routes(routes!(extension))
        .routes(routes!(reminder))
        .routes(routes!(cancellation))
        .routes(routes!(late))
        .routes(routes!(stats))
}

fn today_in_sweden() -> Day {
    swedish_now().0
}

/// The counter's day: reservations to hand out today (or still within the grace days),
/// returns due today, and late loans.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/sportotek/today", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Today), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn today(State(app): State<AppState>, who: SportotekStaff) -> Result<Json<Today>> {
    let day = today_in_sweden();
    let (place, settings) = app.store.sportotek_place(who.municipality, day).await?;
    let loans: Vec<StaffLoan> = app
        .store
        .open_sportotek_loans(who.municipality)
        .await?
        .iter()
        .map(|l| l.staff(settings.grace_days, day))
        .collect();
    let of = |keep: &dyn Fn(&StaffLoan) -> bool| loans.iter().filter(|l| keep(l)).cloned().collect::<Vec<_>>();
    Ok(Json(Today {
        day,
        hours: place.hours_on(day).map(|(opens, closes)| OpeningHours { weekday: day.weekday(), opens, closes }),
        pickups: of(&|l| l.state == LoanState::Reserved && l.pickup_day <= day),
        returns: of(&|l| l.state == LoanState::Lent && l.due_day == day),
        late: of(&|l| l.late),
    }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FindParams {
    /// A loan's code, typed as people do.
    #[param(
        max_length = 64,
        pattern = "^[ \\u00a0-]*([0-9A-TV-Za-tv-z\\u0660-\\u0669\\u06f0-\\u06f9][ \\u00a0-]*){10}$"
    )]
    code: Option<String>,
    /// The borrower's first name, with `phone`.
    #[param(max_length = 60)]
    name: Option<String>,
    /// Digits of the borrower's phone number (or part of an e-mail address).
    #[param(max_length = 120)]
    phone: Option<String>,
}

/// Finds loans by code, or by the borrower's first name and phone (any case, any
/// spacing). Without either, the open loans.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/sportotek/loans", tag = "staff",
    params(("municipality" = String, Path), FindParams),
    responses((status = 200, body = Vec<StaffLoan>), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn loans(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppQuery(params): AppQuery<FindParams>,
) -> Result<Json<Vec<StaffLoan>>> {
    let day = today_in_sweden();
    let settings = app.store.sportotek_settings(who.municipality).await?;
    let staff = |rows: Vec<crate::store::LoanRow>| rows.iter().map(|l| l.staff(settings.grace_days, day)).collect();
    if let Some(code) = params.code.as_deref().filter(|c| !c.trim().is_empty()) {
        // A code whose check character is wrong names no loan: nothing is found.
        let code = match LoanCode::parse(code) {
            Ok(code) => code,
            Err(problem) if problem.message_id == "error-loan-code-check" => return Ok(Json(Vec::new())),
            Err(problem) => return Err(problem.into()),
        };
        let found = app.store.loan_by_code(&code).await?.filter(|l| l.municipality_id == who.municipality);
        return Ok(Json(staff(found.into_iter().collect())));
    }
    let name = params.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let phone = params.phone.as_deref().map(model::sportotek::normalised_contact).filter(|p| !p.is_empty());
    if name.is_none() && phone.is_none() {
        return Ok(Json(staff(app.store.open_sportotek_loans(who.municipality).await?)));
    }
    let name = name.map(model::text::fold);
    let matching = app
        .store
        .named_loans(who.municipality)
        .await?
        .into_iter()
        .filter(|l| name.as_ref().is_none_or(|n| model::text::fold(&l.first_name) == *n))
        .filter(|l| {
            phone.as_ref().is_none_or(|p| model::sportotek::normalised_contact(&l.contact).contains(p.as_str()))
        })
        .collect();
    Ok(Json(staff(matching)))
}

/// Lends a copy at once, without a reservation. The due day defaults to the loan days
/// from today; the same idempotency key again answers the first loan with 200.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/sportotek/loans", tag = "staff",
    params(("municipality" = String, Path)), request_body = WalkInRequest,
    responses((status = 201, body = StaffLoan), (status = 200, body = StaffLoan), (status = 403, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn walk_in(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppJson(request): AppJson<WalkInRequest>,
) -> Result<(StatusCode, Json<StaffLoan>)> {
    let day = today_in_sweden();
    invalid(request.problems(day))?;
    let settings = app.store.sportotek_settings(who.municipality).await?;
    let due = request.due_day.unwrap_or_else(|| day.plus_days(i64::from(settings.loan_days) - 1));
    let loan = NewLoan {
        municipality_id: who.municipality,
        size_id: SizeId(request.size_id),
        pickup_day: day,
        first_name: request.first_name.trim(),
        contact: request.contact.trim(),
        lang: None,
        idempotency_key: &request.idempotency_key,
        walk_in: Some((request.copy_id.map(CopyId), due)),
    };
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), "sportotek-lent-walk-in", "");
    let (status, id) = match app.store.lend(&loan, &settings, day, &audit).await {
        Ok(Loaned::New(id)) => (StatusCode::CREATED, id),
        Ok(Loaned::Replayed(id)) => (StatusCode::OK, id),
        Err(error) => return Err(refusal(error)),
    };
    let loan = app.store.loan(id).await?.ok_or(ApiError::NotFound)?;
    Ok((status, Json(loan.staff(settings.grace_days, day))))
}

/// Applies one change to a loan of the municipality and answers the loan as it is then.
async fn change(
    app: &AppState,
    who: &SportotekStaff,
    id: LoanId,
    change: LoanChange,
    action: &str,
) -> Result<Json<StaffLoan>> {
    let loan = app.store.loan(id).await?.ok_or(ApiError::NotFound)?;
    same_municipality(loan.municipality_id, who.municipality)?;
    let day = today_in_sweden();
    let settings = app.store.sportotek_settings(who.municipality).await?;
    let target = id.to_string();
    let audit = Audit::new(Some(who.staff.account_id), Some(who.municipality), action, &target);
    app.store.change_loan(id, &change, &settings, day, &audit).await.map_err(refusal)?;
    let loan = app.store.loan(id).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(loan.staff(settings.grace_days, day)))
}

/// Hands out a reserved loan: the copy staff picked (or any free one), due on the day
/// reserved unless staff set another.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/sportotek/loans/{id}/checkout", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = CheckoutRequest,
    responses((status = 200, body = StaffLoan), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn checkout(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppPath((_municipality, id)): AppPath<(String, LoanId)>,
    AppJson(request): AppJson<CheckoutRequest>,
) -> Result<Json<StaffLoan>> {
    invalid(request.problems(today_in_sweden()))?;
    let to_do = LoanChange::Checkout { copy: request.copy_id.map(CopyId), due_day: request.due_day };
    change(&app, &who, id, to_do, "sportotek-checked-out").await
}

/// Takes a copy back: fine, damaged (out of service until repaired, with a note) or
/// lost (out of stock, still counted).
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/sportotek/loans/{id}/checkin", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = CheckinRequest,
    responses((status = 200, body = StaffLoan), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn checkin(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppPath((_municipality, id)): AppPath<(String, LoanId)>,
    AppJson(request): AppJson<CheckinRequest>,
) -> Result<Json<StaffLoan>> {
    invalid(request.problems())?;
    let action = format!("sportotek-checked-in-{}", request.condition.code());
    change(&app, &who, id, LoanChange::Checkin { condition: request.condition, note: request.note }, &action).await
}

/// Moves a lent loan's due day later, if a copy stays free for the extra days.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/sportotek/loans/{id}/extension", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)), request_body = ExtendRequest,
    responses((status = 200, body = StaffLoan), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn extension(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppPath((_municipality, id)): AppPath<(String, LoanId)>,
    AppJson(request): AppJson<ExtendRequest>,
) -> Result<Json<StaffLoan>> {
    invalid(request.problems(today_in_sweden()))?;
    change(&app, &who, id, LoanChange::Extend { due_day: request.due_day }, "sportotek-extended").await
}

/// Notes that staff reminded the borrower of a lent loan today.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/sportotek/loans/{id}/reminder", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = StaffLoan), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn reminder(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppPath((_municipality, id)): AppPath<(String, LoanId)>,
) -> Result<Json<StaffLoan>> {
    change(&app, &who, id, LoanChange::Remind, "sportotek-reminded").await
}

/// Cancels a reservation not yet picked up.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/sportotek/loans/{id}/cancellation", tag = "staff",
    params(("municipality" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = StaffLoan), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 409, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn cancellation(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppPath((_municipality, id)): AppPath<(String, LoanId)>,
) -> Result<Json<StaffLoan>> {
    change(&app, &who, id, LoanChange::Cancel, "sportotek-cancelled").await
}

/// Lent loans past their due day, the longest late first, with the contact to remind
/// and the day staff last did.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/sportotek/late", tag = "staff",
    params(("municipality" = String, Path)),
    responses((status = 200, body = Vec<StaffLoan>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn late(State(app): State<AppState>, who: SportotekStaff) -> Result<Json<Vec<StaffLoan>>> {
    let day = today_in_sweden();
    let settings = app.store.sportotek_settings(who.municipality).await?;
    let mut late: Vec<StaffLoan> = app
        .store
        .open_sportotek_loans(who.municipality)
        .await?
        .iter()
        .map(|l| l.staff(settings.grace_days, day))
        .filter(|l| l.late)
        .collect();
    late.sort_by_key(|l| (l.due_day, l.id));
    Ok(Json(late))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct YearParams {
    /// This year when left out.
    #[param(minimum = 2000, maximum = 2999)]
    year: Option<i32>,
}

/// The year's loans and unique borrowers per category and month, the stock, and the
/// items never lent. No names.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/sportotek/stats", tag = "staff",
    params(("municipality" = String, Path), YearParams),
    responses((status = 200, body = Stats), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn stats(
    State(app): State<AppState>,
    who: SportotekStaff,
    AppQuery(params): AppQuery<YearParams>,
) -> Result<Json<Stats>> {
    let year = extract::year(params.year)?;
    Ok(Json(app.store.sportotek_stats(who.municipality, year).await?))
}
