//! Attributions: whose account a claim gives. `according to X`, `X said`,
//! `X told …`, `…, said X`. The speaker keeps its surface form and its
//! content words, without the place that only says whose it is (`China’s
//! foreign ministry` -> `foreign`, `ministri`).

use std::collections::BTreeSet;

use super::entities::{EntityKind, Mention, PARTICLES};
use super::words::{self, WordSet};
use super::{Attribution, is_content, stem};
use crate::normalize::{Token, TokenKind};

/// Stems of speakers that stand for someone named elsewhere.
static GENERIC_SPEAKERS: WordSet = WordSet::new(&[
    "compani",
    "firm",
    "group",
    "offici",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "statement",
    "sourc",
    "report",
    "author",
    "peopl",
    "man",
    "woman",
    "wit",
]);

/// The quotations in `text` that close at byte `from` or after, each with
/// its byte span (quotation marks included) and its folded words: between
/// double quotes, straight or curly, or single ones that open and close at
/// a word's edge (a headline's 'They knew exactly what they wanted'), not
/// an apostrophe inside a word. A claim's are read from earlier sentences
/// on, with a quotation of several sentences that the claim ends
/// ("Mongolia is not just a mine. We want to be a partner," Ulziibayar
/// said).
fn quoted_spans(text: &str, from: usize) -> Vec<(std::ops::Range<usize>, Vec<String>)> {
    // The quotation marks, straight and curly (curly ones open with byte
    // 0xE2), and where they are.
    let quotes: Vec<(usize, char)> = memchr::memchr3_iter(b'"', b'\'', 0xE2, text.as_bytes())
        .filter_map(|at| Some((at, text[at..].chars().next()?)))
        .filter(|&(_, c)| {
            matches!(
                c,
                '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}'
            )
        })
        .collect();
    let letter_before =
        |k: usize| (text[..quotes[k].0].chars().next_back()).is_some_and(char::is_alphanumeric);
    let letter_after = |k: usize| {
        let (at, c) = quotes[k];
        (text[at + c.len_utf8()..].chars().next()).is_some_and(char::is_alphanumeric)
    };
    let opens = |k: usize| match quotes[k].1 {
        '"' | '\u{201c}' => true,
        '\'' | '\u{2018}' => !letter_before(k) && letter_after(k),
        _ => false,
    };
    let closes = |k: usize, opener: char| match quotes[k].1 {
        '"' | '\u{201d}' => matches!(opener, '"' | '\u{201c}'),
        '\'' | '\u{2019}' => matches!(opener, '\'' | '\u{2018}') && !letter_after(k),
        _ => false,
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < quotes.len() {
        if !opens(k) {
            k += 1;
            continue;
        }
        let opener = quotes[k].1;
        let Some(end) = (k + 1..quotes.len()).find(|&e| closes(e, opener)) else {
            break;
        };
        let inner = &text[quotes[k].0 + opener.len_utf8()..quotes[end].0];
        // A title quoted in Title Case ("Love in the Time of Storms") is no
        // statement.
        let long: Vec<&str> = inner
            .split_whitespace()
            .filter(|w| w.chars().count() >= 4)
            .collect();
        let title = long.len() >= 2 && long.iter().all(|w| w.starts_with(char::is_uppercase));
        if quotes[end].0 < from || title {
            k = end + 1;
            continue;
        }
        let marks = quotes[k].0..quotes[end].0 + quotes[end].1.len_utf8();
        out.push((
            marks,
            inner
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect(),
        ));
        k = end + 1;
    }
    out
}

/// The byte ranges of `text`'s quotations, their marks included (see
/// [`quoted_spans`]): what a claim quotes, not what it tells.
pub fn quoted_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    quoted_spans(text, 0)
        .into_iter()
        .map(|(marks, _)| marks)
        .collect()
}

/// The quotations of `text` within `window` that close at byte `from` or
/// after and that the speaker at `speaker` says: the speaker at most five
/// words from the quotation ("…," said X; "…," Acme chief executive X
/// told; X told reporters: "…"), not "'…,' the crowd chanted as they
/// marched past the palace, police said". A claim's window opens a few
/// sentences before it, for a quotation of several sentences.
pub fn quotations_said(
    text: &str,
    window: std::ops::Range<usize>,
    from: usize,
    speaker: &std::ops::Range<usize>,
) -> Vec<Vec<String>> {
    let closes = |own: &str| own.contains(['"', '\u{201d}', '\'', '\u{2019}']);
    let (Some(own), Some(within)) = (text.get(from..window.end), text.get(window.clone())) else {
        return Vec::new();
    };
    if !closes(own) {
        return Vec::new();
    }
    let words = |gap: &str| {
        gap.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
    };
    quoted_spans(within, from - window.start)
        .into_iter()
        .filter(|(marks, _)| {
            let (start, end) = (window.start + marks.start, window.start + marks.end);
            let gap = if speaker.start >= end {
                text.get(end..speaker.start)
            } else if speaker.end <= start {
                text.get(speaker.end..start)
            } else {
                None
            };
            gap.is_some_and(|gap| words(gap) <= 5)
        })
        .map(|(_, words)| words)
        .collect()
}

/// Whether two claims quote one statement: a quotation of four words or
/// more of one runs, five words in a row (or whole, if shorter), within a
/// quotation of the other ("too early to rule anything out" / "we are
/// treating this as a possible case, but it is too early to rule anything
/// out"). If so, the share of the shorter quotation the run covers.
pub fn shared_quotation<W: PartialEq>(x: &[Vec<W>], y: &[Vec<W>]) -> Option<f64> {
    let run = |a: &[W], b: &[W]| -> usize {
        let mut best = 0;
        let mut row = vec![0usize; b.len() + 1];
        for wa in a {
            let mut next = vec![0usize; b.len() + 1];
            for (j, wb) in b.iter().enumerate() {
                if wa == wb {
                    next[j + 1] = row[j] + 1;
                    best = best.max(next[j + 1]);
                }
            }
            row = next;
        }
        best
    };
    x.iter()
        .flat_map(|a| y.iter().map(move |b| (a, b)))
        .filter_map(|(a, b)| {
            let shorter = a.len().min(b.len());
            let common = run(a, b);
            (shorter >= 4 && common >= shorter.min(5)).then(|| common as f64 / shorter as f64)
        })
        .max_by(f64::total_cmp)
}

/// Whether two quotations are mostly in the same words: half or more of
/// the shorter one's words, whatever their order ("We have been betrayed
/// by our own government" / "Our own government has betrayed us").
pub fn mostly_the_same_words(a: &[String], b: &[String]) -> bool {
    let (a, b): (BTreeSet<&String>, BTreeSet<&String>) = (a.iter().collect(), b.iter().collect());
    let shorter = a.len().min(b.len());
    shorter > 0 && 2 * a.intersection(&b).count() >= shorter
}

