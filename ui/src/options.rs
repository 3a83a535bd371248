//! A select's options written as HTML that the browser parses in one go
//! (`<select inner_html=…>`), rather than an element and a reactive text each built by
//! the app: the finder's filters offer about fifty choices, and building them was the
//! longest step of its first drawing (`bench/tasks.sh`). A select whose options follow
//! the language writes them anew, and then its value (`prop:value` after `inner_html`).

use crate::i18n::I18n;

/// `(value, label)` pairs as `<option>`s, each escaped.
pub fn options<'a>(choices: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut html = String::new();
    for (value, label) in choices {
        push_option(&mut html, value, label);
    }
    html
}

/// `(value, message id)` pairs as `<option>`s in the reader's language: written in a
/// view's closure, they follow it.
pub fn translated<'a>(i18n: I18n, choices: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut html = String::new();
    for (value, id) in choices {
        push_option(&mut html, value, &i18n.t(id));
    }
    html
}

/// One option: the loop above is the only code each caller's iterator adds to the wasm.
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
