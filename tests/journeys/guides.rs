//! The refugee guides from a newcomer's side, end to end: a reader whose browser speaks
//! Dari finds a Dari-speaking guide for letters and forms, books Thursday's time, gets
//! the code and sees it waiting; a second newcomer, on the guide's page at the same
//! time, is refused the same time in Swedish; the guide signs in to the console and
//! confirms, another guide does not see the booking, and the reader's bookings show it
//! confirmed, with a calendar file read back. The list, the guide's page and the bookings pass axe
//! in Swedish and in Dari.

use e2e::{
    accessibility_violations, find_text,
    pages::{started, App},
    staff::{day_after, guide_with_slots, next_weekday, weekly_slot, MUNICIPALITY},
    text_containing, wait_until, Driver, Server,
};
use fantoccini::Locator;
use serde_json::{json, Value};

async fn no_violations(app: &App, page: &str) {
    let violations = accessibility_violations(&app.client).await;
    assert!(violations.is_empty(), "{page}: {violations:#?}");
}

/// Chooses `value` in the select `css`, as a person picking from the list does.
async fn choose(app: &App, css: &str, value: &str) {
    let script = format!(
        "const s = document.querySelector({css:?});
         s.value = {value:?};
         s.dispatchEvent(new Event('change', {{bubbles: true}}));
         return s.value === {value:?};"
    );
    wait_until(&app.client, &format!("document.querySelector({css:?})")).await;
    assert_eq!(app.client.execute(&script, vec![]).await.unwrap(), Value::Bool(true), "{css} offers {value}");
}

async fn value_of(app: &App, css: &str) -> String {
    let script = format!("return document.querySelector({css:?}).value;");
    app.client.execute(&script, vec![]).await.unwrap().as_str().unwrap().to_owned()
}

