//! The staff console's orientation editor, the municipality's settings and its audit log:
//! a municipality's, or the region's shared content's for a region-wide admin
//! ([`EditorOf`]).

use axum::{
    extract::{DefaultBodyLimit, Path, State},
    http::StatusCode,
    Json,
};
use model::{
    auth::AuditEntry,
    editor::{
        ArticleStatus, MunicipalitySettings, NewArticleRequest, Preview, PreviewRequest, SaveVersionRequest,
        TopicNames, VersionSource,
    },
    orientation::Slug,
    Language,
};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::state::AppState;
use crate::{
    access::EditorOf,
    auth::Staff,
    error::{ApiError, AppJson, Result},
    markdown,
    store::{now, Audit, NewVersion},
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(articles, create_article))
        .routes(routes!(article))
        .routes(routes!(save_version))
        .routes(routes!(publish))
        .routes(routes!(unpublish))
        .routes(routes!(topics, create_topic))
        .routes(routes!(rename_topic))
        .routes(routes!(settings, save_settings))
        .routes(routes!(audit))
        .routes(routes!(preview))
        // Article bodies are longer than the rest of the API's input.
        .layer(DefaultBodyLimit::max(EDITOR_BODY_BYTES))
}

/// Room for the longest body in the longest script (Arabic letters take two bytes).
const EDITOR_BODY_BYTES: usize = 256 * 1024;

