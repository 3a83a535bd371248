//! Under a fritidscheck's balance: a few activities for the child's age that what is left
//! on the card pays in full, and the way to all of them in the finder. The finder is
//! another bundle, so its links load the page afresh.

use leptos::prelude::*;
use model::{
    activities::{ActivityStatus, ActivitySummary},
    checks::MAX_AGE,
    finder::{covered_by_voucher, FinderQuery},
    vouchers::{VoucherBalance, VoucherState},
};
use ui::i18n::use_i18n;

use super::cost_line;
use crate::api;

/// Activities shown; the finder has the rest.
const SHOWN: usize = 5;

/// The child's age in the card's year, when the card can pay for anything now. An
/// answer saved on the phone before the server sent the birth year has none.
pub fn age_to_offer(balance: &VoucherBalance) -> Option<u8> {
    let pays = balance.state == VoucherState::Valid && balance.balance_ore > 0;
    let age = u8::try_from(balance.year - balance.birth_year).ok().filter(|age| *age <= MAX_AGE);
    age.filter(|_| pays)
}

/// The first activities a child of `age` may join whose whole fee `balance_ore` pays.
pub fn paid_in_full(items: Vec<ActivitySummary>, age: u8, balance_ore: i64) -> Vec<ActivitySummary> {
    items
        .into_iter()
        .filter(|a| {
            (a.min_age..=a.max_age).contains(&age) && covered_by_voucher(a.cost_ore, a.voucher_accepted, balance_ore)
        })
        .take(SHOWN)
        .collect()
}

#[component]
pub fn CoveredActivities(municipality: String, age: u8, balance_ore: i64) -> impl IntoView {
    let i18n = use_i18n();
    // The server measures `covered` against the year's whole amount; what is left on
    // this card is checked on the phone.
    let query = FinderQuery { age: Some(age), covered: true, ..FinderQuery::default() };
    let all = query.href();
    let found = LocalResource::new(move || {
        let (slug, lang, query) = (municipality.clone(), i18n.language(), query.clone());
        // Offline with no copy in the service worker's cache: no section rather than an
        // error under a balance that did come.
        async move {
            let list = api::activities(&slug, lang, &query).await.ok();
            let items = list.map(|l| paid_in_full(l.value.items, age, balance_ore)).unwrap_or_default();
            // The list read is a task; drawing it is the next.
            ui::pace::a_task().await;
            items
        }
    });
    move || {
        let items = found.get().filter(|items| !items.is_empty())?;
        Some(view! {
            <section class="covered-activities" aria-labelledby="covered-heading">
                <h2 id="covered-heading">{i18n.tr("voucher-covered-heading")}</h2>
                <p class="hint">{move || i18n.count("voucher-covered-age", usize::from(age))}</p>
                <ul id="covered-activities" class="card-list">
                    {items.into_iter().map(|a| view! { <CoveredActivity a /> }).collect_view()}
                </ul>
                <p><a id="covered-all" href=all.clone() rel="external">{i18n.tr("voucher-covered-all")}</a></p>
            </section>
        })
    }
}

