//! Text folding for search: the same words match however they are typed on a phone,
//! with or without å, ä, ö, Arabic vowel marks or Persian letter forms.

/// Lower-cases and folds `text` so that variants a reader may type compare equal;
/// everything that is not a letter or digit becomes a single space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        match fold_char(c) {
            Some(folded) if folded.is_alphanumeric() => {
                out.push(folded);
                last_space = false;
            }
            Some(_) if !last_space => {
                out.push(' ');
                last_space = true;
            }
            _ => {}
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// `None` drops the character (vowel marks, joiners); `Some` maps it.
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'å' | 'ä' | 'à' | 'á' | 'â' => 'a',
        'ö' | 'ø' | 'ó' | 'ô' => 'o',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'ü' | 'ú' => 'u',
        'í' | 'ï' => 'i',
        'ё' => 'е',
        // Arabic and Persian: vowel marks, tatweel and joiners are not typed on phones.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}' => return None,
        'آ' | 'أ' | 'إ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ئ' => 'ي',
        'ک' => 'ك',
        'ة' => 'ه',
        'ؤ' => 'و',
        '\u{0660}'..='\u{0669}' => digit(c, 0x0660),
        '\u{06F0}'..='\u{06F9}' => digit(c, 0x06F0),
        other => other,
    })
}

fn digit(c: char, zero: u32) -> char {
    char::from_digit(u32::from(c) - zero, 10).expect("a decimal digit")
}

/// The text of an HTML fragment without its tags, for searching rendered articles.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_letters_fold_so_a_word_typed_without_them_matches() {
        assert_eq!(fold("Försäkringskassan"), "forsakringskassan");
        assert_eq!(fold("VÅRDCENTRAL"), "vardcentral");
    }

    #[test]
    fn arabic_vowel_marks_and_letter_variants_fold_away() {
        assert_eq!(fold("مُسْتَشْفَى"), fold("مستشفي"));
        assert_eq!(fold("إسعاف"), fold("اسعاف"));
    }

    #[test]
    fn persian_letter_forms_match_their_arabic_twins() {
        assert_eq!(fold("کلینیک"), fold("كلينيك"));
    }

    #[test]
    fn eastern_digits_become_latin_so_numbers_match() {
        assert_eq!(fold("١١٧٧"), "1177");
        assert_eq!(fold("۱۱۷۷"), "1177");
    }

    #[test]
    fn punctuation_becomes_single_spaces() {
        assert_eq!(fold("  Hej,  du! (1177) "), "hej du 1177");
    }

    #[test]
    fn tags_are_stripped_and_entities_decoded() {
        assert_eq!(
            strip_tags("<p>Ring <a href=\"tel:112\">112</a> &amp; vänta</p>").split_whitespace().collect::<Vec<_>>(),
            ["Ring", "112", "&", "vänta"]
        );
    }
}
