//! The finder's pages as the `activities` bundle draws them (`activities/src/pages/`
//! `finder.rs`, `activity.rs`, `association.rs`): the result list for the filters in the
//! address, an activity and an association. The filters are a plain form, so a phone
//! without JavaScript filters too.

use maud::{html, Markup};
use model::{
    activities::{ActivityDetail, ActivityStatus, ActivitySummary, Category, Contact, Position, SPOKEN_LANGUAGES},
    associations::AssociationProfile,
    finder::{DayPart, FinderQuery, Sort},
    guides::Topic,
    i18n::Localizer,
    schedule::{Schedule, Weekday},
    sportotek::EquipmentLink,
    Language,
};

use super::{
    facts::{ages, cost_line, encode_component, list, schedule_line},
    more::Pages,
    shell::Filled,
};

/// The finder's pages, as the API answers them.
pub const PAGES: Pages = Pages { page: FinderQuery::PAGE };

/// The finder with the activities that match `query`, of which `found` are the first
/// pages (`?shown=`); its button for more is a link that asks for a page more, which
/// then opens at the first of them (`#more`). `lang_in_address`: the reader chose the
/// language by the address, so the form keeps it.
pub fn finder(
    t: &Localizer,
    query: &FinderQuery,
    found: &[ActivitySummary],
    total: u32,
    lang_in_address: bool,
    neighbours: bool,
) -> Filled {
    let first_new = PAGES.first_new(found.len());
    let more = PAGES.more_href(&query.href(), found.len(), total);
    let main = html! {
        h1 { (t.text("activities-title")) }
        p.intro { (t.text("activities-intro")) }
        p { a.voucher-link href="/activities/voucher" rel="external" { (t.text("voucher-link")) } }
        p { a.sportotek-link href="/activities/sportotek" rel="external" { (t.text("sportotek-link")) } }
        p { a.guides-link href="/activities/guides" rel="external" { (t.text("guides-link")) } }
        (filter_form(t, query, lang_in_address.then_some(t.language()), neighbours))
        div role="status" { h2.result-count { (t.count("activities-count", i64::from(total))) } }
        @if total == 0 { p.notice { (t.text("activities-none")) } }
        ul.card-list {
            @for (index, activity) in found.iter().enumerate() {
                (activity_card(t, activity, (Some(index) == first_new).then_some("more")))
            }
        }
        // Loaded from the server (`rel="external"`), by the app too, which lists a page
        // when it draws the finder and adds the next below with a button of its own.
        @if let Some(href) = more {
            a.button.secondary.more href=(href) rel="external" { (t.text("activities-more")) }
        }
    };
    // Whole: its button for more is a link.
    Filled { title: t.text("activities-title"), description: t.text("activities-intro"), main, whole: true }
}

