//! The reader's language as app-wide state: which language is chosen, how to format a
//! message in it, and keeping `<html lang dir>` and the stored choice in step.
//!
//! A newcomer's bundle carries no texts: the reader's language is fetched once, by an
//! address that carries its version, and kept on the phone, so a reader downloads their
//! own language and no other, and reads it offline afterwards.

use std::{
    cell::{Cell, RefCell},
    rc::Rc,
};

use leptos::prelude::*;
use model::{
    i18n::{is_embedded, text_path, Localizer},
    schedule::{Clock, Day},
    Language,
};

use wasm_bindgen::JsCast as _;
use wasm_bindgen_futures::JsFuture;

use crate::storage;

const STORAGE_KEY: &str = "lang";

// Per language, a list rather than a hash map: five entries at most, and a map's code
// would be one more thing in every bundle.
thread_local! {
    // Bundles are built once per language and kept: switching back is instant.
    static LOCALIZERS: RefCell<Vec<(Language, Rc<Localizer>)>> = const { RefCell::new(Vec::new()) };
    // The message files this bundle uses, set once by `crate::mount`.
    static FILES: Cell<&'static [&'static str]> = const { Cell::new(&["app"]) };
    // The texts of languages this bundle does not carry, once fetched or read back.
    static FETCHED: RefCell<Vec<(Language, Vec<String>)>> = const { RefCell::new(Vec::new()) };
    // The language the page starts in, settled by `load_initial` before the app mounts.
    static INITIAL: Cell<Language> = const { Cell::new(Language::SOURCE) };
}

fn localizer(language: Language) -> Rc<Localizer> {
    let files = FILES.with(Cell::get);
    if let Some(localizer) = LOCALIZERS.with(|cache| find(&cache.borrow(), language).cloned()) {
        return localizer;
    }
    let localizer = if is_embedded(language) {
        Rc::new(Localizer::with_files(language, files))
    } else {
        match FETCHED.with(|fetched| find(&fetched.borrow(), language).cloned()) {
            Some(texts) => Rc::new(Localizer::with_texts(language, files, &texts)),
            // Not here (yet): Swedish, and not kept, so the real texts win once loaded.
            None => return Rc::new(Localizer::with_texts(language, files, &[])),
        }
    };
    LOCALIZERS.with(|cache| cache.borrow_mut().push((language, localizer.clone())));
    localizer
}

fn find<T>(list: &[(Language, T)], language: Language) -> Option<&T> {
    list.iter().find(|(l, _)| *l == language).map(|(_, value)| value)
}

/// The files of messages this bundle shows (`["app", "orientation"]` for orientation).
pub(crate) fn set_files(files: &'static [&'static str]) {
    FILES.with(|f| f.set(files));
}

/// Makes `language`'s texts ready: carried by the bundle, kept on the phone from an
/// earlier visit, or fetched now. False when they cannot be had, offline say.
pub async fn load(language: Language) -> bool {
    if is_embedded(language) || FETCHED.with(|fetched| find(&fetched.borrow(), language).is_some()) {
        return true;
    }
    // Every file the phone lacks is asked for at once; then each answer is awaited.
    let pending: Vec<Pending> = FILES.with(Cell::get).iter().map(|file| Pending::start(language, file)).collect();
    let mut texts = Vec::with_capacity(pending.len());
    for file in pending {
        let Some(text) = file.text().await else { return false };
        texts.push(text);
    }
    FETCHED.with(|fetched| {
        let mut fetched = fetched.borrow_mut();
        // Another load of the same language may have finished while this one waited.
        fetched.retain(|(l, _)| *l != language);
        fetched.push((language, texts));
    });
    true
}

/// One file's texts: the phone's copy when it is of this version, else the server's,
/// which is then kept (the first line of the kept value is the address it came from).
enum Pending {
    Kept(String),
    Asked { key: String, path: String, response: js_sys::Promise },
    Unknown,
}

impl Pending {
    fn start(language: Language, file: &str) -> Pending {
        let Some(path) = text_path(language, file) else { return Pending::Unknown };
        let key = format!("texts:{}:{file}", language.code());
        match storage::get(&key).as_deref().and_then(|kept| kept.split_once('\n')) {
            Some((kept_path, text)) if kept_path == path => Pending::Kept(text.to_owned()),
            _ => Pending::Asked { response: window().fetch_with_str(&path), key, path },
        }
    }

    async fn text(self) -> Option<String> {
        let (key, path, response) = match self {
            Pending::Kept(text) => return Some(text),
            Pending::Asked { key, path, response } => (key, path, response),
            Pending::Unknown => return None,
        };
        let response: web_sys::Response = JsFuture::from(response).await.ok()?.unchecked_into();
        if !response.ok() {
            return None;
        }
        let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
        storage::set(&key, &format!("{path}\n{text}"));
        Some(text)
    }
}

