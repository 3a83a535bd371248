//! The fritidscheck from end to end: staff import children from a CSV file, a guardian
//! in Ukrainian checks the balance, an association leader redeems 200 kr by typing the
//! code, the guardian sees 300 kr left, and staff settle and export. A guardian in Arabic
//! checks two cards on the page the server sent, which the app makes work without
//! drawing it again.

use e2e::{
    find_text, lang_and_dir,
    pages::{App, APP_WAITING},
    wait_until, Driver, Server,
};
use fantoccini::Locator;

/// Sets a date field as a date picker would: the value, then the events.
async fn set_date(app: &App, css: &str, day: &str) {
    let script = format!(
        "const f = document.querySelector(\"{css}\"); f.value = '{day}';
         f.dispatchEvent(new Event('input', {{bubbles: true}})); f.dispatchEvent(new Event('change', {{bubbles: true}}));"
    );
    app.client.execute(&script, vec![]).await.unwrap();
}

/// The file behind a download link, fetched with the page's own session.
async fn download(app: &App, css: &str) -> String {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         fetch(document.querySelector(\"{css}\").href).then(r => r.text()).then(done, e => done('failed: ' + e));"
    );
    app.client.execute_async(&script, vec![]).await.unwrap().as_str().unwrap().to_owned()
}

/// The browser's date `days` from today, as `YYYY-MM-DD`.
async fn day(app: &App, days: i64) -> String {
    let script =
        format!("const d = new Date(); d.setDate(d.getDate() + {days}); return d.toLocaleDateString('sv-SE');");
    app.client.execute(&script, vec![]).await.unwrap().as_str().unwrap().to_owned()
}

#[tokio::test]
async fn staff_import_a_guardian_checks_a_club_redeems_and_staff_settle_and_export() {
    let (server, driver) = (Server::start().await, Driver::start().await);

    // Staff import two children; a row without a name is refused and nothing imported
    // until they choose to skip it.
    let admin = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    admin.sign_in_to_console("admin@granviken.example").await;
    admin.press(".console-nav a[href='/staff/vouchers']").await;
    let year = day(&admin, 0).await[..4].parse::<i32>().unwrap();
    let csv = format!("förnamn;födelseår;vårdnadshavare\nOksana;{};\n;{};\nTaras;{};\n", year - 9, year - 8, year - 12);
    admin.fill("#import-text", &csv).await;
    admin.fits_the_phone().await;
    admin.press("#import-submit").await;
    // The row without a name (line 3) is listed with its reason.
    find_text(&admin.client, "#import-report tr.rejected-row", "3").await;
    let oksana =
        "[...document.querySelectorAll('#voucher-list tr[data-voucher]')].some(r => r.textContent.includes('Oksana'))";
    wait_until(&admin.client, &format!("!({oksana})")).await;
    admin.press("#import-skip").await;
    admin.press("#import-submit").await;
    let row = find_text(&admin.client, "#voucher-list tr[data-voucher]", "Oksana").await;
    let code = row.find(Locator::Css(".voucher-code")).await.unwrap().text().await.unwrap();
    assert_eq!(code.len(), 17, "a code in groups of four: {code}");

    // Cards to print: each with its code, a QR code and the explanation in five languages.
    admin.press("#cards-link").await;
    let card = find_text(&admin.client, "article.voucher-card", &code).await;
    assert!(card.find(Locator::Css("svg path")).await.is_ok(), "a QR code on the card");
    let languages = card.find_all(Locator::Css(".card-explanations li")).await.unwrap().len();
    assert_eq!(languages, 5);
    admin.client.back().await.unwrap();

    // A guardian in Ukrainian types the code from the card.
    let guardian = App { client: driver.browser("uk-UA,uk").await, base: server.base.clone() };
    guardian.open("/activities/voucher").await;
    wait_until(&guardian.client, "document.documentElement.lang === 'uk'").await;
    guardian.fill("#voucher-code", &code.to_lowercase()).await;
    guardian.press("#voucher-check").await;
    find_text(&guardian.client, "#voucher-balance", "500").await;
    guardian.fits_the_phone().await;

    // The club's leader redeems 200 kr by typing the code.
    let leader = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    leader.sign_in_to_console("forening@granviken.example").await;
    leader.press(".console-nav a[href='/staff/redeem']").await;
    // A typing mistake is caught on the phone.
    let mut typo = code.clone().into_bytes();
    typo[0] = if typo[0] == b'7' { b'8' } else { b'7' };
    leader.fill("#redeem-code", &String::from_utf8(typo).unwrap()).await;
    find_text(&leader.client, "form", "stämmer inte").await;
    leader.fill("#redeem-code", &code).await;
    leader.press("#redeem-check").await;
    find_text(&leader.client, "#redeem-first-name", "Oksana").await;
    find_text(&leader.client, "#redeem-balance", "500").await;
    leader.fill("#redeem-amount", "200").await;
    leader.press("#redeem-confirm").await;
    find_text(&leader.client, "#receipt", "300").await;
    leader.fits_the_phone().await;

    // The guardian checks again and sees what is left and where the money went.
    guardian.press("#voucher-check").await;
    find_text(&guardian.client, "#voucher-balance", "300").await;
    find_text(&guardian.client, "#voucher-uses", "Granvikens IF").await;

    // Staff settle today's redemptions with the club and export the settlement.
    admin.press(".console-nav a[href='/staff/settlements']").await;
    let club = find_text(&admin.client, "#settle-association option", "Granvikens IF").await;
    club.click().await.unwrap();
    // A day either side: the browser's clock runs on UTC, the server's on Swedish time.
    set_date(&admin, "#settle-from", &day(&admin, -1).await).await;
    set_date(&admin, "#settle-until", &day(&admin, 1).await).await;
    admin.fits_the_phone().await;
    admin.press("#settle-preview").await;
    find_text(&admin.client, ".settlement-preview .settlement-lines", &code).await;
    admin.press("#settle-close").await;
    find_text(&admin.client, "#settlement-list", "Granvikens IF").await;
    // The closed settlement opens with its files.
    find_text(&admin.client, "#settlement-detail", &code).await;
    let csv = download(&admin, "#export-csv").await;
    assert!(csv.contains(&code) && csv.contains("200,00"), "the CSV has the line: {csv}");
    let sie = download(&admin, "#export-sie").await;
    assert!(sie.starts_with("#FLAGGA 0") && sie.contains("#TRANS 4900 {} 200.00"), "an SIE 4 file: {sie}");
    admin.press("#mark-paid").await;
    find_text(&admin.client, "#settlement-list", "Betald").await;

    for app in [admin, guardian, leader] {
        app.close().await;
    }
}

#[tokio::test]
async fn a_leader_in_dari_redeems_right_to_left_and_the_voucher_pages_pass_axe() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let leader = App { client: driver.browser("prs").await, base: server.base.clone() };
    leader.sign_in_to_console("forening@granviken.example").await;
    assert_eq!(e2e::lang_and_dir(&leader.client).await, ("prs".into(), "rtl".into()));
    leader.press(".console-nav a[href='/staff/redeem']").await;
    // Amira's demo card, typed with Dari digits where the card has digits.
    leader.fill("#redeem-code", "CKRJ-X۹C۸-QVDN-۸D").await;
    leader.press("#redeem-check").await;
    find_text(&leader.client, "#redeem-first-name", "Amira").await;
    no_serious_violations(&leader, "redeem").await;
    leader.fill("#redeem-amount", "150,50").await;
    leader.press("#redeem-confirm").await;
    // 349.50 kr left, in the digits Dari's number format uses.
    let left = leader.client.wait().for_element(Locator::Css("#receipt-left")).await.unwrap().text().await.unwrap();
    assert!(left.contains("۳۴۹") || left.contains("349"), "what is left: {left}");
    no_serious_violations(&leader, "receipt").await;
    leader.fits_the_phone().await;

    let admin = App { client: driver.browser("ar").await, base: server.base.clone() };
    admin.sign_in_to_console("admin@granviken.example").await;
    for (path, ready) in [
        ("/staff/vouchers", "#voucher-list tr[data-voucher]"),
        ("/staff/vouchers/cards", "article.voucher-card svg"),
        ("/staff/vouchers/stats", "#stats-by-age"),
        ("/staff/settlements", "#settle-association option"),
    ] {
        admin.client.goto(&format!("{}{path}", server.base)).await.unwrap();
        wait_until(&admin.client, &format!("document.querySelector('{ready}')")).await;
        no_serious_violations(&admin, path).await;
        admin.fits_the_phone().await;
    }
    leader.close().await;
    admin.close().await;
}

