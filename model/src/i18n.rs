//! UI strings: the Fluent files under `locales/`, compiled at build time (`build.rs`)
//! and formatted with each language's plural rules (`messages.rs`). Swedish fills in for
//! a message a language lacks.

pub use crate::messages::Arg;
use crate::{
    messages::Catalog,
    schedule::{Clock, Day},
    Language,
};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub struct Localizer {
    language: Language,
    own: Catalog,
    source: Option<Catalog>,
}

/// The embedded texts of `language` among `files` (their names without `.ftl`).
fn embedded<'a>(language: Language, files: &'a [&str]) -> impl Iterator<Item = &'static str> + 'a {
    compiled(language.code()).iter().filter(|(file, _)| files.contains(file)).map(|(_, text)| *text)
}

/// Whether this build carries `language`'s texts. A newcomer's bundle carries none and
/// fetches the reader's language from [`text_path`].
pub fn is_embedded(language: Language) -> bool {
    !compiled(language.code()).is_empty()
}

/// Where the server serves `language`'s `file` (`app`, `activities`…), compiled, in this
/// build's version: `/texts/ar/app.0123456789abcdef.txt`. The address changes with the
/// text, so a phone may keep it for good.
pub fn text_path(language: Language, file: &str) -> Option<String> {
    let (_, version) = versions(language.code()).iter().find(|(f, _)| *f == file)?;
    Some(format!("/texts/{}/{file}.{version}.txt", language.code()))
}

/// The message files the bundle that draws `path` fetches: the browser's bundles
/// (`app/src/main.rs`, `activities/src/main.rs`) load them, and the server preloads them
/// into the page it sends (`first_paint::shell`). Each bundle's own texts only: the
/// Sportotek's pages do not download the finder's, nor the finder the Sportotek's.
pub fn texts_for(path: &str) -> &'static [&'static str] {
    let under = |prefix: &str| path.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    if under("/activities/mine") {
        &["app", "activities", "sportotek", "guides", "mine"]
    } else if under("/activities/guides") {
        &["app", "activities", "guides"]
    } else if under("/activities/sportotek") {
        &["app", "sportotek"]
    } else if under("/activities") {
        &["app", "activities"]
    } else {
        &["app", "orientation"]
    }
}

/// Every embedded text with its address, for the server to serve.
pub fn served_texts() -> impl Iterator<Item = (String, &'static str)> {
    Language::all().flat_map(|language| {
        compiled(language.code())
            .iter()
            .filter_map(move |(file, text)| text_path(language, file).map(|path| (path, *text)))
    })
}

impl Localizer {
    /// A localizer for the texts every newcomer page shares (`app.ftl`): the shell, the
    /// errors; `with_files` for a page's own.
    pub fn new(language: Language) -> Localizer {
        Localizer::with_files(language, &["app"])
    }

    /// A localizer for the embedded texts of the given files (their names without `.ftl`).
    pub fn with_files(language: Language, files: &[&str]) -> Localizer {
        Localizer::of(language, files, Catalog::new(embedded(language, files)))
    }

    /// A localizer for texts fetched at run time from [`text_path`], with the embedded
    /// Swedish of the same `files` to fall back on where this build carries it.
    pub fn with_texts(language: Language, files: &[&str], texts: &[String]) -> Localizer {
        Localizer::of(language, files, Catalog::new(texts.iter().map(String::as_str)))
    }

    fn of(language: Language, files: &[&str], own: Catalog) -> Localizer {
        let source = (language != Language::SOURCE).then(|| Catalog::new(embedded(Language::SOURCE, files)));
        Localizer { language, own, source }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Formats message `id`; a missing message shows its id, so it is noticed and fixed.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.own
            .format(self.language, id, args)
            .or_else(|| self.source.as_ref().and_then(|source| source.format(Language::SOURCE, id, args)))
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    pub fn count(&self, id: &str, count: i64) -> String {
        self.format(id, &[("count", Arg::Number(count))])
    }

    /// Message `id` with text arguments: names, days, amounts already written out.
    pub fn format_texts(&self, id: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, Arg)> = args.iter().map(|(name, value)| (*name, Arg::Text(value))).collect();
        self.format(id, &args)
    }

