//! Bad input to the Sportotek gets a translated error that names the field and changes
//! nothing: reservations for days that cannot be, hostile text, malformed bodies, and
//! photos that are no photos.

use std::io::Cursor;

use model::{sportotek::ClosedDay, ErrorBody};
use reqwest::Method;
use serde_json::{json, Value};

use crate::{
    activity_helpers::today,
    helpers::{assert_error, count, spawn_app, spawn_app_with, Options, TestApp, DEMO_PASSWORD},
    sportotek_helpers::{item_in, item_with, open_every_day, public_path, request, reserve, set_settings, staff_path},
};

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one row per bad request: a table reads best in one place")]
async fn each_bad_reservation_is_refused_with_its_field_and_reason_and_changes_nothing() {
    let app = spawn_app().await;
    let not_open = today().plus_days(4);
    let closed = today().plus_days(5);
    let mut settings = open_every_day();
    settings.hours.retain(|h| h.weekday != not_open.weekday());
    settings.closed_days = vec![ClosedDay { day: closed, note: "Inventering".into() }];
    settings.reserve_ahead_days = 10;
    set_settings(&app, &settings).await;
    let (_, sizes) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let elsewhere = app.store.create_municipality("bstad", "Bstad", false).await.unwrap();
    let (_, foreign) =
        item_in(&app, elsewhere, "Bstads skridskor", model::sportotek::EquipmentCategory::Skates, &[("32", 1)]).await;
    let good = request(sizes[0], today().plus_days(1), "Amal", "070-123 45 67");
    let with = |pointer: &str, value: Value| {
        let mut body = good.clone();
        *body.pointer_mut(pointer).unwrap() = value;
        body.to_string()
    };
    let without = |field: &str| {
        let mut body = good.clone();
        body.as_object_mut().unwrap().remove(field);
        body.to_string()
    };
    let cases: Vec<(&str, String, u16, &str, &str)> = vec![
        ("an unknown size", with("/size_id", json!(999_999)), 409, "size_id", "error-sportotek-unknown-size"),
        (
            "another municipality's size",
            with("/size_id", json!(foreign[0].0)),
            409,
            "size_id",
            "error-sportotek-unknown-size",
        ),
        ("a size id below one", with("/size_id", json!(0)), 422, "size_id", "error-sportotek-unknown-size"),
        (
            "a past day",
            with("/pickup_day", json!(today().plus_days(-1).to_string())),
            422,
            "pickup_day",
            "error-sportotek-day-past",
        ),
        (
            "a closed day",
            with("/pickup_day", json!(closed.to_string())),
            422,
            "pickup_day",
            "error-sportotek-day-closed",
        ),
        (
            "a weekday without hours",
            with("/pickup_day", json!(not_open.to_string())),
            422,
            "pickup_day",
            "error-sportotek-not-pickup-day",
        ),
        (
            "beyond the reserve-ahead days",
            with("/pickup_day", json!(today().plus_days(11).to_string())),
            422,
            "pickup_day",
            "error-sportotek-day-too-far",
        ),
        (
            "a name with CR LF",
            with("/first_name", json!("Amal\r\nBEGIN:VEVENT")),
            422,
            "first_name",
            "error-text-control",
        ),
        ("a blank name", with("/first_name", json!("   ")), 422, "first_name", "error-required"),
        (
            "a name of 61 characters",
            with("/first_name", json!("A".repeat(61))),
            422,
            "first_name",
            "error-text-too-long",
        ),
        (
            "a contact that is neither phone nor e-mail",
            with("/contact", json!("<script>")),
            422,
            "contact",
            "error-sportotek-contact",
        ),
        (
            "a hostile idempotency key",
            with("/idempotency_key", json!("'; DROP TABLE x; --")),
            422,
            "idempotency_key",
            "error-idempotency-key",
        ),
        ("an impossible date", with("/pickup_day", json!("2026-02-30")), 400, "", "error-malformed-body"),
        ("a number as the name", with("/first_name", json!(7)), 400, "", "error-malformed-body"),
        ("no pickup day", without("pickup_day"), 400, "", "error-malformed-body"),
        ("not JSON", "{\"size_id\": ".to_owned(), 400, "", "error-malformed-body"),
        ("an oversized body", with("/first_name", json!("x".repeat(100 * 1024))), 413, "", "error-body-too-large"),
    ];
    for (why, body, status, field, message) in cases {
        let response = app.post_raw(&public_path("/reservations"), "application/json", body).await;
        assert_eq!(response.status(), status, "{why}");
        let error: ErrorBody = response.json().await.unwrap();
        assert_eq!(error.message_id, message, "{why}");
        if !field.is_empty() {
            assert_eq!(error.fields[0].field, field, "{why}");
        }
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sportotek_loans WHERE demo = 0").await, 0, "nothing was reserved");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'sportotek-%'").await, 0);
    assert_eq!(reserve(&app, &good).await.status(), 201, "the good request still goes through");
}

