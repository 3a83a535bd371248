//! The Sportotek's catalogue: items with their texts per language, sizes and copies, and
//! the photos the server re-encoded. Families read it, staff write it.

use std::collections::BTreeMap;

use model::{
    orientation::TranslationState,
    sportotek::{
        Condition, CopyEdit, EquipmentCategory, ItemEdit, ItemText, Photo, SizeKind, StaffCopy, StaffItem, StaffSize,
        TranslationStatus, PHOTO_WIDTHS,
    },
    Language,
};

use super::{in_list, now, record, Audit, Flag, Store, Stored};
use crate::ids::{CopyId, ItemId, MunicipalityId, SizeId};

/// An item with its name and description in the reader's language, or Swedish.
#[derive(Debug, sqlx::FromRow)]
pub struct ItemRow {
    pub id: ItemId,
    #[sqlx(try_from = "Stored<EquipmentCategory>")]
    pub category: EquipmentCategory,
    pub photo_id: Option<String>,
    #[sqlx(try_from = "Stored<Language>", rename = "shown_lang")]
    pub lang: Language,
    pub name: String,
    pub description: String,
    #[sqlx(try_from = "Flag")]
    pub demo: bool,
}

/// A size with its count of copies in service.
#[derive(Debug, sqlx::FromRow)]
pub struct SizeRow {
    pub id: SizeId,
    pub item_id: ItemId,
    pub label: String,
    #[sqlx(try_from = "Stored<SizeKind>")]
    pub kind: SizeKind,
    pub age_from: Option<i64>,
    pub age_to: Option<i64>,
    pub copies: i64,
}

impl SizeRow {
    pub fn ages(&self) -> (Option<u8>, Option<u8>) {
        ages(self.age_from, self.age_to)
    }

    pub fn copies(&self) -> u32 {
        u32::try_from(self.copies).unwrap_or(0)
    }
}

/// Why an item, a copy or a photo could not be saved.
#[derive(Debug)]
pub enum CatalogueError {
    /// A size the edit names is not the item's (its index in `sizes`), or a copy's size
    /// is not the item's.
    UnknownSize(Option<usize>),
    /// A size left out of the edit still has copies or loans.
    SizeInUse,
    /// Another copy of the municipality has the inventory number.
    NumberTaken,
    Database(sqlx::Error),
}

impl From<sqlx::Error> for CatalogueError {
    fn from(error: sqlx::Error) -> Self {
        CatalogueError::Database(error)
    }
}

const ITEM_SELECT: &str = "SELECT i.id, i.category, i.photo_id, i.demo,
        COALESCE(t.name, sv.name) AS name, COALESCE(t.description, sv.description) AS description,
        CASE WHEN t.name IS NULL THEN 'sv' ELSE t.lang END AS shown_lang
     FROM sportotek_items i
     LEFT JOIN sportotek_item_texts t ON t.item_id = i.id AND t.lang = $2
     JOIN sportotek_item_texts sv ON sv.item_id = i.id AND sv.lang = 'sv'
     WHERE i.municipality_id = $1";

/// [`ITEM_SELECT`] with each description left empty.
fn without_descriptions() -> String {
    ITEM_SELECT.replacen("COALESCE(t.description, sv.description) AS description", "'' AS description", 1)
}

const SIZE_SELECT: &str = "SELECT s.id, s.item_id, s.label, s.kind, s.age_from, s.age_to,
        (SELECT COUNT(*) FROM sportotek_copies c WHERE c.size_id = s.id AND c.condition = 'fine') AS copies
     FROM sportotek_sizes s JOIN sportotek_items i ON i.id = s.item_id WHERE i.municipality_id = $1";

/// An item's id and category: what the catalogue counts and pages by.
#[derive(Debug, sqlx::FromRow)]
pub struct ItemKind {
    pub id: ItemId,
    #[sqlx(try_from = "Stored<EquipmentCategory>")]
    pub category: EquipmentCategory,
}

/// A size's item, label and ages: what the catalogue's filters read of every size.
#[derive(Debug, sqlx::FromRow)]
pub struct SizeLabel {
    pub item_id: ItemId,
    pub label: String,
    pub age_from: Option<i64>,
    pub age_to: Option<i64>,
}

impl SizeLabel {
    pub fn ages(&self) -> (Option<u8>, Option<u8>) {
        ages(self.age_from, self.age_to)
    }
}

