//! Mail to volunteers, guides and newcomers, when an SMTP server is set up
//! (`VALKOMMEN_SMTP_URL`). Without one nothing is sent: the console shows a guide what
//! waits, and a newcomer's code page is their channel. A letter is sent in the
//! background, so a slow mail server never holds up an answer; a failure is logged
//! without the address.
//!
//! What outsiders typed (a first name, a place, a note) goes into the plain-text body
//! only, never into a header: every subject is a fixed text of `locales/*/mail.ftl`.

use std::sync::Arc;

use anyhow::Context as _;
use lettre::{
    message::{header::ContentType, Mailbox},
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};
use model::{
    guides::{CancelReason, MeetingKind, Topic},
    i18n::{Arg, Localizer},
    schedule::{Clock, Day},
    Language,
};

/// The texts a letter draws on: its own, and the guides' names of topics and reasons.
const FILES: &[&str] = &["mail", "guides"];

#[derive(Clone, Default)]
pub struct Mailer {
    smtp: Option<Arc<Smtp>>,
}

struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// Where the app is reached from outside (`https://valkommen.example`), for links.
    public_url: String,
}

impl Mailer {
    /// A mailer for `smtp_url` (`smtp://user:password@host:587?tls=required`, `smtps://…`
    /// for TLS from the start, plain `smtp://host` only on a trusted network), or one
    /// that sends nothing.
    pub fn new(smtp_url: Option<&str>, from: &str, public_url: &str) -> anyhow::Result<Mailer> {
        let Some(url) = smtp_url else { return Ok(Mailer::default()) };
        let transport =
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url).context("reading VALKOMMEN_SMTP_URL")?.build();
        let from = from.parse().context("reading VALKOMMEN_MAIL_FROM")?;
        let public_url = public_url.trim_end_matches('/').to_owned();
        Ok(Mailer { smtp: Some(Arc::new(Smtp { transport, from, public_url })) })
    }

    pub fn is_on(&self) -> bool {
        self.smtp.is_some()
    }

    /// Sends `letter` in the background; nothing when no SMTP server is set up or the
    /// address cannot take mail.
    pub fn send(&self, letter: Option<Letter>) {
        let (Some(smtp), Some(letter)) = (self.smtp.clone(), letter) else { return };
        let Ok(message) = smtp.message(&letter) else {
            tracing::warn!(letter = letter.subject, "a mail could not be written");
            return;
        };
        tokio::spawn(async move {
            if let Err(error) = smtp.transport.send(message).await {
                // The error may quote the server's answer, which may name the address.
                tracing::warn!(letter = letter.subject, permanent = error.is_permanent(), "a mail was not sent");
            }
        });
    }
}

impl Smtp {
    fn message(&self, letter: &Letter) -> anyhow::Result<Message> {
        let (subject, body) = self.texts(letter);
        Ok(Message::builder()
            .from(self.from.clone())
            .to(letter.to.parse()?)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)?)
    }

    /// The letter's subject and body in its language.
    fn texts(&self, letter: &Letter) -> (String, String) {
        let texts = Localizer::with_files(letter.lang, FILES);
        let link = letter.link.as_ref().map(|path| ("link", format!("{}{path}", self.public_url)));
        // Names of topics and reasons are looked up here, in the letter's language.
        let named: Vec<(&str, String)> = letter.named.iter().map(|(name, id)| (*name, texts.text(id))).collect();
        let args: Vec<(&str, Arg)> = letter
            .args
            .iter()
            .map(|(name, value)| (*name, value))
            .chain(named.iter().map(|(name, text)| (*name, text)))
            .chain(link.iter().map(|(name, link)| (*name, link)))
            .map(|(name, value)| (name, Arg::Text(value)))
            .collect();
        let subject = texts.text(&format!("{}-subject", letter.subject));
        (subject, plain(&texts.format(&format!("{}-body", letter.subject), &args)))
    }
}

/// Fluent's bidirectional isolation marks belong on a screen, not in a plain-text mail.
fn plain(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
}

/// One letter: to whom, in which language, which text (`<subject>-subject` and
/// `<subject>-body` in `mail.ftl`) and what fills it.
#[derive(Debug, Clone)]
pub struct Letter {
    to: String,
    lang: Language,
    subject: &'static str,
    args: Vec<(&'static str, String)>,
    /// Arguments that are a message's name (`guide-topic-…`), said in `lang`.
    named: Vec<(&'static str, String)>,
    /// A path on this app, sent as a full link.
    link: Option<String>,
}

/// A meeting as the letters describe it.
pub struct Meeting<'a> {
    pub day: Day,
    pub start: Clock,
    pub meeting: MeetingKind,
    pub place: &'a str,
    pub topic: Topic,
}

impl Letter {
    fn new(to: &str, lang: Option<Language>, subject: &'static str) -> Letter {
        let lang = lang.unwrap_or(Language::SOURCE);
        Letter { to: to.to_owned(), lang, subject, args: vec![], named: vec![], link: None }
    }

    fn meeting(mut self, meeting: &Meeting<'_>) -> Letter {
        self.args.push(("day", meeting.day.to_string()));
        self.args.push(("time", meeting.start.to_string()));
        self.args.push(("place", meeting.place.to_owned()));
        self.named.push(("meeting", format!("guide-meeting-{}", meeting.meeting.code())));
        self.named.push(("topic", format!("guide-topic-{}", meeting.topic.code())));
        self
    }

