//! The first paint comes from the server. The newcomers' pages (the orientation's start
//! page, topics, articles and search; the finder, an activity, an association; the
//! Sportotek's catalogue and the guides) are sent with their content as HTML in the
//! shell their bundle's wasm starts from, in the reader's language and direction, with
//! the page's title and description: a phone on weak data reads the page and follows
//! its links before the wasm has arrived, and with JavaScript off. The pages whose
//! content is on the phone come with their heading and introduction. The wasm replaces
//! it with the same markup once the reader's texts are in (`ui::mount` clears `#app` and
//! mounts in one task, so no frame shows the gap).
//!
//! Rendered with the server's own templates (`maud`, which escapes every value) from
//! the data the API answers with, rather than Leptos SSR with hydration: the newcomer
//! bundles stay client-side builds with no server half to keep in step, the server has
//! no wasm toolchain in it, and a page's HTML is a few kilobytes whatever the bundle.
//! The cost is that a page's markup is written twice; `tests/journeys/first_paint.rs`
//! holds the two to the same headings, texts and links.

mod activities;
mod facts;
mod guides;
mod more;
mod orientation;
mod page;
mod phone;
mod shell;
mod sportotek;

use axum::{
    extract::Query,
    http::{header, HeaderMap, HeaderValue, Uri},
    response::Response,
};
use model::{
    finder::{FinderParams, FinderQuery},
    i18n::Localizer,
    Language,
};
use serde::Deserialize;

pub use self::{
    page::{reader_language, Page},
    shell::{into_shell, respond, Filled},
};
use crate::{
    caching,
    error::{ApiError, Result},
    guides::GuideId,
    ids::ItemId,
    read_cache::{PageKey, ReadCache, Reader},
    routes::{activities as finder, guides as people, sportotek as equipment},
    state::AppState,
    static_files::StaticFiles,
};

/// The content of `page` at `uri` in `lang` for the reader's municipality (`chosen`, or
/// the first), or `None` when there is nothing to fill (no municipality, an unknown id or
/// slug: the app says so).
pub async fn fill(
    app: &AppState,
    page: &Page,
    uri: &Uri,
    lang: Language,
    chosen: Option<&str>,
) -> Result<Option<(Filled, String)>> {
    // Every place in one query: the reader's is among them, and the start page and the
    // finder offer the others.
    let places = app.store.places().await?;
    let reader = chosen.and_then(|slug| places.iter().find(|(_, m)| m.slug == slug)).or_else(|| places.first());
    let Some((id, municipality)) = reader.cloned() else { return Ok(None) };
    let neighbours = places.len() > 1;
    let t = Localizer::with_files(lang, page.texts());
    let filled = match page {
        Page::Home => {
            let places: Vec<_> = places.into_iter().map(|(_, m)| m).collect();
            Some(orientation::home(&t, &municipality, &places, &app.store.orientation_topics(id, lang).await?))
        }
        Page::Topic(slug) => orientation::topic_page(&t, &app.store.orientation_topics(id, lang).await?, slug),
        Page::Article(slug) => orientation::article_page(app, &t, id, slug, lang).await?,
        Page::Search => {
            #[derive(Deserialize)]
            struct Words {
                q: Option<String>,
            }
            let q = Query::<Words>::try_from_uri(uri).ok().and_then(|Query(words)| words.q).unwrap_or_default();
            orientation::search_page(app, &t, id, &q, lang).await?
        }
        Page::Finder => {
            // As the app reads the address: a hand-edited bad filter shows everything, and
            // neither a position nor a later page is taken from it; as many pages as it
            // asks for (`?shown=`, the link for more), in one read.
            let params = Query::<FinderParams>::try_from_uri(uri).map(|Query(p)| p).unwrap_or_default();
            let query = FinderQuery { near: None, offset: 0, ..FinderQuery::parse(&params).unwrap_or_default() };
            let shown = activities::PAGES.shown(page::query_value(uri, "shown"));
            let list = finder::found(app, id, &municipality, lang, &query, shown).await?;
            let lang_in_address = page::query_value(uri, "lang").is_some();
            Some(activities::finder(&t, &query, &list.items, list.total, lang_in_address, neighbours))
        }
        Page::Activity(activity) => {
            // A neighbour's activity, from the finder with its neighbours: `?in=` names
            // the municipality that runs it.
            let neighbour = page::query_value(uri, "in")
                .filter(|slug| *slug != municipality.slug)
                .and_then(|slug| places.iter().find(|(_, m)| m.slug == slug).cloned());
            let (at, place) = neighbour.as_ref().map_or((id, &municipality), |(other, place)| (*other, place));
            found(finder::activity(app, at, place, *activity, lang).await)?.map(|mut detail| {
                detail.summary.municipality = neighbour.as_ref().map(|(_, place)| place.clone());
                activities::activity(&t, &place.slug, &detail)
            })
        }
        Page::Association(slug) => found(finder::profile(app, id, slug, lang).await)?
            .map(|profile| activities::association(&t, &municipality.slug, &profile)),
        Page::Sportotek => {
            let pairs = query_pairs(uri);
            let value = |key| first(&pairs, key);
            let filter = model::addresses::CatalogueFilter::from_query(value("category"), value("size"), value("age"));
            let asked = (filter.category, filter.size.as_deref(), filter.age);
            // As many pages as the address asks for (`?shown=`, the link for more), in one read.
            let shown = sportotek::PAGES.shown(value("shown"));
            Some(sportotek::catalogue(&t, &filter, &equipment::catalogue_of(app, id, lang, asked, 0, shown).await?))
        }
        Page::SportotekItem(item) => {
            found(equipment::item_page(app, id, ItemId(*item), lang).await)?.map(|page| sportotek::item(&t, &page))
        }
        Page::Guides => {
            let pairs = query_pairs(uri);
            let value = |key| first(&pairs, key);
            let query = model::addresses::GuideQuery::from_query(value("language"), value("topic"), value("meeting"));
            let mut found = people::matching(app, id, &query.filter(lang)).await?;
            found.retain(|guide| query.keeps(guide));
            Some(guides::list(&t, &query, &found))
        }
        Page::Guide(guide) => {
            found(people::profile(app, id, GuideId(*guide), lang).await)?.map(|profile| guides::profile(&t, &profile))
        }
        Page::Voucher => Some(phone::voucher(&t)),
        Page::Mine | Page::GuideBookings | Page::Reservations => phone::heading_only(&t, page),
    };
    Ok(filled.map(|filled| (filled, municipality.slug)))
}

