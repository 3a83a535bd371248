//! The first paint comes from the server. With JavaScript off, a Dari reader gets the
//! start page in Dari, right to left, follows a topic to an article and reads it, and the
//! bottom bar's links are there; an Arabic family filters the finder, follows an
//! activity to its club, and searches the orientation. axe passes the pages as the server sent them (written
//! into a blank page with their scripts taken out: axe itself needs JavaScript). With
//! JavaScript on, the app waits on the article the server sent, the same heading, title
//! and language, its toolbar and feedback box working; it takes over a guide's page,
//! painted once; and when the server wrote the page in another language than the one the
//! reader chose on the phone, the app draws the cards anew in the reader's. On a page the
//! server wrote whole the app waits: it draws nothing until the reader follows a link,
//! and a language chosen meanwhile loads the page anew in it.

use e2e::{
    accessibility_violations, find_text, html_as_sent, lang_and_dir,
    pages::{in_place, App, APP_WAITING},
    wait_until, Driver, Server,
};
use fantoccini::Locator;

/// The app has taken the page the server sent over (`ui::TOOK_OVER`).
const TOOK_OVER: &str = "performance.getEntriesByName('valkommen-took-over').length > 0";

/// axe on the page at `path` as the server sends it to a browser speaking `languages`,
/// its scripts taken out, written into a blank page that loads its styles from the server.
async fn violations_as_sent(app: &App, base: &str, path: &str, languages: &str) -> Vec<String> {
    let html = html_as_sent(base, path, languages).await;
    let mut without_scripts = String::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<script") {
        without_scripts.push_str(&rest[..start]);
        rest = rest[start..].split_once("</script>").map_or("", |(_, after)| after);
    }
    without_scripts.push_str(rest);
    let page =
        without_scripts.replacen("<meta charset=utf-8>", &format!("<meta charset=utf-8><base href=\"{base}/\">"), 1);
    app.client.goto("about:blank").await.unwrap();
    app.client
        .execute("document.open(); document.write(arguments[0]); document.close(); return true;", vec![page.into()])
        .await
        .unwrap();
    wait_until(&app.client, "document.readyState === 'complete' && !!document.querySelector('main h1')").await;
    accessibility_violations(&app.client).await
}

