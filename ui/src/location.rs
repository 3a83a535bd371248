//! The address bar as signals, and the few pages a newcomer bundle draws for it.
//!
//! Each newcomer bundle routes a handful of flat paths, so this small module stands in
//! for a router crate: `leptos_router` cost every bundle about 18 KB of its brotli wasm
//! (issue 15), for nesting, base paths and transitions none of them uses. The staff
//! console keeps `leptos_router`.
//!
//! A click on a link to a page this bundle draws is kept in the page (`history`); any
//! other link loads normally, so a link into another bundle needs no marking. A link that
//! only changes the fragment (the skip link) is left to the browser too, which moves the
//! focus there.

use std::cell::Cell;

use leptos::{ev, prelude::*};
use wasm_bindgen::JsCast as _;
use web_sys::{HtmlAnchorElement, HtmlElement, MouseEvent};

/// The address, as `leptos_router` gave it: `search` without its `?`, `hash` with its `#`.
#[derive(Clone, Copy)]
pub struct Location {
    pub pathname: Memo<String>,
    pub search: Memo<String>,
    pub hash: Memo<String>,
}

#[derive(Clone, Default, PartialEq)]
struct Address {
    pathname: String,
    search: String,
    hash: String,
}

impl Address {
    fn current() -> Self {
        let location = window().location();
        Self {
            pathname: location.pathname().unwrap_or_default(),
            search: location.search().unwrap_or_default().trim_start_matches('?').to_owned(),
            hash: location.hash().unwrap_or_default(),
        }
    }
}

/// Named values from a query string or from a path's `:name` segments.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params(Vec<(String, String)>);

impl Params {
    /// The first value named `key`, if any.
    pub fn get_str(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// The first value named `key`, owned.
    pub fn get(&self, key: &str) -> Option<String> {
        self.get_str(key).map(str::to_owned)
    }

    /// A query string (`a=1&b=x%20y`, no `?`), its values decoded.
    pub fn from_query(search: &str) -> Self {
        Self(
            search
                .split('&')
                .filter(|pair| !pair.is_empty())
                .map(|pair| {
                    let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                    (decode(key), decode(value))
                })
                .collect(),
        )
    }
}

/// `%`-escapes and `+` decoded; a malformed escape stays as it came, and bytes that are
/// not UTF-8 become U+FFFD.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| char::from(*b).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push(u8::try_from(high * 16 + low).unwrap_or_default());
                i += 3;
                continue;
            }
            (b'+', ..) => out.push(b' '),
            (byte, ..) => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One page of a bundle: its path (`/activities/:id`) and how it is drawn, or `None`
/// when another bundle draws it: the path is still listed, so that a more general path
/// after it (`/activities/:id` after `/activities/mine`) does not take it.
pub struct Page {
    pub path: &'static str,
    pub view: Option<fn() -> AnyView>,
    /// A link to it is drawn in the page; otherwise it is loaded.
    followed: bool,
}

impl Page {
    /// A page this bundle draws.
    pub const fn here(path: &'static str, view: fn() -> AnyView) -> Self {
        Self { path, view: Some(view), followed: true }
    }

    /// A page this bundle draws when `here` (a feature it was built with), and another
    /// bundle otherwise.
    pub const fn when(here: bool, path: &'static str, view: fn() -> AnyView) -> Self {
        Self { path, view: if here { Some(view) } else { None }, followed: here }
    }

    /// Another bundle's page, which this one draws only when the page is loaded at its
    /// address with this bundle (its worker's stand-in offline): a link to it loads it.
    pub const fn stand_in(path: &'static str, view: fn() -> AnyView) -> Self {
        Self { path, view: Some(view), followed: false }
    }
}

/// The `:name` values of `path` when it matches `pattern`; a `:name` takes one
/// non-empty segment.
pub fn matches(pattern: &str, path: &str) -> Option<Params> {
    let path = if path.len() > 1 { path.trim_end_matches('/') } else { path };
    let mut wanted = pattern.split('/');
    let mut given = path.split('/');
    let mut params = Vec::new();
    loop {
        match (wanted.next(), given.next()) {
            (None, None) => return Some(Params(params)),
            (Some(w), Some(g)) if w.starts_with(':') && !g.is_empty() => {
                params.push((w[1..].to_owned(), decode(g)));
            }
            (Some(w), Some(g)) if w == g => {}
            _ => return None,
        }
    }
}