async fn no_serious_violations(app: &App, page: &str) {
    let violations = e2e::accessibility_violations(&app.client).await;
    assert!(violations.is_empty(), "{page}: {violations:#?}");
}

/// The balance page is whole (`ui::waiting`): the server writes its form, unseen until
/// the app makes it work, and the app draws only the balances. A guardian in Arabic is
/// told a short code is not one, types Amira's card with Arabic-Indic digits, then opens
/// another card's QR link on the same page; the server's heading and field stay the nodes
/// they were.
#[tokio::test]
async fn a_guardian_in_arabic_checks_two_cards_on_the_page_the_server_sent() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let guardian = App { client: driver.browser("ar").await, base: server.base.clone() };
    guardian.open("/activities/voucher").await;
    wait_until(&guardian.client, APP_WAITING).await;
    assert_eq!(lang_and_dir(&guardian.client).await, ("ar".into(), "rtl".into()));
    let mark = "document.querySelector('main h1').valkommenSent = true; \
                document.querySelector('#voucher-code').valkommenSent = true;";
    guardian.client.execute(mark, vec![]).await.unwrap();
    // The form works, so it shows: its button no longer disabled.
    let works = "return [document.querySelector('#voucher-form').classList.contains('app-only'), \
                 document.querySelector('#voucher-check').disabled];";
    assert_eq!(guardian.client.execute(works, vec![]).await.unwrap(), serde_json::json!([false, false]));

    // Too short to be a code: said so in the field's own words, and nothing asked.
    guardian.fill("#voucher-code", "CKRJ").await;
    guardian.press("#voucher-check").await;
    wait_until(&guardian.client, "document.querySelector('#voucher-error').textContent.trim().length > 0").await;
    let invalid =
        guardian.client.execute("return document.querySelector('#voucher-code').getAttribute('aria-invalid');", vec![]);
    assert_eq!(invalid.await.unwrap().as_str(), Some("true"));
    assert!(guardian.client.find(Locator::Css("#voucher-balance")).await.is_err(), "no balance for a short code");

    // Amira's card typed with an Arabic keyboard's digits: shown as the card prints them.
    guardian.fill("#voucher-code", "ckrj-x٩c٨-qvdn-٨d").await;
    let typed = guardian.client.execute("return document.querySelector('#voucher-code').value;", vec![]);
    assert_eq!(typed.await.unwrap().as_str(), Some("ckrj-x9c8-qvdn-8d"));
    guardian.press("#voucher-check").await;
    find_text(&guardian.client, "#voucher-heading", "CKRJ").await;
    wait_until(&guardian.client, "document.querySelector('#voucher-error').textContent.trim() === ''").await;
    let left = guardian.text_of("#voucher-balance").await;
    assert!(left.chars().any(|c| c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c)), "{left}");
    no_serious_violations(&guardian, "a balance on the server's page").await;
    guardian.fits_the_phone().await;

    // Another card's QR link opened on the same page: that card, in the field and below.
    guardian.client.execute("location.hash = '6A80NYFHH7S6ZS';", vec![]).await.unwrap();
    find_text(&guardian.client, "#voucher-heading", "6A80").await;
    let field = guardian.client.execute("return document.querySelector('#voucher-code').value;", vec![]);
    assert_eq!(field.await.unwrap().as_str(), Some("6A80-NYFH-H7S6-ZS"));
    assert_eq!(guardian.client.find_all(Locator::Css("section.voucher")).await.unwrap().len(), 1, "one card shown");

    let same = "return [!!document.querySelector('main h1').valkommenSent, \
                !!document.querySelector('#voucher-code').valkommenSent, document.documentElement.dataset.app, \
                performance.getEntriesByName('valkommen-took-over').length];";
    let waited = serde_json::json!([true, true, "waiting", 0]);
    assert_eq!(guardian.client.execute(same, vec![]).await.unwrap(), waited, "the server's page, made to work");
    guardian.close().await;
}
