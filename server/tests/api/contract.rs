//! The API keeps its contract: real answers validate against the router's own `OpenAPI`
//! document, and a request body built from the document's schema is one the server's
//! deserialisers accept. A single wrong enum spelling in the document fails here.

use reqwest::Method;
use serde_json::{json, Map, Value};

use crate::{
    activity_helpers::today,
    authorization::{arrange, case, Caller, Targets},
    helpers::{spawn_app, TestApp, DEMO_PASSWORD},
};

fn document() -> Value {
    serde_json::to_value(server::openapi::document()).unwrap()
}

/// A schema that can resolve the document's `#/components/...` references.
fn rooted(schema: &Value, document: &Value) -> Value {
    let mut rooted = schema.as_object().cloned().unwrap_or_default();
    rooted.insert("components".into(), document["components"].clone());
    Value::Object(rooted)
}

fn resolve<'a>(schema: &'a Value, document: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let pointer = reference.trim_start_matches('#');
            resolve(document.pointer(pointer).unwrap_or_else(|| panic!("{reference} resolves")), document)
        }
        None => schema,
    }
}

/// A value the schema describes, as small as it allows: required properties only, the
/// first enum value, the first `oneOf`, and strings shaped by their pattern or format.
fn sample(schema: &Value, document: &Value) -> Value {
    let schema = resolve(schema, document);
    if let Some(first) = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(|v| v.get(0)) {
        return sample(first, document);
    }
    if let Some(value) = schema.get("enum").and_then(|v| v.get(0)) {
        return value.clone();
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec!["object"],
    };
    match types.iter().find(|t| **t != "null").copied() {
        None => Value::Null,
        Some("object") => {
            let mut object = Map::new();
            let required: Vec<&str> =
                schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            for (name, property) in schema["properties"].as_object().into_iter().flatten() {
                if required.contains(&name.as_str()) {
                    object.insert(name.clone(), sample(property, document));
                }
            }
            Value::Object(object)
        }
        Some("array") => json!([]),
        Some("integer" | "number") => json!(schema["minimum"].as_i64().unwrap_or(1).max(0)),
        Some("boolean") => json!(false),
        Some(_) => json!(text(schema)),
    }
}

fn text(schema: &Value) -> String {
    if schema["format"] == "date" {
        return today().to_string();
    }
    match schema["pattern"].as_str() {
        Some("^([01][0-9]|2[0-3]):[0-5][0-9]$") => "17:30".into(),
        Some("^(sv|ar|prs|uk|en)$") => "sv".into(),
        Some(pattern) if pattern.starts_with("^[a-z0-9]") => "ett-exempel".into(),
        _ => "Exempel".into(),
    }
}

async fn send(
    app: &TestApp,
    caller: Option<&Caller>,
    method: &Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    app.staff(caller.map(|c| &c.session), method.clone(), path, body).await
}

/// A public route's path with its parameters filled from the demo.
fn public_path(template: &str, t: &Targets) -> Option<String> {
    let m = "granviken";
    let path = match template {
        "/api/health" | "/api/ready" | "/api/municipalities" | "/api/auth/me" => template.to_owned(),
        "/api/municipalities/{municipality}/orientation" => format!("/api/municipalities/{m}/orientation?lang=ar"),
        "/api/municipalities/{municipality}/articles/{slug}" => {
            format!("/api/municipalities/{m}/articles/tandvard?lang=ar")
        }
        "/api/municipalities/{municipality}/search" => format!("/api/municipalities/{m}/search?q=bank&lang=sv"),
        "/api/municipalities/{municipality}/activities" => format!("/api/municipalities/{m}/activities?age=9"),
        "/api/municipalities/{municipality}/activities/{id}" => {
            format!("/api/municipalities/{m}/activities/{}?lang=uk", t.activity)
        }
        "/api/municipalities/{municipality}/associations/{slug}" => {
            format!("/api/municipalities/{m}/associations/granvikens-if?lang=prs")
        }
        _ => return None,
    };
    Some(path)
}

/// The path to call and who calls it: for a staff route, the matrix's path and the
/// first caller it allows; for a public one, `public`'s path and the own admin.
fn call<'c>(
    method: &Method,
    template: &str,
    targets: &Targets,
    callers: &'c [Caller],
    public: impl Fn(&str, &Targets) -> Option<String>,
) -> Option<(String, Option<&'c Caller>)> {
    if template.starts_with("/api/staff/") {
        let (path, _, rule) = case(method, template, targets).expect("in the matrix");
        Some((path, callers.iter().find(|c| c.allowed(rule))))
    } else {
        Some((public(template, targets)?, callers.iter().find(|c| c.name == "admin, own")))
    }
}

#[tokio::test]
async fn every_json_answer_of_every_get_route_matches_the_document() {
    let app = spawn_app().await;
    let (targets, callers) = arrange(&app).await;
    let document = document();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (template, item) in document["paths"].as_object().unwrap() {
        let Some(schema) = item.pointer("/get/responses/200/content/application~1json/schema") else { continue };
        let Some((path, caller)) = call(&Method::GET, template, &targets, &callers, public_path) else { continue };
        let response = send(&app, caller, &Method::GET, &path, None).await;
        assert_eq!(response.status(), 200, "GET {path}");
        let body: Value = response.json().await.unwrap();
        let validator = jsonschema::draft202012::new(&rooted(schema, &document)).expect("a valid schema");
        for error in validator.iter_errors(&body) {
            wrong.push(format!("GET {path}: {error} at {}", error.instance_path()));
        }
        checked += 1;
    }
    assert!(checked >= 25, "answers checked: {checked}");
    assert!(wrong.is_empty(), "answers that break the document:\n{}", wrong.join("\n"));
}

