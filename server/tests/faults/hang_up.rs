//! A thousand clients that hang up mid-request while payments are being made: the
//! payers see no 5xx, the database is never "locked", the pool is not used up, and the
//! server answers at once afterwards.

use std::{
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use tokio::{io::AsyncWriteExt as _, net::TcpStream, sync::Mutex};

use crate::{
    process::{Database, Server},
    redeeming::{assert_balances_add_up, Answer, Club, Heard},
};

const HANG_UPS: usize = 1_000;
/// Hang-ups under way at once.
const AT_ONCE: usize = 100;

/// What a client sends before it closes the connection: the `n`th of five kinds.
fn partial(club: &Club, n: usize) -> Vec<u8> {
    let payment = club.raw_redemption(n, &uuid::Uuid::new_v4().to_string());
    match n % 5 {
        // Headers cut off in the middle.
        0 => payment.as_bytes()[..payment.find("Cookie").unwrap() + 10].to_vec(),
        // All headers, half the body.
        1 => payment.as_bytes()[..payment.len() - 20].to_vec(),
        // The whole payment, then gone before the receipt.
        2 => payment.into_bytes(),
        // A public read, then gone before the answer.
        3 => b"GET /api/municipalities/granviken/activities HTTP/1.1\r\nHost: localhost\r\n\r\n".to_vec(),
        // A request line only.
        _ => b"POST /api/vouchers/balance HTTP/1.1\r\n".to_vec(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_clients_hanging_up_mid_request_disturb_no_payment() {
    let database = Database::fresh().await;
    let server = Server::start(&database, &["--voucher-checks-per-ten-minutes=1000000"]).await;
    let club = Arc::new(Club::open(&server.address, 4).await);

    // Four well-behaved payers, paying 1 kr at a time until the hang-ups are over.
    let heard = Arc::new(Mutex::new(Heard::default()));
    let stop = Arc::new(AtomicBool::new(false));
    let mut payers = tokio::task::JoinSet::new();
    for payer in 0..4 {
        let (club, heard, stop) = (club.clone(), heard.clone(), stop.clone());
        payers.spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let key = uuid::Uuid::new_v4().to_string();
                let answer = Answer::read(club.redemption(payer, 100, &key).send().await).await;
                heard.lock().await.file(key, payer, answer);
            }
        });
    }

    let address = server.address.trim_start_matches("http://").to_owned();
    let mut hang_ups = tokio::task::JoinSet::new();
    for n in 0..HANG_UPS {
        if hang_ups.len() >= AT_ONCE {
            hang_ups.join_next().await.unwrap().unwrap();
        }
        let (bytes, address) = (partial(&club, n), address.clone());
        hang_ups.spawn(async move {
            let mut stream = TcpStream::connect(&address).await.expect("a connection is accepted");
            // Some go before the server has read anything, some after.
            if n % 2 == 0 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            let _ = stream.write_all(&bytes).await;
            drop(stream);
        });
    }
    hang_ups.join_all().await;
    // A moment for the last of them to be noticed, while the payers go on.
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::Relaxed);
    payers.join_all().await;
    let heard = Arc::into_inner(heard).unwrap().into_inner();

    assert!(heard.unexpected.is_empty(), "answers besides receipts and refusals: {:?}", heard.unexpected);
    assert!(heard.unanswered.is_empty(), "payers left without an answer: {}", heard.unanswered.len());
    assert!(heard.receipts.len() >= 4, "payments went on meanwhile: {}", heard.receipts.len());
    let log = server.log();
    for fault in ["database is locked", "pool timed out", "internal error"] {
        assert!(!log.contains(fault), "the server logged {fault:?}");
    }

    // Right after: reads and payments, more at once than the pool has connections,
    // are answered at once.
    let start = Instant::now();
    let reads =
        (0..20).map(|_| club.client.get(format!("{}/api/municipalities/granviken/activities", server.address)).send());
    for response in all_at_once(reads).await {
        assert_eq!(response.expect("answered").status(), 200);
    }
    let payments = (0..20).map(|n| club.redemption(n, 100, &uuid::Uuid::new_v4().to_string()).send());
    for response in all_at_once(payments).await {
        assert_eq!(response.expect("answered").status(), 201);
    }
    assert!(start.elapsed() < Duration::from_secs(3), "answers took {:?}", start.elapsed());
    assert_balances_add_up(&database.pool().await).await;
    println!("{} payments and {} refusals during {HANG_UPS} hang-ups", heard.receipts.len(), heard.refused.len());
}

/// Sends the requests at once and waits for every answer.
async fn all_at_once<F>(requests: impl Iterator<Item = F>) -> Vec<F::Output>
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    let mut set = tokio::task::JoinSet::new();
    for request in requests {
        set.spawn(request);
    }
    set.join_all().await
}