    /// An approved volunteer's one-time link.
    pub fn guide_invitation(to: &model::auth::Email, lang: Option<Language>, link: &str) -> Option<Letter> {
        let mut letter = Letter::new(to.as_str(), lang, "mail-guide-invitation");
        letter.link = Some(link.to_owned());
        Some(letter)
    }

    /// To a guide: a newcomer booked a meeting. No name and no contact: the console has them.
    pub fn new_booking(to: &str, meeting: &Meeting<'_>) -> Option<Letter> {
        let mut letter = Letter::new(to, None, "mail-guide-new-booking").meeting(meeting);
        letter.link = Some("/staff/guide/bookings".to_owned());
        Some(letter)
    }

    /// To a newcomer who gave an e-mail address: the guide confirmed.
    pub fn confirmed(
        contact: &str,
        lang: Option<Language>,
        guide: &str,
        meeting: &Meeting<'_>,
        code: &str,
    ) -> Option<Letter> {
        let mut letter = Letter::new(email_of(contact)?, lang, "mail-booking-confirmed").meeting(meeting);
        letter.args.push(("guide", guide.to_owned()));
        letter.args.push(("code", code.to_owned()));
        letter.link = Some("/activities/guides/bookings".to_owned());
        Some(letter)
    }

    /// To a newcomer who gave an e-mail address: the guide cancelled, and why.
    pub fn cancelled(
        contact: &str,
        lang: Option<Language>,
        guide: &str,
        meeting: &Meeting<'_>,
        reason: CancelReason,
        note: &str,
    ) -> Option<Letter> {
        let mut letter = Letter::new(email_of(contact)?, lang, "mail-booking-cancelled").meeting(meeting);
        letter.args.push(("guide", guide.to_owned()));
        letter.args.push(("note", note.trim().to_owned()));
        letter.named.push(("reason", format!("guide-cancel-reason-{}", reason.code())));
        letter.link = Some("/activities/guides".to_owned());
        Some(letter)
    }
}

/// The contact when it is an e-mail address; a phone number gets no mail.
fn email_of(contact: &str) -> Option<&str> {
    let contact = contact.trim();
    model::auth::Email::parse(contact).is_ok().then_some(contact)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn smtp() -> Smtp {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::unencrypted_localhost();
        Smtp { transport, from: "valkommen@localhost".parse().unwrap(), public_url: "https://v.example".into() }
    }

    fn meeting(place: &str) -> Meeting<'_> {
        let day = Day::parse("2026-12-03").unwrap();
        Meeting {
            day,
            start: Clock::parse("17:00").unwrap(),
            meeting: MeetingKind::Library,
            place,
            topic: Topic::LettersAndForms,
        }
    }

    fn text_of(message: &Message) -> String {
        String::from_utf8(message.formatted()).unwrap()
    }

    #[test]
    fn a_phone_number_gets_no_mail() {
        assert!(Letter::confirmed("070-123 45 67", None, "Sara", &meeting("Biblioteket"), "7KQ2-M9XD-4T").is_none());
        assert!(Letter::confirmed("amal@example.org", None, "Sara", &meeting("Biblioteket"), "7KQ2-M9XD-4T").is_some());
    }

    #[test]
    fn what_a_guide_typed_stays_in_the_body_and_never_makes_a_header() {
        let place = "Biblioteket\r\nBcc: everyone@example.org\r\n\r\n.";
        let letter = Letter::confirmed(
            "amal@example.org",
            Some(Language::Sv),
            "Sara\r\nX-Evil: 1",
            &meeting(place),
            "7KQ2-M9XD-4T",
        );
        let letter = letter.unwrap();
        let text = text_of(&smtp().message(&letter).unwrap());
        let (headers, _) = text.split_once("\r\n\r\n").unwrap();
        assert!(!headers.contains("Bcc") && !headers.contains("X-Evil"), "{headers}");
        assert!(smtp().texts(&letter).1.contains("Biblioteket"), "the place is in the body");
    }

    #[test]
    fn a_letter_is_in_the_newcomers_language_with_a_full_link_and_every_text_found() {
        let letter =
            Letter::confirmed("amal@example.org", Some(Language::Ar), "Sara", &meeting("Biblioteket"), "7KQ2-M9XD-4T");
        let (subject, body) = smtp().texts(&letter.unwrap());
        assert_eq!(subject, Localizer::with_files(Language::Ar, FILES).text("mail-booking-confirmed-subject"));
        assert!(body.contains("https://v.example/activities/guides/bookings"), "{body}");
        assert!(body.contains("7KQ2-M9XD-4T") && body.contains("Sara"), "{body}");
        assert!(!body.contains('\u{2068}'), "no isolation marks in plain text");
        for language in Language::all() {
            let letters = [
                Letter::guide_invitation(&model::auth::Email::parse("a@example.org").unwrap(), Some(language), "/x"),
                Letter::new_booking("g@example.org", &meeting("Kafé")),
                Letter::confirmed("a@example.org", Some(language), "Sara", &meeting("Kafé"), "7KQ2-M9XD-4T"),
                Letter::cancelled(
                    "a@example.org",
                    Some(language),
                    "Sara",
                    &meeting("Kafé"),
                    CancelReason::GuideIll,
                    "",
                ),
            ];
            for letter in letters.into_iter().flatten() {
                let (subject, body) = smtp().texts(&letter);
                assert!(!subject.starts_with("mail-") && !body.starts_with("mail-"), "{language:?}: {subject}");
                assert!(!body.contains("guide-topic-") && !body.contains("guide-meeting-"), "{language:?}: {body}");
            }
        }
    }
}