#[tokio::test]
async fn a_dari_reader_reads_an_article_with_javascript_off_and_the_app_works_on_the_same_page() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let base = server.base.clone();

    // JavaScript off: only what the server sent.
    let reader = App { client: driver.browser_without_javascript("fa-AF,fa").await, base: base.clone() };
    reader.client.goto(&format!("{base}/")).await.unwrap();
    assert_eq!(lang_and_dir(&reader.client).await, ("prs".into(), "rtl".into()));
    let greeting = reader.text_of("main h1").await;
    assert!(greeting.contains("Granviken"), "{greeting}");
    let no_script = "return !!document.querySelector('#search-input') && !document.documentElement.dataset.app;";
    assert_eq!(
        reader.client.execute(no_script, vec![]).await.unwrap(),
        serde_json::json!(true),
        "the server's page, not the app's"
    );
    // A topic, then its first article, by their links.
    let topic = reader.client.find(Locator::Css(".topic-list:not(.promo) a")).await.unwrap();
    let topic_name = topic.find(Locator::Css(".topic-name")).await.unwrap().text().await.unwrap();
    // Followed as a link is: a click with JavaScript off leaves ChromeDriver waiting.
    let href = topic.attr("href").await.unwrap().expect("a link");
    reader.client.goto(&format!("{base}{href}")).await.unwrap();
    find_text(&reader.client, "main h1", &topic_name).await;
    let article = reader.client.find(Locator::Css(".card-list a")).await.unwrap();
    let article_title = article.find(Locator::Css(".card-title")).await.unwrap().text().await.unwrap();
    let href = article.attr("href").await.unwrap().expect("a link");
    reader.client.goto(&format!("{base}{href}")).await.unwrap();
    find_text(&reader.client, "main h1", &article_title).await;
    let body = reader.text_of(".article-body").await;
    assert!(body.chars().count() > 200, "the article's text: {body}");
    assert_eq!(lang_and_dir(&reader.client).await, ("prs".into(), "rtl".into()));
    let article_path = reader.client.current_url().await.unwrap().path().to_owned();
    for href in ["/", "/activities", "/activities/mine", "/search", "/about"] {
        reader.client.find(Locator::Css(&format!("nav.bottom-nav a[href='{href}']"))).await.expect("the bottom bar");
    }
    reader.client.close().await.unwrap();

    // JavaScript on: axe on the pages as sent, then the app starts from the same page.
    let app = App { client: driver.browser("fa-AF,fa").await, base: base.clone() };
    for path in ["/", article_path.as_str()] {
        let violations = violations_as_sent(&app, &base, path, "fa-AF,fa").await;
        assert!(violations.is_empty(), "{path} as sent: {violations:#?}");
    }
    app.client.goto(&format!("{base}{article_path}")).await.unwrap();
    // The article is whole: the app waits on it, its toolbar and feedback box drawn in it.
    wait_until(&app.client, APP_WAITING).await;
    app.client.execute("document.querySelector('main h1').valkommenSent = true;", vec![]).await.unwrap();
    assert_eq!(app.text_of("main h1").await, article_title, "the same heading");
    assert!(app.client.title().await.unwrap().starts_with(&article_title), "the same title");
    assert_eq!(lang_and_dir(&app.client).await, ("prs".into(), "rtl".into()));
    let save = app.client.wait().for_element(Locator::Css(".toolbar:not(.app-only) #save-article")).await.unwrap();
    app.tap(&save).await;
    wait_until(&app.client, "document.querySelector('#save-article').getAttribute('aria-pressed') === 'true'").await;
    let saved = app.client.execute("return localStorage.getItem('saved-articles') || '';", vec![]).await.unwrap();
    let slug = article_path.trim_start_matches("/articles/");
    assert!(saved.as_str().unwrap_or_default().contains(slug), "kept on the phone: {saved}");
    app.answer_helpful(true).await;
    let sent = "return [!!document.querySelector('main h1').valkommenSent, document.documentElement.dataset.app, \
                performance.getEntriesByName('valkommen-took-over').length];";
    let waited = serde_json::json!([true, "waiting", 0]);
    assert_eq!(app.client.execute(sent, vec![]).await.unwrap(), waited, "the server's page, the app's buttons");

    // A guide's page (not whole: the app draws the booking form): the app draws it out of
    // sight and takes the server's place once drawn, so its largest text is painted once,
    // from the server's HTML, before the app's.
    let guides = format!("{base}/api/municipalities/granviken/guides?lang=prs");
    let guides: serde_json::Value = reqwest::get(guides).await.unwrap().json().await.unwrap();
    let guide = guides.as_array().and_then(|all| all.first()).expect("a demo guide")["id"].clone();
    app.client.goto(&format!("{base}/activities/guides/{guide}")).await.unwrap();
    wait_until(&app.client, &in_place(TOOK_OVER)).await;
    assert_eq!(lang_and_dir(&app.client).await, ("prs".into(), "rtl".into()));
    let (largest_paint, took_over) = largest_paint_and_takeover(&app).await;
    assert!(took_over > 0.0, "the app marks when it takes over");
    assert!(largest_paint < took_over, "the largest paint ({largest_paint} ms) came before the app ({took_over} ms)");
    app.close().await;
}

/// The app starts on the start page, which the server wrote whole, in Arabic: it waits,
/// drawing nothing, and the server's heading stays the node it was. A language chosen
/// in the server's picker loads the page in it and is kept. A tap on a topic draws the
/// topic in place, and the back button the start page, both by the app.
#[tokio::test]
async fn the_app_waits_on_a_whole_page_until_the_reader_follows_a_link() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = App { client: driver.browser("ar").await, base: server.base.clone() };
    app.client.goto(&format!("{}/", app.base)).await.unwrap();
    wait_until(&app.client, APP_WAITING).await;
    assert_eq!(lang_and_dir(&app.client).await, ("ar".into(), "rtl".into()));
    app.client.execute("document.querySelector('main h1').valkommenSent = true;", vec![]).await.unwrap();
    app.mark_page().await;
    // The app's texts are read, its listeners set, and it has nothing more to do.
    let drawn = "return [!!document.querySelector('main h1').valkommenSent, document.querySelectorAll('#app').length, \
                 !!document.querySelector('.drawn-unseen'), performance.getEntriesByName('valkommen-took-over').length, \
                 performance.getEntriesByName('valkommen-waiting').length];";
    let sent_page = serde_json::json!([true, 1, false, 0, 1]);
    assert_eq!(app.client.execute(drawn, vec![]).await.unwrap(), sent_page, "the server's page, as sent");

    // A new language, chosen before the app has drawn anything.
    app.choose_language("uk").await;
    wait_until(&app.client, APP_WAITING).await;
    assert_eq!(lang_and_dir(&app.client).await, ("uk".into(), "ltr".into()));
    let kept = app.client.execute("return localStorage.getItem('lang');", vec![]).await.unwrap();
    assert_eq!(kept.as_str(), Some("uk"), "the choice is kept on the phone");
    let selected = app.client.execute("return document.querySelector('.language-picker select').value;", vec![]);
    assert_eq!(selected.await.unwrap().as_str(), Some("uk"));
    let heading = app.text_of("main h1").await;

    // A topic: drawn by the app, in place.
    app.mark_page().await;
    let topic = app.client.find(Locator::Css(".topic-list:not(.promo) a")).await.unwrap();
    let topic_name = topic.find(Locator::Css(".topic-name")).await.unwrap().text().await.unwrap();
    app.tap(&topic).await;
    wait_until(&app.client, &in_place(TOOK_OVER)).await;
    app.heading(&topic_name).await;
    app.assert_same_page("a tap on a topic").await;
    assert_eq!(lang_and_dir(&app.client).await, ("uk".into(), "ltr".into()));
    app.client.back().await.unwrap();
    app.heading(&heading).await;
    app.assert_same_page("the back button").await;
    app.close().await;
}

