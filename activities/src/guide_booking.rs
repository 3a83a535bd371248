//! The booking form's rules, apart from its view: which field a problem belongs to, the
//! words for it, and the checks made before anything is sent. The retry key and the
//! digits of a contact are the Sportotek form's (`reserve`).

use model::{
    guides::{BookingRequest, OpenTime, Topic},
    schedule::Day,
    FieldError, Language,
};

use crate::draft::FormField;

/// The form's fields; `General` is a problem with the whole request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Time,
    Name,
    Contact,
    Topic,
    Note,
    General,
}

impl Field {
    /// The label's message id, to name the field in the list of problems.
    pub fn label(self) -> Option<&'static str> {
        match self {
            Field::Time => Some("guides-field-time"),
            Field::Name => Some("guides-field-name"),
            Field::Contact => Some("guides-field-contact"),
            Field::Topic => Some("guides-field-topic"),
            Field::Note => Some("guides-field-note"),
            Field::General => None,
        }
    }
}

impl FormField for Field {
    /// The field a problem from the model or the server names.
    fn of(problem: &FieldError) -> Field {
        match problem.field.as_str() {
            "slot_id" | "day" => Field::Time,
            "first_name" => Field::Name,
            "contact" => Field::Contact,
            "topic" => Field::Topic,
            "note" => Field::Note,
            _ => Field::General,
        }
    }

    /// The message to show for a problem: the guides' own words where the server's id is
    /// one only the staff console carries.
    fn message(problem: &FieldError) -> String {
        match problem.message_id.as_str() {
            "error-required" => "guides-error-required",
            "error-unknown-topic" => "guides-error-topic",
            "error-idempotency-key" | "error-idempotency-key-reused" => "guides-error-retry",
            other => other,
        }
        .to_owned()
    }
}

/// What the newcomer chose and typed, as the form holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Typed {
    pub time: Option<OpenTime>,
    pub first_name: String,
    pub contact: String,
    pub topic: Option<Topic>,
    pub note: String,
}

impl Typed {
    /// Chooses `time`; the topic stays when the time offers it, and is the time's only
    /// one when it has a single topic.
    pub fn choose(&mut self, time: OpenTime) {
        if !self.topic.is_some_and(|t| time.topics.contains(&t)) {
            self.topic = match time.topics.as_slice() {
                [only] => Some(*only),
                _ => None,
            };
        }
        self.time = Some(time);
    }
}

