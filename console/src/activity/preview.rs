//! The activity as a newcomer will see it in the finder, in a language the leader
//! chooses, redrawn as the leader types. It speaks the previewed language, not the
//! console's, and words things the way the finder does.

use std::{cell::RefCell, collections::HashMap, rc::Rc};

use leptos::prelude::*;
use model::{
    activities::{ActivityStatus, ActivityText, Gender, MAX_AGE},
    finder::covered_by_voucher,
    i18n::Localizer,
    schedule::{Clock, Day, Schedule, Session},
    Direction, Language,
};
use ui::i18n::use_i18n;

use super::draft::Draft;
use crate::{intl, money::parse_kronor};

thread_local! {
    static LOCALIZERS: RefCell<HashMap<Language, Rc<Localizer>>> = RefCell::new(HashMap::new());
}

fn localizer(language: Language) -> Rc<Localizer> {
    LOCALIZERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        cache.entry(language).or_insert_with(|| Rc::new(Localizer::with_files(language, &["activities"]))).clone()
    })
}

/// Message `id` with string arguments.
fn say(l: &Localizer, id: &str, args: &[(&'static str, String)]) -> String {
    l.format_texts(id, args)
}

#[component]
pub fn ActivityPreview(
    draft: Draft,
    /// The association's name; `None` for the municipality's own activities.
    organiser: Option<String>,
    /// This year's fritidscheck, to say whether it pays the whole fee.
    #[prop(into)]
    voucher_ore: Signal<Option<i64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = RwSignal::new(i18n.language());
    view! {
        <section class="activity-preview" aria-labelledby="preview-heading">
            <div class="preview-head">
                <h2 id="preview-heading">{i18n.tr("console-preview-heading")}</h2>
                <label class="municipality-picker">
                    <span>{i18n.tr("console-preview-language")}</span>
                    <select name="preview-language"
                        on:change=move |ev| if let Some(l) = Language::from_tag(&event_target_value(&ev)) { language.set(l) }>
                        {Language::all().map(|l| view! {
                            <option value=l.code() lang=l.code() selected=move || language.get() == l>{l.native_name()}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            {move || view! { <PreviewCard draft language=language.get() organiser=organiser.clone() voucher_ore /> }}
        </section>
    }
}

/// The text in the previewed language, or Swedish with a note, as the finder does.
fn text_in(draft: Draft, language: Language) -> (Language, ActivityText) {
    let read = |l: Language| {
        let t = draft.text(l);
        ActivityText {
            title: t.title.get(),
            description: t.description.get(),
            accessibility: t.accessibility.get(),
            equipment: t.equipment.get(),
        }
    };
    let mine = read(language);
    if mine.title.trim().is_empty() && language != Language::SOURCE {
        (Language::SOURCE, read(Language::SOURCE))
    } else {
        (language, mine)
    }
}

/// The chips and labelled facts, from the draft as far as it can be read.
struct Shown {
    chips: Vec<(&'static str, String)>,
    facts: Vec<(&'static str, String)>,
    dates: Vec<String>,
}

fn shown(draft: Draft, l: &Localizer, language: Language, organiser: Option<&str>, voucher: Option<i64>) -> Shown {
    let number = |s: RwSignal<String>| s.with(|s| s.trim().parse::<u8>().ok());
    let ages = match (number(draft.min_age), number(draft.max_age)) {
        (Some(min), Some(max)) if max >= MAX_AGE => Some(say(l, "activity-age-from", &[("min", min.to_string())])),
        (Some(min), Some(max)) => Some(say(l, "activity-ages", &[("min", min.to_string()), ("max", max.to_string())])),
        _ => None,
    };
    let category = l.text(&format!("category-{}", draft.category.get().code()));
    let gender = draft.gender.get();
    let gender = (gender != Gender::All).then(|| l.text(&format!("gender-{}", gender.code())));
    let status = draft.status.get();
    let cost = draft.cost.with(|c| parse_kronor(c));
    let accepted = draft.voucher.get();
    let covered = cost.zip(voucher).is_some_and(|(cost, amount)| covered_by_voucher(cost, accepted, amount));
    let voucher_text = l.text(if covered {
        "activity-covered"
    } else if accepted {
        "activity-voucher-accepted"
    } else {
        "activity-voucher-not-accepted"
    });
    let mut chips = vec![("chip", category.clone())];
    chips.extend(ages.clone().map(|a| ("chip", a)));
    chips.extend(gender.clone().map(|g| ("chip", g)));
    if status != ActivityStatus::Open {
        chips.push(("chip warn", l.text(&format!("status-{}", status.code()))));
    }
    if covered || accepted {
        chips.push((if covered { "chip good" } else { "chip" }, voucher_text.clone()));
    }
    let separator = if language.direction() == Direction::Rtl { "، " } else { ", " };
    let (when, season, next, dates) = schedule(draft, l, language, separator);
    let trial = number(draft.trial).filter(|n| *n > 0).map(|n| l.count("activity-trial", i64::from(n)));
    let spoken: Vec<String> = draft.languages.get().iter().map(|c| l.text(&format!("spoken-{c}"))).collect();
    let by = organiser.map_or_else(|| l.text("activity-by-municipality"), str::to_owned);
    let cost = cost.map(|ore| {
        if ore == 0 {
            l.text("activity-free")
        } else {
            say(l, "activity-cost", &[("amount", intl::money(ore, language))])
        }
    });
    let facts = [
        ("activity-by", Some(by)),
        ("activity-for", ages),
        ("activity-category-label", Some(category)),
        ("activity-gender-label", gender),
        ("activity-when-label", when),
        ("activity-season-label", season),
        ("activity-next-label", next),
        ("activity-cost-label", cost),
        ("activity-voucher-label", Some(voucher_text)),
        ("activity-trial-label", trial),
        ("activity-leaders-speak", Some(spoken.join(separator))),
        ("activity-place", Some(draft.place.get())),
    ];
    let facts = facts.into_iter().filter_map(|(label, text)| text.filter(|t| !t.trim().is_empty()).map(|t| (label, t)));
    Shown { chips, facts: facts.collect(), dates }
}

/// The weekly line, the season, the next meeting, and the single dates.
fn schedule(
    draft: Draft,
    l: &Localizer,
    language: Language,
    separator: &str,
) -> (Option<String>, Option<String>, Option<String>, Vec<String>) {
    let clock = |s: RwSignal<String>| s.with(|s| Clock::parse(s.trim()));
    let day = |s: RwSignal<String>| s.with(|s| Day::parse(s.trim()));
    let (mut when, mut season, mut dates) = (None, None, Vec::new());
    let schedule = if draft.weekly.get() {
        let mut weekdays = draft.weekdays.get();
        weekdays.sort();
        let names: Vec<String> = weekdays.iter().map(|d| l.text(&format!("weekday-{}", d.code()))).collect();
        let (start, end) = (clock(draft.start), clock(draft.end));
        if let (false, Some(start), Some(end)) = (names.is_empty(), start, end) {
            let args = [
                ("days", names.join(separator)),
                ("start", intl::clock(start, language)),
                ("end", intl::clock(end, language)),
            ];
            when = Some(say(l, "activity-weekly", &args));
        }
        let (from, to) = (day(draft.season_start), day(draft.season_end));
        if let (Some(from), Some(to)) = (from, to) {
            season = Some(say(
                l,
                "activity-season",
                &[("from", intl::day(from, language)), ("to", intl::day(to, language))],
            ));
        }
        start.zip(end).zip(from.zip(to)).map(|((start, end), (season_start, season_end))| Schedule::Weekly {
            weekdays,
            start,
            end,
            season_start,
            season_end,
        })
    } else {
        let mut sessions: Vec<Session> = draft.sessions.with(|rows| {
            rows.iter()
                .filter_map(|r| Some(Session { date: day(r.date)?, start: clock(r.start)?, end: clock(r.end)? }))
                .collect()
        });
        sessions.sort();
        let time = |c: Clock| intl::clock(c, language);
        dates = sessions
            .iter()
            .map(|s| format!("{}, {}–{}", intl::day(s.date, language), time(s.start), time(s.end)))
            .collect();
        Some(Schedule::Dates { sessions })
    };
    let next = schedule.zip(intl::today_and_now()).and_then(|(s, (today, now))| s.next_session(today, now));
    let next = next.map(|n| {
        say(l, "activity-next-at", &[("date", intl::day(n.date, language)), ("time", intl::clock(n.start, language))])
    });
    (when, season, next, dates)
}

#[component]
fn PreviewCard(
    draft: Draft,
    language: Language,
    organiser: Option<String>,
    voucher_ore: Signal<Option<i64>>,
) -> impl IntoView {
    let (code, dir) = (language.code(), language.direction().as_str());
    move || {
        // Looked up on each redraw: the cache is cheap, and a view may not hold an `Rc`.
        let l = localizer(language);
        let (text_lang, text) = text_in(draft, language);
        let Shown { chips, facts, dates } = shown(draft, &l, language, organiser.as_deref(), voucher_ore.get());
        let status = draft.status.get();
        let (text_code, text_dir) = (text_lang.code(), text_lang.direction().as_str());
        let title = if text.title.trim().is_empty() { "…".to_owned() } else { text.title.clone() };
        let paragraph = |heading: Option<&str>, body: &str, class: &'static str| {
            (!body.trim().is_empty()).then(|| {
                view! {
                    {heading.map(|h| view! { <h4>{l.text(h)}</h4> })}
                    <p class=class lang=text_code dir=text_dir>{body.to_owned()}</p>
                }
            })
        };
        view! {
            <article class="activity preview-card" lang=code dir=dir>
                <h3 lang=text_code dir=text_dir>{title}</h3>
                {(text_lang != language).then(|| view! { <p class="notice">{l.text("activity-in-swedish")}</p> })}
                {(status != ActivityStatus::Open).then(|| view! {
                    <p class="notice warn">{l.text(&format!("status-{}", status.code()))}</p>
                })}
                <p class="chips">{chips.into_iter().map(|(class, text)| view! { <span class=class>{text}</span> }).collect_view()}</p>
                <dl class="facts">
                    {facts.into_iter().map(|(label, text)| view! { <dt>{l.text(label)}</dt><dd>{text}</dd> }).collect_view()}
                </dl>
                {(!dates.is_empty()).then(|| view! {
                    <h4>{l.text("activity-dates")}</h4>
                    <ul class="sessions">{dates.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                })}
                {paragraph(None, &text.description, "description")}
                {paragraph(Some("activity-accessibility"), &text.accessibility, "")}
                {paragraph(Some("activity-equipment"), &text.equipment, "")}
            </article>
        }
    }
}