/// The finder's filters as the app's `FilterForm` draws them, in a form that asks the
/// server for the list when no script runs. The app's form has no button: it follows
/// each change, from the first one it sees on this form too (`data-live`, `ui::waiting`).
/// `neighbours`: the region has other municipalities to include.
fn filter_form(t: &Localizer, q: &FinderQuery, lang: Option<Language>, neighbours: bool) -> Markup {
    let select = |id: &str, name: &str, any: &str, chosen: Option<&str>, choices: Vec<(String, String)>| {
        html! {
            select id=(id) name=(name) {
                option value="" { (t.text(any)) }
                @for (value, label) in &choices {
                    option value=(value) selected[chosen == Some(value.as_str())] { (label) }
                }
            }
        }
    };
    let coded = |codes: &[&str], prefix: &str| -> Vec<(String, String)> {
        codes.iter().map(|c| ((*c).to_owned(), t.text(&format!("{prefix}{c}")))).collect()
    };
    // The ages a child has, as the app offers them; a course open to adults is found by 18.
    let ages: Vec<(String, String)> = (0..=18_u8).map(|a| (a.to_string(), a.to_string())).collect();
    let age = q.age.map(|a| a.to_string());
    let categories: Vec<&str> = Category::ALL.iter().map(|c| c.code()).collect();
    let weekdays: Vec<&str> = Weekday::ALL.iter().map(|w| w.code()).collect();
    let parts: Vec<&str> = DayPart::ALL.iter().map(|p| p.code()).collect();
    let distance = q.sort == Sort::Distance;
    html! {
        form.filter-form action="/activities" method="get" data-live {
            @if let Some(lang) = lang { input type="hidden" name="lang" value=(lang.code()); }
            details.filters open {
                summary { (t.text("filter-heading")) }
                div.filter-grid {
                    label for="f-age" { (t.text("filter-age")) }
                    (select("f-age", "age", "filter-age-any", age.as_deref(), ages))
                    label for="f-category" { (t.text("filter-category")) }
                    (select("f-category", "category", "filter-category-any", q.category.map(Category::code), coded(&categories, "category-")))
                    label for="f-weekday" { (t.text("filter-weekday")) }
                    (select("f-weekday", "weekday", "filter-weekday-any", q.weekday.map(Weekday::code), coded(&weekdays, "weekday-")))
                    label for="f-time" { (t.text("filter-time")) }
                    (select("f-time", "time", "filter-time-any", q.time.map(DayPart::code), coded(&parts, "day-part-")))
                    label for="f-speaks" { (t.text("filter-speaks")) }
                    (select("f-speaks", "speaks", "filter-speaks-any", q.speaks.as_deref(), coded(&SPOKEN_LANGUAGES, "spoken-")))
                    label for="f-sort" { (t.text("sort-label")) }
                    select #f-sort name="sort" {
                        // The order the finder takes when none is asked for: no value, so
                        // that the address a change leads to (`ui::waiting`) names none.
                        option value="" selected[!distance] { (t.text("sort-next")) }
                        option value="distance" selected[distance] { (t.text("sort-distance")) }
                    }
                }
                label.check {
                    input #f-covered type="checkbox" name="covered" value="1" checked[q.covered];
                    (t.text("filter-covered"))
                }
                label.check {
                    input #f-trial type="checkbox" name="trial" value="1" checked[q.trial];
                    (t.text("filter-trial"))
                }
                @if neighbours {
                    label.check {
                        input #f-neighbours type="checkbox" name="neighbours" value="1" checked[q.neighbours];
                        (t.text("filter-neighbours"))
                    }
                }
                button.secondary type="submit" { (t.text("filter-apply")) }
                a.clear href="/activities" { (t.text("filter-clear")) }
            }
        }
    }
}

/// One activity in a list, as the app's `ActivityCard` draws it.
fn activity_card(t: &Localizer, a: &ActivitySummary, id: Option<&str>) -> Markup {
    let when = match (schedule_line(t, &a.schedule), a.next) {
        (Some(line), _) => line,
        (None, Some(next)) => {
            t.format_texts("activity-next", &[("date", t.day(next.date)), ("time", t.clock(next.start))])
        }
        (None, None) => String::new(),
    };
    // A neighbour's activity is read from its own municipality (`?in=`).
    let place = a.municipality.as_ref();
    html! {
        li.card.activity-card id=[id] { a href={ "/activities/" (a.id) @if let Some(p) = place { "?in=" (p.slug) } } {
            h3 lang=(a.lang.code()) { (a.title) }
            p.organiser { (a.organiser.name) }
            p.chips {
                span.chip { (t.text(&format!("category-{}", a.category.code()))) }
                span.chip { (ages(t, a.min_age, a.max_age)) }
                @if a.gender.code() != "all" { span.chip { (t.text(&format!("gender-{}", a.gender.code()))) } }
                @if a.status != ActivityStatus::Open { span.chip.warn { (t.text(&format!("status-{}", a.status.code()))) } }
            }
            p.when { (when) }
            p.cost {
                (cost_line(t, a.cost_ore))
                @if a.covered { span.chip.good { (t.text("activity-covered")) } }
                @if !a.covered && a.voucher_accepted && place.is_none() { span.chip { (t.text("activity-voucher-accepted")) } }
            }
            @if let Some(p) = place { (neighbour_note(t, &p.name, a.voucher_accepted)) }
            @if a.trial_sessions > 0 { p.trial { (t.count("activity-trial", i64::from(a.trial_sessions))) } }
        } }
    }
}

/// Where a neighbour's activity is, and whether that municipality's fritidscheck pays.
fn neighbour_note(t: &Localizer, name: &str, voucher_accepted: bool) -> Markup {
    let name = [("municipality", name.to_owned())];
    html! {
        p.neighbour {
            span.chip { (t.format_texts("activity-in-municipality", &name)) }
            @if voucher_accepted { span.chip { (t.format_texts("activity-neighbour-voucher", &name)) } }
            @else { span.chip { (t.text("activity-voucher-not-accepted")) } }
        }
    }
}

