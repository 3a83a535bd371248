//! The finder's filters. Each change goes into the page's URL, so the list can be shared
//! and the back button works; the list follows the URL.

use leptos::prelude::*;
use model::{
    activities::{Category, SPOKEN_LANGUAGES},
    finder::{DayPart, FinderQuery, Sort},
    schedule::Weekday,
};
use ui::i18n::use_i18n;
use ui::location::{navigate, Navigation};

#[component]
pub fn FilterForm(query: Memo<FinderQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let update = move |change: fn(&mut FinderQuery, &str)| {
        move |event: leptos::ev::Event| {
            let mut next = query.get_untracked();
            change(&mut next, &event_target_value(&event));
            next.offset = 0;
            navigate(&next.href(), Navigation { replace: true, scroll: false });
        }
    };
    let categories: Vec<_> = Category::ALL.iter().map(|c| (c.code(), format!("category-{}", c.code()))).collect();
    let weekdays: Vec<_> = Weekday::ALL.iter().map(|w| (w.code(), format!("weekday-{}", w.code()))).collect();
    let parts: Vec<_> = DayPart::ALL.iter().map(|p| (p.code(), format!("day-part-{}", p.code()))).collect();
    let spoken: Vec<_> = SPOKEN_LANGUAGES.iter().map(|c| (*c, format!("spoken-{c}"))).collect();
    let sorts = [("next", "sort-next".to_owned()), ("distance", "sort-distance".to_owned())];
    // The options are HTML (`ui::options`), written anew in a new language, and each
    // select's value after them.
    let options = move |any, choices: &[(&str, String)]| ui::options::translated(i18n, Some(any), choices);
    let value = move |read: fn(&FinderQuery) -> Option<String>| {
        ui::options::value(i18n, move || query.with(read).unwrap_or_default())
    };
    view! {
        <details class="filters" open>
            <summary>{i18n.tr("filter-heading")}</summary>
            <div class="filter-grid">
                <label for="f-age">{i18n.tr("filter-age")}</label>
                <select id="f-age" inner_html=move || ui::options::ages(i18n, "filter-age-any")
                    prop:value=value(|q| q.age.map(|a| a.to_string()))
                    on:change=update(|q, v| q.age = v.parse().ok())>
                </select>
                <label for="f-category">{i18n.tr("filter-category")}</label>
                <select id="f-category" inner_html=move || options("filter-category-any", &categories)
                    prop:value=value(|q| q.category.map(|c| c.code().to_owned()))
                    on:change=update(|q, v| q.category = Category::from_code(v))>
                </select>
                <label for="f-weekday">{i18n.tr("filter-weekday")}</label>
                <select id="f-weekday" inner_html=move || options("filter-weekday-any", &weekdays)
                    prop:value=value(|q| q.weekday.map(|w| w.code().to_owned()))
                    on:change=update(|q, v| q.weekday = Weekday::from_code(v))>
                </select>
                <label for="f-time">{i18n.tr("filter-time")}</label>
                <select id="f-time" inner_html=move || options("filter-time-any", &parts)
                    prop:value=value(|q| q.time.map(|t| t.code().to_owned()))
                    on:change=update(|q, v| q.time = DayPart::from_code(v))>
                </select>
                <label for="f-speaks">{i18n.tr("filter-speaks")}</label>
                <select id="f-speaks" inner_html=move || options("filter-speaks-any", &spoken)
                    prop:value=value(|q| q.speaks.clone())
                    on:change=update(|q, v| q.speaks = SPOKEN_LANGUAGES.contains(&v).then(|| v.to_owned()))>
                </select>
                <label for="f-sort">{i18n.tr("sort-label")}</label>
                <select id="f-sort" inner_html=move || ui::options::translated(i18n, None, &sorts)
                    prop:value=value(|q| Some(if q.sort == Sort::Distance { "distance" } else { "next" }.to_owned()))
                    on:change=update(|q, v| q.sort = if v == "distance" { Sort::Distance } else { Sort::Next })>
                </select>
            </div>
            <label class="check">
                <input type="checkbox" id="f-covered" prop:checked=move || query.with(|q| q.covered)
                    on:change=update(|q, _| q.covered = !q.covered) />
                {i18n.tr("filter-covered")}
            </label>
            <label class="check">
                <input type="checkbox" id="f-trial" prop:checked=move || query.with(|q| q.trial)
                    on:change=update(|q, _| q.trial = !q.trial) />
                {i18n.tr("filter-trial")}
            </label>
            // Only where the region has more than one municipality.
            {use_context::<ui::components::Places>().filter(|places| places.0.len() > 1).map(|_| view! {
                <label class="check">
                    <input type="checkbox" id="f-neighbours" prop:checked=move || query.with(|q| q.neighbours)
                        on:change=update(|q, _| q.neighbours = !q.neighbours) />
                    {i18n.tr("filter-neighbours")}
                </label>
            })}
            <a class="clear" href="/activities">{i18n.tr("filter-clear")}</a>
        </details>
    }
}
