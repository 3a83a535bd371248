//! "Mine": the codes a newcomer's phone keeps instead of an account. A fritidscheck card,
//! a Sportotek reservation and a guide booking are each known by a code alone, so the
//! phone only has to find codes where people have them (a text message, a mail, a link, a
//! card's QR code, a code read out and typed) and move them to a new phone by a link.
//!
//! Finding codes in free text rests on the codes' check character: a run of letters and
//! digits of a code's length passes it by accident once in 37 times, and the shapes a code
//! is written in (`7KQ2-M9XD-4T`, `7KQ2 M9XD 4T`, `7KQ2M9XD4T`) are rare in ordinary text.
//! What still looks like a code by accident (a phone number of ten digits, three short
//! words) is ruled out by what real codes look like (`looks_like_a_code`).

use std::collections::HashSet;
use std::ops::Range;

use crate::guides::BookingCode;
use crate::voucher::{latin_digit, LoanCode, VoucherCode};

/// The most codes read from one text or one move link: more than anyone holds, few enough
/// for a move link to fit in a QR code.
pub const MAX_CODES: usize = 60;

/// The most characters of a pasted text that are read. A message with codes is far
/// shorter; a longer paste is read only this far, so that any paste costs little.
pub const MAX_TEXT: usize = 4000;

/// The path of "Mine", where the move link leads.
pub const MINE_PATH: &str = "/activities/mine";

/// The pages whose links carry one code in their fragment, and the kind of code it is.
const CODE_PAGES: [(&str, Kind); 3] = [
    ("/activities/voucher", Kind::Voucher),
    ("/activities/sportotek/reservations", Kind::Reservation),
    ("/activities/guides/bookings", Kind::Booking),
];

/// The longest code without dashes: a voucher's 13 characters and its check.
const LONGEST: usize = VoucherCode::DATA_CHARS + 1;

/// A reservation's or a booking's code without dashes: 9 characters and the check.
const SHORT: usize = LoanCode::DATA_CHARS + 1;

/// One code the phone holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Held {
    Voucher(VoucherCode),
    Reservation(LoanCode),
    Booking(BookingCode),
    /// A bare ten-character code from a message: a Sportotek reservation or a guide booking; the page asks both.
    Unsure(LoanCode),
}

impl Held {
    /// The code without dashes, as stored and looked up.
    pub fn text(&self) -> &str {
        match self {
            Held::Voucher(code) => code.as_str(),
            Held::Reservation(code) | Held::Unsure(code) => code.as_str(),
            Held::Booking(code) => code.as_str(),
        }
    }

    fn kind(&self) -> Kind {
        match self {
            Held::Voucher(_) => Kind::Voucher,
            Held::Reservation(_) => Kind::Reservation,
            Held::Booking(_) => Kind::Booking,
            Held::Unsure(_) => Kind::Unsure,
        }
    }
}

/// What a code is for, apart from the code: what a link's path or a move link's letter says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Voucher,
    Reservation,
    Booking,
    Unsure,
}

impl Kind {
    /// The letter before a code in a move link.
    fn letter(self) -> char {
        match self {
            Kind::Voucher => 'v',
            Kind::Reservation => 'r',
            Kind::Booking => 'b',
            Kind::Unsure => 'u',
        }
    }

    /// The kind a move link's letter names, in either case: some QR makers write links in
    /// upper case, which their alphanumeric mode packs tighter.
    fn from_letter(letter: char) -> Option<Kind> {
        [Kind::Voucher, Kind::Reservation, Kind::Booking, Kind::Unsure]
            .into_iter()
            .find(|kind| kind.letter() == letter.to_ascii_lowercase())
    }

    /// `raw` read as a code of this kind by the code's own parser, which forgives case,
    /// dashes, spaces, O and I/L for 0 and 1, and Arabic and Dari digits.
    fn read(self, raw: &str) -> Option<Held> {
        // A code with all its dashes and spaces is far shorter: the parsers need not see more.
        if raw.len() > 64 {
            return None;
        }
        match self {
            Kind::Voucher => VoucherCode::parse(raw).ok().map(Held::Voucher),
            Kind::Reservation => LoanCode::parse(raw).ok().map(Held::Reservation),
            Kind::Booking => BookingCode::parse(raw).ok().map(Held::Booking),
            Kind::Unsure => LoanCode::parse(raw).ok().map(Held::Unsure),
        }
    }
}