/// An activity's page, as the app's `ActivityPage` draws it. `municipality`: its slug,
/// for the calendar file's address.
pub fn activity(t: &Localizer, municipality: &str, detail: &ActivityDetail) -> Filled {
    let ActivityDetail { summary: a, requested_lang, text, leader_languages, contact, equipment_items, .. } = detail;
    let requested = requested_lang.code();
    let text_lang = if a.lang == *requested_lang { *requested_lang } else { a.lang };
    let fact = |label: &str, value: String| {
        html! { @if !value.is_empty() { dt { (t.text(label)) } dd { (value) } } }
    };
    let sessions = match &a.schedule {
        Schedule::Dates { sessions } => sessions.clone(),
        Schedule::Weekly { .. } => vec![],
    };
    let season = match a.schedule {
        Schedule::Weekly { season_start, season_end, .. } => Some((season_start, season_end)),
        Schedule::Dates { .. } => None,
    };
    let voucher = if a.covered {
        t.text("activity-covered")
    } else if let Some(place) = a.municipality.as_ref().filter(|_| a.voucher_accepted) {
        t.format_texts("activity-neighbour-voucher", &[("municipality", place.name.clone())])
    } else if a.voucher_accepted {
        t.text("activity-voucher-accepted")
    } else {
        t.text("activity-voucher-not-accepted")
    };
    let main = html! {
        a.back-link href="/activities" { (t.text("activities-title")) }
        article.activity lang=(text_lang.code()) {
            h1 { (a.title) }
            @if a.lang != *requested_lang { p.notice lang=(requested) { (t.text("activity-in-swedish")) } }
            @if a.status != ActivityStatus::Open { p.notice.warn { (t.text(&format!("status-{}", a.status.code()))) } }
            dl.facts lang=(requested) {
                dt { (t.text("activity-by")) }
                dd {
                    @match &a.organiser.association {
                        Some(slug) => a href={ "/activities/clubs/" (slug) } { (a.organiser.name) },
                        None => span { (t.text("activity-by-municipality")) },
                    }
                }
                (fact("activity-for", ages(t, a.min_age, a.max_age)))
                (fact("activity-category-label", t.text(&format!("category-{}", a.category.code()))))
                @if a.gender.code() != "all" { (fact("activity-gender-label", t.text(&format!("gender-{}", a.gender.code())))) }
                (fact("activity-when-label", schedule_line(t, &a.schedule).unwrap_or_default()))
                @if let Some((from, to)) = season {
                    (fact("activity-season-label", t.format_texts("activity-season", &[("from", t.day(from)), ("to", t.day(to))])))
                }
                @if let Some(next) = a.next {
                    (fact("activity-next-label", t.format_texts("activity-next-at", &[("date", t.day(next.date)), ("time", t.clock(next.start))])))
                }
                (fact("activity-cost-label", cost_line(t, a.cost_ore)))
                @if let Some(place) = &a.municipality { (fact("activity-municipality-label", place.name.clone())) }
                (fact("activity-voucher-label", voucher))
                @if a.trial_sessions > 0 { (fact("activity-trial-label", t.count("activity-trial", i64::from(a.trial_sessions)))) }
                (fact("activity-leaders-speak", list(t, leader_languages.iter().map(|c| format!("spoken-{c}")))))
                (fact("activity-place", a.place.clone()))
            }
            @if !sessions.is_empty() {
                h2 { (t.text("activity-dates")) }
                ul.sessions {
                    @for s in &sessions { li { (t.day(s.date)) ", " (t.clock(s.start)) "–" (t.clock(s.end)) } }
                }
            }
            @if !text.description.is_empty() { p.description { (text.description) } }
            @if !text.accessibility.is_empty() { h2 { (t.text("activity-accessibility")) } p { (text.accessibility) } }
            @if !text.equipment.is_empty() { h2 { (t.text("activity-equipment")) } p { (text.equipment) } }
            (equipment_links(t, equipment_items))
            section.guide-help aria-labelledby="guide-help-heading" {
                h2 #guide-help-heading { (t.text("activity-guide-help-heading")) }
                p { a.guide-help-link rel="external" href=(guide_help_href(*requested_lang)) { (t.text("activity-guide-help-link")) } }
            }
            div.actions {
                a.button href={ "/api/municipalities/" (municipality) "/activities/" (a.id) "/calendar.ics?lang=" (requested) }
                    download={ "activity-" (a.id) ".ics" } { (t.text("activity-add-to-calendar")) }
                @if let Some(position) = a.position { (map_link(t, position, &a.place)) }
            }
            p.hint { (t.text("activity-calendar-hint")) }
            (contact_block(t, contact))
        }
    };
    let description = if text.description.is_empty() { t.text("activities-intro") } else { text.description.clone() };
    // Whole: its calendar file, map, call and mail are links.
    Filled { title: a.title.clone(), description, main, whole: true }
}

