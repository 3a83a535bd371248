//! The activity finder's filters, in a municipality holding only what each test made, so
//! every list is compared whole.

use std::collections::{BTreeMap, BTreeSet};

use model::{
    activities::{ActivityEdit, Category, Position},
    finder::FinderQuery,
    schedule::{Schedule, Session, Weekday},
    Language,
};

use crate::{
    activity_helpers::{
        activity, applied, clock, create, create_for, decide, empty_municipality, find, first_on, found, next_month,
        starting_in, text, today, weekly, EMPTY,
    },
    helpers::spawn_app,
};

fn set(ids: &[i64]) -> BTreeSet<i64> {
    ids.iter().copied().collect()
}

#[tokio::test]
async fn ages_match_at_both_edges_of_the_range_and_not_beyond() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let younger = create(&app, &admin, EMPTY, &ActivityEdit { min_age: 7, max_age: 10, ..activity("Yngre") }).await;
    let older = create(&app, &admin, EMPTY, &ActivityEdit { min_age: 11, max_age: 12, ..activity("Äldre") }).await;
    let everyone = create(&app, &admin, EMPTY, &ActivityEdit { min_age: 0, max_age: 99, ..activity("Alla") }).await;
    for (age, expected) in [
        (0, vec![everyone]),
        (6, vec![everyone]),
        (7, vec![younger, everyone]),
        (10, vec![younger, everyone]),
        (11, vec![older, everyone]),
        (12, vec![older, everyone]),
        (13, vec![everyone]),
        (99, vec![everyone]),
    ] {
        assert_eq!(set(&found(&app, EMPTY, &format!("age={age}")).await), set(&expected), "age {age}");
    }
}

#[tokio::test]
async fn the_weekday_filter_keeps_what_meets_on_that_day() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let (from, to) = (today().plus_days(-7), today().plus_days(60));
    let on = |days: &[Weekday]| ActivityEdit { schedule: weekly(days, "17:00", "18:00", from, to), ..activity("X") };
    let tuesday = create(&app, &admin, EMPTY, &on(&[Weekday::Tue])).await;
    let thursday = create(&app, &admin, EMPTY, &on(&[Weekday::Thu])).await;
    let both = create(&app, &admin, EMPTY, &on(&[Weekday::Tue, Weekday::Sat])).await;
    let wednesday = first_on(today().plus_days(7), Weekday::Wed);
    let camp_day = Session { date: wednesday, start: clock("09:00"), end: clock("15:00") };
    let camp = create(
        &app,
        &admin,
        EMPTY,
        &ActivityEdit { schedule: Schedule::Dates { sessions: vec![camp_day] }, ..activity("Lägerdag") },
    )
    .await;
    for (weekday, expected) in [
        ("tue", vec![tuesday, both]),
        ("thu", vec![thursday]),
        ("sat", vec![both]),
        ("wed", vec![camp]),
        ("mon", vec![]),
    ] {
        assert_eq!(set(&found(&app, EMPTY, &format!("weekday={weekday}")).await), set(&expected), "{weekday}");
    }
}

#[tokio::test]
async fn a_season_that_ended_yesterday_is_not_listed() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let ended = weekly(&Weekday::ALL, "17:00", "18:00", today().plus_days(-60), today().plus_days(-1));
    let ended = create(&app, &admin, EMPTY, &ActivityEdit { schedule: ended, ..activity("Slut") }).await;
    let ends_tomorrow = weekly(&Weekday::ALL, "17:00", "18:00", today().plus_days(-60), today().plus_days(1));
    let running = create(&app, &admin, EMPTY, &ActivityEdit { schedule: ends_tomorrow, ..activity("Pågår") }).await;
    let yesterday = Session { date: today().plus_days(-1), start: clock("09:00"), end: clock("15:00") };
    let past_dates = Schedule::Dates { sessions: vec![yesterday] };
    let past_camp = create(&app, &admin, EMPTY, &ActivityEdit { schedule: past_dates, ..activity("Läger") }).await;

    assert_eq!(found(&app, EMPTY, "").await, [running]);
    let next = find(&app, EMPTY, "").await.items[0].next.unwrap().date;
    assert!(next == today() || next == today().plus_days(1), "the last meetings of the season: {next}");
    for id in [ended, past_camp] {
        let page: model::activities::ActivityDetail =
            app.get_json(&format!("/api/municipalities/{EMPTY}/activities/{id}")).await;
        assert_eq!(page.summary.next, None, "its page is still there, with no next meeting");
    }
}

