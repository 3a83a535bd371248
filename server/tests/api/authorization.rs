//! The authorization matrix: every staff route the router declares, called by every
//! role in its own municipality and in another one, for its own association and for
//! another, and as a region-wide admin. The allowed set is asserted exactly, and a
//! refused call must leave the database as it was. The routes come from the router's
//! own `OpenAPI` document, so a new staff route without a row here fails the suite.

use std::collections::BTreeMap;

use model::{
    activities::AssociationState,
    auth::Role,
    vouchers::{Receipt, StaffVoucher},
};
use reqwest::Method;
use serde_json::{json, Value};
use server::store::{NewLink, Offer, Purpose};

use crate::{
    activity_helpers::{activity, application, apply, associations, create_for, json, today},
    helpers::{spawn_app, Session, TestApp, DEMO_PASSWORD},
};

const OWN: &str = "granviken";
const OTHER: &str = "bstad";

/// Who may call a route, for objects of the own municipality and association A.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Any signed-in account (each sees only its own things).
    SignedIn,
    /// An admin of the municipality, or a region-wide admin.
    Admin,
    /// Those, or an account acting for the association.
    AdminOrLeader,
    /// Only an account acting for the association.
    Leader,
    /// Only the account the object belongs to (an offer made to it).
    Owner,
    /// The Sportotek's staff of the municipality, or an admin of it (or region-wide).
    Sportotek,
    /// A guide of the municipality, for their own profile, slots and bookings.
    Guide,
    /// Only the guide the slot or booking belongs to.
    GuideOwner,
    /// A coordinator of the municipality's guides.
    Coordinator,
    /// Only a region-wide admin: what concerns the whole region.
    RegionAdmin,
}

/// The callers, each with the rules it satisfies.
#[allow(clippy::struct_excessive_bools, reason = "one flag per rule a caller satisfies")]
pub(crate) struct Caller {
    pub(crate) name: &'static str,
    pub(crate) session: Session,
    admin: bool,
    leader: bool,
    owner: bool,
    sportotek: bool,
    guide: bool,
    guide_owner: bool,
    coordinator: bool,
    region: bool,
}

impl Caller {
    pub(crate) fn allowed(&self, rule: Rule) -> bool {
        match rule {
            Rule::SignedIn => true,
            Rule::Admin => self.admin,
            Rule::AdminOrLeader => self.admin || self.leader,
            Rule::Leader => self.leader,
            Rule::Owner => self.owner,
            Rule::Sportotek => self.admin || self.sportotek,
            Rule::Guide => self.guide,
            Rule::GuideOwner => self.guide_owner,
            Rule::Coordinator => self.coordinator,
            Rule::RegionAdmin => self.region,
        }
    }
}

/// The objects the routes are called on: all in the own municipality.
pub(crate) struct Targets {
    pub(crate) association: i64,
    pub(crate) pending_association: i64,
    pub(crate) activity: i64,
    pub(crate) account: server::ids::AccountId,
    pub(crate) voucher: i64,
    pub(crate) voucher_code: String,
    pub(crate) redemption: i64,
    pub(crate) settlement: i64,
    pub(crate) offers: [i64; 2],
    pub(crate) year: i32,
    pub(crate) sportotek: crate::sportotek_helpers::MatrixTargets,
    pub(crate) guides: crate::guides_helpers::MatrixTargets,
}

