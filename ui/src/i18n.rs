//! The reader's language as app-wide state: which language is chosen, how to format a
//! message in it, and keeping `<html lang dir>` and the stored choice in step.

use std::{
    cell::{Cell, RefCell},
    collections::HashMap,
    rc::Rc,
};

use leptos::prelude::*;
use model::{
    i18n::Localizer,
    schedule::{Clock, Day},
    Language,
};

use crate::{intl, storage};

const STORAGE_KEY: &str = "lang";

thread_local! {
    // Bundles are built once per language and kept: switching back is instant.
    static LOCALIZERS: RefCell<HashMap<Language, Rc<Localizer>>> = RefCell::new(HashMap::new());
    // The message files this bundle uses, set once by `provide_i18n`.
    static FILES: Cell<&'static [&'static str]> = const { Cell::new(&["app"]) };
}

fn localizer(language: Language) -> Rc<Localizer> {
    let files = FILES.with(Cell::get);
    LOCALIZERS.with(|cache| {
        cache.borrow_mut().entry(language).or_insert_with(|| Rc::new(Localizer::with_files(language, files))).clone()
    })
}

#[derive(Clone, Copy)]
pub struct I18n {
    language: RwSignal<Language>,
}

impl I18n {
    /// The chosen language; reading it inside a view makes the view follow it.
    pub fn language(self) -> Language {
        self.language.get()
    }

    pub fn set_language(self, language: Language) {
        storage::set(STORAGE_KEY, language.code());
        apply_to_document(language);
        self.language.set(language);
    }

    /// Message `id` in the chosen language.
    pub fn t(self, id: &str) -> String {
        localizer(self.language.get()).text(id)
    }

    /// Message `id` as a reactive text for views. Every call returns the same closure
    /// type, so a hundred texts share one copy of the rendering code in the wasm.
    pub fn tr(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// A plural message whose `$count` picks the form.
    pub fn count(self, id: &str, count: usize) -> String {
        localizer(self.language.get()).count(id, i64::try_from(count).unwrap_or(i64::MAX))
    }

    /// A message with one string argument.
    pub fn with(self, id: &str, name: &'static str, value: String) -> String {
        let mut args = model::i18n::Args::new();
        args.set(name, model::i18n::Value::from(value));
        localizer(self.language.get()).format(id, Some(&args))
    }

    /// A message with several string arguments.
    pub fn args(self, id: &str, values: &[(&'static str, String)]) -> String {
        let mut args = model::i18n::Args::new();
        for (name, value) in values {
            args.set(*name, model::i18n::Value::from(value.clone()));
        }
        localizer(self.language.get()).format(id, Some(&args))
    }

    /// A date (Unix seconds) the way the reader's language writes it, through `Intl`.
    pub fn date(self, unix_seconds: i64) -> String {
        intl::date(unix_seconds, self.language.get())
    }

    /// A calendar day with its weekday, such as "tisdag 24 november".
    pub fn day(self, day: Day) -> String {
        intl::day(day, self.language.get())
    }

    /// A time of day, 24-hour, in the reader's digits.
    pub fn clock(self, clock: Clock) -> String {
        intl::clock(clock, self.language.get())
    }

    /// An amount in öre as kronor, such as "350 kr".
    pub fn money(self, ore: i64) -> String {
        intl::money(ore, self.language.get())
    }
}

/// The language on first visit: a `?lang=` link, else the stored choice, else the
/// browser's preferences (`fa-AF` and `fa` give Dari), else Swedish.
fn initial_language() -> Language {
    let window = window();
    let from_url = window
        .location()
        .search()
        .ok()
        .and_then(|search| {
            search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("lang=").map(str::to_owned))
        })
        .and_then(|tag| Language::from_tag(&tag));
    from_url.or_else(|| storage::get(STORAGE_KEY).and_then(|code| Language::from_tag(&code))).unwrap_or_else(|| {
        let preferred: Vec<String> = window.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
        Language::negotiate(preferred.iter().map(String::as_str))
    })
}

fn apply_to_document(language: Language) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", language.code());
        let _ = html.set_attribute("dir", language.direction().as_str());
    }
}

/// Provides the language context, with the texts of `files` (`["app"]` for newcomers).
pub fn provide_i18n(files: &'static [&'static str]) -> I18n {
    FILES.with(|f| f.set(files));
    let language = initial_language();
    apply_to_document(language);
    let i18n = I18n { language: RwSignal::new(language) };
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