/// Message `id` in the language the page started in, for what the app does in a page it
/// waits on, outside its views (`ui::waiting`).
pub fn text(id: &str) -> String {
    localizer(initial()).text(id)
}

/// The language the page starts in, once [`load_initial`] has settled it.
pub(crate) fn initial() -> Language {
    INITIAL.with(Cell::get)
}

/// Settles the language the page starts in, with its texts, before the app mounts: the
/// reader's choice, or Swedish for now when their language cannot be had.
pub(crate) async fn load_initial() {
    let wanted = initial_language();
    let language = if wanted != Language::SOURCE && !load(wanted).await { Language::SOURCE } else { wanted };
    if language == Language::SOURCE {
        // Without any texts (the server gone since the page came) the ids show.
        load(language).await;
    }
    INITIAL.with(|initial| initial.set(language));
    // The texts read now, in this task, rather than inside the app's first drawing.
    localizer(language);
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

    /// Switches to `language` once its texts are here. Without them (offline, and never
    /// read in that language on this phone) the page stays as it is.
    pub fn set_language(self, language: Language) {
        wasm_bindgen_futures::spawn_local(async move {
            if load(language).await {
                storage::set(STORAGE_KEY, language.code());
                apply_to_document(language);
                self.language.set(language);
            } else {
                // The picker shows the language still in use.
                self.language.notify();
            }
        });
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
        localizer(self.language.get()).format_texts(id, &[(name, value)])
    }

    /// A message with several string arguments.
    pub fn args(self, id: &str, values: &[(&'static str, String)]) -> String {
        localizer(self.language.get()).format_texts(id, values)
    }

    /// A moment (Unix seconds) as the reader's language writes its day: "24 november 2026".
    pub fn date(self, unix_seconds: i64) -> String {
        date(unix_seconds, self.language.get())
    }

    /// A calendar day with its year, such as "24 november 2026".
    pub fn day_with_year(self, day: Day) -> String {
        localizer(self.language.get()).date(day)
    }

    /// A calendar day with its weekday, such as "tisdag 24 november".
    pub fn day(self, day: Day) -> String {
        localizer(self.language.get()).day(day)
    }

    /// A time of day, 24-hour, in the reader's digits.
    pub fn clock(self, clock: Clock) -> String {
        localizer(self.language.get()).clock(clock)
    }

    /// An amount in öre as kronor, such as "350 kr".
    pub fn money(self, ore: i64) -> String {
        localizer(self.language.get()).money(ore)
    }
}

// Dates, times and money the way a language writes them, in any language this bundle
// has the texts of (the console's previews write every language): from the texts
// (`model::i18n`), as the server writes them into the first paint. Not through the
// browser's `Intl`: its first formatter took a slow phone a quarter of a second (10× CPU)
// before the finder or the Sportotek could show.

/// A moment (Unix seconds) as a long date, on the phone's own calendar day.
pub fn date(unix_seconds: i64, language: Language) -> String {
    #[allow(clippy::cast_precision_loss)] // seconds since 1970 fit well within f64
    let moment = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix_seconds as f64 * 1000.0));
    let day = (i32::try_from(moment.get_full_year()).ok())
        .zip(u8::try_from(moment.get_month() + 1).ok())
        .zip(u8::try_from(moment.get_date()).ok())
        .and_then(|((year, month), day)| Day::from_ymd(year, month, day));
    day.map(|day| localizer(language).date(day)).unwrap_or_default()
}

/// A calendar day with its weekday, such as "tisdag 24 november".
pub fn day(day: Day, language: Language) -> String {
    localizer(language).day(day)
}

/// A time of day, 24-hour, in the language's digits.
pub fn clock(clock: Clock, language: Language) -> String {
    localizer(language).clock(clock)
}

/// An amount in öre as kronor, with decimals only when it is not whole kronor.
pub fn money(ore: i64, language: Language) -> String {
    localizer(language).money(ore)
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
    tell_the_server(language);
}

/// The server paints the next page it sends in `language` (a cookie beside
/// `localStorage`, which the server cannot read).
pub(crate) fn tell_the_server(language: Language) {
    let _ = js_sys::Reflect::set(&document(), &"cookie".into(), &language.choice_cookie().into());
}

/// Keeps `language` as the reader's choice, for this page's next load and the server's
/// next page, before the app has drawn anything (`crate::waiting`).
pub(crate) fn remember(language: Language) {
    storage::set(STORAGE_KEY, language.code());
    tell_the_server(language);
}

/// Provides the language context, in the language `crate::mount` settled.
pub fn provide_i18n() -> I18n {
    let language = initial();
    apply_to_document(language);
    let i18n = I18n { language: RwSignal::new(language) };
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
