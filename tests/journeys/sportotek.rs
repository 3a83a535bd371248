//! The Sportotek from end to end: a guardian whose browser speaks Arabic finds child
//! skates in size 32 from the ice hockey activity and reserves them; a second family,
//! on the page at the same time, is refused the only other pair for that day; Sportotek
//! staff lend the skates and take them back damaged; and the reservation shows again on
//! the phone with the server gone.

use e2e::{
    accessibility_violations, find_text,
    pages::{App, APP_WAITING},
    text_containing, wait_until, Driver, Server,
};
use serde_json::Value;

async fn api(server: &Server, path: &str) -> Value {
    reqwest::get(format!("{}{path}", server.base)).await.unwrap().json().await.unwrap()
}

/// Picks the option of `select` whose text contains `text`, as a person would.
async fn choose(app: &App, select: &str, text: &str) {
    let script = format!(
        "const s = document.querySelector({select:?});
         const o = [...s.options].find(o => !o.disabled && o.value && o.textContent.includes({text:?}));
         if (!o) return false;
         s.value = o.value;
         s.dispatchEvent(new Event('input', {{bubbles: true}}));
         s.dispatchEvent(new Event('change', {{bubbles: true}}));
         return true;"
    );
    wait_until(&app.client, &format!("document.querySelector({select:?})?.options.length > 1")).await;
    let chosen = app.client.execute(&script, vec![]).await.unwrap();
    assert_eq!(chosen, Value::Bool(true), "{select} offers {text:?}");
}

/// The value of a form field.
async fn value_of(app: &App, css: &str) -> String {
    let script = format!("return document.querySelector({css:?}).value;");
    app.client.execute(&script, vec![]).await.unwrap().as_str().unwrap().to_owned()
}

async fn no_violations(app: &App, page: &str) {
    let violations = accessibility_violations(&app.client).await;
    assert!(violations.is_empty(), "{page}: {violations:#?}");
}

#[tokio::test]
async fn an_arabic_guardian_reserves_skates_from_the_hockey_activity_and_staff_lend_and_take_them_back_damaged() {
    let (mut server, driver) = (Server::start().await, Driver::start().await);

    // The ice hockey activity and the skates it links to, as the demo has them.
    let list = api(&server, "/api/municipalities/granviken/activities?category=ice-sports&lang=sv").await;
    let hockey = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"].as_str().is_some_and(|t| t.starts_with("Hockeyskola")))
        .expect("the demo's hockey school")["id"]
        .as_i64()
        .unwrap();
    let detail = api(&server, &format!("/api/municipalities/granviken/activities/{hockey}?lang=ar")).await;
    let skates = detail["equipment_items"]
        .as_array()
        .expect("the activity lists its equipment")
        .iter()
        .find(|i| i["category"] == "skates")
        .expect("skates among it")["id"]
        .as_i64()
        .unwrap();

    // A second family opens the same skates first, in Swedish.
    let other = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    other.open(&format!("/activities/sportotek/items/{skates}")).await;
    choose(&other, "#reserve-size", "32").await;

    // The guardian in Arabic: the activity page, its equipment, the skates.
    let family = App { client: driver.browser("ar").await, base: server.base.clone() };
    family.open(&format!("/activities/{hockey}")).await;
    wait_until(&family.client, "document.documentElement.dir === 'rtl'").await;
    family.press(&format!(".equipment-link[href='/activities/sportotek/items/{skates}']")).await;
    wait_until(&family.client, "!!document.querySelector('#reserve-size')").await;
    no_violations(&family, "the item page in Arabic").await;
    choose(&family, "#reserve-size", "32").await;
    wait_until(&family.client, "document.querySelector('#reserve-day')?.options.length > 1").await;
    let script = "const s = document.querySelector('#reserve-day');
        const o = [...s.options].find(o => o.value);
        s.value = o.value; s.dispatchEvent(new Event('change', {bubbles: true})); return o.value;";
    let day = family.client.execute(script, vec![]).await.unwrap().as_str().unwrap().to_owned();
    family.fill("#reserve-name", "أمل").await;
    family.fill("#reserve-contact", "070-123 45 99").await;
    family.press("#reserve-submit").await;
    let code = text_containing(&family.client, ".reservation-code", "-").await;
    assert_eq!(code.chars().filter(char::is_ascii_alphanumeric).count(), 10, "a code to read aloud: {code}");
    no_violations(&family, "the reservation in Arabic").await;

    // The other family asks for the same size on the same day: the only other pair is
    // lent, and this one is promised now.
    // Still offered on this page, loaded before the skates were promised.
    let script = format!(
        "const s = document.querySelector('#reserve-day'); s.value = {day:?};
         s.dispatchEvent(new Event('change', {{bubbles: true}})); return s.value;"
    );
    assert_eq!(other.client.execute(&script, vec![]).await.unwrap(), Value::String(day.clone()));
    assert_eq!(value_of(&other, "#reserve-day").await, day);
    other.fill("#reserve-name", "Sara").await;
    other.fill("#reserve-contact", "070-123 45 98").await;
    other.press("#reserve-submit").await;
    find_text(&other.client, "[role=alert]", "redan utlånad eller bokad").await;
    no_violations(&other, "the refusal in Swedish").await;
    other.close().await;

    // Sportotek staff, whose browser speaks Arabic, find the reservation by its code and
    // lend the skates.
    let staff = App { client: driver.browser("ar").await, base: server.base.clone() };
    staff.sign_in_to_console("sportotek@granviken.example").await;
    staff.client.goto(&format!("{}/staff/sportotek/desk", server.base)).await.unwrap();
    wait_until(&staff.client, "!!document.querySelector('#loan-code')").await;
    staff.fill("#loan-code", &code.to_lowercase().replace('-', " ")).await;
    staff.press("#loan-find-code").await;
    let card = find_text(&staff.client, ".loan-card", "32").await;
    no_violations(&staff, "the loan desk in Arabic").await;
    assert_eq!(e2e::lang_and_dir(&staff.client).await.1, "rtl");
    staff.tap(&card.find(fantoccini::Locator::Css(".loan-checkout")).await.unwrap()).await;
    staff.press("#checkout-confirm").await;
    find_text(&staff.client, "#sportotek-done", "").await;
    wait_until(&staff.client, "!!document.querySelector(\".loan-card[data-state='lent'] .loan-checkin\")").await;

    // Later they come back with a broken blade.
    staff.press(".loan-card[data-state='lent'] .loan-checkin").await;
    staff.press("#checkin-damaged").await;
    staff.fill("#checkin-note", "Ett skär har lossnat").await;
    staff.press("#checkin-confirm").await;
    find_text(&staff.client, "#sportotek-done", "").await;
    no_violations(&staff, "after the check-in").await;
    let item = api(&server, &format!("/api/municipalities/granviken/sportotek/items/{skates}?lang=sv")).await;
    let size = item["sizes"].as_array().unwrap().iter().find(|s| s["label"] == "32").unwrap().clone();
    assert_eq!(size["copies"], 1, "the damaged pair is out of service: {size}");
    staff.close().await;

    // The phone remembers the reservation: with the server gone it still shows.
    family.open("/activities/sportotek/reservations").await;
    find_text(&family.client, ".reservation-code", &code).await;
    server.stop().await;
    family.client.goto("about:blank").await.unwrap();
    family.open("/activities/sportotek/reservations").await;
    find_text(&family.client, ".reservation-code", &code).await;
    let (lang, dir) = e2e::lang_and_dir(&family.client).await;
    assert_eq!((lang.as_str(), dir.as_str()), ("ar", "rtl"));
    family.close().await;
}

