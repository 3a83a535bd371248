//! Becoming a guide: a volunteer applies without an account, a coordinator approves
//! with the one-time link (never a silent takeover of an existing account) or rejects;
//! bad input stores nothing; two coordinators deciding at once decide once; decided
//! applications are deleted after 90 days; with SMTP set up, the link goes by mail.

use std::sync::{Arc, Mutex};

use model::{
    associations::DecisionResponse,
    auth::{Me, Role},
    guides::{ApplicationState, GuideApplicationView},
};
use reqwest::Method;
use serde_json::{json, Value};
use tokio::{
    io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader},
    net::TcpListener,
};

use crate::{
    guides_helpers::{count, M},
    helpers::{
        assert_error, link_token, session_from, spawn_app, spawn_app_with, Options, Session, TestApp, DEMO_PASSWORD,
    },
    parallel::{all_at_once, call, once_refusing},
};

const COORDINATOR: &str = "samordnare@granviken.example";

fn apply_path() -> String {
    format!("/api/municipalities/{M}/guides/applications")
}

fn staff_path(rest: &str) -> String {
    format!("/api/staff/municipalities/{M}/guides/applications{rest}")
}

pub fn application(email: &str) -> Value {
    json!({ "first_name": "Leila", "email": email, "languages": ["prs", "sv"],
        "topics": ["letters-and-forms", "practise-swedish"],
        "motivation": "Jag kom hit 2015 och vet hur svårt det är med blanketter.", "lang": "prs" })
}

async fn send(app: &TestApp, body: &Value) -> reqwest::Response {
    app.staff(None, Method::POST, &apply_path(), Some(body.clone())).await
}

/// A pending application from `email`; its id.
pub async fn applied(app: &TestApp, email: &str) -> i64 {
    let response = send(app, &application(email)).await;
    assert_eq!(response.status(), 201, "applied");
    sqlx::query_scalar("SELECT id FROM guide_applications WHERE email = $1 AND state = 'pending'")
        .bind(email.to_lowercase())
        .fetch_one(app.store.pool())
        .await
        .unwrap()
}