/// A size's ages as stored, where they are ages.
fn ages(from: Option<i64>, to: Option<i64>) -> (Option<u8>, Option<u8>) {
    (from.and_then(|a| u8::try_from(a).ok()), to.and_then(|a| u8::try_from(a).ok()))
}

/// The photo a stored id names, with the widths it is served in.
pub fn photo_of(id: Option<String>) -> Option<Photo> {
    id.map(|id| Photo { id, widths: PHOTO_WIDTHS.to_vec() })
}

#[derive(sqlx::FromRow)]
struct TextRow {
    #[sqlx(try_from = "Stored<Language>")]
    lang: Language,
    name: String,
    description: String,
    based_on: i64,
}

#[derive(sqlx::FromRow)]
struct StaffItemRow {
    id: ItemId,
    municipality_id: MunicipalityId,
    #[sqlx(try_from = "Stored<EquipmentCategory>")]
    category: EquipmentCategory,
    photo_id: Option<String>,
    source_revision: i64,
    updated_at: i64,
    #[sqlx(try_from = "Flag")]
    demo: bool,
}

#[derive(sqlx::FromRow)]
struct CopyRow {
    id: CopyId,
    size_id: SizeId,
    inventory_number: String,
    #[sqlx(try_from = "Stored<Condition>")]
    condition: Condition,
    note: String,
    lent_in: Option<i64>,
}

impl Store {
    /// The municipality's items by id, as id and category alone: the catalogue counts and
    /// filters every item, but names only the page it shows.
    pub async fn sportotek_item_kinds(&self, m: MunicipalityId) -> sqlx::Result<Vec<ItemKind>> {
        sqlx::query_as("SELECT id, category FROM sportotek_items WHERE municipality_id = $1 ORDER BY id")
            .bind(m)
            .fetch_all(&self.pool)
            .await
    }

    /// The municipality's sizes in each item's order, as labels and ages alone (no count
    /// of copies): what the catalogue's filters and size choices read.
    pub async fn sportotek_size_labels(&self, m: MunicipalityId) -> sqlx::Result<Vec<SizeLabel>> {
        sqlx::query_as(
            "SELECT s.item_id, s.label, s.age_from, s.age_to
             FROM sportotek_sizes s JOIN sportotek_items i ON i.id = s.item_id WHERE i.municipality_id = $1
             ORDER BY s.item_id, s.position, s.id",
        )
        .bind(m)
        .fetch_all(&self.pool)
        .await
    }

