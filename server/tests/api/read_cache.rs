//! Reads that cost nothing twice: a public read is answered from memory while the
//! content version stands, a change shows at once on the server that made it and
//! within a second on another server of the same database, and every table is named
//! as public content (its changes move the version) or not.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::json;
use server::store::{Backend, Store, Versions};

use crate::{
    helpers::{spawn_app, DEMO_PASSWORD},
    sportotek_helpers::{item_with, open_every_day, public_path, reserved, set_settings},
};

const ARTICLE: &str = "/api/municipalities/granviken/articles/tandvard?lang=ar";

/// What the public pages show: a change to any of these moves the content version.
const CONTENT: [&str; 21] = [
    "municipalities",
    "topics",
    "topic_names",
    "articles",
    "article_versions",
    "article_search",
    "associations",
    "association_texts",
    "activities",
    "activity_texts",
    "activity_equipment",
    "voucher_years",
    "sportotek_settings",
    "sportotek_closed_days",
    "sportotek_photos",
    "sportotek_items",
    "sportotek_item_texts",
    "sportotek_sizes",
    "guides",
    "guide_texts",
    "shared_articles_hidden",
];

/// What only the Sportotek's or only the guides' pages show, and changes all day: a
/// change moves that area's version, not the content's.
const AREAS: [(&str, &str); 5] = [
    ("sportotek_copies", "sportotek"),
    ("sportotek_loans", "sportotek"),
    ("guide_slots", "guides"),
    ("guide_blocked_days", "guides"),
    ("guide_bookings", "guides"),
];

/// Staff-only, personal or bookkeeping data that no public read shows.
const NOT_CONTENT: [&str; 22] = [
    "article_reads",
    "article_feedback",
    "accounts",
    "account_roles",
    "sessions",
    "invitations",
    "audit_log",
    "association_accounts",
    "vouchers",
    "settlements",
    "redemptions",
    "voucher_lookups",
    "role_offers",
    "sportotek_lookups",
    "guide_lookups",
    "guide_demand",
    "guide_applications",
    "content_version",
    "area_versions",
    "rate_slots",
    "failed_attempts",
    "client_hash_keys",
];

async fn title_of(client: &reqwest::Client, base: &str) -> String {
    let article: serde_json::Value =
        client.get(format!("{base}{ARTICLE}")).send().await.unwrap().json().await.expect("an article");
    article["title"].as_str().expect("a title").to_owned()
}

async fn version(store: &Store) -> i64 {
    versions(store).await.content
}

async fn versions(store: &Store) -> Versions {
    store.versions().await.expect("the versions")
}

/// The version of `area`: the content's, the Sportotek's or the guides'.
fn of(versions: Versions, area: &str) -> i64 {
    match area {
        "sportotek" => versions.sportotek,
        "guides" => versions.guides,
        _ => versions.content,
    }
}

