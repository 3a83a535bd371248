//! Article bodies: Markdown written by staff, rendered once on the server to HTML that is
//! safe to insert into the page. Phone numbers become tap-to-call links and `map:`
//! addresses open the phone's map app.

use std::{collections::HashSet, sync::LazyLock};

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use regex::Regex;

/// Swedish phone numbers written as text: area code and number (`0980-319 210`,
/// `08-123 45 67`, `070 123 45 67`) and the national service numbers.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:0\d{1,3}[- ]?\d{2,3}(?:[ ]?\d{2,3}){1,2}|112|1177|114 14|113 13)\b").expect("valid regex")
});

/// `map:` and `tel:` destinations are written as people write addresses and numbers,
/// with spaces, which Markdown allows only inside `<…>`.
static SPACED_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\]\(((?:map|tel):[^)<>\n]*)\)").expect("valid regex"));

/// Renders `markdown` to sanitised HTML.
pub fn render(markdown: &str) -> String {
    let markdown = SPACED_LINK.replace_all(markdown, "](<$1>)");
    let mut events = Vec::new();
    let mut in_link = false;
    let mut tel_link = false;
    for event in Parser::new_ext(&markdown, Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                in_link = true;
                let dest_url = rewrite_link(&dest_url);
                tel_link = dest_url.starts_with("tel:");
                events.push(Event::Start(Tag::Link { link_type, dest_url: dest_url.into(), title, id }));
                if tel_link {
                    events.push(Event::InlineHtml("<bdi dir=\"ltr\">".into()));
                }
            }
            Event::End(TagEnd::Link) => {
                if tel_link {
                    events.push(Event::InlineHtml("</bdi>".into()));
                }
                in_link = false;
                tel_link = false;
                events.push(Event::End(TagEnd::Link));
            }
            Event::Text(text) if !in_link => link_phone_numbers(text, &mut events),
            // Raw HTML from an author is shown as text, never interpreted.
            Event::Html(html) | Event::InlineHtml(html) => events.push(Event::Text(html)),
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    sanitize(&html)
}

fn rewrite_link(dest: &str) -> String {
    if let Some(address) = dest.strip_prefix("map:") {
        // `geo:0,0?q=` opens the map app on Android and lets the phone search the address.
        format!("geo:0,0?q={}", url::form_urlencoded::byte_serialize(address.trim().as_bytes()).collect::<String>())
    } else if let Some(number) = dest.strip_prefix("tel:") {
        format!("tel:{}", number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>())
    } else {
        dest.to_owned()
    }
}

fn link_phone_numbers<'a>(text: CowStr<'a>, events: &mut Vec<Event<'a>>) {
    let mut rest = 0;
    for found in PHONE.find_iter(&text) {
        if found.start() > rest {
            events.push(Event::Text(text[rest..found.start()].to_owned().into()));
        }
        let number = found.as_str();
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let dest = match digits.strip_prefix('0') {
            Some(national) => format!("tel:+46{national}"),
            None => format!("tel:{digits}"),
        };
        events.push(Event::Start(Tag::Link {
            link_type: LinkType::Inline,
            dest_url: dest.into(),
            title: "".into(),
            id: "".into(),
        }));
        events.push(Event::InlineHtml("<bdi dir=\"ltr\">".into()));
        events.push(Event::Text(number.to_owned().into()));
        events.push(Event::InlineHtml("</bdi>".into()));
        events.push(Event::End(TagEnd::Link));
        rest = found.end();
    }
    if rest == 0 {
        events.push(Event::Text(text));
    } else if rest < text.len() {
        events.push(Event::Text(text[rest..].to_owned().into()));
    }
}

fn sanitize(html: &str) -> String {
    ammonia::Builder::default()
        .url_schemes(HashSet::from(["https", "http", "mailto", "tel", "geo"]))
        .add_tags(["bdi"])
        .add_tag_attributes("bdi", ["dir"])
        .link_rel(Some("noopener noreferrer"))
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn tel_links_keep_only_digits_and_stay_left_to_right() {
        let html = render("Ring [0980-319 210](tel:+46 980 319 210).");
        assert!(
            html.contains(
                r#"<a href="tel:+46980319210" rel="noopener noreferrer"><bdi dir="ltr">0980-319 210</bdi></a>"#
            ),
            "{html}"
        );
    }

    #[test]
    fn phone_numbers_in_plain_text_become_links() {
        let html = render("Ring 1177 eller 0980-319 200 på dagtid, vid fara 112.");
        assert!(html.contains(r#"href="tel:1177""#), "{html}");
        assert!(html.contains(r#"href="tel:+46980319200""#), "{html}");
        assert!(html.contains(r#"href="tel:112""#), "{html}");
    }

    #[test]
    fn years_and_postcodes_are_not_taken_for_phone_numbers() {
        let html = render("Sedan 2024 bor vi på Torget 1, 799 90 Granviken.");
        assert!(!html.contains("tel:"), "{html}");
    }

    #[test]
    fn map_links_open_the_map_app_with_the_address() {
        let html = render("[Vårdvägen 2](map:Vårdvägen 2, 799 90 Granviken)");
        assert!(html.contains(r#"href="geo:0,0?q=V%C3%A5rdv%C3%A4gen+2%2C+799+90+Granviken""#), "{html}");
    }

    #[test]
    fn scripts_raw_html_and_javascript_links_are_removed() {
        let html = render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn headings_lists_and_emphasis_survive() {
        let html = render("## Steg\n\n- **Ett**\n- *Två*");
        assert!(
            html.contains("<h2>Steg</h2>") && html.contains("<strong>Ett</strong>") && html.contains("<em>Två</em>"),
            "{html}"
        );
    }
}