/// Every article with the state of each language: current, outdated or missing.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/articles", tag = "staff",
    params(("municipality" = String, Path)), responses((status = 200, body = Vec<ArticleStatus>), (status = 401, body = model::ErrorBody), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn articles(
    State(app): State<AppState>,
    EditorOf { municipality: m, .. }: EditorOf,
) -> Result<Json<Vec<ArticleStatus>>> {
    Ok(Json(app.store.article_statuses(m).await?))
}

/// Creates an article in a topic with its Swedish text; it stays unpublished until
/// published, so translations can be written first.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/articles", tag = "staff",
    params(("municipality" = String, Path)), request_body = NewArticleRequest,
    responses((status = 201), (status = 403, body = model::ErrorBody), (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create_article(
    State(app): State<AppState>,
    EditorOf { municipality: m, staff, .. }: EditorOf,
    AppJson(request): AppJson<NewArticleRequest>,
) -> Result<StatusCode> {
    let topic = Slug::parse("topic", &request.topic)?;
    let slug = Slug::parse("slug", &request.slug)?;
    let text = SaveVersionRequest {
        title: request.title,
        summary: request.summary,
        body_md: request.body_md,
        reviewed: false,
    };
    text.validate().map_err(ApiError::Invalid)?;
    let body_html = markdown::render(&text.body_md);
    let version = NewVersion {
        lang: Language::SOURCE,
        title: text.title.trim(),
        summary: text.summary.trim(),
        body_md: &text.body_md,
        body_html: &body_html,
        reviewed_at: None,
    };
    let audit = Audit::new(Some(staff.account_id), Some(m), "article-created", slug.as_str());
    match app.store.create_article(m, topic.as_str(), slug.as_str(), &version, &audit).await? {
        Ok(_) => Ok(StatusCode::CREATED),
        // A slug already taken, or a topic the municipality does not have (yet): both
        // depend on what is stored, and the caller can resolve them.
        Err(field) => Err(ApiError::Conflict(field)),
    }
}

/// The topics in order, with their names in every language.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/topics", tag = "staff",
    params(("municipality" = String, Path)), responses((status = 200, body = Vec<TopicNames>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn topics(
    State(app): State<AppState>,
    EditorOf { municipality: m, .. }: EditorOf,
) -> Result<Json<Vec<TopicNames>>> {
    Ok(Json(app.store.topic_names(m).await?))
}

/// Adds a topic at the end, named in Swedish and any other language.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/topics", tag = "staff",
    params(("municipality" = String, Path)), request_body = TopicNames,
    responses((status = 201), (status = 403, body = model::ErrorBody), (status = 409, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create_topic(
    State(app): State<AppState>,
    EditorOf { municipality: m, staff, .. }: EditorOf,
    AppJson(request): AppJson<TopicNames>,
) -> Result<StatusCode> {
    Slug::parse("slug", &request.slug)?;
    request.validate().map_err(ApiError::Invalid)?;
    let audit = Audit::new(Some(staff.account_id), Some(m), "topic-created", &request.slug);
    if !app.store.save_topic(m, &request, true, &audit).await? {
        return Err(ApiError::Conflict(model::FieldError::new("slug", "error-slug-taken")));
    }
    Ok(StatusCode::CREATED)
}

/// Renames a topic in every language given; a language left out loses its name and
/// shows the Swedish one.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/topics/{slug}", tag = "staff",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80)), request_body = TopicNames,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn rename_topic(
    State(app): State<AppState>,
    EditorOf { municipality: m, staff, .. }: EditorOf,
    Path((_municipality, slug)): Path<(String, String)>,
    AppJson(mut request): AppJson<TopicNames>,
) -> Result<StatusCode> {
    Slug::parse("slug", &slug)?.as_str().clone_into(&mut request.slug);
    request.validate().map_err(ApiError::Invalid)?;
    let audit = Audit::new(Some(staff.account_id), Some(m), "topic-renamed", &request.slug);
    if !app.store.save_topic(m, &request, false, &audit).await? {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Every language version of an article, as Markdown.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/articles/{slug}", tag = "staff",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80)),
    responses((status = 200, body = Vec<VersionSource>), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn article(
    State(app): State<AppState>,
    EditorOf { municipality: m, .. }: EditorOf,
    Path((_municipality, slug)): Path<(String, String)>,
) -> Result<Json<Vec<VersionSource>>> {
    let slug = Slug::parse("slug", &slug)?;
    app.store.article_sources(m, slug.as_str()).await?.map(Json).ok_or(ApiError::NotFound)
}

/// Saves one language version. Changing the Swedish text marks every translation
/// outdated; saving a translation makes it follow the current Swedish text.
#[utoipa::path(put, path = "/staff/municipalities/{municipality}/articles/{slug}/versions/{lang}", tag = "staff",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80), ("lang" = String, Path, pattern = "^(sv|ar|prs|uk|en)$")), request_body = SaveVersionRequest,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn save_version(
    State(app): State<AppState>,
    EditorOf { municipality: m, staff, .. }: EditorOf,
    Path((_municipality, slug, lang)): Path<(String, String, String)>,
    AppJson(request): AppJson<SaveVersionRequest>,
) -> Result<StatusCode> {
    let slug = Slug::parse("slug", &slug)?;
    let lang = Language::parse(&lang)?;
    request.validate().map_err(ApiError::Invalid)?;
    let article_id = app.store.article_id(m, slug.as_str()).await?.ok_or(ApiError::NotFound)?;
    let reviewed_at = (request.reviewed && lang != Language::SOURCE).then(now);
    let body_html = markdown::render(&request.body_md);
    let version = NewVersion {
        lang,
        title: request.title.trim(),
        summary: request.summary.trim(),
        body_md: &request.body_md,
        body_html: &body_html,
        reviewed_at,
    };
    let target = format!("{}/{lang}", slug.as_str());
    let audit = Audit::new(Some(staff.account_id), Some(m), "article-saved", &target);
    app.store.save_version(article_id, &version, Some(&audit)).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn set_published(
    app: &AppState,
    EditorOf { municipality: m, staff, .. }: EditorOf,
    slug: &str,
    published: bool,
) -> Result<StatusCode> {
    let slug = Slug::parse("slug", slug)?;
    let action = if published { "article-published" } else { "article-unpublished" };
    let audit = Audit::new(Some(staff.account_id), Some(m), action, slug.as_str());
    if !app.store.set_published(m, slug.as_str(), published, &audit).await? {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Shows the article to readers.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/articles/{slug}/publish", tag = "staff",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80)), responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn publish(
    State(app): State<AppState>,
    admin: EditorOf,
    Path((_municipality, slug)): Path<(String, String)>,
) -> Result<StatusCode> {
    set_published(&app, admin, &slug, true).await
}

/// Hides the article from readers; nothing is deleted.
#[utoipa::path(post, path = "/staff/municipalities/{municipality}/articles/{slug}/unpublish", tag = "staff",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80)), responses((status = 204), (status = 403, body = model::ErrorBody), (status = 404, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn unpublish(
    State(app): State<AppState>,
    admin: EditorOf,
    Path((_municipality, slug)): Path<(String, String)>,
) -> Result<StatusCode> {
    set_published(&app, admin, &slug, false).await
}

/// Renders Markdown exactly as readers will see it.
#[utoipa::path(post, path = "/staff/preview", tag = "staff", request_body = PreviewRequest,
    responses((status = 200, body = Preview), (status = 401, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn preview(staff: Staff, AppJson(request): AppJson<PreviewRequest>) -> Result<Json<Preview>> {
    if staff.grants.is_empty() {
        return Err(ApiError::Forbidden);
    }
    if request.body_md.chars().count() > SaveVersionRequest::MAX_BODY {
        return Err(model::FieldError::new("body_md", "error-too-long").into());
    }
    Ok(Json(Preview { html: markdown::render(&request.body_md) }))
}

#[utoipa::path(get, path = "/staff/municipalities/{municipality}/settings", tag = "staff",
    params(("municipality" = String, Path)), responses((status = 200, body = MunicipalitySettings), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settings(
    State(app): State<AppState>,
    EditorOf { municipality: m, .. }: EditorOf,
) -> Result<Json<MunicipalitySettings>> {
    Ok(Json(app.store.settings(m).await?))
}

#[utoipa::path(put, path = "/staff/municipalities/{municipality}/settings", tag = "staff",
    params(("municipality" = String, Path)), request_body = MunicipalitySettings,
    responses((status = 204), (status = 403, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn save_settings(
    State(app): State<AppState>,
    EditorOf { municipality: m, staff, .. }: EditorOf,
    Path(municipality): Path<String>,
    AppJson(request): AppJson<MunicipalitySettings>,
) -> Result<StatusCode> {
    request.validate().map_err(ApiError::Invalid)?;
    let audit = Audit::new(Some(staff.account_id), Some(m), "settings-saved", &municipality);
    app.store.save_settings(m, &request, Some(&audit)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Who changed what and when, newest first.
#[utoipa::path(get, path = "/staff/municipalities/{municipality}/audit", tag = "staff",
    params(("municipality" = String, Path)), responses((status = 200, body = Vec<AuditEntry>), (status = 403, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn audit(
    State(app): State<AppState>,
    EditorOf { municipality: m, .. }: EditorOf,
) -> Result<Json<Vec<AuditEntry>>> {
    Ok(Json(app.store.audit_entries(m, 500).await?))
}
