//! The Sportotek's pages as the `sportotek` bundle draws them (`activities/src/pages/`
//! `sportotek.rs`, `sportotek_item.rs`): the catalogue for the filters in the address,
//! and an item with its sizes and where to pick it up. Reserving needs the app: the
//! item's page says where and when, and the app adds the form.

use maud::{html, Markup};
use model::{
    addresses::CatalogueFilter,
    i18n::Localizer,
    schedule::{Clock, Weekday},
    sportotek::{Catalogue, EquipmentCategory, ItemPage, ItemSummary, Photo, Place},
};

use super::{facts::joined, more::Pages, shell::Filled};

/// The catalogue's pages, as the API answers them.
pub const PAGES: Pages = Pages { page: Catalogue::PAGE };

/// The catalogue as the app's `SportotekPage` draws it, once its answer is in; `c.items`
/// may be more than a page (`?shown=`). Its button for more is a link that asks the
/// server for a page more, which then opens at the first of them (`#more`).
pub fn catalogue(t: &Localizer, filter: &CatalogueFilter, c: &Catalogue) -> Filled {
    let first_new = PAGES.first_new(c.items.len());
    let more = PAGES.more_href(&filter.href(), c.items.len(), c.total);
    let main = html! {
        a.back-link href="/activities" rel="external" { (t.text("activities-title")) }
        h1 { (t.text("sportotek-title")) }
        p.intro { (t.text("sportotek-intro")) }
        p { a.reservations-link href="/activities/sportotek/reservations" { (t.text("sportotek-my-reservations")) } }
        (filters(t, filter, c.sizes.clone()))
        nav.categories aria-label=(t.text("sportotek-categories")) {
            ul {
                (chip(t, filter, None, None))
                @for count in &c.categories { (chip(t, filter, Some(count.category), Some(count.items))) }
            }
        }
        div role="status" { h2.result-count { (t.count("sportotek-count", i64::from(c.total))) } }
        @if c.items.is_empty() { p.notice { (t.text("sportotek-none")) } }
        ul.card-list.item-list {
            @for (index, item) in c.items.iter().enumerate() {
                (item_card(t, item, c.today, (Some(index) == first_new).then_some("more")))
            }
        }
        // Loaded from the server (`rel="external"`), by the app too, which lists no more
        // than a page when it draws the catalogue.
        @if let Some(href) = more {
            a.button.secondary.more href=(href) rel="external" { (t.text("sportotek-more")) }
        }
        @if !c.place.name.is_empty() { p.hint { (t.format_texts("sportotek-pickup-at", &[("place", c.place.name.clone())])) } }
    };
    // Whole: its button for more is a link.
    let whole = c.offset == 0;
    Filled { title: t.text("sportotek-title"), description: t.text("sportotek-intro"), main, whole }
}

/// The size and age filters as the app's `SportotekFilters` draws them, in a form that
/// asks the server when no script runs; the category stays as chosen by its chip.
fn filters(t: &Localizer, filter: &CatalogueFilter, mut sizes: Vec<String>) -> Markup {
    if let Some(size) = filter.size.as_ref().filter(|s| !sizes.contains(s)) {
        sizes.insert(0, size.clone());
    }
    html! {
        form.filter-form action="/activities/sportotek" method="get" data-live {
            @if let Some(category) = filter.category { input type="hidden" name="category" value=(category.code()); }
            div.filters.sportotek-filters {
                div.filter-grid {
                    label for="s-size" { (t.text("sportotek-filter-size")) }
                    select #s-size name="size" {
                        option value="" { (t.text("sportotek-filter-size-any")) }
                        @for size in &sizes { option value=(size) selected[filter.size.as_ref() == Some(size)] { (size) } }
                    }
                    label for="s-age" { (t.text("sportotek-filter-age")) }
                    select #s-age name="age" {
                        option value="" { (t.text("sportotek-filter-age-any")) }
                        @for age in 0..=18_u8 { option value=(age) selected[filter.age == Some(age)] { (age) } }
                    }
                }
                button.secondary type="submit" { (t.text("filter-apply")) }
                a.clear href="/activities/sportotek" { (t.text("filter-clear")) }
            }
        }
    }
}

/// A category's picture and name as the app's `CategoryChips` draws it.
fn chip(t: &Localizer, filter: &CatalogueFilter, category: Option<EquipmentCategory>, count: Option<u32>) -> Markup {
    let name =
        category.map_or_else(|| "sportotek-category-all".to_owned(), |c| format!("sportotek-category-{}", c.code()));
    html! {
        li { a.category-chip href=(filter.href_with(category)) aria-current=[(filter.category == category).then_some("page")] {
            (icon(category.map_or(EquipmentCategory::EVERYTHING_ICON, EquipmentCategory::icon)))
            span { (t.text(&name)) }
            @if let Some(n) = count { span.count { (n) } }
        } }
    }
}

fn icon(path: &str) -> Markup {
    html! {
        svg.category-icon aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" { path fill="currentColor" d=(path) {} }
    }
}

/// A photo's `src` (its smallest width at least `min_width`) and its `srcset`, as the
/// app's `photo_sources` writes them.
fn photo_sources(photo: &Photo, min_width: u16) -> (String, String) {
    let url = |w: u16| format!("/api/sportotek/photos/{}/{w}", photo.id);
    let src = photo.widths.iter().copied().find(|w| *w >= min_width).or_else(|| photo.widths.last().copied());
    let srcset: Vec<String> = photo.widths.iter().map(|w| format!("{} {w}w", url(*w))).collect();
    (src.map(url).unwrap_or_default(), srcset.join(", "))
}

