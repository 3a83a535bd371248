//! The association side: applying, approval, who may change what, and what families see
//! of the changes.

use std::collections::BTreeMap;

use model::{
    activities::{ActivityEdit, ActivityStatus, ActivitySummary, AssociationState, StaffActivity},
    associations::{AssociationEdit, AssociationProfile, StaffAssociation},
    auth::{AuditEntry, Me, Role},
    Language,
};
use reqwest::Method;
use serde_json::json;

use crate::{
    activity_helpers::{activity, application, apply, associations, create_for, decide, find, json, staff_activity},
    helpers::{assert_error, session_from, spawn_app, Session, TestApp, DEMO_PASSWORD},
};

const ADMIN: &str = "admin@granviken.example";
const LEADER: &str = "forening@granviken.example";
const M: &str = "granviken";

/// Every activity the finder lists for `query`, page after page.
async fn everything(app: &TestApp, query: &str) -> Vec<ActivitySummary> {
    let mut all = Vec::new();
    loop {
        let page = find(app, M, &format!("{query}&offset={}", all.len())).await;
        let done = page.items.is_empty();
        all.extend(page.items);
        if done || all.len() >= page.total as usize {
            return all;
        }
    }
}

/// An application by `email`, approved by the admin; the association and the answer's link.
async fn approved(
    app: &TestApp,
    admin: &Session,
    name: &str,
    n: u32,
    email: &str,
) -> (StaffAssociation, Option<String>) {
    assert_eq!(apply(app, M, &application(name, n, email)).await.status(), 201);
    let club = associations(app, admin, M).await.into_iter().find(|a| a.name == name).unwrap();
    assert_eq!(club.state, AssociationState::Pending);
    let decision = decide(app, admin, M, club.id, true).await;
    (club, decision.invitation.map(|link| link.path))
}

/// Sets the password through the invitation link and signs in.
async fn accept(app: &TestApp, path: &str) -> Session {
    let token = path.strip_prefix("/staff/invitation#").unwrap_or_else(|| panic!("an invitation link: {path}"));
    let body = json!({ "token": token, "password": "a long new password" }).to_string();
    session_from(app.post_raw("/api/auth/invitations/accept", "application/json", body).await).await
}

fn profile(description_sv: &str, description_prs: &str) -> AssociationEdit {
    AssociationEdit {
        categories: vec![model::activities::Category::Games],
        contact: application("x", 0, "schack@granviken.example").contact,
        position: Some(model::activities::Position { lat: 60.52, lon: 14.23 }),
        accepts_voucher: true,
        descriptions: BTreeMap::from([("sv".into(), description_sv.into()), ("prs".into(), description_prs.into())]),
    }
}

#[tokio::test]
async fn an_approved_association_keeps_its_profile_and_activities_current_and_families_see_it() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let (club, link) = approved(&app, &admin, "Granvikens Schackklubb", 60, "Schack@Granviken.example").await;
    let leader = accept(&app, &link.expect("a new account gets a link")).await;
    let me: Me = app.staff(Some(&leader), Method::GET, "/api/auth/me", None).await.json().await.unwrap();
    assert_eq!(me.email, "schack@granviken.example");
    assert!(me.grants.iter().any(|g| g.role == Role::Association && g.municipality.as_deref() == Some(M)));
    let mine: Vec<StaffAssociation> =
        app.staff(Some(&leader), Method::GET, "/api/staff/associations", None).await.json().await.unwrap();
    assert_eq!(mine.iter().map(|a| (a.id, a.state)).collect::<Vec<_>>(), [(club.id, AssociationState::Approved)]);

    let edit = profile("Schack för alla åldrar.", "شطرنج برای همه");
    let path = format!("/api/staff/associations/{}", club.id);
    assert_eq!(app.staff(Some(&leader), Method::PUT, &path, Some(json(&edit))).await.status(), 204);
    let page: AssociationProfile =
        app.get_json(&format!("/api/municipalities/{M}/associations/{}?lang=prs", club.slug)).await;
    assert_eq!((page.lang, page.description.as_str()), (Language::Prs, "شطرنج برای همه"));

    let id = create_for(&app, &leader, club.id, &activity("Schack för nybörjare")).await;
    let shown = |items: Vec<ActivitySummary>| items.into_iter().find(|a| a.id == id);
    let listed = shown(everything(&app, "").await).expect("the new activity is in the finder");
    assert_eq!((listed.title.as_str(), listed.status), ("Schack för nybörjare", ActivityStatus::Open));
    assert_eq!(listed.organiser.association.as_deref(), Some(club.slug.as_str()));

    for status in [ActivityStatus::Paused, ActivityStatus::Full, ActivityStatus::Open] {
        let mut changed = activity("Schack, alla nivåer");
        changed.status = status;
        let save =
            app.staff(Some(&leader), Method::PUT, &format!("/api/staff/activities/{id}"), Some(json(&changed))).await;
        assert_eq!(save.status(), 204);
        let listed = shown(everything(&app, "").await).unwrap();
        assert_eq!((listed.title.as_str(), listed.status), ("Schack, alla nivåer", status));
    }
}

