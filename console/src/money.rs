//! Kronor as a leader types them, öre as the API keeps them: integers all the way, so
//! "350,50" is 35 050 öre exactly.

/// Parses an amount in kronor: `350`, `350,50`, `350.5`, `1 200`. Empty means free.
pub fn parse_kronor(raw: &str) -> Option<i64> {
    let text: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if text.is_empty() {
        return Some(0);
    }
    model::voucher::Amount::parse_kronor(&text).ok().map(model::voucher::Amount::ore)
}

/// Öre back as a leader would type them: `350`, or `350,50` when there are öre.
pub fn kronor_text(ore: i64) -> String {
    if ore % 100 == 0 {
        (ore / 100).to_string()
    } else {
        format!("{},{:02}", ore / 100, (ore % 100).abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kronor_with_or_without_ore_become_whole_ore() {
        let cases = [
            ("350", 35_000),
            ("350,50", 35_050),
            ("350.5", 35_050),
            ("350,05", 35_005),
            (" 1 200 ", 120_000),
            ("350,", 35_000),
            ("0", 0),
            ("", 0),
        ];
        for (typed, ore) in cases {
            assert_eq!(parse_kronor(typed), Some(ore), "{typed:?}");
        }
    }

    #[test]
    fn what_is_not_an_amount_is_refused() {
        for typed in ["-5", "3,505", "abc", ",50", "1e3", "35 0,5x", "1234567890", "3,5,0", "٣٥٠"] {
            assert_eq!(parse_kronor(typed), None, "{typed:?}");
        }
    }

    #[test]
    fn ore_print_back_as_typed() {
        assert_eq!(kronor_text(35_000), "350");
        assert_eq!(kronor_text(35_050), "350,50");
        assert_eq!(kronor_text(5), "0,05");
        assert_eq!(parse_kronor(&kronor_text(12_345)), Some(12_345));
    }
}
