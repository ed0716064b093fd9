//! Entities: runs of capitalized words, split at titles (`President`,
//! `Prime Minister`) and with demonyms (`Iranian`) set apart as context, so
//! `Iranian President Masoud Pezeshkian` gives the person `Masoud Pezeshkian`
//! with role `president` and origin `iran`. Possessives are stripped
//! (`China’s` -> `China`). A capitalized word that only opens a sentence is a
//! name only if it is capitalized elsewhere too, or a known place.

use std::ops::Range;

use super::Lexicon;
use super::words::{self, WordSet};
use crate::normalize::{Token, TokenKind};

/// What sort of thing an entity is, as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person: a name right after a title (`President`, `Gen.`).
    Person,
    /// A place: a known country or city, a name ending in a place word (`Square`), or one a demonym implies.
    Place,
    /// An organisation: a name ending in an organisation word (`Ministry`, `Court`), or an acronym.
    Organization,
    /// Not told apart: a lone surname, an event name.
    Other,
}

impl EntityKind {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Other => "other",
        }
    }
}

/// One mention of a named entity in a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The name as written, without title, demonym or possessive ending.
    pub surface: String,
    /// Byte span of the name in the source's original text.
    pub span: Range<usize>,
    /// Folded name parts: `Kim Jong-Un` -> `kim`, `jong`, `un`.
    pub parts: Box<[String]>,
    /// What sort of thing the name denotes, as far as its words and context tell.
    pub kind: EntityKind,
    /// Folded title before the name (`president`, `prime minister`).
    pub role: Option<Box<str>>,
    /// The place a demonym or possessive before the name points to (`iran`).
    pub origin: Option<Box<str>>,
    /// A place named only through a demonym (`Iranian` -> `iran`): it shows
    /// the source knows the place, but is not itself a name to report.
    pub implied: bool,
    /// Within the speaker a claim is attributed to ("Iranian officials
    /// said"): whose account it is, not whom it tells of.
    pub of_speaker: bool,
    /// Written in capitals in brackets right after the name just before it,
    /// which it is another name of: "Intel (INTC)", "the Islamic State
    /// (ISIS)".
    pub bracketed: bool,
}

impl Mention {
    /// The folded parts joined by spaces: the key that makes spellings that
    /// differ only in case, hyphens or diacritics equal.
    pub fn key(&self) -> String {
        self.parts.join(" ")
    }
}

/// Lower-case words that may join the capitalized words of one name.
pub(crate) static PARTICLES: WordSet = WordSet::new(&[
    "de", "da", "di", "du", "la", "las", "le", "los", "van", "von", "der", "den", "des", "della",
    "ter", "ten", "bin", "ibn", "al", "el", "del", "do", "dos", "das", "y", "ul",
]);

/// Lower-case words after a hyphen that end a name rather than continue it
/// ("New Zealand-born", "Paris-based").
static HYPHEN_SUFFIXES: WordSet = WordSet::new(&[
    "born",
    "based",
    "led",
    "backed",
    "owned",
    "run",
    "made",
    "style",
    "era",
    "linked",
    "bound",
    "wide",
    "like",
    "funded",
    "built",
    "listed",
    "controlled",
    "friendly",
    "related",
    "specific",
]);

/// First words that make a name a place: `Mount Cook`, `Lake Tekapo`.
static PLACE_PREFIXES: WordSet = WordSet::new(&[
    "mount", "mt", "lake", "gulf", "cape", "port", "fort", "isle", "river", "bay",
]);

/// Finds the entity mentions among `tokens` not already `used` by dates or
/// numbers; the word at `after_dateline`, past the claim's dateline (if
/// any), opens a sentence.
pub fn extract(
    tokens: &[Token],
    original: &str,
    used: &[bool],
    lexicon: &Lexicon,
    after_dateline: usize,
) -> Vec<Mention> {
    let used = &without_ticker_tags(tokens, used);
    let first_word = tokens.iter().position(|t| t.kind == TokenKind::Word);
    let title_case = is_title_case(tokens);
    let quoted_titles = quoted_titles(tokens);
    let mut out = Vec::new();
    let mut i = 0;
    // A possessive place is the origin of the name right after it
    // ("Slovakia’s Prime Minister Robert Fico").
    let mut origin: Option<(usize, String)> = None;
    while i < tokens.len() {
        let Some(end) = run_at(tokens, used, i) else {
            i += 1;
            continue;
        };
        if names_a_work(tokens, i, end) {
            i = end;
            continue;
        }
        let mut run: Vec<usize> = (i..end).collect();
        // "France jewels thefts: Robbers ram…": after a heading's colon, or
        // a dateline's dash, a word is capitalized as a sentence's first.
        let after_colon = i > 0 && tokens[i - 1].is_punct(':');
        if Some(i) == first_word || after_colon || i > 0 && i == after_dateline {
            trim_sentence_opener(tokens, &mut run, lexicon);
        } else if run.len() > 1 && matches!(tokens[i].folded.as_str(), "the" | "a" | "an") {
            run.remove(0); // "The Los Angeles Superior Court" after a quote
        }
        let pieces = if title_case || quoted_titles[i] {
            known_names(tokens, &run, lexicon)
        } else {
            vec![run]
        };
        let inherited = origin
            .take()
            .filter(|(at, _)| *at == i)
            .map(|(_, place)| place);
        for piece in pieces {
            let found = mentions(tokens, &piece, original, inherited.clone());
            if let (Some(last), Some(&k)) = (found.last(), piece.last())
                && last.kind == EntityKind::Place
                && !last.implied
                && tokens[k].is_possessive()
            {
                origin = Some((k + 1, last.key()));
            }
            out.extend(found);
        }
        i = end;
    }
    for k in 1..out.len() {
        out[k].bracketed = in_brackets_after(original, &out[k - 1], &out[k]);
    }
    out
}

/// Whether the run `from..to` is the title of a film, a show or a record
/// that describes a performer: "the Mean Girls actress". A work is not an
/// entity a source can omit.
fn names_a_work(tokens: &[Token], from: usize, to: usize) -> bool {
    let the_before = from > 0 && tokens[from - 1].folded == "the";
    let performer_after = tokens
        .get(to)
        .is_some_and(|t| !t.capitalized && words::PERFORMERS.contains(t.base()));
    the_before && performer_after
}

/// Whether `acronym` is written in capitals in brackets right after `name`.
fn in_brackets_after(original: &str, name: &Mention, acronym: &Mention) -> bool {
    let between = original
        .get(name.span.end..acronym.span.start)
        .unwrap_or("");
    let after = original.get(acronym.span.end..).unwrap_or("");
    let capitals = acronym.surface.len() >= 2
        && acronym
            .surface
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    !name.implied && capitals && between.trim() == "(" && after.starts_with(')')
}

