//! The orientation's pages as the app at `/` draws them: the start page, a topic, an
//! article and the search page.

use maud::{html, Markup, PreEscaped};
use model::{
    i18n::Localizer,
    orientation::{Article, Municipality, SearchHit, SearchQuery, Topic, TranslationState, READ_SWEDISH},
    Language,
};

use super::shell::Filled;
use crate::{error::Result, ids::MunicipalityId, routes::orientation::hits, state::AppState};

/// The start page; `places`: every municipality, for the choice between them.
pub fn home(t: &Localizer, municipality: &Municipality, places: &[Municipality], topics: &[Topic]) -> Filled {
    let title = t.format_texts("home-title", &[("municipality", municipality.name.clone())]);
    let main = html! {
        h1 { (title) }
        p.intro { (t.text("home-intro")) }
        @if municipality.demo { p.demo-badge { (t.text("demo-notice")) } }
        @if places.len() > 1 {
            form.municipality-choice action="/" method="get" {
                label for="municipality-choice" { (t.text("home-municipality")) }
                div.search-row {
                    select #municipality-choice name="municipality" {
                        @for m in places { option value=(m.slug) selected[m.slug == municipality.slug] { (m.name) } }
                    }
                    button type="submit" { (t.text("home-municipality-choose")) }
                }
            }
        }
        ul.topic-list.promo {
            li { a href="/activities" rel="external" {
                span.topic-name { (t.text("home-activities-title")) }
                span.topic-count { (t.text("home-activities-body")) }
            } }
            li { a href="/activities/guides" rel="external" {
                span.topic-name { (t.text("home-guides-title")) }
                span.topic-count { (t.text("home-guides-body")) }
            } }
        }
        (search_form(t, ""))
        h2 { (t.text("topics-heading")) }
        ul.topic-list {
            @for topic in topics.iter().filter(|t| !t.articles.is_empty()) {
                li { a href={ "/topics/" (topic.slug) } {
                    span.topic-name { (topic.name) }
                    span.topic-count { (t.count("article-count", i64::try_from(topic.articles.len()).unwrap_or(0))) }
                } }
            }
        }
    };
    Filled { description: t.text("home-intro"), title, main, whole: true }
}

/// The search form as the app draws it, with the words searched for; without the app it
/// asks the server for the search page.
fn search_form(t: &Localizer, q: &str) -> Markup {
    html! {
        form.search-form role="search" action="/search" method="get" {
            label for="search-input" { (t.text("search-label")) }
            div.search-row {
                input #search-input type="search" name="q" maxlength="100" autocomplete="off" aria-describedby="search-hint"
                    value=[(!q.is_empty()).then_some(q)];
                button type="submit" { (t.text("search-button")) }
            }
            p #search-hint .hint { (t.text("search-hint")) }
        }
    }
}

pub fn topic_page(t: &Localizer, topics: &[Topic], slug: &str) -> Option<Filled> {
    let topic = topics.iter().find(|topic| topic.slug == slug)?;
    let main = html! {
        a.back-link href="/" { (t.text("topic-all")) }
        h1 { (topic.name) }
        ul.card-list {
            @for a in &topic.articles {
                li.card { a href={ "/articles/" (a.slug) } {
                    span.card-title lang=(a.lang.code()) dir=(a.lang.direction().as_str()) { (a.title) }
                    span.card-summary lang=(a.lang.code()) dir=(a.lang.direction().as_str()) { (a.summary) }
                    @if let Some(note) = state_note(a.state) { span.card-note { (t.text(note)) } }
                    @if let Some(region) = &a.shared_by { span.card-note.shared { (shared_note(t, region)) } }
                } }
            }
        }
    };
    let description = topic.articles.iter().map(|a| a.title.as_str()).collect::<Vec<_>>().join(" · ");
    Some(Filled { title: topic.name.clone(), description, main, whole: true })
}

/// Where a shared article comes from.
fn shared_note(t: &Localizer, region: &str) -> String {
    t.format_texts("article-shared-by", &[("region", region.to_owned())])
}

fn state_note(state: TranslationState) -> Option<&'static str> {
    match state {
        TranslationState::Missing => Some("article-state-missing"),
        TranslationState::Outdated => Some("article-state-outdated"),
        TranslationState::Current => None,
    }
}

