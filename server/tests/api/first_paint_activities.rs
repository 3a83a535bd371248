//! The first paint of the finder's bundles and of the search page: the finder lists what
//! its filters in the address find (the API's answer, in the page as sent), an activity
//! and an association come with their content, in Arabic right to left, what
//! associations typed is escaped, the pages kept on the phone have their heading, and an
//! unknown id gets its bundle's plain shell.

use model::{
    activities::{ActivityDetail, ActivityList, Category},
    associations::AssociationProfile,
    i18n::Localizer,
    orientation::SearchResults,
    Language,
};

use crate::{
    activity_helpers::{activity, applied, create_for, decide},
    first_paint::{app_with_shells, page, shell_of},
    helpers::TestApp,
};

/// `text` as maud writes it into a page.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

fn texts(lang: Language) -> Localizer {
    Localizer::with_files(lang, &["app", "orientation", "activities", "sportotek", "guides", "mine"])
}

/// The text of the page's first `<h1 …>`.
fn heading(html: &str) -> &str {
    let start = html.find("<h1").expect("a heading");
    let rest = &html[start..];
    let open = rest.find('>').unwrap() + 1;
    &rest[open..rest.find("</h1>").unwrap()]
}

async fn finder(app: &TestApp, query: &str) -> ActivityList {
    app.get_json(&format!("/api/municipalities/granviken/activities?{query}")).await
}

#[tokio::test]
async fn the_finder_lists_what_the_filters_in_its_address_find_and_not_the_rest() {
    let app = app_with_shells().await;
    // A category with demo activities, one of them, and a category it is not in.
    let mut lists = Vec::new();
    for category in Category::ALL {
        lists.push((category, finder(&app, &format!("category={}", category.code())).await));
    }
    let (chosen, list) = lists.iter().find(|(_, list)| !list.items.is_empty()).expect("demo activities");
    let shown = &list.items[0];
    let (other, _) = lists.iter().find(|(_, l)| l.items.iter().all(|a| a.id != shown.id)).expect("another category");
    let link = format!("href=\"/activities/{}\"", shown.id);

    let (status, html, _) = page(&app, &format!("/activities?category={}", chosen.code()), "sv", None).await;
    assert_eq!(status, 200);
    assert!(html.contains(&shell_of("activities")), "the finder's own bundle starts");
    assert!(html.contains(&link) && html.contains(&escaped(&shown.title)), "{}: {html}", shown.title);
    assert!(html.contains(&format!("<option value=\"{}\" selected>", chosen.code())), "the filter as chosen");
    let t = texts(Language::Sv);
    assert!(html.contains(&t.count("activities-count", i64::from(list.total))), "as many as the API finds");
    assert!(
        html.contains("<form class=\"filter-form\" action=\"/activities\" method=\"get\" data-live>"),
        "works without JS"
    );
    assert!(html.contains(&format!("<title>{} – ", t.text("activities-title"))));

    let (_, html, _) = page(&app, &format!("/activities?category={}", other.code()), "sv", None).await;
    assert!(!html.contains(&link), "{} is not {}", shown.title, other.code());

    // A hand-edited bad filter shows everything, as the app does; an empty form field
    // is no filter.
    let everything = finder(&app, "").await;
    for query in ["age=abc", "category=&age=&covered=&sort=next", "near=60,14&offset=5000"] {
        let (_, html, _) = page(&app, &format!("/activities?{query}"), "sv", None).await;
        assert!(html.contains(&t.count("activities-count", i64::from(everything.total))), "{query}");
        assert!(html.contains(&format!("href=\"/activities/{}\"", everything.items[0].id)), "{query}");
    }

    // In Arabic, chosen by the address: right to left, and the form keeps the language.
    let (_, html, _) = page(&app, "/activities?lang=ar&trial=1", "sv", None).await;
    assert!(html.contains("<html lang=ar dir=rtl>"), "{html:.200}");
    assert!(arabic(heading(&html)), "{}", heading(&html));
    assert!(html.contains("<input type=\"hidden\" name=\"lang\" value=\"ar\">"));
    assert!(html.contains("name=\"trial\" value=\"1\" checked>"));
    let with_trial = finder(&app, "trial=1&lang=ar").await;
    assert!(html.contains(&texts(Language::Ar).count("activities-count", i64::from(with_trial.total))));
}

