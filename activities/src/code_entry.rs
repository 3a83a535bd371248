//! The code field of the balance page: digits from any keyboard shown as the card prints
//! them. What a code may be, and when a typo is certain, is `model::voucher`'s rule.

use model::voucher::latin_digit;

/// The longest text kept in the field: a code in groups with spaces to spare.
pub const MAX_TYPED: usize = 32;

/// Arabic-Indic and Persian digits, which an Arabic or Dari keyboard types, as the Latin
/// digits printed on the card.
pub fn latin_digits(typed: &str) -> String {
    typed.chars().take(MAX_TYPED).map(latin_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_from_arabic_and_dari_keyboards_become_latin_digits() {
        assert_eq!(latin_digits("٧KQ٢-۹X"), "7KQ2-9X");
        assert_eq!(latin_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹"), "0123456789 0123456789");
        assert_eq!(latin_digits(&"A".repeat(100)).len(), MAX_TYPED);
    }
}