/// Every code in `text` as pasted: a whole SMS or mail, a link, several links, or a code typed by hand
/// (grouped with dashes or spaces, lower case, Arabic/Persian digits as on an Arabic keyboard).
/// Links give the kind by their path; a `/activities/mine#add=…` move link gives all its codes; bare codes are found
/// by their shape and check character (a 14-char one is a voucher, a 10-char one is Unsure). In the order found,
/// without repeats (a link and the same bare code once; Unsure dropped when the same code is known with a kind),
/// at most [`MAX_CODES`]. Text over [`MAX_TEXT`] chars is read only up to [`MAX_TEXT`]; no input panics.
///
/// A text that is nothing but one code is read as the code fields read a typed code, O
/// for 0 included: whoever typed it meant a code. In a longer text a code must be written
/// as codes are printed, and a run of digits alone is never taken for one, since a Swedish
/// mobile number has a code's ten characters.
pub fn codes_in(text: &str) -> Vec<Held> {
    let text = first_chars(text, MAX_TEXT);
    let typed = text.trim();
    if let Some(code) = Kind::Voucher.read(typed).or_else(|| Kind::Unsure.read(typed)) {
        return vec![code];
    }
    let links = links_in(text);
    let bare = bare_codes(text, &links);
    let mut found = links.found;
    found.extend(bare);
    // Stable: a move link's codes keep their order at the link's place.
    found.sort_by_key(|(at, _)| *at);
    without_repeats(found.into_iter().map(|(_, held)| held))
}

/// The fragment of the move link: `add=` then codes joined by `.`, each prefixed by its kind letter
/// (`v` voucher, `r` reservation, `b` booking, `u` unsure): e.g. `add=v7KQ2M9XD4TRFHJ.rAB12CD34EF.b...`.
/// Only codes: never a name. A fragment is never sent to the server.
///
/// Repeats are left out, and codes past [`MAX_CODES`], which the other phone would not read.
pub fn move_fragment(held: &[Held]) -> String {
    let codes: Vec<String> =
        without_repeats(held.iter().cloned()).iter().map(|h| format!("{}{}", h.kind().letter(), h.text())).collect();
    format!("add={}", codes.join("."))
}

/// The codes of a move link's fragment (with or without the leading '#', percent-escaped or not); codes
/// that fail their check are skipped, unknown kind letters skipped, at most [`MAX_CODES`].
///
/// The fragment is read only to [`MAX_TEXT`] characters, room for [`MAX_CODES`] codes
/// even with every separator escaped.
pub fn from_move_fragment(fragment: &str) -> Vec<Held> {
    let fragment = percent_decoded(first_chars(fragment, MAX_TEXT).trim());
    let fragment = fragment.strip_prefix('#').unwrap_or(&fragment);
    let Some(codes) = fragment.get(..4).filter(|add| add.eq_ignore_ascii_case("add=")).map(|_| &fragment[4..]) else {
        return Vec::new();
    };
    // Whatever a messenger adds after the codes (`&utm_source=…`) is not a code.
    let codes = codes.split('&').next().unwrap_or_default();
    without_repeats(codes.split('.').filter_map(|tagged| {
        let mut chars = tagged.chars();
        Kind::from_letter(chars.next()?)?.read(chars.as_str())
    }))
}

/// `found` without repeats, at most [`MAX_CODES`]: a code known with its kind makes the
/// same code found bare (and so `Unsure`) superfluous, wherever each was found.
fn without_repeats(found: impl IntoIterator<Item = Held>) -> Vec<Held> {
    let found: Vec<Held> = found.into_iter().collect();
    let known: HashSet<&str> =
        found.iter().filter(|h| matches!(h, Held::Reservation(_) | Held::Booking(_))).map(Held::text).collect();
    let mut seen = HashSet::new();
    found
        .iter()
        .filter(|h| !matches!(h, Held::Unsure(_)) || !known.contains(h.text()))
        .filter(|h| seen.insert(*h))
        .take(MAX_CODES)
        .cloned()
        .collect()
}

/// `text` up to its first `count` characters.
fn first_chars(text: &str, count: usize) -> &str {
    match text.char_indices().nth(count) {
        Some((cut, _)) => &text[..cut],
        None => text,
    }
}

