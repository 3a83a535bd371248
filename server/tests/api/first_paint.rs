//! The first paint from the server: the orientation's pages come with their content in
//! the reader's language, readable and linked before any script runs; what staff wrote
//! is escaped; anything else gets the plain shell.

use reqwest::{header, Method};
use serde_json::json;

use crate::helpers::{spawn_app_with, Options, TestApp, DEMO_PASSWORD};

/// The shell of `bundle` (`app`, `activities`, `voucher`…) as Trunk writes it (minified),
/// with a script the CSP hashes and the bundle's own module.
pub fn shell(bundle: &str) -> String {
    format!(
        "<!doctype html><html dir=ltr lang=sv><meta charset=utf-8><title>Välkommen</title>\
<meta content=\"Välkommen – local orientation\" name=description><script>(()=>{{}})()</script>\
{}</head><body><div id=app>\
<header class=top-bar><span class=brand>Välkommen</span></header><main id=main><p class=loading>Välkommen</p></main>\
</div><noscript>Välkommen needs JavaScript.</noscript></body></html>",
        shell_of(bundle)
    )
}

/// What tells the shell of `bundle` from the others': its module.
pub fn shell_of(bundle: &str) -> String {
    format!("<script type=module>import init from '/{bundle}-1.js';await init();</script>")
}

