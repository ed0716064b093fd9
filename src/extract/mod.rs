//! Extract: claim -> facts. Entities (people, places, organisations, with
//! titles and demonyms set apart), numbers (value or interval, exactness and
//! what they count), dates, attributions, and the content terms used to align
//! claims.
//!
//! Every fact keeps its surface form and its byte span in the original text,
//! plus a normalized key so that `Kim Jong-Un` and `Kim Jong Un` compare
//! equal. Extraction never fails: odd input gives fewer facts.

mod attributions;
mod dates;
mod entities;
mod exceptions;
mod numbers;
pub mod words;

use std::cell::RefCell;
use std::collections::BTreeSet;

use rustc_hash::{FxHashMap, FxHashSet};
use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::OnceLock;

use crate::normalize::{Token, TokenKind};
use crate::segment::{self, Claim};

pub use attributions::{mostly_the_same_words, quotations_said, quoted_ranges, shared_quotation};
pub use dates::{Beginning, DateMention, LastDone};
pub(crate) use entities::PARTICLES;
pub use entities::{EntityKind, Mention, is_title_case, spelled_out};
pub use exceptions::{Exception, NoneTold};
pub use numbers::{
    Change, Exactness, Narrowed, Quantity, QuantityKind, counts_persons, people_of_no_sort,
    same_unit,
};

/// Who a claim is attributed to: "according to X", "X said".
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// The speaker as written.
    pub surface: String,
    /// Byte span of the speaker in the source's original text.
    pub span: Range<usize>,
    /// Stemmed content words of the speaker (`xinhua`, `agenc`, `ministri`),
    /// without places that only say whose speaker it is.
    pub terms: Vec<String>,
    /// Whether the speaker is named (a person or an organisation), as
    /// opposed to "police" or "officials".
    pub named: bool,
    /// Canonical terms of the rest of a reporting clause that follows its
    /// statement ("…, she told *the Herald on Sunday*"): not part of what
    /// is said.
    pub reporting: Vec<Term>,
    /// Whether the claim names its speaker by a pronoun ("…," she said):
    /// `surface` and `span` are then the pronoun's, and the terms those of
    /// the person the claim before names (see [`name_pronoun_speakers`]).
    pub pronoun: bool,
    /// For a pronoun, the name of the person it stands for.
    pub stands_for: Option<Box<str>>,
}

impl Attribution {
    /// The speaker's name: as written, or the one a pronoun stands for.
    pub fn name(&self) -> &str {
        self.stands_for.as_deref().unwrap_or(&self.surface)
    }

    /// The title the speaker is given by alone, folded ("mayor" of "the
    /// mayor"), if that is all it is: not named, nor a pronoun.
    pub fn title_alone(&self) -> Option<String> {
        let title = self.folded_past_the();
        (!self.named && !self.pronoun && words::is_title_phrase(&title)).then_some(title)
    }

    /// The speaker's words folded, a "the" before them aside.
    fn folded_past_the(&self) -> String {
        let folded = crate::normalize::fold(&self.surface);
        match folded.strip_prefix("the ") {
            Some(rest) => rest.to_string(),
            None => folded,
        }
    }

    /// Whether any of the speaker's own words, folded, is as `is` says.
    fn says_word(&self, is: impl Fn(&str) -> bool) -> bool {
        crate::normalize::fold(&self.surface)
            .split(|c: char| !c.is_alphanumeric())
            .any(is)
    }

    /// Whether the speaker's own words give a title ("club captain Joel
    /// Marr", "Gov. Gavin Newsom").
    pub fn titled(&self) -> bool {
        self.says_word(|w| {
            words::TITLES.contains(w) || words::TITLES.contains(words::full_title(w))
        })
    }

    /// Whether the speaker's own words give a title of the past ("former
    /// coach Piet Arends", "the outgoing mayor").
    pub fn formerly_titled(&self) -> bool {
        self.titled() && self.says_word(|w| matches!(w, "former" | "outgoing" | "ex" | "previous"))
    }

    /// Whether the speaker is given a title new to them alone ("the new
    /// patriarch"): who holds it is the story's news, and whoever its
    /// story names with the title may be the one before.
    pub fn newly_titled(&self) -> bool {
        !self.named
            && (self.folded_past_the())
                .strip_prefix("new ")
                .is_some_and(words::is_title_phrase)
    }

    /// Whether a mention of the claim is within the speaker ("Zeta Space
    /// Agency" in "Zeta Space Agency director Tom Hale said").
    pub fn holds(&self, mention: &Mention) -> bool {
        self.span.start <= mention.span.start && mention.span.end <= self.span.end
    }

    /// Whether the speaker is only a body noun ("the company", "the Berlin
    /// carmaker", a place aside), or one word and a body noun ("the
    /// Stuttgart group", whatever Stuttgart is): a body named elsewhere.
    pub fn is_a_body(&self) -> bool {
        let body = |t: &String| words::BODY_NOUNS.contains(t.as_str());
        match self.terms.as_slice() {
            [] => false,
            [one, other] => body(one) || body(other),
            terms => terms.iter().all(body),
        }
    }

    /// Whether the source is an unnamed record, no speaker ("according to
    /// tracking data", "official figures show"): whose record it is, the
    /// claim leaves unsaid, so it may be any speaker's.
    pub fn is_a_record(&self) -> bool {
        !self.named && (self.terms.iter()).any(|t| words::RECORDS.contains(t.as_str()))
    }

    /// Whether the speaker is an unnamed group of people who may speak for
    /// a body ("scientists", "researchers"; see [`words::SPOKESPEOPLE`]):
    /// not prosecutors or officials, who speak for sides.
    pub fn is_a_group(&self) -> bool {
        !self.named && matches!(self.terms.as_slice(), [one] if words::SPOKESPEOPLE.contains(one))
    }

    /// The speaker's words as canonical terms, as claims' content has them.
    pub fn canonical_terms(&self) -> impl Iterator<Item = Term> + '_ {
        self.terms
            .iter()
            .map(|t| Term::of(&canonical_term(t.clone())))
    }
}

/// A content term (a canonical stem) by number. A run knows a few thousand
/// distinct terms and its claims use them hundreds of thousands of times:
/// each claim holds numbers, and each term is stored once for the whole
/// process. Numbers are given in the order terms are first met, which
/// threads may change: they say which terms are equal, never how to order
/// anything shown (`Ord` serves sets only).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Term(u32);

impl std::fmt::Debug for Term {
    /// The stem, not the number (which may differ from run to run).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// Every term met so far: its text by number, and its number by text. The
/// texts are kept to the end of the process: they grow with the distinct
/// words read (a vocabulary), not with how often they are used.
#[derive(Default)]
struct Terms {
    numbers: FxHashMap<&'static str, Term>,
    texts: Vec<&'static str>,
}

fn terms() -> std::sync::MutexGuard<'static, Terms> {
    static TERMS: OnceLock<std::sync::Mutex<Terms>> = OnceLock::new();
    TERMS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Term {
    /// The term of a canonical stem, numbered on first use.
    pub fn of(stem: &str) -> Term {
        let mut terms = terms();
        if let Some(&term) = terms.numbers.get(stem) {
            return term;
        }
        let text: &'static str = Box::leak(stem.into());
        let term = Term(terms.texts.len() as u32);
        terms.texts.push(text);
        terms.numbers.insert(text, term);
        term
    }

    /// The canonical stem.
    pub fn as_str(self) -> &'static str {
        terms().texts[self.0 as usize]
    }
}

/// The facts of one claim.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    /// Named entities mentioned in the claim, in text order.
    pub entities: Box<[Mention]>,
    /// Figures stated in the claim, in text order.
    pub numbers: Box<[Quantity]>,
    /// Dates and weekdays stated in the claim, in text order.
    pub dates: Box<[DateMention]>,
    /// Speakers the claim is attributed to (`according to X`, `X said`).
    pub attributions: Box<[Attribution]>,
    /// Canonical stems of the content words, in order: what alignment
    /// compares, as words and as pairs of neighbours.
    pub content: Box<[Term]>,
    /// Whether the claim tells of an earlier year than the news ("last
    /// year", "the previous year"): its figures are background.
    pub of_an_earlier_year: bool,
    /// Whether the claim tells of a day beside the one it dates ("on
    /// Thursday, a day after the dam gave way"): its weekday may not be
    /// the day of what it tells.
    pub of_two_days: bool,
    /// The dateline the claim opens with, if one ("KARACHI, June 4 (Wire)
    /// -"): where and when the report was filed, not what it tells.
    pub dateline: Option<Dateline>,
    /// The exception the claim makes to what it tells of none, if any.
    pub exception: Option<Box<Exception>>,
    /// The words of none the claim tells ("no U.S. or Western leaders").
    pub nones: Box<[NoneTold]>,
}

/// A claim's opening dateline, as `dates::dateline_len` finds one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dateline {
    /// The byte offset in the original text where it ends: the facts
    /// before it are its own.
    pub end: usize,
    /// How many of the claim's content terms are its own (they come first).
    pub terms: usize,
}

