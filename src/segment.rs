//! Segment: a document's text -> claims (its sentences). A claim's tokens
//! are handed to a visitor as it is read, and read again from its line by
//! [`reread`] when extraction needs them: on a large input, keeping every
//! token of every claim would take more memory than all the rest.
//!
//! Sentence boundaries survive abbreviations (`U.S.`, `Gen.`, `Sept. 3`,
//! `No. 3`), initials, decimals, quotes and ellipses. Lines that are headings
//! (`Why this matters:`), datelines, bylines, all-capital metadata or page
//! residue (`0 Comments`, `Share this article`) are not claims. A headline
//! (a short line with words but no final stop) is kept: it states facts.

use std::ops::Range;

use crate::extract::words::{self, WordSet};
use crate::input::{Document, SourceId};
use crate::normalize::{self, Token, TokenKind};

/// Identifies a claim: its source and its position among that source's claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimId {
    /// The source the claim comes from.
    pub source: SourceId,
    /// 0-based position of the claim among its source's claims, in text order.
    pub index: usize,
}

/// A sentence of a source: the unit that is aligned across sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The claim's source and position.
    pub id: ClaimId,
    /// Byte span in the source's original text.
    pub span: Range<usize>,
    /// A headline: a line without a final stop. Its facts count, but it is
    /// never reported as a claim of its own (the body restates it).
    pub headline: bool,
}

impl Claim {
    /// The claim's text, from its source's original text.
    pub fn text<'a>(&self, original: &'a str) -> &'a str {
        original.get(self.span.clone()).unwrap_or("")
    }
}

/// Words that start a new sentence even after an abbreviation (`the U.S. The`).
static SENTENCE_STARTERS: WordSet = WordSet::new(&[
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "in",
    "on",
    "at",
    "but",
    "and",
    "a",
    "an",
    "his",
    "her",
    "their",
    "there",
    "however",
    "meanwhile",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "according",
    "officials",
]);

/// First words of page residue that is never a claim.
static BOILERPLATE: WordSet = WordSet::new(&[
    "advertisement",
    "share",
    "comments",
    "comment",
    "subscribe",
    "click",
    "follow",
    "copyright",
    "related",
    "tags",
    "print",
    "email",
    "published",
    "updated",
    "posted",
    "photo",
    "image",
    "video",
    "watch",
    "listen",
    "read",
    "sign",
    "login",
    "log",
    "menu",
    "home",
    "skip",
]);

/// Splits a document into claims, numbered from 0.
pub fn claims(doc: &Document) -> Vec<Claim> {
    read(doc, |_| {})
}

/// Splits a document into claims, numbered from 0, and shows `visit` the
/// tokens of each, in order.
pub fn read(doc: &Document, mut visit: impl FnMut(&[Token])) -> Vec<Claim> {
    read_owned(doc, |tokens| visit(&tokens))
}

/// As [`read`], handing `visit` the tokens of each claim to keep.
pub fn read_owned(doc: &Document, mut visit: impl FnMut(Vec<Token>)) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in doc.original.split_inclusive('\n') {
        let line_tokens = normalize::tokens(line, offset);
        offset += line.len();
        let Some(headline) = claim_line(&line_tokens, &doc.original) else {
            continue;
        };
        let ranges: Vec<Range<usize>> = sentence_ranges(&line_tokens, &doc.original)
            .into_iter()
            .flat_map(|range| within_limit(&line_tokens, range))
            .collect();
        // A headline is one short sentence, or written in Title Case
        // ("Lohan Checks Out Of Rehab... To Check Into Different Rehab
        // Centre"), or cut by ellipses alone ("Jellyfish 'attack' on east
        // coast... Reactors 3 and 4 halted, 5 beaches closed"); a paragraph
        // that only lacks its final stop is body text.
        let cut_by_ellipses = ranges.len() > 1
            && ranges[..ranges.len() - 1].iter().all(|range| {
                let end = line_tokens[range.end - 1].span.end;
                let before = &doc.original[..end];
                before.ends_with("...") || before.ends_with('…')
            });
        let headline = headline
            && (ranges.len() == 1
                || cut_by_ellipses
                || crate::extract::is_title_case(&line_tokens));
        // Move the tokens into their claims rather than copy them.
        let mut rest = line_tokens.into_iter();
        for range in ranges {
            let tokens: Vec<Token> = rest.by_ref().take(range.len()).collect();
            let words = tokens.iter().filter(|t| t.kind != TokenKind::Punct).count();
            if words < 3 {
                continue;
            }
            let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
                continue;
            };
            let span = first.span.start..last.span.end;
            let claim = Claim {
                id: ClaimId {
                    source: doc.id,
                    index: out.len(),
                },
                span,
                headline,
            };
            visit(tokens);
            out.push(claim);
        }
    }
    out
}

