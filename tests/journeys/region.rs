//! The county's shared articles (issue 18): a region-wide admin writes one in Swedish and
//! translates it into Arabic once; readers of both demo municipalities find it in Arabic
//! on the start page and by search; Granviken replaces it with its own text, and only
//! Granviken's readers see the change. A family in Granviken includes the neighbouring
//! municipality in the finder and opens one of its activities. The county's admin then
//! reads the region's figures in Arabic: the two readers' Arabic reads are there.

use e2e::{accessibility_violations, find_text, pages::App, wait_until, Driver, Server};
use fantoccini::Locator;

const SLUG: &str = "migrationsverkets-mottagning";
const ARABIC_TITLE: &str = "مصلحة الهجرة في المقاطعة";
const COUNTY_TITLE: &str = "Migrationsverket i Demo län";
const OWN_TITLE: &str = "Migrationsverket – Granvikens mottagning hjälper dig";

async fn to_articles(app: &App) {
    app.press(".console-nav a[href='/staff/articles']").await;
    wait_until(&app.client, &format!("document.querySelector(\".article-row[data-slug='{SLUG}']\")")).await;
}

/// Saves the open editor's version with a new title (and, when given, summary and body).
async fn save_version(app: &App, title: &str, text: Option<(&str, &str)>) {
    app.fill("#title", title).await;
    if let Some((summary, body)) = text {
        app.fill("#summary", summary).await;
        app.fill("#body", body).await;
    }
    app.press("form button[type=submit]").await;
    find_text(&app.client, "[role=status]", "Sparat").await;
}

#[tokio::test]
async fn a_county_article_is_written_once_read_in_arabic_in_both_municipalities_and_replaced_in_one() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    server.create_region_admin("lan@demo.example").await;

    // 1. The county's admin writes the article in Swedish and translates it into Arabic.
    let county = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    county.sign_in_to_console("lan@demo.example").await;
    wait_until(&county.client, "document.querySelector(\".municipality-picker option[value='region']\")").await;
    let picker = county.client.find(Locator::Css(".municipality-picker select")).await.unwrap();
    picker.select_by_value("region").await.unwrap();
    county.press(".console-nav a[href='/staff/articles']").await;
    find_text(&county.client, ".hint", "alla länets kommuner").await;
    county.fits_the_phone().await;
    let topic = county.client.wait().for_element(Locator::Css("#new-topic")).await.unwrap();
    wait_until(&county.client, "document.querySelector(\"#new-topic option[value='lanet']\")").await;
    topic.select_by_value("lanet").await.unwrap();
    county.fill("#new-slug", SLUG).await;
    county.fill("#new-title", COUNTY_TITLE).await;
    county.fill("#new-summary", "Så når du Migrationsverket från länets kommuner.").await;
    county.press("form.stack button[type=submit]").await;
    // Created: the Swedish text opens in the editor; the translation is on the list.
    wait_until(&county.client, &format!("location.pathname === '/staff/articles/{SLUG}/sv'")).await;
    to_articles(&county).await;
    // The page settles (the new article form's topics arrive) before the thumb taps.
    wait_until(&county.client, "document.querySelector(\"#new-topic option[value='lanet']\")").await;

    county.press(&format!(".article-row[data-slug='{SLUG}'] button")).await;
    find_text(&county.client, &format!(".article-row[data-slug='{SLUG}'] .chip"), "Publicerad").await;
    county.press(&format!(".article-row[data-slug='{SLUG}'] a[data-lang='ar']")).await;
    wait_until(&county.client, &format!("location.pathname === '/staff/articles/{SLUG}/ar'")).await;
    let arabic = Some(("كيف تصل إلى مصلحة الهجرة من بلديات المقاطعة.", "اتصل بمصلحة الهجرة على الرقم 0771-235 235."));
    save_version(&county, ARABIC_TITLE, arabic).await;
    county.close().await;

    // 2. A reader in each municipality finds it in Arabic on the start page and by search.
    for municipality in ["granviken", "norrsjo"] {
        let reader = App { client: driver.browser("ar").await, base: server.base.clone() };
        reader.open(&format!("/?municipality={municipality}")).await;
        reader.open_topic("في المقاطعة").await;
        find_text(&reader.client, ".card-note.shared", "Demo län").await;
        reader.search("الهجرة").await;
        assert!(
            reader.result_titles().await.iter().any(|t| t == ARABIC_TITLE),
            "{municipality}: found by search in Arabic"
        );
        reader.open_article(ARABIC_TITLE).await;
        find_text(&reader.client, ".shared-note", "Demo län").await;
        reader.close().await;
    }

    // 3. Granviken makes its own version and publishes it; only its readers see it.
    let admin = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    admin.sign_in_to_console("admin@granviken.example").await;
    admin.press(".console-nav a[href='/staff/articles']").await;
    let shared = format!(".shared-articles [data-shared='{SLUG}']");
    find_text(&admin.client, &format!("{shared} .chip"), "Visas").await;
    let violations = accessibility_violations(&admin.client).await;
    assert!(violations.is_empty(), "the articles with the county's: {violations:#?}");
    admin.press(&format!("{shared} button + button")).await;
    admin.press(&format!("{shared} a")).await;
    save_version(&admin, OWN_TITLE, None).await;
    to_articles(&admin).await;
    admin.press(&format!(".article-row[data-slug='{SLUG}'] button")).await;
    find_text(&admin.client, &format!(".article-row[data-slug='{SLUG}'] .chip"), "Publicerad").await;
    admin.press(".console-nav a[href='/staff/topics']").await;
    admin.press(".console-nav a[href='/staff/articles']").await;
    find_text(&admin.client, &format!("{shared} .chip"), "Er egen version visas").await;
    admin.close().await;

    let granviken = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    granviken.open(&format!("/articles/{SLUG}?municipality=granviken")).await;
    granviken.heading(OWN_TITLE).await;
    assert!(granviken.client.find(Locator::Css(".shared-note")).await.is_err(), "Granviken's own text");
    granviken.close().await;
    let norrsjo = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    norrsjo.open(&format!("/articles/{SLUG}?municipality=norrsjo")).await;
    norrsjo.heading(COUNTY_TITLE).await;
    find_text(&norrsjo.client, ".shared-note", "Demo län").await;
    norrsjo.close().await;

    // 4. The finder with the neighbours: Norrsjö's activities, named as Norrsjö's.
    let family = App { client: driver.browser("sv-SE,sv").await, base: server.base.clone() };
    family.open("/activities?age=9").await;
    family.press("#f-neighbours").await;
    wait_until(&family.client, "location.search.includes('neighbours=1')").await;
    let card = find_text(&family.client, ".activity-card", "Norrsjö IK").await;
    let note = card.find(Locator::Css(".neighbour")).await.expect("marked as the neighbour's").text().await.unwrap();
    assert!(note.contains("I Norrsjö") && note.contains("Fritidscheck från Norrsjö gäller"), "{note}");
    family.tap(&card.find(Locator::Css("a")).await.unwrap()).await;
    wait_until(&family.client, "location.search === '?in=norrsjo'").await;
    find_text(&family.client, ".facts", "Norrsjö").await;
    family.fits_the_phone().await;
    family.close().await;

    // 5. The county's figures, right to left.
    county_figures_in_arabic(&driver, &server).await;
}