/// The path with its parameters filled, a body serde accepts, and who may call it.
#[allow(clippy::too_many_lines, reason = "one row per route: a table reads best in one place")]
pub(crate) fn case(method: &Method, template: &str, t: &Targets) -> Option<(String, Option<Value>, Rule)> {
    let m = format!("/api/staff/municipalities/{OWN}");
    let year = t.year;
    let from_until =
        json!({ "association_id": t.association, "from": format!("{year}-01-01"), "until": today().to_string() });
    let text = json!({ "title": "Titel", "summary": "Sammanfattning", "body_md": "Text", "reviewed": false });
    let terms = json!({ "year": year, "amount_ore": 50000, "valid_from": format!("{year}-01-01"),
        "valid_until": format!("{year}-12-31"), "min_age": 0, "max_age": 18,
        "expense_account": "7690", "payable_account": "2440" });
    let topic = json!({ "slug": "forsta-veckorna", "names": { "sv": "De första veckorna" } });
    let path = |rest: &str| format!("{m}{rest}");
    let (path, body, rule) = match (method.as_str(), template.trim_start_matches("/api/staff")) {
        ("GET", "/associations") => ("/api/staff/associations".to_owned(), None, Rule::SignedIn),
        ("GET", "/offers") => ("/api/staff/offers".to_owned(), None, Rule::SignedIn),
        ("POST", "/preview") => ("/api/staff/preview".to_owned(), Some(json!({ "body_md": "# Hej" })), Rule::SignedIn),
        ("POST", "/offers/{id}/acceptance") => {
            (format!("/api/staff/offers/{}/acceptance", t.offers[0]), None, Rule::Owner)
        }
        ("POST", "/offers/{id}/refusal") => (format!("/api/staff/offers/{}/refusal", t.offers[1]), None, Rule::Owner),
        ("GET", "/municipalities/{municipality}/accounts") => (path("/accounts"), None, Rule::Admin),
        ("POST", "/municipalities/{municipality}/invitations") => {
            (path("/invitations"), Some(json!({ "email": "ny@granviken.example", "roles": ["guide"] })), Rule::Admin)
        }
        ("PUT", "/municipalities/{municipality}/accounts/{id}/roles") => {
            (path(&format!("/accounts/{}/roles", t.account)), Some(json!({ "roles": ["guide"] })), Rule::Admin)
        }
        ("POST", "/municipalities/{municipality}/accounts/{id}/deactivate") => {
            (path(&format!("/accounts/{}/deactivate", t.account)), None, Rule::Admin)
        }
        ("POST", "/municipalities/{municipality}/accounts/{id}/password-reset") => {
            (path(&format!("/accounts/{}/password-reset", t.account)), None, Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/articles") => (path("/articles"), None, Rule::Admin),
        ("POST", "/municipalities/{municipality}/articles") => {
            let body = json!({ "topic": "forsta-veckorna", "slug": "ny-artikel", "title": "Ny", "summary": "Ny" });
            (path("/articles"), Some(body), Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/articles/{slug}") => (path("/articles/tandvard"), None, Rule::Admin),
        ("PUT", "/municipalities/{municipality}/articles/{slug}/versions/{lang}") => {
            (path("/articles/tandvard/versions/ar"), Some(text), Rule::Admin)
        }
        ("POST", "/municipalities/{municipality}/articles/{slug}/publish") => {
            (path("/articles/tandvard/publish"), None, Rule::Admin)
        }
        ("POST", "/municipalities/{municipality}/articles/{slug}/unpublish") => {
            (path("/articles/tandvard/unpublish"), None, Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/topics") => (path("/topics"), None, Rule::Admin),
        ("POST", "/municipalities/{municipality}/topics") => {
            (path("/topics"), Some(json!({ "slug": "nytt-amne", "names": { "sv": "Nytt" } })), Rule::Admin)
        }
        ("PUT", "/municipalities/{municipality}/topics/{slug}") => {
            (path("/topics/forsta-veckorna"), Some(topic), Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/settings") => (path("/settings"), None, Rule::Admin),
        ("PUT", "/municipalities/{municipality}/settings") => {
            let body = json!({ "name": "Granviken", "contact_email": "", "contact_phone": "", "region": "" });
            (path("/settings"), Some(body), Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/audit") => (path("/audit"), None, Rule::Admin),
        ("GET", "/region") => ("/api/staff/region".to_owned(), None, Rule::RegionAdmin),
        ("GET", "/region/figures") => ("/api/staff/region/figures".to_owned(), None, Rule::RegionAdmin),
        ("GET", "/region/figures.csv") => ("/api/staff/region/figures.csv".to_owned(), None, Rule::RegionAdmin),
        ("GET", "/municipalities/{municipality}/shared-articles") => (path("/shared-articles"), None, Rule::Admin),
        ("PUT" | "DELETE", "/municipalities/{municipality}/shared-articles/{slug}/hidden") => {
            (path("/shared-articles/samhallsorientering/hidden"), None, Rule::Admin)
        }
        ("POST", "/municipalities/{municipality}/shared-articles/{slug}/copy") => {
            (path("/shared-articles/samhallsorientering/copy"), None, Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/associations") => (path("/associations"), None, Rule::Admin),
        ("POST", "/municipalities/{municipality}/associations/{id}/decision") => {
            let body = Some(json!({ "approve": false }));
            (path(&format!("/associations/{}/decision", t.pending_association)), body, Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/activities") => (path("/activities"), None, Rule::Admin),
        ("POST", "/municipalities/{municipality}/activities") => {
            (path("/activities"), Some(json(&activity("Kommunens"))), Rule::Admin)
        }
        ("GET", "/associations/{id}") => {
            (format!("/api/staff/associations/{}", t.association), None, Rule::AdminOrLeader)
        }
        ("PUT", "/associations/{id}") => {
            (format!("/api/staff/associations/{}", t.association), Some(profile_body()), Rule::AdminOrLeader)
        }
        ("GET", "/associations/{id}/activities") => {
            (format!("/api/staff/associations/{}/activities", t.association), None, Rule::AdminOrLeader)
        }
        ("POST", "/associations/{id}/activities") => {
            let body = Some(json(&activity("Föreningens")));
            (format!("/api/staff/associations/{}/activities", t.association), body, Rule::AdminOrLeader)
        }
        ("GET", "/activities/{id}") => (format!("/api/staff/activities/{}", t.activity), None, Rule::AdminOrLeader),
        ("PUT", "/activities/{id}") => {
            (format!("/api/staff/activities/{}", t.activity), Some(json(&activity("Ändrad"))), Rule::AdminOrLeader)
        }
        ("PUT", "/activities/{id}/status") => (
            format!("/api/staff/activities/{}/status", t.activity),
            Some(serde_json::json!({ "status": "paused" })),
            Rule::AdminOrLeader,
        ),
        ("GET", "/municipalities/{municipality}/voucher-years/{year}") => {
            (path(&format!("/voucher-years/{year}")), None, Rule::Admin)
        }
        ("PUT", "/municipalities/{municipality}/voucher-years/{year}") => {
            (path(&format!("/voucher-years/{year}")), Some(terms), Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/vouchers") => {
            (path(&format!("/vouchers?year={year}")), None, Rule::Admin)
        }
        ("POST", "/municipalities/{municipality}/vouchers") => {
            let body = json!({ "year": year, "first_name": "Sara", "birth_year": year - 9 });
            (path("/vouchers"), Some(body), Rule::Admin)
        }
        ("POST", "/municipalities/{municipality}/voucher-imports") => {
            let body = json!({ "year": year, "csv": format!("förnamn;födelseår\nOmar;{}\n", year - 10) });
            (path("/voucher-imports"), Some(body), Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/voucher-stats") => {
            (path(&format!("/voucher-stats?year={year}")), None, Rule::Admin)
        }
        ("POST", "/vouchers/{id}/revocation") => {
            let body = Some(json!({ "reason": "Tappat kortet" }));
            (format!("/api/staff/vouchers/{}/revocation", t.voucher), body, Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/settlement-preview") => {
            let query =
                format!("/settlement-preview?association={}&from={year}-01-01&until={}", t.association, today());
            (path(&query), None, Rule::Admin)
        }
        ("GET", "/municipalities/{municipality}/settlements") => (path("/settlements"), None, Rule::Admin),
        ("POST", "/municipalities/{municipality}/settlements") => (path("/settlements"), Some(from_until), Rule::Admin),
        ("GET", "/settlements/{id}") => (format!("/api/staff/settlements/{}", t.settlement), None, Rule::Admin),
        ("POST", "/settlements/{id}/payment") => {
            (format!("/api/staff/settlements/{}/payment", t.settlement), None, Rule::Admin)
        }
        ("GET", "/settlements/{id}/export.csv") => {
            (format!("/api/staff/settlements/{}/export.csv", t.settlement), None, Rule::Admin)
        }
        ("GET", "/settlements/{id}/export.se") => {
            (format!("/api/staff/settlements/{}/export.se", t.settlement), None, Rule::Admin)
        }
        ("POST", "/associations/{id}/voucher-checks") => {
            let body = Some(json!({ "code": t.voucher_code }));
            (format!("/api/staff/associations/{}/voucher-checks", t.association), body, Rule::Leader)
        }
        ("POST", "/associations/{id}/redemptions") => {
            let body = json!({ "code": t.voucher_code, "amount_ore": 100, "idempotency_key": "matrix-redemption-key" });
            (format!("/api/staff/associations/{}/redemptions", t.association), Some(body), Rule::Leader)
        }
        ("GET", "/associations/{id}/vouchers") => {
            (format!("/api/staff/associations/{}/vouchers", t.association), None, Rule::AdminOrLeader)
        }
        ("POST", "/redemptions/{id}/reversal") => {
            let body = Some(json!({ "reason": "Fel barn" }));
            (format!("/api/staff/redemptions/{}/reversal", t.redemption), body, Rule::AdminOrLeader)
        }
        (method, template) if template.contains("/sportotek") => {
            let (path, body) = crate::sportotek_helpers::matrix_case(method, template, &m, &t.sportotek)?;
            (path, body, Rule::Sportotek)
        }
        (method, template) if template.contains("/guide") => {
            use crate::guides_helpers::{matrix_case, GuideRule};
            let (path, body, rule) = matrix_case(method, template, &m, &t.guides)?;
            let rule = match rule {
                GuideRule::Guide => Rule::Guide,
                GuideRule::Owner => Rule::GuideOwner,
                GuideRule::Coordinator => Rule::Coordinator,
            };
            (path, body, rule)
        }
        _ => return None,
    };
    Some((path, body, rule))
}

fn profile_body() -> Value {
    json!({
        "categories": ["football"],
        "contact": { "name": "Anna", "phone": "0980-319 201", "email": "forening@granviken.example", "website": "", "address": "" },
        "position": null,
        "accepts_voucher": true,
        "descriptions": { "sv": "En förening" }
    })
}

/// Every staff route the router declares, as (method, path template).
fn staff_routes() -> Vec<(Method, String)> {
    let document = serde_json::to_value(server::openapi::document()).unwrap();
    let mut routes = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        if !path.starts_with("/api/staff/") {
            continue;
        }
        for method in item.as_object().unwrap().keys() {
            routes.push((method.to_uppercase().parse().unwrap(), path.clone()));
        }
    }
    // Offers are answered last: accepting one grants a role for the rest of the test.
    routes.sort_by_key(|(_, path)| path.contains("/offers/"));
    routes
}

/// Every table's statement that reads it whole, one text per row: made once per test,
/// as the schema does not change while it runs.
async fn row_readers(app: &TestApp) -> Vec<(String, String)> {
    use sqlx::Row as _;
    let pool = app.store.pool();
    let postgres = app.store.backend() == server::store::Backend::Postgres;
    let tables: Vec<String> = if postgres {
        sqlx::query("SELECT table_name::TEXT FROM information_schema.tables WHERE table_schema = 'public'")
    } else {
        sqlx::query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    }
    .fetch_all(pool)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get::<String, _>(0))
    .filter(|t| t != "sessions" && !t.starts_with("_sqlx"))
    .collect();
    let mut readers = Vec::new();
    for table in tables {
        let columns: Vec<String> = if postgres {
            sqlx::query(
                "SELECT column_name::TEXT FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position",
            )
            .bind(&table)
        } else {
            sqlx::query("SELECT name FROM pragma_table_info($1)").bind(&table)
        }
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
        // Photos' bytes by their length: they are not text.
        let row = columns
            .iter()
            .map(|c| {
                if c == "bytes" {
                    format!("CAST(LENGTH(\"{c}\") AS TEXT)")
                } else {
                    format!("COALESCE(CAST(\"{c}\" AS TEXT), '∅')")
                }
            })
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        readers.push((table.clone(), format!("SELECT {row} FROM \"{table}\"")));
    }
    readers
}

/// The whole database as text, but the sessions (a request may refresh its own).
async fn snapshot(app: &TestApp, readers: &[(String, String)]) -> BTreeMap<String, Vec<String>> {
    use sqlx::Row as _;
    let mut all = BTreeMap::new();
    for (table, read) in readers {
        let mut rows: Vec<String> = sqlx::query(read)
            .fetch_all(app.store.pool())
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect();
        rows.sort();
        all.insert(table.clone(), rows);
    }
    all
}

async fn signed_in(app: &TestApp, email: &str, grants: &[(Role, Option<server::ids::MunicipalityId>)]) -> Session {
    app.account_with(email, grants).await;
    app.sign_in(email, DEMO_PASSWORD).await
}

/// Acts for the association from now on.
async fn link(app: &TestApp, email: &str, association: impl Into<i64>) {
    let account = app.store.credentials(email).await.unwrap().unwrap().id;
    sqlx::query("INSERT INTO association_accounts (association_id, account_id) VALUES ($1, $2)")
        .bind(association.into())
        .bind(account)
        .execute(app.store.pool())
        .await
        .unwrap();
}

async fn send(app: &TestApp, caller: &Caller, method: &Method, path: &str, body: Option<&Value>) -> u16 {
    app.staff(Some(&caller.session), method.clone(), path, body.cloned()).await.status().as_u16()
}

/// The targets and the callers, in the demo municipality and a second one.
#[allow(clippy::too_many_lines, reason = "the whole scene of the matrix, in the order it is built")]
pub(crate) async fn arrange(app: &TestApp) -> (Targets, Vec<Caller>) {
    let own = app.municipality_id().await;
    let other = app.store.create_municipality(OTHER, "Bstad", false).await.unwrap();
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let leader = app.sign_in("forening@granviken.example", DEMO_PASSWORD).await;
    let clubs = associations(app, &admin, OWN).await;
    let club = clubs.iter().find(|a| a.slug == "granvikens-if").unwrap().id;
    let neighbour = clubs.iter().find(|a| a.id != club && a.state == AssociationState::Approved).unwrap().id;
    assert_eq!(
        apply(app, OWN, &application("Väntande Förening", 81, "vantande@granviken.example")).await.status(),
        201
    );
    let pending = associations(app, &admin, OWN).await.into_iter().find(|a| a.name == "Väntande Förening").unwrap().id;
    let elsewhere = app
        .store
        .apply(
            other,
            &application("Bstads IK", 82, "ik@bstad.example"),
            &crate::activity_helpers::org_number(82),
            AssociationState::Approved,
            false,
            None,
        )
        .await
        .unwrap();
    let activity_id = create_for(app, &leader, club, &activity("Matristräning")).await;

    let year = today().year();
    let issue = json!({ "year": year, "first_name": "Lina", "birth_year": year - 8 });
    let voucher: StaffVoucher = app
        .staff(Some(&admin), Method::POST, &format!("/api/staff/municipalities/{OWN}/vouchers"), Some(issue))
        .await
        .json()
        .await
        .unwrap();
    let mut redemptions = Vec::new();
    for key in ["matrix-a", "matrix-b"] {
        let body = json!({ "code": voucher.code, "amount_ore": 1000, "idempotency_key": key });
        let path = format!("/api/staff/associations/{club}/redemptions");
        let receipt: Receipt = app.staff(Some(&leader), Method::POST, &path, Some(body)).await.json().await.unwrap();
        redemptions.push(receipt.id);
    }
    let body = json!({ "association_id": club, "from": format!("{year}-01-01"), "until": today().to_string() });
    let path = format!("/api/staff/municipalities/{OWN}/settlements");
    let settlement: Value = app.staff(Some(&admin), Method::POST, &path, Some(body)).await.json().await.unwrap();
    // One redemption after the settlement, for the reversal route.
    let body = json!({ "code": voucher.code, "amount_ore": 1000, "idempotency_key": "matrix-c" });
    let path = format!("/api/staff/associations/{club}/redemptions");
    let open: Receipt = app.staff(Some(&leader), Method::POST, &path, Some(body)).await.json().await.unwrap();
    let revocable: StaffVoucher = app
        .staff(
            Some(&admin),
            Method::POST,
            &format!("/api/staff/municipalities/{OWN}/vouchers"),
            Some(json!({ "year": year, "first_name": "Nils", "birth_year": year - 11 })),
        )
        .await
        .json()
        .await
        .unwrap();
    let account = app.account_with("malkonto@granviken.example", &[(Role::Guide, Some(own))]).await;

    let mut callers = Vec::new();
    let mut add = |name, session, admin, leader, owner| {
        callers.push(Caller {
            name,
            session,
            admin,
            leader,
            owner,
            sportotek: false,
            guide: false,
            guide_owner: false,
            coordinator: false,
            region: false,
        });
    };
    add("region admin", app.region_admin().await, true, false, false);
    add("admin, own", admin, true, false, false);
    add("coordinator, own", app.sign_in("samordnare@granviken.example", DEMO_PASSWORD).await, false, false, false);
    add("association, own", leader, false, true, false);
    let neighbour_leader = signed_in(app, "granne@granviken.example", &[(Role::Association, Some(own))]).await;
    link(app, "granne@granviken.example", neighbour).await;
    add("association, own municipality, other association", neighbour_leader, false, false, false);
    let far_leader = signed_in(app, "ik@bstad.example", &[(Role::Association, Some(other))]).await;
    link(app, "ik@bstad.example", elsewhere).await;
    add("association, other municipality", far_leader, false, false, false);
    add("guide, own", app.sign_in("guide@granviken.example", DEMO_PASSWORD).await, false, false, false);
    for (name, email, role) in [
        ("admin, other", "admin@bstad.example", Role::Admin),
        ("coordinator, other", "samordnare@bstad.example", Role::Coordinator),
        ("guide, other", "guide@bstad.example", Role::Guide),
    ] {
        add(name, signed_in(app, email, &[(role, Some(other))]).await, false, false, false);
    }
    add("sportotek, own", app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await, false, false, false);
    let offered = signed_in(app, "sportotek@bstad.example", &[(Role::Sportotek, Some(other))]).await;
    add("sportotek, other (offered a role)", offered, false, false, true);

    for caller in callers.iter_mut().filter(|c| c.name == "sportotek, own") {
        caller.sportotek = true;
    }
    let far_sportotek = signed_in(app, "sportotek2@bstad.example", &[(Role::Sportotek, Some(other))]).await;
    callers.push(Caller {
        name: "sportotek, other municipality",
        session: far_sportotek,
        admin: false,
        leader: false,
        owner: false,
        sportotek: false,
        guide: false,
        guide_owner: false,
        coordinator: false,
        region: false,
    });
    // A second guide of the municipality, with a profile: their own data, never the
    // demo guide's slots or bookings.
    app.account_with("guide2@granviken.example", &[(Role::Guide, Some(own))]).await;
    let other_guide = crate::guides_helpers::guide(app, "guide2@granviken.example", "Olena").await;
    callers.push(Caller {
        name: "guide, own municipality, other guide",
        session: other_guide,
        admin: false,
        leader: false,
        owner: false,
        sportotek: false,
        guide: true,
        guide_owner: false,
        coordinator: false,
        region: false,
    });
    for caller in &mut callers {
        match caller.name {
            "guide, own" => (caller.guide, caller.guide_owner) = (true, true),
            "coordinator, own" => caller.coordinator = true,
            "region admin" => caller.region = true,
            _ => {}
        }
    }
    let offered_id = app.store.credentials("sportotek@bstad.example").await.unwrap().unwrap().id;
    let offered_roles =
        [Role::Sportotek, Role::Guide].map(|role| Offer { municipality_id: own, role, association_id: None });
    let link = NewLink {
        account_id: offered_id,
        purpose: Purpose::Invite,
        municipality_id: Some(own),
        created_by: None,
        token_hash: "matrix-offer-link",
        expires_at: server::store::now() + 3600,
    };
    let audit = server::store::Audit::new(None, Some(own), "invited", "sportotek@bstad.example");
    app.store.create_link(&link, &offered_roles, &audit).await.unwrap();
    let offers: Vec<i64> = app.store.offers_to(offered_id).await.unwrap().iter().map(|o| o.id).collect();
    let targets = Targets {
        association: club,
        pending_association: pending,
        activity: activity_id,
        account,
        voucher: revocable.id,
        voucher_code: voucher.code,
        redemption: open.id,
        settlement: settlement["id"].as_i64().unwrap(),
        offers: [offers[0], offers[1]],
        year,
        sportotek: crate::sportotek_helpers::arrange_matrix(app, own).await,
        guides: crate::guides_helpers::arrange_matrix(app).await,
    };
    (targets, callers)
}

#[tokio::test]
async fn every_staff_route_allows_exactly_its_roles_and_a_refused_call_changes_nothing() {
    let app = spawn_app().await;
    let (targets, callers) = arrange(&app).await;
    let routes = staff_routes();
    assert!(routes.len() >= 50, "the router's staff routes: {}", routes.len());
    let missing: Vec<String> = routes
        .iter()
        .filter(|(method, path)| case(method, path, &targets).is_none())
        .map(|(method, path)| format!("{method} {path}"))
        .collect();
    assert!(missing.is_empty(), "staff routes missing from the authorization matrix: {missing:#?}");

    let readers = row_readers(&app).await;
    let mut wrong = Vec::new();
    for (method, template) in &routes {
        let (path, body, rule) = case(method, template, &targets).unwrap();
        // The refused first, each checked to change nothing; then the allowed.
        let (allowed, refused): (Vec<&Caller>, Vec<&Caller>) = callers.iter().partition(|c| c.allowed(rule));
        let mut before = snapshot(&app, &readers).await;
        for caller in refused {
            let status = send(&app, caller, method, &path, body.as_ref()).await;
            if ![403, 404].contains(&status) {
                wrong.push(format!("{}: {method} {path} should be refused, got {status}", caller.name));
            }
            let after = snapshot(&app, &readers).await;
            if after != before {
                let changed: Vec<&String> = after.keys().filter(|t| after.get(*t) != before.get(*t)).collect();
                wrong.push(format!("{}: refused {method} {path} changed {changed:?}", caller.name));
                before = after;
            }
        }
        for caller in allowed {
            let status = send(&app, caller, method, &path, body.as_ref()).await;
            if [401, 403, 404].contains(&status) {
                wrong.push(format!("{}: {method} {path} should be allowed, got {status}", caller.name));
            }
        }
    }
    let anonymous = app.staff(None, Method::GET, &format!("/api/staff/municipalities/{OWN}/accounts"), None).await;
    assert_eq!(anonymous.status(), 401);
    assert!(wrong.is_empty(), "{} wrong answers:\n{}", wrong.len(), wrong.join("\n"));
}