/// Whether a claim is written in Title Case, as headlines are, where capitals
/// say nothing about names: every lower-case word is a short function word.
pub fn is_title_case(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    let lowercase_content = words
        .iter()
        .any(|t| !(t.capitalized || t.folded.len() <= 4 && words::STOPWORDS.contains(&t.folded)));
    let capitalized = words.iter().filter(|t| t.capitalized).count();
    words.len() >= 4 && !lowercase_content && capitalized * 10 >= words.len() * 6
}

/// Per token, whether it is inside a title quoted in Title Case ("see
/// BusinessWeek.com, \"Intel Sharpens its Offensive Game\""), where
/// capitals say nothing about names, as in a headline.
pub(super) fn quoted_titles(tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let quotes: Vec<usize> = (0..tokens.len())
        .filter(|&k| tokens[k].is_punct('"'))
        .collect();
    for pair in quotes.chunks_exact(2) {
        let (open, close) = (pair[0], pair[1]);
        if is_title_case(&tokens[open + 1..close]) {
            out[open + 1..close].iter_mut().for_each(|t| *t = true);
        }
    }
    out
}

/// `used`, with the tokens of stock-ticker tags marked too: "AMD (NYSE:
/// AMD) today announced", "ATI (nasdaq: ATYT - news - people)" restate a
/// company, they name nothing of their own.
fn without_ticker_tags(tokens: &[Token], used: &[bool]) -> Vec<bool> {
    let mut out = used.to_vec();
    for (i, token) in tokens.iter().enumerate() {
        let tag = token.is_punct('(')
            && tokens
                .get(i + 1)
                .is_some_and(|t| words::EXCHANGES.contains(&t.folded))
            && tokens.get(i + 2).is_some_and(|t| t.is_punct(':'));
        if tag {
            // To the closing bracket, or, if none comes soon, the ticker.
            let close = tokens[i..]
                .iter()
                .take(10)
                .position(|t| t.is_punct(')'))
                .map_or((i + 4).min(tokens.len()), |at| i + at + 1);
            out[i..close].iter_mut().for_each(|u| *u = true);
        }
    }
    out
}

/// The end of a run of name words starting at `i`, if one starts there.
fn run_at(tokens: &[Token], used: &[bool], i: usize) -> Option<usize> {
    let is_name_word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !used[k]
                && t.capitalized
                // "4 PM ET" names no one, "Mt. Cook" does.
                && (!t.all_caps || !words::CLOCK_WORDS.contains(&t.folded))
                && !words::NOT_NAMES.contains(&t.folded)
                && !is_weekday(t)
        })
    };
    let token = &tokens[i];
    // A wire service's slug opening a headline ("Cricket-Qureshi's twin
    // hundreds", "UPDATE 1-…") files the story; it names no one.
    let slug = i == 0
        && words::SLUGS.contains(&token.folded)
        && tokens.get(1).is_some_and(|n| n.hyphen_before);
    if slug {
        return None;
    }
    let particle_start = PARTICLES.contains(&token.folded)
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.hyphen_before && n.capitalized);
    if !(is_name_word(i) || particle_start && !used[i]) {
        return None;
    }
    let mut end = i + 1;
    loop {
        if tokens[end - 1].is_possessive() {
            break;
        }
        let Some(next) = tokens.get(end) else { break };
        // "Mt. Cook", "St. Louis": an abbreviation's stop inside a name.
        let abbreviation = tokens[end - 1].folded.len() <= 3 && tokens[end - 1].capitalized;
        if next.is_punct('.') && !next.space_before && abbreviation && is_name_word(end + 1) {
            end += 2;
            continue;
        }
        // "Aoraki/Mt. Cook": a place given in two languages at once, and
        // "AC/DC"; but "Obama/Biden" and "Israel/Gaza" pair two names.
        let slashed = next.is_punct('/')
            && !next.space_before
            && tokens.get(end + 1).is_some_and(|t| {
                !t.space_before
                    && (PLACE_PREFIXES.contains(&t.folded)
                        || t.all_caps && tokens[end - 1].all_caps)
            });
        if slashed && is_name_word(end + 1) {
            end += 2;
            continue;
        }
        if used[end] || next.kind != TokenKind::Word || is_weekday(next) {
            break;
        }
        let name_suffix = next.capitalized
            || !(words::STOPWORDS.contains(&next.folded) || HYPHEN_SUFFIXES.contains(&next.folded));
        if next.hyphen_before && name_suffix || next.capitalized && next.space_before {
            end += 1;
            continue;
        }
        let connector = PARTICLES.contains(&next.folded)
            || next.folded == "of" && joins_with_of(tokens, end - 1)
            || next.folded == "for" && words::TITLES.contains(&tokens[end - 1].folded)
            || next.folded == "and"
                && (joins_with_and(tokens, i, end) || portfolio_goes_on(tokens, i, end));
        if connector && next.space_before && is_name_word(end + 1) {
            end += 2;
            continue;
        }
        // Two particles: "Ana de la Fuente", "Piet van der Berg".
        let second_particle = tokens
            .get(end + 1)
            .is_some_and(|t| t.space_before && PARTICLES.contains(&t.folded) && !t.capitalized);
        if PARTICLES.contains(&next.folded)
            && next.space_before
            && second_particle
            && is_name_word(end + 2)
        {
            end += 3;
            continue;
        }
        // "John van 't Schip": a particle with an elided article.
        let elided = next.folded == "van"
            && tokens.get(end + 1).is_some_and(|t| t.is_punct('\''))
            && tokens
                .get(end + 2)
                .is_some_and(|t| t.folded == "t" && !t.space_before);
        if elided && is_name_word(end + 3) {
            end += 4;
            continue;
        }
        break;
    }
    Some(end)
}

/// The last words of a body's name that "and" may stand within: "Food and
/// Drug Administration", "Department of Health and Human Services", "Fire
/// and Rescue Service", "Health and Safety Executive".
static BODIES_WITH_AND: WordSet = WordSet::new(&[
    "administration",
    "agency",
    "association",
    "authority",
    "board",
    "bureau",
    "commission",
    "committee",
    "corporation",
    "council",
    "department",
    "executive",
    "foundation",
    "fund",
    "institute",
    "ministry",
    "office",
    "organisation",
    "organization",
    "service",
    "services",
]);

/// Whether the "and" at token `and` joins the name from token `start`
/// to a body's name it is part of: one or two capitalized words after it
/// end in a word of a body (see [`BODIES_WITH_AND`]), and the words before
/// it, three at most, name no body, place or title of their own ("Food and
/// Drug Administration", "National Seismic and Ocean Service"; not "the
/// Red Cross and World Health Organization", "Kenya and Uganda Revenue
/// Authority").
fn joins_with_and(tokens: &[Token], start: usize, and: usize) -> bool {
    let start = start + usize::from(tokens[start].folded == "the");
    let before = &tokens[and - 1].folded;
    let after = (tokens[and + 1..].iter())
        .take(4)
        .take_while(|t| t.kind == TokenKind::Word && t.capitalized && t.space_before)
        .count();
    let own = words::ORGANIZATION_WORDS.contains(before)
        || words::PLACE_WORDS.contains(before)
        || words::PLACES.contains(before)
        || (start..and).any(|k| words::TITLES.contains(&tokens[k].folded));
    and - start <= 3
        && (1..=2).contains(&after)
        && BODIES_WITH_AND.contains(&tokens[and + after].folded)
        && !own
}