#[tokio::test]
async fn a_body_built_from_each_documented_schema_is_one_the_server_can_read() {
    let app = spawn_app().await;
    let (targets, callers) = arrange(&app).await;
    let document = document();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (template, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let Some(schema) = operation.pointer("/requestBody/content/application~1json/schema") else { continue };
            let method: Method = method.to_uppercase().parse().unwrap();
            let body = sample(schema, &document);
            let fill = |template: &str, _: &Targets| {
                Some(template.replace("{municipality}", "granviken").replace("{slug}", "tandvard"))
            };
            let (path, caller) = call(&method, template, &targets, &callers, fill).expect("a path");
            let response = send(&app, caller, &method, &path, Some(body.clone())).await;
            let status = response.status().as_u16();
            let text = response.text().await.unwrap();
            if status == 400 {
                wrong.push(format!("{method} {path} refused {body}: {text}"));
            }
            checked += 1;
        }
    }
    assert!(checked >= 25, "bodies checked: {checked}");
    assert!(wrong.is_empty(), "documented bodies the server cannot read:\n{}", wrong.join("\n"));
}

#[test]
fn the_sample_of_a_misspelled_enum_is_refused_by_serde() {
    // The check above relies on this: a document spelling `Football` would make a body
    // that serde refuses.
    let document = json!({ "components": { "schemas": { "Category": { "type": "string", "enum": ["Football"] } } } });
    let value = sample(&json!({ "$ref": "#/components/schemas/Category" }), &document);
    assert!(serde_json::from_value::<model::activities::Category>(value).is_err());
    let document =
        json!({ "components": { "schemas": { "Category": server_schema::<model::activities::Category>() } } });
    let value = sample(&json!({ "$ref": "#/components/schemas/Category" }), &document);
    assert!(serde_json::from_value::<model::activities::Category>(value).is_ok());
}

fn server_schema<T: utoipa::PartialSchema>() -> Value {
    serde_json::to_value(T::schema()).unwrap()
}

#[tokio::test]
async fn every_staff_route_answers_a_stranger_as_its_document_says() {
    let app = spawn_app().await;
    let document = document();
    let mut checked = 0;
    for (template, item) in document["paths"].as_object().unwrap() {
        if !template.starts_with("/api/staff/") {
            continue;
        }
        for (method, operation) in item.as_object().unwrap() {
            let schema = operation
                .pointer("/responses/401/content/application~1json/schema")
                .unwrap_or_else(|| panic!("{method} {template} declares 401"));
            let path =
                template.replace("{municipality}", "granviken").replace("{slug}", "tandvard").replace("{id}", "1");
            let path = path.replace("{lang}", "ar").replace("{year}", "2026");
            let response = app.staff(None, method.to_uppercase().parse().unwrap(), &path, Some(json!({}))).await;
            assert_eq!(response.status(), 401, "{method} {path} without a session");
            let body: Value = response.json().await.unwrap();
            let validator = jsonschema::draft202012::new(&rooted(schema, &document)).unwrap();
            assert!(validator.is_valid(&body), "{method} {path}: {body}");
            checked += 1;
        }
    }
    assert!(checked >= 50, "staff operations: {checked}");
}

/// Every string pattern in `schema`, with where it was found.
fn patterns<'a>(schema: &'a Value, at: &str, found: &mut Vec<(String, &'a str)>) {
    match schema {
        Value::Object(fields) => {
            if let Some(pattern) = fields.get("pattern").and_then(Value::as_str) {
                found.push((at.to_owned(), pattern));
            }
            for (name, value) in fields {
                patterns(value, &format!("{at}/{name}"), found);
            }
        }
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| patterns(v, &format!("{at}/{i}"), found)),
        _ => {}
    }
}

#[test]
fn no_documented_pattern_lets_a_control_character_through() {
    // The server refuses control characters in every text it takes (line breaks aside),
    // so a client that follows the document must not be able to send one. A pattern
    // such as `^[^\u0000-\u001f]*\S…$` once did: its `\S` matched a control character.
    let document = document();
    // The bodies' schemas; a search query may hold anything and is only folded.
    let mut found = Vec::new();
    patterns(&document["components"], "#/components", &mut found);
    assert!(found.len() >= 30, "patterns found: {}", found.len());
    let mut wrong = Vec::new();
    for (at, pattern) in found {
        let validator = jsonschema::draft202012::new(&json!({ "type": "string", "pattern": pattern })).unwrap();
        for hostile in ["\u{7}", "a\u{7}b", "ab\u{1b}", "\u{85}x", "x\u{0}"] {
            if validator.is_valid(&json!(hostile)) {
                wrong.push(format!("{at}: {pattern:?} lets {hostile:?} through"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn a_whole_number_written_with_a_fraction_is_read_as_the_integer() {
    // JSON Schema counts `2015.0` as an integer, so clients generated from the document
    // may send it; `2015.5` is no integer and stays refused.
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let path = "/api/staff/municipalities/granviken/vouchers";
    let year = f64::from(today().year());
    let issue = |birth_year: f64| json!({ "year": year, "first_name": "Mira", "birth_year": birth_year });
    let response = app.staff(Some(&admin), Method::POST, path, Some(issue(year - 9.0))).await;
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    let response = app.staff(Some(&admin), Method::POST, path, Some(issue(year - 9.5))).await;
    assert_eq!(response.status(), 400, "a fraction is no year");
}
