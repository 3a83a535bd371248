//! The region's shared articles (issue 18): written once by a region-wide admin, shown
//! in every municipality beside its own, hidden or replaced by one municipality for its
//! own readers only.

use model::{
    editor::SharedArticle,
    orientation::{Article, Municipality, OrientationIndex, SearchResults},
};
use reqwest::Method;
use serde_json::json;

use crate::helpers::{assert_error, spawn_app, TestApp, DEMO_PASSWORD};

const REGION: &str = "/api/staff/municipalities/region";
const GRANVIKEN: &str = "/api/staff/municipalities/granviken";

/// Where `slug` is listed in the municipality's index, in `lang`: its topic's slug and
/// the region named as its source.
async fn listed(app: &TestApp, municipality: &str, slug: &str, lang: &str) -> Option<(String, Option<String>)> {
    let index: OrientationIndex =
        app.get_json(&format!("/api/municipalities/{municipality}/orientation?lang={lang}")).await;
    index
        .topics
        .iter()
        .find_map(|t| t.articles.iter().find(|a| a.slug == slug).map(|a| (t.slug.clone(), a.shared_by.clone())))
}

async fn found_by_search(app: &TestApp, municipality: &str, words: &str, slug: &str) -> bool {
    let results: SearchResults =
        app.get_json(&format!("/api/municipalities/{municipality}/search?lang=sv&q={words}")).await;
    results.hits.iter().any(|h| h.slug == slug)
}

#[tokio::test]
async fn a_shared_article_is_read_found_and_named_in_every_municipality_but_the_region_is_no_place() {
    let app = spawn_app().await;
    for municipality in ["granviken", "norrsjo"] {
        let (topic, from) = listed(&app, municipality, "samhallsorientering", "ar").await.expect(municipality);
        assert_eq!((topic.as_str(), from.as_deref()), ("lanet", Some("Demo län")), "{municipality}");
        let article: Article =
            app.get_json(&format!("/api/municipalities/{municipality}/articles/samhallsorientering?lang=ar")).await;
        assert_eq!(article.shared_by.as_deref(), Some("Demo län"));
        assert!(article.title.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "{}", article.title);
        assert!(found_by_search(&app, municipality, "samh%C3%A4llsorientering", "samhallsorientering").await);
    }
    // A shared topic whose slug the municipality uses too is one topic: Norrsjö has no
    // "arbete" of its own, so the county's shows; Granviken's own article under the same
    // slug stands in for the county's.
    assert_eq!(
        listed(&app, "norrsjo", "arbetsformedlingen", "sv").await,
        Some(("arbete".into(), Some("Demo län".into())))
    );
    assert_eq!(listed(&app, "granviken", "arbetsformedlingen", "sv").await, Some(("arbete".into(), None)));
    let index: OrientationIndex = app.get_json("/api/municipalities/granviken/orientation?lang=sv").await;
    assert_eq!(index.topics.iter().filter(|t| t.slug == "arbete").count(), 1);

    let places: Vec<Municipality> = app.get_json("/api/municipalities").await;
    let slugs: Vec<&str> = places.iter().map(|m| m.slug.as_str()).collect();
    assert_eq!(slugs, ["granviken", "norrsjo"], "the region's content is not a place to choose");
    assert_eq!(app.get("/api/municipalities/region/orientation").await.status(), 404);
    assert_eq!(app.get("/api/municipalities/region/articles/samhallsorientering").await.status(), 404);
}

