//! An activity's page and an association's page: everything a family needs, in their
//! language where the association wrote it.

use std::collections::BTreeMap;

use model::{
    activities::{ActivityDetail, ActivityEdit, ActivityText, Category, Contact, Position},
    associations::{AssociationEdit, AssociationProfile, StaffAssociation},
    Language,
};
use reqwest::Method;

use crate::{
    activity_helpers::{activity, applied, create, create_for, decide, empty_municipality, json, starting_in, EMPTY},
    helpers::{assert_error, spawn_app, DEMO_PASSWORD},
};

const GRANVIKEN: &str = "/api/municipalities/granviken";

fn dari_text() -> ActivityText {
    ActivityText {
        title: "فوتبال برای کودکان".into(),
        description: "هر هفته بازی می‌کنیم.".into(),
        accessibility: "بدون پله".into(),
        equipment: "کفش ورزشی قرض داده می‌شود".into(),
    }
}

#[tokio::test]
async fn an_activity_page_has_its_text_leaders_languages_and_the_associations_contact() {
    let app = spawn_app().await;
    let leader = app.sign_in("forening@granviken.example", DEMO_PASSWORD).await;
    let mine: Vec<StaffAssociation> =
        app.staff(Some(&leader), Method::GET, "/api/staff/associations", None).await.json().await.unwrap();
    let club = &mine[0];
    assert_eq!(club.slug, "granvikens-if");
    let mut edit = activity("Fotboll för barn");
    edit.texts.get_mut("sv").unwrap().description = "Vi spelar varje vecka.".into();
    edit.texts.insert("prs".into(), dari_text());
    edit.leader_languages = vec!["sv".into(), "prs".into(), "ar".into()];
    let id = create_for(&app, &leader, club.id, &edit).await;

    let page: ActivityDetail = app.get_json(&format!("{GRANVIKEN}/activities/{id}?lang=prs")).await;
    assert_eq!((page.summary.id, page.requested_lang, page.summary.lang), (id, Language::Prs, Language::Prs));
    assert_eq!(page.summary.title, dari_text().title);
    assert_eq!(page.text, dari_text());
    assert_eq!(page.leader_languages, ["sv", "prs", "ar"]);
    assert_eq!(page.contact, club.edit.contact, "the association's contact, to tap and call");
    assert_eq!(page.summary.organiser.association.as_deref(), Some("granvikens-if"));
    assert_eq!(page.summary.position, club.edit.position, "the association's address stands in for the place");
    assert!(!page.demo);

    let arabic: ActivityDetail = app.get_json(&format!("{GRANVIKEN}/activities/{id}?lang=ar")).await;
    assert_eq!((arabic.requested_lang, arabic.summary.lang), (Language::Ar, Language::Sv), "Swedish, with a note");
    assert_eq!(arabic.text, edit.texts["sv"]);
}

#[tokio::test]
async fn the_municipalitys_own_activity_gives_the_municipalitys_contact() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let id =
        create(&app, &admin, "granviken", &ActivityEdit { category: Category::Camp, ..activity("Sommarläger") }).await;
    let page: ActivityDetail = app.get_json(&format!("{GRANVIKEN}/activities/{id}")).await;
    assert_eq!(page.summary.organiser.association, None);
    assert_eq!(page.summary.organiser.name, "Granviken");
    assert_eq!(
        page.contact,
        Contact {
            name: "Granviken".into(),
            phone: "0980-319 200".into(),
            email: "kommunen@granviken.example".into(),
            website: String::new(),
            address: String::new(),
        }
    );
    assert_eq!(page.summary.position, None, "no place given, no association to stand in");
}

#[tokio::test]
async fn an_unknown_or_unparsable_activity_is_a_json_404() {
    let app = spawn_app().await;
    for path in [
        format!("{GRANVIKEN}/activities/999999"),
        format!("{GRANVIKEN}/activities/abc"),
        format!("{GRANVIKEN}/activities/1.5"),
        format!("{GRANVIKEN}/activities/999999/calendar.ics"),
        format!("{GRANVIKEN}/activities/abc/calendar.ics"),
        "/api/municipalities/atlantis/activities/1".to_owned(),
        "/api/municipalities/atlantis/activities".to_owned(),
        format!("{GRANVIKEN}/associations/no-such-club"),
        format!("{GRANVIKEN}/associations/no-such-club/calendar.ics"),
    ] {
        assert_error(app.get(&path).await, 404, "error-not-found", &path).await;
    }
    assert_error(
        app.get(&format!("{GRANVIKEN}/associations/Not%20A%20Slug")).await,
        422,
        "error-invalid-slug",
        "a slug with spaces",
    )
    .await;
}

#[tokio::test]
async fn an_activity_of_another_municipality_is_not_found_here() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let id = create(&app, &admin, EMPTY, &activity("Norrbys egen")).await;
    assert_eq!(app.get(&format!("/api/municipalities/{EMPTY}/activities/{id}")).await.status(), 200);
    assert_error(app.get(&format!("{GRANVIKEN}/activities/{id}")).await, 404, "error-not-found", "elsewhere").await;
}

#[tokio::test]
async fn an_association_page_shows_its_profile_in_the_readers_language_and_its_activities() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let club = applied(&app, &admin, EMPTY, "Norrby Schackklubb", 1).await;
    decide(&app, &admin, EMPTY, club.id, true).await;
    let edit = AssociationEdit {
        categories: vec![Category::Games, Category::Homework],
        contact: Contact {
            name: "Kim".into(),
            phone: "+46 980 123 45".into(),
            email: "kim@norrby.example".into(),
            website: "https://schack.norrby.example".into(),
            address: "Storgatan 1".into(),
        },
        position: Some(Position { lat: 65.1, lon: 21.5 }),
        accepts_voucher: true,
        descriptions: BTreeMap::from([
            ("sv".to_owned(), "Vi spelar schack.".to_owned()),
            ("ar".to_owned(), "نلعب الشطرنج.".to_owned()),
        ]),
    };
    let saved =
        app.staff(Some(&admin), Method::PUT, &format!("/api/staff/associations/{}", club.id), Some(json(&edit))).await;
    assert_eq!(saved.status(), 204);
    let later = create_for(&app, &admin, club.id, &starting_in("Turnering", 9)).await;
    let sooner = create_for(&app, &admin, club.id, &starting_in("Nybörjare", 2)).await;
    create(&app, &admin, EMPTY, &activity("Kommunens egen")).await;

    let page: AssociationProfile =
        app.get_json(&format!("/api/municipalities/{EMPTY}/associations/{}?lang=ar", club.slug)).await;
    assert_eq!((page.slug.as_str(), page.name.as_str()), ("norrby-schackklubb", "Norrby Schackklubb"));
    assert_eq!((page.lang, page.description.as_str()), (Language::Ar, "نلعب الشطرنج."));
    assert_eq!(page.categories, edit.categories);
    assert_eq!((page.contact, page.position, page.accepts_voucher), (edit.contact, edit.position, true));
    assert_eq!(page.activities.iter().map(|a| a.id).collect::<Vec<_>>(), [later, sooner], "its own only");
    assert!(page.activities.iter().all(|a| a.position == edit.position), "its address stands in for the place");
    assert!(!page.demo);

    let ukrainian: AssociationProfile =
        app.get_json(&format!("/api/municipalities/{EMPTY}/associations/{}?lang=uk", club.slug)).await;
    assert_eq!((ukrainian.lang, ukrainian.description.as_str()), (Language::Sv, "Vi spelar schack."));
}