/// Whether "and" at `and` goes on a title's portfolio told after "of" or
/// "for" in the run from `start`: "Minister of Minerals and Energy".
fn portfolio_goes_on(tokens: &[Token], start: usize, and: usize) -> bool {
    let portfolio = |t: &Token| words::of_a_portfolio(&t.folded);
    let Some(of) = (start + 1..and).find(|&k| matches!(tokens[k].folded.as_str(), "of" | "for"))
    else {
        return false;
    };
    words::TITLES.contains(&tokens[of - 1].folded)
        && tokens[of + 1..and].iter().all(portfolio)
        && tokens.get(and + 1).is_some_and(portfolio)
}

/// "Monday", "Monday's" (not "Sun", a paper's name as well as a day's).
fn is_weekday(token: &Token) -> bool {
    token.base().ends_with("day") && words::weekday(token.base()).is_some()
}

/// More words that take `of` before a name.
static OF_NAMES: WordSet = WordSet::new(&[
    "republic", "kingdom", "isle", "cape", "duke", "duchess", "states",
]);

/// Whether the name word at token `k` takes `of` before a further name:
/// `Gulf of Aden`, `Bank of America`, `Secretary of State`, `United States
/// of America`; but "extradition to the United States of Yevgeny
/// Zhukovsky" names a country and a man.
fn joins_with_of(tokens: &[Token], k: usize) -> bool {
    let word = tokens[k].folded.as_str();
    if word == "states" {
        // A person's name is two capitalized words or more, no place.
        let named = (tokens[k + 2..].iter())
            .take_while(|t| t.capitalized && t.kind == TokenKind::Word)
            .count();
        let place = tokens
            .get(k + 2)
            .is_some_and(|t| words::PLACES.contains(t.base()));
        return named < 2 || place;
    }
    words::ORGANIZATION_WORDS.contains(word)
        || words::PLACE_WORDS.contains(word)
        || words::TITLES.contains(word)
        || OF_NAMES.contains(word)
}

/// Drops the words that are capitalized only because they open the sentence.
fn trim_sentence_opener(tokens: &[Token], run: &mut Vec<usize>, lexicon: &Lexicon) {
    if describes_name(tokens, run, lexicon) {
        run.remove(0);
    }
    while let Some(&first) = run.first() {
        let token = &tokens[first];
        // "ONE Australian and one English climber…", "THE Prime Minister…":
        // a lead-in set in capitals (other capitals may spell a name: "US").
        let lead_in = token.all_caps
            && run.get(1).is_some_and(|&k| !tokens[k].all_caps)
            && (token.base() == "the" || words::is_small_number(token.base()));
        // "Chipmaker AMD", "Rival IBM": a word never seen as a name, before
        // an acronym that names the thing on its own, describes it.
        let describes_acronym = !token.all_caps
            && !lexicon.is_name(token.base())
            && run
                .get(1)
                .is_some_and(|&k| tokens[k].all_caps && tokens[k].kind == TokenKind::Word);
        if words::STOPWORDS.contains(token.base()) && (!token.all_caps || lead_in)
            || describes_acronym
        {
            run.remove(0);
        } else {
            break;
        }
    }
    if let [only] = run[..]
        && !known_alone(&tokens[only], lexicon)
    {
        run.clear();
    }
}

/// Whether the first word of a `run` of two or more, capitalized as it
/// opens a sentence, describes what is named after it: a noun of a role
/// or sort (see [`words::DESCRIBING_NOUNS`]: "Curator Layla Haddad said",
/// "Female Jing Xi, 4, …", "Teammate Norris"), or a common word, seen in
/// lower case and never capitalized inside a sentence, before a name of
/// two words or more or of one seen alone inside a sentence ("Organist
/// Layla Haddad", "Drugmaker Pfizer" with "shares of Pfizer" elsewhere).
/// The name has no word of a place, a body or a function, nor one seen in
/// lower case ("Air India", "Labour Party", "Doctors Without Borders",
/// "Victim Support"). Given names that are common words ("Mark", "Rose",
/// "Grant") and plurals ("Doctors") describe no one.
fn describes_name(tokens: &[Token], run: &[usize], lexicon: &Lexicon) -> bool {
    let token = &tokens[run[0]];
    let word = token.base();
    if run.len() < 2 || token.all_caps || token.inner_capital {
        return false;
    }
    let rest = &run[1..];
    let not_of_a_name = |k: &usize| {
        let w = tokens[*k].base();
        // A particle joins a person's name ("Muhammad al-Harbi").
        if !tokens[*k].capitalized && PARTICLES.contains(w) {
            return false;
        }
        words::ORGANIZATION_WORDS.contains(w)
            || words::PLACE_WORDS.contains(w)
            || words::PLACES.contains(w)
            || words::demonym(w).is_some()
            || words::STOPWORDS.contains(w)
            || lexicon.seen_in_lower_case(w)
    };
    if rest.iter().any(not_of_a_name) {
        return false;
    }
    if words::DESCRIBING_NOUNS.contains(word) {
        return true;
    }
    let named = rest.len() >= 2 || lexicon.stands_alone_inside(tokens[rest[0]].base());
    named
        && lexicon.seen_in_lower_case(word)
        && !lexicon.is_name(word)
        && !word.ends_with('s')
        && !words::COMMON_GIVEN_NAMES.contains(word)
        && !words::TITLES.contains(word)
        && !words::DIRECTIONS.contains(word)
        && !NAME_ADJECTIVES.contains(word)
        && !PLACE_PREFIXES.contains(word)
        && !words::ORGANIZATION_WORDS.contains(word)
        && !words::PLACE_WORDS.contains(word)
        && !OF_NAMES.contains(word)
}

/// Adjectives that begin names of places and bodies as often as they
/// describe: `Northern Ireland`, `New Zealand`, `Greater Manchester`,
/// `National Guard`, `Royal Navy`, `Human Rights Watch`.
static NAME_ADJECTIVES: WordSet = WordSet::new(&[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "new",
    "upper",
    "lower",
    "greater",
    "great",
    "national",
    "royal",
    "federal",
    "united",
    "international",
    "human",
    "world",
    "civil",
    "golden",
    "liberal",
    "general",
    "supreme",
    "high",
]);