#[tokio::test]
async fn only_a_region_wide_admin_edits_the_shared_articles_and_every_municipality_reads_the_change() {
    let app = spawn_app().await;
    let text = json!({ "title": "Samhällsorientering i Demo län", "summary": "Ny sammanfattning.", "body_md": "Anmäl dig i receptionen.", "reviewed": false });
    let path = format!("{REGION}/articles/samhallsorientering/versions/sv");
    let local = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    for (method, route, body) in [
        (Method::GET, format!("{REGION}/articles"), None),
        (Method::PUT, path.clone(), Some(text.clone())),
        (Method::POST, format!("{REGION}/articles/samhallsorientering/unpublish"), None),
        (Method::GET, "/api/staff/region".to_owned(), None),
    ] {
        let status = app.staff(Some(&local), method.clone(), &route, body).await.status();
        assert_eq!(status, 403, "a municipality's admin: {method} {route}");
    }
    let neighbour = app.sign_in("admin@norrsjo.example", DEMO_PASSWORD).await;
    assert_eq!(app.staff(Some(&neighbour), Method::PUT, &path, Some(text.clone())).await.status(), 403);
    for municipality in ["granviken", "norrsjo"] {
        let article: Article =
            app.get_json(&format!("/api/municipalities/{municipality}/articles/samhallsorientering?lang=sv")).await;
        assert_ne!(article.title, "Samhällsorientering i Demo län", "refused: nothing changed");
    }

    let region = app.region_admin().await;
    let shared: Municipality =
        app.staff(Some(&region), Method::GET, "/api/staff/region", None).await.json().await.unwrap();
    assert_eq!((shared.slug.as_str(), shared.name.as_str()), ("region", "Demo län"));
    assert_eq!(app.staff(Some(&region), Method::PUT, &path, Some(text)).await.status(), 204);
    for municipality in ["granviken", "norrsjo"] {
        let article: Article =
            app.get_json(&format!("/api/municipalities/{municipality}/articles/samhallsorientering?lang=sv")).await;
        assert_eq!(article.title, "Samhällsorientering i Demo län", "{municipality} reads the change");
        let arabic: Article =
            app.get_json(&format!("/api/municipalities/{municipality}/articles/samhallsorientering?lang=ar")).await;
        assert_eq!(arabic.state, model::orientation::TranslationState::Outdated, "the translation now lags");
    }
    // The region's shared content is no municipality for the other staff routes.
    let vouchers = app.staff(Some(&region), Method::GET, &format!("{REGION}/vouchers?year=2026"), None).await;
    assert_eq!(vouchers.status(), 404);
}

#[tokio::test]
async fn a_municipality_hides_or_replaces_a_shared_article_for_its_own_readers_only() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let hidden = format!("{GRANVIKEN}/shared-articles/samhallsorientering/hidden");
    assert_eq!(app.staff(Some(&admin), Method::PUT, &hidden, None).await.status(), 204);
    assert_eq!(app.staff(Some(&admin), Method::PUT, &hidden, None).await.status(), 204, "twice is once");
    assert_eq!(listed(&app, "granviken", "samhallsorientering", "sv").await, None);
    assert_eq!(app.get("/api/municipalities/granviken/articles/samhallsorientering").await.status(), 404);
    assert!(!found_by_search(&app, "granviken", "samh%C3%A4llsorientering", "samhallsorientering").await);
    assert!(listed(&app, "norrsjo", "samhallsorientering", "sv").await.is_some(), "Norrsjö still shows it");
    let list: Vec<SharedArticle> =
        app.staff(Some(&admin), Method::GET, &format!("{GRANVIKEN}/shared-articles"), None).await.json().await.unwrap();
    let entry = list.iter().find(|a| a.slug == "samhallsorientering").unwrap();
    assert!(entry.hidden && !entry.copied && !entry.replaced);
    assert_eq!(app.staff(Some(&admin), Method::DELETE, &hidden, None).await.status(), 204);
    assert!(listed(&app, "granviken", "samhallsorientering", "sv").await.is_some(), "shown again");

    // A copy of its own: unpublished, the county's still shows; published, it replaces it.
    let copy = format!("{GRANVIKEN}/shared-articles/samhallsorientering/copy");
    assert_eq!(app.staff(Some(&admin), Method::POST, &copy, None).await.status(), 201);
    assert_error(app.staff(Some(&admin), Method::POST, &copy, None).await, 409, "error-slug-taken", "copied twice")
        .await;
    assert_eq!(listed(&app, "granviken", "samhallsorientering", "sv").await.unwrap().1.as_deref(), Some("Demo län"));
    let own = json!({ "title": "SO i Granviken", "summary": "Kursen hålls på Lärcentrum.", "body_md": "Ring 0980-319 221.", "reviewed": false });
    let version = format!("{GRANVIKEN}/articles/samhallsorientering/versions/sv");
    assert_eq!(app.staff(Some(&admin), Method::PUT, &version, Some(own)).await.status(), 204);
    let publish = format!("{GRANVIKEN}/articles/samhallsorientering/publish");
    assert_eq!(app.staff(Some(&admin), Method::POST, &publish, None).await.status(), 204);
    let article: Article = app.get_json("/api/municipalities/granviken/articles/samhallsorientering?lang=sv").await;
    assert_eq!((article.title.as_str(), article.shared_by.as_deref()), ("SO i Granviken", None));
    let arabic: Article = app.get_json("/api/municipalities/granviken/articles/samhallsorientering?lang=ar").await;
    assert_eq!(arabic.state, model::orientation::TranslationState::Outdated, "the copied Arabic follows the old text");
    let theirs: Article = app.get_json("/api/municipalities/norrsjo/articles/samhallsorientering?lang=sv").await;
    assert_eq!(theirs.shared_by.as_deref(), Some("Demo län"), "Norrsjö reads the county's");
    assert_ne!(theirs.title, "SO i Granviken");
    let list: Vec<SharedArticle> =
        app.staff(Some(&admin), Method::GET, &format!("{GRANVIKEN}/shared-articles"), None).await.json().await.unwrap();
    let entry = list.iter().find(|a| a.slug == "samhallsorientering").unwrap();
    assert!(entry.copied && entry.replaced && !entry.hidden);
}