    /// A day with its weekday, "tisdag 24 november", as the language writes it.
    ///
    /// Days and times are written from `app.ftl` rather than by the browser's
    /// `Intl.DateTimeFormat`: making that formatter cost a slow phone a quarter of a
    /// second before a list of activities could show, and the server writes the same
    /// words into the first paint.
    pub fn day(&self, day: Day) -> String {
        let weekday = self.text(&format!("weekday-{}", day.weekday().code()));
        let (number, month) = self.day_and_month(day);
        self.format_texts("day-with-weekday", &[("weekday", weekday), ("day", number), ("month", month)])
    }

    /// A day with its year, "24 november 2026".
    pub fn date(&self, day: Day) -> String {
        let (number, month) = self.day_and_month(day);
        let year = self.language.digits(&day.year().to_string());
        self.format_texts("day-with-year", &[("day", number), ("month", month), ("year", year)])
    }

    /// A time of day on the 24-hour clock, "17:05", in the language's digits.
    pub fn clock(&self, clock: Clock) -> String {
        self.language.digits(&format!("{:02}:{:02}", clock.hour(), clock.minute()))
    }

    /// An amount in öre as the language writes kronor: "350 kr", "1 000,50 kr",
    /// "SEK ۳۵۰" in Dari; decimals only when it is not whole kronor.
    pub fn money(&self, ore: i64) -> String {
        let cents = u8::try_from((ore % 100).unsigned_abs()).expect("under a hundred");
        let amount = self.language.number((ore / 100).unsigned_abs(), (cents != 0).then_some(cents));
        let sign = if ore < 0 { "\u{2212}" } else { "" };
        self.format_texts("money", &[("amount", format!("{sign}{amount}"))])
    }

