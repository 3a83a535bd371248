//! The page the server sent (`server/src/first_paint`), while the app draws its own out
//! of sight ([`crate::mount`]). A part the app would draw the same, such as a result's
//! card, is taken from it as HTML that the browser parses in one go, rather than built
//! element by element by the app: in a profile of the finder at 10× CPU, building its
//! cards was 110 ms of the app's 770 ms of scripts (2026-11-28).

use std::cell::RefCell;

use leptos::{prelude::*, tachys::html::InertElement};
use model::Language;
use wasm_bindgen::JsCast as _;

thread_local! {
    /// The sent page's cards, by the address they link to, while the app takes over.
    static CARDS: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Offers the cards of `page` (the server's `#app`) to the app's first drawing, when the
/// server wrote them in the app's `language` (its `data-lang`).
pub(crate) fn offer(page: &web_sys::Element, language: Language) {
    if page.get_attribute("data-lang").as_deref() != Some(language.code()) {
        return;
    }
    let Ok(links) = page.query_selector_all("li.card > a[href]") else { return };
    let cards = (0..links.length())
        .filter_map(|i| links.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|link| Some((link.get_attribute("href")?, link.parent_element()?.outer_html())))
        .collect();
    CARDS.with(|kept| *kept.borrow_mut() = cards);
}

/// The app has taken over: what it draws from now on, it builds.
pub(crate) fn withdraw() {
    CARDS.with(|kept| kept.borrow_mut().clear());
}

/// The sent page's card that links to `href` while the app takes the page over, else
/// the card `build` draws: after the take-over, or when the server wrote no such card in
/// this language. A card taken as sent holds no reactive parts; a new language or a
/// new search draws the list anew.
pub fn card_or<V: IntoView + 'static>(href: &str, build: impl FnOnce() -> V) -> AnyView {
    let sent = CARDS.with(|kept| kept.borrow().iter().find(|(link, _)| link == href).map(|(_, html)| html.clone()));
    match sent {
        Some(html) => InertElement::new(html).into_any(),
        None => build().into_any(),
    }
}