#[tokio::test]
async fn bad_shared_article_requests_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let before: Vec<SharedArticle> =
        app.staff(Some(&admin), Method::GET, &format!("{GRANVIKEN}/shared-articles"), None).await.json().await.unwrap();
    let long = "a".repeat(81);
    for (method, path, status, message) in [
        (Method::PUT, format!("{GRANVIKEN}/shared-articles/Bad%20Slug/hidden"), 422, "error-invalid-slug"),
        (Method::PUT, format!("{GRANVIKEN}/shared-articles/{long}/hidden"), 422, "error-invalid-slug"),
        (Method::PUT, format!("{GRANVIKEN}/shared-articles/no-such-article/hidden"), 404, "error-not-found"),
        (Method::DELETE, format!("{GRANVIKEN}/shared-articles/no-such-article/hidden"), 404, "error-not-found"),
        (Method::POST, format!("{GRANVIKEN}/shared-articles/no-such-article/copy"), 404, "error-not-found"),
        (Method::POST, format!("{GRANVIKEN}/shared-articles/%3Cscript%3E/copy"), 422, "error-invalid-slug"),
        // A municipality's own article is not a shared one.
        (Method::PUT, format!("{GRANVIKEN}/shared-articles/tandvard/hidden"), 404, "error-not-found"),
        (Method::GET, "/api/staff/municipalities/region/shared-articles".to_owned(), 404, "error-not-found"),
    ] {
        let response = app.staff(Some(&admin), method.clone(), &path, None).await;
        assert_error(response, status, message, &format!("{method} {path}")).await;
    }
    let after: Vec<SharedArticle> =
        app.staff(Some(&admin), Method::GET, &format!("{GRANVIKEN}/shared-articles"), None).await.json().await.unwrap();
    assert_eq!(before, after);
    assert_eq!(app.get("/api/municipalities/granviken/articles/tandvard").await.status(), 200);
}

/// Copies of one shared article made at once, into a municipality that lacks its topic:
/// one copy, one topic, and the others told the slug is taken. Run on both databases.
#[tokio::test]
async fn copies_of_a_shared_article_made_at_once_make_one_article_and_one_topic() {
    let app = spawn_app().await;
    let admin = app.sign_in("admin@norrsjo.example", DEMO_PASSWORD).await;
    let path = "/api/staff/municipalities/norrsjo/shared-articles/samhallsorientering/copy";
    let statuses = crate::parallel::at_once(&app, Some(&admin), Method::POST, path, None, 8).await;
    assert_eq!(statuses, [201, 409, 409, 409, 409, 409, 409, 409]);
    let topics: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM topics t JOIN municipalities m ON m.id = t.municipality_id
         WHERE m.slug = 'norrsjo' AND t.slug = 'lanet'",
    )
    .fetch_one(app.store.pool())
    .await
    .unwrap();
    assert_eq!(topics, 1);
    let names: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM topic_names n JOIN topics t ON t.id = n.topic_id JOIN municipalities m ON m.id = t.municipality_id
         WHERE m.slug = 'norrsjo' AND t.slug = 'lanet'",
    )
    .fetch_one(app.store.pool())
    .await
    .unwrap();
    assert_eq!(names, 5, "the topic's name in every language, once");
}

