//! Normalize: cut text into tokens that keep their byte span in the original,
//! and fold each one for matching (diacritics, case, curly quotes, dots).
//!
//! Folding is what makes `Vučić` equal `Vucic`, `China’s` equal `China's` and
//! `U.S.` equal `US`. Hyphens split words into separate tokens (flagged
//! [`Token::hyphen_before`]), so `Kim Jong-Un` and `Kim Jong Un` fold alike.

use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (maybe with digits, inner apostrophes or abbreviation dots).
    Word,
    /// Starts with a digit: `26`, `1,200`, `6.1`, `80th`, `3bn`.
    Number,
    /// One character of punctuation or a symbol.
    Punct,
}

/// A token of the original text.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte span in the original text.
    pub span: Range<usize>,
    /// Whether the token is a word, a number or punctuation.
    pub kind: TokenKind,
    /// The folded form: for words ASCII, lower case, curly quotes
    /// straightened, dots of abbreviations dropped; for numbers the digits
    /// as written, lower case (`1,200`, `80th`); for punctuation the
    /// character, quotes and dashes unified.
    pub folded: String,
    /// Whether the original starts with an upper-case letter.
    pub capitalized: bool,
    /// Whether the original is all upper case (two letters or more).
    pub all_caps: bool,
    /// Whether the original has a capital right after a small letter:
    /// `McG`, `SeaMicro`, not `MPs` or `NGOs`.
    pub inner_capital: bool,
    /// Whether white space separates it from the previous token.
    pub space_before: bool,
    /// Whether a hyphen joins it to the previous token (`Jong-Un`).
    pub hyphen_before: bool,
}

impl Token {
    /// The folded form without a possessive ending (`china's` -> `china`).
    pub fn base(&self) -> &str {
        strip_possessive(&self.folded)
    }

    /// Whether the token ends in a possessive `'s` or `'`.
    pub fn is_possessive(&self) -> bool {
        self.base().len() != self.folded.len()
    }

    /// Whether this is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.folded.starts_with(c) && self.folded.len() == 1
    }

    /// The original text of the token.
    pub fn text<'a>(&self, original: &'a str) -> &'a str {
        original.get(self.span.clone()).unwrap_or("")
    }

    /// The length in bytes of its closing possessive in the original text
    /// (`'s`, `’s`, `'`, `’`), or 0.
    pub fn possessive_len(&self, original: &str) -> usize {
        let text = self.text(original);
        ["'s", "’s", "'", "’"]
            .iter()
            .find(|s| self.is_possessive() && text.ends_with(*s))
            .map_or(0, |s| s.len())
    }
}

/// Removes a trailing possessive `'s` or `'` from a folded word.
pub fn strip_possessive(folded: &str) -> &str {
    folded
        .strip_suffix("'s")
        .or_else(|| folded.strip_suffix('\''))
        .unwrap_or(folded)
}

/// Folds a string for matching: ASCII transliteration, lower case, straight
/// quotes, hyphens and dashes as spaces, dots and other punctuation dropped,
/// white space collapsed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space_owed = false;
    let mut keep = |c: char| {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() || c == '\'' {
            if space_owed && !out.is_empty() {
                out.push(' ');
            }
            space_owed = false;
            out.push(c);
        } else if c.is_ascii_whitespace() || c == '\x0b' || c == '-' || c == '/' {
            space_owed = true;
        }
    };
    for c in text.chars() {
        match c {
            '\0'..'\x7f' => keep(c),
            _ => deunicode::deunicode_char(c)
                .unwrap_or("")
                .chars()
                .for_each(&mut keep),
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Cuts `text` into tokens; spans are offset by `base`. Works on byte
/// offsets with a character of look-around, so a 10 MB line costs no more
/// than its tokens.
pub fn tokens(text: &str, base: usize) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut pos = 0;
    let mut space_before = true;
    let mut hyphen_before = false;
    while let Some(c) = char_at(text, pos) {
        let len = c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            pos += len;
            continue;
        }
        let next = char_at(text, pos + len);
        if is_hyphen(c)
            && !space_before
            && out.last().is_some_and(|t| t.kind != TokenKind::Punct)
            && next.is_some_and(char::is_alphanumeric)
        {
            hyphen_before = true;
            pos += len;
            continue;
        }
        let end = if c.is_alphanumeric() {
            let end = word_end(text, pos);
            pos + currency_letters_glued(&text[pos..end], &text[end..]).unwrap_or(end - pos)
        } else {
            pos + len
        };
        let raw = &text[pos..end];
        out.push(make_token(
            raw,
            base + pos..base + end,
            space_before,
            hyphen_before,
        ));
        space_before = false;
        hyphen_before = false;
        pos = end;
    }
    out
}