/// Finds the attributions among `tokens`, and the byte spans of all their
/// speakers, those that name nobody too ("Iranian officials said").
pub fn extract(
    tokens: &[Token],
    original: &str,
    entities: &[Mention],
) -> (Vec<Attribution>, Vec<std::ops::Range<usize>>) {
    let mut out = Vec::new();
    let mut speakers = Vec::new();
    // The last verb of saying with its speaker before it: a speaker within
    // what it says is reported, not the claim's source.
    let mut saying: Option<usize> = None;
    for i in 0..tokens.len() {
        let word = tokens[i].folded.as_str();
        let mut reported = false;
        let speaker = if word == "according" && tokens.get(i + 1).is_some_and(|t| t.folded == "to")
        {
            // The role and the name after it ("according to her publicist,
            // Jack Ketsoyan"): the name says who, the role what they are to
            // the story ("Reid's rep").
            (name_after_a_role(tokens, i + 2).map(|name| i + 2..name.end))
                .or_else(|| phrase_after(tokens, i + 2))
        } else if (words::SAYING_VERBS.contains(word) || names_a_quotation(tokens, i))
            && !a_plural_noun(tokens, i)
        {
            match phrase_before(tokens, i) {
                Some(range) => {
                    reported = saying.is_some_and(|verb| within_what_is_said(tokens, verb, &range));
                    saying = Some(i);
                    Some(range)
                }
                None => {
                    quoted_speaker_after(tokens, i).or_else(|| named_after_apposition(tokens, i))
                }
            }
        } else if tokens[i].is_punct(':') {
            named_before_a_colon(tokens, i, entities)
        } else {
            None
        };
        if speaker.is_none()
            && words::SAYING_VERBS.contains(word)
            && let Some(k) = pronoun_speaking(tokens, i)
        {
            let (surface, span) = super::surface(tokens, k..k + 1, original);
            speakers.push(span.clone());
            out.push(Attribution {
                surface,
                span,
                terms: Vec::new(),
                named: false,
                reporting: reporting_terms(tokens, i, &(k..k + 1)),
                pronoun: true,
                stands_for: None,
            });
        }
        if let Some(range) = speaker.filter(|_| !reported) {
            let range = person_of_the_body(tokens, whole_names(tokens, range, entities), entities);
            let reporting = reporting_terms(tokens, i, &range);
            let (surface, span) = super::surface(tokens, range.clone(), original);
            let speaker = &tokens[range];
            let terms = speaker_terms(speaker, entities, &span);
            speakers.push(span.clone());
            // "the company said" names nobody: it cannot conflict with a name.
            let generic = terms.iter().all(|t| GENERIC_SPEAKERS.contains(t));
            if !terms.is_empty() && !generic {
                // A name that owns the speaker is not the speaker: "Tara
                // Vale's publicist" is as unnamed as "her publicist".
                let named = entities.iter().any(|m| {
                    !m.implied
                        && m.kind != EntityKind::Place
                        && span.start <= m.span.start
                        && m.span.end <= span.end
                        && !owns_the_rest(speaker, m)
                });
                out.push(Attribution {
                    surface,
                    span,
                    terms,
                    named,
                    reporting,
                    pronoun: false,
                    stands_for: None,
                });
            }
        }
    }
    (out, speakers)
}

/// Whether the verb at `verb` names a thing in words it quotes: "called
/// it “a mistake of the bureaucratic machine”", "described the ruling as
/// “a disgrace”". The one who names it speaks the quotation.
fn names_a_quotation(tokens: &[Token], verb: usize) -> bool {
    let naming = matches!(
        tokens[verb].folded.as_str(),
        "called" | "described" | "branded" | "dubbed" | "labelled" | "labeled"
    );
    let opening = (verb + 2..tokens.len().min(verb + 6)).find(|&k| tokens[k].is_punct('"'));
    naming
        && opening.is_some_and(|k| {
            tokens[verb + 1..k]
                .iter()
                .all(|t| t.kind == TokenKind::Word)
        })
}

/// Whether a speaker at `speaker` stands within what the verb of saying
/// at `verb` says, no punctuation between: "The company said 287
/// passengers and 25 crew members had reported vomiting" (the crew report
/// to the company; the claim is the company's).
fn within_what_is_said(tokens: &[Token], verb: usize, speaker: &std::ops::Range<usize>) -> bool {
    verb < speaker.start
        && !tokens[verb + 1..speaker.start]
            .iter()
            .any(|t| t.kind == TokenKind::Punct)
}

/// The token of "he" or "she" that speaks by the verb of saying at
/// `verb`, right after a quotation: "“…,” she said", "“…,” he told
/// reporters", "“…,” said she".
fn pronoun_speaking(tokens: &[Token], verb: usize) -> Option<usize> {
    let pronoun = |k: usize| matches!(tokens[k].folded.as_str(), "he" | "she");
    // Right after the closing quotation mark: not "In a statement, he said
    // he accepted the result", which tells what was said in other words.
    let quoted = |k: usize| {
        k > 0 && tokens[k - 1].is_punct('"')
            || k > 1 && tokens[k - 1].is_punct(',') && tokens[k - 2].is_punct('"')
    };
    let mut before = verb;
    while before > 0 && is_between_speaker_and_verb(&tokens[before - 1]) {
        before -= 1;
    }
    let ahead = before.checked_sub(1).filter(|&k| pronoun(k) && quoted(k));
    let behind = (verb + 1 < tokens.len() && pronoun(verb + 1) && quoted(verb)).then_some(verb + 1);
    ahead.or(behind)
}

/// Whether `name` ends in a possessive with more of the speaker's tokens
/// after it: "Ana Ruiz's lawyer".
fn owns_the_rest(speaker: &[Token], name: &Mention) -> bool {
    speaker
        .iter()
        .position(|t| t.span.start < name.span.end && name.span.end <= t.span.end)
        .is_some_and(|k| speaker[k].is_possessive() && k + 1 < speaker.len())
}

/// The content terms of the rest of a reporting clause that trails its
/// statement, past the speaker and the verb at `verb`: "…, Jim Campbell
/// told *the Herald on Sunday*." They say who heard it and when, not what.
fn reporting_terms(
    tokens: &[Token],
    verb: usize,
    speaker: &std::ops::Range<usize>,
) -> Vec<super::Term> {
    let opens = speaker.start.min(verb);
    let trails = opens > 0 && (tokens[opens - 1].is_punct(',') || tokens[opens - 1].is_punct('"'));
    // "The refinery's director, Cristian Vladutu, said the blaze …": a
    // speaker in apposition, with no quotation before, opens the sentence's
    // statement, not trails it.
    let in_apposition = tokens[speaker.end.min(verb)..verb]
        .iter()
        .any(|t| t.is_punct(','))
        && !tokens[..opens].iter().any(|t| t.is_punct('"'));
    if !trails || in_apposition {
        return Vec::new();
    }
    tokens[speaker.end.max(verb + 1).min(tokens.len())..]
        .iter()
        .take_while(|t| t.kind != TokenKind::Punct)
        .filter(|t| t.kind == TokenKind::Word && is_content(t.base()))
        .map(|t| super::term(t.base()))
        .collect()
}

