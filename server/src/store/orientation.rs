//! Queries for local orientation.

use model::{
    orientation::{Article, ArticleSummary, FeedbackCounts, Municipality, Topic, TranslationState},
    Language,
};
use sqlx::{Any, Transaction};

use super::{now, record, Audit, Flag, Store, Stored};
use crate::ids::MunicipalityId;

/// One language version of an article as an editor or the seed writes it.
pub struct NewVersion<'a> {
    pub lang: Language,
    pub title: &'a str,
    pub summary: &'a str,
    pub body_md: &'a str,
    /// The body rendered for readers (`markdown::render`): the store keeps it, the
    /// caller makes it.
    pub body_html: &'a str,
    /// When a translator checked it; `None`: not checked.
    pub reviewed_at: Option<i64>,
}

/// What search needs of one article version.
#[derive(sqlx::FromRow)]
pub struct SearchRow {
    pub slug: String,
    #[sqlx(try_from = "Stored<Language>")]
    pub lang: Language,
    pub title: String,
    pub summary: String,
    pub body_text: String,
}

/// The state of the version shown: `Missing` when Swedish stands in for the one asked for.
fn state(requested: Language, shown: Language, based_on: i64, source_revision: i64) -> TranslationState {
    if shown == requested {
        TranslationState::of(shown, Some(based_on), source_revision)
    } else {
        TranslationState::Missing
    }
}

/// A municipality as stored.
#[derive(sqlx::FromRow)]
struct MunicipalityRow {
    slug: String,
    name: String,
    #[sqlx(try_from = "Flag")]
    demo: bool,
}

impl From<MunicipalityRow> for Municipality {
    fn from(MunicipalityRow { slug, name, demo }: MunicipalityRow) -> Municipality {
        Municipality { slug, name, demo }
    }
}

/// A published article's version as the topic list reads it.
#[derive(sqlx::FromRow)]
struct SummaryRow {
    slug: String,
    topic: String,
    source_revision: i64,
    #[sqlx(try_from = "Stored<Language>")]
    lang: Language,
    title: String,
    summary: String,
    based_on_revision: i64,
}

/// A published article's version as a reader reads it.
#[derive(sqlx::FromRow)]
struct ArticleRow {
    slug: String,
    #[sqlx(try_from = "Flag")]
    demo: bool,
    source_revision: i64,
    topic: String,
    topic_name: String,
    #[sqlx(try_from = "Stored<Language>")]
    lang: Language,
    title: String,
    summary: String,
    body_html: String,
    based_on_revision: i64,
    reviewed_at: Option<i64>,
    updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct MunicipalityIdRow {
    id: MunicipalityId,
    #[sqlx(flatten)]
    municipality: MunicipalityRow,
}

impl Store {
    pub async fn municipalities(&self) -> sqlx::Result<Vec<Municipality>> {
        let rows: Vec<MunicipalityRow> =
            sqlx::query_as("SELECT slug, name, demo FROM municipalities ORDER BY name").fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(Municipality::from).collect())
    }

