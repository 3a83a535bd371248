//! The pages whose content the server never sees: a voucher's balance (its code is in
//! the address's fragment), Mine, and the bookings and reservations this phone keeps.
//! Their heading and introduction come first, in the reader's language, so the page is
//! never blank or untitled; the app adds what the phone knows.
//!
//! The voucher's page is whole ([`voucher`]): its form is all it has until a code is
//! checked, and the app makes the server's form work rather than drawing the page again.

use maud::html;
use model::i18n::Localizer;

use super::{page::Page, shell::Filled};

/// The page's heading and introduction as the app draws them, for the pages above.
pub fn heading_only(t: &Localizer, page: &Page) -> Option<Filled> {
    let (back, title, intro, heading_id) = match page {
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
    let main = html! {
        @if let Some((href, label)) = back { a.back-link href=(href) { (t.text(label)) } }
        h1 id=[heading_id] { (t.text(title)) }
        p.intro { (t.text(intro)) }
    };
    Some(Filled { title: t.text(title), description: t.text(intro), main, whole: false })
}

/// The fritidscheck's page as the app draws it before a code is checked: the form for
/// the card's code, and the place where the app puts the balance (`#voucher-answer`).
/// The code never reaches the server (a card's QR link carries it in the fragment, and
/// the app asks the API), so the form only works with the app: it is unseen until the
/// app makes it work (`app-only`), and its button is disabled, so that no submit without
/// the app can put the code in an address the server sees.
pub fn voucher(t: &Localizer) -> Filled {
    let main = html! {
        // The voucher's page is its own bundle: the way back loads the finder's.
        a.back-link href="/activities" rel="external" { (t.text("activities-title")) }
        h1 { (t.text("voucher-title")) }
        p.intro { (t.text("voucher-intro")) }
        form #voucher-form .search-form.app-only novalidate {
            label for="voucher-code" { (t.text("voucher-code-label")) }
            div.search-row {
                input #voucher-code name="code" type="text" inputmode="text" autocapitalize="characters"
                    autocomplete="off" spellcheck="false" dir="ltr" maxlength="32"
                    aria-describedby="voucher-code-hint voucher-error" aria-invalid="false";
                button #voucher-check type="submit" disabled { (t.text("voucher-check")) }
            }
            p #voucher-code-hint .hint { (t.text("voucher-code-hint")) }
            p #voucher-error .field-error role="alert" {}
        }
        div #voucher-answer {}
    };
    Filled { title: t.text("voucher-title"), description: t.text("voucher-intro"), main, whole: true }
}

#[cfg(test)]
mod tests {
    use model::Language;

    use super::*;

    #[test]
    fn each_page_kept_on_the_phone_has_its_own_heading_and_introduction_in_the_readers_language() {
        let t = Localizer::with_files(Language::Ar, &["app", "activities", "sportotek", "guides", "mine"]);
        let pages = [Page::Mine, Page::GuideBookings, Page::Reservations];
        let mut titles: Vec<String> = pages.iter().map(|p| heading_only(&t, p).expect("a heading").title).collect();
        titles.push(voucher(&t).title);
        for (page, title) in pages.iter().chain([&Page::Voucher]).zip(&titles) {
            assert!(!title.contains('-') || title.contains(' '), "{page:?}: a message, not its id: {title}");
            assert!(title.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "{page:?} in Arabic: {title}");
        }
        let mut distinct = titles.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), titles.len(), "{titles:?}");
        assert!(heading_only(&t, &Page::Finder).is_none(), "the finder has its content");
        assert!(heading_only(&t, &Page::Voucher).is_none(), "the voucher's page is whole");
    }

    #[test]
    fn the_voucher_form_stays_unseen_and_cannot_send_until_the_app_makes_it_work() {
        let t = Localizer::with_files(Language::Prs, &["app", "activities"]);
        let page = voucher(&t);
        let html = page.main.into_string();
        assert!(page.whole);
        assert!(html.contains(r#"<form class="search-form app-only" id="voucher-form" novalidate>"#), "{html}");
        assert!(html.contains(r#"<button id="voucher-check" type="submit" disabled>"#), "{html}");
        assert!(html.contains(r#"<div id="voucher-answer"></div>"#), "{html}");
        assert!(!html.contains("action="), "a submit never sends the code to the server: {html}");
        assert!(html.contains(&t.text("voucher-code-hint")), "{html}");
    }
}
