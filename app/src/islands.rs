//! What the app adds to an article the server wrote whole (`ui::waiting`): the server
//! writes its toolbar and "Was this helpful?" unseen (`ui::waiting::APP_ONLY`), and the
//! app makes their buttons work as they are, with the functions its own article page
//! uses, drawing nothing at its start: on a slow phone, drawing them anew as pieces of
//! the app held its main thread for longer than a tap should wait (README, "Measured").
//! What only the app can draw comes as pieces of it (`ui::waiting::island`): *Read aloud*
//! where the phone has a voice, and the Swedish text beside the reader's once asked for.
//! The answer is fetched for reading offline. The app draws the whole article only when
//! the reader asks for the Swedish text instead (`data-take-over`,
//! `model::orientation::READ_SWEDISH`), or leaves it.

use std::cell::Cell;

use leptos::prelude::*;
use model::Language;
use ui::{
    i18n::{provide_i18n, text},
    waiting::{island, on, reveal, take_over_for},
};
use wasm_bindgen::{closure::Closure, JsCast as _};
use web_sys::Element;

use crate::{
    api,
    components::{answer, answered, toggle_saved, voice_for, ReadAloud, SwedishColumn},
    offline,
    pages::speech,
};

/// Makes the article in `page`, the server's `#app`, work, when it is one: the server
/// marks it with its slug (`data-slug`) and whether it can go beside the Swedish text
/// (`data-compare`).
pub fn draw(page: &Element) {
    let Some(article) = find(page, "article[data-slug]") else { return };
    let Some(column) = find(&article, ".article-column") else { return };
    let shown = column.get_attribute("lang").and_then(|tag| Language::from_tag(&tag));
    let (Some(slug), Some(lang)) = (article.get_attribute("data-slug"), shown) else { return };
    let municipality = page.get_attribute("data-municipality").unwrap_or_default();
    // The language the page was asked in, which the app's is (`ui::waiting::waits_on`);
    // the article may be shown in Swedish, its translation missing.
    let asked = page.get_attribute("data-lang").and_then(|tag| Language::from_tag(&tag)).unwrap_or(lang);
    if let Some(button) = find(page, "button[data-take-over]") {
        // An outdated translation's "Read the Swedish text": the app draws it.
        let what = button.get_attribute("data-take-over").unwrap_or_default();
        on_click(&button, move |_| take_over_for(&what));
        reveal(&button);
    }
    if let Some(toolbar) = find(&column, ".toolbar") {
        if let Some(save) = find(&toolbar, "#save-article") {
            let title = find(&column, "h1").and_then(|h1| h1.text_content()).unwrap_or_default();
            set_pressed(&save, ui::saved_articles::is_saved(&slug));
            let slug = slug.clone();
            on_click(&save, move |button| set_pressed(button, toggle_saved(&slug, lang, &title)));
        }
        if let Some(beside) = find(&toolbar, "button:not(#save-article)") {
            put_beside(&beside, &article, municipality.clone(), slug.clone());
        }
        reveal(&toolbar);
        read_aloud_when_a_voice_comes(toolbar, lang, column);
    }
    if let Some(feedback) = find(page, ".feedback") {
        feedback_answers(feedback, municipality.clone(), slug.clone(), lang);
    }
    // As the app's article page does: the service worker keeps the answer, so that the
    // article opens offline, and the phone's search finds it. Once the reader has stayed
    // a while, rather than while the page and the app start.
    wasm_bindgen_futures::spawn_local(async move {
        ui::sleep(KEEP_AFTER_MS).await;
        if let Ok(fetched) = api::article(&municipality, &slug, asked).await {
            offline::remember(&municipality, &fetched.value);
        }
    });
}

/// How long the reader stays on an article before it is kept for offline.
const KEEP_AFTER_MS: i32 = 3000;

fn find(within: &Element, selector: &str) -> Option<Element> {
    within.query_selector(selector).ok().flatten()
}

