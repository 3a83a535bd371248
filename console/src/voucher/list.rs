//! The year's vouchers. "Only unused" groups the vouchers nobody has used yet by age
//! band, so staff can reach those families (the school's class for 6–9, say) without a
//! list that picks out single children by age.

use leptos::prelude::*;
use model::vouchers::{age_band, StaffVoucher, VoucherState, AGE_BANDS};
use ui::i18n::use_i18n;

use super::{CodeText, ReasonButton, TakeBack, VoucherStateChip};
use crate::{api, components::FailureNotice, session::use_session};

/// The vouchers in age bands, youngest first, in the order they came within a band;
/// bands without a voucher are left out.
pub fn by_age_band(vouchers: Vec<StaffVoucher>, year: i32) -> Vec<((u8, u8), Vec<StaffVoucher>)> {
    let mut bands: Vec<((u8, u8), Vec<StaffVoucher>)> = AGE_BANDS.iter().map(|band| (*band, Vec::new())).collect();
    for voucher in vouchers {
        let band = age_band(year - voucher.birth_year);
        if let Some((_, list)) = bands.iter_mut().find(|(b, _)| *b == band) {
            list.push(voucher);
        }
    }
    bands.retain(|(_, list)| !list.is_empty());
    bands
}

#[component]
pub fn VoucherList(year: i32, unused_only: bool, refresh: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let list = LocalResource::new(move || {
        refresh.track();
        let municipality = session.working_on();
        async move { api::vouchers(&municipality?, year, unused_only).await }
    });
    let reload = Callback::new(move |()| refresh.update(|n| *n += 1));
    view! {
        <div id="voucher-list" aria-live="polite">
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(all) if all.is_empty() => view! { <p class="notice">{i18n.tr("console-vouchers-none")}</p> }.into_any(),
                        Ok(all) if unused_only => by_age_band(all, year).into_iter().map(|((from, to), vouchers)| {
                            let count = vouchers.len();
                            let heading = move || i18n.args("console-age-band", &[
                                ("from", from.to_string()), ("to", to.to_string()), ("count", count.to_string()),
                            ]);
                            view! {
                                <section class="age-band" data-band=format!("{from}-{to}")>
                                    <h3>{heading}</h3>
                                    <VoucherTable vouchers reload contact=true />
                                </section>
                            }
                        }).collect_view().into_any(),
                        Ok(all) => view! { <VoucherTable vouchers=all reload contact=false /> }.into_any(),
                        Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// The vouchers as a table: code, name, birth year, balance, state, and revoking.
#[component]
fn VoucherTable(vouchers: Vec<StaffVoucher>, reload: Callback<()>, contact: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-nav-vouchers")>
            <table class="vouchers">
                <thead><tr>
                    <th>{i18n.tr("console-voucher-code")}</th>
                    <th>{i18n.tr("console-issue-first-name")}</th>
                    <th>{i18n.tr("console-issue-birth-year")}</th>
                    <th>{i18n.tr("console-voucher-balance")}</th>
                    <th>{i18n.tr("console-voucher-state")}</th>
                    {contact.then(|| view! { <th>{i18n.tr("console-issue-contact")}</th> })}
                    <th><span class="visually-hidden">{i18n.tr("console-voucher-revoke")}</span></th>
                </tr></thead>
                <tbody>
                    {vouchers.into_iter().map(|v| {
                        let revocable = v.state != VoucherState::Revoked;
                        view! {
                            <tr data-voucher=v.id>
                                <td><CodeText code=v.code /></td>
                                <td>{v.first_name}</td>
                                <td>{v.birth_year}</td>
                                <td class="amount">{move || i18n.money(v.balance_ore)}</td>
                                <td><VoucherStateChip state=v.state /></td>
                                {contact.then(|| view! { <td>{v.guardian_contact}</td> })}
                                <td>{revocable.then(|| view! {
                                    <ReasonButton what=TakeBack::Voucher(v.id) label="console-voucher-revoke" class="revoke" on_done=reload />
                                })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::schedule::Day;

    fn voucher(id: i64, birth_year: i32) -> StaffVoucher {
        let day = |raw| Day::parse(raw).unwrap();
        StaffVoucher {
            id,
            code: format!("CODE-{id}"),
            year: 2026,
            first_name: format!("Child {id}"),
            birth_year,
            guardian_contact: String::new(),
            amount_ore: 50_000,
            balance_ore: 50_000,
            valid_from: day("2026-01-01"),
            valid_until: day("2026-12-31"),
            state: VoucherState::Valid,
        }
    }

    #[test]
    fn unused_vouchers_are_grouped_by_age_band_youngest_first() {
        let vouchers = vec![voucher(1, 2010), voucher(2, 2020), voucher(3, 2011), voucher(4, 2018)];
        let bands: Vec<((u8, u8), Vec<i64>)> = by_age_band(vouchers, 2026)
            .into_iter()
            .map(|(band, list)| (band, list.iter().map(|v| v.id).collect()))
            .collect();
        assert_eq!(bands, [((6, 9), vec![2, 4]), ((13, 15), vec![3]), ((16, 18), vec![1])]);
    }

    #[test]
    fn a_child_outside_the_bands_counts_in_the_nearest_one() {
        let bands = by_age_band(vec![voucher(1, 2026), voucher(2, 2006)], 2026);
        assert_eq!(bands.iter().map(|(band, _)| *band).collect::<Vec<_>>(), [(0, 5), (16, 18)]);
    }

    #[test]
    fn no_vouchers_make_no_bands() {
        assert!(by_age_band(vec![], 2026).is_empty());
    }
}