/// The request to send, or every problem the phone can see before sending.
pub fn request(typed: &Typed, key: &str, lang: Language) -> Result<BookingRequest, Vec<FieldError>> {
    let mut problems = Vec::new();
    if typed.time.is_none() {
        problems.push(FieldError::new("day", "guides-error-no-time"));
    }
    match (typed.topic, &typed.time) {
        (None, _) => problems.push(FieldError::new("topic", "error-required")),
        (Some(topic), Some(time)) if !time.topics.contains(&topic) => {
            problems.push(FieldError::new("topic", "error-guide-topic-not-offered"));
        }
        _ => {}
    }
    let request = BookingRequest {
        slot_id: typed.time.as_ref().map_or(0, |t| t.slot_id),
        day: typed.time.as_ref().map_or_else(|| Day::from_ymd(2000, 1, 1).expect("a date"), |t| t.day),
        first_name: typed.first_name.trim().to_owned(),
        contact: typed.contact.trim().to_owned(),
        topic: typed.topic.map(|t| t.code().to_owned()).unwrap_or_default(),
        note: typed.note.trim().to_owned(),
        idempotency_key: key.to_owned(),
        lang: Some(lang),
    };
    // The time and the topic are reported once, above, in the form's words.
    problems.extend(request.problems().into_iter().filter(|p| !matches!(Field::of(p), Field::Time | Field::Topic)));
    if problems.is_empty() {
        Ok(request)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use model::{guides::MeetingKind, schedule::Clock};

    use super::*;

    fn time(topics: Vec<Topic>) -> OpenTime {
        OpenTime {
            slot_id: 12,
            day: Day::from_ymd(2026, 12, 3).unwrap(),
            start: Clock::from_hm(17, 0).unwrap(),
            minutes: 60,
            meeting: MeetingKind::Library,
            place: "Stadsbiblioteket".into(),
            topics,
        }
    }

    fn typed(topics: Option<Vec<Topic>>, name: &str, contact: &str, topic: Option<Topic>) -> Typed {
        Typed { time: topics.map(time), first_name: name.into(), contact: contact.into(), topic, note: String::new() }
    }

    const KEY: &str = "r-18c2f-1a2b-3c4d";
    const BOTH: [Topic; 2] = [Topic::PractiseSwedish, Topic::LettersAndForms];

    #[test]
    fn a_whole_form_becomes_the_request_with_trimmed_text_and_the_readers_language() {
        let mut form = typed(Some(BOTH.to_vec()), " Hamid ", " 070-123 45 67 ", Some(Topic::LettersAndForms));
        form.note = "  Ett brev från Migrationsverket \n".into();
        let request = request(&form, KEY, Language::Prs).unwrap();
        assert_eq!((request.slot_id, request.day.to_string().as_str()), (12, "2026-12-03"));
        assert_eq!((request.first_name.as_str(), request.contact.as_str()), ("Hamid", "070-123 45 67"));
        assert_eq!(
            (request.topic.as_str(), request.note.as_str()),
            ("letters-and-forms", "Ett brev från Migrationsverket")
        );
        assert_eq!((request.idempotency_key.as_str(), request.lang), (KEY, Some(Language::Prs)));
        assert!(request.problems().is_empty());
    }

    #[test]
    fn each_problem_is_found_before_sending_and_names_its_field() {
        let letters = Some(Topic::LettersAndForms);
        let rows = [
            (typed(None, "A", "0701234567", letters), vec![(Field::Time, "guides-error-no-time")], "no time"),
            (typed(Some(BOTH.to_vec()), "A", "0701234567", None), vec![(Field::Topic, "error-required")], "no topic"),
            (
                typed(Some(vec![Topic::PractiseSwedish]), "A", "0701234567", letters),
                vec![(Field::Topic, "error-guide-topic-not-offered")],
                "a topic the time does not offer",
            ),
            (
                typed(Some(BOTH.to_vec()), " ", "0701234567", letters),
                vec![(Field::Name, "error-required")],
                "blank name",
            ),
            (typed(Some(BOTH.to_vec()), "A", "", letters), vec![(Field::Contact, "error-required")], "no contact"),
            (
                typed(Some(BOTH.to_vec()), "A", "hamid@", letters),
                vec![(Field::Contact, "error-sportotek-contact")],
                "half an e-mail",
            ),
            (
                typed(None, "", "", None),
                vec![
                    (Field::Time, "guides-error-no-time"),
                    (Field::Topic, "error-required"),
                    (Field::Name, "error-required"),
                    (Field::Contact, "error-required"),
                ],
                "nothing at all",
            ),
        ];
        for (form, expected, why) in rows {
            let problems = request(&form, KEY, Language::Sv).unwrap_err();
            let found: Vec<(Field, &str)> = problems.iter().map(|p| (Field::of(p), p.message_id.as_str())).collect();
            assert_eq!(found, expected, "{why}");
        }
        let mut long_note = typed(Some(BOTH.to_vec()), "A", "a@b.se", letters);
        long_note.note = "ord ".repeat(200);
        let problems = request(&long_note, KEY, Language::Sv).unwrap_err();
        assert_eq!(problems.iter().map(Field::of).collect::<Vec<_>>(), [Field::Note], "an overlong note");
    }

    #[test]
    fn choosing_a_time_keeps_a_topic_it_offers_and_takes_its_only_one() {
        let mut form = Typed { topic: Some(Topic::LettersAndForms), ..Typed::default() };
        form.choose(time(BOTH.to_vec()));
        assert_eq!(form.topic, Some(Topic::LettersAndForms), "offered: kept");
        form.choose(time(vec![Topic::JobSeeking]));
        assert_eq!(form.topic, Some(Topic::JobSeeking), "the only topic of the time");
        form.choose(time(BOTH.to_vec()));
        assert_eq!(form.topic, None, "not offered, and a choice to make");
    }

    #[test]
    fn the_servers_refusals_land_on_their_fields_in_words_the_page_has() {
        let rows = [
            ("day", "error-guide-time-taken", Field::Time, "error-guide-time-taken"),
            ("contact", "error-guide-open-bookings", Field::Contact, "error-guide-open-bookings"),
            ("topic", "error-unknown-topic", Field::Topic, "guides-error-topic"),
            ("first_name", "error-required", Field::Name, "guides-error-required"),
            ("idempotency_key", "error-idempotency-key-reused", Field::General, "guides-error-retry"),
        ];
        for (field, id, want_field, want_message) in rows {
            let problem = FieldError::new(field, id);
            assert_eq!(
                (Field::of(&problem), Field::message(&problem).as_str()),
                (want_field, want_message),
                "{field} {id}"
            );
        }
    }
}