async fn execute(store: &Store, sql: &str) {
    sqlx::query(sql).execute(store.pool()).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// Asks `base` for the article's title until it is `expected`, for at most five seconds.
async fn title_becomes(client: &reqwest::Client, base: &str, expected: &str) {
    let started = Instant::now();
    loop {
        let title = title_of(client, base).await;
        if title == expected {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(5), "{base} still shows {title:?}, not {expected:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_read_is_answered_from_memory_until_the_content_version_moves() {
    let app = spawn_app().await;
    let first = title_of(&app.client, &app.address).await;
    let before = version(&app.store).await;

    // The title changes in the database, but the version is put back: as far as the
    // server can tell nothing changed, so it answers from memory.
    execute(&app.store, "UPDATE article_versions SET title = 'تغيّر' WHERE lang = 'ar' AND article_id = (SELECT id FROM articles WHERE slug = 'tandvard')").await;
    assert!(version(&app.store).await > before, "the change moved the version");
    execute(&app.store, &format!("UPDATE content_version SET version = {before}")).await;
    tokio::time::sleep(read_cache_poll() * 2).await;
    assert_eq!(title_of(&app.client, &app.address).await, first, "kept, not read again");

    // Once the version moves, the next read is made afresh.
    execute(&app.store, &format!("UPDATE content_version SET version = {}", before + 1)).await;
    title_becomes(&app.client, &app.address, "تغيّر").await;
}

#[tokio::test]
async fn a_hundred_phones_asking_at_once_cost_one_answer() {
    let app = spawn_app().await;
    // A query no one asked before: the first request makes it, the others wait for it.
    let search = format!("{}/api/municipalities/granviken/search?lang=prs&q=tandv", app.address);
    let (hits, misses) = app.reads.counts();
    let mut asks = tokio::task::JoinSet::new();
    for _ in 0..100 {
        let (client, search) = (app.client.clone(), search.clone());
        asks.spawn(async move { client.get(search).send().await.unwrap().bytes().await.unwrap() });
    }
    let answers = asks.join_all().await;
    assert!(answers.iter().all(|answer| *answer == answers[0]), "one answer for all");
    let (hits_after, misses_after) = app.reads.counts();
    assert_eq!((hits_after - hits, misses_after - misses), (99, 1), "made once, served 99 times from memory");
}

fn read_cache_poll() -> Duration {
    server::read_cache::POLL_EVERY
}

#[tokio::test]
async fn a_change_shows_at_once_where_it_was_made_and_within_a_second_on_another_server() {
    let app = spawn_app().await;
    let other = app.another_server().await;
    let before = title_of(&app.client, &other).await;
    assert_eq!(title_of(&app.client, &app.address).await, before);

    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let arabic = json!({ "title": "طب الأسنان في غرانفيكن", "summary": "ملخص.", "body_md": "نص.", "reviewed": true });
    let edit = "/api/staff/municipalities/granviken/articles/tandvard/versions/ar";
    assert_eq!(app.staff(Some(&admin), Method::PUT, edit, Some(arabic)).await.status(), 204);
    // The server that made the change read the version before it answered.
    assert_eq!(title_of(&app.client, &app.address).await, "طب الأسنان في غرانفيكن");
    title_becomes(&app.client, &other, "طب الأسنان في غرانفيكن").await;

    // Search follows too: its folded articles are kept under the same version.
    let search = "/api/municipalities/granviken/search?lang=ar&q=%D8%BA%D8%B1%D8%A7%D9%86%D9%81%D9%8A%D9%83%D9%86";
    let hits: serde_json::Value =
        app.client.get(format!("{other}{search}")).send().await.unwrap().json().await.unwrap();
    assert_eq!(hits["hits"][0]["slug"], "tandvard", "{hits}");
}

/// The tables of the schema, those with the content version's triggers and those with
/// an area's.
async fn tables_and_triggered(store: &Store) -> (Vec<String>, Vec<String>, Vec<String>) {
    let (tables, triggered) = match store.backend() {
        Backend::Sqlite => (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
            "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%",
        ),
        Backend::Postgres => (
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'",
            "SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE '%",
        ),
    };
    let read = |sql: String| async move {
        let mut names: Vec<String> = sqlx::query_scalar(&sql).fetch_all(store.pool()).await.expect(&sql);
        names.sort();
        names
    };
    (
        read(tables.to_owned()).await,
        read(format!("{triggered}content_changed'")).await,
        read(format!("{triggered}area_changed'")).await,
    )
}

/// A column that may be set to itself (`PostgreSQL`'s identity columns may not).
async fn a_column(store: &Store, table: &str) -> String {
    let sql = match store.backend() {
        Backend::Sqlite => format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid LIMIT 1"),
        Backend::Postgres => format!(
            "SELECT column_name::text FROM information_schema.columns WHERE table_name = '{table}' \
             AND is_identity = 'NO' ORDER BY ordinal_position LIMIT 1"
        ),
    };
    sqlx::query_scalar(&sql).fetch_one(store.pool()).await.expect("a first column")
}

#[tokio::test]
async fn every_table_is_named_content_or_not_and_only_contents_changes_move_the_version() {
    let app = spawn_app().await;
    let (tables, triggered, area_triggered) = tables_and_triggered(&app.store).await;
    let mut content: Vec<String> = CONTENT.iter().map(ToString::to_string).collect();
    content.sort();
    let mut areas: Vec<String> = AREAS.iter().map(|(table, _)| table.to_string()).collect();
    areas.sort();
    let area_of = |table: &str| AREAS.iter().find(|(t, _)| *t == table).map(|(_, area)| *area);
    for table in &tables {
        assert!(
            CONTENT.contains(&table.as_str()) || area_of(table).is_some() || NOT_CONTENT.contains(&table.as_str()),
            "the table {table} is new: name it in CONTENT (and give it the content_changed triggers in both \
             migrations), in AREAS (with the area_changed triggers) or in NOT_CONTENT"
        );
    }
    assert_eq!(triggered, content, "the tables whose changes move the content version");
    assert_eq!(area_triggered, areas, "the tables whose changes move an area's version");

    // A write to a table with rows, as a sweep or another server would make it.
    let mut touched = 0;
    for table in tables.iter().filter(|t| !t.ends_with("_versions") && t.as_str() != "content_version") {
        let count: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(app.store.pool())
            .await
            .expect("a count");
        if count == 0 {
            continue;
        }
        let column = a_column(&app.store, table).await;
        let before = versions(&app.store).await;
        execute(&app.store, &format!("UPDATE {table} SET {column} = {column}")).await;
        let after = versions(&app.store).await;
        assert_eq!(after.content > before.content, CONTENT.contains(&table.as_str()), "a write to {table}");
        for area in ["sportotek", "guides"] {
            let moved = of(after, area) > of(before, area);
            assert_eq!(moved, area_of(table) == Some(area), "a write to {table} and the {area}'s version");
        }
        touched += 1;
    }
    assert!(touched >= 25, "the demo fills most tables: {touched}");
}

#[tokio::test]
async fn a_reservation_drops_the_sportoteks_kept_answers_and_leaves_the_articles_and_search() {
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let (item, sizes) = item_with(&app, "Skridskor", &[("38", 1)]).await;
    let page = format!("{}{}?lang=ar", app.address, public_path(&format!("/items/{item}")));
    let pickup_days = |page: serde_json::Value| -> Vec<serde_json::Value> {
        page["sizes"][0]["pickup_days"].as_array().expect("pickup days").iter().map(|d| d["day"].clone()).collect()
    };
    let search = format!("{}/api/municipalities/granviken/search?lang=ar&q=tandv", app.address);
    let read = |url: String| {
        let client = app.client.clone();
        async move { client.get(url).send().await.unwrap().json::<serde_json::Value>().await.unwrap() }
    };
    // The set-up wrote through the store: the server sees it as its poll would.
    app.reads.catch_up(&app.store).await;
    let (title, hits) = (title_of(&app.client, &app.address).await, read(search.clone()).await);
    let days = pickup_days(read(page.clone()).await);
    let day: model::schedule::Day = serde_json::from_value(days[0].clone()).expect("a first pickup day");
    assert_eq!(pickup_days(read(page.clone()).await), days, "kept");

    let before = versions(&app.store).await;
    reserved(&app, sizes[0], day, "Amal", "amal@example.org").await;
    let after = versions(&app.store).await;
    assert_eq!((after.content, after.guides), (before.content, before.guides), "only the Sportotek's moved");
    assert!(after.sportotek > before.sportotek, "the Sportotek's moved");

    // The article and the search are answered from memory; the item's page anew, with
    // its one copy taken from that day.
    let (kept, made) = app.reads.counts();
    assert_eq!(title_of(&app.client, &app.address).await, title);
    assert_eq!(read(search).await, hits);
    assert_eq!(app.reads.counts(), (kept + 2, made), "two answers from memory");
    let now = pickup_days(read(page).await);
    assert!(!now.contains(&days[0]), "{day} is taken: {now:?}");
    assert_eq!(app.reads.counts(), (kept + 2, made + 1), "the item's page made anew");
}