/// The length of a currency's letters glued to the figure after them in
/// `word` ("KSh95", "Rp5", "R54 million", "R5m"), if it is so written: they
/// are a token of their own, and the figure another. Letters of other uses
/// too ("R54" is a road, "R1" a motorcycle) only before a scale, glued or
/// after a space (`rest` is the text after the word), or a thousands
/// separator ("R1,200").
fn currency_letters_glued(word: &str, rest: &str) -> Option<usize> {
    use crate::extract::words::{
        CURRENCY_LETTERS, CURRENCY_LETTERS_OF_OTHER_USES, figure_of_money,
    };
    let letters = word.find(|c: char| c.is_ascii_digit())?;
    let written = &word[..letters];
    if letters == 0 || !CURRENCY_LETTERS.iter().any(|(w, _)| *w == written) {
        return None;
    }
    if !CURRENCY_LETTERS_OF_OTHER_USES.contains(&written) {
        return Some(letters);
    }
    // The figure as its token will be ("54", "5m", "2.3bn", "1,200"), and
    // the word after it.
    let tail: String = word[letters..]
        .chars()
        .chain(rest.chars().take(40))
        .collect();
    let separator = |i: usize, c: char| {
        matches!(c, '.' | ',') && tail[i + 1..].starts_with(|d: char| d.is_ascii_digit())
    };
    let figure_end = (tail.char_indices())
        .find(|&(i, c)| !(c.is_alphanumeric() || separator(i, c)))
        .map_or(tail.len(), |(i, _)| i);
    let (figure, after) = tail.split_at(figure_end);
    let next_word = (after.strip_prefix(' ').unwrap_or(""))
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    figure_of_money(figure, next_word).then_some(letters)
}

/// The character starting at byte `at`, if any.
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        ascii @ 0..0x80 => Some(ascii as char),
        _ => text.get(at..)?.chars().next(),
    }
}

/// The character ending at byte `at`, if any.
fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

/// Byte offset just past the word starting at `start`.
fn word_end(text: &str, start: usize) -> usize {
    let starts_with_digit = char_at(text, start).is_some_and(|c| c.is_ascii_digit());
    let mut i = start + char_at(text, start).map_or(1, char::len_utf8);
    while let Some(c) = char_at(text, i) {
        let after = i + c.len_utf8();
        if c.is_alphanumeric() {
            i = after;
            continue;
        }
        let next = char_at(text, after);
        let inner_apostrophe =
            is_apostrophe(c) && next.is_some_and(char::is_alphabetic) && !starts_with_digit;
        let number_separator = (c == '.' || c == ',')
            && starts_with_digit
            && char_before(text, i).is_some_and(|p| p.is_ascii_digit())
            && next.is_some_and(|n| n.is_ascii_digit())
            && (c == '.' || thousands_group(text, after));
        let abbreviation = c == '.' && is_abbreviation_dot(text, i);
        if inner_apostrophe || number_separator || abbreviation {
            i = after;
        } else if c == ',' && starts_with_digit && broken_thousands(text, start, after) {
            i = after + 1; // over the space of "2, 000ft"
        } else {
            break;
        }
    }
    i
}

