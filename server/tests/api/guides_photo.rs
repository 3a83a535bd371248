//! A guide's optional photo: re-encoded without metadata, shown on the guide's public
//! card and page, and deleted for good when replaced or taken away.

use model::guides::GuideProfile;

use crate::{
    guides_helpers::{count, guide, public_path, staff_path, GUIDE},
    helpers::{assert_error, spawn_app, Session, TestApp},
    sportotek_bad_input::jpeg_with_gps,
};

async fn upload(app: &TestApp, session: &Session, body: Vec<u8>) -> reqwest::Response {
    app.client
        .put(format!("{}{}", app.address, staff_path("/photo")))
        .header("cookie", &session.cookie)
        .header("x-csrf-token", &session.csrf)
        .header("content-type", "application/octet-stream")
        .body(body)
        .send()
        .await
        .expect("request sent")
}

async fn remove(app: &TestApp, session: &Session) -> u16 {
    app.staff(Some(session), reqwest::Method::DELETE, &staff_path("/photo"), None).await.status().as_u16()
}

async fn profile_photo(app: &TestApp, guide_id: i64) -> Option<String> {
    let page: GuideProfile = app.get_json(&public_path(&format!("/{guide_id}"))).await;
    page.photo.map(|p| p.id)
}

async fn guide_id(app: &TestApp) -> i64 {
    count(app, &format!("SELECT g.id FROM guides g JOIN accounts a ON a.id = g.account_id WHERE a.email = '{GUIDE}'"))
        .await
}

#[tokio::test]
async fn a_guides_photo_is_shown_without_metadata_and_deleted_when_replaced_or_removed() {
    let app = spawn_app().await;
    let session = guide(&app, GUIDE, "Samir").await;
    let id = guide_id(&app).await;
    assert_eq!(profile_photo(&app, id).await, None);

    let response = upload(&app, &session, jpeg_with_gps()).await;
    assert_eq!(response.status(), 200);
    let first: model::sportotek::Photo = response.json().await.unwrap();
    let served = app.get(&format!("/api/sportotek/photos/{}/320", first.id)).await.bytes().await.unwrap();
    assert!(!served.windows(3).any(|w| w == b"GPS"), "no position survives");
    assert_eq!(profile_photo(&app, id).await, Some(first.id.clone()), "the public page shows it");
    let own: Option<model::sportotek::Photo> =
        app.staff(Some(&session), reqwest::Method::GET, &staff_path("/photo"), None).await.json().await.unwrap();
    assert_eq!(own.map(|p| p.id), Some(first.id.clone()), "and the guide's console");

    // Another photo replaces it, and the first one's bytes are gone.
    let mut other = jpeg_with_gps();
    let last = other.len() - 3;
    other[last] ^= 0x55;
    let second: model::sportotek::Photo = upload(&app, &session, other).await.json().await.unwrap();
    assert_ne!(second.id, first.id);
    assert_eq!(app.get(&format!("/api/sportotek/photos/{}/320", first.id)).await.status(), 404);

    assert_eq!(remove(&app, &session).await, 204);
    assert_eq!(profile_photo(&app, id).await, None);
    assert_eq!(app.get(&format!("/api/sportotek/photos/{}/320", second.id)).await.status(), 404);
    assert_eq!(remove(&app, &session).await, 204, "taking away no photo changes nothing");
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action IN ('guide-photo-saved', 'guide-photo-removed')";
    assert_eq!(count(&app, audited).await, 3);
}

#[tokio::test]
async fn what_is_not_a_photo_is_refused_and_leaves_the_photo_as_it_was() {
    let app = spawn_app().await;
    let session = guide(&app, GUIDE, "Samir").await;
    let id = guide_id(&app).await;
    let kept: model::sportotek::Photo = upload(&app, &session, jpeg_with_gps()).await.json().await.unwrap();
    let photos = "SELECT COUNT(*) FROM sportotek_photos";
    let before = count(&app, photos).await;
    let text = upload(&app, &session, b"<svg onload=alert(1)>".to_vec()).await;
    assert_error(text, 422, "error-photo-not-image", "an SVG with a script").await;
    assert_error(upload(&app, &session, vec![]).await, 422, "error-photo-not-image", "nothing").await;
    let huge = upload(&app, &session, vec![0xFF; 13 * 1024 * 1024]).await;
    assert_eq!(huge.status(), 413, "refused unread");
    assert_eq!(count(&app, photos).await, before);
    assert_eq!(profile_photo(&app, id).await, Some(kept.id));
}

#[tokio::test]
async fn ten_photos_uploaded_at_once_leave_one_photo_and_no_orphaned_bytes() {
    let app = spawn_app().await;
    let session = guide(&app, GUIDE, "Samir").await;
    let id = guide_id(&app).await;
    let before = count(&app, "SELECT COUNT(*) FROM sportotek_photos").await;
    let uploads = (0..10u8).map(|n| {
        let mut photo = jpeg_with_gps();
        let last = photo.len() - 3;
        photo[last] ^= n + 1;
        app.client
            .put(format!("{}{}", app.address, staff_path("/photo")))
            .header("cookie", &session.cookie)
            .header("x-csrf-token", &session.csrf)
            .header("content-type", "application/octet-stream")
            .body(photo)
    });
    let answers = crate::parallel::all_at_once(uploads).await;
    assert!(answers.iter().all(|(status, _)| *status == 200), "{answers:?}");
    let shown = profile_photo(&app, id).await.expect("one photo is the guide's");
    // Only the shown photo's widths are left of the ten: each replaced one was deleted.
    let widths = count(&app, &format!("SELECT COUNT(*) FROM sportotek_photos WHERE id = '{shown}'")).await;
    assert_eq!(widths, 3);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sportotek_photos").await, before + widths);
}
