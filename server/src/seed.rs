//! Demo data, embedded in the binary and written into an empty database at start: the
//! fictional municipality Granviken with orientation articles in every language and
//! every service, its smaller neighbour Norrsjö (`seed/norrsjo/`) with a few articles,
//! clubs and activities, and the articles their county, Demo län, shares with both
//! (`seed/region/`).

use std::collections::BTreeMap;

use anyhow::{anyhow, bail, Context as _};
use include_dir::{include_dir, Dir};
use model::{auth::Role, Language};
use serde::Deserialize;
use sqlx::Row as _;

use crate::{
    auth,
    ids::MunicipalityId,
    store::{now, Audit, Backend, NewVersion, Store},
};

static SEED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/seed");

#[derive(Deserialize)]
struct Demo {
    municipality: DemoMunicipality,
    topics: Vec<DemoTopic>,
}

/// The region's shared content (`seed/region/demo.json`).
#[derive(Deserialize)]
struct RegionDemo {
    name: String,
    topics: Vec<DemoTopic>,
}

#[derive(Deserialize)]
struct DemoMunicipality {
    slug: String,
    name: String,
}

#[derive(Deserialize)]
struct DemoTopic {
    slug: String,
    names: BTreeMap<String, String>,
    articles: Vec<String>,
}

/// An article file: `# Title`, a summary paragraph, then the Markdown body.
pub struct ArticleFile<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
}

pub fn parse_article(text: &str) -> anyhow::Result<ArticleFile<'_>> {
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let (first, rest) = text.split_once('\n').ok_or_else(|| anyhow!("no body"))?;
    let title = first.strip_prefix("# ").ok_or_else(|| anyhow!("the first line must be `# Title`"))?.trim();
    let rest = rest.trim_start();
    let (summary, body) = rest.split_once("\n\n").unwrap_or((rest, ""));
    if title.is_empty() || summary.trim().is_empty() {
        bail!("title and summary must not be empty");
    }
    Ok(ArticleFile { title, summary: summary.trim(), body: body.trim() })
}

/// Seeds the demo municipality unless the database already has a municipality.
/// Servers started together on an empty `PostgreSQL` database seed it once: each takes
/// an advisory lock first (as sqlx's migrator does), so the others find it seeded.
pub async fn seed_if_empty(store: &Store) -> anyhow::Result<bool> {
    const LOCK: &str = "SELECT 1 FROM (SELECT pg_advisory_lock(hashtext('valkommen-seed'))) AS held";
    let mut held = None;
    if store.backend() == Backend::Postgres {
        let mut conn = store.pool().acquire().await?;
        sqlx::query(LOCK).execute(&mut *conn).await?;
        held = Some(conn);
    }
    let seeded = seed_unless_seeded(store).await;
    if let Some(mut conn) = held {
        let unlock = "SELECT 1 FROM (SELECT pg_advisory_unlock(hashtext('valkommen-seed'))) AS released";
        sqlx::query(unlock).execute(&mut *conn).await?;
    }
    seeded
}

async fn seed_unless_seeded(store: &Store) -> anyhow::Result<bool> {
    if !store.municipalities().await?.is_empty() {
        return Ok(false);
    }
    let today = crate::calendar::swedish_now().0;
    let demo: Demo = serde_json::from_str(seed_file("demo.json")?)?;
    let municipality_id = seed_municipality(store, &demo, "kommunen@granviken.example", "0980-319 200").await?;
    seed_accounts(store, municipality_id).await?;
    let activities = crate::demo_activities::parse(seed_file("activities.json")?)?;
    let leader = store.credentials("forening@granviken.example").await?.context("the demo association account")?;
    crate::demo_activities::seed(store, municipality_id, &activities, today, Some(leader.id)).await?;
    crate::demo_vouchers::seed(store, municipality_id, today, leader.id).await?;
    crate::demo_sportotek::seed(store, municipality_id, today).await?;
    crate::demo_guides::seed(store, municipality_id).await?;
    seed_topics(store, municipality_id, &demo.topics, "").await?;

    let region: RegionDemo = serde_json::from_str(seed_file("region/demo.json")?)?;
    let (region_id, _) = store.region_content().await?.context("the region's shared content (migration 0012)")?;
    sqlx::query("UPDATE municipalities SET name = $2, region = $2, demo = 1 WHERE id = $1")
        .bind(region_id)
        .bind(&region.name)
        .execute(store.pool())
        .await?;
    seed_topics(store, region_id, &region.topics, "region/").await?;

    let neighbour: Demo = serde_json::from_str(seed_file("norrsjo/demo.json")?)?;
    let neighbour_id = seed_municipality(store, &neighbour, "kommunen@norrsjo.example", "0980-319 280").await?;
    let hash = tokio::task::spawn_blocking(|| auth::hash_password(DEMO_PASSWORD)).await?;
    let admin = store.create_account(NEIGHBOUR_ADMIN, &hash, true).await?.context("demo account exists")?;
    let audit = Audit::new(None, Some(neighbour_id), "demo-account-created", NEIGHBOUR_ADMIN);
    store.set_roles(admin, Some(neighbour_id), &[Role::Admin], &audit).await?;
    let activities = crate::demo_activities::parse(seed_file("norrsjo/activities.json")?)?;
    crate::demo_activities::seed(store, neighbour_id, &activities, today, None).await?;
    seed_topics(store, neighbour_id, &neighbour.topics, "norrsjo/").await?;
    Ok(true)
}

