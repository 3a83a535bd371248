//! Trust between municipalities: no staff account reaches beyond what it runs. The
//! takeover reported in issue 10, replayed step by step, and the rules that stop it.

use clap::Parser as _;
use model::auth::{Account, InvitationLink, Me, Role};
use reqwest::Method;
use serde_json::json;
use sqlx::Row as _;

use crate::{
    activity_helpers::{application, apply, associations, decide},
    helpers::{
        assert_error, link_token, session_from, spawn_app, spawn_app_with, Options, Session, TestApp, DEMO_PASSWORD,
        REGION_ADMIN,
    },
};

const B: &str = "bstad";

/// Bstad and its admin, as `server create-admin --municipality bstad` makes them.
async fn bstad(app: &TestApp) -> (server::ids::MunicipalityId, Session) {
    let m = app.store.create_municipality(B, "Bstad", false).await.unwrap();
    app.account_with("evil@b.example", &[(Role::Admin, Some(m))]).await;
    (m, app.sign_in("evil@b.example", DEMO_PASSWORD).await)
}

async fn accept(app: &TestApp, token: &str, password: &str) -> reqwest::Response {
    let body = json!({ "token": token, "password": password }).to_string();
    app.post_raw("/api/auth/invitations/accept", "application/json", body).await
}

async fn me(app: &TestApp, session: &Session) -> Me {
    app.staff(Some(session), Method::GET, "/api/auth/me", None).await.json().await.unwrap()
}

async fn accounts(app: &TestApp, session: &Session, municipality: &str) -> Vec<Account> {
    let path = format!("/api/staff/municipalities/{municipality}/accounts");
    app.staff(Some(session), Method::GET, &path, None).await.json().await.unwrap()
}

async fn audit_count(app: &TestApp) -> i64 {
    sqlx::query("SELECT COUNT(*) FROM audit_log").fetch_one(app.store.pool()).await.unwrap().get(0)
}

#[tokio::test]
async fn the_reported_takeover_of_the_region_admin_ends_in_refusals() {
    let app = spawn_app().await;
    let region = app.region_admin().await;
    let region_id = app.store.credentials(REGION_ADMIN).await.unwrap().unwrap().id;
    // 1. An admin of a second municipality.
    let (_, evil) = bstad(&app).await;
    // 2. An association applies to Bstad with the region admin's e-mail as its contact.
    assert_eq!(apply(&app, B, &application("Kapningsklubben", 71, REGION_ADMIN)).await.status(), 201);
    let club = associations(&app, &evil, B).await.into_iter().find(|a| a.name == "Kapningsklubben").unwrap();
    // 3. Bstad's admin approves it: the answer looks like any approval, and grants nothing.
    let link = decide(&app, &evil, B, club.id, true).await.invitation.expect("the same answer as for a new e-mail");
    assert_eq!(me(&app, &region).await.grants.len(), 1, "still only the region-wide admin role");
    // 4. The account is not among Bstad's people, and Bstad's admin cannot reach it.
    assert!(accounts(&app, &evil, B).await.iter().all(|a| a.id != region_id.0));
    for (method, action) in [(Method::POST, "password-reset"), (Method::POST, "deactivate")] {
        let path = format!("/api/staff/municipalities/{B}/accounts/{region_id}/{action}");
        assert_error(app.staff(Some(&evil), method, &path, None).await, 404, "error-not-found", action).await;
    }
    // 5. The approval's link does not set the region admin's password: it asks for it.
    let taken = accept(&app, link_token(&link), "the attacker's new password").await;
    assert_error(taken, 401, "error-sign-in-failed", "the link asks for the account's own password").await;
    assert_eq!(app.sign_in_response(REGION_ADMIN, "the attacker's new password").await.status(), 401);
    assert_eq!(app.sign_in_response(REGION_ADMIN, DEMO_PASSWORD).await.status(), 200);

    // Even once the owner accepts the role in Bstad, Bstad's admin cannot act on the
    // whole account, nor change a region-wide account's roles.
    let offer = me(&app, &region).await.offers[0].id;
    let accepted = app.staff(Some(&region), Method::POST, &format!("/api/staff/offers/{offer}/acceptance"), None).await;
    assert_eq!(accepted.status(), 204);
    let listed = accounts(&app, &evil, B).await;
    let seen = listed.iter().find(|a| a.id == region_id.0).expect("now a member of Bstad");
    assert_eq!(
        seen.grants.iter().map(|g| (g.role, g.municipality.as_deref())).collect::<Vec<_>>(),
        [(Role::Association, Some(B))]
    );
    assert!(!seen.whole_account);
    for (method, action, body) in [
        (Method::POST, "password-reset", None),
        (Method::POST, "deactivate", None),
        (Method::PUT, "roles", Some(json!({ "roles": ["admin"] }))),
    ] {
        let path = format!("/api/staff/municipalities/{B}/accounts/{region_id}/{action}");
        assert_error(app.staff(Some(&evil), method, &path, body).await, 403, "error-forbidden", action).await;
    }
    assert_eq!(me(&app, &region).await.grants.len(), 2);
    assert_eq!(app.sign_in_response(REGION_ADMIN, DEMO_PASSWORD).await.status(), 200, "the account is untouched");
}

