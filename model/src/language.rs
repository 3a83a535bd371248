//! The languages Välkommen speaks. Adding one is adding a row to `LANGUAGES` (and a
//! variant) plus a folder under `locales/`.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::FieldError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Sv,
    Ar,
    Prs,
    Uk,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

struct Row {
    language: Language,
    /// The tag we use in URLs, the API and `locales/`.
    code: &'static str,
    /// The language's name in its own script, for the picker.
    native_name: &'static str,
    direction: Direction,
    /// The language's locale tag as CLDR knows it (its plural rules are checked by it).
    intl: &'static str,
    /// The language's zero: its digits follow it (Dari writes ۰–۹, as `Intl` does).
    zero: char,
    /// What groups a number's thousands and what comes before its decimals, as `Intl`
    /// writes them: "1 000,50" in Swedish, "۱٬۰۰۰٫۵۰" in Dari.
    group: char,
    decimal: char,
    /// Other tags a browser may send for the same language.
    aliases: &'static [&'static str],
}

const LANGUAGES: [Row; 5] = [
    Row {
        language: Language::Sv,
        code: "sv",
        native_name: "Svenska",
        direction: Direction::Ltr,
        intl: "sv-SE",
        zero: '0',
        group: '\u{a0}',
        decimal: ',',
        aliases: &[],
    },
    Row {
        language: Language::Ar,
        code: "ar",
        native_name: "العربية",
        direction: Direction::Rtl,
        intl: "ar",
        zero: '0',
        group: ',',
        decimal: '.',
        aliases: &[],
    },
    Row {
        language: Language::Prs,
        code: "prs",
        native_name: "دری",
        direction: Direction::Rtl,
        intl: "fa-AF",
        zero: '\u{6f0}',
        group: '\u{66c}',
        decimal: '\u{66b}',
        aliases: &["fa"],
    },
    Row {
        language: Language::Uk,
        code: "uk",
        native_name: "Українська",
        direction: Direction::Ltr,
        intl: "uk",
        zero: '0',
        group: '\u{a0}',
        decimal: ',',
        aliases: &[],
    },
    Row {
        language: Language::En,
        code: "en",
        native_name: "English",
        direction: Direction::Ltr,
        intl: "en-GB",
        zero: '0',
        group: ',',
        decimal: '.',
        aliases: &[],
    },
];

impl Language {
    /// Swedish is the source of every text; the others are translations of it.
    pub const SOURCE: Language = Language::Sv;

    pub fn all() -> impl Iterator<Item = Language> {
        LANGUAGES.iter().map(|row| row.language)
    }

    fn row(self) -> &'static Row {
        LANGUAGES.iter().find(|row| row.language == self).expect("every language has a row")
    }

    pub fn code(self) -> &'static str {
        self.row().code
    }

    /// The cookie that keeps this language as the reader's choice for the server's next
    /// page, the same whether the app or the server sets it: no name, only the code.
    pub fn choice_cookie(self) -> String {
        format!("lang={}; Path=/; Max-Age=31536000; SameSite=Lax", self.code())
    }

    pub fn native_name(self) -> &'static str {
        self.row().native_name
    }

    pub fn direction(self) -> Direction {
        self.row().direction
    }

    pub fn intl_locale(self) -> &'static str {
        self.row().intl
    }

    /// A whole number with its thousands grouped and, given, two decimals, in the
    /// language's digits: "12 000", "350,50"; "۱۲٬۰۰۰" in Dari.
    pub fn number(self, whole: u64, hundredths: Option<u8>) -> String {
        let row = self.row();
        let digits = whole.to_string();
        let mut out = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(row.group);
            }
            out.push(digit);
        }
        if let Some(hundredths) = hundredths {
            let hundredths = hundredths.min(99);
            out.push(row.decimal);
            out.push(char::from(b'0' + hundredths / 10));
            out.push(char::from(b'0' + hundredths % 10));
        }
        self.digits(&out)
    }

    /// `text` with its digits 0–9 written in the language's own: "۱۷:۰۵" in Dari.
    pub fn digits(self, text: &str) -> String {
        let zero = u32::from(self.row().zero);
        text.chars()
            .map(|c| c.to_digit(10).filter(|_| c.is_ascii()).and_then(|d| char::from_u32(zero + d)).unwrap_or(c))
            .collect()
    }

    /// Parses one of our codes or a browser's language tag (`ar-SY`, `fa-AF`, `prs`),
    /// case-insensitively; the region is ignored because we have one variant each.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        LANGUAGES
            .iter()
            .find(|row| row.code == primary || row.aliases.contains(&primary.as_str()))
            .map(|row| row.language)
    }

    /// Strict parsing for API input: only our own codes.
    pub fn parse(code: &str) -> Result<Language, FieldError> {
        LANGUAGES
            .iter()
            .find(|row| row.code == code)
            .map(|row| row.language)
            .ok_or_else(|| FieldError::new("lang", "error-unknown-language"))
    }

    /// The first of the browser's preferred languages we speak, else Swedish.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Language {
        preferred.into_iter().find_map(Language::from_tag).unwrap_or(Language::SOURCE)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The schema of a name per language (a topic's): non-blank, at most 80 characters.
#[cfg(feature = "openapi")]
pub fn per_language_name() -> utoipa::openapi::schema::Object {
    struct Name;
    impl utoipa::PartialSchema for Name {
        fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
            utoipa::openapi::schema::ObjectBuilder::new()
                .schema_type(utoipa::openapi::schema::Type::String)
                .pattern(Some("^[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u001f\\u007f-\\u009f]*$"))
                .max_length(Some(80))
                .into()
        }
    }
    per_language::<Name>()
}