#[tokio::test]
async fn an_activity_and_its_association_come_with_their_content_in_arabic() {
    let app = app_with_shells().await;
    let all = finder(&app, "").await;
    let by_club = all.items.iter().find(|a| a.organiser.association.is_some()).expect("a club's activity");
    let club = by_club.organiser.association.clone().unwrap();
    let detail: ActivityDetail =
        app.get_json(&format!("/api/municipalities/granviken/activities/{}?lang=ar", by_club.id)).await;

    let (status, html, _) = page(&app, &format!("/activities/{}", by_club.id), "ar", None).await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=ar dir=rtl>"));
    assert_eq!(heading(&html), escaped(&detail.summary.title));
    assert!(html.contains(&format!("href=\"/activities/clubs/{club}\"")), "the way to its club");
    assert!(html.contains("class=\"back-link\" href=\"/activities\""));
    assert!(html.contains(&texts(Language::Ar).text("activity-add-to-calendar")));
    let words: String = detail.text.description.chars().take(30).collect();
    assert!(html.contains(&escaped(&words)), "its description: {words}");

    let profile: AssociationProfile =
        app.get_json(&format!("/api/municipalities/granviken/associations/{club}?lang=ar")).await;
    let (status, html, _) = page(&app, &format!("/activities/clubs/{club}"), "ar", None).await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=ar dir=rtl>"));
    assert_eq!(heading(&html), escaped(&profile.name));
    assert!(html.contains(&format!("<title>{} – ", escaped(&profile.name))));
    for a in &profile.activities {
        assert!(html.contains(&format!("href=\"/activities/{}\"", a.id)), "its activity {}", a.title);
    }
}

#[tokio::test]
async fn what_an_association_typed_reaches_the_finder_escaped() {
    let app = app_with_shells().await;
    let admin = app.region_admin().await;
    let name = "Klubben <script>alert(1)</script>";
    let club = applied(&app, &admin, "granviken", name, 901).await;
    decide(&app, &admin, "granviken", club.id, true).await;
    let id = create_for(&app, &admin, club.id, &activity("Schack <img src=x onerror=alert(2)> & \"mer\"")).await;

    for path in ["/activities?category=football".to_owned(), format!("/activities/{id}")] {
        let (status, html, _) = page(&app, &path, "sv", None).await;
        assert_eq!(status, 200, "{path}");
        assert!(html.contains("Schack &lt;img src=x onerror=alert(2)&gt; &amp; &quot;mer&quot;"), "{path}: {html}");
        assert!(html.contains("Klubben &lt;script&gt;alert(1)&lt;/script&gt;"), "{path}");
        assert!(!html.contains("<script>alert") && !html.contains("<img src=x"), "{path}: no markup typed");
    }
    let slug = server::store::slug_of(name);
    let (status, html, _) = page(&app, &format!("/activities/clubs/{slug}"), "sv", None).await;
    assert_eq!(status, 200);
    assert_eq!(heading(&html), "Klubben &lt;script&gt;alert(1)&lt;/script&gt;");
    assert!(!html.contains("<script>alert"));
}