#[tokio::test]
async fn a_season_starting_next_month_is_listed_with_its_first_meeting_as_next() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let start = next_month();
    let schedule = weekly(&[Weekday::Wed, Weekday::Fri], "16:30", "17:45", start, start.plus_days(90));
    let id = create(&app, &admin, EMPTY, &ActivityEdit { schedule, ..activity("Höstterminen") }).await;
    let first = first_on(start, Weekday::Wed).min(first_on(start, Weekday::Fri));
    let list = find(&app, EMPTY, "").await;
    assert_eq!(list.items.iter().map(|a| a.id).collect::<Vec<_>>(), [id]);
    let expected = Session { date: first, start: clock("16:30"), end: clock("17:45") };
    assert_eq!(list.items[0].next, Some(expected));
}

#[tokio::test]
async fn afternoon_is_noon_to_before_five_and_evening_from_five() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let at = |start: &str, end: &str| {
        let schedule = weekly(&Weekday::ALL, start, end, today().plus_days(1), today().plus_days(60));
        ActivityEdit { schedule, ..activity(start) }
    };
    let morning = create(&app, &admin, EMPTY, &at("11:59", "12:30")).await;
    let noon = create(&app, &admin, EMPTY, &at("12:00", "13:00")).await;
    let late_afternoon = create(&app, &admin, EMPTY, &at("16:59", "17:30")).await;
    let evening = create(&app, &admin, EMPTY, &at("17:00", "18:00")).await;
    for (time, expected) in
        [("morning", vec![morning]), ("afternoon", vec![noon, late_afternoon]), ("evening", vec![evening])]
    {
        assert_eq!(set(&found(&app, EMPTY, &format!("time={time}")).await), set(&expected), "{time}");
    }
}

#[tokio::test]
async fn a_camp_whose_morning_day_is_over_is_not_found_among_morning_activities() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let sessions = vec![
        Session { date: today().plus_days(-2), start: clock("09:00"), end: clock("11:00") },
        Session { date: today().plus_days(5), start: clock("18:00"), end: clock("20:00") },
    ];
    let camp =
        create(&app, &admin, EMPTY, &ActivityEdit { schedule: Schedule::Dates { sessions }, ..activity("Läger") })
            .await;
    assert_eq!(found(&app, EMPTY, "time=evening").await, [camp]);
    assert_eq!(found(&app, EMPTY, "time=morning").await, Vec::<i64>::new(), "the morning was two days ago");
}

#[tokio::test]
async fn the_voucher_covers_free_activities_and_accepted_fees_up_to_its_amount() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let costing = |cost_ore, voucher_accepted| ActivityEdit { cost_ore, voucher_accepted, ..activity("Avgift") };
    let free = create(&app, &admin, EMPTY, &costing(0, false)).await;
    let exactly = create(&app, &admin, EMPTY, &costing(50_000, true)).await;
    let one_ore_over = create(&app, &admin, EMPTY, &costing(50_001, true)).await;
    let not_accepted = create(&app, &admin, EMPTY, &costing(20_000, false)).await;

    assert_eq!(set(&found(&app, EMPTY, "covered=1").await), set(&[free, exactly]));
    let all = find(&app, EMPTY, "covered=0").await;
    assert_eq!(all.voucher_amount_ore, 50_000);
    let covered: BTreeMap<i64, bool> = all.items.iter().map(|a| (a.id, a.covered)).collect();
    let expected = BTreeMap::from([(free, true), (exactly, true), (one_ore_over, false), (not_accepted, false)]);
    assert_eq!(covered, expected);
}

#[tokio::test]
async fn trial_category_and_language_filters_combine() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let make = |category, trial_sessions, languages: &[&str]| ActivityEdit {
        category,
        trial_sessions,
        leader_languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        ..activity("X")
    };
    let plain = create(&app, &admin, EMPTY, &make(Category::Football, 0, &["sv"])).await;
    let dari = create(&app, &admin, EMPTY, &make(Category::Football, 2, &["sv", "prs"])).await;
    let arabic = create(&app, &admin, EMPTY, &make(Category::Swimming, 1, &["ar"])).await;
    for (query, expected) in [
        ("trial=1", vec![dari, arabic]),
        ("speaks=prs", vec![dari]),
        ("speaks=sv", vec![plain, dari]),
        ("category=swimming", vec![arabic]),
        ("category=football&trial=1", vec![dari]),
        ("speaks=ar&trial=1&category=swimming", vec![arabic]),
        ("speaks=uk", vec![]),
        ("trial=0", vec![plain, dari, arabic]),
    ] {
        assert_eq!(set(&found(&app, EMPTY, query).await), set(&expected), "{query}");
    }
}

#[tokio::test]
async fn nothing_found_is_an_empty_page_with_a_total_of_zero() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let nothing_yet = find(&app, EMPTY, "").await;
    assert_eq!((nothing_yet.total, nothing_yet.offset, nothing_yet.items.len()), (0, 0, 0));
    create(&app, &admin, EMPTY, &activity("Fotboll")).await;
    let none = find(&app, EMPTY, "age=3&weekday=mon").await;
    assert_eq!((none.total, none.items), (0, vec![]));
}

