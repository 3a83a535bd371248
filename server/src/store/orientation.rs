//! Queries for local orientation.

use model::{
    orientation::{Article, ArticleSummary, FeedbackCounts, Municipality, Topic, TranslationState},
    Language,
};
use sqlx::{Any, Transaction};

use super::{now, record, Audit, Backend, Flag, Store, Stored};
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

/// One version of an article that a search found, or the reader's version of it.
#[derive(sqlx::FromRow)]
pub struct SearchRow {
    pub slug: String,
    #[sqlx(try_from = "Stored<Language>")]
    pub lang: Language,
    pub title: String,
    pub summary: String,
    /// Its title, summary and text folded (`model::search::Folded::stored`).
    pub folded: String,
}

/// The state of the version shown: `Missing` when Swedish stands in for the one asked for.
fn state(requested: Language, shown: Language, based_on: i64, source_revision: i64) -> TranslationState {
    if shown == requested {
        TranslationState::of(shown, Some(based_on), source_revision)
    } else {
        TranslationState::Missing
    }
}

/// The articles municipality `$1`'s readers see: its own, and the region's shared ones
/// (`municipalities.shared`) that it has neither hidden nor replaced with a published
/// article of its own under the same slug.
const SEEN_BY: &str =
    "(a.municipality_id = $1 OR (a.municipality_id IN (SELECT id FROM municipalities WHERE shared = 1)
    AND NOT EXISTS (SELECT 1 FROM shared_articles_hidden h WHERE h.municipality_id = $1 AND h.article_id = a.id)
    AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.municipality_id = $1 AND o.slug = a.slug AND o.published = 1)))";

/// The name of the region that shares article `a`, or NULL for a municipality's own.
const SHARED_BY: &str = "(SELECT r.name FROM municipalities r WHERE r.id = a.municipality_id AND r.shared = 1)";

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
    shared_by: Option<String>,
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
    shared_by: Option<String>,
}

#[derive(sqlx::FromRow)]
struct MunicipalityIdRow {
    id: MunicipalityId,
    #[sqlx(flatten)]
    municipality: MunicipalityRow,
}

impl Store {
    pub async fn municipalities(&self) -> sqlx::Result<Vec<Municipality>> {
        Ok(self.places().await?.into_iter().map(|(_, m)| m).collect())
    }

