//! Arranging a Sportotek for a test: settings, items with sizes and copies, loans, and
//! the authorization matrix's rows for the Sportotek's staff routes.

use std::collections::BTreeMap;

use model::{
    schedule::{Clock, Day, Weekday},
    sportotek::{
        Condition, CopyEdit, EquipmentCategory, ItemEdit, ItemText, OpeningHours, Reservation, Settings, SizeEdit,
        SizeKind,
    },
    Language,
};
use reqwest::Method;
use serde_json::{json, Value};
use server::{
    ids::{CopyId, ItemId, LoanId, MunicipalityId, SizeId},
    store::{Audit, Loaned, NewLoan},
};

use crate::{activity_helpers::today, helpers::TestApp};

pub const M: &str = "granviken";

pub fn staff_path(rest: &str) -> String {
    format!("/api/staff/municipalities/{M}/sportotek{rest}")
}

pub fn public_path(rest: &str) -> String {
    format!("/api/municipalities/{M}/sportotek{rest}")
}

/// Open every day from 00:00 to 23:59, so any day a test picks is a pickup day.
pub fn open_every_day() -> Settings {
    let hours = Weekday::ALL
        .iter()
        .map(|w| OpeningHours {
            weekday: *w,
            opens: Clock::from_hm(0, 0).unwrap(),
            closes: Clock::from_hm(23, 59).unwrap(),
        })
        .collect();
    Settings { place_name: "Sportoteket".into(), address: "Storgatan 1".into(), hours, ..Settings::default() }
}

pub async fn set_settings(app: &TestApp, settings: &Settings) {
    let m = app.municipality_id().await;
    app.store.save_sportotek_settings(m, settings, None).await.unwrap();
}

/// An item named `name` (Swedish) with sizes of the given labels and numbers of copies.
pub async fn item_with(app: &TestApp, name: &str, sizes: &[(&str, usize)]) -> (ItemId, Vec<SizeId>) {
    item_in(app, app.municipality_id().await, name, EquipmentCategory::Skates, sizes).await
}

pub async fn item_in(
    app: &TestApp,
    m: MunicipalityId,
    name: &str,
    category: EquipmentCategory,
    sizes: &[(&str, usize)],
) -> (ItemId, Vec<SizeId>) {
    let edit = ItemEdit {
        category,
        texts: BTreeMap::from([(
            Language::Sv,
            ItemText { name: name.into(), description: format!("{name}, väl använda") },
        )]),
        sizes: sizes
            .iter()
            .map(|(label, _)| SizeEdit {
                id: None,
                label: (*label).into(),
                kind: SizeKind::Shoe,
                age_from: Some(6),
                age_to: Some(9),
            })
            .collect(),
    };
    let item = app.store.save_item(m, None, &edit, false, None).await.unwrap();
    let size_ids: Vec<SizeId> =
        app.store.staff_item(item).await.unwrap().unwrap().1.sizes.iter().map(|s| SizeId(s.id)).collect();
    for ((label, copies), size) in sizes.iter().zip(&size_ids) {
        for n in 0..*copies {
            let number = format!(
                "{}-{label}-{n}-{}",
                name.chars().take(2).collect::<String>(),
                &uuid::Uuid::new_v4().simple().to_string()[..6]
            );
            let edit =
                CopyEdit { size_id: size.0, inventory_number: number, condition: Condition::Fine, note: String::new() };
            let audit = Audit::new(None, Some(m), "test-copy", "");
            app.store.save_copy(m, item, None, &edit, &audit).await.unwrap();
        }
    }
    (item, size_ids)
}

/// A reservation request with a fresh idempotency key.
pub fn request(size: SizeId, day: Day, first_name: &str, contact: &str) -> Value {
    json!({
        "size_id": size.0,
        "pickup_day": day.to_string(),
        "first_name": first_name,
        "contact": contact,
        "idempotency_key": uuid::Uuid::new_v4().to_string(),
    })
}