    /// The municipality's id and public face, if it exists.
    pub async fn municipality(&self, slug: &str) -> sqlx::Result<Option<(MunicipalityId, Municipality)>> {
        let row: Option<MunicipalityIdRow> =
            sqlx::query_as("SELECT id, slug, name, demo FROM municipalities WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| (r.id, r.municipality.into())))
    }

    /// The first municipality in [`Store::municipalities`]' order, the one the newcomers'
    /// pages show, with its id: one query for the server's first paint.
    pub async fn first_municipality(&self) -> sqlx::Result<Option<(MunicipalityId, Municipality)>> {
        let row: Option<MunicipalityIdRow> =
            sqlx::query_as("SELECT id, slug, name, demo FROM municipalities ORDER BY name LIMIT 1")
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| (r.id, r.municipality.into())))
    }

    /// Topics in order with their published articles, in `lang` where it exists.
    pub async fn orientation_topics(
        &self,
        municipality_id: MunicipalityId,
        lang: Language,
    ) -> sqlx::Result<Vec<Topic>> {
        let topics: Vec<(String, String)> = sqlx::query_as(
            "SELECT t.slug, COALESCE(n.name, s.name) AS name FROM topics t
             JOIN topic_names s ON s.topic_id = t.id AND s.lang = 'sv'
             LEFT JOIN topic_names n ON n.topic_id = t.id AND n.lang = $2
             WHERE t.municipality_id = $1 ORDER BY t.position",
        )
        .bind(municipality_id)
        .bind(lang.code())
        .fetch_all(&self.pool)
        .await?;
        let mut topics: Vec<Topic> =
            topics.into_iter().map(|(slug, name)| Topic { slug, name, articles: vec![] }).collect();

        // Both the reader's version and the Swedish one come back, Swedish last.
        let rows: Vec<SummaryRow> = sqlx::query_as(
            "SELECT a.slug, t.slug AS topic, a.source_revision, v.lang, v.title, v.summary, v.based_on_revision
             FROM articles a JOIN topics t ON t.id = a.topic_id
             JOIN article_versions v ON v.article_id = a.id AND (v.lang = $2 OR v.lang = 'sv')
             WHERE a.municipality_id = $1 AND a.published = 1
             ORDER BY t.position, a.position, a.id, CASE WHEN v.lang = 'sv' THEN 1 ELSE 0 END",
        )
        .bind(municipality_id)
        .bind(lang.code())
        .fetch_all(&self.pool)
        .await?;
        for row in rows {
            let Some(topic) = topics.iter_mut().find(|t| t.slug == row.topic) else {
                continue;
            };
            if topic.articles.last().is_some_and(|a| a.slug == row.slug) {
                continue; // the reader's version came first
            }
            topic.articles.push(ArticleSummary {
                state: state(lang, row.lang, row.based_on_revision, row.source_revision),
                slug: row.slug,
                lang: row.lang,
                title: row.title,
                summary: row.summary,
            });
        }
        Ok(topics)
    }

    /// One published article in `lang`, or in Swedish when that version is missing.
    pub async fn article(
        &self,
        municipality_id: MunicipalityId,
        slug: &str,
        lang: Language,
    ) -> sqlx::Result<Option<Article>> {
        let mut rows: Vec<ArticleRow> = sqlx::query_as(
            "SELECT a.slug, a.demo, a.source_revision, t.slug AS topic, COALESCE(n.name, s.name) AS topic_name,
                    v.lang, v.title, v.summary, v.body_html, v.based_on_revision, v.reviewed_at, v.updated_at
             FROM articles a JOIN topics t ON t.id = a.topic_id
             JOIN topic_names s ON s.topic_id = t.id AND s.lang = 'sv'
             LEFT JOIN topic_names n ON n.topic_id = t.id AND n.lang = $3
             JOIN article_versions v ON v.article_id = a.id
             WHERE a.municipality_id = $1 AND a.slug = $2 AND a.published = 1",
        )
        .bind(municipality_id)
        .bind(slug)
        .bind(lang.code())
        .fetch_all(&self.pool)
        .await?;
        let mut available: Vec<Language> = rows.iter().map(|r| r.lang).collect();
        available.sort();
        let chosen =
            rows.iter().position(|r| r.lang == lang).or_else(|| rows.iter().position(|r| r.lang == Language::SOURCE));
        let Some(r) = chosen.map(|i| rows.swap_remove(i)) else { return Ok(None) };
        Ok(Some(Article {
            slug: r.slug,
            topic: r.topic,
            topic_name: r.topic_name,
            lang: r.lang,
            requested_lang: lang,
            state: state(lang, r.lang, r.based_on_revision, r.source_revision),
            reviewed_at: r.reviewed_at,
            updated_at: r.updated_at,
            title: r.title,
            summary: r.summary,
            html: r.body_html,
            demo: r.demo,
            available,
        }))
    }

    /// Published article versions in `lang` and in Swedish, for search.
    pub async fn search_rows(&self, municipality_id: MunicipalityId, lang: Language) -> sqlx::Result<Vec<SearchRow>> {
        sqlx::query_as(
            "SELECT a.slug, v.lang, v.title, v.summary, v.body_text
             FROM articles a JOIN topics t ON t.id = a.topic_id
             JOIN article_versions v ON v.article_id = a.id AND (v.lang = $2 OR v.lang = 'sv')
             WHERE a.municipality_id = $1 AND a.published = 1 ORDER BY t.position, a.position, a.id",
        )
        .bind(municipality_id)
        .bind(lang.code())
        .fetch_all(&self.pool)
        .await
    }

    /// Counts one anonymous answer; `false` when there is no such published article.
    pub async fn record_feedback(
        &self,
        municipality_id: MunicipalityId,
        slug: &str,
        lang: Language,
        helpful: bool,
    ) -> sqlx::Result<bool> {
        let (yes, no) = if helpful { (1_i64, 0_i64) } else { (0, 1) };
        let result = sqlx::query(
            "INSERT INTO article_feedback (article_id, lang, helpful, not_helpful)
             SELECT id, $3, $4, $5 FROM articles WHERE municipality_id = $1 AND slug = $2 AND published = 1
             ON CONFLICT (article_id, lang) DO UPDATE SET
                 helpful = article_feedback.helpful + excluded.helpful,
                 not_helpful = article_feedback.not_helpful + excluded.not_helpful",
        )
        .bind(municipality_id)
        .bind(slug)
        .bind(lang.code())
        .bind(yes)
        .bind(no)
        .execute(&self.pool)
        .await?;
        Ok(result.rows_affected() > 0)
    }

    pub async fn feedback_counts(
        &self,
        municipality_id: MunicipalityId,
        slug: &str,
        lang: Language,
    ) -> sqlx::Result<FeedbackCounts> {
        let row: Option<(i64, i64)> = sqlx::query_as(
            "SELECT f.helpful, f.not_helpful FROM article_feedback f JOIN articles a ON a.id = f.article_id
             WHERE a.municipality_id = $1 AND a.slug = $2 AND f.lang = $3",
        )
        .bind(municipality_id)
        .bind(slug)
        .bind(lang.code())
        .fetch_optional(&self.pool)
        .await?;
        let (helpful, not_helpful) = row.unwrap_or((0, 0));
        Ok(FeedbackCounts { helpful, not_helpful })
    }

    /// Writes one language version of an article. A change to the Swedish text bumps the
    /// article's revision, which turns every translation written before it outdated; a
    /// translation records the revision it follows.
    pub async fn save_version(
        &self,
        article_id: i64,
        version: &NewVersion<'_>,
        audit: Option<&Audit<'_>>,
    ) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        write_version(&mut tx, article_id, version).await?;
        record(audit, &mut tx).await?;
        tx.commit().await
    }

    pub async fn article_id(&self, municipality_id: MunicipalityId, slug: &str) -> sqlx::Result<Option<i64>> {
        sqlx::query_scalar("SELECT id FROM articles WHERE municipality_id = $1 AND slug = $2")
            .bind(municipality_id)
            .bind(slug)
            .fetch_optional(&self.pool)
            .await
    }

    /// Removes one translation; the Swedish source cannot be removed this way.
    pub async fn delete_translation(&self, article_id: i64, lang: Language) -> sqlx::Result<bool> {
        if lang == Language::SOURCE {
            return Ok(false);
        }
        let result = sqlx::query("DELETE FROM article_versions WHERE article_id = $1 AND lang = $2")
            .bind(article_id)
            .bind(lang.code())
            .execute(&self.pool)
            .await?;
        Ok(result.rows_affected() > 0)
    }
}

