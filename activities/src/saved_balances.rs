//! The last answer for each fritidscheck checked on this phone, for when the network is
//! gone: the service worker never keeps a POST, so the page keeps them itself.
//!
//! One storage key holds them, newest first, a line each: `CODE<TAB>fetched-at<TAB>JSON`,
//! with the server's JSON as it came (the client never serialises a balance). A code that
//! falls off the end is gone from the phone, not left behind under a key of its own.

use model::vouchers::VoucherBalance;
use ui::storage;

const KEY: &str = "voucher-balances";
/// Answers kept: a family with many children, with room to spare.
pub const CAP: usize = 10;

/// A saved answer and when it was fetched, in Unix seconds.
pub struct Saved {
    pub balance: VoucherBalance,
    pub at: i64,
}

/// Keeps `json`, the answer for `code` fetched at `at`, in place of any earlier one.
pub fn save(code: &str, at: i64, json: &str) {
    let stored = storage::get(KEY).unwrap_or_default();
    storage::set(KEY, &with_answer(&stored, code, at, json, CAP));
}

pub fn load(code: &str) -> Option<Saved> {
    let stored = storage::get(KEY)?;
    let (at, json) = answer_for(&stored, code)?;
    let balance = serde_json::from_str(json).ok()?;
    Some(Saved { balance, at })
}

fn with_answer(stored: &str, code: &str, at: i64, json: &str, cap: usize) -> String {
    // Compact JSON has no line breaks but as white space between tokens.
    let line = format!("{code}\t{at}\t{}", json.replace(['\n', '\r'], " "));
    let older = stored.lines().filter(|l| line_parts(l).is_some_and(|(c, _, _)| c != code));
    std::iter::once(line.as_str()).chain(older).take(cap).collect::<Vec<_>>().join("\n")
}

/// A line's code, time and JSON; `None` for a line that is not whole.
fn line_parts(line: &str) -> Option<(&str, i64, &str)> {
    let mut parts = line.splitn(3, '\t');
    let code = parts.next().filter(|c| !c.is_empty())?;
    Some((code, parts.next()?.parse().ok()?, parts.next()?))
}

fn answer_for<'a>(stored: &'a str, code: &str) -> Option<(i64, &'a str)> {
    stored.lines().filter_map(line_parts).find(|(c, _, _)| *c == code).map(|(_, at, json)| (at, json))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved_codes(stored: &str) -> impl Iterator<Item = &str> {
        stored.lines().filter_map(line_parts).map(|(code, _, _)| code)
    }

    #[test]
    fn a_new_answer_replaces_the_codes_earlier_one_and_comes_first() {
        let stored = with_answer("", "AAAA", 100, r#"{"n":1}"#, CAP);
        let stored = with_answer(&stored, "BBBB", 200, r#"{"n":2}"#, CAP);
        let stored = with_answer(&stored, "AAAA", 300, r#"{"n":3}"#, CAP);
        assert_eq!(saved_codes(&stored).collect::<Vec<_>>(), ["AAAA", "BBBB"]);
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
        let codes: Vec<&str> = saved_codes(&stored).collect();
        assert_eq!(codes.len(), CAP);
        assert_eq!(codes[0], format!("CODE{}", CAP + 2));
        assert!(!stored.contains("CODE0\t"), "the oldest code is gone from the phone");
    }

    #[test]
    fn line_breaks_in_the_json_and_broken_lines_do_not_break_the_store() {
        let stored = with_answer("garbage without tabs\nX\tnot-a-time\t{}", "AAAA", 5, "{\n\"n\": 1\n}", CAP);
        assert_eq!(answer_for(&stored, "AAAA"), Some((5, "{ \"n\": 1 }")));
        assert_eq!(saved_codes(&stored).collect::<Vec<_>>(), ["AAAA"], "broken lines are dropped");
    }
}
