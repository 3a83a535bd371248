//! The two sets of migrations, `SQLite`'s and `PostgreSQL`'s, declare the same schema:
//! the same tables, columns, nullability and indexes. (Their types and the spelling of
//! identity columns differ on purpose.) Needs both databases, whichever the suite runs on.

use std::collections::BTreeMap;

use server::store::Store;
use sqlx::{Connection as _, Executor as _, Row as _};

type Schema = BTreeMap<String, (Vec<(String, bool)>, Vec<String>)>;

async fn sqlite() -> Schema {
    let file = std::env::temp_dir().join(format!("vk-schema-{}.db", uuid::Uuid::new_v4().simple()));
    let store = Store::connect(&format!("sqlite://{}?mode=rwc", file.display())).await.unwrap();
    let pool = store.pool();
    let mut schema = Schema::new();
    let tables = sqlx::query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    for table in tables.iter().map(|r| r.get::<String, _>(0)) {
        let columns = sqlx::query("SELECT name, \"notnull\", pk FROM pragma_table_info($1) ORDER BY name")
            .bind(&table)
            .fetch_all(pool)
            .await
            .unwrap()
            .iter()
            // A primary key is never null, whether or not SQLite says NOT NULL.
            .map(|r| (r.get::<String, _>(0), r.get::<i64, _>(1) != 0 || r.get::<i64, _>(2) != 0))
            .collect();
        // Indexes made by CREATE INDEX by name; those behind a UNIQUE constraint by count.
        let mut indexes: Vec<String> = sqlx::query(
            "SELECT CASE origin WHEN 'c' THEN name ELSE 'a unique constraint' END FROM pragma_index_list($1)
             WHERE origin <> 'pk'",
        )
        .bind(&table)
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
        indexes.sort();
        schema.insert(table, (columns, indexes));
    }
    store.close().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
    schema
}

async fn postgres() -> Schema {
    let admin = std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let name = format!("vk_test_schema_{}", uuid::Uuid::new_v4().simple());
    let mut conn = sqlx::PgConnection::connect(&admin).await.expect("PostgreSQL is running");
    conn.execute(format!(r#"CREATE DATABASE "{name}""#).as_str()).await.unwrap();
    let url = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
    let store = Store::connect(&url).await.unwrap();
    let pool = store.pool();
    let mut schema = Schema::new();
    let tables = sqlx::query(
        "SELECT table_name::TEXT FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    for table in tables.iter().map(|r| r.get::<String, _>(0)) {
        let columns = sqlx::query(
            "SELECT column_name::TEXT, is_nullable::TEXT FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name",
        )
        .bind(&table)
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get::<String, _>(0), r.get::<String, _>(1) == "NO"))
        .collect();
        let mut indexes: Vec<String> = sqlx::query(
            "SELECT CASE WHEN c.conname IS NULL THEN i.relname::TEXT ELSE 'a unique constraint' END
             FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
             LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid
             WHERE t.relname = $1 AND NOT x.indisprimary",
        )
        .bind(&table)
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
        indexes.sort();
        schema.insert(table, (columns, indexes));
    }
    store.close().await;
    conn.execute(format!(r#"DROP DATABASE "{name}" WITH (FORCE)"#).as_str()).await.unwrap();
    schema
}

#[tokio::test]
async fn both_databases_get_the_same_tables_columns_and_indexes() {
    let (lite, pg) = (sqlite().await, postgres().await);
    assert!(lite.len() > 20, "tables: {:?}", lite.keys());
    assert_eq!(lite.keys().collect::<Vec<_>>(), pg.keys().collect::<Vec<_>>(), "the same tables");
    for (table, (columns, indexes)) in &lite {
        let (pg_columns, pg_indexes) = &pg[table];
        assert_eq!(columns, pg_columns, "the columns of {table} (name, not null)");
        assert_eq!(indexes, pg_indexes, "the indexes of {table}");
    }
}

/// Servers of a region started together on an empty `PostgreSQL` database, as a compose
/// file or a rolling upgrade does: sqlx's migrator holds an advisory lock (through the
/// `Any` driver too), so each migration runs once and every server comes up.
#[tokio::test]
async fn servers_started_at_once_on_an_empty_database_apply_each_migration_once() {
    let admin = std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let name = format!("vk_test_start_{}", uuid::Uuid::new_v4().simple());
    let mut conn = sqlx::PgConnection::connect(&admin).await.expect("PostgreSQL is running");
    conn.execute(format!(r#"CREATE DATABASE "{name}""#).as_str()).await.unwrap();
    let url = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
    let config = <server::config::Config as clap::Parser>::parse_from([
        "server",
        "--address=127.0.0.1",
        "--port=0",
        "--dist-dir=/nonexistent",
        "--demo",
        &format!("--database-url={url}"),
    ]);

    let mut starts = tokio::task::JoinSet::new();
    for _ in 0..4 {
        starts.spawn(server::startup::Application::build(config.clone()));
    }
    let apps = starts.join_all().await;

    let mut addresses = Vec::new();
    for app in apps {
        let app = app.expect("every server starts");
        addresses.push(format!("http://127.0.0.1:{}", app.port()));
        tokio::spawn(app.run_until_stopped());
    }
    let store = Store::connect(&url).await.unwrap();
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/postgres")).unwrap().count();
    let applied: Vec<(i64, bool)> = sqlx::query("SELECT version, success FROM _sqlx_migrations ORDER BY version")
        .fetch_all(store.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(applied.len(), files, "one row for each migration: {applied:?}");
    assert!(applied.iter().all(|(_, success)| *success), "{applied:?}");
    let municipalities: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM municipalities WHERE shared = 0")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(municipalities, 2, "the demo (Granviken and Norrsjö) seeded once");
    for address in addresses {
        let status = reqwest::get(format!("{address}/api/health")).await.expect("the server answers").status();
        assert_eq!(status, 200, "{address}");
    }
}