/// `according to China’s state-run Xinhua News Agency,` -> the words up to
/// the next punctuation (at most eight).
fn phrase_after(tokens: &[Token], start: usize) -> Option<std::ops::Range<usize>> {
    let runs_on = |k: usize| {
        let t = &tokens[k];
        t.kind != TokenKind::Punct || t.is_punct('\'') || title_stop(tokens, start, k)
    };
    let len = (start.min(tokens.len())..tokens.len())
        .take_while(|&k| runs_on(k))
        .take(8)
        .count();
    (len > 0).then_some(start..start + len)
}

/// Whether token `k`, in a phrase from `start`, is the full stop of a
/// title before a name, which runs on: "said Dr. Arvind Kulkarni".
fn title_stop(tokens: &[Token], start: usize, k: usize) -> bool {
    tokens[k].is_punct('.')
        && k > start
        && words::TITLE_ABBREVIATIONS.contains(&tokens[k - 1].folded)
        && tokens.get(k + 1).is_some_and(|n| n.capitalized)
}

/// Whether "states" or "reports" at token `i` is a plural noun, not a verb
/// of saying: after a figure or a word that counts or points ("six
/// states", "the United States", "several reports").
fn a_plural_noun(tokens: &[Token], i: usize) -> bool {
    let noun_like = matches!(tokens[i].folded.as_str(), "states" | "reports");
    let before = i.checked_sub(1).map(|k| &tokens[k]);
    noun_like
        && before.is_some_and(|t| {
            t.kind == TokenKind::Number
                || words::is_small_number(&t.folded)
                || matches!(
                    t.folded.as_str(),
                    "the"
                        | "these"
                        | "those"
                        | "some"
                        | "many"
                        | "several"
                        | "all"
                        | "other"
                        | "both"
                        | "dozen"
                        | "united"
                        | "member"
                        | "news"
                        | "media"
                        | "press"
                )
        })
}

/// `Analysts say`, `Jack Ketsoyan said`, `The police source told`, `AMD on
/// Wednesday announced`: the noun phrase just before the verb (at most five
/// words), past adverbs, auxiliaries and a time ("on Wednesday").
fn phrase_before(tokens: &[Token], verb: usize) -> Option<std::ops::Range<usize>> {
    let mut end = verb;
    while end > 0 && is_between_speaker_and_verb(&tokens[end - 1]) {
        end -= 1;
    }
    // Past a relative or a participle's clause of a dozen words at most
    // between commas (see `opens_a_clause_to_pass`).
    if end > 0 && tokens[end - 1].is_punct(',') {
        let from = end.saturating_sub(14);
        let opening = tokens[from..end - 1]
            .iter()
            .rposition(|t| t.is_punct(','))
            .map(|k| from + k)
            .filter(|&k| opens_a_clause_to_pass(tokens, k));
        if let Some(comma) = opening {
            end = comma;
        } else if let Some(name) = named_before_apposition(tokens, end - 1)
            .or_else(|| named_in_apposition(tokens, end - 1))
        {
            return Some(name);
        }
    }
    let mut start = end;
    let mut words_taken = 0;
    while start > 0 && words_taken < 5 {
        let t = &tokens[start - 1];
        // "Vantrell Pharmaceuticals Inc. said": the full stop of a
        // company's or a person's suffix is within the name.
        if t.is_punct('.') && start >= 2 && is_name_suffix(&tokens[start - 2]) {
            start -= 1;
            continue;
        }
        if t.kind != TokenKind::Word || words::STOPWORDS.contains(t.base()) {
            break;
        }
        start -= 1;
        words_taken += 1;
    }
    // "reporters at the scene said": after "at the", a place, not a speaker.
    let after_preposition = start >= 2
        && matches!(tokens[start - 1].folded.as_str(), "the" | "a" | "an")
        && words::PREPOSITIONS.contains(tokens[start - 2].folded.as_str());
    (start < end && !after_preposition).then_some(start..end)
}

/// Whether a word is an abbreviated suffix ending a name: "Inc.", "Corp.",
/// "Ltd.", "Jr.", a barrister's "KC".
fn is_name_suffix(token: &Token) -> bool {
    matches!(
        token.folded.as_str(),
        "inc" | "corp" | "co" | "ltd" | "plc" | "llc" | "jr" | "sr" | "kc" | "qc"
    )
}

/// Whether the comma at `k` opens a clause the speaker before it is told
/// past: a relative one ("The police source, who wished to remain
/// anonymous, said"), or a participle's after a name ("Paulo Reis,
/// appointed only in November, called"); not after a thing ("The
/// Auditor-General's report, released on Friday, said"), nor after a name a
/// preposition owns ("Lawyers for Paulo Reis, arrested at his home, said"
/// is the lawyers').
fn opens_a_clause_to_pass(tokens: &[Token], k: usize) -> bool {
    let word = tokens[k + 1].folded.as_str();
    if matches!(word, "who" | "which") {
        return true;
    }
    let name_from = (tokens[..k].iter())
        .rposition(|t| !t.capitalized)
        .map_or(0, |p| p + 1);
    let owned =
        name_from > 0 && words::PREPOSITIONS.contains(tokens[name_from - 1].folded.as_str());
    let after_a_name = k > 0 && tokens[k - 1].capitalized && !owned;
    after_a_name && !tokens[k + 1].capitalized && words::is_past(word)
}

/// "Oksana Melnychuk, the firm's food safety officer, said": the name
/// before a phrase set off by commas (a dozen words at most), where
/// `closing` is the second comma.
fn named_before_apposition(tokens: &[Token], closing: usize) -> Option<std::ops::Range<usize>> {
    let opening = comma_before(tokens, closing, 13)?;
    let name_end = opening;
    let mut start = name_end;
    // Name words: "Kim Young-sook" ends in a part joined by a hyphen.
    while start > 0 && name_end - start < 5 && name_word(&tokens[start - 1]) {
        start -= 1;
    }
    // Only a name opening the clause: after a quotation or at the start,
    // never "Officials in Leeds, England, said".
    let opens_clause = start == 0 || tokens[start - 1].kind != TokenKind::Word;
    (start < name_end && closing > opening + 1 && opens_clause).then_some(start..name_end)
}

/// "Manang's chief district officer, Krishna Prasad Adhikari, said": the
/// full name set off by commas after a role of six words at most that ends
/// in a title in lower case, where `closing` is the second comma; never
/// "Officials in Leeds, West Yorkshire, said", "residents of the border
/// town, San Ysidro, said" or "soldiers loyal to the general, Mohamed
/// Hamdan Dagalo, said".
fn named_in_apposition(tokens: &[Token], closing: usize) -> Option<std::ops::Range<usize>> {
    let opening = comma_before(tokens, closing, 6)?;
    let name = opening + 1..closing;
    let role_len = tokens[..opening]
        .iter()
        .rev()
        .take_while(|t| t.kind == TokenKind::Word)
        .count();
    let is_name = name.len() >= 2 && whole_name(&tokens[name.clone()]);
    let role = &tokens[opening - role_len..opening];
    (is_name && (is_role(role) || is_role_of_a_body(role))).then_some(name)
}

