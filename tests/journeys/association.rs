//! An association leader keeps an activity current in the console, with a preview as a
//! family will see it, and a family sees the change in the finder.

use e2e::{find_text, pages::App, wait_until, Driver, Server};
use fantoccini::Locator;

async fn fill(app: &App, css: &str, text: &str) {
    let field = app.client.wait().for_element(Locator::Css(css)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

async fn tap(app: &App, css: &str) {
    app.tap(&app.client.wait().for_element(Locator::Css(css)).await.unwrap()).await;
}

#[tokio::test]
async fn an_association_leader_renames_an_activity_marks_it_full_and_a_family_sees_both_in_the_finder() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let leader = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    leader.client.goto(&format!("{}/staff", server.base)).await.unwrap();
    fill(&leader, "#email", "forening@granviken.example").await;
    fill(&leader, "#password", "valkommen-demo").await;
    tap(&leader, "form button[type=submit]").await;
    find_text(&leader.client, ".console-nav", "forening@granviken.example").await;

    tap(&leader, ".console-nav a[href='/staff/my-association']").await;
    find_text(&leader.client, ".topic-list a", "Granvikens IF").await;
    tap(&leader, ".topic-list a").await;
    tap(&leader, ".activity-rows li:first-child .row-head a").await;
    wait_until(&leader.client, "document.querySelector('#title') && document.querySelector('#title').value !== ''")
        .await;

    let title = "Fotboll 7–10 år, nu även på lördagar";
    fill(&leader, "#title", title).await;
    // The preview follows the typing, as a family will see the activity.
    find_text(&leader.client, ".activity-preview", title).await;
    tap(&leader, "form button[type=submit]").await;
    find_text(&leader.client, "[role=status]", "Sparat").await;
    tap(&leader, "form button[data-status='full']").await;
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
    tap(&leader, "a[href='/staff/apply']").await;
    fill(&leader, "#name", "Granvikens Boulesällskap").await;
    // A wrong check digit is caught on the phone, before anything is sent.
    fill(&leader, "#org-number", "802400-9997").await;
    fill(&leader, "#contact-name", "Ali Rahimi").await;
    fill(&leader, "#contact-email", "boule@granviken.example").await;
    tap(&leader, "form button[type=submit]").await;
    find_text(&leader.client, "form", "stämmer inte").await;
    fill(&leader, "#org-number", "802400-9998").await;
    tap(&leader, "form button[type=submit]").await;
    find_text(&leader.client, "[role=status]", "boule@granviken.example").await;

    let admin = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    admin.client.goto(&format!("{}/staff", server.base)).await.unwrap();
    fill(&admin, "#email", "admin@granviken.example").await;
    fill(&admin, "#password", "valkommen-demo").await;
    tap(&admin, "form button[type=submit]").await;
    find_text(&admin.client, ".console-nav", "admin@granviken.example").await;
    tap(&admin, ".console-nav a[href='/staff/associations']").await;
    let card = find_text(&admin.client, "li.card", "Granvikens Boulesällskap").await;
    admin.tap(&card.find(Locator::Css(".button-row button")).await.unwrap()).await;
    let link = find_text(&admin.client, "code.link", "/staff/invitation/").await.text().await.unwrap();

    leader.client.goto(link.trim()).await.unwrap();
    fill(&leader, "#new-password", "boule på torget varje tisdag").await;
    tap(&leader, "form button[type=submit]").await;
    find_text(&leader.client, ".console-nav", "boule@granviken.example").await;
    tap(&leader, ".console-nav a[href='/staff/my-association']").await;
    find_text(&leader.client, ".topic-list a", "Granvikens Boulesällskap").await;
    leader.close().await;
    admin.close().await;
}