#[tokio::test]
async fn each_association_endpoint_refuses_whoever_may_not_use_it_and_nothing_changes() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let all = associations(&app, &admin, M).await;
    let own = all.iter().find(|a| a.slug == "granvikens-if").unwrap().id;
    let other = all.iter().find(|a| a.slug == "granvikens-simsallskap").unwrap().id;
    let their_activities: Vec<StaffActivity> = app
        .staff(Some(&admin), Method::GET, &format!("/api/staff/associations/{other}/activities"), None)
        .await
        .json()
        .await
        .unwrap();
    let theirs = their_activities[0].id;
    let municipal: Vec<StaffActivity> = app
        .staff(Some(&admin), Method::GET, &format!("/api/staff/municipalities/{M}/activities"), None)
        .await
        .json()
        .await
        .unwrap();
    let municipal = municipal[0].id;
    let before = (staff_activity(&app, &admin, theirs).await, staff_activity(&app, &admin, municipal).await);

    let edit = Some(json(&activity("Kapat")));
    let profile = Some(json(&profile("Kapad", "Kapad")));
    let endpoints: Vec<(Method, String, Option<serde_json::Value>)> = vec![
        (Method::GET, format!("/api/staff/associations/{other}"), None),
        (Method::PUT, format!("/api/staff/associations/{other}"), profile),
        (Method::GET, format!("/api/staff/associations/{other}/activities"), None),
        (Method::POST, format!("/api/staff/associations/{other}/activities"), edit.clone()),
        (Method::GET, format!("/api/staff/activities/{theirs}"), None),
        (Method::PUT, format!("/api/staff/activities/{theirs}"), edit.clone()),
        (Method::PUT, format!("/api/staff/activities/{municipal}"), edit.clone()),
        (Method::GET, format!("/api/staff/municipalities/{M}/activities"), None),
        (Method::POST, format!("/api/staff/municipalities/{M}/activities"), edit),
        (Method::GET, format!("/api/staff/municipalities/{M}/associations"), None),
        (
            Method::POST,
            format!("/api/staff/municipalities/{M}/associations/{other}/decision"),
            Some(json!({ "approve": false })),
        ),
    ];
    let mut sessions = vec![("nobody", None, 401, "error-unauthenticated")];
    for email in [LEADER, "guide@granviken.example", "samordnare@granviken.example"] {
        sessions.push((email, Some(app.sign_in(email, DEMO_PASSWORD).await), 403, "error-forbidden"));
    }
    for (method, path, body) in &endpoints {
        for (who, session, status, message_id) in &sessions {
            let response = app.staff(session.as_ref(), method.clone(), path, body.clone()).await;
            assert_error(response, *status, message_id, &format!("{who} {method} {path}")).await;
        }
    }
    assert_eq!((staff_activity(&app, &admin, theirs).await, staff_activity(&app, &admin, municipal).await), before);
    assert_eq!(associations(&app, &admin, M).await, all, "no association changed");
    let (_, leader, _, _) = &sessions[1];
    let own_path = format!("/api/staff/associations/{own}");
    assert_eq!(app.staff(leader.as_ref(), Method::GET, &own_path, None).await.status(), 200, "but its own, yes");
}

