//! An association leader keeps an activity current in the console, with a preview as a
//! family will see it, and a family sees the change in the finder.

use e2e::{find_text, pages::App, text_containing, wait_until, Driver, Server};
use fantoccini::Locator;

#[tokio::test]
async fn an_association_leader_renames_an_activity_marks_it_full_and_a_family_sees_both_in_the_finder() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let leader = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    leader.sign_in_to_console("forening@granviken.example").await;

    leader.press(".console-nav a[href='/staff/my-association']").await;
    find_text(&leader.client, ".topic-list a", "Granvikens IF").await;
    leader.press(".topic-list a").await;
    leader.press(".activity-rows li:first-child .row-head a").await;
    wait_until(&leader.client, "document.querySelector('#title') && document.querySelector('#title').value !== ''")
        .await;

    let title = "Fotboll 7–10 år, nu även på lördagar";
    leader.fill("#title", title).await;
    // The preview follows the typing, as a family will see the activity.
    find_text(&leader.client, ".activity-preview", title).await;
    leader.press("form button[type=submit]").await;
    find_text(&leader.client, "[role=status]", "Sparat").await;
    leader.press("form button[data-status='full']").await;
    find_text(&leader.client, "form .status-row", "Fullt").await;

    let family = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    family.open("/activities?category=football").await;
    let card = find_text(&family.client, ".activity-card", title).await;
    let text = card.text().await.unwrap();
    assert!(text.contains("Fullt just nu"), "the finder shows the activity is full: {text}");
    leader.close().await;
    family.close().await;
}

#[tokio::test]
async fn a_new_association_applies_an_admin_approves_it_and_its_leader_signs_in_with_the_link() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let leader = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    leader.client.goto(&format!("{}/staff", server.base)).await.unwrap();
    leader.press("a[href='/staff/apply']").await;
    leader.fill("#name", "Granvikens Boulesällskap").await;
    // A wrong check digit is caught on the phone, before anything is sent.
    leader.fill("#org-number", "802400-9997").await;
    leader.fill("#contact-name", "Ali Rahimi").await;
    leader.fill("#contact-email", "boule@granviken.example").await;
    leader.press("form button[type=submit]").await;
    find_text(&leader.client, "form", "stämmer inte").await;
    leader.fill("#org-number", "802400-9998").await;
    leader.press("form button[type=submit]").await;
    find_text(&leader.client, "[role=status]", "boule@granviken.example").await;

    let admin = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    admin.sign_in_to_console("admin@granviken.example").await;
    admin.press(".console-nav a[href='/staff/associations']").await;
    let card = find_text(&admin.client, "li.card", "Granvikens Boulesällskap").await;
    admin.tap(&card.find(Locator::Css(".button-row button")).await.unwrap()).await;
    // The token travels after `#`, so it never reaches a server's log.
    let link = text_containing(&admin.client, "code.link", "/staff/invitation#").await;

    leader.client.goto(link.trim()).await.unwrap();
    // Read, the token leaves the address bar.
    wait_until(&leader.client, "document.querySelector('#link-password') && location.hash === ''").await;
    leader.fill("#link-password", "boule på torget varje tisdag").await;
    leader.press("form button[type=submit]").await;
    find_text(&leader.client, ".console-nav", "boule@granviken.example").await;
    leader.press(".console-nav a[href='/staff/my-association']").await;
    find_text(&leader.client, ".topic-list a", "Granvikens Boulesällskap").await;
    leader.close().await;
    admin.close().await;
}