impl Facts {
    /// The canonical terms of the claim's speakers and of any reporting
    /// clause after its statement: words on who said it, not on what.
    pub fn reporting_words(&self) -> impl Iterator<Item = Term> + '_ {
        self.attributions
            .iter()
            .flat_map(|a| a.canonical_terms().chain(a.reporting.iter().copied()))
    }

    /// How many distinct content terms two claims share, and how many the
    /// one with fewer has, leaving out the terms in `left_out`.
    pub fn shared_terms(&self, other: &Facts, left_out: &BTreeSet<Term>) -> (usize, usize) {
        let (a, b) = (self.terms_besides(left_out), other.terms_besides(left_out));
        (a.intersection(&b).count(), a.len().min(b.len()))
    }

    /// The claim's distinct content terms but those in `left_out`.
    fn terms_besides(&self, left_out: &BTreeSet<Term>) -> BTreeSet<Term> {
        self.content
            .iter()
            .copied()
            .filter(|t| !left_out.contains(t))
            .collect()
    }

    /// [`Facts::shared_terms`] leaving out the words of both claims'
    /// speakers and reporting clauses: what they say, not who says it.
    pub fn shared_terms_besides_speakers(&self, other: &Facts) -> (usize, usize) {
        let speakers = self
            .reporting_words()
            .chain(other.reporting_words())
            .collect();
        self.shared_terms(other, &speakers)
    }

    /// [`Facts::shared_terms`] counting each place the claims name as one
    /// term, however many words its name has: claims of two events in the
    /// "Kestrel Peak National Park" share one term by it, not four.
    pub fn shared_terms_places_once(&self, other: &Facts) -> (usize, usize) {
        let places = |facts: &Facts| -> BTreeSet<String> {
            facts
                .entities
                .iter()
                .filter(|m| m.kind == EntityKind::Place && !m.implied)
                .map(Mention::key)
                .collect()
        };
        let words = self.place_words().chain(other.place_words()).collect();
        let (a, b) = (self.terms_besides(&words), other.terms_besides(&words));
        let (px, py) = (places(self), places(other));
        (
            a.intersection(&b).count() + px.intersection(&py).count(),
            (a.len() + px.len()).min(b.len() + py.len()),
        )
    }

    /// The claim's content terms but the words of its speakers, places,
    /// dates and figures (their numbers, "million"; what they count,
    /// measure or befall: "killed" of "killed 12 people"; not what an amount
    /// is of, "the €650m mission"): what two claims share of these says they
    /// tell of one thing.
    pub fn key_terms(&self) -> BTreeSet<Term> {
        let outcome = |o: u8| {
            words::OUTCOMES[usize::from(o)]
                .iter()
                .map(|stem| Term::of(&canonical_term(stem.to_string())))
        };
        let words = |surface: &str| {
            (surface.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<String>>()
        };
        let figures = self.numbers.iter().flat_map(|q| {
            let counted = (q.unit.as_ref())
                .filter(|_| q.kind != QuantityKind::Money)
                .map(|u| Term::of(&canonical_term(u.clone())));
            // The words of its number, and of its span as written ("38
            // minutes", in hours).
            (words(&q.surface).into_iter())
                .filter(|w| words::is_number_word(w) || words::SPANS_OF_TIME.contains(&w.as_str()))
                .map(|w| term(&w))
                .chain(counted)
                .chain(q.measured().iter().copied())
                .chain(q.outcome.into_iter().flat_map(outcome))
        });
        let dates =
            (self.dates.iter()).flat_map(|d| words(&d.surface).into_iter().map(|w| term(&w)));
        let left_out: BTreeSet<Term> = self
            .reporting_words()
            .chain(self.place_words())
            .chain(figures)
            .chain(dates)
            .collect();
        self.terms_besides(&left_out)
    }

    /// The terms of the words of the places the claim names.
    pub fn place_words(&self) -> impl Iterator<Item = Term> + '_ {
        self.entities
            .iter()
            .filter(|m| m.kind == EntityKind::Place)
            .flat_map(|m| m.parts.iter())
            .filter(|part| is_content(part))
            .map(|part| term(part))
    }
}

/// The facts of a claim, among the extracted sources.
pub fn facts_of(sources: &[Extracted], claim: segment::ClaimId) -> &Facts {
    &sources[claim.source.index()].facts[claim.index]
}

/// Evidence gathered over all sources while segmenting, before extracting:
/// which words appear capitalized in the middle of a sentence, and so are
/// names even when they open one, and which appear in lower case, and so
/// are common words when they open one ("Organist Layla Haddad said").
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// The words seen capitalized inside a sentence.
    names: BTreeSet<String>,
    /// Of those, the words seen alone ("told Reuters").
    alone: BTreeSet<String>,
    /// Of those, the words seen alone after no capitalized word at all,
    /// not even a sentence's first ("shares of Pfizer rose", not
    /// "Drugmaker Pfizer said").
    alone_inside: BTreeSet<String>,
    /// And the words seen ending a longer name ("Putin" in "Vladimir
    /// Putin"), but not within one ("Rescue" in "Westpac Rescue Helicopter").
    ending: BTreeSet<String>,
    /// Hashes of the words seen in lower case (a hash is an eighth of the
    /// memory of a word, and a collision only keeps a name whole).
    lower: FxHashSet<u64>,
}

impl Lexicon {
    /// Adds the capitalized words of a claim's tokens seen after its first
    /// word, noting those that stand alone and those that end a name.
    pub fn add(&mut self, tokens: &[Token]) {
        if entities::is_title_case(tokens) {
            return; // Title Case says nothing about which words are names.
        }
        // Past the first word, and not just after a heading's colon
        // ("Jewel thefts: Robbers ram…") or a dateline ("LAGOS (Wire) -
        // Dockers walked out…"), where a sentence starts anew.
        let opener = tokens.iter().position(|t| t.kind == TokenKind::Word);
        let after_dateline = dates::dateline_len(tokens);
        let capitalized = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Word && t.capitalized)
        };
        // A name word before: not "The" or a sentence's first word.
        let name_before = |i: usize| {
            i.checked_sub(1).is_some_and(|k| {
                capitalized(k) && Some(k) != opener && !words::STOPWORDS.contains(tokens[k].base())
            })
        };
        // Nor does a title quoted in Title Case.
        let quoted_titles = entities::quoted_titles(tokens);
        for (i, token) in tokens.iter().enumerate() {
            if token.kind == TokenKind::Word && !token.capitalized && !token.all_caps {
                self.lower.insert(lower_key(token.base()));
            }
            if quoted_titles[i] {
                continue;
            }
            let starts =
                Some(i) == opener || i > 0 && (tokens[i - 1].is_punct(':') || i == after_dateline);
            let base = token.base();
            if token.kind == TokenKind::Word
                && !starts
                && token.capitalized
                && !words::STOPWORDS.contains(base)
            {
                if !self.names.contains(base) {
                    self.names.insert(base.to_string());
                }
                let set = match (name_before(i), capitalized(i + 1)) {
                    (false, false) => Some(&mut self.alone),
                    (true, false) => Some(&mut self.ending),
                    _ => None,
                };
                if let Some(set) = set.filter(|set| !set.contains(base)) {
                    set.insert(base.to_string());
                }
                let after_a_capital = i.checked_sub(1).is_some_and(capitalized);
                if !after_a_capital && !capitalized(i + 1) && !self.alone_inside.contains(base) {
                    self.alone_inside.insert(base.to_string());
                }
            }
        }
    }

    /// The words of several lexicons together.
    pub fn union(mut self, other: Lexicon) -> Lexicon {
        self.names.extend(other.names);
        self.alone.extend(other.alone);
        self.alone_inside.extend(other.alone_inside);
        self.ending.extend(other.ending);
        self.lower.extend(other.lower);
        self
    }

    /// Whether a folded word was seen as a name by itself inside a
    /// sentence, not right after its first word.
    pub fn stands_alone_inside(&self, folded: &str) -> bool {
        self.alone_inside.contains(folded)
    }

    /// Whether a folded word was seen in lower case: a common word, or a
    /// name of a word that is one too ("Rose", "Grant").
    pub fn seen_in_lower_case(&self, folded: &str) -> bool {
        self.lower.contains(&lower_key(folded))
    }

    /// Whether a folded word was seen capitalized inside a sentence.
    pub fn is_name(&self, folded: &str) -> bool {
        self.names.contains(folded)
    }

    /// Whether a folded word was seen inside a sentence as a name of its
    /// own, or ending one, unless it only ends organisations and places
    /// ("Centre" of "Betty Ford Centre" names nothing alone).
    pub fn names_alone(&self, folded: &str) -> bool {
        self.alone.contains(folded)
            || self.ending.contains(folded)
                && !words::ORGANIZATION_WORDS.contains(folded)
                && !words::PLACE_WORDS.contains(folded)
    }
}

/// The key a word seen in lower case is kept by in a [`Lexicon`].
fn lower_key(folded: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(folded)
}

/// A source's claims with the facts of each (`facts[i]` belongs to `claims[i]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// The source's claims, in text order; their tokens are emptied after extraction.
    pub claims: Vec<Claim>,
    /// The facts of each claim, index for index with `claims`.
    pub facts: Vec<Facts>,
}

/// Extracts the facts of every claim of every source (`claims[i]` read from
/// `documents[i]`); `lexicon` holds the capitalization evidence of all of
/// them. Each claim's line is tokenized again.
pub fn all(documents: &[&str], claims: Vec<Vec<Claim>>, lexicon: &Lexicon) -> Vec<Extracted> {
    let work = claims.into_iter().map(|claims| (claims, None)).collect();
    read_all(documents, work, lexicon)
}