/// The first activity category of the demo with activities, by the API, and how many.
async fn a_category_with_activities(base: &str) -> (String, u64) {
    for category in ["football", "swimming", "music", "dance", "scouting", "games"] {
        let url = format!("{base}/api/municipalities/granviken/activities?category={category}&lang=ar");
        let list: serde_json::Value = reqwest::get(url).await.unwrap().json().await.unwrap();
        let total = list["total"].as_u64().unwrap();
        if total > 0 {
            return (category.to_owned(), total);
        }
    }
    panic!("no demo activities")
}

/// Follows a link of the page as a reader would, with JavaScript off: by its address
/// (a click with JavaScript off leaves `ChromeDriver` waiting).
async fn follow(app: &App, css: &str) -> String {
    let href = app.client.find(Locator::Css(css)).await.unwrap().attr("href").await.unwrap().expect("a link");
    app.client.goto(&format!("{}{href}", app.base)).await.unwrap();
    href
}

#[tokio::test]
async fn an_arabic_family_filters_activities_and_searches_with_javascript_off_and_the_app_takes_over() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let base = server.base.clone();
    let (category, total) = a_category_with_activities(&base).await;

    // JavaScript off: the finder's form asks the server, as a form does.
    let family = App { client: driver.browser_without_javascript("ar").await, base: base.clone() };
    family.client.goto(&format!("{base}/activities")).await.unwrap();
    assert_eq!(lang_and_dir(&family.client).await, ("ar".into(), "rtl".into()));
    let form = family.client.find(Locator::Css("form.filter-form")).await.expect("the filters as a form");
    assert_eq!(form.attr("method").await.unwrap().as_deref(), Some("get"));
    let action = form.attr("action").await.unwrap().expect("where the form goes");
    form.find(Locator::Css(&format!("select[name=category] option[value='{category}']"))).await.expect("a category");
    family.client.goto(&format!("{base}{action}?category={category}")).await.unwrap();
    let chosen = family.client.find(Locator::Css("select[name=category] option[selected]")).await.unwrap();
    assert_eq!(chosen.attr("value").await.unwrap().as_deref(), Some(category.as_str()), "the filter stays chosen");
    let cards = family.client.find_all(Locator::Css(".activity-card a")).await.unwrap();
    assert_eq!(cards.len() as u64, total.min(20), "the activities the API finds for {category}");
    let finder_heading = family.text_of("main h1").await;
    let finder_path = format!("/activities?category={category}");
    // When each meets, in the words and digits the app writes: no line changes at the takeover.
    let whens_as_sent = family.texts_of(".activity-card .when").await;
    assert!(whens_as_sent.iter().any(|when| when.chars().any(char::is_numeric)), "{whens_as_sent:?}");

    // An activity, then its club.
    let title = family.text_of(".activity-card h3").await;
    let activity_path = follow(&family, ".activity-card a").await;
    find_text(&family.client, "main h1", &title).await;
    assert_eq!(lang_and_dir(&family.client).await, ("ar".into(), "rtl".into()));
    family.client.find(Locator::Css(".facts")).await.expect("the facts");
    let club_path = if family.client.find(Locator::Css(".facts a[href^='/activities/clubs/']")).await.is_ok() {
        let club = family.text_of(".facts a[href^='/activities/clubs/']").await;
        let path = follow(&family, ".facts a[href^='/activities/clubs/']").await;
        find_text(&family.client, "main h1", &club).await;
        find_text(&family.client, ".activity-card h3", &title).await;
        Some(path)
    } else {
        None
    };

    // The orientation's search, by the bottom bar and the search form's address.
    follow(&family, "nav.bottom-nav a[href='/search']").await;
    let search = family.client.find(Locator::Css("form.search-form")).await.unwrap();
    assert_eq!(search.attr("action").await.unwrap().as_deref(), Some("/search"));
    family.client.goto(&format!("{base}/search?q=bostad")).await.unwrap();
    assert_eq!(lang_and_dir(&family.client).await, ("ar".into(), "rtl".into()));
    let hits = family.client.find_all(Locator::Css(".card-list a[href^='/articles/']")).await.unwrap();
    assert!(!hits.is_empty(), "the articles the words find");
    follow(&family, ".card-list a[href^='/articles/']").await;
    family.client.find(Locator::Css(".article-body")).await.expect("an article, read without the app");
    family.client.close().await.unwrap();

    // axe on the pages as sent, in Arabic; then the app takes over the finder.
    let app = App { client: driver.browser("ar").await, base: base.clone() };
    let mut pages = vec![finder_path.clone(), activity_path, "/search?q=bostad".to_owned()];
    pages.extend(club_path);
    for path in &pages {
        let violations = violations_as_sent(&app, &base, path, "ar").await;
        assert!(violations.is_empty(), "{path} as sent: {violations:#?}");
    }
    app.client.goto(&format!("{base}{finder_path}")).await.unwrap();
    // Every match is on the page the server sent: the app waits, until a filter changes.
    assert!(total <= 20, "the demo's {category} fits one page ({total})");
    wait_until(&app.client, APP_WAITING).await;
    let any_category = app.client.find(Locator::Css("#f-category")).await.unwrap();
    any_category.select_by_value("").await.unwrap();
    wait_until(&app.client, &in_place(&format!("{TOOK_OVER} && location.search === ''"))).await;
    // The select the reader changed is drawn again by the app, and keeps the focus.
    wait_until(&app.client, "document.activeElement && document.activeElement.id === 'f-category'").await;
    let category_select = app.client.find(Locator::Css("#f-category")).await.unwrap();
    category_select.select_by_value(&category).await.unwrap();
    wait_until(&app.client, &format!("location.search === '?category={category}'")).await;
    wait_until(&app.client, &format!("document.querySelectorAll('.activity-card').length === {total}")).await;
    assert_eq!(app.text_of("main h1").await, finder_heading, "the same heading");
    assert_eq!(app.texts_of(".activity-card .when").await, whens_as_sent, "the same days and times");
    assert_eq!(lang_and_dir(&app.client).await, ("ar".into(), "rtl".into()));
    app.close().await;
}

