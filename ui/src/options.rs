//! A select's options written as HTML that the browser parses in one go
//! (`<select inner_html=…>`), rather than an element and a reactive text each built by
//! the app: the finder's filters offer about fifty choices, and building them was the
//! longest step of its first drawing (`bench/tasks.sh`). A select whose options follow
//! the language writes them anew, and then its value: `prop:value` after `inner_html`,
//! read through [`value`].

use crate::i18n::I18n;

/// `(value, label)` pairs as `<option>`s, each escaped.
pub fn options<'a>(choices: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut html = String::new();
    for (value, label) in choices {
        push_option(&mut html, value, label);
    }
    html
}

/// The "any" choice (message `any`, the empty value) when there is one, then `(value,
/// message id)` pairs, as `<option>`s in the reader's language: written in a view's
/// closure, they follow it.
pub fn translated(i18n: I18n, any: Option<&str>, choices: &[(&str, String)]) -> String {
    let mut html = String::new();
    if let Some(any) = any {
        push_option(&mut html, "", &i18n.t(any));
    }
    for (value, id) in choices {
        push_option(&mut html, value, &i18n.t(id));
    }
    html
}

/// The "any" choice (message `any`), then the ages 0 to 18.
pub fn ages(i18n: I18n, any: &str) -> String {
    let mut html = String::new();
    push_option(&mut html, "", &i18n.t(any));
    for age in 0..=18_u8 {
        let age = age.to_string();
        push_option(&mut html, &age, &age);
    }
    html
}

/// A select's value for `prop:value`, set again after its options are written anew in a
/// new language (the select would show its first option otherwise).
pub fn value(i18n: I18n, read: impl Fn() -> String + Send + Sync + 'static) -> impl Fn() -> String + Send + Sync {
    move || {
        i18n.language();
        read()
    }
}

/// One option: the loops above are the only code each caller adds to the wasm.
fn push_option(html: &mut String, value: &str, label: &str) {
    html.push_str(r#"<option value=""#);
    push_escaped(html, value);
    html.push_str(r#"">"#);
    push_escaped(html, label);
    html.push_str("</option>");
}

/// `text` safe in an element's text and in a double-quoted attribute. Written here rather
/// than taken from `html-escape` (already in the bundle through Leptos, but not these of
/// its functions): they added 0.7–1.0 KB of brotli to bundles with a 1 KB margin.
fn push_escaped(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            c => html.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::options;

    #[test]
    fn values_and_labels_are_escaped() {
        let html = options([("", "Alla"), (r#"a"b"#, "<x> & y")]);
        assert_eq!(html, r#"<option value="">Alla</option><option value="a&quot;b">&lt;x&gt; &amp; y</option>"#);
    }
}