/// The region both demo municipalities belong to, as their settings name it.
const DEMO_REGION: &str = "Demo län";

fn seed_file(path: &str) -> anyhow::Result<&'static str> {
    SEED.get_file(path).and_then(|f| f.contents_utf8()).with_context(|| format!("seed/{path}"))
}

async fn seed_municipality(store: &Store, demo: &Demo, email: &str, phone: &str) -> anyhow::Result<MunicipalityId> {
    let id = MunicipalityId(
        insert_returning_id(
            store,
            sqlx::query(
                "INSERT INTO municipalities (slug, name, demo, created_at) VALUES ($1, $2, 1, $3) RETURNING id",
            )
            .bind(&demo.municipality.slug)
            .bind(&demo.municipality.name)
            .bind(now()),
        )
        .await?,
    );
    let settings = model::editor::MunicipalitySettings {
        name: demo.municipality.name.clone(),
        contact_email: email.into(),
        contact_phone: phone.into(),
        region: DEMO_REGION.into(),
    };
    store.save_settings(id, &settings, None).await?;
    Ok(id)
}

/// The topics in order with their articles, from `{folder}articles/`.
async fn seed_topics(
    store: &Store,
    municipality_id: MunicipalityId,
    topics: &[DemoTopic],
    folder: &str,
) -> anyhow::Result<()> {
    for (position, topic) in (0_i64..).zip(topics) {
        let topic_id = insert_returning_id(
            store,
            sqlx::query("INSERT INTO topics (municipality_id, slug, position) VALUES ($1, $2, $3) RETURNING id")
                .bind(municipality_id)
                .bind(&topic.slug)
                .bind(position),
        )
        .await?;
        for (lang, name) in &topic.names {
            sqlx::query("INSERT INTO topic_names (topic_id, lang, name) VALUES ($1, $2, $3)")
                .bind(topic_id)
                .bind(
                    Language::parse(lang).map_err(|_| anyhow!("topic {}: unknown language {lang}", topic.slug))?.code(),
                )
                .bind(name)
                .execute(store.pool())
                .await?;
        }
        for (position, slug) in (0_i64..).zip(&topic.articles) {
            let place = ArticlePlace { topic_id, topic: &topic.slug, slug, position, folder };
            seed_article(store, municipality_id, &place).await?;
        }
    }
    Ok(())
}

/// The password of every demo account, listed in README.md.
pub const DEMO_PASSWORD: &str = "valkommen-demo";

/// One demo account per role in the demo municipality. There is no region-wide demo
/// account: with a published password it would open every municipality of a region
/// (`server create-admin --region` makes one with a password of your own).
/// The demo admin of Norrsjö, the neighbour: the other demo accounts are Granviken's.
pub const NEIGHBOUR_ADMIN: &str = "admin@norrsjo.example";

pub const DEMO_ACCOUNTS: [(&str, Role); 5] = [
    ("admin@granviken.example", Role::Admin),
    ("samordnare@granviken.example", Role::Coordinator),
    ("forening@granviken.example", Role::Association),
    ("guide@granviken.example", Role::Guide),
    ("sportotek@granviken.example", Role::Sportotek),
];

