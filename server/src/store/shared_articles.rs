//! A municipality's say over the region's shared articles (issue 18): which of them its
//! readers see, and its own version in the place of one. The shared articles themselves
//! are edited like any municipality's, under their owner (`municipalities.shared`).

use model::{editor::SharedArticle, FieldError};

use super::{
    editor::{insert_article, insert_topic},
    now, Audit, Store,
};
use crate::ids::MunicipalityId;

#[derive(sqlx::FromRow)]
struct SharedRow {
    slug: String,
    topic: String,
    title: String,
    hidden: i64,
    copied: i64,
    replaced: i64,
}

/// The published shared article `$1`: its id, revision and topic.
const SHARED_PUBLISHED: &str = "SELECT a.id, a.source_revision, a.topic_id FROM articles a
     WHERE a.municipality_id IN (SELECT id FROM municipalities WHERE shared = 1) AND a.slug = $1 AND a.published = 1";

impl Store {
    /// The region's published shared articles, each as municipality `m` shows it.
    pub async fn shared_articles(&self, m: MunicipalityId) -> sqlx::Result<Vec<SharedArticle>> {
        let rows: Vec<SharedRow> = sqlx::query_as(
            "SELECT a.slug, t.slug AS topic, v.title,
                    CAST(CASE WHEN EXISTS (SELECT 1 FROM shared_articles_hidden h
                         WHERE h.municipality_id = $1 AND h.article_id = a.id) THEN 1 ELSE 0 END AS BIGINT) AS hidden,
                    CAST(CASE WHEN EXISTS (SELECT 1 FROM articles o
                         WHERE o.municipality_id = $1 AND o.slug = a.slug) THEN 1 ELSE 0 END AS BIGINT) AS copied,
                    CAST(CASE WHEN EXISTS (SELECT 1 FROM articles o
                         WHERE o.municipality_id = $1 AND o.slug = a.slug AND o.published = 1) THEN 1 ELSE 0 END AS BIGINT) AS replaced
             FROM articles a JOIN topics t ON t.id = a.topic_id
             JOIN article_versions v ON v.article_id = a.id AND v.lang = 'sv'
             WHERE a.municipality_id IN (SELECT id FROM municipalities WHERE shared = 1) AND a.published = 1
             ORDER BY t.position, a.position, a.id",
        )
        .bind(m)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| SharedArticle {
                slug: r.slug,
                topic: r.topic,
                title: r.title,
                hidden: r.hidden != 0,
                copied: r.copied != 0,
                replaced: r.replaced != 0,
            })
            .collect())
    }

    /// Hides the shared article `slug` from municipality `m`'s readers, or shows it again;
    /// `false` when the region publishes no such article. Doing it twice changes nothing.
    pub async fn hide_shared_article(
        &self,
        m: MunicipalityId,
        slug: &str,
        hidden: bool,
        audit: &Audit<'_>,
    ) -> sqlx::Result<bool> {
        let mut tx = self.begin_write().await?;
        let found: Option<(i64, i64, i64)> =
            sqlx::query_as(SHARED_PUBLISHED).bind(slug).fetch_optional(&mut *tx).await?;
        let Some((article_id, _, _)) = found else { return Ok(false) };
        let change = if hidden {
            sqlx::query(
                "INSERT INTO shared_articles_hidden (municipality_id, article_id, hidden_at) VALUES ($1, $2, $3)
                 ON CONFLICT (municipality_id, article_id) DO NOTHING",
            )
            .bind(m)
            .bind(article_id)
            .bind(now())
        } else {
            sqlx::query("DELETE FROM shared_articles_hidden WHERE municipality_id = $1 AND article_id = $2")
                .bind(m)
                .bind(article_id)
        };
        if change.execute(&mut *tx).await?.rows_affected() > 0 {
            audit.write(&mut tx).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Copies the shared article `slug` into municipality `m` as its own, unpublished, under
    /// the same slug and topic (the topic too, names and all, when `m` lacks it), with
    /// every language version: translations that followed the current Swedish text still
    /// do, outdated ones stay outdated. Readers see the shared article until the copy is
    /// published. `Ok(None)`: no such shared article; a field error: `m` already has an
    /// article under that slug.
    pub async fn copy_shared_article(
        &self,
        m: MunicipalityId,
        slug: &str,
        audit: &Audit<'_>,
    ) -> sqlx::Result<Option<Result<(), FieldError>>> {
        let mut tx = self.begin_write().await?;
        let found: Option<(i64, i64, i64)> =
            sqlx::query_as(SHARED_PUBLISHED).bind(slug).fetch_optional(&mut *tx).await?;
        let Some((source, revision, shared_topic)) = found else { return Ok(None) };
        let topic_slug: String =
            sqlx::query_scalar("SELECT slug FROM topics WHERE id = $1").bind(shared_topic).fetch_one(&mut *tx).await?;
        // The municipality's topic of that slug, made (names and all) when it has none.
        // A copy made at the same moment may make it first: the unique slug decides.
        let topic = if let Some(made) = insert_topic(&mut tx, m, &topic_slug).await? {
            sqlx::query("INSERT INTO topic_names (topic_id, lang, name) SELECT $1, lang, name FROM topic_names WHERE topic_id = $2")
                .bind(made)
                .bind(shared_topic)
                .execute(&mut *tx)
                .await?;
            made
        } else {
            sqlx::query_scalar("SELECT id FROM topics WHERE municipality_id = $1 AND slug = $2")
                .bind(m)
                .bind(&topic_slug)
                .fetch_one(&mut *tx)
                .await?
        };
        let copy = insert_article(&mut tx, m, topic, slug).await?;
        let Some(copy) = copy else { return Ok(Some(Err(FieldError::new("slug", "error-slug-taken")))) };
        sqlx::query(
            "INSERT INTO article_versions (article_id, lang, title, summary, body_md, body_html, body_text, based_on_revision, reviewed_at, updated_at)
             SELECT $1, lang, title, summary, body_md, body_html, body_text,
                    CASE WHEN based_on_revision = $3 THEN 1 ELSE 0 END, reviewed_at, $4
             FROM article_versions WHERE article_id = $2",
        )
        .bind(copy)
        .bind(source)
        .bind(revision)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO article_search (article_id, lang, folded) SELECT $1, lang, folded FROM article_search WHERE article_id = $2")
            .bind(copy)
            .bind(source)
            .execute(&mut *tx)
            .await?;
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(Some(Ok(())))
    }
}
