//! Queries for the staff's orientation editor and the municipality's settings.

use model::{
    editor::{ArticleStatus, MunicipalitySettings, VersionSource, VersionStatus},
    orientation::TranslationState,
    Language,
};

use sqlx::{Any, Transaction};

use super::{now, orientation::write_version, record, Audit, Flag, NewVersion, Store};
use crate::ids::MunicipalityId;

/// A row of `article_statuses`: an article, and one of its language versions if any.
#[derive(sqlx::FromRow)]
struct StatusRow {
    slug: String,
    topic: String,
    #[sqlx(try_from = "Flag")]
    published: bool,
    source_revision: i64,
    lang: Option<String>,
    title: Option<String>,
    based_on_revision: Option<i64>,
    reviewed_at: Option<i64>,
    updated_at: Option<i64>,
}

/// A language version of an article, as its editor reads it.
#[derive(sqlx::FromRow)]
struct SourceRow {
    lang: String,
    title: String,
    summary: String,
    body_md: String,
    based_on_revision: i64,
    reviewed_at: Option<i64>,
}

/// A column that a joined row has whenever its version exists.
fn present<T>(value: Option<T>, column: &str) -> sqlx::Result<T> {
    value.ok_or_else(|| sqlx::Error::Decode(format!("{column} is NULL in an article version").into()))
}

/// A language version as the editor's list needs it.
struct Seen {
    lang: Language,
    based_on: i64,
    reviewed_at: Option<i64>,
    updated_at: i64,
}

impl Store {
    /// Every article of the municipality, published or not, with each language's state.
    pub async fn article_statuses(&self, municipality_id: MunicipalityId) -> sqlx::Result<Vec<ArticleStatus>> {
        let rows: Vec<StatusRow> = sqlx::query_as(
            "SELECT a.slug, t.slug AS topic, a.published, a.source_revision, v.lang, v.title, v.based_on_revision, v.reviewed_at, v.updated_at
             FROM articles a JOIN topics t ON t.id = a.topic_id LEFT JOIN article_versions v ON v.article_id = a.id
             WHERE a.municipality_id = $1 ORDER BY t.position, a.position, a.id",
        )
        .bind(municipality_id)
        .fetch_all(&self.pool)
        .await?;
        let mut articles: Vec<(ArticleStatus, i64, Vec<Seen>)> = Vec::new();
        for r in rows {
            if articles.last().is_none_or(|(a, _, _)| a.slug != r.slug) {
                let status = ArticleStatus {
                    slug: r.slug,
                    topic: r.topic,
                    title: String::new(),
                    published: r.published,
                    versions: vec![],
                };
                articles.push((status, r.source_revision, vec![]));
            }
            let Some(code) = r.lang else { continue };
            let lang = Language::parse(&code).map_err(|_| sqlx::Error::Decode("unknown language".into()))?;
            let (status, _, versions) = articles.last_mut().expect("pushed above");
            if lang == Language::SOURCE {
                status.title = present(r.title, "title")?;
            }
            versions.push(Seen {
                lang,
                based_on: present(r.based_on_revision, "based_on_revision")?,
                reviewed_at: r.reviewed_at,
                updated_at: present(r.updated_at, "updated_at")?,
            });
        }
        Ok(articles
            .into_iter()
            .map(|(mut status, revision, versions)| {
                status.versions = Language::all()
                    .map(|lang| {
                        let found = versions.iter().find(|v| v.lang == lang);
                        VersionStatus {
                            lang,
                            state: TranslationState::of(lang, found.map(|v| v.based_on), revision),
                            reviewed_at: found.and_then(|v| v.reviewed_at),
                            updated_at: found.map(|v| v.updated_at),
                        }
                    })
                    .collect();
                status
            })
            .collect())
    }