#[tokio::test]
async fn a_change_without_the_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let leader = app.sign_in(LEADER, DEMO_PASSWORD).await;
    let mine: Vec<StaffAssociation> =
        app.staff(Some(&leader), Method::GET, "/api/staff/associations", None).await.json().await.unwrap();
    let club = mine[0].id;
    let id = create_for(&app, &leader, club, &activity("Fotboll")).await;
    let before = staff_activity(&app, &leader, id).await;
    for (method, path) in [
        (Method::PUT, format!("/api/staff/activities/{id}")),
        (Method::POST, format!("/api/staff/associations/{club}/activities")),
    ] {
        for csrf in [None, Some("wrong-token")] {
            let mut request = app
                .client
                .request(method.clone(), format!("{}{path}", app.address))
                .header("cookie", &leader.cookie)
                .json(&activity("Ändrad"));
            if let Some(csrf) = csrf {
                request = request.header("x-csrf-token", csrf);
            }
            assert_error(request.send().await.unwrap(), 403, "error-csrf", &format!("{method} {path} {csrf:?}")).await;
        }
    }
    assert_eq!(staff_activity(&app, &leader, id).await, before);
    let activities: Vec<StaffActivity> = app
        .staff(Some(&leader), Method::GET, &format!("/api/staff/associations/{club}/activities"), None)
        .await
        .json()
        .await
        .unwrap();
    assert!(activities.iter().all(|a| a.edit.texts["sv"].title != "Ändrad"));
}

#[tokio::test]
async fn a_rejected_application_gets_no_account_and_stays_out_of_the_finder() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    assert_eq!(apply(&app, M, &application("Tveksam Förening", 61, "tveksam@granviken.example")).await.status(), 201);
    let club = associations(&app, &admin, M).await.into_iter().find(|a| a.name == "Tveksam Förening").unwrap();
    let id = create_for(&app, &admin, club.id, &activity("Tveksam aktivitet")).await;
    assert_eq!(decide(&app, &admin, M, club.id, false).await.invitation, None);

    let stored = associations(&app, &admin, M).await.into_iter().find(|a| a.id == club.id).unwrap();
    assert_eq!(stored.state, AssociationState::Rejected);
    assert!(everything(&app, "").await.iter().all(|a| a.id != id));
    assert_eq!(app.get(&format!("/api/municipalities/{M}/associations/{}", club.slug)).await.status(), 404);
    assert_eq!(app.store.credentials("tveksam@granviken.example").await.unwrap().map(|c| c.id), None);
}

#[tokio::test]
async fn an_account_whose_association_is_not_approved_cannot_edit_it() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let email = "kim@granviken.example";
    let (first, link) = approved(&app, &admin, "Första Klubben", 62, email).await;
    let kim = accept(&app, &link.unwrap()).await;
    // The same person applies for a second club; their account is linked to it while it waits.
    assert_eq!(apply(&app, M, &application("Andra Klubben", 63, email)).await.status(), 201);
    let second = associations(&app, &admin, M).await.into_iter().find(|a| a.name == "Andra Klubben").unwrap();
    let account = app.store.credentials(email).await.unwrap().unwrap().id;
    sqlx::query("INSERT INTO association_accounts (association_id, account_id) VALUES ($1, $2)")
        .bind(second.id)
        .bind(account)
        .execute(app.store.pool())
        .await
        .unwrap();

    let edit = Some(json(&profile("Ändrad", "Ändrad")));
    let refused = |id: i64| {
        [
            (Method::PUT, format!("/api/staff/associations/{id}"), edit.clone()),
            (Method::POST, format!("/api/staff/associations/{id}/activities"), Some(json(&activity("X")))),
        ]
    };
    for (method, path, body) in refused(second.id) {
        let response = app.staff(Some(&kim), method.clone(), &path, body).await;
        assert_error(response, 403, "error-forbidden", &format!("pending: {method} {path}")).await;
    }
    let own = app.staff(Some(&kim), Method::PUT, &format!("/api/staff/associations/{}", first.id), edit.clone()).await;
    assert_eq!(own.status(), 204, "the approved one, yes");

    // Rejected after approval: the account can no longer change it, and families no longer see it.
    let id = create_for(&app, &kim, first.id, &activity("Första aktiviteten")).await;
    decide(&app, &admin, M, first.id, false).await;
    for (method, path, body) in refused(first.id) {
        let response = app.staff(Some(&kim), method.clone(), &path, body).await;
        assert_error(response, 403, "error-forbidden", &format!("rejected: {method} {path}")).await;
    }
    assert!(everything(&app, "").await.iter().all(|a| a.id != id));
}

