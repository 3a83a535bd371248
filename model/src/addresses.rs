//! Filters as they stand in an address, so a list can be shared and the back button
//! works: the Sportotek catalogue's `?category=skates&size=32&age=9` and the guide list's
//! `?language=prs&topic=letters-and-forms&meeting=in-person`. The app and the server's
//! first paint read and write them with the same code, so a link is the same list
//! either way.

use std::fmt::Write as _;

use crate::{
    activities::{MAX_AGE, SPOKEN_LANGUAGES},
    guides::{GuideFilter, GuideSummary, Meeting, MeetingKind, Topic},
    sportotek::{EquipmentCategory, LABEL_MAX},
    Language,
};

/// Percent-encodes all but the characters `encodeURIComponent` leaves as they are; in
/// Rust rather than through `js_sys`, so the round trip is tested natively.
pub fn encode_component(text: &str) -> String {
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
            params.push(format!("size={}", encode_component(size)));
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

    /// The catalogue's address with these filters but `category`, as a chip links it.
    pub fn href_with(&self, category: Option<EquipmentCategory>) -> String {
        CatalogueFilter { category, ..self.clone() }.href()
    }
}

/// What the newcomer asked the list for. No language is the reader's own, as the API
/// takes it; a chosen one stays in the address, so a shared list keeps it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GuideQuery {
    pub language: Option<String>,
    pub topic: Option<Topic>,
    pub meeting: Option<Meeting>,
}

impl GuideQuery {
    /// Reads the address's values. A hand-edited link with a bad value drops that filter
    /// rather than showing nothing.
    pub fn from_query(language: Option<&str>, topic: Option<&str>, meeting: Option<&str>) -> GuideQuery {
        GuideQuery {
            language: language.filter(|l| SPOKEN_LANGUAGES.contains(l)).map(str::to_owned),
            topic: topic.and_then(Topic::from_code),
            meeting: meeting.and_then(Meeting::from_code),
        }
    }

    /// The language filtered by: the chosen one, else the reader's.
    pub fn language_or(&self, reader: Language) -> String {
        self.language.clone().unwrap_or_else(|| reader.code().to_owned())
    }

    /// The list's address with these filters.
    pub fn href(&self) -> String {
        let mut params = Vec::new();
        if let Some(language) = &self.language {
            params.push(format!("language={}", encode_component(language)));
        }
        if let Some(topic) = self.topic {
            params.push(format!("topic={}", topic.code()));
        }
        if let Some(meeting) = self.meeting {
            params.push(format!("meeting={}", meeting.code()));
        }
        if params.is_empty() {
            "/activities/guides".to_owned()
        } else {
            format!("/activities/guides?{}", params.join("&"))
        }
    }

    /// The API's query for the reader's language: `lang`, `language` and, when the
    /// server can filter by it alone, `topic` and `meeting`.
    pub fn api_query(&self, reader: Language) -> String {
        let mut query = format!("lang={reader}&language={}", encode_component(&self.language_or(reader)));
        if let Some(topic) = self.topic {
            query.push_str("&topic=");
            query.push_str(topic.code());
        }
        match self.meeting {
            Some(Meeting::Phone) => query.push_str("&meeting=phone"),
            Some(Meeting::Video) => query.push_str("&meeting=video"),
            Some(Meeting::InPerson) | None => {}
        }
        query
    }

    /// What the API filters by for a reader of `reader`: in person is two kinds, so the
    /// list keeps those itself ([`GuideQuery::keeps`]).
    pub fn filter(&self, reader: Language) -> GuideFilter {
        let meeting = match self.meeting {
            Some(Meeting::Phone) => Some(MeetingKind::Phone),
            Some(Meeting::Video) => Some(MeetingKind::Video),
            Some(Meeting::InPerson) | None => None,
        };
        GuideFilter { language: Some(self.language_or(reader)), topic: self.topic, meeting }
    }

    /// Whether a guide the server sent meets the filters it could not apply itself.
    pub fn keeps(&self, guide: &GuideSummary) -> bool {
        self.meeting.is_none_or(|m| guide.meeting_kinds.iter().any(|k| m.includes(*k)))
    }