/// The app with every newcomer bundle's shell where `scripts/build-client.sh` puts it.
pub async fn app_with_shells() -> TestApp {
    let dist = std::env::temp_dir().join(format!("vk-first-paint-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), shell("app")).unwrap();
    for bundle in ["activities", "sportotek", "voucher", "guides", "mine"] {
        std::fs::create_dir_all(dist.join(bundle)).unwrap();
        std::fs::write(dist.join(bundle).join("index.html"), shell(bundle)).unwrap();
    }
    spawn_app_with(Options { dist_dir: Some(dist), ..Options::default() }).await
}

pub async fn page(
    app: &TestApp,
    path: &str,
    accept_language: &str,
    cookie: Option<&str>,
) -> (u16, String, header::HeaderMap) {
    let mut request = app.client.get(format!("{}{path}", app.address)).header(header::ACCEPT_LANGUAGE, accept_language);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let response = request.send().await.unwrap();
    let (status, headers) = (response.status().as_u16(), response.headers().clone());
    (status, response.text().await.unwrap(), headers)
}

#[tokio::test]
async fn the_start_page_a_topic_and_an_article_come_with_their_content_in_the_readers_language() {
    let app = app_with_shells().await;
    // A Dari browser, nothing chosen yet: the start page in Dari, right to left.
    let (status, html, headers) = page(&app, "/", "fa-AF,fa;q=0.9", None).await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=prs dir=rtl>"), "{html:.300}");
    let h1 = html.split("<h1>").nth(1).and_then(|rest| rest.split("</h1>").next()).expect("a heading");
    assert!(
        h1.contains("Granviken") && h1.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "the greeting in Dari: {h1}"
    );
    assert!(html.contains("href=\"/topics/"), "the topics are links");
    assert!(html.contains("href=\"/activities\" rel=\"external\""));
    assert!(html.contains("<nav class=\"bottom-nav\""), "the bottom bar");
    assert!(!html.contains("class=loading") && !html.contains("needs JavaScript"));
    assert!(html.contains("<script type=module>import init from '/app-1.js'"), "the app still starts");
    assert!(headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    assert!(headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains("sha256-"), "the strict policy");
    assert!(headers[header::VARY].to_str().unwrap().contains("cookie"));

    // The reader chose Arabic in the app (its cookie): an article in Arabic, its body too.
    let article: serde_json::Value = app.get_json("/api/municipalities/granviken/articles/hyra-bostad?lang=ar").await;
    let (status, html, _) = page(&app, "/articles/hyra-bostad", "fa-AF", Some("theme=x; lang=ar")).await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=ar dir=rtl>"));
    let title = article["title"].as_str().unwrap();
    assert!(html.contains(&format!("<h1>{title}</h1>")), "the article's title");
    assert!(html.contains(&format!("<title>{title} – ")), "the page's title");
    let first_words: String = article["summary"].as_str().unwrap().chars().take(20).collect();
    assert!(html.contains(&first_words), "its summary");
    assert!(html.contains("class=\"article-body\""), "its body");
    assert!(html.contains(&format!("href=\"/topics/{}\"", article["topic"].as_str().unwrap())), "the way back");

    // A topic, and `?lang=` over the cookie.
    let topic = article["topic"].as_str().unwrap();
    let (status, html, _) = page(&app, &format!("/topics/{topic}?lang=uk"), "sv", Some("lang=ar")).await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=uk dir=ltr>"));
    assert!(html.contains("href=\"/articles/hyra-bostad\""), "its articles are links");
}

/// An article is whole: its toolbar and feedback box are written for the app to draw its
/// own in (`app::islands`), unseen without it; its stamp and notices are the server's;
/// an outdated translation's button for the Swedish text asks the app to take over.
#[tokio::test]
async fn an_article_comes_with_its_stamp_toolbar_and_feedback_box() {
    let app = app_with_shells().await;
    let api = "/api/municipalities/granviken/articles/hyra-bostad";
    let article: serde_json::Value = app.get_json(&format!("{api}?lang=ar")).await;
    assert_eq!(article["state"], "current", "the demo's Arabic translation");
    let (status, html, _) = page(&app, "/articles/hyra-bostad", "ar", None).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-whole=\"/articles/hyra-bostad\""), "whole");
    assert!(html.contains("<article class=\"article\" data-slug=\"hyra-bostad\" data-compare>"), "{html}");
    let stamp = if article["reviewed_at"].is_null() {
        "<span class=\"stamp unchecked\">"
    } else {
        "<span class=\"stamp checked\">"
    };
    assert!(html.contains(stamp), "the translation's stamp");
    let toolbar = html.split("<div class=\"toolbar app-only\">").nth(1).expect("the toolbar");
    let toolbar = toolbar.split("</div>").next().unwrap();
    assert_eq!(toolbar.matches("<button").count(), 2, "save and beside Swedish: {toolbar}");
    assert!(toolbar.contains("id=\"save-article\""));
    let feedback = html.split("<section class=\"feedback app-only\" aria-live=\"polite\">").nth(1).expect("the box");
    assert_eq!(
        feedback.split("</section>").next().unwrap().matches("<button type=\"button\">").count(),
        2,
        "yes and no"
    );
    assert!(!html.contains("data-take-over"), "a current translation");

    // Swedish, the source: no stamp, nothing to put it beside.
    let (_, html, _) = page(&app, "/articles/hyra-bostad", "sv", None).await;
    assert!(html.contains("<article class=\"article\" data-slug=\"hyra-bostad\">"), "{html}");
    assert!(!html.contains("class=\"stamp"));
    let toolbar = html.split("<div class=\"toolbar app-only\">").nth(1).unwrap().split("</div>").next().unwrap();
    assert_eq!(toolbar.matches("<button").count(), 1, "save only: {toolbar}");

    // The Swedish text changes: the Arabic one is outdated, says so, and offers the Swedish.
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let edit =
        json!({ "title": "Hyra bostad", "summary": "Ny sammanfattning.", "body_md": "Ny text.", "reviewed": true });
    let path = "/api/staff/municipalities/granviken/articles/hyra-bostad/versions/sv";
    assert_eq!(app.staff(Some(&admin), Method::PUT, path, Some(edit)).await.status(), 204);
    let article: serde_json::Value = app.get_json(&format!("{api}?lang=ar")).await;
    assert_eq!(article["state"], "outdated");
    let (_, html, _) = page(&app, "/articles/hyra-bostad", "ar", None).await;
    assert!(html.contains("<p class=\"notice warning\" role=\"note\">"), "the notice");
    assert!(
        html.contains("<button class=\"link-button app-only\" type=\"button\" data-take-over=\"read-swedish\">"),
        "the Swedish text, by the app"
    );
    assert!(html.contains("data-slug=\"hyra-bostad\" data-compare>"), "an outdated translation goes beside it too");
}

#[tokio::test]
async fn what_staff_wrote_reaches_the_page_escaped() {
    let app = app_with_shells().await;
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let hostile = json!({ "title": "Hyra <script>alert(1)</script>", "summary": "\"><img src=x onerror=alert(2)>",
        "body_md": "<script>alert(3)</script> Text.", "reviewed": false });
    let edit = "/api/staff/municipalities/granviken/articles/hyra-bostad/versions/sv";
    assert_eq!(app.staff(Some(&admin), Method::PUT, edit, Some(hostile)).await.status(), 204);
    let (status, html, _) = page(&app, "/articles/hyra-bostad", "sv", None).await;
    assert_eq!(status, 200);
    assert!(html.contains("Hyra &lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(!html.contains("<script>alert"), "no script from staff");
    assert!(!html.contains("<img src=x"), "no markup from a summary");
    assert!(html.contains("content=\"&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\""), "the description escaped");
}

#[tokio::test]
async fn other_pages_unknown_articles_and_hostile_addresses_get_the_plain_shell() {
    let app = app_with_shells().await;
    for path in [
        "/about",
        "/articles/no-such-article",
        "/topics/no-such-topic",
        "/articles/%3Cscript%3E",
        "/articles/Hyra-Bostad",
        &format!("/articles/{}", "a".repeat(200)),
    ] {
        let (status, html, _) = page(&app, path, "ar", Some("lang=<script>")).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(html, shell("app"), "{path}: the shell as built");
    }
    // A broken cookie or language header falls back to the browser's, then Swedish.
    let (_, html, _) = page(&app, "/", "garbage;;;q=x,,*", Some("lang=; lang")).await;
    assert!(html.contains("<html lang=sv dir=ltr>"));
}

#[tokio::test]
async fn a_filled_page_is_kept_for_the_next_reader_alike_and_made_anew_when_its_content_changes() {
    let app = app_with_shells().await;
    let counts = || app.reads.counts();
    let (hits, misses) = counts();
    let (_, first, _) = page(&app, "/articles/tandvard", "ar", None).await;
    assert!(first.contains("<html lang=ar dir=rtl>"));
    assert_eq!(counts(), (hits, misses + 1), "made");

    // Another browser that the server reads as the same reader (Arabic by its cookie, the
    // first municipality): the same page, from memory.
    let (_, again, _) = page(&app, "/articles/tandvard", "uk", Some("lang=ar")).await;
    assert_eq!(again, first);
    assert_eq!(counts(), (hits + 1, misses + 1), "kept");

    // Another language, or another municipality chosen, is another page.
    let (_, swedish, _) = page(&app, "/articles/tandvard", "sv", None).await;
    assert!(swedish.contains("<html lang=sv dir=ltr>"));
    let (_, home, _) = page(&app, "/", "ar", None).await;
    let (_, neighbours, _) = page(&app, "/", "ar", Some("municipality=norrsjo")).await;
    assert_eq!(counts(), (hits + 1, misses + 4), "all three made");
    assert_ne!(neighbours, home, "Norrsjö's own start page");

    // Staff change the Arabic title: the next reader gets the new one.
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let edit = "/api/staff/municipalities/granviken/articles/tandvard/versions/ar";
    let text = json!({ "title": "عنوان جديد", "summary": "ملخص", "body_md": "نص.", "reviewed": true });
    assert_eq!(app.staff(Some(&admin), Method::PUT, edit, Some(text)).await.status(), 204);
    let (_, changed, _) = page(&app, "/articles/tandvard", "ar", None).await;
    assert!(changed.contains("<h1>عنوان جديد</h1>"), "{changed:.600}");
}

/// A kept page is answered before routing (`server::front_door`), and goes out as the
/// one made did: its policy and framing headers, its own request id, and the cookie of a
/// language asked for in the address.
#[tokio::test]
async fn a_kept_page_goes_out_with_the_headers_of_the_page_made() {
    let app = app_with_shells().await;
    let (_, first, made) = page(&app, "/topics/boende?lang=uk", "ar", None).await;
    let (hits, misses) = app.reads.counts();
    let (_, again, kept) = page(&app, "/topics/boende?lang=uk", "ar", None).await;
    assert_eq!((again, app.reads.counts()), (first, (hits + 1, misses)), "the same page, from memory");
    for name in [
        "content-security-policy",
        "x-frame-options",
        "permissions-policy",
        "cross-origin-opener-policy",
        "x-content-type-options",
        "referrer-policy",
        "cache-control",
        "content-type",
        "set-cookie",
    ] {
        assert!(kept.contains_key(name), "{name}");
        assert_eq!(
            made.get_all(name).iter().collect::<Vec<_>>(),
            kept.get_all(name).iter().collect::<Vec<_>>(),
            "{name}"
        );
    }
    assert!(kept["set-cookie"].to_str().unwrap().starts_with("lang=uk"), "the language asked for is kept");
    let id = |headers: &header::HeaderMap| headers["x-request-id"].to_str().unwrap().to_owned();
    assert_ne!(id(&made), id(&kept), "one id per request");
}

/// A phone that comes back revalidates the page it kept: a `304` with no body while the
/// page is the same, whether it was kept in memory or made anew meanwhile; the new page
/// once what it shows has changed.
#[tokio::test]
async fn a_page_the_phone_kept_is_revalidated_by_its_tag() {
    let app = app_with_shells().await;
    let url = format!("{}/articles/tandvard", app.address);
    let ask = |tag: Option<&str>| {
        let request = app.client.get(&url).header(header::ACCEPT_LANGUAGE, "ar").header(header::ACCEPT_ENCODING, "br");
        match tag {
            Some(tag) => request.header(header::IF_NONE_MATCH, tag),
            None => request,
        }
        .send()
    };
    let first = ask(None).await.unwrap();
    let tag = first.headers()[header::ETAG].to_str().unwrap().to_owned();
    assert!(tag.ends_with("-br\""), "the tag names the coding: {tag}");
    let kept = ask(Some(&tag)).await.unwrap();
    assert_eq!(kept.status(), 304, "kept in memory");
    assert_eq!(kept.headers()[header::ETAG], tag.as_str());
    assert!(kept.headers().get(header::CONTENT_SECURITY_POLICY).is_none(), "the copy's policy stands");
    assert!(kept.bytes().await.unwrap().is_empty());

    // The content version moves on (a change this page does not show): the page is made
    // anew, the same, and still a `304`.
    sqlx::query("UPDATE content_version SET version = version + 1").execute(app.store.pool()).await.unwrap();
    app.reads.catch_up(&app.store).await;
    let (_, misses) = app.reads.counts();
    let made = ask(Some(&tag)).await.unwrap();
    assert_eq!(app.reads.counts().1, misses + 1, "made anew");
    assert_eq!(made.status(), 304, "the same page");

    // This article changes: the new page, with a new tag.
    let admin = app.sign_in("admin@granviken.example", DEMO_PASSWORD).await;
    let edit = "/api/staff/municipalities/granviken/articles/tandvard/versions/ar";
    let text = json!({ "title": "عنوان جديد", "summary": "ملخص", "body_md": "نص.", "reviewed": true });
    assert_eq!(app.staff(Some(&admin), Method::PUT, edit, Some(text)).await.status(), 204);
    let changed = ask(Some(&tag)).await.unwrap();
    assert_eq!(changed.status(), 200);
    assert_ne!(changed.headers()[header::ETAG], tag.as_str());
}

#[tokio::test]
async fn a_hundred_phones_opening_one_link_at_once_cost_one_page() {
    let app = app_with_shells().await;
    let (hits, misses) = app.reads.counts();
    let url = format!("{}/activities?age=9&weekday=tue", app.address);
    let mut asks = tokio::task::JoinSet::new();
    for _ in 0..100 {
        let (client, url) = (app.client.clone(), url.clone());
        asks.spawn(async move {
            let request = client.get(url).header(header::ACCEPT_LANGUAGE, "uk").header(header::ACCEPT_ENCODING, "br");
            request.send().await.unwrap().bytes().await.unwrap()
        });
    }
    let pages = asks.join_all().await;
    assert!(pages.iter().all(|page| *page == pages[0]), "one page for all");
    let mut html = Vec::new();
    brotli::BrotliDecompress(&mut pages[0].as_ref(), &mut html).expect("brotli");
    assert!(String::from_utf8_lossy(&html).contains("<html lang=uk"), "the filled page");
    let (hits_after, misses_after) = app.reads.counts();
    assert_eq!((hits_after - hits, misses_after - misses), (99, 1), "made once, served 99 times from memory");
}

/// The pages whose every part works as sent are marked whole (`ui::waiting`), with the
/// picker choosing the reader's language; a language asked for in the address, as the
/// picker's form asks without JavaScript, is kept in the cookie for the next page, and
/// anything else in its place is not.
#[tokio::test]
async fn whole_pages_are_marked_and_a_language_asked_for_in_the_address_is_kept() {
    let app = app_with_shells().await;
    // Whole, and for which address: a service worker's copy may be shown at another.
    let whole = |html: &str, address: &str| {
        let marked = format!(
            "data-lang=\"sv\" data-municipality=\"granviken\" data-whole=\"{}\">",
            address.replace('&', "&amp;")
        );
        html.contains(&marked)
    };
    let (_, html, headers) = page(&app, "/", "sv", None).await;
    assert!(whole(&html, "/"), "the start page: {html:.600}");
    assert!(html.contains("<form class=\"language-form\" method=\"get\">"), "{html:.900}");
    assert!(html.contains("<option value=\"sv\" lang=\"sv\" dir=\"ltr\" selected>Svenska</option>"));
    assert!(headers.get(header::SET_COOKIE).is_none(), "nothing asked, nothing kept");
    let whole_pages = [
        "/topics/boende",
        "/search?q=bostad",
        "/activities?age=9&weekday=tue&covered=1",
        "/activities/1",
        "/activities/clubs/granvikens-if",
        "/activities/guides",
        "/articles/hyra-bostad",
        "/activities/sportotek",
        "/activities/voucher",
        "/activities",
    ];
    for path in whole_pages {
        let (status, html, _) = page(&app, path, "sv", None).await;
        assert_eq!(status, 200, "{path}");
        assert!(whole(&html, path), "{path} is whole");
    }
    // The Sportotek's 25 things are more than a page: a link asks for a page more, which
    // opens at the first of them.
    let cards = |html: &str| html.matches("class=\"card item-card\"").count();
    let (_, html, _) = page(&app, "/activities/sportotek", "sv", None).await;
    let more = "<a class=\"button secondary more\" href=\"/activities/sportotek?shown=40#more\" rel=\"external\">";
    assert!(html.contains(more), "{html}");
    assert_eq!(cards(&html), 20, "a page of them");
    let (_, html, _) = page(&app, "/activities/sportotek?age=9&shown=40", "sv", None).await;
    let age_9 = app.get_json::<serde_json::Value>("/api/municipalities/granviken/sportotek?lang=sv&age=9").await;
    let total = usize::try_from(age_9["total"].as_u64().unwrap()).unwrap();
    assert_eq!(cards(&html), total.min(40), "the filter kept");
    let (_, html, _) = page(&app, "/activities/sportotek?shown=40", "sv", None).await;
    assert!(whole(&html, "/activities/sportotek?shown=40"), "whole at its address");
    assert_eq!(cards(&html), 25, "all of them");
    assert!(html.contains("<li class=\"card item-card\" id=\"more\">"), "where the link leads");
    assert_eq!(html.matches("id=\"more\"").count(), 1);
    assert!(!html.contains("shown=60"), "no link for more: every thing listed");
    // The finder's 45 activities likewise, its filters kept in the link.
    let activity_cards = |html: &str| html.matches("class=\"card activity-card\"").count();
    let (_, html, _) = page(&app, "/activities", "sv", None).await;
    let more = "<a class=\"button secondary more\" href=\"/activities?shown=40#more\" rel=\"external\">";
    assert!(html.contains(more), "{html}");
    assert_eq!(activity_cards(&html), 20, "a page of them");
    let (_, html, _) = page(&app, "/activities?shown=40", "sv", None).await;
    assert!(whole(&html, "/activities?shown=40"), "whole at its address");
    assert_eq!(activity_cards(&html), 40);
    assert!(html.contains("<li class=\"card activity-card\" id=\"more\">"), "where the link leads");
    assert!(html.contains("href=\"/activities?shown=60#more\""), "a page more again");
    let (_, html, _) = page(&app, "/activities?shown=60", "sv", None).await;
    assert_eq!((activity_cards(&html), html.contains("shown=80")), (45, false), "all of them, no link");
    let covered = app.get_json::<serde_json::Value>("/api/municipalities/granviken/activities?lang=sv&covered=1").await;
    let total = usize::try_from(covered["total"].as_u64().unwrap()).unwrap();
    assert!(total > 20, "the demo's covered activities are more than a page ({total})");
    let (_, html, _) = page(&app, "/activities?covered=1", "sv", None).await;
    assert!(html.contains("href=\"/activities?covered=1&amp;shown=40#more\""), "the filter in the link: {html}");
    let (_, html, _) = page(&app, "/activities?covered=1&shown=40", "sv", None).await;
    assert_eq!(activity_cards(&html), total.min(40), "the filter kept");
    // Either list asked for anything else: a page, or at most ten.
    for (list, count, all) in
        [("/activities/sportotek", cards as fn(&str) -> usize, 25), ("/activities", activity_cards, 45)]
    {
        for (asked, listed) in
            [("0", 20), ("-5", 20), ("x", 20), ("30", 20), ("999999", all), ("99999999999", 20), ("%3Cscript%3E", 20)]
        {
            let (status, html, _) = page(&app, &format!("{list}?shown={asked}"), "sv", None).await;
            assert_eq!((status, count(&html)), (200, listed), "{list}?shown={asked}");
        }
    }
    // The pages on the phone, and an item or a guide whose forms the app draws: the app's.
    for path in ["/activities/mine", "/activities/guides/bookings"] {
        let (status, html, _) = page(&app, path, "sv", None).await;
        assert_eq!(status, 200, "{path}");
        assert!(!html.contains("data-whole"), "{path} is not whole");
        assert!(!html.contains("<select name=\"lang\">"), "{path}: the app draws the picker");
    }

    // The municipality the page shows, which the app keeps when the address chose it:
    // only ever one the installation serves.
    let (_, html, _) = page(&app, "/?municipality=norrsjo", "sv", None).await;
    assert!(html.contains("data-municipality=\"norrsjo\""), "{html:.900}");
    let (_, html, _) = page(&app, "/?municipality=x%22%3E%3Cscript%3E", "sv", None).await;
    assert!(html.contains("data-municipality=\"granviken\""), "an unknown one is not written: {html:.900}");

    // Asked for twice: written, then kept; the cookie both times.
    for _ in 0..2 {
        let (status, html, headers) = page(&app, "/?lang=uk", "sv", None).await;
        assert_eq!(status, 200);
        assert!(html.contains("<html lang=uk dir=ltr>"));
        let cookies: Vec<_> = headers.get_all(header::SET_COOKIE).iter().map(|v| v.to_str().unwrap()).collect();
        assert_eq!(cookies, ["lang=uk; Path=/; Max-Age=31536000; SameSite=Lax"]);
    }
    for hostile in ["/?lang=xx", "/?lang=uk%0d%0aSet-Cookie:%20x=1", "/?lang=", "/?lang=uk;%20Path=/admin"] {
        let (status, html, headers) = page(&app, hostile, "sv", None).await;
        assert_eq!(status, 200, "{hostile}");
        assert!(html.contains("<html lang=sv dir=ltr>"), "{hostile}: the browser's language");
        assert!(headers.get(header::SET_COOKIE).is_none(), "{hostile}: nothing kept");
    }
}
