//! The first paint comes from the server. The orientation's pages (the start page, a
//! topic, an article) are sent with their content as HTML in the shell the wasm starts
//! from, in the reader's language and direction, with the page's title and description:
//! a phone on weak data reads the page and follows its links before the wasm has
//! arrived, and with JavaScript off. The wasm replaces it with the same markup once the
//! reader's texts are in (`ui::mount` clears `#app` and mounts in one task, so no frame
//! shows the gap).
//!
//! Rendered with the server's own templates (`maud`, which escapes every value) from
//! the data the API answers with, rather than Leptos SSR with hydration: the newcomer
//! bundles stay client-side builds with no server half to keep in step, the server has
//! no wasm toolchain in it, and a page's HTML is a few kilobytes whatever the bundle.
//! The cost is that a page's markup is written twice; `tests/journeys/first_paint.rs`
//! holds the two to the same headings, texts and links.

use std::fmt::Write as _;

use axum::{
    http::{header, HeaderMap, HeaderValue, StatusCode, Uri},
    response::{IntoResponse, Response},
};
use maud::{html, Markup, PreEscaped};
use model::{
    i18n::Localizer,
    navigation::{current, BOTTOM_NAV},
    orientation::{Article, Municipality, Slug, Topic, TranslationState},
    Language,
};

use crate::{error::Result, ids::MunicipalityId, state::AppState, static_files::brotli};

/// A newcomer page the server can fill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Home,
    Topic(String),
    Article(String),
}

impl Page {
    /// The page at `path`, when it is one the server fills; a slug of another shape is
    /// left to the app, which says it is not found.
    pub fn at(path: &str) -> Option<Page> {
        let slug = |s: &str| Slug::parse("slug", s).ok().map(|slug| slug.as_str().to_owned());
        match path.trim_end_matches('/') {
            "" => Some(Page::Home),
            rest => {
                if let Some(topic) = rest.strip_prefix("/topics/") {
                    slug(topic).map(Page::Topic)
                } else if let Some(article) = rest.strip_prefix("/articles/") {
                    slug(article).map(Page::Article)
                } else {
                    None
                }
            }
        }
    }
}

/// The reader's language as the app would settle it: `?lang=`, then the choice the app
/// keeps in a cookie, then the browser's languages, then Swedish.
pub fn reader_language(uri: &Uri, headers: &HeaderMap) -> Language {
    let from_query =
        uri.query().and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("lang="))).and_then(Language::from_tag);
    let from_cookie = || {
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .find_map(|pair| pair.trim().strip_prefix("lang="))
            .and_then(Language::from_tag)
    };
    let from_browser = || {
        let accepted = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or_default();
        // "fa-AF,fa;q=0.9,sv;q=0.8": the tags in the order given.
        Language::negotiate(accepted.split(',').take(20).map(|tag| tag.split(';').next().unwrap_or_default().trim()))
    };
    from_query.or_else(from_cookie).unwrap_or_else(from_browser)
}

/// A page's content and what its head says about it.
pub struct Filled {
    pub title: String,
    pub description: String,
    pub main: Markup,
}

/// The content of `page` in `lang` for the first municipality, or `None` when there is
/// nothing to fill (no municipality, an unknown topic or article: the app says so).
pub async fn fill(app: &AppState, page: &Page, lang: Language) -> Result<Option<Filled>> {
    let Some((id, municipality)) = app.store.first_municipality().await? else { return Ok(None) };
    let t = Localizer::new(lang);
    Ok(match page {
        Page::Home => Some(home(&t, &municipality, &app.store.orientation_topics(id, lang).await?)),
        Page::Topic(slug) => topic_page(&t, &app.store.orientation_topics(id, lang).await?, slug),
        Page::Article(slug) => article_page(app, &t, id, slug, lang).await?,
    })
}

