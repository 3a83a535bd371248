//! The guide list's filters as they stand in its address, so a list can be shared and
//! the back button works: `?language=prs&topic=letters-and-forms&meeting=in-person`.

pub use model::guides::{is_in_person, Meeting};
use model::{
    activities::SPOKEN_LANGUAGES,
    guides::{GuideSummary, Topic},
    Language,
};

use crate::sportotek_filter::encode;

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
            params.push(format!("language={}", encode(language)));
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
        let mut query = format!("lang={reader}&language={}", encode(&self.language_or(reader)));
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
    use model::guides::MeetingKind;

    use super::*;

    fn parsed(href: &str) -> GuideQuery {
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
    fn every_filter_survives_the_round_trip_through_the_address() {
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
            assert_eq!(parsed(&href), query, "{href}");
        }
        assert_eq!(GuideQuery::default().href(), "/activities/guides");
    }

    #[test]
    fn a_bad_value_in_a_hand_edited_link_drops_only_that_filter() {
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
