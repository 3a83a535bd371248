//! Arranging clubs and activities: a municipality without demo content, so that what the
//! finder lists is exactly what a test made, and activities made through the staff API.

use std::collections::BTreeMap;

use model::{
    activities::{ActivityEdit, ActivityStatus, ActivityText, Category, Contact, Created, Gender},
    associations::{luhn_check_digit, AssociationApplication, StaffAssociation},
    schedule::{Clock, Day, Schedule, Weekday},
};
use reqwest::Method;

use crate::helpers::{Session, TestApp};

/// A municipality made for the test, with no associations and no activities.
pub const EMPTY: &str = "norrby";
/// Makes `EMPTY` and signs in a region-wide admin, so an admin of it as well.
pub async fn empty_municipality(app: &TestApp) -> Session {
    app.store.create_municipality(EMPTY, "Norrby", false).await.unwrap();
    app.region_admin().await
}

/// Today in Sweden, as the server reckons it.
pub fn today() -> Day {
    server::calendar::swedish_now().0
}

pub fn clock(raw: &str) -> Clock {
    Clock::parse(raw).unwrap_or_else(|| panic!("a clock time: {raw}"))
}

pub fn weekly(weekdays: &[Weekday], start: &str, end: &str, from: Day, to: Day) -> Schedule {
    Schedule::Weekly {
        weekdays: weekdays.to_vec(),
        start: clock(start),
        end: clock(end),
        season_start: from,
        season_end: to,
    }
}

/// The first day of next month.
pub fn next_month() -> Day {
    let today = today();
    let (year, month) = if today.month() == 12 { (today.year() + 1, 1) } else { (today.year(), today.month() + 1) };
    Day::from_ymd(year, month, 1).unwrap()
}

/// The first day from `from` on that falls on `weekday`.
pub fn first_on(from: Day, weekday: Weekday) -> Day {
    (0..7).map(|d| from.plus_days(d)).find(|d| d.weekday() == weekday).unwrap()
}

pub fn text(title: &str) -> ActivityText {
    ActivityText { title: title.into(), ..Default::default() }
}

/// An open football group for 7–10-year-olds, every day at 17 in a season that runs
/// from two weeks ago to three months ahead, covered by the voucher. Tests change what
/// they look at.
pub fn activity(title: &str) -> ActivityEdit {
    ActivityEdit {
        category: Category::Football,
        min_age: 7,
        max_age: 10,
        gender: Gender::All,
        schedule: weekly(&Weekday::ALL, "17:00", "18:00", today().plus_days(-14), today().plus_days(90)),
        place: "Norrby IP".into(),
        position: None,
        cost_ore: 40_000,
        voucher_accepted: true,
        trial_sessions: 0,
        leader_languages: vec!["sv".into()],
        status: ActivityStatus::Open,
        texts: BTreeMap::from([("sv".into(), text(title))]),
        equipment_items: None,
    }
}

/// `activity` meeting every day from `in_days` days ahead, so its next meeting is then.
pub fn starting_in(title: &str, in_days: i64) -> ActivityEdit {
    let from = today().plus_days(in_days);
    ActivityEdit { schedule: weekly(&Weekday::ALL, "17:00", "18:00", from, from.plus_days(60)), ..activity(title) }
}

pub fn json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap()
}

/// A municipality's own activity, made by its admin; its id.
pub async fn create(app: &TestApp, admin: &Session, municipality: &str, edit: &ActivityEdit) -> i64 {
    let path = format!("/api/staff/municipalities/{municipality}/activities");
    created(app.staff(Some(admin), Method::POST, &path, Some(json(edit))).await).await
}

/// An association's activity; its id.
pub async fn create_for(app: &TestApp, session: &Session, association: i64, edit: &ActivityEdit) -> i64 {
    let path = format!("/api/staff/associations/{association}/activities");
    created(app.staff(Some(session), Method::POST, &path, Some(json(edit))).await).await
}

async fn created(response: reqwest::Response) -> i64 {
    let status = response.status();
    assert_eq!(status, 200, "creating an activity: {}", response.text().await.unwrap());
    response.json::<Created>().await.unwrap().id
}

pub async fn staff_activity(app: &TestApp, session: &Session, id: i64) -> model::activities::StaffActivity {
    let response = app.staff(Some(session), Method::GET, &format!("/api/staff/activities/{id}"), None).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// The finder's answer for `query` (`age=9&weekday=tue`).
pub async fn find(app: &TestApp, municipality: &str, query: &str) -> model::activities::ActivityList {
    app.get_json(&format!("/api/municipalities/{municipality}/activities?{query}")).await
}

/// The ids the finder lists for `query`, in its order.
pub async fn found(app: &TestApp, municipality: &str, query: &str) -> Vec<i64> {
    let list = find(app, municipality, query).await;
    assert_eq!(list.total as usize, list.items.len(), "{query}: all on one page");
    list.items.iter().map(|a| a.id).collect()
}

/// A well-formed organisation number, different for each `n` and from the demo's.
pub fn org_number(n: u32) -> String {
    let digits: Vec<u32> = format!("8025{n:05}").chars().map(|c| c.to_digit(10).unwrap()).collect();
    let check = luhn_check_digit(&digits);
    let text: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
    format!("{}-{}{check}", &text[..6], &text[6..])
}

pub fn application(name: &str, n: u32, email: &str) -> AssociationApplication {
    AssociationApplication {
        name: name.into(),
        org_number: org_number(n),
        contact: Contact {
            name: "Kim Ordförande".into(),
            phone: "0980-123 45".into(),
            email: email.into(),
            website: String::new(),
            address: "Storgatan 1, Norrby".into(),
        },
        categories: vec![Category::Games],
        description: "Vi spelar schack varje vecka.".into(),
    }
}

pub async fn apply(app: &TestApp, municipality: &str, application: &AssociationApplication) -> reqwest::Response {
    let path = format!("/api/municipalities/{municipality}/association-applications");
    app.post_raw(&path, "application/json", serde_json::to_string(application).unwrap()).await
}

/// Every association of the municipality, as its admin sees them.
pub async fn associations(app: &TestApp, admin: &Session, municipality: &str) -> Vec<StaffAssociation> {
    let path = format!("/api/staff/municipalities/{municipality}/associations");
    let response = app.staff(Some(admin), Method::GET, &path, None).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// Applies and returns the association as the admin sees it, still pending.
pub async fn applied(app: &TestApp, admin: &Session, municipality: &str, name: &str, n: u32) -> StaffAssociation {
    let email = format!("{}@{municipality}.example", server::store::slug_of(name));
    assert_eq!(apply(app, municipality, &application(name, n, &email)).await.status(), 201);
    associations(app, admin, municipality).await.into_iter().find(|a| a.name == name).unwrap()
}

/// An admin's decision; the answer.
pub async fn decide(
    app: &TestApp,
    admin: &Session,
    municipality: &str,
    id: i64,
    approve: bool,
) -> model::associations::DecisionResponse {
    let path = format!("/api/staff/municipalities/{municipality}/associations/{id}/decision");
    let response = app.staff(Some(admin), Method::POST, &path, Some(serde_json::json!({ "approve": approve }))).await;
    assert_eq!(response.status(), 200, "deciding on {id}");
    response.json().await.unwrap()
}
