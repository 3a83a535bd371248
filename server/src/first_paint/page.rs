//! Which newcomer page an address is, and in which language its reader reads: what the
//! server needs to know before it fills a page. Ids and slugs of another shape are
//! left to the app, which says the page is not found.

use axum::http::{header, HeaderMap, Uri};
use model::{orientation::Slug, Language};

use crate::read_cache::Area;

/// A newcomer page the server can fill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Home,
    Topic(String),
    Article(String),
    Search,
    Finder,
    Activity(i64),
    Association(String),
    Sportotek,
    SportotekItem(i64),
    Guides,
    Guide(i64),
    /// The pages whose content is on the phone (or in the address's fragment).
    Voucher,
    Mine,
    GuideBookings,
    Reservations,
}

impl Page {
    /// The page at `path`, when it is one the server fills.
    pub fn at(path: &str) -> Option<Page> {
        let path = path.trim_end_matches('/');
        if path.is_empty() {
            return Some(Page::Home);
        }
        let fixed = [
            ("/search", Page::Search),
            ("/activities", Page::Finder),
            ("/activities/sportotek", Page::Sportotek),
            ("/activities/sportotek/reservations", Page::Reservations),
            ("/activities/guides", Page::Guides),
            ("/activities/guides/bookings", Page::GuideBookings),
            ("/activities/voucher", Page::Voucher),
            ("/activities/mine", Page::Mine),
        ];
        if let Some((_, page)) = fixed.into_iter().find(|(at, _)| *at == path) {
            return Some(page);
        }
        let (parent, last) = path.rsplit_once('/')?;
        match parent {
            "/topics" => slug(last).map(Page::Topic),
            "/articles" => slug(last).map(Page::Article),
            "/activities/clubs" => slug(last).map(Page::Association),
            "/activities" => id(last).map(Page::Activity),
            "/activities/sportotek/items" => id(last).map(Page::SportotekItem),
            "/activities/guides" => id(last).map(Page::Guide),
            _ => None,
        }
    }

    /// Whose version the page follows besides the content's: the Sportotek's pages show
    /// which days are free, the guides' which times.
    pub fn area(&self) -> Area {
        match self {
            Page::Sportotek | Page::SportotekItem(_) => Area::Sportotek,
            Page::Guides | Page::Guide(_) => Area::Guides,
            _ => Area::Content,
        }
    }

    /// Whether the page is the orientation app's (`/`) rather than under `/activities`.
    pub fn in_orientation(&self) -> bool {
        matches!(self, Page::Home | Page::Topic(_) | Page::Article(_) | Page::Search)
    }

    /// The message files the server draws the page with: the orientation's, or every file
    /// a page under `/activities` may show. More than its bundle fetches
    /// (`model::i18n::texts_for`): the forms that work without a script have a button
    /// the app does not draw.
    pub fn texts(&self) -> &'static [&'static str] {
        if self.in_orientation() {
            &["app", "orientation"]
        } else {
            &["app", "activities", "sportotek", "guides", "mine"]
        }
    }
}

fn slug(text: &str) -> Option<String> {
    Slug::parse("slug", text).ok().map(|slug| slug.as_str().to_owned())
}

/// A positive id in plain digits, as the API's paths take it: no sign, no spaces.
fn id(text: &str) -> Option<i64> {
    (!text.is_empty() && text.len() <= 18 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
        .filter(|id| *id > 0)
}

/// The value of `key` in the address's query, as written (still percent-encoded).
pub fn query_value<'a>(uri: &'a Uri, key: &str) -> Option<&'a str> {
    uri.query()?.split('&').find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
}

/// The municipality the reader chose, as the app keeps it: `?municipality=`, then the
/// cookie beside its `localStorage`. `None`: the installation's first.
pub fn chosen_municipality(uri: &Uri, headers: &HeaderMap) -> Option<String> {
    query_value(uri, "municipality").map(str::to_owned).or_else(|| cookie(headers, "municipality"))
}

/// The value of the cookie `name`, if the request carries it.
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
        .map(str::to_owned)
}