fn home(t: &Localizer, municipality: &Municipality, topics: &[Topic]) -> Filled {
    let title = t.format_texts("home-title", &[("municipality", municipality.name.clone())]);
    let main = html! {
        h1 { (title) }
        p.intro { (t.text("home-intro")) }
        @if municipality.demo { p.demo-badge { (t.text("demo-notice")) } }
        ul.topic-list.promo {
            li { a href="/activities" rel="external" {
                span.topic-name { (t.text("home-activities-title")) }
                span.topic-count { (t.text("home-activities-body")) }
            } }
            li { a href="/activities/guides" rel="external" {
                span.topic-name { (t.text("home-guides-title")) }
                span.topic-count { (t.text("home-guides-body")) }
            } }
        }
        (search_form(t))
        h2 { (t.text("topics-heading")) }
        ul.topic-list {
            @for topic in topics.iter().filter(|t| !t.articles.is_empty()) {
                li { a href={ "/topics/" (topic.slug) } {
                    span.topic-name { (topic.name) }
                    span.topic-count { (t.count("article-count", i64::try_from(topic.articles.len()).unwrap_or(0))) }
                } }
            }
        }
    };
    Filled { description: t.text("home-intro"), title, main }
}

/// The search form as the app draws it; without the app it asks the server for the
/// search page, which the app fills.
fn search_form(t: &Localizer) -> Markup {
    html! {
        form.search-form role="search" action="/search" method="get" {
            label for="search-input" { (t.text("search-label")) }
            div.search-row {
                input #search-input type="search" name="q" maxlength="100" autocomplete="off" aria-describedby="search-hint";
                button type="submit" { (t.text("search-button")) }
            }
            p #search-hint .hint { (t.text("search-hint")) }
        }
    }
}

fn topic_page(t: &Localizer, topics: &[Topic], slug: &str) -> Option<Filled> {
    let topic = topics.iter().find(|topic| topic.slug == slug)?;
    let main = html! {
        a.back-link href="/" { (t.text("topic-all")) }
        h1 { (topic.name) }
        ul.card-list {
            @for a in &topic.articles {
                li.card { a href={ "/articles/" (a.slug) } {
                    span.card-title lang=(a.lang.code()) dir=(a.lang.direction().as_str()) { (a.title) }
                    span.card-summary lang=(a.lang.code()) dir=(a.lang.direction().as_str()) { (a.summary) }
                    @if let Some(note) = state_note(a.state) { span.card-note { (t.text(note)) } }
                } }
            }
        }
    };
    let description = topic.articles.iter().map(|a| a.title.as_str()).collect::<Vec<_>>().join(" · ");
    Some(Filled { title: topic.name.clone(), description, main })
}

fn state_note(state: TranslationState) -> Option<&'static str> {
    match state {
        TranslationState::Missing => Some("article-state-missing"),
        TranslationState::Outdated => Some("article-state-outdated"),
        TranslationState::Current => None,
    }
}

async fn article_page(
    app: &AppState,
    t: &Localizer,
    id: MunicipalityId,
    slug: &str,
    lang: Language,
) -> Result<Option<Filled>> {
    let Some(a) = app.store.article(id, slug, lang).await? else { return Ok(None) };
    let Article { topic, topic_name, lang: shown, title, summary, html: body, updated_at, .. } = a;
    let updated = day_of(updated_at);
    let main = html! {
        a.back-link href={ "/topics/" (topic) } { (topic_name) }
        article.article {
            div.article-column lang=(shown.code()) dir=(shown.direction().as_str()) {
                h1 { (title) }
                p.meta { span { (t.format_texts("article-updated", &[("date", updated)])) } }
                p.summary { (summary) }
                div.toolbar {}
                // Rendered from Markdown and sanitised on the server, as the API sends it.
                div.article-body { (PreEscaped(body)) }
            }
        }
    };
    Ok(Some(Filled { title, description: summary, main }))
}

/// `2026-11-20` for Unix seconds: the app writes the date in words once it runs.
fn day_of(unix_seconds: i64) -> String {
    let days = unix_seconds.div_euclid(86_400);
    let epoch = model::schedule::Day::from_ymd(1970, 1, 1).expect("a date");
    epoch.plus_days(days).to_string()
}

