//! The Sportotek's read-then-write paths under parallel requests: a copy is never
//! promised twice and each loan changes once. Run on `SQLite` and on `PostgreSQL`.

use reqwest::Method;
use serde_json::json;

use crate::{
    activity_helpers::today,
    helpers::{spawn_app, spawn_app_with, Options, DEMO_PASSWORD},
    parallel::{all_at_once, at_once, call, count, once, once_refusing},
};

#[tokio::test]
async fn fifty_parallel_reservations_for_the_last_copy_give_exactly_one_and_forty_nine_clear_refusals() {
    use crate::sportotek_helpers::{item_with, open_every_day, public_path, request, set_settings};
    // Fifty families behind the proxy, each its own address and contact: only the copy
    // can stop them, not the per-client limit on reserving.
    let app = spawn_app_with(Options { trusted_proxy: Some([127, 0, 0, 1].into()), ..Options::default() }).await;
    set_settings(&app, &open_every_day()).await;
    let (item, sizes) = item_with(&app, "Sista paret", &[("32", 1)]).await;
    let day = today().plus_days(2);
    let path = public_path("/reservations");
    let answers = all_at_once((0..50).map(|n| {
        let body = request(sizes[0], day, "Barn", &format!("070-{n:03} 00 00"));
        call(&app, None, Method::POST, &path, Some(&body)).header("x-forwarded-for", format!("198.51.100.{n}"))
    }))
    .await;
    let created = answers.iter().filter(|(status, _)| *status == 201).count();
    assert_eq!(created, 1, "exactly one reservation: {:?}", answers.iter().map(|a| a.0).collect::<Vec<_>>());
    for (status, body) in answers.iter().filter(|(status, _)| *status != 201) {
        assert_eq!(*status, 409, "{body}");
        assert_eq!(body["message_id"], "error-sportotek-no-copy-free", "a clear refusal: {body}");
        assert_eq!(body["fields"][0]["field"], "pickup_day");
    }
    let size = sizes[0].0;
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM sportotek_loans WHERE size_id = {size}")).await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-reserved'").await, 1);
    let page: model::sportotek::ItemPage = app.get_json(&public_path(&format!("/items/{item}"))).await;
    assert!(
        !page.sizes[0].pickup_days.iter().any(|p| p.day == day),
        "never below zero: nothing left to offer that day"
    );
}

#[tokio::test]
async fn twenty_parallel_check_ins_of_one_loan_take_it_back_once() {
    use crate::sportotek_helpers::{item_with, lent, staff_path};
    let app = spawn_app().await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    let (_, sizes) = item_with(&app, "Ett par", &[("30", 1)]).await;
    let loan = lent(&app, sizes[0], today().plus_days(7), "070-111 22 33").await;
    let path = staff_path(&format!("/loans/{loan}/checkin"));
    let body = json!({ "condition": "damaged", "note": "Trasig" });
    once(&at_once(&app, Some(&staff), Method::POST, &path, Some(body), 20).await, 200, 409);
    let checked_in = "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-checked-in-damaged'";
    assert_eq!(count(&app, checked_in).await, 1);
}

#[tokio::test]
async fn twenty_parallel_check_outs_of_one_reservation_lend_it_once() {
    use crate::sportotek_helpers::{item_with, loan_id, open_every_day, reserved, set_settings, staff_path};
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    // Three copies: a check-out that did not look at the loan's state again would find
    // another free copy and lend the loan a second time.
    let (_, sizes) = item_with(&app, "Tre par", &[("31", 3)]).await;
    let reservation = reserved(&app, sizes[0], today().plus_days(1), "Amal", "070-123 45 67").await;
    let loan = loan_id(&app, &reservation.code).await;
    let path = staff_path(&format!("/loans/{loan}/checkout"));
    let body = json!({});
    let answers = all_at_once((0..20).map(|_| call(&app, Some(&staff), Method::POST, &path, Some(&body)))).await;
    once_refusing(&answers, "error-sportotek-loan-state");
    let loan = app.store.loan(loan).await.unwrap().unwrap();
    assert_eq!((loan.state, loan.lent_on()), (model::sportotek::LoanState::Lent, Some(today())));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-checked-out'").await, 1);
}

