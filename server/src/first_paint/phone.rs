//! The pages whose content the server never sees: a voucher's balance (its code is in
//! the address's fragment), Mine, and the bookings and reservations this phone keeps.
//! Their heading and introduction come first, in the reader's language, so the page is
//! never blank or untitled; the app adds what the phone knows.

use maud::html;
use model::i18n::Localizer;

use super::{page::Page, shell::Filled};

/// The page's heading and introduction as the app draws them, for the pages above.
pub fn heading_only(t: &Localizer, page: &Page) -> Option<Filled> {
    let (back, title, intro, heading_id) = match page {
        Page::Voucher => (Some(("/activities", "activities-title")), "voucher-title", "voucher-intro", None),
        Page::Mine => (None, "mine-title", "mine-intro", Some("mine-heading")),
        Page::GuideBookings => {
            (Some(("/activities/guides", "guides-title")), "guides-bookings-title", "guides-bookings-intro", None)
        }
        Page::Reservations => (
            Some(("/activities/sportotek", "sportotek-title")),
            "sportotek-reservations-title",
            "sportotek-reservations-intro",
            None,
        ),
        _ => return None,
    };
    // The voucher's page is its own bundle: the way back loads the finder's.
    let external = (*page == Page::Voucher).then_some("external");
    let main = html! {
        @if let Some((href, label)) = back { a.back-link href=(href) rel=[external] { (t.text(label)) } }
        h1 id=[heading_id] { (t.text(title)) }
        p.intro { (t.text(intro)) }
    };
    Some(Filled { title: t.text(title), description: t.text(intro), main, whole: false })
}

#[cfg(test)]
mod tests {
    use model::Language;

    use super::*;

    #[test]
    fn each_page_kept_on_the_phone_has_its_own_heading_and_introduction_in_the_readers_language() {
        let t = Localizer::with_files(Language::Ar, &["app", "activities", "sportotek", "guides", "mine"]);
        let pages = [Page::Voucher, Page::Mine, Page::GuideBookings, Page::Reservations];
        let titles: Vec<String> = pages.iter().map(|p| heading_only(&t, p).expect("a heading").title).collect();
        for (page, title) in pages.iter().zip(&titles) {
            assert!(!title.contains('-') || title.contains(' '), "{page:?}: a message, not its id: {title}");
            assert!(title.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "{page:?} in Arabic: {title}");
        }
        let mut distinct = titles.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), titles.len(), "{titles:?}");
        assert!(heading_only(&t, &Page::Finder).is_none(), "the finder has its content");
    }
}
