//! What the coordinators see and do, and the guides' meetings in the calendar: a
//! confirmed booking as an `.ics` file by its code, a guide's secret feed, the guides'
//! list and deactivation, the week's overview, the bookings of a range of days, what
//! newcomers ask for and the statistics; and the demo's eight guides.

use icalendar::{Component as _, EventLike as _};
use model::{
    guides::{
        week_start, Booking, BookingState, CalendarFeed, CalendarFeedState, CancelReason, CoordinatorGuide,
        Deactivation, GuideBooking, GuideState, GuideStatistics, GuideSummary, Topic, UncoveredDemand, WeekOverview,
    },
    schedule::Weekday,
};
use reqwest::Method;
use serde_json::json;

use crate::{
    activity_helpers::today,
    guides_helpers::{
        add_slot, book, booked, booking, booking_id, coordinator_path, count, guide, lookup, once, public_path,
        spawn_guides_app, staff_path, weekly, COORDINATOR, GUIDE,
    },
    helpers::{assert_error, spawn_app, Session, TestApp, DEMO_PASSWORD},
};

async fn confirm(app: &TestApp, guide: &Session, id: i64) {
    let path = staff_path(&format!("/bookings/{id}/confirmation"));
    assert_eq!(app.staff(Some(guide), Method::POST, &path, None).await.status(), 200, "confirmed");
}

async fn coordinator(app: &TestApp) -> Session {
    app.sign_in(COORDINATOR, DEMO_PASSWORD).await
}