/// As [`all`], with each claim's tokens as segmenting kept them
/// (`tokens[i][n]` those of `claims[i][n]`): no line is tokenized again.
pub fn all_tokenized(
    documents: &[&str],
    claims: Vec<(Vec<Claim>, Vec<Vec<Token>>)>,
    lexicon: &Lexicon,
) -> Vec<Extracted> {
    let work = (claims.into_iter())
        .map(|(claims, tokens)| (claims, Some(tokens)))
        .collect();
    read_all(documents, work, lexicon)
}

/// A source's claims, with each claim's tokens if they were kept.
type ClaimsRead = (Vec<Claim>, Option<Vec<Vec<Token>>>);

/// Extracts the facts of each source's claims, from their tokens where
/// given, else from their lines tokenized again.
fn read_all(documents: &[&str], work: Vec<ClaimsRead>, lexicon: &Lexicon) -> Vec<Extracted> {
    // Sources are independent but for the lexicon: side by side.
    let work = work.into_iter().zip(documents).collect();
    let extracted = crate::per_source(work, documents, |((claims, tokens), original)| {
        let mut facts = Vec::with_capacity(claims.len());
        match tokens {
            Some(tokens) => {
                facts.extend(tokens.iter().map(|t| self::facts(t, original, lexicon)));
            }
            None => segment::reread(original, &claims, |tokens| {
                facts.push(self::facts(tokens, original, lexicon));
            }),
        }
        family_names_are_people(&mut facts, original);
        name_pronoun_speakers(&claims, &mut facts, original);
        name_title_speakers(&claims, &mut facts, original);
        continue_quotations(&claims, &mut facts, original);
        share_split_quotations(&claims, &mut facts, original);
        // Small sources read one after the other share the words met (news
        // of one event repeats them); a large one's are many, and go.
        if original.len() >= FORGET_AFTER_BYTES {
            forget_words();
        }
        Extracted { claims, facts }
    });
    // A thread that read sources forgets their words when it ends; this
    // one, which goes on, forgets them now.
    forget_words();
    extracted
}

/// A source of this much text or more has its words forgotten once read:
/// held to the end of the run, they would weigh megabytes.
const FORGET_AFTER_BYTES: usize = 256 * 1024;

/// Marks as a person a single name of no known kind that is the family
/// name of a person the source named before ("Pablo Ferrandis won …
/// Ferrandis struck 11 aces"): the story goes on to name them short. A
/// family in the plural is named by its family name (see [`a_family`]).
/// A name the source gives after "the" is no one's ("the Kestrup Ravens",
/// "The Ravens"): a team's or a band's, not a person's.
fn family_names_are_people(facts: &mut [Facts], original: &str) {
    let named_after_the: FxHashSet<String> = (facts.iter().flat_map(|f| f.entities.iter()))
        .filter(|m| told_after_the(m, original))
        .filter_map(|m| m.parts.last().cloned())
        .collect();
    // A family in the plural may come first ("the compound owned by the
    // Kennedys since 1926 … Kerry Kennedy").
    let all_families: FxHashSet<String> = (facts.iter().flat_map(|f| f.entities.iter()))
        .filter_map(family_name)
        .cloned()
        .collect();
    let mut family_names: FxHashSet<String> = FxHashSet::default();
    for claim in facts.iter_mut() {
        for m in claim.entities.iter_mut() {
            if let Some(family) = a_family(m, original, &all_families) {
                m.parts = Box::new([family]);
                m.kind = EntityKind::Person;
            }
            if m.kind == EntityKind::Other
                && !m.implied
                && m.parts.len() == 1
                && family_names.contains(&m.parts[0])
                && !named_after_the.contains(&m.parts[0])
            {
                m.kind = EntityKind::Person;
            }
        }
        family_names.extend(claim.entities.iter().filter_map(family_name).cloned());
    }
}

/// The family name of a person's name in words all capitalized (not
/// "Ministry of Health").
fn family_name(m: &Mention) -> Option<&String> {
    let capitalized = !m.surface.split(' ').any(starts_lowercase);
    (is_a_person(m) && capitalized)
        .then(|| m.parts.last())
        .flatten()
}

/// The family name a plural after "the" names ("the Belovs", "the
/// Joneses"), if it is the family name of a person the source names.
fn a_family(m: &Mention, original: &str, family_names: &FxHashSet<String>) -> Option<String> {
    let [part] = &m.parts[..] else {
        return None;
    };
    if !told_after_the(m, original) {
        return None;
    }
    let stems = [part.strip_suffix("es"), part.strip_suffix('s')];
    stems
        .into_iter()
        .flatten()
        .find(|stem| family_names.contains(*stem))
        .map(str::to_string)
}

