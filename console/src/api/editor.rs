//! Articles, topics, the municipality's settings and its audit log.

use gloo_net::http::Method;
use model::{
    auth::AuditEntry,
    editor::{
        ArticleStatus, MunicipalitySettings, NewArticleRequest, Preview, PreviewRequest, SaveVersionRequest,
        TopicNames, VersionSource,
    },
    Language,
};
use ui::fetch::encode;

use super::{request, staff, Failure, NO_BODY};

/// Every article with the state of each language.
pub async fn articles(municipality: &str) -> Result<Vec<ArticleStatus>, Failure> {
    request(Method::GET, &staff(municipality, "/articles"), NO_BODY).await
}

pub async fn new_article(municipality: &str, article: &NewArticleRequest) -> Result<(), Failure> {
    request(Method::POST, &staff(municipality, "/articles"), Some(article)).await
}

/// Every language version of one article, as written.
pub async fn versions(municipality: &str, slug: &str) -> Result<Vec<VersionSource>, Failure> {
    request(Method::GET, &staff(municipality, &format!("/articles/{}", encode(slug))), NO_BODY).await
}

pub async fn save_version(
    municipality: &str,
    slug: &str,
    lang: Language,
    version: &SaveVersionRequest,
) -> Result<(), Failure> {
    let path = staff(municipality, &format!("/articles/{}/versions/{lang}", encode(slug)));
    request(Method::PUT, &path, Some(version)).await
}

pub async fn publish(municipality: &str, slug: &str) -> Result<(), Failure> {
    request(Method::POST, &staff(municipality, &format!("/articles/{}/publish", encode(slug))), NO_BODY).await
}

pub async fn unpublish(municipality: &str, slug: &str) -> Result<(), Failure> {
    request(Method::POST, &staff(municipality, &format!("/articles/{}/unpublish", encode(slug))), NO_BODY).await
}

/// Markdown as readers will see it.
pub async fn preview_markdown(markdown: &PreviewRequest) -> Result<Preview, Failure> {
    request(Method::POST, "/api/staff/preview", Some(markdown)).await
}

pub async fn topics(municipality: &str) -> Result<Vec<TopicNames>, Failure> {
    request(Method::GET, &staff(municipality, "/topics"), NO_BODY).await
}

pub async fn add_topic(municipality: &str, topic: &TopicNames) -> Result<(), Failure> {
    request(Method::POST, &staff(municipality, "/topics"), Some(topic)).await
}

/// New names for the topic `topic.slug`.
pub async fn rename_topic(municipality: &str, topic: &TopicNames) -> Result<(), Failure> {
    request(Method::PUT, &staff(municipality, &format!("/topics/{}", encode(&topic.slug))), Some(topic)).await
}

pub async fn settings(municipality: &str) -> Result<MunicipalitySettings, Failure> {
    request(Method::GET, &staff(municipality, "/settings"), NO_BODY).await
}

pub async fn save_settings(municipality: &str, settings: &MunicipalitySettings) -> Result<(), Failure> {
    request(Method::PUT, &staff(municipality, "/settings"), Some(settings)).await
}

/// Who changed what, and when.
pub async fn audit(municipality: &str) -> Result<Vec<AuditEntry>, Failure> {
    request(Method::GET, &staff(municipality, "/audit"), NO_BODY).await
}

/// The region's shared content, which a region-wide admin edits like a municipality.
pub async fn region() -> Result<model::orientation::Municipality, Failure> {
    request(Method::GET, "/api/staff/region", NO_BODY).await
}

/// The region's figures for a year: for a region-wide admin only.
pub async fn region_figures(year: i32) -> Result<model::region::RegionFigures, Failure> {
    request(Method::GET, &format!("/api/staff/region/figures?year={year}"), NO_BODY).await
}

/// The region's shared articles as this municipality shows them.
pub async fn shared_articles(municipality: &str) -> Result<Vec<model::editor::SharedArticle>, Failure> {
    request(Method::GET, &staff(municipality, "/shared-articles"), NO_BODY).await
}

/// Hides a shared article from the municipality's readers, or shows it again.
pub async fn hide_shared(municipality: &str, slug: &str, hidden: bool) -> Result<(), Failure> {
    let method = if hidden { Method::PUT } else { Method::DELETE };
    request(method, &staff(municipality, &format!("/shared-articles/{}/hidden", encode(slug))), NO_BODY).await
}

/// Copies a shared article into the municipality as its own, unpublished.
pub async fn copy_shared(municipality: &str, slug: &str) -> Result<(), Failure> {
    request(Method::POST, &staff(municipality, &format!("/shared-articles/{}/copy", encode(slug))), NO_BODY).await
}
