//! The Sportotek for families, without an account: the catalogue, an item's page with
//! each size's next pickup days, reserving, and a reservation by its code (to look at,
//! cancel or put in the calendar). Staff routes: `sportotek_staff` and
//! `sportotek_loans`; photos: `sportotek_photos`. Wire types and the availability rule:
//! `model::sportotek`; the API in one table: docs/sportotek.md.

use std::{collections::HashMap, net::IpAddr};

use axum::{
    extract::State,
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use model::{
    i18n::Localizer,
    schedule::{Day, Schedule, Session},
    sportotek::{
        pickup_days, sorted_sizes, Catalogue, CategoryCount, EquipmentCategory, Hold, ItemPage, ItemSummary,
        LoanCodeRequest, LoanState, OpeningHours, PickupDay, Place, Reservation, ReservationRequest, SizeAvailability,
        SizeBrief,
    },
    voucher::LoanCode,
    FieldError, Language,
};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    calendar::{self, swedish_now, CalendarEntry},
    client::ClientIp,
    error::{ApiError, AppJson, AppPath, AppQuery, Result},
    extract::{invalid, language, municipality, LangParams},
    ids::{ItemId, LoanId, MunicipalityId, SizeId},
    sportotek::refusal,
    state::AppState,
    store::{photo_of, Audit, LoanChange, LoanError, LoanRow, Loaned, NewLoan, SizeLabel, SizeRow},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(catalogue))
        .routes(routes!(item))
        .routes(routes!(reserve))
        .routes(routes!(lookup))
        .routes(routes!(cancel))
        .routes(routes!(reservation_calendar))
}

/// The first day a pickup can still happen: today, or tomorrow once today's hours are over.
pub(super) fn first_day(place: &Place) -> Day {
    let (today, now) = swedish_now();
    match place.hours_on(today) {
        Some((_, closes)) if now >= closes => today.plus_days(1),
        _ => today,
    }
}

/// Which loans hold each size's copies, as of `today`.
pub(super) fn holds_by_size(loans: &[LoanRow], grace_days: u16, today: Day) -> HashMap<SizeId, Vec<Hold>> {
    let mut holds: HashMap<SizeId, Vec<Hold>> = HashMap::new();
    for loan in loans {
        if let Some(hold) = loan.hold(grace_days, today) {
            holds.entry(loan.size_id).or_default().push(hold);
        }
    }
    holds
}

/// The next days a size can be picked up, with the hours and how long.
pub(super) fn availability(place: &Place, size: &SizeRow, holds: &[Hold], from: Day) -> Vec<PickupDay> {
    pickup_days(size.copies(), holds, |d| place.is_pickup_day(d), from, place.limits())
        .into_iter()
        .filter_map(|(day, keep_days)| {
            let (opens, closes) = place.hours_on(day)?;
            Some(PickupDay { day, opens, closes, keep_days, due_day: day.plus_days(i64::from(keep_days) - 1) })
        })
        .collect()
}