/// What the links of a text say, and where the bare-code search must not look.
#[derive(Default)]
struct Links {
    /// Codes from links, at the byte where each link's word starts.
    found: Vec<(usize, Held)>,
    /// Byte ranges of links, in order: a link's host, path and tracking junk are no codes.
    hidden: Vec<Range<usize>>,
    /// Where a code link's fragment starts that did not read as a code (one written with
    /// plain spaces, cut short by them): a code found bare there has the link's kind.
    hints: Vec<(usize, Kind)>,
}

/// The links in `text`: each whitespace-separated word that holds a link.
fn links_in(text: &str) -> Links {
    let mut links = Links::default();
    for (start, word) in spaced_words(text) {
        let lower = word.to_ascii_lowercase();
        let mut is_link = lower.contains("://") || lower.starts_with("www.");
        let mut hidden_to = word.len();
        for (at, _) in lower.match_indices("/activities/") {
            let Some((page, fragment_at)) = page_at(&lower, at) else { continue };
            is_link = true;
            let fragment = fragment_of(&word[fragment_at..]);
            let Page::Code(kind) = page else {
                links.found.extend(from_move_fragment(fragment).into_iter().map(|held| (start, held)));
                continue;
            };
            if let Some(held) = kind.read(&percent_decoded(fragment)) {
                links.found.push((start, held));
            } else {
                hidden_to = hidden_to.min(fragment_at);
                links.hints.push((start + fragment_at, kind));
            }
        }
        if is_link {
            links.hidden.push(start..start + hidden_to);
        }
    }
    links
}