#[tokio::test]
async fn approving_a_contact_who_already_has_an_account_grants_nothing_until_its_owner_accepts() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let guide = app.sign_in("guide@granviken.example", DEMO_PASSWORD).await;
    let (club, link) = approved(&app, &admin, "Guidernas Klubb", 64, "Guide@Granviken.example").await;
    assert!(link.is_some(), "the same answer as for a new e-mail");
    let path = format!("/api/staff/associations/{}/activities", club.id);
    let early = app.staff(Some(&guide), Method::POST, &path, Some(json(&activity("Guidad tur")))).await;
    assert_error(early, 403, "error-forbidden", "before the owner accepts").await;

    let me: Me = app.staff(Some(&guide), Method::GET, "/api/auth/me", None).await.json().await.unwrap();
    assert_eq!(me.offers.len(), 1, "the offer waits for its owner");
    assert_eq!((me.offers[0].role, me.offers[0].association.as_deref()), (Role::Association, Some("Guidernas Klubb")));
    let accepted =
        app.staff(Some(&guide), Method::POST, &format!("/api/staff/offers/{}/acceptance", me.offers[0].id), None).await;
    assert_eq!(accepted.status(), 204);
    let id = create_for(&app, &guide, club.id, &activity("Guidad tur")).await;
    assert!(everything(&app, "").await.iter().any(|a| a.id == id));
}

#[tokio::test]
async fn the_audit_log_records_the_application_the_approval_and_every_save() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let name = "Granvikens Schackklubb";
    let (club, link) = approved(&app, &admin, name, 65, "schack@granviken.example").await;
    let leader = accept(&app, &link.unwrap()).await;
    let path = format!("/api/staff/associations/{}", club.id);
    app.staff(Some(&leader), Method::PUT, &path, Some(json(&profile("Schack", "Schack")))).await;
    let id = create_for(&app, &leader, club.id, &activity("Schack")).await;
    let edit = ActivityEdit { status: ActivityStatus::Full, ..activity("Schack") };
    app.staff(Some(&leader), Method::PUT, &format!("/api/staff/activities/{id}"), Some(json(&edit))).await;

    let log: Vec<AuditEntry> = app
        .staff(Some(&admin), Method::GET, &format!("/api/staff/municipalities/{M}/audit"), None)
        .await
        .json()
        .await
        .unwrap();
    let entries: Vec<(Option<&str>, &str, &str)> =
        log.iter().take(7).map(|e| (e.actor.as_deref(), e.action.as_str(), e.target.as_str())).collect();
    let leader_email = Some("schack@granviken.example");
    let id = id.to_string();
    assert_eq!(
        entries,
        [
            (leader_email, "activity-saved", id.as_str()),
            (leader_email, "activity-created", id.as_str()),
            (leader_email, "association-saved", name),
            (leader_email, "password-set", "schack@granviken.example"),
            (Some(ADMIN), "association-invited", name),
            (Some(ADMIN), "association-approved", name),
            (None, "association-applied", name),
        ]
    );
}