    /// Every language version of one article as Markdown, missing ones empty.
    pub async fn article_sources(
        &self,
        municipality_id: MunicipalityId,
        slug: &str,
    ) -> sqlx::Result<Option<Vec<VersionSource>>> {
        let Some(article_id) = self.article_id(municipality_id, slug).await? else { return Ok(None) };
        let revision: i64 = sqlx::query_scalar("SELECT source_revision FROM articles WHERE id = $1")
            .bind(article_id)
            .fetch_one(&self.pool)
            .await?;
        let rows: Vec<SourceRow> = sqlx::query_as("SELECT lang, title, summary, body_md, based_on_revision, reviewed_at FROM article_versions WHERE article_id = $1")
            .bind(article_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(Some(
            Language::all()
                .map(|lang| {
                    let row = rows.iter().find(|r| r.lang == lang.code());
                    VersionSource {
                        lang,
                        title: row.map(|r| r.title.clone()).unwrap_or_default(),
                        summary: row.map(|r| r.summary.clone()).unwrap_or_default(),
                        body_md: row.map(|r| r.body_md.clone()).unwrap_or_default(),
                        state: TranslationState::of(lang, row.map(|r| r.based_on_revision), revision),
                        reviewed_at: row.and_then(|r| r.reviewed_at),
                    }
                })
                .collect(),
        ))
    }

    pub async fn set_published(
        &self,
        municipality_id: MunicipalityId,
        slug: &str,
        published: bool,
        audit: &Audit<'_>,
    ) -> sqlx::Result<bool> {
        // A slug names one article of the municipality, so the change is one row or none.
        let change = sqlx::query("UPDATE articles SET published = $3 WHERE municipality_id = $1 AND slug = $2")
            .bind(municipality_id)
            .bind(slug)
            .bind(i64::from(published));
        self.change_once(change, audit).await
    }

    pub async fn settings(&self, municipality_id: MunicipalityId) -> sqlx::Result<MunicipalitySettings> {
        let (name, contact_email, contact_phone, region) =
            sqlx::query_as("SELECT name, contact_email, contact_phone, region FROM municipalities WHERE id = $1")
                .bind(municipality_id)
                .fetch_one(&self.pool)
                .await?;
        Ok(MunicipalitySettings { name, contact_email, contact_phone, region })
    }

    pub async fn save_settings(
        &self,
        municipality_id: MunicipalityId,
        settings: &MunicipalitySettings,
        audit: Option<&Audit<'_>>,
    ) -> sqlx::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE municipalities SET name = $2, contact_email = $3, contact_phone = $4, region = $5 WHERE id = $1",
        )
        .bind(municipality_id)
        .bind(settings.name.trim())
        .bind(settings.contact_email.trim())
        .bind(settings.contact_phone.trim())
        .bind(settings.region.trim())
        .execute(&mut *tx)
        .await?;
        record(audit, &mut tx).await?;
        tx.commit().await
    }

    /// A new, unpublished article in a topic with its Swedish text; a field error when the
    /// topic does not exist or the slug is taken.
    pub async fn create_article(
        &self,
        municipality_id: MunicipalityId,
        topic: &str,
        slug: &str,
        source: &NewVersion<'_>,
        audit: &Audit<'_>,
    ) -> sqlx::Result<Result<i64, model::FieldError>> {
        let mut tx = self.begin_write().await?;
        let Some(topic_id) =
            sqlx::query_scalar::<_, i64>("SELECT id FROM topics WHERE municipality_id = $1 AND slug = $2")
                .bind(municipality_id)
                .bind(topic)
                .fetch_optional(&mut *tx)
                .await?
        else {
            return Ok(Err(model::FieldError::new("topic", "error-unknown-topic")));
        };
        let Some(id) = insert_article(&mut tx, municipality_id, topic_id, slug).await? else {
            return Ok(Err(model::FieldError::new("slug", "error-slug-taken")));
        };
        write_version(&mut tx, id, source).await?;
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(Ok(id))
    }

    /// The municipality's topics in order, with their names in every language.
    pub async fn topic_names(&self, municipality_id: MunicipalityId) -> sqlx::Result<Vec<model::editor::TopicNames>> {
        let rows: Vec<(String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT t.slug, n.lang, n.name FROM topics t LEFT JOIN topic_names n ON n.topic_id = t.id
             WHERE t.municipality_id = $1 ORDER BY t.position, t.id",
        )
        .bind(municipality_id)
        .fetch_all(&self.pool)
        .await?;
        let mut topics: Vec<model::editor::TopicNames> = Vec::new();
        for (slug, code, name) in rows {
            if topics.last().is_none_or(|t| t.slug != slug) {
                topics.push(model::editor::TopicNames { slug, names: std::collections::BTreeMap::new() });
            }
            if let (Some(code), Some(name)) = (code, name) {
                if let Ok(lang) = Language::parse(&code) {
                    topics.last_mut().expect("pushed above").names.insert(lang, name);
                }
            }
        }
        Ok(topics)
    }

    /// Creates the topic, or with `create: false` renames an existing one. `false` when
    /// the slug is taken (create) or unknown (rename).
    pub async fn save_topic(
        &self,
        municipality_id: MunicipalityId,
        topic: &model::editor::TopicNames,
        create: bool,
        audit: &Audit<'_>,
    ) -> sqlx::Result<bool> {
        let mut tx = self.begin_write().await?;
        let id: Option<i64> = if create {
            insert_topic(&mut tx, municipality_id, &topic.slug).await?
        } else {
            sqlx::query_scalar("SELECT id FROM topics WHERE municipality_id = $1 AND slug = $2")
                .bind(municipality_id)
                .bind(&topic.slug)
                .fetch_optional(&mut *tx)
                .await?
        };
        let Some(id) = id else { return Ok(false) };
        sqlx::query("DELETE FROM topic_names WHERE topic_id = $1").bind(id).execute(&mut *tx).await?;
        for (lang, name) in topic.names.iter().filter(|(_, n)| !n.trim().is_empty()) {
            sqlx::query("INSERT INTO topic_names (topic_id, lang, name) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(lang.code())
                .bind(name.trim())
                .execute(&mut *tx)
                .await?;
        }
        audit.write(&mut tx).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// A new municipality without content; its id.
    pub async fn create_municipality(&self, slug: &str, name: &str, demo: bool) -> sqlx::Result<MunicipalityId> {
        sqlx::query_scalar(
            "INSERT INTO municipalities (slug, name, demo, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(slug)
        .bind(name)
        .bind(i64::from(demo))
        .bind(now())
        .fetch_one(&self.pool)
        .await
    }
}

/// A new topic at the end of the municipality's; `None` when the slug is taken.
pub(super) async fn insert_topic(
    tx: &mut Transaction<'static, Any>,
    municipality_id: MunicipalityId,
    slug: &str,
) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO topics (municipality_id, slug, position)
         SELECT $1, $2, COALESCE(MAX(position), -1) + 1 FROM topics WHERE municipality_id = $1
         ON CONFLICT (municipality_id, slug) DO NOTHING RETURNING id",
    )
    .bind(municipality_id)
    .bind(slug)
    .fetch_optional(&mut **tx)
    .await
}

/// A new, unpublished article without text at the end of its topic; `None` when the
/// municipality already has the slug.
pub(super) async fn insert_article(
    tx: &mut Transaction<'static, Any>,
    municipality_id: MunicipalityId,
    topic_id: i64,
    slug: &str,
) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO articles (municipality_id, topic_id, slug, position, published, demo)
         SELECT $1, $2, $3, COALESCE(MAX(position), -1) + 1, 0, 0 FROM articles WHERE topic_id = $2
         ON CONFLICT (municipality_id, slug) DO NOTHING RETURNING id",
    )
    .bind(municipality_id)
    .bind(topic_id)
    .bind(slug)
    .fetch_optional(&mut **tx)
    .await
}
