//! An existing account is offered a role: approving an association whose contact
//! already signs in grants nothing until the account's owner says yes.

use e2e::{accessibility_violations, find_text, pages::App, wait_until, Driver, Server};
use fantoccini::Locator;

#[tokio::test]
async fn a_guide_whose_club_is_approved_is_offered_the_role_and_accepts_it_after_signing_in() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let guide = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    guide.client.goto(&format!("{}/staff/apply", server.base)).await.unwrap();
    guide.fill("#name", "Granvikens Schackklubb").await;
    guide.fill("#org-number", "802400-9998").await;
    guide.fill("#contact-name", "Sara Lind").await;
    guide.fill("#contact-email", "guide@granviken.example").await;
    guide.press("form button[type=submit]").await;
    find_text(&guide.client, "[role=status]", "guide@granviken.example").await;

    let admin = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    admin.sign_in_to_console("admin@granviken.example").await;
    admin.press(".console-nav a[href='/staff/associations']").await;
    let card = find_text(&admin.client, "li.card", "Granvikens Schackklubb").await;
    admin.tap(&card.find(Locator::Css(".button-row button")).await.unwrap()).await;
    // Worded for both a new and an existing account, so it tells the admin neither.
    let notice = find_text(&admin.client, "[role=status]", "eget lösenord").await;
    let link = notice.find(Locator::Css("code.link")).await.unwrap().text().await.unwrap();
    admin.close().await;

    // The link asks an existing account for its own password and never changes it.
    guide.client.goto(link.trim()).await.unwrap();
    wait_until(&guide.client, "document.querySelector('#link-password') && location.hash === ''").await;
    guide.fill("#link-password", "inte guidens lösenord").await;
    guide.press("form button[type=submit]").await;
    find_text(&guide.client, "[role=alert]", "stämmer inte med ditt konto").await;

    // Signing in as usual shows the offer; the role comes only with the yes.
    guide.sign_in_to_console("guide@granviken.example").await;
    let offer = find_text(&guide.client, ".offers li.card", "Granvikens Schackklubb").await;
    let text = offer.text().await.unwrap();
    assert!(text.contains("Granviken erbjuder dig rollen Förening"), "the offer says who offers what: {text}");
    let nav = guide.text_of(".console-nav").await;
    assert!(!nav.contains("Min förening"), "nothing is granted before the answer: {nav}");
    guide.tap(&offer.find(Locator::Css(".button-row button")).await.unwrap()).await;
    find_text(&guide.client, "[role=status]", "rollen är din nu").await;
    wait_until(&guide.client, "!document.querySelector('.offers')").await;

    guide.press(".console-nav a[href='/staff/my-association']").await;
    find_text(&guide.client, ".topic-list a", "Granvikens Schackklubb").await;
    guide.close().await;
}

#[tokio::test]
async fn a_guide_invited_by_a_second_municipality_accepts_in_arabic_and_neither_admin_can_reset_the_account() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    server.create_admin("admin@bstad.example", "bstad", "Bstad").await;
    let bstad = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    bstad.sign_in_to_console("admin@bstad.example").await;
    bstad.press(".console-nav a[href='/staff/people']").await;
    bstad.fill("#invite-email", "guide@granviken.example").await;
    bstad.tap(&find_text(&bstad.client, "form label.check", "Flyktingguide").await).await;
    bstad.press("form button[type=submit]").await;
    // The same answer as for a new address: Bstad learns nothing about Granviken's people.
    find_text(&bstad.client, "[role=status]", "eget lösenord").await;

    let guide = App { client: driver.browser("ar").await, base: server.base.clone() };
    guide.sign_in_to_console("guide@granviken.example").await;
    let offer = find_text(&guide.client, ".offers li.card", "Bstad").await;
    let violations = accessibility_violations(&guide.client).await;
    assert!(violations.is_empty(), "an offer in Arabic: {violations:#?}");
    guide.tap(&offer.find(Locator::Css(".button-row button")).await.unwrap()).await;
    find_text(&guide.client, "[role=status]", "الدور لك الآن").await;
    wait_until(&guide.client, "!document.querySelector('.offers')").await;
    guide.close().await;

    // Each admin sees the guide's roles in their own municipality only, and changes
    // them; the password and the account belong to neither alone.
    bstad.client.refresh().await.unwrap();
    let card = find_text(&bstad.client, "li.card", "guide@granviken.example").await;
    let text = card.text().await.unwrap();
    assert!(text.contains("arbetar också någon annanstans"), "Bstad is told why: {text}");
    assert!(!text.contains("Länk för nytt lösenord") && !text.contains("Inaktivera"), "Bstad cannot reset: {text}");
    bstad.close().await;
    let granviken = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    granviken.sign_in_to_console("admin@granviken.example").await;
    granviken.press(".console-nav a[href='/staff/people']").await;
    let card = find_text(&granviken.client, "li.card", "guide@granviken.example").await;
    let text = card.text().await.unwrap();
    assert!(text.contains("arbetar också någon annanstans"), "Granviken is told why: {text}");
    assert!(!text.contains("Länk för nytt lösenord"), "Granviken cannot reset: {text}");
    let sportotek = find_text(&granviken.client, "li.card", "sportotek@granviken.example").await;
    assert!(
        sportotek.text().await.unwrap().contains("Länk för nytt lösenord"),
        "a Granviken-only account can be reset"
    );
    granviken.close().await;
}
