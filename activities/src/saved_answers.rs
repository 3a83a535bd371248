//! Answers to a POST kept on the phone, for when the network is gone: the service worker
//! never keeps a POST, so the pages keep them themselves (a fritidscheck's balance, a
//! Sportotek reservation).
//!
//! One storage key holds a kind of answer, newest first, a line each:
//! `CODE<TAB>fetched-at<TAB>JSON`, with the server's JSON as it came (the client never
//! serialises an answer). A code that falls off the end is gone from the phone, not left
//! behind under a key of its own.

use ui::storage;

/// Where one kind of answer is kept, and how many.
pub struct Store {
    key: &'static str,
    cap: usize,
}

/// A kept answer: its code, when it was fetched (Unix seconds) and its JSON.
pub struct Kept {
    pub code: String,
    pub at: i64,
    pub json: String,
}

impl Store {
    pub const fn new(key: &'static str, cap: usize) -> Store {
        Store { key, cap }
    }

    /// Keeps `json`, the answer for `code` fetched at `at`, in place of any earlier one.
    pub fn save(&self, code: &str, at: i64, json: &str) {
        let stored = storage::get(self.key).unwrap_or_default();
        storage::set(self.key, &with_answer(&stored, code, at, json, self.cap));
    }

    pub fn load(&self, code: &str) -> Option<(i64, String)> {
        let stored = storage::get(self.key)?;
        answer_for(&stored, code).map(|(at, json)| (at, json.to_owned()))
    }

    /// Every kept answer, newest first.
    pub fn all(&self) -> Vec<Kept> {
        let stored = storage::get(self.key).unwrap_or_default();
        answers(&stored).map(|(code, at, json)| Kept { code: code.to_owned(), at, json: json.to_owned() }).collect()
    }

    /// Removes the answer for `code` from the phone.
    pub fn forget(&self, code: &str) {
        if let Some(stored) = storage::get(self.key) {
            storage::set(self.key, &without(&stored, code));
        }
    }
}

/// Seconds since 1970 on the phone's clock.
pub fn now() -> i64 {
    #[allow(clippy::cast_possible_truncation)] // milliseconds since 1970 / 1000 fit in i64
    let now = (js_sys::Date::now() / 1000.0) as i64;
    now
}

fn with_answer(stored: &str, code: &str, at: i64, json: &str, cap: usize) -> String {
    // Compact JSON has no line breaks but as white space between tokens.
    let line = format!("{code}\t{at}\t{}", json.replace(['\n', '\r'], " "));
    let older = stored.lines().filter(|l| line_parts(l).is_some_and(|(c, _, _)| c != code));
    std::iter::once(line.as_str()).chain(older).take(cap).collect::<Vec<_>>().join("\n")
}

fn without(stored: &str, code: &str) -> String {
    stored.lines().filter(|l| line_parts(l).is_some_and(|(c, _, _)| c != code)).collect::<Vec<_>>().join("\n")
}

/// A line's code, time and JSON; `None` for a line that is not whole.
fn line_parts(line: &str) -> Option<(&str, i64, &str)> {
    let mut parts = line.splitn(3, '\t');
    let code = parts.next().filter(|c| !c.is_empty())?;
    Some((code, parts.next()?.parse().ok()?, parts.next()?))
}

fn answers(stored: &str) -> impl Iterator<Item = (&str, i64, &str)> {
    stored.lines().filter_map(line_parts)
}

fn answer_for<'a>(stored: &'a str, code: &str) -> Option<(i64, &'a str)> {
    answers(stored).find(|(c, _, _)| *c == code).map(|(_, at, json)| (at, json))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAP: usize = 10;

    fn saved_codes(stored: &str) -> Vec<&str> {
        answers(stored).map(|(code, _, _)| code).collect()
    }

    #[test]
    fn a_new_answer_replaces_the_codes_earlier_one_and_comes_first() {
        let stored = with_answer("", "AAAA", 100, r#"{"n":1}"#, CAP);
        let stored = with_answer(&stored, "BBBB", 200, r#"{"n":2}"#, CAP);
        let stored = with_answer(&stored, "AAAA", 300, r#"{"n":3}"#, CAP);
        assert_eq!(saved_codes(&stored), ["AAAA", "BBBB"]);
        assert_eq!(answer_for(&stored, "AAAA"), Some((300, r#"{"n":3}"#)));
        assert_eq!(answer_for(&stored, "BBBB"), Some((200, r#"{"n":2}"#)));
        assert_eq!(answer_for(&stored, "CCCC"), None);
    }

    #[test]
    fn only_the_newest_answers_up_to_the_cap_are_kept() {
        let mut stored = String::new();
        for n in 0..CAP + 3 {
            stored = with_answer(&stored, &format!("CODE{n}"), 1000, "{}", CAP);
        }
        let codes = saved_codes(&stored);
        assert_eq!(codes.len(), CAP);
        assert_eq!(codes[0], format!("CODE{}", CAP + 2));
        assert!(!stored.contains("CODE0\t"), "the oldest code is gone from the phone");
    }

    #[test]
    fn line_breaks_in_the_json_and_broken_lines_do_not_break_the_store() {
        let stored = with_answer("garbage without tabs\nX\tnot-a-time\t{}", "AAAA", 5, "{\n\"n\": 1\n}", CAP);
        assert_eq!(answer_for(&stored, "AAAA"), Some((5, "{ \"n\": 1 }")));
        assert_eq!(saved_codes(&stored), ["AAAA"], "broken lines are dropped");
    }

    #[test]
    fn a_forgotten_code_is_gone_and_the_others_keep_their_order() {
        let mut stored = String::new();
        for code in ["AAAA", "BBBB", "CCCC"] {
            stored = with_answer(&stored, code, 1, "{}", CAP);
        }
        let stored = without(&stored, "BBBB");
        assert_eq!(saved_codes(&stored), ["CCCC", "AAAA"]);
        assert_eq!(saved_codes(&without(&stored, "NONE")), ["CCCC", "AAAA"], "an unknown code changes nothing");
        assert_eq!(without(&without(&stored, "AAAA"), "CCCC"), "", "the last one leaves nothing behind");
    }
}
