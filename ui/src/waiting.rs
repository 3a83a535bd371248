//! The reader acting on the page the server sent, before the app has drawn its own.
//!
//! A page the server wrote whole (`data-whole` on its `#app`, with the address it was
//! written for: the start page, a topic, search, an activity) offers nothing the app
//! would add to it: its links and plain forms are all it has. The app does not draw such
//! a page again when it starts. It waits, and takes over when the reader follows a link
//! to a page this bundle draws: then it draws that page in place, as it would have drawn
//! it from its own page; or when they change a filter of a form the app follows (the
//! finder's), and it draws the page for the new filters, the control they changed
//! keeping the focus. Drawing the page again cost a phone at 10× CPU about a second of
//! its main thread while the reader was reading (README, "Measured"), for a page that
//! looked the same afterwards.
//!
//! An article is whole too, though it has buttons only the app can make work: its
//! toolbar and the "Was this helpful?" box. The bundle makes the server's buttons work
//! (`islands`, given to `ui::mount`), draws what only it can as pieces of the app in the
//! server's page ([`island`]), and takes over for a button that changes the whole page
//! ([`take_over_for`], an outdated translation's "Read the Swedish text").
//!
//! On such a page the server's top bar has the app's language picker, in a form that
//! asks the server for the page in the chosen language. While the app waits, a choice
//! is kept as the app keeps it and the page loads again in that language: the server
//! writes it, so the reader sees the new language at once.

use std::{any::Any, cell::RefCell};

use leptos::prelude::{AnyView, IntoView};
use model::Language;
use wasm_bindgen::{closure::Closure, JsCast as _};
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement, MouseEvent};

use crate::{
    components::{asked, keep_choice},
    i18n,
    location::{drawn_here, kept_link, scroll_to, set_address, Page},
};

/// The attribute on `<html>` that says where the app is: [`WAITING`], or [`DRAWN`] once
/// its own page is in place. The journeys wait for it.
pub const STATE: &str = "data-app";
/// The app has started and waits on a page the server wrote whole.
pub const WAITING: &str = "waiting";
/// The app's own page is in place.
pub const DRAWN: &str = "drawn";

pub(crate) fn set_state(state: &str) {
    if let Some(html) = leptos::prelude::document().document_element() {
        let _ = html.set_attribute(STATE, state);
    }
}

