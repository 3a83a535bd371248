//! A parent reading Dari finds an activity for a nine-year-old on a Tuesday that the
//! fritidscheck covers, and adds it to the phone's calendar. A parent reading Ukrainian
//! goes through every activity by the finder's link for more.

use e2e::{
    find_text, lang_and_dir,
    pages::{started, App, APP_WAITING},
    text_containing, wait_until, Driver, Server,
};
use fantoccini::Locator;

async fn choose(app: &App, select: &str, value: &str) {
    let element = app.client.wait().for_element(Locator::Css(select)).await.unwrap();
    element.select_by_value(value).await.unwrap();
}

#[tokio::test]
async fn a_dari_parent_filters_to_a_nine_year_old_on_tuesday_covered_by_the_voucher_and_adds_it_to_the_calendar() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = App { client: driver.browser("fa-AF,fa").await, base: server.base.clone() };
    app.open("/").await;
    assert_eq!(lang_and_dir(&app.client).await, ("prs".into(), "rtl".into()));

    // The finder is a download of its own: the start page links to it.
    app.tap(&app.client.find(Locator::Css(".promo a[href='/activities']")).await.unwrap()).await;
    wait_until(&app.client, &started("location.pathname === '/activities' && document.querySelector('.filters')"))
        .await;
    assert_eq!(lang_and_dir(&app.client).await, ("prs".into(), "rtl".into()), "the language carries over");
    wait_until(&app.client, "document.querySelector('.result-count')").await;
    let everything = app.text_of(".result-count").await;
    app.mark_page().await;

    choose(&app, "#f-age", "9").await;
    wait_until(&app.client, "location.search.includes('age=9')").await;
    choose(&app, "#f-weekday", "tue").await;
    wait_until(&app.client, "location.search.includes('weekday=tue')").await;
    app.tap(&app.client.find(Locator::Css("#f-covered")).await.unwrap()).await;
    wait_until(&app.client, "location.search === '?age=9&weekday=tue&covered=1'").await;
    wait_until(&app.client, &format!("document.querySelector('.result-count').textContent !== {everything:?}")).await;
    // The list of the last filter has arrived once every card is one the voucher pays.
    wait_until(
        &app.client,
        "(() => { const c = [...document.querySelectorAll('.activity-card')]; \
         return c.length > 0 && c.every(x => x.querySelector('.chip.good')); })()",
    )
    .await;

    app.assert_same_page("choosing filters").await;

    // Every card is for nine-year-olds, on Tuesday, paid in full by the voucher.
    let cards = app.client.find_all(Locator::Css(".activity-card")).await.unwrap();
    assert!(!cards.is_empty(), "something matches");
    for card in &cards {
        let text = card.text().await.unwrap();
        assert!(text.contains("سه‌شنبه") || text.contains("سه شنبه"), "on Tuesday: {text}");
        card.find(Locator::Css(".chip.good")).await.unwrap_or_else(|_| panic!("covered: {text}"));
    }

    // The filters live in the URL: the same list opens from a shared link.
    let shared = app.client.current_url().await.unwrap();
    app.client.goto(shared.as_str()).await.unwrap();
    // Every match is on the page the server sent: the app waits on it until the tap below.
    wait_until(&app.client, APP_WAITING).await;
    app.client.find(Locator::Css(".activity-card")).await.expect("the list as sent");
    assert_eq!(
        app.client.find(Locator::Css("#f-weekday")).await.unwrap().prop("value").await.unwrap().as_deref(),
        Some("tue")
    );

    let title = text_containing(&app.client, ".activity-card a h3", "").await;
    app.mark_page().await;
    app.press(".activity-card a").await;
    find_text(&app.client, "main h1", &title).await;
    app.assert_same_page("a tap on an activity").await;
    find_text(&app.client, ".facts", "سه‌شنبه").await;
    let call = app.attribute(".contact a[href^='tel:']", "href").await;
    assert!(call.starts_with("tel:0980319"), "tap to call: {call}");

    // "Add to calendar" is an iCalendar file in Dari with the weekly rule. (The page may
    // draw its content once more when its answer settles: the link is read, not held.)
    let href = app.attribute("a[download$='.ics']", "href").await;
    assert!(href.ends_with("calendar.ics?lang=prs"), "{href}");
    let ics = reqwest::get(format!("{}{href}", server.base)).await.unwrap().text().await.unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=") && ics.contains("TU"), "a weekly rule on Tuesday: {ics}");
    assert!(ics.contains(&format!("SUMMARY:{}", title.chars().take(20).collect::<String>())), "the Dari title: {ics}");
    app.close().await;
}

/// The finder is whole (`ui::waiting`): its button for more is a link that asks the server
/// for a page more, opened at the first of them. The app waits on both pages, and draws
/// the finder itself only once a filter changes.
#[tokio::test]
async fn a_ukrainian_parent_lists_every_activity_by_the_link_for_more() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = App { client: driver.browser("uk").await, base: server.base.clone() };
    let all = format!("{}/api/municipalities/granviken/activities?lang=uk", server.base);
    let all: serde_json::Value = reqwest::get(all).await.unwrap().json().await.unwrap();
    let total = all["total"].as_u64().unwrap();
    assert!(total > 20, "the demo has more than a page of activities ({total})");
    app.open("/activities").await;
    wait_until(&app.client, APP_WAITING).await;
    assert_eq!(app.client.find_all(Locator::Css(".activity-card")).await.unwrap().len(), 20);
    app.press("a.more").await;
    wait_until(&app.client, &format!("location.search === '?shown=40' && {APP_WAITING}")).await;
    let listed = total.min(40);
    let at_more = format!(
        "document.querySelectorAll('.activity-card').length === {listed} && location.hash === '#more' \
         && Math.abs(document.querySelector('#more').getBoundingClientRect().top) < innerHeight"
    );
    wait_until(&app.client, &at_more).await;
    let first_new = app.text_of("#more h3").await;
    let twenty_first = app
        .client
        .execute("return document.querySelectorAll('.activity-card')[20].querySelector('h3').textContent;", vec![]);
    assert_eq!(twenty_first.await.unwrap().as_str(), Some(first_new.as_str()), "the link leads to the 21st");
    assert_eq!(lang_and_dir(&app.client).await, ("uk".into(), "ltr".into()));
    let violations = e2e::accessibility_violations(&app.client).await;
    assert!(violations.is_empty(), "{violations:#?}");
    app.fits_the_phone().await;

    // A filter: the app draws the finder, a page of it, with its own button for more.
    choose(&app, "#f-age", "9").await;
    wait_until(&app.client, "location.search === '?age=9' && document.documentElement.dataset.app === 'drawn'").await;
    wait_until(&app.client, "document.querySelectorAll('.activity-card').length > 0").await;
    let cards = app.client.find_all(Locator::Css(".activity-card")).await.unwrap().len();
    assert!(cards <= 20, "a page: {cards}");
    app.close().await;
}