/// Runs `act` on each click on `element`, for as long as the page lasts.
fn on_click(element: &Element, mut act: impl FnMut(&Element) + 'static) {
    let target = element.clone();
    on(element, "click", move |_| act(&target));
}

fn set_pressed(button: &Element, pressed: bool) {
    let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
}

/// The toolbar's *Beside Swedish*: the Swedish text is drawn beside the reader's, by the
/// app, the first time it is asked for.
fn put_beside(button: &Element, article: &Element, municipality: String, slug: String) {
    let (article, drawn) = (article.clone(), Cell::new(false));
    let beside = RwSignal::new(false);
    on_click(button, move |button| {
        let open = !beside.get_untracked();
        if !drawn.replace(true) {
            let (municipality, slug) = (municipality.clone(), slug.clone());
            island(&article, move || {
                provide_i18n();
                view! { <SwedishColumn municipality slug beside /> }.into_any()
            });
        }
        beside.set(open);
        set_pressed(button, open);
        button.set_text_content(Some(&text(if open { "article-beside-close" } else { "article-beside-swedish" })));
        article.set_class_name(if open { "article beside" } else { "article" });
    });
}

/// *Read aloud*, drawn by the app at the end of the toolbar once the phone has a voice
/// for the article's language: some phones name their voices only after a while.
fn read_aloud_when_a_voice_comes(toolbar: Element, lang: Language, column: Element) {
    let drawn = Cell::new(false);
    // Whether it is drawn, now or before.
    let draw = move || {
        if drawn.get() || voice_for(lang).is_none() {
            return drawn.get();
        }
        drawn.set(true);
        let text = |selector| find(&column, selector).and_then(|e| e.text_content()).unwrap_or_default();
        let speech = speech(&text("h1"), &text(".summary"), &text(".article-body"));
        island(&toolbar, move || {
            provide_i18n();
            view! { <ReadAloud lang text=speech /> }.into_any()
        });
        true
    };
    if draw() {
        return;
    }
    if let Ok(synth) = window().speech_synthesis() {
        let later = Closure::<dyn Fn()>::new(move || {
            draw();
        });
        synth.set_onvoiceschanged(Some(later.as_ref().unchecked_ref()));
        later.forget();
    }
}

/// "Was this helpful?": its buttons send the answer, and the thanks takes their place;
/// the thanks at once where this phone has answered.
fn feedback_answers(section: Element, municipality: String, slug: String, lang: Language) {
    reveal(&section);
    if answered(&municipality, &slug, lang) {
        thank(&section);
        return;
    }
    let Ok(buttons) = section.query_selector_all("button") else { return };
    let buttons: Vec<Element> = (0..buttons.length()).filter_map(|i| buttons.item(i)?.dyn_into().ok()).collect();
    for (index, button) in buttons.iter().enumerate() {
        let (section, buttons) = (section.clone(), buttons.clone());
        let (municipality, slug) = (municipality.clone(), slug.clone());
        on_click(button, move |_| {
            for button in &buttons {
                let _ = button.set_attribute("disabled", "");
            }
            let (section, buttons) = (section.clone(), buttons.clone());
            let (municipality, slug) = (municipality.clone(), slug.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if answer(municipality, slug, lang, index == 0).await {
                    thank(&section);
                    return;
                }
                for button in &buttons {
                    let _ = button.remove_attribute("disabled");
                }
                if find(&section, ".notice.error").is_none() {
                    paragraph(&section, "notice error", "feedback-failed");
                }
            });
        });
    }
}

fn thank(section: &Element) {
    section.set_inner_html("");
    paragraph(section, "", "feedback-thanks");
}

/// A paragraph of class `class` with message `id`, at the end of `section`.
fn paragraph(section: &Element, class: &str, id: &str) {
    if let Ok(p) = document().create_element("p") {
        if !class.is_empty() {
            p.set_class_name(class);
        }
        p.set_text_content(Some(&text(id)));
        let _ = section.append_child(&p);
    }
}