async fn listed(app: &TestApp, session: &Session) -> Vec<GuideApplicationView> {
    let response = app.staff(Some(session), Method::GET, &staff_path(""), None).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn decide(app: &TestApp, session: &Session, id: i64, approve: bool) -> reqwest::Response {
    app.staff(Some(session), Method::POST, &staff_path(&format!("/{id}/decision")), Some(json!({ "approve": approve })))
        .await
}

async fn accept(app: &TestApp, token: &str, password: &str) -> reqwest::Response {
    let body = json!({ "token": token, "password": password }).to_string();
    app.post_raw("/api/auth/invitations/accept", "application/json", body).await
}

async fn roles(app: &TestApp, session: &Session) -> Vec<Role> {
    let me: Me = app.staff(Some(session), Method::GET, "/api/auth/me", None).await.json().await.unwrap();
    me.grants.iter().map(|g| g.role).collect()
}

#[tokio::test]
async fn an_approved_volunteer_becomes_a_guide_through_the_one_time_link() {
    let app = spawn_app().await;
    let id = applied(&app, "Leila.Ahmadi@Example.org").await;
    let coordinator = app.sign_in(COORDINATOR, DEMO_PASSWORD).await;
    let waiting = listed(&app, &coordinator).await;
    let mine = waiting.iter().find(|a| a.id == id).expect("the coordinator sees the application");
    assert_eq!((mine.state, mine.email.as_str()), (ApplicationState::Pending, "leila.ahmadi@example.org"));
    assert_eq!(mine.languages, ["prs", "sv"]);

    let decision: DecisionResponse = decide(&app, &coordinator, id, true).await.json().await.unwrap();
    let link = decision.invitation.expect("an approval gives a link to hand over");
    assert!(link.path.starts_with("/staff/invitation#"), "{}", link.path);
    let session = session_from(accept(&app, link_token(&link), "a long new password").await).await;
    assert_eq!(roles(&app, &session).await, [Role::Guide], "the new account is a guide of the municipality");
    // The guide writes a profile and is listed; the application shows as approved.
    let profile = json!({ "first_name": "Leila", "languages": ["prs", "sv"], "topics": ["letters-and-forms"],
        "per_week": 3 });
    let saved = app
        .staff(Some(&session), Method::PUT, &format!("/api/staff/municipalities/{M}/guide/profile"), Some(profile))
        .await;
    assert_eq!(saved.status(), 200);
    let after = listed(&app, &coordinator).await;
    assert_eq!(after.iter().find(|a| a.id == id).unwrap().state, ApplicationState::Approved);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'guide-application-approved'").await, 1);
}

#[tokio::test]
async fn approving_an_address_with_an_account_grants_nothing_until_its_owner_accepts() {
    let app = spawn_app().await;
    // The Sportotek's staff member volunteers with their work address.
    let id = applied(&app, "sportotek@granviken.example").await;
    let coordinator = app.sign_in(COORDINATOR, DEMO_PASSWORD).await;
    let link = decide(&app, &coordinator, id, true).await.json::<DecisionResponse>().await.unwrap().invitation;
    let link = link.expect("the same answer as for a new address");
    let owner = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    assert!(!roles(&app, &owner).await.contains(&Role::Guide), "no role before the owner accepts");
    // Whoever holds the link cannot set the account's password: only its own one opens it.
    assert_error(accept(&app, link_token(&link), "someone else's password").await, 401, "error-sign-in-failed", "")
        .await;
    let accepted = session_from(accept(&app, link_token(&link), DEMO_PASSWORD).await).await;
    assert!(roles(&app, &accepted).await.contains(&Role::Guide), "the owner accepted with their own password");
}

#[tokio::test]
async fn a_rejection_creates_no_account_and_a_decision_is_made_once() {
    let app = spawn_app().await;
    let id = applied(&app, "nej@example.org").await;
    let coordinator = app.sign_in(COORDINATOR, DEMO_PASSWORD).await;
    let decision: DecisionResponse = decide(&app, &coordinator, id, false).await.json().await.unwrap();
    assert!(decision.invitation.is_none());
    assert_eq!(count(&app, "SELECT COUNT(*) FROM accounts WHERE email = 'nej@example.org'").await, 0);
    assert_error(decide(&app, &coordinator, id, true).await, 409, "error-guide-application-decided", "decided").await;
    assert_error(decide(&app, &coordinator, 999_999, true).await, 404, "error-not-found", "no such application").await;
    // Decided, the same address may apply again.
    applied(&app, "nej@example.org").await;
}

#[tokio::test]
async fn one_application_waits_per_address() {
    let app = spawn_app().await;
    applied(&app, "twice@example.org").await;
    let again = send(&app, &application("TWICE@example.org")).await;
    assert_error(again, 409, "error-guide-application-pending", "the same address, waiting").await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_applications WHERE email = 'twice@example.org'").await, 1);
}

#[tokio::test]
async fn bad_applications_are_refused_by_field_and_store_nothing() {
    let app = spawn_app().await;
    let with = |field: &str, value: Value| {
        let mut body = application("bad@example.org");
        body[field] = value;
        body
    };
    let cases = [
        (with("email", json!("not an address")), 422, "error-invalid-email"),
        (with("first_name", json!("   ")), 422, "error-required"),
        (with("first_name", json!("L".repeat(81))), 422, "error-text-too-long"),
        (with("languages", json!([])), 422, "error-required"),
        (with("languages", json!(["klingon"])), 422, "error-unknown-language"),
        (with("topics", json!([])), 422, "error-required"),
        (with("motivation", json!("")), 422, "error-required"),
        (with("motivation", json!("x".repeat(1001))), 422, "error-text-too-long"),
        (with("motivation", json!("rad\u{0}med nolltecken")), 422, "error-text-control"),
        (with("topics", json!(["knitting"])), 400, "error-malformed-body"),
        (json!({ "first_name": "Leila" }), 400, "error-malformed-body"),
    ];
    for (body, status, id) in cases {
        assert_error(send(&app, &body).await, status, id, &body.to_string()).await;
    }
    let raw = app.post_raw(&apply_path(), "application/json", "{not json").await;
    assert_error(raw, 400, "error-malformed-body", "not JSON").await;
    let huge = app.post_raw(&apply_path(), "application/json", "x".repeat(3_000_000)).await;
    assert_eq!(huge.status(), 413, "an oversized body is refused before it is read");
    let nowhere = app
        .staff(
            None,
            Method::POST,
            "/api/municipalities/nowhere/guides/applications",
            Some(application("a@example.org")),
        )
        .await;
    assert_error(nowhere, 404, "error-not-found", "unknown municipality").await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_applications").await, 0);
    // A name or note with markup is kept as text, for the console to show as text.
    let hostile = with("motivation", json!("<script>alert(1)</script> vill hjälpa"));
    assert_eq!(send(&app, &hostile).await.status(), 201);
}

#[tokio::test]
async fn ten_coordinators_approving_at_once_approve_once_with_one_link() {
    let app = spawn_app().await;
    let id = applied(&app, "parallel@example.org").await;
    let coordinator = app.sign_in(COORDINATOR, DEMO_PASSWORD).await;
    let path = staff_path(&format!("/{id}/decision"));
    let body = json!({ "approve": true });
    let answers = all_at_once((0..10).map(|_| call(&app, Some(&coordinator), Method::POST, &path, Some(&body)))).await;
    once_refusing(&answers, "error-guide-application-decided");
    let links = "SELECT COUNT(*) FROM invitations l JOIN accounts a ON a.id = l.account_id
                 WHERE a.email = 'parallel@example.org'";
    assert_eq!(count(&app, links).await, 1, "one link, one account");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'guide-invited'").await, 1);
}

#[tokio::test]
async fn decided_applications_are_deleted_after_ninety_days_and_waiting_ones_kept() {
    let app = spawn_app().await;
    let decided = applied(&app, "old@example.org").await;
    applied(&app, "waiting@example.org").await;
    let coordinator = app.sign_in(COORDINATOR, DEMO_PASSWORD).await;
    decide(&app, &coordinator, decided, false).await;
    let now = server::store::now();
    assert_eq!(app.store.sweep_guide_applications(now + 89 * 86_400).await.unwrap(), 0, "kept 89 days");
    assert_eq!(app.store.sweep_guide_applications(now + 91 * 86_400).await.unwrap(), 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_applications WHERE email = 'old@example.org'").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_applications WHERE email = 'waiting@example.org'").await, 1);
}

