//! Formats the texts `build.rs` compiled from the Fluent files: plain text, variables
//! and plural selections, with Fluent's own rules for each (isolation marks around what
//! is filled into right-to-left text, the plural categories of each language). Fluent's
//! resolver with its locale data is about 40 KB of a browser bundle (brotli); this is a
//! few hundred lines, and a test formats every message both ways and compares them.

use std::fmt::Write as _;

use crate::{Direction, Language};

// The compact form's markers, as `build.rs` writes them.
const VAR: char = '\u{1}';
const VAR_END: char = '\u{2}';
const SELECT: char = '\u{3}';
const SELECTOR_END: char = '\u{4}';
const KEY_END: char = '\u{5}';
const VARIANT_END: char = '\u{6}';
const SELECT_END: char = '\u{7}';
const ID_END: char = '\u{1f}';
const MESSAGE_END: char = '\u{1e}';

/// Unicode's first-strong isolate and its end, as Fluent writes them.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// A value filled into a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// A number: it picks the plural form and is written in Western digits.
    Number(i64),
    Text(&'a str),
}

/// One language's compiled messages, found by id.
#[derive(Debug, Default)]
pub struct Catalog {
    text: String,
    /// Per message, sorted by id: where its id and its pattern are in `text`.
    index: Vec<(usize, usize, usize)>,
}

impl Catalog {
    /// The messages of `files`, in order: a later message overrides an earlier one.
    pub fn new<'a>(files: impl IntoIterator<Item = &'a str>) -> Catalog {
        let text: String = files.into_iter().collect();
        let mut index = vec![];
        let mut at = 0;
        for message in text.split_inclusive(MESSAGE_END) {
            if let Some(id_len) = message.find(ID_END) {
                index.push((at, at + id_len, at + message.len() - MESSAGE_END.len_utf8()));
            }
            at += message.len();
        }
        // Equal ids stay in the files' order (each message starts elsewhere); the last
        // one counts. Unstable: the stable sort's code is the larger in every bundle.
        index.sort_unstable_by(|a, b| text[a.0..a.1].cmp(&text[b.0..b.1]).then(a.0.cmp(&b.0)));
        index.reverse();
        index.dedup_by(|later, earlier| text[later.0..later.1] == text[earlier.0..earlier.1]);
        index.reverse();
        Catalog { text, index }
    }

    fn pattern(&self, id: &str) -> Option<&str> {
        let found = self.index.binary_search_by(|(start, end, _)| self.text[*start..*end].cmp(id)).ok()?;
        let (_, id_end, end) = self.index[found];
        Some(&self.text[id_end + ID_END.len_utf8()..end])
    }

    /// Message `id` in `language` with `args`; `None` when there is no such message.
    pub fn format(&self, language: Language, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let pattern = self.pattern(id)?;
        let mut out = String::with_capacity(pattern.len());
        let isolating = language.direction() == Direction::Rtl;
        write_pattern(&mut out, pattern, &Scope { language, args, isolating });
        Some(out)
    }
}

struct Scope<'a> {
    language: Language,
    args: &'a [(&'a str, Arg<'a>)],
    isolating: bool,
}

/// The pieces of one pattern: text, a variable, or a whole selection.
fn pieces(mut pattern: &str) -> impl Iterator<Item = &str> {
    std::iter::from_fn(move || {
        let first = pattern.chars().next()?;
        let len = match first {
            VAR => pattern.find(VAR_END).map_or(pattern.len(), |end| end + VAR_END.len_utf8()),
            SELECT => closing(pattern, SELECT, SELECT_END),
            _ => pattern.find([VAR, SELECT]).unwrap_or(pattern.len()),
        };
        let (piece, rest) = pattern.split_at(len);
        pattern = rest;
        Some(piece)
    })
}

/// The length of `s` up to and with the `close` that matches its first `open`.
fn closing(s: &str, open: char, close: char) -> usize {
    let mut depth = 0;
    for (at, c) in s.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return at + close.len_utf8();
            }
        }
    }
    s.len()
}

