//! `server backup` and `server restore` (docs/backups.md). `SQLite` only: `PostgreSQL` is
//! backed up with its own `pg_dump`, and these tests return at once under
//! `TEST_DATABASE=postgres`.

use std::{
    path::{Path, PathBuf},
    sync::{
        atomic::{AtomicBool, AtomicUsize, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use model::{associations::StaffAssociation, vouchers::Receipt};
use reqwest::Method;
use serde_json::json;
use server::{backup, store::Store};

use crate::{
    activity_helpers::today,
    helpers::{spawn_app, spawn_app_with, Options, TestApp, DEMO_PASSWORD},
};

fn on_postgres() -> bool {
    std::env::var("TEST_DATABASE").as_deref() == Ok("postgres")
}

/// A file name in the temporary folder, removed with its journals when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(what: &str) -> Scratch {
        Scratch(std::env::temp_dir().join(format!("vk-{what}-{}.db", uuid::Uuid::new_v4().simple())))
    }

    fn url(&self) -> String {
        format!("sqlite://{}", self.0.display())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm", ".lock"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
        }
    }
}

async fn scalar(store: &Store, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// The vouchers of the demo that can pay today.
async fn payable_codes(app: &TestApp) -> Vec<String> {
    let today = today().to_string();
    sqlx::query_scalar(
        "SELECT code FROM vouchers WHERE demo = 1 AND revoked_at IS NULL AND valid_from <= $1 AND valid_until >= $1
         AND balance_ore > 0 ORDER BY id",
    )
    .bind(today)
    .fetch_all(app.store.pool())
    .await
    .unwrap()
}

#[tokio::test]
async fn a_backup_taken_during_redemptions_restores_every_receipt_balance_and_audit_entry() {
    if on_postgres() {
        return;
    }
    let app = spawn_app_with(Options { voucher_checks_per_ten_minutes: 100_000, ..Options::default() }).await;
    let leader = app.sign_in("forening@granviken.example", DEMO_PASSWORD).await;
    let mine: Vec<StaffAssociation> =
        app.staff(Some(&leader), Method::GET, "/api/staff/associations", None).await.json().await.unwrap();
    let club = mine.iter().find(|a| a.slug == "granvikens-if").unwrap().id;
    let codes = payable_codes(&app).await;
    assert!(codes.len() >= 3, "the demo has vouchers to pay with: {codes:?}");

    // Eight phones redeem 1 kr at a time until told to stop; each keeps its receipts
    // with the moment it got them.
    let url = format!("{}/api/staff/associations/{club}/redemptions", app.address);
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicUsize::new(0));
    let mut writers = tokio::task::JoinSet::new();
    for phone in 0..8 {
        let (client, url, stop, done) = (app.client.clone(), url.clone(), stop.clone(), done.clone());
        let (cookie, csrf, code) = (leader.cookie.clone(), leader.csrf.clone(), codes[phone % codes.len()].clone());
        writers.spawn(async move {
            let mut receipts = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let body =
                    json!({ "code": code, "amount_ore": 100, "idempotency_key": uuid::Uuid::new_v4().to_string() });
                let response = client
                    .post(&url)
                    .header("cookie", &cookie)
                    .header("x-csrf-token", &csrf)
                    .json(&body)
                    .send()
                    .await
                    .unwrap();
                let status = response.status().as_u16();
                assert_eq!(status, 201, "every redemption is taken: {}", response.text().await.unwrap());
                let receipt: Receipt = response.json().await.unwrap();
                receipts.push((receipt.id, Instant::now()));
                done.fetch_add(1, Ordering::Relaxed);
            }
            receipts
        });
    }
    let wait_for = async |n: usize| {
        let deadline = Instant::now() + Duration::from_mins(1);
        while done.load(Ordering::Relaxed) < n {
            assert!(Instant::now() < deadline, "the writers made {} redemptions", done.load(Ordering::Relaxed));
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    };
    wait_for(60).await;
    let file = Scratch::new("backup");
    let started = Instant::now();
    let before = scalar(&app.store, "SELECT COUNT(*) FROM redemptions").await;
    let copied = backup::backup(&app.database_url(), &file.0).await.expect("the backup is taken");
    let after = scalar(&app.store, "SELECT COUNT(*) FROM redemptions").await;
    println!("backup of {} bytes took {:?}, during {} redemptions", copied.bytes, copied.took, after - before);
    let at_backup = done.load(Ordering::Relaxed);
    wait_for(at_backup + 40).await;
    stop.store(true, Ordering::Relaxed);
    let receipts: Vec<(i64, Instant)> = writers.join_all().await.into_iter().flatten().collect();

    let restored = Scratch::new("restored");
    backup::restore(&restored.url(), &file.0).await.expect("the backup restores");
    let db = Store::connect(&restored.url()).await.unwrap();
    let in_backup = scalar(&db, "SELECT COUNT(*) FROM redemptions").await;
    assert!((before..=after).contains(&in_backup), "the snapshot is of one moment: {before} ≤ {in_backup} ≤ {after}");
    assert!(scalar(&app.store, "SELECT COUNT(*) FROM redemptions").await > in_backup, "writes went on after it");

    // Every receipt a phone had before the backup started is in it.
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM redemptions").fetch_all(db.pool()).await.unwrap();
    let ids: std::collections::HashSet<i64> = ids.into_iter().collect();
    let earlier: Vec<i64> = receipts.iter().filter(|(_, at)| *at < started).map(|(id, _)| *id).collect();
    assert!(earlier.len() >= 60);
    assert!(earlier.iter().all(|id| ids.contains(id)), "a receipt given before the backup is missing");

    // Nothing half-written: each redemption has its one audit entry and each entry its
    // redemption, and each voucher's balance is its amount minus what was not reversed.
    let unaudited = "SELECT COUNT(*) FROM redemptions r WHERE (SELECT COUNT(*) FROM audit_log a
        WHERE a.action = 'voucher-redeemed' AND a.target = CAST(r.id AS TEXT)) <> 1";
    assert_eq!(scalar(&db, unaudited).await, 0, "a redemption without exactly one audit entry");
    let orphans = "SELECT COUNT(*) FROM audit_log a WHERE a.action = 'voucher-redeemed'
        AND NOT EXISTS (SELECT 1 FROM redemptions r WHERE CAST(r.id AS TEXT) = a.target)";
    assert_eq!(scalar(&db, orphans).await, 0, "an audit entry without its redemption");
    let wrong_balances = "SELECT COUNT(*) FROM vouchers v WHERE v.balance_ore <> v.amount_ore -
        (SELECT COALESCE(SUM(r.amount_ore), 0) FROM redemptions r WHERE r.voucher_id = v.id AND r.reversed_on IS NULL)";
    assert_eq!(scalar(&db, wrong_balances).await, 0, "a voucher whose balance is not its amount minus its redemptions");
    // Each redemption left the balance its receipt said: the last one's is the voucher's.
    let broken_chains = "SELECT COUNT(*) FROM vouchers v WHERE EXISTS (SELECT 1 FROM redemptions r
        WHERE r.voucher_id = v.id AND r.id = (SELECT MAX(id) FROM redemptions WHERE voucher_id = v.id)
        AND r.balance_after_ore <> v.balance_ore)";
    assert_eq!(scalar(&db, broken_chains).await, 0);
    db.close().await;
}