/// Writes one language version inside the caller's transaction (see `save_version`).
pub(super) async fn write_version(
    tx: &mut Transaction<'static, Any>,
    article_id: i64,
    version: &NewVersion<'_>,
) -> sqlx::Result<()> {
    let html = version.body_html;
    let text = model::text::strip_tags(html);
    let old: Option<(String, String, String)> =
        sqlx::query_as("SELECT title, summary, body_md FROM article_versions WHERE article_id = $1 AND lang = $2")
            .bind(article_id)
            .bind(version.lang.code())
            .fetch_optional(&mut **tx)
            .await?;
    let changed = old.as_ref().is_none_or(|(t, s, b)| {
        (t.as_str(), s.as_str(), b.as_str()) != (version.title, version.summary, version.body_md)
    });
    if version.lang == Language::SOURCE && old.is_some() && changed {
        sqlx::query("UPDATE articles SET source_revision = source_revision + 1 WHERE id = $1")
            .bind(article_id)
            .execute(&mut **tx)
            .await?;
    }
    let revision: i64 = sqlx::query_scalar("SELECT source_revision FROM articles WHERE id = $1")
        .bind(article_id)
        .fetch_one(&mut **tx)
        .await?;
    sqlx::query(
            "INSERT INTO article_versions (article_id, lang, title, summary, body_md, body_html, body_text, based_on_revision, reviewed_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
             ON CONFLICT (article_id, lang) DO UPDATE SET title = excluded.title, summary = excluded.summary,
                 body_md = excluded.body_md, body_html = excluded.body_html, body_text = excluded.body_text,
                 based_on_revision = excluded.based_on_revision, reviewed_at = excluded.reviewed_at, updated_at = excluded.updated_at",
        )
        .bind(article_id)
        .bind(version.lang.code())
        .bind(version.title)
        .bind(version.summary)
        .bind(version.body_md)
        .bind(html)
        .bind(&text)
        .bind(revision)
        .bind(version.reviewed_at)
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}