/// The address's query, decoded as the app's router decodes it.
fn query_pairs(uri: &Uri) -> Vec<(String, String)> {
    url::form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).into_owned().collect()
}

/// The first value of `key`, as the router's `get` gives it.
fn first<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// What the API would answer, or `None` where it would say "not found".
fn found<T>(answer: Result<T>) -> Result<Option<T>> {
    match answer {
        Ok(value) => Ok(Some(value)),
        Err(ApiError::NotFound) => Ok(None),
        Err(error) => Err(error),
    }
}

/// The page at `uri` filled, when it is a newcomer page the server fills and its
/// bundle's shell is there; `None` leaves it to the static files (the shell the app
/// fills itself).
///
/// A page filled is kept (`crate::read_cache`) for the next reader of the same language
/// and municipality, until what it shows changes.
pub async fn serve(app: &AppState, files: &StaticFiles, uri: &Uri, headers: &HeaderMap) -> Option<Response> {
    let Asked { page, shell, lang, chosen, brotli, keep, in_address, if_none_match } =
        asked(&app.reads, files, uri, headers)?;
    let _making = match &keep {
        Some(key) => match app.reads.kept_page(key, if_none_match).await {
            Ok(kept) => return Some(with_language_kept(kept, in_address)),
            Err(making) => Some(making),
        },
        None => None,
    };
    let filled = match fill(app, &page, uri, lang, chosen.as_deref()).await {
        Ok(filled) => filled?,
        Err(error) => {
            tracing::warn!(%error, "the first paint fell back to the shell");
            return None;
        }
    };
    let (filled, municipality) = filled;
    let address = uri.path_and_query().map_or(uri.path(), |asked| asked.as_str());
    let html = into_shell(shell, lang, address, &municipality, &filled)?;
    let (response, body) = respond(html, brotli);
    if let Some(keep) = keep {
        app.reads.keep_page(keep, response.headers(), body);
    }
    Some(with_language_kept(caching::or_not_modified(response, if_none_match), in_address))
}

/// The page at `uri` as it is kept for its reader, with nothing to make or wait for:
/// the front door's answer (`crate::front_door`). `None` when it is not a page the
/// server fills, or not kept under the current versions.
pub fn kept(reads: &ReadCache, files: &StaticFiles, uri: &Uri, headers: &HeaderMap) -> Option<Response> {
    let asked = asked(reads, files, uri, headers)?;
    let kept = reads.kept_page_now(asked.keep.as_ref()?, asked.if_none_match)?;
    Some(with_language_kept(kept, asked.in_address))
}

/// A newcomer page asked for, whom it is for and where it is kept.
struct Asked<'a> {
    page: Page,
    shell: &'a str,
    lang: Language,
    /// The municipality the address or the cookie names.
    chosen: Option<String>,
    brotli: bool,
    /// `None` for an address too long to keep.
    keep: Option<PageKey>,
    /// A language asked for in the address (the picker's form, without JavaScript), kept
    /// as the app keeps a choice, in the cookie, for the reader's next page.
    in_address: Option<Language>,
    /// The tags of the copies the phone holds.
    if_none_match: Option<&'a str>,
}

fn asked<'a>(reads: &ReadCache, files: &'a StaticFiles, uri: &Uri, headers: &'a HeaderMap) -> Option<Asked<'a>> {
    let page = Page::at(uri.path())?;
    let shell = files.shell(uri.path())?;
    let lang = reader_language(uri, headers);
    let chosen = page::chosen_municipality(uri, headers);
    let accepts = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let brotli = crate::compress::Coding::Brotli.accepted_by(accepts);
    let reader = Reader { lang, municipality: chosen.as_deref().map(Box::from), area: page.area() };
    let keep = reads.page_key(uri, reader, brotli);
    let in_address = page::query_value(uri, "lang").and_then(Language::from_tag);
    let if_none_match = caching::if_none_match_in(headers);
    Some(Asked { page, shell, lang, chosen, brotli, keep, in_address, if_none_match })
}

/// `response` with the cookie that keeps `language` as the reader's choice, when they
/// asked for one.
fn with_language_kept(mut response: Response, language: Option<Language>) -> Response {
    if let Some(language) = language {
        if let Ok(value) = HeaderValue::from_str(&language.choice_cookie()) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}