/// The finder with its neighbours: the region's other municipalities' activities, each
/// marked with its municipality; the reader's fritidscheck pays none of them.
#[tokio::test]
async fn the_finder_includes_the_neighbours_activities_only_when_asked_and_marks_them() {
    use model::activities::ActivityList;
    let app = spawn_app().await;
    let own: ActivityList = app.get_json("/api/municipalities/granviken/activities?age=9").await;
    assert!(own.items.iter().all(|a| a.municipality.is_none()), "off by default");
    let with: ActivityList = app.get_json("/api/municipalities/granviken/activities?age=9&neighbours=1").await;
    // Every page: the list comes next meeting first, and a season that starts in three
    // weeks (Norrsjö Simklubb's) can fall past the first page.
    let mut all = with.items.clone();
    while all.len() < with.total as usize {
        let path = format!("/api/municipalities/granviken/activities?age=9&neighbours=1&offset={}", all.len());
        let page: ActivityList = app.get_json(&path).await;
        assert!(!page.items.is_empty(), "page at {} of {}", all.len(), with.total);
        all.extend(page.items);
    }
    let theirs: Vec<_> = all.iter().filter(|a| a.municipality.is_some()).collect();
    assert!(!theirs.is_empty(), "Norrsjö's activities for a nine-year-old");
    assert!(theirs.iter().all(|a| a.municipality.as_ref().unwrap().slug == "norrsjo"));
    assert!(theirs.iter().any(|a| a.organiser.name == "Norrsjö IK" && a.voucher_accepted));
    assert!(theirs.iter().any(|a| a.organiser.name == "Norrsjö Simklubb" && !a.voucher_accepted));
    assert!(with.total > own.total, "{} with the neighbours, {} without", with.total, own.total);
    // Granviken's card pays nothing in Norrsjö: "paid in full" keeps only free ones there.
    let covered: ActivityList = app.get_json("/api/municipalities/granviken/activities?covered=1&neighbours=1").await;
    assert!(covered.items.iter().filter(|a| a.municipality.is_some()).all(|a| a.cost_ore == 0));

    // Each activity is read from its own municipality.
    let id = theirs[0].id;
    assert_eq!(app.get(&format!("/api/municipalities/granviken/activities/{id}")).await.status(), 404);
    assert_eq!(app.get(&format!("/api/municipalities/norrsjo/activities/{id}")).await.status(), 200);

    for bad in ["2", "yes", "1,1"] {
        let response = app.get(&format!("/api/municipalities/granviken/activities?neighbours={bad}")).await;
        assert_error(response, 422, "error-invalid-filter", bad).await;
    }
}

/// The server's first paint follows the reader's municipality (the address, then the
/// cookie), names the county on a shared article, and paints a neighbour's activity from
/// the municipality that runs it.
#[tokio::test]
async fn the_first_paint_follows_the_chosen_municipality_and_names_the_county_and_the_neighbour() {
    use crate::first_paint::{app_with_shells, page};
    let app = app_with_shells().await;
    let heading = |html: &str| html.split("<h1>").nth(1).and_then(|r| r.split("</h1>").next()).unwrap().to_owned();
    let (_, first, _) = page(&app, "/", "sv", None).await;
    assert!(heading(&first).contains("Granviken"), "the first municipality by default");
    assert!(first.contains("<select id=\"municipality-choice\" name=\"municipality\">"), "the choice, as a plain form");
    let (_, chosen, _) = page(&app, "/?municipality=norrsjo", "sv", None).await;
    assert!(heading(&chosen).contains("Norrsjö"));
    let (_, kept, _) = page(&app, "/", "sv", Some("municipality=norrsjo")).await;
    assert!(heading(&kept).contains("Norrsjö"), "the cookie keeps the choice");
    let (_, unknown, _) = page(&app, "/", "sv", Some("municipality=region")).await;
    assert!(heading(&unknown).contains("Granviken"), "the county's content is no place to choose");

    let (_, article, _) = page(&app, "/articles/samhallsorientering", "ar", Some("municipality=norrsjo")).await;
    assert!(article.contains("<p class=\"shared-note\">") && article.contains("Demo län"), "{article:.2000}");

    let list: model::activities::ActivityList =
        app.get_json("/api/municipalities/granviken/activities?neighbours=1&category=swimming").await;
    let swimming = list.items.iter().find(|a| a.municipality.is_some()).expect("Norrsjö's swimming school");
    let (status, html, _) = page(&app, &format!("/activities/{}?in=norrsjo", swimming.id), "sv", None).await;
    assert_eq!(status, 200);
    assert!(heading(&html).contains(&swimming.title), "painted from Norrsjö");
    assert!(html.contains("Norrsjö") && html.contains("Fritidschecken tas inte emot"), "{html:.3000}");
    let (_, finder, _) = page(&app, "/activities?neighbours=1&category=swimming", "sv", None).await;
    assert!(finder.contains(&format!("href=\"/activities/{}?in=norrsjo\"", swimming.id)), "{finder:.3000}");
    assert!(finder.contains("id=\"f-neighbours\""));
}
