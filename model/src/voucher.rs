//! The fritidscheck's code: 13 random characters of Crockford's base32 (65 bits) and a
//! check character, written in groups of four (`7KQ2-M9XD-4TRF-HJ`). The phone checks a
//! typed code with the same rule as the server, so a typing mistake is caught before
//! anything is sent.
//!
//! The check makes the whole code, read as a base-32 number, divisible by 37. Because 37
//! is prime and larger than every digit, changing any one character, or swapping any two
//! neighbours (the check character included), changes the remainder: both are always
//! caught. Codes whose check would fall outside the 32 characters are never issued, so
//! the check is typed like any other character.

use std::fmt;

use crate::FieldError;

/// Crockford's base32: digits and letters without I, L, O and U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CHECK_PRIME: u32 = 37;

/// A voucher code, valid by construction.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VoucherCode(String);

impl VoucherCode {
    /// Random characters in a code.
    pub const DATA_CHARS: usize = 13;
    /// Random bits in a code: 13 characters of five bits each.
    pub const BITS: u32 = 65;

    /// A code from the low 65 bits of nine random bytes, or `None` for the 5 draws in 37
    /// whose check character would not be a base32 character: draw again.
    pub fn from_random(bytes: [u8; 9]) -> Option<VoucherCode> {
        from_bits(&bytes, Self::DATA_CHARS).map(VoucherCode)
    }

    /// Reads a typed or scanned code: case, spaces and dashes do not matter, the letters
    /// people confuse with digits (O, I, L) count as those digits, and so do the digits
    /// of an Arabic or Dari keyboard.
    pub fn parse(raw: &str) -> Result<VoucherCode, FieldError> {
        parse_code(raw, Self::DATA_CHARS, "error-voucher-code-shape", "error-voucher-code-check").map(VoucherCode)
    }

    /// The code a card's QR code holds: its link (`…/activities/voucher#CODE`), the
    /// link's fragment alone (`#CODE`), or a bare code. Anything else, such as another
    /// QR code's link or the skip link's `#main`, gives `None`.
    pub fn from_link(text: &str) -> Option<VoucherCode> {
        let text = text.trim();
        let candidate = match text.rsplit_once('#') {
            Some((_, fragment)) => fragment,
            None if text.contains('/') => return None,
            None => text,
        };
        let candidate = candidate.replace("%20", " ");
        if candidate.chars().count() > 32 {
            return None;
        }
        VoucherCode::parse(&candidate).ok()
    }

    /// The code without dashes, as stored and looked up.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for VoucherCode {
    /// In groups of four for reading aloud and typing: `7KQ2-M9XD-4TRF-HJ`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&grouped(&self.0))
    }
}

/// A Sportotek loan's code: the fritidscheck's alphabet and check, with 9 random
/// characters (45 bits) and the check, shown `7KQ2-M9XD-4T`. A loan lives for weeks and
/// lookups are rate-limited, so fewer bits than a voucher's are plenty, and the code is
/// shorter to read out at the counter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LoanCode(String);

impl LoanCode {
    pub const DATA_CHARS: usize = 9;
    pub const BITS: u32 = 45;

    /// A code from the low 45 bits of six random bytes, or `None` for the 5 draws in 37
    /// whose check character would not be a base32 character: draw again.
    pub fn from_random(bytes: [u8; 6]) -> Option<LoanCode> {
        from_bits(&bytes, Self::DATA_CHARS).map(LoanCode)
    }

    /// Reads a typed code as [`VoucherCode::parse`] does.
    pub fn parse(raw: &str) -> Result<LoanCode, FieldError> {
        parse_code(raw, Self::DATA_CHARS, "error-loan-code-shape", "error-loan-code-check").map(LoanCode)
    }

    /// The code without dashes, as stored and looked up.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Why a loan code being typed cannot be right, as [`typing_problem`] says for vouchers.
    pub fn typing_problem(typed: &str, attempted: bool) -> Option<FieldError> {
        let problem = LoanCode::parse(typed).err()?;
        judge_typing(typed, attempted, Self::DATA_CHARS, problem)
    }
}

impl fmt::Display for LoanCode {
    /// In groups of four: `7KQ2-M9XD-4T`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&grouped(&self.0))
    }
}