/// Whether the word before a mention is "the" ("the Belovs", "The
/// Ravens").
fn told_after_the(m: &Mention, original: &str) -> bool {
    let before = original[..m.span.start].trim_end();
    (before.rsplit(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// Whether a word starts with a lower-case letter.
fn starts_lowercase(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// Names the speakers that claims give by a pronoun ("“The grid was
/// simply not built for this kind of heat,” she said") after the claim
/// just before, in the same paragraph (past the opening sentences of a
/// quotation of several), when the paragraph names one person up to there:
/// the claim's named speaker if that person ("Passenger Gordon Whitlock,
/// 71, said his wife …"), or the person it tells of, if it has no speaker
/// of its own ("Energy Minister Lucía Ferrandis visited the control
/// centre"). Never one of two ("Witness Karen Doyle was walking her dog.
/// The cyclist, James Ortiz, was thrown into the road. '…,' she said"),
/// nor a person another tells of ("Police said Tom Pike was arrested",
/// "Her neighbour said the river rose"). A pronoun left unnamed is no
/// speaker.
fn name_pronoun_speakers(claims: &[Claim], facts: &mut [Facts], original: &str) {
    for k in 0..facts.len() {
        if facts[k].attributions.iter().any(|a| a.pronoun) {
            let own = facts[k].attributions.iter().all(|a| a.pronoun);
            let named = claim_before_quotation(claims, original, k)
                .filter(|_| own)
                .and_then(|before| {
                    let from = paragraph_start(claims, original, before);
                    let (family, fullest) = only_person(&facts[from..=before])?;
                    let tells_of = facts[before]
                        .entities
                        .iter()
                        .any(|m| m.parts.last() == Some(&family));
                    speaking_person(&facts[before]).or_else(|| {
                        (tells_of && facts[before].attributions.is_empty()).then_some(fullest)
                    })
                });
            let attributions = std::mem::take(&mut facts[k].attributions).into_vec();
            facts[k].attributions = attributions
                .into_iter()
                .filter_map(|a| match (&named, a.pronoun) {
                    (_, false) => Some(a),
                    (Some((name, terms)), true) => Some(Attribution {
                        stands_for: Some(name.as_str().into()),
                        terms: terms.clone(),
                        named: true,
                        ..a
                    }),
                    (None, true) => None,
                })
                .collect();
        }
    }
}

/// Names the speakers that claims give by a title alone ("“We are
/// managing the queue,” the mayor said", "…, said the mayor") after the
/// one person of that title named up to there, in the claim's paragraph
/// or else in its story: "Mayor Nikolaos Zervoudakis welcomed the
/// decision", "Heraklion mayor Nikolaos Zervoudakis", "Nikolaos
/// Zervoudakis, the mayor of Heraklion,". "The mayor" is then Nikolaos
/// Zervoudakis, a named speaker, as a pronoun is. Never one of two
/// ("Tourism Minister Ana Ruiz … Finance Minister Tom Hale … the minister
/// said"), nor where the title is told of anyone else or in another way
/// before ("Vice President", "former Mayor", "the mayor of Lyon", "a
/// mayor"), nor where a counterpart is named, another of the title
/// perhaps named without it ("Stan Deal, the president of Boeing").
fn name_title_speakers(claims: &[Claim], facts: &mut [Facts], original: &str) {
    for k in 0..facts.len() {
        let titles: Vec<Option<String>> = facts[k]
            .attributions
            .iter()
            .map(Attribution::title_alone)
            .collect();
        if titles.iter().all(Option::is_none) {
            continue;
        }
        let paragraph = paragraph_start(claims, original, k);
        let named: Vec<Option<(String, Vec<String>)>> = (titles.iter())
            .map(|title| {
                let title = title.as_deref()?;
                let in_paragraph = || one_holder(claims, facts, original, paragraph..k, title);
                // One named in another paragraph, where this one names no
                // one and nothing else that the holder's claim does not
                // (but in its dateline), its quotations aside: not "In
                // Oakland, the police department cancelled all leave"
                // after "OAKLAND, Calif. - San Francisco Police Chief Bill
                // Scott said".
                let in_story = || {
                    let from = k.saturating_sub(STORY_LOOKBACK);
                    let (at, person) = one_holder(claims, facts, original, from..k, title)?;
                    let dateline = |h: &Mention| {
                        h.span.start == claims[at].span.start
                            && !original[h.span.clone()].chars().any(char::is_lowercase)
                    };
                    let told_with = |m: &Mention| {
                        m.parts.last() == person.parts.last()
                            || (facts[at].entities.iter())
                                .any(|h| h.key() == m.key() && !dateline(h))
                    };
                    // What a quotation names is what is said, not who says it.
                    let quoted = |j: usize, m: &Mention| {
                        let before = original.get(claims[j].span.start..m.span.start);
                        before.is_some_and(leaves_a_quotation_open)
                    };
                    (paragraph..=k)
                        .flat_map(|j| facts[j].entities.iter().map(move |m| (j, m)))
                        .filter(|&(j, m)| !m.implied && !quoted(j, m))
                        .all(|(_, m)| told_with(m))
                        .then_some((at, person))
                };
                let (_, person) = in_paragraph().or_else(in_story)?;
                Some((person.surface.clone(), name_terms(person)))
            })
            .collect();
        for (a, named) in facts[k].attributions.iter_mut().zip(named) {
            if let Some((name, terms)) = named {
                a.stands_for = Some(name.into());
                a.terms = terms;
                a.named = true;
            }
        }
    }
}

/// How many claims back a title alone looks for its holder outside its
/// paragraph: a long news story's length. A longer text is many stories,
/// or a report, whose titles are its sections' to tell.
const STORY_LOOKBACK: usize = 60;

/// The one person that claims `from` to `to` (itself included) name as
/// holding `title` plainly (see [`title_given`]), with the claim of their
/// fullest name: if every other telling of the title before claim `to`
/// refers back to them ("the mayor") or is of another office ("deputy
/// mayor David Belliard", "former President Donald Trump"), and no
/// counterpart is named.
fn one_holder<'a>(
    claims: &[Claim],
    facts: &'a [Facts],
    original: &str,
    Range {
        start: from,
        end: to,
    }: Range<usize>,
    title: &str,
) -> Option<(usize, &'a Mention)> {
    let mut holder: Option<(usize, &Mention)> = None;
    let mut told_at: Vec<usize> = Vec::new();
    for (at, m) in (from..=to).flat_map(|k| facts[k].entities.iter().map(move |m| (k, m))) {
        if !is_a_person(m) {
            continue;
        }
        let Some((word_at, plain)) = title_given(original, m, title) else {
            continue;
        };
        told_at.push(word_at);
        match holder {
            _ if !plain => {}
            Some((_, h)) if h.parts.last() != m.parts.last() => return None,
            Some((_, h)) if h.parts.len() >= m.parts.len() => {}
            _ => holder = Some((at, m)),
        }
    }
    let holder = holder?;
    let text_from = claims[from].span.start;
    let before = original.get(text_from..claims[to].span.start)?;
    let words: Vec<(usize, &str)> = words_at(before).collect();
    let (head, qualifier) = words::title_parts(title);
    let is = |i: Option<usize>, word: &str| {
        i.and_then(|i| words.get(i))
            .is_some_and(|(_, w)| w.eq_ignore_ascii_case(word))
    };
    for (i, &(at, word)) in words.iter().enumerate() {
        if word.eq_ignore_ascii_case("counterpart") {
            return None;
        }
        let the = match qualifier {
            Some(qualifier) if is(i.checked_sub(1), qualifier) => i.checked_sub(2),
            _ => i.checked_sub(1),
        };
        let refers_back = || is(the, "the") && !is(Some(i + 1), "of");
        if word.eq_ignore_ascii_case(head) && !told_at.contains(&(text_from + at)) && !refers_back()
        {
            return None;
        }
    }
    Some(holder)
}

/// Where a person's name is given `title`, and whether plainly (see
/// [`title_words`]): "Mayor Anne Hidalgo", "Paris mayor Anne Hidalgo",
/// "Anne Hidalgo, the mayor of Paris,", "Anne Hidalgo, Paris's mayor,"; not
/// plainly "deputy mayor David Belliard", "Prime Minister Gabriel Attal",
/// "…, a former mayor,". The byte offset of the title's word.
fn title_given(original: &str, m: &Mention, title: &str) -> Option<(usize, bool)> {
    let words = title_words(original, m)?;
    // An abbreviation stands for its title: "Gov." for "governor", "Lt."
    // for "lieutenant" (not "rep", a publicist's as often).
    let full = |w: &str| {
        let abbreviated = original[offset_in(original, w) + w.len()..].starts_with('.');
        let folded = w.to_lowercase();
        if abbreviated {
            words::full_title(&folded).to_string()
        } else {
            folded
        }
    };
    let given: Vec<String> = words.iter().map(|w| full(w)).collect();
    let given: Vec<&str> = given.iter().map(String::as_str).collect();
    let plain = words::holds_title(&given, title, |a, b| a == b)?;
    Some((offset_in(original, words.last()?), plain))
}

/// The words, as written, that give a person's name its title, the title
/// last: one right before it with the word before that ("deputy mayor" of
/// "deputy mayor David Belliard", "Paris mayor" of "Paris mayor Anne
/// Hidalgo"), or a phrase in apposition after it to its head ("the mayor"
/// of "Anne Hidalgo, the mayor of Paris,", "a lawyer" of "Maya Castellano,
/// a lawyer for the alliance").
pub fn title_words<'a>(original: &'a str, m: &Mention) -> Option<Vec<&'a str>> {
    let head = original.get(..m.span.start)?;
    let spaced = head.trim_end_matches(' ');
    // "her publicist, Tree Paine", "the mayor, Anne Hidalgo,".
    let after_comma = spaced.strip_suffix(',').map(|s| s.trim_end_matches(' '));
    let before_name = after_comma.unwrap_or(spaced);
    // "Gov. Gavin Newsom".
    let word_end = before_name.strip_suffix('.').unwrap_or(before_name).len();
    if spaced.len() < head.len() {
        let mut before = words_at(&before_name[..word_end]).rev();
        if let Some((at, word)) = before.next()
            && at + word.len() == word_end
            && (word_end == before_name.len()
                || words::TITLE_ABBREVIATIONS.contains(word.to_lowercase().as_str()))
            && words::is_title_head(words::full_title(&word.to_lowercase()))
        {
            let modifier = before.next().filter(|&(at_modifier, w)| {
                matches!(before_name.get(at_modifier + w.len()..at), Some(" " | ". "))
            });
            let determined = modifier.is_some_and(|(_, w)| {
                matches!(
                    w.to_lowercase().as_str(),
                    "the" | "her" | "his" | "its" | "their"
                ) || w == "s"
                    && (before_name.get(..at))
                        .is_some_and(|b| b.ends_with("'s ") || b.ends_with("\u{2019}s "))
            });
            if after_comma.is_none() || determined {
                return Some(modifier.map(|(_, w)| w).into_iter().chain([word]).collect());
            }
        }
    }
    if let Some(title) = after_comma.and_then(title_of_a_place) {
        return Some(title);
    }
    let mut words = apposition(original.get(m.span.end..)?)?;
    if let Some(of) = (words.iter()).position(|&w| matches!(w, "of" | "for" | "at" | "in")) {
        words.truncate(of);
    }
    (words.len() >= 2).then_some(words)
}

/// The title and its article, as written, of a phrase ending `text` that
/// names a title of a place or a body before the name in apposition: "the
/// governor" of "The governor of Giza, Mahmoud Abdel-Ghaffar", "the
/// president" of "The president of the federation, Jorge Lima".
fn title_of_a_place(text: &str) -> Option<Vec<&str>> {
    // The last few words only: `text` runs from the start of the source.
    let mut words: Vec<&str> = words_at(text).rev().take(7).map(|(_, w)| w).collect();
    words.reverse();
    let of = words.iter().rposition(|&w| matches!(w, "of" | "for"))?;
    let (article, title) = (words.get(of.checked_sub(2)?)?, words[of - 1]);
    // "of Giza", "of the federation", "of the Senate economics committee".
    let after_of = &words[of + 1..];
    let (named, after_the) = match after_of.split_first() {
        Some((the, rest)) if the.eq_ignore_ascii_case("the") => (rest, true),
        _ => (after_of, false),
    };
    let capitalized = named.iter().all(|w| w.starts_with(char::is_uppercase));
    let a_name = (1..=3).contains(&named.len()) && (after_the || capitalized);
    (a_name
        && article.eq_ignore_ascii_case("the")
        && words::is_title_head(words::full_title(&title.to_lowercase())))
    .then(|| vec![*article, title])
}

/// The words, as written, of a phrase in apposition at the start of `text`
/// (at most eight, to the next comma or stop), if it opens as one does:
/// ", the mayor of Paris,", ", a lawyer for the alliance,", ", Paris's
/// mayor."; or after "is", if it names a title or someone's role ("is
/// still the WBF flyweight champion", "is the champion's trainer"; not "is
/// the first woman to lead the bank", "is a former All-Ireland winner").
fn apposition(text: &str) -> Option<Vec<&str>> {
    if let Some(phrase) = text.strip_prefix(", ") {
        return phrase_opening(phrase);
    }
    let rest = text.strip_prefix(" is ")?;
    let rest = ["still ", "now "]
        .iter()
        .fold(rest, |rest, w| rest.strip_prefix(w).unwrap_or(rest));
    let mut words = phrase_opening(rest)?;
    // The words up to the head, the title last ("the WBF flyweight
    // champion" of "… champion after a split decision").
    let head_at = words.iter().position(|w| {
        let w = w.to_lowercase();
        words::PREPOSITIONS.contains(&w) || matches!(w.as_str(), "after" | "who" | "and")
    });
    words.truncate(head_at.unwrap_or(words.len()));
    let head = words.last()?.to_lowercase();
    // A role of someone's ("the champion's trainer") is one too.
    let of_someone = || (words.iter()).any(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"));
    let titled = words::is_title_head(words::full_title(&head)) || of_someone();
    titled.then_some(words)
}

/// The words, as written, of a phrase at the start of `text` (at most
/// eight, to the next comma or stop), if it opens with an article or a
/// possessive.
fn phrase_opening(text: &str) -> Option<Vec<&str>> {
    let phrase = &text[..text
        .find([',', '.', ';', '(', ')', '\n', '\u{2014}', '\u{2013}'])
        .unwrap_or(text.len())];
    let words: Vec<&str> = phrase.split(' ').take(8).collect();
    let opens = words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        ) || w.ends_with("'s")
            || w.ends_with("\u{2019}s")
    });
    opens.then_some(words)
}

