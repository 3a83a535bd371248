//! The association leaders' own bundle at `/club/`: a leader at the training ground
//! takes a card without signal, reloads, and sees the receipt once the signal is back,
//! with the card charged exactly once, and a payment the card cannot cover is refused
//! with its reason; every page passes axe in Ukrainian and Arabic.

use e2e::{
    accessibility_violations, find_text, lang_and_dir,
    pages::App,
    shown_message_ids,
    staff::{Staff, DEMO_PASSWORD},
    wait_until, Driver, Server,
};
use fantoccini::Locator;
use serde_json::{json, Value};

/// Amira's demo card: 500 kr, unused (README).
const CARD: &str = "CKRJ-X9C8-QVDN-8D";
const LEADER: &str = "forening@granviken.example";

async fn sign_in_to_club(app: &App, email: &str) {
    app.client.goto(&format!("{}/club", app.base)).await.unwrap();
    app.fill("#email", email).await;
    app.fill("#password", DEMO_PASSWORD).await;
    app.press("form button[type=submit]").await;
}

/// What is left on the card, as a guardian's phone asks.
async fn balance(base: &str) -> i64 {
    let response =
        reqwest::Client::new().post(format!("{base}/api/vouchers/balance")).json(&json!({ "code": CARD })).send().await;
    response.unwrap().json::<Value>().await.unwrap()["balance_ore"].as_i64().unwrap()
}

#[tokio::test]
async fn a_leader_in_ukrainian_takes_a_card_without_signal_and_it_is_paid_once_when_the_signal_returns() {
    let (mut server, driver) = (Server::start().await, Driver::start().await);
    assert_eq!(balance(&server.base).await, 50_000);
    let leader = App { client: driver.browser("uk-UA,uk").await, base: server.base.clone() };
    sign_in_to_club(&leader, LEADER).await;
    leader.client.wait().for_element(Locator::Css("#redeem-code")).await.unwrap();
    assert_eq!(lang_and_dir(&leader.client).await, ("uk".into(), "ltr".into()));
    assert_eq!(
        leader.client.current_url().await.unwrap().path(),
        "/club/",
        "the bare name leads into the worker's scope"
    );
    // Installable as its own app, and held by its own worker before the signal goes.
    let manifest: Value =
        reqwest::get(format!("{}/club/manifest.webmanifest", server.base)).await.unwrap().json().await.unwrap();
    assert_eq!((manifest["start_url"].as_str(), manifest["scope"].as_str()), (Some("/club/"), Some("/club/")));
    wait_until(
        &leader.client,
        "navigator.serviceWorker.controller && navigator.serviceWorker.controller.scriptURL.endsWith('/club/sw.js')",
    )
    .await;
    // This browser reads no QR codes: the page says how to type the code instead.
    find_text(&leader.client, "#scan-missing", "QR").await;
    // The association's activities are kept for a payment typed without signal.
    wait_until(&leader.client, "Object.keys(localStorage).some(k => k.startsWith('club:activities:'))").await;

    // The signal goes. The code cannot be checked; the payment is taken all the same.
    server.stop().await;
    leader.fill("#redeem-code", &CARD.to_lowercase()).await;
    leader.press("#redeem-check").await;
    find_text(&leader.client, "#club-unchecked", "Немає зв'язку").await;
    leader.fill("#redeem-amount", "100").await;
    leader.press("#redeem-confirm").await;
    find_text(&leader.client, "#waiting", CARD).await;
    find_text(&leader.client, "#waiting-heading", "Чекає на зв'язок").await;
    leader.fits_the_phone().await;

    // A reload without signal: the page opens from the phone, and the payment still waits.
    leader.client.refresh().await.unwrap();
    find_text(&leader.client, "#waiting", CARD).await;
    let kept = leader.client.execute("return localStorage.getItem('club:redemptions');", vec![]).await.unwrap();
    assert!(kept.as_str().is_some_and(|k| k.contains("idempotency_key")), "kept with its key: {kept}");
    // The office is a bundle of its own, not downloaded ahead: never opened on this phone,
    // it says that it needs the signal, and leads back to the desk, where the payment
    // still waits.
    leader.press(".console-nav a[href='/club/account']").await;
    find_text(&leader.client, "main h1", "Відкриється, коли буде зв'язок").await;
    leader.press("main a[href='/club/']").await;
    find_text(&leader.client, "#waiting", CARD).await;

    // The signal is back: the phone sends it by itself and shows the receipt.
    server.restart().await;
    find_text(&leader.client, "#receipt-amount", "100").await;
    find_text(&leader.client, "#receipt-left", "400").await;
    wait_until(&leader.client, "!document.querySelector('#waiting')").await;
    assert_eq!(balance(&server.base).await, 40_000, "the card went down by 100 kr");

    // Exactly once: one redemption of the card, whatever was sent.
    let staff = Staff::sign_in(&server.base, LEADER, DEMO_PASSWORD).await;
    let (_, mine) = staff.send(reqwest::Method::GET, "/api/staff/associations", None).await;
    let id = mine[0]["id"].as_i64().unwrap();
    let (_, account) = staff.send(reqwest::Method::GET, &format!("/api/staff/associations/{id}/vouchers"), None).await;
    let uses = account["redemptions"].as_array().unwrap().iter().filter(|r| r["code"] == CARD).count();
    assert_eq!(uses, 1, "{account}");

    // Seen: the receipt goes, and the desk is ready for the next child.
    leader.press("#redeem-next").await;
    wait_until(&leader.client, "!document.querySelector('#receipt') && document.querySelector('#redeem-code')").await;

    // More than is left, typed without signal: refused with its reason once the signal
    // is back, and nothing is taken.
    server.stop().await;
    leader.fill("#redeem-code", CARD).await;
    leader.press("#redeem-check").await;
    find_text(&leader.client, "#club-unchecked", "Немає зв'язку").await;
    leader.fill("#redeem-amount", "1000").await;
    leader.press("#redeem-confirm").await;
    find_text(&leader.client, "#waiting", CARD).await;
    server.restart().await;
    find_text(&leader.client, "#refused-reason", "не залишилося стільки").await;
    assert_eq!(balance(&server.base).await, 40_000, "nothing taken");
    leader.press("#refused-seen").await;
    wait_until(&leader.client, "!document.querySelector('#refused') && !document.querySelector('#waiting')").await;
    leader.close().await;
}

