//! The Sportotek catalogue's filters as they stand in its address, so a list can be
//! shared and the back button works: `?category=skates&size=32&age=9`.

use std::fmt::Write as _;

pub use model::sportotek::sorted_sizes;
use model::{
    activities::MAX_AGE,
    sportotek::{EquipmentCategory, LABEL_MAX},
};

/// What the family asked the catalogue for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogueFilter {
    pub category: Option<EquipmentCategory>,
    /// A size's label as typed or chosen, e.g. `32` or `150 cm`.
    pub size: Option<String>,
    /// "For a child of age N".
    pub age: Option<u8>,
}

impl CatalogueFilter {
    /// Reads the address's values. A hand-edited link with a bad value drops that filter
    /// rather than showing nothing.
    pub fn from_query(category: Option<&str>, size: Option<&str>, age: Option<&str>) -> CatalogueFilter {
        let size = size.map(str::trim).filter(|s| !s.is_empty()).map(|s| s.chars().take(LABEL_MAX).collect());
        CatalogueFilter {
            category: category.and_then(EquipmentCategory::from_code),
            size,
            age: age.and_then(|a| a.trim().parse().ok()).filter(|a| *a <= MAX_AGE),
        }
    }

    /// `category=…&size=…&age=…`, with only the filters that are set, each encoded.
    pub fn query_string(&self) -> String {
        let mut params = Vec::new();
        if let Some(category) = self.category {
            params.push(format!("category={}", category.code()));
        }
        if let Some(size) = &self.size {
            params.push(format!("size={}", encode(size)));
        }
        if let Some(age) = self.age {
            params.push(format!("age={age}"));
        }
        params.join("&")
    }

    /// The catalogue's address with these filters.
    pub fn href(&self) -> String {
        let query = self.query_string();
        if query.is_empty() {
            "/activities/sportotek".to_owned()
        } else {
            format!("/activities/sportotek?{query}")
        }
    }
}

/// Percent-encodes all but the characters `encodeURIComponent` leaves as they are; in
/// Rust rather than through `js_sys`, so the round trip is tested natively.
pub(crate) fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            out.push(char::from(byte));
        } else {
            write!(out, "%{byte:02X}").expect("writing to a String");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the router does with the address: splits it and decodes each value.
    fn parsed(href: &str) -> CatalogueFilter {
        let query = href.split_once('?').map_or("", |(_, q)| q);
        let value = |key: &str| query.split('&').find_map(|pair| pair.strip_prefix(&format!("{key}="))).map(decode);
        CatalogueFilter::from_query(value("category").as_deref(), value("size").as_deref(), value("age").as_deref())
    }

    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_filter_survives_the_round_trip_through_the_address() {
        let filters = [
            CatalogueFilter::default(),
            CatalogueFilter { category: Some(EquipmentCategory::Skates), size: Some("32".into()), age: Some(9) },
            CatalogueFilter { category: Some(EquipmentCategory::LifeJackets), size: None, age: Some(0) },
            CatalogueFilter { category: None, size: Some("150 cm".into()), age: None },
            CatalogueFilter { category: None, size: Some("6–9 år & M/L?#=".into()), age: Some(MAX_AGE) },
            CatalogueFilter { category: None, size: Some("مقاس ٣٢".into()), age: None },
        ];
        for filter in filters {
            let href = filter.href();
            assert!(!href.contains(' ') && href.matches('?').count() <= 1, "{href}");
            assert_eq!(parsed(&href), filter, "{href}");
        }
        assert_eq!(CatalogueFilter::default().href(), "/activities/sportotek");
    }

    #[test]
    fn a_bad_value_in_a_hand_edited_link_drops_only_that_filter() {
        let rows = [
            ((Some("skating"), Some("32"), Some("9")), (None, Some("32"), Some(9)), "unknown category"),
            ((Some("skates"), Some("  "), Some("9")), (Some(EquipmentCategory::Skates), None, Some(9)), "blank size"),
            ((Some("skates"), None, Some("nine")), (Some(EquipmentCategory::Skates), None, None), "age in words"),
            ((None, None, Some("100")), (None, None, None), "age over the limit"),
            ((None, None, Some("-1")), (None, None, None), "negative age"),
            ((None, Some(" 32 "), None), (None, Some("32"), None), "size with spaces"),
        ];
        for ((category, size, age), (want_category, want_size, want_age), why) in rows {
            let filter = CatalogueFilter::from_query(category, size, age);
            let expected =
                CatalogueFilter { category: want_category, size: want_size.map(str::to_owned), age: want_age };
            assert_eq!(filter, expected, "{why}");
        }
        let long = "x".repeat(200);
        assert_eq!(CatalogueFilter::from_query(None, Some(&long), None).size.unwrap().len(), LABEL_MAX);
    }

    #[test]
    fn sizes_come_in_number_order_then_the_rest_each_once() {
        let labels = ["M", "32", "120 cm", "28", "S", "32 ", "one size", "6–9 år", "m"];
        assert_eq!(sorted_sizes(labels.into_iter()), ["6–9 år", "28", "32", "120 cm", "M", "one size", "S"]);
    }
}
