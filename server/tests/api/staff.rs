//! Staff accounts: sign-in, sessions, CSRF, invitations, roles and the audit log.

use model::auth::{Account, AuditEntry, InvitationLink, Me, Role};
use reqwest::Method;
use serde_json::json;

use server::store::{NewLink, Purpose};

use crate::helpers::{assert_error, link_token, session_from, spawn_app, spawn_app_with, Options, DEMO_PASSWORD};

const ADMIN: &str = "admin@granviken.example";

fn expired_link(account_id: server::ids::AccountId, purpose: Purpose, token_hash: &str) -> NewLink<'_> {
    let expires_at = server::store::now() - 1;
    NewLink { account_id, purpose, municipality_id: None, created_by: None, token_hash, expires_at }
}
const M: &str = "/api/staff/municipalities/granviken";

#[tokio::test]
async fn signing_in_sets_a_strict_host_only_cookie_and_tells_who_is_signed_in() {
    let app = spawn_app().await;
    let response = app.sign_in_response(" Admin@Granviken.example ", DEMO_PASSWORD).await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    for part in ["__Host-vk_session=", "HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(part), "{cookie}");
    }
    let session = session_from(app.sign_in_response(ADMIN, DEMO_PASSWORD).await).await;
    let me: Me = app.staff(Some(&session), Method::GET, "/api/auth/me", None).await.json().await.unwrap();
    assert_eq!(me.email, ADMIN);
    assert_eq!(me.grants[0].role, Role::Admin);
    assert_eq!(me.grants[0].municipality.as_deref(), Some("granviken"));
}

#[tokio::test]
async fn every_sign_in_gets_a_new_session_token() {
    let app = spawn_app().await;
    let a = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let b = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    assert_ne!(a.cookie, b.cookie);
    assert_ne!(a.csrf, b.csrf);
}