/// An association's page, as the app's `AssociationPage` draws it.
pub fn association(t: &Localizer, municipality: &str, p: &AssociationProfile) -> Filled {
    let requested = t.language();
    let main = html! {
        a.back-link href="/activities" { (t.text("activities-title")) }
        h1 { (p.name) }
        @if p.lang != requested && !p.description.is_empty() { p.notice { (t.text("activity-in-swedish")) } }
        @if !p.description.is_empty() { p.description lang=(p.lang.code()) { (p.description) } }
        p.chips {
            @for c in &p.categories { span.chip { (t.text(&format!("category-{}", c.code()))) } }
            @if p.accepts_voucher { span.chip.good { (t.text("association-voucher")) } }
        }
        div.actions {
            a.button.secondary href={ "/api/municipalities/" (municipality) "/associations/" (p.slug) "/calendar.ics?lang=" (requested.code()) }
                download={ (p.slug) ".ics" } { (t.text("association-calendar")) }
            @if let Some(position) = p.position { (map_link(t, position, &p.contact.address)) }
        }
        (contact_block(t, &p.contact))
        h2 { (t.text("association-activities")) }
        ul.card-list {
            @for activity in &p.activities { (activity_card(t, activity, None)) }
        }
    };
    let description = if p.description.is_empty() { t.text("association-activities") } else { p.description.clone() };
    Filled { title: p.name.clone(), description, main, whole: true }
}

/// The Sportotek's things an activity needs, as the app's `EquipmentLinks` draws them.
fn equipment_links(t: &Localizer, items: &[EquipmentLink]) -> Markup {
    html! {
        @if !items.is_empty() {
            section.equipment-links aria-labelledby="equipment-links-heading" {
                h2 #equipment-links-heading { (t.text("activity-sportotek-heading")) }
                p { (t.text("activity-sportotek-intro")) }
                ul.plain-list {
                    @for item in items {
                        li { a.equipment-link rel="external" href={ "/activities/sportotek/items/" (item.id) } {
                            svg.category-icon aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" {
                                path fill="currentColor" d=(item.category.icon()) {}
                            }
                            span { (item.name) }
                        } }
                    }
                }
            }
        }
    }
}

/// How to reach the organiser, as the app's `ContactBlock` draws it.
fn contact_block(t: &Localizer, contact: &Contact) -> Markup {
    let Contact { name, phone, email, website, address } = contact;
    let dial: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    html! {
        section.contact aria-labelledby="contact-heading" {
            h2 #contact-heading { (t.text("activity-contact")) }
            @if !name.is_empty() { p { (name) } }
            @if !address.is_empty() { p { (address) } }
            div.actions {
                @if !phone.is_empty() {
                    a.button href={ "tel:" (dial) } { (t.text("activity-call")) bdi.number dir="ltr" { (phone) } }
                }
                @if !email.is_empty() { a.button.secondary href={ "mailto:" (email) } { (t.text("activity-email")) } }
                @if !website.is_empty() { a.button.secondary href=(website) rel="noopener" { (t.text("activity-website")) } }
            }
        }
    }
}

/// Opens the place in the phone's map app, as the app's `MapLink` does.
fn map_link(t: &Localizer, position: Position, place: &str) -> Markup {
    let (lat, lon) = (position.lat, position.lon);
    let href = format!("geo:{lat:.5},{lon:.5}?q={lat:.5},{lon:.5}({})", encode_component(place));
    html! { a.button.secondary href=(href) { (t.text("activity-map")) } }
}

/// The guide list for leisure in the reader's language, as the app's `GuideHelpLink`
/// asks it: a Swedish reader needs no filter, every guide speaks Swedish.
fn guide_help_href(reader: Language) -> String {
    let leisure = Topic::Leisure.code();
    if reader == Language::SOURCE {
        format!("/activities/guides?topic={leisure}")
    } else {
        format!("/activities/guides?topic={leisure}&language={reader}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_help_link_filters_by_the_readers_language_but_for_swedish() {
        assert_eq!(guide_help_href(Language::Sv), "/activities/guides?topic=leisure");
        assert_eq!(guide_help_href(Language::Ar), "/activities/guides?topic=leisure&language=ar");
    }
}