/// Whether a comma at `after - 1`, in a number starting at `start`, is a
/// thousands separator that text extraction broke with a space: `2, 000ft`,
/// `£910, 000 worth`. Only three zeros after it count (nobody writes a
/// figure of "000", while `1, 500` may be a list), after a group of one to
/// three digits.
fn broken_thousands(text: &str, start: usize, after: usize) -> bool {
    // The group before the comma, past a space an earlier mend skipped.
    let group = text[start..after - 1]
        .rsplit(',')
        .next()
        .unwrap_or_default()
        .trim_start_matches(' ');
    let rest = &text.as_bytes()[after..];
    (1..=3).contains(&group.len())
        && group.bytes().all(|b| b.is_ascii_digit())
        && rest.starts_with(b" 000")
        && !rest.get(4).is_some_and(u8::is_ascii_digit)
}

/// Whether exactly three digits follow a comma (`1,200` but not `1,20`).
fn thousands_group(text: &str, from: usize) -> bool {
    let digits = text.as_bytes()[from..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    digits == 3
}

/// Dots inside single-letter abbreviations: `U.S.`, `U.N.`, `a.m.`, `J.R.R.`.
fn is_abbreviation_dot(text: &str, dot: usize) -> bool {
    let before = char_before(text, dot);
    let before_that = before.and_then(|b| char_before(text, dot - b.len_utf8()));
    let single_letter_before = before.is_some_and(char::is_alphabetic)
        && before_that.is_none_or(|c| c == '.' || !c.is_alphanumeric());
    if !single_letter_before {
        return false;
    }
    let after = char_at(text, dot + 1);
    let after_that = after.and_then(|a| char_at(text, dot + 1 + a.len_utf8()));
    let letter_after = after.is_some_and(char::is_alphabetic)
        && after_that.is_none_or(|c| c == '.' || !c.is_alphanumeric());
    let closes_abbreviation = before_that == Some('.');
    letter_after || closes_abbreviation
}

fn make_token(raw: &str, span: Range<usize>, space_before: bool, hyphen_before: bool) -> Token {
    let first = raw.chars().next().unwrap_or(' ');
    let kind = if first.is_ascii_digit() {
        TokenKind::Number
    } else if first.is_alphanumeric() {
        TokenKind::Word
    } else {
        TokenKind::Punct
    };
    let folded = match kind {
        TokenKind::Punct => fold_punct(first).to_string(),
        TokenKind::Number if raw.is_ascii() => ascii_lowercase_without(raw, b' '),
        TokenKind::Number => raw.replace(' ', "").to_lowercase(),
        TokenKind::Word => fold_word(raw),
    };
    // One pass for the letters' cases: how many, whether any is small, and
    // whether a capital follows a small letter.
    let (mut letters, mut any_small, mut inner_capital, mut after_small) = (0, false, false, false);
    for c in raw.chars() {
        letters += usize::from(c.is_alphabetic());
        let small = c.is_lowercase();
        inner_capital |= after_small && c.is_uppercase();
        any_small |= small;
        after_small = small;
    }
    Token {
        span,
        kind,
        capitalized: first.is_uppercase(),
        all_caps: letters >= 2 && !any_small,
        inner_capital,
        folded,
        space_before,
        hyphen_before,
    }
}

fn fold_word(raw: &str) -> String {
    if raw.is_ascii() {
        return ascii_lowercase_without(raw, b'.');
    }
    deunicode::deunicode(raw)
        .chars()
        .filter(|&c| c != '.')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// ASCII `raw` in lower case, without the character `dropped`.
fn ascii_lowercase_without(raw: &str, dropped: u8) -> String {
    let kept = raw.bytes().filter(|&b| b != dropped);
    kept.map(|b| b.to_ascii_lowercase() as char).collect()
}

/// Straightens quotes and unifies dashes so punctuation compares alike.
fn fold_punct(c: char) -> char {
    match c {
        '“' | '”' | '„' | '«' | '»' | '″' => '"',
        '‘' | '’' | '‚' | '′' => '\'',
        '–' | '—' | '―' | '‒' | '−' => '-',
        '…' => '.',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        tokens(text, 0)
            .iter()
            .map(|t| t.text(text).to_string())
            .collect()
    }

    #[test]
    fn cuts_a_currency_s_letters_off_its_figure() {
        assert_eq!(texts("R54 million"), ["R", "54", "million"]);
        assert_eq!(texts("KSh1,200"), ["KSh", "1,200"]);
        assert!(!tokens("Sh59m", 0)[1].space_before);
        // Other letters glued to digits are a name: a road, a plane; so
        // are letters of other uses with a figure not of money.
        assert_eq!(
            texts("the M25 and an A380"),
            ["the", "M25", "and", "an", "A380"]
        );
        assert_eq!(texts("the R54 road"), ["the", "R54", "road"]);
        assert_eq!(texts("R5m"), ["R", "5m"]);
        assert_eq!(texts("R2.3bn"), ["R", "2.3bn"]);
        assert_eq!(texts("R1,200."), ["R", "1,200", "."]);
    }

    #[test]
    fn keeps_numbers_abbreviations_and_possessives_whole() {
        assert_eq!(
            texts("The U.S. sent 1,200 troops, 6.1 each; China’s aid."),
            [
                "The",
                "U.S.",
                "sent",
                "1,200",
                "troops",
                ",",
                "6.1",
                "each",
                ";",
                "China’s",
                "aid",
                "."
            ]
        );
        assert_eq!(texts("at 9 a.m. today"), ["at", "9", "a.m.", "today"]);
        assert_eq!(texts("in 2019."), ["in", "2019", "."]);
        assert_eq!(
            texts("1,20 and 3,4567"),
            ["1", ",", "20", "and", "3", ",", "4567"]
        );
        // A thousands separator broken by a space is mended, a list is not.
        let broken = tokens("fell 2, 000ft, cost £1, 000, 000 in 2012, 000 was", 0);
        let folded: Vec<&str> = broken.iter().map(|t| t.folded.as_str()).collect();
        assert_eq!(
            folded,
            [
                "fell",
                "2,000ft",
                ",",
                "cost",
                "£",
                "1,000,000",
                "in",
                "2012",
                ",",
                "000",
                "was"
            ]
        );
        assert_eq!(
            texts("rooms 1, 500 and 2, 0001"),
            ["rooms", "1", ",", "500", "and", "2", ",", "0001"]
        );
    }

    #[test]
    fn hyphens_split_but_are_remembered() {
        let toks = tokens("Kim Jong-Un, 90-day — next", 0);
        let words: Vec<&str> = toks.iter().map(|t| t.folded.as_str()).collect();
        assert_eq!(words, ["kim", "jong", "un", ",", "90", "day", "-", "next"]);
        assert!(toks[2].hyphen_before && !toks[1].hyphen_before);
        assert!(toks[5].hyphen_before);
        assert!(!toks[6].hyphen_before, "a spaced dash is punctuation");
    }

    #[test]
    fn folds_diacritics_case_quotes_and_dots() {
        let toks = tokens("Vučić’s U.S. “Victory”", 0);
        assert_eq!(toks[0].folded, "vucic's");
        assert_eq!(toks[0].base(), "vucic");
        assert!(toks[0].is_possessive() && toks[0].capitalized);
        assert_eq!(toks[1].folded, "us");
        assert!(toks[1].all_caps);
        assert!(toks[2].is_punct('"'));
        assert_eq!(fold("Kim Jong-Un"), fold("kim  jong un"));
        assert_eq!(fold("Vučić"), "vucic");
    }

    #[test]
    fn folds_white_space_alike_before_and_after_other_scripts() {
        // Tabs and line breaks part words wherever they stand, also after a
        // letter that is transliterated.
        assert_eq!(fold("Vučić\tsaid\r\n"), "vucic said");
        assert_eq!(fold(" \t“Mr\u{a0}Vučić” – 12 "), "mr vucic 12");
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "é “x” 12";
        for t in tokens(text, 10) {
            let local = t.span.start - 10..t.span.end - 10;
            assert!(text.get(local).is_some());
        }
    }
}