#[tokio::test]
async fn an_unknown_email_and_a_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    let unknown = app.sign_in_response("nobody@granviken.example", DEMO_PASSWORD).await;
    let wrong = app.sign_in_response(ADMIN, "wrong password!").await;
    assert_eq!(unknown.status(), 401);
    assert_eq!(wrong.status(), 401);
    // The same body but for the request's own id, which every answer has.
    let body = |mut body: serde_json::Value| {
        assert!(body["request_id"].as_str().is_some_and(|id| !id.is_empty()), "{body}");
        body.as_object_mut().unwrap().remove("request_id");
        body
    };
    let unknown: serde_json::Value = unknown.json().await.unwrap();
    let wrong: serde_json::Value = wrong.json().await.unwrap();
    assert_eq!(body(unknown), body(wrong));
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_account_even_with_the_right_password() {
    let app = spawn_app().await;
    for _ in 0..10 {
        assert_eq!(app.sign_in_response(ADMIN, "wrong password!").await.status(), 401);
    }
    assert_error(app.sign_in_response(ADMIN, DEMO_PASSWORD).await, 429, "error-rate-limited", "eleventh attempt").await;
    assert_eq!(
        app.sign_in_response("guide@granviken.example", DEMO_PASSWORD).await.status(),
        200,
        "other accounts still work"
    );
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_client() {
    let app = spawn_app_with(Options { sign_in_per_minute: 3, ..Options::default() }).await;
    for email in ["a@x.se", "b@x.se", "c@x.se"] {
        assert_eq!(app.sign_in_response(email, "whatever password").await.status(), 401);
    }
    assert_error(
        app.sign_in_response(ADMIN, DEMO_PASSWORD).await,
        429,
        "error-rate-limited",
        "fourth attempt from one client",
    )
    .await;
}

#[tokio::test]
async fn a_change_without_the_right_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let session = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let body = json!({ "name": "Hacked", "contact_email": "", "contact_phone": "", "region": "" });
    for csrf in [None, Some("wrong-token")] {
        let mut request =
            app.client.put(format!("{}{M}/settings", app.address)).header("cookie", &session.cookie).json(&body);
        if let Some(csrf) = csrf {
            request = request.header("x-csrf-token", csrf);
        }
        assert_error(request.send().await.unwrap(), 403, "error-csrf", "CSRF token missing or wrong").await;
    }
    let settings: serde_json::Value =
        app.staff(Some(&session), Method::GET, &format!("{M}/settings"), None).await.json().await.unwrap();
    assert_eq!(settings["name"], "Granviken");
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let app = spawn_app().await;
    let session = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let out = app.staff(Some(&session), Method::POST, "/api/auth/sign-out", None).await;
    assert_eq!(out.status(), 204);
    assert!(out.headers()["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    assert_error(
        app.staff(Some(&session), Method::GET, "/api/auth/me", None).await,
        401,
        "error-unauthenticated",
        "after sign-out",
    )
    .await;
}

#[tokio::test]
async fn an_invitation_link_sets_a_password_once_and_signs_in_with_the_roles_given() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let invite = json!({ "email": "Ny.Guide@Granviken.example", "roles": ["guide", "coordinator"] });
    let link: InvitationLink = app
        .staff(Some(&admin), Method::POST, &format!("{M}/invitations"), Some(invite.clone()))
        .await
        .json()
        .await
        .unwrap();
    let token = link_token(&link).to_owned();

    assert_error(
        app.post_raw(
            "/api/auth/invitations/accept",
            "application/json",
            json!({ "token": token, "password": "short" }).to_string(),
        )
        .await,
        422,
        "error-password-too-short",
        "short password",
    )
    .await;
    let accepted = app
        .post_raw(
            "/api/auth/invitations/accept",
            "application/json",
            json!({ "token": token, "password": "a long new password" }).to_string(),
        )
        .await;
    let session = session_from(accepted).await;
    let me: Me = app.staff(Some(&session), Method::GET, "/api/auth/me", None).await.json().await.unwrap();
    assert_eq!(me.email, "ny.guide@granviken.example");
    assert_eq!(me.grants.iter().map(|g| g.role).collect::<Vec<_>>(), [Role::Coordinator, Role::Guide]);

    let reused = app
        .post_raw(
            "/api/auth/invitations/accept",
            "application/json",
            json!({ "token": token, "password": "another long password" }).to_string(),
        )
        .await;
    assert_error(reused, 404, "error-invitation-invalid", "a used link").await;
    assert_eq!(
        app.sign_in_response("ny.guide@granviken.example", "another long password").await.status(),
        401,
        "the reuse set nothing"
    );
    assert_eq!(app.sign_in_response("ny.guide@granviken.example", "a long new password").await.status(), 200);

    let again = app.staff(Some(&admin), Method::POST, &format!("{M}/invitations"), Some(invite)).await;
    assert_error(again, 409, "error-already-member", "the same e-mail twice").await;
}

#[tokio::test]
async fn an_expired_or_made_up_invitation_link_is_refused() {
    let app = spawn_app().await;
    let id = app.store.create_account("late@granviken.example", "", false).await.unwrap().unwrap();
    let token = server::auth::new_token();
    let audit = server::store::Audit::new(None, None, "test-link", "");
    let hash = server::auth::token_hash(&token);
    let link = expired_link(id, Purpose::Invite, &hash);
    app.store.create_link(&link, &[], &audit).await.unwrap();
    for (token, why) in [(token.as_str(), "expired"), ("made-up-token", "made up"), ("' OR 1=1 --", "SQL")] {
        let response = app
            .post_raw(
                "/api/auth/invitations/accept",
                "application/json",
                json!({ "token": token, "password": "a long new password" }).to_string(),
            )
            .await;
        assert_error(response, 404, "error-invitation-invalid", why).await;
    }
}

