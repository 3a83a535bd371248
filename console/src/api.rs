//! The staff API as typed functions, one per endpoint, grouped as the server's route
//! modules are: pages call these and never build a path. The session cookie travels by
//! itself; every change carries the CSRF token, which lives in memory only.

mod associations;
mod auth;
mod editor;
mod guides;
mod people;
mod public;
mod sportotek;
mod vouchers;

use std::cell::RefCell;

use gloo_net::http::{Method, RequestBuilder};
use model::ErrorBody;
use serde::{de::DeserializeOwned, Serialize};
pub use ui::fetch::Failure;
use wasm_bindgen::JsValue;

pub use self::{associations::*, auth::*, editor::*, guides::*, people::*, public::*, sportotek::*, vouchers::*};

thread_local! {
    static CSRF: RefCell<String> = const { RefCell::new(String::new()) };
}

pub fn set_csrf(token: &str) {
    CSRF.with(|c| token.clone_into(&mut c.borrow_mut()));
}

/// For requests that send nothing but their path.
const NO_BODY: Option<&()> = None;

/// `/api/staff/municipalities/<slug>` + `rest`: what an admin keeps for one municipality.
fn staff(municipality: &str, rest: &str) -> String {
    format!("/api/staff/municipalities/{municipality}{rest}")
}

/// Sends `body` as JSON and reads the answer as `T`; an empty answer (201, 204) reads
/// as `()`. Only this much is generic, so each endpoint adds little to the bundle.
async fn request<T: DeserializeOwned>(method: Method, path: &str, body: Option<&impl Serialize>) -> Result<T, Failure> {
    let body = body.map(serde_json::to_string).transpose().map_err(|_| Failure::offline())?;
    let text = exchange(method, path, body).await?;
    serde_json::from_str(if text.is_empty() { "null" } else { &text }).map_err(|_| Failure::offline())
}

/// A request with a JSON body, or none.
async fn exchange(method: Method, path: &str, json: Option<String>) -> Result<String, Failure> {
    send(method, path, json.map(|json| ("application/json", JsValue::from(json)))).await
}

/// One request, with the CSRF token unless it only reads, and a body of the given
/// content type (JSON, or a file as it is): the answer's text, or the failure it explains.
async fn send(method: Method, path: &str, body: Option<(&str, JsValue)>) -> Result<String, Failure> {
    let mut builder = RequestBuilder::new(path);
    if method != Method::GET {
        builder = builder.header("x-csrf-token", &CSRF.with(|c| c.borrow().clone()));
    }
    let builder = builder.method(method);
    let request = match body {
        Some((kind, body)) => builder.header("content-type", kind).body(body),
        None => builder.build(),
    }
    .map_err(|_| Failure::offline())?;
    let response = request.send().await.map_err(|_| Failure::offline())?;
    if response.ok() {
        return response.text().await.map_err(|_| Failure::offline());
    }
    let status = response.status();
    // A refusal without our error body (a proxy's, say) reads as a network problem.
    Err(match response.json::<ErrorBody>().await {
        Ok(body) => Failure::refused(status, body),
        Err(_) => Failure { status, code: "unknown".into(), ..Failure::offline() },
    })
}
