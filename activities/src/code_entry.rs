//! Reading a fritidscheck code as a guardian types or scans it: digits from any keyboard,
//! a typo shown as soon as it is certain, and the code in the QR link's fragment.

use model::voucher::VoucherCode;

/// The longest text kept in the field: a code in groups with spaces to spare.
pub const MAX_TYPED: usize = 32;

/// Arabic-Indic and Persian digits, which an Arabic or Dari keyboard types, as the Latin
/// digits printed on the card.
pub fn latin_digits(typed: &str) -> String {
    typed
        .chars()
        .take(MAX_TYPED)
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + u8::try_from(u32::from(c) - 0x660).unwrap_or(0)),
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + u8::try_from(u32::from(c) - 0x6f0).unwrap_or(0)),
            other => other,
        })
        .collect()
}

/// Why the typed code cannot be right, as a message id, or `None` while it may still
/// become a code: a short code is only wrong once the guardian asks to check it.
pub fn typing_problem(typed: &str) -> Option<String> {
    let typed = latin_digits(typed);
    let significant = typed.chars().filter(|c| !matches!(c, ' ' | '-' | '\u{a0}')).count();
    let problem = VoucherCode::parse(&typed).err()?.message_id;
    let still_typing = significant <= VoucherCode::DATA_CHARS && typed.chars().all(may_be_in_a_code);
    (significant > 0 && !still_typing).then_some(problem)
}

/// Crockford's base32 takes every Latin letter but U (O, I and L read as digits).
fn may_be_in_a_code(c: char) -> bool {
    matches!(c, ' ' | '-' | '\u{a0}') || (c.is_ascii_alphanumeric() && !c.eq_ignore_ascii_case(&'u'))
}

/// The code in the page's fragment (`#7KQ2M9XD4TRFHJ` from the card's QR code). Any
/// other fragment, such as the skip link's `#main`, is not a code and is left alone.
pub fn code_from_fragment(hash: &str) -> Option<VoucherCode> {
    let raw = hash.strip_prefix('#').unwrap_or(hash);
    let decoded = raw.replace("%20", " ");
    (!decoded.is_empty() && decoded.len() <= MAX_TYPED).then(|| VoucherCode::parse(&latin_digits(&decoded)).ok())?
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a_code() -> VoucherCode {
        (0..=255_u8).find_map(|b| VoucherCode::from_random([b, 7, 1, 9, 3, 5, 2, 8, b])).expect("a valid draw")
    }

    #[test]
    fn digits_from_arabic_and_dari_keyboards_become_latin_digits() {
        assert_eq!(latin_digits("٧KQ٢-۹X"), "7KQ2-9X");
        assert_eq!(latin_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹"), "0123456789 0123456789");
        assert_eq!(latin_digits(&"A".repeat(100)).len(), MAX_TYPED);
    }

    #[test]
    fn a_code_being_typed_is_not_wrong_until_it_is_certain() {
        let code = a_code().to_string();
        for (typed, expected, why) in [
            ("", None, "nothing typed yet"),
            (&code[..5], None, "half a code"),
            (&code[..code.len() - 1], None, "one character to go"),
            (code.as_str(), None, "the whole code"),
            ("7KQU", Some("error-voucher-code-shape"), "U is never in a code"),
            ("7K?", Some("error-voucher-code-shape"), "a character no code has"),
        ] {
            assert_eq!(typing_problem(typed).as_deref(), expected, "{why}: {typed:?}");
        }
        let mut swapped: Vec<char> = code.chars().collect();
        let first = swapped.iter().position(|c| *c != '-').unwrap();
        let other = (first + 1..swapped.len()).find(|i| swapped[*i] != '-' && swapped[*i] != swapped[first]).unwrap();
        swapped.swap(first, other);
        let swapped: String = swapped.into_iter().collect();
        assert_eq!(typing_problem(&swapped).as_deref(), Some("error-voucher-code-check"), "{swapped}");
        assert_eq!(typing_problem(&format!("{code}7")).as_deref(), Some("error-voucher-code-shape"), "too long");
    }

    #[test]
    fn the_fragment_of_the_cards_link_gives_its_code_and_nothing_else_does() {
        let code = a_code();
        assert_eq!(code_from_fragment(&format!("#{}", code.as_str())), Some(code.clone()));
        assert_eq!(code_from_fragment(&format!("#{code}")), Some(code.clone()), "in groups");
        assert_eq!(code_from_fragment(&format!("#{}", code.as_str().to_lowercase())), Some(code.clone()));
        assert_eq!(code_from_fragment(&format!("#{}", code.to_string().replace('-', "%20"))), Some(code));
        for other in ["", "#", "#main", "#7KQ2", "#<script>", &format!("#{}", "7".repeat(200))] {
            assert_eq!(code_from_fragment(other), None, "{other:?}");
        }
    }
}
