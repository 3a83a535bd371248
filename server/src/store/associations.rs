//! Queries for associations: applications, approval, the accounts that act for them and
//! what they write about themselves.

use std::collections::BTreeMap;

use model::{
    activities::{AssociationState, Category},
    associations::{AssociationApplication, AssociationEdit, StaffAssociation},
    auth::Role,
    text::fold,
    Language,
};

use super::{
    activities::{ContactRow, PositionRow},
    now, record, Audit, Flag, Store,
};
use crate::ids::{AccountId, AssociationId, MunicipalityId};

/// A URL name from an association's name: `Granvikens IF` → `granvikens-if`.
pub fn slug_of(name: &str) -> String {
    let folded = fold(name);
    let mut slug = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "forening".to_owned()
    } else {
        slug.chars().take(60).collect()
    }
}

/// Why an application could not be stored.
#[derive(Debug)]
pub enum ApplyError {
    OrgNumberTaken,
    Database(sqlx::Error),
}

impl From<sqlx::Error> for ApplyError {
    fn from(error: sqlx::Error) -> Self {
        ApplyError::Database(error)
    }
}

const STAFF_SELECT: &str = "SELECT s.id, m.slug AS municipality, s.municipality_id, s.slug, s.name, s.org_number,
        s.state, s.categories, s.contact_name, s.phone, s.email, s.website, s.address, s.lat, s.lon,
        s.accepts_voucher, s.applied_at, s.demo
     FROM associations s JOIN municipalities m ON m.id = s.municipality_id";

fn categories(list: &str) -> Vec<Category> {
    list.split(',').filter_map(Category::from_code).collect()
}

/// A row of `STAFF_SELECT`.
#[derive(sqlx::FromRow)]
struct AssociationRow {
    id: AssociationId,
    municipality: String,
    municipality_id: MunicipalityId,
    slug: String,
    name: String,
    org_number: String,
    state: String,
    categories: String,
    #[sqlx(flatten)]
    contact: ContactRow,
    #[sqlx(flatten)]
    position: PositionRow,
    #[sqlx(try_from = "Flag")]
    accepts_voucher: bool,
    applied_at: i64,
    #[sqlx(try_from = "Flag")]
    demo: bool,
}

