//! A select's options written as HTML that the browser parses in one go
//! (`<select inner_html=…>`), rather than an element and a reactive text each built by
//! the app: the finder's filters offer about fifty choices, and building them was the
//! longest step of its first drawing (`bench/tasks.sh`). A select whose options follow
//! the language writes them anew, and then its value (`prop:value` after `inner_html`).

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute, encode_text};

/// `(value, label)` pairs as `<option>`s, each escaped.
pub fn options<V: AsRef<str>, L: AsRef<str>>(choices: impl IntoIterator<Item = (V, L)>) -> String {
    let mut html = String::new();
    for (value, label) in choices {
        let _ = write!(
            html,
            r#"<option value="{}">{}</option>"#,
            encode_double_quoted_attribute(value.as_ref()),
            encode_text(label.as_ref())
        );
    }
    html
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