thread_local! {
    /// The address of the server's page the reader left by a link, when that drew the app.
    static LEFT: RefCell<Option<String>> = const { RefCell::new(None) };
    /// What the reader asked for by a button that took over ([`take_over_for`]).
    static ASKED: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Draws the app in the page it waits on, once: taken by the first act that needs it.
    static TAKE_OVER: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
    /// The pieces of the app drawn in the server's page ([`island`]), taken away when
    /// the app takes over.
    static ISLANDS: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// The address (path and query) of the server's page the reader left by a link, which
/// made the app draw its first page: a list's filters, for the way back to it.
pub fn left() -> Option<String> {
    LEFT.with(|kept| kept.borrow().clone())
}

/// Whether the reader asked for `what` by the button that made the app take over
/// ([`take_over_for`]); it is asked once, for the page drawn then.
pub fn asked_for(what: &str) -> bool {
    ASKED.with(|asked| asked.borrow_mut().take_if(|asked| asked == what).is_some())
}

/// Draws `view` at the end of `place`, a part of the page the app waits on: a piece of
/// the app in the server's page, such as an article's *Read aloud*. It goes when the app
/// takes over, its reactive work with it; once the app has taken over, it is not drawn.
/// One kind of view (`AnyView`) for every piece: the wasm carries the code to mount one.
pub fn island<F>(place: &Element, view: F)
where
    F: FnOnce() -> AnyView + 'static,
{
    if !place.is_connected() {
        return;
    }
    let handle = leptos::mount::mount_to(place.clone().unchecked_into(), view);
    ISLANDS.with(|islands| islands.borrow_mut().push(Box::new(handle)));
}

/// The class of what in the server's page only the app makes work, unseen until it does
/// (`style.css`): an article's toolbar, its feedback box, a button that takes over.
pub const APP_ONLY: &str = "app-only";

/// Shows `element`, which the server hid until the app made it work ([`APP_ONLY`]).
pub fn reveal(element: &Element) {
    let class = element.class_name();
    let kept: Vec<&str> = class.split_whitespace().filter(|name| *name != APP_ONLY).collect();
    element.set_class_name(&kept.join(" "));
}

/// Runs `act` on each `kind` of event on `element` of the server's page, for as long as
/// the page lasts: how the app makes the server's buttons and forms work.
pub fn on(element: &Element, kind: &str, act: impl FnMut(Event) + 'static) {
    let listener = Closure::<dyn FnMut(Event)>::new(act);
    let _ = element.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Whether the app waits on `page` (the server's `#app`): the server wrote it whole, in
/// the app's `language`, for this address. Offline, the service worker answers every
/// address of a bundle with the last page it kept of it, which the app draws anew.
pub(crate) fn waits_on(page: &web_sys::Element, language: Language) -> bool {
    page.get_attribute("data-whole").is_some_and(|address| address == here())
        && page.get_attribute("data-lang").as_deref() == Some(language.code())
}

/// Starts the app on `page`, which it waits on ([`waits_on`]): the reader's language
/// and the municipality the address chose are kept as the app keeps them, `islands`
/// draws the bundle's pieces in the page ([`island`]), and `app` is drawn in `page` once
/// they follow a link to one of `pages`, change a filter or press a button that takes
/// over.
pub(crate) fn wait<F, N>(page: web_sys::Element, pages: &'static [Page], islands: fn(&Element), app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    i18n::tell_the_server(i18n::initial());
    // The server's page shows the municipality, so it is one the installation serves.
    if let Some(shown) = page.get_attribute("data-municipality").filter(|shown| asked().as_ref() == Some(shown)) {
        keep_choice(&shown);
    }
    islands(&page);
    listen(pages, move || {
        // Dropped, each piece leaves the page and stops what it was doing (reading aloud).
        let drawn = ISLANDS.with(|islands| std::mem::take(&mut *islands.borrow_mut()));
        drop(drawn);
        draw_in(&page, app);
        crate::mark(crate::TOOK_OVER);
    });
    set_state(WAITING);
    crate::mark(crate::WAITING);
}

/// The app takes over the page it waits on, for `what` the reader asked by a button of
/// the server's page that needs the whole app (an outdated translation's "Read the
/// Swedish text"): the page drawn then asks for it ([`asked_for`]). Nothing once it has.
pub fn take_over_for(what: &str) {
    if let Some(take_over) = TAKE_OVER.with(|waiting| waiting.borrow_mut().take()) {
        ASKED.with(|asked| *asked.borrow_mut() = Some(what.to_owned()));
        take_over();
    }
}

/// What the app does when the reader acts on the server's page: `take_over`, drawing the
/// app, once they follow a link to one of `pages`, change a filter, or ask for it
/// ([`take_over_for`]); and a new language.
fn listen<F>(pages: &'static [Page], take_over: F)
where
    F: FnOnce() + 'static,
{
    TAKE_OVER.with(|waiting| *waiting.borrow_mut() = Some(Box::new(take_over)));
    let pending = || TAKE_OVER.with(|waiting| waiting.borrow_mut().take());
    let on_event = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        if event.type_() == "change" {
            if chose_language(&event) {
                return;
            }
            // A filter of a form the app follows: the address as the app would write it.
            let Some((href, control)) = live_form_changed(&event, pages) else { return };
            let Some(take_over) = pending() else { return };
            if go(&href, true) {
                take_over();
                focus_when_drawn(control, FOCUS_FRAMES);
            }
            return;
        }
        let Some(href) = event.dyn_ref::<MouseEvent>().and_then(|click| kept_link(click, pages)) else { return };
        let Some(take_over) = pending() else { return };
        event.prevent_default();
        LEFT.with(|kept| *kept.borrow_mut() = Some(here()));
        if go(&href, false) {
            take_over();
            let hash = href.split_once('#').map(|(_, hash)| hash.to_owned()).unwrap_or_default();
            leptos::prelude::request_animation_frame(move || scroll_to(&hash));
        }
    });
    let document = leptos::prelude::document();
    for kind in ["click", "change"] {
        let _ = document.add_event_listener_with_callback(kind, on_event.as_ref().unchecked_ref());
    }
    // They listen as long as the page: a click after the take-over finds nothing to do,
    // and the server's picker is gone with the server's page.
    on_event.forget();
}

/// The address, path and query, of the page shown.
fn here() -> String {
    let location = leptos::prelude::window().location();
    format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
}

/// The address becomes `href` without loading it ([`set_address`]); when the browser
/// refuses, `href` is loaded.
fn go(href: &str, replace: bool) -> bool {
    let changed = set_address(href, replace);
    if !changed {
        let _ = leptos::prelude::window().location().set_href(href);
    }
    changed
}

/// How many frames a control's focus waits for the app to draw it again.
const FOCUS_FRAMES: u32 = 120;

/// The control the reader changed, drawn again by the app, keeps the focus they gave it.
fn focus_when_drawn(id: String, frames_left: u32) {
    if id.is_empty() {
        return;
    }
    leptos::prelude::request_animation_frame(move || {
        match leptos::prelude::document().get_element_by_id(&id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            Some(control) => {
                let _ = control.focus();
            }
            None if frames_left > 0 => focus_when_drawn(id, frames_left - 1),
            None => {}
        }
    });
}

/// A control changed in a form whose every change the app follows (`data-live`, the
/// finder's filters), when the form leads to one of `pages`: the address the form now
/// asks for (its chosen values, without the empty ones), and the control's id.
fn live_form_changed(event: &Event, pages: &[Page]) -> Option<(String, String)> {
    let control = event.target()?.dyn_into::<Element>().ok()?;
    let form = control.closest("form[data-live]").ok()??;
    let path = form.get_attribute("action")?;
    if !drawn_here(pages, &path) {
        return None;
    }
    let fields = form.query_selector_all("select[name], input[name]").ok()?;
    let mut pairs = Vec::new();
    for field in (0..fields.length()).filter_map(|i| fields.item(i)) {
        let (name, value) = if let Some(select) = field.dyn_ref::<HtmlSelectElement>() {
            (select.name(), select.value())
        } else if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
            if input.type_() == "checkbox" && !input.checked() {
                continue;
            }
            (input.name(), input.value())
        } else {
            continue;
        };
        if !value.is_empty() {
            pairs.push(format!("{}={}", js_sys::encode_uri_component(&name), js_sys::encode_uri_component(&value)));
        }
    }
    let href = if pairs.is_empty() { path } else { format!("{path}?{}", pairs.join("&")) };
    Some((href, control.id()))
}

/// The reader chose a language in the server's picker: kept as the app keeps it, and
/// the page loaded again without a `?lang=` that would choose for them. False for any
/// other change.
fn chose_language(event: &Event) -> bool {
    let Some(select) = event.target().and_then(|target| target.dyn_into::<HtmlSelectElement>().ok()) else {
        return false;
    };
    if select.closest(".language-form").ok().flatten().is_none() {
        return false;
    }
    let Some(language) = Language::from_tag(&select.value()) else { return true };
    i18n::remember(language);
    let location = leptos::prelude::window().location();
    let search = location.search().unwrap_or_default();
    let pairs: Vec<&str> = search.trim_start_matches('?').split('&').filter(|pair| !pair.is_empty()).collect();
    let kept: Vec<&str> = pairs.iter().copied().filter(|pair| !pair.starts_with("lang=")).collect();
    if kept.len() == pairs.len() {
        let _ = location.reload();
    } else {
        let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
        let path = location.pathname().unwrap_or_default();
        let _ = location.replace(&format!("{path}{query}{}", location.hash().unwrap_or_default()));
    }
    true
}

/// Draws `app` into the server's `page` in place of what the server wrote.
pub(crate) fn draw_in<F, N>(page: &web_sys::Element, app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    page.set_inner_html("");
    crate::pace::first_drawing_over();
    leptos::mount::mount_to(page.clone().unchecked_into(), app).forget();
    set_state(DRAWN);
}
