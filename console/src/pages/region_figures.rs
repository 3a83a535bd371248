//! The region's figures for the county project's coordination (issue 18): for each
//! municipality and month, what newcomers read, the translations behind, the
//! fritidscheck, the Sportotek's loans and the guides' bookings. Counts only. A chart
//! for what people would rather look at, each with its numbers in a table beside it,
//! and the whole as CSV for the county's spreadsheets.

use leptos::prelude::*;
use model::{
    guides::Topic,
    orientation::Municipality,
    region::{Measure, RegionFigures},
    sportotek::EquipmentCategory,
};
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{loaded, SignedIn, YearPicker},
    guides::{spoken_label, topic_label},
    pages::vouchers::year_choices,
    session::use_session,
    sportotek::category_label,
    voucher::this_year,
};

#[component]
pub fn RegionFiguresPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <SignedIn>
            <Show when=move || session.is_region_admin()
                fallback=move || view! { <p class="notice">{i18n.tr("console-no-tasks")}</p> }>
                <Figures />
            </Show>
        </SignedIn>
    }
}

#[component]
fn Figures() -> impl IntoView {
    let i18n = use_i18n();
    let now = this_year();
    let year = RwSignal::new(now);
    let figures = LocalResource::new(move || {
        let year = year.get();
        async move { api::region_figures(year).await }
    });
    view! {
        <div class="row-head">
            <h1>{i18n.tr("console-figures-title")}</h1>
            <YearPicker id="figures-year" years=year_choices(now).to_vec() year />
        </div>
        <p>{i18n.tr("console-figures-intro")}</p>
        <p><a id="figures-csv" download href=move || format!("/api/staff/region/figures.csv?year={}", year.get())>
            {i18n.tr("console-figures-csv")}
        </a></p>
        {loaded(figures, move |figures| view! { <Sections figures /> }.into_any())}
    }
}

/// A breakdown value's name, as a message id or as it is.
#[derive(Clone, Copy)]
enum Names {
    Language,
    AgeBand,
    Category,
    Topic,
}

impl Names {
    /// An age band reads left to right in every language (`6–9`); a name finds its own way.
    fn dir(self) -> &'static str {
        match self {
            Names::AgeBand => "ltr",
            _ => "auto",
        }
    }

    fn name(self, i18n: ui::i18n::I18n, code: &str) -> String {
        let id = match self {
            Names::Language if code.is_empty() => "console-guides-unknown-language".to_owned(),
            Names::Language => spoken_label(code),
            Names::AgeBand => return code.replace('-', "–"),
            Names::Category => EquipmentCategory::from_code(code).map_or_else(|| code.to_owned(), category_label),
            Names::Topic => Topic::from_code(code).map_or_else(|| code.to_owned(), topic_label),
        };
        i18n.t(&id)
    }
}

#[component]
fn Sections(figures: RegionFigures) -> impl IntoView {
    let i18n = use_i18n();
    let figures = StoredValue::new(figures);
    let places = StoredValue::new(figures.with_value(|f| f.places.clone()));
    // The translations are the shared content's too, and have no months.
    let everything = StoredValue::new(figures.with_value(|f| f.places.iter().chain(&f.shared).cloned().collect()));
    let section = move |id: &'static str,
                        title: &'static str,
                        chart: Option<Measure>,
                        tables: &[(Measure, Names)],
                        places: StoredValue<Vec<Municipality>>| {
        view! {
            <section class="figures" aria-labelledby=id>
                <h2 id=id>{i18n.tr(title)}</h2>
                {chart.map(|chart| view! { <MonthChart figures chart places=places.get_value() /> })}
                {tables.iter().map(|&(measure, names)| view! {
                    <BreakdownTable figures measure names places=places.get_value() />
                }).collect_view()}
            </section>
        }
    };
    let (read, issued) = (Some(Measure::ArticlesRead), Some(Measure::VouchersIssued));
    let (lent, booked) = (Some(Measure::SportotekLoans), Some(Measure::GuideBookingsByLanguage));
    view! {
        {section("figures-reads", "console-figures-reads", read, &[(Measure::ArticlesRead, Names::Language)], places)}
        {section("figures-translations", "console-figures-translations", None, &[
            (Measure::TranslationsOutdated, Names::Language),
            (Measure::TranslationsMissing, Names::Language),
        ], everything)}
        {section("figures-vouchers", "console-figures-vouchers", issued, &[
            (Measure::VouchersIssued, Names::AgeBand),
            (Measure::VouchersUsed, Names::AgeBand),
            (Measure::VouchersUnused, Names::AgeBand),
        ], places)}
        {section("figures-loans", "console-figures-loans", lent, &[(Measure::SportotekLoans, Names::Category)], places)}
        {section("figures-bookings", "console-figures-bookings", booked, &[
            (Measure::GuideBookingsByLanguage, Names::Language),
            (Measure::GuideBookingsByTopic, Names::Topic),
        ], places)}
        {section("figures-asked", "console-figures-asked", None, &[(Measure::AskedWithoutGuide, Names::Language)], places)}
    }
}

/// A measure's message id: its caption and its chart's name.
fn measure_label(measure: Measure) -> String {
    format!("console-figures-measure-{}", measure.code())
}