async fn reserve_from(app: &TestApp, client: &str, body: &Value) -> reqwest::Response {
    let url = format!("{}{}", app.address, public_path("/reservations"));
    app.client.post(url).header("x-forwarded-for", client).json(body).send().await.expect("request sent")
}

#[tokio::test]
async fn one_address_past_its_quota_of_reservations_is_refused_and_changes_nothing_but_a_retry_is_answered() {
    let app = spawn_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
    set_settings(&app, &open_every_day()).await;
    let quota = server::startup::RESERVATIONS;
    let (_, sizes) = item_with(&app, "Många par", &[("32", usize::try_from(quota).unwrap() + 2)]).await;
    let day = today().plus_days(1);
    let script = "203.0.113.7";
    // Each reservation its own contact, so only the address can stop them.
    let made: Vec<Value> = (0..quota).map(|n| request(sizes[0], day, "Barn", &format!("070-{n:03} 00 00"))).collect();
    for body in &made {
        assert_eq!(reserve_from(&app, script, body).await.status(), 201, "within the quota");
    }
    let loans = format!("SELECT COUNT(*) FROM sportotek_loans WHERE size_id = {}", sizes[0].0);
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-reserved'";
    let before = (count(&app, &loans).await, count(&app, audited).await);
    let one_more = request(sizes[0], day, "Barn", "070-999 00 00");
    assert_error(reserve_from(&app, script, &one_more).await, 429, "error-rate-limited", "past the quota").await;
    assert_eq!((count(&app, &loans).await, count(&app, audited).await), before, "the refusal changed nothing");
    // A phone that lost the answer and sends the same reservation again gets it back.
    assert_eq!(reserve_from(&app, script, &made[0]).await.status(), 200, "a retry is not counted");
    assert_eq!(reserve_from(&app, "203.0.113.8", &one_more).await.status(), 201, "another family's address");
}