async fn get_as<T: serde::de::DeserializeOwned>(app: &TestApp, session: &Session, path: &str) -> T {
    let response = app.staff(Some(session), Method::GET, path, None).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

/// How many guides the public list finds with the query.
async fn found(app: &TestApp, query: &str) -> usize {
    app.get_json::<Vec<GuideSummary>>(&public_path(query)).await.len()
}

fn parsed(text: &str) -> icalendar::Calendar {
    text.parse().unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn events(calendar: &icalendar::Calendar) -> Vec<&icalendar::Event> {
    calendar.components.iter().filter_map(|c| c.as_event()).collect()
}

#[tokio::test]
async fn a_confirmed_booking_comes_as_a_calendar_file_in_utc_and_nothing_else_does() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let day = today().plus_days(3);
    let slot = add_slot(&app, &samir, &once(day, "17:00")).await;
    let made = booked(&app, slot, day, "070-123 45 67").await;
    assert_eq!(made.calendar, None, "no calendar while waiting");
    let code = made.code.replace('-', "");
    let path = format!("/api/guides/bookings/{code}/calendar.ics");
    assert_eq!(app.get(&path).await.status(), 404, "a waiting booking has no file");

    confirm(&app, &samir, booking_id(&app, &samir, &made.code).await).await;
    let seen: Booking = lookup(&app, &made.code).await.json().await.unwrap();
    assert_eq!(seen.calendar.as_deref(), Some(path.as_str()));
    let response = app.get(&format!("{path}?lang=ar")).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
    assert_eq!(response.headers()["cache-control"], "no-store", "a booking is kept by no cache");
    let text = response.text().await.unwrap();
    assert!(!text.contains("070-123") && !text.contains("Försäkringskassan"), "no contact, no note: {text}");
    let calendar = parsed(&text);
    let event = events(&calendar)[0];
    let start = server::calendar::utc_start(day, model::schedule::Clock::parse("17:00").unwrap()).unwrap();
    assert!(text.contains(&format!("DTSTART:{}", start.format("%Y%m%dT%H%M%SZ"))), "UTC start: {text}");
    assert!(text.contains(&format!("DTEND:{}", (start + chrono::Duration::hours(1)).format("%Y%m%dT%H%M%SZ"))));
    assert!(event.get_summary().unwrap().contains("Samir"), "the guide's first name");
    assert!(!text.contains("guide-topic-") && !text.contains("guide-meeting-"), "named in Arabic: {text}");
    assert_eq!(event.get_location(), Some("Biblioteket, Storgatan 3"));
    assert!(text.contains("DTSTAMP:") && text.contains("UID:guide-booking-"), "{text}");

    // A wrong check character is not found, and not even looked for.
    let lookups = count(&app, "SELECT COUNT(*) FROM guide_lookups").await;
    let mut wrong = code.clone();
    let last = wrong.pop().unwrap();
    wrong.push(if last == '0' { '1' } else { '0' });
    assert_eq!(app.get(&format!("/api/guides/bookings/{wrong}/calendar.ics")).await.status(), 404);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_lookups").await, lookups, "no query for a bad check");

    let cancel =
        app.staff(None, Method::POST, "/api/guides/bookings/cancellation", Some(json!({ "code": code }))).await;
    assert_eq!(cancel.status(), 200);
    assert_eq!(app.get(&path).await.status(), 404, "a cancelled booking has no file");
}

#[tokio::test]
async fn a_guides_secret_feed_holds_their_meetings_without_contacts_and_a_new_secret_ends_the_old() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let first = today().plus_days(1);
    let slot = add_slot(&app, &samir, &weekly(first, first.plus_days(21), "17:00")).await;
    let waiting = booked(&app, slot, first, "070-111 11 11").await;
    let confirmed = booked(&app, slot, first.plus_days(7), "amal@example.se").await;
    let cancelled = booked(&app, slot, first.plus_days(14), "070-222 22 22").await;
    confirm(&app, &samir, booking_id(&app, &samir, &confirmed.code).await).await;
    let id = booking_id(&app, &samir, &cancelled.code).await;
    let cancel = app
        .staff(
            Some(&samir),
            Method::POST,
            &staff_path(&format!("/bookings/{id}/cancellation")),
            Some(json!({ "reason": "guide-ill" })),
        )
        .await;
    assert_eq!(cancel.status(), 200);

    let state: CalendarFeedState = get_as(&app, &samir, &staff_path("/calendar")).await;
    assert!(!state.active, "no feed until made");
    let feed: CalendarFeed =
        app.staff(Some(&samir), Method::POST, &staff_path("/calendar"), None).await.json().await.unwrap();
    let (start, secret) = feed.path.rsplit_once('/').unwrap();
    assert!(start.starts_with("/api/guides/calendar/"), "{}", feed.path);
    let secret = secret.strip_suffix(".ics").unwrap_or_else(|| panic!("a calendar file: {}", feed.path));
    assert_eq!(secret.len(), 22, "128 bits in base64url");
    let stored: String =
        sqlx::query_scalar("SELECT calendar_secret_hash FROM guides").fetch_one(app.store.pool()).await.unwrap();
    assert!(!stored.contains(secret), "only a hash is kept");
    let state: CalendarFeedState = get_as(&app, &samir, &staff_path("/calendar")).await;
    assert!(state.active);

    let response = app.get(&feed.path).await;
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    assert!(!text.contains("070-") && !text.contains("example.se"), "no contact in the feed: {text}");
    let calendar = parsed(&text);
    let summaries: Vec<&str> = events(&calendar).iter().filter_map(|e| e.get_summary()).collect();
    assert_eq!(summaries.len(), 2, "the waiting and the confirmed meeting: {text}");
    assert!(summaries.iter().all(|s| s.starts_with("Amal")), "the newcomer's first name: {summaries:?}");
    assert!(text.contains("STATUS:TENTATIVE") && text.contains("STATUS:CONFIRMED"), "{text}");
    assert!(text.contains("Brev och blanketter") && text.contains("Bekräftad"), "topic and state in Swedish: {text}");
    assert!(!text.contains(&waiting.code.replace('-', "")), "no booking code in the feed");

    // A new secret: the old address is gone at once.
    let renewed: CalendarFeed =
        app.staff(Some(&samir), Method::POST, &staff_path("/calendar"), None).await.json().await.unwrap();
    assert_ne!(renewed.path, feed.path);
    assert_eq!(app.get(&feed.path).await.status(), 404, "the old secret stops working");
    assert_eq!(app.get(&renewed.path).await.status(), 200);
    let guide_id = feed.path.split('/').nth(4).unwrap();
    for wrong in [
        format!("/api/guides/calendar/{guide_id}/{}.ics", "A".repeat(22)),
        renewed.path.trim_end_matches(".ics").to_owned(),
    ] {
        assert_eq!(app.get(&wrong).await.status(), 404, "{wrong}");
    }
    let sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'guide-calendar-feed-replaced'";
    assert_eq!(count(&app, sql).await, 2, "each new secret is audited");

    let boss = coordinator(&app).await;
    let path = coordinator_path(&format!("/{guide_id}/deactivation"));
    assert_eq!(app.staff(Some(&boss), Method::POST, &path, None).await.status(), 200);
    assert_eq!(app.get(&renewed.path).await.status(), 404, "a deactivated guide has no feed");
}