/// An SMTP server on the loopback that takes every mail and keeps its text.
pub async fn smtp_server() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("smtp://{}", listener.local_addr().unwrap());
    let inbox = Arc::new(Mutex::new(Vec::new()));
    let kept = inbox.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let (mut data, mut mail) = (false, String::new());
                while let Ok(Some(line)) = lines.next_line().await {
                    if data {
                        if line == "." {
                            data = false;
                            kept.lock().unwrap().push(std::mem::take(&mut mail));
                            write.write_all(b"250 kept\r\n").await.unwrap();
                        } else {
                            mail.push_str(&line);
                            mail.push('\n');
                        }
                        continue;
                    }
                    let verb = line.split_whitespace().next().unwrap_or_default().to_ascii_uppercase();
                    let answer: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 test\r\n",
                        "DATA" => {
                            data = true;
                            b"354 go on\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.unwrap();
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(answer).await.unwrap();
                }
            });
        }
    });
    (url, inbox)
}

/// The mails the server has sent so far, waiting up to five seconds for `n` of them.
pub async fn mails(inbox: &Arc<Mutex<Vec<String>>>, n: usize) -> Vec<String> {
    for _ in 0..100 {
        if inbox.lock().unwrap().len() >= n {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    inbox.lock().unwrap().clone()
}

#[tokio::test]
async fn with_smtp_set_up_the_approved_volunteer_gets_the_link_by_mail_in_their_language() {
    let (smtp_url, inbox) = smtp_server().await;
    let app = spawn_app_with(Options { smtp_url: Some(smtp_url), ..Options::default() }).await;
    let id = applied(&app, "mejl@example.org").await;
    let coordinator = app.sign_in(COORDINATOR, DEMO_PASSWORD).await;
    let link = decide(&app, &coordinator, id, true).await.json::<DecisionResponse>().await.unwrap().invitation.unwrap();
    let sent = mails(&inbox, 1).await;
    assert_eq!(sent.len(), 1, "one mail: {sent:?}");
    let mail = &sent[0];
    assert!(mail.contains("To: mejl@example.org"), "{mail}");
    // Quoted-printable or base64, the link is in the body; read it back decoded.
    let body = decoded_body(mail);
    assert!(body.contains(&format!("https://valkommen.example{}", link.path)), "{body}");
    assert!(body.contains("سلام"), "in Dari, as the volunteer applied: {body}");
}

/// The text of a single-part mail, decoded from its transfer encoding.
pub fn decoded_body(mail: &str) -> String {
    let (headers, body) = mail.split_once("\n\n").expect("headers and body");
    let unfolded = headers.replace("\n ", " ");
    let encoding = unfolded
        .lines()
        .find_map(|l| l.strip_prefix("Content-Transfer-Encoding: "))
        .unwrap_or("7bit")
        .trim()
        .to_ascii_lowercase();
    match encoding.as_str() {
        "base64" => {
            use base64::Engine as _;
            let joined: String = body.split_whitespace().collect();
            String::from_utf8(base64::engine::general_purpose::STANDARD.decode(joined).unwrap()).unwrap()
        }
        "quoted-printable" => {
            let bytes = quoted_printable::decode(body.replace('\n', "\r\n"), quoted_printable::ParseMode::Robust);
            String::from_utf8(bytes.unwrap()).unwrap()
        }
        _ => body.to_owned(),
    }
}