#[tokio::test]
async fn acting_on_a_whole_account_needs_an_admin_of_every_municipality_it_works_in() {
    let app = spawn_app().await;
    let own = app.municipality_id().await;
    let (b, evil) = bstad(&app).await;
    let both = app.account_with("bada@granviken.example", &[(Role::Guide, Some(own)), (Role::Guide, Some(b))]).await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    for (session, m) in [(&admin, "granviken"), (&evil, B)] {
        for action in ["password-reset", "deactivate"] {
            let path = format!("/api/staff/municipalities/{m}/accounts/{both}/{action}");
            assert_error(app.staff(Some(session), Method::POST, &path, None).await, 403, "error-forbidden", action)
                .await;
        }
        // Roles stay per municipality: each admin changes the roles in their own.
        let path = format!("/api/staff/municipalities/{m}/accounts/{both}/roles");
        let roles = Some(json!({ "roles": ["guide", "coordinator"] }));
        assert_eq!(app.staff(Some(session), Method::PUT, &path, roles).await.status(), 204, "{m}");
    }
    // Each list shows only its own municipality's grants of the person.
    let seen = accounts(&app, &admin, "granviken").await.into_iter().find(|a| a.id == both.0).unwrap();
    assert!(seen.grants.iter().all(|g| g.municipality.as_deref() == Some("granviken")), "{:?}", seen.grants);
    assert!(!seen.whole_account);
    // A region-wide admin administers both.
    let region = app.region_admin().await;
    let path = format!("/api/staff/municipalities/{B}/accounts/{both}/password-reset");
    assert_eq!(app.staff(Some(&region), Method::POST, &path, None).await.status(), 200);
    let seen = accounts(&app, &region, B).await.into_iter().find(|a| a.id == both.0).unwrap();
    assert_eq!(seen.grants.len(), 4);
    assert!(seen.whole_account);
}

