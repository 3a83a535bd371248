//! The refugee guides' pages as the `guides` bundle draws them (`activities/src/pages/`
//! `guides.rs`, `guide.rs`): the list for the filters in the address, and a guide with
//! what they help with, where they meet and their open times. Booking needs the app.

use maud::{html, Markup};
use model::{
    activities::SPOKEN_LANGUAGES,
    addresses::GuideQuery,
    guides::{GuideProfile, GuideSummary, Meeting, MeetingKind, OpenTime, Topic},
    i18n::Localizer,
    schedule::{Clock, Day},
    Language,
};

use super::{facts, shell::Filled};

/// The guide list as the app's `GuidesPage` draws it, once its answer is in.
pub fn list(t: &Localizer, query: &GuideQuery, guides: &[GuideSummary]) -> Filled {
    let spoken = query.language.clone().unwrap_or_else(|| t.language().code().to_owned());
    let main = html! {
        a.back-link href="/activities" rel="external" { (t.text("activities-title")) }
        h1 { (t.text("guides-title")) }
        p.intro { (t.text("guides-intro")) }
        p { a.reservations-link href="/activities/guides/bookings" { (t.text("guides-my-bookings")) } }
        form.filter-form action="/activities/guides" method="get" data-live {
            div.filters.guide-filters {
                div.filter-grid {
                    label for="g-language" { (t.text("guides-filter-language")) }
                    select #g-language name="language" {
                        @for code in SPOKEN_LANGUAGES {
                            option value=(code) selected[spoken == code] { (t.text(&format!("spoken-{code}"))) }
                        }
                    }
                    label for="g-topic" { (t.text("guides-filter-topic")) }
                    select #g-topic name="topic" {
                        option value="" { (t.text("guides-filter-topic-any")) }
                        @for topic in Topic::ALL.iter().copied() {
                            option value=(topic.code()) selected[query.topic == Some(topic)] { (t.text(&topic_id(topic))) }
                        }
                    }
                    label for="g-meeting" { (t.text("guides-filter-meeting")) }
                    select #g-meeting name="meeting" {
                        option value="" { (t.text("guides-filter-meeting-any")) }
                        @for meeting in Meeting::ALL.iter().copied() {
                            option value=(meeting.code()) selected[query.meeting == Some(meeting)] {
                                (t.text(&format!("guides-filter-meeting-{}", meeting.code())))
                            }
                        }
                    }
                }
                button.secondary type="submit" { (t.text("filter-apply")) }
                a.clear href="/activities/guides" { (t.text("filter-clear")) }
            }
        }
        div role="status" { h2.result-count { (t.count("guides-count", i64::try_from(guides.len()).unwrap_or(0))) } }
        @if guides.is_empty() { p.notice.guides-none { (t.text("guides-none")) } }
        ul.card-list.guide-list {
            @for guide in guides { (guide_card(t, guide, &query.profile_href(guide.id))) }
        }
    };
    // Whole: every guide who matches is listed, and the filters follow each change.
    Filled { title: t.text("guides-title"), description: t.text("guides-intro"), main, whole: true }
}

/// One guide in the list, as the app's `GuideCard` draws it.
fn guide_card(t: &Localizer, guide: &GuideSummary, href: &str) -> Markup {
    let times: Vec<String> = guide
        .next_open
        .iter()
        .map(|o| format!("{} · {}", when(t, o.day, o.start, o.minutes), t.text(&meeting_id(o.meeting))))
        .collect();
    html! {
        li.card.guide-card { a href=(href) {
            h3 { (guide.first_name) }
            p.speaks { (t.format_texts("guides-speaks", &[("languages", languages(t, &guide.languages))])) }
            p.helps { (t.format_texts("guides-helps-with", &[("topics", topics(t, &guide.topics))])) }
            @if times.is_empty() { p { span.chip.warn { (t.text("guides-no-times")) } } }
            @else { p.pickup-heading { (t.text("guides-next-times")) } }
            ul.pickup-days.next-times { @for time in &times { li { (time) } } }
        } }
    }
}