/// Whether words are a role of a body told after "of" or "for": "The
/// president of the federation", "the chair of the Senate economics
/// committee"; not "residents of the border town", whose noun before "of"
/// is no role, nor "the mayor of the region's largest city", whose name in
/// apposition is the city's.
fn is_role_of_a_body(role: &[Token]) -> bool {
    let Some(of) = role
        .iter()
        .position(|t| matches!(t.folded.as_str(), "of" | "for"))
    else {
        return false;
    };
    // "The mayor of the neighbouring town, Eagle Pass, said": the name in
    // apposition to a place's noun is the place's.
    let of_a_place = role
        .last()
        .is_some_and(|t| words::PLACE_WORDS.contains(t.base()));
    role.len() <= 9 && of > 0 && is_role(&role[..of]) && role.len() > of + 1 && !of_a_place
}

/// After a quotation, a full name in apposition after the verb and a role
/// ("..., said his coach, Getachew Alemu."): the name, the role as in
/// [`named_in_apposition`].
fn named_after_apposition(tokens: &[Token], verb: usize) -> Option<std::ops::Range<usize>> {
    if !after_a_quotation(tokens, verb) {
        return None;
    }
    name_after_a_role(tokens, verb + 1)
}

/// A role from token `start` to a comma, then a full name ending the
/// clause ("the family lawyer, Daniel Holt."; "according to the airline's
/// spokeswoman, Liv Hammarsten."; "the chair of the hospital's board,
/// Lorraine Pike."): the name.
fn name_after_a_role(tokens: &[Token], start: usize) -> Option<std::ops::Range<usize>> {
    let comma = (start..tokens.len().min(start + 10)).find(|&k| tokens[k].is_punct(','))?;
    let name_len = tokens[comma + 1..]
        .iter()
        .take_while(|t| name_word(t) || is_particle(t))
        .count();
    let name = &tokens[comma + 1..comma + 1 + name_len];
    let ends = tokens
        .get(comma + 1 + name_len)
        .is_none_or(|t| t.kind == TokenKind::Punct);
    let role = &tokens[start..comma];
    // "a spokeswoman for the company, Swiftline Parcels", "the leader of
    // the borough, St Helens": the name is the body's.
    let names_the_body = || {
        role.last()
            .is_some_and(|t| words::BODY_NOUNS.contains(super::stem(t.base()).as_str()))
    };
    let of_a_body = || is_role_of_a_body(role) && !names_the_body();
    ((is_role(role) || of_a_body()) && name_len >= 2 && whole_name(name) && ends)
        .then_some(comma + 1..comma + 1 + name_len)
}

/// "• Defence Minister Karina Holst: “We take this extremely seriously.”"
/// (a live blog's, or a headline's, way to quote): the words opening the
/// claim up to the colon at `colon`, a quotation opening after it, where
/// they end in a name that is no place's and hold no preposition, which
/// would tell of someone else ("Mother of Omar Haddad:", "Message to
/// Keir Dalton:", "Volkov to Dalton:").
fn named_before_a_colon(
    tokens: &[Token],
    colon: usize,
    entities: &[Mention],
) -> Option<std::ops::Range<usize>> {
    if !tokens.get(colon + 1).is_some_and(|t| t.is_punct('"')) {
        return None;
    }
    let start = tokens[..colon]
        .iter()
        .position(|t| t.kind == TokenKind::Word)?;
    let speaker = &tokens[start..colon];
    let end = speaker.last()?.span.end;
    let name_ends =
        (entities.iter()).any(|m| !m.implied && m.kind != EntityKind::Place && m.span.end == end);
    let words_of_a_speaker = speaker
        .iter()
        .all(|t| t.kind == TokenKind::Word && !words::PREPOSITIONS.contains(t.folded.as_str()));
    (speaker.len() <= 8 && words_of_a_speaker && name_ends).then_some(start..colon)
}

/// Whether the verb at token `verb` follows a quotation's end (a comma or
/// a closing quote, single after its punctuation: "'We will fight back,'
/// said"): not a comma closing a name in apposition, "Officials in Leeds,
/// England, said Steppe Capital had …".
fn after_a_quotation(tokens: &[Token], verb: usize) -> bool {
    let Some(k) = verb.checked_sub(1) else {
        return false;
    };
    let closing_single = tokens[k].is_punct('\'')
        && k > 0
        && [',', '?', '!'].iter().any(|&p| tokens[k - 1].is_punct(p));
    let apposition = || {
        let name = tokens[..k]
            .iter()
            .rev()
            .take_while(|t| name_word(t))
            .count();
        (1..=4).contains(&name) && k > name && tokens[k - name - 1].is_punct(',')
    };
    tokens[k].is_punct('"') || closing_single || tokens[k].is_punct(',') && !apposition()
}

/// Whether words are a role before or after a name in apposition: at most
/// six, ending in a lower-case title, with no preposition ("the firm's
/// chief officer", not "soldiers loyal to the general").
fn is_role(role: &[Token]) -> bool {
    let mut role = without_hyphened_tails(role);
    // "the plaintiffs' lawyer": a plural's apostrophe, glued to it, makes
    // it an owner as "'s" does.
    let plural_owner = role.len() >= 3 && {
        let apostrophe = role[role.len() - 2];
        apostrophe.is_punct('\'')
            && !apostrophe.space_before
            && role[role.len() - 3].folded.ends_with('s')
    };
    if plural_owner {
        role.remove(role.len() - 2);
    }
    // "the bank's chief executive", "the agency's head", "the bank's chief
    // economist": roles with no title to put before a name; "his
    // daughter-in-law", "her nephew": kin.
    let ends_a_role = |t: &Token| {
        words::TITLES.contains(t.base())
            || words::DESCRIBING_NOUNS.contains(t.base())
            || words::KIN.contains(&t.base())
            || matches!(t.base(), "executive" | "head")
    };
    // "the lifeboat's coxswain": a noun a possessive owns is a role too.
    let owned = plural_owner || role.len() >= 2 && role[role.len() - 2].is_possessive();
    role.len() <= 6
        && role.iter().all(|t| t.kind == TokenKind::Word)
        && role
            .last()
            .is_some_and(|t| !t.capitalized && (owned || ends_a_role(t)))
        && !role
            .iter()
            .any(|t| words::PREPOSITIONS.contains(t.folded.as_str()))
}

/// The tokens of `words` but the hyphened tails that open with a
/// preposition, whose head is the word before them: "his daughter-in-law"
/// ends in "daughter", "the editor-in-chief" in "editor" ("co-founder"
/// keeps its "founder").
fn without_hyphened_tails(words: &[Token]) -> Vec<&Token> {
    let mut kept = Vec::with_capacity(words.len());
    let mut in_tail = false;
    for t in words {
        in_tail = t.hyphen_before && (in_tail || words::PREPOSITIONS.contains(t.folded.as_str()));
        if !in_tail {
            kept.push(t);
        }
    }
    kept
}