/// The reader's language as the app would settle it: `?lang=`, then the choice the app
/// keeps in a cookie, then the browser's languages, then Swedish.
pub fn reader_language(uri: &Uri, headers: &HeaderMap) -> Language {
    let from_query = query_value(uri, "lang").and_then(Language::from_tag);
    let from_cookie = || cookie(headers, "lang").and_then(|tag| Language::from_tag(&tag));
    let from_browser = || {
        let accepted = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or_default();
        // "fa-AF,fa;q=0.9,sv;q=0.8": the tags in the order given.
        Language::negotiate(accepted.split(',').take(20).map(|tag| tag.split(';').next().unwrap_or_default().trim()))
    };
    from_query.or_else(from_cookie).unwrap_or_else(from_browser)
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    #[test]
    fn the_orientations_pages_are_filled_and_other_addresses_are_left_to_the_app() {
        assert_eq!(Page::at("/"), Some(Page::Home));
        assert_eq!(Page::at("/topics/boende"), Some(Page::Topic("boende".into())));
        assert_eq!(Page::at("/articles/hyra-bostad"), Some(Page::Article("hyra-bostad".into())));
        assert_eq!(Page::at("/articles/hyra-bostad/"), Some(Page::Article("hyra-bostad".into())));
        assert_eq!(Page::at("/search"), Some(Page::Search));
        for path in [
            "/about",
            "/articles/",
            "/articles/Hyra",
            "/articles/a--b",
            "/articles/<script>",
            "/topics/x/y",
            "/searchx",
        ] {
            assert_eq!(Page::at(path), None, "{path}");
        }
        assert_eq!(Page::at(&format!("/articles/{}", "a".repeat(81))), None);
    }

    #[test]
    fn the_sportoteks_and_the_guides_pages_follow_their_areas_version_and_the_rest_the_contents() {
        for (path, area) in [
            ("/activities/sportotek", Area::Sportotek),
            ("/activities/sportotek/items/3", Area::Sportotek),
            ("/activities/guides", Area::Guides),
            ("/activities/guides/4", Area::Guides),
            ("/activities/sportotek/reservations", Area::Content),
            ("/activities/guides/bookings", Area::Content),
            ("/articles/sportotek", Area::Content),
            ("/activities", Area::Content),
            ("/", Area::Content),
        ] {
            assert_eq!(Page::at(path).map(|page| page.area()), Some(area), "{path}");
        }
    }

    #[test]
    fn the_newcomer_pages_under_activities_are_filled_by_their_ids_and_slugs() {
        for (path, page) in [
            ("/activities", Page::Finder),
            ("/activities/", Page::Finder),
            ("/activities/12", Page::Activity(12)),
            ("/activities/clubs/granvikens-if", Page::Association("granvikens-if".into())),
            ("/activities/sportotek", Page::Sportotek),
            ("/activities/sportotek/items/3", Page::SportotekItem(3)),
            ("/activities/sportotek/reservations", Page::Reservations),
            ("/activities/guides", Page::Guides),
            ("/activities/guides/7", Page::Guide(7)),
            ("/activities/guides/bookings", Page::GuideBookings),
            ("/activities/voucher", Page::Voucher),
            ("/activities/mine", Page::Mine),
        ] {
            assert_eq!(Page::at(path), Some(page), "{path}");
        }
    }

    #[test]
    fn bad_ids_hostile_slugs_and_unknown_addresses_under_activities_are_left_to_the_app() {
        for (path, why) in [
            ("/activities/0", "no activity has id 0"),
            ("/activities/-1", "a sign"),
            ("/activities/+1", "a plus sign"),
            ("/activities/1.5", "not whole"),
            ("/activities/ 1", "a space"),
            ("/activities/12abc", "letters after digits"),
            ("/activities/99999999999999999999", "beyond i64"),
            ("/activities/١٢", "Arabic digits are the app's to read"),
            ("/activities/clubs/", "no slug"),
            ("/activities/clubs/Granvikens-IF", "capitals"),
            ("/activities/clubs/%3Cscript%3E", "an encoded tag"),
            ("/activities/clubs/a--b", "a double hyphen"),
            ("/activities/clubs/x/y", "too deep"),
            ("/activities/sportotek/items/x", "not an id"),
            ("/activities/sportotek/items", "no item"),
            ("/activities/guides/0", "no guide has id 0"),
            ("/activities/guides/bookings/1", "too deep"),
            ("/activities/voucher/ABCD", "the code goes in the fragment"),
            ("/activities/minefield", "not Mine"),
            ("/activities/12/calendar.ics", "a file"),
            ("/staff/activities", "the console's"),
        ] {
            assert_eq!(Page::at(path), None, "{path}: {why}");
        }
        assert_eq!(Page::at(&format!("/activities/clubs/{}", "a".repeat(81))), None, "a slug too long");
    }

    #[test]
    fn the_query_gives_the_value_of_its_key_and_not_of_a_longer_one() {
        let uri = |s: &str| s.parse::<Uri>().unwrap();
        assert_eq!(query_value(&uri("/search?q=bostad&lang=ar"), "q"), Some("bostad"));
        assert_eq!(query_value(&uri("/search?qq=x&q=y"), "q"), Some("y"));
        assert_eq!(query_value(&uri("/search?lang"), "lang"), None);
        assert_eq!(query_value(&uri("/search"), "q"), None);
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
        assert_eq!(reader_language(&uri("/?xlang=ar"), &headers("", "uk")), Language::Uk, "another key");
        assert_eq!(reader_language(&uri("/"), &headers("lang=xx", "de-DE,de")), Language::Sv, "unknown: Swedish");
    }
}