/// The words of `text` between whitespace, with the byte each starts at.
fn spaced_words(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (true, Some(from)) => {
                words.push((from, &text[from..at]));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    words
}

/// A page whose link carries codes in its fragment.
enum Page {
    /// "Mine", whose move link carries all the codes of a phone.
    Mine,
    /// A page of one code of this kind.
    Code(Kind),
}

/// The page of the path at `at` in a lower-cased word, and the byte its fragment starts
/// at. A query (`?lang=ar`) may come before the fragment; a path that goes on
/// (`/activities/vouchers`) is another page.
fn page_at(lower: &str, at: usize) -> Option<(Page, usize)> {
    let rest = &lower[at..];
    let (path, page) = if rest.starts_with(MINE_PATH) {
        (MINE_PATH, Page::Mine)
    } else {
        CODE_PAGES.iter().find(|(path, _)| rest.starts_with(path)).map(|(path, kind)| (*path, Page::Code(*kind)))?
    };
    let mut after = at + path.len();
    if lower[after..].starts_with('/') {
        after += 1;
    }
    let hash = match lower[after..].chars().next()? {
        '#' => 0,
        '?' => lower[after..].find('#')?,
        _ => return None,
    };
    Some((page, after + hash + 1))
}

/// A link's fragment as written in a message: up to a character no link has (a bracket,
/// a quote, a comma) and without the punctuation that ends a sentence.
fn fragment_of(rest: &str) -> &str {
    let end = rest.find(|c: char| "\"'<>()[]{}|\\^`,*&".contains(c)).unwrap_or(rest.len());
    rest[..end].trim_end_matches(['.', '!', '?', ':', ';'])
}

/// `text` with its `%XX` escapes decoded; an escape that is not one stays as written.
fn percent_decoded(text: &str) -> String {
    let hex = |b: Option<&u8>| b.and_then(|b| char::from(*b).to_digit(16)).and_then(|d| u8::try_from(d).ok());
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%').then(|| Some(hex(bytes.get(i + 1))? * 16 + hex(bytes.get(i + 2))?)).flatten();
        if let Some(byte) = escaped {
            decoded.push(byte);
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// A run of letters and digits in a text, as the bare-code search sees it.
#[derive(Default)]
struct Piece {
    /// The byte it starts at, to keep codes in the order they were written.
    start: usize,
    /// Its characters in upper case with Latin digits, or `None` when one is not a code's
    /// (Crockford's base32 has no I, L, O, U, no å, ä, ö, no Arabic letters) or there are
    /// more than a code has: such a word breaks a code.
    text: Option<String>,
    /// Whether it has lower-case and upper-case letters: see `looks_like_a_code`.
    lower: bool,
    upper: bool,
    /// Followed by one space or dash and another run: perhaps the next group of a code.
    joined: bool,
}

/// Whether `c` (upper case, Latin digits) is one of the 32 characters codes are written in.
fn is_code_char(c: char) -> bool {
    c.is_ascii_digit() || (c.is_ascii_uppercase() && !matches!(c, 'I' | 'L' | 'O' | 'U'))
}

/// The runs of letters and digits in `text` outside its links.
fn pieces(text: &str, hidden: &[Range<usize>]) -> Vec<Piece> {
    let mut hidden = hidden.iter().peekable();
    let chars: Vec<(usize, char)> = text
        .char_indices()
        .map(|(at, c)| {
            while hidden.next_if(|range| range.end <= at).is_some() {}
            // Hidden characters become one that is neither a code's nor a separator.
            let hide = hidden.peek().is_some_and(|range| range.contains(&at));
            (at, if hide { '\u{0}' } else { latin_digit(c) })
        })
        .collect();
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let mut piece = Piece { start: chars[i].0, text: Some(String::new()), ..Piece::default() };
        while let Some(&(_, c)) = chars.get(i).filter(|(_, c)| c.is_alphanumeric()) {
            piece.lower |= c.is_lowercase();
            piece.upper |= c.is_uppercase();
            let c = c.to_ascii_uppercase();
            match piece.text.as_mut() {
                Some(text) if is_code_char(c) && text.len() < LONGEST => text.push(c),
                _ => piece.text = None,
            }
            i += 1;
        }
        piece.joined = matches!(chars.get(i), Some((_, ' ' | '-' | '\u{a0}')))
            && chars.get(i + 1).is_some_and(|(_, c)| c.is_alphanumeric());
        pieces.push(piece);
    }
    pieces
}

/// The codes written bare in `text` outside its links, at the byte each starts at.
fn bare_codes(text: &str, links: &Links) -> Vec<(usize, Held)> {
    let pieces = pieces(text, &links.hidden);
    let mut found = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let Some((held, used)) = code_from(&pieces[i..]) else {
            i += 1;
            continue;
        };
        let start = pieces[i].start;
        let hinted = links.hints.iter().find(|(at, _)| *at == start).map(|(_, kind)| *kind);
        let held = match (&held, hinted) {
            (Held::Unsure(code), Some(kind)) => kind.read(code.as_str()).unwrap_or(held),
            _ => held,
        };
        found.push((start, held));
        i += used;
    }
    found
}

/// The code that starts with the first of `pieces`, and how many pieces it takes: one
/// piece of a code's length, or groups of four and a shorter last group, each joined to
/// the next by one space or dash.
fn code_from(pieces: &[Piece]) -> Option<(Held, usize)> {
    let mut text = String::new();
    let (mut lower, mut upper) = (false, false);
    for (used, piece) in pieces.iter().enumerate() {
        let group = piece.text.as_deref()?;
        text.push_str(group);
        lower |= piece.lower;
        upper |= piece.upper;
        let kind = match text.len() {
            LONGEST => Some(Kind::Voucher),
            SHORT => Some(Kind::Unsure),
            _ => None,
        };
        let held = kind.filter(|_| looks_like_a_code(&text, lower, upper)).and_then(|kind| kind.read(&text));
        if let Some(held) = held {
            return Some((held, used + 1));
        }
        if group.len() != 4 || !piece.joined || text.len() >= LONGEST {
            return None;
        }
    }
    None
}

/// Whether characters that pass the check look like a code printed or typed, rather
/// than a number or words that pass it by accident: not digits alone (a phone or OCR
/// number; a real code is all digits once in a hundred thousand), not words in mixed case
/// (`Tack Vara Ny`), and not lower-case letters without a digit (`tack vara ny`).
fn looks_like_a_code(text: &str, lower: bool, upper: bool) -> bool {
    let digit = text.bytes().any(|b| b.is_ascii_digit());
    let letter = text.bytes().any(|b| b.is_ascii_alphabetic());
    letter && !(lower && upper) && (upper || digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a code has both a digit and a letter, as nearly all have: the tests of free
    /// text use such codes, which no rule against numbers or words could refuse.
    fn digits_and_letters(code: &str) -> bool {
        code.bytes().any(|b| b.is_ascii_digit()) && code.bytes().any(|b| b.is_ascii_alphabetic())
    }

    /// Bytes from a simple deterministic generator, so the tests need no randomness and
    /// their codes differ as much as real ones do.
    fn random_bytes<const N: usize>(seed: u64) -> impl Iterator<Item = [u8; N]> {
        let mut state = seed;
        std::iter::repeat_with(move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut bytes = [0; N];
            for (byte, source) in bytes.iter_mut().zip(state.to_le_bytes().into_iter().cycle()) {
                *byte = source;
            }
            bytes
        })
    }

    /// Distinct reservation codes.
    fn loans(count: usize) -> Vec<LoanCode> {
        random_bytes(0x2545_F491_4F6C_DD1D)
            .filter_map(LoanCode::from_random)
            .filter(|code| digits_and_letters(code.as_str()))
            .take(count)
            .collect()
    }

    fn bookings(count: usize) -> Vec<BookingCode> {
        random_bytes(0x9E37_79B9_7F4A_7C15)
            .filter_map(BookingCode::from_random)
            .filter(|code| digits_and_letters(code.as_str()))
            .take(count)
            .collect()
    }

    fn vouchers(count: usize) -> Vec<VoucherCode> {
        random_bytes(0x1234_5678_9ABC_DEF1)
            .filter_map(VoucherCode::from_random)
            .filter(|code| digits_and_letters(code.as_str()))
            .take(count)
            .collect()
    }

    fn loan() -> LoanCode {
        loans(1).remove(0)
    }

    fn booking() -> BookingCode {
        bookings(1).remove(0)
    }

    fn voucher() -> VoucherCode {
        vouchers(1).remove(0)
    }

    /// One of each kind, several of some.
    fn one_of_each() -> Vec<Held> {
        let mut held: Vec<Held> = vouchers(2).into_iter().map(Held::Voucher).collect();
        held.extend(loans(2).into_iter().map(Held::Reservation));
        held.extend(bookings(2).into_iter().map(Held::Booking));
        held.extend(loans(4).into_iter().skip(2).map(Held::Unsure));
        held
    }

    /// `code` with its Latin digits written from `zero` on (U+0660 Arabic-Indic, U+06F0 Persian).
    fn with_digits_from(code: &str, zero: u32) -> String {
        code.chars().map(|c| c.to_digit(10).map_or(c, |d| char::from_u32(zero + d).unwrap())).collect()
    }

    #[test]
    fn moving_codes_through_a_link_gives_back_the_same_codes_and_kinds() {
        let held = one_of_each();
        let fragment = move_fragment(&held);
        assert!(fragment.starts_with("add="), "{fragment}");
        assert!(
            fragment.chars().all(|c| c.is_ascii_alphanumeric() || c == '=' || c == '.'),
            "nothing a link would escape: {fragment}"
        );
        assert_eq!(from_move_fragment(&fragment), held);
        assert_eq!(from_move_fragment(&format!("#{fragment}")), held, "with its '#'");
        assert_eq!(from_move_fragment(&move_fragment(&[])), Vec::new());
    }

    #[test]
    fn a_move_fragment_names_each_kind_by_its_letter() {
        let (v, r, b) = (voucher(), loan(), booking());
        let fragment = move_fragment(&[
            Held::Voucher(v.clone()),
            Held::Reservation(r.clone()),
            Held::Booking(b.clone()),
            Held::Unsure(loans(2).remove(1)),
        ]);
        let u = loans(2).remove(1);
        assert_eq!(fragment, format!("add=v{}.r{}.b{}.u{}", v.as_str(), r.as_str(), b.as_str(), u.as_str()));
    }

    #[test]
    fn a_move_link_holds_at_most_max_codes() {
        let held: Vec<Held> = loans(200).into_iter().map(Held::Reservation).collect();
        let moved = from_move_fragment(&move_fragment(&held));
        assert_eq!(moved, held[..MAX_CODES]);
        let written = format!("add={}", held.iter().map(|h| format!("r{}", h.text())).collect::<Vec<_>>().join("."));
        assert_eq!(from_move_fragment(&written), held[..MAX_CODES], "a longer link made elsewhere is read as far");
    }

    #[test]
    fn hostile_move_fragments_give_only_the_valid_codes_and_never_panic() {
        let (r, b) = (loan(), booking());
        let mut wrong_check = r.as_str().to_owned();
        let last = wrong_check.pop().unwrap();
        wrong_check.push(if last == '2' { '3' } else { '2' });
        let escaped = format!("%23add%3Dr{}%2Eb{}", r.as_str(), b.as_str());
        for (fragment, expected, why) in [
            (String::new(), 0, "empty"),
            ("#".to_owned(), 0, "a bare '#'"),
            ("add=".to_owned(), 0, "no codes"),
            ("#add=...".to_owned(), 0, "only separators"),
            ("#main".to_owned(), 0, "the skip link"),
            ("garbage".to_owned(), 0, "garbage"),
            ("<script>alert(1)</script>".to_owned(), 0, "markup"),
            (format!("add={}", "x".repeat(10_000)), 0, "ten thousand characters"),
            (format!("add=r{}", "7".repeat(10_000)), 0, "one code ten thousand characters long"),
            ("%".repeat(10_000), 0, "ten thousand percent signs"),
            (format!("add=r{wrong_check}"), 0, "a wrong check character"),
            (format!("add=v{}", r.as_str()), 0, "a reservation's code said to be a voucher's"),
            (format!("add=x{}.r{}", r.as_str(), r.as_str()), 1, "an unknown kind letter"),
            (format!("add={}.b{}", r.as_str(), b.as_str()), 1, "no kind letter"),
            (format!("add=.r{}..", r.as_str()), 1, "empty codes between the dots"),
            (format!("add=r{r}"), 1, "a code grouped with dashes"),
            (escaped, 2, "percent-escaped throughout"),
            (format!("ADD=R{}", r.as_str()), 1, "upper case, as some QR makers write"),
            (format!("add=r{}&utm_source=sms", r.as_str()), 1, "tracking added by a messenger"),
            ("add=%zz%4%".to_owned(), 0, "broken escapes"),
            ("add=r%ff%fe%00".to_owned(), 0, "escapes that are not UTF-8"),
            (format!("add=r{}", "٣".repeat(5000)), 0, "ten thousand bytes of Arabic digits"),
            (format!("view=r{}", r.as_str()), 0, "another fragment"),
        ] {
            let found = from_move_fragment(&fragment);
            assert_eq!(found.len(), expected, "{why}: {found:?}");
        }
    }

    #[test]
    fn a_single_code_is_found_grouped_with_dashes_or_spaces_or_not_at_all() {
        let code = loan();
        let grouped = code.to_string();
        for typed in [grouped.clone(), grouped.replace('-', " "), code.as_str().to_owned(), format!("  {grouped}\n")] {
            assert_eq!(codes_in(&typed), [Held::Unsure(code.clone())], "{typed:?}");
        }
        let card = voucher();
        assert_eq!(codes_in(&card.to_string()), [Held::Voucher(card.clone())]);
        assert_eq!(codes_in(&format!("Koden: {}.", card.to_string().replace('-', " "))), [Held::Voucher(card)]);
    }

    #[test]
    fn a_code_in_lower_case_is_found_alone_and_in_a_message() {
        let code = loan();
        let lower = code.to_string().to_lowercase();
        assert_eq!(codes_in(&lower), [Held::Unsure(code.clone())]);
        assert_eq!(codes_in(&format!("min kod är {lower} tack")), [Held::Unsure(code)]);
    }

    #[test]
    fn a_code_typed_alone_is_forgiven_o_for_zero_as_in_the_code_field() {
        let code = loans(500).into_iter().find(|c| c.as_str().contains('0')).unwrap();
        let typed = code.as_str().replace('0', "o");
        assert_eq!(codes_in(&typed), [Held::Unsure(code)]);
    }

    #[test]
    fn arabic_and_persian_digits_read_as_the_latin_digits_on_the_card() {
        let code = loan();
        for zero in [0x660, 0x6f0] {
            let typed = with_digits_from(&code.to_string(), zero);
            assert_ne!(typed, code.to_string(), "the code has digits to write otherwise");
            assert_eq!(codes_in(&typed), [Held::Unsure(code.clone())], "{typed}");
            let message = format!("رمز الحجز: {typed} شكرا");
            assert_eq!(codes_in(&message), [Held::Unsure(code.clone())], "{message}");
        }
        let card = voucher();
        let typed = with_digits_from(&card.to_string(), 0x6f0);
        assert_eq!(codes_in(&typed), [Held::Voucher(card)]);
    }

    #[test]
    fn each_kind_of_link_gives_its_kind_grouped_with_dashes_or_escaped_spaces() {
        let (v, r, b) = (voucher(), loan(), booking());
        let site = "https://granviken.example";
        for (path, code, expected) in [
            ("/activities/voucher", v.to_string(), Held::Voucher(v.clone())),
            ("/activities/sportotek/reservations", r.to_string(), Held::Reservation(r.clone())),
            ("/activities/guides/bookings", b.to_string(), Held::Booking(b.clone())),
        ] {
            for written in [code.clone(), code.replace('-', ""), code.replace('-', "%20"), code.to_lowercase()] {
                for link in [
                    format!("{site}{path}#{written}"),
                    format!("{site}{path}?lang=ar#{written}"),
                    format!("<{site}{path}#{written}>."),
                    format!("Se här: {site}{path}#{written}!"),
                ] {
                    assert_eq!(codes_in(&link), std::slice::from_ref(&expected), "{link}");
                }
            }
        }
    }

    #[test]
    fn a_link_whose_code_is_written_with_plain_spaces_still_gives_its_kind() {
        let code = booking();
        let link =
            format!("https://granviken.example/activities/guides/bookings#{}", code.to_string().replace('-', " "));
        assert_eq!(codes_in(&link), [Held::Booking(code)]);
    }

    #[test]
    fn links_to_other_pages_or_sites_give_no_code() {
        let code = loan();
        for text in [
            format!("https://example.com/{}", code.as_str()),
            format!("https://example.com/?ref={}", code.as_str()),
            format!("https://granviken.example/activities/vouchers#{code}"),
            format!("www.example.com/{code}"),
            "https://granviken.example/activities/guides/bookings".to_owned(),
            "https://granviken.example/activities/voucher#main".to_owned(),
        ] {
            assert_eq!(codes_in(&text), [], "{text}");
        }
    }

    #[test]
    fn a_whole_swedish_sms_gives_only_its_booking() {
        let code = booking();
        let sms = format!(
            "Hej! Din bokning hos Välkommen Granviken är bekräftad.\n\
             Guide: Amira, tisdag 2026-12-03 kl. 17:00–18:30\n\
             Plats: Biblioteket, Storgatan 12, 123 45 Granviken\n\
             Bokningskod: {code}\n\
             Avboka eller se bokningen: https://granviken.example/activities/guides/bookings#{code}\n\
             Frågor? Ring 0000-123 456 eller svara på detta SMS.\n\
             Mvh Granvikens kommun"
        );
        assert_eq!(codes_in(&sms), [Held::Booking(code)]);
    }

    #[test]
    fn every_printed_code_but_an_all_digit_one_is_found_in_a_message() {
        // Codes of letters alone come too; all digits (once in 100 000) would pass for a phone number.
        let codes = random_bytes(0x0DDB_A11C_AFE5_EED5)
            .filter_map(LoanCode::from_random)
            .filter(|code| !code.as_str().bytes().all(|b| b.is_ascii_digit()))
            .take(300);
        for code in codes {
            let sms = format!("Hej! Din reservation {code} gäller 2026-12-03 kl. 17:00. Ring 0000-123 456.");
            assert_eq!(codes_in(&sms), [Held::Unsure(code)], "{sms}");
        }
    }

    #[test]
    fn an_arabic_sms_gives_only_its_code() {
        let code = loan();
        let sms = format!(
            "مرحبا! تم تأكيد حجزك يوم ٢٠٢٦-١٢-٠٣ الساعة ١٧:٠٠.\nرمز الحجز: {}\nللاستفسار اتصل على ٠٠٠٠-١٢٣ ٤٥٦",
            with_digits_from(&code.to_string(), 0x660)
        );
        assert_eq!(codes_in(&sms), [Held::Unsure(code)]);
    }

    #[test]
    fn messages_with_dates_times_and_phone_numbers_but_no_code_give_nothing() {
        for message in [
            "Hej",
            "Din bokning",
            "Hej! Välkommen till simhallen tisdag 2026-12-03 kl 17:00. Ring 0000-123 456.",
            "Påminnelse: träffen 2026-12-03 17:00-18:30 på Storgatan 12, 123 45 Granviken.",
            "Ring 070-123 45 67 eller 08-123 456 78, öppet 08:00–16:00 mån–fre.",
            "Betala till bankgiro 1234-5678, OCR 1234567890123, senast 2026-12-31.",
            "Personnummer 19900101-1234 behövs inte. Ha en bra dag! /Anna",
            "Your booking is confirmed for Tuesday 3 December at 5 pm. See you then!",
            "ABCD EFGH JK",
            "Meeting ID: 123 4567 8901, passcode 4711.",
        ] {
            assert_eq!(codes_in(message), [], "{message}");
        }
    }

    #[test]
    fn numbers_and_words_that_happen_to_pass_the_check_are_not_taken_for_codes() {
        let phone = (0..10_000_000_u32).map(|n| format!("070{n:07}")).find(|p| LoanCode::parse(p).is_ok()).unwrap();
        assert_eq!(codes_in(&format!("Ring mig på {phone} i kväll.")), [], "{phone}");
        let letters: Vec<char> = "abcdefghjkmnpqrstvwxyz".chars().collect();
        let last = letters
            .iter()
            .flat_map(|x| letters.iter().map(move |y| format!("{x}{y}")))
            .find(|xy| LoanCode::parse(&format!("tackvara{xy}")).is_ok())
            .unwrap();
        for words in [format!("tack vara {last}"), format!("Tack Vara {}", last.to_uppercase())] {
            assert_eq!(codes_in(&format!("Hej, {words} så ses vi.")), [], "{words}");
        }
    }

    #[test]
    fn a_voucher_link_and_two_bare_codes_come_out_in_the_order_written() {
        let card = voucher();
        let [first, second] = <[LoanCode; 2]>::try_from(loans(2)).unwrap();
        let text = format!(
            "Lånet: {first}. Kortet: https://granviken.example/activities/voucher#{card} och guiden: {}",
            second.to_string().to_lowercase()
        );
        assert_eq!(codes_in(&text), [Held::Unsure(first), Held::Voucher(card), Held::Unsure(second)]);
    }

    #[test]
    fn repeats_come_out_once_and_a_bare_code_gives_way_to_its_link() {
        let (r, card) = (loan(), voucher());
        let text = format!(
            "{r} {r} {} https://x.example/activities/voucher#{card} {card} \
             https://x.example/activities/sportotek/reservations#{} {r}",
            r.as_str(),
            r.as_str()
        );
        assert_eq!(codes_in(&text), [Held::Voucher(card), Held::Reservation(r)]);
    }

    #[test]
    fn a_move_link_in_a_message_gives_all_its_codes_in_order() {
        let held = one_of_each();
        let extra = vouchers(3).remove(2);
        let text =
            format!("Mina koder: https://granviken.example{MINE_PATH}#{} och kortet {extra}", move_fragment(&held));
        let mut expected = held.clone();
        expected.push(Held::Voucher(extra));
        assert_eq!(codes_in(&text), expected);
        let escaped = format!("https://granviken.example{MINE_PATH}#{}", move_fragment(&held).replace('=', "%3D"));
        assert_eq!(codes_in(&escaped), held);
    }

    #[test]
    fn a_megabyte_of_text_is_read_only_to_max_text_and_never_panics() {
        let many = loans(400);
        let written: Vec<String> = many.iter().map(ToString::to_string).collect();
        let megabyte = written.join(" ").repeat(300);
        assert!(megabyte.len() > 1_000_000);
        let found = codes_in(&megabyte);
        let expected: Vec<Held> = many[..MAX_CODES].iter().cloned().map(Held::Unsure).collect();
        assert_eq!(found, expected);

        let far = format!("{}{}", "ä".repeat(MAX_TEXT), loan());
        assert_eq!(codes_in(&far), [], "a code past MAX_TEXT characters is not read");
        let same = format!("{} ", loan()).repeat(100_000);
        assert_eq!(codes_in(&same), [Held::Unsure(loan())]);
        for hostile in [
            "٣-%#/activities/voucher#".repeat(50_000),
            "/activities/mine#add=".repeat(50_000),
            "%".repeat(1_000_000),
            "7".repeat(1_000_000),
            "7KQ2-".repeat(200_000),
            "ä".repeat(500_000),
        ] {
            assert!(codes_in(&hostile).len() <= MAX_CODES);
        }
    }

    #[test]
    fn empty_or_blank_text_gives_nothing() {
        for text in ["", " ", "\n\t", "-", "#", "\u{a0}"] {
            assert_eq!(codes_in(text), [], "{text:?}");
        }
    }
}