/// The top bar and the bottom bar around `main`, as the app draws them.
fn body(t: &Localizer, path: &str, main: &Markup) -> Markup {
    let here = current(path);
    html! {
        a.skip-link href="#main" { (t.text("skip-to-content")) }
        header.top-bar {
            a.brand href="/" {
                img src="/icons/icon.svg" alt="" width="28" height="28";
                span { (t.text("app-name")) }
            }
        }
        main #main tabindex="-1" { (main) }
        nav.bottom-nav aria-label=(t.text("app-name")) {
            @for item in &BOTTOM_NAV {
                a href=(item.href) rel=[(!item.orientation).then_some("external")]
                    aria-current=[(here == Some(item.href)).then_some("page")] {
                    svg aria-hidden="true" viewBox="0 0 24 24" { path fill="currentColor" d=(item.icon) {} }
                    span { (t.text(item.label)) }
                }
            }
        }
    }
}

/// The app's shell (`dist/index.html`, as Trunk wrote it) with the page in it: `lang`
/// and `dir`, the title and description, and the content in `#app` in place of the
/// placeholder. `None` for a shell that is not the app's.
pub fn into_shell(shell: &str, lang: Language, path: &str, filled: &Filled) -> Option<String> {
    let t = Localizer::new(lang);
    let html_start = shell.find("<html")?;
    let html_end = html_start + shell[html_start..].find('>')?;
    let title_start = shell.find("<title>")?;
    let title_end = title_start + shell[title_start..].find("</title>")? + "</title>".len();
    let description = shell.find("name=description").or_else(|| shell.find("name=\"description\""))?;
    let meta_start = shell[..description].rfind("<meta")?;
    let meta_end = description + shell[description..].find('>')? + 1;
    let app_start = shell.find("<div id=app>").or_else(|| shell.find("<div id=\"app\">"))?;
    let noscript = shell.find("<noscript>")?;
    let app_end = shell[..noscript].rfind("</div>")?;
    let noscript_end = noscript + shell[noscript..].find("</noscript>")? + "</noscript>".len();
    (html_end < title_start && title_end <= meta_start && meta_end <= app_start && app_start < app_end).then_some(())?;
    let page_title = format!("{} – {}", filled.title, t.text("app-name"));
    let head = html! {
        title { (page_title) }
    };
    let meta = html! { meta name="description" content=(filled.description); };
    let app = html! { div #app { (body(&t, path, &filled.main)) } };
    let mut out = String::with_capacity(shell.len() + 8192);
    out.push_str(&shell[..html_start]);
    let _ = write!(out, "<html lang={} dir={}>", lang.code(), lang.direction().as_str());
    out.push_str(&shell[html_end + 1..title_start]);
    out.push_str(&head.into_string());
    out.push_str(&shell[title_end..meta_start]);
    out.push_str(&meta.into_string());
    out.push_str(&shell[meta_end..app_start]);
    out.push_str(&app.into_string());
    // The page reads without JavaScript now: the note that it needs it goes.
    out.push_str(&shell[app_end + "</div>".len()..noscript]);
    out.push_str(&shell[noscript_end..]);
    Some(out)
}

/// The page at `uri` filled, when it is one of the orientation's and the shell is
/// there; `None` leaves it to the static files (the shell the app fills itself).
pub async fn serve(
    app: &AppState,
    files: &crate::static_files::StaticFiles,
    uri: &Uri,
    headers: &HeaderMap,
) -> Option<Response> {
    let page = Page::at(uri.path())?;
    let shell = files.app_shell()?;
    let lang = reader_language(uri, headers);
    let filled = match fill(app, &page, lang).await {
        Ok(filled) => filled?,
        Err(error) => {
            tracing::warn!(%error, "the first paint fell back to the shell");
            return None;
        }
    };
    let html = into_shell(shell, lang, uri.path(), &filled)?;
    let accepts = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or_default();
    Some(respond(html, accepts))
}

/// The filled page as an answer: never kept by a shared cache (it follows the reader's
/// cookie and languages), compressed as the shell is.
pub fn respond(html: String, accepts: &str) -> Response {
    let (body, encoding): (Vec<u8>, Option<&'static str>) =
        // A quick level: the page is made on each request.
        if accepts.contains("br") { (brotli(html.as_bytes(), 5), Some("br")) } else { (html.into_bytes(), None) };
    let mut response = (StatusCode::OK, body).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache, private"));
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding, accept-language, cookie"));
    if let Some(encoding) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_orientations_pages_are_filled_and_other_addresses_are_left_to_the_app() {
        assert_eq!(Page::at("/"), Some(Page::Home));
        assert_eq!(Page::at("/topics/boende"), Some(Page::Topic("boende".into())));
        assert_eq!(Page::at("/articles/hyra-bostad"), Some(Page::Article("hyra-bostad".into())));
        assert_eq!(Page::at("/articles/hyra-bostad/"), Some(Page::Article("hyra-bostad".into())));
        for path in
            ["/search", "/about", "/articles/", "/articles/Hyra", "/articles/a--b", "/articles/<script>", "/topics/x/y"]
        {
            assert_eq!(Page::at(path), None, "{path}");
        }
        assert_eq!(Page::at(&format!("/articles/{}", "a".repeat(81))), None);
    }

    #[test]
    fn the_language_is_the_addresses_then_the_cookies_then_the_browsers() {
        let headers = |cookie: &str, accept: &str| {
            let mut h = HeaderMap::new();
            if !cookie.is_empty() {
                h.insert(header::COOKIE, HeaderValue::from_str(cookie).unwrap());
            }
            h.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_str(accept).unwrap());
            h
        };
        let uri = |s: &str| s.parse::<Uri>().unwrap();
        assert_eq!(reader_language(&uri("/"), &headers("", "fa-AF,fa;q=0.9")), Language::Prs);
        assert_eq!(reader_language(&uri("/"), &headers("other=1; lang=uk", "fa-AF")), Language::Uk);
        assert_eq!(reader_language(&uri("/?lang=ar"), &headers("lang=uk", "fa-AF")), Language::Ar);
        assert_eq!(reader_language(&uri("/"), &headers("lang=xx", "de-DE,de")), Language::Sv, "unknown: Swedish");
    }

    #[test]
    fn a_page_goes_into_trunks_shell_and_what_staff_wrote_is_escaped() {
        let shell = "<!doctype html><html dir=ltr lang=sv><meta charset=utf-8><title>Välkommen</title><meta content=\"x\" name=description><script>1</script></head><body><div id=app><header class=top-bar><span>V</span></header><main id=main><p class=loading>…</p></main></div><noscript>needs JS</noscript></body></html>";
        let filled = Filled {
            title: "Hyra <script>alert(1)</script>".into(),
            description: "\"quoted\" & more".into(),
            main: html! { h1 { "Hyra <b>" } },
        };
        let page = into_shell(shell, Language::Ar, "/articles/x", &filled).unwrap();
        assert!(page.starts_with("<!doctype html><html lang=ar dir=rtl><meta charset=utf-8>"), "{page}");
        assert!(page.contains("<title>Hyra &lt;script&gt;alert(1)&lt;/script&gt; – "), "{page}");
        assert!(page.contains("content=\"&quot;quoted&quot; &amp; more\""), "{page}");
        assert!(page.contains("<h1>Hyra &lt;b&gt;</h1>"));
        assert!(page.contains("<script>1</script>"), "the shell's own script stays");
        assert!(!page.contains("needs JS") && !page.contains("class=loading"));
        assert!(page.contains("<nav class=\"bottom-nav\""), "{page}");
        assert!(into_shell("<html>no app here</html>", Language::Sv, "/", &filled).is_none());
    }
}