    /// The items with these ids in `lang` (or Swedish), without their descriptions, of
    /// the municipality, in the order given.
    pub async fn sportotek_items_by_id(
        &self,
        m: MunicipalityId,
        ids: &[ItemId],
        lang: Language,
    ) -> sqlx::Result<Vec<ItemRow>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let (placeholders, listed) = in_list(3, ids);
        let sql = format!("{} AND i.id IN ({placeholders})", without_descriptions());
        let mut items: Vec<ItemRow> = listed
            .iter()
            .fold(sqlx::query_as(&sql).bind(m).bind(lang.code()), sqlx::query::QueryAs::bind)
            .fetch_all(&self.pool)
            .await?;
        items.sort_by_key(|item| ids.iter().position(|id| *id == item.id));
        Ok(items)
    }

    /// These items' sizes in the order of their ids, with their copies in service.
    pub async fn sportotek_sizes_of(&self, m: MunicipalityId, ids: &[ItemId]) -> sqlx::Result<Vec<SizeRow>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let (placeholders, listed) = in_list(2, ids);
        let sql = format!("{SIZE_SELECT} AND s.item_id IN ({placeholders}) ORDER BY s.item_id, s.position, s.id");
        listed.iter().fold(sqlx::query_as(&sql).bind(m), sqlx::query::QueryAs::bind).fetch_all(&self.pool).await
    }

    pub async fn sportotek_item(&self, m: MunicipalityId, id: ItemId, lang: Language) -> sqlx::Result<Option<ItemRow>> {
        sqlx::query_as(&format!("{ITEM_SELECT} AND i.id = $3"))
            .bind(m)
            .bind(lang.code())
            .bind(id)
            .fetch_optional(&self.pool)
            .await
    }

    /// One item's sizes with their copies in service: an item page reads only these.
    pub async fn sportotek_item_sizes(&self, m: MunicipalityId, item: ItemId) -> sqlx::Result<Vec<SizeRow>> {
        sqlx::query_as(&format!("{SIZE_SELECT} AND s.item_id = $2 ORDER BY s.position, s.id"))
            .bind(m)
            .bind(item)
            .fetch_all(&self.pool)
            .await
    }

    /// The items with these ids in `lang` (or Swedish), of the municipality, in the order given.
    pub async fn sportotek_names(
        &self,
        m: MunicipalityId,
        ids: &[i64],
        lang: Language,
    ) -> sqlx::Result<Vec<model::sportotek::EquipmentLink>> {
        // Only these items: an activity lists a few of the catalogue's hundreds.
        let ids: Vec<ItemId> = ids.iter().copied().map(ItemId).collect();
        Ok(self
            .sportotek_items_by_id(m, &ids, lang)
            .await?
            .into_iter()
            .map(|i| model::sportotek::EquipmentLink { id: i.id.0, name: i.name, category: i.category })
            .collect())
    }

    /// The municipality's items as the catalogue editor sees them.
    pub async fn staff_items(&self, m: MunicipalityId) -> sqlx::Result<Vec<StaffItem>> {
        let ids: Vec<ItemId> =
            sqlx::query_scalar("SELECT id FROM sportotek_items WHERE municipality_id = $1 ORDER BY id")
                .bind(m)
                .fetch_all(&self.pool)
                .await?;
        let mut items = Vec::with_capacity(ids.len());
        for id in ids {
            items.extend(self.staff_item(id).await?.map(|(_, item)| item));
        }
        Ok(items)
    }

    /// One item with every language's text, its translation states, sizes and copies.
    pub async fn staff_item(&self, id: ItemId) -> sqlx::Result<Option<(MunicipalityId, StaffItem)>> {
        let Some(row) = sqlx::query_as::<_, StaffItemRow>(
            "SELECT id, municipality_id, category, photo_id, source_revision, updated_at, demo
             FROM sportotek_items WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let texts: Vec<TextRow> =
            sqlx::query_as("SELECT lang, name, description, based_on FROM sportotek_item_texts WHERE item_id = $1")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        let translations = Language::all()
            .map(|lang| {
                let based_on = texts.iter().find(|t| t.lang == lang).map(|t| t.based_on);
                TranslationStatus { lang, state: TranslationState::of(lang, based_on, row.source_revision) }
            })
            .collect();
        let sizes: Vec<SizeRow> =
            sqlx::query_as(&format!("{SIZE_SELECT} AND s.item_id = $2 ORDER BY s.position, s.id"))
                .bind(row.municipality_id)
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        let copies: Vec<CopyRow> = sqlx::query_as(
            "SELECT c.id, c.size_id, c.inventory_number, c.condition, c.note,
                (SELECT MIN(l.id) FROM sportotek_loans l WHERE l.copy_id = c.id AND l.state = 'lent') AS lent_in
             FROM sportotek_copies c JOIN sportotek_sizes s ON s.id = c.size_id
             WHERE s.item_id = $1 ORDER BY c.inventory_number, c.id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let sizes = sizes
            .into_iter()
            .map(|s| {
                let (age_from, age_to) = s.ages();
                StaffSize {
                    id: s.id.0,
                    label: s.label,
                    kind: s.kind,
                    age_from,
                    age_to,
                    copies: copies
                        .iter()
                        .filter(|c| c.size_id == s.id)
                        .map(|c| StaffCopy {
                            id: c.id.0,
                            size_id: c.size_id.0,
                            inventory_number: c.inventory_number.clone(),
                            condition: c.condition,
                            note: c.note.clone(),
                            lent_in: c.lent_in,
                        })
                        .collect(),
                }
            })
            .collect();
        let item = StaffItem {
            id: row.id.0,
            category: row.category,
            texts: texts
                .into_iter()
                .map(|t| (t.lang, ItemText { name: t.name, description: t.description }))
                .collect::<BTreeMap<_, _>>(),
            translations,
            photo: photo_of(row.photo_id),
            sizes,
            updated_at: row.updated_at,
            demo: row.demo,
        };
        Ok(Some((row.municipality_id, item)))
    }

    /// Writes an item, its texts and its sizes: a new item when `id` is `None`. The
    /// Swedish text changing makes the translations written before it outdated.
    pub async fn save_item(
        &self,
        m: MunicipalityId,
        id: Option<ItemId>,
        edit: &ItemEdit,
        demo: bool,
        audit: Option<&Audit<'_>>,
    ) -> Result<ItemId, CatalogueError> {
        let mut tx = self.begin_write().await?;
        let id = match id {
            None => {
                sqlx::query_scalar(
                    "INSERT INTO sportotek_items (municipality_id, category, updated_at, demo)
                     VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(m)
                .bind(edit.category.code())
                .bind(now())
                .bind(i64::from(demo))
                .fetch_one(&mut *tx)
                .await?
            }
            Some(id) => {
                sqlx::query("UPDATE sportotek_items SET category = $1, updated_at = $2 WHERE id = $3")
                    .bind(edit.category.code())
                    .bind(now())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                id
            }
        };
        let old: Vec<TextRow> =
            sqlx::query_as("SELECT lang, name, description, based_on FROM sportotek_item_texts WHERE item_id = $1")
                .bind(id)
                .fetch_all(&mut *tx)
                .await?;
        let text_of = |lang: Language| {
            edit.texts
                .get(&lang)
                .map(|t| ItemText { name: t.name.trim().to_owned(), description: t.description.trim().to_owned() })
        };
        let unchanged = |lang: Language, new: &ItemText| {
            old.iter().find(|t| t.lang == lang).filter(|t| t.name == new.name && t.description == new.description)
        };
        let swedish = text_of(Language::SOURCE).unwrap_or_default();
        let mut revision: i64 = sqlx::query_scalar("SELECT source_revision FROM sportotek_items WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        if !old.is_empty() && unchanged(Language::SOURCE, &swedish).is_none() {
            revision += 1;
            sqlx::query("UPDATE sportotek_items SET source_revision = $1 WHERE id = $2")
                .bind(revision)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM sportotek_item_texts WHERE item_id = $1").bind(id).execute(&mut *tx).await?;
        for lang in Language::all() {
            let Some(text) = text_of(lang) else { continue };
            // A translation left as it was keeps the revision it was written from.
            let based_on = unchanged(lang, &text).map_or(revision, |t| t.based_on);
            sqlx::query(
                "INSERT INTO sportotek_item_texts (item_id, lang, name, description, based_on) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(lang.code())
            .bind(&text.name)
            .bind(&text.description)
            .bind(based_on)
            .execute(&mut *tx)
            .await?;
        }
        save_sizes(&mut tx, id, edit).await?;
        let target = id.to_string();
        let audit = audit.map(|a| if a.target.is_empty() { a.with_target(&target) } else { *a });
        record(audit.as_ref(), &mut tx).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The municipality and item of a copy, for the rights check.
    pub async fn copy_owner(&self, id: CopyId) -> sqlx::Result<Option<(MunicipalityId, ItemId)>> {
        sqlx::query_as(
            "SELECT c.municipality_id, s.item_id FROM sportotek_copies c JOIN sportotek_sizes s ON s.id = c.size_id
             WHERE c.id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
    }

    /// Adds a copy to one of the item's sizes (`id` `None`), or changes a copy.
    pub async fn save_copy(
        &self,
        m: MunicipalityId,
        item: ItemId,
        id: Option<CopyId>,
        edit: &CopyEdit,
        audit: &Audit<'_>,
    ) -> Result<CopyId, CatalogueError> {
        let mut tx = self.begin_write().await?;
        let size_of_item: Option<i64> =
            sqlx::query_scalar("SELECT id FROM sportotek_sizes WHERE id = $1 AND item_id = $2")
                .bind(edit.size_id)
                .bind(item)
                .fetch_optional(&mut *tx)
                .await?;
        if size_of_item.is_none() {
            return Err(CatalogueError::UnknownSize(None));
        }
        let number = edit.inventory_number.trim();
        let taken: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM sportotek_copies WHERE municipality_id = $1 AND inventory_number = $2 AND id <> $3",
        )
        .bind(m)
        .bind(number)
        .bind(id.map_or(0, |c| c.0))
        .fetch_optional(&mut *tx)
        .await?;
        if taken.is_some() {
            return Err(CatalogueError::NumberTaken);
        }
        let id: CopyId = match id {
            None => sqlx::query_scalar(
                "INSERT INTO sportotek_copies (municipality_id, size_id, inventory_number, condition, note, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(m)
            .bind(edit.size_id)
            .bind(number)
            .bind(edit.condition.code())
            .bind(edit.note.trim())
            .bind(now())
            .fetch_one(&mut *tx)
            .await?,
            Some(id) => {
                sqlx::query(
                    "UPDATE sportotek_copies SET size_id = $1, inventory_number = $2, condition = $3, note = $4,
                        updated_at = $5 WHERE id = $6",
                )
                .bind(edit.size_id)
                .bind(number)
                .bind(edit.condition.code())
                .bind(edit.note.trim())
                .bind(now())
                .bind(id)
                .execute(&mut *tx)
                .await?;
                id
            }
        };
        let target = id.to_string();
        audit.with_target(&target).write(&mut tx).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Stores a photo's widths (once per content) and makes it the item's photo.
    pub async fn save_photo(
        &self,
        item: ItemId,
        photo_id: &str,
        widths: &[(u16, Vec<u8>)],
        audit: &Audit<'_>,
    ) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        for (width, bytes) in widths {
            sqlx::query("INSERT INTO sportotek_photos (id, width, bytes) VALUES ($1, $2, $3) ON CONFLICT (id, width) DO NOTHING")
                .bind(photo_id)
                .bind(i64::from(*width))
                .bind(bytes.as_slice())
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE sportotek_items SET photo_id = $1, updated_at = $2 WHERE id = $3")
            .bind(photo_id)
            .bind(now())
            .bind(item)
            .execute(&mut *tx)
            .await?;
        audit.write(&mut tx).await?;
        tx.commit().await
    }

    /// One width of a photo, as JPEG.
    pub async fn photo(&self, id: &str, width: u16) -> sqlx::Result<Option<Vec<u8>>> {
        sqlx::query_scalar("SELECT bytes FROM sportotek_photos WHERE id = $1 AND width = $2")
            .bind(id)
            .bind(i64::from(width))
            .fetch_optional(&self.pool)
            .await
    }

    /// The Sportotek items an activity links to, in order.
    pub async fn activity_equipment(&self, activity: crate::ids::ActivityId) -> sqlx::Result<Vec<i64>> {
        sqlx::query_scalar("SELECT item_id FROM activity_equipment WHERE activity_id = $1 ORDER BY position")
            .bind(activity)
            .fetch_all(&self.pool)
            .await
    }
}

/// Updates the sizes the edit names, adds the new ones and removes those left out,
/// refusing to remove a size that has copies or loans.
async fn save_sizes(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    item: ItemId,
    edit: &ItemEdit,
) -> Result<(), CatalogueError> {
    let existing: Vec<SizeId> =
        sqlx::query_scalar("SELECT id FROM sportotek_sizes WHERE item_id = $1").bind(item).fetch_all(&mut **tx).await?;
    for (i, size) in edit.sizes.iter().enumerate() {
        if size.id.is_some_and(|id| !existing.contains(&SizeId(id))) {
            return Err(CatalogueError::UnknownSize(Some(i)));
        }
    }
    for gone in existing.iter().filter(|id| !edit.sizes.iter().any(|s| s.id == Some(id.0))) {
        let used: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM sportotek_copies WHERE size_id = $1) + (SELECT COUNT(*) FROM sportotek_loans WHERE size_id = $1)",
        )
        .bind(*gone)
        .fetch_one(&mut **tx)
        .await?;
        if used > 0 {
            return Err(CatalogueError::SizeInUse);
        }
        sqlx::query("DELETE FROM sportotek_sizes WHERE id = $1").bind(*gone).execute(&mut **tx).await?;
    }
    for (position, size) in (0_i64..).zip(&edit.sizes) {
        let ages = (size.age_from.map(i64::from), size.age_to.map(i64::from));
        match size.id {
            Some(id) => {
                sqlx::query(
                    "UPDATE sportotek_sizes SET label = $1, kind = $2, age_from = $3, age_to = $4, position = $5 WHERE id = $6",
                )
                .bind(size.label.trim())
                .bind(size.kind.code())
                .bind(ages.0)
                .bind(ages.1)
                .bind(position)
                .bind(id)
                .execute(&mut **tx)
                .await?;
            }
            None => {
                sqlx::query(
                    "INSERT INTO sportotek_sizes (item_id, label, kind, age_from, age_to, position) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(item)
                .bind(size.label.trim())
                .bind(size.kind.code())
                .bind(ages.0)
                .bind(ages.1)
                .bind(position)
                .execute(&mut **tx)
                .await?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogues_items_are_read_without_their_descriptions() {
        let sql = without_descriptions();
        assert!(ITEM_SELECT.contains("t.description"), "the item page reads them");
        assert!(!sql.contains("t.description") && !sql.contains("sv.description"), "{sql}");
        assert!(sql.contains("'' AS description"), "{sql}");
    }
}