/// A code's characters in groups of four, joined by dashes.
fn grouped(code: &str) -> String {
    let groups: Vec<&str> = code.as_bytes().chunks(4).map(|g| std::str::from_utf8(g).expect("ASCII")).collect();
    groups.join("-")
}

/// `data_chars` base32 digits from the low bits of `bytes` (at most 16 of them), and the
/// check character; `None` when the check would not be one of the 32 characters.
fn from_bits(bytes: &[u8], data_chars: usize) -> Option<String> {
    let mut wide = [0; 16];
    wide[16 - bytes.len()..].copy_from_slice(bytes);
    let mut bits = u128::from_be_bytes(wide);
    let mut digits = vec![0_u8; data_chars];
    for digit in digits.iter_mut().rev() {
        *digit = u8::try_from(bits & 31).expect("five bits");
        bits >>= 5;
    }
    let check = check_digit(&digits)?;
    Some(digits.iter().chain([&check]).map(|d| char::from(ALPHABET[usize::from(*d)])).collect())
}

/// Reads a code of `data_chars` characters and its check, as people type it; the shape
/// and check problems carry the message ids of the kind of code.
fn parse_code(raw: &str, data_chars: usize, shape: &str, check: &str) -> Result<String, FieldError> {
    let mut digits = Vec::with_capacity(data_chars + 1);
    for c in raw.chars().filter(|c| !is_separator(*c)) {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => latin_digit(other),
        };
        match ALPHABET.iter().position(|a| char::from(*a) == c) {
            Some(value) => digits.push(u8::try_from(value).expect("below 32")),
            None => return Err(FieldError::new("code", shape)),
        }
        if digits.len() > data_chars + 1 {
            return Err(FieldError::new("code", shape));
        }
    }
    if digits.len() != data_chars + 1 {
        return Err(FieldError::new("code", shape));
    }
    if remainder(&digits) != 0 {
        return Err(FieldError::new("code", check));
    }
    Ok(digits.iter().map(|d| char::from(ALPHABET[usize::from(*d)])).collect())
}

/// A digit of an Arabic or Dari keyboard as the Latin digit printed on the card; any
/// other character as it is.
pub fn latin_digit(c: char) -> char {
    let zero = match c {
        '\u{660}'..='\u{669}' => 0x660,
        '\u{6f0}'..='\u{6f9}' => 0x6f0,
        _ => return c,
    };
    char::from(b'0' + u8::try_from(u32::from(c) - zero).expect("a digit 0-9"))
}

/// Separators people type or copy between the groups of a code.
fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '\u{a0}')
}

/// Why a code being typed cannot be right, or `None` while it may still become one: a
/// code too short to be whole is only wrong once the person tries to use it
/// (`attempted`), a character no code has or a wrong check is wrong at once.
pub fn typing_problem(typed: &str, attempted: bool) -> Option<FieldError> {
    let problem = VoucherCode::parse(typed).err()?;
    judge_typing(typed, attempted, VoucherCode::DATA_CHARS, problem)
}

/// Whether `problem`, found in a code of `data_chars` characters being typed, is certain yet.
fn judge_typing(typed: &str, attempted: bool, data_chars: usize, problem: FieldError) -> Option<FieldError> {
    let significant = typed.chars().filter(|c| !is_separator(*c)).count();
    // Crockford's base32 takes every Latin letter but U (O, I and L read as digits).
    let may_be_in_a_code = |c: char| {
        let c = latin_digit(c);
        is_separator(c) || (c.is_ascii_alphanumeric() && !c.eq_ignore_ascii_case(&'u'))
    };
    let still_typing = significant <= data_chars && typed.chars().all(may_be_in_a_code);
    (significant > 0 && (attempted || !still_typing)).then_some(problem)
}

/// The digits read as one base-32 number, modulo 37.
fn remainder(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |r, d| (r * 32 + u32::from(*d)) % CHECK_PRIME)
}

/// The digit that makes `digits` followed by it divisible by 37, if it is below 32.
fn check_digit(digits: &[u8]) -> Option<u8> {
    let shifted = remainder(digits) * 32 % CHECK_PRIME;
    let check = (CHECK_PRIME - shifted) % CHECK_PRIME;
    u8::try_from(check).ok().filter(|c| *c < 32)
}

/// An amount of money in öre: never negative, never floating point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Amount(i64);