/// Whether one capitalized word is a name by itself where capitals say
/// nothing (opening a sentence, in a Title Case headline): known as a
/// name alone, a place, a demonym, or written in capitals, or with a
/// capital inside (`McG`, `SeaMicro`), as no common word is.
fn known_alone(token: &Token, lexicon: &Lexicon) -> bool {
    let word = token.base();
    lexicon.names_alone(word)
        || words::PLACES.contains(word)
        || words::demonym(word).is_some()
        || token.all_caps
        || token.inner_capital
}

/// In a Title Case headline, the pieces of a run made of words known as
/// names from elsewhere.
fn known_names(tokens: &[Token], run: &[usize], lexicon: &Lexicon) -> Vec<Vec<usize>> {
    let mut pieces = vec![Vec::new()];
    for &k in run {
        let word = tokens[k].base();
        let known =
            lexicon.is_name(word) || words::PLACES.contains(word) || words::demonym(word).is_some();
        if known || tokens[k].all_caps {
            if let Some(piece) = pieces.last_mut() {
                piece.push(k);
            }
        } else if pieces.last().is_some_and(|p| !p.is_empty()) {
            pieces.push(Vec::new());
        }
    }
    // A word alone must be known as a name alone: "Rehab Centre" in a
    // headline names no "Centre".
    pieces.retain(|p| match p[..] {
        [] => false,
        [only] => known_alone(&tokens[only], lexicon),
        _ => true,
    });
    pieces
}

/// What one word of a run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Demonym,
    Title,
    Name,
}

/// Splits a run into mentions at its titles, keeping demonyms as origin.
fn mentions(
    tokens: &[Token],
    run: &[usize],
    original: &str,
    mut origin: Option<String>,
) -> Vec<Mention> {
    let roles = roles(tokens, run);
    let mut out = Vec::new();
    let mut role_words: Vec<&str> = Vec::new();
    let mut k = 0;
    while k < run.len() {
        match roles[k] {
            Role::Demonym => {
                let (place, width) = demonym_at(tokens, run, k);
                if let Some(place) = place {
                    out.push(implied_place(tokens, &run[k..k + width], place));
                    origin = Some(place.to_string());
                }
                k += width;
            }
            Role::Title => {
                role_words.push(tokens[run[k]].base());
                k += 1;
            }
            Role::Name => {
                let start = k;
                while k < run.len() && roles[k] == Role::Name {
                    k += 1;
                }
                let role = (!role_words.is_empty()).then(|| role_words.join(" "));
                if let Some(mention) =
                    mention(tokens, &run[start..k], original, role, origin.clone())
                {
                    // A possessive place is the origin of what follows it.
                    if mention.kind == EntityKind::Place && tokens[run[k - 1]].is_possessive() {
                        origin = Some(mention.key());
                    }
                    out.push(mention);
                }
                role_words.clear();
            }
        }
    }
    out
}

/// The place a demonym points to, as an implied mention.
fn implied_place(tokens: &[Token], run: &[usize], place: &str) -> Mention {
    let start = run.first().map_or(0, |&k| tokens[k].span.start);
    let end = run.last().map_or(0, |&k| tokens[k].span.end);
    Mention {
        surface: place.to_string(),
        span: start..end,
        parts: super::exact(place.split(' ').map(str::to_string).collect()),
        kind: EntityKind::Place,
        role: None,
        origin: None,
        implied: true,
        bracketed: false,
        of_speaker: false,
    }
}

/// The role of each word in a run.
fn roles(tokens: &[Token], run: &[usize]) -> Vec<Role> {
    let base = |k: usize| tokens[run[k]].base();
    let is_title = |k: usize| words::TITLES.contains(base(k));
    let mut roles: Vec<Role> = (0..run.len())
        .map(|k| {
            // After "of" a demonym is within the name: "Organization of
            // American States", "Museum of Russian Art".
            let after_of = k > 1 && base(k - 1) == "of" && !is_title(k - 2);
            if demonym_at(tokens, run, k).0.is_some() && (k == 0 || !is_title(k - 1)) && !after_of {
                Role::Demonym
            } else if is_title(k) || k > 0 && base(k) == "elect" && is_title(k - 1) {
                // "President-elect Maria Lopez".
                Role::Title
            } else {
                Role::Name
            }
        })
        .collect();
    // The second word of a two-word demonym ("North Korean").
    for k in 1..run.len() {
        if roles[k - 1] == Role::Demonym && demonym_at(tokens, run, k - 1).1 == 2 {
            roles[k] = Role::Demonym;
        }
    }
    // A demonym that opens an organisation's or a place's name is part of it
    // ("European Union", "Russian Foreign Ministry").
    for k in 0..run.len() {
        if roles[k] != Role::Demonym || roles.get(k + 1) != Some(&Role::Name) {
            continue;
        }
        let last = (k + 1..run.len())
            .take_while(|&j| roles[j] == Role::Name)
            .last()
            .unwrap_or(k);
        if words::ORGANIZATION_WORDS.contains(base(last)) || words::PLACE_WORDS.contains(base(last))
        {
            roles[k..=last].iter_mut().for_each(|r| *r = Role::Name);
        }
    }
    // An ocean is its own demonym: after a point of the compass it ends a
    // place's name ("the South Pacific"), no one's origin.
    for k in 1..run.len() {
        let after_a_point = roles[k] == Role::Demonym && words::DIRECTIONS.contains(base(k - 1));
        if after_a_point && demonym_at(tokens, run, k).0 == Some(base(k)) {
            roles[k - 1..=k].iter_mut().for_each(|r| *r = Role::Name);
        }
    }
    // Modifiers next to a title belong to it ("Prime Minister", "Under-Secretary-General").
    for _ in 0..2 {
        for k in 0..run.len() {
            let title_before = k > 0 && roles[k - 1] == Role::Title;
            let title_after = k + 1 < run.len() && roles[k + 1] == Role::Title;
            // A portfolio only opens a title ("Associate Housing Minister"),
            // never ends a name ("Octopus Energy Chief Executive").
            let after_a_name = k > 0
                && roles[k - 1] == Role::Name
                && !words::TITLE_MODIFIERS.contains(base(k - 1));
            let modifier = words::TITLE_MODIFIERS.contains(base(k))
                && (title_before || title_after)
                || words::PORTFOLIOS.contains(base(k)) && title_after && !after_a_name;
            if roles[k] == Role::Name && modifier {
                roles[k] = Role::Title;
            }
        }
    }
    // A title's portfolio told after "of" or "for" is part of it before a
    // name: "Secretary of State Antony Blinken", "Minister of Minerals and
    // Energy Kabelo Ntshekisang", "Minister for Foreign Affairs Penny Wong";
    // so is its place where a name follows ("Mayor of London Sadiq Khan",
    // not "the Prince of Wales").
    for k in 1..run.len() {
        if roles[k - 1] != Role::Title || !matches!(base(k), "of" | "for") {
            continue;
        }
        let of_the_portfolio = |j: &usize| words::of_a_portfolio(base(*j));
        let of_the_place = |j: &usize| of_the_portfolio(j) || words::PLACES.contains(base(*j));
        let end = (k + 1..run.len()).take_while(of_the_portfolio).last();
        let placed = (k + 1..run.len())
            .take_while(of_the_place)
            .last()
            .filter(|&e| e + 1 < run.len());
        if let Some(end) = placed.max(end).filter(|&e| base(e) != "and") {
            roles[k..=end].iter_mut().for_each(|r| *r = Role::Title);
        }
    }
    // A place or body word between two titles is part of them ("Deputy City
    // Attorney", "Assistant District Attorney").
    for k in 1..run.len().saturating_sub(1) {
        let between_titles = roles[k - 1] == Role::Title && roles[k + 1] == Role::Title;
        let word = base(k);
        if between_titles
            && (words::PLACE_WORDS.contains(word) || words::ORGANIZATION_WORDS.contains(word))
        {
            roles[k] = Role::Title;
        }
    }
    // Titles opening a body's name are part of it: "General Motors (of
    // Canada)", "General Wayne Community Hospital", not a general named
    // "Motors".
    let first_name = roles.iter().position(|r| *r == Role::Name);
    if let Some(first) =
        first_name.filter(|&f| f > 0 && roles[..f].iter().all(|r| *r == Role::Title))
    {
        let last = (first..run.len())
            .take_while(|&j| roles[j] == Role::Name)
            .last()
            .unwrap_or(first);
        let of_a_body = |k: usize| words::ORGANIZATION_WORDS.contains(base(k));
        if of_a_body(first) || last + 1 == run.len() && of_a_body(last) {
            roles.iter_mut().for_each(|r| *r = Role::Name);
        }
    }
    // A title is only a title before a name: "the Court" is not a person
    // either way.
    if let Some(last) = roles.iter().rposition(|r| *r == Role::Name) {
        for role in roles.iter_mut().skip(last + 1) {
            if *role == Role::Title {
                *role = Role::Demonym; // dropped like a trailing demonym
            }
        }
    }
    roles
}

