//! Articles the reader saved for later, kept on the phone: the orientation's article page
//! saves them and the "Mine" page lists them, from two downloads, so both read one key.
//!
//! The key `saved-articles` holds a line per article, newest first:
//! `slug<TAB>lang<TAB>saved-at<TAB>title`, the time in Unix seconds and the title with
//! its tabs and line breaks made spaces, so the list shows without the network.

use model::Language;

use crate::storage;

const KEY: &str = "saved-articles";
/// A list longer than this is no longer read; the oldest fall off.
const CAP: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedArticle {
    pub slug: String,
    pub lang: Language,
    /// When it was saved, in Unix seconds.
    pub at: i64,
    pub title: String,
}

/// Every saved article, newest first.
pub fn all() -> Vec<SavedArticle> {
    parse(&storage::get(KEY).unwrap_or_default())
}

pub fn is_saved(slug: &str) -> bool {
    storage::get(KEY).is_some_and(|stored| contains(&stored, slug))
}

/// Saves the article `slug` as read in `lang`, in place of an earlier save of it.
pub fn save(slug: &str, lang: Language, title: &str) {
    let stored = storage::get(KEY).unwrap_or_default();
    storage::set(KEY, &with_article(&stored, slug, lang, now(), title, CAP));
}

pub fn forget(slug: &str) {
    if let Some(stored) = storage::get(KEY) {
        storage::set(KEY, &without(&stored, slug));
    }
}

pub fn forget_all() {
    storage::remove(KEY);
}

/// Seconds since 1970 on the phone's clock.
fn now() -> i64 {
    #[allow(clippy::cast_possible_truncation)] // milliseconds since 1970 / 1000 fit in i64
    let now = (js_sys::Date::now() / 1000.0) as i64;
    now
}

fn with_article(stored: &str, slug: &str, lang: Language, at: i64, title: &str, cap: usize) -> String {
    // A slug is kebab-case; one that could break a line is not ours to keep.
    if slug.is_empty() || slug.contains(['\t', '\n', '\r']) {
        return stored.to_owned();
    }
    let line = format!("{slug}\t{lang}\t{at}\t{}", title.replace(['\t', '\n', '\r'], " "));
    let older = stored.lines().filter(|l| line_parts(l).is_some_and(|a| a.slug != slug));
    std::iter::once(line.as_str()).chain(older).take(cap).collect::<Vec<_>>().join("\n")
}

fn without(stored: &str, slug: &str) -> String {
    stored.lines().filter(|l| line_parts(l).is_some_and(|a| a.slug != slug)).collect::<Vec<_>>().join("\n")
}

fn contains(stored: &str, slug: &str) -> bool {
    stored.lines().filter_map(line_parts).any(|a| a.slug == slug)
}

fn parse(stored: &str) -> Vec<SavedArticle> {
    stored.lines().filter_map(line_parts).collect()
}

/// A line's article; `None` for a line that is not whole.
fn line_parts(line: &str) -> Option<SavedArticle> {
    let mut parts = line.splitn(4, '\t');
    let slug = parts.next().filter(|s| !s.is_empty())?.to_owned();
    let lang = Language::parse(parts.next()?).ok()?;
    let at = parts.next()?.parse().ok()?;
    Some(SavedArticle { slug, lang, at, title: parts.next()?.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slugs(stored: &str) -> Vec<String> {
        parse(stored).into_iter().map(|a| a.slug).collect()
    }

    #[test]
    fn saving_again_moves_the_article_first_with_its_new_language_and_title() {
        let stored = with_article("", "hyra-bostad", Language::Sv, 100, "Hyra bostad", CAP);
        let stored = with_article(&stored, "tandvard", Language::Ar, 200, "طب الأسنان", CAP);
        let stored = with_article(&stored, "hyra-bostad", Language::En, 300, "Renting a home", CAP);
        assert_eq!(slugs(&stored), ["hyra-bostad", "tandvard"]);
        let first = &parse(&stored)[0];
        assert_eq!(
            *first,
            SavedArticle { slug: "hyra-bostad".into(), lang: Language::En, at: 300, title: "Renting a home".into() }
        );
        assert!(contains(&stored, "tandvard"));
        assert!(!contains(&stored, "tandvar"), "a slug matches whole");
    }

    #[test]
    fn only_the_newest_articles_up_to_the_cap_are_kept() {
        let mut stored = String::new();
        for n in 0..CAP + 2 {
            stored = with_article(&stored, &format!("article-{n}"), Language::Sv, 1, "T", CAP);
        }
        let kept = slugs(&stored);
        assert_eq!(kept.len(), CAP);
        assert_eq!(kept[0], format!("article-{}", CAP + 1));
        assert!(!contains(&stored, "article-0") && !contains(&stored, "article-1"), "the oldest fall off");
    }

    #[test]
    fn tabs_and_line_breaks_in_a_title_become_spaces_and_the_line_stays_whole() {
        let stored = with_article("", "migrationsverket", Language::Prs, 5, "Brev\tfrån\nMigrationsverket\r", CAP);
        assert_eq!(stored.lines().count(), 1);
        assert_eq!(parse(&stored)[0].title, "Brev från Migrationsverket ");
        assert_eq!(stored, "migrationsverket\tprs\t5\tBrev från Migrationsverket ");
    }

    #[test]
    fn broken_lines_are_dropped_and_a_slug_that_would_break_a_line_is_not_saved() {
        let stored =
            "no tabs at all\nx\tklingon\t1\tT\ny\tsv\tnot-a-time\tT\nz\tsv\t1\n\tsv\t1\tNo slug\nok\tuk\t7\tГаразд";
        assert_eq!(slugs(stored), ["ok"]);
        assert_eq!(with_article("ok\tuk\t7\tT", "bad\nslug", Language::Sv, 1, "T", CAP), "ok\tuk\t7\tT");
        assert_eq!(with_article("ok\tuk\t7\tT", "", Language::Sv, 1, "T", CAP), "ok\tuk\t7\tT");
    }

    #[test]
    fn a_forgotten_article_is_gone_and_the_others_keep_their_order() {
        let mut stored = String::new();
        for slug in ["a", "b", "c"] {
            stored = with_article(&stored, slug, Language::Sv, 1, slug, CAP);
        }
        let stored = without(&stored, "b");
        assert_eq!(slugs(&stored), ["c", "a"]);
        assert_eq!(slugs(&without(&stored, "none")), ["c", "a"], "an unknown slug changes nothing");
        assert_eq!(without(&without(&stored, "a"), "c"), "", "the last one leaves nothing behind");
    }
}