#[tokio::test]
async fn inviting_an_address_with_an_account_elsewhere_answers_alike_and_grants_only_on_acceptance() {
    let app = spawn_app().await;
    let (_, evil) = bstad(&app).await;
    let invite = async |email: &str| {
        let body = Some(json!({ "email": email, "roles": ["admin"] }));
        app.staff(Some(&evil), Method::POST, &format!("/api/staff/municipalities/{B}/invitations"), body).await
    };
    let existing = invite("admin@granviken.example").await;
    let new = invite("helt.ny@b.example").await;
    assert_eq!((existing.status().as_u16(), new.status().as_u16()), (200, 200));
    let existing: serde_json::Value = existing.json().await.unwrap();
    let new: serde_json::Value = new.json().await.unwrap();
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&existing), keys(&new), "the answers have the same shape");
    let link: InvitationLink = serde_json::from_value(existing).unwrap();
    assert!(link.path.starts_with("/staff/invitation#"), "the token stays out of paths and logs: {}", link.path);

    let owner = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    assert!(me(&app, &owner).await.grants.iter().all(|g| g.municipality.as_deref() != Some(B)), "nothing granted yet");
    assert_error(accept(&app, link_token(&link), "guessed password!").await, 401, "error-sign-in-failed", "wrong")
        .await;
    assert!(me(&app, &owner).await.grants.iter().all(|g| g.municipality.as_deref() != Some(B)));
    // The owner, with their own password, accepts: the password stays, the role arrives.
    let session = session_from(accept(&app, link_token(&link), DEMO_PASSWORD).await).await;
    assert!(me(&app, &session)
        .await
        .grants
        .iter()
        .any(|g| g.role == Role::Admin && g.municipality.as_deref() == Some(B)));
    assert_eq!(app.sign_in_response("admin@granviken.example", DEMO_PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn a_refused_offer_grants_nothing_and_nobody_else_can_answer_it() {
    let app = spawn_app().await;
    let (_, evil) = bstad(&app).await;
    let body = Some(json!({ "email": "guide@granviken.example", "roles": ["coordinator"] }));
    app.staff(Some(&evil), Method::POST, &format!("/api/staff/municipalities/{B}/invitations"), body).await;
    let guide = app.sign_in("guide@granviken.example", DEMO_PASSWORD).await;
    let offers = me(&app, &guide).await.offers;
    assert_eq!((offers.len(), offers[0].role, offers[0].municipality.as_str()), (1, Role::Coordinator, B));
    let other = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    for (session, status) in [(&other, 404), (&evil, 404), (&guide, 204)] {
        let path = format!("/api/staff/offers/{}/refusal", offers[0].id);
        assert_eq!(app.staff(Some(session), Method::POST, &path, None).await.status(), status);
    }
    let me = me(&app, &guide).await;
    assert!(me.offers.is_empty());
    assert!(me.grants.iter().all(|g| g.municipality.as_deref() != Some(B)));
}

#[tokio::test]
async fn an_account_has_one_live_link_and_deactivation_ends_it_without_an_audit_entry() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let guide = app.store.credentials("guide@granviken.example").await.unwrap().unwrap().id;
    let reset = async || -> InvitationLink {
        let path = format!("/api/staff/municipalities/granviken/accounts/{guide}/password-reset");
        app.staff(Some(&admin), Method::POST, &path, None).await.json().await.unwrap()
    };
    let (first, second) = (reset().await, reset().await);
    assert_error(
        accept(&app, link_token(&first), "a long new password").await,
        404,
        "error-invitation-invalid",
        "an older link",
    )
    .await;
    let third = reset().await;
    let path = format!("/api/staff/municipalities/granviken/accounts/{guide}/deactivate");
    assert_eq!(app.staff(Some(&admin), Method::POST, &path, None).await.status(), 204);
    let entries = audit_count(&app).await;
    for link in [&second, &third] {
        let response = accept(&app, link_token(link), "a long new password").await;
        assert_error(response, 404, "error-invitation-invalid", "a deactivated account's link").await;
    }
    assert_eq!(audit_count(&app).await, entries, "a refused link writes no audit entry");
    // Even a link made while the account is deactivated is refused.
    let fourth = reset().await;
    let entries = audit_count(&app).await;
    assert_error(
        accept(&app, link_token(&fourth), "a long new password").await,
        404,
        "error-invitation-invalid",
        "deactivated",
    )
    .await;
    assert_eq!(audit_count(&app).await, entries);
}

#[tokio::test]
async fn a_made_up_token_is_refused_before_any_password_is_checked() {
    let app = spawn_app().await;
    // A password far too short would be a 422 if it were looked at; the dead token comes first.
    for token in ["made-up", "", &"x".repeat(10_000)] {
        assert_error(accept(&app, token, "x").await, 404, "error-invitation-invalid", "dead token").await;
    }
}

#[tokio::test]
async fn a_rejected_association_loses_its_redemptions_names_and_reversals() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let leader = app.sign_in("forening@granviken.example", DEMO_PASSWORD).await;
    let club = associations(&app, &admin, "granviken").await.into_iter().find(|a| a.slug == "granvikens-if").unwrap();
    let path = format!("/api/staff/associations/{}/vouchers", club.id);
    let vouchers: model::vouchers::AssociationVouchers =
        app.staff(Some(&leader), Method::GET, &path, None).await.json().await.unwrap();
    let redemption = vouchers.redemptions[0].id;
    decide(&app, &admin, "granviken", club.id, false).await;
    assert_error(app.staff(Some(&leader), Method::GET, &path, None).await, 403, "error-forbidden", "redemptions").await;
    let reversal = format!("/api/staff/redemptions/{redemption}/reversal");
    let body = Some(json!({ "reason": "Fel barn" }));
    assert_error(app.staff(Some(&leader), Method::POST, &reversal, body).await, 403, "error-forbidden", "reversal")
        .await;
    assert_eq!(app.staff(Some(&admin), Method::GET, &path, None).await.status(), 200, "staff still see them");
}