#[tokio::test]
async fn a_password_reset_link_ends_the_old_sessions() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let guide = app.sign_in("guide@granviken.example", DEMO_PASSWORD).await;
    let guide_id = app.store.credentials("guide@granviken.example").await.unwrap().unwrap().id;
    let link: InvitationLink = app
        .staff(Some(&admin), Method::POST, &format!("{M}/accounts/{guide_id}/password-reset"), None)
        .await
        .json()
        .await
        .unwrap();
    let token = link_token(&link);
    let accepted = app
        .post_raw(
            "/api/auth/invitations/accept",
            "application/json",
            json!({ "token": token, "password": "a brand new password" }).to_string(),
        )
        .await;
    assert_eq!(accepted.status(), 200);
    assert_eq!(app.staff(Some(&guide), Method::GET, "/api/auth/me", None).await.status(), 401);
    assert_eq!(app.sign_in_response("guide@granviken.example", DEMO_PASSWORD).await.status(), 401);
}

#[tokio::test]
async fn a_deactivated_account_is_signed_out_and_cannot_sign_in() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let guide = app.sign_in("guide@granviken.example", DEMO_PASSWORD).await;
    let guide_id = app.store.credentials("guide@granviken.example").await.unwrap().unwrap().id;
    assert_eq!(
        app.staff(Some(&admin), Method::POST, &format!("{M}/accounts/{guide_id}/deactivate"), None).await.status(),
        204
    );
    assert_eq!(app.staff(Some(&guide), Method::GET, "/api/auth/me", None).await.status(), 401);
    assert_eq!(app.sign_in_response("guide@granviken.example", DEMO_PASSWORD).await.status(), 401);
    let accounts: Vec<Account> =
        app.staff(Some(&admin), Method::GET, &format!("{M}/accounts"), None).await.json().await.unwrap();
    assert!(!accounts.iter().find(|a| a.id == guide_id.0).unwrap().active);
}

#[tokio::test]
async fn an_admin_cannot_remove_their_own_admin_role_or_deactivate_themselves() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let id = app.store.credentials(ADMIN).await.unwrap().unwrap().id;
    let roles = app
        .staff(Some(&admin), Method::PUT, &format!("{M}/accounts/{id}/roles"), Some(json!({ "roles": ["guide"] })))
        .await;
    assert_error(roles, 422, "error-own-admin-role", "own admin role").await;
    let deactivate = app.staff(Some(&admin), Method::POST, &format!("{M}/accounts/{id}/deactivate"), None).await;
    assert_error(deactivate, 422, "error-own-account", "own account").await;
    assert_eq!(app.staff(Some(&admin), Method::GET, "/api/auth/me", None).await.status(), 200);
}

#[tokio::test]
async fn changes_are_in_the_audit_log_with_who_and_what() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    app.staff(Some(&admin), Method::POST, &format!("{M}/articles/tandvard/unpublish"), None).await;
    app.staff(
        Some(&admin),
        Method::POST,
        &format!("{M}/invitations"),
        Some(json!({ "email": "x@granviken.example", "roles": ["sportotek"] })),
    )
    .await;
    let log: Vec<AuditEntry> =
        app.staff(Some(&admin), Method::GET, &format!("{M}/audit"), None).await.json().await.unwrap();
    let actions: Vec<(&str, &str)> = log.iter().map(|e| (e.action.as_str(), e.target.as_str())).collect();
    assert_eq!(&actions[..2], [("invited", "x@granviken.example: sportotek"), ("article-unpublished", "tandvard")]);
    assert!(log.iter().take(2).all(|e| e.actor.as_deref() == Some(ADMIN)));
}

