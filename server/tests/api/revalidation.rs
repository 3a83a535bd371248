//! Reads that cost nothing twice: a public read carries a strong `ETag`, a copy that is
//! still current gets `304 Not Modified` and no body, a change gives a new tag, and
//! answers with personal data carry none.

use reqwest::{header, Method};
use serde_json::json;

use crate::helpers::{spawn_app, DEMO_PASSWORD};

const PUBLIC: &str = "/api/municipalities/granviken";

async fn read(app: &crate::helpers::TestApp, path: &str, if_none_match: Option<&str>, br: bool) -> reqwest::Response {
    let mut request = app.client.get(format!("{}{path}", app.address));
    if let Some(tag) = if_none_match {
        request = request.header(header::IF_NONE_MATCH, tag);
    }
    // reqwest asks for no coding unless told; the header is sent as a phone's would be.
    request = request.header(header::ACCEPT_ENCODING, if br { "br" } else { "identity" });
    request.send().await.expect("request sent")
}

fn tag_of(response: &reqwest::Response) -> String {
    response.headers().get(header::ETAG).expect("an ETag").to_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_saved_copy_that_is_still_current_costs_headers_only_and_a_change_gives_a_new_tag() {
    let app = spawn_app().await;
    let article = format!("{PUBLIC}/articles/tandvard?lang=ar");
    let first = read(&app, &article, None, false).await;
    assert_eq!(first.status(), 200);
    let tag = tag_of(&first);
    assert!(tag.starts_with('"') && !tag.starts_with("W/"), "a strong tag: {tag}");
    assert_eq!(first.headers()[header::CACHE_CONTROL], "no-cache", "kept, and asked about each time");
    let body = first.bytes().await.unwrap();

    let again = read(&app, &article, Some(&tag), false).await;
    assert_eq!(again.status(), 304);
    assert_eq!(tag_of(&again), tag);
    assert!(again.bytes().await.unwrap().is_empty(), "no body");
    // The same answer twice has the same tag; another page has another.
    assert_eq!(tag_of(&read(&app, &article, None, false).await), tag);
    let swedish = read(&app, &format!("{PUBLIC}/articles/tandvard?lang=sv"), Some(&tag), false).await;
    assert_eq!(swedish.status(), 200, "another language is another answer");
    assert_ne!(tag_of(&swedish), tag);

    // Compressed, the tag names its coding, and it revalidates as such.
    let compressed = read(&app, &article, None, true).await;
    assert_eq!(compressed.headers()[header::CONTENT_ENCODING], "br");
    let br_tag = tag_of(&compressed);
    assert_eq!(br_tag, format!("{}-br\"", tag.trim_end_matches('"')));
    let again = read(&app, &article, Some(&br_tag), true).await;
    assert_eq!((again.status().as_u16(), tag_of(&again)), (304, br_tag.clone()));

    // Staff change the Arabic text: the saved copy is no longer current.
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let arabic = json!({ "title": "طب الأسنان للجميع", "summary": "ملخص جديد.", "body_md": "اتصل بالرقم 0980-319 211.", "reviewed": true });
    let edit = "/api/staff/municipalities/granviken/articles/tandvard/versions/ar";
    assert_eq!(app.staff(Some(&admin), Method::PUT, edit, Some(arabic)).await.status(), 204);
    let changed = read(&app, &article, Some(&tag), false).await;
    assert_eq!(changed.status(), 200);
    assert_ne!(tag_of(&changed), tag);
    assert_ne!(changed.bytes().await.unwrap(), body);
    assert_eq!(read(&app, &article, Some(&br_tag), true).await.status(), 200, "nor is the compressed one");
}

#[tokio::test]
async fn every_public_read_is_tagged_and_answers_with_personal_data_are_not() {
    let app = spawn_app().await;
    for path in [
        "/api/municipalities".to_owned(),
        format!("{PUBLIC}/orientation?lang=prs"),
        format!("{PUBLIC}/articles/hyra-bostad?lang=uk"),
        format!("{PUBLIC}/search?q=bostad&lang=sv"),
        format!("{PUBLIC}/activities?lang=ar&age=9&covered=1"),
        format!("{PUBLIC}/sportotek?lang=sv"),
        format!("{PUBLIC}/guides?lang=prs"),
    ] {
        let response = read(&app, &path, None, false).await;
        assert_eq!(response.status(), 200, "{path}");
        let tag = tag_of(&response);
        assert_eq!(read(&app, &path, Some(&tag), false).await.status(), 304, "{path}");
        assert_eq!(read(&app, &path, Some("*"), false).await.status(), 304, "{path}: `*` names any current copy");
    }
    // A guardian's balance, a staff list, a session: never tagged, never kept.
    let balance = app.post_raw("/api/vouchers/balance", "application/json", r#"{"code":"6A80NYFHH7S6ZS"}"#).await;
    assert!(balance.headers().get(header::ETAG).is_none());
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let staff = app.staff(Some(&admin), Method::GET, "/api/staff/municipalities/granviken/articles", None).await;
    assert_eq!(staff.status(), 200);
    assert!(staff.headers().get(header::ETAG).is_none());
    assert_eq!(staff.headers()[header::CACHE_CONTROL], "no-store");
    // A refusal is not a copy to keep.
    let missing = read(&app, &format!("{PUBLIC}/articles/no-such-article?lang=sv"), None, false).await;
    assert_eq!(missing.status(), 404);
    assert!(missing.headers().get(header::ETAG).is_none());
}

#[tokio::test]
async fn hostile_if_none_match_headers_get_the_whole_answer() {
    let app = spawn_app().await;
    let path = format!("{PUBLIC}/articles/hyra-bostad?lang=sv");
    let tag = tag_of(&read(&app, &path, None, false).await);
    let long = format!("{}{tag}", "\"x\", ".repeat(500));
    for sent in ["", "\"\"", "W/", "\"abc-br\"", "garbage without quotes", long.as_str(), tag.trim_matches('"')] {
        let response = read(&app, &path, Some(sent), false).await;
        assert_eq!(response.status(), 200, "{sent:.60}");
        assert!(!response.bytes().await.unwrap().is_empty());
    }
}

/// The bytes `response` carries, decoded from the coding it names.
async fn decoded(response: reqwest::Response) -> (Option<String>, Vec<u8>) {
    let coding = response.headers().get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap().to_owned());
    let body = response.bytes().await.unwrap();
    let mut plain = Vec::new();
    match coding.as_deref() {
        Some("br") => brotli::BrotliDecompress(&mut body.as_ref(), &mut plain).unwrap(),
        Some("gzip") => {
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(body.as_ref()), &mut plain).unwrap();
        }
        None => plain = body.to_vec(),
        Some(other) => panic!("an unexpected coding: {other}"),
    }
    (coding, plain)
}

