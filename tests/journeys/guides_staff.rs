//! Refugee guides in the console, end to end at a phone's size: a volunteer applies
//! without an account; a coordinator approves and hands over the one-time link; the new
//! guide sets a password, writes a profile, offers Thursdays and blocks a day; a
//! newcomer books through the public API; the guide confirms; the coordinator sees the
//! booking in the week's overview. Every guide and coordinator page passes axe in
//! Swedish and in Dari.

use e2e::{accessibility_violations, find_text, pages::App, text_containing, wait_until, Driver, Server};
use fantoccini::Locator;
use serde_json::{json, Value};

const VOLUNTEER: &str = "farida.volontar@example.org";

/// Sets a field's value as typing would, for the date and time fields whose typing
/// differs between browsers; the app listens for `input`.
async fn set_value(app: &App, css: &str, value: &str) {
    let script = format!(
        "const f = document.querySelector({css:?}); if (!f) return false;
         f.value = {value:?};
         f.dispatchEvent(new Event('input', {{bubbles: true}}));
         f.dispatchEvent(new Event('change', {{bubbles: true}}));
         return f.value === {value:?};"
    );
    wait_until(&app.client, &format!("document.querySelector({css:?})")).await;
    assert_eq!(app.client.execute(&script, vec![]).await.unwrap(), Value::Bool(true), "{css} takes {value}");
}

/// Ticks a checkbox unless it is ticked already.
async fn tick(app: &App, css: &str) {
    let script = format!("const b = document.querySelector({css:?}); if (!b.checked) b.click(); return b.checked;");
    wait_until(&app.client, &format!("document.querySelector({css:?})")).await;
    assert_eq!(app.client.execute(&script, vec![]).await.unwrap(), Value::Bool(true), "{css} is ticked");
}

async fn no_violations(app: &App, page: &str) {
    let violations = accessibility_violations(&app.client).await;
    assert!(violations.is_empty(), "{page}: {violations:#?}");
}

/// Opens each console page, waits for what shows it has loaded, and runs axe; in
/// Swedish, then in Dari, right to left.
async fn axe_on(app: &App, base: &str, pages: &[(&str, &str)]) {
    for lang in ["sv", "prs"] {
        for (path, ready) in pages {
            app.client.goto(&format!("{base}{path}")).await.unwrap();
            wait_until(
                &app.client,
                &format!("document.querySelector({ready:?}) && !document.querySelector('.loading')"),
            )
            .await;
            if app.client.execute("return document.documentElement.lang;", vec![]).await.unwrap() != lang {
                app.choose_language(lang).await;
            }
            app.fits_the_phone().await;
            no_violations(app, &format!("{lang} {path}")).await;
        }
    }
    app.choose_language("sv").await;
}

/// The next Thursday two to eight days ahead by the browser's clock, the one after, and
/// the fifth: the first and last day of a season and a day to block in it.
async fn thursdays(app: &App) -> [String; 3] {
    let script = "const d = new Date(); d.setDate(d.getDate() + 2);
        while (d.getDay() !== 4) d.setDate(d.getDate() + 1);
        const iso = x => x.getFullYear() + '-' + String(x.getMonth() + 1).padStart(2, '0') + '-' + String(x.getDate()).padStart(2, '0');
        const later = weeks => { const x = new Date(d); x.setDate(d.getDate() + 7 * weeks); return iso(x); };
        return [iso(d), later(1), later(4)];";
    let days = app.client.execute(script, vec![]).await.unwrap();
    [0, 1, 2].map(|i| days[i].as_str().unwrap().to_owned())
}

/// The volunteer's application, through the public form.
async fn apply(app: &App) {
    app.client.goto(&format!("{}/staff", app.base)).await.unwrap();
    app.press("a[href='/staff/guides/apply']").await;
    app.fill("#first-name", "Farida").await;
    app.fill("#email", VOLUNTEER).await;
    // Nothing ticked yet: the form says what is missing before anything is sent.
    app.press("#guide-apply-send").await;
    find_text(&app.client, "#languages .field-error", "").await;
    for box_ in ["input[name='spoken-sv']", "input[name='spoken-prs']", "input[name='topic-letters-and-forms']"] {
        tick(app, box_).await;
    }
    app.fill("#motivation", "Jag kom hit själv för tio år sedan och vill hjälpa till med breven.").await;
    no_violations(app, "the application form").await;
    app.press("#guide-apply-send").await;
    find_text(&app.client, "#guide-apply-thanks", VOLUNTEER).await;
}