/// A small JPEG with an EXIF block that names a GPS position.
pub(crate) fn jpeg_with_gps() -> Vec<u8> {
    let image = image::RgbImage::from_fn(800, 600, |x, y| image::Rgb([(x % 255) as u8, (y % 255) as u8, 90]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85).encode_image(&image).unwrap();
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\0\0\0\0\0".to_vec();
    exif.extend_from_slice(b"GPSLatitude 60.5130N GPSLongitude 14.2200E");
    let length = u16::try_from(exif.len() + 2).unwrap().to_be_bytes();
    let mut with_exif = jpeg[..2].to_vec();
    with_exif.extend_from_slice(&[0xFF, 0xE1, length[0], length[1]]);
    with_exif.extend_from_slice(&exif);
    with_exif.extend_from_slice(&jpeg[2..]);
    with_exif
}

/// A PNG whose header claims 100 000 × 100 000 pixels: ten gigapixels from a few bytes.
fn bomb() -> Vec<u8> {
    let mut png = Vec::new();
    image::DynamicImage::new_rgb8(1, 1).write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
    // IHDR's width and height follow the 8-byte signature and the chunk's length and type.
    png[16..20].copy_from_slice(&100_000_u32.to_be_bytes());
    png[20..24].copy_from_slice(&100_000_u32.to_be_bytes());
    let crc = crc(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

fn crc(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFF_u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

async fn upload(
    app: &TestApp,
    session: &crate::helpers::Session,
    item: server::ids::ItemId,
    body: Vec<u8>,
) -> reqwest::Response {
    app.client
        .put(format!("{}{}", app.address, staff_path(&format!("/items/{item}/photo"))))
        .header("cookie", &session.cookie)
        .header("x-csrf-token", &session.csrf)
        .header("content-type", "application/octet-stream")
        .body(body)
        .send()
        .await
        .expect("request sent")
}

#[tokio::test]
async fn a_photo_is_reencoded_without_its_exif_in_three_widths_and_cached_for_good() {
    let app = spawn_app().await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    let (item, _) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let original = jpeg_with_gps();
    assert!(original.windows(4).any(|w| w == b"Exif") && original.windows(3).any(|w| w == b"GPS"));
    let response = upload(&app, &staff, item, original).await;
    assert_eq!(response.status(), 200);
    let photo: model::sportotek::Photo = response.json().await.unwrap();
    assert_eq!(photo.widths, [160, 320, 640]);
    for width in [160_u16, 320, 640] {
        let served = app.get(&format!("/api/sportotek/photos/{}/{width}", photo.id)).await;
        assert_eq!(served.status(), 200);
        assert_eq!(served.headers()["content-type"], "image/jpeg");
        assert_eq!(served.headers()["cache-control"], "public, max-age=31536000, immutable");
        let bytes = served.bytes().await.unwrap();
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif") && !bytes.windows(3).any(|w| w == b"GPS"),
            "no metadata at {width}"
        );
        assert_eq!(image::load_from_memory(&bytes).unwrap().width(), u32::from(width));
    }
    let page: model::sportotek::ItemPage = app.get_json(&public_path(&format!("/items/{item}"))).await;
    assert_eq!(page.photo.map(|p| p.id), Some(photo.id.clone()));
    assert_eq!(app.get(&format!("/api/sportotek/photos/{}/999", photo.id)).await.status(), 404, "only the widths made");
    assert_eq!(app.get("/api/sportotek/photos/..%2f..%2fetc/160").await.status(), 404);
    let audit = count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-photo-saved'").await;
    assert_eq!(audit, 1);
}

#[tokio::test]
async fn what_is_not_a_photo_is_refused_with_a_reason_and_leaves_nothing_behind() {
    let app = spawn_app().await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    let (item, _) = item_with(&app, "Testskridskor", &[("32", 1)]).await;
    let good = jpeg_with_gps();
    let mut corrupt = good[..600].to_vec();
    corrupt.extend(std::iter::repeat_n(0xFF, 64));
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("a text file", b"Hej, det h\xc3\xa4r \xc3\xa4r ingen bild.".to_vec(), 422, "error-photo-not-image"),
        ("a PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec(), 422, "error-photo-not-image"),
        ("a corrupt JPEG", corrupt, 422, "error-photo-not-image"),
        ("a decompression bomb", bomb(), 422, "error-photo-too-many-pixels"),
        ("an empty body", Vec::new(), 422, "error-photo-not-image"),
        ("a 20 MB photo", vec![0xFF; 20 * 1024 * 1024], 413, "error-body-too-large"),
    ];
    for (why, body, status, message) in cases {
        let response = upload(&app, &staff, item, body).await;
        assert_eq!(response.status(), status, "{why}");
        let error: ErrorBody = response.json().await.unwrap();
        assert_eq!(error.message_id, message, "{why}");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sportotek_photos").await, 0, "nothing stored");
    let photo: Option<String> = sqlx::query_scalar("SELECT photo_id FROM sportotek_items WHERE id = $1")
        .bind(item)
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(photo, None);
    let other_staff = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let response = app.staff(Some(&other_staff), Method::PUT, &staff_path("/items/999999/photo"), None).await;
    assert_eq!(response.status(), 404, "no such item");
}