pub async fn reserve(app: &TestApp, body: &Value) -> reqwest::Response {
    app.post_raw(&public_path("/reservations"), "application/json", body.to_string()).await
}

/// Reserves and expects 201; the reservation.
pub async fn reserved(app: &TestApp, size: SizeId, day: Day, first_name: &str, contact: &str) -> Reservation {
    let response = reserve(app, &request(size, day, first_name, contact)).await;
    assert_eq!(response.status(), 201, "reserving {size:?} on {day}");
    response.json().await.unwrap()
}

pub async fn lookup(app: &TestApp, code: &str) -> reqwest::Response {
    app.post_raw("/api/sportotek/reservations/lookup", "application/json", json!({ "code": code }).to_string()).await
}

/// The loan's id by its code, as staff find it.
pub async fn loan_id(app: &TestApp, code: &str) -> LoanId {
    let code = model::voucher::LoanCode::parse(code).unwrap();
    app.store.loan_by_code(&code).await.unwrap().expect("the loan").id
}

/// Lends a copy directly through the store, as a walk-in until `due`.
pub async fn lent(app: &TestApp, size: SizeId, due: Day, contact: &str) -> LoanId {
    let m = app.municipality_id().await;
    let settings = app.store.sportotek_settings(m).await.unwrap();
    let key = uuid::Uuid::new_v4().to_string();
    let loan = NewLoan {
        municipality_id: m,
        size_id: size,
        pickup_day: today(),
        first_name: "Test",
        contact,
        lang: None,
        idempotency_key: &key,
        walk_in: Some((None, due)),
    };
    let audit = Audit::new(None, Some(m), "test-lent", "");
    match app.store.lend(&loan, &settings, today(), &audit).await {
        Ok(Loaned::New(id)) => id,
        Ok(Loaned::Replayed(_)) => panic!("a fresh key"),
        Err(error) => panic!("lending: {error:?}"),
    }
}

async fn reserved_directly(app: &TestApp, m: MunicipalityId, size: SizeId, contact: &str) -> LoanId {
    let settings = app.store.sportotek_settings(m).await.unwrap();
    let key = uuid::Uuid::new_v4().to_string();
    let loan = NewLoan {
        municipality_id: m,
        size_id: size,
        pickup_day: today(),
        first_name: "Matris",
        contact,
        lang: Some(Language::Ar),
        idempotency_key: &key,
        walk_in: None,
    };
    match app.store.lend(&loan, &settings, today(), &Audit::new(None, Some(m), "test-reserved", "")).await {
        Ok(Loaned::New(id)) => id,
        _ => panic!("reserving for the matrix"),
    }
}

/// The objects the matrix calls the Sportotek's staff routes on.
pub struct MatrixTargets {
    item: ItemId,
    size: SizeId,
    copy: CopyId,
    reserved: LoanId,
    lent: LoanId,
    cancellable: LoanId,
}

pub async fn arrange_matrix(app: &TestApp, m: MunicipalityId) -> MatrixTargets {
    app.store.save_sportotek_settings(m, &open_every_day(), None).await.unwrap();
    let (item, sizes) = item_in(app, m, "Matrisskridskor", EquipmentCategory::Skates, &[("30", 6)]).await;
    let size = sizes[0];
    let copy = CopyId(app.store.staff_item(item).await.unwrap().unwrap().1.sizes[0].copies[0].id);
    let reserved = reserved_directly(app, m, size, "070-111 11 11").await;
    let cancellable = reserved_directly(app, m, size, "070-222 22 22").await;
    let settings = app.store.sportotek_settings(m).await.unwrap();
    let key = uuid::Uuid::new_v4().to_string();
    let walk_in = NewLoan {
        municipality_id: m,
        size_id: size,
        pickup_day: today(),
        first_name: "Matris",
        contact: "070-333 33 33",
        lang: None,
        idempotency_key: &key,
        walk_in: Some((None, today().plus_days(6))),
    };
    let Ok(Loaned::New(lent)) =
        app.store.lend(&walk_in, &settings, today(), &Audit::new(None, Some(m), "test-lent", "")).await
    else {
        panic!("lending for the matrix")
    };
    MatrixTargets { item, size, copy, reserved, lent, cancellable }
}