/// The first page of `pages` whose path matches, with its values.
fn find(pages: &[Page], path: &str) -> Option<(usize, Params)> {
    pages.iter().enumerate().find_map(|(i, page)| matches(page.path, path).map(|params| (i, params)))
}

/// Whether this bundle draws the page at `path` when a link or `navigate` goes there.
pub(crate) fn drawn_here(pages: &[Page], path: &str) -> bool {
    find(pages, path).is_some_and(|(i, _)| pages[i].followed)
}

thread_local! {
    // The page's one address signal and pages, set by `provide_location`. `navigate` is
    // called from event handlers and after awaits, where no reactive owner is current and
    // so no context can be found: through context it would load every page anew.
    static ROUTER: Cell<Option<(RwSignal<Address>, &'static [Page])>> = const { Cell::new(None) };
}

#[derive(Clone, Copy)]
struct Routed {
    pages: &'static [Page],
    params: Memo<Params>,
}

/// Follows the address bar: the back and forward buttons, fragment changes, and clicks
/// on links to any of `pages`, which are drawn here without loading anything.
pub fn provide_location(pages: &'static [Page]) {
    let address = RwSignal::new(Address::current());
    let location = Location {
        pathname: Memo::new(move |_| address.with(|a| a.pathname.clone())),
        search: Memo::new(move |_| address.with(|a| a.search.clone())),
        hash: Memo::new(move |_| address.with(|a| a.hash.clone())),
    };
    let pathname = location.pathname;
    let params = Memo::new(move |_| pathname.with(|path| find(pages, path).map(|(_, p)| p).unwrap_or_default()));
    provide_context(location);
    provide_context(Routed { pages, params });
    ROUTER.with(|router| router.set(Some((address, pages))));
    let follow = move || address.set(Address::current());
    // The listeners live as long as the page: their handles are never used to remove them.
    window_event_listener(ev::popstate, move |_| follow());
    window_event_listener(ev::hashchange, move |_| follow());
    window_event_listener(ev::click, move |event| {
        if let Some(href) = kept_link(&event, pages) {
            event.prevent_default();
            navigate(&href, Navigation::default());
        }
    });
}

/// The address a click should go to without leaving the page, if it is one of `pages`.
pub(crate) fn kept_link(event: &MouseEvent, pages: &[Page]) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.alt_key()
        || event.ctrl_key()
        || event.shift_key()
    {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok()??.dyn_into::<HtmlAnchorElement>().ok()?;
    let rel = link.rel();
    if !link.target().is_empty() || link.has_attribute("download") || rel.split_whitespace().any(|r| r == "external") {
        return None;
    }
    let here = window().location();
    if link.origin() != here.origin().ok()? {
        return None;
    }
    let (path, search, hash) = (link.pathname(), link.search(), link.hash());
    let same_page = here.pathname().ok()? == path && here.search().ok()? == search;
    if (same_page && !hash.is_empty()) || !drawn_here(pages, &path) {
        return None;
    }
    Some(format!("{path}{search}{hash}"))
}

/// How [`navigate`] changes the address.
#[derive(Clone, Copy)]
pub struct Navigation {
    /// The new address takes the current one's place in the history.
    pub replace: bool,
    /// The page scrolls to the top, or to the fragment's element.
    pub scroll: bool,
}

impl Default for Navigation {
    fn default() -> Self {
        Self { replace: false, scroll: true }
    }
}

/// Goes to `href` (a path on this site) within the page when this bundle draws it, and
/// loads it otherwise.
pub fn navigate(href: &str, how: Navigation) {
    let path = href.split(['?', '#']).next().unwrap_or_default();
    let Some((address, _)) = ROUTER.with(Cell::get).filter(|(_, pages)| drawn_here(pages, path)) else {
        let _ = window().location().set_href(href);
        return;
    };
    if !set_address(href, how.replace) {
        return;
    }
    address.set(Address::current());
    if how.scroll {
        let hash = address.with_untracked(|a| a.hash.trim_start_matches('#').to_owned());
        // After the new page is drawn.
        request_animation_frame(move || scroll_to(&hash));
    }
}

/// Puts `href` in the address bar without loading it: a new entry in the history, or in
/// place of the current one (`replace`). False when the browser refuses.
pub(crate) fn set_address(href: &str, replace: bool) -> bool {
    let Ok(history) = window().history() else { return false };
    let null = &wasm_bindgen::JsValue::NULL;
    let changed = if replace {
        history.replace_state_with_url(null, "", Some(href))
    } else {
        history.push_state_with_url(null, "", Some(href))
    };
    changed.is_ok()
}

pub(crate) fn scroll_to(id: &str) {
    if let Some(element) = (!id.is_empty()).then(|| document().get_element_by_id(id)).flatten() {
        element.scroll_into_view();
        return;
    }
    // A screen reader goes on from the new page's start, not from the link that was
    // tapped and is gone (every page's `<main id="main" tabindex="-1">`).
    if let Some(main) = document().get_element_by_id("main").and_then(|m| m.dyn_into::<HtmlElement>().ok()) {
        let _ = main.focus();
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// The address, as signals.
pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// The query string's values.
pub fn use_query_map() -> Memo<Params> {
    let search = use_location().search;
    Memo::new(move |_| search.with(|s| Params::from_query(s)))
}

/// The `:name` values of the page drawn.
pub fn use_params_map() -> Memo<Params> {
    expect_context::<Routed>().params
}

/// The page the address names, drawn anew only when another page (or the same page
/// with other `:name` values) is named; `fallback` when none is. A page of another
/// bundle is loaded from the server, which sends the bundle that draws it.
#[component]
pub fn Pages(fallback: fn() -> AnyView) -> impl IntoView {
    let Routed { pages, .. } = expect_context::<Routed>();
    let pathname = use_location().pathname;
    let page = Memo::new(move |_| pathname.with(|path| find(pages, path)));
    move || match page.get().map(|(i, _)| pages[i].view) {
        Some(Some(view)) => view(),
        Some(None) => {
            let _ = window().location().reload();
            view! { <p class="loading"></p> }.into_any()
        }
        None => fallback(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_matches_its_pattern_and_names_its_segments() {
        let found = matches("/activities/clubs/:slug", "/activities/clubs/ik-granen").unwrap();
        assert_eq!(found.get_str("slug"), Some("ik-granen"));
        assert_eq!(matches("/activities", "/activities/"), Some(Params::default()));
        assert_eq!(matches("/", "/"), Some(Params::default()));
    }

    #[test]
    fn other_paths_do_not_match() {
        assert!(matches("/activities/:id", "/activities").is_none());
        assert!(matches("/activities/:id", "/activities/").is_none());
        assert!(matches("/activities/:id", "/activities/1/more").is_none());
        assert!(matches("/activities", "/activitiesx").is_none());
        assert!(matches("/", "/about").is_none());
    }

    #[test]
    fn the_first_matching_page_wins() {
        fn none() -> AnyView {
            ().into_any()
        }
        let pages = [Page::when(false, "/activities/guides", none), Page::here("/activities/:id", none)];
        assert_eq!(find(&pages, "/activities/guides").map(|(i, _)| i), Some(0));
        assert!(!drawn_here(&pages, "/activities/guides"));
        assert_eq!(find(&pages, "/activities/12").map(|(i, _)| i), Some(1));
        assert!(drawn_here(&pages, "/activities/12"));
        assert_eq!(find(&pages, "/sportotek"), None);
    }

    #[test]
    fn a_stand_in_is_drawn_when_loaded_but_a_link_to_it_loads_its_own_bundle() {
        fn none() -> AnyView {
            ().into_any()
        }
        let pages = [Page::here("/club", none), Page::stand_in("/club/account", none)];
        assert!(pages[1].view.is_some(), "drawn when the page is loaded at its address");
        assert!(!drawn_here(&pages, "/club/account"), "a link to it loads it");
        assert!(drawn_here(&pages, "/club"));
    }

    #[test]
    fn query_values_are_decoded() {
        let query = Params::from_query("q=1177+v%C3%A5rd&age=9&bad=%zz&&flag");
        assert_eq!(query.get_str("q"), Some("1177 vård"));
        assert_eq!(query.get("age"), Some("9".to_owned()));
        assert_eq!(query.get_str("bad"), Some("%zz"));
        assert_eq!(query.get_str("flag"), Some(""));
        assert_eq!(query.get_str("missing"), None);
    }
}