    fn day_and_month(&self, day: Day) -> (String, String) {
        (self.language.digits(&day.day().to_string()), self.text(&format!("month-{}", day.month())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Direction;
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};
    use unic_langid::LanguageIdentifier;

    /// Message ids and, per message, the variables it uses and the plural keys it selects on.
    fn messages(language: Language) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
        let mut out = BTreeMap::new();
        for (_, source) in sources(language.code()) {
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(_, errors)| panic!("{language}: syntax errors {errors:?}"));
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    let mut vars = BTreeSet::new();
                    let mut keys = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        walk(pattern, &mut vars, &mut keys);
                    }
                    assert!(
                        out.insert(message.id.name.to_owned(), (vars, keys)).is_none(),
                        "{language}: {} twice",
                        message.id.name
                    );
                }
            }
        }
        out
    }

    fn walk(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, keys: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                match expression {
                    ast::Expression::Select { selector, variants } => {
                        if let ast::InlineExpression::VariableReference { id } = selector {
                            vars.insert(id.name.to_owned());
                        }
                        for variant in variants {
                            if let ast::VariantKey::Identifier { name } = variant.key {
                                keys.insert(name.to_owned());
                            }
                            walk(&variant.value, vars, keys);
                        }
                    }
                    ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                        vars.insert(id.name.to_owned());
                    }
                    ast::Expression::Inline(_) => {}
                }
            }
        }
    }

    fn plural_categories(language: Language) -> &'static [&'static str] {
        match language {
            Language::Ar => &["zero", "one", "two", "few", "many", "other"],
            Language::Uk => &["one", "few", "many", "other"],
            Language::Sv | Language::En | Language::Prs => &["one", "other"],
        }
    }

    /// Every `"error-…"` literal in the shared rules and the server: each is a message id
    /// the API can answer with.
    fn error_ids_in_code() -> BTreeSet<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut ids = BTreeSet::new();
        let mut folders = vec![root.join("model/src"), root.join("server/src")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap().map(Result::unwrap) {
                let path = entry.path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let code = std::fs::read_to_string(&path).unwrap();
                    for piece in code.split("\"error-").skip(1) {
                        let id: String = piece.chars().take_while(|c| c.is_ascii_lowercase() || *c == '-').collect();
                        if piece[id.len()..].starts_with('"') && !id.is_empty() {
                            ids.insert(format!("error-{id}"));
                        }
                    }
                }
            }
        }
        ids
    }

    #[test]
    fn every_error_the_api_can_answer_with_has_a_text() {
        let swedish = messages(Language::SOURCE);
        let ids = error_ids_in_code();
        assert!(ids.contains("error-voucher-balance"), "the scan finds the ids: {ids:?}");
        let missing: Vec<_> = ids.iter().filter(|id| !swedish.contains_key(*id)).collect();
        assert!(missing.is_empty(), "no Swedish text for {missing:?}");
    }

    #[test]
    fn every_measure_of_the_regions_figures_has_a_name() {
        let swedish = messages(Language::SOURCE);
        for measure in crate::region::Measure::ALL {
            let id = format!("console-figures-measure-{}", measure.code());
            assert!(swedish.contains_key(id.as_str()), "no Swedish text for {id}");
        }
    }

    #[test]
    fn every_language_has_every_message_that_swedish_has() {
        let swedish = messages(Language::SOURCE);
        assert!(swedish.len() > 20, "Swedish has only {} messages", swedish.len());
        for language in Language::all() {
            let theirs = messages(language);
            let missing: Vec<_> = swedish.keys().filter(|id| !theirs.contains_key(*id)).collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
            let extra: Vec<_> = theirs.keys().filter(|id| !swedish.contains_key(*id)).collect();
            assert!(extra.is_empty(), "{language} has messages Swedish lacks: {extra:?}");
        }
    }

    #[test]
    fn every_message_formats_without_errors_for_many_numbers() {
        for language in Language::all() {
            let bundle = bundle_of(language, sources(language.code()).iter().map(|(_, source)| *source));
            for (id, (vars, _)) in messages(language) {
                for n in [0, 1, 2, 3, 5, 11, 21, 100, 101] {
                    let mut args = FluentArgs::new();
                    for var in &vars {
                        args.set(var.clone(), FluentValue::from(n));
                    }
                    let pattern = bundle
                        .get_message(&id)
                        .and_then(|m| m.value())
                        .unwrap_or_else(|| panic!("{language}: {id} has no value"));
                    let mut errors = vec![];
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{language}: {id} with {n}: {errors:?}");
                    assert!(!text.trim().is_empty(), "{language}: {id} is empty");
                }
            }
        }
    }

    #[test]
    fn plural_messages_have_a_variant_for_each_plural_category_of_the_language() {
        let swedish = messages(Language::SOURCE);
        let plural_ids: Vec<_> =
            swedish.iter().filter(|(_, (_, keys))| keys.contains("one")).map(|(id, _)| id.clone()).collect();
        assert!(!plural_ids.is_empty(), "no plural messages to check");
        for language in Language::all() {
            let theirs = messages(language);
            for id in &plural_ids {
                let keys = &theirs[id].1;
                for category in plural_categories(language) {
                    assert!(keys.contains(*category), "{language}: {id} lacks the [{category}] variant");
                }
            }
        }
    }

    #[test]
    fn arabic_and_ukrainian_pick_different_forms_for_different_counts() {
        let id = "article-count";
        for language in [Language::Ar, Language::Uk] {
            let l = Localizer::with_files(language, &["app", "orientation"]);
            let forms: BTreeSet<String> =
                [0, 1, 2, 3, 11, 100].iter().map(|&n| l.count(id, n).replace(&n.to_string(), "#")).collect();
            assert!(forms.len() >= 3, "{language}: {forms:?}");
        }
    }

    #[test]
    fn a_missing_message_falls_back_to_swedish_then_to_its_id() {
        let l = Localizer::new(Language::Ar);
        assert_eq!(l.text("no-such-message"), "no-such-message");
    }

    #[test]
    fn fetched_texts_format_as_embedded_ones_and_missing_ones_fall_back_to_swedish() {
        let files = ["app", "orientation"];
        let arabic: Vec<String> = embedded(Language::Ar, &files).map(str::to_owned).collect();
        let fetched = Localizer::with_texts(Language::Ar, &files, &arabic);
        let embedded = Localizer::with_files(Language::Ar, &files);
        assert_eq!(fetched.count("article-count", 3), embedded.count("article-count", 3));
        assert_ne!(fetched.text("nav-home"), Localizer::new(Language::Sv).text("nav-home"));
        // Texts that never came: Swedish, not message ids.
        let none = Localizer::with_texts(Language::Ar, &files, &[]);
        assert_eq!(none.text("nav-home"), Localizer::new(Language::Sv).text("nav-home"));
    }

    #[test]
    fn each_bundle_fetches_its_own_pages_texts_and_every_file_it_names_exists() {
        for (path, files) in [
            ("/", &["app", "orientation"][..]),
            ("/articles/nodlage-112", &["app", "orientation"]),
            ("/activities", &["app", "activities"]),
            ("/activities/12", &["app", "activities"]),
            ("/activities/voucher", &["app", "activities"]),
            ("/activities/sportotek", &["app", "sportotek"]),
            ("/activities/sportotek/items/1", &["app", "sportotek"]),
            ("/activities/sportotekx", &["app", "activities"]),
            ("/activities/guides/9", &["app", "activities", "guides"]),
            ("/activities/mine", &["app", "activities", "sportotek", "guides", "mine"]),
        ] {
            assert_eq!(texts_for(path), files, "{path}");
            for file in files {
                assert!(text_path(Language::Ar, file).is_some(), "{path}: {file}.ftl is served");
            }
        }
    }

    #[test]
    fn every_text_has_an_address_with_its_version_and_the_version_follows_the_text() {
        let served: BTreeMap<String, &str> = served_texts().collect();
        assert_eq!(served.len(), Language::all().count() * compiled("sv").len());
        for (path, source) in &served {
            let [_, texts, code, name] = path.split('/').collect::<Vec<_>>()[..] else { panic!("{path}") };
            let [file, version, ext] = name.split('.').collect::<Vec<_>>()[..] else { panic!("{path}") };
            assert_eq!((texts, ext, version.len()), ("texts", "txt", 16), "{path}");
            assert!(version.bytes().all(|b| b.is_ascii_hexdigit()), "{path}");
            let language = Language::from_tag(code).unwrap();
            assert_eq!(compiled(code).iter().find(|(f, _)| *f == file).map(|(_, s)| s), Some(source));
            assert_eq!(text_path(language, file).as_deref(), Some(path.as_str()));
        }
        // Two languages' texts differ, and so do their versions.
        assert_ne!(
            text_path(Language::Ar, "app").unwrap().rsplit('/').next(),
            text_path(Language::Uk, "app").unwrap().rsplit('/').next()
        );
        assert_eq!(text_path(Language::Ar, "no-such-file"), None);
    }

    /// Fluent's own formatting of `sources`, the reference for ours.
    fn bundle_of<'a>(language: Language, sources: impl IntoIterator<Item = &'a str>) -> FluentBundle<FluentResource> {
        let id: LanguageIdentifier = language.intl_locale().parse().expect("a valid locale");
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(language.direction() == Direction::Rtl);
        for source in sources {
            bundle.add_resource_overriding(FluentResource::try_new(source.to_owned()).expect("valid Fluent"));
        }
        bundle
    }

    #[test]
    fn every_message_formats_exactly_as_fluent_formats_it_in_every_language() {
        let files: Vec<&str> = sources("sv").iter().map(|(file, _)| *file).collect();
        let mut compared = 0;
        for language in Language::all() {
            let fluent = bundle_of(language, sources(language.code()).iter().map(|(_, source)| *source));
            let ours = Localizer::with_files(language, &files);
            for (id, (vars, _)) in messages(language) {
                let pattern = fluent.get_message(&id).and_then(|m| m.value()).unwrap();
                // Numbers across every plural category, negative ones, and words. Fluent's
                // plural data (intl_pluralrules 7.0.2) reads Arabic's "n % 100 = 3..10" as
                // "n = 3..10", so from 100 on it differs from CLDR, and ours follows CLDR
                // (`plural_categories_are_those_of_cldr`).
                let numbers = (0..=230).chain([1000, 1001, 1011, 1_000_002, -1, -3]);
                let numbers = numbers.filter(|n| language != Language::Ar || *n < 100).map(Some);
                for n in numbers.chain([None]) {
                    let text = |var: &str| format!("‹{var}› 12 \u{202e}x");
                    let mut fluent_args = FluentArgs::new();
                    let mut texts = vec![];
                    for var in &vars {
                        match n {
                            Some(n) => fluent_args.set(var.clone(), FluentValue::from(n)),
                            None => fluent_args.set(var.clone(), FluentValue::from(text(var))),
                        }
                        texts.push((var.as_str(), text(var)));
                    }
                    let args: Vec<(&str, Arg)> =
                        texts.iter().map(|(var, text)| (*var, n.map_or(Arg::Text(text), Arg::Number))).collect();
                    let mut errors = vec![];
                    let expected = fluent.format_pattern(pattern, Some(&fluent_args), &mut errors);
                    assert!(errors.is_empty(), "{language} {id}: {errors:?}");
                    assert_eq!(ours.format(&id, &args), expected, "{language} {id} with {n:?}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 10_000, "{compared}");
    }

    #[test]
    fn plural_categories_are_those_of_cldr() {
        use crate::messages::plural_category as p;
        let arabic: Vec<&str> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111].map(|n| p(Language::Ar, n)).into();
        assert_eq!(
            arabic,
            ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "other", "few", "many"]
        );
        let ukrainian: Vec<&str> = [1, 2, 5, 11, 12, 21, 22, 25, 111, 112].map(|n| p(Language::Uk, n)).into();
        assert_eq!(ukrainian, ["one", "few", "many", "many", "many", "one", "few", "many", "many", "many"]);
        assert_eq!([0, 1, 2].map(|n| p(Language::Prs, n)), ["one", "one", "other"]);
        assert_eq!([0, 1, 2].map(|n| p(Language::Sv, n)), ["other", "one", "other"]);
    }

    /// Days and times read as the browser's `Intl.DateTimeFormat` wrote them in the app
    /// before (Chromium 156, Gregorian calendar), Dari with its own digits; every month
    /// has its name in every language.
    #[test]
    fn days_and_times_read_as_each_language_writes_them() {
        let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
        let day = Day::from_ymd(2026, 11, 24).unwrap();
        let cases = [
            (Language::Sv, "tisdag 24 november", "24 november 2026", "07:05"),
            (Language::Ar, "الثلاثاء، 24 نوفمبر", "24 نوفمبر 2026", "07:05"),
            (Language::Prs, "سه‌شنبه ۲۴ نومبر", "۲۴ نومبر ۲۰۲۶", "۰۷:۰۵"),
            (Language::Uk, "вівторок, 24 листопада", "24 листопада 2026 р.", "07:05"),
            (Language::En, "Tuesday 24 November", "24 November 2026", "07:05"),
        ];
        for (language, with_weekday, with_year, clock) in cases {
            let t = Localizer::new(language);
            assert_eq!(plain(t.day(day)), with_weekday, "{language}");
            assert_eq!(plain(t.date(day)), with_year, "{language}");
            assert_eq!(t.clock(Clock::from_hm(7, 5).unwrap()), clock, "{language}");
            for month in 1..=12 {
                let first = Day::from_ymd(2027, month, 1).unwrap();
                assert!(!t.date(first).contains("month-"), "{language}: month {month}");
            }
        }
        assert_eq!(Localizer::new(Language::Sv).day(Day::from_ymd(2027, 5, 2).unwrap()), "söndag 2 maj");
        assert_eq!(Language::Prs.digits("10–12 år, 350 kr"), "۱۰–۱۲ år, ۳۵۰ kr");
    }

    /// Amounts read as the browser's `Intl.NumberFormat` wrote them in the app before
    /// (Chromium 156, SEK), with its no-break spaces and Arabic's right-to-left mark.
    #[test]
    fn amounts_read_as_each_language_writes_kronor() {
        let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
        let cases = [
            (Language::Sv, ["350\u{a0}kr", "1\u{a0}000\u{a0}kr", "350,50\u{a0}kr", "1\u{a0}234,05\u{a0}kr"]),
            (
                Language::Ar,
                [
                    "\u{200f}350\u{a0}SEK",
                    "\u{200f}1,000\u{a0}SEK",
                    "\u{200f}350.50\u{a0}SEK",
                    "\u{200f}1,234.05\u{a0}SEK",
                ],
            ),
            (Language::Prs, ["SEK\u{a0}۳۵۰", "SEK\u{a0}۱٬۰۰۰", "SEK\u{a0}۳۵۰٫۵۰", "SEK\u{a0}۱٬۲۳۴٫۰۵"]),
            (Language::Uk, ["350\u{a0}SEK", "1\u{a0}000\u{a0}SEK", "350,50\u{a0}SEK", "1\u{a0}234,05\u{a0}SEK"]),
            (Language::En, ["SEK\u{a0}350", "SEK\u{a0}1,000", "SEK\u{a0}350.50", "SEK\u{a0}1,234.05"]),
        ];
        for (language, expected) in cases {
            let t = Localizer::new(language);
            let written = [35_000, 100_000, 35_050, 123_405].map(|ore| plain(t.money(ore)));
            assert_eq!(written, expected, "{language}");
        }
        let t = Localizer::new(Language::Sv);
        assert_eq!(t.money(0), "0\u{a0}kr");
        assert_eq!(t.money(12_345_678_900), "123\u{a0}456\u{a0}789\u{a0}kr");
        assert_eq!(t.money(-35_000), "\u{2212}350\u{a0}kr");
    }
}