/// Shows `visit` the tokens of each of `claims` (read from `original`, in
/// text order), as [`read`] saw them: each claim's line is tokenized again.
pub fn reread(original: &str, claims: &[Claim], mut visit: impl FnMut(&[Token])) {
    let mut line = 0..0;
    let mut tokens: Vec<Token> = Vec::new();
    for claim in claims {
        if claim.span.start >= line.end {
            // Lines are found forward from the last, so the text is
            // scanned once however many claims a line holds.
            let mut start = line.end;
            let mut end = line_end(original, start);
            while end <= claim.span.start && end < original.len() {
                start = end;
                end = line_end(original, start);
            }
            line = start..end;
            tokens = normalize::tokens(&original[line.clone()], start);
        }
        let from = tokens.partition_point(|t| t.span.start < claim.span.start);
        let to = tokens.partition_point(|t| t.span.end <= claim.span.end);
        visit(&tokens[from..to.max(from)]);
    }
}

/// Byte offset just past the line starting at `start` (its newline
/// included), or the end of the text.
fn line_end(text: &str, start: usize) -> usize {
    text.as_bytes()[start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |at| start + at + 1)
}

/// Whether a line holds claims (`Some(false)`), is a headline
/// (`Some(true)`), or is a heading or page residue (`None`).
fn claim_line(tokens: &[Token], original: &str) -> Option<bool> {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .collect();
    let first = words.first()?;
    let last = tokens.last()?;
    let short = words.len() <= 10;
    if last.is_punct(':') && short {
        return None; // a heading: "Why this matters:"
    }
    let starts_with_residue = BOILERPLATE.contains(&first.folded)
        || (first.kind == TokenKind::Number
            && words
                .get(1)
                .is_some_and(|w| BOILERPLATE.contains(&w.folded)))
        || tokens
            .first()
            .is_some_and(|t| t.text(original).starts_with('©'));
    // "Updated: June 3", "Posted 3 hours ago", "Published on Monday by
    // staff"; not "Sales posted a 4.5% drop", "Apple posted record
    // profits".
    let stamp = |t: &Token| matches!(t.folded.as_str(), "updated" | "published" | "posted");
    let stamped = tokens.iter().enumerate().take(4).any(|(k, t)| {
        stamp(t)
            && tokens.get(k + 1).is_none_or(|next| {
                next.is_punct(':')
                    || next.kind == TokenKind::Number
                    || is_date_or_clock_word(&next.folded)
                    || matches!(next.folded.as_str(), "on" | "at" | "by" | "in" | "ago")
            })
    });
    if short && (starts_with_residue || stamped) {
        return None;
    }
    let ends_like_sentence = tokens
        .iter()
        .rev()
        .find(|t| !(t.is_punct('"') || t.is_punct('\'') || t.is_punct(')')))
        .is_some_and(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?'));
    // A line of eight words or more ending in a clock's "a.m." or "p.m."
    // ("… burst into life at 6.17 a.m.") is a sentence; not a headline
    // ending in "U.S.".
    let ends_in_a_time = matches!(last.text(original), "a.m." | "p.m." | "A.M." | "P.M.");
    if ends_like_sentence || ends_in_a_time && words.len() >= 8 {
        return Some(false);
    }
    // A line without a final stop: a headline if it reads like one.
    let lowercase_words = words
        .iter()
        .filter(|w| w.kind == TokenKind::Word && !w.capitalized)
        .count();
    let capital_words = words.iter().filter(|w| w.all_caps).count();
    let byline = first.folded == "by" && words.len() <= 6;
    let label = tokens.get(1).is_some_and(|t| t.is_punct(':')) && words.len() <= 6;
    // Datelines and timestamps: mostly figures, months, weekdays, clock words.
    let dated = words
        .iter()
        .filter(|w| w.kind == TokenKind::Number || is_date_or_clock_word(&w.folded))
        .count();
    let headline = words.len() >= 4
        && capital_words * 2 < words.len()
        && dated * 2 < words.len()
        && !byline
        && !label
        // Title Case headlines have few lower-case words; datelines have none.
        && (lowercase_words > 0 || words.len() >= 6);
    headline.then_some(true)
}

/// Month and weekday names, and the words of clock times and time zones.
fn is_date_or_clock_word(word: &str) -> bool {
    words::month(word).is_some()
        || words::weekday(word).is_some()
        || words::CLOCK_WORDS.contains(word)
}

/// The most tokens one claim holds. A longer "sentence" (a text without
/// stops, or a list run together) is cut at its last comma or semicolon
/// before the limit, or at the limit: claims stay things a reader can check.
const MAX_CLAIM_TOKENS: usize = 200;

/// Cuts an overlong sentence range into pieces of at most [`MAX_CLAIM_TOKENS`].
fn within_limit(tokens: &[Token], range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    while range.end - start > MAX_CLAIM_TOKENS {
        let limit = start + MAX_CLAIM_TOKENS;
        let cut = (start + MAX_CLAIM_TOKENS / 2..limit)
            .rev()
            .find(|&k| tokens[k].is_punct(',') || tokens[k].is_punct(';'))
            .map_or(limit, |k| k + 1);
        out.push(start..cut);
        start = cut;
    }
    out.push(start..range.end);
    out
}

/// Token ranges of the sentences in one line.
fn sentence_ranges(tokens: &[Token], original: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        if let Some(end) = sentence_end_at(tokens, i, original) {
            ranges.push(start..end);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < tokens.len() {
        ranges.push(start..tokens.len());
    }
    ranges
}

/// If a sentence ends at token `i`, the index just past it (closing quotes
/// and brackets included).
fn sentence_end_at(tokens: &[Token], i: usize, original: &str) -> Option<usize> {
    let token = &tokens[i];
    let stop = token.is_punct('.') || token.is_punct('!') || token.is_punct('?');
    let abbreviation_at_end = token.kind == TokenKind::Word && token.text(original).ends_with('.');
    if !stop && !abbreviation_at_end {
        return None;
    }
    let mut end = i + 1;
    while tokens.get(end).is_some_and(|t| is_closer(t, stop)) {
        end += 1;
    }
    let next = tokens.get(end)?;
    if !starts_sentence(tokens, end) {
        return None;
    }
    let starter = SENTENCE_STARTERS.contains(&next.folded);
    if abbreviation_at_end {
        return (starter || after_a_clock(tokens, i, end)).then_some(end);
    }
    if token.is_punct('.') && i > 0 {
        let before = &tokens[i - 1];
        // An initial follows a name, not a figure: "reached 41 C. It was"
        // ends a sentence.
        let after_a_figure = i >= 2 && tokens[i - 2].kind == TokenKind::Number;
        let initial = before.kind == TokenKind::Word
            && before.text(original).chars().count() == 1
            && before.capitalized
            && !after_a_figure;
        let abbreviation =
            before.kind == TokenKind::Word && words::ABBREVIATIONS.contains(&before.folded);
        // "11.30 p. m. ET": a clock's meridiem written with spaces.
        let meridiem = before.folded == "m"
            && i >= 3
            && tokens[i - 2].is_punct('.')
            && matches!(tokens[i - 3].folded.as_str(), "a" | "p");
        if initial || ((abbreviation || meridiem) && !starter) {
            return None;
        }
    }
    Some(end)
}

/// Whether a clock's "a.m." or "p.m." at token `i` ends a sentence before
/// the capitalized word at `next`, which is no starter but nothing a time
/// goes on with either: not a weekday, a month, a zone in letters, nor
/// words up to a time, a day or a place's time in brackets within six
/// ("at 9 p.m. Tuesday", "11 a.m. Eastern Time", "6 p.m. MSK", "9:30 a.m.
/// Hong Kong and Singapore time", "9 p.m. Christmas Eve", "9:15 p.m. Good
/// Friday", "8 p.m. Kyiv (1700 GMT)"). "The ban applies from 7 a.m. to 9
/// p.m. Residents and taxis are exempt" is two sentences.
fn after_a_clock(tokens: &[Token], i: usize, next: usize) -> bool {
    let meridiem = matches!(tokens[i].folded.as_str(), "am" | "pm")
        && i > 0
        && tokens[i - 1].kind == TokenKind::Number;
    let word = &tokens[next];
    // "Good Friday", "Fridays and Saturdays", "Rio de Janeiro local time".
    let of_a_day = |t: &Token| {
        let folded = t.folded.as_str();
        words::weekday(folded.strip_suffix('s').unwrap_or(folded)).is_some()
            || matches!(
                folded,
                "time" | "day" | "eve" | "night" | "morning" | "afternoon" | "evening" | "mass"
            )
    };
    let words_on = || (tokens[next..].iter().take(6)).take_while(|t| t.kind == TokenKind::Word);
    // "8 p.m. Kyiv (1700 GMT)": a place with its time in brackets.
    let bracket_after = tokens
        .get(next + words_on().count())
        .is_some_and(|t| t.is_punct('('));
    let within_six = words_on().any(of_a_day) || bracket_after;
    let goes_on = words::weekday(&word.folded).is_some()
        || words::month(&word.folded).is_some()
        || words::CLOCK_WORDS.contains(&word.folded)
        || word.all_caps
        || matches!(
            word.folded.as_str(),
            "eastern" | "central" | "mountain" | "pacific" | "atlantic" | "local"
        )
        || within_six;
    meridiem && word.kind == TokenKind::Word && !goes_on
}

/// Closing quotes and brackets glued to a sentence's last stop, and further
/// stops of an ellipsis.
fn is_closer(token: &Token, after_stop: bool) -> bool {
    let quote_or_bracket = token.is_punct('"') || token.is_punct('\'') || token.is_punct(')');
    let more_stops = token.is_punct('.') || token.is_punct('!') || token.is_punct('?');
    after_stop && !token.space_before && (quote_or_bracket || more_stops)
}

/// Whether token `i` can begin a sentence: a capital, a digit, or an opening
/// quote or bracket before one.
fn starts_sentence(tokens: &[Token], i: usize) -> bool {
    let Some(token) = tokens.get(i) else {
        return false;
    };
    match token.kind {
        TokenKind::Word => token.capitalized,
        TokenKind::Number => true,
        TokenKind::Punct => {
            let opener = token.is_punct('"') || token.is_punct('\'') || token.is_punct('(');
            opener && starts_sentence(tokens, i + 1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let doc = Document::new(SourceId(0), "A", "a.txt", text.to_string());
        claims(&doc)
            .into_iter()
            .map(|c| c.text(&doc.original).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            sentences(
                "Gen. Smith met Mr. Jones in the U.S. on Sept. 3 at No. 3 Main St. with J. R. R. Tolkien. \
                 A 6.1 quake hit. It was felt."
            ),
            [
                "Gen. Smith met Mr. Jones in the U.S. on Sept. 3 at No. 3 Main St. with J. R. R. Tolkien.",
                "A 6.1 quake hit.",
                "It was felt."
            ]
        );
    }

    #[test]
    fn roads_and_provinces_abbreviated_do_not_split() {
        assert_eq!(
            sentences(
                "A truck flipped onto its side on Hwy. 17 outside Beaumarais. Drivers took Rte. 9 \
                 through Lac-Vert, Que. instead."
            ),
            [
                "A truck flipped onto its side on Hwy. 17 outside Beaumarais.",
                "Drivers took Rte. 9 through Lac-Vert, Que. instead."
            ]
        );
    }

    #[test]
    fn a_letter_after_a_figure_is_no_initial() {
        assert_eq!(
            sentences("The temperature reached 41 C. It was the hottest day."),
            ["The temperature reached 41 C.", "It was the hottest day."]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end_splits_before_a_starter() {
        assert_eq!(
            sentences("Troops left the U.S. The base closed in May."),
            ["Troops left the U.S.", "The base closed in May."]
        );
        assert_eq!(
            sentences("At 4:30 a. m. local time (11.30 p. m. ET) they struck. It was dark."),
            [
                "At 4:30 a. m. local time (11.30 p. m. ET) they struck.",
                "It was dark."
            ]
        );
    }

    #[test]
    fn a_clock_time_ends_a_sentence_before_a_capital_it_does_not_go_on_with() {
        assert_eq!(
            sentences("The ban applies from 7 a.m. to 9 p.m. Residents and taxis are exempt."),
            [
                "The ban applies from 7 a.m. to 9 p.m.",
                "Residents and taxis are exempt."
            ]
        );
        for one in [
            "The vote closes at 9 p.m. Tuesday in every state.",
            "The vote closes at 9 p.m. Eastern Time in every state.",
            "The vote closes at 9 p.m. Eastern in every state.",
            "The vote closes at 9 p.m. GMT in every state.",
            "The vote closes at 9 p.m. Moscow time in every state.",
            "Trading was halted at 9:30 a.m. Hong Kong time, the exchange said.",
            "Shares fell at 10:15 a.m. New York time on Friday.",
            "The vote closes at 9 p.m. MSK in every region.",
            "Crowds gathered at 9 p.m. Christmas Eve in the square.",
            "Polls open at 7 a.m. Election Day across the state.",
            "A vigil is planned at 10 a.m. Mass on Sunday.",
            "The pope will lead the procession at 9:15 p.m. Good Friday, the Vatican said.",
            "The museum stays open until 8 p.m. Fridays and Saturdays.",
            "Trading resumed at 9 a.m. Hong Kong and Singapore time on Monday.",
            "The match starts at 4 p.m. Rio de Janeiro local time.",
            "The curfew began at 8 p.m. Kyiv (1700 GMT) on Sunday.",
            "Talks ended at 9 a.m. May 3 in the capital.",
            "The Tarmac Co. Residents Fund paid.",
        ] {
            assert_eq!(sentences(one), [one]);
        }
    }

    #[test]
    fn quotes_and_ellipses_stay_with_their_sentence() {
        assert_eq!(
            sentences(
                "He said “we will win.” Then he left... Nobody knew why! “Really?” she asked."
            ),
            [
                "He said “we will win.”",
                "Then he left...",
                "Nobody knew why!",
                "“Really?” she asked."
            ]
        );
    }

    #[test]
    fn headings_and_residue_are_not_claims() {
        let text = "Leaders meet in Beijing for a parade\nMay 03, 2013\nWhy this matters:\n\
                    The parade is large and loud.\nShare this article\nPUBLISHED: THURSDAY, MAY 2, 2013\n\
                    By John Smith\n0 Comments";
        assert_eq!(
            sentences(text),
            [
                "Leaders meet in Beijing for a parade",
                "The parade is large and loud."
            ]
        );
    }

    #[test]
    fn long_lines_ending_in_a_colon_and_copyright_lines() {
        assert_eq!(
            sentences(
                "Police said three people died in the blast. The spokesman listed the victims by name:"
            ),
            [
                "Police said three people died in the blast.",
                "The spokesman listed the victims by name:"
            ]
        );
        assert!(sentences("© 2024 Reuters Ltd all rights reserved worldwide").is_empty());
        for stamp in [
            "Updated: June 3, 2024",
            "Posted 3 hours ago",
            "Published on Monday by staff",
        ] {
            assert!(sentences(stamp).is_empty(), "{stamp}");
        }
        assert_eq!(
            sentences("Apple posted record profits."),
            ["Apple posted record profits."]
        );
    }

    #[test]
    fn a_title_case_line_cut_by_an_ellipsis_is_still_a_headline() {
        let text = "Lindsay Lohan Checks Out Of Rehab... To Check Into Different Rehab Centre";
        let doc = Document::new(SourceId(0), "A", "a", text.to_string());
        let claims = claims(&doc);
        assert_eq!(claims.len(), 2);
        assert!(claims.iter().all(|c| c.headline));
    }

    #[test]
    fn a_line_cut_by_ellipses_alone_is_a_headline() {
        let text = "Jellyfish 'attack' on east coast... Seowon plant halted, 5 beaches closed";
        let doc = Document::new(SourceId(0), "A", "a", text.to_string());
        let claims = claims(&doc);
        assert_eq!(claims.len(), 2);
        assert!(claims.iter().all(|c| c.headline));
    }

    #[test]
    fn a_line_ending_in_a_clock_time_is_a_sentence() {
        let doc = Document::new(
            SourceId(0),
            "A",
            "a",
            "Residents were woken by a loud roar as the volcano erupted at 6.17 a.m.\n\n\
             Hurricane Mara kills 31 across the Caribbean, flattens whole villages and now \
             heads north toward the U.S."
                .to_string(),
        );
        let claims = claims(&doc);
        assert_eq!(claims.len(), 2);
        assert!(!claims[0].headline, "a sentence");
        assert!(claims[1].headline, "a headline");
    }

    #[test]
    fn only_a_one_sentence_line_is_a_headline() {
        let doc = Document::new(
            SourceId(0),
            "A",
            "a",
            "The storm hit Brest on Monday. The mayor closed every school".to_string(),
        );
        assert!(
            claims(&doc).iter().all(|c| !c.headline),
            "a paragraph missing its stop"
        );
        let doc = Document::new(
            SourceId(0),
            "A",
            "a",
            "Storm hits the coast of Brittany".to_string(),
        );
        assert!(claims(&doc)[0].headline);
    }

    #[test]
    fn real_sentences_starting_like_residue_are_kept() {
        assert_eq!(
            sentences(
                "By acquiring SeaMicro, AMD is accelerating its server strategy in the cloud market."
            ),
            ["By acquiring SeaMicro, AMD is accelerating its server strategy in the cloud market."]
        );
    }

    #[test]
    fn claims_carry_spans_into_the_original() {
        let text = "First line here.\r\nSecond one is here. Third one too.";
        let doc = Document::new(SourceId(1), "B", "b.txt", text.to_string());
        let claims = claims(&doc);
        assert_eq!(claims.len(), 3);
        assert_eq!(claims[2].text(&doc.original), "Third one too.");
        assert_eq!(
            claims[2].id,
            ClaimId {
                source: SourceId(1),
                index: 2
            }
        );
    }

    #[test]
    fn overlong_sentences_are_cut_at_commas() {
        let text = "word, ".repeat(500);
        let doc = Document::new(SourceId(0), "A", "a.txt", text.clone());
        let mut longest = 0;
        let claims = read(&doc, |tokens| longest = longest.max(tokens.len()));
        assert!(claims.len() >= 5, "{}", claims.len());
        assert!(longest <= MAX_CLAIM_TOKENS);
        assert!(
            claims.iter().all(|c| c.text(&doc.original).ends_with(',')),
            "cut after a comma"
        );
    }

    #[test]
    fn claims_reread_their_tokens_as_read() {
        let text = "Gen. Smith met Mr. Jones in the U.S. on Sept. 3. \"Fine,\" he said.\n\
                    A headline\n\n  It rained—hard—in Jong-Un's well-known town; \
                    it fell 6.1 cm. And then it stopped!\nword, "
            .to_string()
            + &"word, ".repeat(300);
        let doc = Document::new(SourceId(0), "A", "a.txt", text);
        let mut read_tokens = Vec::new();
        let claims = read(&doc, |tokens| read_tokens.push(tokens.to_vec()));
        assert!(claims.len() > 5, "{}", claims.len());
        let mut reread_tokens = Vec::new();
        reread(&doc.original, &claims, |tokens| {
            reread_tokens.push(tokens.to_vec())
        });
        assert_eq!(read_tokens, reread_tokens);
    }

    #[test]
    fn empty_and_odd_input_give_no_claims() {
        assert!(sentences("").is_empty());
        assert!(sentences("\n\n   \n").is_empty());
        assert!(sentences("...!!!").is_empty());
    }
}