    /// Every municipality with its id, by name: the places, never the region's shared content.
    pub async fn places(&self) -> sqlx::Result<Vec<(MunicipalityId, Municipality)>> {
        let rows: Vec<MunicipalityIdRow> =
            sqlx::query_as("SELECT id, slug, name, demo FROM municipalities WHERE shared = 0 ORDER BY name")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(|r| (r.id, r.municipality.into())).collect())
    }

    /// The municipality's id and public face, if it exists: a place, never the region's
    /// shared content (see [`Store::content_owner`]).
    pub async fn municipality(&self, slug: &str) -> sqlx::Result<Option<(MunicipalityId, Municipality)>> {
        let row: Option<MunicipalityIdRow> =
            sqlx::query_as("SELECT id, slug, name, demo FROM municipalities WHERE slug = $1 AND shared = 0")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| (r.id, r.municipality.into())))
    }

    /// What owns orientation content under `slug`: a municipality, or the region's shared
    /// content (then `true`), which only the editor addresses.
    pub async fn content_owner(&self, slug: &str) -> sqlx::Result<Option<(MunicipalityId, Municipality, bool)>> {
        let row: Option<(MunicipalityId, String, String, i64, i64)> =
            sqlx::query_as("SELECT id, slug, name, demo, shared FROM municipalities WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(id, slug, name, demo, shared)| (id, Municipality { slug, name, demo: demo != 0 }, shared != 0)))
    }

    /// The region's shared content: its id and public face (the region's name).
    pub async fn region_content(&self) -> sqlx::Result<Option<(MunicipalityId, Municipality)>> {
        let row: Option<MunicipalityIdRow> =
            sqlx::query_as("SELECT id, slug, name, demo FROM municipalities WHERE shared = 1 ORDER BY id LIMIT 1")
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| (r.id, r.municipality.into())))
    }

    /// Topics in order with their published articles, in `lang` where it exists: the
    /// municipality's own first, then the region's shared ones. A shared topic whose slug
    /// the municipality also uses is the same topic; a shared topic with nothing left to
    /// show (all hidden or replaced) is left out.
    pub async fn orientation_topics(
        &self,
        municipality_id: MunicipalityId,
        lang: Language,
    ) -> sqlx::Result<Vec<Topic>> {
        let topics_found: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT t.slug, COALESCE(n.name, s.name) AS name, CASE WHEN t.municipality_id = $1 THEN 0 ELSE 1 END
             FROM topics t
             JOIN topic_names s ON s.topic_id = t.id AND s.lang = 'sv'
             LEFT JOIN topic_names n ON n.topic_id = t.id AND n.lang = $2
             WHERE t.municipality_id = $1 OR t.municipality_id IN (SELECT id FROM municipalities WHERE shared = 1)
             ORDER BY CASE WHEN t.municipality_id = $1 THEN 0 ELSE 1 END, t.position",
        )
        .bind(municipality_id)
        .bind(lang.code())
        .fetch_all(&self.pool)
        .await?;
        let mut topics: Vec<Topic> = vec![];
        let mut own = 0;
        for (slug, name, shared) in topics_found {
            if !topics.iter().any(|t| t.slug == slug) {
                own += usize::from(shared == 0);
                topics.push(Topic { slug, name, articles: vec![] });
            }
        }

        // Both the reader's version and the Swedish one come back, Swedish last.
        let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
            "SELECT a.slug, t.slug AS topic, a.source_revision, v.lang, v.title, v.summary, v.based_on_revision,
                        {SHARED_BY} AS shared_by
                 FROM articles a JOIN topics t ON t.id = a.topic_id
                 JOIN article_versions v ON v.article_id = a.id AND (v.lang = $2 OR v.lang = 'sv')
                 WHERE {SEEN_BY} AND a.published = 1
                 ORDER BY CASE WHEN a.municipality_id = $1 THEN 0 ELSE 1 END, t.position, a.position, a.id,
                          CASE WHEN v.lang = 'sv' THEN 1 ELSE 0 END"
        ))
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
                shared_by: row.shared_by,
            });
        }
        // The municipality's own topics stay, empty or not, as before; a shared one only
        // with something to show.
        let mut position = 0;
        topics.retain(|t| {
            position += 1;
            position <= own || !t.articles.is_empty()
        });
        Ok(topics)
    }

    /// One published article in `lang`, or in Swedish when that version is missing.
    pub async fn article(
        &self,
        municipality_id: MunicipalityId,
        slug: &str,
        lang: Language,
    ) -> sqlx::Result<Option<Article>> {
        let mut rows: Vec<ArticleRow> = sqlx::query_as(&format!(
            "SELECT a.slug, a.demo, a.source_revision, t.slug AS topic, COALESCE(n.name, s.name) AS topic_name,
                    v.lang, v.title, v.summary, v.body_html, v.based_on_revision, v.reviewed_at, v.updated_at,
                    {SHARED_BY} AS shared_by
             FROM articles a JOIN topics t ON t.id = a.topic_id
             JOIN topic_names s ON s.topic_id = t.id AND s.lang = 'sv'
             LEFT JOIN topic_names n ON n.topic_id = t.id AND n.lang = $3
             JOIN article_versions v ON v.article_id = a.id
             WHERE {SEEN_BY} AND a.slug = $2 AND a.published = 1",
        ))
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
            shared_by: r.shared_by,
        }))
    }

    /// Published article versions in `lang` and in Swedish, for search.
    /// The published articles municipality `$1`'s readers see that have a version in
    /// `lang` or in Swedish holding every one of `terms` (folded words), with both
    /// versions, in the orientation's order: the caller scores them (`model::search`).
    /// The database only finds; it keeps the folded texts (`article_search`), so no
    /// server holds them in memory.
    pub async fn search(
        &self,
        municipality_id: MunicipalityId,
        lang: Language,
        terms: &[String],
    ) -> sqlx::Result<Vec<SearchRow>> {
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        // `$3`, `$4`, …: one term each, found inside a word. SQLite's `instr` and
        // PostgreSQL's `strpos` take the term as it is: unlike a `LIKE` pattern, there
        // is nothing in it to escape.
        let find = match self.backend {
            Backend::Sqlite => "instr",
            Backend::Postgres => "strpos",
        };
        let holds_every_term =
            (0..terms.len()).map(|i| format!("{find}(f.folded, ${}) > 0", i + 3)).collect::<Vec<_>>().join(" AND ");
        let sql = format!(
            "SELECT a.slug, v.lang, v.title, v.summary, s.folded
             FROM articles a JOIN topics t ON t.id = a.topic_id
             JOIN article_versions v ON v.article_id = a.id AND (v.lang = $2 OR v.lang = 'sv')
             JOIN article_search s ON s.article_id = v.article_id AND s.lang = v.lang
             WHERE {SEEN_BY} AND a.published = 1 AND EXISTS (SELECT 1 FROM article_search f
                 WHERE f.article_id = a.id AND (f.lang = $2 OR f.lang = 'sv') AND {holds_every_term})
             ORDER BY CASE WHEN a.municipality_id = $1 THEN 0 ELSE 1 END, t.position, a.position, a.id",
        );
        let mut query = sqlx::query_as(&sql).bind(municipality_id).bind(lang.code());
        for term in terms {
            query = query.bind(term.as_str());
        }
        query.fetch_all(&self.pool).await
    }

    /// Folds the versions that have no folded row yet: those of a database made before
    /// `article_search` (migration 0015). Two servers starting at once may both fold a
    /// version; the second write is the same.
    pub async fn fold_unsearchable_versions(&self) -> sqlx::Result<u64> {
        let mut folded = 0;
        loop {
            let batch: Vec<(i64, String, String, String, String)> = sqlx::query_as(
                "SELECT v.article_id, v.lang, v.title, v.summary, v.body_text FROM article_versions v
                 WHERE NOT EXISTS (SELECT 1 FROM article_search s WHERE s.article_id = v.article_id AND s.lang = v.lang)
                 LIMIT 200",
            )
            .fetch_all(&self.pool)
            .await?;
            if batch.is_empty() {
                return Ok(folded);
            }
            let mut tx = self.pool.begin().await?;
            for (article_id, lang, title, summary, text) in &batch {
                write_search(&mut tx, *article_id, lang, title, summary, text).await?;
            }
            tx.commit().await?;
            folded += batch.len() as u64;
        }
    }

    /// Counts one anonymous answer; `false` when there is no such published article. An
    /// answer about a shared article counts for the region's article.
    pub async fn record_feedback(
        &self,
        municipality_id: MunicipalityId,
        slug: &str,
        lang: Language,
        helpful: bool,
    ) -> sqlx::Result<bool> {
        let (yes, no) = if helpful { (1_i64, 0_i64) } else { (0, 1) };
        let result = sqlx::query(&format!(
            "INSERT INTO article_feedback (article_id, lang, helpful, not_helpful)
             SELECT a.id, $3, $4, $5 FROM articles a WHERE {SEEN_BY} AND a.slug = $2 AND a.published = 1
             ON CONFLICT (article_id, lang) DO UPDATE SET
                 helpful = article_feedback.helpful + excluded.helpful,
                 not_helpful = article_feedback.not_helpful + excluded.not_helpful",
        ))
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
    write_search(tx, article_id, version.lang.code(), version.title, version.summary, &text).await
}

/// Keeps version `lang` of article `article_id` folded for search (`Store::search`).
async fn write_search(
    tx: &mut Transaction<'static, Any>,
    article_id: i64,
    lang: &str,
    title: &str,
    summary: &str,
    text: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO article_search (article_id, lang, folded) VALUES ($1, $2, $3)
         ON CONFLICT (article_id, lang) DO UPDATE SET folded = excluded.folded",
    )
    .bind(article_id)
    .bind(lang)
    .bind(model::search::Folded::new(title, summary, text).stored())
    .execute(&mut **tx)
    .await
    .map(|_| ())
}
