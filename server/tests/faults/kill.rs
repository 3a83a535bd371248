//! `kill -9` in the middle of a burst of payments: after a restart, every payment a
//! client got a receipt for is there, nothing else is, and every balance adds up.

use std::{
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use tokio::sync::Mutex;

use crate::{
    process::{Database, Server},
    redeeming::{assert_balances_add_up, redemptions, Answer, Club, Heard},
};

/// Clients paying at once; payments received before the kill.
const CLIENTS: usize = 24;
const RECEIPTS_BEFORE_THE_KILL: usize = 150;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_mid_burst_keeps_every_receipted_payment_and_no_other() {
    let database = Database::fresh().await;
    let mut server = Server::start(&database, &["--voucher-checks-per-ten-minutes=1000000"]).await;
    // Paid 10 kr at a time, half the vouchers (50 kr) run out early in the burst, so the
    // refusal path is under the kill too; the others (600 kr) last past it.
    let club = Arc::new(Club::open(&server.address, 8).await);
    let pool = database.pool().await;
    sqlx::query(
        "UPDATE vouchers SET amount_ore = CASE WHEN id % 2 = 0 THEN 5000 ELSE 60000 END,
         balance_ore = CASE WHEN id % 2 = 0 THEN 5000 ELSE 60000 END WHERE demo = 0",
    )
    .execute(&pool)
    .await
    .unwrap();

    let heard = Arc::new(Mutex::new(Heard::default()));
    let stop = Arc::new(AtomicBool::new(false));
    let mut clients = tokio::task::JoinSet::new();
    for client in 0..CLIENTS {
        let (club, heard, stop) = (club.clone(), heard.clone(), stop.clone());
        clients.spawn(async move {
            let mut n = client;
            while !stop.load(Ordering::Relaxed) {
                let key = uuid::Uuid::new_v4().to_string();
                let answer = Answer::read(club.redemption(n, 1_000, &key).send().await).await;
                let lost = answer.is_lost();
                heard.lock().await.file(key, n, answer);
                if lost {
                    break;
                }
                n += CLIENTS;
            }
        });
    }
    let start = Instant::now();
    while heard.lock().await.receipts.len() < RECEIPTS_BEFORE_THE_KILL {
        assert!(start.elapsed() < Duration::from_mins(2), "the burst never got going");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.kill_9();
    stop.store(true, Ordering::Relaxed);
    clients.join_all().await;
    let heard = Arc::into_inner(heard).unwrap().into_inner();
    assert!(heard.unexpected.is_empty(), "answers besides receipts and refusals: {:?}", heard.unexpected);
    assert!(!heard.refused.is_empty(), "some vouchers ran out before the kill");

    server.restart().await;
    let stored = redemptions(&pool).await;
    for (key, id) in &heard.receipts {
        assert_eq!(stored.get(key).map(|(stored, _)| stored), Some(id), "a receipted payment is gone: {key}");
    }
    for key in stored.keys() {
        assert!(
            heard.receipts.contains_key(key) || heard.unanswered.contains_key(key),
            "a payment nobody was told of, or one that was refused, is stored: {key}"
        );
    }
    assert_balances_add_up(&pool).await;

    // The clients left without an answer try again with the same key, as the app does:
    // a payment made before the kill is found, not made twice; the session still holds.
    let mut retried = Heard::default();
    for (key, &n) in &heard.unanswered {
        let answer = club.redemption(n, 1_000, key).send().await.expect("the restarted server answers");
        if answer.status() == 200 {
            let receipt: serde_json::Value = answer.json().await.unwrap();
            assert_eq!(Some(receipt["id"].as_i64().unwrap()), stored.get(key).map(|(id, _)| *id), "the same receipt");
        } else {
            assert!(!stored.contains_key(key), "a stored payment made again: {key}");
            retried.file(key.clone(), n, Answer::read(Ok(answer)).await);
        }
    }
    assert!(retried.unexpected.is_empty() && retried.unanswered.is_empty(), "{:?}", retried.unexpected);
    let after = redemptions(&pool).await;
    assert_eq!(after.len(), stored.len() + retried.receipts.len(), "each retry made at most one payment");
    assert_balances_add_up(&pool).await;
    println!(
        "{} receipts before the kill, {} refusals, {} unanswered of which {} had been stored",
        heard.receipts.len(),
        heard.refused.len(),
        heard.unanswered.len(),
        heard.unanswered.keys().filter(|k| stored.contains_key(*k)).count()
    );
}