async fn seed_accounts(store: &Store, municipality_id: MunicipalityId) -> anyhow::Result<()> {
    // One hash serves all: the demo accounts share a published password anyway.
    let hash = tokio::task::spawn_blocking(|| auth::hash_password(DEMO_PASSWORD)).await?;
    for (email, role) in DEMO_ACCOUNTS {
        let id = store.create_account(email, &hash, true).await?.context("demo account exists")?;
        let audit = Audit::new(None, Some(municipality_id), "demo-account-created", email);
        store.set_roles(id, Some(municipality_id), &[role], &audit).await?;
    }
    Ok(())
}

/// Where a demo article goes, and the folder its files are in.
struct ArticlePlace<'a> {
    topic_id: i64,
    topic: &'a str,
    slug: &'a str,
    position: i64,
    folder: &'a str,
}

async fn seed_article(store: &Store, municipality_id: MunicipalityId, place: &ArticlePlace<'_>) -> anyhow::Result<()> {
    let ArticlePlace { topic_id, topic, slug, position, folder } = *place;
    let article_id = insert_returning_id(
        store,
        sqlx::query("INSERT INTO articles (municipality_id, topic_id, slug, position, demo) VALUES ($1, $2, $3, $4, 1) RETURNING id")
            .bind(municipality_id)
            .bind(topic_id)
            .bind(slug)
            .bind(position),
    )
    .await?;
    // Swedish first: the translations follow its revision.
    for language in std::iter::once(Language::SOURCE).chain(Language::all().filter(|l| *l != Language::SOURCE)) {
        let path = format!("{folder}articles/{topic}/{slug}/{}.md", language.code());
        let Some(text) = SEED.get_file(&path).and_then(|f| f.contents_utf8()) else {
            if language == Language::SOURCE {
                bail!("{path} is missing: Swedish is the source");
            }
            continue;
        };
        let file = parse_article(text).with_context(|| path.clone())?;
        let body_html = crate::markdown::render(file.body);
        let version = NewVersion {
            lang: language,
            title: file.title,
            summary: file.summary,
            body_md: file.body,
            body_html: &body_html,
            reviewed_at: None,
        };
        store.save_version(article_id, &version, None).await?;
    }
    Ok(())
}

async fn insert_returning_id<'q>(
    store: &Store,
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
) -> anyhow::Result<i64> {
    Ok(query.fetch_one(store.pool()).await?.get(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_file_splits_into_title_summary_and_body() {
        let file = parse_article("# Rubrik\n\nEn sammanfattning\npå två rader.\n\n## Del\n\nText.").unwrap();
        assert_eq!(file.title, "Rubrik");
        assert_eq!(file.summary, "En sammanfattning\npå två rader.");
        assert_eq!(file.body, "## Del\n\nText.");
    }

    #[test]
    fn an_article_file_without_a_title_line_is_refused() {
        assert!(parse_article("Rubrik\n\nText").is_err());
        assert!(parse_article("# \n\nText").is_err());
    }

    #[test]
    fn every_demo_article_exists_in_every_language_and_parses() {
        let demo: Demo = serde_json::from_str(seed_file("demo.json").unwrap()).unwrap();
        let region: RegionDemo = serde_json::from_str(seed_file("region/demo.json").unwrap()).unwrap();
        let neighbour: Demo = serde_json::from_str(seed_file("norrsjo/demo.json").unwrap()).unwrap();
        let mut count = 0;
        let folders = [("", &demo.topics), ("region/", &region.topics), ("norrsjo/", &neighbour.topics)];
        for (folder, topic) in folders.into_iter().flat_map(|(f, topics)| topics.iter().map(move |t| (f, t))) {
            assert_eq!(topic.names.len(), Language::all().count(), "topic {}", topic.slug);
            for slug in &topic.articles {
                for language in Language::all() {
                    let path = format!("{folder}articles/{}/{slug}/{}.md", topic.slug, language.code());
                    let text = SEED
                        .get_file(&path)
                        .and_then(|f| f.contents_utf8())
                        .unwrap_or_else(|| panic!("{path} missing"));
                    parse_article(text).unwrap_or_else(|e| panic!("{path}: {e}"));
                }
                count += 1;
            }
        }
        assert!(count >= 19, "only {count} demo articles");
        assert!(!region.topics.is_empty() && !neighbour.topics.is_empty());
    }
}
