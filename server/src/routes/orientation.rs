//! Local orientation: the article index, one article, search and "Was this helpful?".

use axum::{
    extract::{Path, Query, Request, State},
    http::{Method, StatusCode},
    Json,
};
use model::{
    orientation::{
        Article, FeedbackRequest, Municipality, OrientationIndex, SearchHit, SearchQuery, SearchResults, Slug,
    },
    search, Language,
};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    client::ClientIp,
    error::{ApiError, AppJson, AppQuery, Result},
    extract::{self, language, LangParams},
    ids::MunicipalityId,
    state::AppState,
    store::SearchRow,
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(municipalities))
        .routes(routes!(index))
        .routes(routes!(article))
        .routes(routes!(feedback))
        .routes(routes!(search))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    #[param(pattern = "^(sv|ar|prs|uk|en)$")]
    lang: Option<String>,
    /// The words to find, in the reader's language or in Swedish.
    #[param(required = true, pattern = "\\S", max_length = 100)]
    q: Option<String>,
}

/// The municipalities this installation serves.
#[utoipa::path(get, path = "/municipalities", tag = "orientation", responses((status = 200, body = Vec<Municipality>)))]
#[tracing::instrument(skip_all)]
pub async fn municipalities(State(app): State<AppState>) -> Result<Json<Vec<Municipality>>> {
    Ok(Json(app.store.municipalities().await?))
}

