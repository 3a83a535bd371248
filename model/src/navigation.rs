//! The newcomers' bottom bar, one list for the browser's bar (`ui`) and the first paint
//! the server sends (`server::first_paint`), so the two never differ.

/// One place in the bar: its address, its message id, whether it is in the orientation
/// app (`/`) rather than under `/activities`, and its icon as an SVG path (24 × 24).
pub struct NavItem {
    pub href: &'static str,
    pub label: &'static str,
    pub orientation: bool,
    pub icon: &'static str,
}

/// The app's mark in the top bar, drawn in the page (an `<svg>` of viewBox 64 × 64 with
/// these shapes) rather than loaded as an image: a browser gives every SVG image a
/// document of its own, a few ms of a phone's main thread each, and the server's page
/// and the app's would each have made one.
pub const BRAND_MARK: &str = r##"<rect width="64" height="64" rx="14" fill="#0b5563"/><circle cx="44" cy="20" r="7" fill="#f6c945"/><path d="M12 50 26 22l8 14 6-8 12 22Z" fill="#fff"/>"##;

/// The language picker's globe, an SVG path (24 × 24) drawn with a 2-unit stroke, for the
/// server's top bar and the app's alike: a circle, its equator and two meridians, a tenth
/// of the bytes of a filled outline on a page that counts them.
pub const LANGUAGE_ICON: &str =
    "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM3 12h18M12 3c-4 4.5-4 13.5 0 18m0-18c4 4.5 4 13.5 0 18";

pub const BOTTOM_NAV: [NavItem; 5] = [
    NavItem { href: "/", label: "nav-home", orientation: true, icon: "M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z" },
    NavItem {
        href: "/activities",
        label: "nav-activities",
        orientation: false,
        icon: "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm0 2.2-1.6 3.4 1.6 1.2 1.6-1.2L12 4.2Zm-6.4 4.3a8 8 0 0 0-1.4 4.9l2.6-.5.9-2.6-2.1-1.8Zm12.8 0-2.1 1.8.9 2.6 2.6.5a8 8 0 0 0-1.4-4.9ZM10 12l.8 2.5h2.4L14 12l-2-1.5L10 12Zm-2.4 4.4-1.8 1.3a8 8 0 0 0 4.7 2.2l.5-2.4-1.6-1.5-1.8.4Zm8.8 0-1.8-.4-1.6 1.5.5 2.4a8 8 0 0 0 4.7-2.2l-1.8-1.3Z",
    },
    NavItem {
        href: "/activities/mine",
        label: "nav-mine",
        orientation: false,
        icon: "M3 6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6Zm2 3v9h14V9H5Zm0-3v1h14V6H5Zm9 7h4v2h-4v-2Z",
    },
    NavItem {
        href: "/search",
        label: "nav-search",
        orientation: true,
        icon: "M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z",
    },
    NavItem {
        href: "/about",
        label: "nav-about",
        orientation: true,
        icon: "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm1 8h-2v7h2v-7Zm0-4h-2v2h2V6Z",
    },
];

/// The item a page at `path` is in: the one whose address is the longest start of it
/// ("Mine" under `/activities/mine`, not the activities around it).
pub fn current(path: &str) -> Option<&'static str> {
    let under =
        |href: &str| if href == "/" { path == "/" } else { path == href || path.starts_with(&format!("{href}/")) };
    BOTTOM_NAV.iter().map(|item| item.href).filter(|h| under(h)).max_by_key(|h| h.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_in_the_item_whose_address_starts_it_most_closely() {
        for (path, item) in [
            ("/", Some("/")),
            ("/articles/hyra-bostad", None),
            ("/activities", Some("/activities")),
            ("/activities/12", Some("/activities")),
            ("/activities/mine", Some("/activities/mine")),
            ("/activities/minefield", Some("/activities")),
            ("/search", Some("/search")),
        ] {
            assert_eq!(current(path), item, "{path}");
        }
    }
}