#[tokio::test]
async fn the_search_page_comes_with_the_articles_the_words_find() {
    let app = app_with_shells().await;
    let found: SearchResults = app.get_json("/api/municipalities/granviken/search?q=bostad").await;
    let (status, html, _) = page(&app, "/search?q=bostad", "sv", None).await;
    assert_eq!(status, 200);
    assert!(html.contains(&shell_of("app")), "the orientation's bundle");
    assert!(!found.hits.is_empty());
    for hit in &found.hits {
        assert!(html.contains(&format!("href=\"/articles/{}\"", hit.slug)), "{}", hit.slug);
    }
    assert!(html.contains("name=\"q\" maxlength=\"100\""), "the form");
    assert!(html.contains("value=\"bostad\""), "with the words searched for");
    let t = texts(Language::Sv);
    assert!(html.contains(&t.count("search-results", i64::try_from(found.hits.len()).unwrap())));

    // Words that find nothing, in Arabic; encoded words are read as the app reads them.
    let (_, html, _) = page(&app, "/search?q=%22zzxqv%20%3Cb%3E", "ar", None).await;
    assert!(html.contains("<html lang=ar dir=rtl>"));
    assert!(html.contains(&texts(Language::Ar).text("search-no-results")));
    assert!(html.contains("value=\"&quot;zzxqv &lt;b&gt;\""), "the words escaped: {html}");
    // No words: the form alone.
    let (_, html, _) = page(&app, "/search", "sv", None).await;
    assert!(html.contains(&t.text("search-title")) && !html.contains("result-count"));
}

#[tokio::test]
async fn the_pages_kept_on_the_phone_have_their_heading_and_introduction() {
    let app = app_with_shells().await;
    for (path, bundle, title, intro) in [
        ("/activities/voucher", "voucher", "voucher-title", "voucher-intro"),
        ("/activities/mine", "mine", "mine-title", "mine-intro"),
        ("/activities/guides/bookings", "guides", "guides-bookings-title", "guides-bookings-intro"),
        (
            "/activities/sportotek/reservations",
            "sportotek",
            "sportotek-reservations-title",
            "sportotek-reservations-intro",
        ),
    ] {
        let (status, html, _) = page(&app, path, "fa-AF", None).await;
        assert_eq!(status, 200, "{path}");
        assert!(html.contains(&shell_of(bundle)), "{path}: its bundle");
        assert!(html.contains("<html lang=prs dir=rtl>"), "{path}");
        let t = texts(Language::Prs);
        assert_eq!(heading(&html), escaped(&t.text(title)), "{path}");
        assert!(html.contains(&escaped(&t.text(intro))), "{path}");
        assert!(html.contains(&format!("<title>{} – ", escaped(&t.text(title)))), "{path}");
    }
}

#[tokio::test]
async fn unknown_activities_and_clubs_and_bad_addresses_get_their_bundles_plain_shell() {
    let app = app_with_shells().await;
    for (path, bundle) in [
        ("/activities/999999", "activities"),
        ("/activities/0", "activities"),
        ("/activities/-3", "activities"),
        ("/activities/clubs/no-such-club", "activities"),
        ("/activities/clubs/%3Cscript%3E", "activities"),
        ("/activities/clubs/Granvikens-IF", "activities"),
        ("/activities/voucher/ABC", "voucher"),
    ] {
        let (status, html, _) = page(&app, path, "ar", Some("lang=<script>")).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(html, crate::first_paint::shell(bundle), "{path}: the shell as built");
    }
    let long = format!("/search?q={}", "a".repeat(101));
    let (_, html, _) = page(&app, &long, "sv", None).await;
    assert_eq!(html, crate::first_paint::shell("app"), "words the API refuses: the app says why");
}

