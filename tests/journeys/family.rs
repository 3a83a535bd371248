//! A family's first week, on a phone that has never opened the app, at 360 px and in
//! Dari: the start page, right to left; the finder, filtered to a nine-year-old and to
//! what the fritidscheck pays in full, lists the ice hockey school; the card's QR link
//! shows its balance; the hockey school's page links to the skates, and a pair is
//! reserved; a Dari-speaking guide is booked; and "Mine", reached from the bottom bar,
//! lists the card, the reservation and the booking.
//!
//! The move link is taken to a second phone while the server is still there, so the
//! numbered steps below run 7, 9, 8: it carries the three codes and no name, and
//! the new phone's "Mine" fills with the same three. Then the server goes away, and
//! "Mine" and every page seen before open again on the first phone. axe passes every
//! page on the way, and nothing is wider than the phone.

use e2e::{
    accessibility_violations, find_text, lang_and_dir,
    pages::{in_place, started, App},
    staff::{issued_card, next_weekday, MUNICIPALITY},
    text_containing, wait_until, Driver, Server,
};
use fantoccini::Locator;
use serde_json::{json, Value};

/// The guides' topic the family asks for: "leisure and associations", which the demo's
/// Dari-speaking guide, Farid, offers on his Thursday hour (`server/src/demo_guides.rs`).
const TOPIC: &str = "leisure";

/// The child's first name on the card: staff know it, the phone never shows it.
const CHILD: &str = "Soraya";
/// The first name the parent gives the Sportotek and the guide.
const PARENT: &str = "نرگس";

async fn api(server: &Server, path: &str) -> Value {
    reqwest::get(format!("{}{path}", server.base)).await.unwrap().json().await.unwrap()
}

async fn no_violations(app: &App, page: &str) {
    let violations = accessibility_violations(&app.client).await;
    assert!(violations.is_empty(), "{page}: {violations:#?}");
}

/// Picks the first offered option of `select` whose text contains `text`, as a person would.
async fn choose(app: &App, select: &str, text: &str) -> String {
    let script = format!(
        "const s = document.querySelector({select:?});
         const o = [...s.options].find(o => !o.disabled && o.value && o.textContent.includes({text:?}));
         if (!o) return null;
         s.value = o.value;
         s.dispatchEvent(new Event('input', {{bubbles: true}}));
         s.dispatchEvent(new Event('change', {{bubbles: true}}));
         return o.value;"
    );
    wait_until(&app.client, &format!("document.querySelector({select:?})?.options.length > 1")).await;
    let chosen = app.client.execute(&script, vec![]).await.unwrap();
    chosen.as_str().unwrap_or_else(|| panic!("{select} offers {text:?}")).to_owned()
}

/// A code as the phone stores it: its letters and digits, without the dashes.
fn bare(code: &str) -> String {
    code.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_uppercase()
}

/// Where the text of `css` starts and ends, and the phone's width.
async fn text_edges(app: &App, css: &str) -> (f64, f64, f64) {
    let script = format!(
        "const range = document.createRange(); range.selectNodeContents(document.querySelector({css:?}));
         const r = range.getBoundingClientRect(); return [r.left, r.right, document.documentElement.clientWidth];"
    );
    let v = app.client.execute(&script, vec![]).await.unwrap();
    (v[0].as_f64().unwrap(), v[1].as_f64().unwrap(), v[2].as_f64().unwrap())
}

/// The left edge of the element matching `css`.
async fn left_of(app: &App, css: &str) -> f64 {
    let script = format!("return document.querySelector({css:?}).getBoundingClientRect().left;");
    app.client.execute(&script, vec![]).await.unwrap().as_f64().unwrap()
}