#[tokio::test]
async fn bad_staff_input_gets_a_clear_error() {
    let app = spawn_app().await;
    let admin = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let cases = [
        (
            Method::POST,
            format!("{M}/invitations"),
            json!({ "email": "not-an-email", "roles": ["guide"] }),
            422,
            "error-invalid-email",
        ),
        (
            Method::POST,
            format!("{M}/invitations"),
            json!({ "email": "'; DROP TABLE accounts; --@x.se", "roles": ["guide"] }),
            422,
            "error-invalid-email",
        ),
        (
            Method::POST,
            format!("{M}/invitations"),
            json!({ "email": "ok@granviken.example", "roles": [] }),
            422,
            "error-required",
        ),
        (
            Method::POST,
            format!("{M}/invitations"),
            json!({ "email": "ok@granviken.example", "roles": ["root"] }),
            400,
            "error-malformed-body",
        ),
        (
            Method::POST,
            format!("{M}/invitations"),
            json!({ "email": "ok@granviken.example" }),
            400,
            "error-malformed-body",
        ),
        (
            Method::PUT,
            format!("{M}/settings"),
            json!({ "name": " ", "contact_email": "", "contact_phone": "", "region": "" }),
            422,
            "error-required",
        ),
        (
            Method::PUT,
            format!("{M}/settings"),
            json!({ "name": "G", "contact_email": "nope", "contact_phone": "", "region": "" }),
            422,
            "error-invalid-email",
        ),
        (Method::PUT, format!("{M}/accounts/999999/roles"), json!({ "roles": ["guide"] }), 404, "error-not-found"),
        (Method::POST, "/api/auth/sign-in".to_owned(), json!({ "email": ADMIN }), 400, "error-malformed-body"),
    ];
    for (method, path, body, status, message_id) in cases {
        assert_error(
            app.staff(Some(&admin), method.clone(), &path, Some(body.clone())).await,
            status,
            message_id,
            &format!("{method} {path} {body}"),
        )
        .await;
    }
    assert_eq!(app.store.credentials("ok@granviken.example").await.unwrap().map(|c| c.id), None, "no account was made");
}

#[tokio::test]
async fn the_create_admin_command_makes_an_admin_who_can_sign_in() {
    let dir = std::env::temp_dir().join(format!("vk-cli-{}", uuid::Uuid::new_v4().simple()));
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["--demo", "false", "--data-dir"])
        .arg(&dir)
        .args(["create-admin", "--email", "first@kommun.example", "--municipality", "nykommun", "--name", "Nykommun"])
        .env("VALKOMMEN_ADMIN_PASSWORD", "a long first password")
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let store = server::store::Store::connect(&format!("sqlite://{}?mode=rwc", dir.join("valkommen.db").display()))
        .await
        .unwrap();
    let credentials = store.credentials("first@kommun.example").await.unwrap().unwrap();
    assert!(server::auth::verify_password(Some(&credentials.password_hash), "a long first password"));
    let grants = store.grants(credentials.id).await.unwrap();
    assert_eq!((grants[0].role, grants[0].municipality.as_deref()), (Role::Admin, Some("nykommun")));
}

#[tokio::test]
async fn the_sweep_deletes_ended_sessions_and_spent_links_but_keeps_live_ones() {
    let app = spawn_app().await;
    let live = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    let id = app.store.credentials(ADMIN).await.unwrap().unwrap().id;
    let idle = server::auth::new_token();
    app.store.create_session(id, &server::auth::token_hash(&idle), "csrf").await.unwrap();
    let long_ago = server::store::now() - server::auth::IDLE_TIMEOUT_SECS - 1;
    app.store.touch_session(&server::auth::token_hash(&idle), long_ago).await.unwrap();
    let audit = server::store::Audit::new(None, None, "test-link", "");
    app.store.create_link(&expired_link(id, Purpose::Reset, "expired-link-hash"), &[], &audit).await.unwrap();

    app.store.sweep(server::auth::IDLE_TIMEOUT_SECS, server::auth::ABSOLUTE_TIMEOUT_SECS).await.unwrap();
    // Nothing is left to sweep: the expired link went too.
    assert_eq!(app.store.sweep(server::auth::IDLE_TIMEOUT_SECS, server::auth::ABSOLUTE_TIMEOUT_SECS).await.unwrap(), 0);
    assert!(app.store.session(&server::auth::token_hash(&idle)).await.unwrap().is_none());
    assert_eq!(app.staff(Some(&live), Method::GET, "/api/auth/me", None).await.status(), 200);
}