#[tokio::test]
async fn twenty_parallel_extensions_to_the_same_day_move_the_due_day_once() {
    use crate::sportotek_helpers::{item_with, lent, staff_path};
    let app = spawn_app().await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    let (_, sizes) = item_with(&app, "Ett par", &[("30", 1)]).await;
    let loan = lent(&app, sizes[0], today().plus_days(7), "070-111 22 33").await;
    let later = today().plus_days(10);
    let path = staff_path(&format!("/loans/{loan}/extension"));
    let body = json!({ "due_day": later.to_string() });
    let answers = all_at_once((0..20).map(|_| call(&app, Some(&staff), Method::POST, &path, Some(&body)))).await;
    // The others find the loan already due that day: an extension must move it later.
    once_refusing(&answers, "error-sportotek-loan-state");
    assert_eq!(app.store.loan(loan).await.unwrap().unwrap().due_day, later);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-extended'").await, 1);
}

#[tokio::test]
async fn twenty_parallel_extensions_to_different_days_end_on_the_latest_and_never_move_back() {
    use crate::sportotek_helpers::{item_with, lent, staff_path};
    let app = spawn_app().await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    let (_, sizes) = item_with(&app, "Ett par", &[("30", 1)]).await;
    let due = today().plus_days(7);
    let loan = lent(&app, sizes[0], due, "070-111 22 33").await;
    let path = staff_path(&format!("/loans/{loan}/extension"));
    let answers = all_at_once((1..=20).map(|n| {
        let body = json!({ "due_day": due.plus_days(n).to_string() });
        call(&app, Some(&staff), Method::POST, &path, Some(&body))
    }))
    .await;
    let extended = answers.iter().filter(|(status, _)| *status == 200).count();
    for (status, body) in answers.iter().filter(|(status, _)| *status != 200) {
        assert_eq!((*status, &body["message_id"]), (409, &json!("error-sportotek-loan-state")), "{body}");
    }
    // Whatever the order, the latest day asked wins: an extension decided on a due day
    // another had already moved would put the loan back to an earlier one.
    assert_eq!(app.store.loan(loan).await.unwrap().unwrap().due_day, due.plus_days(20));
    let audited = count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-extended'").await;
    assert_eq!(usize::try_from(audited).unwrap(), extended, "each 200 is one extension in the log, and no other");
}

#[tokio::test]
async fn twenty_parallel_cancellations_by_the_family_and_staff_cancel_once_and_free_the_copy_once() {
    use crate::sportotek_helpers::{item_with, loan_id, open_every_day, request, reserve, reserved, set_settings};
    let app = spawn_app().await;
    set_settings(&app, &open_every_day()).await;
    let staff = app.sign_in("sportotek@granviken.example", DEMO_PASSWORD).await;
    let (_, sizes) = item_with(&app, "Sista paret", &[("33", 1)]).await;
    let day = today().plus_days(2);
    let reservation = reserved(&app, sizes[0], day, "Amal", "070-123 45 67").await;
    let loan = loan_id(&app, &reservation.code).await;
    let by_code = json!({ "code": reservation.code });
    let staff_path = crate::sportotek_helpers::staff_path(&format!("/loans/{loan}/cancellation"));
    // Even: the family with the code; odd: staff at the counter.
    let answers = all_at_once((0..20).map(|n| {
        if n % 2 == 0 {
            call(&app, None, Method::POST, "/api/sportotek/reservations/cancellation", Some(&by_code))
        } else {
            call(&app, Some(&staff), Method::POST, &staff_path, None)
        }
    }))
    .await;
    let statuses: Vec<u16> = answers.iter().map(|(status, _)| *status).collect();
    once(&statuses, 200, 409);
    for (n, (_, body)) in answers.iter().enumerate().filter(|(_, (status, _))| *status == 409) {
        let why = if n % 2 == 0 { "error-sportotek-not-cancellable" } else { "error-sportotek-loan-state" };
        assert_eq!(body["message_id"], why, "{body}");
    }
    let staff_won = statuses.iter().position(|s| *s == 200).unwrap() % 2 == 1;
    let by_family = count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-cancelled-by-family'").await;
    let by_staff = count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'sportotek-cancelled'").await;
    assert_eq!((by_family, by_staff), if staff_won { (0, 1) } else { (1, 0) }, "one entry, by whoever won");
    let state = app.store.loan(loan).await.unwrap().unwrap().state;
    assert_eq!(state, model::sportotek::LoanState::Cancelled);
    // The one copy is free again, once: one family gets it, the next does not.
    reserved(&app, sizes[0], day, "Oksana", "oksana@example.se").await;
    let next = reserve(&app, &request(sizes[0], day, "Omar", "omar@example.se")).await;
    crate::helpers::assert_error(next, 409, "error-sportotek-no-copy-free", "the copy is promised again").await;
}
