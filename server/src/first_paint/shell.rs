//! The page around a filled page's content: the app's top and bottom bars, and Trunk's
//! shell with the page's language, direction, title and description, as one answer.

use std::fmt::Write as _;

use axum::{
    body::Bytes,
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use maud::{html, Markup, PreEscaped};
use model::{
    i18n::{text_path, texts_for, Localizer},
    navigation::{current, BOTTOM_NAV, BRAND_MARK, LANGUAGE_ICON},
    Language,
};

use crate::compress::brotli as compress;

/// A page's content and what its head says about it.
pub struct Filled {
    pub title: String,
    pub description: String,
    pub main: Markup,
    /// Everything on the page works as written, by its links and plain forms, with
    /// nothing the app adds: the app then waits for the reader to act rather than drawing
    /// the page again (`ui::waiting`). A page whose content is on the phone, or that
    /// has buttons only the app draws (an article's toolbar), is not whole.
    pub whole: bool,
}

/// The top bar and the bottom bar around `main`, as the app draws them. A link into the
/// other app (the orientation at `/`, the finder's bundles under `/activities`) is
/// `rel="external"`, so that its router lets the browser load the other bundle.
fn body(t: &Localizer, lang: Language, path: &str, filled: &Filled) -> Markup {
    let here = current(path);
    let in_orientation = path != "/activities" && !path.starts_with("/activities/");
    let rel = |orientation: bool| (orientation != in_orientation).then_some("external");
    html! {
        a.skip-link href="#main" { (t.text("skip-to-content")) }
        header.top-bar {
            a.brand href="/" rel=[rel(true)] {
                svg aria-hidden="true" viewBox="0 0 64 64" width="28" height="28" { (PreEscaped(BRAND_MARK)) }
                span { (t.text("app-name")) }
            }
            // Where the app waits, the reader chooses here; elsewhere the app draws its own
            // picker when it takes over, and the page is a few hundred bytes lighter.
            @if filled.whole { (language_picker(t, lang)) }
        }
        main #main tabindex="-1" { (filled.main) }
        nav.bottom-nav aria-label=(t.text("app-name")) {
            @for item in &BOTTOM_NAV {
                a href=(item.href) rel=[rel(item.orientation)]
                    aria-current=[(here == Some(item.href)).then_some("page")] {
                    svg aria-hidden="true" viewBox="0 0 24 24" { path fill="currentColor" d=(item.icon) {} }
                    span { (t.text(item.label)) }
                }
            }
        }
    }
}

/// The app's language picker (`ui::LanguagePicker`), in a form that asks for the page in
/// the chosen language (`?lang=`), with a button for a browser without JavaScript. On a
/// page the app waits on, it switches as the choice changes (`ui::waiting`).
fn language_picker(t: &Localizer, lang: Language) -> Markup {
    html! {
        form.language-form method="get" {
            label.language-picker {
                span.visually-hidden { (t.text("language-picker-label")) }
                svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" { path fill="none" stroke="currentColor" stroke-width="2" d=(LANGUAGE_ICON) {} }
                select name="lang" {
                    @for language in Language::all() {
                        option value=(language.code()) lang=(language.code()) dir=(language.direction().as_str())
                            selected[language == lang] { (language.native_name()) }
                    }
                }
            }
            noscript { button.secondary type="submit" { (t.text("language-picker-go")) } }
        }
    }
}

/// The app's shell (`dist/index.html`, as Trunk wrote it) with the page in it: `lang`
/// and `dir`, the title and description, and the content in `#app` in place of the
/// placeholder. `address` is the page's path and query, as asked for; `municipality`, the
/// slug of the one it shows. `None` for a shell that is not the app's.
pub fn into_shell(shell: &str, lang: Language, address: &str, municipality: &str, filled: &Filled) -> Option<String> {
    let t = Localizer::new(lang);
    let path = address.split('?').next().unwrap_or(address);
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
    // The reader's texts load beside the wasm rather than after it has started.
    let texts = texts_for(path).iter().filter_map(|file| text_path(lang, file));
    let meta = html! {
        meta name="description" content=(filled.description);
        @for text in texts { link rel="preload" href=(text) as="fetch" crossorigin; }
    };
    // The language it is written in, for the app that takes it over (`ui::served`); the
    // municipality it shows, which the app keeps when the address chose it; and, when it
    // is whole, the address it was written for: a service worker keeps the last page of a
    // bundle as its copy for every address offline, where the app draws the page.
    let app = html! {
        div #app data-lang=(lang.code()) data-municipality=(municipality) data-whole=[filled.whole.then_some(address)] {
            (body(&t, lang, path, filled))
        }
    };
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

/// The filled page as an answer, and its body: never kept by a shared cache (it follows
/// the reader's cookie and languages), compressed as the shell is when the browser takes
/// brotli.
pub fn respond(html: String, brotli: bool) -> (Response, Bytes) {
    let tag = crate::caching::tag_of(html.as_bytes());
    let (body, encoding): (Bytes, Option<&'static str>) =
        // The best level, as the shell's: the bytes count on a first visit over a weak
        // connection (the finder's list is a tenth smaller than at level 5). It costs
        // 10–40 ms a page, paid once while the page is kept (`crate::read_cache`).
        if brotli { (compress(html.as_bytes(), 11).into(), Some("br")) } else { (html.into(), None) };
    let mut response = (StatusCode::OK, body.clone()).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache, private"));
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding, accept-language, cookie"));
    if let Some(encoding) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    // A phone that comes back revalidates its copy (`If-None-Match`): a `304` when it
    // is current, and the page's policy headers stay those of its copy.
    (crate::caching::tagged(response, &tag), body)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trunk's shells show a top bar while a page loads, written out as HTML: the same mark
    /// as the server's page and the app's, so nothing changes when either replaces it.
    #[test]
    fn the_loading_shells_draw_the_same_mark() {
        for (name, shell) in [
            ("app/index.html", include_str!("../../../app/index.html")),
            ("activities/index.html", include_str!("../../../activities/index.html")),
            ("activities/sportotek.html", include_str!("../../../activities/sportotek.html")),
            ("activities/voucher.html", include_str!("../../../activities/voucher.html")),
            ("activities/guides.html", include_str!("../../../activities/guides.html")),
            ("activities/mine.html", include_str!("../../../activities/mine.html")),
        ] {
            assert!(shell.contains(BRAND_MARK), "{name} draws another mark than model::navigation::BRAND_MARK");
        }
    }

    #[test]
    fn a_page_goes_into_trunks_shell_and_what_staff_wrote_is_escaped() {
        let shell = "<!doctype html><html dir=ltr lang=sv><meta charset=utf-8><title>Välkommen</title><meta content=\"x\" name=description><script>1</script></head><body><div id=app><header class=top-bar><span>V</span></header><main id=main><p class=loading>…</p></main></div><noscript>needs JS</noscript></body></html>";
        let filled = Filled {
            title: "Hyra <script>alert(1)</script>".into(),
            description: "\"quoted\" & more".into(),
            main: html! { h1 { "Hyra <b>" } },
            whole: false,
        };
        let page = into_shell(shell, Language::Ar, "/articles/x", "granviken", &filled).unwrap();
        assert!(page.starts_with("<!doctype html><html lang=ar dir=rtl><meta charset=utf-8>"), "{page}");
        assert!(page.contains("<title>Hyra &lt;script&gt;alert(1)&lt;/script&gt; – "), "{page}");
        assert!(page.contains("content=\"&quot;quoted&quot; &amp; more\""), "{page}");
        assert!(page.contains("<h1>Hyra &lt;b&gt;</h1>"));
        assert!(page.contains("<script>1</script>"), "the shell's own script stays");
        assert!(!page.contains("needs JS") && !page.contains("class=loading"));
        assert!(page.contains("<nav class=\"bottom-nav\""), "{page}");
        // Not whole: the app draws the page, and its own picker.
        assert!(!page.contains("<select name=\"lang\">"), "{page}");
        assert!(page.contains("<div id=\"app\" data-lang=\"ar\" data-municipality=\"granviken\">"), "{page}");
        let whole = into_shell(
            shell,
            Language::Ar,
            "/activities?age=9&weekday=tue",
            "granviken",
            &Filled { whole: true, title: "x".into(), description: "y".into(), main: html! { h1 { "z" } } },
        )
        .unwrap();
        let marked = "<div id=\"app\" data-lang=\"ar\" data-municipality=\"granviken\" data-whole=\"/activities?age=9&amp;weekday=tue\">";
        assert!(whole.contains(marked), "{whole}");
        // Whole: the picker, the reader's language chosen.
        assert!(whole.contains("<select name=\"lang\">"), "{whole}");
        assert!(whole.contains("<option value=\"ar\" lang=\"ar\" dir=\"rtl\" selected>العربية</option>"), "{whole}");
        assert_eq!(whole.matches(" selected").count(), 1, "{whole}");
        let texts = |page: &str| page.matches("rel=\"preload\"").count();
        let app = text_path(Language::Ar, "app").unwrap();
        assert!(page.contains(&format!("<link rel=\"preload\" href=\"{app}\" as=\"fetch\" crossorigin>")), "{page}");
        let own = text_path(Language::Ar, "orientation").unwrap();
        assert!(page.contains(&format!("<link rel=\"preload\" href=\"{own}\" as=\"fetch\" crossorigin>")), "{page}");
        assert_eq!(texts(&page), 2, "the orientation's texts, in Arabic: the shared ones and its own");
        assert!(into_shell("<html>no app here</html>", Language::Sv, "/", "granviken", &filled).is_none());
        let finder = into_shell(shell, Language::Sv, "/activities/12", "granviken", &filled).unwrap();
        assert!(finder.contains("<a class=\"brand\" href=\"/\" rel=\"external\">"), "into the orientation: {finder}");
        assert!(finder.contains("<a href=\"/activities/mine\">"), "within the finder's bundles: {finder}");
        assert_eq!(texts(&finder), 2, "the finder's: the app's and the activities' texts");
        assert!(page.contains("<a href=\"/activities/mine\" rel=\"external\">"), "from the orientation: {page}");
    }
}
