//! Article search, shared so the server answers online and the client answers offline
//! over what it has read, with the same results.

use crate::text::fold;

/// A document prepared for searching: every field already folded with [`fold`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    pub title: String,
    pub summary: String,
    pub body: String,
}

impl Folded {
    pub fn new(title: &str, summary: &str, body: &str) -> Folded {
        Folded { title: fold(title), summary: fold(summary), body: fold(body) }
    }

    /// The three fields as one text, a field a line, as the server keeps them in its
    /// database (folding leaves no line breaks): a query's terms are looked for in it
    /// there, and [`score_stored`] scores it.
    pub fn stored(&self) -> String {
        [self.title.as_str(), &self.summary, &self.body].join("\n")
    }
}

/// The folded words of a query, at most eight of them.
pub fn terms(query: &str) -> Vec<String> {
    fold(query).split(' ').filter(|t| !t.is_empty()).take(8).map(|t| strip_article(t).to_owned()).collect()
}

/// Arabic writes "the" as a prefix: «الطوارئ» must find «طوارئ». Since terms match
/// inside words, dropping the prefix from the query finds both forms.
fn strip_article(term: &str) -> &str {
    for prefix in ["وال", "بال", "فال", "كال", "ال", "لل"] {
        if let Some(rest) = term.strip_prefix(prefix) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    term
}

/// How well `doc` matches: `None` unless every term occurs in it (as a word or a part of
/// one, so "forsakring" finds "Försäkringskassan"). Titles weigh most, bodies least.
pub fn score(terms: &[String], doc: &Folded) -> Option<u32> {
    score_fields(terms, [&doc.title, &doc.summary, &doc.body])
}

/// [`score`] of a document as [`Folded::stored`] wrote it.
pub fn score_stored(terms: &[String], stored: &str) -> Option<u32> {
    let mut fields = stored.splitn(3, '\n');
    let mut next = || fields.next().unwrap_or_default();
    score_fields(terms, [next(), next(), next()])
}

fn score_fields(terms: &[String], [title, summary, body]: [&str; 3]) -> Option<u32> {
    if terms.is_empty() {
        return None;
    }
    let mut total = 0;
    for term in terms {
        let mut found = 0;
        if title.contains(term.as_str()) {
            found += 8;
        }
        if summary.contains(term.as_str()) {
            found += 3;
        }
        if body.contains(term.as_str()) {
            found += 1;
        }
        if found == 0 {
            return None;
        }
        total += found;
    }
    Some(total)
}

/// Indices of the matching documents, best first; ties keep the documents' order.
pub fn rank(terms: &[String], docs: &[Folded]) -> Vec<usize> {
    let mut hits: Vec<(usize, u32)> =
        docs.iter().enumerate().filter_map(|(i, doc)| score(terms, doc).map(|s| (i, s))).collect();
    hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    hits.into_iter().map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Vec<Folded> {
        vec![
            Folded::new("Bankkonto och BankID", "Öppna ett konto", "Ta med ditt id-kort till banken."),
            Folded::new("Försäkringskassan", "Barnbidrag och föräldrapenning", "Ansök hos Försäkringskassan."),
            Folded::new("Vårdcentralen och 1177", "Ring 1177 för råd", "Vid fara, ring 112."),
        ]
    }

    #[test]
    fn a_word_typed_without_swedish_letters_finds_the_article() {
        assert_eq!(rank(&terms("forsakringskassan"), &docs()), vec![1]);
    }

    #[test]
    fn every_term_must_match() {
        assert_eq!(rank(&terms("ring 112"), &docs()), vec![2]);
        assert!(rank(&terms("ring bank"), &docs()).is_empty());
    }

    #[test]
    fn a_title_match_ranks_above_a_body_match() {
        let docs = vec![Folded::new("Skola", "", "Om banken"), Folded::new("Banken", "", "")];
        assert_eq!(rank(&terms("bank"), &docs), vec![1, 0]);
    }

    #[test]
    fn an_arabic_word_with_the_definite_article_finds_the_bare_word() {
        let docs = vec![Folded::new("حالة طوارئ", "", ""), Folded::new("البنك", "", "")];
        assert_eq!(rank(&terms("الطوارئ"), &docs), vec![0]);
        assert_eq!(rank(&terms("بنك"), &docs), vec![1]);
        assert_eq!(terms("الم"), vec!["الم"], "a short word is left alone");
    }

    #[test]
    fn a_stored_document_scores_as_its_fields_do() {
        for doc in docs() {
            assert_eq!(doc.stored().lines().count(), 3, "{doc:?}");
            for query in ["forsakringskassan", "ring 112", "ring", "1177", "konto", "bank", "nothing"] {
                let terms = terms(query);
                assert_eq!(score_stored(&terms, &doc.stored()), score(&terms, &doc), "{query} in {doc:?}");
            }
        }
        // Each line weighs as its field: a word of the summary counts 3, not a title's 8.
        let doc = Folded::new("Skola", "Bank", "");
        assert_eq!(score_stored(&terms("bank"), &doc.stored()), Some(3));
        assert_eq!(score_stored(&terms("bank"), ""), None, "an empty text finds nothing");
    }

    #[test]
    fn an_empty_or_punctuation_only_query_matches_nothing() {
        assert!(rank(&terms(""), &docs()).is_empty());
        assert!(rank(&terms("?!"), &docs()).is_empty());
    }
}