#[tokio::test]
async fn the_sportotek_lists_what_its_filters_find_and_an_item_comes_with_its_sizes() {
    let app = app_with_shells().await;
    let all: model::sportotek::Catalogue = app.get_json("/api/municipalities/granviken/sportotek").await;
    let first = &all.items[0];
    let code = first.category.code();
    let other = all.categories.iter().find(|c| c.category != first.category).expect("two categories").category;
    let link = format!("href=\"/activities/sportotek/items/{}\"", first.id);

    let (status, html, _) = page(&app, &format!("/activities/sportotek?category={code}"), "sv", None).await;
    assert_eq!(status, 200);
    assert!(html.contains(&shell_of("sportotek")), "the Sportotek's bundle");
    assert!(html.contains(&link) && html.contains(&escaped(&first.name)), "{}", first.name);
    assert!(html.contains(&format!("href=\"/activities/sportotek?category={code}\" aria-current=\"page\"")));
    assert!(html.contains(&format!("<input type=\"hidden\" name=\"category\" value=\"{code}\">")));
    let (_, html, _) = page(&app, &format!("/activities/sportotek?category={}", other.code()), "sv", None).await;
    assert!(!html.contains(&link), "{} is not in {}", first.name, other.code());

    let item: model::sportotek::ItemPage =
        app.get_json(&format!("/api/municipalities/granviken/sportotek/items/{}?lang=ar", first.id)).await;
    let (status, html, _) = page(&app, &format!("/activities/sportotek/items/{}", first.id), "ar", None).await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=ar dir=rtl>"));
    assert_eq!(heading(&html), escaped(&item.name));
    for size in &item.sizes {
        assert!(html.contains(&format!(
            "<li class=\"card size\" id=\"size-{}\"><h3>{}</h3>",
            size.id,
            escaped(&size.label)
        )));
    }
    assert!(html.contains(&escaped(&item.place.name)), "where to pick it up");

    let (_, html, _) = page(&app, "/activities/sportotek/items/999999", "ar", None).await;
    assert_eq!(html, crate::first_paint::shell("sportotek"), "an unknown item: the app says so");
}

#[tokio::test]
async fn the_guide_list_shows_whom_its_filters_find_and_a_guides_page_comes_with_their_times() {
    let app = app_with_shells().await;
    let everyone: Vec<model::guides::GuideSummary> = app.get_json("/api/municipalities/granviken/guides?lang=sv").await;
    assert!(!everyone.is_empty(), "demo guides");
    for topic in model::guides::Topic::ALL {
        let code = topic.code();
        let found: Vec<model::guides::GuideSummary> =
            app.get_json(&format!("/api/municipalities/granviken/guides?lang=sv&topic={code}")).await;
        let (status, html, _) = page(&app, &format!("/activities/guides?topic={code}"), "sv", None).await;
        assert_eq!(status, 200);
        assert!(html.contains(&shell_of("guides")), "the guides' bundle");
        for guide in &everyone {
            let link = format!("href=\"/activities/guides/{}?topic={code}\"", guide.id);
            let listed = found.iter().any(|g| g.id == guide.id);
            assert_eq!(html.contains(&link), listed, "{} for {code}", guide.first_name);
        }
    }
    // In person is a library or a café, as the app keeps it.
    let (_, html, _) = page(&app, "/activities/guides?meeting=in-person", "sv", None).await;
    for guide in &everyone {
        let in_person = guide.meeting_kinds.iter().any(|k| matches!(k.code(), "library" | "cafe"));
        assert_eq!(
            html.contains(&format!("href=\"/activities/guides/{}\"", guide.id)),
            in_person,
            "{}",
            guide.first_name
        );
    }

    let shown = &everyone[0];
    let profile: model::guides::GuideProfile =
        app.get_json(&format!("/api/municipalities/granviken/guides/{}?lang=ar", shown.id)).await;
    let (status, html, _) = page(&app, &format!("/activities/guides/{}", shown.id), "ar", None).await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=ar dir=rtl>"));
    assert_eq!(heading(&html), escaped(&profile.first_name));
    for time in profile.open.iter().take(3) {
        assert!(html.contains(&format!("data-slot=\"{}\"", time.slot_id)), "its open time {time:?}");
    }
    let (_, html, _) = page(&app, "/activities/guides/999999", "ar", None).await;
    assert_eq!(html, crate::first_paint::shell("guides"), "an unknown guide: the app says so");
}
