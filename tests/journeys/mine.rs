//! "Mine" on an Arabic phone, beyond the family's journey: a meeting with a guide
//! tomorrow comes first, and, once the person says yes, the phone's own notification
//! says so (no push service); a whole pasted text message adds the card it names, while
//! a message without a code adds nothing; one thing is taken off the phone; and "forget
//! everything", confirmed, leaves only the language. axe passes each state.

use e2e::{
    accessibility_violations, find_text,
    pages::{in_place, App},
    staff::{day_after, guide_with_slots, issued_card, weekly_slot, MUNICIPALITY},
    text_containing, wait_until, Driver, Server,
};
use fantoccini::Locator;
use serde_json::{json, Value};

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

async fn no_violations(app: &App, page: &str) {
    let violations = accessibility_violations(&app.client).await;
    assert!(violations.is_empty(), "{page}: {violations:#?}");
}

/// The notifications the service worker shows now, as `title|body`.
async fn notifications(app: &App) -> Vec<String> {
    let script = "const done = arguments[arguments.length - 1];
        navigator.serviceWorker.ready.then(r => r.getNotifications())
            .then(list => done(list.map(n => n.title + '|' + n.body)), () => done([]));";
    let shown = app.client.execute_async(script, vec![]).await.unwrap();
    shown.as_array().unwrap().iter().map(|n| n.as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one journey, read from top to bottom")]
async fn an_arabic_phone_is_reminded_of_tomorrows_meeting_adds_a_card_from_a_message_and_forgets_everything() {
    let (server, driver) = (Server::start().await, Driver::start().await);
    let base = server.base.clone();

    // A guide who speaks Arabic, with an hour tomorrow.
    let (tomorrow, weekday) = day_after(1);
    let until = day_after(30).0;
    let topics = ["letters-and-forms"];
    let profile = json!({ "first_name": "Layla", "languages": ["ar", "sv"], "topics": topics,
        "about": { "sv": "Jag läser brev med dig." }, "per_week": 5 });
    let weekday = WEEKDAYS[usize::try_from(weekday).unwrap()];
    let slot = weekly_slot(weekday, &tomorrow, &until, "17:00", "library", "Stadsbiblioteket", &topics);
    guide_with_slots(&base, "layla.guide@example.org", profile, &[slot]).await;
    let guides: Value = reqwest::get(format!("{base}/api/municipalities/{MUNICIPALITY}/guides?lang=ar&language=ar"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let layla = guides.as_array().unwrap().iter().find(|g| g["first_name"] == "Layla").expect("Layla is listed");

    // A card, as its QR code or a text message would carry it.
    let grouped = issued_card(&base, "Yara", 11).await;
    let year: i32 = day_after(0).0[..4].parse().unwrap();
    let card: String = grouped.chars().filter(char::is_ascii_alphanumeric).collect();

    // The phone books tomorrow's hour with Layla.
    let phone = App { client: driver.browser_allowing_notifications("ar").await, base: base.clone() };
    phone.open(&format!("/activities/guides/{}", layla["id"])).await;
    wait_until(&phone.client, "navigator.serviceWorker && navigator.serviceWorker.controller").await;
    phone.press(&format!(".open-day[data-day='{tomorrow}'] .time-choice")).await;
    phone.fill("#booking-name", "سلمى").await;
    phone.fill("#booking-contact", "070-123 45 92").await;
    phone.press("#booking-submit").await;
    let booking = text_containing(&phone.client, ".booking-code", "-").await;
    let booking: String = booking.chars().filter(char::is_ascii_alphanumeric).collect();

    // "Mine", from the bottom bar: tomorrow's meeting first, above the booking itself.
    phone.press("nav.bottom-nav a[href='/activities/mine']").await;
    wait_until(
        &phone.client,
        &in_place("location.pathname === '/activities/mine' && !!document.querySelector('#mine-bookings')"),
    )
    .await;
    let reminder = find_text(&phone.client, "#mine-reminders li.reminder", "Layla").await;
    assert!(reminder.text().await.unwrap().contains("غدًا"), "it says tomorrow");
    let first = "document.querySelector('#mine-reminders').compareDocumentPosition(document.querySelector('#mine-bookings')) & Node.DOCUMENT_POSITION_FOLLOWING";
    assert_ne!(
        phone.client.execute(&format!("return {first};"), vec![]).await.unwrap(),
        json!(0),
        "reminders come first"
    );
    no_violations(&phone, "Mine with a reminder").await;

    // Reminders on the phone: the worker shows tomorrow's meeting at once, in Arabic.
    assert!(notifications(&phone).await.is_empty(), "nothing before the person says yes");
    phone.press("#mine-notify").await;
    wait_until(&phone.client, "!document.querySelector('#mine-notify-on').hidden").await;
    // The worker may still be installing (it precaches the orientation app first): on a
    // busy machine with two journeys at once that took over 20 s once. This waits for a
    // state; it does not time one.
    let mut shown = vec![];
    for _ in 0..300 {
        shown = notifications(&phone).await;
        if !shown.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    // The guide's name is isolated (U+2068 … U+2069), so a Latin name reads right in Arabic.
    assert_eq!(shown, ["غدًا: لقاء مع مرشد|ستقابل \u{2068}Layla\u{2069}."], "one notice, without a code or a place");
    assert!(!shown[0].contains(&booking) && !shown[0].contains("Stadsbiblioteket"));

    // A whole text message with a date, a time and a phone number adds the card it names.
    let message = format!(
        "مرحبًا! قسيمة الترفيه لطفلك جاهزة. الرمز: {grouped}. صالحة حتى 31-12-{year}. \
         للأسئلة اتصل بـ 0000-123 456 بين 09:00 و 12:00."
    );
    phone.fill("#mine-add", &message).await;
    phone.press("#mine-add-submit").await;
    wait_until(
        &phone.client,
        &format!("!!document.querySelector(\"#mine-vouchers li.mine-item[data-code='{card}']\")"),
    )
    .await;
    find_text(&phone.client, "#mine-note", "تم تحديث شيء واحد").await;
    // A message without a code adds nothing, and says why.
    let before = "document.querySelectorAll('li.mine-item').length";
    let count = phone.client.execute(&format!("return {before};"), vec![]).await.unwrap();
    phone.fill("#mine-add", "<script>alert(1)</script> نراك غدًا الساعة 17:00").await;
    phone.press("#mine-add-submit").await;
    let error = phone.client.find(Locator::Css("#mine-add-error")).await.unwrap();
    assert!(!error.text().await.unwrap().trim().is_empty(), "the form says there was no code");
    assert_eq!(phone.client.execute(&format!("return {before};"), vec![]).await.unwrap(), count, "nothing added");
    no_violations(&phone, "Mine with a card and a refused message").await;

    // The card is taken off the phone; the booking stays.
    phone.press(&format!("#mine-vouchers li.mine-item[data-code='{card}'] button.mine-remove")).await;
    wait_until(&phone.client, "!document.querySelector('#mine-vouchers')").await;
    let stored = "return localStorage.getItem('voucher-balances') || '';";
    assert!(!phone.client.execute(stored, vec![]).await.unwrap().as_str().unwrap().contains(&card));
    phone.client.find(Locator::Css(&format!("#mine-bookings li.mine-item[data-code='{booking}']"))).await.unwrap();

    // Forget everything: asked once more, then nothing but the language is left.
    phone.press("#mine-forget").await;
    wait_until(&phone.client, "!document.querySelector('#mine-forget-confirm').closest('[hidden]')").await;
    no_violations(&phone, "Mine asking before it forgets").await;
    phone.press("#mine-forget-confirm").await;
    wait_until(&phone.client, "!!document.querySelector('#mine-empty') && !document.querySelector('li.mine-item')")
        .await;
    let keys = phone.client.execute("return Object.keys(localStorage);", vec![]).await.unwrap();
    assert!(keys.as_array().unwrap().iter().all(|k| k == "lang"), "only the language is left on the phone: {keys}");
    for _ in 0..100 {
        if notifications(&phone).await.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(notifications(&phone).await.is_empty(), "the notice is gone too");
    // A reload finds nothing to bring back.
    phone.client.refresh().await.unwrap();
    wait_until(&phone.client, "!!document.querySelector('#mine-empty')").await;
    no_violations(&phone, "Mine after forgetting").await;
    phone.close().await;
}