/// When the page's largest text was last painted, and when the app took the filled
/// page's place (`ui::TOOK_OVER`), in milliseconds since the page started.
async fn largest_paint_and_takeover(app: &App) -> (f64, f64) {
    let value = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             new PerformanceObserver(list => {
                 const largest = list.getEntries().at(-1);
                 const mark = performance.getEntriesByName('valkommen-took-over')[0];
                 done([largest.startTime, mark ? mark.startTime : 0]);
             }).observe({ type: 'largest-contentful-paint', buffered: true });",
            vec![],
        )
        .await
        .expect("the paint timings");
    let times: Vec<f64> = serde_json::from_value(value).expect("two numbers");
    (times[0], times[1])
}

/// The server writes the finder in the language its cookie last named (Arabic) while the
/// reader has since chosen Ukrainian on this phone: the app takes over in Ukrainian and
/// draws its cards itself, rather than taking the server's Arabic ones as sent
/// (`ui::served` takes a card only when the server wrote it in the app's language).
#[tokio::test]
async fn cards_sent_in_another_language_than_the_readers_are_drawn_anew_at_the_takeover() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let base = server.base.clone();
    let (category, _) = a_category_with_activities(&base).await;
    let finder = format!("{base}/activities?category={category}");

    // The cards as the server writes them in Ukrainian, read with JavaScript off.
    let reader = App { client: driver.browser_without_javascript("uk").await, base: base.clone() };
    reader.client.goto(&format!("{finder}&lang=uk")).await.unwrap();
    let ukrainian = reader.texts_of(".activity-card .chips").await;
    reader.client.close().await.unwrap();

    // The app's first visit, in Arabic: it keeps the `lang` cookie the server reads.
    let app = App { client: driver.browser("ar").await, base: base.clone() };
    app.client.goto(&finder).await.unwrap();
    // The server wrote every match in the app's language: the app waits on its page.
    wait_until(&app.client, APP_WAITING).await;
    let arabic = app.texts_of(".activity-card .chips").await;
    assert_ne!(arabic, ukrainian, "the chips differ by language");

    // The reader's choice on the phone is now Ukrainian; the cookie still says Arabic.
    app.client.execute("localStorage.setItem('lang', 'uk');", vec![]).await.unwrap();
    app.client.goto(&finder).await.unwrap();
    let sent_in = app.client.execute("return document.getElementById('app').dataset.lang;", vec![]).await.unwrap();
    assert_eq!(sent_in.as_str(), Some("ar"), "the server wrote the page in Arabic");
    wait_until(&app.client, TOOK_OVER).await;
    assert_eq!(lang_and_dir(&app.client).await, ("uk".into(), "ltr".into()));
    assert_eq!(app.texts_of(".activity-card .chips").await, ukrainian, "the cards drawn in Ukrainian");
    app.close().await;
}