/// One activity: what, who and its fee, linking to its page.
#[component]
fn CoveredActivity(a: ActivitySummary) -> impl IntoView {
    let i18n = use_i18n();
    let status = (a.status != ActivityStatus::Open).then(|| format!("status-{}", a.status.code()));
    view! {
        <li class="card">
            <a href=format!("/activities/{}", a.id) rel="external">
                <span class="card-title" lang=a.lang.code()>{a.title}</span>
                <span class="card-summary">{a.organiser.name}</span>
                <span class="cost">
                    {move || cost_line(i18n, a.cost_ore)}
                    {status.map(|id| view! { <span class="chip warn">{move || i18n.t(&id)}</span> })}
                </span>
            </a>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use model::{
        activities::{Category, Gender, Organiser},
        schedule::{Day, Schedule},
        Language,
    };

    use super::*;

    fn balance(year: i32, birth_year: i32, balance_ore: i64, state: VoucherState) -> VoucherBalance {
        VoucherBalance {
            code: "7KQ2-...".into(),
            year,
            birth_year,
            amount_ore: 50_000,
            balance_ore,
            valid_from: Day::from_ymd(year, 1, 1).unwrap(),
            valid_until: Day::from_ymd(year, 12, 31).unwrap(),
            state,
            uses: vec![],
        }
    }

    fn activity(id: i64, ages: (u8, u8), cost_ore: i64, voucher_accepted: bool) -> ActivitySummary {
        ActivitySummary {
            id,
            lang: Language::Sv,
            title: format!("Aktivitet {id}"),
            organiser: Organiser { association: None, name: "Granvikens IF".into() },
            category: Category::Football,
            min_age: ages.0,
            max_age: ages.1,
            gender: Gender::All,
            schedule: Schedule::Dates { sessions: vec![] },
            next: None,
            cost_ore,
            voucher_accepted,
            covered: true,
            trial_sessions: 0,
            status: ActivityStatus::Open,
            place: String::new(),
            position: None,
            distance_m: None,
            municipality: None,
        }
    }

    /// An answer kept on a phone before the server sent the birth year still reads.
    fn saved_before_the_birth_year() -> VoucherBalance {
        let mut json = serde_json::to_value(balance(2026, 2017, 30_000, VoucherState::Valid)).unwrap();
        json.as_object_mut().unwrap().remove("birth_year");
        serde_json::from_value(json).expect("an older answer reads")
    }

    #[test]
    fn a_valid_card_with_money_left_offers_the_age_the_child_turns_in_its_year() {
        assert_eq!(age_to_offer(&balance(2026, 2017, 30_000, VoucherState::Valid)), Some(9));
        assert_eq!(age_to_offer(&balance(2026, 2026, 30_000, VoucherState::Valid)), Some(0), "born this year");
    }

    #[test]
    fn a_card_that_cannot_pay_now_or_has_no_birth_year_offers_nothing() {
        for (card, why) in [
            (balance(2026, 2017, 0, VoucherState::Used), "used up"),
            (balance(2026, 2017, 30_000, VoucherState::Expired), "expired"),
            (balance(2026, 2017, 30_000, VoucherState::NotYetValid), "not valid yet"),
            (balance(2026, 2017, 30_000, VoucherState::Revoked), "revoked"),
            (saved_before_the_birth_year(), "saved before the birth year was sent"),
            (balance(2026, 2027, 30_000, VoucherState::Valid), "born after the card's year"),
        ] {
            assert_eq!(age_to_offer(&card), None, "{why}");
        }
    }

    #[test]
    fn only_activities_for_the_age_whose_whole_fee_is_left_on_the_card_are_offered() {
        let items = vec![
            activity(1, (7, 12), 0, false),
            activity(2, (7, 12), 30_000, true),
            activity(3, (7, 12), 30_001, true),
            activity(4, (10, 12), 0, false),
            activity(5, (7, 8), 10_000, true),
            activity(6, (9, 9), 10_000, false),
            activity(7, (0, 99), 20_000, true),
        ];
        let ids: Vec<i64> = paid_in_full(items, 9, 30_000).iter().map(|a| a.id).collect();
        // 3 costs more than is left, 4 and 5 are for other ages, 6 does not take the card.
        assert_eq!(ids, [1, 2, 7]);
    }

    #[test]
    fn at_most_five_are_offered_in_the_order_they_came() {
        let items: Vec<ActivitySummary> = (1..=8).map(|id| activity(id, (6, 12), 0, false)).collect();
        let ids: Vec<i64> = paid_in_full(items, 9, 1).iter().map(|a| a.id).collect();
        assert_eq!(ids, [1, 2, 3, 4, 5]);
    }
}
