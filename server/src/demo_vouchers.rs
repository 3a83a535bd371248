//! The demo's fritidschecks: this year's terms and six children's vouchers, one of them
//! already used at Granvikens IF. Their codes are fixed so README.md can name two; real
//! codes come from the system's random source.

use anyhow::Context as _;
use model::{
    schedule::Day,
    voucher::VoucherCode,
    vouchers::{IssueRequest, VoucherYear},
};

use crate::ids::{AccountId, AssociationId, MunicipalityId};
use crate::store::{Audit, Payment, Redeemed, Redeemer, Store};

/// Children (first name, age this year) with a demo voucher.
const CHILDREN: [(&str, i32); 6] =
    [("Amira", 10), ("Dmytro", 12), ("Zahra", 7), ("Yusuf", 15), ("Sofia", 9), ("Nilofar", 14)];

/// The `n`th demo code: the same on every machine, and a valid code.
pub fn demo_code(n: u8) -> VoucherCode {
    use sha2::Digest as _;
    (0..=u8::MAX)
        .find_map(|salt| {
            let digest = sha2::Sha256::digest(format!("valkommen-demo-voucher-{n}-{salt}"));
            VoucherCode::from_random(digest[..9].try_into().expect("nine bytes"))
        })
        .expect("some salt gives a code with a base32 check character")
}

pub async fn seed(
    store: &Store,
    municipality_id: MunicipalityId,
    today: Day,
    leader_account: AccountId,
) -> anyhow::Result<()> {
    let year = today.year();
    let terms = VoucherYear::default_for(year);
    let target = year.to_string();
    let audit = Audit::new(None, Some(municipality_id), "voucher-terms-saved", &target);
    store.save_voucher_year(municipality_id, &terms, year, &audit).await?;
    let children: Vec<IssueRequest> = CHILDREN
        .iter()
        .map(|(name, age)| IssueRequest {
            year,
            first_name: (*name).to_owned(),
            birth_year: year - age,
            guardian_contact: String::new(),
        })
        .collect();
    let mut n = 0;
    let mut draw = || {
        n += 1;
        demo_code(n - 1)
    };
    store.issue_vouchers(municipality_id, &terms, &children, None, &mut draw, None).await?;

    // Dmytro's voucher paid 200 kr of the football season ten days ago.
    let club = store
        .public_association(municipality_id, "granvikens-if", model::Language::SOURCE)
        .await?
        .context("the demo club")?
        .association;
    let by = Redeemer {
        association_id: AssociationId(club.id),
        association: &club.name,
        municipality_id,
        account_id: leader_account,
    };
    let code = demo_code(1);
    let payment = Payment { code: &code, amount_ore: 20_000, activity: None, idempotency_key: "demo-dmytro-football" };
    let paid_on = today.plus_days(-10).max(terms.valid_from);
    match store.redeem(&by, &payment, paid_on).await {
        Ok(Redeemed::New(_) | Redeemed::Replayed(_)) => Ok(()),
        Err(error) => Err(anyhow::anyhow!("the demo redemption: {error:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_codes_differ_and_the_readme_names_two_of_them() {
        let codes: std::collections::HashSet<String> = (0..6).map(|n| demo_code(n).to_string()).collect();
        assert_eq!(codes.len(), 6);
        let readme = include_str!("../../README.md");
        for n in [0, 1] {
            let code = demo_code(n).to_string();
            assert!(readme.contains(&code), "README.md should name the demo code {code}");
        }
    }
}