/// The coordinator approves the volunteer's application: the one-time link to hand over.
async fn approve(coordinator: &App) -> String {
    coordinator.press(".console-nav a[href='/staff/guides']").await;
    coordinator.press(".sportotek-tabs a[href='/staff/guides/applications']").await;
    let card = find_text(&coordinator.client, "li.application-row", "Farida").await;
    coordinator.tap(&card.find(Locator::Css(".application-approve")).await.unwrap()).await;
    let link = find_text(&coordinator.client, "li.application-row code.link", "/staff/invitation#").await;
    link.text().await.unwrap().trim().to_owned()
}

/// Through the link the volunteer chooses a password, is signed in as a guide, and
/// writes a profile.
async fn become_guide(volunteer: &App, link: &str) {
    volunteer.client.goto(link).await.unwrap();
    wait_until(&volunteer.client, "document.querySelector('#link-password') && location.hash === ''").await;
    volunteer.fill("#link-password", "torsdagar på biblioteket").await;
    volunteer.press("form button[type=submit]").await;
    find_text(&volunteer.client, ".console-nav", VOLUNTEER).await;
    volunteer.press(".console-nav a[href='/staff/guide']").await;
    volunteer.press(".sportotek-tabs a[href='/staff/guide/profile']").await;
    wait_until(&volunteer.client, "document.querySelector('#guide-profile')").await;
    volunteer.fill("#first-name", "Farida").await;
    for box_ in ["spoken-sv", "spoken-prs", "topic-letters-and-forms", "topic-practise-swedish"] {
        tick(volunteer, &format!("input[name='{box_}']")).await;
    }
    volunteer.fill("#per-week", "3").await;
    volunteer.fill("#about-sv", "Jag har bott i Granviken i tio år och läser gärna brev med dig.").await;
    volunteer.fill("#about-prs", "ده سال است که در گرانویکن زندگی می‌کنم.").await;
    volunteer.press("#guide-profile-save").await;
    find_text(&volunteer.client, "#guide-profile [role=status]", "Sparat").await;
}

/// Every Thursday at the library for five weeks, the second one blocked; answers the
/// first and the blocked Thursday.
async fn offer_thursdays(guide: &App) -> (String, String) {
    let [first, blocked, last] = thursdays(guide).await;
    guide.press(".sportotek-tabs a[href='/staff/guide/times']").await;
    guide.press("#slot-add").await;
    set_value(guide, "#slot-weekday", "thu").await;
    set_value(guide, "#slot-from", &first).await;
    // A season that ends before it starts is caught before anything is sent.
    set_value(guide, "#slot-until", "2020-01-01").await;
    guide.press("#slot-save").await;
    find_text(&guide.client, "#slot-form .field-error", "").await;
    set_value(guide, "#slot-until", &last).await;
    set_value(guide, "#slot-start", "17:00").await;
    guide.fill("#slot-place", "Stadsbiblioteket, Storgatan 3").await;
    tick(guide, "#slot-form input[name='topic-letters-and-forms']").await;
    guide.press("#slot-save").await;
    find_text(&guide.client, ".slot-card", "Stadsbiblioteket").await;
    set_value(guide, "#blocked-day", &blocked).await;
    guide.press("#blocked-add").await;
    wait_until(&guide.client, &format!("document.querySelector(\".blocked-day[data-day='{blocked}']\")")).await;
    (first, blocked)
}

async fn get(server: &Server, path: &str) -> Value {
    reqwest::get(format!("{}{path}", server.base)).await.unwrap().json().await.unwrap()
}