impl Amount {
    /// Above this (1 000 000 kr) an amount is a typing mistake.
    pub const MAX_ORE: i64 = 100_000_000;

    pub fn from_ore(ore: i64) -> Result<Amount, FieldError> {
        if (0..=Self::MAX_ORE).contains(&ore) {
            Ok(Amount(ore))
        } else {
            Err(FieldError::new("amount_ore", "error-amount-out-of-range"))
        }
    }

    /// Kronor as people type them: `350`, `350,50`, `350.5`, `1 200`.
    pub fn parse_kronor(raw: &str) -> Result<Amount, FieldError> {
        let bad = || FieldError::new("amount", "error-amount-shape");
        let text: String = raw.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}')).collect();
        let (whole, fraction) = text.split_once([',', '.']).unwrap_or((&text, ""));
        if whole.is_empty() || whole.len() > 9 || fraction.len() > 2 {
            return Err(bad());
        }
        if !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let kronor: i64 = whole.parse().map_err(|_| bad())?;
        let ore: i64 = match fraction.len() {
            0 => 0,
            1 => fraction.parse::<i64>().map_err(|_| bad())? * 10,
            _ => fraction.parse().map_err(|_| bad())?,
        };
        Amount::from_ore(kronor * 100 + ore)
    }

    pub fn ore(self) -> i64 {
        self.0
    }

    /// What is left after paying `other`, or `None` when it is more than there is.
    pub fn checked_sub(self, other: Amount) -> Option<Amount> {
        self.0.checked_sub(other.0).filter(|left| *left >= 0).map(Amount)
    }

    pub fn checked_add(self, other: Amount) -> Option<Amount> {
        self.0.checked_add(other.0).filter(|sum| *sum <= Self::MAX_ORE).map(Amount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Valid codes from a simple deterministic generator, so the tests need no randomness.
    fn codes(count: usize) -> Vec<VoucherCode> {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut found = Vec::new();
        while found.len() < count {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut bytes = [0; 9];
            bytes[..8].copy_from_slice(&state.to_be_bytes());
            bytes[8] = state.to_le_bytes()[3];
            found.extend(VoucherCode::from_random(bytes));
        }
        found
    }

    #[test]
    fn a_code_reads_back_in_groups_of_four_in_any_case() {
        for code in codes(50) {
            let shown = code.to_string();
            assert_eq!(shown.len(), 17, "{shown}");
            assert_eq!(shown.matches('-').count(), 3);
            assert_eq!(VoucherCode::parse(&shown).unwrap(), code);
            assert_eq!(VoucherCode::parse(&shown.to_lowercase().replace('-', " ")).unwrap(), code);
        }
    }

    #[test]
    fn letters_mistaken_for_digits_count_as_the_digits() {
        let code = codes(1000).into_iter().find(|c| c.as_str().contains('0') && c.as_str().contains('1')).unwrap();
        let typed = code.as_str().replacen('0', "O", 1).replacen('1', "l", 1);
        assert_eq!(VoucherCode::parse(&typed).unwrap(), code);
    }

    #[test]
    fn digits_from_arabic_and_dari_keyboards_count_as_latin_digits() {
        let code = codes(1000).into_iter().find(|c| c.as_str().contains('7') && c.as_str().contains('8')).unwrap();
        let typed = code.as_str().replacen('7', "٧", 1).replacen('8', "۸", 1);
        assert_eq!(VoucherCode::parse(&typed).unwrap(), code);
        assert!(VoucherCode::parse(&code.as_str().replacen('7', "٨", 1)).is_err(), "a wrong digit is still wrong");
    }

    #[test]
    fn a_code_being_typed_is_not_wrong_until_it_is_certain() {
        let code = codes(1).remove(0).to_string();
        let problem = |typed: &str, attempted| typing_problem(typed, attempted).map(|p| p.message_id);
        for (typed, expected, why) in [
            ("", None, "nothing typed yet"),
            (&code[..5], None, "half a code"),
            (&code[..code.len() - 1], None, "one character to go"),
            (code.as_str(), None, "the whole code"),
            ("٧KQ۲", None, "Arabic and Dari digits are digits"),
            ("7KQU", Some("error-voucher-code-shape"), "U is never in a code"),
            ("7K?", Some("error-voucher-code-shape"), "a character no code has"),
            ("7KQ2_", Some("error-voucher-code-shape"), "nor an underscore"),
        ] {
            assert_eq!(problem(typed, false).as_deref(), expected, "{why}: {typed:?}");
        }
        assert_eq!(problem(&code.to_lowercase(), true), None);
        assert_eq!(problem(&code[..7], true).as_deref(), Some("error-voucher-code-shape"), "used too short");
        let mut swapped: Vec<char> = code.chars().collect();
        let first = swapped.iter().position(|c| *c != '-').unwrap();
        let other = (first + 1..swapped.len()).find(|i| swapped[*i] != '-' && swapped[*i] != swapped[first]).unwrap();
        swapped.swap(first, other);
        let swapped: String = swapped.into_iter().collect();
        assert_eq!(problem(&swapped, false).as_deref(), Some("error-voucher-code-check"), "{swapped}");
        assert_eq!(problem(&format!("{code}7"), false).as_deref(), Some("error-voucher-code-shape"), "too long");
    }

    #[test]
    fn a_cards_link_or_its_fragment_gives_the_code_and_nothing_else_does() {
        let code = codes(1).remove(0);
        for link in [
            format!("https://granviken.example/activities/voucher#{}", code.as_str()),
            format!("https://x.example/activities/voucher#{code}"),
            format!("#{}", code.as_str()),
            format!("#{}", code.as_str().to_lowercase()),
            format!("#{}", code.to_string().replace('-', "%20")),
            code.to_string(),
            format!("  {code}\n"),
        ] {
            assert_eq!(VoucherCode::from_link(&link), Some(code.clone()), "{link:?}");
        }
        for other in [
            String::new(),
            "#".to_owned(),
            "#main".to_owned(),
            "#7KQ2".to_owned(),
            "#<script>".to_owned(),
            format!("#{}", "7".repeat(200)),
            "https://example.com/".to_owned(),
            format!("https://example.com/{}", code.as_str()),
            "https://x.example/activities/voucher#".to_owned(),
            "WIFI:S:club;T:WPA;P:secret;;".to_owned(),
            format!("{}X", code.as_str()),
        ] {
            assert_eq!(VoucherCode::from_link(&other), None, "{other:?}");
        }
    }

    #[test]
    fn every_single_character_mistake_is_caught() {
        for code in codes(40) {
            let chars: Vec<char> = code.as_str().chars().collect();
            for position in 0..chars.len() {
                for wrong in ALPHABET.iter().map(|b| char::from(*b)).filter(|c| *c != chars[position]) {
                    let mut typed = chars.clone();
                    typed[position] = wrong;
                    let typed: String = typed.into_iter().collect();
                    assert!(VoucherCode::parse(&typed).is_err(), "{code} typed as {typed}");
                }
            }
        }
    }

    #[test]
    fn every_swap_of_neighbours_is_caught_the_check_character_included() {
        for code in codes(200) {
            let chars: Vec<char> = code.as_str().chars().collect();
            for position in 0..chars.len() - 1 {
                if chars[position] == chars[position + 1] {
                    continue;
                }
                let mut typed = chars.clone();
                typed.swap(position, position + 1);
                let typed: String = typed.into_iter().collect();
                assert_eq!(
                    VoucherCode::parse(&typed).unwrap_err().message_id,
                    "error-voucher-code-check",
                    "{code} typed as {typed}"
                );
            }
        }
    }

    #[test]
    fn codes_of_the_wrong_length_or_with_foreign_characters_are_refused() {
        let code = codes(1).remove(0).to_string();
        for bad in [
            String::new(),
            code[..code.len() - 1].to_owned(),
            format!("{code}7"),
            code.replacen(code.chars().next().unwrap(), "U", 1),
            code.replacen('-', "_", 1),
            "<script>".to_owned(),
        ] {
            assert!(VoucherCode::parse(&bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn codes_carry_sixty_five_random_bits_and_differ() {
        let all = codes(500);
        let distinct: std::collections::HashSet<_> = all.iter().collect();
        assert_eq!(distinct.len(), all.len());
        // Every random position takes every one of the 32 characters: 5 bits each.
        for position in 0..VoucherCode::DATA_CHARS {
            let seen: std::collections::HashSet<u8> = all.iter().map(|c| c.as_str().as_bytes()[position]).collect();
            assert_eq!(seen.len(), 32, "position {position}");
        }
        // About 5 draws in 37 are rejected for their check character.
        let rejected = (0..=255_u8).filter(|b| VoucherCode::from_random([*b; 9]).is_none()).count();
        assert!(rejected < 80, "{rejected} of 256 rejected");
    }

    fn loan_codes(count: usize) -> Vec<LoanCode> {
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut found = Vec::new();
        while found.len() < count {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            found.extend(LoanCode::from_random(state.to_be_bytes()[..6].try_into().unwrap()));
        }
        found
    }

    #[test]
    fn a_loan_code_has_ten_characters_in_groups_of_four_and_reads_back() {
        for code in loan_codes(50) {
            let shown = code.to_string();
            assert_eq!(shown.len(), 12, "{shown}");
            assert_eq!(shown.matches('-').count(), 2);
            assert_eq!(LoanCode::parse(&shown.to_lowercase().replace('-', " ")).unwrap(), code);
        }
    }

    #[test]
    fn a_loan_code_catches_every_single_mistake_and_every_swap() {
        for code in loan_codes(40) {
            let chars: Vec<char> = code.as_str().chars().collect();
            for position in 0..chars.len() {
                for wrong in ALPHABET.iter().map(|b| char::from(*b)).filter(|c| *c != chars[position]) {
                    let mut typed = chars.clone();
                    typed[position] = wrong;
                    assert!(LoanCode::parse(&typed.into_iter().collect::<String>()).is_err());
                }
                if position + 1 < chars.len() && chars[position] != chars[position + 1] {
                    let mut typed = chars.clone();
                    typed.swap(position, position + 1);
                    let problem = LoanCode::parse(&typed.into_iter().collect::<String>()).unwrap_err();
                    assert_eq!(problem.message_id, "error-loan-code-check");
                }
            }
        }
    }

    #[test]
    fn loan_and_voucher_codes_are_told_apart_by_their_length() {
        let voucher = codes(1).remove(0).to_string();
        let loan = loan_codes(1).remove(0).to_string();
        assert_eq!(LoanCode::parse(&voucher).unwrap_err().message_id, "error-loan-code-shape");
        assert_eq!(VoucherCode::parse(&loan).unwrap_err().message_id, "error-voucher-code-shape");
        assert_eq!(LoanCode::typing_problem(&loan[..4], false), None, "still typing");
        assert!(LoanCode::typing_problem(&loan[..4], true).is_some(), "used too short");
        // Every random position takes all 32 characters: 45 random bits.
        let all = loan_codes(500);
        for position in 0..LoanCode::DATA_CHARS {
            let seen: std::collections::HashSet<u8> = all.iter().map(|c| c.as_str().as_bytes()[position]).collect();
            assert_eq!(seen.len(), 32, "position {position}");
        }
    }

    #[test]
    fn amounts_are_whole_ore_and_never_below_zero() {
        let five_hundred = Amount::from_ore(50_000).unwrap();
        let two_hundred = Amount::parse_kronor("200").unwrap();
        assert_eq!(five_hundred.checked_sub(two_hundred).unwrap().ore(), 30_000);
        assert_eq!(two_hundred.checked_sub(five_hundred), None, "never below zero");
        assert_eq!(five_hundred.checked_sub(five_hundred).unwrap().ore(), 0);
        assert!(Amount::from_ore(-1).is_err());
        assert!(Amount::from_ore(Amount::MAX_ORE + 1).is_err());
        assert_eq!(Amount::from_ore(Amount::MAX_ORE).unwrap().checked_add(Amount::from_ore(1).unwrap()), None);
    }

    #[test]
    fn kronor_are_read_as_people_type_them() {
        for (typed, ore) in [("350", 35_000), ("350,50", 35_050), ("350.5", 35_050), ("1 200", 120_000), ("0,05", 5)] {
            assert_eq!(Amount::parse_kronor(typed).unwrap().ore(), ore, "{typed}");
        }
        for bad in ["", "-5", "3,505", "12a", "1e3", "٣٥٠", ",50", "9999999999", "1.2.3"] {
            assert!(Amount::parse_kronor(bad).is_err(), "{bad:?}");
        }
    }
}