/// Where an element's text starts and ends, and the phone's width.
async fn edges(app: &App, css: &str) -> (f64, f64, f64) {
    let script = format!(
        "const range = document.createRange(); range.selectNodeContents(document.querySelector({css:?}));
         const r = range.getBoundingClientRect(); return [r.left, r.right, screen.width];"
    );
    let v = app.client.execute(&script, vec![]).await.unwrap();
    (v[0].as_f64().unwrap(), v[1].as_f64().unwrap(), v[2].as_f64().unwrap())
}

#[tokio::test]
async fn a_dari_reader_gets_the_sportotek_right_to_left_and_no_page_is_wider_than_the_phone() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let app = App { client: driver.browser("fa-AF,fa").await, base: server.base.clone() };
    for (path, ready, start_edge) in [
        ("/activities/sportotek", ".item-card", ".back-link"),
        ("/activities/sportotek/items/1", "#reserve-size", ".back-link"),
        ("/activities/sportotek/reservations", "#lookup-code", "main h1"),
    ] {
        app.open(path).await;
        wait_until(&app.client, &format!("document.querySelector('{ready}')")).await;
        assert_eq!(e2e::lang_and_dir(&app.client).await, ("prs".into(), "rtl".into()), "{path}");
        // Right to left, a line starts at the right: the back link and the heading sit
        // against the right edge, not the left.
        let (left, right, width) = edges(&app, start_edge).await;
        assert!(width - right < left, "{path}: {start_edge} is not on the right ({left}–{right} of {width})");
        app.fits_the_phone().await;
        no_violations(&app, path).await;
        assert_eq!(e2e::shown_message_ids(&app.client).await, Vec::<String>::new(), "{path}: texts its bundle lacks");
    }
    // The demo's 25 things are more than a page: the server lists them all when asked by
    // its link for more, and the page opens at the first thing after the first 20. The
    // app waits on both pages.
    app.open("/activities/sportotek").await;
    wait_until(&app.client, &format!("document.querySelectorAll('.item-card').length === 20 && {APP_WAITING}")).await;
    app.press("a.more").await;
    wait_until(
        &app.client,
        &format!(
            "document.querySelectorAll('.item-card').length === 25 && !document.querySelector('.more') \
             && location.hash === '#more' && document.querySelector('.item-card:nth-child(21)').id === 'more' \
             && {APP_WAITING}"
        ),
    )
    .await;
    app.fits_the_phone().await;
    no_violations(&app, "/activities/sportotek?shown=40").await;
    // A reservation sent empty: every problem is told in Dari, none by its id.
    app.open("/activities/sportotek/items/1").await;
    app.press("#reserve-submit").await;
    wait_until(&app.client, "document.querySelector('[aria-invalid=true]')").await;
    assert_eq!(e2e::shown_message_ids(&app.client).await, Vec::<String>::new(), "the form's problems");
    app.close().await;
}