fn write_pattern(out: &mut String, pattern: &str, scope: &Scope) {
    // Fluent isolates what it fills in only where there is text around it.
    let isolate = scope.isolating && pieces(pattern).nth(1).is_some();
    for piece in pieces(pattern) {
        let filled = piece.starts_with([VAR, SELECT]);
        if filled && isolate {
            out.push(FSI);
        }
        if let Some(name) = piece.strip_prefix(VAR) {
            write_variable(out, name.trim_end_matches(VAR_END), scope);
        } else if piece.starts_with(SELECT) {
            write_select(out, piece, scope);
        } else {
            out.push_str(piece);
        }
        if filled && isolate {
            out.push(PDI);
        }
    }
}

fn arg<'a>(name: &str, scope: &Scope<'a>) -> Option<Arg<'a>> {
    scope.args.iter().find(|(n, _)| *n == name).map(|(_, value)| *value)
}

fn write_variable(out: &mut String, name: &str, scope: &Scope) {
    match arg(name, scope) {
        Some(Arg::Number(n)) => write!(out, "{n}").expect("a String"),
        Some(Arg::Text(text)) => out.push_str(text),
        // As Fluent shows a variable that was not given.
        None => write!(out, "{{${name}}}").expect("a String"),
    }
}

/// `SELECT var SELECTOR_END (['*'] key KEY_END pattern VARIANT_END)* SELECT_END`
fn write_select(out: &mut String, select: &str, scope: &Scope) {
    let body = &select[SELECT.len_utf8()..select.len() - SELECT_END.len_utf8()];
    let Some((name, mut variants)) = body.split_once(SELECTOR_END) else { return };
    let wanted = match arg(name, scope) {
        Some(Arg::Number(n)) => Some(plural_category(scope.language, n)),
        Some(Arg::Text(text)) => Some(text),
        None => None,
    };
    let (mut chosen, mut default) = (None, None);
    while !variants.is_empty() {
        let len = variant_len(variants);
        let variant = &variants[..len - VARIANT_END.len_utf8()];
        variants = &variants[len..];
        let Some((key, value)) = variant.split_once(KEY_END) else { break };
        let (is_default, key) = key.strip_prefix('*').map_or((false, key), |key| (true, key));
        if is_default {
            default = Some(value);
        }
        if chosen.is_none() && wanted == Some(key) {
            chosen = Some(value);
        }
    }
    if let Some(value) = chosen.or(default) {
        write_pattern(out, value, scope);
    }
}

/// The length of the first variant in `variants`, with its `VARIANT_END`; selections
/// inside it have variants of their own.
fn variant_len(variants: &str) -> usize {
    let mut depth = 0;
    for (at, c) in variants.char_indices() {
        match c {
            SELECT => depth += 1,
            SELECT_END => depth -= 1,
            VARIANT_END if depth == 0 => return at + VARIANT_END.len_utf8(),
            _ => {}
        }
    }
    variants.len()
}

/// The CLDR plural category of a whole number in `language`.
pub fn plural_category(language: Language, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    let (n10, n100) = (n % 10, n % 100);
    match language {
        Language::Sv | Language::En => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        // Dari follows Persian: "i = 0 or n = 1".
        Language::Prs => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
        Language::Ar => match (n, n100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        // A whole number is never "other" in Ukrainian; fractions would be.
        Language::Uk => match (n10, n100) {
            (1, _) if n100 != 11 => "one",
            (2..=4, _) if !(12..=14).contains(&n100) => "few",
            _ => "many",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn of_messages_with_the_same_id_the_last_one_counts() {
        let message = |id: &str, text: &str| format!("{id}{ID_END}{text}{MESSAGE_END}");
        let files = [message("b", "1"), message("a", "2"), message("b", "3"), message("c", "4"), message("b", "5")];
        let catalog = Catalog::new(files.iter().map(String::as_str));
        let text = |id| catalog.format(Language::Sv, id, &[]);
        assert_eq!((text("a"), text("b"), text("c")), (Some("2".into()), Some("5".into()), Some("4".into())));
        assert_eq!(text("d"), None);
    }
}