fn brief(size: &SizeRow) -> SizeBrief {
    let (age_from, age_to) = size.ages();
    SizeBrief { label: size.label.clone(), age_from, age_to }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CatalogueParams {
    /// A category's code.
    #[param(value_type = Option<model::sportotek::EquipmentCategory>, inline)]
    category: Option<String>,
    /// A size's label, as `32` or `150 cm`: items with that size.
    #[param(max_length = 30)]
    size: Option<String>,
    /// Items with a size for a child of this age.
    #[param(maximum = 99)]
    age: Option<u8>,
    /// Where the page starts among the items that match (`Catalogue::PAGE` a page).
    #[param(maximum = 100_000)]
    offset: Option<u32>,
}

/// The catalogue: the place and its hours, the categories and the items that match the
/// filters, each with the first day it can be picked up.
#[utoipa::path(get, path = "/municipalities/{municipality}/sportotek", tag = "sportotek",
    params(("municipality" = String, Path), LangParams, CatalogueParams),
    responses((status = 200, body = Catalogue), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn catalogue(
    State(app): State<AppState>,
    AppPath(slug): AppPath<String>,
    AppQuery(lang): AppQuery<LangParams>,
    AppQuery(params): AppQuery<CatalogueParams>,
) -> Result<Json<Catalogue>> {
    let lang = language(lang.lang.as_deref())?;
    let category = match params.category.as_deref() {
        None | Some("") => None,
        Some(code) => Some(
            EquipmentCategory::from_code(code)
                .ok_or_else(|| FieldError::new("category", "error-sportotek-unknown-category"))?,
        ),
    };
    if params.age.is_some_and(|age| age > model::activities::MAX_AGE) {
        return Err(FieldError::new("age", "error-age-out-of-range").into());
    }
    let offset = params.offset.unwrap_or(0);
    if offset > Catalogue::MAX_OFFSET {
        return Err(FieldError::new("offset", "error-invalid-filter").into());
    }
    let size = params.size.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let (m, _) = municipality(&app, &slug).await?;
    Ok(Json(catalogue_of(&app, m, lang, (category, size, params.age), offset, Catalogue::PAGE).await?))
}

/// The `limit` items from `offset` of the catalogue with the items of `category` that
/// have `size` or a size for a child of `age`: the API's page of [`Catalogue::PAGE`], and
/// the server's first paint, which may list more pages at once (`?shown=`).
///
/// Every item is counted and filtered by its category and its sizes' labels and ages;
/// only the page's items are named, and only their copies and loans are read (the demo ×
/// 100 has 2,500 items with 5,700 sizes, and a reservation makes the page again).
pub async fn catalogue_of(
    app: &AppState,
    m: MunicipalityId,
    lang: Language,
    (category, size, age): (Option<EquipmentCategory>, Option<&str>, Option<u8>),
    offset: u32,
    limit: u32,
) -> Result<Catalogue> {
    let today = swedish_now().0;
    let (place, settings) = app.store.sportotek_place(m, today).await?;
    let kinds = app.store.sportotek_item_kinds(m).await?;
    let labels = app.store.sportotek_size_labels(m).await?;
    // The sizes come in their items' order: each item's are found once.
    let labels_of: HashMap<ItemId, &[SizeLabel]> =
        labels.chunk_by(|a, b| a.item_id == b.item_id).map(|chunk| (chunk[0].item_id, chunk)).collect();
    // Whether a size is the one asked for and fits the age asked for (every size, with
    // neither asked; an item without sizes then matches too, below).
    let fits = |label: &str, (age_from, age_to): (Option<u8>, Option<u8>)| {
        if size.is_none() && age.is_none() {
            return true;
        }
        let b = SizeBrief { label: label.to_owned(), age_from, age_to };
        size.is_none_or(|wanted| b.is_size(wanted)) && age.is_none_or(|age| b.fits_age(age))
    };
    let mut counts: Vec<CategoryCount> = Vec::new();
    let mut matching = Vec::new();
    for item in &kinds {
        match counts.iter_mut().find(|c| c.category == item.category) {
            Some(count) => count.items += 1,
            None => counts.push(CategoryCount { category: item.category, items: 1 }),
        }
        if category.is_some_and(|c| c != item.category) {
            continue;
        }
        let all = labels_of.get(&item.id).copied().unwrap_or_default();
        if (size.is_some() || age.is_some()) && !all.iter().any(|s| fits(&s.label, s.ages())) {
            continue;
        }
        matching.push((item.id, all));
    }
    counts.sort_by_key(|c| c.category);
    let total = u32::try_from(matching.len()).unwrap_or(u32::MAX);
    let size_labels = sorted_sizes(matching.iter().flat_map(|(_, all)| all.iter().map(|s| s.label.as_str())));
    let page: Vec<ItemId> = matching.iter().skip(offset as usize).take(limit as usize).map(|(id, _)| *id).collect();

    let items = app.store.sportotek_items_by_id(m, &page, lang).await?;
    let sizes = app.store.sportotek_sizes_of(m, &page).await?;
    let holds = holds_by_size(&app.store.open_loans_of_items(m, &page).await?, settings.grace_days, today);
    let from = first_day(&place);
    let shown = items
        .into_iter()
        .map(|item| {
            let all: Vec<&SizeRow> = sizes.iter().filter(|s| s.item_id == item.id).collect();
            let next_pickup = all
                .iter()
                .filter(|s| fits(&s.label, s.ages()))
                .filter_map(|s| {
                    let held = holds.get(&s.id).map_or(&[][..], Vec::as_slice);
                    availability(&place, s, held, from).first().map(|p| p.day)
                })
                .min();
            ItemSummary {
                id: item.id.0,
                category: item.category,
                lang: item.lang,
                name: item.name,
                photo: photo_of(item.photo_id),
                sizes: all.iter().map(|s| brief(s)).collect(),
                copies: all.iter().map(|s| s.copies()).sum(),
                next_pickup,
            }
        })
        .collect();
    Ok(Catalogue { lang, today, place, categories: counts, sizes: size_labels, total, offset, items: shown })
}

/// An item's page: its text in the reader's language (or Swedish), its photo, and each
/// size with the next days it can be picked up and for how long.
#[utoipa::path(get, path = "/municipalities/{municipality}/sportotek/items/{id}", tag = "sportotek",
    params(("municipality" = String, Path), ("id" = i64, Path), LangParams),
    responses((status = 200, body = ItemPage), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn item(
    State(app): State<AppState>,
    AppPath((slug, id)): AppPath<(String, ItemId)>,
    AppQuery(params): AppQuery<LangParams>,
) -> Result<Json<ItemPage>> {
    let requested_lang = language(params.lang.as_deref())?;
    let (m, _) = municipality(&app, &slug).await?;
    Ok(Json(item_page(&app, m, id, requested_lang).await?))
}

/// Item `id`'s page, for the API and the server's first paint.
pub async fn item_page(app: &AppState, m: MunicipalityId, id: ItemId, requested_lang: Language) -> Result<ItemPage> {
    let item = app.store.sportotek_item(m, id, requested_lang).await?.ok_or(ApiError::NotFound)?;
    let today = swedish_now().0;
    let (place, settings) = app.store.sportotek_place(m, today).await?;
    let from = first_day(&place);
    // Only this item's sizes and loans: the page costs the same in a catalogue of 25
    // items or of 1,000.
    let holds = holds_by_size(&app.store.open_item_loans(m, id).await?, settings.grace_days, today);
    let sizes = app
        .store
        .sportotek_item_sizes(m, id)
        .await?
        .into_iter()
        .map(|s| {
            let held = holds.get(&s.id).map_or(&[][..], Vec::as_slice);
            let (age_from, age_to) = s.ages();
            SizeAvailability {
                id: s.id.0,
                label: s.label.clone(),
                kind: s.kind,
                age_from,
                age_to,
                copies: s.copies(),
                pickup_days: availability(&place, &s, held, from),
            }
        })
        .collect();
    Ok(ItemPage {
        id: item.id.0,
        category: item.category,
        requested_lang,
        lang: item.lang,
        name: item.name,
        description: item.description,
        photo: photo_of(item.photo_id),
        sizes,
        place,
        today,
        demo: item.demo,
    })
}

/// What a family sees of a loan: no name, no contact.
async fn view(app: &AppState, loan: &LoanRow, lang: Option<Language>) -> Result<Reservation> {
    let today = swedish_now().0;
    let lang = lang.or_else(|| loan.lang.as_deref().and_then(|l| Language::parse(l).ok())).unwrap_or(Language::SOURCE);
    let m = loan.municipality_id;
    let (place, settings) = app.store.sportotek_place(m, today).await?;
    let item = app.store.sportotek_item(m, ItemId(loan.item_id), lang).await?;
    let state = loan.state(settings.grace_days, today);
    Ok(Reservation {
        code: LoanCode::parse(&loan.code).map_or_else(|_| loan.code.clone(), |c| c.to_string()),
        municipality: app.store.municipality_name(m).await?.unwrap_or_default(),
        item_id: loan.item_id,
        item_name: item.map_or_else(|| loan.item_name.clone(), |i| i.name),
        size_label: loan.size_label.clone(),
        state,
        pickup_day: loan.pickup_day,
        due_day: loan.due_day,
        pickup_hours: place.hours_on(loan.pickup_day).map(|(opens, closes)| OpeningHours {
            weekday: loan.pickup_day.weekday(),
            opens,
            closes,
        }),
        place,
        cancellable: state == LoanState::Reserved,
    })
}

/// Reserves a size for a pickup day. A new reservation answers 201; the same
/// idempotency key again answers the first one with 200 and changes nothing. New
/// reservations are rate-limited per client; a retry is not counted.
#[utoipa::path(post, path = "/municipalities/{municipality}/sportotek/reservations", tag = "sportotek",
    params(("municipality" = String, Path), LangParams), request_body = ReservationRequest,
    responses((status = 201, body = Reservation), (status = 200, body = Reservation),
        (status = 404, body = model::ErrorBody), (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody),
        (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn reserve(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppPath(slug): AppPath<String>,
    AppQuery(params): AppQuery<LangParams>,
    AppJson(request): AppJson<ReservationRequest>,
) -> Result<(StatusCode, Json<Reservation>)> {
    let lang = language(params.lang.as_deref())?;
    invalid(request.problems())?;
    let (m, _) = municipality(&app, &slug).await?;
    // Only attempts on the stock count, after the cheap checks: a phone retrying a
    // reservation it already has (the same key) is answered without spending its quota.
    let retry = app.store.loan_by_key(m, &request.idempotency_key).await?.is_some();
    if !retry && !app.new_reservations.check(&client).await? {
        return Err(ApiError::RateLimited);
    }
    let settings = app.store.sportotek_settings(m).await?;
    let today = first_day(&crate::store::place_of(&settings, swedish_now().0));
    let loan = NewLoan {
        municipality_id: m,
        size_id: SizeId(request.size_id),
        pickup_day: request.pickup_day,
        first_name: request.first_name.trim(),
        contact: request.contact.trim(),
        lang: request.lang.or(Some(lang)),
        idempotency_key: &request.idempotency_key,
        walk_in: None,
    };
    let audit = Audit::new(None, Some(m), "sportotek-reserved", "");
    let (status, id) = match app.store.lend(&loan, &settings, today, &audit).await {
        Ok(Loaned::New(id)) => {
            app.metrics.reservations.inc();
            (StatusCode::CREATED, id)
        }
        Ok(Loaned::Replayed(id)) => (StatusCode::OK, id),
        Err(error) => return Err(refusal(error)),
    };
    let loan = app.store.loan(id).await?.ok_or(ApiError::NotFound)?;
    Ok((status, Json(view(&app, &loan, Some(lang)).await?)))
}

/// The loan a typed code names, rate-limited per client and logged by a keyed hash of
/// the client. A code whose check character is wrong names none (404), like an unknown one.
async fn by_code(app: &AppState, client: IpAddr, raw: &str) -> Result<LoanRow> {
    if !app.reservation_lookups.check(&client).await? {
        return Err(ApiError::RateLimited);
    }
    let code = LoanCode::parse(raw).map_err(|problem| match problem.message_id.as_str() {
        "error-loan-code-check" => ApiError::NotFound,
        _ => problem.into(),
    })?;
    let loan = app.store.loan_by_code(&code).await?;
    app.store.log_loan_lookup(loan.as_ref().map(|l| l.id), &app.client_hashes.hash(&client.to_string()).await?).await?;
    loan.ok_or(ApiError::NotFound)
}

/// A reservation by its code: its state, the day, the place and its hours.
#[utoipa::path(post, path = "/sportotek/reservations/lookup", tag = "sportotek", params(LangParams),
    request_body = LoanCodeRequest,
    responses((status = 200, body = Reservation), (status = 404, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn lookup(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppQuery(params): AppQuery<LangParams>,
    AppJson(request): AppJson<LoanCodeRequest>,
) -> Result<Json<Reservation>> {
    let lang = params.lang.as_deref().map(|l| language(Some(l))).transpose()?;
    let loan = by_code(&app, client, &request.code).await?;
    Ok(Json(view(&app, &loan, lang).await?))
}

/// The family cancels a reservation not yet picked up; the copy is free again.
#[utoipa::path(post, path = "/sportotek/reservations/cancellation", tag = "sportotek", params(LangParams),
    request_body = LoanCodeRequest,
    responses((status = 200, body = Reservation), (status = 404, body = model::ErrorBody), (status = 409, body = model::ErrorBody),
        (status = 422, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn cancel(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    AppQuery(params): AppQuery<LangParams>,
    AppJson(request): AppJson<LoanCodeRequest>,
) -> Result<Json<Reservation>> {
    let lang = params.lang.as_deref().map(|l| language(Some(l))).transpose()?;
    let loan = by_code(&app, client, &request.code).await?;
    let settings = app.store.sportotek_settings(loan.municipality_id).await?;
    let target = loan.id.to_string();
    let audit = Audit::new(None, Some(loan.municipality_id), "sportotek-cancelled-by-family", &target);
    match app.store.change_loan(loan.id, &LoanChange::Cancel, &settings, swedish_now().0, &audit).await {
        Ok(()) => {}
        Err(LoanError::WrongState) => {
            return Err(ApiError::Conflict(FieldError::new("code", "error-sportotek-not-cancellable")));
        }
        Err(error) => return Err(refusal(error)),
    }
    let loan = app.store.loan(loan.id).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(view(&app, &loan, lang).await?))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CalendarParams {
    /// The loan's code. In the query, not the path: request logs keep paths.
    #[param(
        max_length = 64,
        pattern = "^[ \\u00a0-]*([0-9A-TV-Za-tv-z\\u0660-\\u0669\\u06f0-\\u06f9][ \\u00a0-]*){10}$"
    )]
    code: String,
    #[param(pattern = "^(sv|ar|prs|uk|en)$")]
    lang: Option<String>,
}

/// The reservation for the phone's calendar: the pickup during the opening hours and,
/// once lent, the return. Rate-limited and logged like a lookup.
#[utoipa::path(get, path = "/sportotek/reservations/calendar.ics", tag = "sportotek", params(CalendarParams),
    responses((status = 200, content_type = "text/calendar"), (status = 404, body = model::ErrorBody),
        (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn reservation_calendar(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    headers: HeaderMap,
    AppQuery(params): AppQuery<CalendarParams>,
) -> Result<Response> {
    let lang = params.lang.as_deref().map(|l| language(Some(l))).transpose()?;
    let loan = by_code(&app, client, &params.code).await?;
    let reservation = view(&app, &loan, lang).await?;
    let lang = lang.unwrap_or(Language::SOURCE);
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)))
        .unwrap_or("localhost")
        .to_owned();
    let body = reservation_ics(&reservation, loan.id, lang, &host);
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"sportotek.ics\"")),
        ],
        body,
    )
        .into_response())
}

/// The calendar file of a reservation: its pickup while it is reserved, its return once
/// lent. Every text goes through `calendar`'s escaping.
fn reservation_ics(r: &Reservation, id: LoanId, lang: Language, host: &str) -> String {
    let texts = Localizer::with_files(lang, &["app", "sportotek"]);
    let args = [("item", format!("{} ({})", r.item_name, r.size_label)), ("code", r.code.clone())];
    let summary = |message: &str| texts.format_texts(message, &args);
    let address = [r.place.name.as_str(), r.place.address.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let description = summary("sportotek-calendar-code");
    // The family's bookings page, which opens this one by the code in the fragment
    // (never sent to a server, so never in a log).
    let url = format!("https://{host}/activities/sportotek/reservations#{}", r.code);
    let session = |day: Day| {
        let (start, end) = r.place.hours_on(day)?;
        Some(Schedule::Dates { sessions: vec![Session { date: day, start, end }] })
    };
    let mut events: Vec<(i64, String, Schedule)> = Vec::new();
    match r.state {
        LoanState::Reserved => {
            if let Some(schedule) = session(r.pickup_day) {
                events.push((id.0 * 2, summary("sportotek-calendar-pickup"), schedule));
            }
        }
        LoanState::Lent => {
            let back = r.place.last_open_day(r.pickup_day, r.due_day).unwrap_or(r.due_day);
            if let Some(schedule) = session(back) {
                events.push((id.0 * 2 + 1, summary("sportotek-calendar-return"), schedule));
            }
        }
        LoanState::Returned | LoanState::Cancelled | LoanState::Lapsed => {}
    }
    let entries: Vec<CalendarEntry<'_>> = events
        .iter()
        .map(|(uid, title, schedule)| CalendarEntry {
            id: *uid,
            title,
            description: &description,
            place: &address,
            organiser: &r.place.name,
            schedule,
            url: url.clone(),
        })
        .collect();
    calendar::calendar(&r.item_name, lang, &entries, host)
}