/// The year's totals of `measure` per municipality and breakdown value: a row per
/// municipality, a column per value met.
#[component]
fn BreakdownTable(
    figures: StoredValue<RegionFigures>,
    measure: Measure,
    names: Names,
    places: Vec<Municipality>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut columns: Vec<String> = Vec::new();
    figures.with_value(|f| {
        for place in &places {
            for (value, _) in f.by_breakdown(measure, &place.slug) {
                if !columns.contains(&value) {
                    columns.push(value);
                }
            }
        }
    });
    // Age bands by age (6–9 before 10–12), names by name.
    columns.sort_by_key(|c| (c.split('-').next().and_then(|n| n.parse::<u32>().ok()), c.clone()));
    let caption = measure_label(measure);
    let label = caption.clone();
    let id = format!("figures-table-{}", measure.code());
    if columns.is_empty() {
        return view! { <p class="notice" id=id>{move || i18n.t(&caption)}": "{i18n.tr("console-figures-none")}</p> }
            .into_any();
    }
    let head = columns.clone();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=move || i18n.t(&label)>
            <table id=id>
                <caption>{move || i18n.t(&caption)}</caption>
                <thead><tr>
                    <th scope="col">{i18n.tr("console-figures-municipality")}</th>
                    {head.into_iter().map(|value| view! {
                        <th scope="col"><bdi dir=names.dir()>{move || names.name(i18n, &value)}</bdi></th>
                    }).collect_view()}
                    <th scope="col">{i18n.tr("console-figures-total")}</th>
                </tr></thead>
                <tbody>{places.into_iter().map(|place| {
                    let sums = figures.with_value(|f| f.by_breakdown(measure, &place.slug));
                    let cell = |value: &String| sums.iter().find(|(v, _)| v == value).map_or(0, |(_, n)| *n);
                    let total: u32 = sums.iter().map(|(_, n)| n).sum();
                    view! {
                        <tr>
                            <th scope="row">{place.name}</th>
                            {columns.iter().map(|value| view! { <td>{cell(value)}</td> }).collect_view()}
                            <td>{total}</td>
                        </tr>
                    }
                }).collect_view()}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A count as a coordinate.
fn float(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// The chart's drawing area, in the SVG's own units.
const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 160.0;
const LEFT: f64 = 28.0;
const BOTTOM: f64 = 18.0;

/// `measure` per month, a bar per municipality, with the same numbers in a table for
/// those who read rather than look. Months run left to right in every language, as
/// the CSV's columns do.
#[component]
fn MonthChart(figures: StoredValue<RegionFigures>, chart: Measure, places: Vec<Municipality>) -> impl IntoView {
    let i18n = use_i18n();
    let months = figures.with_value(RegionFigures::months);
    let series: Vec<(String, Vec<u32>)> = places
        .iter()
        .map(|p| {
            let values =
                months.iter().map(|m| figures.with_value(|f| f.total(chart, &p.slug, Some(m.as_str())))).collect();
            (p.name.clone(), values)
        })
        .collect();
    let highest = series.iter().flat_map(|(_, v)| v.iter().copied()).max().unwrap_or(0).max(1);
    let slot = (WIDTH - LEFT) / 12.0;
    let bar = slot * 0.8 / float(series.len().max(1));
    let scale = (HEIGHT - BOTTOM - 8.0) / f64::from(highest);
    let label = measure_label(chart);
    let bars = series
        .iter()
        .enumerate()
        .flat_map(|(s, (_, values))| {
            values.iter().enumerate().map(move |(m, value)| {
                let height = f64::from(*value) * scale;
                let x = LEFT + slot * float(m) + slot * 0.1 + bar * float(s);
                let y = HEIGHT - BOTTOM - height;
                view! {
                    <rect class=format!("series-{}", s % 4) x=format!("{x:.1}") y=format!("{y:.1}")
                        width=format!("{:.1}", bar.max(1.0)) height=format!("{height:.1}") />
                }
            })
        })
        .collect_view();
    let axis = (1..=12)
        .map(|m| {
            let x = LEFT + slot * (f64::from(m) - 0.5);
            view! { <text x=format!("{x:.1}") y=format!("{:.1}", HEIGHT - 4.0) text-anchor="middle">{m}</text> }
        })
        .collect_view();
    let table_months = months.clone();
    view! {
        <figure class="month-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" dir="ltr"
                aria-label=move || i18n.with("console-figures-chart", "measure", i18n.t(&label))>
                <line class="axis" x1=LEFT.to_string() y1=(HEIGHT - BOTTOM).to_string() x2=WIDTH.to_string()
                    y2=(HEIGHT - BOTTOM).to_string() />
                <text x="0" y="12">{highest}</text>
                <text x="0" y=format!("{:.1}", HEIGHT - BOTTOM)>"0"</text>
                {bars}
                {axis}
            </svg>
            <figcaption>
                <ul class="legend">{series.iter().enumerate().map(|(s, (name, _))| view! {
                    <li><span class=format!("swatch series-{}", s % 4) aria-hidden="true"></span>{name.clone()}</li>
                }).collect_view()}</ul>
            </figcaption>
        </figure>
        <details class="chart-table">
            <summary>{i18n.tr("console-figures-by-month")}</summary>
            <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-figures-by-month")>
                <table id=format!("figures-months-{}", chart.code())>
                    <thead><tr>
                        <th scope="col">{i18n.tr("console-stats-month")}</th>
                        {series.iter().map(|(name, _)| view! { <th scope="col">{name.clone()}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>{table_months.into_iter().enumerate().map(|(m, month)| view! {
                        <tr>
                            <th scope="row"><bdi dir="ltr">{month}</bdi></th>
                            {series.iter().map(|(_, values)| view! { <td>{values[m]}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}</tbody>
                </table>
            </div>
        </details>
    }
}
