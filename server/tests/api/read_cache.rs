//! Reads that cost nothing twice: a public read is answered from memory while the
//! content version stands, a change shows at once on the server that made it and
//! within a second on another server of the same database, and every table is named
//! as public content (its changes move the version) or not.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::json;
use server::store::{Backend, Store};

use crate::helpers::{spawn_app, DEMO_PASSWORD};

const ARTICLE: &str = "/api/municipalities/granviken/articles/tandvard?lang=ar";

/// What the public pages show: a change to any of these moves the content version.
const CONTENT: [&str; 25] = [
    "municipalities",
    "topics",
    "topic_names",
    "articles",
    "article_versions",
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
    "sportotek_copies",
    "sportotek_loans",
    "guides",
    "guide_texts",
    "guide_slots",
    "guide_blocked_days",
    "guide_bookings",
    "shared_articles_hidden",
];

/// Staff-only, personal or bookkeeping data that no public read shows.
const NOT_CONTENT: [&str; 21] = [
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
    store.content_version().await.expect("the content version")
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

/// The tables of the schema, and those with the content version's triggers.
async fn tables_and_triggered(store: &Store) -> (Vec<String>, Vec<String>) {
    let (tables, triggered) = match store.backend() {
        Backend::Sqlite => (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
            "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%content_changed'",
        ),
        Backend::Postgres => (
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'",
            "SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE '%content_changed'",
        ),
    };
    let read = |sql: &'static str| async move {
        let mut names: Vec<String> = sqlx::query_scalar(sql).fetch_all(store.pool()).await.expect(sql);
        names.sort();
        names
    };
    (read(tables).await, read(triggered).await)
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
    let (tables, triggered) = tables_and_triggered(&app.store).await;
    let mut content: Vec<String> = CONTENT.iter().map(ToString::to_string).collect();
    content.sort();
    for table in &tables {
        assert!(
            CONTENT.contains(&table.as_str()) || NOT_CONTENT.contains(&table.as_str()),
            "the table {table} is new: name it in CONTENT (and give it the content_changed triggers in both \
             migrations) or in NOT_CONTENT"
        );
    }
    assert_eq!(triggered, content, "the tables whose changes move the content version");

    // A write to a table with rows, as a sweep or another server would make it.
    let mut touched = 0;
    for table in tables.iter().filter(|t| t.as_str() != "content_version") {
        let count: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(app.store.pool())
            .await
            .expect("a count");
        if count == 0 {
            continue;
        }
        let column = a_column(&app.store, table).await;
        let before = version(&app.store).await;
        execute(&app.store, &format!("UPDATE {table} SET {column} = {column}")).await;
        let moved = version(&app.store).await > before;
        assert_eq!(moved, CONTENT.contains(&table.as_str()), "a write to {table}");
        touched += 1;
    }
    assert!(touched >= 25, "the demo fills most tables: {touched}");
}
