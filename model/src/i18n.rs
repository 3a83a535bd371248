//! UI strings: the Fluent files under `locales/`, embedded at build time, formatted
//! with each language's plural rules. Swedish fills in for a message a language lacks.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::{Direction, Language};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub struct Localizer {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    source: Option<FluentBundle<FluentResource>>,
}

/// Which of a language's files a bundle holds: `app.ftl` for newcomers, more for staff.
fn bundle_of(language: Language, files: &[&str]) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.intl_locale().parse().expect("a valid locale");
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks keep numbers and names in place inside right-to-left text; in
    // left-to-right text they only get in the way of copying.
    bundle.set_use_isolating(language.direction() == Direction::Rtl);
    for (_, source) in sources(language.code()).iter().filter(|(file, _)| files.contains(file)) {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(resource, _)| resource);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

impl Localizer {
    /// A localizer for the newcomers' texts (`app.ftl`).
    pub fn new(language: Language) -> Localizer {
        Localizer::with_files(language, &["app"])
    }

    /// A localizer for the texts of the given files (their names without `.ftl`).
    pub fn with_files(language: Language, files: &[&str]) -> Localizer {
        let source = (language != Language::SOURCE).then(|| bundle_of(Language::SOURCE, files));
        Localizer { language, bundle: bundle_of(language, files), source }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Formats message `id`; a missing message shows its id, so it is noticed and fixed.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let found = [Some(&self.bundle), self.source.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|b| b.get_message(id).and_then(|m| m.value()).map(|p| (b, p)));
        match found {
            Some((bundle, pattern)) => {
                let mut errors = vec![];
                bundle.format_pattern(pattern, args, &mut errors).into_owned()
            }
            None => id.to_owned(),
        }
    }

    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn count(&self, id: &str, count: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        self.format(id, Some(&args))
    }
}

pub use fluent_bundle::FluentArgs as Args;
pub use fluent_bundle::FluentValue as Value;

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

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
            let files: Vec<&str> = sources(language.code()).iter().map(|(file, _)| *file).collect();
            let bundle = bundle_of(language, &files);
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
            let l = Localizer::new(language);
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
}
