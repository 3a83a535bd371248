//! The app's pieces on an article the server wrote whole (`ui::waiting::island`): its
//! toolbar, its Swedish text beside it when asked for, and "Was this helpful?"; and the
//! article's answer fetched, for reading offline. The rest
//! is the server's: text and links. The app draws the whole article only when the reader
//! asks for its Swedish text instead (`data-take-over`, `model::orientation::READ_SWEDISH`),
//! or leaves it.

use leptos::prelude::*;
use model::Language;
use ui::{
    i18n::provide_i18n,
    pace::a_task,
    waiting::{island, reveal, take_over_for},
};
use wasm_bindgen::{closure::Closure, JsCast as _};
use web_sys::Element;

use crate::{
    api,
    components::{ArticleTools, FeedbackAnswers, SwedishColumn},
    offline,
    pages::speech,
};

/// Draws the pieces in `page`, the server's `#app`, when it is an article: the server
/// marks it with its slug (`data-slug`) and whether it can go beside the Swedish text
/// (`data-compare`). Each is a task of its own, the toolbar first: on a slow phone the
/// three at once held its main thread for longer than a tap should wait (README,
/// "Measured").
pub fn draw(page: &Element) {
    let find = |within: &Element, selector: &str| within.query_selector(selector).ok().flatten();
    let Some(article) = find(page, "article[data-slug]") else { return };
    let Some(column) = find(&article, ".article-column") else { return };
    let shown = column.get_attribute("lang").and_then(|tag| Language::from_tag(&tag));
    let (Some(slug), Some(lang)) = (article.get_attribute("data-slug"), shown) else { return };
    let municipality = page.get_attribute("data-municipality").unwrap_or_default();
    // The language the page was asked in, which the app's is (`ui::waiting::waits_on`);
    // the article may be shown in Swedish, its translation missing.
    let asked = page.get_attribute("data-lang").and_then(|tag| Language::from_tag(&tag)).unwrap_or(lang);
    let text = |selector| find(&column, selector).and_then(|e| e.text_content()).unwrap_or_default();
    let title = text("h1");
    let speech = speech(&title, &text(".summary"), &text(".article-body"));
    let can_compare = article.has_attribute("data-compare");
    let (toolbar, feedback) = (find(&column, ".toolbar"), find(page, ".feedback"));
    if let Some(button) = find(page, "button[data-take-over]") {
        // An outdated translation's "Read the Swedish text": the app draws it.
        let what = button.get_attribute("data-take-over").unwrap_or_default();
        let asked = Closure::<dyn Fn()>::new(move || take_over_for(&what));
        let _ = button.add_event_listener_with_callback("click", asked.as_ref().unchecked_ref());
        asked.forget();
        reveal(&button);
    }
    // Not Leptos' own spawner: nothing has started it yet on a page the app waits on.
    wasm_bindgen_futures::spawn_local(async move {
        let beside = RwSignal::new(false);
        if let Some(toolbar) = toolbar {
            toolbar.set_inner_html("");
            let slug = slug.clone();
            island(&toolbar, move || {
                provide_i18n();
                view! { <ArticleTools slug lang title speech can_compare beside /> }
            });
        }
        if let Some(feedback) = feedback {
            a_task().await;
            let (municipality, slug) = (municipality.clone(), slug.clone());
            feedback.set_inner_html("");
            island(&feedback, move || {
                provide_i18n();
                view! { <FeedbackAnswers municipality slug lang /> }
            });
        }
        if can_compare {
            a_task().await;
            let (shown_in, municipality, slug) = (article.clone(), municipality.clone(), slug.clone());
            island(&article, move || {
                provide_i18n();
                Effect::new(move || {
                    shown_in.set_class_name(if beside.get() { "article beside" } else { "article" });
                });
                view! { <SwedishColumn municipality slug beside /> }
            });
        }
        // As the app's article page does: the service worker keeps the answer, so that the
        // article opens offline, and the phone's search finds it.
        a_task().await;
        if let Ok(fetched) = api::article(&municipality, &slug, asked).await {
            offline::remember(&municipality, &fetched.value);
        }
    });
}
