//! An association leader paying with vouchers, as the redemption screen does, and what
//! the database must hold afterwards.

use std::collections::{BTreeMap, BTreeSet};

use model::{associations::StaffAssociation, auth::Me, vouchers::StaffVoucher};
use serde_json::json;
use sqlx::Row as _;

/// A signed-in account: its cookie and CSRF token.
#[derive(Clone)]
pub struct Session {
    cookie: String,
    csrf: String,
}

/// The demo's admin and Granvikens IF's leader, and vouchers issued for the test.
pub struct Club {
    pub address: String,
    pub client: reqwest::Client,
    pub leader: Session,
    pub association: i64,
    pub vouchers: Vec<StaffVoucher>,
}

async fn sign_in(client: &reqwest::Client, address: &str, email: &str) -> Session {
    let body = json!({ "email": email, "password": server::seed::DEMO_PASSWORD });
    let response = client.post(format!("{address}/api/auth/sign-in")).json(&body).send().await.unwrap();
    assert_eq!(response.status(), 200, "signing in as {email}");
    let cookie = response.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let me: Me = response.json().await.unwrap();
    Session { cookie, csrf: me.csrf_token }
}

fn signed(request: reqwest::RequestBuilder, session: &Session) -> reqwest::RequestBuilder {
    request.header("cookie", &session.cookie).header("x-csrf-token", &session.csrf)
}

impl Club {
    /// Signs in and issues `vouchers` vouchers of this year's amount.
    pub async fn open(address: &str, vouchers: usize) -> Club {
        let client = reqwest::Client::new();
        let admin = sign_in(&client, address, "admin@granviken.example").await;
        let leader = sign_in(&client, address, "forening@granviken.example").await;
        let mine: Vec<StaffAssociation> = signed(client.get(format!("{address}/api/staff/associations")), &leader)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let association = mine.iter().find(|a| a.slug == "granvikens-if").expect("the demo leader's club").id;
        let year = chrono::Datelike::year(&chrono::Local::now());
        let mut issued = Vec::new();
        for n in 0..vouchers {
            let body = json!({ "year": year, "first_name": format!("Barn {n}"), "birth_year": year - 9 });
            let url = format!("{address}/api/staff/municipalities/granviken/vouchers");
            let response = signed(client.post(url), &admin).json(&body).send().await.unwrap();
            assert_eq!(response.status(), 201, "issuing a voucher");
            issued.push(response.json().await.unwrap());
        }
        Club { address: address.to_owned(), client, leader, association, vouchers: issued }
    }

    /// A payment of `amount_ore` from voucher `n` under `key`, not yet sent.
    pub fn redemption(&self, n: usize, amount_ore: i64, key: &str) -> reqwest::RequestBuilder {
        let voucher = &self.vouchers[n % self.vouchers.len()];
        let url = format!("{}/api/staff/associations/{}/redemptions", self.address, self.association);
        let body = json!({ "code": voucher.code, "amount_ore": amount_ore, "idempotency_key": key });
        signed(self.client.post(url), &self.leader).json(&body)
    }

    /// The raw HTTP/1.1 request of that payment, for clients that hang up.
    pub fn raw_redemption(&self, n: usize, key: &str) -> String {
        let voucher = &self.vouchers[n % self.vouchers.len()];
        let body = json!({ "code": voucher.code, "amount_ore": 100, "idempotency_key": key }).to_string();
        format!(
            "POST /api/staff/associations/{}/redemptions HTTP/1.1\r\nHost: localhost\r\nCookie: {}\r\n\
             X-CSRF-Token: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.association,
            self.leader.cookie,
            self.leader.csrf,
            body.len()
        )
    }
}

/// The redemptions of the test's vouchers, by idempotency key: (receipt id, voucher id).
pub async fn redemptions(pool: &sqlx::AnyPool) -> BTreeMap<String, (i64, i64)> {
    sqlx::query(
        "SELECT r.idempotency_key, r.id, r.voucher_id FROM redemptions r
         JOIN vouchers v ON v.id = r.voucher_id WHERE v.demo = 0",
    )
    .fetch_all(pool)
    .await
    .unwrap()
    .iter()
    .map(|row| (row.get(0), (row.get(1), row.get(2))))
    .collect()
}

/// Every voucher's balance is its amount minus what was redeemed from it and not
/// reversed, and never below zero.
pub async fn assert_balances_add_up(pool: &sqlx::AnyPool) {
    let rows = sqlx::query(
        "SELECT v.id, v.amount_ore, v.balance_ore,
                CAST(COALESCE(SUM(CASE WHEN r.reversed_on IS NULL THEN r.amount_ore ELSE 0 END), 0) AS BIGINT)
         FROM vouchers v LEFT JOIN redemptions r ON r.voucher_id = v.id GROUP BY v.id, v.amount_ore, v.balance_ore",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    assert!(!rows.is_empty());
    for row in rows {
        let (id, amount, balance, redeemed): (i64, i64, i64, i64) = (row.get(0), row.get(1), row.get(2), row.get(3));
        assert!(balance >= 0, "voucher {id} below zero");
        assert_eq!(balance, amount - redeemed, "voucher {id}: {amount} minus {redeemed} redeemed");
    }
}

/// What the clients heard: receipts by key, refusals, and requests left unanswered.
#[derive(Default)]
pub struct Heard {
    pub receipts: BTreeMap<String, i64>,
    pub refused: BTreeSet<String>,
    /// By key: the voucher it was for, to try again with.
    pub unanswered: BTreeMap<String, usize>,
    /// Anything else: a status or a refusal that is not the balance running out.
    pub unexpected: Vec<String>,
}

/// One answer to a payment, read whole: its status and body, or nothing.
pub struct Answer(Option<(u16, serde_json::Value)>);

impl Answer {
    pub async fn read(answer: reqwest::Result<reqwest::Response>) -> Answer {
        let Ok(response) = answer else { return Answer(None) };
        let status = response.status().as_u16();
        // Headers without the whole body are no receipt either.
        match response.bytes().await {
            Ok(bytes) => Answer(Some((status, serde_json::from_slice(&bytes).unwrap_or_default()))),
            Err(_) => Answer(None),
        }
    }

    pub fn is_lost(&self) -> bool {
        self.0.is_none()
    }
}

impl Heard {
    /// Files the answer to a payment from voucher `n` sent under `key` for the first time.
    pub fn file(&mut self, key: String, n: usize, answer: Answer) {
        match answer.0 {
            None => {
                self.unanswered.insert(key, n);
            }
            Some((201, body)) => {
                self.receipts.insert(key, body["id"].as_i64().expect("a receipt's id"));
            }
            Some((409, body)) if body["message_id"] == "error-voucher-balance" => {
                self.refused.insert(key);
            }
            Some((status, body)) => self.unexpected.push(format!("{status} {body}")),
        }
    }
}