pub async fn article_page(
    app: &AppState,
    t: &Localizer,
    id: MunicipalityId,
    slug: &str,
    lang: Language,
) -> Result<Option<Filled>> {
    let Some(a) = app.store.article(id, slug, lang).await? else { return Ok(None) };
    let can_compare = a.can_compare();
    let Article {
        slug,
        topic,
        topic_name,
        lang: shown,
        state,
        reviewed_at,
        title,
        summary,
        html: body,
        updated_at,
        shared_by,
        ..
    } = a;
    let date = |at| t.date(crate::calendar::swedish_day(at));
    let main = html! {
        a.back-link href={ "/topics/" (topic) } { (topic_name) }
        @if let Some(note) = state_note(state) { p.notice.warning role="note" { (t.text(note)) } }
        @if state == TranslationState::Outdated && shown != Language::SOURCE {
            // The app takes over to draw the Swedish text (`ui::waiting`).
            button.link-button.app-only type="button" data-take-over=(READ_SWEDISH) { (t.text("article-read-swedish")) }
        }
        article.article data-slug=(slug) data-compare[can_compare] {
            div.article-column lang=(shown.code()) dir=(shown.direction().as_str()) {
                h1 { (title) }
                p.meta {
                    @if shown != Language::SOURCE {
                        @match reviewed_at {
                            Some(at) => span.stamp.checked { (t.format_texts("article-review-checked", &[("date", date(at))])) },
                            None => span.stamp.unchecked { (t.text("article-review-unchecked")) },
                        }
                    }
                    span { (t.format_texts("article-updated", &[("date", date(updated_at))])) }
                }
                @if let Some(region) = &shared_by { p.shared-note { (shared_note(t, region)) } }
                p.summary { (summary) }
                // The app's `ArticleTools` takes these over, and adds reading aloud where
                // the phone has a voice (`app::islands`).
                div.toolbar.app-only {
                    button #save-article .secondary.save-article type="button" aria-pressed="false" { (t.text("article-save")) }
                    @if can_compare {
                        button.secondary type="button" aria-pressed="false" { (t.text("article-beside-swedish")) }
                    }
                }
                // Rendered from Markdown and sanitised on the server, as the API sends it.
                div.article-body { (PreEscaped(body)) }
            }
        }
        section.feedback.app-only aria-live="polite" {
            h2 #feedback-question { (t.text("feedback-question")) }
            div.button-row role="group" aria-labelledby="feedback-question" {
                button type="button" { (t.text("feedback-yes")) }
                button type="button" { (t.text("feedback-no")) }
            }
        }
    };
    // Whole: the app draws its toolbar and feedback box in it, and the page only for the
    // Swedish text instead.
    Ok(Some(Filled { title, description: summary, main, whole: true }))
}

/// The search page with the hits for `q`, as the app draws them; without words, the form.
/// `None` for words the API refuses (too long): the app says why.
pub async fn search_page(
    app: &AppState,
    t: &Localizer,
    id: MunicipalityId,
    q: &str,
    lang: Language,
) -> Result<Option<Filled>> {
    let found = if q.trim().is_empty() {
        None
    } else {
        let Ok(query) = SearchQuery::parse(q) else { return Ok(None) };
        Some(hits(app, id, lang, &query).await?)
    };
    let main = html! {
        h1 { (t.text("search-title")) }
        (search_form(t, q))
        @if let Some(hits) = &found {
            p.result-count role="status" {
                @if hits.is_empty() { (t.text("search-no-results")) }
                @else { (t.count("search-results", i64::try_from(hits.len()).unwrap_or(i64::MAX))) }
            }
        }
        ul.card-list {
            @for hit in found.iter().flatten() { (hit_card(t, hit)) }
        }
    };
    Ok(Some(Filled { title: t.text("search-title"), description: t.text("search-hint"), main, whole: true }))
}

/// A hit as the app's `ArticleCard` draws it.
fn hit_card(t: &Localizer, hit: &SearchHit) -> Markup {
    let (lang, dir) = (hit.lang.code(), hit.lang.direction().as_str());
    html! {
        li.card { a href={ "/articles/" (hit.slug) } {
            span.card-title lang=(lang) dir=(dir) { (hit.title) }
            span.card-summary lang=(lang) dir=(dir) { (hit.summary) }
            @if hit.matched_swedish { span.card-note { (t.text("search-matched-swedish")) } }
        } }
    }
}