#[tokio::test]
async fn a_change_whose_audit_entry_cannot_be_written_does_not_happen() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let guide = app.store.credentials("guide@granviken.example").await.unwrap().unwrap().id;
    // The audit log refuses every entry from now on.
    let refuse = if app.store.backend() == server::store::Backend::Postgres {
        vec![
            "CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'no audit'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()",
        ]
    } else {
        vec!["CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no audit'); END"]
    };
    for sql in refuse {
        sqlx::query(sql).execute(app.store.pool()).await.unwrap();
    }
    let path = format!("/api/staff/municipalities/granviken/accounts/{guide}/deactivate");
    assert_eq!(app.staff(Some(&admin), Method::POST, &path, None).await.status(), 500);
    let guide = app.store.credentials("guide@granviken.example").await.unwrap().unwrap();
    assert!(guide.active, "the deactivation went with its audit entry");
}

#[tokio::test]
async fn without_demo_a_database_gets_no_account_and_the_demo_has_no_region_wide_account() {
    assert!(!server::config::Config::parse_from(["server"]).demo, "demo data is opt-in");
    assert!(server::config::Config::parse_from(["server", "--demo"]).demo);
    let bare = spawn_app_with(Options { demo: false, ..Options::default() }).await;
    let accounts: i64 = sqlx::query("SELECT COUNT(*) FROM accounts").fetch_one(bare.store.pool()).await.unwrap().get(0);
    assert_eq!(accounts, 0, "a database started without --demo has no account to sign in with");
    let app = spawn_app().await;
    let region_wide: i64 = sqlx::query("SELECT COUNT(*) FROM account_roles WHERE municipality_id IS NULL")
        .fetch_one(app.store.pool())
        .await
        .unwrap()
        .get(0);
    assert_eq!(region_wide, 0, "a published password never opens a whole region");
}

#[tokio::test]
async fn a_bad_row_is_a_clear_server_error_and_the_server_keeps_serving() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let guide = app.store.credentials("guide@granviken.example").await.unwrap().unwrap().id;
    // A role no version of the server knows, written behind its back.
    sqlx::query("UPDATE account_roles SET role = 'emperor' WHERE account_id = $1")
        .bind(guide)
        .execute(app.store.pool())
        .await
        .unwrap();
    let people = app.staff(Some(&admin), Method::GET, "/api/staff/municipalities/granviken/accounts", None).await;
    assert_error(people, 500, "error-internal", "the list reads the bad row").await;
    assert_eq!(app.get("/api/health").await.status(), 200, "the server still answers");
    assert_eq!(app.staff(Some(&admin), Method::GET, "/api/auth/me", None).await.status(), 200);
}

#[tokio::test]
async fn guessing_an_accounts_password_on_its_invitation_link_counts_like_signing_in() {
    let app = spawn_app().await;
    let (_, evil) = bstad(&app).await;
    let body = Some(json!({ "email": "admin@granviken.example", "roles": ["guide"] }));
    let link: InvitationLink = app
        .staff(Some(&evil), Method::POST, &format!("/api/staff/municipalities/{B}/invitations"), body)
        .await
        .json()
        .await
        .unwrap();
    for n in 0..10 {
        let guess = accept(&app, link_token(&link), &format!("guess number {n}")).await;
        assert_error(guess, 401, "error-sign-in-failed", "a wrong guess").await;
    }
    let refused = accept(&app, link_token(&link), DEMO_PASSWORD).await;
    assert_error(refused, 429, "error-rate-limited", "the eleventh try from the guessing client").await;
    let failed: i64 = sqlx::query("SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in-failed'")
        .fetch_one(app.store.pool())
        .await
        .unwrap()
        .get(0);
    assert_eq!(failed, 10, "each wrong guess is audited");
}