#[tokio::test]
async fn deactivating_a_guide_cancels_the_bookings_to_come_and_the_newcomer_sees_why() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let first = today().plus_days(1);
    let slot = add_slot(&app, &samir, &weekly(first, first.plus_days(21), "17:00")).await;
    let waiting = booked(&app, slot, first, "070-111 11 11").await;
    let confirmed = booked(&app, slot, first.plus_days(7), "070-222 22 22").await;
    confirm(&app, &samir, booking_id(&app, &samir, &confirmed.code).await).await;

    let boss = coordinator(&app).await;
    let listed: Vec<CoordinatorGuide> = get_as(&app, &boss, &coordinator_path("")).await;
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].first_name.as_str(), listed[0].state, listed[0].upcoming),
        ("Samir", GuideState::Approved, 2)
    );
    let id = listed[0].id;
    let path = coordinator_path(&format!("/{id}/deactivation"));
    let done: Deactivation = app.staff(Some(&boss), Method::POST, &path, None).await.json().await.unwrap();
    assert_eq!(done.cancelled, 2);
    for made in [&waiting, &confirmed] {
        let seen: Booking = lookup(&app, &made.code).await.json().await.unwrap();
        assert_eq!(
            (seen.state, seen.cancel_reason),
            (BookingState::CancelledByGuide, Some(CancelReason::GuideUnavailable))
        );
    }
    let listed: Vec<CoordinatorGuide> = get_as(&app, &boss, &coordinator_path("")).await;
    assert_eq!((listed[0].state, listed[0].upcoming), (GuideState::Deactivated, 0));
    let public: Vec<GuideSummary> = app.get_json(&public_path("?lang=ar")).await;
    assert!(public.is_empty(), "no longer listed");
    assert_eq!(app.get(&public_path(&format!("/{id}"))).await.status(), 404, "no page");
    let (status, _) = book(&app, &booking(slot, first.plus_days(14), "070-333 33 33")).await;
    assert_eq!(status, 404, "no longer bookable");

    let again = app.staff(Some(&boss), Method::POST, &path, None).await;
    assert_error(again, 409, "error-guide-already-deactivated", "a second deactivation").await;
    let sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'guide-deactivated'";
    assert_eq!(count(&app, sql).await, 1, "audited once");
}

#[tokio::test]
async fn a_search_answered_from_memory_counts_and_a_refused_one_counts_nothing() {
    let app = spawn_guides_app().await;
    let boss = coordinator(&app).await;
    let (hits_before, _) = app.reads.counts();
    for _ in 0..3 {
        let _: Vec<GuideSummary> = app.get_json(&public_path("?language=ti")).await;
    }
    let (hits, _) = app.reads.counts();
    assert!(hits >= hits_before + 2, "the list is kept: the second and third searches are answered from memory");
    for refused in ["?language=xx", "?topic=astrology", "?lang=de"] {
        assert_eq!(app.get(&public_path(refused)).await.status(), 422, "{refused}");
    }
    assert_eq!(app.get("/api/municipalities/nowhere/guides?language=ti").await.status(), 404);
    let demand: UncoveredDemand = get_as(&app, &boss, &coordinator_path("/demand")).await;
    let rows: Vec<(&str, Option<Topic>, u32)> =
        demand.rows.iter().map(|d| (d.language.as_str(), d.topic, d.asked)).collect();
    assert_eq!(rows, [("ti", None, 3)], "three answered searches, whether made or kept; no refused one");
    assert_eq!(
        count(&app, "SELECT CAST(SUM(asked) AS BIGINT) FROM guide_demand").await,
        3,
        "the coordinators' view writes what this server counted before it reads"
    );
}