    /// A guide's page, carrying the topic asked for, so the form starts with it.
    pub fn profile_href(&self, id: i64) -> String {
        match self.topic {
            Some(topic) => format!("/activities/guides/{id}?topic={}", topic.code()),
            None => format!("/activities/guides/{id}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_goes_into_a_link_encoded_as_encode_uri_component_does() {
        assert_eq!(encode_component("Granviken IP, plan 2 & 3"), "Granviken%20IP%2C%20plan%202%20%26%203");
        assert_eq!(encode_component("ملعب (A)"), "%D9%85%D9%84%D8%B9%D8%A8%20(A)");
        assert_eq!(encode_component("\"><script>"), "%22%3E%3Cscript%3E");
    }

    #[test]
    fn a_chip_keeps_the_other_filters_and_encodes_the_size() {
        let filter =
            CatalogueFilter { category: Some(EquipmentCategory::Skis), size: Some("150 cm&x".into()), age: Some(7) };
        assert_eq!(filter.href_with(None), "/activities/sportotek?size=150%20cm%26x&age=7");
        assert_eq!(CatalogueFilter::default().href_with(None), "/activities/sportotek");
    }

    #[test]
    fn the_api_is_asked_for_the_readers_language_and_one_meeting_kind() {
        let query = GuideQuery::from_query(None, Some("letters-and-forms"), Some("cafe"));
        let filter = query.filter(Language::Ar);
        assert_eq!(filter.language.as_deref(), Some("ar"));
        assert_eq!(filter.topic, Some(Topic::LettersAndForms));
        assert_eq!(filter.meeting, None, "in person is two kinds: the list keeps those itself");
        assert_eq!(
            GuideQuery::from_query(Some("so"), None, Some("phone")).filter(Language::Sv).meeting,
            Some(MeetingKind::Phone)
        );
    }

    /// What the router does with the address: splits it and decodes each value.
    fn parsed_catalogue(href: &str) -> CatalogueFilter {
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
    fn every_catalogue_filter_survives_the_round_trip_through_the_address() {
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
            assert_eq!(parsed_catalogue(&href), filter, "{href}");
        }
        assert_eq!(CatalogueFilter::default().href(), "/activities/sportotek");
    }

    #[test]
    fn a_bad_catalogue_value_in_a_hand_edited_link_drops_only_that_filter() {
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

    fn parsed_guides(href: &str) -> GuideQuery {
        let query = href.split_once('?').map_or("", |(_, q)| q);
        let value = |key: &str| query.split('&').find_map(|pair| pair.strip_prefix(&format!("{key}=")));
        GuideQuery::from_query(value("language"), value("topic"), value("meeting"))
    }

    fn guide(kinds: Vec<MeetingKind>) -> GuideSummary {
        GuideSummary {
            id: 1,
            first_name: "Parwana".into(),
            languages: vec!["prs".into(), "sv".into()],
            topics: vec![Topic::LettersAndForms],
            meeting_kinds: kinds,
            photo: None,
            next_open: vec![],
        }
    }

    #[test]
    fn every_guide_filter_survives_the_round_trip_through_the_address() {
        let queries = [
            GuideQuery::default(),
            GuideQuery { language: Some("prs".into()), topic: Some(Topic::LettersAndForms), meeting: None },
            GuideQuery { language: None, topic: None, meeting: Some(Meeting::InPerson) },
            GuideQuery { language: Some("ti".into()), topic: Some(Topic::DigitalHelp), meeting: Some(Meeting::Video) },
            GuideQuery { language: None, topic: Some(Topic::ShowTheTown), meeting: Some(Meeting::Phone) },
        ];
        for query in queries {
            let href = query.href();
            assert!(!href.contains(' ') && href.matches('?').count() <= 1, "{href}");
            assert_eq!(parsed_guides(&href), query, "{href}");
        }
        assert_eq!(GuideQuery::default().href(), "/activities/guides");
    }

    #[test]
    fn a_bad_guide_value_in_a_hand_edited_link_drops_only_that_filter() {
        let rows = [
            ((Some("klingon"), Some("leisure"), None), (None, Some(Topic::Leisure), None), "unknown language"),
            ((Some("uk"), Some("cooking"), None), (Some("uk"), None, None), "unknown topic"),
            ((None, None, Some("pigeon")), (None, None, None), "unknown meeting"),
            ((None, None, Some("cafe")), (None, None, Some(Meeting::InPerson)), "a café is in person"),
            ((None, None, Some("library")), (None, None, Some(Meeting::InPerson)), "a library is in person"),
            ((Some("PRS"), None, None), (None, None, None), "codes are lower case"),
        ];
        for ((language, topic, meeting), (want_language, want_topic, want_meeting), why) in rows {
            let expected =
                GuideQuery { language: want_language.map(str::to_owned), topic: want_topic, meeting: want_meeting };
            assert_eq!(GuideQuery::from_query(language, topic, meeting), expected, "{why}");
        }
    }

    #[test]
    fn without_a_chosen_language_the_list_asks_for_the_readers_own() {
        let query = GuideQuery { topic: Some(Topic::LettersAndForms), ..GuideQuery::default() };
        assert_eq!(query.api_query(Language::Prs), "lang=prs&language=prs&topic=letters-and-forms");
        let chosen = GuideQuery { language: Some("ar".into()), ..GuideQuery::default() };
        assert_eq!(chosen.api_query(Language::Uk), "lang=uk&language=ar");
        assert_eq!(chosen.language_or(Language::Uk), "ar");
    }

    #[test]
    fn phone_and_video_go_to_the_server_and_in_person_takes_a_library_or_a_cafe() {
        let phone = GuideQuery { meeting: Some(Meeting::Phone), ..GuideQuery::default() };
        assert!(phone.api_query(Language::Sv).ends_with("&meeting=phone"));
        let in_person = GuideQuery { meeting: Some(Meeting::InPerson), ..GuideQuery::default() };
        assert!(!in_person.api_query(Language::Sv).contains("meeting"), "the server takes one kind at a time");
        assert!(in_person.keeps(&guide(vec![MeetingKind::Cafe, MeetingKind::Phone])));
        assert!(in_person.keeps(&guide(vec![MeetingKind::Library])));
        assert!(!in_person.keeps(&guide(vec![MeetingKind::Phone, MeetingKind::Video])));
        assert!(GuideQuery::default().keeps(&guide(vec![MeetingKind::Video])));
    }

    #[test]
    fn a_guides_page_starts_with_the_topic_the_list_was_filtered_by() {
        let query = GuideQuery { topic: Some(Topic::JobSeeking), ..GuideQuery::default() };
        assert_eq!(query.profile_href(7), "/activities/guides/7?topic=job-seeking");
        assert_eq!(GuideQuery::default().profile_href(7), "/activities/guides/7");
    }
}