/// A guide's page as the app's `GuidePage` draws it, but for the form to book, which
/// needs the app.
pub fn profile(t: &Localizer, guide: &GuideProfile) -> Filled {
    let other_language = guide.lang.is_some_and(|l| l != t.language()) && !guide.about.is_empty();
    let name = [("name", guide.first_name.clone())];
    let main = html! {
        a.back-link href="/activities/guides" { (t.text("guides-title")) }
        article.guide-profile {
            h1 { (guide.first_name) }
            @if guide.demo { p.demo-badge { (t.text("guides-demo")) } }
            @if !guide.about.is_empty() {
                h2 { (t.format_texts("guides-about-heading", &name)) }
                @if other_language { p.hint { (t.text("guides-about-other-language")) } }
                p.description lang=[guide.lang.map(Language::code)] dir="auto" { (guide.about) }
            }
            dl.facts {
                dt { (t.text("guides-languages-heading")) } dd { (languages(t, &guide.languages)) }
                dt { (t.text("guides-topics-heading")) } dd { (topics(t, &guide.topics)) }
            }
            @let places = places(&guide.open);
            @if !places.is_empty() {
                section.place aria-labelledby="places-heading" {
                    h2 #places-heading { (t.text("guides-places-heading")) }
                    @for (kind, place) in &places {
                        div.meeting-place {
                            p { span.meeting-kind { (t.text(&meeting_id(*kind))) } @if !place.is_empty() { " · " bdi.place-text { (place) } } }
                        }
                    }
                }
            }
            section.open-times aria-labelledby="times-heading" {
                h2 #times-heading { (t.text("guides-times-heading")) }
                p.hint hidden[guide.open.is_empty()] { (t.text("guides-times-intro")) }
                p.notice hidden[!guide.open.is_empty()] { (t.text("guides-no-times")) }
                ul.open-days {
                    @for (day, times) in by_day(&guide.open) {
                        li.open-day data-day=(day) {
                            h3 { (t.day(day)) }
                            ul.time-list {
                                @for time in times {
                                    li { button.secondary.time-choice type="button" data-slot=(time.slot_id) aria-pressed="false" {
                                        (span(t, time.start, time.minutes)) " · " (t.text(&meeting_id(time.meeting)))
                                    } }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let description = if guide.about.is_empty() { t.text("guides-intro") } else { guide.about.clone() };
    Filled { title: guide.first_name.clone(), description, main, whole: false }
}

/// The times of each day, in the API's order (soonest first).
fn by_day(open: &[OpenTime]) -> Vec<(Day, Vec<&OpenTime>)> {
    let mut days: Vec<(Day, Vec<&OpenTime>)> = Vec::new();
    for time in open {
        match days.last_mut() {
            Some((day, times)) if *day == time.day => times.push(time),
            _ => days.push((time.day, vec![time])),
        }
    }
    days
}

/// Each distinct way and place of meeting, in the order the times first name them.
fn places(open: &[OpenTime]) -> Vec<(MeetingKind, String)> {
    let mut places: Vec<(MeetingKind, String)> = Vec::new();
    for time in open {
        if !places.iter().any(|(kind, place)| *kind == time.meeting && *place == time.place) {
            places.push((time.meeting, time.place.clone()));
        }
    }
    places
}

/// "15:00–16:30"; past midnight it reads as the next day's time.
fn span(t: &Localizer, start: Clock, minutes: u16) -> String {
    let end = Clock::from_minutes((start.minutes() + minutes) % (24 * 60)).unwrap_or(start);
    format!("{}–{}", t.clock(start), t.clock(end))
}

fn when(t: &Localizer, day: Day, start: Clock, minutes: u16) -> String {
    t.format_texts("guides-when", &[("day", t.day(day)), ("time", span(t, start, minutes))])
}

fn topic_id(topic: Topic) -> String {
    format!("guide-topic-{}", topic.code())
}

fn meeting_id(kind: MeetingKind) -> String {
    format!("guide-meeting-{}", kind.code())
}

fn languages(t: &Localizer, codes: &[String]) -> String {
    facts::list(t, codes.iter().map(|c| format!("spoken-{c}")))
}

fn topics(t: &Localizer, topics: &[Topic]) -> String {
    facts::list(t, topics.iter().map(|topic| topic_id(*topic)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meeting_past_midnight_ends_on_the_next_days_clock() {
        let at = |h: u16, m: u16| Clock::from_minutes(h * 60 + m).unwrap();
        let t = Localizer::with_files(model::Language::Sv, &["app", "guides"]);
        assert_eq!(span(&t, at(15, 0), 90), "15:00–16:30");
        assert_eq!(span(&t, at(23, 30), 60), "23:30–00:30");
        let t = Localizer::with_files(model::Language::Prs, &["app", "guides"]);
        assert_eq!(span(&t, at(15, 0), 90), "۱۵:۰۰–۱۶:۳۰", "in Dari's digits, as the app writes them");
    }
}