/// Whether a token may be part of a full name: capitalized, or joined by a
/// hyphen ("Yoon Hye-jin").
fn name_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && (t.capitalized || t.hyphen_before)
}

/// Whether tokens are one full name: name words, joined by particles in
/// lower case ("Pieter van Rensburg", "Ana de la Cruz").
fn whole_name(name: &[Token]) -> bool {
    name.first().is_some_and(name_word)
        && name.last().is_some_and(name_word)
        && name.iter().all(|t| name_word(t) || is_particle(t))
}

/// Whether a token is a lower-case word joining the parts of a name ("van").
fn is_particle(t: &Token) -> bool {
    PARTICLES.contains(t.folded.as_str())
}

/// The comma that opens a phrase the comma at `closing` ends, at most
/// `within` tokens before it.
fn comma_before(tokens: &[Token], closing: usize, within: usize) -> Option<usize> {
    let from = closing.saturating_sub(within);
    let at = tokens[from..closing]
        .iter()
        .rposition(|t| t.is_punct(','))?;
    Some(from + at)
}

/// Widens a speaker's tokens to the names it cuts through: "Le Monde"
/// reported, where "Le" alone is a stop word; said "John van 't Schip".
fn whole_names(
    tokens: &[Token],
    range: std::ops::Range<usize>,
    entities: &[Mention],
) -> std::ops::Range<usize> {
    let (from, to) = (
        tokens[range.start].span.start,
        tokens[range.end - 1].span.end,
    );
    let cut = |m: &&Mention| !m.implied && m.span.start < to && from < m.span.end;
    let start = entities
        .iter()
        .filter(cut)
        .filter_map(|m| tokens.iter().position(|t| t.span.start == m.span.start))
        .fold(range.start, usize::min);
    let end = entities
        .iter()
        .filter(cut)
        .filter_map(|m| tokens.iter().rposition(|t| t.span.end == m.span.end))
        .fold(range.end - 1, usize::max);
    start..end + 1
}

/// Widens a speaker that is a body to the person of it named before it:
/// "Chief Superintendent Fiona McAllister of Police Scotland said" is
/// hers, not the force's. Only a body of two words or more, not a place:
/// "Bishop Paul Butler of Durham" is the Bishop of Durham (a place of one
/// word need not be known as one).
fn person_of_the_body(
    tokens: &[Token],
    range: std::ops::Range<usize>,
    entities: &[Mention],
) -> std::ops::Range<usize> {
    if range.start < 2 || tokens[range.start - 1].folded != "of" {
        return range;
    }
    let (from, to) = (
        tokens[range.start].span.start,
        tokens[range.end - 1].span.end,
    );
    let a_place = |m: &Mention| m.kind == EntityKind::Place && m.span == (from..to);
    if range.len() < 2 || entities.iter().any(a_place) {
        return range;
    }
    let person_ends = tokens[range.start - 2].span.end;
    let person = entities
        .iter()
        .find(|m| !m.implied && m.kind == EntityKind::Person && m.span.end == person_ends);
    match person.and_then(|m| tokens.iter().position(|t| t.span.start == m.span.start)) {
        Some(start) => start..range.end,
        None => range,
    }
}

/// Words that may stand between a speaker and the verb: "has", "also",
/// "on Wednesday", "today".
fn is_between_speaker_and_verb(token: &Token) -> bool {
    let word = token.folded.as_str();
    matches!(
        word,
        "has"
            | "have"
            | "had"
            | "also"
            | "today"
            | "yesterday"
            | "on"
            | "officially"
            | "recently"
            | "previously"
            | "later"
            | "earlier"
            | "reportedly"
            | "publicly"
            | "first"
            | "then"
    ) || words::weekday(word).is_some()
}
/// `…,” said Rory Read, president`: the capitalized name after the verb.
fn quoted_speaker_after(tokens: &[Token], verb: usize) -> Option<std::ops::Range<usize>> {
    if !after_a_quotation(tokens, verb) {
        return None;
    }
    // "…,” said the mayor.", "…,” said the prime minister.": a title
    // alone, which may stand for the one person its story gives it.
    let title_alone = |width: usize| {
        let words = tokens.get(verb + 2..verb + 2 + width)?;
        let phrase: Vec<&str> = words.iter().map(|t| t.folded.as_str()).collect();
        let alone = tokens.get(verb + 1).is_some_and(|t| t.folded == "the")
            && words.iter().all(|t| t.kind == TokenKind::Word)
            && words::is_title_phrase(&phrase.join(" "))
            && (tokens.get(verb + 2 + width)).is_none_or(|t| t.kind == TokenKind::Punct);
        alone.then_some(verb + 2..verb + 2 + width)
    };
    // "…,” said the family lawyer, Daniel Holt": the name the title is
    // told of.
    if let Some(name) = named_after_apposition(tokens, verb) {
        return Some(name);
    }
    if let Some(title) = title_alone(1).or_else(|| title_alone(2)) {
        return Some(title);
    }
    // "said the bank's chief economist Petra Solheim", "said its spokesman
    // John Smith": the owner of the role is no part of the speaker.
    let owner = match tokens.get(verb + 1).map(|t| t.folded.as_str()) {
        Some("its" | "his" | "her" | "their") => 1,
        Some("the") if tokens.get(verb + 2).is_some_and(Token::is_possessive) => 2,
        _ => 0,
    };
    let start = verb + 1 + owner;
    // Names with the roles and particles between them: "said Ajax coach
    // John Smith", "said rescue operation chief Timur Sadykov", "said
    // Ursula von der Leyen"; never ending on one.
    let words = (start.min(tokens.len())..tokens.len())
        .take(8)
        .take_while(|&k| {
            let t = &tokens[k];
            title_stop(tokens, start, k)
                || t.kind == TokenKind::Word
                    && (t.capitalized
                        || words::TITLES.contains(&t.folded)
                        || PARTICLES.contains(&t.folded)
                        || is_content(t.base()))
        })
        .count();
    let len = tokens[start..start + words]
        .iter()
        .rposition(|t| t.capitalized)
        .map_or(0, |last| last + 1);
    // Lower-case words lead only to a full name: "said rescue chief Timur
    // Sadykov", not "said families fleeing Mosul".
    let lower = tokens[start..start + len].iter().any(|t| {
        t.kind == TokenKind::Word
            && !t.capitalized
            && !words::TITLES.contains(&t.folded)
            && !PARTICLES.contains(&t.folded)
    });
    let capitals = tokens[start..start + len]
        .iter()
        .filter(|t| t.capitalized)
        .count();
    let role_first = tokens.get(start).is_some_and(|t| !t.capitalized);
    let owned = owner == 0 || role_first && capitals >= 2;
    (len > 0 && (!lower || capitals >= 2) && owned).then_some(start..start + len)
}

