//! A guide's photo. Photos are kept by content in one table (`sportotek_photos`, whose
//! name predates the guides) and served from one route; a guide's photo is personal
//! data, so its bytes are deleted as soon as no guide and no item shows it any more.

use super::{Audit, Store};
use crate::guides::GuideId;

impl Store {
    /// Stores a photo's widths (once per content) and makes it the guide's photo; the
    /// photo it replaces is deleted unless something else shows it.
    pub async fn save_guide_photo(
        &self,
        guide: GuideId,
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
        let old = replace_photo(&mut tx, guide, Some(photo_id)).await?;
        forget_unused(&mut tx, old.as_deref()).await?;
        audit.write(&mut tx).await?;
        tx.commit().await
    }

    /// Takes the guide's photo away and deletes it unless something else shows it;
    /// false when the guide had none.
    pub async fn remove_guide_photo(&self, guide: GuideId, audit: &Audit<'_>) -> sqlx::Result<bool> {
        let mut tx = self.begin_write().await?;
        let Some(old) = replace_photo(&mut tx, guide, None).await? else { return Ok(false) };
        forget_unused(&mut tx, Some(&old)).await?;
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The guide's photo id, if any.
    pub async fn guide_photo(&self, guide: GuideId) -> sqlx::Result<Option<String>> {
        sqlx::query_scalar("SELECT photo_id FROM guides WHERE id = $1")
            .bind(guide)
            .fetch_optional(&self.pool)
            .await
            .map(Option::flatten)
    }
}

/// Sets the guide's photo; the one it had. The guide's row is taken first, so two
/// uploads at once replace one after the other and neither leaves a photo behind.
async fn replace_photo(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    guide: GuideId,
    photo_id: Option<&str>,
) -> sqlx::Result<Option<String>> {
    let old: Option<String> =
        sqlx::query_scalar("UPDATE guides SET photo_id = photo_id WHERE id = $1 RETURNING photo_id")
            .bind(guide)
            .fetch_optional(&mut **tx)
            .await?
            .flatten();
    sqlx::query("UPDATE guides SET photo_id = $1 WHERE id = $2").bind(photo_id).bind(guide).execute(&mut **tx).await?;
    Ok(old.filter(|old| Some(old.as_str()) != photo_id))
}

/// Deletes a photo's bytes when no guide and no Sportotek item shows it.
async fn forget_unused(tx: &mut sqlx::Transaction<'static, sqlx::Any>, photo_id: Option<&str>) -> sqlx::Result<()> {
    let Some(photo_id) = photo_id else { return Ok(()) };
    sqlx::query(
        "DELETE FROM sportotek_photos WHERE id = $1
           AND NOT EXISTS (SELECT 1 FROM guides WHERE photo_id = $1)
           AND NOT EXISTS (SELECT 1 FROM sportotek_items WHERE photo_id = $1)",
    )
    .bind(photo_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