/// The words of a text (runs of letters and digits) with their byte
/// offsets.
pub(crate) fn words_at(text: &str) -> impl DoubleEndedIterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| (offset_in(text, w), w))
}

/// The byte offset of `part`, a slice of `text`, within it.
fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// The terms of a person's name as a speaker's: its parts stemmed, in
/// order, once each.
fn name_terms(person: &Mention) -> Vec<String> {
    let mut terms: Vec<String> = person.parts.iter().map(|p| stem(p)).collect();
    terms.sort();
    terms.dedup();
    terms
}

/// Whether a text has a double quotation mark it does not close: an odd
/// number of them, straight or curly.
fn leaves_a_quotation_open(text: &str) -> bool {
    text.matches(QUOTATION_MARKS).count() % 2 == 1
}

/// Gives a quotation told alone, with no words of saying ("“Nobody has
/// even apologised.”"), the speaker of the claim just before it on its
/// line, if that claim opens or closes with a quotation ("“For twelve
/// years I raised her,” Sorokina told reporters."): one speaker quoted at
/// length is credited once. Not after a title or a few words quoted ("Judges
/// praised “The Salt Road” as “fearless”, said panel chair Rhys Morgan"),
/// nor where the claim after it on the line names someone, who may be the
/// quotation's speaker ("“My son was walking home.” The boy's mother, Grace
/// Adeyemi, said …"), or the claim before names someone besides its
/// speaker, who may answer ("“You have had two years,” councillor Lena
/// Voss told Mendes."). A person is carried by name, as a speaker named
/// directly is compared; the speaker is set at the quotation's end, so
/// that it holds none of its names.
fn continue_quotations(claims: &[Claim], facts: &mut [Facts], original: &str) {
    for k in 1..facts.len() {
        let (before, claim) = (&claims[k - 1], &claims[k]);
        let quoting = before.text(original).trim();
        let carries = facts[k].attributions.is_empty()
            && quoted_whole(claim.text(original))
            && on_one_line(original, before, claim)
            && (quoting.starts_with(OPENING_MARKS) || quoting.ends_with(CLOSING_MARKS));
        let someone_after = || {
            claims.get(k + 1).is_some_and(|next| {
                on_one_line(original, claim, next)
                    && (facts[k + 1].attributions.iter().any(|a| a.named)
                        || facts[k + 1].entities.iter().any(is_a_person))
            })
        };
        let Some(speaker) = facts[k - 1].attributions.first() else {
            continue;
        };
        // A speaker who tells someone named ("councillor Lena Voss told
        // Mendes") may be answered. Only a person known as one: a name of
        // no known kind beside the speaker is as often a place or a body
        // ("We lost control of C Block," said …).
        let someone_else = || {
            (facts[k - 1].entities.iter())
                .any(|m| m.kind == EntityKind::Person && !m.implied && !speaker.holds(m))
                || tells_a_title(quoting)
        };
        if !carries || someone_after() || someone_else() {
            continue;
        }
        let carried = carried_to(speaker, &facts[k - 1], claim.span.end);
        facts[k].attributions = vec![carried].into();
    }
}

/// `speaker` of a claim with `facts`, carried to another claim ending at
/// `end`: a person by name, so the speaker is compared as one named
/// directly; its span empty at `end`, so that it holds none of that
/// claim's names.
fn carried_to(speaker: &Attribution, facts: &Facts, end: usize) -> Attribution {
    let person = (facts.entities.iter()).find(|m| is_a_person(m) && speaker.holds(m));
    let carried = match person {
        Some(m) => Attribution {
            surface: m.surface.clone(),
            terms: name_terms(m),
            named: true,
            ..speaker.clone()
        },
        None => Attribution {
            surface: speaker.name().to_string(),
            ..speaker.clone()
        },
    };
    Attribution {
        span: end..end,
        reporting: Vec::new(),
        pronoun: false,
        stands_for: None,
        ..carried
    }
}

/// Gives the claims of one quotation the sentence splitter cut apart the
/// speaker one of them names, where it names one at the quotation's start
/// or end and the others none: "“We take this extremely seriously.
/// Whoever is behind this has put travellers at risk,” Justice Minister
/// Lars Brøndum said" (the first claim is his), "• Defence Minister Karina
/// Holst: “We take this extremely seriously. Whoever is behind this …”"
/// (the second is hers). The quotation runs from a claim leaving one open
/// to the next on its line that closes it.
fn share_split_quotations(claims: &[Claim], facts: &mut [Facts], original: &str) {
    let opens = |i: usize| leaves_a_quotation_open(claims[i].text(original));
    let mut k = 0;
    while k < claims.len() {
        if !opens(k) {
            k += 1;
            continue;
        }
        // The claims up to the one closing the quotation, none between
        // holding a mark.
        let mut end = k + 1;
        while end < claims.len()
            && on_one_line(original, &claims[end - 1], &claims[end])
            && !claims[end].text(original).contains(QUOTATION_MARKS)
        {
            end += 1;
        }
        let closed = end < claims.len()
            && on_one_line(original, &claims[end - 1], &claims[end])
            && opens(end);
        if !closed {
            k += 1;
            continue;
        }
        let speaking: Vec<usize> = (k..=end)
            .filter(|&i| !facts[i].attributions.is_empty())
            .collect();
        if let [at] = speaking[..]
            && (at == k || at == end)
            && speaks_the_quotation(&claims[at], &facts[at].attributions[0], original, at == k)
        {
            for i in (k..=end).filter(|&i| i != at) {
                let carried =
                    carried_to(&facts[at].attributions[0], &facts[at], claims[i].span.end);
                facts[i].attributions = vec![carried].into();
            }
        }
        k = end + 1;
    }
}

/// Whether `speaker` of `claim` speaks the quotation it leaves open
/// (`opens`) or closes: no comma stands between the speaker and the
/// quotation's mark but at either end, nor more than eight words ("Karina
/// Holst: “We", "John Mbadi said the rise was needed: “Our", "Mensah said,
/// “and", "at risk,” Lars Brøndum said"); not "Finance Minister Seán Doyle
/// said the package was fair, but critics were unconvinced: “It is a
/// giveaway.", whose quotation is the critics'.
fn speaks_the_quotation(claim: &Claim, speaker: &Attribution, original: &str, opens: bool) -> bool {
    let text = claim.text(original);
    let at = claim.span.start;
    let between = if opens {
        text.rfind(OPENING_MARKS)
            .and_then(|mark| original.get(speaker.span.end..at + mark))
    } else {
        text.char_indices()
            .find(|&(_, c)| CLOSING_MARKS.contains(&c))
            .and_then(|(mark, c)| original.get(at + mark + c.len_utf8()..speaker.span.start))
    };
    between.is_some_and(|gap| {
        let words = gap
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let inner = gap.trim_matches(|c: char| c == ',' || c.is_whitespace());
        !inner.contains([',', ';']) && words.count() <= 8
    })
}

/// Whether a claim tells its words to someone by a title ("… resident
/// Darnell Hayes told the mayor"), who may answer.
fn tells_a_title(text: &str) -> bool {
    let mut said = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    while let Some(word) = said.next() {
        if word == "told" {
            let next = said.next().map(str::to_lowercase);
            let next = match next.as_deref() {
                Some("the") => said.next().map(str::to_lowercase),
                _ => next,
            };
            if next.is_some_and(|w| words::is_title_head(&w)) {
                return true;
            }
        }
    }
    false
}

/// Marks that open a quotation, straight or curly.
const OPENING_MARKS: [char; 2] = ['"', '\u{201c}'];

/// Marks that close a quotation, straight or curly.
const CLOSING_MARKS: [char; 2] = ['"', '\u{201d}'];

/// Double quotation marks, straight or curly.
const QUOTATION_MARKS: [char; 3] = ['"', '\u{201c}', '\u{201d}'];

/// Whether a claim is one quotation and nothing more.
fn quoted_whole(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(OPENING_MARKS)
        && text.ends_with(CLOSING_MARKS)
        && text.matches(QUOTATION_MARKS).count() == 2
}

/// The claim before the quotation that claim `k` closes, in its
/// paragraph: the one just before, or the one before the sentence that
/// opens a quotation of several ("“Nobody told us anything until the fourth
/// day. People were being sick,” he said"), which has a quotation mark it
/// does not close.
fn claim_before_quotation(claims: &[Claim], original: &str, k: usize) -> Option<usize> {
    let opens_unclosed = |c: &Claim| leaves_a_quotation_open(c.text(original));
    let mut at = k;
    for _ in 0..3 {
        let before = at.checked_sub(1)?;
        if !one_paragraph(original, &claims[before], &claims[at]) {
            return None;
        }
        if !opens_unclosed(&claims[before]) {
            return Some(before);
        }
        at = before;
    }
    None
}

/// The first claim of the paragraph claim `k` is in.
fn paragraph_start(claims: &[Claim], original: &str, k: usize) -> usize {
    let mut at = k;
    while at > 0 && one_paragraph(original, &claims[at - 1], &claims[at]) {
        at -= 1;
    }
    at
}