/// Waits until "Mine" lists `code` under `list`, the line with all its parts.
async fn lists(app: &App, list: &str, code: &str) {
    let line = format!("{list} li.mine-item[data-code='{code}']");
    wait_until(&app.client, &format!("document.querySelector(\"{line}\")")).await;
    for part in ["a.mine-open", "button.mine-remove", "p.mine-updated"] {
        let found = app.client.find(Locator::Css(&format!("{line} {part}"))).await;
        assert!(found.is_ok(), "{line} has {part}");
    }
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one journey, read from top to bottom")]
async fn a_dari_family_keeps_a_card_skates_and_a_guide_in_mine_offline_and_on_a_new_phone() {
    let (mut server, driver) = (Server::start().await, Driver::start().await);
    let base = server.base.clone();
    let activities = format!("/api/municipalities/{MUNICIPALITY}/activities");

    // The demo's ice hockey school of Granvikens HK, its Dari title, and the skates it links to.
    let list = api(&server, &format!("{activities}?category=ice-sports&lang=sv")).await;
    let hockey = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"].as_str().is_some_and(|t| t.starts_with("Hockeyskola")))
        .expect("the demo's hockey school")["id"]
        .as_i64()
        .unwrap();
    let detail = api(&server, &format!("{activities}/{hockey}?lang=prs")).await;
    let hockey_title = detail["title"].as_str().expect("a title").to_owned();
    let skates = detail["equipment_items"]
        .as_array()
        .expect("the activity lists its equipment")
        .iter()
        .find(|i| i["category"] == "skates")
        .expect("skates among it")["id"]
        .as_i64()
        .unwrap();

    // Staff issue this year's card for a child of nine (born 2017 in 2026).
    let voucher_code = bare(&issued_card(&base, CHILD, 9).await);

    // 1. The start page, in Dari and right to left, on a phone that has never seen it.
    let phone = App { client: driver.browser("fa-AF,fa").await, base: base.clone() };
    phone.open("/").await;
    assert_eq!(
        phone.client.execute("return [innerWidth, screen.width];", vec![]).await.unwrap(),
        json!([360, 360]),
        "a phone 360 px wide"
    );
    assert_eq!(lang_and_dir(&phone.client).await, ("prs".into(), "rtl".into()));
    wait_until(&phone.client, "document.querySelector('.topic-list a')").await;
    // The service worker takes control now, so every page after this one is kept.
    wait_until(&phone.client, "navigator.serviceWorker && navigator.serviceWorker.controller").await;
    no_violations(&phone, "the start page").await;
    phone.fits_the_phone().await;

    // 2. The finder, from the start page: nine years old, paid in full by the fritidscheck.
    phone.press(".promo a[href='/activities']").await;
    wait_until(&phone.client, &started("location.pathname === '/activities' && document.querySelector('#f-age')"))
        .await;
    wait_until(&phone.client, "document.querySelector('.result-count')").await;
    let age = phone.client.find(Locator::Css("#f-age")).await.unwrap();
    age.select_by_value("9").await.unwrap();
    wait_until(&phone.client, "location.search.includes('age=9')").await;
    phone.press("#f-covered").await;
    wait_until(&phone.client, "location.search === '?age=9&covered=1'").await;
    let card = format!(".activity-card a[href='/activities/{hockey}']");
    wait_until(
        &phone.client,
        &format!(
            "(() => {{ const c = [...document.querySelectorAll('.activity-card')];
               return c.length > 0 && c.every(x => x.querySelector('.chip.good'))
                   && !!document.querySelector(\"{card}\"); }})()"
        ),
    )
    .await;
    find_text(&phone.client, &card, &hockey_title).await;
    find_text(&phone.client, &card, "Granvikens HK").await;
    let finder = phone.client.current_url().await.unwrap();
    let finder = format!("{}?{}", finder.path(), finder.query().unwrap_or_default());
    no_violations(&phone, "the finder").await;
    phone.fits_the_phone().await;

    // 3. The card's QR link: its balance, 500 kr.
    let voucher_page = format!("/activities/voucher#{voucher_code}");
    phone.open(&voucher_page).await;
    let balance = phone.client.wait().for_element(Locator::Css("#voucher-balance")).await.unwrap();
    let balance = balance.text().await.unwrap();
    assert!(balance.contains("۵۰۰") || balance.contains("500"), "the balance: {balance}");
    assert!(!phone.client.source().await.unwrap().contains(CHILD), "the page never names the child");
    // Next step: what the card pays in full for a nine-year-old, and the finder for all of it.
    wait_until(&phone.client, "document.querySelectorAll('#covered-activities a').length > 0").await;
    let all = phone.client.find(Locator::Css("a#covered-all")).await.expect("a way to all of them");
    assert_eq!(all.attr("href").await.unwrap().as_deref(), Some("/activities?age=9&covered=1"));
    no_violations(&phone, "the card's balance").await;
    phone.fits_the_phone().await;

    // 4. The hockey school's page.
    phone.open(&finder).await;
    phone.press(&card).await;
    phone.heading(&hockey_title).await;
    let activity_page = format!("/activities/{hockey}");
    wait_until(&phone.client, &format!("location.pathname === '{activity_page}'")).await;
    no_violations(&phone, "the hockey school").await;
    phone.fits_the_phone().await;

    // 5. Its equipment: the skates, one pair reserved in size 32.
    let skates_page = format!("/activities/sportotek/items/{skates}");
    let link = phone.client.wait().for_element(Locator::Css(&format!("a.equipment-link[href='{skates_page}']"))).await;
    let link = link.expect("the activity links to the skates");
    assert_eq!(link.attr("rel").await.unwrap().as_deref(), Some("external"));
    phone.tap(&link).await;
    wait_until(
        &phone.client,
        &format!("location.pathname === '{skates_page}' && !!document.querySelector('#reserve-size')"),
    )
    .await;
    let item_name = phone.text_of("main h1").await;
    no_violations(&phone, "the skates").await;
    phone.fits_the_phone().await;
    choose(&phone, "#reserve-size", "32").await;
    choose(&phone, "#reserve-day", "").await;
    phone.fill("#reserve-name", PARENT).await;
    phone.fill("#reserve-contact", "070-123 45 91").await;
    phone.press("#reserve-submit").await;
    let reservation_code = text_containing(&phone.client, ".reservation-code", "-").await;
    let reservation = bare(&reservation_code);
    assert_eq!(reservation.len(), 10, "a code to read aloud: {reservation_code}");
    let reservation_page = format!("/activities/sportotek/reservations#{reservation}");
    no_violations(&phone, "the reservation").await;
    phone.fits_the_phone().await;

    // 6. Back on the hockey school's page, "Get help signing up": the guides who help
    // with leisure in Dari. Farid, on his first Thursday, which the demo keeps open.
    let guide_list = format!("/activities/guides?topic={TOPIC}&language=prs");
    phone.open(&activity_page).await;
    let help = phone.client.wait().for_element(Locator::Css("a.guide-help-link")).await.expect("a way to a guide");
    assert_eq!(help.attr("href").await.unwrap().as_deref(), Some(guide_list.as_str()));
    phone.tap(&help).await;
    wait_until(&phone.client, &started("location.pathname === '/activities/guides'")).await;
    let farid = find_text(&phone.client, ".guide-card", "Farid").await;
    no_violations(&phone, "the guides").await;
    phone.fits_the_phone().await;
    phone.tap(&farid.find(Locator::Css("a")).await.unwrap()).await;
    wait_until(&phone.client, "!!document.querySelector('#booking-name')").await;
    let farids_page = phone.client.current_url().await.unwrap().path().to_owned();
    phone.heading("Farid").await;
    no_violations(&phone, "Farid's page").await;
    phone.fits_the_phone().await;
    let (thursday, _) = next_weekday(3, 1);
    phone.press(&format!(".open-day[data-day='{thursday}'] .time-choice")).await;
    let topic = phone.client.execute("return document.querySelector('#booking-topic').value;", vec![]).await.unwrap();
    assert_eq!(topic, json!(TOPIC), "the topic the list was filtered by");
    phone.fill("#booking-name", PARENT).await;
    phone.fill("#booking-contact", "070-123 45 91").await;
    phone.press("#booking-submit").await;
    let booking_code = text_containing(&phone.client, ".booking-code", "-").await;
    let booking = bare(&booking_code);
    assert_eq!(booking.len(), 10, "a code to read aloud: {booking_code}");
    wait_until(&phone.client, "location.pathname === '/activities/guides/bookings'").await;
    let bookings_page = format!("/activities/guides/bookings#{booking}");
    no_violations(&phone, "the booking").await;
    phone.fits_the_phone().await;

    // 7. "Mine", from the bottom bar: the card, the reservation and the booking.
    phone.press("nav.bottom-nav a[href='/activities/mine']").await;
    wait_until(
        &phone.client,
        &in_place("location.pathname === '/activities/mine' && !!document.querySelector('h1#mine-heading')"),
    )
    .await;
    lists(&phone, "#mine-vouchers", &voucher_code).await;
    lists(&phone, "#mine-reservations", &reservation).await;
    lists(&phone, "#mine-bookings", &booking).await;
    let here = phone.client.find(Locator::Css("nav.bottom-nav a[href='/activities/mine']")).await.unwrap();
    assert_eq!(here.attr("aria-current").await.unwrap().as_deref(), Some("page"));
    assert_eq!(lang_and_dir(&phone.client).await, ("prs".into(), "rtl".into()));
    // Right to left: the heading hugs the right edge, and the bar starts at the right.
    let (left, right, width) = text_edges(&phone, "h1#mine-heading").await;
    assert!(
        width - right < 40.0 && left > width - right,
        "the heading is not on the right ({left}–{right} of {width})"
    );
    let home = phone.client.find(Locator::Css("nav.bottom-nav a:first-child")).await.unwrap();
    assert_eq!(home.attr("href").await.unwrap().as_deref(), Some("/"), "the bar starts with the start page");
    let home = left_of(&phone, "nav.bottom-nav a:first-child").await;
    let end = left_of(&phone, "nav.bottom-nav a:last-child").await;
    assert!(home > end, "the bar's first link ({home}) is right of its last ({end})");
    no_violations(&phone, "Mine").await;
    phone.fits_the_phone().await;

    // 9. The move link, while the server is still there: the three codes and no name.
    phone.client.find(Locator::Css("section#mine-move svg.qr")).await.expect("a QR code to scan");
    let privacy = phone.client.find(Locator::Css("#mine-move-privacy")).await.expect("what the link carries");
    assert!(privacy.is_displayed().await.unwrap(), "the privacy note is shown");
    let move_link = phone.client.find(Locator::Css("a#mine-move-link")).await.unwrap();
    let move_link = move_link.attr("href").await.unwrap().expect("a link");
    assert!(move_link.starts_with(&format!("{base}/activities/mine#add=")), "{move_link}");
    for code in [format!("v{voucher_code}"), format!("r{reservation}"), format!("b{booking}")] {
        assert!(move_link.contains(&code), "{code} in {move_link}");
    }
    for name in [CHILD, "Farid", PARENT] {
        assert!(!move_link.to_lowercase().contains(&name.to_lowercase()), "{name} in {move_link}");
    }
    let (_, codes) = move_link.split_once("#add=").unwrap();
    assert!(codes.chars().all(|c| c.is_ascii_alphanumeric() || c == '.'), "codes and nothing else: {codes}");
    // A new phone, nothing stored, opens the link.
    let new_phone = App { client: driver.browser("prs").await, base: base.clone() };
    new_phone.client.goto(&move_link).await.unwrap();
    wait_until(&new_phone.client, &in_place("!!document.querySelector('h1#mine-heading')")).await;
    lists(&new_phone, "#mine-vouchers", &voucher_code).await;
    lists(&new_phone, "#mine-reservations", &reservation).await;
    lists(&new_phone, "#mine-bookings", &booking).await;
    wait_until(&new_phone.client, "document.querySelectorAll('li.mine-item[data-code]').length === 3").await;
    wait_until(&new_phone.client, "location.hash === ''").await;
    no_violations(&new_phone, "Mine on the new phone").await;
    new_phone.fits_the_phone().await;
    new_phone.close().await;

    // 8. The server goes away: "Mine" and every page seen before open again.
    server.stop().await;
    phone.client.refresh().await.unwrap();
    wait_until(&phone.client, "!!document.querySelector('h1#mine-heading')").await;
    lists(&phone, "#mine-vouchers", &voucher_code).await;
    lists(&phone, "#mine-reservations", &reservation).await;
    lists(&phone, "#mine-bookings", &booking).await;
    for (page, css, text) in [
        ("/", ".topic-list a", ""),
        (finder.as_str(), card.as_str(), hockey_title.as_str()),
        (voucher_page.as_str(), "#voucher-balance", balance.as_str()),
        (activity_page.as_str(), "main h1", hockey_title.as_str()),
        (skates_page.as_str(), "main h1", item_name.as_str()),
        (reservation_page.as_str(), ".reservation-code", reservation_code.as_str()),
        (guide_list.as_str(), ".guide-card", "Farid"),
        (farids_page.as_str(), "main h1", "Farid"),
        (bookings_page.as_str(), ".booking-code", booking_code.as_str()),
        ("/activities/mine", "h1#mine-heading", ""),
    ] {
        // From a blank page, so each is a load of its own through the service worker.
        phone.client.goto("about:blank").await.unwrap();
        phone.open(page).await;
        find_text(&phone.client, css, text).await;
        assert_eq!(lang_and_dir(&phone.client).await, ("prs".into(), "rtl".into()), "offline {page}");
    }
    phone.close().await;
}