#[tokio::test]
async fn the_week_overview_counts_each_guides_bookings_by_state() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let monday = week_start(today()).plus_days(7);
    let times = [(monday, "10:00"), (monday, "12:00"), (monday.plus_days(3), "10:00")];
    let mut made = Vec::new();
    for (n, (day, start)) in times.into_iter().enumerate() {
        let slot = add_slot(&app, &samir, &once(day, start)).await;
        made.push(booked(&app, slot, day, &format!("070-100 00 0{n}")).await);
    }
    confirm(&app, &samir, booking_id(&app, &samir, &made[0].code).await).await;
    let cancel =
        app.staff(None, Method::POST, "/api/guides/bookings/cancellation", Some(json!({ "code": made[1].code }))).await;
    assert_eq!(cancel.status(), 200);

    let boss = coordinator(&app).await;
    let week: WeekOverview = get_as(&app, &boss, &coordinator_path(&format!("/week?monday={monday}"))).await;
    assert_eq!(week.monday, monday);
    assert_eq!(week.guides.len(), 1);
    let samir_week = &week.guides[0];
    assert_eq!(
        (samir_week.waiting, samir_week.confirmed, samir_week.cancelled_by_guide, samir_week.cancelled_by_newcomer),
        (1, 1, 0, 1)
    );
    let this: WeekOverview = get_as(&app, &boss, &coordinator_path("/week")).await;
    assert_eq!(this.monday, week_start(today()), "this week by default");
    assert_eq!(this.guides[0].waiting + this.guides[0].confirmed, 0);
    let tuesday = coordinator_path(&format!("/week?monday={}", monday.plus_days(1)));
    assert_error(app.staff(Some(&boss), Method::GET, &tuesday, None).await, 422, "error-guide-not-monday", "a Tuesday")
        .await;
}

#[tokio::test]
async fn the_coordinators_list_of_bookings_takes_a_range_of_at_most_62_days() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let first = today().plus_days(1);
    let slot = add_slot(&app, &samir, &weekly(first, first.plus_days(21), "17:00")).await;
    booked(&app, slot, first, "070-111 11 11").await;
    booked(&app, slot, first.plus_days(14), "070-222 22 22").await;
    let boss = coordinator(&app).await;
    let all: Vec<GuideBooking> = get_as(&app, &boss, &coordinator_path("/bookings")).await;
    assert_eq!(all.len(), 2, "all of them without a range");
    assert_eq!(all[0].guide_first_name, "Samir");
    let range = coordinator_path(&format!("/bookings?from={first}&to={}", first.plus_days(7)));
    let some: Vec<GuideBooking> = get_as(&app, &boss, &range).await;
    assert_eq!(some.iter().map(|b| b.day).collect::<Vec<_>>(), [first]);
    let widest = coordinator_path(&format!("/bookings?from={first}&to={}", first.plus_days(61)));
    assert_eq!(get_as::<Vec<GuideBooking>>(&app, &boss, &widest).await.len(), 2, "62 days are allowed");
    let wider = coordinator_path(&format!("/bookings?from={first}&to={}", first.plus_days(62)));
    assert_error(app.staff(Some(&boss), Method::GET, &wider, None).await, 422, "error-guide-range-too-long", "63 days")
        .await;
}

#[tokio::test]
async fn what_newcomers_ask_for_is_counted_and_what_nobody_covers_comes_first() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let first = today().plus_days(1);
    add_slot(&app, &samir, &weekly(first, first.plus_days(21), "17:00")).await;
    for query in [
        "?language=ti",
        "?language=ti&topic=job-seeking",
        "?language=ti",
        "?lang=ar&topic=letters-and-forms",
        "?lang=ar",
    ] {
        let _: Vec<GuideSummary> = app.get_json(&public_path(query)).await;
    }
    let boss = coordinator(&app).await;
    let demand: UncoveredDemand = get_as(&app, &boss, &coordinator_path("/demand")).await;
    assert_eq!((demand.from, demand.to), (today().plus_days(-89), today()), "the last 90 days");
    let rows: Vec<(&str, Option<Topic>, u32, u32)> =
        demand.rows.iter().map(|d| (d.language.as_str(), d.topic, d.asked, d.guides)).collect();
    assert_eq!(
        rows,
        [
            ("ti", None, 2, 0),
            ("ti", Some(Topic::JobSeeking), 1, 0),
            ("ar", None, 1, 1),
            ("ar", Some(Topic::LettersAndForms), 1, 1),
        ],
        "uncovered first, then the most asked"
    );
    let old = coordinator_path(&format!("/demand?from={}&to={}", today().plus_days(-30), today().plus_days(-1)));
    assert!(get_as::<UncoveredDemand>(&app, &boss, &old).await.rows.is_empty(), "nothing asked before today");

    // The sweep forgets what was asked more than a year ago.
    let long_ago = today().plus_days(-400).to_string();
    sqlx::query("UPDATE guide_demand SET day = $1 WHERE language = 'ti'")
        .bind(long_ago)
        .execute(app.store.pool())
        .await
        .unwrap();
    let (day, now) = server::calendar::swedish_now();
    app.store.sweep_guides(server::store::Moment { today: day, now }, server::store::KEEP_PERSONAL_DAYS).await.unwrap();
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_demand").await, 2, "only this year's counts are kept");
}