/// The path and body of a Sportotek staff route for the matrix; `m` is the own
/// municipality's staff path.
pub fn matrix_case(method: &str, template: &str, m: &str, t: &MatrixTargets) -> Option<(String, Option<Value>)> {
    let s = |rest: &str| format!("{m}/sportotek{rest}");
    let item_edit = json!({
        "category": "skates",
        "texts": { "sv": { "name": "Matrisskridskor", "description": "" } },
        "sizes": [{ "id": t.size.0, "label": "30", "kind": "shoe", "age_from": 6, "age_to": 9 }],
    });
    let copy = json!({ "size_id": t.size.0, "inventory_number": "MATRIS-NY", "condition": "fine", "note": "" });
    let loan = |id: LoanId, rest: &str| s(&format!("/loans/{id}{rest}"));
    let case = match (method, template.trim_start_matches("/municipalities/{municipality}/sportotek")) {
        ("GET", "/items") => (s("/items"), None),
        ("POST", "/items") => (
            s("/items"),
            Some(json!({ "category": "balls", "texts": { "sv": { "name": "Boll" } },
            "sizes": [{ "label": "5", "kind": "one-size" }] })),
        ),
        ("GET", "/items/{id}") => (s(&format!("/items/{}", t.item)), None),
        ("PUT", "/items/{id}") => (s(&format!("/items/{}", t.item)), Some(item_edit)),
        ("PUT", "/items/{id}/photo") => (s(&format!("/items/{}/photo", t.item)), Some(json!({ "not": "an image" }))),
        ("POST", "/items/{id}/copies") => (s(&format!("/items/{}/copies", t.item)), Some(copy)),
        ("PUT", "/copies/{id}") => {
            let body =
                json!({ "size_id": t.size.0, "inventory_number": "MATRIS-1", "condition": "fine", "note": "Ny" });
            (s(&format!("/copies/{}", t.copy)), Some(body))
        }
        ("GET", "/settings") => (s("/settings"), None),
        ("PUT", "/settings") => (s("/settings"), Some(serde_json::to_value(open_every_day()).unwrap())),
        ("GET", "/today") => (s("/today"), None),
        ("GET", "/loans") => (s("/loans?name=Matris&phone=0701111111"), None),
        ("POST", "/loans") => {
            let body = json!({ "size_id": t.size.0, "first_name": "Gående", "contact": "070-444 44 44",
                "idempotency_key": "matrix-walk-in-key" });
            (s("/loans"), Some(body))
        }
        ("POST", "/loans/{id}/checkout") => (loan(t.reserved, "/checkout"), Some(json!({}))),
        ("POST", "/loans/{id}/checkin") => (loan(t.lent, "/checkin"), Some(json!({ "condition": "fine" }))),
        ("POST", "/loans/{id}/extension") => {
            (loan(t.lent, "/extension"), Some(json!({ "due_day": today().plus_days(8).to_string() })))
        }
        ("POST", "/loans/{id}/reminder") => (loan(t.lent, "/reminder"), None),
        ("POST", "/loans/{id}/cancellation") => (loan(t.cancellable, "/cancellation"), None),
        ("GET", "/late") => (s("/late"), None),
        ("GET", "/stats") => (s(&format!("/stats?year={}", today().year())), None),
        _ => return None,
    };
    Some(case)
}

/// A signed-in staff request with a JSON body, for the Sportotek's staff routes.
pub async fn staff_call(
    app: &TestApp,
    session: &crate::helpers::Session,
    method: Method,
    rest: &str,
    body: Option<Value>,
) -> reqwest::Response {
    app.staff(Some(session), method, &staff_path(rest), body).await
}