/// The server binary on a database of its own, until killed.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_server(data_dir: &Path) -> Running {
    use std::io::{BufRead as _, BufReader};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["--port", "0", "--address", "127.0.0.1", "--dist-dir", "/nonexistent", "--data-dir"])
        .arg(data_dir)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the server binary starts");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let running = Running(child);
    // It holds the lock from before it migrates; listening means it is up.
    assert!(lines.any(|line| line.is_ok_and(|l| l.contains("listening"))), "the server started");
    std::thread::spawn(move || lines.for_each(drop));
    running
}

#[tokio::test]
async fn restore_is_refused_while_a_server_runs_on_the_database_and_accepted_once_it_stopped() {
    if on_postgres() {
        return;
    }
    // A backup of the demo, to restore over a server's empty database.
    let demo = spawn_app().await;
    let file = Scratch::new("demo-backup");
    backup::backup(&demo.database_url(), &file.0).await.unwrap();

    let data_dir = std::env::temp_dir().join(format!("vk-live-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&data_dir).unwrap();
    let database = data_dir.join("valkommen.db");
    let url = format!("sqlite://{}", database.display());
    let server = start_server(&data_dir);

    let refused = backup::restore(&url, &file.0).await.expect_err("a running server's database is not replaced");
    assert!(refused.to_string().contains("a server is running"), "{refused:#}");
    let live = Store::connect(&url).await.unwrap();
    assert_eq!(scalar(&live, "SELECT COUNT(*) FROM vouchers").await, 0, "the live database is untouched");
    live.close().await;

    // Killed, as a crash would: the operating system lets go of the lock.
    drop(server);
    let journal = |suffix: &str| PathBuf::from(format!("{}{suffix}", database.display()));
    assert!(journal("-wal").exists(), "a killed server leaves its -wal behind");
    backup::restore(&url, &file.0).await.expect("restored once no server runs");
    for suffix in ["-wal", "-shm"] {
        assert!(!journal(suffix).exists(), "the old {suffix} is gone");
    }
    let restored = Store::connect(&url).await.unwrap();
    assert!(scalar(&restored, "SELECT COUNT(*) FROM vouchers WHERE demo = 1").await > 0, "the demo is back");
    restored.close().await;
    // And the server starts on what was restored.
    drop(start_server(&data_dir));
    let _ = std::fs::remove_dir_all(&data_dir);
}

#[tokio::test]
async fn bad_backups_and_targets_are_refused_with_a_clear_error_and_change_nothing() {
    if on_postgres() {
        return;
    }
    let app = spawn_app().await;
    let url = app.database_url();
    let vouchers = scalar(&app.store, "SELECT COUNT(*) FROM vouchers").await;

    let existing = Scratch::new("existing");
    std::fs::write(&existing.0, b"keep me").unwrap();
    let error = backup::backup(&url, &existing.0).await.expect_err("a backup never overwrites");
    assert!(error.to_string().contains("exists"), "{error:#}");
    assert_eq!(std::fs::read(&existing.0).unwrap(), b"keep me");

    let error = backup::backup("postgres://localhost/valkommen", &Scratch::new("pg").0).await.unwrap_err();
    assert!(error.to_string().contains("pg_dump"), "PostgreSQL is pointed to its own tools: {error:#}");

    let stranger = Scratch::new("stranger");
    let pool = sqlx::SqlitePool::connect(&format!("{}?mode=rwc", stranger.url())).await.unwrap();
    sqlx::query("CREATE TABLE vouchers (id INTEGER PRIMARY KEY)").execute(&pool).await.unwrap();
    pool.close().await;
    let cases: [(&str, &Path, &str); 3] = [
        ("a file that is no database", &existing.0, "not a backup"),
        ("a database without Välkommen's migrations", &stranger.0, "not a Välkommen database"),
        ("a file that does not exist", Path::new("/nonexistent/backup.db"), "is not a file"),
    ];
    let target = Scratch::new("target");
    backup::backup(&url, &target.0).await.unwrap();
    for (what, from, says) in cases {
        let error = backup::restore(&target.url(), from).await.expect_err(what);
        assert!(format!("{error:#}").contains(says), "{what}: {error:#}");
        let kept = Store::connect(&target.url()).await.unwrap();
        assert_eq!(scalar(&kept, "SELECT COUNT(*) FROM vouchers").await, vouchers, "{what}: the database is kept");
        kept.close().await;
    }
}