#[tokio::test]
async fn statistics_count_bookings_by_month_language_and_topic_without_names() {
    let app = spawn_guides_app().await;
    let samir = guide(&app, GUIDE, "Samir").await;
    let first = today().plus_days(1);
    let slot = add_slot(&app, &samir, &weekly(first, first.plus_days(21), "17:00")).await;
    let confirmed = booked(&app, slot, first, "070-111 11 11").await;
    confirm(&app, &samir, booking_id(&app, &samir, &confirmed.code).await).await;
    let by_newcomer = booked(&app, slot, first.plus_days(7), "070-222 22 22").await;
    let cancel = app
        .staff(None, Method::POST, "/api/guides/bookings/cancellation", Some(json!({ "code": by_newcomer.code })))
        .await;
    assert_eq!(cancel.status(), 200);
    // A booking long past, its personal data blanked, still counts.
    sqlx::query("UPDATE guide_bookings SET first_name = '', contact = '', blanked_at = 1 WHERE code = $1")
        .bind(confirmed.code.replace('-', ""))
        .execute(app.store.pool())
        .await
        .unwrap();

    let boss = coordinator(&app).await;
    let response = app.staff(Some(&boss), Method::GET, &coordinator_path("/statistics"), None).await;
    let text = response.text().await.unwrap();
    assert!(!text.contains("Amal") && !text.contains("Samir") && !text.contains("070-"), "no names: {text}");
    let stats: GuideStatistics = serde_json::from_str(&text).unwrap();
    let booked_total: u32 = stats.rows.iter().map(|r| r.booked).sum();
    let confirmed_total: u32 = stats.rows.iter().map(|r| r.confirmed).sum();
    let by_newcomer_total: u32 = stats.rows.iter().map(|r| r.cancelled_by_newcomer).sum();
    assert_eq!((booked_total, confirmed_total, by_newcomer_total), (2, 1, 1));
    assert!(stats.rows.iter().all(|r| r.language == Some(model::Language::Ar) && r.topic == Topic::LettersAndForms));
    let month = first.to_string()[..7].to_owned();
    assert!(stats.rows.iter().any(|r| r.month == month), "{stats:?}");
}

#[tokio::test]
async fn the_demo_has_eight_guides_covering_every_language_topic_and_meeting_kind() {
    let app = spawn_app().await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guides WHERE demo = 1 AND state = 'approved'").await, 8);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guides WHERE demo = 0").await, 0, "every guide is demo data");
    for (language, guides) in [("ar", 2), ("prs", 1), ("uk", 2), ("ti", 1), ("so", 1), ("sv", 8)] {
        assert_eq!(found(&app, &format!("?language={language}")).await, guides, "{language}");
    }
    for topic in ["practise-swedish", "letters-and-forms", "show-the-town", "job-seeking", "leisure", "digital-help"] {
        assert!(found(&app, &format!("?topic={topic}")).await > 0, "{topic}");
    }
    for meeting in ["library", "cafe", "phone", "video"] {
        assert!(found(&app, &format!("?meeting={meeting}")).await > 0, "{meeting}");
    }
    let dari: Vec<GuideSummary> = app.get_json(&public_path("?lang=prs&topic=letters-and-forms")).await;
    let page: model::guides::GuideProfile = app.get_json(&public_path(&format!("/{}?lang=prs", dari[0].id))).await;
    assert!(page.about.contains("پنجشنبه"), "in Dari: {}", page.about);
    let thursday =
        page.open.iter().any(|t| t.day.weekday() == Weekday::Thu && t.topics.contains(&Topic::LettersAndForms));
    assert!(thursday, "letters and forms on a Thursday");
    for state in ["waiting", "confirmed", "cancelled-by-guide", "cancelled-by-newcomer"] {
        let sql = format!("SELECT COUNT(*) FROM guide_bookings WHERE state = '{state}'");
        assert!(count(&app, &sql).await > 0, "a demo booking {state}");
    }
    let demo_guide = count(&app, "SELECT COUNT(*) FROM guides g JOIN accounts a ON a.id = g.account_id WHERE a.email = 'guide@granviken.example'");
    assert_eq!(demo_guide.await, 1, "the demo guide account is one of them");

    // Seeding again adds nothing.
    let before = count(&app, "SELECT COUNT(*) FROM guide_bookings").await;
    server::demo_guides::seed(&app.store, app.municipality_id().await).await.unwrap();
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guides").await, 8);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM guide_bookings").await, before);
}