/// Whether no blank line parts two claims, one after the other.
fn one_paragraph(original: &str, before: &Claim, claim: &Claim) -> bool {
    !before.headline
        && original
            .get(before.span.end..claim.span.start)
            .is_some_and(|gap| gap.matches('\n').count() < 2)
}

/// Whether no line break parts two claims, one after the other: many
/// inputs put each paragraph on a line of its own.
pub(crate) fn on_one_line(original: &str, before: &Claim, claim: &Claim) -> bool {
    (original.get(before.span.end..claim.span.start)).is_some_and(|gap| !gap.contains('\n'))
}

/// Whether a mention names a person: of that kind, or a full name of no
/// known kind.
fn is_a_person(m: &Mention) -> bool {
    !m.implied
        && (m.kind == EntityKind::Person || m.kind == EntityKind::Other && m.parts.len() >= 2)
}

/// A claim's first named speaker, if a person: its name and terms.
fn speaking_person(facts: &Facts) -> Option<(String, Vec<String>)> {
    let speaker = facts.attributions.iter().find(|a| a.named)?;
    let speaks = speaker.stands_for.is_some()
        || facts
            .entities
            .iter()
            .any(|m| is_a_person(m) && speaker.holds(m));
    speaks.then(|| (speaker.name().to_string(), speaker.terms.clone()))
}

/// The one person claims name, by full name or by a family name given
/// before ("Ferrandis", a person's since [`family_names_are_people`]): its
/// family name, and its fullest name and terms, as a speaker's.
fn only_person(claims: &[Facts]) -> Option<(String, (String, Vec<String>))> {
    let people: Vec<&Mention> = (claims.iter().flat_map(|f| f.entities.iter()))
        .filter(|m| is_a_person(m))
        .collect();
    let family = people.first()?.parts.last()?;
    if people.iter().any(|m| m.parts.last() != Some(family)) {
        return None;
    }
    let fullest = people.iter().max_by_key(|m| m.parts.len())?;
    Some((
        family.clone(),
        (fullest.surface.clone(), name_terms(fullest)),
    ))
}

/// Extracts the facts of one claim from its tokens.
pub fn facts(tokens: &[Token], original: &str, lexicon: &Lexicon) -> Facts {
    let mut used = vec![false; tokens.len()];
    let dateline_len = dates::dateline_len(tokens);
    let dates = dates::extract(tokens, original, dateline_len, &mut used);
    let mut numbers = numbers::extract(tokens, original, &mut used);
    let dateline = (dateline_len > 0).then(|| Dateline {
        end: tokens[dateline_len - 1].span.end,
        terms: content(&tokens[..dateline_len]).len(),
    });
    let mut entities = entities::extract(tokens, original, &used, lexicon, dateline_len);
    // The agency in brackets in a dateline ("(Wire) -") files the report;
    // it is no one the story tells of, nor one another story leaves out.
    if let Some(dateline) = dateline {
        entities.retain(|m| {
            let bracketed = original[..m.span.start].trim_end().ends_with('(');
            !(bracketed && m.span.end <= dateline.end)
        });
    }
    numbers::name_ages(&mut numbers, &entities, original);
    let (mut attributions, speakers) = attributions::extract(tokens, original, &entities);
    for m in &mut entities {
        m.of_speaker = (speakers.iter()).any(|s| s.start <= m.span.start && m.span.end <= s.end);
    }
    // Facts keep no spare room (their lists are boxed exactly): a large
    // input has many thousand claims, each with a few facts at most, and
    // the facts live until the end of the run.
    for attribution in &mut attributions {
        attribution.terms = exact(std::mem::take(&mut attribution.terms)).into_vec();
        attribution.reporting = exact(std::mem::take(&mut attribution.reporting)).into_vec();
    }
    Facts {
        content: exact(content(tokens)),
        dateline,
        of_an_earlier_year: dates::of_an_earlier_year(tokens),
        of_two_days: dates::of_two_days(tokens),
        exception: exceptions::exception(tokens),
        nones: exceptions::nones(tokens),
        entities: exact(entities),
        numbers: exact(numbers),
        dates: exact(dates),
        attributions: exact(attributions),
    }
}

/// A list boxed in memory of its exact size. Boxing a vector shrinks it in
/// place, and the allocator (mimalloc) leaves a block shrunk by less than
/// half at its old size: the lists of a large input's facts would hold a
/// quarter more memory than they use.
pub(crate) fn exact<T>(list: Vec<T>) -> Box<[T]> {
    if list.len() == list.capacity() {
        return list.into_boxed_slice();
    }
    let mut exact = Vec::with_capacity(list.len());
    exact.extend(list);
    exact.into_boxed_slice()
}

/// The canonical stems of the content words of a token list, in order.
pub fn content(tokens: &[Token]) -> Vec<Term> {
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && is_content(t.base()))
        .map(|t| term(t.base()))
        .collect()
}

thread_local! {
    /// The terms of the folded words met on this thread.
    static KNOWN: RefCell<FxHashMap<String, Term>> = RefCell::new(FxHashMap::default());
    /// The stems of the folded words met on this thread.
    static STEMS: RefCell<FxHashMap<String, String>> = RefCell::new(FxHashMap::default());
}

/// Empties this thread's memory of words (their terms and stems): once the
/// sources' claims are read, a thread that read them would hold it idle
/// to the end of the run, megabytes on a large input.
fn forget_words() {
    KNOWN.take();
    STEMS.take();
}

/// The term of a folded content word. News repeats its words: each is
/// stemmed and looked up once per thread.
pub(crate) fn term(word: &str) -> Term {
    KNOWN.with_borrow_mut(|known| {
        if let Some(&term) = known.get(word) {
            return term;
        }
        // "Lives" lost are deaths; "lived" and "living" are not.
        let term = match word {
            "live" | "lived" | "living" => Term::of("live"),
            _ => Term::of(&canonical_term(stem(word))),
        };
        if known.len() < 200_000 {
            known.insert(word.to_string(), term);
        }
        term
    })
}

/// A stem with its synonyms folded onto one (`head` -> `leader`, `die` ->
/// `dead`), so paraphrases share terms.
pub fn canonical_term(stem: String) -> String {
    let stem = numbers::canonical_unit(&stem);
    if let Some(first) = paraphrase(&stem) {
        return first.to_string();
    }
    words::SYNONYMS
        .iter()
        .find(|group| group.contains(&stem.as_str()))
        .map_or(stem, |group| group[0].to_string())
}

/// The stem a stem is folded onto by [`words::PARAPHRASES`] (`reporter` ->
/// `journalist`), if it is in a group.
pub fn paraphrase(stem: &str) -> Option<&'static str> {
    PARAPHRASE_STEMS
        .binary_search_by(|(listed, _)| (*listed).cmp(stem))
        .ok()
        .map(|at| PARAPHRASE_STEMS[at].1)
}

/// The stems of [`words::PARAPHRASES`], each with its group's first, sorted:
/// stemmed by the build script, not at every start.
static PARAPHRASE_STEMS: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/paraphrase_stems.rs"));

/// Whether a token is a verb's form in lower case: a past (see
/// [`words::is_past`]) or one of `others` ("has", "will").
pub(crate) fn is_verb_form(t: &Token, others: &[&str]) -> bool {
    t.kind == TokenKind::Word
        && !t.capitalized
        && (words::is_past(&t.folded) || others.contains(&t.folded.as_str()))
}

/// The folded form of token `k`, or nothing past the end.
pub(crate) fn folded_at(tokens: &[Token], k: usize) -> &str {
    tokens.get(k).map_or("", |t| t.folded.as_str())
}

/// Whether a folded word carries content (not a function word, not a letter).
pub fn is_content(word: &str) -> bool {
    word.len() > 1 && !words::STOPWORDS.contains(word)
}

/// The Snowball (Porter 2) English stem of a folded word.
pub fn stem(word: &str) -> String {
    static STEMMER: OnceLock<rust_stemmers::Stemmer> = OnceLock::new();
    STEMS.with_borrow_mut(|stems| {
        if let Some(stem) = stems.get(word) {
            return stem.clone();
        }
        let stemmer = STEMMER
            .get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
        let stem = stemmer.stem(words::standard_form(word)).into_owned();
        if stems.len() < 200_000 {
            stems.insert(word.to_string(), stem.clone());
        }
        stem
    })
}

/// Whether a clock's reading at tokens `start..end` is a gap between
/// racers, minutes and seconds: "finished 1:12 ahead of Mas", "2:05
/// behind", "conceded 2:05", not a time of day.
fn a_gap(tokens: &[Token], start: usize, end: usize) -> bool {
    let after = tokens.get(end).map_or("", |t| t.folded.as_str());
    let before = start
        .checked_sub(1)
        .map_or("", |k| tokens[k].folded.as_str());
    matches!(after, "ahead" | "behind" | "clear" | "adrift")
        || matches!(
            before,
            "conceded" | "lost" | "gained" | "trailed" | "trailing"
        )
}

/// Whether token `k` is a colon within a clock's reading, no space on
/// either side of it: the colons of `2:03:14`.
fn glued_colon(tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|c| c.is_punct(':') && !c.space_before)
        && tokens.get(k + 1).is_some_and(|t| !t.space_before)
}