/// One thing to borrow in the list, as the app's `ItemCard` draws it.
fn item_card(t: &Localizer, item: &ItemSummary, today: model::schedule::Day, id: Option<&str>) -> Markup {
    let labels: Vec<String> = item.sizes.iter().map(|s| s.label.clone()).collect();
    let (free_class, free) = match item.next_pickup {
        Some(day) if day == today => ("chip good", t.text("sportotek-free-today")),
        Some(day) => ("chip good", t.format_texts("sportotek-free-from", &[("day", t.day(day))])),
        None => ("chip warn", t.text("sportotek-not-free")),
    };
    html! {
        li.card.item-card id=[id] { a href={ "/activities/sportotek/items/" (item.id) } {
            @if let Some(photo) = &item.photo {
                @let (src, srcset) = photo_sources(photo, 160);
                img src=(src) srcset=(srcset) sizes="7rem" width="160" height="120" loading="lazy" alt="";
            } @else {
                span.no-photo { (icon(item.category.icon())) }
            }
            span.item-text {
                h3 lang=(item.lang.code()) { (item.name) }
                @if !labels.is_empty() { p.sizes { (t.format_texts("sportotek-sizes", &[("sizes", joined(t, &labels))])) } }
                p { span class=(free_class) { (free) } }
            }
        } }
    }
}

/// An item's page as the app's `SportotekItemPage` draws it, but for the form to
/// reserve, which needs the app.
pub fn item(t: &Localizer, page: &ItemPage) -> Filled {
    let main = html! {
        a.back-link href="/activities/sportotek" { (t.text("sportotek-title")) }
        article.sportotek-item {
            h1 lang=(page.lang.code()) { (page.name) }
            @if page.lang != page.requested_lang { p.notice { (t.text("sportotek-in-swedish")) } }
            @if let Some(photo) = &page.photo {
                @let (src, srcset) = photo_sources(photo, 640);
                img.item-photo src=(src) srcset=(srcset) sizes="(min-width: 46rem) 44rem, calc(100vw - 2rem)"
                    width="640" height="480" alt="";
            }
            p.chips { span.chip { (t.text(&format!("sportotek-category-{}", page.category.code()))) } }
            @if !page.description.is_empty() { p.description lang=(page.lang.code()) { (page.description) } }
            h2 { (t.text("sportotek-sizes-heading")) }
            ul.card-list.size-list {
                @for size in &page.sizes {
                    @let copies = t.count("sportotek-copies", i64::from(size.copies));
                    @let facts = size_ages(t, size.age_from, size.age_to).map_or(copies.clone(), |ages| format!("{ages} · {copies}"));
                    li.card.size id={ "size-" (size.id) } {
                        h3 { (size.label) }
                        p.size-facts { (facts) }
                        @if size.pickup_days.is_empty() { p { span.chip.warn { (t.text("sportotek-not-free")) } } }
                        @else { p.pickup-heading { (t.text("sportotek-next-days")) } }
                        ul.pickup-days {
                            @for p in size.pickup_days.iter().take(2) {
                                li {
                                    (t.format_texts("sportotek-pickup-day", &[("day", t.day(p.day)), ("hours", hours(t, p.opens, p.closes))]))
                                    " · " (t.count("sportotek-keep-days", i64::from(p.keep_days)))
                                }
                            }
                        }
                    }
                }
            }
            (place_block(t, &page.place, page.today))
        }
    };
    let description = if page.description.is_empty() { t.text("sportotek-intro") } else { page.description.clone() };
    Filled { title: page.name.clone(), description, main, whole: false }
}

/// Where the Sportotek is and when it is open, as the app's `PlaceBlock` draws it.
fn place_block(t: &Localizer, place: &Place, today: model::schedule::Day) -> Markup {
    let open: Vec<_> = Weekday::ALL.iter().filter_map(|w| place.hours.iter().find(|h| h.weekday == *w)).collect();
    let window = i64::from(place.reserve_ahead_days) + i64::from(place.loan_days);
    let closed: Vec<_> = place.closed.iter().filter(|c| today.days_until(c.day) <= window).collect();
    html! {
        section.place aria-labelledby="place-heading" {
            h2 #place-heading { (t.text("sportotek-place-heading")) }
            p.place-name { (place.name) }
            @if !place.address.is_empty() { p { (place.address) } }
            h3 { (t.text("sportotek-hours-heading")) }
            @if open.is_empty() { p.notice.warn { (t.text("sportotek-no-hours")) } }
            dl.hours {
                @for h in &open { dt { (t.text(&format!("weekday-{}", h.weekday.code()))) } dd { (hours(t, h.opens, h.closes)) } }
            }
            @if !closed.is_empty() {
                h3 { (t.text("sportotek-closed-heading")) }
                ul.closed-days {
                    @for c in &closed { li { (c.day) @if !c.note.is_empty() { " – " (c.note) } } }
                }
            }
            p.terms {
                (t.count("sportotek-terms", i64::from(place.loan_days))) " "
                (t.count("sportotek-max-items", i64::from(place.max_items_per_borrower)))
            }
        }
    }
}

fn hours(t: &Localizer, opens: Clock, closes: Clock) -> String {
    format!("{}–{}", t.clock(opens), t.clock(closes))
}

/// "6–9 years", "From 12 years", "Up to 5 years", or nothing for a size without ages.
fn size_ages(t: &Localizer, from: Option<u8>, to: Option<u8>) -> Option<String> {
    Some(match (from, to) {
        (Some(min), Some(max)) => {
            t.format_texts("activity-ages", &[("min", min.to_string()), ("max", max.to_string())])
        }
        (Some(min), None) => t.format_texts("activity-age-from", &[("min", min.to_string())]),
        (None, Some(max)) => t.format_texts("sportotek-age-to", &[("max", max.to_string())]),
        (None, None) => return None,
    })
}