/// A newcomer who reads Dari finds the guide and books the first Thursday through the
/// public API; the blocked one is not offered.
async fn book_first_thursday(server: &Server, first: &str, blocked: &str) {
    let guides =
        get(server, "/api/municipalities/granviken/guides?lang=prs&language=prs&topic=letters-and-forms").await;
    let farida =
        guides.as_array().unwrap().iter().find(|g| g["first_name"] == "Farida").expect("the new guide is listed");
    let profile = get(server, &format!("/api/municipalities/granviken/guides/{}?lang=prs", farida["id"])).await;
    let open = profile["open"].as_array().unwrap();
    assert_eq!(open[0]["day"], first, "the first Thursday is open");
    assert!(open.iter().all(|t| t["day"] != blocked), "the blocked Thursday is not offered");
    let booking = json!({
        "slot_id": open[0]["slot_id"], "day": first, "first_name": "Zahra", "contact": "070-123 45 67",
        "topic": "letters-and-forms", "note": "Ett brev från Skatteverket", "idempotency_key": "guides-journey-0001",
        "lang": "prs",
    });
    let url = format!("{}/api/municipalities/granviken/guides/bookings", server.base);
    let answer = reqwest::Client::new().post(url).json(&booking).send().await.unwrap();
    assert_eq!(answer.status(), 201, "{:?}", answer.text().await);
}

/// Moving the time, or blocking its day, would leave the newcomer without the meeting:
/// both are refused, naming it, so the guide knows which booking to cancel first.
async fn moving_a_booked_meeting_is_refused(guide: &App, first: &str) {
    guide.press(".sportotek-tabs a[href='/staff/guide/times']").await;
    guide.press(".slot-card .slot-change").await;
    set_value(guide, "#slot-start", "18:00").await;
    guide.press("#slot-save").await;
    find_text(&guide.client, "#slot-form .booked-in-the-way li", "17:00").await;
    guide.press("#slot-form .button-row button.secondary").await;
    set_value(guide, "#blocked-day", first).await;
    guide.press("#blocked-add").await;
    find_text(&guide.client, ".booked-in-the-way li", "17:00").await;
    let blocked = format!("document.querySelector(\".blocked-day[data-day='{first}']\")");
    wait_until(&guide.client, &format!("!{blocked}")).await;
}

#[tokio::test]
async fn a_volunteer_applies_is_approved_offers_thursdays_confirms_a_booking_and_the_coordinator_sees_the_week() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let volunteer = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    apply(&volunteer).await;
    let coordinator = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    coordinator.sign_in_to_console("samordnare@granviken.example").await;
    let link = approve(&coordinator).await;
    become_guide(&volunteer, &link).await;
    let guide = volunteer;
    let (first, blocked) = offer_thursdays(&guide).await;
    book_first_thursday(&server, &first, &blocked).await;

    // The guide sees who booked, how to reach them and what they read, and confirms.
    guide.press(".sportotek-tabs a[href='/staff/guide']").await;
    let waiting = find_text(&guide.client, "#bookings-waiting .booking-card", "Zahra").await;
    let text = waiting.text().await.unwrap();
    assert!(text.contains("070-123 45 67") && text.contains("Skatteverket") && text.contains("dari"), "{text}");
    guide.tap(&waiting.find(Locator::Css(".booking-confirm")).await.unwrap()).await;
    find_text(&guide.client, "#bookings-confirmed .booking-card", "Zahra").await;
    moving_a_booked_meeting_is_refused(&guide, &first).await;
    let guide_pages = [
        ("/staff/guide", "#bookings-confirmed"),
        ("/staff/guide/times", "#slot-list"),
        ("/staff/guide/profile", "#guide-profile"),
        ("/staff/guide/calendar", "#feed-make"),
    ];
    axe_on(&guide, &server.base, &guide_pages).await;

    // The coordinator finds it in that Thursday's week.
    coordinator.press(".sportotek-tabs a[href='/staff/guides/week']").await;
    set_value(&coordinator, "#week-day", &first).await;
    let row = text_containing(&coordinator.client, "#week-guides tr", "Farida").await;
    assert!(row.contains('1'), "one confirmed: {row}");
    find_text(&coordinator.client, ".week-booking[data-state='confirmed']", "Zahra").await;
    let coordinator_pages = [
        ("/staff/guides", "#guide-list"),
        ("/staff/guides/week", "#week-title"),
        ("/staff/guides/applications", "#application-list"),
        ("/staff/guides/demand", "main h1"),
        ("/staff/guides/stats", "main h1"),
        ("/staff/guides/apply", "#guide-apply"),
    ];
    axe_on(&coordinator, &server.base, &coordinator_pages).await;
    guide.close().await;
    coordinator.close().await;
}