/// The seconds of a clock's reading after its minutes, at token `k`:
/// the `:14` of `2:03:14` (or `:14.6`), written with no space. The index
/// past them and their count.
fn seconds_after(tokens: &[Token], k: usize) -> Option<(usize, f64)> {
    let seconds = tokens.get(k + 1).filter(|t| t.kind == TokenKind::Number)?;
    let whole = seconds.folded.split('.').next().unwrap_or("");
    let count: f64 = seconds.folded.parse().ok()?;
    (glued_colon(tokens, k) && whole.len() == 2 && count < 60.0).then_some((k + 2, count))
}

/// The original text between two token indices (inclusive start, exclusive end).
fn surface(tokens: &[Token], range: Range<usize>, original: &str) -> (String, Range<usize>) {
    let (Some(first), Some(last)) = (
        tokens.get(range.start),
        tokens.get(range.end.wrapping_sub(1)),
    ) else {
        return (String::new(), 0..0);
    };
    let span = first.span.start..last.span.end;
    (original.get(span.clone()).unwrap_or("").to_string(), span)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::input::{Document, SourceId};
    use crate::segment;

    pub(crate) fn facts_of(text: &str) -> Facts {
        let doc = Document::new(SourceId(0), "A", "a.txt", text.to_string());
        let mut lexicon = Lexicon::default();
        let mut first = None;
        segment::read(&doc, |tokens| {
            lexicon.add(tokens);
            first.get_or_insert_with(|| tokens.to_vec());
        });
        first
            .map(|tokens| facts(&tokens, &doc.original, &lexicon))
            .unwrap_or_default()
    }

    #[test]
    fn kept_tokens_give_the_facts_of_lines_tokenized_again() {
        // Several claims on a line, a fragment too short to be one, a
        // headline, quotes and figures.
        let texts = [
            "Storm kills 12 in Manila\n\nTyphoon Kai killed 12 people on Monday. Ok then. \"We lost everything,\" said Maria Santos, 54, a vendor. Officials said 3,000 homes were damaged.\nThe storm moved west at 20 km/h on Tuesday.\n",
            "Typhoon Kai left 14 dead, the agency said.\n\nAbout 3,000 houses were hit; Santos, 54, said she lost her stall.\n",
        ];
        let docs: Vec<Document> = (texts.iter().enumerate())
            .map(|(i, t)| Document::new(SourceId(i as u16), "S", "s.txt", t.to_string()))
            .collect();
        let originals: Vec<&str> = texts.to_vec();
        let mut lexicon = Lexicon::default();
        let read: Vec<(Vec<Claim>, Vec<Vec<Token>>)> = (docs.iter())
            .map(|doc| {
                let mut kept = Vec::new();
                let claims = segment::read_owned(doc, |tokens| {
                    lexicon.add(&tokens);
                    kept.push(tokens);
                });
                (claims, kept)
            })
            .collect();
        let claims = read.iter().map(|(claims, _)| claims.clone()).collect();
        let again = all(&originals, claims, &lexicon);
        let kept = all_tokenized(&originals, read, &lexicon);
        assert!(again.iter().map(|e| e.claims.len()).sum::<usize>() >= 6);
        assert_eq!(kept, again);
    }

    /// The speakers of every claim of a text, by name.
    fn speakers_of(text: &str) -> Vec<Vec<String>> {
        let doc = Document::new(SourceId(0), "A", "a.txt", text.to_string());
        crate::extract_all(&[doc])[0]
            .facts
            .iter()
            .map(|f| {
                f.attributions
                    .iter()
                    .map(|a| a.name().to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_parts_of_one_quotation_share_its_speaker() {
        let said = speakers_of(
            "\"We take this extremely seriously. Whoever is behind this has put travellers at \
             risk,\" Justice Minister Lars Brondum said.",
        );
        assert_eq!(said, [["Lars Brondum"], ["Justice Minister Lars Brondum"]]);
        let said = speakers_of(
            "Defence Minister Karina Holst: \u{201c}We take this extremely seriously. We will \
             find them. Whoever is behind this has put travellers at risk.\u{201d}",
        );
        assert_eq!(said.len(), 3);
        assert!(
            said.iter()
                .all(|s| s.len() == 1 && s[0].ends_with("Karina Holst")),
            "{said:?}"
        );
        let said = speakers_of(
            "Treasury Secretary John Mbadi said the rise was needed: \u{201c}Our debt is too \
             high. We have no choice.\u{201d}",
        );
        assert!(
            said[1].iter().any(|s| s.ends_with("John Mbadi")),
            "{said:?}"
        );
        // Not across lines, nor where the quotation is not closed, nor
        // where it opens after another's words ("but critics were
        // unconvinced:").
        for text in [
            "Finance Minister Sean Doyle said the package was fair, but critics were \
             unconvinced: \u{201c}It is a giveaway. Taxpayers will pay for it later.\u{201d}",
            "\"We take this extremely seriously.\nWhoever is behind this put travellers at \
             risk,\" Lars Brondum said.",
            "\"We take this extremely seriously. Whoever is behind this, Lars Brondum said.",
        ] {
            let said = speakers_of(text);
            assert!(said[0].is_empty() || said[1].is_empty(), "{text}: {said:?}");
        }
    }

    #[test]
    fn a_quotation_told_alone_goes_on_with_the_speaker_before_it() {
        let said = speakers_of(
            "\"For twelve years I raised her,\" Anna Berg, 38, told reporters. \
             \u{201c}Nobody has even apologised.\u{201d} \"We will go to court.\"",
        );
        assert_eq!(said, [["Anna Berg"], ["Anna Berg"], ["Anna Berg"]]);
        // Not across paragraphs or lines, nor after a claim that quotes
        // nobody or only a title, or names someone who may answer, nor
        // before a claim naming someone else, nor into a claim with more
        // than a quotation.
        for text in [
            "\"It was awful,\" Anna Berg said.\n\n\"Nobody has even apologised.\"",
            "\"It was awful,\" Anna Berg said.\n\"Nobody has even apologised.\"",
            "Anna Berg said the ward was closed. \"Nobody has even apologised.\"",
            "Judges praised \"The Salt Road\" as \"fearless\", said Rhys Morgan. \"I never \
             expected to win.\" Oduya wrote the book in prison.",
            "\"We did all we could,\" said Dan Ross. \"My son was walking home.\" His mother, \
             Grace Adeyemi, wept.",
            "\"It was awful,\" Anna Berg said. \"Nobody apologised,\" and nobody came.",
        ] {
            let said = speakers_of(text);
            assert!(said[1].is_empty(), "{text}: {said:?}");
        }
        let told = speakers_of(
            "Police chief Arturo Mendes faced the council. \"You had two years to fix this,\" \
             councillor Lena Voss told Mendes. \"We have made 12 arrests.\"",
        );
        assert!(told[2].is_empty(), "{told:?}");
        let asked = speakers_of(
            "\"Critics say you ignored the warnings,\" resident Darnell Hayes told the mayor. \
             \"I acted on every report I received.\"",
        );
        assert!(asked[1].is_empty(), "{asked:?}");
    }

    #[test]
    fn a_datelines_agency_and_the_word_after_it_name_no_one() {
        let named = |text: &str| -> Vec<String> {
            (facts_of(text).entities.iter())
                .filter(|m| !m.implied)
                .map(|m| m.surface.clone())
                .collect()
        };
        assert_eq!(
            named("LAGOS, Nigeria (Harbour Wire) - Dockers at Apapa walked out."),
            ["LAGOS", "Nigeria", "Apapa"]
        );
        assert_eq!(
            named("Dockers at Apapa walked out (Harbour Wire reported) on Monday."),
            ["Apapa", "Harbour Wire"]
        );
    }

    #[test]
    fn a_title_speaks_for_the_one_person_of_that_title_named_before() {
        let said = speakers_of(
            "Mayor Nikolaos Zervoudakis welcomed the decision. \"We are managing the queue,\" \
             the mayor said.",
        );
        assert_eq!(said[1], ["Nikolaos Zervoudakis"]);
        // Not one of two; but one of another paragraph of the story.
        let said = speakers_of(
            "Tourism Minister Ana Ruiz and Finance Minister Tom Hale met on Monday. \"It went \
             well,\" the minister said.\n\nMayor Nikolaos Zervoudakis was there.\n\n\"We agreed,\" \
             the mayor said.",
        );
        assert_eq!(said[1], ["minister"]);
        assert_eq!(said[3], ["Nikolaos Zervoudakis"]);
        // The title after the verb, in lower case before the name, or in
        // apposition after it.
        for text in [
            "Mayor Nikolaos Zervoudakis welcomed the decision. \"We are managing the queue,\" \
             said the mayor.",
            "Heraklion mayor Nikolaos Zervoudakis welcomed the decision. \"We are managing the \
             queue,\" the mayor said.",
            "Nikolaos Zervoudakis, the mayor of Heraklion, welcomed the decision.\n\n\"We are \
             managing the queue,\" the mayor said.",
            "Nikolaos Zervoudakis, Heraklion's mayor, welcomed the decision. \"We are managing \
             the queue,\" the mayor said.",
            "The city's mayor, Nikolaos Zervoudakis, welcomed the decision. \"We are managing \
             the queue,\" the mayor said.",
            "The mayor of Heraklion, Nikolaos Zervoudakis, welcomed the decision. \"We are \
             managing the queue,\" the mayor said.",
            "The mayor of the city, Nikolaos Zervoudakis, welcomed the decision. \"We are \
             managing the queue,\" the mayor said.",
        ] {
            assert_eq!(speakers_of(text)[1], ["Nikolaos Zervoudakis"], "{text}");
        }
        // A title of two words, after the verb or before it.
        let said = speakers_of(
            "Prime Minister Keir Starmer visited a factory.\n\n\"We will not raise taxes,\" \
             said the prime minister.",
        );
        assert_eq!(said[1], ["Keir Starmer"]);
        // A place the quotation names is no other place told of.
        let said = speakers_of(
            "Prime Minister Keir Starmer met business leaders.\n\n\"Britain is open for \
             business,\" the prime minister said.",
        );
        assert_eq!(said[1], ["Keir Starmer"]);
        let said = speakers_of(
            "Apple Chief Executive Tim Cook unveiled the phone.\n\n\"It is our best,\" the chief \
             executive said.",
        );
        assert_eq!(said[1], ["Tim Cook"]);
        let said = speakers_of(
            "White House press secretary Karoline Leavitt spoke first.\n\n\"We will respond,\" \
             the press secretary said.",
        );
        assert_eq!(said[1], ["Karoline Leavitt"]);
        let said = speakers_of(
            "Foreign Secretary David Lammy visited Kyiv.\n\n\"We will not waver,\" the prime \
             minister said.",
        );
        assert_eq!(said[1], ["prime minister"]);
        // A title abbreviated; one of another office beside the one holder.
        let said = speakers_of(
            "Gov. Gavin Newsom signed the bill on Monday.\n\n\"It is a good day,\" the governor \
             said.",
        );
        assert_eq!(said[1], ["Gavin Newsom"]);
        let said = speakers_of(
            "President Joe Biden and former President Donald Trump traded barbs on Monday.\n\n\
             \"He is a threat,\" the president said.",
        );
        assert_eq!(said[1], ["Joe Biden"]);
        let said =
            speakers_of("Lt. Gov. Dan Patrick spoke first. \"We stand ready,\" the governor said.");
        assert_eq!(said[1], ["governor"]);
        // Not one of another paragraph that names another place or body,
        // however the lead's dateline is written.
        let said = speakers_of(
            "OAKLAND, Calif. - San Francisco Police Chief Bill Scott said his officers would \
             patrol the bridge.\n\nIn Oakland, the police department cancelled all leave. \
             \"Every officer will be on duty,\" the chief said.",
        );
        assert_eq!(said.last().unwrap(), &["chief"]);
        // Nor one of another office, nor where another of the title may be
        // named without it before the name, nor where the title is told
        // otherwise before ("the mayor of Lyon", "a mayor").
        for text in [
            "Vice President Kamala Harris spoke first. \"We stand ready,\" the president said.",
            "Deputy mayor David Belliard spoke first. \"We stand ready,\" the mayor said.",
            "Mayor Anne Hidalgo met the mayor of Lyon. \"It went well,\" the mayor said.",
            "Mayor Anne Hidalgo spoke.\n\nA mayor from the suburbs came too.\n\n\"It went \
             well,\" the mayor said.",
            "Anne Hidalgo, a former mayor, spoke first. \"We stand ready,\" said the mayor.",
            "President Emmanuel Macron met Stan Deal, the president of Boeing. \"It went \
             well,\" the president said.",
            "President Sergio Mattarella greeted his counterpart Emmanuel Macron. \"It went \
             well,\" the president said.",
            "It was first proposed by former Mayor Michael Bloomberg. \"It is here,\" the \
             mayor said.",
        ] {
            let said = speakers_of(text);
            let last = said.last().unwrap();
            assert!(
                !last.is_empty() && last.iter().all(|name| !name.contains(' ')),
                "{text}: {said:?}"
            );
        }
    }

    #[test]
    fn a_pronoun_speaks_for_the_person_the_claim_before_names() {
        let said = speakers_of(
            "Energy Minister Lucía Ferrandis visited the control centre on Monday. \
             “The grid was not built for this,” she said.",
        );
        assert_eq!(said[1], ["Lucía Ferrandis"]);
        // Past the opening sentence of a quotation of several, to its speaker.
        let said = speakers_of(
            "Passenger Gordon Whitlock, 71, said his wife had been confined to their cabin. \
             \"Nobody told us anything. People were being sick,\" he said.",
        );
        assert_eq!(said[2], ["Passenger Gordon Whitlock"]);
        // Two people before, or a new paragraph: nobody is named.
        let said = speakers_of(
            "Tom Hale met Ana Ruiz on Monday. \"It went well,\" she said.\n\n\"We agreed,\" he said.",
        );
        assert!(said[1].is_empty() && said[2].is_empty(), "{said:?}");
        let said = speakers_of(
            "Witness Karen Doyle, 55, was walking her dog. The cyclist, James Ortiz, was \
             thrown into the road. \"Nothing could be done,\" she said.",
        );
        assert!(said[2].is_empty(), "{said:?}");
        // A family name given before is a person too.
        let said = speakers_of(
            "Energy Minister Lucía Ferrandis flew in. \n\nFerrandis met union leader Jorge \
             Blanco. \"It was not built for this,\" she said.",
        );
        assert!(said[2].is_empty(), "{said:?}");
        for text in [
            "Council leader Peter Moss backed it. Councillor Janet Reid said it would cost \
             dearly. \"A good day,\" he said.",
            "Police said Tom Pike, 19, was arrested. \"We seek no one else,\" he said.",
            "Firefighter Dan Webb pulled a child out. The boy's mother was at work. \"I \
             thought of my son,\" she said.",
        ] {
            let said = speakers_of(text);
            assert!(said.last().is_some_and(Vec::is_empty), "{text}: {said:?}");
        }
        // A comma after the closing quotation mark.
        let said =
            speakers_of("Minister Ana Ruiz flew in. \"It was not built for this\", she said.");
        assert_eq!(said[1], ["Ana Ruiz"]);
        // A team's name is no person's, though it reads as a full name.
        let said = speakers_of(
            "The Kestrup Ravens won the final. \n\nRavens head coach Tomas Berglund was \
             hoarse after the game. \"We were outplayed for two periods,\" he said.",
        );
        assert_eq!(said[2], ["Tomas Berglund"]);
    }

    #[test]
    fn terms_are_stemmed_content_words() {
        let f = facts_of("The leaders were attending the parades in Beijing.");
        let terms: Vec<&str> = f.content.iter().map(|t| t.as_str()).collect();
        assert_eq!(terms, ["leader", "attend", "parad", "beij"]);
        let f = facts_of("Most of the families who lived there lost their lives.");
        let terms: Vec<&str> = f.content.iter().map(|t| t.as_str()).collect();
        assert_eq!(
            terms,
            ["famili", "live", "lose", "dead"],
            "lives lost, not lived"
        );
    }

    #[test]
    fn the_built_paraphrase_table_is_what_the_run_stemmer_gives() {
        // Each word's stem as a run takes it (after its standard form),
        // folded onto its group's first; a later group wins a stem.
        let mut expected: std::collections::BTreeMap<String, String> = Default::default();
        for group in words::PARAPHRASES {
            for word in *group {
                expected.insert(stem(word), stem(group[0]));
            }
        }
        let built: Vec<(String, String)> = (PARAPHRASE_STEMS.iter())
            .map(|&(s, first)| (s.to_string(), first.to_string()))
            .collect();
        assert_eq!(built, expected.into_iter().collect::<Vec<_>>());
        assert_eq!(paraphrase(&stem("reporters")), Some("journalist"));
        assert_eq!(paraphrase(&stem("journalist")), Some("journalist"));
        assert_eq!(paraphrase("zzz"), None);
    }

    #[test]
    fn paraphrases_share_a_term_but_directions_stay_apart() {
        let terms = |text: &str| -> Vec<String> {
            facts_of(text)
                .content
                .iter()
                .map(|t| t.as_str().to_string())
                .collect()
        };
        assert_eq!(
            terms("Reporters joined the probe into the blaze."),
            terms("Journalists joined the inquiry into the fire.")
        );
        let rose = terms("Shares in the firm rose on Monday.");
        assert_ne!(rose, terms("Shares in the firm fell on Monday."));
        assert_eq!(rose, terms("Shares in the company climbed on Monday."));
        assert_eq!(
            terms("Scientists said the blast forced the airline to cancel flights."),
            terms("Researchers said the explosion forced the airline to scrap flights.")
        );
        assert_eq!(
            terms("Migrants said the firm slashed jobs as costs soared."),
            terms("Refugees said the company cut jobs as costs rose.")
        );
        assert_eq!(
            terms("Police recaptured the lynx."),
            terms("Police caught the lynx.")
        );
        assert_eq!(
            terms("Hackers leaked emails after an alert about hazardous cargo."),
            terms("Hackers leaked messages after a warning about dangerous freight.")
        );
        assert_eq!(
            terms("The regulator imposed the fine after the takeover."),
            terms("The regulator imposed the penalty after the acquisition.")
        );
        assert_eq!(
            terms("The typhoon shut the plant before the ruling."),
            terms("The storm closed the factory before the verdict.")
        );
        assert_eq!(
            terms("Police captured the lynx."),
            terms("Police caught the lynx.")
        );
        // A deed and its noun, of stems that differ.
        assert_eq!(
            terms("Injuries, the closure, the departure and the recovery."),
            terms("Injured, they closed, departed and recovered.")
        );
        let journalists = &facts_of("About 40 journalists may enter.").numbers[0];
        let reporters = &facts_of("Only 25 reporters may enter.").numbers[0];
        assert!(journalists.counts_same_thing(reporters));
    }
}