/// Topics and their articles in the reader's language, Swedish where a translation is missing.
#[utoipa::path(get, path = "/municipalities/{municipality}/orientation", tag = "orientation",
    params(("municipality" = String, Path), LangParams),
    responses((status = 200, body = OrientationIndex), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn index(
    State(app): State<AppState>,
    Path(municipality): Path<String>,
    AppQuery(params): AppQuery<LangParams>,
) -> Result<Json<OrientationIndex>> {
    let lang = language(params.lang.as_deref())?;
    let (id, municipality) = extract::municipality(&app, &municipality).await?;
    let topics = app.store.orientation_topics(id, lang).await?;
    Ok(Json(OrientationIndex { municipality, lang, topics }))
}

/// One article in the reader's language; Swedish, marked as such, when it is missing.
#[utoipa::path(get, path = "/municipalities/{municipality}/articles/{slug}", tag = "orientation",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80), LangParams),
    responses((status = 200, body = Article), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn article(
    State(app): State<AppState>,
    Path((municipality, slug)): Path<(String, String)>,
    AppQuery(params): AppQuery<LangParams>,
) -> Result<Json<Article>> {
    let lang = language(params.lang.as_deref())?;
    let slug = Slug::parse("slug", &slug)?;
    let (id, _) = extract::municipality(&app, &municipality).await?;
    app.store.article(id, slug.as_str(), lang).await?.map(Json).ok_or(ApiError::NotFound)
}

/// The municipality's slug when `path` is one of its articles.
fn article_of(path: &str) -> Option<&str> {
    let (slug, article) = path.strip_prefix("/api/municipalities/")?.split_once("/articles/")?;
    (!slug.is_empty() && !slug.contains('/') && !article.is_empty() && !article.contains('/')).then_some(slug)
}

/// The municipality and language of an article asked for, for the region's figures
/// (`startup::CountDemand`). The server's first paint counts none: the app asks the API
/// again once it runs.
pub fn article_asked(request: &Request) -> Option<(String, Language)> {
    let slug = (request.method() == Method::GET).then(|| article_of(request.uri().path())).flatten()?;
    let Query(params) = Query::<LangParams>::try_from_uri(request.uri()).ok()?;
    Some((slug.to_owned(), language(params.lang.as_deref()).ok()?))
}

/// Searches titles, summaries and bodies in the reader's language and in Swedish.
#[utoipa::path(get, path = "/municipalities/{municipality}/search", tag = "orientation",
    params(("municipality" = String, Path), SearchParams),
    responses((status = 200, body = SearchResults), (status = 404, body = model::ErrorBody), (status = 422, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn search(
    State(app): State<AppState>,
    Path(municipality): Path<String>,
    AppQuery(params): AppQuery<SearchParams>,
) -> Result<Json<SearchResults>> {
    let lang = language(params.lang.as_deref())?;
    let query = SearchQuery::parse(params.q.as_deref().unwrap_or_default())?;
    let (id, _) = extract::municipality(&app, &municipality).await?;
    Ok(Json(SearchResults { query: query.as_str().to_owned(), lang, hits: hits(&app, id, lang, &query).await? }))
}

/// The articles that `query` finds, best first, for the API and the server's first paint.
pub async fn hits(app: &AppState, id: MunicipalityId, lang: Language, query: &SearchQuery) -> Result<Vec<SearchHit>> {
    let terms = search::terms(query.as_str());
    let rows = app.store.search(id, lang, &terms).await?;

    // An article is found by its reader's version or by its Swedish one, so a word
    // from an official letter finds it too; it is shown in the reader's language. The
    // rows come an article's versions together, in the orientation's order.
    let mut scored: Vec<(u32, SearchHit)> = Vec::new();
    for versions in rows.chunk_by(|a, b| a.slug == b.slug) {
        let version = |wanted: Language| versions.iter().find(|row| row.lang == wanted);
        let (mine, swedish) = (version(lang), version(Language::SOURCE).filter(|_| lang != Language::SOURCE));
        let score = |row: Option<&SearchRow>| row.and_then(|row| search::score_stored(&terms, &row.folded));
        let (my_score, swedish_score) = (score(mine), score(swedish));
        let (Some(best), Some(shown)) = (my_score.max(swedish_score), mine.or(swedish)) else { continue };
        let hit = SearchHit {
            slug: shown.slug.clone(),
            lang: shown.lang,
            title: shown.title.clone(),
            summary: shown.summary.clone(),
            matched_swedish: my_score.is_none(),
        };
        scored.push((best, hit));
    }
    scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    Ok(scored.into_iter().map(|(_, hit)| hit).collect())
}

/// Counts an anonymous "Was this helpful?" answer for the article in one language.
#[utoipa::path(post, path = "/municipalities/{municipality}/articles/{slug}/feedback", tag = "orientation",
    params(("municipality" = String, Path), ("slug" = String, Path, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 80)), request_body = FeedbackRequest,
    responses((status = 204), (status = 400, body = model::ErrorBody), (status = 404, body = model::ErrorBody),
        (status = 413, body = model::ErrorBody), (status = 429, body = model::ErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn feedback(
    State(app): State<AppState>,
    ClientIp(client): ClientIp,
    Path((municipality, slug)): Path<(String, String)>,
    AppJson(request): AppJson<FeedbackRequest>,
) -> Result<StatusCode> {
    let slug = Slug::parse("slug", &slug)?;
    let (id, _) = extract::municipality(&app, &municipality).await?;
    if !app.feedback_limiter.check(&client).await? {
        return Err(ApiError::RateLimited);
    }
    if app.store.record_feedback(id, slug.as_str(), request.lang, request.helpful).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::article_of;

    #[test]
    fn an_article_is_counted_by_the_municipality_its_address_names() {
        assert_eq!(article_of("/api/municipalities/norrsjo/articles/samhallsorientering"), Some("norrsjo"));
        assert_eq!(article_of("/api/municipalities/norrsjo/orientation"), None);
        assert_eq!(article_of("/api/municipalities/norrsjo/articles/"), None);
        assert_eq!(article_of("/api/municipalities/a/b/articles/x"), None);
        assert_eq!(article_of("/api/municipalities/norrsjo/articles/x/feedback"), None);
        assert_eq!(article_of("/api/staff/municipalities/norrsjo/articles/x"), None);
    }
}