fn profile(first_name: &str, languages: &[&str], about: Value) -> Value {
    json!({ "first_name": first_name, "languages": languages, "topics": ["letters-and-forms", "practise-swedish"],
        "about": about, "per_week": 5 })
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one journey, read from top to bottom")]
async fn a_dari_reader_books_a_guide_for_a_letter_the_guide_confirms_and_a_second_newcomer_is_refused_the_time() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let base = server.base.clone();

    // Two guides, each offering a weekly hour at the library; only Mahtab speaks Dari.
    let (thursday, ahead) = next_weekday(3, 2);
    let until = day_after(ahead + 28).0;
    let topics = ["letters-and-forms", "practise-swedish"];
    let about = json!({ "prs": "من سال‌هاست در گرانویکن زندگی می‌کنم و در خواندن نامه‌ها کمک می‌کنم.",
        "sv": "Jag har bott i Granviken länge och hjälper gärna till med brev." });
    let library = "Stadsbiblioteket, Storgatan 3";
    guide_with_slots(
        &base,
        "mahtab.guide@example.org",
        profile("Mahtab", &["prs", "sv"], about),
        &[weekly_slot("thu", &thursday, &until, "17:00", "library", library, &topics)],
    )
    .await;
    let (tuesday, ahead) = next_weekday(1, 2);
    let layla = guide_with_slots(
        &base,
        "layla.guide@example.org",
        profile("Layla", &["ar", "sv"], json!({ "sv": "Jag läser brev med dig." })),
        &[weekly_slot("tue", &tuesday, &day_after(ahead + 28).0, "10:00", "cafe", "Kafé Linden", &topics)],
    )
    .await;
    let listed: Value = reqwest::get(format!("{base}/api/municipalities/{MUNICIPALITY}/guides?lang=sv&language=prs"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = listed.as_array().unwrap().iter().find(|g| g["first_name"] == "Mahtab").expect("Mahtab is listed")["id"]
        .as_i64()
        .unwrap();
    let thursdays_time = format!(".open-day[data-day='{thursday}'] .time-choice");

    // A second newcomer, in Swedish, has Mahtab's page open and chooses Thursday too.
    let other = App { client: driver.browser("sv-SE,sv").await, base: base.clone() };
    other.open(&format!("/activities/guides/{id}")).await;
    other.press(&thursdays_time).await;
    no_violations(&other, "the guide's page in Swedish").await;

    // The Dari reader: the list starts with guides who speak the reader's language.
    let reader = App { client: driver.browser("fa-AF,fa").await, base: base.clone() };
    reader.open("/activities").await;
    reader.press("a.guides-link").await;
    wait_until(
        &reader.client,
        &started("location.pathname === '/activities/guides' && !!document.querySelector('#g-topic')"),
    )
    .await;
    assert_eq!(e2e::lang_and_dir(&reader.client).await, ("prs".into(), "rtl".into()));
    assert_eq!(value_of(&reader, "#g-language").await, "prs");
    choose(&reader, "#g-topic", "letters-and-forms").await;
    wait_until(&reader.client, "location.search.includes('topic=letters-and-forms')").await;
    // The list drawn for the topic, not the one before it (its cards link on with the topic).
    wait_until(&reader.client, "!!document.querySelector(\".guide-card a[href$='?topic=letters-and-forms']\")").await;
    let card = find_text(&reader.client, ".guide-card", "Mahtab").await;
    let others = "[...document.querySelectorAll('.guide-card')].some(c => c.textContent.includes('Layla'))";
    assert_eq!(reader.client.execute(&format!("return {others};"), vec![]).await.unwrap(), Value::Bool(false));
    no_violations(&reader, "the guide list in Dari").await;

    reader.tap(&card.find(Locator::Css("a")).await.unwrap()).await;
    wait_until(&reader.client, "!!document.querySelector('#booking-name')").await;
    find_text(&reader.client, ".meeting-place", library).await;
    no_violations(&reader, "the guide's page in Dari").await;
    reader.press(&thursdays_time).await;
    assert_eq!(value_of(&reader, "#booking-topic").await, "letters-and-forms", "the topic the list was filtered by");
    reader.fill("#booking-name", "حامد").await;
    reader.fill("#booking-contact", "۰۷۰-۱۲۳ ۴۵ ۶۷").await;
    reader.fill("#booking-note", "یک نامه از Migrationsverket").await;
    reader.press("#booking-submit").await;
    let code = text_containing(&reader.client, ".booking-code", "-").await;
    assert_eq!(code.chars().filter(char::is_ascii_alphanumeric).count(), 10, "a code to read aloud: {code}");
    find_text(&reader.client, ".booking-state", "منتظر جواب رهنما").await;
    no_violations(&reader, "the bookings in Dari").await;

    // The second newcomer books the time they chose: it is gone.
    other.fill("#booking-name", "Sara").await;
    other.fill("#booking-contact", "sara@example.se").await;
    choose(&other, "#booking-topic", "practise-swedish").await;
    other.press("#booking-submit").await;
    find_text(&other.client, "[role=alert]", "Tiden är inte längre ledig").await;
    no_violations(&other, "the refusal in Swedish").await;
    other.open("/activities/guides?language=prs").await;
    find_text(&other.client, ".guide-card", "Mahtab").await;
    no_violations(&other, "the guide list in Swedish").await;
    other.open("/activities/guides/bookings").await;
    wait_until(&other.client, "!!document.querySelector('#lookup-code')").await;
    no_violations(&other, "the bookings in Swedish").await;
    other.close().await;

    // Mahtab signs in to the console and confirms the waiting booking.
    let guide = App { client: driver.browser("sv-SE,sv").await, base: base.clone() };
    guide.client.goto(&format!("{base}/staff")).await.unwrap();
    guide.fill("#email", "mahtab.guide@example.org").await;
    guide.fill("#password", "a guide's own password").await;
    guide.press("form button[type=submit]").await;
    find_text(&guide.client, ".console-nav", "mahtab.guide@example.org").await;
    guide.client.goto(&format!("{base}/staff/guide")).await.unwrap();
    let waiting = find_text(&guide.client, "#bookings-waiting .booking-card", "حامد").await;
    let text = waiting.text().await.unwrap();
    assert!(
        text.contains("Migrationsverket") && text.contains("070-123 45 67"),
        "the note, and the contact in digits that dial: {text}"
    );
    guide.tap(&waiting.find(Locator::Css(".booking-confirm")).await.unwrap()).await;
    find_text(&guide.client, "#bookings-confirmed .booking-card", "حامد").await;
    guide.close().await;
    // Another guide of the municipality never sees it.
    let (status, theirs) = layla
        .send(reqwest::Method::GET, &format!("/api/staff/municipalities/{MUNICIPALITY}/guide/bookings"), None)
        .await;
    assert_eq!(status, 200);
    assert!(!theirs.to_string().contains("حامد"), "{theirs}");

    // The reader's bookings ask again once the answer kept on the phone is no longer fresh.
    tokio::time::sleep(std::time::Duration::from_secs(6)).await;
    reader.open("/activities/guides/bookings").await;
    find_text(&reader.client, ".booking-state", "تأیید شد").await;
    find_text(&reader.client, ".booking-code", &code).await;
    // Confirmed, the booking can go into the phone's calendar: the file names the time
    // in UTC, the guide and the place, and nothing of the newcomer.
    let link = reader.client.find(Locator::Css("a[download='guide.ics']")).await.expect("Add to calendar");
    let href = link.attr("href").await.unwrap().expect("a link");
    let ics = reqwest::get(format!("{base}{href}")).await.unwrap();
    assert_eq!(ics.status(), 200);
    assert!(ics.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
    let ics = ics.text().await.unwrap();
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.starts_with("BEGIN:VCALENDAR") && unfolded.contains("BEGIN:VEVENT"), "{ics}");
    let start = unfolded.lines().find_map(|l| l.strip_prefix("DTSTART:")).expect("a start");
    assert!(start.starts_with(&thursday.replace('-', "")) && start.ends_with('Z'), "Thursday, in UTC: {start}");
    assert!(unfolded.contains("Mahtab") && unfolded.contains("Stadsbiblioteket"), "{ics}");
    assert!(!unfolded.contains("070-123") && !unfolded.contains("حامد"), "no contact or name: {ics}");
    reader.close().await;
}