impl Store {
    /// Stores an application as a pending association; returns its id.
    pub async fn apply(
        &self,
        municipality_id: MunicipalityId,
        application: &AssociationApplication,
        org_number: &str,
        state: AssociationState,
        demo: bool,
        audit: Option<&Audit<'_>>,
    ) -> Result<AssociationId, ApplyError> {
        let mut tx = self.begin_write().await?;
        let taken = sqlx::query("SELECT 1 FROM associations WHERE municipality_id = $1 AND org_number = $2")
            .bind(municipality_id)
            .bind(org_number)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(ApplyError::OrgNumberTaken);
        }
        let base = slug_of(&application.name);
        let mut slug = base.clone();
        for n in 2.. {
            let used = sqlx::query("SELECT 1 FROM associations WHERE municipality_id = $1 AND slug = $2")
                .bind(municipality_id)
                .bind(&slug)
                .fetch_optional(&mut *tx)
                .await?;
            if used.is_none() {
                break;
            }
            slug = format!("{base}-{n}");
        }
        let c = &application.contact;
        let categories: Vec<&str> = application.categories.iter().map(|c| c.code()).collect();
        let id: AssociationId = sqlx::query_scalar(
            "INSERT INTO associations (municipality_id, slug, name, org_number, state, categories, contact_name, phone,
                email, website, address, applied_at, demo)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(municipality_id)
        .bind(&slug)
        .bind(application.name.trim())
        .bind(org_number)
        .bind(state.code())
        .bind(categories.join(","))
        .bind(c.name.trim())
        .bind(c.phone.trim())
        .bind(c.email.trim().to_lowercase())
        .bind(c.website.trim())
        .bind(c.address.trim())
        .bind(now())
        .bind(i64::from(demo))
        .fetch_one(&mut *tx)
        .await?;
        if !application.description.trim().is_empty() {
            sqlx::query("INSERT INTO association_texts (association_id, lang, description) VALUES ($1, 'sv', $2)")
                .bind(id)
                .bind(application.description.trim())
                .execute(&mut *tx)
                .await?;
        }
        record(audit, &mut tx).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// An association with every language's description, and its municipality's id.
    pub async fn staff_association(
        &self,
        id: AssociationId,
    ) -> sqlx::Result<Option<(MunicipalityId, StaffAssociation)>> {
        let Some(r) = sqlx::query_as::<_, AssociationRow>(&format!("{STAFF_SELECT} WHERE s.id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let descriptions = self.association_descriptions(id).await?;
        Ok(Some((r.municipality_id, staff_association(r, descriptions))))
    }

    async fn association_descriptions(&self, id: AssociationId) -> sqlx::Result<BTreeMap<String, String>> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT lang, description FROM association_texts WHERE association_id = $1")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        Ok(with_swedish(rows.into_iter().collect()))
    }

    /// Every association of the municipality, pending applications first.
    pub async fn associations_in(&self, municipality_id: MunicipalityId) -> sqlx::Result<Vec<StaffAssociation>> {
        let rows = sqlx::query_as::<_, AssociationRow>(&format!(
            "{STAFF_SELECT} WHERE s.municipality_id = $1
             ORDER BY CASE s.state WHEN 'pending' THEN 0 WHEN 'approved' THEN 1 ELSE 2 END, s.name"
        ))
        .bind(municipality_id)
        .fetch_all(&self.pool)
        .await?;
        let texts: Vec<(AssociationId, String, String)> = sqlx::query_as(
            "SELECT t.association_id, t.lang, t.description FROM association_texts t
             JOIN associations s ON s.id = t.association_id WHERE s.municipality_id = $1",
        )
        .bind(municipality_id)
        .fetch_all(&self.pool)
        .await?;
        let mut by_association: BTreeMap<AssociationId, BTreeMap<String, String>> = BTreeMap::new();
        for (id, lang, description) in texts {
            by_association.entry(id).or_default().insert(lang, description);
        }
        Ok(rows
            .into_iter()
            .map(|r| {
                let descriptions = with_swedish(by_association.remove(&r.id).unwrap_or_default());
                staff_association(r, descriptions)
            })
            .collect())
    }

    /// The associations an account acts for.
    pub async fn associations_of(&self, account_id: AccountId) -> sqlx::Result<Vec<StaffAssociation>> {
        let rows = sqlx::query_as::<_, AssociationRow>(&format!(
            "{STAFF_SELECT} JOIN association_accounts aa ON aa.association_id = s.id
             WHERE aa.account_id = $1 ORDER BY s.name"
        ))
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        // An account acts for one association, rarely a few.
        let mut associations = Vec::with_capacity(rows.len());
        for r in rows {
            let descriptions = self.association_descriptions(r.id).await?;
            associations.push(staff_association(r, descriptions));
        }
        Ok(associations)
    }

    pub async fn acts_for(&self, account_id: AccountId, association_id: AssociationId) -> sqlx::Result<bool> {
        let row = sqlx::query("SELECT 1 FROM association_accounts WHERE account_id = $1 AND association_id = $2")
            .bind(account_id)
            .bind(association_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.is_some())
    }

    /// Approves or rejects; false when the association is already in that state (a
    /// second, concurrent decision changes nothing). `account_id` acts for the association
    /// at once: only the demo data does that, everyone else accepts an offer.
    pub async fn decide(
        &self,
        association_id: AssociationId,
        municipality_id: MunicipalityId,
        state: AssociationState,
        account_id: Option<AccountId>,
        audit: &Audit<'_>,
    ) -> sqlx::Result<bool> {
        let mut tx = self.begin_write().await?;
        let changed = sqlx::query("UPDATE associations SET state = $2 WHERE id = $1 AND state <> $2")
            .bind(association_id)
            .bind(state.code())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        if let Some(account_id) = account_id {
            sqlx::query(
                "INSERT INTO association_accounts (association_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(association_id)
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO account_roles (account_id, role, municipality_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(account_id)
            .bind(Role::Association.code())
            .bind(municipality_id)
            .execute(&mut *tx)
            .await?;
        }
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Writes what an association says about itself.
    pub async fn save_association(
        &self,
        id: AssociationId,
        edit: &AssociationEdit,
        audit: Option<&Audit<'_>>,
    ) -> sqlx::Result<()> {
        let c = &edit.contact;
        let categories: Vec<&str> = edit.categories.iter().map(|c| c.code()).collect();
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE associations SET categories = $2, contact_name = $3, phone = $4, email = $5, website = $6,
                address = $7, lat = $8, lon = $9, accepts_voucher = $10 WHERE id = $1",
        )
        // Prepared afresh each time: see `bind_edit` on binding a missing position.
        .persistent(false)
        .bind(id)
        .bind(categories.join(","))
        .bind(c.name.trim())
        .bind(c.phone.trim())
        .bind(c.email.trim().to_lowercase())
        .bind(c.website.trim())
        .bind(c.address.trim())
        .bind(edit.position.map(|p| p.lat))
        .bind(edit.position.map(|p| p.lon))
        .bind(i64::from(edit.accepts_voucher))
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM association_texts WHERE association_id = $1").bind(id).execute(&mut *tx).await?;
        for (lang, description) in &edit.descriptions {
            sqlx::query("INSERT INTO association_texts (association_id, lang, description) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(lang)
                .bind(description.trim())
                .execute(&mut *tx)
                .await?;
        }
        record(audit, &mut tx).await?;
        tx.commit().await
    }

    /// An approved association with its description in `lang`, or Swedish when missing.
    pub async fn public_association(
        &self,
        municipality_id: MunicipalityId,
        slug: &str,
        lang: Language,
    ) -> sqlx::Result<Option<PublicAssociation>> {
        let Some(r) = sqlx::query_as::<_, AssociationRow>(&format!(
            "{STAFF_SELECT} WHERE s.municipality_id = $1 AND s.slug = $2 AND s.state = 'approved'"
        ))
        .bind(municipality_id)
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let mut descriptions = self.association_descriptions(r.id).await?;
        let lang = if descriptions.contains_key(lang.code()) { lang } else { Language::SOURCE };
        Ok(Some(PublicAssociation {
            description: descriptions.remove(lang.code()).unwrap_or_default(),
            lang,
            demo: r.demo,
            association: staff_association(r, BTreeMap::new()),
        }))
    }
}

pub struct PublicAssociation {
    pub association: StaffAssociation,
    pub lang: Language,
    pub description: String,
    pub demo: bool,
}

/// Swedish is always there, if only empty: an application may come without a text.
fn with_swedish(mut descriptions: BTreeMap<String, String>) -> BTreeMap<String, String> {
    descriptions.entry(Language::SOURCE.code().to_owned()).or_default();
    descriptions
}

fn staff_association(r: AssociationRow, descriptions: BTreeMap<String, String>) -> StaffAssociation {
    StaffAssociation {
        id: r.id.into(),
        municipality: r.municipality,
        slug: r.slug,
        name: r.name,
        org_number: r.org_number,
        state: AssociationState::from_code(&r.state).unwrap_or(AssociationState::Pending),
        applied_at: r.applied_at,
        edit: AssociationEdit {
            categories: categories(&r.categories),
            contact: r.contact.into(),
            position: r.position.position(),
            accepts_voucher: r.accepts_voucher,
            descriptions,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_words_joined_by_dashes() {
        assert_eq!(slug_of("Granvikens IF"), "granvikens-if");
        assert_eq!(slug_of("  Ridklubben Hästhoven!! "), "ridklubben-hasthoven");
        assert_eq!(slug_of("نادي"), "forening");
    }
}