/// The county's figures, right to left: each municipality's Arabic reads from step 2
/// in the table, a chart, the CSV of the year, no axe violation, the phone's width.
async fn county_figures_in_arabic(driver: &Driver, server: &Server) {
    let county = App { client: driver.browser("ar").await, base: server.base.clone() };
    county.sign_in_to_console("lan@demo.example").await;
    county.press(".console-nav a[href='/staff/region/figures']").await;
    let reads = "#figures-table-articles-read";
    let arabic_column = format!(
        "[...document.querySelectorAll('{reads} thead th')].findIndex(th => th.textContent.trim() === 'العربية')"
    );
    wait_until(&county.client, &format!("document.querySelector('{reads}') && {arabic_column} > 0")).await;
    for municipality in ["Granviken", "Norrsjö"] {
        let script = format!(
            "const row = [...document.querySelectorAll('{reads} tbody tr')].find(r => r.cells[0].textContent === arguments[0]);
             return row ? Number(row.cells[{arabic_column}].textContent) : -1"
        );
        let arabic_reads = county.client.execute(&script, vec![municipality.into()]).await.unwrap();
        assert!(arabic_reads.as_i64().unwrap_or(-1) >= 1, "{municipality}: {arabic_reads}");
    }
    assert_eq!(county.client.execute("return document.dir", vec![]).await.unwrap(), "rtl");
    wait_until(&county.client, "document.querySelector('.month-chart svg rect')").await;
    let csv = county.client.find(Locator::Css("#figures-csv")).await.unwrap().attr("href").await.unwrap();
    assert!(csv.is_some_and(|href| href.starts_with("/api/staff/region/figures.csv?year=")));
    let violations = accessibility_violations(&county.client).await;
    assert!(violations.is_empty(), "the county's figures in Arabic: {violations:#?}");
    county.fits_the_phone().await;
    county.close().await;
}
