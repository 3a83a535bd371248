//! The Sportotek's staff side: the catalogue and its photos, the settings, and the
//! counter (today, finding loans, lending, taking back, extending, reminding,
//! cancelling, the late list and the statistics).

use gloo_net::http::Method;
use model::{
    activities::Created,
    sportotek::{
        CheckinRequest, CheckoutRequest, CopyEdit, EquipmentCategory, ExtendRequest, ItemEdit, Photo, Settings,
        StaffItem, StaffLoan, Stats, Today, WalkInRequest,
    },
    Language,
};
use serde::Deserialize;
use ui::fetch::encode;
use wasm_bindgen::JsValue;

use super::{request, send, staff, Failure, NO_BODY};

fn sportotek(municipality: &str, rest: &str) -> String {
    staff(municipality, &format!("/sportotek{rest}"))
}

/// Every item with its texts, translation state, sizes and copies.
pub async fn sportotek_items(municipality: &str) -> Result<Vec<StaffItem>, Failure> {
    request(Method::GET, &sportotek(municipality, "/items"), NO_BODY).await
}

pub async fn sportotek_item(municipality: &str, item: i64) -> Result<StaffItem, Failure> {
    request(Method::GET, &sportotek(municipality, &format!("/items/{item}")), NO_BODY).await
}

pub async fn new_sportotek_item(municipality: &str, item: &ItemEdit) -> Result<Created, Failure> {
    request(Method::POST, &sportotek(municipality, "/items"), Some(item)).await
}

/// Saves an item and answers it as saved, with its translation states anew.
pub async fn save_sportotek_item(municipality: &str, item: i64, edit: &ItemEdit) -> Result<StaffItem, Failure> {
    request(Method::PUT, &sportotek(municipality, &format!("/items/{item}")), Some(edit)).await
}

pub async fn add_copy(municipality: &str, item: i64, copy: &CopyEdit) -> Result<Created, Failure> {
    request(Method::POST, &sportotek(municipality, &format!("/items/{item}/copies")), Some(copy)).await
}

pub async fn save_copy(municipality: &str, copy: i64, edit: &CopyEdit) -> Result<(), Failure> {
    request(Method::PUT, &sportotek(municipality, &format!("/copies/{copy}")), Some(edit)).await
}

/// Where an item's photo is sent.
pub fn item_photo_path(municipality: &str, item: i64) -> String {
    sportotek(municipality, &format!("/items/{item}/photo"))
}

/// Sends the chosen file as it is to `path` (an item's or a guide's photo): the server
/// decodes, checks and re-encodes it.
pub async fn upload_photo(path: &str, file: &web_sys::File) -> Result<Photo, Failure> {
    let kind = file.type_();
    let kind = if kind.is_empty() { "application/octet-stream" } else { &kind };
    let text = send(Method::PUT, path, Some((kind, JsValue::from(file.clone())))).await?;
    serde_json::from_str(&text).map_err(|_| Failure::offline())
}

/// One width of a stored photo.
pub fn photo_url(photo: &Photo, width: u16) -> String {
    format!("/api/sportotek/photos/{}/{width}", photo.id)
}

pub async fn sportotek_settings(municipality: &str) -> Result<Settings, Failure> {
    request(Method::GET, &sportotek(municipality, "/settings"), NO_BODY).await
}

pub async fn save_sportotek_settings(municipality: &str, settings: &Settings) -> Result<(), Failure> {
    request(Method::PUT, &sportotek(municipality, "/settings"), Some(settings)).await
}

/// The counter's day: pickups, returns due today, late loans.
pub async fn sportotek_today(municipality: &str) -> Result<Today, Failure> {
    request(Method::GET, &sportotek(municipality, "/today"), NO_BODY).await
}

/// Loans by code, or by the borrower's first name and phone.
pub async fn find_loans(municipality: &str, find: &LoanSearch) -> Result<Vec<StaffLoan>, Failure> {
    let query = match find {
        LoanSearch::Code(code) => format!("?code={}", encode(code)),
        LoanSearch::Person { name, phone } => format!("?name={}&phone={}", encode(name), encode(phone)),
    };
    request(Method::GET, &sportotek(municipality, &format!("/loans{query}")), NO_BODY).await
}

/// How staff look a borrower up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoanSearch {
    Code(String),
    Person { name: String, phone: String },
}

/// Lends at once without a reservation; the idempotency key makes a retry answer the first loan.
pub async fn lend_walk_in(municipality: &str, loan: &WalkInRequest) -> Result<StaffLoan, Failure> {
    request(Method::POST, &sportotek(municipality, "/loans"), Some(loan)).await
}

pub async fn check_out(municipality: &str, loan: i64, checkout: &CheckoutRequest) -> Result<StaffLoan, Failure> {
    request(Method::POST, &sportotek(municipality, &format!("/loans/{loan}/checkout")), Some(checkout)).await
}

pub async fn check_in(municipality: &str, loan: i64, checkin: &CheckinRequest) -> Result<StaffLoan, Failure> {
    request(Method::POST, &sportotek(municipality, &format!("/loans/{loan}/checkin")), Some(checkin)).await
}

pub async fn extend_loan(municipality: &str, loan: i64, extension: &ExtendRequest) -> Result<StaffLoan, Failure> {
    request(Method::POST, &sportotek(municipality, &format!("/loans/{loan}/extension")), Some(extension)).await
}

/// Notes that the borrower was reminded today.
pub async fn note_reminder(municipality: &str, loan: i64) -> Result<StaffLoan, Failure> {
    request(Method::POST, &sportotek(municipality, &format!("/loans/{loan}/reminder")), NO_BODY).await
}

pub async fn cancel_loan(municipality: &str, loan: i64) -> Result<StaffLoan, Failure> {
    request(Method::POST, &sportotek(municipality, &format!("/loans/{loan}/cancellation")), NO_BODY).await
}

/// Lent loans past their due day, the longest late first.
pub async fn late_loans(municipality: &str) -> Result<Vec<StaffLoan>, Failure> {
    request(Method::GET, &sportotek(municipality, "/late"), NO_BODY).await
}

pub async fn sportotek_stats(municipality: &str, year: i32) -> Result<Stats, Failure> {
    request(Method::GET, &sportotek(municipality, &format!("/stats?year={year}")), NO_BODY).await
}

/// One item of the catalogue as newcomers see it, only as much as an activity's editor
/// needs: reading the whole `Catalogue` (the place, its hours, sizes, photos) would
/// bring its decoding into the bundle for nothing.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CatalogueItem {
    pub id: i64,
    pub category: EquipmentCategory,
    /// The language of `name`: the one asked for, or Swedish.
    pub lang: Language,
    pub name: String,
}

#[derive(Deserialize)]
struct CatalogueItems {
    items: Vec<CatalogueItem>,
}

/// The catalogue's items, named in `lang` (or Swedish): what an activity's editor picks from.
pub async fn catalogue_items(municipality: &str, lang: Language) -> Result<Vec<CatalogueItem>, Failure> {
    let path = format!("/api/municipalities/{municipality}/sportotek?lang={lang}");
    request::<CatalogueItems>(Method::GET, &path, NO_BODY).await.map(|c| c.items)
}