/// The schema of a free text per language (a description): at most 2000 characters,
/// line breaks but no other control characters.
#[cfg(feature = "openapi")]
pub fn per_language_text() -> utoipa::openapi::schema::Object {
    struct Text;
    impl utoipa::PartialSchema for Text {
        fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
            utoipa::openapi::schema::ObjectBuilder::new()
                .schema_type(utoipa::openapi::schema::Type::String)
                .pattern(Some("^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$"))
                .max_length(Some(2000))
                .into()
        }
    }
    per_language::<Text>()
}

/// The schema of a text per language: an object keyed by the languages' codes, Swedish
/// (the source) required, any other key refused.
#[cfg(feature = "openapi")]
pub fn per_language<T: utoipa::PartialSchema>() -> utoipa::openapi::schema::Object {
    let mut object = utoipa::openapi::schema::ObjectBuilder::new()
        .required(Language::SOURCE.code())
        .additional_properties(Some(utoipa::openapi::schema::AdditionalProperties::FreeForm(false)));
    for language in Language::all() {
        object = object.property(language.code(), T::schema());
    }
    object.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dari_is_reached_by_every_tag_a_browser_may_send() {
        for tag in ["prs", "prs-AF", "fa", "fa-AF", "FA-af", "fa_AF"] {
            assert_eq!(Language::from_tag(tag), Some(Language::Prs), "{tag}");
        }
    }

    #[test]
    fn arabic_and_dari_are_right_to_left_and_the_others_are_not() {
        for language in Language::all() {
            let rtl = matches!(language, Language::Ar | Language::Prs);
            assert_eq!(language.direction() == Direction::Rtl, rtl, "{language}");
        }
    }

    #[test]
    fn negotiation_takes_the_first_language_we_speak_and_falls_back_to_swedish() {
        assert_eq!(Language::negotiate(["de-DE", "uk-UA", "ar"]), Language::Uk);
        assert_eq!(Language::negotiate(["de", "fr"]), Language::Sv);
        assert_eq!(Language::negotiate([]), Language::Sv);
    }

    #[test]
    fn strict_parsing_accepts_only_our_codes() {
        assert_eq!(Language::parse("prs"), Ok(Language::Prs));
        for bad in ["fa", "AR", "", "sv-SE", "xx", "'; drop table articles; --"] {
            assert!(Language::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn codes_round_trip_through_serde() {
        for language in Language::all() {
            let json = serde_json::to_string(&language).unwrap();
            assert_eq!(json, format!("\"{}\"", language.code()));
            assert_eq!(serde_json::from_str::<Language>(&json).unwrap(), language);
        }
    }
}
