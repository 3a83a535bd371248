//! The Sportotek's numbers for a year: loans and unique borrowers per category and
//! month, the stock per category, and the items nobody has borrowed. Borrowers are
//! counted by their keyed hash, which stays when names and contacts are blanked; no
//! name or contact is read here.

use std::collections::{BTreeMap, BTreeSet};

use model::sportotek::{CategoryStats, Condition, EquipmentCategory, NeverLent, SportotekMonth, Stats};

use super::{Store, Stored};
use crate::ids::MunicipalityId;

#[derive(sqlx::FromRow)]
struct HandedOut {
    lent_on: String,
    borrower_key: String,
    #[sqlx(try_from = "Stored<EquipmentCategory>")]
    category: EquipmentCategory,
}

#[derive(sqlx::FromRow)]
struct Stock {
    item_id: i64,
    #[sqlx(try_from = "Stored<EquipmentCategory>")]
    category: EquipmentCategory,
    condition: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Unlent {
    item_id: i64,
    name: String,
    #[sqlx(try_from = "Stored<EquipmentCategory>")]
    category: EquipmentCategory,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Store {
    pub async fn sportotek_stats(&self, m: MunicipalityId, year: i32) -> sqlx::Result<Stats> {
        let lent: Vec<HandedOut> = sqlx::query_as(
            "SELECT l.lent_on, l.borrower_key, i.category FROM sportotek_loans l
             JOIN sportotek_sizes s ON s.id = l.size_id JOIN sportotek_items i ON i.id = s.item_id
             WHERE l.municipality_id = $1 AND l.lent_on >= $2 AND l.lent_on <= $3",
        )
        .bind(m)
        .bind(format!("{year:04}-01-01"))
        .bind(format!("{year:04}-12-31"))
        .fetch_all(&self.pool)
        .await?;
        let stock: Vec<Stock> = sqlx::query_as(
            "SELECT i.id AS item_id, i.category, c.condition FROM sportotek_items i
             LEFT JOIN sportotek_sizes s ON s.item_id = i.id LEFT JOIN sportotek_copies c ON c.size_id = s.id
             WHERE i.municipality_id = $1",
        )
        .bind(m)
        .fetch_all(&self.pool)
        .await?;
        let unlent: Vec<Unlent> = sqlx::query_as(
            "SELECT i.id AS item_id, t.name, i.category FROM sportotek_items i
             JOIN sportotek_item_texts t ON t.item_id = i.id AND t.lang = 'sv'
             WHERE i.municipality_id = $1 AND NOT EXISTS (
                SELECT 1 FROM sportotek_loans l JOIN sportotek_sizes s ON s.id = l.size_id
                WHERE s.item_id = i.id AND l.lent_on IS NOT NULL)
             ORDER BY i.category, t.name",
        )
        .bind(m)
        .fetch_all(&self.pool)
        .await?;

        let mut months: BTreeMap<(String, EquipmentCategory), (usize, BTreeSet<&str>)> = BTreeMap::new();
        let mut categories: BTreeMap<EquipmentCategory, (usize, BTreeSet<&str>)> = BTreeMap::new();
        for l in &lent {
            let month = l.lent_on.get(..7).unwrap_or_default().to_owned();
            let entry = months.entry((month, l.category)).or_default();
            entry.0 += 1;
            entry.1.insert(&l.borrower_key);
            let entry = categories.entry(l.category).or_default();
            entry.0 += 1;
            entry.1.insert(&l.borrower_key);
        }
        let mut by_category: BTreeMap<EquipmentCategory, CategoryStats> = BTreeMap::new();
        let mut items: BTreeSet<i64> = BTreeSet::new();
        for s in &stock {
            let c = by_category.entry(s.category).or_insert(CategoryStats {
                category: s.category,
                items: 0,
                copies_in_service: 0,
                damaged: 0,
                lost: 0,
                loans: 0,
                borrowers: 0,
            });
            if items.insert(s.item_id) {
                c.items += 1;
            }
            match s.condition.as_deref().and_then(Condition::from_code) {
                Some(Condition::Fine) => c.copies_in_service += 1,
                Some(Condition::Damaged) => c.damaged += 1,
                Some(Condition::Lost) => c.lost += 1,
                None => {}
            }
        }
        for (category, (loans, borrowers)) in &categories {
            let c = by_category.entry(*category).or_insert(CategoryStats {
                category: *category,
                items: 0,
                copies_in_service: 0,
                damaged: 0,
                lost: 0,
                loans: 0,
                borrowers: 0,
            });
            c.loans = count(*loans);
            c.borrowers = count(borrowers.len());
        }
        let all_borrowers: BTreeSet<&str> = lent.iter().map(|l| l.borrower_key.as_str()).collect();
        Ok(Stats {
            year,
            loans: count(lent.len()),
            borrowers: count(all_borrowers.len()),
            by_category: by_category.into_values().collect(),
            by_month: months
                .into_iter()
                .map(|((month, category), (loans, borrowers))| SportotekMonth {
                    month,
                    category,
                    loans: count(loans),
                    borrowers: count(borrowers.len()),
                })
                .collect(),
            never_lent: unlent
                .into_iter()
                .map(|u| NeverLent { item_id: u.item_id, name: u.name, category: u.category })
                .collect(),
        })
    }
}