#[tokio::test]
async fn every_coding_carries_the_same_answer_and_a_coding_refused_is_never_sent() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let ask = |path: String, accept: &'static str| {
        let request = app.client.get(format!("{}{path}", app.address)).header(header::ACCEPT_ENCODING, accept);
        request.header("cookie", &admin.cookie).send()
    };
    // A public read (kept), and a staff list (made for each request).
    for path in [format!("{PUBLIC}/sportotek?lang=ar"), "/api/staff/municipalities/granviken/accounts".to_owned()] {
        let (none, plain) = decoded(ask(path.clone(), "identity").await.unwrap()).await;
        assert_eq!(none, None, "{path}");
        assert!(plain.len() > 1_000, "{path}: long enough to compress ({} bytes)", plain.len());
        for (accept, coding) in
            [("gzip, deflate, br, zstd", "br"), ("br;q=0, gzip", "gzip"), ("gzip;q=0.4, br;q=0.2", "gzip"), ("*", "br")]
        {
            let response = ask(path.clone(), accept).await.unwrap();
            assert_eq!(response.status(), 200, "{path} {accept}");
            assert!(response.headers()[header::VARY].to_str().unwrap().contains("accept-encoding"), "{path} {accept}");
            let (sent, bytes) = decoded(response).await;
            assert_eq!(sent.as_deref(), Some(coding), "{path} {accept}");
            assert_eq!(bytes, plain, "{path} {accept}: the same answer");
        }
        for refused in ["br;q=0, gzip;q=0", "*;q=0", "compress"] {
            let (sent, bytes) = decoded(ask(path.clone(), refused).await.unwrap()).await;
            assert_eq!((sent, bytes.len()), (None, plain.len()), "{path} {refused}");
        }
    }
}