#[tokio::test]
async fn every_club_page_passes_axe_in_ukrainian_and_arabic_and_the_console_offers_it() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    for (language, dir) in [("uk", "ltr"), ("ar", "rtl")] {
        let leader = App { client: driver.browser(language).await, base: server.base.clone() };
        leader.client.goto(&format!("{}/club/", server.base)).await.unwrap();
        leader.client.wait().for_element(Locator::Css("#email")).await.unwrap();
        assert_eq!(lang_and_dir(&leader.client).await, (language.into(), dir.into()));
        no_serious_violations(&leader, language, "sign-in").await;
        sign_in_to_club(&leader, LEADER).await;
        leader.client.wait().for_element(Locator::Css("#redeem-code")).await.unwrap();
        no_serious_violations(&leader, language, "redeem").await;
        // The office's pages are a bundle of their own, with the console's texts.
        leader.press(".console-nav a[href='/club/account']").await;
        leader.client.wait().for_element(Locator::Css("#open-amount")).await.unwrap();
        no_serious_violations(&leader, language, "account").await;
        leader.press(".console-nav a[href='/club/activities']").await;
        leader.client.wait().for_element(Locator::Css(".activity-rows [data-status]")).await.unwrap();
        no_serious_violations(&leader, language, "activities").await;
        leader.press(".console-nav a[href='/club/']").await;
        leader.client.wait().for_element(Locator::Css("#redeem-code")).await.unwrap();
        leader.fits_the_phone().await;
        leader.close().await;
    }

    // One tap pauses an activity, and opens it again.
    let leader = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    sign_in_to_club(&leader, LEADER).await;
    leader.client.wait().for_element(Locator::Css("#redeem-code")).await.unwrap();
    leader.press(".console-nav a[href='/club/activities']").await;
    // Found and tapped in one step: after a tap the list is read again and drawn anew,
    // so a button found a moment earlier may be gone.
    let tap = |status: &str| {
        format!("(() => {{ const b = document.querySelector('.activity-rows li:first-child [data-status={status}]'); if (b) b.click(); return !!b; }})()")
    };
    wait_until(&leader.client, &tap("paused")).await;
    wait_until(&leader.client, &tap("open")).await;
    leader.client.wait().for_element(Locator::Css(".activity-rows li:first-child [data-status=paused]")).await.unwrap();

    // The console offers the association's leader the light page; the light page leads
    // back, and tells an account without an association where it belongs.
    // The same session: no second sign-in.
    leader.client.goto(&format!("{}/staff", server.base)).await.unwrap();
    let offer = find_text(&leader.client, "#club-offer", "").await;
    let link = offer.find(Locator::Css("a")).await.unwrap().attr("href").await.unwrap();
    assert_eq!(link.as_deref(), Some("/club/"));
    leader.close().await;
    let admin = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    sign_in_to_club(&admin, "admin@granviken.example").await;
    find_text(&admin.client, "#club-not-association", "förening").await;
    admin.close().await;
}

/// No axe violation, and no message id shown for want of its text: each of the club's
/// bundles fetches its own files only (`club.ftl` for the desk, `console.ftl` too for
/// the office).
async fn no_serious_violations(app: &App, language: &str, page: &str) {
    let violations = accessibility_violations(&app.client).await;
    assert!(violations.is_empty(), "{language} {page}: {violations:#?}");
    let ids = shown_message_ids(&app.client).await;
    assert!(ids.is_empty(), "{language} {page} shows message ids for want of their texts: {ids:?}");
}