#[tokio::test]
async fn results_come_a_page_at_a_time_in_order_of_the_next_meeting() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let mut ids = Vec::new();
    // Made in reverse, so the order is the next meeting's and not the id's.
    for n in (0..25).rev() {
        ids.push(create(&app, &admin, EMPTY, &starting_in(&format!("Grupp {n}"), 1 + n)).await);
    }
    ids.reverse();
    let page = FinderQuery::PAGE as usize;
    let first = find(&app, EMPTY, "").await;
    assert_eq!((first.total, first.offset), (25, 0));
    assert_eq!(first.items.iter().map(|a| a.id).collect::<Vec<_>>(), ids[..page]);
    let second = find(&app, EMPTY, &format!("offset={page}")).await;
    assert_eq!((second.total, second.offset), (25, 20));
    assert_eq!(second.items.iter().map(|a| a.id).collect::<Vec<_>>(), ids[page..]);
    let beyond = find(&app, EMPTY, "offset=40").await;
    assert_eq!((beyond.total, beyond.items.len()), (25, 0));
}

#[tokio::test]
async fn sorting_by_distance_puts_the_nearest_first_and_without_a_position_falls_back_to_next() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let phone = Position { lat: 60.5, lon: 14.2 };
    let far_at = Position { lat: 60.6, lon: 14.2 };
    let near_at = Position { lat: 60.51, lon: 14.2 };
    let nowhere = create(&app, &admin, EMPTY, &starting_in("Ingen plats", 3)).await;
    let far = create(&app, &admin, EMPTY, &ActivityEdit { position: Some(far_at), ..starting_in("Långt", 5) }).await;
    let near = create(&app, &admin, EMPTY, &ActivityEdit { position: Some(near_at), ..starting_in("Nära", 7) }).await;

    let by_distance = find(&app, EMPTY, "sort=distance&near=60.5,14.2").await;
    let order: Vec<(i64, Option<u32>)> = by_distance.items.iter().map(|a| (a.id, a.distance_m)).collect();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let metres = |p: Position| Some(phone.distance_m(p).round() as u32);
    assert_eq!(order, [(near, metres(near_at)), (far, metres(far_at)), (nowhere, None)]);
    assert!((1_100..1_125).contains(&metres(near_at).unwrap()), "about 1.1 km");

    assert_eq!(found(&app, EMPTY, "sort=distance").await, [nowhere, far, near], "no position: next first");
    assert_eq!(found(&app, EMPTY, "near=60.5,14.2").await, [nowhere, far, near], "next first by default");
}

#[tokio::test]
async fn titles_show_in_the_readers_language_when_written_and_in_swedish_otherwise() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let mut both = starting_in("Fotboll", 1);
    both.texts.insert("prs".into(), text("فوتبال"));
    let both = create(&app, &admin, EMPTY, &both).await;
    let swedish_only = create(&app, &admin, EMPTY, &starting_in("Simning", 2)).await;

    let titles = |list: model::activities::ActivityList| -> Vec<(i64, String, Language)> {
        list.items.into_iter().map(|a| (a.id, a.title, a.lang)).collect()
    };
    assert_eq!(
        titles(find(&app, EMPTY, "lang=prs").await),
        [(both, "فوتبال".to_owned(), Language::Prs), (swedish_only, "Simning".to_owned(), Language::Sv)]
    );
    assert_eq!(
        titles(find(&app, EMPTY, "lang=sv").await),
        [(both, "Fotboll".to_owned(), Language::Sv), (swedish_only, "Simning".to_owned(), Language::Sv)]
    );
}

#[tokio::test]
async fn activities_of_pending_or_rejected_associations_are_not_shown() {
    let app = spawn_app().await;
    let admin = empty_municipality(&app).await;
    let pending = applied(&app, &admin, EMPTY, "Norrby Schackklubb", 1).await;
    let rejected = applied(&app, &admin, EMPTY, "Norrby Kör", 2).await;
    let waiting = create_for(&app, &admin, pending.id, &activity("Schack")).await;
    let refused = create_for(&app, &admin, rejected.id, &activity("Kör")).await;
    decide(&app, &admin, EMPTY, rejected.id, false).await;

    assert_eq!(found(&app, EMPTY, "").await, Vec::<i64>::new());
    for (id, slug) in [(waiting, &pending.slug), (refused, &rejected.slug)] {
        let page = app.get(&format!("/api/municipalities/{EMPTY}/activities/{id}")).await;
        assert_eq!(page.status(), 404, "activity {id}");
        let association = app.get(&format!("/api/municipalities/{EMPTY}/associations/{slug}")).await;
        assert_eq!(association.status(), 404, "{slug}");
    }

    // The same activity shows once its association is approved.
    decide(&app, &admin, EMPTY, pending.id, true).await;
    assert_eq!(found(&app, EMPTY, "").await, [waiting]);
}
