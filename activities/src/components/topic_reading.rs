//! On a guide booking: what the orientation has to read about the booking's topic, for
//! before the meeting. The orientation is another download, so its links are external.

use leptos::prelude::*;
use model::guides::Topic;
use ui::i18n::use_i18n;

/// The orientation's page for a guide topic, and the message naming it. Letters and
/// forms lead to the article on Migrationsverket's letters (the seed's `rattigheter`
/// topic), the one that says how to read a decision and where to get help.
pub fn topic_reading(topic: Topic) -> Option<(&'static str, &'static str)> {
    match topic {
        Topic::LettersAndForms => Some(("/articles/migrationsverket", "guides-read-letters")),
        Topic::PractiseSwedish | Topic::ShowTheTown | Topic::JobSeeking | Topic::Leisure | Topic::DigitalHelp => None,
    }
}

/// A link to read about `topic`, when the orientation has something; plain text, as the
/// booking card's.
#[component]
pub fn TopicReading(topic: Topic) -> impl IntoView {
    let i18n = use_i18n();
    topic_reading(topic).map(|(href, id)| {
        view! {
            <p class="topic-reading">
                <a class="topic-reading-link" rel="external" href=href>{i18n.t(id)}</a>
            </p>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_letters_and_forms_links_to_the_orientation_and_to_an_article() {
        let (href, id) = topic_reading(Topic::LettersAndForms).expect("letters and forms have reading");
        let slug = href.strip_prefix("/articles/").expect("the orientation's article route");
        assert!(!slug.is_empty() && slug.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{slug}");
        assert_eq!(id, "guides-read-letters");
        for topic in [Topic::PractiseSwedish, Topic::ShowTheTown, Topic::JobSeeking, Topic::Leisure, Topic::DigitalHelp]
        {
            assert_eq!(topic_reading(topic), None, "{topic:?}");
        }
    }

    #[test]
    fn the_article_linked_to_is_in_the_seed_in_every_language() {
        let (href, _) = topic_reading(Topic::LettersAndForms).unwrap();
        let slug = href.trim_start_matches("/articles/");
        let seed = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../server/seed/articles");
        let topic = std::fs::read_dir(&seed)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .find(|topic| topic.join(slug).is_dir())
            .unwrap_or_else(|| panic!("no seeded article {slug}"));
        for language in model::Language::all() {
            assert!(topic.join(slug).join(format!("{language}.md")).is_file(), "{slug} lacks {language}");
        }
    }
}