/// A demonym of one or two words at run position `k`: its place and width.
fn demonym_at(tokens: &[Token], run: &[usize], k: usize) -> (Option<&'static str>, usize) {
    let word = tokens[run[k]].base();
    if let Some(&next) = run.get(k + 1)
        && words::opens_a_demonym_of_two_words(word)
    {
        let pair = format!("{word} {}", tokens[next].base());
        if let Some(place) = words::demonym(&pair) {
            return (Some(place), 2);
        }
    }
    (words::demonym(word), 1)
}

/// A word's part of a name key: folded, without a possessive, and with its
/// abbreviation spelled out: `Mt Cook` is `Mount Cook`, `Ft. Worth` is
/// `Fort Worth` (never `St.`, which is Saint or Street).
pub(super) fn name_part(token: &Token) -> &str {
    spelled_out(token.base())
}

/// A folded word of a name with its abbreviation spelled out (`mt` ->
/// `mount`, `ft` -> `fort`).
pub fn spelled_out(word: &str) -> &str {
    match word {
        "mt" => "mount",
        "ft" => "fort",
        other => other,
    }
}

/// Builds the mention for the name words `run`.
fn mention(
    tokens: &[Token],
    run: &[usize],
    original: &str,
    role: Option<String>,
    origin: Option<String>,
) -> Option<Mention> {
    // The span runs from word to word: a title's dot cut off before the
    // name ("Gov. Ada Obi") is no part of it.
    let is_word = |k: &&usize| tokens[**k].kind != TokenKind::Punct;
    let (&first, &last) = (run.iter().find(is_word)?, run.iter().rfind(is_word)?);
    let parts: Vec<String> = run
        .iter()
        .filter(|&&k| tokens[k].kind == TokenKind::Word)
        .map(|&k| name_part(&tokens[k]).to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let acronym = run.iter().any(|&k| tokens[k].all_caps); // "U.S." is no "us"
    if !acronym
        && parts
            .iter()
            .all(|p| words::STOPWORDS.contains(p) || PARTICLES.contains(p))
    {
        return None;
    }
    let start = tokens[first].span.start;
    let end = tokens[last].span.end - tokens[last].possessive_len(original);
    let kind = kind_of(
        &parts,
        tokens[first].all_caps && run.len() == 1,
        role.is_some(),
    );
    Some(Mention {
        surface: original.get(start..end).unwrap_or("").to_string(),
        span: start..end,
        parts: super::exact(parts),
        kind,
        role: role.map(Into::into),
        origin: origin.map(Into::into),
        implied: false,
        bracketed: false,
        of_speaker: false,
    })
}

/// Guesses the kind of a name from its words and what stands before it.
fn kind_of(parts: &[String], acronym: bool, after_title: bool) -> EntityKind {
    let key = parts.join(" ");
    let last = parts.last().map(String::as_str).unwrap_or("");
    let first = parts.first().map(String::as_str).unwrap_or("");
    if after_title {
        EntityKind::Person
    } else if words::PLACES.contains(&key) || matches!(key.as_str(), "us" | "uk" | "usa") {
        EntityKind::Place
    } else if words::ORGANIZATION_WORDS.contains(last) || acronym {
        EntityKind::Organization
    } else if words::PLACE_WORDS.contains(last)
        || PLACE_PREFIXES.contains(first)
        || parts[..parts.len().saturating_sub(1)]
            .iter()
            .any(|p| p == "mount")
    {
        // "Aoraki-Mount Cook", as "Mount Cook", is a mountain (parts have
        // "Mt" spelled out).
        EntityKind::Place
    } else {
        EntityKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::facts_of;

    fn names(text: &str) -> Vec<String> {
        let entities = facts_of(text).entities;
        entities
            .iter()
            .filter(|m| !m.implied)
            .map(|m| m.surface.clone())
            .collect()
    }

    #[test]
    fn particles_join_the_parts_of_a_name() {
        assert_eq!(
            names("Floods hit Rio Grande do Sul and Luiz Inacio Lula da Silva flew in."),
            ["Rio Grande do Sul", "Luiz Inacio Lula da Silva"]
        );
        assert_eq!(names("What Sam and Ana do Sunday is rest."), ["Sam", "Ana"]);
        assert_eq!(
            names("The mayor, Piet van der Berg, cut the ribbon."),
            ["Piet van der Berg"]
        );
        assert_eq!(
            names("The judge, Ana de las Fuentes, read the verdict."),
            ["Ana de las Fuentes"]
        );
    }

    #[test]
    fn a_zone_written_in_capitals_is_no_name_but_mt_for_mount_is() {
        assert_eq!(
            names("He was taken to Mt. Cook Village at 4 PM MT on Friday."),
            ["Mt. Cook Village"]
        );
        assert_eq!(
            names("He fell in Aoraki/Mt. Cook National Park, or AC/DC."),
            ["Aoraki/Mt. Cook National Park", "AC/DC"]
        );
        assert_eq!(
            names("Talks on the Israel/Gaza border."),
            ["Israel", "Gaza"]
        );
        assert_eq!(
            names("A poster of Obama/Biden hung there."),
            ["Obama", "Biden"]
        );
        let park = &facts_of("Rescuers reached Mt Cook National Park.").entities[0];
        assert_eq!(park.key(), "mount cook national park");
    }

    #[test]
    fn ticker_tags_and_the_web_name_nothing() {
        assert_eq!(
            names("Shares of AMD (NYSE: AMD) rose after SeaMicro, the Web site said."),
            ["AMD", "SeaMicro"]
        );
        assert_eq!(
            names("It buys ATI Technologies (nasdaq: ATYT - news - people) in Canada."),
            ["ATI Technologies", "Canada"]
        );
        assert_eq!(
            names("Shares of AMD (NYSE: AMD rose after SeaMicro and Intel said so."),
            ["AMD", "SeaMicro", "Intel"],
            "an unclosed tag covers the ticker only"
        );
    }

    #[test]
    fn a_title_opening_a_bodys_name_is_part_of_it() {
        assert_eq!(
            names("Workers at General Motors and General Dynamics voted."),
            ["General Motors", "General Dynamics"]
        );
        assert_eq!(
            names("General Motors of Canada hired."),
            ["General Motors of Canada"]
        );
        let facts = facts_of("Shares of General Electric fell.");
        assert_eq!(facts.entities[0].kind, EntityKind::Organization);
        assert_eq!(
            names("Staff at General Wayne Community Hospital left."),
            ["General Wayne Community Hospital"],
            "a body's word ends it"
        );
        assert_eq!(names("General Mark Milley spoke."), ["Mark Milley"]);
        assert_eq!(names("He met President Lula there."), ["Lula"]);
    }

    #[test]
    fn a_title_and_its_dot_stay_out_of_the_name() {
        assert_eq!(
            names("Lagos Gov. Ada Obi said 40 were hurt."),
            ["Lagos", "Ada Obi"]
        );
        assert_eq!(
            names("President-elect Maria Lopez arrived on Sunday."),
            ["Maria Lopez"]
        );
    }

    #[test]
    fn a_players_place_and_a_wire_slug_stay_out_of_the_name() {
        assert_eq!(
            names("Opener Mohammad Zeeshan Qureshi made 112 in Qadirabad."),
            ["Mohammad Zeeshan Qureshi", "Qadirabad"]
        );
        assert_eq!(
            names("Cricket-Qureshi's twin hundreds steer Pakistan to a win."),
            ["Qureshi", "Pakistan"]
        );
    }

    #[test]
    fn elided_particles_stay_in_the_name() {
        assert_eq!(
            names("Ajax coach John van 't Schip said he was ashamed."),
            ["John van 't Schip"]
        );
    }

    #[test]
    fn openers_lead_ins_and_weekdays_are_not_names() {
        assert_eq!(
            names("Jewel thefts: Robbers ram a car into a Paris shop."),
            ["Paris"]
        );
        assert_eq!(
            names("ONE Australian and one English climber died in New Zealand."),
            ["New Zealand"]
        );
        assert_eq!(names("US officials met WHO experts."), ["US", "WHO"]);
        assert_eq!(
            names("After Monday's robbery, The Sun said thieves fled."),
            ["Sun"]
        );
    }

    #[test]
    fn a_work_that_describes_a_performer_is_no_entity() {
        assert_eq!(
            names("Paris Hilton met the Summer Rain actress in Rome."),
            ["Paris Hilton", "Rome"]
        );
        assert_eq!(
            names("The singer met Summer Rain in Rome."),
            ["Summer Rain", "Rome"]
        );
    }

    #[test]
    fn a_place_word_between_titles_is_part_of_them() {
        assert_eq!(
            names("The case went to Chief Deputy City Attorney Terry Wood on Monday."),
            ["Terry Wood"]
        );
        assert_eq!(
            names("Assistant District Attorney Ann Lee spoke."),
            ["Ann Lee"]
        );
    }

    #[test]
    fn a_capital_inside_a_word_opening_a_sentence_makes_it_a_name() {
        assert_eq!(names("McG made the film in Dubai."), ["McG", "Dubai"]);
        assert_eq!(names("DeWitt sold the firm."), ["DeWitt"]);
        assert!(names("Director made the film.").is_empty());
    }

    /// The names of a text's last sentence, with what the whole text says
    /// about which words are names.
    fn names_of_last(text: &str) -> Vec<String> {
        use crate::input::{Document, SourceId};
        let doc = Document::new(SourceId(0), "A", "a.txt", text.to_string());
        let mut lexicon = Lexicon::default();
        let mut last = Vec::new();
        crate::segment::read(&doc, |tokens| {
            lexicon.add(tokens);
            last = tokens.to_vec();
        });
        let facts = crate::extract::facts(&last, &doc.original, &lexicon);
        facts.entities.iter().map(|m| m.surface.clone()).collect()
    }

    #[test]
    fn a_noun_of_a_role_opening_a_sentence_describes_the_name_after_it() {
        let said = " said the box was the jewel of the collection.";
        assert_eq!(
            names(&format!("Curator Layla Haddad{said}")),
            ["Layla Haddad"]
        );
        assert_eq!(
            names("Female Jing Xi, 4, will stay at the zoo."),
            ["Jing Xi"]
        );
        // Other words opening a name are its own.
        assert_eq!(names(&format!("Mark Thompson{said}")), ["Mark Thompson"]);
        assert_eq!(
            names("Human Rights Watch declined to comment on the case."),
            ["Human Rights Watch"]
        );
        assert_eq!(
            names("Doctors Without Borders evacuated its staff on Monday."),
            ["Doctors Without Borders"]
        );
        assert_eq!(
            names("South Korea sent a team to the site."),
            ["South Korea"]
        );
        // Only a sentence's first word: "The Producer Price Index".
        assert_eq!(
            names("The Producer Price Index rose in March."),
            ["Producer Price Index"]
        );
        assert_eq!(names("Teammate Norris was third."), ["Norris"]);
        // A particle inside the name is the name's.
        assert_eq!(
            names("Meteorologist Faisal al-Qahtani said it was rare."),
            ["Faisal al-Qahtani"]
        );
        assert_eq!(
            names("Curator Ana de la Fuente said it was rare."),
            ["Ana de la Fuente"]
        );
    }

    #[test]
    fn a_common_word_opening_a_sentence_describes_the_persons_name_after_it() {
        let said = " said the box was the jewel of the collection.";
        let organist = format!("The organist left. Organist Layla Haddad{said}");
        assert_eq!(names_of_last(&organist), ["Layla Haddad"]);
        let one = format!("The standard rose. Standard Chartered{said}");
        assert_eq!(names_of_last(&one), ["Standard Chartered"]);
        // Never seen in lower case, or seen as a name inside a sentence.
        let unseen = format!("Organist Layla Haddad{said}");
        assert_eq!(names_of_last(&unseen), ["Organist Layla Haddad"]);
        let named = format!("She met Rosa Mary Bell. Prices rosa. Rosa Mary Bell{said}");
        assert_eq!(names_of_last(&named), ["Rosa Mary Bell"]);
        let drugmaker = "Shares of Pfizer rose. The drugmaker gained. Drugmaker Pfizer said so.";
        assert_eq!(names_of_last(drugmaker), ["Pfizer"]);
        // A given name that is a common word, one word after it not seen
        // alone, words of a place or a body: a name of their own.
        let mark = format!("Prices would mark a change. Mark Thompson Jr{said}");
        assert_eq!(names_of_last(&mark), ["Mark Thompson Jr"]);
        let party = format!("Labour costs rose. Labour Party officials{said}");
        assert_eq!(names_of_last(&party), ["Labour Party"]);
        let air = format!("The air was cold. Air India{said}");
        assert_eq!(names_of_last(&air), ["Air India"]);
        let pictures =
            format!("The film was paramount. Its pictures won. Paramount Pictures{said}");
        assert_eq!(names_of_last(&pictures), ["Paramount Pictures"]);
        let human = format!("Human rights matter. Human Rights Watch{said}");
        assert_eq!(names_of_last(&human), ["Human Rights Watch"]);
        let doctors = format!("The doctors left. Doctors Without Borders{said}");
        assert_eq!(names_of_last(&doctors), ["Doctors Without Borders"]);
        let lake = "The lake froze early. Lake Tekapo Village is the coldest, Tekapo says.";
        assert_eq!(names_of_last(lake)[0], "Lake Tekapo Village");
        let south = "It lies south of the city. South Korea sent a team to the site.";
        assert_eq!(names_of_last(south), ["South Korea"]);
    }

    #[test]
    fn an_opener_is_a_name_alone_only_when_seen_as_one() {
        let within =
            "A Westpac Rescue Helicopter was called. Rescue personnel could not reach him.";
        assert!(
            names_of_last(within).is_empty(),
            "'Rescue' only stood within a name"
        );
        let ending = "He met Vladimir Putin on Monday. Putin said the talks went well.";
        assert_eq!(names_of_last(ending), ["Putin"]);
        let alone = "The news was told to Reuters in Paris. Reuters said the talks went well.";
        assert_eq!(names_of_last(alone), ["Reuters"]);
        let head = "She left the Betty Ford Centre in June. Centre staff said she was well.";
        assert!(
            names_of_last(head).is_empty(),
            "'Centre' names nothing alone"
        );
        let headline = "Lindsay Lohan left the Betty Ford Centre in June.\n\
                        Lohan Checks Into Different Rehab Centre";
        assert_eq!(names_of_last(headline), ["Lohan"]);
    }

    #[test]
    fn titles_and_demonyms_are_set_apart() {
        let f = facts_of(
            "Talks include Iranian President Masoud Pezeshkian and Prime Minister Shehbaz Sharif.",
        );
        assert!(f.entities[0].implied && f.entities[0].key() == "iran");
        let m = &f.entities[1];
        assert_eq!(m.surface, "Masoud Pezeshkian");
        assert_eq!(
            (m.kind, m.role.as_deref(), m.origin.as_deref()),
            (EntityKind::Person, Some("president"), Some("iran"))
        );
        assert_eq!(f.entities[2].surface, "Shehbaz Sharif");
        assert_eq!(f.entities[2].role.as_deref(), Some("prime minister"));
        // An ocean after a point of the compass is a place's name, no origin.
        let sea = facts_of("The storm formed over the North Atlantic on Monday.");
        assert_eq!(sea.entities.len(), 1);
        assert!(!sea.entities[0].implied && sea.entities[0].key() == "north atlantic");
        let islands = facts_of("Pacific nations met in Suva.");
        assert!(islands.entities[0].implied && islands.entities[0].key() == "pacific");
        let miner = facts_of("A South African miner was rescued.");
        assert!(miner.entities[0].implied && miner.entities[0].key() == "south africa");
    }

    #[test]
    fn a_portfolio_belongs_to_its_title() {
        let f = facts_of("Energy Minister Pablo Ortega met Transport Secretary Ana Ruiz.");
        let found: Vec<(&str, Option<&str>)> = f
            .entities
            .iter()
            .map(|m| (m.surface.as_str(), m.role.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                ("Pablo Ortega", Some("energy minister")),
                ("Ana Ruiz", Some("transport secretary"))
            ]
        );
        let party = facts_of("It was backed by Labour leader Keir Starmer.");
        assert_eq!(party.entities[0].surface, "Labour");
        let deputy = facts_of("It was backed by Associate Housing Minister Aroha Tipini.");
        assert_eq!(deputy.entities[0].surface, "Aroha Tipini");
        let body = facts_of("It was praised by Octopus Energy Chief Executive Greg Jackson.");
        assert_eq!(body.entities[0].surface, "Octopus Energy");
        // A portfolio told after "of" or "for".
        for (text, name, role) in [
            (
                "It was praised by Secretary of State Antony Blinken.",
                "Antony Blinken",
                "secretary of state",
            ),
            (
                "It was praised by Minister of Minerals and Energy Kabelo Ntshekisang.",
                "Kabelo Ntshekisang",
                "minister of minerals and energy",
            ),
            (
                "It was praised by Minister for Foreign Affairs Penny Wong.",
                "Penny Wong",
                "minister for foreign affairs",
            ),
        ] {
            let f = facts_of(text);
            let found = (f.entities.iter()).map(|m| (m.surface.as_str(), m.role.as_deref()));
            assert_eq!(found.collect::<Vec<_>>(), [(name, Some(role))], "{text}");
        }
        for (text, name) in [
            (
                "It was praised by Mayor of London Sadiq Khan.",
                "Sadiq Khan",
            ),
            (
                "It was praised by President of Ukraine Volodymyr Zelensky.",
                "Volodymyr Zelensky",
            ),
            (
                "It was praised by Chief of Staff Morgan McSweeney.",
                "Morgan McSweeney",
            ),
        ] {
            let f = facts_of(text);
            let names: Vec<&str> = f
                .entities
                .iter()
                .filter(|m| !m.implied)
                .map(|m| m.surface.as_str())
                .collect();
            assert_eq!(names, [name], "{text}");
        }
        // Not a body's name, nor a title with no name after it.
        let body = facts_of("It was praised by the Department of Health and Human Services.");
        assert_eq!(
            body.entities[0].surface,
            "Department of Health and Human Services"
        );
        assert!(
            facts_of("He thanked the Minister for Health.")
                .entities
                .is_empty()
        );
    }

    #[test]
    fn possessives_and_organisations() {
        let f = facts_of(
            "It backs Slovakia’s Prime Minister Robert Fico and South Korea’s National Assembly Speaker Woo Won-shik.",
        );
        let found: Vec<(&str, EntityKind)> = f
            .entities
            .iter()
            .map(|m| (m.surface.as_str(), m.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("Slovakia", EntityKind::Place),
                ("Robert Fico", EntityKind::Person),
                ("South Korea", EntityKind::Place),
                ("National Assembly", EntityKind::Organization),
                ("Woo Won-shik", EntityKind::Person),
            ]
        );
        assert_eq!(f.entities[1].origin.as_deref(), Some("slovakia"));
        assert_eq!(*f.entities[4].parts, ["woo", "won", "shik"]);
    }

    #[test]
    fn a_title_quoted_in_title_case_keeps_only_known_names() {
        assert_eq!(
            names(
                "Zentro ships today, and Zentro will say so (see \"Zentro Sharpens its Offensive Game\")."
            ),
            ["Zentro", "Zentro", "Zentro"]
        );
        assert_eq!(
            names("\"We will rebuild the town,\" said Ana Ruiz."),
            ["Ana Ruiz"],
            "a quote that is no title"
        );
    }

    #[test]
    fn an_acronym_in_brackets_after_a_name_is_marked() {
        let bracketed = |text: &str| -> Vec<bool> {
            facts_of(text)
                .entities
                .iter()
                .map(|m| m.bracketed)
                .collect()
        };
        assert_eq!(bracketed("Shares of Zentro (ZNTR) rose."), [false, true]);
        assert!(
            !bracketed("Zentro met Kestrel (in Lyon) today.").contains(&true),
            "words in brackets"
        );
        assert!(
            !bracketed("Zentro met the ZNT board today.").contains(&true),
            "no brackets"
        );
    }

    #[test]
    fn an_opener_before_an_acronym_describes_it() {
        assert_eq!(names("Chipmaker ZNT rose 3% on Monday."), ["ZNT"]);
        assert_eq!(
            names("Kestrel ZNT rose 3% on Monday, after Kestrel ZNT said so."),
            ["Kestrel ZNT", "Kestrel ZNT"],
            "a word seen as a name stays"
        );
    }

    #[test]
    fn a_mount_inside_a_name_makes_it_a_place() {
        let kinds = |text: &str| -> Vec<EntityKind> {
            facts_of(text).entities.iter().map(|m| m.kind).collect()
        };
        assert_eq!(
            kinds("They flew over Kestrel-Mount Tarn on Sunday."),
            [EntityKind::Place]
        );
        assert_eq!(
            kinds("They called the Kestrel Mount Tarn Rescue Team on Sunday."),
            [EntityKind::Organization]
        );
    }

    #[test]
    fn hyphens_and_case_fold_into_one_key() {
        let a = &facts_of("They met Kim Jong-Un today.").entities[0];
        let b = &facts_of("They met Kim Jong Un today.").entities[0];
        assert_eq!(a.key(), b.key());
        assert_eq!(
            names("Under-Secretary-General Li Junhua spoke."),
            ["Li Junhua"]
        );
    }

    #[test]
    fn sentence_openers_are_not_names() {
        assert_eq!(names("Notably, no leaders came from Beijing."), ["Beijing"]);
        assert_eq!(
            names("The International Criminal Court has acted."),
            ["International Criminal Court"]
        );
        assert!(names("Analysts say the parade is large.").is_empty());
        assert_eq!(
            names("China has defended China’s stance."),
            ["China", "China"]
        );
        assert!(names("Western nations and Russian officials disagree.").is_empty());
    }

    #[test]
    fn clock_words_and_common_abbreviations_are_no_names() {
        assert!(names("It was posted at 4:59 PM EDT by staff.").is_empty());
        assert_eq!(names("They rammed an SUV into the Casty store."), ["Casty"]);
        assert_eq!(
            names("He fell near Aoraki-Mt. Cook National Park today."),
            ["Aoraki-Mt. Cook National Park"]
        );
        assert_eq!(names("The New Zealand-born climber fell."), ["New Zealand"]);
        assert_eq!(names("No U.S. leaders came."), ["U.S."]);
    }

    #[test]
    fn connectors_join_names() {
        assert_eq!(
            names("Pirates sailed in the Gulf of Aden near Bashar al-Assad."),
            ["Gulf of Aden", "Bashar al-Assad"]
        );
        assert_eq!(
            names("Observers from the Organization of American States said the vote was orderly."),
            ["Organization of American States"]
        );
        assert_eq!(
            names("He flew to the United States of America on Monday."),
            ["United States of America"]
        );
        assert_eq!(
            names("He flew to the Federated States of Micronesia on Monday."),
            ["Federated States of Micronesia"]
        );
        assert!(
            names("The Minister of Ukrainian Culture spoke.")
                .iter()
                .all(|name| !name.starts_with("of ")),
            "a title's 'of' is no part of a name after it"
        );
        assert_eq!(
            names("A court approved the extradition to the United States of Yevgeny Zhukovsky."),
            ["United States", "Yevgeny Zhukovsky"],
            "a country and a man"
        );
    }

    #[test]
    fn and_within_a_body_s_name_joins_it() {
        for (text, name) in [
            (
                "The Food and Drug Administration approved the drug.",
                "Food and Drug Administration",
            ),
            (
                "The Department of Health and Human Services said so.",
                "Department of Health and Human Services",
            ),
            (
                "A warning came from the National Seismic and Ocean Service on Monday.",
                "National Seismic and Ocean Service",
            ),
            (
                "Crews from the Fire and Rescue Service responded.",
                "Fire and Rescue Service",
            ),
            (
                "The Health and Safety Executive brought the case.",
                "Health and Safety Executive",
            ),
        ] {
            assert_eq!(names(text), [name], "{text}");
        }
        // Two names: people, a place and a body, a body and a longer one.
        assert_eq!(
            names("John Smith and Mary Jones were arrested."),
            ["John Smith", "Mary Jones"]
        );
        assert_eq!(
            names("Chairman and Chief Executive Ann Lee resigned."),
            ["Ann Lee"],
            "two titles"
        );
        assert_eq!(
            names("Officials from Kenya and Uganda Revenue Authority met."),
            ["Kenya", "Uganda Revenue Authority"]
        );
        assert!(
            !names("The Red Cross and World Health Organization said so.")
                .iter()
                .any(|name| name.contains(" and ")),
        );
    }

    #[test]
    fn title_case_headlines_keep_only_known_names() {
        let text = "AMD Announces Strategic Move To Buy SeaMicro Now\nAMD said it will buy SeaMicro for cash.";
        assert_eq!(names(text), ["AMD", "SeaMicro"]);
    }
}
