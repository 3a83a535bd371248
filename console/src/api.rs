//! The staff API: the session cookie travels by itself; every change carries the CSRF
//! token, which lives in memory only.

use std::cell::RefCell;

use gloo_net::http::{Request, RequestBuilder, Response};
use model::{ErrorBody, FieldError};
use serde::{de::DeserializeOwned, Serialize};

thread_local! {
    static CSRF: RefCell<String> = const { RefCell::new(String::new()) };
}

pub fn set_csrf(token: &str) {
    CSRF.with(|c| token.clone_into(&mut c.borrow_mut()));
}

/// Why a request failed: a message id to show, and the fields it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub status: u16,
    pub message_id: String,
    pub fields: Vec<FieldError>,
}

impl Failure {
    fn network() -> Failure {
        Failure { status: 0, message_id: "error-network".into(), fields: vec![] }
    }
}

async fn read<T: DeserializeOwned>(response: Response) -> Result<Option<T>, Failure> {
    if response.ok() {
        // 201 Created and 204 No Content may come without a body.
        let text = response.text().await.map_err(|_| Failure::network())?;
        if text.is_empty() {
            return Ok(None);
        }
        return serde_json::from_str::<T>(&text).map(Some).map_err(|_| Failure::network());
    }
    let status = response.status();
    let body = response.json::<ErrorBody>().await.map_err(|_| Failure { status, ..Failure::network() })?;
    Err(Failure { status, message_id: body.message_id, fields: body.fields })
}

pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, Failure> {
    let response = Request::get(path).send().await.map_err(|_| Failure::network())?;
    read(response).await?.ok_or_else(Failure::network)
}

/// A state-changing request (POST, PUT) with an optional JSON body.
pub async fn send<B: Serialize, T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<&B>,
) -> Result<Option<T>, Failure> {
    let builder = match method {
        "PUT" => RequestBuilder::new(path).method(gloo_net::http::Method::PUT),
        _ => RequestBuilder::new(path).method(gloo_net::http::Method::POST),
    };
    let builder = builder.header("x-csrf-token", &CSRF.with(|c| c.borrow().clone()));
    let request = match body {
        Some(body) => builder.json(body).map_err(|_| Failure::network())?,
        None => builder.build().map_err(|_| Failure::network())?,
    };
    let response = request.send().await.map_err(|_| Failure::network())?;
    read(response).await
}
