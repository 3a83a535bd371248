//! axe-core finds no serious or critical problem on any page, left to right or right to left.

use e2e::{accessibility_violations, pages::App, wait_until, Driver, Server};

#[tokio::test]
async fn every_page_passes_axe_in_swedish_and_arabic() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    for lang in ["sv", "ar"] {
        let app = App { client: driver.browser(lang).await, base: server.base.clone() };
        for (path, ready) in [
            ("/", ".topic-list a"),
            ("/topics/halsa", ".card a"),
            ("/articles/nodlage-112", ".feedback button"),
            ("/search?q=1177", ".result-count"),
            ("/about", "main h1"),
            ("/no-such-page", "main h1"),
            ("/activities", ".activity-card"),
            ("/activities/1", ".facts"),
            ("/activities/clubs/granvikens-if", ".activity-card"),
            // A demo card's QR link: the balance with one use.
            ("/activities/voucher#6A80NYFHH7S6ZS", "#voucher-uses li"),
            ("/activities/sportotek", ".item-card"),
            ("/activities/sportotek/items/1", "#reserve-size"),
            ("/activities/sportotek/reservations", "#lookup-code"),
        ] {
            app.open(path).await;
            wait_until(&app.client, &format!("document.querySelector('{ready}')")).await;
            let violations = accessibility_violations(&app.client).await;
            assert!(violations.is_empty(), "{lang} {path}: {violations:#?}");
        }
        app.close().await;
    }
}

#[tokio::test]
async fn the_sportoteks_staff_pages_pass_axe_in_swedish_and_arabic() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    for lang in ["sv", "ar"] {
        let app = App { client: driver.browser(lang).await, base: server.base.clone() };
        app.sign_in_to_console("sportotek@granviken.example").await;
        for (path, ready) in [
            ("/staff/sportotek", "#today-pickups"),
            ("/staff/sportotek/desk", "#loan-code"),
            ("/staff/sportotek/late", "#late-list"),
            ("/staff/sportotek/items", ".item-row"),
            ("/staff/sportotek/items/1", "#item-save"),
            ("/staff/sportotek/settings", ".opening-hours"),
            ("/staff/sportotek/stats", "#sportotek-totals"),
        ] {
            app.client.goto(&format!("{}{path}", server.base)).await.unwrap();
            wait_until(&app.client, &format!("document.querySelector('{ready}')")).await;
            let violations = accessibility_violations(&app.client).await;
            assert!(violations.is_empty(), "{lang} {path}: {violations:#?}");
        }
        app.close().await;
    }
}