/// The speaker's stemmed content words, minus the words of places in it.
fn speaker_terms(
    tokens: &[Token],
    entities: &[Mention],
    span: &std::ops::Range<usize>,
) -> Vec<String> {
    let place_words: Vec<&String> = entities
        .iter()
        .filter(|m| {
            m.kind == EntityKind::Place && span.start <= m.span.start && m.span.end <= span.end
        })
        .flat_map(|m| &m.parts)
        .collect();
    let mut terms: Vec<String> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && is_content(t.base()))
        .filter(|t| !place_words.iter().any(|p| *p == t.base()))
        .filter(|t| words::demonym(t.base()).is_none())
        .filter(|t| !is_name_suffix(t))
        .map(|t| stem(t.base()))
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::facts_of;

    fn speakers(text: &str) -> Vec<(String, Vec<String>)> {
        facts_of(text)
            .attributions
            .into_iter()
            .map(|a| (a.surface, a.terms))
            .collect()
    }

    /// The speakers' names as written.
    fn said(text: &str) -> Vec<String> {
        speakers(text)
            .into_iter()
            .map(|(surface, _)| surface)
            .collect()
    }

    fn words_of(quoted: Vec<(std::ops::Range<usize>, Vec<String>)>) -> Vec<Vec<String>> {
        quoted.into_iter().map(|(_, words)| words).collect()
    }

    #[test]
    fn a_name_before_a_colon_and_a_quotation_speaks() {
        assert_eq!(
            said("\u{2022} Defence Minister Karina Holst: \u{201c}We take this seriously.\u{201d}"),
            ["Defence Minister Karina Holst"]
        );
        // Not a place, nor words that end in no name, nor a colon with no
        // quotation after it.
        assert!(said("Copenhagen: \"We take this seriously.\"").is_empty());
        assert!(said("Jewel thefts: \"They knew exactly what they wanted.\"").is_empty());
        assert!(said("Defence Minister Karina Holst: we take this seriously.").is_empty());
        // Words with a preposition tell of someone else.
        assert!(said("Mother of Omar Haddad: \"My son is innocent.\"").is_empty());
        assert!(said("Volkov to Dalton: \"Stay out of our affairs.\"").is_empty());
    }

    #[test]
    fn a_kin_word_is_a_role_and_a_hyphened_tail_is_its_word_s() {
        assert_eq!(
            said("\"He never once complained,\" said his daughter-in-law, Michiko Sawada, 81."),
            ["Michiko Sawada"]
        );
        assert_eq!(
            said("\"We stand by the story,\" said the paper's editor-in-chief, Lena Berg."),
            ["Lena Berg"]
        );
    }

    #[test]
    fn a_speaker_in_apposition_to_a_role_with_no_title_speaks() {
        assert_eq!(
            said(
                "In a statement, the bank's chief executive, Yerlan Abdrakhmanov, said Steppe \
                 Capital had taken full responsibility."
            ),
            ["Yerlan Abdrakhmanov"]
        );
        assert_eq!(
            said("The agency's head, Madina Zhaksylykova, said the fine was fair."),
            ["Madina Zhaksylykova"]
        );
        // A comma closing a place in apposition closes no quotation.
        assert!(said("Officials in Leeds, England, said Steppe Capital had paid.").is_empty());
        // After a quotation, a name after the verb speaks.
        assert_eq!(
            said("\"We will appeal\", said Timur Baimukhanov."),
            ["Timur Baimukhanov"]
        );
        // A role of a person's trade, and a role owned by the body.
        assert_eq!(
            said(
                "\u{201c}We will act,\u{201d} said the bank\u{2019}s chief economist, Petra \
                 Solheim, presenting the forecasts."
            ),
            ["Petra Solheim"]
        );
        assert_eq!(
            said("\"We will act,\" said the bank's chief economist Petra Solheim."),
            ["chief economist Petra Solheim"]
        );
        assert_eq!(
            said("\"We will act,\" said its spokesman John Smith."),
            ["spokesman John Smith"]
        );
        assert!(said("\"We will act,\" said the bank's Petra Solheim.").is_empty());
    }

    #[test]
    fn quotations_are_between_double_quotes_or_single_ones_at_word_edges() {
        let quotations = |text: &str| words_of(super::quoted_spans(text, 0));
        assert_eq!(
            quotations("“All seven walked out,” said Sadykov. \"They were weak.\""),
            [
                vec!["all", "seven", "walked", "out"],
                vec!["they", "were", "weak"]
            ]
        );
        assert_eq!(
            quotations("Heist: 'They knew what they wanted'"),
            [vec!["they", "knew", "what", "they", "wanted"]]
        );
        assert!(quotations("Reid's rep said the stars' cars were towed.").is_empty());
        assert!(
            quotations("He said “it was loud").is_empty(),
            "never closed"
        );
        assert!(
            quotations("The star of “Love in the Time of Storms” left.").is_empty(),
            "a title"
        );
        let text = "“We are no mine. We build,” Ulziibayar said. “Come,” he added.";
        let second = text.find("We build").unwrap();
        assert_eq!(
            words_of(super::quoted_spans(text, second)),
            [vec!["we", "are", "no", "mine", "we", "build"], vec!["come"]]
        );
        let third = text.find("“Come").unwrap();
        assert_eq!(words_of(super::quoted_spans(text, third)), [vec!["come"]]);
    }

    #[test]
    fn claims_quote_one_statement_when_five_words_run_alike() {
        use super::{quoted_spans, shared_quotation};
        let shared = |a: &str, b: &str| {
            shared_quotation(&words_of(quoted_spans(a, 0)), &words_of(quoted_spans(b, 0)))
        };
        assert_eq!(
            shared(
                "“It is too early to rule anything out,” said Bondar.",
                "“We suspect speed, but it is too early to rule anything out,” he said.",
            ),
            Some(1.0)
        );
        assert!(
            shared(
                "“The thieves knew exactly what they wanted and where it was,” Marchal said.",
                "“They knew exactly what they wanted,” Roux said.",
            )
            .is_some()
        );
        assert_eq!(
            shared("“We are sorry,” he said.", "“We are sorry,” she said."),
            None
        );
        assert_eq!(
            shared(
                "“We will rebuild the town,” the mayor said.",
                "“We will not leave the town,” a resident said.",
            ),
            None
        );
    }

    #[test]
    fn quotations_in_mostly_the_same_words_are_one_statement() {
        use super::mostly_the_same_words;
        let words = |text: &str| -> Vec<String> { text.split(' ').map(str::to_string).collect() };
        let same = |a: &str, b: &str| mostly_the_same_words(&words(a), &words(b));
        assert!(same(
            "we have been betrayed by our own government",
            "our own government has betrayed us"
        ));
        assert!(!same(
            "the real cost may be in lost business rather than in the fine",
            "a fine of this size is a cost of doing business not a deterrent"
        ));
    }

    #[test]
    fn a_trailing_reporting_clause_is_not_the_statement() {
        let reporting = |text: &str| -> Vec<String> {
            let facts = crate::extract::tests::facts_of(text);
            facts.attributions[0]
                .reporting
                .iter()
                .map(|t| t.as_str().to_string())
                .collect()
        };
        assert_eq!(
            reporting("The victim was alive, Jim Campbell told the Herald on Sunday."),
            ["herald", "sunday"]
        );
        assert!(reporting("Jim Campbell told the Herald the victim was alive.").is_empty());
        assert!(
            reporting("The refinery's director, Cristian Vladutu, said the unit was old.")
                .is_empty()
        );
        assert_eq!(
            reporting("\"No passwords were taken,\" its officer, Yoon Hye-jin, told a briefing."),
            ["brief"]
        );
    }

    #[test]
    fn a_title_with_a_full_stop_is_part_of_the_speaker() {
        let surface = |text: &str| speakers(text)[0].0.clone();
        assert_eq!(
            surface("\"It was hard,\" said Dr. Arvind Kulkarni, the head of surgery."),
            "Dr. Arvind Kulkarni"
        );
        assert_eq!(
            surface("The vote failed, according to Sen. Maria Lopez of Ohio."),
            "Sen. Maria Lopez of Ohio"
        );
        // Other abbreviations end the speaker.
        assert_eq!(
            surface("Sales fell 5 percent, according to Acme Corp. Analysts were surprised."),
            "Acme Corp"
        );
    }

    #[test]
    fn a_company_s_suffix_before_the_verb_is_within_its_name() {
        let terms = |text: &str| speakers(text)[0].1.clone();
        assert_eq!(
            said("Vantrell Pharmaceuticals Inc. said on Tuesday it was recalling eye drops."),
            ["Vantrell Pharmaceuticals Inc."]
        );
        // The suffix is no word of the speaker's: "Acme Inc." and "Zenith
        // Inc." share none.
        assert_eq!(
            terms("Vantrell Pharmaceuticals Inc. said on Tuesday it was recalling eye drops."),
            terms("Vantrell Pharmaceuticals said on Tuesday it was recalling eye drops.")
        );
        assert_eq!(
            terms("Acme Corp. said it would appeal."),
            terms("Acme said it would appeal.")
        );
    }

    #[test]
    fn the_name_after_a_role_after_the_quotation_speaks() {
        assert_eq!(
            said("\"We won,\" said the family lawyer, Daniel Holt, outside the court."),
            ["Daniel Holt"]
        );
        // A barrister's "KC" ends the name, and is no word of it.
        let barrister = speakers("\"We won,\" said their barrister, Daniel Ferreira-Holt KC.");
        assert_eq!(barrister[0].0, "Daniel Ferreira-Holt KC");
        assert_eq!(
            barrister[0].1,
            speakers("\"We won,\" said Daniel Ferreira-Holt.")[0].1
        );
        // A title alone is the speaker still.
        assert_eq!(
            said("\"We won,\" said the family lawyer."),
            ["family lawyer"]
        );
        // A role of a body, told after "of".
        assert_eq!(
            said("\"We won,\" said the chair of the hospital's board, Lorraine Pike."),
            ["Lorraine Pike"]
        );
        // But the name after a place's or a company's noun is its.
        for body in [
            "the mayor of the neighbouring town, Eagle Pass",
            "the leader of the neighbouring borough, St Helens",
            "a spokeswoman for the company, Swiftline Parcels",
            "a spokesman for the regional airline, Blue Heron",
        ] {
            let said = said(&format!("\"We won,\" said {body}."));
            let name = body.rsplit(", ").next().unwrap_or_default();
            assert!(!said.iter().any(|s| s == name), "{body}: {said:?}");
        }
    }

    #[test]
    fn a_plural_s_apostrophe_owns_a_role() {
        assert_eq!(
            said("\"We won,\" said the plaintiffs' lawyer, Cordelia Brunner, outside."),
            ["Cordelia Brunner"]
        );
    }

    #[test]
    fn who_calls_a_thing_in_quoted_words_speaks_them() {
        assert_eq!(
            said("Mayor Levan Gogoberidze called it \"a mistake of the bureaucratic machine\"."),
            ["Mayor Levan Gogoberidze"]
        );
        assert_eq!(
            said("The minister described the ruling as \"a disgrace\"."),
            ["minister"]
        );
        assert_eq!(
            said(
                "Kingsbridge manager Paulo Reis, appointed only in November, called the \
                 victory \"the proudest moment of my life\"."
            ),
            ["Kingsbridge manager Paulo Reis"]
        );
        assert_eq!(
            said("The president of the federation, Jorge Lima, called it \"a farce\"."),
            ["Jorge Lima"]
        );
        for text in [
            "Residents of the border town, San Ysidro, called it \"a farce\".",
            "The mayor of the neighbouring town, San Ysidro, called it \"a farce\".",
        ] {
            assert!(said(text).iter().all(|s| s != "San Ysidro"), "{text}");
        }
        assert!(
            said(
                "Lawyers for Paulo Reis, arrested at his home in Porto, said he was \
                 \"completely innocent\"."
            )
            .iter()
            .all(|s| s != "Paulo Reis")
        );
        // Not a call of no quotation, nor one quoted far after the verb.
        assert!(said("Mayor Levan Gogoberidze called the police at once.").is_empty());
        assert!(
            said("Mayor Levan Gogoberidze called the council that runs the \"Old Town\" fund.")
                .is_empty()
        );
    }

    #[test]
    fn a_speaker_within_what_is_said_is_reported_not_the_source() {
        let names =
            |text: &str| -> Vec<String> { speakers(text).into_iter().map(|s| s.0).collect() };
        assert!(
            names("The company said 287 passengers and 25 crew members had reported vomiting.")
                .is_empty()
        );
        assert_eq!(
            names("Police said the driver told officers he was tired."),
            ["Police"]
        );
        // After a comma, another statement: "…, Ana Ruiz said".
        assert_eq!(
            names("Police said the road was shut, and the mayor said it would reopen."),
            ["Police", "mayor"]
        );
        assert_eq!(
            names("25 crew members had reported vomiting."),
            ["crew members"]
        );
    }

    #[test]
    fn a_name_after_a_quotation_in_single_quotes_is_its_speaker() {
        assert_eq!(
            said("'We will fight back,' said club captain Joel Marr."),
            ["club captain Joel Marr"]
        );
        assert_eq!(
            said("'Who will pay?' said councillor Ana Ruiz."),
            ["councillor Ana Ruiz"]
        );
    }

    #[test]
    fn according_to_a_role_and_the_name_after_it_names_the_speaker() {
        let found =
            facts_of("The system worked, according to the airline's spokeswoman, Liv Hammarsten.");
        let speaker = &found.attributions[0];
        assert_eq!(speaker.surface, "the airline's spokeswoman, Liv Hammarsten");
        assert!(speaker.named);
        // Not where no full name follows.
        assert_eq!(
            said("It was closed, according to the airline's spokeswoman, who gave no name."),
            ["the airline's spokeswoman"]
        );
    }

    #[test]
    fn according_to_and_said() {
        assert_eq!(
            speakers("According to China’s foreign ministry, 26 leaders will come."),
            [(
                "China’s foreign ministry".to_string(),
                vec!["foreign".to_string(), "ministri".to_string()]
            )]
        );
        assert_eq!(
            speakers("Jack Ketsoyan said Friday that she left.")[0].0,
            "Jack Ketsoyan"
        );
        assert_eq!(
            speakers("“We are excited,” said Rory Read, president of AMD.")[0].0,
            "Rory Read"
        );
        assert_eq!(
            speakers("“I am ashamed,” said Ajax coach John Smith.")[0].0,
            "Ajax coach John Smith"
        );
        assert_eq!(
            speakers("“We act,” said Commission President Ursula von der Leyen.")[0].0,
            "Commission President Ursula von der Leyen"
        );
        assert_eq!(
            speakers("“We are sorry,” Oksana Melnyk, the firm's safety officer, said.")[0].0,
            "Oksana Melnyk"
        );
        assert_eq!(
            speakers("“It came down,” Manang's chief officer, Krishna Adhikari, told reporters.")
                [0]
            .0,
            "Krishna Adhikari"
        );
        assert_eq!(
            speakers("“We knew it,” said his coach, Getachew Alemu.")[0].0,
            "Getachew Alemu"
        );
        // A name joined by particles in lower case.
        assert_eq!(
            speakers("“We are studying it,” his lawyer, Pieter van Rensburg, said.")[0].0,
            "Pieter van Rensburg"
        );
        assert_eq!(
            speakers("“We knew it,” said his coach, Ana de la Cruz.")[0].0,
            "Ana de la Cruz"
        );
        assert!(
            speakers("“We knew it,” said officials in the town, Getachew Alemu.")
                .iter()
                .all(|(speaker, _)| speaker != "Getachew Alemu")
        );
        assert_eq!(
            speakers(
                "“None was taken,” the bank's security officer, Yoon Hye-jin, told reporters."
            )[0]
            .0,
            "Yoon Hye-jin"
        );
        for (other, not_the_speaker) in [
            (
                "Officials in Leeds, West Yorkshire, said the road was shut.",
                "Yorkshire",
            ),
            (
                "Residents of the border town, San Ysidro, told reporters it was shut.",
                "Ysidro",
            ),
            (
                "Soldiers loyal to the general, Mohamed Hamdan Dagalo, said it was shut.",
                "Dagalo",
            ),
        ] {
            assert!(
                speakers(other)
                    .iter()
                    .all(|(speaker, _)| !speaker.contains(not_the_speaker)),
                "no name in apposition after a place or a group: {other}"
            );
        }
        assert_eq!(
            speakers("“All walked out,” said rescue operation chief Timur Sadykov.")[0].0,
            "rescue operation chief Timur Sadykov"
        );
        assert!(
            speakers("“It was loud,” said residents in the old town.").is_empty(),
            "no name, no speaker after the quotation"
        );
        assert!(speakers("“We have nothing,” said families fleeing Mosul on foot.").is_empty());
        assert!(speakers("The outbreak has spread to six states.").is_empty());
        assert!(speakers("Troops left the United States on Monday.").is_empty());
        assert!(
            speakers("The agency states that the water is safe.")
                .iter()
                .any(|(speaker, _)| speaker.contains("agency")),
            "a verb of saying after a noun"
        );
        assert!(
            speakers("Officials in Leeds, England, said the blaze was deliberate.").is_empty(),
            "a place in an apposition names no speaker"
        );
        assert_eq!(
            speakers("Analysts say that the parade is large.")[0].0,
            "Analysts"
        );
        assert_eq!(
            speakers("The thieves fled in another car, Le Monde reported.")[0].0,
            "Le Monde",
            "a name is never cut at a stop word"
        );
    }

    #[test]
    fn the_speaker_is_the_phrase_before_times_and_auxiliaries() {
        assert_eq!(
            speakers("Advanced Micro Devices on Wednesday announced a deal.")[0].0,
            "Advanced Micro Devices"
        );
        assert_eq!(
            speakers("Access Hollywood has confirmed the move.")[0].0,
            "Access Hollywood"
        );
        assert_eq!(
            speakers("The police source told AFP the news.")[0].0,
            "police source"
        );
        assert_eq!(
            speakers("The guide, who asked not to be named, said the path was shut.")[0].0,
            "guide"
        );
        assert!(
            speakers("The company announced a deal.").is_empty(),
            "a generic speaker"
        );
    }

    #[test]
    fn places_are_no_speakers_and_names_are_told_apart() {
        assert!(
            speakers("Reporters at the scene said the quake was strong.")
                .iter()
                .all(|(s, _)| s != "scene")
        );
        let named = |text: &str| facts_of(text).attributions.first().map(|a| a.named);
        assert_eq!(
            named("Access Hollywood has confirmed the move."),
            Some(true)
        );
        assert_eq!(named("Police said the quake was strong."), Some(false));
        assert_eq!(
            named("Ana Ruiz's lawyer said she had checked in."),
            Some(false),
            "a name that owns the speaker"
        );
        assert_eq!(
            named("Ana Ruiz’s publicist Tom Vale said she had checked in."),
            Some(true),
            "the speaker named after the owner"
        );
    }

    #[test]
    fn a_role_owned_or_a_title_and_a_name_joined_by_a_hyphen_speak() {
        let said =
            speakers("\"We reached her just in time,\" said the ferry's purser, Tomas Lindqvist.");
        assert_eq!(said.first().map(|s| s.0.as_str()), Some("Tomas Lindqvist"));
        let said = speakers(
            "\"No data was lost,\" Park Ji-hoon, spokesman for the ministry, told \
             reporters.",
        );
        assert_eq!(said.first().map(|s| s.0.as_str()), Some("Park Ji-hoon"));
        let said = speakers(
            "\"The roads are open,\" the regional prefect, Anne-Sophie Marchal, told reporters.",
        );
        assert_eq!(
            said.first().map(|s| s.0.as_str()),
            Some("Anne-Sophie Marchal")
        );
    }

    #[test]
    fn a_person_of_a_body_speaks_for_it() {
        let said = speakers(
            "Inspector Rhys Morgan of Dyfed Powys Police said officers searched the \
             woods.",
        );
        assert_eq!(said.len(), 1);
        assert!(
            said[0].0.contains("Rhys Morgan of Dyfed Powys Police"),
            "{said:?}"
        );
        // Not a place's person; a company is named whole.
        let said = speakers("\"Violence has no place here,\" Bishop Paul Butler of Durham said.");
        assert!(said.iter().all(|(s, _)| !s.contains(" of ")), "{said:?}");
        let said = speakers("\"Demand is lower,\" General Motors of Canada said.");
        assert_eq!(said.len(), 1);
        assert_eq!(said[0].0, "General Motors of Canada");
        // Only a person named before it.
        let said = speakers("Senior officers of Police Scotland said every car was checked.");
        assert_eq!(said.len(), 1);
        assert!(!said[0].0.contains("officers"), "{said:?}");
    }

    #[test]
    fn no_speaker_no_attribution() {
        assert!(speakers("The parade will feature troops and weapons.").is_empty());
        assert!(speakers("He said nothing about it.").is_empty());
    }
}
