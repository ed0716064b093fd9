//! Reconcile: aligned claims and entities -> findings (agreement, conflict,
//! omission), each with its evidence in every source involved.
//!
//! - Entities: named in every source -> agreement, or a conflict when the
//!   same entity is spelled differently; named in some sources only ->
//!   omission, unless the others write its fullest name in their text all
//!   the same (not as a name: "Mount Cook national park").
//! - Aligned claims: figures that count the same thing, dates and speakers
//!   are compared. Values that cannot both hold are a conflict; a group with
//!   no conflict is an agreement. A figure or date of an aligned claim that
//!   no other source states anywhere is an omission; if another source states
//!   it elsewhere, that is an agreement.
//! - A claim with no counterpart in a source (not even split or merged into
//!   another claim) is an omission.
//!
//! With more than two sources, a conflict whose value a strict majority of
//! the sources stating it share names that value and the outliers.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::BuildHasher;
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::align::{
    Alignment, ClaimGroup, MentionRef, Part, another_given_name, familiar_form, of_one_opening,
    parts_variant, romanised_alike,
};
use crate::extract::words;
use crate::extract::{
    Beginning, DateMention, EntityKind, Exactness, Exception, Extracted, Facts, Mention, Quantity,
    QuantityKind, Term, canonical_term, facts_of, mostly_the_same_words, people_of_no_sort,
    quotations_said, quoted_ranges, shared_quotation,
};
use crate::input::SourceId;
use crate::normalize::{Token, TokenKind};
use crate::segment::{Claim, ClaimId};

/// What a finding says about the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The sources state values of one fact that cannot all hold.
    Conflict,
    /// Some sources state a fact or claim the others lack.
    Omission,
    /// The sources state the fact alike.
    Agreement,
}

/// What sort of fact a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// A whole claim.
    Claim,
    /// A named entity's presence.
    Entity,
    /// A named entity's spelling.
    Name,
    /// A figure: a count, rank, percentage or amount of money.
    Number,
    /// A date or weekday.
    Date,
    /// Whose account a claim gives.
    Attribution,
}

/// One source's part in a finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The source this evidence comes from.
    pub source: SourceId,
    /// The claim that states the fact (or is the fact, for a whole claim).
    pub claim: ClaimId,
    /// The fact's surface form; `None` for a whole claim.
    pub value: Option<String>,
    /// Byte span of the fact (or the claim) in the source's original text.
    pub span: Range<usize>,
}

/// One agreement, conflict or omission.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Whether the sources agree, conflict, or one omits the fact.
    pub kind: Kind,
    /// What sort of fact the finding is about.
    pub category: Category,
    /// A one-line description naming the sources by label (`figures differ: 10 / 12`).
    pub summary: String,
    /// How sure the match behind the finding is, 0 to 1, where that is known.
    pub score: Option<f64>,
    /// Where each involved source states the fact (or the claim), with its value.
    pub evidence: Vec<Evidence>,
    /// For omissions: the sources that lack the fact.
    pub missing_from: Vec<SourceId>,
    /// For conflicts among three or more sources: the value a strict
    /// majority of those stating it share, and the sources that differ.
    pub majority: Option<String>,
    /// For conflicts with a `majority`: the sources whose value differs from it.
    pub outliers: Vec<SourceId>,
}

/// An entity as reported: its name and how each source writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct EntitySummary {
    /// The entity's fullest written name across the sources (`Vladimir Putin`).
    pub name: String,
    /// What sort of thing the entity is.
    pub kind: EntityKind,
    /// Per source that names it: its distinct surface forms, in order.
    pub mentions: Vec<(SourceId, Vec<String>)>,
}

/// The findings and the entities of a reconciliation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reconciliation {
    /// All findings, ordered by where their first evidence stands in the sources.
    pub findings: Vec<Finding>,
    /// Every entity named explicitly in some source, ordered by first mention.
    pub entities: Vec<EntitySummary>,
    /// The name each speaker given as a pronoun stands for, where it was
    /// resolved, by the pronoun's source and start ("she" → "Lucía
    /// Ferrandis"). Few: kept apart from the many findings' evidence.
    pub pronouns: BTreeMap<(SourceId, usize), Box<str>>,
}

/// Reconciles the sources; `labels[i]` names source `i` in summaries, and
/// `originals[i]` is its original text.
pub fn reconcile(
    sources: &[Extracted],
    originals: &[&str],
    labels: &[String],
    alignment: &Alignment,
) -> Reconciliation {
    debug_assert_eq!(sources.len(), originals.len());
    let mut out = Findings {
        sources,
        originals,
        labels,
        alignment,
        list: Vec::new(),
        seen: FxHashMap::default(),
        disputed: BTreeSet::new(),
        disputed_counts: BTreeSet::new(),
        disputed_days: BTreeSet::new(),
        disputed_years: BTreeSet::new(),
        headline_conflicts: Vec::new(),
        conflicting_claims: BTreeSet::new(),
        speakers_apart: BTreeSet::new(),
        index: sources.iter().map(FactIndex::build).collect(),
        leads: (sources.iter().enumerate())
            .flat_map(|(s, source)| {
                lead_figures(source).map(move |(start, lead)| ((SourceId(s as u16), start), lead))
            })
            .collect(),
        titles: sources.iter().map(|_| std::cell::OnceCell::new()).collect(),
        sole: (sources.iter().enumerate())
            .flat_map(|(s, source)| {
                sole_figures(source).map(move |start| (SourceId(s as u16), start))
            })
            .collect(),
    };
    let written = names_written_in_text(sources, originals, alignment);
    let entities = entity_findings(&mut out, alignment, &written);
    // Parts first: a figure they find in conflict is no lone fact of the
    // whole sentence's group.
    for part in &alignment.parts {
        part_findings(&mut out, part);
    }
    // A sentence another source's holds is compared with it (see
    // [`held_findings`]); a finding both tell is kept once.
    for (&claim, holders) in &alignment.covered {
        for &(whole, score) in holders {
            held_findings(&mut out, claim, whole, score);
        }
    }
    // Headlines last: they restate the body, and a figure the body finds in
    // conflict is not also omitted from a headline.
    let (headlines, body): (Vec<&ClaimGroup>, Vec<&ClaimGroup>) =
        (alignment.groups.iter()).partition(|g| all_headlines(sources, &g.claims));
    for group in body.into_iter().chain(headlines) {
        group_findings(&mut out, group);
    }
    quotation_findings(&mut out);
    exception_findings(&mut out);
    for source in sources {
        for claim in &source.claims {
            if alignment.group_of(claim.id).is_none() {
                unaligned_claim(&mut out, claim.id, alignment);
            }
        }
    }
    // Last: it rewrites the list, which the `seen` index then no longer fits.
    conflicts_across_claims(&mut out);
    one_conflict_per_quotation(&mut out);
    speakers_named_two_ways(&mut out);
    headline_conflicts_told_by_the_body(&mut out);
    let mut findings = out.list;
    sort_in_place(&mut findings, |f| (order_key(f), f.kind, f.category));
    let pronouns = (sources.iter().enumerate())
        .flat_map(|(i, source)| {
            let speakers = source.facts.iter().flat_map(|f| f.attributions.iter());
            speakers.filter_map(move |a| {
                let name = a.stands_for.clone()?;
                Some(((SourceId(i as u16), a.span.start), name))
            })
        })
        .collect();
    Reconciliation {
        findings,
        entities,
        pronouns,
    }
}

/// Where one source tells of none of something ("Notably, no U.S. or
/// Western leaders are on the guest list") and another tells of none but
/// for an exception ("Notably absent will be leaders from Western powers,
/// with the exception of Slovakia's Prime Minister Robert Fico"), the two
/// conflict: one has none, the other one at least. The claim of none is
/// the one claim of its source whose word of none (see
/// [`words::OF_NONE`]) comes at most five words before, in its clause, a
/// word of the other's rest (see [`none_of`]), shares two words with that
/// rest, makes no exception, names nothing excepted, tells of the same time
/// and is not denied.
fn exception_findings(out: &mut Findings) {
    let exceptions: Vec<(ClaimId, &Exception)> = (out.sources.iter())
        .flat_map(|source| source.claims.iter().zip(&source.facts))
        .filter_map(|(claim, facts)| Some((claim.id, facts.exception.as_deref()?)))
        .collect();
    for (excepting, exception) in exceptions {
        for other in out.all_sources() {
            if other == excepting.source {
                continue;
            }
            let told: Vec<(ClaimId, Range<usize>)> = (out.sources[other.index()].claims.iter())
                .filter_map(|claim| none_of(out, claim.id, excepting, exception))
                .collect();
            let [(claim, span)] = &told[..] else {
                continue;
            };
            let evidence = |claim: ClaimId, span: &Range<usize>| Evidence {
                source: claim.source,
                claim,
                value: Some(out.originals[claim.source.index()][span.clone()].to_string()),
                span: span.clone(),
            };
            let mut evidence = vec![evidence(*claim, span), evidence(excepting, &exception.span)];
            evidence.sort_by_key(|e| e.source);
            let told: Vec<&str> = (evidence.iter())
                .filter_map(|e| e.value.as_deref())
                .collect();
            let summary = format!("none, or an exception: {}", told.join(" vs "));
            out.conflicting_claims.insert(*claim);
            out.conflicting_claims.insert(excepting);
            out.push(finding(Kind::Conflict, Category::Claim, summary, evidence));
        }
    }
}

/// Whether `claim` tells of none of what the exception of claim
/// `excepting` does (see [`exception_findings`]): the bytes from its first
/// word of none with a word of the exception's rest after it (see
/// [`NoneTold`]) to the last such word ("no U.S. or Western leaders").
fn none_of(
    out: &Findings,
    claim: ClaimId,
    excepting: ClaimId,
    exception: &Exception,
) -> Option<(ClaimId, Range<usize>)> {
    let facts = facts_of(out.sources, claim);
    let of_rest = |t: &Term| exception.rest.contains(t);
    let shared = facts.content.iter().filter(|t| of_rest(t)).count();
    if shared < 2 || (facts.content.iter()).any(|t| exception.excepted.contains(t)) {
        return None;
    }
    // None of another day: "No ferries sailed on Saturday" / "No ferries
    // sailed over the weekend except one on Sunday evening".
    if facts.exception.is_some() || !same_time(out, claim, excepting) {
        return None;
    }
    let (none, end) = (facts.nones.iter()).find_map(|none| {
        let (_, end) = none.after.iter().rev().find(|(t, _)| of_rest(t))?;
        Some((none, *end))
    })?;
    (!none.denied).then_some((claim, none.start..end))
}

/// Keeps one attribution conflict of a quotation the sentence splitter
/// cut apart (see `crate::extract::share_split_quotations`): each part
/// aligned with the other story's gives the conflict again ("Lars Brøndum
/// vs Defence Minister Karina Holst", "Justice Minister Lars Brøndum vs
/// Karina Holst"). Two conflicts are of one quotation where, in each
/// source, their claims are on one line and no more than two apart, and
/// their speakers share a family name (or stand for one).
fn one_conflict_per_quotation(out: &mut Findings) {
    // The family name of a speaker, or of the one a pronoun stands for.
    let family = |e: &Evidence| {
        let speakers = &facts_of(out.sources, e.claim).attributions;
        let speaker = speakers.iter().find(|a| a.span == e.span)?;
        last_name_word(speaker.stands_for.as_deref().unwrap_or(speaker.name()))
    };
    let near = |x: &Evidence, y: &Evidence| {
        let (a, b) = (x.claim.min(y.claim), x.claim.max(y.claim));
        let claims = &out.sources[a.source.index()].claims;
        let on_one_line = || {
            let original = out.originals[a.source.index()];
            a == b || crate::extract::on_one_line(original, &claims[a.index], &claims[b.index])
        };
        x.source == y.source
            && b.index - a.index <= 2
            && on_one_line()
            && family(x).is_some_and(|f| family(y) == Some(f))
    };
    let one_quotation = |f: &Finding, g: &Finding| {
        f.evidence.len() == g.evidence.len()
            && (f.evidence.iter()).all(|x| g.evidence.iter().any(|y| near(x, y)))
    };
    // In order of their first source's claim: only conflicts a claim or
    // two apart there are compared.
    let first = |f: &Finding| (f.evidence.iter()).map(|e| (e.source, e.claim.index)).min();
    let mut attributions: Vec<usize> = (0..out.list.len())
        .filter(|&i| {
            out.list[i].kind == Kind::Conflict && out.list[i].category == Category::Attribution
        })
        .collect();
    attributions.sort_by_key(|&i| first(&out.list[i]));
    // Of two, the one citing more speakers where their words name them
    // (a carried speaker's span is empty), else the first.
    let named_where_said = |f: &Finding| f.evidence.iter().filter(|e| !e.span.is_empty()).count();
    let mut dropped: BTreeSet<usize> = BTreeSet::new();
    for (n, &i) in attributions.iter().enumerate() {
        for &j in &attributions[n + 1..] {
            let (a, b) = (first(&out.list[i]), first(&out.list[j]));
            if a.zip(b).is_none_or(|(a, b)| a.0 != b.0 || b.1 > a.1 + 2) {
                break;
            }
            if dropped.contains(&i) || dropped.contains(&j) {
                continue;
            }
            if one_quotation(&out.list[i], &out.list[j]) {
                let keep_later = named_where_said(&out.list[j]) > named_where_said(&out.list[i]);
                dropped.insert(if keep_later { i } else { j });
            }
        }
    }
    drop_findings(&mut out.list, &dropped);
}

/// The names of two speakers of one statement, found to be one person,
/// that the linker kept apart as two people each named in one source only
/// ("said Detective Inspector Helen Kendrick" / "said Detective Inspector
/// Helen Kendall", a quotation split otherwise in each story): one name
/// spelled two ways.
fn people_named_two_ways(
    out: &Findings,
    (x, a): (ClaimId, &crate::extract::Attribution),
    (y, b): (ClaimId, &crate::extract::Attribution),
) -> Option<(MentionRef, MentionRef)> {
    // The one person a speaker names, or, carried from a claim before (a
    // quotation running on), the one named so there.
    let person = |c: ClaimId, a: &crate::extract::Attribution| {
        let mut people = mentions_held(out.sources, c, a).filter(|(_, m)| m.parts.len() >= 2);
        if let Some((index, _)) = people.next() {
            return people
                .next()
                .is_none()
                .then_some(MentionRef { claim: c, index });
        }
        let name = a.name();
        (c.index.saturating_sub(2)..c.index)
            .rev()
            .find_map(|index| {
                let claim = ClaimId { index, ..c };
                let mentions = facts_of(out.sources, claim).entities.iter();
                (mentions.enumerate())
                    .find(|(_, m)| m.parts.len() >= 2 && name.ends_with(m.surface.as_str()))
                    .map(|(index, _)| MentionRef { claim, index })
            })
    };
    let (rx, ry) = (person(x, a)?, person(y, b)?);
    let (mx, my) = (rx.get(out.sources), ry.get(out.sources));
    let (ex, ey) = (out.alignment.entity_of(rx)?, out.alignment.entity_of(ry)?);
    let entities = &out.alignment.entities;
    (x.source != y.source
        && ex != ey
        && entities[ex].named_only_in(x.source)
        && entities[ey].named_only_in(y.source)
        && mx.parts.first() == my.parts.first()
        && (one_person_named(mx, my) || one_title_and_opening(mx, my)))
    .then_some((rx, ry))
}

/// Whether two names of one given name, given one title, have family names
/// of one opening (see [`of_one_opening`]): "Detective Inspector Helen
/// Kendrick" / "Detective Inspector Helen Kendall".
fn one_title_and_opening(m: &Mention, o: &Mention) -> bool {
    let (Some(p), Some(q)) = (m.parts.last(), o.parts.last()) else {
        return false;
    };
    m.role.is_some() && m.role == o.role && of_one_opening(p, q)
}

/// Where one statement's speakers name one person two ways the linker
/// kept apart (see [`people_named_two_ways`]), the name is spelled two
/// ways: a conflict of its spellings, not two names each story omits.
fn speakers_named_two_ways(out: &mut Findings) {
    let pairs = std::mem::take(&mut out.speakers_apart);
    for (rx, ry) in pairs {
        let entities = [rx, ry].map(|r| out.alignment.entity_of(r));
        let mentions: BTreeSet<(SourceId, usize)> = (entities.iter().flatten())
            .flat_map(|&e| out.alignment.entities[e].mentions.iter())
            .map(|r| (r.claim.source, r.get(out.sources).span.start))
            .collect();
        let omits_them = |f: &Finding| {
            f.kind == Kind::Omission
                && f.category == Category::Entity
                && (f.evidence.iter()).all(|e| mentions.contains(&(e.source, e.span.start)))
        };
        let dropped: BTreeSet<usize> = (0..out.list.len())
            .filter(|&i| omits_them(&out.list[i]))
            .collect();
        if dropped.len() != 2 {
            continue;
        }
        drop_findings(&mut out.list, &dropped);
        let forms = BTreeMap::from([(rx.claim.source, vec![rx]), (ry.claim.source, vec![ry])]);
        let (p, q) = (rx.get(out.sources), ry.get(out.sources));
        let similarity = strsim::jaro_winkler(&p.parts.join(" "), &q.parts.join(" "));
        let conflict = name_conflict(out, rx, ry, &forms, similarity);
        out.list.push(conflict);
    }
}

/// A conflict of figures found between headlines ("cull of 1.2 million
/// birds" / "1.6 million birds to be destroyed") whose bodies restate each
/// figure, however they name what it counts ("the slaughter of about 1.2
/// million chickens and turkeys" / "destroying 1.6 million hens and
/// turkeys"), is the bodies' to tell: it cites their first figures of the
/// headlines' values, which are then no figures a story omits.
fn headline_conflicts_told_by_the_body(out: &mut Findings) {
    let sources = out.sources;
    // The first figure of a source's body stating the headline's value.
    let restated = |e: &Evidence| -> Option<Evidence> {
        let q = quantity_of(sources, e)?;
        let source = &sources[e.source.index()];
        (source.claims.iter().zip(&source.facts))
            .filter(|(claim, _)| !claim.headline)
            .find_map(|(claim, facts)| {
                let p = facts
                    .numbers
                    .iter()
                    .find(|p| p.kind == q.kind && p.stated == q.stated)?;
                Some(Evidence {
                    source: e.source,
                    claim: claim.id,
                    value: Some(p.surface.clone()),
                    span: p.span.clone(),
                })
            })
    };
    // The figures (source and start) conflicts cite, and the rewrites.
    let mut cited: BTreeSet<(SourceId, usize)> = (out.list.iter())
        .filter(|f| f.kind == Kind::Conflict)
        .flat_map(|f| f.evidence.iter().map(|e| (e.source, e.span.start)))
        .collect();
    let mut rewrites: Vec<(usize, Vec<Evidence>)> = Vec::new();
    for (at, f) in out.list.iter().enumerate() {
        let of_headlines = (f.evidence.iter()).all(|e| is_headline(sources, e.claim));
        if f.kind != Kind::Conflict || f.category != Category::Number || !of_headlines {
            continue;
        }
        let Some(body) = f
            .evidence
            .iter()
            .map(restated)
            .collect::<Option<Vec<Evidence>>>()
        else {
            continue;
        };
        // A body figure already in a conflict tells it there.
        if body
            .iter()
            .any(|b| cited.contains(&(b.source, b.span.start)))
        {
            continue;
        }
        cited.extend(body.iter().map(|b| (b.source, b.span.start)));
        rewrites.push((at, body));
    }
    let restated_figures: BTreeSet<(SourceId, usize)> = (rewrites.iter())
        .flat_map(|(_, body)| body.iter().map(|b| (b.source, b.span.start)))
        .collect();
    let omitted = |g: &Finding| {
        g.kind == Kind::Omission
            && g.category == Category::Number
            && (g.evidence.iter()).all(|e| restated_figures.contains(&(e.source, e.span.start)))
    };
    let dropped: BTreeSet<usize> = (0..out.list.len())
        .filter(|&i| omitted(&out.list[i]))
        .collect();
    for (at, body) in rewrites {
        let finding = &mut out.list[at];
        finding.summary = figures_differ(&body);
        finding.evidence = body;
    }
    drop_findings(&mut out.list, &dropped);
}

/// Removes the findings at the positions `dropped` holds.
fn drop_findings(list: &mut Vec<Finding>, dropped: &BTreeSet<usize>) {
    let mut at = 0;
    list.retain(|_| {
        at += 1;
        !dropped.contains(&(at - 1))
    });
}

/// The last word of a speaker's name, folded: the family name of a person.
fn last_name_word(name: &str) -> Option<String> {
    crate::normalize::fold(name)
        .rsplit(' ')
        .next()
        .map(str::to_string)
}

/// Sorts a list by a key, stably, keeping its items where they are until
/// each is swapped into its place: a large input has hundreds of thousands
/// of findings, and a list of their keys (as `sort_by_cached_key` makes),
/// or room for half of them (as `sort_by_key` does), would weigh
/// megabytes at the run's busiest moment. Positions weigh less.
fn sort_in_place<T, K: Ord>(list: &mut [T], key: impl Fn(&T) -> K) {
    // `order[i]`: the position of the item that goes to position `i`.
    let mut order: Vec<usize> = (0..list.len()).collect();
    order.sort_unstable_by_key(|&i| (key(&list[i]), i));
    // Each cycle of the permutation in turn: the item at its start moves
    // on along it, and each position it leaves takes the item it should
    // hold. A position done points to itself.
    for start in 0..order.len() {
        let mut i = start;
        while order[i] != start {
            let next = std::mem::replace(&mut order[i], i);
            list.swap(i, next);
            i = next;
        }
        order[i] = i;
    }
}

/// What makes two findings the same: kind, category and where the evidence
/// is (sorted).
type FindingKey = (Kind, Category, Vec<(SourceId, usize)>);

/// A finding's [`FindingKey`].
fn finding_key(finding: &Finding) -> FindingKey {
    let mut places: Vec<(SourceId, usize)> = finding
        .evidence
        .iter()
        .map(|e| (e.source, e.span.start))
        .collect();
    places.sort();
    (finding.kind, finding.category, places)
}

/// Collects findings, dropping one already made from the other side.
struct Findings<'a> {
    sources: &'a [Extracted],
    /// The sources' original texts.
    originals: &'a [&'a str],
    labels: &'a [String],
    /// Which entity each mention is, across sources.
    alignment: &'a Alignment,
    list: Vec<Finding>,
    /// The findings so far by the hash of their key (`finding_key`), or
    /// the next free hash after it: a large input makes hundreds of
    /// thousands, and a set of keys would hold a list for each.
    seen: FxHashMap<u64, usize>,
    /// Facts (source and start) already in a conflict: not also omitted.
    disputed: BTreeSet<(SourceId, usize)>,
    /// Figures already in a conflict, by what they count: the same conflict
    /// restated (a headline restating its body) is no new one, and the same
    /// value restated elsewhere in the source is not omitted either.
    disputed_counts: BTreeSet<FigureKey>,
    /// Conflicts of figures between headlines (their place in the list, and
    /// their figures): one the body tells too is the body's to report.
    headline_conflicts: Vec<(usize, Vec<FigureKey>)>,
    /// Pairs of claims (the lesser first) whose days are in conflict (see
    /// [`leads_of_disputed_days`]).
    disputed_days: BTreeSet<(ClaimId, ClaimId)>,
    /// Of those, the pairs whose years alone are in conflict (see
    /// [`of_one_disputed_year`]).
    disputed_years: BTreeSet<(ClaimId, ClaimId)>,
    /// Claims the alignment did not pair whose figure, date or speaker a
    /// conflict sets against another source's claim (a split-off part and
    /// the whole sentence, or two claims quoting one statement): the
    /// conflict says they have a counterpart, so they are not also omitted.
    conflicting_claims: BTreeSet<ClaimId>,
    /// Names of people, one in each of two sources, that one statement's
    /// speakers were found to name though the linker kept them apart (see
    /// [`speakers_named_two_ways`]).
    speakers_apart: BTreeSet<(MentionRef, MentionRef)>,
    /// Per source, its figures and dates indexed for look-ups by value.
    index: Vec<FactIndex<'a>>,
    /// The sources' lead figures (source and start), with what they count
    /// (see [`pair_lead_figures`]).
    leads: BTreeMap<(SourceId, usize), Lead>,
    /// The sources' figures (source and start) that are the only value
    /// their source gives of what they count (see [`sole_figures`]).
    sole: BTreeSet<(SourceId, usize)>,
    /// Per source, the titles it gives people, by family name (see
    /// [`titles_told`]), gathered when first asked for.
    titles: Vec<std::cell::OnceCell<FxHashMap<String, Vec<Vec<String>>>>>,
}

/// A source's figures and dates, so that "does this source state this value
/// anywhere?" costs a search, not a scan of the whole source.
struct FactIndex<'a> {
    /// Exact figures, sorted by value then position.
    exact: Vec<(f64, ClaimId, &'a Quantity)>,
    /// Hedged, vague and ranged figures, in position order (claim, then
    /// start; a stable sort keeps the order of figures at one position).
    inexact: Vec<(ClaimId, &'a Quantity)>,
    /// Dates and weekdays by key, with their claims, in position order.
    dates: BTreeMap<String, Vec<(ClaimId, &'a DateMention)>>,
    /// The dates that name the deed or thing they date, by its term.
    deeds: FxHashMap<Term, Vec<&'a DateMention>>,
}

impl<'a> FactIndex<'a> {
    fn build(source: &'a Extracted) -> FactIndex<'a> {
        let mut exact = Vec::new();
        let mut inexact = Vec::new();
        let mut dates: BTreeMap<String, Vec<(ClaimId, &DateMention)>> = BTreeMap::new();
        let mut deeds: FxHashMap<Term, Vec<&DateMention>> = FxHashMap::default();
        for (claim, facts) in source.claims.iter().zip(&source.facts) {
            for q in &facts.numbers {
                if q.exactness == crate::extract::Exactness::Exact {
                    exact.push((q.stated, claim.id, q));
                } else {
                    inexact.push((claim.id, q));
                }
            }
            for d in &facts.dates {
                dates.entry(d.key()).or_default().push((claim.id, d));
                if let Some(deed) = d.event {
                    deeds.entry(deed).or_default().push(d);
                }
            }
        }
        exact.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        // Already so but for figures out of text order within a claim.
        inexact.sort_by_key(|(claim, q)| (*claim, q.span.start));
        FactIndex {
            exact,
            inexact,
            dates,
            deeds,
        }
    }

    /// Whether the source dates the deed or thing a date names on another
    /// day or at another time, stated alike, and never as the date does
    /// ("after Monday's defeat" against "Tuesday's defeat").
    fn dates_otherwise(&self, date: &DateMention) -> bool {
        let dates = date.event.and_then(|deed| self.deeds.get(&deed));
        // Not where it also dates the deed alike: it tells of two of them.
        dates.is_some_and(|dates| {
            (dates.iter()).any(|d| d.stated_alike(date) && !d.compatible(date))
                && !dates.iter().any(|d| d.compatible(date))
        })
    }

    /// The first figure (in position order) that `matches`, among those
    /// whose value lies in `low..=high` or that are not exact.
    fn figure(
        &self,
        low: f64,
        high: f64,
        matches: impl Fn(&Quantity) -> bool,
    ) -> Option<(ClaimId, &'a Quantity)> {
        let position = |(claim, q): &(ClaimId, &Quantity)| (*claim, q.span.start);
        let start = self.exact.partition_point(|e| e.0 < low);
        let exact = self.exact[start..]
            .iter()
            .take_while(|e| e.0 <= high)
            .map(|e| (e.1, e.2))
            .filter(|(_, q)| matches(q))
            .min_by_key(position);
        // The others are in position order: the first that matches is the
        // earliest, and none at or past the exact figure found comes first.
        let inexact = self
            .inexact
            .iter()
            .copied()
            .take_while(|other| exact.is_none_or(|e| position(other) < position(&e)))
            .find(|(_, q)| matches(q));
        inexact.or(exact)
    }
}

impl Findings<'_> {
    /// Adds a finding, unless the same one (same kind, category and
    /// evidence) was made from another source's side already.
    fn push(&mut self, finding: Finding) {
        let key = finding_key(&finding);
        if finding.kind == Kind::Conflict {
            self.disputed.extend(key.2.iter().copied());
        }
        if let Err(hash) = self.find(&key) {
            self.seen.insert(hash, self.list.len());
            self.list.push(finding);
        }
    }

    /// Where the finding of this key is in the list, else the hash to index
    /// it at: another key with the same hash is looked for at the next.
    fn find(&self, key: &FindingKey) -> Result<usize, u64> {
        let mut hash = rustc_hash::FxBuildHasher.hash_one(key);
        while let Some(&i) = self.seen.get(&hash) {
            if finding_key(&self.list[i]) == *key {
                return Ok(i);
            }
            hash = hash.wrapping_add(1);
        }
        Err(hash)
    }

    /// Gives the conflict of figures at `at` other evidence (the body's
    /// figures for a headline's): its facts are disputed, its summary
    /// names the new values, and it is found by its new key.
    fn cite_anew(&mut self, at: usize, evidence: Vec<Evidence>) {
        let finding = &mut self.list[at];
        finding.summary = figures_differ(&evidence);
        finding.evidence = evidence;
        let key = finding_key(finding);
        self.disputed.extend(key.2.iter().copied());
        if let Err(hash) = self.find(&key) {
            self.seen.insert(hash, at);
        }
    }

    /// Whether a value of the source is in a conflict, whatever it counts.
    fn disputed_value(&self, source: SourceId, value: f64) -> bool {
        let bits = value.to_bits();
        (self
            .disputed_counts
            .range((source, bits, String::new())..)
            .next())
        .is_some_and(|&(s, b, _)| s == source && b == bits)
    }

    fn label(&self, source: SourceId) -> &str {
        self.labels.get(source.index()).map_or("?", String::as_str)
    }

    fn labels_of(&self, sources: &[SourceId]) -> String {
        sources
            .iter()
            .map(|&s| self.label(s))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn all_sources(&self) -> Vec<SourceId> {
        (0..self.sources.len())
            .map(|i| SourceId(i as u16))
            .collect()
    }

    /// The quotations a claim closes and its speaker says, opened in it or
    /// in one of the three sentences before it within its paragraph: a
    /// quotation of several sentences belongs to the claim that names its
    /// speaker at its end.
    fn quotations_closed_in(&self, claim: ClaimId) -> Vec<Vec<String>> {
        let text = self.originals[claim.source.index()];
        let span = self.claim_span(claim);
        let Some(speaker) = facts_of(self.sources, claim).attributions.first() else {
            return Vec::new();
        };
        let first = claim.index.saturating_sub(3);
        let mut from = self.sources[claim.source.index()].claims[first]
            .span
            .start
            .min(span.start);
        if let Some(blank) = text.get(from..span.start).and_then(|t| t.rfind("\n\n")) {
            from += blank + 2;
        }
        quotations_said(text, from..span.end, span.start, &speaker.span)
    }

    /// Whether a date conflict sets claims `x` and `y` against each other.
    fn days_disputed(&self, x: ClaimId, y: ClaimId) -> bool {
        self.disputed_days.contains(&(x.min(y), x.max(y)))
    }

    fn claim_span(&self, claim: ClaimId) -> Range<usize> {
        self.sources[claim.source.index()].claims[claim.index]
            .span
            .clone()
    }

    /// A claim's original text.
    fn claim_text(&self, claim: ClaimId) -> &str {
        &self.originals[claim.source.index()][self.claim_span(claim)]
    }
}

fn order_key(finding: &Finding) -> (SourceId, usize, usize) {
    finding
        .evidence
        .iter()
        .map(|e| (e.source, e.claim.index, e.span.start))
        .min()
        .unwrap_or((SourceId(u16::MAX), 0, 0))
}

fn finding(kind: Kind, category: Category, summary: String, evidence: Vec<Evidence>) -> Finding {
    Finding {
        kind,
        category,
        summary,
        score: None,
        evidence,
        missing_from: Vec::new(),
        majority: None,
        outliers: Vec::new(),
    }
}

fn round(score: f64) -> f64 {
    (score * 100.0).round() / 100.0
}

// ---------------------------------------------------------------- entities

fn entity_findings(
    out: &mut Findings,
    alignment: &Alignment,
    written: &BTreeSet<(usize, SourceId)>,
) -> Vec<EntitySummary> {
    let mut summaries = Vec::new();
    for (e, entity) in alignment.entities.iter().enumerate() {
        let mut present: BTreeSet<SourceId> = BTreeSet::new();
        let mut explicit: BTreeMap<SourceId, Vec<MentionRef>> = BTreeMap::new();
        for r in &entity.mentions {
            present.insert(r.claim.source);
            if !r.get(out.sources).implied {
                explicit.entry(r.claim.source).or_default().push(*r);
            }
        }
        if explicit.is_empty() {
            continue;
        }
        let best: Vec<MentionRef> = explicit
            .values()
            .map(|refs| fullest(out.sources, refs))
            .collect();
        let name = fullest(out.sources, &best).get(out.sources).surface.clone();
        let forms = explicit
            .iter()
            .map(|(s, refs)| {
                let mut surfaces: Vec<String> = Vec::new();
                for r in refs {
                    let surface = &r.get(out.sources).surface;
                    if !surfaces.contains(surface) {
                        surfaces.push(surface.clone());
                    }
                }
                (*s, surfaces)
            })
            .collect();
        summaries.push(EntitySummary {
            name: name.clone(),
            kind: entity.kind,
            mentions: forms,
        });
        let evidence: Vec<Evidence> = best
            .iter()
            .map(|r| mention_evidence(out.sources, r))
            .collect();
        let missing: Vec<SourceId> = out
            .all_sources()
            .into_iter()
            .filter(|s| !present.contains(s) && !written.contains(&(e, *s)))
            .collect();
        if !missing.is_empty() && !entity.short_of_several {
            let have: Vec<SourceId> = explicit.keys().copied().collect();
            let mut f = finding(
                Kind::Omission,
                Category::Entity,
                format!("{name} appears only in {}", out.labels_of(&have)),
                evidence,
            );
            f.missing_from = missing;
            out.push(f);
        } else if let Some(conflict) = spelling_conflict(out, entity.kind, &explicit) {
            out.push(conflict);
        } else if evidence.len() >= 2 {
            out.push(finding(Kind::Agreement, Category::Entity, name, evidence));
        }
    }
    summaries
}

/// The entities (by index) and sources that name no such entity but write
/// its fullest name, of two words or more, in their text all the same, in
/// other case or with other punctuation: "Aoraki-Mount Cook national park"
/// for "Mount Cook National Park". They do not omit it.
fn names_written_in_text(
    sources: &[Extracted],
    originals: &[&str],
    alignment: &Alignment,
) -> BTreeSet<(usize, SourceId)> {
    // The names a source may write without naming them, as " word word "
    // phrases, each with its entity and the sources that name it: one
    // automaton for all sources, as many name one entity.
    let (mut phrases, mut owners, mut named_in) = (Vec::new(), Vec::new(), Vec::new());
    for (e, entity) in alignment.entities.iter().enumerate() {
        let present: BTreeSet<SourceId> = entity.mentions.iter().map(|r| r.claim.source).collect();
        if present.len() == sources.len() {
            continue;
        }
        // Its fullest names only: a short form ("Mt Cook" of "Mt Cook
        // Village") may well be written for something else.
        let named = || {
            entity
                .mentions
                .iter()
                .map(|r| r.get(sources))
                .filter(|m| !m.implied)
        };
        let longest = named().map(|m| m.parts.len()).max().unwrap_or(0);
        let keys: BTreeSet<String> = named()
            .filter(|m| m.parts.len() == longest && longest >= 2)
            .map(|m| format!(" {} ", m.key()))
            .collect();
        for key in keys {
            phrases.push(key);
            owners.push(named_in.len());
        }
        named_in.push((e, present.into_iter().collect::<Box<[SourceId]>>()));
    }
    let mut written = BTreeSet::new();
    if phrases.is_empty() {
        return written;
    }
    // A contiguous automaton: as quick to search here as a DFA, and far
    // quicker to build.
    let Ok(finder) = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(&phrases)
    else {
        return written;
    };
    for (s, original) in originals.iter().enumerate() {
        let source = SourceId(s as u16);
        // Paragraph by paragraph: a name may be wrapped across lines but
        // not across paragraphs, and a large text is not copied whole. A
        // long run of lines without a blank one is read line by line.
        let pieces = paragraphs(original).flat_map(|paragraph| {
            if paragraph.len() <= 1 << 16 {
                vec![paragraph]
            } else {
                paragraph.lines().collect()
            }
        });
        for piece in pieces {
            for found in finder.find_overlapping_iter(&phrase_text(piece)) {
                let (e, present) = &named_in[owners[found.pattern().as_usize()]];
                if !present.contains(&source) {
                    written.insert((*e, source));
                }
            }
        }
    }
    written
}

/// The paragraphs of a text: runs of lines between blank ones, without
/// their line ends.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    let mut lines = text.split_inclusive('\n');
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        for line in lines.by_ref() {
            let here = at;
            at += line.len();
            match (line.trim().is_empty(), start) {
                (false, None) => start = Some(here),
                (true, Some(from)) => return Some(text[from..here].trim_end()),
                _ => {}
            }
        }
        start.map(|from| text[from..at].trim_end())
    })
}

/// A text as names' keys are written: folded words without possessive
/// endings, abbreviations spelled out, one space between them and one at
/// each end.
fn phrase_text(original: &str) -> String {
    let folded = crate::normalize::fold(original);
    let mut out = String::with_capacity(folded.len() + 2);
    out.push(' ');
    for word in folded.split(' ').map(crate::normalize::strip_possessive) {
        if !word.is_empty() {
            out.push_str(crate::extract::spelled_out(word));
            out.push(' ');
        }
    }
    out
}

/// A conflict when two sources spell a part of the same name differently
/// (`Pezeshkian`/`Pezashkian`): a part one source never writes, close to a
/// part the other does. A missing part (`Putin`/`Vladimir Putin`) is no
/// conflict.
fn spelling_conflict(
    out: &Findings,
    kind: EntityKind,
    forms: &BTreeMap<SourceId, Vec<MentionRef>>,
) -> Option<Finding> {
    // One mention per distinct spelling: a name written a thousand times
    // costs no more than one written once.
    let forms: &BTreeMap<SourceId, Vec<MentionRef>> = &forms
        .iter()
        .map(|(s, refs)| {
            let mut seen = BTreeSet::new();
            let distinct = refs
                .iter()
                .filter(|r| seen.insert(r.get(out.sources).key()))
                .copied()
                .collect();
            (*s, distinct)
        })
        .collect();
    // A place's name within a longer name, and its adjective ("the National
    // Bank of Karvenia" / "the Karvenian krona"); not a person's one name
    // ("Adria" / "Adrian", "Lucia" / "Lucian").
    let place_and_adjective = |p: &str, q: &str| {
        let in_a_name = |place: &str| {
            forms.values().flatten().any(|r| {
                let m = r.get(out.sources);
                m.parts.len() >= 2 && m.parts.iter().any(|x| x == place)
            })
        };
        kind != EntityKind::Person && words::place_of_adjective(p, q).is_some_and(in_a_name)
    };
    let parts_in = |refs: &[MentionRef]| -> BTreeSet<&str> {
        refs.iter()
            .flat_map(|r| r.get(out.sources).parts.iter().map(String::as_str))
            .collect()
    };
    for (s1, refs1) in forms {
        let other_parts: BTreeMap<&SourceId, BTreeSet<&str>> = forms
            .iter()
            .filter(|(s, _)| *s != s1)
            .map(|(s, refs)| (s, parts_in(refs)))
            .collect();
        for r1 in refs1 {
            let m1 = r1.get(out.sources);
            for p in &m1.parts {
                let differs = |(s2, parts): (&&SourceId, &BTreeSet<&str>)| {
                    // A part the name itself holds is no misspelling of
                    // another of its parts ("Dunmore Heath Health
                    // Protection Team" / "Dunmore Heath").
                    let q = parts.iter().find(|q| {
                        !parts.contains(p.as_str())
                            && !m1.parts.iter().any(|x| x == *q)
                            && **q != p
                            && (parts_variant(p, q) || words::one_family_name(p, q))
                            && !place_and_adjective(p, q)
                    })?;
                    // Prefer a form of the same shape: "Raite" against "Rait".
                    let holds_q = |r: &&MentionRef| r.get(out.sources).parts.iter().any(|x| x == q);
                    let same_shape =
                        |r: &&MentionRef| r.get(out.sources).parts.len() == m1.parts.len();
                    let r2 = forms[*s2]
                        .iter()
                        .filter(holds_q)
                        .find(same_shape)
                        .or_else(|| forms[*s2].iter().find(holds_q))?;
                    Some((*r1, *r2, strsim::jaro_winkler(p, q)))
                };
                if let Some((r1, r2, similarity)) = other_parts.iter().find_map(differs) {
                    return Some(name_conflict(out, r1, r2, forms, similarity));
                }
            }
            // One part written otherwise in a name the same in every other
            // part ("Oleh Kiper" / "Oleg Kiper"): the entity is already
            // known to be one, so a close spelling (as close as alignment
            // links a family name heard two ways) needs no variant rule.
            let one_part = |(s2, _): (&&SourceId, &BTreeSet<&str>)| {
                forms[*s2].iter().find_map(|r2| {
                    let m2 = r2.get(out.sources);
                    if m2.parts.len() != m1.parts.len() || m2.parts.len() < 2 {
                        return None;
                    }
                    let differing: Vec<(&String, &String)> = m1
                        .parts
                        .iter()
                        .zip(&m2.parts)
                        .filter(|(p, q)| p != q)
                        .collect();
                    let [(p, q)] = differing[..] else { return None };
                    let similarity = strsim::jaro_winkler(p, q);
                    // Or, of one opening, as alike as alignment links
                    // family names in claims alike ("Pelling" / "Pelham");
                    // or romanised two ways: "Min-seok" / "Min-suk"; or
                    // another given name ("Stavros" / "Stelios Markakis").
                    // A familiar form ("Kostas" / "Konstantinos") is none.
                    (similarity >= 0.75
                        || of_one_opening(p, q)
                        || romanised_alike(p, q)
                        || another_given_name(&m1.parts, &m2.parts))
                    .then_some((*r1, *r2, similarity))
                    .filter(|_| !familiar_form(p, q))
                })
            };
            if let Some((r1, r2, similarity)) = other_parts.iter().find_map(one_part) {
                return Some(name_conflict(out, r1, r2, forms, similarity));
            }
            // The same letters spaced otherwise: "Sea Micro" / "SeaMicro",
            // "Gebremeskel" / "Gebre-Meskel"; not a name broken into its
            // syllables ("Mla-kar" / "Mlakar").
            let spacing = |(s2, _): (&&SourceId, &BTreeSet<&str>)| {
                let refs2 = &forms[*s2];
                let writes = |refs: &[MentionRef], key: &str| {
                    refs.iter().any(|r| r.get(out.sources).key() == key)
                };
                let r2 = refs2.iter().find(|r| {
                    let m2 = r.get(out.sources);
                    m2.parts.concat() == m1.parts.concat()
                        && !in_syllables(&m1.surface)
                        && !in_syllables(&m2.surface)
                        && !writes(refs2, &m1.key())
                        && m2.key() != m1.key()
                })?;
                Some((*r1, *r2))
            };
            if let Some((r1, r2)) = other_parts.iter().find_map(spacing) {
                return Some(name_conflict(out, r1, r2, forms, 1.0));
            }
        }
    }
    None
}

/// Whether a name is written broken into its syllables, a lower-case
/// letter after a hyphen ("Mla-kar, Mla-kar", a crowd's chant), not as a
/// double name ("Gebre-Meskel").
fn in_syllables(surface: &str) -> bool {
    (surface.split('-').skip(1)).any(|rest| rest.starts_with(char::is_lowercase))
}

/// The finding for a spelling conflict between mentions `r1` and `r2`; other
/// sources add their fullest form.
fn name_conflict(
    out: &Findings,
    r1: MentionRef,
    r2: MentionRef,
    forms: &BTreeMap<SourceId, Vec<MentionRef>>,
    similarity: f64,
) -> Finding {
    let chosen: Vec<MentionRef> = forms
        .iter()
        .map(|(s, refs)| {
            if *s == r1.claim.source {
                r1
            } else if *s == r2.claim.source {
                r2
            } else {
                fullest(out.sources, refs)
            }
        })
        .collect();
    let evidence: Vec<Evidence> = chosen
        .iter()
        .map(|r| mention_evidence(out.sources, r))
        .collect();
    let keys: Vec<String> = chosen.iter().map(|r| r.get(out.sources).key()).collect();
    // Each spelling, as figures that differ are each told: which source
    // writes which is in the evidence.
    let spellings = values(&evidence);
    let mut f = finding(
        Kind::Conflict,
        Category::Name,
        format!("name spelled differently: {spellings}"),
        evidence,
    );
    f.score = Some(round(similarity));
    set_majority(&mut f, &keys);
    f
}

/// The mention with the most name parts (the first of those).
fn fullest(sources: &[Extracted], refs: &[MentionRef]) -> MentionRef {
    let mut best = refs[0];
    for r in refs {
        if r.get(sources).parts.len() > best.get(sources).parts.len() {
            best = *r;
        }
    }
    best
}

fn mention_evidence(sources: &[Extracted], r: &MentionRef) -> Evidence {
    let m = r.get(sources);
    Evidence {
        source: r.claim.source,
        claim: r.claim,
        value: Some(m.surface.clone()),
        span: m.span.clone(),
    }
}

/// Marks the majority value and the outliers when a strict majority of the
/// evidence shares one value (by `keys`, parallel to the evidence).
fn set_majority(finding: &mut Finding, keys: &[String]) {
    if finding.evidence.len() < 3 {
        return;
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for key in keys {
        *counts.entry(key).or_default() += 1;
    }
    let Some((top, n)) = counts.iter().max_by_key(|(_, n)| **n) else {
        return;
    };
    if n * 2 <= keys.len() {
        return;
    }
    let top = top.to_string();
    for (e, key) in finding.evidence.iter().zip(keys) {
        if *key == top {
            if finding.majority.is_none() {
                finding.majority = e.value.clone();
            }
        } else {
            finding.outliers.push(e.source);
        }
    }
}

// ------------------------------------------------------------------ claims

fn group_findings(out: &mut Findings, group: &ClaimGroup) {
    let before = out.list.len();
    let every = |_: ClaimId| true;
    date_findings(out, group, every);
    number_findings(out, group, every);
    attribution_findings(out, group);
    let conflicts = out.list[before..]
        .iter()
        .filter(|f| f.kind == Kind::Conflict)
        .count();
    let evidence: Vec<Evidence> = group
        .claims
        .iter()
        .map(|&c| Evidence {
            source: c.source,
            claim: c,
            value: None,
            span: out.claim_span(c),
        })
        .collect();
    if conflicts == 0 {
        let mut f = finding(
            Kind::Agreement,
            Category::Claim,
            "claims match".to_string(),
            evidence.clone(),
        );
        f.score = Some(round(group.score));
        out.push(f);
    }
    let present: BTreeSet<SourceId> = group.claims.iter().map(|c| c.source).collect();
    let missing: Vec<SourceId> = out
        .all_sources()
        .into_iter()
        .filter(|s| !present.contains(s))
        .collect();
    if !missing.is_empty() && !all_headlines(out.sources, &group.claims) {
        let mut f = finding(
            Kind::Omission,
            Category::Claim,
            format!("claim with no counterpart in {}", out.labels_of(&missing)),
            evidence,
        );
        f.missing_from = missing;
        out.push(f);
    }
}

/// A claim split off from a sentence another source writes whole: the
/// figures, dates and speakers of the two are compared (a speaker conflict
/// still needs one statement told by both). The whole claim's other facts
/// belong to its own group, so only the part's lone facts are looked up
/// elsewhere.
fn part_findings(out: &mut Findings, part: &Part) {
    let group = two_claims(part.claim, part.whole, part.score);
    let of_part = |c: ClaimId| c == part.claim;
    let before = out.list.len();
    date_findings(out, &group, of_part);
    number_findings(out, &group, of_part);
    attribution_findings(out, &group);
    let disputed = out.list[before..]
        .iter()
        .any(|f| f.kind == Kind::Conflict && f.evidence.iter().any(|e| e.claim == part.whole));
    if disputed {
        out.conflicting_claims.insert(part.claim);
    }
}

/// The figures and dates of a claim in no group that another source's
/// sentence holds most of (merged there: "Four riders were taken to
/// hospital." in "Around 20 riders went down …, and six riders were taken
/// to hospital"), against that sentence's: what they tell alike or two
/// ways. None is told omitted: the claim is not, and a fact the holder
/// leaves out may be told elsewhere.
fn held_findings(out: &mut Findings, claim: ClaimId, holder: ClaimId, score: f64) {
    let group = two_claims(claim, holder, score);
    date_findings(out, &group, |_| false);
    number_findings(out, &group, |_| false);
}

/// A group of two claims, in order, of a similarity.
fn two_claims(x: ClaimId, y: ClaimId, score: f64) -> ClaimGroup {
    ClaimGroup {
        claims: vec![x.min(y), x.max(y)],
        score,
    }
}

fn unaligned_claim(out: &mut Findings, claim: ClaimId, alignment: &Alignment) {
    if out.sources[claim.source.index()].claims[claim.index].headline
        || out.conflicting_claims.contains(&claim)
    {
        return;
    }
    let covered = alignment.covered.get(&claim).map_or(&[][..], Vec::as_slice);
    let missing: Vec<SourceId> = out
        .all_sources()
        .into_iter()
        .filter(|&s| s != claim.source && !covered.iter().any(|(c, _)| c.source == s))
        .collect();
    if missing.is_empty() {
        return;
    }
    let evidence = vec![Evidence {
        source: claim.source,
        claim,
        value: None,
        span: out.claim_span(claim),
    }];
    let mut f = finding(
        Kind::Omission,
        Category::Claim,
        format!("claim with no counterpart in {}", out.labels_of(&missing)),
        evidence,
    );
    f.missing_from = missing;
    out.push(f);
}

/// A fact of one claim: where it is and the fact itself.
struct Item<'a, T> {
    claim: ClaimId,
    fact: &'a T,
}

/// Puts items into slots of facts that are the same across sources (at most
/// one item per source in a slot). Items first meet the ones they `agree`
/// with; an item left alone then joins a slot of the `same` thing. So "the
/// crater lies 30 km north of the town" meets the other source's 30 km, not
/// the 2 km width stated before it; and "$281 million in cash" meets the
/// other source's "($281M in cash)", not the "$334 million" before it.
/// Of the slots of the same thing, an item alone joins the one whose items
/// are `nearest` it ("nearly five miles from Thornbury Reptile Zoo" meets
/// "about 3 km from Thornbury Reptile Zoo", not the "3.2 metres" the
/// crocodile measures), the first of equals.
/// Items come in waves: a later wave takes what room the earlier leave, so
/// "312 flights" meets the other source's "213 flights" though "hundreds"
/// would agree with it (see [`blocking_vague_figures`]).
fn slots<'a, T>(
    waves: impl IntoIterator<Item = Vec<Item<'a, T>>>,
    same: impl Fn(&T, &T) -> bool,
    agrees: impl Fn(&T, &T) -> bool,
    restates: impl Fn(&T, &T) -> bool,
    nearest: impl Fn(&T, &T) -> usize,
) -> Vec<Vec<Item<'a, T>>> {
    let mut slots: Vec<Vec<Item<T>>> = Vec::new();
    for (n, wave) in waves.into_iter().enumerate() {
        let later = n > 0 && !wave.is_empty();
        place(&mut slots, wave, &same, &agrees, &restates, &nearest);
        if later {
            for slot in &mut slots {
                slot.sort_by_key(|m| m.claim.source);
            }
        }
    }
    slots.retain(|slot| !slot.is_empty());
    slots
}

/// Places items in `slots`, source by source: each in the slot of an item
/// it `agrees` with and none of its source, the `nearest` pairs first, or
/// in a slot of its own; then each item alone, but one its claim
/// `restates`, in the `nearest` slot of the `same` thing with room for it
/// (see [`slots`]).
fn place<'a, T>(
    slots: &mut Vec<Vec<Item<'a, T>>>,
    items: Vec<Item<'a, T>>,
    same: &impl Fn(&T, &T) -> bool,
    agrees: &impl Fn(&T, &T) -> bool,
    restates: &impl Fn(&T, &T) -> bool,
    nearest: &impl Fn(&T, &T) -> usize,
) {
    let fits = |slot: &[Item<T>], item: &Item<T>, fit: &dyn Fn(&T, &T) -> bool| {
        slot.iter().all(|m| m.claim.source != item.claim.source)
            && slot.iter().any(|m| fit(m.fact, item.fact))
    };
    // A source's items meet the slots they agree with, the nearest pairs
    // first, then the first of equals: "1:59:40.2" joins "1 hour 59
    // minutes 40 seconds", not "under two hours" before it; "around €100
    // million" joins "up to €100 million" before "€95 million" can.
    let mut sources: Vec<SourceId> = Vec::new();
    for item in &items {
        if !sources.contains(&item.claim.source) {
            sources.push(item.claim.source);
        }
    }
    let mut items: Vec<Option<Item<T>>> = items.into_iter().map(Some).collect();
    for source in sources {
        let own: Vec<usize> = (0..items.len())
            .filter(|&i| items[i].as_ref().is_some_and(|m| m.claim.source == source))
            .collect();
        let mut meetings: Vec<(usize, usize, usize)> = Vec::new();
        for &i in &own {
            let Some(item) = &items[i] else {
                continue;
            };
            for (at, slot) in slots.iter().enumerate() {
                if fits(slot, item, agrees) {
                    let near = (slot.iter())
                        .filter(|m| agrees(m.fact, item.fact))
                        .map(|m| nearest(m.fact, item.fact))
                        .max()
                        .unwrap_or(0);
                    meetings.push((near, i, at));
                }
            }
        }
        meetings.sort_by_key(|&(near, i, at)| (std::cmp::Reverse(near), i, at));
        for (_, i, at) in meetings {
            if items[i].is_some() && slots[at].iter().all(|m| m.claim.source != source) {
                slots[at].extend(items[i].take());
            }
        }
        for i in own {
            slots.extend(items[i].take().map(|item| vec![item]));
        }
    }
    // Each item alone may move to a slot of the same thing with room for
    // it: the nearest moves first, then in order. Not one its own claim
    // `restates`, placed already ("367 feet (the official sheet says 112
    // metres)"): it is no other figure, to move or to be moved to. (A
    // bound beside it, "up to €100 million" with add-ons, restates none.)
    let restated: Vec<bool> = (slots.iter().enumerate())
        .map(|(i, slot)| match slot.as_slice() {
            [item] => (slots.iter().enumerate())
                .filter(|&(j, _)| j != i)
                .flat_map(|(_, other)| other)
                .any(|m| m.claim == item.claim && restates(m.fact, item.fact)),
            _ => false,
        })
        .collect();
    let mut moves: Vec<(usize, usize, usize)> = Vec::new();
    for (i, slot) in slots.iter().enumerate() {
        let [item] = slot.as_slice() else {
            continue;
        };
        if restated[i] {
            continue;
        }
        for (j, home) in slots.iter().enumerate() {
            if j != i && !home.is_empty() && !restated[j] && fits(home, item, &same) {
                let near = (home.iter())
                    .filter(|m| same(m.fact, item.fact))
                    .map(|m| nearest(m.fact, item.fact))
                    .max();
                moves.push((near.unwrap_or(0), i, j));
            }
        }
    }
    moves.sort_by_key(|&(near, i, j)| (std::cmp::Reverse(near), i, j));
    for (_, i, j) in moves {
        if slots[i].len() == 1 && !slots[j].is_empty() && fits(&slots[j], &slots[i][0], &same) {
            let item = slots[i].pop().expect("a slot of one");
            slots[j].push(item);
            slots[j].sort_by_key(|m| m.claim.source);
        }
    }
}

/// How near two figures of the same thing are, for [`slots`]: first
/// whether both measure from one place ("nearly five miles from Thornbury
/// Reptile Zoo" / "about 3 km from Thornbury Reptile Zoo"), then how near
/// their values are ("Smith, 6ft 5in, and Jones, 5ft 9in" / "Jones, 5ft
/// 10in, and Smith, 6ft 4in"). The words beside a figure are too often its
/// neighbour's to tell more.
fn nearness(a: &Quantity, b: &Quantity) -> usize {
    let place = usize::from(a.reference().is_some() && a.reference() == b.reference());
    let closeness = ratio(a, b).map_or(0.0, |r| 1_000.0 / r);
    place * 10_000 + closeness.round() as usize
}

/// The vague figures of a group ("hundreds of flights") that would agree
/// with another source's exact figure ("213 flights") which their own
/// source's exact figure of the thing ("312 flights") is near but differs
/// from: they would keep the two exact ones apart. By source and start.
fn blocking_vague_figures(items: &[Item<Quantity>]) -> BTreeSet<(SourceId, usize)> {
    let exact = |i: &&Item<Quantity>| i.fact.exactness == Exactness::Exact;
    let vague = items
        .iter()
        .filter(|v| v.fact.exactness == Exactness::Vague);
    vague
        .filter(|v| {
            let source = v.claim.source;
            let own = items
                .iter()
                .filter(exact)
                .filter(|e| e.claim.source == source);
            let others = || {
                items
                    .iter()
                    .filter(exact)
                    .filter(|o| o.claim.source != source)
            };
            own.filter(|e| e.fact.counts_same_thing(v.fact)).any(|e| {
                others().any(|o| {
                    figures_agree(v.fact, o.fact)
                        && e.fact.counts_same_thing(o.fact)
                        && !e.fact.compatible(o.fact)
                        && ratio(e.fact, o.fact).is_some_and(|r| r <= 1.5)
                })
            })
        })
        .map(|v| (v.claim.source, v.fact.span.start))
        .collect()
}

/// Figures of a group: agreements and conflicts between its claims; a figure
/// alone in its slot, if `lone` says its claim's lone facts are ours to
/// report, is looked up in the whole of the other sources.
fn number_findings(out: &mut Findings, group: &ClaimGroup, lone: impl Fn(ClaimId) -> bool) {
    let items: Vec<Item<Quantity>> = group
        .claims
        .iter()
        .flat_map(|&c| {
            facts_of(out.sources, c)
                .numbers
                .iter()
                .map(move |fact| Item { claim: c, fact })
        })
        .collect();
    // Changes of one thing one way are of it, whatever words are beside
    // them ("turnover grew by 6%" / "annual sales rose 8 percent").
    let of_one_thing = |a: &Quantity, b: &Quantity| a.counts_same_thing(b) || a.changes_alike(b);
    let same = |a: &Quantity, b: &Quantity| of_one_thing(a, b) || same_figure(a, b);
    let figures: Vec<(ClaimId, &Quantity)> = items.iter().map(|i| (i.claim, i.fact)).collect();
    let blocking = blocking_vague_figures(&items);
    let (late, first): (Vec<_>, Vec<_>) =
        (items.into_iter()).partition(|i| blocking.contains(&(i.claim.source, i.fact.span.start)));
    let slotted = slots([first, late], same, figures_agree, restates, nearness);
    // A figure no other of the group states, in a claim whose lone facts
    // are told.
    let alone_in_its_group = |out: &mut Findings, item: &Item<Quantity>| {
        if lone(item.claim) && !out.disputed_value(item.claim.source, item.fact.stated) {
            // "first", "80th": an ordinal alone in one source is too often
            // incidental to report as omitted.
            let may_omit =
                item.fact.kind != QuantityKind::Ordinal && !other_currency(out, group, item);
            lone_figure(out, may_omit, item.claim, item.fact);
        }
    };
    for (slot, named_two_ways) in join_named_two_ways(out, slotted) {
        let evidence: Vec<Evidence> = slot
            .iter()
            .map(|i| Evidence {
                source: i.claim.source,
                claim: i.claim,
                value: Some(i.fact.surface.clone()),
                span: i.fact.span.clone(),
            })
            .collect();
        if slot.len() >= 2 {
            let pairs = || {
                slot.iter()
                    .enumerate()
                    .flat_map(|(x, a)| slot[x + 1..].iter().map(move |b| (a, b)))
            };
            let differ = |(a, b): (&Item<Quantity>, &Item<Quantity>)| {
                (named_two_ways || of_one_thing(a.fact, b.fact)) && !a.fact.compatible(b.fact)
            };
            // Figures that differ in claims of other years, or of other
            // things, are neither a conflict nor an agreement.
            let clash = pairs().any(|(a, b)| {
                differ((a, b))
                    && (near_enough(a.fact, b.fact)
                        || told_alike_but_the_figures(out.sources, a.claim, b.claim))
                    && (same_time(out, a.claim, b.claim)
                        || ages_of_now(out, a, b)
                        || leads_of_disputed_days(out, a, b)
                        || of_one_disputed_year(out, a, b)
                        || one_dated_alike(out, a, b)
                        || sole_figures_of_one_time(out, a, b))
                    && (about_one_thing(out.sources, a.claim, b.claim)
                        // Changes of one thing one way ("Veltro's shares
                        // fell 11 percent" / "sent Veltro's stock down 17%").
                        || a.fact.changes_alike(b.fact)
                        || ages_of_full_names(a.fact, b.fact) == Some(true)
                        || tied_by_a_fact(out.sources, a, b.claim)
                        || agree_on_another_figure(&figures, a, b)
                        || leads_differ(out, a, b))
                    && !told_apart(out.sources, a, b)
                    && !stated_by_another(out.sources, a, b)
                    && !stated_by_another(out.sources, b, a)
                    && !days_in_hours(out.sources, a.fact, b.claim)
                    && !days_in_hours(out.sources, b.fact, a.claim)
            });
            // Values already in conflict, restated (a headline restating
            // its body), are no new conflict; one found with a headline is
            // the body's to tell.
            let key = |i: &Item<Quantity>| figure_key(i.claim.source, i.fact);
            if clash && cite_the_body(out, &slot, &evidence) {
                out.disputed_counts.extend(slot.iter().map(key));
                continue;
            }
            let restated = || slot.iter().all(|i| out.disputed_counts.contains(&key(i)));
            if clash && restated() {
                continue;
            }
            if clash {
                out.disputed_counts.extend(slot.iter().map(key));
                let mut f = finding(
                    Kind::Conflict,
                    Category::Number,
                    figures_differ(&evidence),
                    evidence,
                );
                f.score = Some(round(group.score));
                let keys: Vec<String> =
                    slot.iter().map(|i| format!("{}", i.fact.value())).collect();
                set_majority(&mut f, &keys);
                let at = out.list.len();
                out.push(f);
                if out.list.len() > at && all_headlines(out.sources, &group.claims) {
                    let figures = slot.iter().map(key).collect();
                    out.headline_conflicts.push((at, figures));
                }
            } else if !pairs().any(differ) {
                // Figures a bound lets meet though far apart, in claims of
                // other times, are two facts ("At least 23 people have died
                // … since the first week of July" / "about 900 people died
                // of snakebite last year"): each its claim's alone.
                let of_other_times = |(a, b): (&Item<Quantity>, &Item<Quantity>)| {
                    ratio(a.fact, b.fact).is_some_and(|r| r > 1.5)
                        && !same_time(out, a.claim, b.claim)
                };
                // A vague figure states no exact one its own story tells
                // otherwise ("millions of bees" above "an estimated 14
                // million bees" / "about 25 million bees"): each is its
                // claim's alone, for the exact ones to meet.
                let told_otherwise = |(a, b): (&Item<Quantity>, &Item<Quantity>)| {
                    vague_told_otherwise(out.sources, a, b)
                        || vague_told_otherwise(out.sources, b, a)
                };
                if slot.len() == 2 && pairs().all(|p| of_other_times(p) || told_otherwise(p)) {
                    for item in &slot {
                        alone_in_its_group(out, item);
                    }
                    continue;
                }
                let summary = slot[0].fact.surface.clone();
                out.push(finding(
                    Kind::Agreement,
                    Category::Number,
                    summary,
                    evidence,
                ));
            }
        } else if let [item] = slot.as_slice() {
            alone_in_its_group(out, item);
        }
    }
}

/// Whether `vague` is a vague figure ("millions of bees") whose source
/// states exactly, of the same thing, a figure within it that differs from
/// `exact` ("an estimated 14 million bees" / "about 25 million bees").
fn vague_told_otherwise(
    sources: &[Extracted],
    vague: &Item<Quantity>,
    exact: &Item<Quantity>,
) -> bool {
    let (v, e) = (vague.fact, exact.fact);
    v.exactness == Exactness::Vague
        && e.exactness != Exactness::Vague
        && (sources[vague.claim.source.index()].facts.iter())
            .flat_map(|f| &f.numbers)
            .any(|q| {
                q.exactness != Exactness::Vague
                    && q.counts_same_thing(v)
                    && figures_agree(v, q)
                    && q.counts_same_thing(e)
                    && !q.compatible(e)
            })
}

/// Whether another figure of `a`'s claim states `b`'s value, of the same
/// sort and outcome, though of a noun of its own: then `b` is that figure
/// told with another word ("the two remaining patients … a larger trial,
/// with about 20 participants" / "A larger trial involving around 20
/// patients"), not `a` told otherwise.
fn stated_by_another(sources: &[Extracted], a: &Item<Quantity>, b: &Item<Quantity>) -> bool {
    // Not where `b`'s claim counts that noun too: then the two claims
    // tell two counts, swapped or not ("Fourteen crew members and six
    // passengers" / "Six crew members and 14 passengers").
    let counted_in_b = |q: &Quantity| {
        (facts_of(sources, b.claim).numbers.iter()).any(|p| p.unit.is_some() && p.unit == q.unit)
    };
    // Counts of things: not ages, measures or spans of time, which their
    // unit tells apart ("11-month-old twins … lasted 14 hours" / "an
    // 11-hour operation").
    let counts_things = |q: &Quantity| {
        q.kind == QuantityKind::Count
            && !q.is_age()
            && !q.measures_a_thing()
            && !(q.unit.as_deref()).is_some_and(|u| words::SPANS_OF_TIME.contains(&u))
    };
    counts_things(b.fact)
        && (facts_of(sources, a.claim).numbers.iter()).any(|q| {
            q.span != a.fact.span
                && counts_things(q)
                && q.stated == b.fact.stated
                && q.outcome == b.fact.outcome
                && q.unit != b.fact.unit
                && !counted_in_b(q)
        })
}

/// Whether a span of days told in hours, or of hours told in days, is one
/// the other claim tells the other way ("the airport was closed for 48
/// hours" / "a 10-hour curfew … shut the airport for two days"; "within
/// 12 hours … within two days" / "Within half a day"): the figures are
/// one span, whatever else the claims measure. (Days are no hours
/// otherwise: "a two-day summit" may last 36 hours.)
fn days_in_hours(sources: &[Extracted], span: &Quantity, other: ClaimId) -> bool {
    let hours = |q: &Quantity| match (q.unit.as_deref(), q.exactness) {
        (Some("hour"), Exactness::Exact) => Some(q.stated),
        (Some("day"), Exactness::Exact) => Some(q.stated * 24.0),
        _ => None,
    };
    // Days told in hours are whole days; hours told in days a part of
    // one ("half a day"): not "lasted two days" / "launched within 48
    // hours … lasted three days".
    let told_otherwise = |q: &Quantity| match q.unit.as_deref() {
        Some("hour") => hours(q).filter(|h| h % 24.0 == 0.0),
        Some("day") => hours(q).filter(|&h| h < 24.0),
        _ => None,
    };
    told_otherwise(span).is_some_and(|told| {
        (facts_of(sources, other).numbers.iter())
            .any(|q| q.unit != span.unit && hours(q) == Some(told))
    })
}

/// A conflict of figures already found with a headline's figure (a
/// headline split off as a part of the other story's sentence, "23 hurt"
/// / "Thirty-one people were hurt …"), that the body restates in the
/// `slot` found in conflict again ("injuring 23 people"), is the body's to
/// tell, as the conflicts found across claims are: it then cites the
/// body's figures, and whether it did is returned. The other sources'
/// figures are the same ones; the headline's states the body's value,
/// however it names what it counts ("Mine collapse traps 9" / "Nine miners
/// were trapped").
fn cite_the_body(out: &mut Findings, slot: &[Item<Quantity>], evidence: &[Evidence]) -> bool {
    let sources = out.sources;
    if slot.iter().any(|i| is_headline(sources, i.claim)) {
        return false;
    }
    let restates = |e: &Evidence| {
        slot.iter().any(|i| {
            i.claim.source == e.source
                && (i.fact.span == e.span
                    || is_headline(sources, e.claim)
                        && (facts_of(sources, e.claim).numbers.iter())
                            .any(|q| q.span == e.span && q.stated == i.fact.stated))
        })
    };
    let told_by_a_headline = |f: &Finding| {
        f.kind == Kind::Conflict
            && f.category == Category::Number
            && f.evidence.len() == evidence.len()
            && f.evidence.iter().any(|e| is_headline(sources, e.claim))
            && f.evidence.iter().all(restates)
    };
    let Some(at) = out.list.iter().position(told_by_a_headline) else {
        return false;
    };
    out.cite_anew(at, evidence.to_vec());
    true
}

/// The slots of a group's figures, each with whether it joins two figures
/// of one thing named two ways: two figures left alone in claims of two
/// sources ("four people suffered minor burns" / "two users were treated
/// for burns") that may count one thing (see [`may_be_named_two_ways`]) and
/// would be in conflict, each the only one the other could be, with a
/// word beside them, a rate ("450,000 passengers a day" / "ridership of
/// about 350,000 a day") or an outcome ("more than 300 guests fell ill" /
/// "about 270 people were poisoned") shared, or whole counts written
/// with the same digits ("carrying 186 people" / "with 168 passengers on
/// board").
fn join_named_two_ways<'a>(
    out: &Findings,
    mut slots: Vec<Vec<Item<'a, Quantity>>>,
) -> Vec<(Vec<Item<'a, Quantity>>, bool)> {
    let lone: Vec<usize> = (0..slots.len()).filter(|&i| slots[i].len() == 1).collect();
    let could_be = |i: usize, j: usize| {
        let (a, b) = (&slots[i][0], &slots[j][0]);
        a.claim.source != b.claim.source && may_be_named_two_ways(a.fact, b.fact)
    };
    let partners = |i: usize| -> Vec<usize> {
        lone.iter()
            .copied()
            .filter(|&j| j != i && could_be(i, j))
            .collect()
    };
    let fits = |i: usize, j: usize| {
        let (a, b) = (&slots[i][0], &slots[j][0]);
        let one_rate = a.fact.rate().is_some() && a.fact.rate() == b.fact.rate();
        let one_outcome = a.fact.outcome.is_some() && a.fact.outcome == b.fact.outcome;
        let told_alike = a.fact.context_overlaps(b.fact);
        // Whole counts of three digits at least miscopied ("carrying 186
        // people" / "with 168 passengers on board"); not "rescued 23
        // people" / "32 firefighters were sent", two small counts alike by
        // chance.
        let whole = |q: &Quantity| q.stated.fract() == 0.0 && q.stated >= 100.0;
        let miscopied =
            whole(a.fact) && whole(b.fact) && digits_transposed(a.fact.stated, b.fact.stated);
        (one_rate || one_outcome || told_alike || miscopied)
            && same_time(out, a.claim, b.claim)
            && about_one_thing(out.sources, a.claim, b.claim)
            && !told_apart(out.sources, a, b)
            && !states_elsewhere(out, b.claim.source, a.fact)
            && !states_elsewhere(out, a.claim.source, b.fact)
    };
    let pairs: Vec<(usize, usize)> = (lone.iter().copied())
        .filter_map(|i| match partners(i)[..] {
            [j] if i < j && partners(j) == [i] && fits(i, j) => Some((i, j)),
            _ => None,
        })
        .collect();
    let mut joined = vec![false; slots.len()];
    for (i, j) in pairs {
        let item = slots[j].pop().expect("a slot of one");
        slots[i].push(item);
        slots[i].sort_by_key(|m| m.claim.source);
        joined[i] = true;
    }
    (slots.into_iter().zip(joined))
        .filter(|(slot, _)| !slot.is_empty())
        .collect()
}

/// Whether two figures that do not count the same thing by their words may
/// still count one thing named two ways ("four people" / "two users",
/// "about 480,000 portable battery packs" / "nearly 840,000"): plain
/// counts not named alike, of one outcome and rate if any, one of them
/// naming nothing or people at large, both of people or both of things
/// unless one names nothing, apart in value but within a factor of three
/// (farther apart, two figures are more often two facts than one
/// misreported).
fn may_be_named_two_ways(a: &Quantity, b: &Quantity) -> bool {
    let plain = |q: &Quantity| {
        q.kind == QuantityKind::Count
            && q.exactness != Exactness::Vague
            && !q.within
            && !q.margin
            && !q.measures()
            && !q.is_age()
    };
    let named_alike = match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => crate::extract::same_unit(x, y),
        _ => false,
    };
    // One of them names nothing, or people at large: "protesters" and
    // "police officers" are two crowds.
    let generic =
        |q: &Quantity| (q.unit.as_deref()).is_none_or(|u| crate::extract::same_unit(u, "peopl"));
    let one_sort = a.unit.is_none() || b.unit.is_none() || a.counts_persons() == b.counts_persons();
    plain(a)
        && plain(b)
        && !named_alike
        && a.outcome == b.outcome
        && a.rate() == b.rate()
        && (generic(a) || generic(b))
        && one_sort
        && !a.compatible(b)
        && ratio(a, b).is_some_and(|ratio| ratio <= 3.0)
}

/// Whether `source` states a figure alike `q` anywhere.
fn states_elsewhere(out: &Findings, source: SourceId, q: &Quantity) -> bool {
    let (low, high) = (q.low.min(q.stated), q.high.max(q.stated));
    out.index[source.index()]
        .figure(low, high, |p| {
            p.exactness != Exactness::Vague && states_alike(p, q)
        })
        .is_some()
}

/// Whether two figures, if amounts of money, measures or counts, are near
/// enough to be one value misreported: amounts within a factor of three,
/// measures and counts within ten, or the same two or more digits at
/// another scale ("$1.2 million" / "$1.2 billion"). "Fined 1.7 million
/// hryvnias" / "contracts worth 900 million hryvnias" are two amounts; "a
/// shark about 4.5 metres long" / "beaches for 5 km either side" two
/// lengths; "the screening of more than 600 pupils" / "Eight students" two
/// counts. Temperatures, and figures of zero, have no ratio to judge by;
/// nor has a vague amount ("tens of billions of euros" / "about 120
/// billion euros").
fn near_enough(a: &Quantity, b: &Quantity) -> bool {
    // A vague amount spans a power of ten: its bounds tell how far.
    if a.exactness == Exactness::Vague || b.exactness == Exactness::Vague {
        return true;
    }
    let farthest = match a.kind {
        _ if a.unit.as_deref() == Some("celsius") => return true,
        QuantityKind::Money => 3.0,
        _ if a.measures() || a.kind == QuantityKind::Count => 10.0,
        _ => return true,
    };
    let Some(ratio) = ratio(a, b) else {
        return true;
    };
    let scale = ratio.log10();
    let digits = |q: &Quantity| {
        format!("{:e}", q.stated.abs())
            .split('e')
            .next()
            .map_or(0, |m| m.replace('.', "").len())
    };
    ratio <= farthest || digits(a) >= 2 && digits(b) >= 2 && (scale - scale.round()).abs() < 0.005
}

/// A figure no other claim of its group states: an agreement with a source
/// stating it elsewhere, else (if `may_omit`) an omission. The same value
/// said to count another thing ("two neighbours" / "two great rivers") is
/// neither: the source may name the thing otherwise; but a measure ("two
/// hours") names no one ("two soldiers"), nor does an age ("41 passengers"
/// / "the driver, Tek Bahadur Khadka, 41").
fn lone_figure(out: &mut Findings, may_omit: bool, claim: ClaimId, fact: &Quantity) {
    lone_fact(
        out,
        may_omit,
        claim,
        fact.surface.clone(),
        fact.span.clone(),
        Category::Number,
        |index, _| {
            // Exact figures far from this one can match only by the same
            // value, so the search is around it.
            // "dozens of soldiers" does not state "64 soldiers".
            let (low, high) = (fact.low.min(fact.stated), fact.high.max(fact.stated));
            let vague = |q: &Quantity| q.exactness == Exactness::Vague;
            let states = |q: &Quantity| (vague(fact) || !vague(q)) && figures_agree(fact, q);
            match index.figure(low, high, states) {
                Some((claim, q)) => Stated::Alike(claim, q.surface.clone(), q.span.clone()),
                None if !fact.measures()
                    && index
                        .figure(low, high, |q| {
                            !q.measures() && !q.is_age() && same_value(fact, q)
                        })
                        .is_some() =>
                {
                    Stated::AsAnotherThing
                }
                None => Stated::Not,
            }
        },
    );
}

/// Whether two figures agree: the same figure written alike or
/// differently, or stated alike (see [`states_alike`]).
fn figures_agree(a: &Quantity, b: &Quantity) -> bool {
    states_alike(a, b) || same_figure(a, b) && bounds_near(a, b)
}

/// Whether two figures count one thing and allow a common value, near
/// enough to state one fact (see [`bounds_near`]).
fn states_alike(a: &Quantity, b: &Quantity) -> bool {
    // What they count is compared last: it costs the most.
    a.compatible(b) && bounds_near(a, b) && a.counts_same_thing(b)
}

/// Whether a figure states another again, as a claim may in other units
/// ("367 feet (the official sheet says 112 metres)"): they agree, neither
/// is a bound, and their values are within 4% ("a base fee of €95
/// million … could rise to around €100 million", "a fee of €92 million …
/// up to €100 million" are two).
fn restates(a: &Quantity, b: &Quantity) -> bool {
    figures_agree(a, b) && !a.is_bound() && !b.is_bound() && ratio(a, b).is_none_or(|r| r <= 1.04)
}

/// Whether a bound ("up to 1.5 metres", "more than 100") and the other
/// figure are within a factor of two of each other, near enough for the
/// bound to state it: water "up to 1.5 metres deep" does not state "11
/// inches of rain".
fn bounds_near(a: &Quantity, b: &Quantity) -> bool {
    let (x, y) = (a.stated.abs(), b.stated.abs());
    !(a.is_bound() || b.is_bound()) || x <= 2.0 * y && y <= 2.0 * x
}

/// Whether and how another source states a fact.
enum Stated {
    /// In this claim, with this surface and span.
    Alike(ClaimId, String, Range<usize>),
    /// Its value, said of something named otherwise.
    AsAnotherThing,
    Not,
}

/// Whether the figures of `claim` that count what `whole` counts are two
/// or more parts that add up to it: "seven counts" / "four counts of wire
/// fraud and three counts of securities fraud". A part within another
/// ("Fourteen people, including three children"), the whole a part is
/// told of ("Twenty-three of the 31 ski areas") or a bound ("up to 1.5
/// metres") adds nothing.
fn parts_sum_to(sources: &[Extracted], whole: &Item<Quantity>, claim: ClaimId) -> bool {
    let figures = &facts_of(sources, claim).numbers;
    // The whole a part is told of ("31" of "Twenty-three of the 31 ski
    // areas") is inside the part's span: no part of its own.
    let inside_another = |q: &Quantity| {
        (figures.iter())
            .any(|p| p.span != q.span && p.span.start <= q.span.start && q.span.end <= p.span.end)
    };
    let parts: Vec<&Quantity> = figures
        .iter()
        .filter(|q| q.unit.is_some() && !q.within && q.counts_same_thing(whole.fact))
        .filter(|q| !inside_another(q))
        .filter(|q| matches!(q.exactness, Exactness::Exact | Exactness::Approximate))
        .collect();
    let (low, high) = parts
        .iter()
        .fold((0.0, 0.0), |(low, high), q| (low + q.low, high + q.high));
    parts.len() >= 2 && low <= whole.fact.high && whole.fact.low <= high
}

/// The same value stated, whatever it is said to count ("four men" and
/// "four robbers"): enough to say a figure is not missing from a source.
fn same_value(a: &Quantity, b: &Quantity) -> bool {
    a.kind == b.kind
        && a.currency == b.currency
        && a.stated == b.stated
        && a.exactness == b.exactness
}

/// Whether another claim of the group states an amount in a currency the
/// item's own claim does not use ("103 million euros" / "$136M"): that
/// amount may be this one, which cannot be checked offline, so it is not
/// omitted. An amount beside one the other side matched in its currency
/// ("85 million euros ($108 million)" / "$102 million") is omitted.
fn other_currency(out: &Findings, group: &ClaimGroup, item: &Item<Quantity>) -> bool {
    let currencies = |c: &ClaimId| -> BTreeSet<Option<&str>> {
        facts_of(out.sources, *c)
            .numbers
            .iter()
            .filter(|q| q.kind == QuantityKind::Money)
            .map(|q| q.currency.as_deref())
            .collect()
    };
    if item.fact.kind != QuantityKind::Money {
        return false;
    }
    let own = currencies(&item.claim);
    group
        .claims
        .iter()
        .filter(|c| c.source != item.claim.source)
        .any(|c| currencies(c).iter().any(|currency| !own.contains(currency)))
}

/// Whether two claims may be about the same time: both state no year, or
/// they share one (a figure "in 2007" is background, not today's figure),
/// years of a relative clause aside;
/// and unless each names a day, and every day of one is another day than
/// every day of the other ("a man died on Friday" / "another fell on
/// Saturday" are two events), or one tells of an earlier year ("last year")
/// and the other does not. The day a statement was made ("officials said
/// on Wednesday") is not the day of what it tells, nor is the year a thing
/// was made ("the 1987-built vessel was carrying 236 passengers") or a
/// year naming a thing ("ruled 4-1 that the 2019 law was void").
fn same_time(out: &Findings, a: ClaimId, b: ClaimId) -> bool {
    same_time_minding(out, a, b, true)
}

/// [`same_time`], minding the years the claims name or not: without them,
/// only their days and an earlier year count.
fn same_time_minding(out: &Findings, a: ClaimId, b: ClaimId, mind_years: bool) -> bool {
    let dated = |c: ClaimId| dates_of_its_time(out.sources, c);
    let (da, db) = (
        dates_of_its_events(out.sources, a),
        dates_of_its_events(out.sources, b),
    );
    let (ya, yb) = (years_of(&da), years_of(&db));
    // A year one lead leaves out is no other year when the leads name one
    // day of the month, a dateline's too ("on Wednesday, Jan. 14, 2026" /
    // "SANTIAGO, Jan 14 … on Wednesday"). A weekday alone may be another
    // week's ("At the previous wave, on Sunday, March 2, 2025"); away from
    // the lead, a day of a year is as often that day of another year ("On
    // March 8, 2019, some 375,000 people marched").
    let one_day_named = || dated(a).any(|x| dated(b).any(|y| x.same_day_named(y)));
    let leads = || in_the_lead(out.sources, a) && in_the_lead(out.sources, b);
    let year_left_out = ya.is_empty() != yb.is_empty() && one_day_named() && leads();
    let same_years = !mind_years || ya == yb || !ya.is_disjoint(&yb) || year_left_out;
    let other_days =
        !da.is_empty() && !db.is_empty() && da.iter().all(|x| db.iter().all(|y| x.another_day(y)));
    let earlier = |c: ClaimId| facts_of(out.sources, c).of_an_earlier_year;
    // Events each claim names by another year are two ("the 2001 collapse
    // of the Entre-os-Rios bridge" / "the 2018 collapse of the Morandi
    // bridge").
    let named_events = |c: ClaimId| -> Vec<&DateMention> {
        (facts_of(out.sources, c).dates.iter())
            .filter(|d| d.names_its_event() && !d.of_statement)
            .collect()
    };
    let (ea, eb) = (named_events(a), named_events(b));
    let events_apart = !ea.is_empty()
        && !eb.is_empty()
        && ea
            .iter()
            .all(|x| eb.iter().all(|y| x.stated_alike(y) && !x.compatible(y)));
    // An event named by the year the other claim's record runs from is
    // that last time ("the worst flooding since 1998" / "In the 1998
    // floods, 3,000 residents had to leave").
    let records = |c: ClaimId| {
        (facts_of(out.sources, c).dates.iter())
            .filter(|d| d.describing && d.told_after("since"))
            .filter_map(|d| d.year)
    };
    let named_the_last_time = |c: ClaimId, named: &[&DateMention]| {
        records(c).any(|year| named.iter().any(|e| e.year == Some(year)))
    };
    let last_time = named_the_last_time(a, &eb) || named_the_last_time(b, &ea);
    // Changes since one year are of one span, whatever else a claim tells
    // of last year ("had fallen by 62 percent since 2008, to about 6.6
    // billion last year" / "have fallen 48% since 2008").
    let since = |dates: &[&DateMention]| -> BTreeSet<i32> {
        (dates.iter())
            .filter(|d| d.told_after("since"))
            .filter_map(|d| d.year)
            .collect()
    };
    let one_span = !since(&da).is_disjoint(&since(&db));
    same_years
        && !other_days
        && (earlier(a) == earlier(b) || one_span)
        && !events_apart
        && !last_time
}

/// The dates of the time of what a claim tells, its statement's day
/// among them.
fn dates_of_its_time(sources: &[Extracted], c: ClaimId) -> impl Iterator<Item = &DateMention> {
    (facts_of(sources, c).dates.iter()).filter(|d| d.made.is_none() && !d.names_its_event())
}

/// The dates of the time of what a claim tells but its statement's day.
fn dates_of_its_events(sources: &[Extracted], c: ClaimId) -> Vec<&DateMention> {
    (dates_of_its_time(sources, c))
        .filter(|d| !d.of_statement)
        .collect()
}

/// The years dates give a claim's time: a year of a clause that describes
/// someone ("the developer who bought the club in 2008") does not date it.
fn years_of(dates: &[&DateMention]) -> BTreeSet<i32> {
    (dates.iter())
        .filter(|d| !d.describing)
        .filter_map(|d| d.year)
        .collect()
}

/// Whether two figures, each the only value its story gives of what it
/// counts (see [`sole_figures`]), are of one time though one claim gives a
/// year and the other none: a story tells its one count of a thing once,
/// and a year beside it is of its own time ("escaping with $3.4 million in
/// cash" in "March 1997" / "The gang of three made off with $4.3
/// million"); a background figure of another year would be a second value.
/// A year that sets a scene is of background all the same (see
/// [`sets_a_scene`]).
fn sole_figures_of_one_time(out: &Findings, x: &Item<Quantity>, y: &Item<Quantity>) -> bool {
    let (cx, cy) = (x.claim, y.claim);
    let sole = |i: &Item<Quantity>| out.sole.contains(&(i.claim.source, i.fact.span.start));
    let (dx, dy) = (
        dates_of_its_events(out.sources, cx),
        dates_of_its_events(out.sources, cy),
    );
    let scene = |c: ClaimId, dates: &[&DateMention]| {
        (dates.iter()).any(|d| d.year.is_some() && sets_a_scene(out, c, d))
    };
    // The claim of no year dates nothing else either.
    let (yx, yy) = (years_of(&dx), years_of(&dy));
    sole(x)
        && sole(y)
        && (dx.is_empty() && !yy.is_empty() || dy.is_empty() && !yx.is_empty())
        && !scene(cx, &dx)
        && !scene(cy, &dy)
        && !tells_of_now(out, cx)
        && !tells_of_now(out, cy)
        && same_time_minding(out, cx, cy, false)
}

/// Whether a claim tells of the time of its telling ("now employs 500
/// people", "stands at 11,300 students this fall"): beside a year, it
/// tells two times; set against one, another time.
fn tells_of_now(out: &Findings, claim: ClaimId) -> bool {
    let words: Vec<&str> = (out.claim_text(claim).split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let period = |word: &str| (words::PERIODS_OF_NOW.iter()).any(|w| word.eq_ignore_ascii_case(w));
    says_any(out, claim, words::OF_NOW)
        || (words.windows(2)).any(|pair| pair[0].eq_ignore_ascii_case("this") && period(pair[1]))
}

/// Whether a date of a claim sets the scene of a past event, as background
/// is told: "since 2002, when they lost …", "in 2017, when more than 36,000
/// cases were recorded", or opening the claim ("In 2022, workers at the
/// company's hub rejected a union").
fn sets_a_scene(out: &Findings, claim: ClaimId, date: &DateMention) -> bool {
    let text = out.originals[claim.source.index()];
    let span = out.claim_span(claim);
    let after = (text.get(date.span.end..span.end)).unwrap_or("");
    // Before it, a preposition and a weekday at most ("On Sunday, March
    // 8, 2019, some 375,000 people marched").
    let before = (text.get(span.start..date.span.start)).unwrap_or("");
    let opens = before.split_whitespace().count() <= 2 && after.starts_with(',');
    let after = after.trim_start_matches([',', ' ']);
    date.told_after("since") || after.starts_with("when ") || opens
}

/// Whether two figures' claims, one giving a year and the other none,
/// tell one thing in like words, five at least and half of the shorter
/// claim's ("a real estate developer from Connecticut, is accused of
/// paying $450,000 to secure his daughter's admission in 2020" / "A
/// Connecticut real estate developer paid $540,000 to get his daughter
/// in"): the year the other leaves out is no other time. Background repeats
/// the words of the news it is set against, so neither claim may tell of
/// another time: neither tells of what will be; the one of no year dates
/// nothing ("drew 55,000 visitors this weekend", "rescued six hikers on
/// Sunday", "now powers"); the other has no word of a time before or
/// after ("the previous record", "when", "since 2015", "a goal in 2020",
/// "by 2030", "in 2023 alone"); neither is a headline, which shares its
/// few words with any claim, nor of last year; and neither figure is one
/// the other story states elsewhere.
fn one_dated_alike(out: &Findings, a: &Item<Quantity>, b: &Item<Quantity>) -> bool {
    let sources = out.sources;
    let dates = |c: ClaimId| (facts_of(sources, c).dates.iter()).filter(|d| !d.of_statement);
    let dated = |c: ClaimId| {
        dates(c)
            .filter(|d| d.made.is_none() && !d.describing)
            .any(|d| d.year.is_some())
    };
    let (dated_one, other) = match (dated(a.claim), dated(b.claim)) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return false,
    };
    let of_another_time = [
        "when",
        "since",
        "before",
        "after",
        "during",
        "by",
        "earlier",
        "previous",
        "previously",
        "record",
        "goal",
        "expects",
        "until",
        "ago",
        "last",
        "first",
        "alone",
    ];
    let of_its_own_time = ["now", "this", "currently", "today", "tonight"];
    let of_now = |c: ClaimId| !is_headline(sources, c) && !facts_of(sources, c).of_an_earlier_year;
    let told_elsewhere = |item: &Item<Quantity>, other: &Item<Quantity>| {
        states_elsewhere(out, other.claim.source, item.fact)
    };
    let (shared, shorter) =
        facts_of(sources, a.claim).shared_terms_places_once(facts_of(sources, b.claim));
    shared >= 5
        && 2 * shared >= shorter
        && dates(other.claim).next().is_none()
        && !says_any(out, other.claim, &of_its_own_time)
        && !tells_what_will_be(out, other.claim)
        && !tells_what_will_be(out, dated_one.claim)
        && !says_any(out, dated_one.claim, &of_another_time)
        && of_now(a.claim)
        && of_now(b.claim)
        && !told_elsewhere(a, b)
        && !told_elsewhere(b, a)
}

/// Whether two figures are ages told in claims of one time, whatever
/// years the claims name (see [`same_time`]): an age is told the same for
/// a year, and a year beside it dates something else ("The 24-year-old
/// improved the record, which had stood since 2009" / "The 25-year-old …
/// sailed over 5.07m"). Only ages told of one noun or none, or both of
/// names ("the suspected ringleader, 54-year-old Krzysztof Wasowicz" /
/// "The suspected leader, Krzysztof Wasowski, 45"), of one name or none
/// ("The 48-year-old had been Costa's deputy" / "The 61-year-old Costa"),
/// or of a name and none told of one noun ("Eleanor Fairlie, a
/// 34-year-old primary school teacher" / "a 43-year-old teacher"),
/// of now ("as a 15-year-old" is an age of the past), and near
/// (within 15%, or two digits swapped).
fn ages_of_now(out: &Findings, a: &Item<Quantity>, b: &Item<Quantity>) -> bool {
    let (x, y) = (a.fact.subject(), b.fact.subject());
    let one_noun = a.fact.whom().is_some() && a.fact.whom() == b.fact.whom();
    let one_name = match (x, y) {
        ([_, _, ..], [_, _, ..]) => full_names_of_one(x, y),
        _ => {
            x.is_empty() && y.is_empty()
                || x.iter().any(|part| y.contains(part))
                || one_noun && (x.is_empty() || y.is_empty())
        }
    };
    let near = ratio(a.fact, b.fact).is_some_and(|r| r <= 1.15)
        || digits_swapped(a.fact.stated, b.fact.stated);
    a.fact.is_age_now()
        && b.fact.is_age_now()
        && (a.fact.whom() == b.fact.whom() || !x.is_empty() && !y.is_empty())
        && one_name
        && near
        && same_time_minding(out, a.claim, b.claim, false)
}

/// Whether two ages, each its claim's one, are of one person told of one
/// noun (see [`ages_of_now`]), whatever years the claims name and however
/// else they tell of people ("Eleanor Fairlie, a 34-year-old primary
/// school teacher, underwent keyhole surgery … in February 2021" / "the
/// death of a 43-year-old teacher"); not ages of no noun ("The 29-year-old
/// had been stabbed" / "The 32-year-old will appear before magistrates").
fn one_age_of_one_noun(out: &Findings, a: &Item<Quantity>, b: &Item<Quantity>) -> bool {
    a.fact.whom().is_some()
        && ages_of_now(out, a, b)
        && ages_in(out.sources, a.claim).count() == 1
        && ages_in(out.sources, b.claim).count() == 1
}

/// Whether two ages told of full names are of one person ("for Rui
/// Albergaria, 58, who had been backed" / "Her rival, Rui Albergaria, 61, a
/// former finance minister, conceded": the ages of one name, however
/// little else their claims share) or of two ("Rui Albergaria, 58" / "His
/// wife, Ana Albergaria, 61"); `None` unless both are ages now of full
/// names.
fn ages_of_full_names(a: &Quantity, b: &Quantity) -> Option<bool> {
    let (x, y) = (a.subject(), b.subject());
    (a.is_age_now() && b.is_age_now() && x.len() >= 2 && y.len() >= 2)
        .then(|| full_names_of_one(x, y))
}

/// Whether two full names are one person's: their given names alike and
/// their family names near ("Krzysztof Wasowicz" / "Krzysztof Wasowski";
/// not "Robert Hale" / "Linda Hale").
fn full_names_of_one(x: &[String], y: &[String]) -> bool {
    match (x, y) {
        ([given_x, .., family_x], [given_y, .., family_y]) => {
            parts_variant(given_x, given_y) && strsim::jaro_winkler(family_x, family_y) >= 0.85
        }
        _ => false,
    }
}

/// Whether the figures are in two leads whose days are in conflict: the
/// conflict says the leads tell one event, so the figures are of one
/// ("a 134-run victory on Sunday" / "a 143-run victory on Monday"); away
/// from the lead, claims of two days are more often of two events.
fn leads_of_disputed_days(out: &Findings, a: &Item<Quantity>, b: &Item<Quantity>) -> bool {
    out.days_disputed(a.claim, b.claim)
        && in_the_lead(out.sources, a.claim)
        && in_the_lead(out.sources, b.claim)
}

/// Whether the figures' claims are set against each other by their years
/// alone: the conflict says they tell one event of the past, whatever its
/// year, so the figures are of one ("The gallery bought the work from a
/// dealer in 1987 for £2.1 million" / "The gallery acquired the painting in
/// 1991 for £1.2 million"). Days are another matter: claims of two days
/// away from the lead are more often of two events (see
/// [`leads_of_disputed_days`]).
fn of_one_disputed_year(out: &Findings, a: &Item<Quantity>, b: &Item<Quantity>) -> bool {
    (out.disputed_years).contains(&(a.claim.min(b.claim), a.claim.max(b.claim)))
}

/// The same figure written alike or differently ("three" and "3", "around
/// 26" and "26"), of the same sort and not counting clearly different things.
fn same_figure(a: &Quantity, b: &Quantity) -> bool {
    // Without a unit on one side, only the same value written differently
    // is the same figure ("three" and "3"); "more than 400" is not every
    // larger count. The unit test compares words: it comes last.
    // A winner's majority is counted in votes ("a majority of 4,215" /
    // "by 4,215 votes").
    let in_votes = |p: &Quantity, q: &Quantity| {
        p.is_majority() && (q.unit.as_deref()).is_some_and(|u| crate::extract::same_unit(u, "vote"))
    };
    let units_fit = || match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => crate::extract::same_unit(x, y) || in_votes(a, b) || in_votes(b, a),
        _ => a.stated == b.stated,
    };
    // "killed 83 people" is not "105 people still missing".
    let outcomes_fit = a.outcome.is_none() || b.outcome.is_none() || a.outcome == b.outcome;
    a.kind == b.kind
        && a.currency == b.currency
        && a.compatible(b)
        && outcomes_fit
        && a.kind != QuantityKind::Ordinal
        && a.is_ages_of_a_group() == b.is_ages_of_a_group()
        && units_fit()
        || a.kind == QuantityKind::Ordinal && a.counts_same_thing(b) && a.compatible(b)
}

/// The summary of a conflict of figures: "figures differ: 26 vs 40".
fn figures_differ(evidence: &[Evidence]) -> String {
    format!("figures differ: {}", values(evidence))
}

/// The distinct values of the evidence, in order: "26 vs 40".
fn values(evidence: &[Evidence]) -> String {
    let mut distinct: Vec<&str> = Vec::new();
    for value in evidence.iter().filter_map(|e| e.value.as_deref()) {
        if !distinct.contains(&value) {
            distinct.push(value);
        }
    }
    distinct.join(" vs ")
}

/// A fact of an aligned claim that no other claim of its group states: an
/// agreement with another source stating it elsewhere, else an omission.
/// `find` looks for it in another source's index, given its own source's.
fn lone_fact(
    out: &mut Findings,
    may_omit: bool,
    claim: ClaimId,
    value: String,
    span: Range<usize>,
    category: Category,
    find: impl Fn(&FactIndex, &FactIndex) -> Stated,
) {
    if out.disputed.contains(&(claim.source, span.start)) {
        return;
    }
    let mut evidence = vec![Evidence {
        source: claim.source,
        claim,
        value: Some(value.clone()),
        span,
    }];
    let mut missing = Vec::new();
    for (s, index) in out.index.iter().enumerate() {
        let id = SourceId(s as u16);
        if id == claim.source {
            continue;
        }
        match find(index, &out.index[claim.source.index()]) {
            Stated::Alike(c, value, span) => evidence.push(Evidence {
                source: id,
                claim: c,
                value: Some(value),
                span,
            }),
            Stated::AsAnotherThing => {}
            Stated::Not => missing.push(id),
        }
    }
    evidence.sort_by_key(|e| e.source);
    if missing.is_empty() {
        if evidence.len() >= 2 {
            out.push(finding(Kind::Agreement, category, value, evidence));
        }
    } else if may_omit {
        let have: Vec<SourceId> = evidence.iter().map(|e| e.source).collect();
        let mut f = finding(
            Kind::Omission,
            category,
            format!("{value} stated only in {}", out.labels_of(&have)),
            evidence,
        );
        f.missing_from = missing;
        out.push(f);
    }
}

/// Dates of a group, as [`number_findings`] does figures: absolute dates
/// with absolute dates, weekdays with weekdays ("on Friday" / "on Tuesday,
/// December 9" differ in their weekdays; which date a weekday is, nobody
/// can tell).
fn date_findings(out: &mut Findings, group: &ClaimGroup, lone: impl Fn(ClaimId) -> bool) {
    for absolute in [true, false] {
        dates_of_one_sort(out, group, &lone, absolute);
    }
}

fn dates_of_one_sort(
    out: &mut Findings,
    group: &ClaimGroup,
    lone: &impl Fn(ClaimId) -> bool,
    absolute: bool,
) {
    let mut items: Vec<Item<DateMention>> = group
        .claims
        .iter()
        .flat_map(|&c| {
            facts_of(out.sources, c)
                .dates
                .iter()
                .filter(move |d| d.is_absolute() == absolute)
                .map(move |fact| Item { claim: c, fact })
        })
        .collect();
    // Two days of one deed told otherwise conflict, whatever other days
    // their claims share ("freed on Thursday morning" / "reunited with
    // relatives on Thursday, hours after they were released late on
    // Wednesday").
    let mut settled = Vec::new();
    if let Some((a, b)) = days_of_one_deed(out.sources, &items) {
        // b comes after a: removed first, it leaves a where it was.
        let (b, a) = (items.remove(b), items.remove(a));
        if !a_day_apart_by_zones(out.sources, &a, &b) {
            push_date_conflict(out, group, &a, &b);
        }
        settled = vec![(a.claim, a.fact.span.start), (b.claim, b.fact.span.start)];
    }
    let (matched, unmatched): (Vec<_>, Vec<_>) = slots(
        [items],
        DateMention::compatible,
        DateMention::compatible,
        DateMention::compatible,
        |_, _| 0,
    )
    .into_iter()
    .partition(|s| s.len() >= 2);
    for slot in matched {
        let evidence = slot.iter().map(|i| date_evidence(i)).collect();
        out.push(finding(
            Kind::Agreement,
            Category::Date,
            slot[0].fact.surface.clone(),
            evidence,
        ));
    }
    let lone_items: Vec<Item<DateMention>> = unmatched.into_iter().flatten().collect();
    // One unmatched date on each side, stated alike ("in 2019" / "in 2018"):
    // a conflict. The day of a statement ("told a press conference on
    // Tuesday") is no date of the event.
    let of_events: Vec<&Item<DateMention>> =
        lone_items.iter().filter(|i| !i.fact.of_statement).collect();
    if let Some((a, b)) = one_date_each(&of_events)
        && settled.is_empty()
        && a.claim.source != b.claim.source
        && (a.fact.stated_alike(b.fact)
            || a.fact.stated_alike_but_closer(b.fact)
            || years_of_one_thing(a.fact, b.fact))
        && (one_deed_two_days(out.sources, (a.claim, a.fact), (b.claim, b.fact))
            || !weekday_of_another_day(out.sources, a) && !weekday_of_another_day(out.sources, b))
        && (about_one_thing(out.sources, a.claim, b.claim)
            && (near_in_the_calendar(a.fact, b.fact) || from_days_of_a_month(out.sources, a, b))
            || one_event(out.sources, (a.claim, a.fact), (b.claim, b.fact))
            || told_alike_but_the_dates(out.sources, a.claim, b.claim))
        && !ages_tell_apart(out.sources, a.claim, b.claim)
        && !tallies_of_two_years(out.sources, a, b)
        && !tallies_by_two_days(out.sources, a, b)
        && !changes_over_two_periods(out.sources, a, b)
    {
        // Days a zone's shift sets apart are neither a conflict nor
        // omitted.
        if !a_day_apart_by_zones(out.sources, a, b) {
            push_date_conflict(out, group, a, b);
        }
        settled = vec![(a.claim, a.fact.span.start), (b.claim, b.fact.span.start)];
    }
    // One day of a statement on each side, by one speaker, telling one
    // thing (see `tell_one_statement`), in the two stories' leads ("Vantrell … said on Tuesday it was
    // recalling" / "Vantrell announced on Monday that it was recalling"):
    // one statement's day told two ways. Not a statement told again or of
    // a state that holds on, which a daily update is.
    let statements: Vec<&Item<DateMention>> =
        lone_items.iter().filter(|i| i.fact.of_statement).collect();
    if let [a, b] = statements.as_slice()
        && settled.is_empty()
        && of_events.is_empty()
        && a.claim.source != b.claim.source
        && a.fact.stated_alike_as_statements(b.fact)
        && !a.fact.compatible(b.fact)
        && near_in_the_calendar(a.fact, b.fact)
        && one_speaker(out.sources, a.claim, b.claim)
        && tell_one_statement(out.sources, a.claim, b.claim)
        && ![a, b].iter().any(|i| tells_again(out, i.claim))
        && [a, b].iter().all(|i| {
            is_the_lead_sentence(&out.sources[i.claim.source.index()].claims, i.claim.index)
        })
    {
        push_date_conflict(out, group, a, b);
        settled = vec![(a.claim, a.fact.span.start), (b.claim, b.fact.span.start)];
    }
    for item in &lone_items {
        if lone(item.claim) && !settled.contains(&(item.claim, item.fact.span.start)) {
            lone_date(out, item.claim, item.fact);
        }
    }
}

/// Whether two dates are each a day a state holds from, of a month
/// ("free from Jan. 1" / "for free from 1 March"): the one start of what
/// two claims about one thing tell, however far apart its months. Not of
/// two years, nor for two groups of people: a plan in stages starts each
/// its own day ("Residents will ride free from Feb. 1" / "Visitors will
/// ride free from 1 June").
fn from_days_of_a_month(
    sources: &[Extracted],
    a: &Item<DateMention>,
    b: &Item<DateMention>,
) -> bool {
    let from = |d: &DateMention| {
        d.preposition == Some(Term::of("from")) && d.day.is_some() && d.month.is_some()
    };
    let one_year = a.fact.year.is_none() || b.fact.year.is_none() || a.fact.year == b.fact.year;
    if !(from(a.fact) && from(b.fact) && one_year) {
        return false;
    }
    // Content terms are folded as units are: "residents" is "peopl".
    let groups = |c: ClaimId| -> BTreeSet<Term> {
        (facts_of(sources, c).content.iter().copied())
            .filter(|t| crate::extract::counts_persons(t.as_str()))
            .collect()
    };
    let (of_a, of_b) = (groups(a.claim), groups(b.claim));
    let two_groups = !of_a.is_empty() && !of_b.is_empty() && of_a.is_disjoint(&of_b);
    !two_groups
}

/// Whether two years each stand before the thing they date, and one thing
/// named in like words: its year told two ways ("A 1961 Lindqvist GT
/// Spyder" / "a dark-red 1962 Lindqvist GT Spyder", "a 1926 historical
/// drama" / "Raghavendra Pant's 1928 historical epic"). Not a year after a
/// preposition ("since 2019 prices have"), nor things named otherwise ("a
/// 2019 report found" / "a 2021 survey found": a verb after them is no
/// word of the thing).
fn years_of_one_thing(a: &DateMention, b: &DateMention) -> bool {
    a.thing.iter().any(|t| b.thing.contains(t))
}

/// Whether two days a day apart may be one moment's in two zones: the
/// later day's claim tells a morning's clock time, the earlier's an
/// afternoon's or evening's, and one of the times names its zone ("8 p.m.
/// on Tuesday" / "0100 GMT on Wednesday"). Wire stories give their times in
/// universal time, local ones in local time.
fn a_day_apart_by_zones(
    sources: &[Extracted],
    a: &Item<DateMention>,
    b: &Item<DateMention>,
) -> bool {
    let next_day = |x: &DateMention, y: &DateMention| match (x.weekday, y.weekday) {
        (Some(p), Some(q)) => q == p % 7 + 1,
        _ => {
            x.month.is_some()
                && x.month == y.month
                && x.day.zip(y.day).is_some_and(|(p, q)| q == p + 1)
        }
    };
    let times = |c: ClaimId| {
        (facts_of(sources, c).dates.iter()).filter(|d| d.time.is_some() && !d.either_half)
    };
    const NOON: u16 = 12 * 60;
    let shifted = |earlier: ClaimId, later: ClaimId| {
        times(earlier).any(|e| {
            times(later).any(|l| {
                e.time >= Some(NOON)
                    && l.time < Some(NOON)
                    && (e.named_zone().is_some() || l.named_zone().is_some())
                    && e.named_zone() != l.named_zone()
            })
        })
    };
    next_day(a.fact, b.fact) && shifted(a.claim, b.claim)
        || next_day(b.fact, a.fact) && shifted(b.claim, a.claim)
}

/// Whether two years date tallies of two years: each a year alone, in
/// claims that count one thing and no count of it alike ("recorded 14
/// outbreaks on cruise ships in 2023" / "Ten outbreaks were reported in
/// 2019"). Either both the year and the count are wrong, or, far likelier,
/// each story gives another year's figure as background.
fn tallies_of_two_years(
    sources: &[Extracted],
    a: &Item<DateMention>,
    b: &Item<DateMention>,
) -> bool {
    // A year a thing was made in, or a claim naming what it tells of ("A
    // fire in a garment factory in Dhaka killed 112 workers in 2012"), is
    // of one event, not a tally.
    let year_alone = |d: &DateMention| {
        d.year.is_some() && d.month.is_none() && d.time.is_none() && d.made.is_none()
    };
    // (A word of no known kind opening the sentence may be none: "Health
    // authorities".) A verb of tallying says a tally all the same ("The CDC
    // recorded 14 outbreaks on cruise ships in 2023").
    let names_nothing = |c: ClaimId| {
        let opens = sources[c.source.index()].claims[c.index].span.start;
        (facts_of(sources, c).entities.iter()).all(|m| {
            m.implied || m.kind == EntityKind::Other && m.parts.len() == 1 && m.span.start == opens
        })
    };
    let tallied = |c: ClaimId| {
        let content = &facts_of(sources, c).content;
        ["record", "report", "regist", "count", "log"]
            .iter()
            .any(|&verb| content.contains(&Term::of(verb)))
    };
    let counts = |c: ClaimId| facts_of(sources, c).numbers.iter();
    let of_one_thing: Vec<bool> = counts(a.claim)
        .flat_map(|x| counts(b.claim).map(move |y| (x, y)))
        .filter(|(x, y)| x.counts_same_thing(y))
        .map(|(x, y)| x.compatible(y))
        .collect();
    year_alone(a.fact)
        && year_alone(b.fact)
        && (names_nothing(a.claim) && names_nothing(b.claim)
            || tallied(a.claim) && tallied(b.claim))
        && !of_one_thing.is_empty()
        && !of_one_thing.contains(&true)
}

/// Whether two years are the starts of two periods a change is told over:
/// each is a year after "since" in a claim telling a change, and no change
/// of one agrees with the other's ("rents have risen 18% since 2015" /
/// "rents up 12% since 2020"). A change alike from two years ("up 18%
/// since 2015" / "since 2016") still conflicts.
fn changes_over_two_periods(
    sources: &[Extracted],
    a: &Item<DateMention>,
    b: &Item<DateMention>,
) -> bool {
    let since = |d: &DateMention| d.is_a_year() && d.told_after("since");
    let changes = |c: ClaimId| facts_of(sources, c).numbers.iter().filter(|q| q.margin);
    since(a.fact)
        && since(b.fact)
        && changes(a.claim).next().is_some()
        && changes(b.claim).next().is_some()
        && changes(a.claim).all(|x| changes(b.claim).all(|y| !x.compatible(y)))
}

/// Whether two days are those of tallies: each a day a count was reached
/// by ("had gathered more than 12,000 signatures by Thursday evening" /
/// "By Saturday nearly 21,000 people had signed"), no count of one stated
/// in the other. A count grows from one day to the next; a deadline with
/// its sum alike ("pay $5,000 by Friday" / "… by Monday") still conflicts.
fn tallies_by_two_days(
    sources: &[Extracted],
    a: &Item<DateMention>,
    b: &Item<DateMention>,
) -> bool {
    let by = |d: &DateMention| d.told_after("by");
    let counts = |c: ClaimId| {
        (facts_of(sources, c).numbers.iter())
            .filter(|q| q.kind == QuantityKind::Count && !q.is_age())
            .collect::<Vec<_>>()
    };
    let (x, y) = (counts(a.claim), counts(b.claim));
    by(a.fact)
        && by(b.fact)
        && !x.is_empty()
        && !y.is_empty()
        && !x.iter().any(|p| y.iter().any(|q| p.stated == q.stated))
}

/// Reports two dates of a group as in conflict.
fn push_date_conflict(
    out: &mut Findings,
    group: &ClaimGroup,
    a: &Item<DateMention>,
    b: &Item<DateMention>,
) {
    let evidence = vec![date_evidence(a), date_evidence(b)];
    let mut f = finding(
        Kind::Conflict,
        Category::Date,
        format!("dates differ: {}", values(&evidence)),
        evidence,
    );
    f.score = Some(round(group.score));
    out.push(f);
    let claims = (a.claim.min(b.claim), a.claim.max(b.claim));
    out.disputed_days.insert(claims);
    if a.fact.is_a_year() && b.fact.is_a_year() {
        out.disputed_years.insert(claims);
    }
}

/// Of a group's dates, the first two of different sources that date one
/// deed otherwise (see [`of_one_deed`]), stated alike and of no statement.
fn days_of_one_deed(sources: &[Extracted], items: &[Item<DateMention>]) -> Option<(usize, usize)> {
    // A source that dates the deed alike elsewhere tells of two of it ("the
    // Pope left on Friday, two days after his spokesman left on Wednesday"
    // / "the Pope left on Friday").
    let dated_alike = |x: &Item<DateMention>, source: SourceId| {
        (items.iter()).any(|y| {
            y.claim.source == source && of_one_deed(x.fact, y.fact) && x.fact.compatible(y.fact)
        })
    };
    (0..items.len())
        .flat_map(|i| (i + 1..items.len()).map(move |j| (i, j)))
        .find(|&(i, j)| {
            let (a, b) = (&items[i], &items[j]);
            a.claim.source != b.claim.source
                && !a.fact.of_statement
                && !b.fact.of_statement
                && one_deed_two_days(sources, (a.claim, a.fact), (b.claim, b.fact))
                && a.fact.stated_alike(b.fact)
                && !a.fact.compatible(b.fact)
                && !dated_alike(a, b.claim.source)
                && !dated_alike(b, a.claim.source)
                && !ages_tell_apart(sources, a.claim, b.claim)
        })
}

/// Of the unmatched dates of events of a group, the two that may tell one
/// date two ways: the only two, or of several, the two of different
/// sources told of in the most words alike, more than any other two ("were
/// found on Thursday inside a container that had been unloaded from the
/// cargo ship Santa Ilaria on Tuesday" / "The container had been unloaded
/// from the Santa Ilaria on Wednesday").
fn one_date_each<'a, 'b>(
    dates: &'b [&'b Item<'a, DateMention>],
) -> Option<(&'b Item<'a, DateMention>, &'b Item<'a, DateMention>)> {
    if let [a, b] = dates {
        return Some((a, b));
    }
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (n, a) in dates.iter().enumerate() {
        for (m, b) in dates.iter().enumerate().skip(n + 1) {
            if a.claim.source != b.claim.source {
                let alike = (a.fact.context.iter())
                    .filter(|t| b.fact.context.contains(t))
                    .count();
                pairs.push((alike, n, m));
            }
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
    match pairs.as_slice() {
        [(most, n, m), rest @ ..] if *most > 0 && rest.first().is_none_or(|r| r.0 < *most) => {
            Some((dates[*n], dates[*m]))
        }
        _ => None,
    }
}

/// Whether `item` is a weekday in a claim that also names a day of the
/// month not beside it ("dug on Friday … after an avalanche hit on Oct.
/// 16"), or tells of a day beside it ("on Thursday, a day after the dam
/// gave way"): the claim tells of two days, and which the other source's
/// weekday dates is not known ("Thursday, May 29" is one day).
fn weekday_of_another_day(sources: &[Extracted], item: &Item<DateMention>) -> bool {
    let facts = facts_of(sources, item.claim);
    if item.fact.weekday.is_some() && facts.of_two_days {
        return true;
    }
    let dates = &facts.dates;
    let beside_a_weekday = |d: &DateMention| {
        dates
            .iter()
            .any(|w| w.weekday.is_some() && (w.span.end..=w.span.end + 2).contains(&d.span.start))
    };
    item.fact.weekday.is_some()
        && dates
            .iter()
            .any(|d| d.day.is_some() && !d.of_statement && !beside_a_weekday(d))
}

/// Whether two dates are of one deed, so that a claim telling of two days
/// still dates it: "was recaptured early on Wednesday, eight days after it
/// escaped" / "was caught on Thursday morning"; "Tuesday's defeat" /
/// "sacked after Monday night's defeat".
fn of_one_deed(a: &DateMention, b: &DateMention) -> bool {
    a.event.is_some() && a.event == b.event
}

/// Whether two dates of one deed (see [`of_one_deed`]), in claims that
/// name no other places or people besides those they quote, tell its day two
/// ways though their claims tell of other days too: not where a claim
/// telling of a day beside its own states the other date as well ("a
/// British climber was rescued on Tuesday, a day after his Italian partner
/// was rescued by helicopter on Monday" / "the Italian was rescued on
/// Monday").
fn one_deed_two_days(
    sources: &[Extracted],
    (x, a): (ClaimId, &DateMention),
    (y, b): (ClaimId, &DateMention),
) -> bool {
    let tells_too = |c: ClaimId, d: &DateMention| {
        let facts = facts_of(sources, c);
        facts.of_two_days && facts.dates.iter().any(|e| e.compatible(d))
    };
    of_one_deed(a, b)
        && !places_tell_apart(sources, x, y)
        && !actors_tell_apart(sources, x, y)
        && !tells_too(x, b)
        && !tells_too(y, a)
}

/// A date no other claim of its group states, as [`lone_figure`]; the day
/// of a statement or of a dateline is no fact one source omits.
fn lone_date(out: &mut Findings, claim: ClaimId, fact: &DateMention) {
    lone_fact(
        out,
        !fact.of_statement,
        claim,
        fact.surface.clone(),
        fact.span.clone(),
        Category::Date,
        |index, own| {
            // A source that dates the same deed otherwise ("Monday night's
            // defeat" / "Tuesday's defeat") does not state the date where
            // it tells of something else ("newspapers were merciless on
            // Tuesday"), nor is the date of a deed the other source dates
            // otherwise stated by this one.
            if index.dates_otherwise(fact) {
                return Stated::Not;
            }
            // One key is one value but for the zone: "2:15 a.m. UTC" is not
            // "2:15 a.m. CET" (but may be "2:15 a.m. ET", which may be EST).
            let mut dates = index.dates.get(&fact.key()).into_iter().flatten();
            match dates.find(|(_, d)| !d.in_another_zone(fact) && !own.dates_otherwise(d)) {
                Some((claim, d)) => Stated::Alike(*claim, d.surface.clone(), d.span.clone()),
                None => Stated::Not,
            }
        },
    );
}

fn date_evidence(item: &Item<DateMention>) -> Evidence {
    Evidence {
        source: item.claim.source,
        claim: item.claim,
        value: Some(item.fact.surface.clone()),
        span: item.fact.span.clone(),
    }
}

/// A figure or date each of two sources states alone, in claims the
/// alignment did not pair ("Reid felt she needed to be checked in on
/// Friday" / "Reid checked herself in on Tuesday"): where each is the
/// other's closest counterpart among the omitted facts, closer than any
/// other, they are one fact told two ways, a conflict rather than two
/// omissions. Closeness is the content terms the claims share besides the
/// words of speakers, places, dates and figures: three, or two and a name
/// of a person or body, or two between claims both aligned elsewhere (whose
/// facts alone were left over); a count or a day both state alike counts
/// as more words, and so do two measures, however converted.
fn conflicts_across_claims(out: &mut Findings) {
    let omitted = omitted_facts(out);
    let terms: Vec<BTreeSet<Term>> = omitted
        .iter()
        .map(|f| facts_of(out.sources, f.evidence.claim).key_terms())
        .collect();
    let mut closest = closest_counterparts(out, &omitted, &terms);
    pair_lead_figures(out, &omitted, &mut closest);
    pair_story_dates(out, &omitted, &mut closest);
    pair_sole_measures(out, &omitted, &mut closest);
    pair_sole_ages(out, &omitted, &mut closest);
    pair_sole_beginnings(out, &omitted, &mut closest);
    pair_sole_starts(out, &omitted, &mut closest);
    pair_last_times(out, &omitted, &mut closest);
    pair_sole_counts(out, &omitted, &mut closest);
    pair_sole_tallies(out, &omitted, &mut closest);
    pair_sole_changes(out, &omitted, &mut closest);
    pair_sole_lastings(out, &omitted, &mut closest);
    pair_sole_amounts(out, &omitted, &mut closest);
    pair_in_claims_tied_by_a_fact(out, &omitted, &mut closest);
    let mut dropped: BTreeSet<usize> = BTreeSet::new();
    let mut conflicts = Vec::new();
    let mutual = |i: usize| closest[i].is_some_and(|j| closest[j] == Some(i));
    // A headline's figure that the body of its story restates, omitted, is
    // told by the body (each body fact once, and none paired otherwise).
    let sources = out.sources;
    // A fact paired with one whose value is in conflict already is free
    // to restate a headline's: that pair is no new conflict.
    let paired_with_disputed = |m: usize| {
        closest[m].is_some_and(|j| match omitted[j].fact {
            OmittedValue::Number(q) => {
                (out.disputed_counts).contains(&figure_key(omitted[j].evidence.source, q))
            }
            OmittedValue::Date(_) => false,
        })
    };
    let by_body = |claim: ClaimId, q: &Quantity, restating: &mut BTreeSet<usize>| {
        let free = |m: usize| (!mutual(m) || paired_with_disputed(m)) && !restating.contains(&m);
        let m = (is_headline(sources, claim))
            .then(|| restated_in_body(sources, &omitted, claim.source, q, free))??;
        restating.insert(m);
        Some(m)
    };
    let mut restating: BTreeSet<usize> = BTreeSet::new();
    // So the conflicts already found cite the body.
    for finding in out.list.iter_mut() {
        if finding.kind != Kind::Conflict || finding.category != Category::Number {
            continue;
        }
        let mut moved = false;
        for evidence in finding.evidence.iter_mut() {
            let claim = evidence.claim;
            let figure = quantity_of(sources, evidence);
            let Some(m) = figure.and_then(|q| by_body(claim, q, &mut restating)) else {
                continue;
            };
            *evidence = omitted[m].evidence.clone();
            dropped.extend(omitted[m].findings.iter().copied());
            moved = true;
        }
        if moved {
            finding.summary = figures_differ(&finding.evidence);
        }
    }
    for (i, j) in closest
        .iter()
        .enumerate()
        .filter_map(|(i, j)| Some((i, (*j)?)))
    {
        if i > j || closest[j] != Some(i) {
            continue;
        }
        // And so do the conflicts found here.
        let mut body = |k: usize| match omitted[k].fact {
            OmittedValue::Number(q) => {
                by_body(omitted[k].evidence.claim, q, &mut restating).unwrap_or(k)
            }
            OmittedValue::Date(_) => k,
        };
        let told = [i, j];
        let (i, j) = (body(i), body(j));
        let (x, y) = (&omitted[i], &omitted[j]);
        // Figures already in conflict, restated, are no new conflict; but
        // the body's gives a headline's conflict its evidence.
        let figure = |f: &OmittedFact| match f.fact {
            OmittedValue::Number(q) => Some(figure_key(f.evidence.source, q)),
            OmittedValue::Date(_) => None,
        };
        let disputed = |f| figure(f).is_some_and(|k| out.disputed_counts.contains(&k));
        if disputed(x) && disputed(y) {
            let in_headlines = out.headline_conflicts.iter().find(|(_, figures)| {
                [figure(x), figure(y)]
                    .iter()
                    .all(|k| k.as_ref().is_some_and(|k| figures.contains(k)))
            });
            match in_headlines {
                Some(&(at, _)) => {
                    dropped.insert(at);
                }
                None => continue,
            }
        }
        let mut evidence = vec![x.evidence.clone(), y.evidence.clone()];
        evidence.sort_by_key(|e| e.source);
        let (category, what) = match x.fact {
            OmittedValue::Number(_) => (Category::Number, "figures"),
            OmittedValue::Date(_) => (Category::Date, "dates"),
        };
        let (shared, fewest) = (
            terms[i].intersection(&terms[j]).count(),
            terms[i].len().min(terms[j].len()),
        );
        let mut f = finding(
            Kind::Conflict,
            category,
            format!("{what} differ: {}", values(&evidence)),
            evidence,
        );
        f.score = Some(round(shared as f64 / fewest.max(1) as f64));
        let mut figures = [figure(x), figure(y)];
        figures.sort();
        conflicts.push(PairedFacts {
            finding: f,
            figures,
            of_headline: x.of_headline() || y.of_headline(),
            omissions: (told.iter().chain(&[i, j]))
                .flat_map(|&k| omitted[k].findings.iter().copied())
                .collect(),
        });
    }
    // A measure its source gives two ways, one of them as the other source
    // does, meets the other source's.
    let taken = |i: usize| mutual(i) || restating.contains(&i);
    for told in measures_given_two_ways(out, &omitted, taken) {
        let x = &omitted[told.at];
        let mut figures = [
            Some(figure_key(x.evidence.source, told.measure)),
            Some(figure_key(told.other.source, told.other_figure)),
        ];
        figures.sort();
        let label = out.label(x.evidence.source);
        let of_headline = is_headline(sources, told.other.claim);
        let mut evidence = vec![x.evidence.clone(), told.other];
        evidence.sort_by_key(|e| e.source);
        let summary = format!(
            "{}; {label} also states {}",
            figures_differ(&evidence),
            told.own_figure.surface
        );
        conflicts.push(PairedFacts {
            finding: finding(Kind::Conflict, Category::Number, summary, evidence),
            figures,
            of_headline,
            omissions: x.findings.clone(),
        });
    }
    // A headline's conflict that the body tells with the same figures is
    // the body's.
    let told_by_body: BTreeSet<_> = (conflicts.iter())
        .filter(|c| !c.of_headline)
        .map(|c| c.figures.clone())
        .collect();
    conflicts.retain(|c| !c.of_headline || !told_by_body.contains(&c.figures));
    dropped.extend(conflicts.iter().flat_map(|c| c.omissions.iter().copied()));
    let conflicts: Vec<Finding> = conflicts.into_iter().map(|c| c.finding).collect();
    // A claim omitted whole that a conflict pairs is no longer omitted; its
    // other figures and dates are then its lone facts.
    let paired: BTreeSet<(SourceId, usize)> = (conflicts.iter().flat_map(|f| &f.evidence))
        .map(|e| (e.source, e.span.start))
        .chain(restating.iter().map(|&m| omitted[m].key()))
        .collect();
    let claims: Vec<ClaimId> = dropped
        .iter()
        .filter(|&&i| out.list[i].category == Category::Claim)
        .map(|&i| out.list[i].evidence[0].claim)
        .collect();
    // (Pushed before the list is rewritten, while its index of findings
    // still fits it.)
    let sources = out.sources;
    for claim in claims {
        let facts = facts_of(sources, claim);
        let unpaired = |span: &Range<usize>| !paired.contains(&(claim.source, span.start));
        for q in facts.numbers.iter().filter(|q| unpaired(&q.span)) {
            lone_figure(out, q.kind != QuantityKind::Ordinal, claim, q);
        }
        for d in facts.dates.iter().filter(|d| unpaired(&d.span)) {
            lone_date(out, claim, d);
        }
    }
    drop_findings(&mut out.list, &dropped);
    out.list.extend(conflicts);
}

/// Whether a claim gives someone's words: it names a speaker, or it opens
/// with a quotation mark (a quotation going on from the sentence before).
/// A story's narration states its own measures; one it quotes another
/// giving otherwise is the quoted one's account. Narration giving two
/// measures of one sort more often tells of two things ("the tanker, 180
/// metres long" / "the cargo ship, about 150 metres long") or times ("at
/// the start of the last century it was about 4km long").
fn someone_says(out: &Findings, claim: ClaimId) -> bool {
    let text = out.claim_text(claim);
    !facts_of(out.sources, claim).attributions.is_empty()
        || text.trim_start().starts_with(['"', '\u{201c}'])
}

/// Whether a claim tells of what will be, or was planned or expected:
/// "In passenger service it will reach 300km/h, the operator said" is no
/// account of the test run's 320km/h. ("Could" and "would" are as often
/// of something else: "there was nothing the team could do".)
fn tells_what_will_be(out: &Findings, claim: ClaimId) -> bool {
    says_any(out, claim, &["will", "planned", "expected", "target"])
}

/// Whether a claim's text holds any of `words`, whatever their case.
fn says_any(out: &Findings, claim: ClaimId, words: &[&str]) -> bool {
    (out.claim_text(claim).split(|c: char| !c.is_alphanumeric()))
        .any(|word| words.iter().any(|w| word.eq_ignore_ascii_case(w)))
}

/// The figure a piece of evidence cites.
fn quantity_of<'a>(sources: &'a [Extracted], evidence: &Evidence) -> Option<&'a Quantity> {
    (facts_of(sources, evidence.claim).numbers.iter()).find(|q| q.span == evidence.span)
}

/// Omitted measures that someone quoted gives otherwise than their own
/// source does elsewhere, as another source does: a story giving a fall as
/// "about 2,000ft" and, in a police quote, as "some 700 metres", where the
/// other gives "about 600m", sets 700 metres against 600m. An omitted
/// measure (not a headline's, not `taken`) in a claim someone says (see
/// [`someone_says`]), not of what will be (see [`tells_what_will_be`]),
/// meets an agreement of its source with the one it is missing from where
/// the agreed figure of its source is in another claim, both agreed
/// figures are of its unit, within a half of it and not compatible with
/// it, all three are told beside one word ("fell", "fallen"), its own
/// source's figure is the nearest to it of those of its unit beside that
/// word, the claims of the two agreed figures tell of its time (see
/// [`same_time`]) and are not told apart from its claim (by people, places
/// or origins), and no other agreement of other values fits (one restated
/// in a headline is the body's).
fn measures_given_two_ways<'a>(
    out: &Findings<'a>,
    omitted: &[OmittedFact<'a>],
    taken: impl Fn(usize) -> bool,
) -> Vec<MeasureToldTwoWays<'a>> {
    let sources = out.sources;
    let measure = |q: &Quantity| q.unit.clone().filter(|_| q.measures_a_thing());
    // Agreed figures of two sources, each side by its source and unit: its
    // figure and claim, the other side's evidence and figure.
    type Agreed<'a, 'b> = (&'a Quantity, ClaimId, &'b Evidence, &'a Quantity);
    let mut agreed: BTreeMap<(SourceId, String), Vec<Agreed>> = BTreeMap::new();
    for f in
        (out.list.iter()).filter(|f| f.kind == Kind::Agreement && f.category == Category::Number)
    {
        let [x, y] = f.evidence.as_slice() else {
            continue;
        };
        let (Some(a), Some(b)) = (quantity_of(sources, x), quantity_of(sources, y)) else {
            continue;
        };
        let Some(unit) = measure(a).filter(|u| measure(b).as_ref() == Some(u)) else {
            continue;
        };
        agreed
            .entry((x.source, unit.clone()))
            .or_default()
            .push((a, x.claim, y, b));
        agreed
            .entry((y.source, unit))
            .or_default()
            .push((b, y.claim, x, a));
    }
    if agreed.is_empty() {
        return Vec::new();
    }
    // Each source's measures by unit and word beside them.
    let mut beside: BTreeMap<(SourceId, String, Term), Vec<&Quantity>> = BTreeMap::new();
    for (s, source) in sources.iter().enumerate() {
        for q in source.facts.iter().flat_map(|f| &f.numbers) {
            if let Some(unit) = measure(q) {
                for &word in &q.context {
                    let key = (SourceId(s as u16), unit.clone(), word);
                    beside.entry(key).or_default().push(q);
                }
            }
        }
    }
    let apart = |x: ClaimId, y: ClaimId| {
        places_tell_apart(sources, x, y)
            || people_tell_apart(sources, x, y)
            || origins_tell_apart(sources, x, y)
    };
    let mut found = Vec::new();
    for (i, o) in omitted.iter().enumerate() {
        let OmittedValue::Number(q) = o.fact else {
            continue;
        };
        let ([missing_from], Some(unit)) = (o.missing_from.as_slice(), measure(q)) else {
            continue;
        };
        if taken(i) || o.of_headline() || q.exactness == Exactness::Vague {
            continue;
        }
        let (source, claim) = (o.evidence.source, o.evidence.claim);
        if !someone_says(out, claim) || tells_what_will_be(out, claim) {
            continue;
        }
        let near = |p: &Quantity| !q.compatible(p) && ratio(q, p).is_some_and(|r| r <= 1.5);
        // No other measure of its unit beside the word is nearer to it.
        let nearest = |own: &Quantity, word: Term| {
            let Some(distance) = ratio(q, own) else {
                return false;
            };
            let others = beside.get(&(source, unit.clone(), word));
            others.is_some_and(|others| {
                others.len() <= MOST_CANDIDATES
                    && others.iter().all(|p| {
                        std::ptr::eq(*p, q)
                            || p.compatible(own)
                            || ratio(q, p).is_none_or(|r| r > distance)
                    })
            })
        };
        let fits: Vec<&Agreed> = (agreed.get(&(source, unit.clone())).into_iter().flatten())
            .filter(|(own, own_claim, evidence, other)| {
                evidence.source == *missing_from
                    && *own_claim != claim
                    && near(own)
                    && near(other)
                    && (q.context.iter()).any(|&w| {
                        own.context.contains(&w) && other.context.contains(&w) && nearest(own, w)
                    })
                    && [*own_claim, evidence.claim]
                        .iter()
                        .all(|&c| same_time(out, claim, c) && !apart(claim, c))
            })
            .collect();
        // Agreements of one value each side, restated (a headline and its
        // body), are one: the body's is cited.
        let one_value = |&&(own, _, _, other): &&Agreed| {
            let (first, _, _, first_other) = fits[0];
            own.compatible(first) && other.compatible(first_other)
        };
        if !fits.is_empty() && fits.iter().all(one_value) {
            let body = |f: &&&Agreed| !is_headline(sources, f.2.claim);
            let &&(own, _, evidence, other) = fits.iter().find(body).unwrap_or(&fits[0]);
            found.push(MeasureToldTwoWays {
                at: i,
                measure: q,
                other: evidence.clone(),
                other_figure: other,
                own_figure: own,
            });
        }
    }
    found
}

/// An omitted measure its source gives otherwise elsewhere, as another
/// source does (see [`measures_given_two_ways`]).
struct MeasureToldTwoWays<'a> {
    /// Its place among the omitted facts.
    at: usize,
    measure: &'a Quantity,
    /// The other source's agreed figure, and where it is.
    other: Evidence,
    other_figure: &'a Quantity,
    /// Its own source's agreed figure.
    own_figure: &'a Quantity,
}

/// Two omitted facts found to be one told two ways: the conflict, the
/// figures it sets against each other (in order; none for dates), whether
/// one is a headline's, and the omission findings it replaces.
struct PairedFacts {
    finding: Finding,
    figures: [Option<FigureKey>; 2],
    of_headline: bool,
    omissions: Vec<usize>,
}

/// For each omitted fact, the one it is told two ways by, if any (see
/// [`closest_fit`]). Facts of one bucket that share a term meet through an
/// index of their terms (a term in more than 64 of them proposes none): two
/// long unrelated texts do not cost the square of their facts.
fn closest_counterparts(
    out: &Findings,
    omitted: &[OmittedFact],
    terms: &[BTreeSet<Term>],
) -> Vec<Option<usize>> {
    let mut buckets: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, fact) in omitted.iter().enumerate() {
        if let Some(bucket) = fact.fact.bucket() {
            buckets.entry(bucket).or_default().push(i);
        }
    }
    let measured_alike = claims_measuring_alike(out, omitted);
    let mut closest: Vec<Option<usize>> = vec![None; omitted.len()];
    for bucket in buckets.values() {
        let by_term = index_by(bucket, |p| terms[bucket[p]].iter().copied());
        let ties: Vec<BTreeMap<String, usize>> = bucket
            .iter()
            .map(|&i| {
                let own = match omitted[i].fact {
                    OmittedValue::Number(q) => own_unit(q),
                    OmittedValue::Date(_) => None,
                };
                let mut keys = tie_keys(
                    facts_of(out.sources, omitted[i].evidence.claim),
                    own.as_deref(),
                );
                // The word of a date's event ("arrested in March 2021" /
                // "his arrest in March 2022") is one shared word more.
                if let OmittedValue::Date(DateMention {
                    event: Some(event), ..
                }) = omitted[i].fact
                {
                    keys.insert(format!("event {}", event.as_str()), 1);
                }
                keys
            })
            .collect();
        let by_tie = index_by(bucket, |p| ties[p].keys().map(String::as_str));
        // The people and bodies the facts' claims name, by entity: a name
        // the other story spells another way is no shared term, but a word
        // alike all the same ("Ioanikios won 41 of the 68 votes" /
        // "Ioannikios received 44 votes"; see [`names_spelt_apart`]).
        let entities: Vec<BTreeSet<usize>> = (bucket.iter())
            .map(|&i| named_entities(out, omitted[i].evidence.claim))
            .collect();
        let by_entity = index_by(bucket, |p| entities[p].iter().copied());
        // Figures written alike but for a slip ("£8,400" / "£4,800"; see
        // [`written_alike`]): one figure miscopied, as close as a word
        // shared.
        let written: Vec<Vec<String>> = (bucket.iter())
            .map(|&i| omitted[i].fact.written_keys())
            .collect();
        let by_writing = index_by(bucket, |p| written[p].iter().map(String::as_str));
        for (p, &i) in bucket.iter().enumerate() {
            let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
            for t in &terms[i] {
                for &j in by_term.get(t).into_iter().flatten() {
                    *shared.entry(j).or_default() += 1;
                }
            }
            // A figure both claims state alike ("236 passengers and 19 crew"
            // / "263 passengers and 19 crew") says as much as three words, a
            // day as much as two.
            for (key, weight) in &ties[p] {
                for &j in by_tie.get(key.as_str()).into_iter().flatten() {
                    *shared.entry(j).or_default() += weight;
                }
            }
            let own = omitted[i].evidence.claim;
            let naming_one: BTreeSet<usize> = (entities[p].iter())
                .flat_map(|e| by_entity.get(e).into_iter().flatten().copied())
                .collect();
            for j in naming_one {
                let apart = names_spelt_apart(out.sources, own, omitted[j].evidence.claim);
                if apart > 0 {
                    *shared.entry(j).or_default() += apart;
                }
            }
            let alike: BTreeSet<usize> = (written[p].iter())
                .flat_map(|key| by_writing.get(key.as_str()).into_iter().flatten().copied())
                .filter(|&j| written_alike(&omitted[i], &omitted[j]))
                .collect();
            for j in alike {
                *shared.entry(j).or_default() += 1;
            }
            // Claims that state two measures alike, however converted
            // ("roughly 120 kilometres off the coast and at a depth of about
            // 35 kilometres" / "about 75 miles offshore and some 22 miles
            // below the seabed"), tell of one thing as a count stated alike
            // does.
            for (j, n) in shared.iter_mut() {
                let other = omitted[*j].evidence.claim;
                if measured_alike.contains(&(own.min(other), own.max(other))) {
                    *n += 3;
                }
            }
            // A fact shares its terms with itself.
            shared.remove(&i);
            let mut candidates: Vec<(usize, usize)> =
                shared.into_iter().map(|(j, n)| (n, j)).collect();
            candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            closest[i] = closest_fit(out, omitted, i, &candidates);
        }
    }
    closest
}

/// The facts of `bucket` by each key `keys_of` gives the one at each
/// position; a key of more than [`MOST_CANDIDATES`] facts is dropped, as it
/// ties none in particular.
fn index_by<K: Ord, I: IntoIterator<Item = K>>(
    bucket: &[usize],
    keys_of: impl Fn(usize) -> I,
) -> BTreeMap<K, Vec<usize>> {
    let mut index: BTreeMap<K, Vec<usize>> = BTreeMap::new();
    for (p, &i) in bucket.iter().enumerate() {
        for key in keys_of(p) {
            index.entry(key).or_default().push(i);
        }
    }
    index.retain(|_, facts| facts.len() <= MOST_CANDIDATES);
    index
}

/// The entities of the people and bodies a claim names, places aside.
fn named_entities(out: &Findings, claim: ClaimId) -> BTreeSet<usize> {
    (facts_of(out.sources, claim).entities.iter().enumerate())
        .filter(|(_, m)| m.kind != EntityKind::Place)
        .filter_map(|(index, _)| out.alignment.entity_of(MentionRef { claim, index }))
        .collect()
}

/// The pairs of claims (the lesser first) of two sources that state two
/// measures alike: lengths, weights, areas or the like (not spans of time,
/// which a story has many of), of one unit once converted and compatible
/// values, found to agree already or both omitted. One measure alike is
/// too little: stories give one distance of many things ("200 metres from
/// the shore" of a swimmer on Saturday and of a red flag on Friday).
fn claims_measuring_alike(out: &Findings, omitted: &[OmittedFact]) -> BTreeSet<(ClaimId, ClaimId)> {
    let measured =
        |e: &Evidence| quantity_of(out.sources, e).is_some_and(Quantity::measures_a_thing);
    // Per pair of claims, the starts of the measures found alike.
    let mut alike: BTreeMap<(ClaimId, ClaimId), BTreeSet<(usize, usize)>> = BTreeMap::new();
    let mut tie = |(x, p): (ClaimId, usize), (y, q): (ClaimId, usize)| {
        let key = if x < y {
            ((x, y), (p, q))
        } else {
            ((y, x), (q, p))
        };
        alike.entry(key.0).or_default().insert(key.1);
    };
    for f in &out.list {
        if f.kind != Kind::Agreement || f.category != Category::Number {
            continue;
        }
        if let [x, y] = f.evidence.as_slice()
            && x.source != y.source
            && measured(x)
            && measured(y)
        {
            tie((x.claim, x.span.start), (y.claim, y.span.start));
        }
    }
    let mut by_unit: BTreeMap<&str, Vec<(ClaimId, &Quantity)>> = BTreeMap::new();
    for fact in omitted {
        if let OmittedValue::Number(q) = fact.fact
            && q.measures_a_thing()
            && let Some(unit) = q.unit.as_deref()
        {
            by_unit
                .entry(unit)
                .or_default()
                .push((fact.evidence.claim, q));
        }
    }
    for measures in by_unit.values().filter(|m| m.len() <= MOST_CANDIDATES) {
        for (n, &(x, a)) in measures.iter().enumerate() {
            for &(y, b) in &measures[n + 1..] {
                if x.source != y.source && a.compatible(b) {
                    tie((x, a.span.start), (y, b.span.start));
                }
            }
        }
    }
    (alike.into_iter())
        .filter(|(_, measures)| measures.len() >= 2)
        .map(|(pair, _)| pair)
        .collect()
}

/// A source's lead figures: the first count it gives of an outcome ("At
/// least 17 killed", its headline), which is its story's count of it, and
/// the count or amount of a thing it gives one value of throughout
/// ("release 120 prisoners", "the mission, which cost 620 million euros").
/// Where the lead figures of two sources left unpaired differ
/// (see [`leads_differ`]), they tell one fact two ways though their claims
/// share no words.
fn pair_lead_figures(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let mut by_lead: BTreeMap<&Lead, Vec<usize>> = BTreeMap::new();
    for i in (0..omitted.len()).filter(|&i| closest[i].is_none()) {
        if let (OmittedValue::Number(_), Some(lead)) =
            (omitted[i].fact, out.leads.get(&omitted[i].key()))
        {
            by_lead.entry(lead).or_default().push(i);
        }
    }
    for leads in by_lead
        .values()
        .filter(|leads| leads.len() <= MOST_CANDIDATES)
    {
        pair_within(omitted, leads, closest, |x, y| {
            let (OmittedValue::Number(a), OmittedValue::Number(b)) = (x.fact, y.fact) else {
                return false;
            };
            let item = |e: &Evidence, fact| Item {
                claim: e.claim,
                fact,
            };
            leads_differ(out, &item(&x.evidence, a), &item(&y.evidence, b))
                && told_two_ways(out, x, y)
        });
    }
}

/// The most facts a pass pairing omitted facts compares with each other
/// for one shared term, tie or kind: beyond it (a long text repeating one
/// word, count or time) they say too little to pair, and would cost the
/// square of their number.
const MOST_CANDIDATES: usize = 64;

/// Pairs, each with each other, the omitted facts `candidates` of two
/// sources, each missing from the other's, that `fits`, both still
/// unpaired.
fn pair_within(
    omitted: &[OmittedFact],
    candidates: &[usize],
    closest: &mut [Option<usize>],
    fits: impl Fn(&OmittedFact, &OmittedFact) -> bool,
) {
    for (n, &i) in candidates.iter().enumerate() {
        for &j in &candidates[n + 1..] {
            let (x, y) = (&omitted[i], &omitted[j]);
            if closest[i].is_none()
                && closest[j].is_none()
                && x.missing_from_each_other(y)
                && fits(x, y)
            {
                closest[i] = Some(j);
                closest[j] = Some(i);
            }
        }
    }
}

/// Where two sources each tell one date of their story of a sort (of what
/// they tell, not of a statement), and the two differ, both left unpaired,
/// they tell it two ways though their claims share few words: a time of
/// day, in claims that touch (see [`claims_touch`]) or written whole hours
/// out with its minutes kept ("The verdict was read out at 10:15 a.m." /
/// "The decision, announced just after 11:15"), on days that may be
/// one ("the truce will take effect at 6 a.m. local time on Friday" /
/// "requires guns to fall silent at 8 a.m. local time on Friday"); a day of
/// one month, of one event word or where either names none ("The premiere
/// is set for Nov. 22" / "will give the first performance on 29
/// November"), in claims sharing a word of what they tell ("kidnapped by
/// armed men in central Mali on April 7" / "five armed men forced their
/// car off the road near Djenkoro on April 6"); the
/// first weekday of each lead, so told too ("a hailstorm swept across the
/// fields on Monday evening" / "had been walking his canola fields on
/// Tuesday morning").
fn pair_story_dates(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    for sort in [StoryDate::Time, StoryDate::Day, StoryDate::Weekday] {
        let story: Vec<_> = out.sources.iter().map(|s| sort.of_story(s)).collect();
        let dates: Vec<usize> = (0..omitted.len())
            .filter(|&i| closest[i].is_none())
            .filter(|&i| match omitted[i].fact {
                OmittedValue::Date(d) => {
                    let value = sort.value(d);
                    value.is_some() && value == story[omitted[i].evidence.source.index()]
                }
                OmittedValue::Number(_) => false,
            })
            .collect();
        if dates.len() > MOST_CANDIDATES {
            continue;
        }
        pair_within(omitted, &dates, closest, |x, y| {
            let (cx, cy) = (x.evidence.claim, y.evidence.claim);
            let (OmittedValue::Date(a), OmittedValue::Date(b)) = (x.fact, y.fact) else {
                return false;
            };
            // Days of one event word, or where either names none, in
            // claims sharing a word of what they tell, not the speaker or
            // the place alone: "killed three people at a cafe in Lyon on
            // March 1, police said" / "detained him at his home on March
            // 3, police said".
            let of_one_event = || !events_apart(a, b) && share_a_word(out.sources, cx, cy);
            let lead =
                |c: ClaimId| is_the_lead_sentence(&out.sources[c.source.index()].claims, c.index);
            let of_sort = match sort {
                StoryDate::Time => {
                    same_time(out, cx, cy)
                        && (claims_touch(out, cx, cy) || whole_hours_out(a, b))
                        && tells_a_plan(out, cx) == tells_a_plan(out, cy)
                }
                // Of one month: claims sharing few words give no more.
                StoryDate::Day => {
                    x.fact.bucket() == y.fact.bucket() && a.month == b.month && of_one_event()
                }
                // A count of one thing is a word of what they tell: "worked
                // … on Monday to round up about 25 million bees" /
                // "rolled over … early on Tuesday, releasing an estimated 14
                // million bees".
                StoryDate::Weekday => {
                    lead(cx) && lead(cy) && (of_one_event() || count_one_thing(out.sources, cx, cy))
                }
            };
            told_two_ways(out, x, y) && of_sort
        });
    }
}

/// Where two stories of many figures each give one count of a thing or of
/// a sort of people (see [`sole_figures`], [`counts_a_thing`] and
/// [`counts_a_sort_of_people`]), and the two differ, both left
/// unpaired, within twice each other, they count one thing two ways though
/// their claims share no word ("is expected to yield about 440 bottles" /
/// "it should fill some 290 bottles"); not counts told of two people named
/// apart ("Ferrandis struck 11 aces" / "Tkachenko … managed seven aces").
fn pair_sole_counts(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let thing = |fact: &OmittedFact, q: &Quantity| {
        ((counts_a_thing(q) || counts_a_sort_of_people(q)) && out.sole.contains(&fact.key()))
            .then(|| fact.fact.bucket())
            .flatten()
    };
    pair_by_key(omitted, closest, thing, |x, y| {
        let (cx, cy) = (x.evidence.claim, y.evidence.claim);
        within_twice(x.fact, y.fact)
            && told_two_ways(out, x, y)
            && !people_tell_apart(out.sources, cx, cy)
    });
}

/// Where two stories each give one tally of a vote (see [`sole_figures`]),
/// and the two differ, both left unpaired, they tell one vote two ways
/// though their claims share no word ("The National Assembly passed the
/// bill by 47 votes to 39" / "lawmakers approved the government's
/// overhaul …, with 48 deputies voting in favour and 38 against").
fn pair_sole_tallies(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let tally = |fact: &OmittedFact, q: &Quantity| {
        (q.kind == QuantityKind::Score
            && q.unit.as_deref() == Some("vote")
            && out.sole.contains(&fact.key()))
        .then_some(())
    };
    pair_by_key(omitted, closest, tally, |x, y| told_two_ways(out, x, y));
}

/// Pairs, as [`pair_within`] does, the unpaired figures of each key `key`
/// gives them (none for most), a key of no more than
/// [`MOST_CANDIDATES`] figures.
fn pair_by_key<K: Ord>(
    omitted: &[OmittedFact],
    closest: &mut [Option<usize>],
    key: impl Fn(&OmittedFact, &Quantity) -> Option<K>,
    fits: impl Fn(&OmittedFact, &OmittedFact) -> bool,
) {
    let mut by_key: BTreeMap<K, Vec<usize>> = BTreeMap::new();
    for i in (0..omitted.len()).filter(|&i| closest[i].is_none()) {
        if let OmittedValue::Number(q) = omitted[i].fact
            && let Some(k) = key(&omitted[i], q)
        {
            by_key.entry(k).or_default().push(i);
        }
    }
    for facts in by_key.values().filter(|f| f.len() <= MOST_CANDIDATES) {
        pair_within(omitted, facts, closest, &fits);
    }
}

/// Per source, the keys `keys_of` gives its figures that it gives one
/// value of: every figure of the key allows the first's value, however
/// often restated.
fn keys_of_one_value<K: Ord, I: IntoIterator<Item = K>>(
    sources: &[Extracted],
    keys_of: impl Fn(&Quantity) -> I,
) -> Vec<BTreeSet<K>> {
    (sources.iter())
        .map(|source| {
            let mut values: BTreeMap<K, Vec<&Quantity>> = BTreeMap::new();
            for q in source.facts.iter().flat_map(|f| &f.numbers) {
                for key in keys_of(q) {
                    values.entry(key).or_default().push(q);
                }
            }
            (values.into_iter())
                .filter(|(_, told)| told.iter().all(|q| q.compatible(told[0])))
                .map(|(key, _)| key)
                .collect()
        })
        .collect()
}

/// Where two stories each give one change of a thing one way (see
/// [`Quantity::change`]: "Sales fell 14% last year" / "Trade figures …
/// show a 9 per cent drop in sales"), and the two differ, both left unpaired, within
/// twice each other, of one thing as figures are (a word beside both),
/// they tell one change two ways though their claims share few words; not
/// where either gives two values of it ("sales rose 3% in the first half
/// and 5% in the second"), nor changes told of two things named or two
/// places ("Veltro's shares fell 11 percent" / "Kiro Sound's shares fell
/// 17%").
fn pair_sole_changes(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let key = |q: &Quantity| q.change().map(|c| (c.of, c.rising));
    pair_sole_by_key(out, omitted, closest, key, |x, y| {
        one_figure_within_twice(out, x, y)
    });
}

/// Pairs the unpaired figures whose `key` their source gives one value of,
/// however often (see [`keys_of_one_value`]), with those of another source
/// of the same key that `fits` them (see [`pair_by_key`]).
fn pair_sole_by_key<K: Ord>(
    out: &Findings,
    omitted: &[OmittedFact],
    closest: &mut [Option<usize>],
    key: impl Fn(&Quantity) -> Option<K>,
    fits: impl Fn(&OmittedFact, &OmittedFact) -> bool,
) {
    let sole = keys_of_one_value(out.sources, &key);
    let sole_key = |fact: &OmittedFact, q: &Quantity| {
        key(q).filter(|k| sole[fact.evidence.source.index()].contains(k))
    };
    pair_by_key(omitted, closest, sole_key, fits);
}

/// Where two stories each give one span a deed lasted, in one unit (see
/// [`Quantity::extent`]: "The operation … took 16 hours" / "an operation
/// lasting nineteen hours"), and the two differ, both left unpaired,
/// within twice each other, they tell how long it lasted two ways though
/// their claims share few words; not where either gives two ("the first
/// shift lasted 12 hours, the second took 14"), nor one in a quotation (a
/// speaker's own story: "I have played for 15 years"), nor spans told of
/// two people named or two places (a name of something else may be
/// anything of the deed: "The operation on Mateusz Kowal" / "surgeons in
/// Corran").
fn pair_sole_lastings(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let key = |q: &Quantity| q.unit.clone().filter(|_| q.extent() == Some("lasting"));
    pair_sole_by_key(out, omitted, closest, key, |x, y| {
        let (cx, cy) = (x.evidence.claim, y.evidence.claim);
        within_twice(x.fact, y.fact)
            && !quoted(out, x)
            && !quoted(out, y)
            && told_two_ways(out, x, y)
            && !people_tell_apart(out.sources, cx, cy)
            && !places_tell_apart(out.sources, cx, cy)
    });
}

/// Whether an omitted fact is told within a quotation of its paragraph
/// (which may run over several sentences: "“I didn’t want to look,”
/// Mehboob said. “My dad drove a bus here for thirty years…"). Only the
/// paragraph is read: a stray mark elsewhere opens no quotation here.
fn quoted(out: &Findings, fact: &OmittedFact) -> bool {
    let text = out.originals[fact.evidence.source.index()];
    let at = fact.evidence.span.start;
    let claim = out.claim_span(fact.evidence.claim);
    let paragraph = text[..claim.start].rfind('\n').map_or(0, |k| k + 1);
    quoted_ranges(&text[paragraph..claim.end])
        .iter()
        .any(|marks| marks.contains(&(at - paragraph)))
}

/// Where two stories each give one amount of its size in a currency (no
/// other amount of it within [`AMOUNTS_OF_OTHER_SIZES`] times, but those
/// that allow it: see [`amounts_of_their_size`]), and the two differ, both
/// left unpaired, within twice each other, neither a bound, they tell one
/// amount two ways though their claims share no word ("The £3.4 million
/// project was paid for by the council" / "The move cost £2.9 million");
/// not amounts told of two things named or two places.
fn pair_sole_amounts(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let sole: Vec<BTreeSet<usize>> = out.sources.iter().map(amounts_of_their_size).collect();
    let amount = |fact: &OmittedFact, q: &Quantity| {
        (q.kind == QuantityKind::Money
            && matches!(q.exactness, Exactness::Exact | Exactness::Approximate)
            && sole[fact.evidence.source.index()].contains(&q.span.start))
        .then(|| q.currency.clone())
    };
    // A claim telling a whole of parts ("will cost £800,000 in total, with
    // the rest of the money coming from fundraising") may tell the other's
    // amount as one of them ("a £450,000 grant").
    let of_parts = |c: ClaimId| says_any(out, c, words::WHOLES_OF_PARTS);
    pair_by_key(omitted, closest, amount, |x, y| {
        of_parts(x.evidence.claim) == of_parts(y.evidence.claim)
            && one_figure_within_twice(out, x, y)
    });
}

/// Whether two unpaired figures, each its story's one of a sort, are one
/// figure told two ways: within twice each other, told two ways (see
/// [`told_two_ways`]), of claims that name no two things or places.
fn one_figure_within_twice(out: &Findings, x: &OmittedFact, y: &OmittedFact) -> bool {
    let (cx, cy) = (x.evidence.claim, y.evidence.claim);
    within_twice(x.fact, y.fact)
        && told_two_ways(out, x, y)
        && !names_tell_apart(out.sources, cx, cy)
        && !places_tell_apart(out.sources, cx, cy)
}

/// How many times another amount must be greater or smaller than one to
/// be of another size (see [`amounts_of_their_size`]): a ticket is not
/// of a restoration's size, nor a ground station's cost of a mission's.
const AMOUNTS_OF_OTHER_SIZES: f64 = 10.0;

/// The amounts of money of a source (by where they start) that no other
/// amount in its currency comes within [`AMOUNTS_OF_OTHER_SIZES`] times
/// of, but those that allow its value (restating it). A currency a source
/// gives more than [`MOST_CANDIDATES`] amounts in has none: a list of
/// prices or accounts, whose amounts would cost the square of their
/// number to weigh.
fn amounts_of_their_size(source: &Extracted) -> BTreeSet<usize> {
    let mut by_currency: BTreeMap<Option<&str>, Vec<&Quantity>> = BTreeMap::new();
    for q in (source.facts.iter()).flat_map(|f| f.numbers.iter()) {
        if q.kind == QuantityKind::Money && q.exactness != Exactness::Vague {
            by_currency
                .entry(q.currency.as_deref())
                .or_default()
                .push(q);
        }
    }
    let of_its_size = |a: &Quantity, b: &Quantity| {
        ratio(a, b).is_some_and(|r| r < AMOUNTS_OF_OTHER_SIZES) && !a.compatible(b)
    };
    (by_currency.into_values())
        .filter(|amounts| amounts.len() <= MOST_CANDIDATES)
        .flat_map(|amounts| {
            (amounts.iter())
                .filter(|a| !amounts.iter().any(|b| of_its_size(a, b)))
                .map(|a| a.span.start)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Whether two claims count one thing, of a unit that is no sort of
/// people nor a measure ("14 million bees" / "25 million bees"; not "for
/// seven hours" / "for 11 hours").
fn count_one_thing(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    let counts = |c: ClaimId| (facts_of(sources, c).numbers.iter()).filter(|q| counts_a_thing(q));
    counts(x).any(|p| counts(y).any(|q| p.counts_same_thing(q)))
}

/// Whether a figure counts people of a sort ("about 600 guests", "23
/// crew members"): not people of no sort ("600 people"), nor what befell
/// them ("12 injured").
fn counts_a_sort_of_people(q: &Quantity) -> bool {
    q.kind == QuantityKind::Count
        && q.outcome.is_none()
        && q.counts_persons()
        && q.unit
            .as_deref()
            .is_some_and(|unit| !people_of_no_sort(unit))
}

/// Whether a figure counts a thing: of a unit that is no sort of people
/// nor a measure ("14 million bees", "four movements").
fn counts_a_thing(q: &Quantity) -> bool {
    q.kind == QuantityKind::Count && q.unit.is_some() && !q.counts_persons() && !q.measures()
}

/// Where two sources each give one measure of a unit beside one word (a
/// length, a weight, an area, a temperature or a speed, however often
/// given), and the two differ, both left unpaired, beside two words alike,
/// they measure one thing two ways though their claims share few words ("a
/// shaft 12 metres deep" / "the shaft, which is about 60 feet deep"); not
/// "a 4-metre wave can flood the farmland" / "boats sank after a 3-metre
/// wave"). A radius is such a word of its own: the one radius each story
/// gives is told two ways ("evacuate people living within 3 km of the
/// plant" / "everyone within a radius of five miles … to leave").
fn pair_sole_measures(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let measure = |q: &Quantity| -> Option<String> {
        let unit = q.unit.as_deref()?;
        q.measures_a_thing().then(|| unit.to_string())
    };
    // A radius ("within 3 km", "within a radius of five miles") counts as
    // a word beside it: a story rarely gives two.
    fn beside_words(q: &Quantity, radius: Term) -> impl Iterator<Item = Term> + '_ {
        let within = (q.extent() == Some("radius")).then_some(radius);
        q.context.iter().copied().chain(within)
    }
    let radius = Term::of("~radius");
    // Per source, the (unit, word) of measures it gives one value of.
    let sole = keys_of_one_value(out.sources, |q| {
        (measure(q).into_iter())
            .flat_map(|unit| beside_words(q, radius).map(move |word| (unit.clone(), word)))
            .collect::<Vec<_>>()
    });
    let mut by_word: BTreeMap<(String, Term), Vec<usize>> = BTreeMap::new();
    for i in (0..omitted.len()).filter(|&i| closest[i].is_none()) {
        if let OmittedValue::Number(q) = omitted[i].fact
            && let Some(unit) = measure(q)
        {
            for word in beside_words(q, radius) {
                let key = (unit.clone(), word);
                if sole[omitted[i].evidence.source.index()].contains(&key) {
                    by_word.entry(key).or_default().push(i);
                }
            }
        }
    }
    // The pairs that fit, those beside the most words alike first (then in
    // text order): a measure is paired with the one told most alike, not
    // with the first met ("the sunken hull rests 40 metres beneath harbour
    // waters" / "Harbour waters reach 35 metres at the pier … The sunken
    // hull, which rests 45 metres down").
    let mut fitting: Vec<(usize, usize, usize)> = Vec::new();
    for facts in by_word.values().filter(|f| f.len() <= MOST_CANDIDATES) {
        for (n, &i) in facts.iter().enumerate() {
            for &j in &facts[n + 1..] {
                let (x, y) = (&omitted[i], &omitted[j]);
                let (OmittedValue::Number(a), OmittedValue::Number(b)) = (x.fact, y.fact) else {
                    continue;
                };
                let (cx, cy) = (x.evidence.claim, y.evidence.claim);
                let beside = a.context.iter().filter(|t| b.context.contains(t)).count();
                let radii = a.extent() == Some("radius") && b.extent() == Some("radius");
                if x.missing_from_each_other(y)
                    && (beside >= 2 || radii)
                    && told_two_ways(out, x, y)
                    && !places_tell_apart(out.sources, cx, cy)
                {
                    fitting.push((beside, i.min(j), i.max(j)));
                }
            }
        }
    }
    fitting.sort_unstable_by(|p, q| q.0.cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    // A measure told as alike beside two others is paired with neither
    // ("the sunken hull rests 40 metres beneath harbour waters" / "harbour
    // waters reach 35 metres" and "the sunken hull, 45 metres down").
    let tied = |i: usize, beside: usize, partner: usize| {
        (fitting.iter())
            .any(|&(b, x, y)| b == beside && (x == i || y == i) && x != partner && y != partner)
    };
    for &(beside, i, j) in &fitting {
        if closest[i].is_none()
            && closest[j].is_none()
            && !tied(i, beside, j)
            && !tied(j, beside, i)
        {
            closest[i] = Some(j);
            closest[j] = Some(i);
        }
    }
}

/// The unpaired omitted dates of a sort (`of_sort`) whose source gives
/// one value of that sort, however often (`one_value` of each date and the
/// first): the candidates of a sole-date pairing; none past
/// [`MOST_CANDIDATES`].
fn sole_dates(
    out: &Findings,
    omitted: &[OmittedFact],
    closest: &[Option<usize>],
    of_sort: impl Fn(&DateMention) -> bool,
    one_value: impl Fn(&DateMention, &DateMention) -> bool,
) -> Vec<usize> {
    let sole: Vec<bool> = (out.sources.iter())
        .map(|source| {
            let mut dates = (source.facts.iter())
                .flat_map(|f| &f.dates)
                .filter(|d| of_sort(d));
            (dates.next()).is_some_and(|first| dates.all(|d| one_value(d, first)))
        })
        .collect();
    let dates: Vec<usize> = (0..omitted.len())
        .filter(|&i| closest[i].is_none())
        .filter(|&i| {
            matches!(omitted[i].fact, OmittedValue::Date(d) if of_sort(d))
                && sole[omitted[i].evidence.source.index()]
        })
        .collect();
    if dates.len() > MOST_CANDIDATES {
        return Vec::new();
    }
    dates
}

/// Where two sources each give one start of a month or a day of one (a
/// date after "from", or beside a word of beginning or of taking effect:
/// "will start welding frames from April" / "Production is due to begin
/// in June", "takes effect on May 1" / "from June 1"), however often, and
/// the two differ, both left unpaired, of one year, they tell one start
/// two ways though their claims share few words and tell it with other
/// words; not starts told of two people named or two places.
fn pair_sole_starts(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let (begin, effect) = (
        crate::extract::term("begin"),
        crate::extract::term("effect"),
    );
    // Not a span begun before ("tattooed there since the start of June"),
    // which a story tells beside its own starts.
    let start = |d: &DateMention| {
        d.month.is_some()
            && d.time.is_none()
            && !d.of_statement
            && !d.told_after("since")
            && !d.told_after("part of")
            && (d.told_after("from") || d.context.contains(&begin) || d.context.contains(&effect))
    };
    let starts = sole_dates(out, omitted, closest, start, DateMention::compatible);
    pair_within(omitted, &starts, closest, |x, y| {
        let (OmittedValue::Date(a), OmittedValue::Date(b)) = (x.fact, y.fact) else {
            return false;
        };
        let (cx, cy) = (x.evidence.claim, y.evidence.claim);
        let one_year = a.year.is_none() || b.year.is_none() || a.year == b.year;
        one_year
            && !a.compatible(b)
            && near_in_the_calendar(a, b)
            && !people_tell_apart(out.sources, cx, cy)
            && !places_tell_apart(out.sources, cx, cy)
    });
}

/// Where two sources each give one year of a beginning (see
/// [`DateMention::begins`]), however often, and the two differ by ten
/// years at most or are written with the same digits in another order
/// ("The mill, which opened in 1952" / "The Hälsjö mill has operated since
/// 1925"), both left unpaired, they date the beginning of the one
/// thing their stories tell of two ways, though their claims share no word
/// ("The bridge was opened in 1991" / "The just-over-400-metre structure,
/// inaugurated in 1989"; "Korvex, founded in 2017" / "The exchange,
/// launched in 2019"); unless their claims name two things or two places,
/// the words before two makings name none alike, or two posts are held by
/// titles none alike.
fn pair_sole_beginnings(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let beginnings = sole_dates(
        out,
        omitted,
        closest,
        |d| d.begins.is_some(),
        |d, first| d.year == first.year,
    );
    pair_within(omitted, &beginnings, closest, |x, y| {
        let (OmittedValue::Date(a), OmittedValue::Date(b)) = (x.fact, y.fact) else {
            return false;
        };
        let (cx, cy) = (x.evidence.claim, y.evidence.claim);
        // Things made, named by no word alike: "The aircraft was built in
        // 1976" / "the hangar, built in 1979".
        let made_apart = a
            .made
            .as_ref()
            .zip(b.made.as_ref())
            .is_some_and(|(p, q)| !p.iter().any(|t| q.contains(t)));
        // Posts of two titles: "Chief executive Lena Ruiz, who took office
        // in 2016" / "The board's chairman, who took office in 2019".
        // (Not the words that date the post: "office" is an "officer".)
        let titles = |c: ClaimId, d: &DateMention| {
            let mut titles = listed_in(out.sources, c, words::TITLES.iter());
            titles.retain(|t| !d.context.contains(t));
            titles
        };
        let posts_apart = a.begins == Some(Beginning::Office) && {
            let (tx, ty) = (titles(cx, a), titles(cy, b));
            !tx.is_empty() && !ty.is_empty() && tx.is_disjoint(&ty)
        };
        let near = |p: i32, q: i32| p.abs_diff(q) <= 10 || digits_transposed(p.into(), q.into());
        a.year
            .zip(b.year)
            .is_some_and(|(p, q)| p != q && near(p, q))
            && !made_apart
            && !posts_apart
            && a.begins.zip(b.begins).is_some_and(|(p, q)| p.may_be_one(q))
            && !names_tell_apart(out.sources, cx, cy)
            && !places_tell_apart(out.sources, cx, cy)
    });
}

/// Where two sources each leave one year of a last time unpaired (see
/// [`DateMention::last_time`]), and the two differ, they tell when the
/// like last happened two ways, though in other words ("their first League
/// Cup since 2008" / "who last won the League Cup in 2006"): if what each
/// tells was last done shares a word (not "first home win" / "first clean
/// sheet"), the deeds are one where both are told ("last hosted the
/// tournament in 1996" / "last won the tournament in 1992" are two), and
/// the claims name no two places nor two people or things.
fn pair_last_times(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let last_times: Vec<usize> = (0..omitted.len())
        .filter(|&i| closest[i].is_none())
        .filter(|&i| matches!(omitted[i].fact, OmittedValue::Date(d) if d.last_time.is_some()))
        .collect();
    let of_source = |i: usize| omitted[i].evidence.source;
    let mut per_source: BTreeMap<SourceId, usize> = BTreeMap::new();
    for &i in &last_times {
        *per_source.entry(of_source(i)).or_default() += 1;
    }
    let sole: Vec<usize> = (last_times.into_iter())
        .filter(|&i| per_source[&of_source(i)] == 1)
        .collect();
    let sources = out.sources;
    pair_within(omitted, &sole, closest, |x, y| {
        let (OmittedValue::Date(a), OmittedValue::Date(b)) = (x.fact, y.fact) else {
            return false;
        };
        let (Some(p), Some(q)) = (&a.last_time, &b.last_time) else {
            return false;
        };
        let (cx, cy) = (x.evidence.claim, y.evidence.claim);
        p.done.iter().any(|t| q.done.contains(t))
            && p.deed.zip(q.deed).is_none_or(|(d, e)| d == e)
            && !places_tell_apart(sources, cx, cy)
            && !names_tell_apart(sources, cx, cy)
    });
}

/// Where two sources each give one age in years, however often, and the
/// two differ a little or by two digits swapped, both left unpaired, they
/// give the age of the one person their stories are about two ways though
/// their claims share few words ("a 34-year-old Russian accused of running
/// a ransomware gang" / "The 36-year-old, arrested in Phuket"); unless
/// told apart as two people by their names or origins. (Not by time: an
/// age is told the same for a year.) A story that gives other ages too
/// ("a skinny 14-year-old" of the past, a rival's) still gives its main
/// person's if it names them by one age alone ("The 24-year-old improved
/// the record" / "The 25-year-old from Bydgoszcz sailed over 5.07m").
fn pair_sole_ages(out: &Findings, omitted: &[OmittedFact], closest: &mut [Option<usize>]) {
    let gives_one = |source: &Extracted, of: &dyn Fn(&Quantity) -> bool| {
        let mut ages = (source.facts.iter())
            .flat_map(|f| &f.numbers)
            .filter(|q| q.is_age_now() && of(q));
        ages.next()
            .is_some_and(|first| ages.all(|q| q.compatible(first)))
    };
    let gives_one_age: Vec<bool> = (out.sources.iter())
        .map(|source| gives_one(source, &|_| true))
        .collect();
    let by_one_age_alone: Vec<bool> = (out.sources.iter())
        .map(|source| gives_one(source, &|q| q.by_age_alone))
        .collect();
    // Alone in its claim: not "The 24-year-old and a 31-year-old were
    // detained".
    let alone_in_claim = |claim: ClaimId, q: &Quantity| {
        (facts_of(out.sources, claim).numbers.iter()).all(|o| !o.is_age() || o.compatible(q))
    };
    let sole = |x: &OmittedFact| gives_one_age[x.evidence.source.index()];
    let ages: Vec<usize> = (0..omitted.len())
        .filter(|&i| closest[i].is_none())
        .filter(|&i| match omitted[i].fact {
            OmittedValue::Number(q) if q.is_age_now() => {
                let source = omitted[i].evidence.source.index();
                sole(&omitted[i])
                    || q.by_age_alone
                        && by_one_age_alone[source]
                        && alone_in_claim(omitted[i].evidence.claim, q)
            }
            _ => false,
        })
        .collect();
    if ages.len() > MOST_CANDIDATES {
        return;
    }
    pair_within(omitted, &ages, closest, |x, y| {
        let (OmittedValue::Number(a), OmittedValue::Number(b)) = (x.fact, y.fact) else {
            return false;
        };
        let (cx, cy) = (x.evidence.claim, y.evidence.claim);
        // Told of one noun, or of none ("The 36-year-old,"): not "the
        // victim, 19," and "a 21-year-old man".
        let of_one = a.whom().is_none() || b.whom().is_none() || a.whom() == b.whom();
        // Digits swapped, the ages may be far apart: then told of one noun
        // or of none, and of no name ("The 34-year-old" / "The 43-year-old
        // said"; not "the 52-year-old driver" / "Halyna Moroz, 25", nor "The
        // 16-year-old" / "The manager, aged 61").
        let nameless = a.subject().is_empty() && b.subject().is_empty();
        let swapped = digits_swapped(a.stated, b.stated) && nameless && a.whom() == b.whom();
        // One of them the one age its story gives: two stories that each
        // give others may name different people by age alone. The other
        // story gives no other age as near it: which of its people the
        // one age is of is then unsure ("The 29-year-old had been stabbed
        // … Her 31-year-old husband" / "The 32-year-old will appear").
        let another_as_near = |own: &OmittedFact, q: &Quantity, theirs: &Quantity| {
            let near = |o: &Quantity| ratio(o, theirs).is_some_and(|r| r <= 1.15);
            (out.sources[own.evidence.source.index()].facts.iter())
                .flat_map(|f| &f.numbers)
                .any(|o| o.is_age_now() && !o.compatible(q) && near(o))
        };
        // Each the one age its story gives, of one noun, they are of one
        // person however far apart ("The youngest, a 4-year-old boy" / "a
        // boy aged six"); not one told older or younger than another ("an
        // older boy, aged 12, raised the alarm").
        let of_another = |c: ClaimId| !listed_in(out.sources, c, words::AGES_COMPARED).is_empty();
        let one_noun = a.whom().is_some()
            && a.whom() == b.whom()
            && sole(x)
            && sole(y)
            && !of_another(cx)
            && !of_another(cy);
        (sole(x) && !another_as_near(y, b, a) || sole(y) && !another_as_near(x, a, b))
            && of_one
            && (ratio(a, b).is_some_and(|r| r <= 1.15) || swapped || one_noun)
            && a.counts_same_thing(b)
            && !a.compatible(b)
            && !origins_tell_apart(out.sources, cx, cy)
            && ages_of_full_names(a, b) != Some(false)
    });
}

/// Whether two whole numbers of two digits are one with its digits swapped
/// ("34" / "43"), a slip of typing or reading however far apart they are.
fn digits_swapped(a: f64, b: f64) -> bool {
    let two_digits = |x: f64| x.fract() == 0.0 && (10.0..100.0).contains(&x);
    two_digits(a) && two_digits(b) && digits_transposed(a, b)
}

/// Two claims the passes above paired for telling one date or one figure
/// two ways tell one event: their figures of one thing, and their dates of
/// another sort, both left unpaired, are told two ways too ("Fourteen of
/// the train's 31 wagons left the tracks at about 11.20 p.m." / "Twelve
/// wagons came off the rails at 10.20 p.m."; "told staff at a 7 a.m.
/// meeting on Thursday" / "learned of the decision on Friday at a meeting
/// at 10 a.m."; "opened in 96 cinemas …, beat the previous record of ₦310
/// million" / "playing in 112 cinemas nationwide, overtook the N280m
/// record").
fn pair_in_claims_tied_by_a_fact(
    out: &Findings,
    omitted: &[OmittedFact],
    closest: &mut [Option<usize>],
) {
    // Each pair of tied claims, and whether a date ties them.
    let mut tied: BTreeMap<(ClaimId, ClaimId), bool> = BTreeMap::new();
    for i in 0..omitted.len() {
        let Some(j) = closest[i].filter(|&j| closest[j] == Some(i)) else {
            continue;
        };
        let (x, y) = (omitted[i].evidence.claim, omitted[j].evidence.claim);
        let by_date = matches!(omitted[i].fact, OmittedValue::Date(_));
        *tied.entry((x.min(y), x.max(y))).or_default() |= by_date;
    }
    let mut unpaired_of: BTreeMap<ClaimId, Vec<usize>> = BTreeMap::new();
    for i in (0..omitted.len()).filter(|&i| closest[i].is_none()) {
        unpaired_of
            .entry(omitted[i].evidence.claim)
            .or_default()
            .push(i);
    }
    for ((x, y), by_date) in tied {
        let of = |c| unpaired_of.get(&c).into_iter().flatten().copied();
        let facts: Vec<usize> = of(x).chain(of(y)).collect();
        if facts.len() > MOST_CANDIDATES {
            continue;
        }
        pair_within(omitted, &facts, closest, |a, b| {
            let told_of_one_thing = match (a.fact, b.fact) {
                // Counts of one bucket count one thing already.
                (OmittedValue::Number(p), OmittedValue::Number(q))
                    if p.kind == QuantityKind::Money =>
                {
                    by_date || figures_told_of_one_thing(p, q)
                }
                _ => true,
            };
            a.fact.bucket().is_some()
                && a.fact.bucket() == b.fact.bucket()
                && told_of_one_thing
                && told_two_ways_minding_time(out, a, b, false)
        });
    }
}

/// Whether two amounts of money of claims tied by a figure, not by a
/// date, tell of one thing by the words beside them: a noun they both
/// name, a word near both, or a record each ("beat the record of NZ$1.9 million" / "overtook
/// the NZ$1.6m mark"); not "a record of NZ$1.9 million" / "a council grant
/// of NZ$1.6m". A figure tells one event's many things: a date ties two
/// claims to one time, a figure only to one of its things.
fn figures_told_of_one_thing(a: &Quantity, b: &Quantity) -> bool {
    fn words(q: &Quantity) -> impl Iterator<Item = &str> + Clone {
        (q.context.iter().map(|t| t.as_str())).chain(q.unit.as_deref())
    }
    let a_record = |q: &Quantity| words(q).any(|w| words::BESTS.contains(w));
    words(a).any(|w| words(b).any(|v| v == w)) || a_record(a) && a_record(b)
}

/// Whether a claim tells what was planned: a time "scheduled" is no
/// account of the time it happened ("The launch had been scheduled for
/// 14:00 UTC" / "left the pad at 14:25 GMT"), though two plans may be one.
/// (What "will" be is no plan set against a deed: "the truce will take
/// effect at 6 a.m." / "requires guns to fall silent at 8 a.m.".)
fn tells_a_plan(out: &Findings, claim: ClaimId) -> bool {
    says_any(out, claim, words::PLANNED)
}

/// A sort of date a source tells of its story (see [`pair_story_dates`]).
#[derive(Clone, Copy)]
enum StoryDate {
    /// Its one time of day, however often given.
    Time,
    /// Its first day of a month, after its dateline: later days follow
    /// the story's.
    Day,
    /// The first weekday of its lead sentence: the day its lead tells of.
    Weekday,
}

/// The kind of a [`StoryDate::Time`] told in a named zone.
const ZONED_TIME: u8 = 2;

impl StoryDate {
    /// The value of this sort a date gives, if any: a time in a named zone
    /// ("0640 GMT") is of its own kind, as is a time a word bends ("until
    /// midnight", "by 6 a.m.").
    fn value(self, d: &DateMention) -> Option<(u8, u16)> {
        match self {
            StoryDate::Time => {
                let kind = match d.named_zone() {
                    Some(_) => ZONED_TIME,
                    None => u8::from(d.preposition.is_some()),
                };
                d.time.map(|t| (kind, t))
            }
            StoryDate::Day => Some((d.month?, u16::from(d.day?))),
            StoryDate::Weekday => d.weekday.map(|w| (0, u16::from(w))),
        }
    }

    /// The value of this sort a source tells of its story, if any. Its
    /// time is the one it gives of the event, however often; a time a word
    /// bends ("ferries will run until midnight") is its story's only where
    /// it gives no other ("residents must stay indoors until 6 a.m."). A
    /// time in a named zone restates a local one or tells another zone's:
    /// it is the story's only where the story tells none in local time
    /// ("The freeze took effect at 2:15 a.m. UTC").
    fn of_story(self, source: &Extracted) -> Option<(u8, u16)> {
        let lead_only = matches!(self, StoryDate::Weekday);
        let values: Vec<(u8, u16)> = (source.facts.iter().enumerate())
            .filter(|&(i, _)| !lead_only || is_the_lead_sentence(&source.claims, i))
            .flat_map(|(_, f)| &f.dates)
            .filter(|d| !d.of_statement && d.made.is_none())
            .filter_map(|d| self.value(d))
            .collect();
        match self {
            StoryDate::Time => {
                let local = values.iter().any(|v| v.0 != ZONED_TIME);
                let unbent = values.iter().any(|v| v.0 == 0);
                let mut told = (values.into_iter())
                    .filter(|v| !local || v.0 != ZONED_TIME)
                    .filter(|v| !unbent || v.0 == 0);
                let first = told.next()?;
                told.all(|v| v == first).then_some(first)
            }
            StoryDate::Day | StoryDate::Weekday => values.first().copied(),
        }
    }
}

/// Whether two dates are of one event: of one event word ("opened in 1967"
/// / "opened in 1961"), in claims not told apart by the people or places
/// they name ("Maria Lopez, who joined in 2009" / "Tom Reyes, who joined in
/// 2015").
fn one_event(
    sources: &[Extracted],
    (x, a): (ClaimId, &DateMention),
    (y, b): (ClaimId, &DateMention),
) -> bool {
    a.event.is_some()
        && a.event == b.event
        && !places_tell_apart(sources, x, y)
        && !people_tell_apart(sources, x, y)
        && !kin_tell_apart(sources, x, y)
}

/// Whether two claims tell of different kin: each names one ("His first
/// wife died in 1990" / "His son died in 2014"), and none of one is of the
/// other.
fn kin_tell_apart(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    let (kx, ky) = (
        listed_in(sources, x, words::KIN),
        listed_in(sources, y, words::KIN),
    );
    !kx.is_empty() && !ky.is_empty() && kx.is_disjoint(&ky)
}

/// The terms of the words of `list` that claim `c` holds.
fn listed_in(
    sources: &[Extracted],
    c: ClaimId,
    list: impl IntoIterator<Item = impl AsRef<str>>,
) -> BTreeSet<Term> {
    let content = &facts_of(sources, c).content;
    (list.into_iter())
        .map(|w| crate::extract::term(w.as_ref()))
        .filter(|t| content.contains(t))
        .collect()
}

/// Whether two claims tell of different people: each names one (a person,
/// or a full name of no known kind, "Maria Lopez"), and no part of such a
/// name in one is in the other's, spelled alike or as a variant.
fn people_tell_apart(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    people_named_apart(sources, x, y, true)
}

/// Whether two claims tell of different people, as [`people_tell_apart`]
/// does, leaving aside the people they quote ("four miners were freed on
/// Thursday, Governor Ana Ruiz said" / "were released late on Wednesday,
/// army spokesman Jorge Diaz said").
fn actors_tell_apart(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    people_named_apart(sources, x, y, false)
}

/// Whether each claim names a person (or a full name of no known kind),
/// among those it quotes too if `quoted`, and no name in one may be one in
/// the other's: two full names are of one person as a speaker's are (see
/// [`one_person_named`]; "Arno Feld" is not "Lise Feld"), a short one if a
/// part of it is in the other, spelled alike or as a variant.
fn people_named_apart(sources: &[Extracted], x: ClaimId, y: ClaimId, quoted: bool) -> bool {
    let people = |c: ClaimId| {
        let facts = facts_of(sources, c);
        (facts.entities.iter())
            .filter(|m| {
                m.kind == EntityKind::Person || m.kind == EntityKind::Other && m.parts.len() >= 2
            })
            .filter(|m| quoted || !facts.attributions.iter().any(|a| a.holds(m)))
            .collect::<Vec<_>>()
    };
    let one = |m: &Mention, o: &Mention| {
        if m.parts.len() >= 2 && o.parts.len() >= 2 {
            one_person_named(m, o)
        } else {
            (m.parts.iter()).any(|a| o.parts.iter().any(|b| parts_variant(a, b)))
        }
    };
    let (p, q) = (people(x), people(y));
    !p.is_empty() && !q.is_empty() && !p.iter().any(|m| q.iter().any(|o| one(m, o)))
}

/// Whether a part of a name of one claim, among the mentions `of` keeps, is
/// a part of one of the other's, spelled alike or as a variant.
fn names_meet(sources: &[Extracted], x: ClaimId, y: ClaimId, of: fn(&Mention) -> bool) -> bool {
    let name_parts = |c: ClaimId| {
        (facts_of(sources, c).entities.iter())
            .filter(move |m| of(m))
            .flat_map(|m| m.parts.iter())
    };
    name_parts(x).any(|p| name_parts(y).any(|q| parts_variant(p, q)))
}

/// Whether a claim is in the lead of its story: a headline, or one of the
/// first two claims of the body.
fn in_the_lead(sources: &[Extracted], claim: ClaimId) -> bool {
    leads_its_story(&sources[claim.source.index()].claims, claim.index)
}

/// Whether claim `index` of a source's `claims` is in the lead of its
/// story (see [`in_the_lead`]).
fn leads_its_story(claims: &[Claim], index: usize) -> bool {
    let mut body_before = claims[..index].iter().filter(|c| !c.headline);
    claims[index].headline || body_before.nth(1).is_none()
}

/// Whether claim `index` of a source's `claims` is its first body claim.
fn is_the_lead_sentence(claims: &[Claim], index: usize) -> bool {
    !claims[index].headline && claims[..index].iter().all(|c| c.headline)
}

/// Whether two claims share a content word of what they tell (see
/// [`Facts::key_terms`]).
fn share_a_word(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    let words = facts_of(sources, y).key_terms();
    facts_of(sources, x)
        .key_terms()
        .iter()
        .any(|t| words.contains(t))
}

/// Whether two claims touch: they share a content word, a place, a word of
/// their speakers ("police"), a name of a person or a body, a count of ten
/// or more of one thing ("About 600 handlers" / "some 580 handlers"), or a
/// day ("at 6 a.m. local time on Friday" / "at 8 a.m. local time on Friday"); not
/// "Voting begins at 7 a.m." / "Results are expected at 9 a.m.".
fn claims_touch(out: &Findings, x: ClaimId, y: ClaimId) -> bool {
    let (fx, fy) = (facts_of(out.sources, x), facts_of(out.sources, y));
    let words = |f: &Facts| -> BTreeSet<Term> {
        let speakers = f.attributions.iter().flat_map(|a| a.canonical_terms());
        (f.key_terms().into_iter())
            .chain(f.place_words())
            .chain(speakers)
            .collect()
    };
    let a_day = |d: &&DateMention| !d.of_statement && (d.day.is_some() || d.weekday.is_some());
    let one_day = fx
        .dates
        .iter()
        .filter(a_day)
        .any(|d| fy.dates.iter().filter(a_day).any(|e| d.compatible(e)));
    // A count of one thing stated alike ("About 600 handlers" / "some 580
    // handlers"), not "two people".
    let one_count = fx.numbers.iter().any(|p| {
        p.ten_or_more()
            && p.unit.is_some()
            && fy
                .numbers
                .iter()
                .any(|q| p.counts_same_thing(q) && p.compatible(q))
    });
    !words(fx).is_disjoint(&words(fy)) || share_a_name(out.sources, x, y) || one_day || one_count
}

/// Whether two figures are lead figures of two sources, of one thing, and
/// neither source states the other's anywhere more closely than "dozens"
/// ("At least 17 people were killed in a crush" / "Fourteen people died
/// when fans surged towards a narrow exit"). A thing's sole count is told
/// of in like words ("release 120 prisoners" / "each side will free 150
/// prisoners"), not "The museum holds 300 paintings" / "Thieves took 12
/// paintings"; tolls of two places are of two events.
fn leads_differ(out: &Findings, a: &Item<Quantity>, b: &Item<Quantity>) -> bool {
    let lead = |item: &Item<Quantity>| out.leads.get(&(item.claim.source, item.fact.span.start));
    let (Some(lead_a), Some(lead_b)) = (lead(a), lead(b)) else {
        return false;
    };
    // A toll in the lead of each story, or in claims that touch; a thing's
    // count told in like words near it.
    let told_alike = || match lead_a {
        Lead::Outcome(_) => {
            in_the_lead(out.sources, a.claim) && in_the_lead(out.sources, b.claim)
                || claims_touch(out, a.claim, b.claim)
        }
        Lead::Unit(_) => a.fact.context_overlaps(b.fact),
        // Amounts in claims that touch ("defrauding investors of $62
        // million" / "leaving losses of $68 million"); a sole amount outside
        // the lead, in claims that share a word of what they tell, of one
        // thing or of things unnamed ("a $50,000 reward … police said" /
        // "about $20,000 taken from the tellers, police said" are two).
        Lead::Money(..) => {
            let of_one_thing = (a.fact.unit.as_deref())
                .zip(b.fact.unit.as_deref())
                .is_none_or(|(x, y)| crate::extract::same_unit(x, y));
            claims_touch(out, a.claim, b.claim)
                && (in_the_lead(out.sources, a.claim) && in_the_lead(out.sources, b.claim)
                    || of_one_thing && share_a_word(out.sources, a.claim, b.claim))
        }
    };
    a.claim.source != b.claim.source
        && lead_a == lead_b
        && !places_tell_apart(out.sources, a.claim, b.claim)
        && a.fact.counts_same_thing(b.fact)
        && !a.fact.compatible(b.fact)
        && !states_elsewhere(out, b.claim.source, a.fact)
        && !states_elsewhere(out, a.claim.source, b.fact)
        && told_alike()
}

/// The lead figures of a source (see [`pair_lead_figures`]) by their
/// start, with what they count: figures stated more closely than
/// "dozens", counts of an outcome or of a unit more telling than "people",
/// and amounts of money: of each currency, the sole one, else the first
/// of the headline and of the body in the lead of the story.
fn lead_figures(source: &Extracted) -> impl Iterator<Item = (usize, Lead)> {
    let mut firsts: BTreeMap<Lead, &Quantity> = BTreeMap::new();
    let mut firsts_of_body: BTreeMap<Lead, &Quantity> = BTreeMap::new();
    // Counts of a unit and amounts of a currency, each with whether it is
    // in a headline, and in the lead of the story (a headline or the first
    // two body claims).
    let mut values: BTreeMap<Lead, Vec<(bool, bool, &Quantity)>> = BTreeMap::new();
    for (i, (claim, facts)) in source.claims.iter().zip(&source.facts).enumerate() {
        let (headline, in_the_lead) = (claim.headline, leads_its_story(&source.claims, i));
        for q in facts.numbers.iter() {
            if q.exactness == Exactness::Vague {
                continue;
            }
            let first = match (q.kind, q.outcome, &q.unit) {
                (QuantityKind::Money, ..) => Lead::Money(q.currency.clone(), q.share),
                (QuantityKind::Count, Some(outcome), _) => Lead::Outcome(outcome),
                (QuantityKind::Count, None, Some(unit)) if !q.counts_people() && !q.measures() => {
                    Lead::Unit(canonical_term(unit.clone()))
                }
                _ => continue,
            };
            // An amount or a count of a thing: its values, weighed below.
            if !matches!(first, Lead::Outcome(_)) {
                values
                    .entry(first)
                    .or_default()
                    .push((headline, in_the_lead, q));
                continue;
            }
            // The headline's and the body's first count of an outcome:
            // either may be paired, the other may restate it.
            if !headline {
                firsts_of_body.entry(first.clone()).or_insert(q);
            }
            firsts.entry(first).or_insert(q);
        }
    }
    let mut leads: Vec<(usize, Lead)> = (firsts.into_iter().chain(firsts_of_body))
        .map(|(lead, q)| (q.span.start, lead))
        .collect();
    for (key, figures) in values {
        let (_, _, first) = figures[0];
        if figures.iter().all(|(_, _, q)| q.compatible(first)) {
            // Each statement of a thing's sole count or amount ("cutting
            // power to 140,000 homes", then "to about 140,000 homes").
            leads.extend(figures.iter().map(|(_, _, q)| (q.span.start, key.clone())));
        } else if matches!(key, Lead::Money(..)) {
            // Stories give many amounts: the first of a currency in the
            // headline and in the body, if in the lead of the story.
            let first_of_body = figures.iter().find(|(headline, _, _)| !headline);
            let firsts = [figures.first(), first_of_body].into_iter().flatten();
            let in_the_lead = firsts.filter(|(_, in_the_lead, _)| *in_the_lead);
            leads.extend(in_the_lead.map(|(_, _, q)| (q.span.start, key.clone())));
        }
    }
    leads.into_iter()
}

/// The figures of a source (by start) that are the only value it gives of
/// what they count, as [`OmittedValue::bucket`] sorts them: a count of a
/// thing, an amount of a currency, a share, a result (each value may be
/// restated: "cutting power to 140,000 homes", then "to about 140,000
/// homes"). A story of few figures says little by giving one of a thing:
/// it may give only the background's.
fn sole_figures(source: &Extracted) -> impl Iterator<Item = usize> + '_ {
    let mut by_bucket: BTreeMap<String, Vec<&Quantity>> = BTreeMap::new();
    let figures = || source.facts.iter().flat_map(|f| f.numbers.iter());
    if figures().count() >= FIGURES_OF_A_TELLING_STORY {
        for q in figures() {
            if let Some(bucket) = OmittedValue::Number(q).bucket() {
                by_bucket.entry(bucket).or_default().push(q);
            }
        }
    }
    (by_bucket.into_values())
        .filter(|figures| figures.iter().all(|q| q.compatible(figures[0])))
        .flatten()
        .map(|q| q.span.start)
}

/// The fewest figures a story gives for its one figure of a thing to say
/// it gives no other (see [`sole_figures`]).
const FIGURES_OF_A_TELLING_STORY: usize = 6;

/// What a source's lead figure counts: an outcome (an index into
/// `words::OUTCOMES`), a unit's canonical term, or an amount of money (its
/// currency, and the share of a whole it states, if any).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Lead {
    Outcome(u8),
    Unit(String),
    Money(Option<Box<str>>, Option<&'static str>),
}

/// Whether the claim of `item` and claim `other` state alike a figure of
/// another kind than its ("236 passengers and 19 crew" / "263 passengers
/// and 19 crew") or a day: they tell of one thing.
fn tied_by_a_fact(sources: &[Extracted], item: &Item<Quantity>, other: ClaimId) -> bool {
    let own = own_unit(item.fact);
    let theirs = tie_keys(facts_of(sources, other), own.as_deref());
    tie_keys(facts_of(sources, item.claim), own.as_deref())
        .keys()
        .any(|key| theirs.contains_key(key))
}

/// Whether the claims of two figures state another figure alike, of ten
/// or more ("completed nearly 70 percent of the $1.8 billion project" /
/// "the $2.4 billion line is about 70% built"): they tell of one thing,
/// though they share few words. `figures` are the figures of their group.
fn agree_on_another_figure(
    figures: &[(ClaimId, &Quantity)],
    a: &Item<Quantity>,
    b: &Item<Quantity>,
) -> bool {
    let other = |item: &Item<Quantity>, (claim, q): &(ClaimId, &Quantity)| {
        *claim == item.claim
            && !std::ptr::eq(*q, item.fact)
            && q.ten_or_more()
            && q.kind != QuantityKind::Ordinal
    };
    (figures.iter().filter(|f| other(a, f)))
        .any(|(_, p)| (figures.iter().filter(|f| other(b, f))).any(|(_, q)| figures_agree(p, q)))
}

/// Keys of a claim's exact counts of ten or more with a unit ("19 crew";
/// of spans of time, ten minutes or more: "in 38 minutes"),
/// but of the unit `own` of the fact to pair, and of its days of a month
/// ("Jan. 6"): two claims stating one of them alike are likely of one
/// thing. (Two claims stating one "90-day stay" tell of it, not that "30
/// days" is its other value.)
fn tie_keys(facts: &Facts, own: Option<&str>) -> BTreeMap<String, usize> {
    let figures = facts
        .numbers
        .iter()
        .filter(|q| q.kind == QuantityKind::Count && q.exactness == Exactness::Exact)
        .filter(|q| q.ten_or_more())
        .filter_map(move |q| {
            let unit = canonical_term(q.unit.clone()?);
            (Some(unit.as_str()) != own).then(|| (format!("{} {unit}", q.low), 3))
        });
    let days = facts
        .dates
        .iter()
        .filter(|d| !d.of_statement)
        .filter_map(|d| Some((format!("day {}-{}", d.month?, d.day?), 2)));
    figures.chain(days).collect()
}

/// The unit of the figure a tie must not be of, as [`tie_keys`] takes it.
fn own_unit(fact: &Quantity) -> Option<String> {
    fact.unit.clone().map(canonical_term)
}

/// Of the `candidates` for omitted fact `i` (shared terms, fact), most
/// shared first: the one its fact is told two ways by, if close enough and
/// closer than any other so told. Two dates of making need only share a word
/// for what was made ("the aircraft was built in 1976" / "the aircraft,
/// manufactured in 1979"); two figures near in value (see
/// [`close_figures`]) but spans of time, one word or two ("About 60 hikers
/// were stranded on the ridge" / "brought down 70 hikers who had been
/// trapped on the ridge"; two words do not ask more than one, but of
/// shares).
fn closest_fit(
    out: &Findings,
    omitted: &[OmittedFact],
    i: usize,
    candidates: &[(usize, usize)],
) -> Option<usize> {
    let x = &omitted[i];
    let made = |j: usize| match (x.fact, omitted[j].fact) {
        (OmittedValue::Date(a), OmittedValue::Date(b)) => a
            .made
            .iter()
            .flatten()
            .any(|t| b.made.iter().flatten().any(|u| t == u)),
        _ => false,
    };
    let one_event = |j: usize| match (x.fact, omitted[j].fact) {
        (OmittedValue::Date(a), OmittedValue::Date(b)) => one_event(
            out.sources,
            (x.evidence.claim, a),
            (omitted[j].evidence.claim, b),
        ),
        _ => false,
    };
    // A clock time hours out, its minutes kept (see [`written_alike`]),
    // and a word shared (the writing counts as one more): "The verdict was
    // read out at 10:15 a.m." / "The verdict, announced just after 11:15";
    // not "The main quake struck at 2:10 a.m." / "A strong aftershock
    // jolted residents again at 3:10 a.m.". A day a month out needs two
    // words: not "registration for the camps opens on May 15" / "the first
    // camp session begins on June 15".
    let time_slipped = |j: usize| match (x.fact, omitted[j].fact) {
        (OmittedValue::Date(a), OmittedValue::Date(b)) => whole_hours_out(a, b),
        _ => false,
    };
    // Spans of time are of many things in one story (a sentence, a stay, a
    // programme, a treaty): two words and a name do not tie them.
    let span_of_time = matches!(x.fact, OmittedValue::Number(q)
        if q.unit.as_deref().is_some_and(|u| words::SPANS_OF_TIME.contains(&u)));
    // Amounts are of many things in one story (prices, fines, revenues,
    // this year's and last year's): they need two words and a name, near
    // values, and a word beside both of what they are ("€415 million in
    // fines" / "fined the two companies €451 million"; not "net profit …
    // was £1.42 billion" / "Income … climbed to £1.87 billion").
    let money = matches!(x.fact, OmittedValue::Number(q) if q.kind == QuantityKind::Money);
    // Shares are of many things in one story too (inflation and services
    // inflation, sales growth and a margin): one word or two and near
    // values do not tie them ("Core inflation … increased 2.9%" / "Wages
    // rise by 4.1%").
    let percent = matches!(x.fact, OmittedValue::Number(q) if q.kind == QuantityKind::Percent);
    // A temperature is read at a place: claims naming two give two
    // readings ("In the regional capital Rovaniemi, the thermometer fell to
    // minus 44.8C" / "Further south, Kuopio recorded -31C").
    let reading = matches!(x.fact, OmittedValue::Number(q) if q.unit.as_deref() == Some("celsius"));
    let fits = |&&(shared, j): &&(usize, usize)| {
        let y = &omitted[j];
        let (cx, cy) = (x.evidence.claim, y.evidence.claim);
        if money
            && !(close_figures(x.fact, y.fact)
                && told_beside_alike(x.fact, y.fact)
                && (shared >= 2 && share_a_name(out.sources, cx, cy) || written_alike(x, y)))
        {
            return false;
        }
        x.missing_from_each_other(y)
            && !out.alignment.one_group(cx, cy)
            && !(reading && names_tell_apart(out.sources, cx, cy))
            && (shared >= 3
                || shared == 2
                    && (x.aligned && y.aligned
                        || !span_of_time && share_a_name(out.sources, cx, cy))
                || (shared == 1 || shared == 2)
                    && !percent
                    && !span_of_time
                    && close_figures(x.fact, y.fact)
                || made(j)
                || (shared >= 2 || share_a_name(out.sources, cx, cy)) && one_event(j)
                || shared >= 2 && time_slipped(j))
            && told_two_ways(out, x, y)
    };
    // Two as fitting are no choice, unless one is a headline's the other
    // restates in its body ("14 parents charged" above "charged … 14
    // parents"): the first is taken. Two in a body may tell of two
    // things ("matched all six main numbers" / "the odds of matching all
    // six numbers").
    // So is a time to the minute that a story gives twice ("It reopened
    // shortly after 1:25 a.m." and, in its timeline, "1:25 a.m. – The
    // airport announces it has reopened").
    let restates = |j: usize, k: usize| {
        let (y, z) = (&omitted[j], &omitted[k]);
        let one_headline = is_headline(out.sources, y.evidence.claim)
            != is_headline(out.sources, z.evidence.claim);
        y.evidence.source == z.evidence.source
            && match (y.fact, z.fact) {
                (OmittedValue::Number(a), OmittedValue::Number(b)) => {
                    one_headline && states_alike(a, b)
                }
                (OmittedValue::Date(a), OmittedValue::Date(b)) => {
                    one_headline && a.key() == b.key()
                        || minutes_of_a_slip(a).is_some() && a.compatible(b)
                }
                _ => false,
            }
    };
    let mut fitting = candidates.iter().filter(fits);
    let &(most, best) = fitting.next()?;
    (fitting.take_while(|&&(next, _)| next == most))
        .all(|&(_, other)| restates(best, other))
        .then_some(best)
}

/// Whether two omitted figures are written alike but for a slip: with the
/// same digits in another order (see [`digits_transposed`]), or results
/// of a match with one side alike, ten at least ("beat the Carrow Lynx
/// 131-118" / "Port Hessel won 131-122"). A 2-1 and a 3-1 may be any two
/// games, and votes of one house often share a side ("confirmed her
/// 52-46" / "approved him 52-44"). Clock times whole hours out, their minutes
/// kept (see [`minutes_of_a_slip`]), and one day of two months near (see
/// [`day_of_a_slip`]).
fn written_alike(x: &OmittedFact, y: &OmittedFact) -> bool {
    match (x.fact, y.fact) {
        (OmittedValue::Number(a), OmittedValue::Number(b)) if a.kind == QuantityKind::Score => {
            let ((wa, la), (wb, lb)) = (sides(a), sides(b));
            let alike = |p: u32, q: u32| p == q && p >= 10;
            let sorts = [a.unit.as_deref(), b.unit.as_deref()];
            let of_a_match = sorts.contains(&Some("match")) && !sorts.contains(&Some("vote"));
            b.kind == QuantityKind::Score
                && of_a_match
                && a.stated != b.stated
                && (alike(wa, wb) || alike(la, lb))
        }
        (OmittedValue::Number(a), OmittedValue::Number(b)) => digits_transposed(a.stated, b.stated),
        (OmittedValue::Date(a), OmittedValue::Date(b)) => {
            let month_out = day_of_a_slip(a).is_some()
                && day_of_a_slip(a) == day_of_a_slip(b)
                && a.month != b.month
                && near_in_the_calendar(a, b);
            month_out || whole_hours_out(a, b)
        }
        _ => false,
    }
}

/// Whether two clock times are written whole hours apart, their minutes
/// kept (see [`minutes_of_a_slip`]): a slip of the hour's digit ("7:40
/// p.m." / "9:40 p.m."). Times more than three hours apart are told two
/// ways only as times of one event (see [`told_two_ways`]).
fn whole_hours_out(a: &DateMention, b: &DateMention) -> bool {
    (a.written_time.zip(b.written_time)).is_some_and(|(ta, tb)| {
        let apart = ta.abs_diff(tb);
        minutes_of_a_slip(a).is_some() && apart % 60 == 0 && apart > 0
    })
}

/// The day of a month a slip of its month would keep ("Oct. 12, 2024" /
/// "Nov. 12, 2024"): not the first, which many dates of plans share
/// ("from June 1", "from 1 July").
fn day_of_a_slip(date: &DateMention) -> Option<u8> {
    date.month?;
    date.day.filter(|&day| day != 1)
}

/// The minutes past the hour of a clock time, as written, that a slip of
/// its hour would keep: not on the hour or the half hour, which many times
/// share ("at about 10:20 a.m." / "at around 11:20 a.m."; "at 10:15 a.m."
/// / "just after 11:15").
fn minutes_of_a_slip(date: &DateMention) -> Option<u16> {
    let minutes = date.written_time? % 60;
    (minutes != 0 && minutes != 30).then_some(minutes)
}

/// A result's greater and lesser sides, as a score's value holds them.
fn sides(q: &Quantity) -> (u32, u32) {
    let value = q.stated as u32;
    (value / 1000, value % 1000)
}

/// Whether two figures have a word beside them alike.
fn told_beside_alike(x: OmittedValue, y: OmittedValue) -> bool {
    match (x, y) {
        (OmittedValue::Number(a), OmittedValue::Number(b)) => a.context_overlaps(b),
        _ => false,
    }
}

/// Whether two figures are near in value, as one figure misreported
/// more often is than two figures of one sort: within a half of each other,
/// or written with the same digits in another order ("£42,000" /
/// "£24,000", "a list of 140" / "104 sites"), the commonest slip in
/// copying a figure. Two bounds of a measure one way are thresholds, no
/// values ("remained above 30C after dark" / "forecast to stay above 40C").
fn close_figures(x: OmittedValue, y: OmittedValue) -> bool {
    match (x, y) {
        (OmittedValue::Number(a), OmittedValue::Number(b)) => {
            let thresholds = a.exactness == b.exactness && a.is_bound() && a.measures_a_thing();
            let near = ratio(a, b).is_some_and(|ratio| ratio <= 1.5);
            (near || digits_transposed(a.stated, b.stated)) && !thresholds
        }
        _ => false,
    }
}

/// Whether two figures are within twice each other, or written with the
/// same digits in another order (see [`digits_transposed`]).
fn within_twice(x: OmittedValue, y: OmittedValue) -> bool {
    match (x, y) {
        (OmittedValue::Number(a), OmittedValue::Number(b)) => {
            ratio(a, b).is_some_and(|r| r <= 2.0) || digits_transposed(a.stated, b.stated)
        }
        _ => false,
    }
}

/// Whether two values are written with the same digits in another order,
/// two different ones at least besides zeros: 350,000 and 530,000, 4.2
/// and 2.4, 140 and 104; not 100 and 10, nor 1,100 and 1,010.
fn digits_transposed(x: f64, y: f64) -> bool {
    let (dx, dy) = (sorted_digits(x), sorted_digits(y));
    let mut nonzero: Vec<u8> = dx.iter().copied().filter(|&d| d != b'0').collect();
    nonzero.dedup();
    x != y && dx == dy && nonzero.len() >= 2
}

/// The digits of a value as written out in full, sorted.
fn sorted_digits(v: f64) -> Vec<u8> {
    let mut digits: Vec<u8> = v
        .abs()
        .to_string()
        .bytes()
        .filter(u8::is_ascii_digit)
        .collect();
    digits.sort_unstable();
    digits
}

/// How many times the greater of two stated values is the lesser, if
/// neither is zero.
fn ratio(a: &Quantity, b: &Quantity) -> Option<f64> {
    let (x, y) = (a.stated.abs(), b.stated.abs());
    (x.min(y) > 0.0).then(|| x.max(y) / x.min(y))
}

/// A figure or date one source states and one other lacks: omitted alone,
/// or within a claim omitted whole.
struct OmittedFact<'a> {
    fact: OmittedValue<'a>,
    evidence: Evidence,
    missing_from: Vec<SourceId>,
    /// The omission findings that report it: the fact's, its claim's, or
    /// both.
    findings: Vec<usize>,
    /// Whether its claim is aligned (only the fact is omitted).
    aligned: bool,
}

#[derive(Clone, Copy)]
enum OmittedValue<'a> {
    Number(&'a Quantity),
    Date(&'a DateMention),
}

impl OmittedFact<'_> {
    /// Its source and start.
    fn key(&self) -> (SourceId, usize) {
        (self.evidence.source, self.evidence.span.start)
    }

    /// Whether it is a headline's figure, which no finding reports (see
    /// [`headline_figures`]).
    fn of_headline(&self) -> bool {
        self.findings.is_empty()
    }

    /// Whether it and `other` are each missing from the other's source
    /// alone: two sources telling one fact two ways.
    fn missing_from_each_other(&self, other: &OmittedFact) -> bool {
        self.missing_from == [other.evidence.source] && other.missing_from == [self.evidence.source]
    }
}

impl OmittedValue<'_> {
    /// What figures written alike but for a slip share (see
    /// [`written_alike`]): their digits, sorted; a result's sides.
    fn written_keys(&self) -> Vec<String> {
        let q = match self {
            OmittedValue::Number(q) => q,
            OmittedValue::Date(d) => {
                let minute = minutes_of_a_slip(d).map(|m| format!("minute {m}"));
                let day = day_of_a_slip(d).map(|day| format!("day {day}"));
                return minute.into_iter().chain(day).collect();
            }
        };
        if q.kind == QuantityKind::Score {
            let (greater, lesser) = sides(q);
            return vec![format!("won {greater}"), format!("lost {lesser}")];
        }
        vec![String::from_utf8_lossy(&sorted_digits(q.stated)).into_owned()]
    }

    /// Which facts it may be compared with, if any: percentages; counts
    /// of one outcome or one (canonical) unit, stated more closely than
    /// "thousands"; weekdays; dates of one precision, not of a statement
    /// (near in the calendar: see [`near_in_the_calendar`]); amounts of one
    /// currency, which articles give of many things (a price, a year's
    /// profit, another purchase), so [`closest_fit`] asks more of them.
    fn bucket(&self) -> Option<String> {
        match self {
            OmittedValue::Number(q) if q.kind == QuantityKind::Percent => {
                Some("percent".to_string())
            }
            OmittedValue::Number(q) if q.kind == QuantityKind::Score => Some("score".to_string()),
            OmittedValue::Number(q)
                if q.kind == QuantityKind::Money && q.exactness != Exactness::Vague =>
            {
                q.currency.as_ref().map(|c| format!("money {c}"))
            }
            OmittedValue::Number(q)
                if q.kind != QuantityKind::Count || q.exactness == Exactness::Vague =>
            {
                None
            }
            OmittedValue::Number(q) => counted_as(q),
            OmittedValue::Date(d) if d.of_statement => None,
            OmittedValue::Date(d) => Some(format!(
                "date {} {} {} {} {} {:?}",
                d.is_absolute(),
                d.year.is_some(),
                d.day.is_some(),
                d.time.is_some(),
                d.month.is_some(),
                d.named_zone()
            )),
        }
    }
}

fn omitted_facts<'a>(out: &Findings<'a>) -> Vec<OmittedFact<'a>> {
    // Figures another source states alike, though their claim is omitted
    // whole ("at its lowest point lies nearly 1,300 feet below" / "dives
    // 392 metres below sea level"): no omitted facts. Not where a bound or
    // a vague figure allows them ("dozens detained", "fewer than 3,000
    // people"): a figure told more closely may yet contradict them.
    let close = |e: &Evidence| {
        (facts_of(out.sources, e.claim).numbers.iter()).any(|q| {
            q.span == e.span && matches!(q.exactness, Exactness::Exact | Exactness::Approximate)
        })
    };
    let agreed: BTreeSet<(SourceId, usize)> = (out.list.iter())
        .filter(|f| f.kind == Kind::Agreement && f.category == Category::Number)
        .filter(|f| f.evidence.iter().all(close))
        .flat_map(|f| &f.evidence)
        .map(|e| (e.source, e.span.start))
        .collect();
    let mut facts = Vec::new();
    for (i, f) in out.list.iter().enumerate() {
        let ([evidence], [_]) = (f.evidence.as_slice(), f.missing_from.as_slice()) else {
            continue;
        };
        if f.kind != Kind::Omission {
            continue;
        }
        let of_claim = facts_of(out.sources, evidence.claim);
        let omitted = |fact, surface: &str, span: &Range<usize>, aligned| OmittedFact {
            fact,
            evidence: Evidence {
                source: evidence.source,
                claim: evidence.claim,
                value: Some(surface.to_string()),
                span: span.clone(),
            },
            missing_from: f.missing_from.clone(),
            findings: vec![i],
            aligned,
        };
        // A fact omitted alone is one of its claim's; a claim omitted
        // whole brings all of its own.
        let alone = |span: &Range<usize>| {
            f.category == Category::Claim && !agreed.contains(&(evidence.source, span.start))
                || *span == evidence.span
        };
        if matches!(f.category, Category::Number | Category::Claim) {
            for q in of_claim.numbers.iter().filter(|q| alone(&q.span)) {
                let aligned = f.category == Category::Number;
                facts.push(omitted(
                    OmittedValue::Number(q),
                    &q.surface,
                    &q.span,
                    aligned,
                ));
            }
        }
        if matches!(f.category, Category::Date | Category::Claim) {
            for d in of_claim.dates.iter().filter(|d| alone(&d.span)) {
                let aligned = f.category == Category::Date;
                facts.push(omitted(OmittedValue::Date(d), &d.surface, &d.span, aligned));
            }
        }
    }
    facts.extend(headline_figures(out));
    // Money has no bucket, but its first and its sole amounts lead (see
    // `pair_lead_figures`).
    facts.retain(|f| f.fact.bucket().is_some() || out.leads.contains_key(&f.key()));
    // A claim omitted whole lists its facts as omitted too: one fact, told
    // by both findings, of a claim not aligned.
    let mut at: BTreeMap<(SourceId, usize), usize> = BTreeMap::new();
    let mut merged: Vec<OmittedFact> = Vec::with_capacity(facts.len());
    for fact in facts {
        let key = (fact.evidence.source, fact.evidence.span.start);
        match at.get(&key) {
            Some(&k) => {
                merged[k].findings.extend(fact.findings);
                merged[k].aligned &= fact.aligned;
            }
            None => {
                at.insert(key, merged.len());
                merged.push(fact);
            }
        }
    }
    merged
}

/// The figures of the headlines above a story that the alignment did not
/// pair and that another source does not state: a headline is not
/// reported as omitted (its body tells it), but its figure may be the one
/// the other source's lead tells two ways ("473 people rescued off Gavdos"
/// / "Greece's coast guard rescued 437 people"). A conflict the body tells
/// too is the body's.
fn headline_figures<'a>(out: &Findings<'a>) -> Vec<OmittedFact<'a>> {
    let mut facts = Vec::new();
    for (s, source) in out.sources.iter().enumerate() {
        let id = SourceId(s as u16);
        // The headlines above the story, not a crosshead within it.
        let headlines = (source.claims.iter().zip(&source.facts))
            .take_while(|(claim, _)| claim.headline)
            .filter(|(claim, _)| out.alignment.group_of(claim.id).is_none())
            .filter(|(claim, _)| !out.conflicting_claims.contains(&claim.id));
        for (claim, facts_of_claim) in headlines {
            for q in facts_of_claim.numbers.iter() {
                if out.disputed.contains(&(id, q.span.start)) || out.disputed_value(id, q.stated) {
                    continue;
                }
                let missing_from: Vec<SourceId> = (out.all_sources().into_iter())
                    .filter(|&other| other != id && !states_elsewhere(out, other, q))
                    .collect();
                if missing_from.is_empty() {
                    continue;
                }
                facts.push(OmittedFact {
                    fact: OmittedValue::Number(q),
                    evidence: Evidence {
                        source: id,
                        claim: claim.id,
                        value: Some(q.surface.clone()),
                        span: q.span.clone(),
                    },
                    missing_from,
                    findings: Vec::new(),
                    aligned: false,
                });
            }
        }
    }
    facts
}

/// Whether two omitted facts of claims the alignment did not pair are one
/// fact told two ways: of one sort and thing (or a share miscopied, see
/// [`shares_miscopied`]), values apart, of one time (or an amount
/// miscopied, see [`amounts_miscopied`]), neither claim stating the
/// other's value too, and not told apart as of two people. News gives many
/// years of background: a year alone is paired only between claims that
/// are both aligned elsewhere. Times of day more than three hours apart are
/// more often two moments of the story than one told two ways ("a rescue
/// bid was made shortly after 11am" / "a helicopter was called about
/// 3pm"), unless they time one deed ("The decision, announced at about
/// 2pm" / "The verdict was announced shortly after 6pm").
fn told_two_ways(out: &Findings, x: &OmittedFact, y: &OmittedFact) -> bool {
    told_two_ways_minding_time(out, x, y, true)
}

/// [`told_two_ways`], minding whether two figures' claims tell of one
/// time or not: not for claims already known to tell one event, tied by a
/// date or a figure told two ways (see [`pair_in_claims_tied_by_a_fact`]).
fn told_two_ways_minding_time(
    out: &Findings,
    x: &OmittedFact,
    y: &OmittedFact,
    mind_time: bool,
) -> bool {
    let sources = out.sources;
    let (cx, cy) = (x.evidence.claim, y.evidence.claim);
    let (fx, fy) = (facts_of(sources, cx), facts_of(sources, cy));
    let item = |claim, fact| Item { claim, fact };
    // Ages of one person are not told apart by being two, whatever else
    // their claims tell; ages of two full names are two people's.
    let (one_age, two_names) = match (x.fact, y.fact) {
        (OmittedValue::Number(a), OmittedValue::Number(b)) => (
            one_age_of_one_noun(out, &item(cx, a), &item(cy, b)),
            ages_of_full_names(a, b) == Some(false),
        ),
        _ => (false, false),
    };
    let apart = match (x.fact, y.fact) {
        (OmittedValue::Number(a), OmittedValue::Number(b)) => {
            let stated_too = |f: &Facts, q: &Quantity| f.numbers.iter().any(|p| states_alike(p, q));
            (a.counts_same_thing(b)
                || !mind_time && a.changes_alike(b)
                || shares_miscopied(sources, (cx, a), (cy, b)))
                && !a.compatible(b)
                && near_enough(a, b)
                && !stated_too(fx, b)
                && !stated_too(fy, a)
                && (!mind_time
                    || amounts_miscopied(a, b)
                    || same_time(out, cx, cy)
                    || sole_figures_of_one_time(out, &item(cx, a), &item(cy, b))
                    || one_age)
                && names_a_phase(fx) == names_a_phase(fy)
                && !parts_sum_to(sources, &item(cx, a), cy)
                && !parts_sum_to(sources, &item(cy, b), cx)
        }
        (OmittedValue::Date(a), OmittedValue::Date(b)) => {
            a.stated_alike(b)
                && !a.compatible(b)
                && (a.minutes_apart(b).is_none_or(|apart| apart <= 180)
                    || one_event(sources, (cx, a), (cy, b)))
                && (x.aligned && y.aligned
                    || !a.is_a_year()
                    || a.made.is_some() && b.made.is_some()
                    || one_event(sources, (cx, a), (cy, b)))
                && near_in_the_calendar(a, b)
                && !((a.made.is_some() || a.is_a_year())
                    && names_tell_apart_what_they_date(out, (cx, a), (cy, b)))
                && !tallies_by_two_days(sources, &Item { claim: cx, fact: a }, &Item { claim: cy, fact: b })
                && !changes_over_two_periods(sources, &Item { claim: cx, fact: a }, &Item { claim: cy, fact: b })
                // Dates of one deed are of it, however the claims tell of
                // other days too ("freed on Thursday morning" / "were
                // reunited with relatives on Thursday, hours after they
                // were released late on Wednesday").
                && (one_deed_two_days(sources, (cx, a), (cy, b))
                    || !fx.dates.iter().any(|d| d.compatible(b))
                        && !fy.dates.iter().any(|d| d.compatible(a))
                        && !dated_elsewhere(out, y.evidence.source, (cx, a))
                        && !dated_elsewhere(out, x.evidence.source, (cy, b))
                        && !weekday_of_another_day(sources, &Item { claim: cx, fact: a })
                        && !weekday_of_another_day(sources, &Item { claim: cy, fact: b }))
        }
        _ => false,
    };
    apart
        && !two_names
        && (one_age || !ages_tell_apart(sources, cx, cy))
        && !origins_tell_apart(sources, cx, cy)
}

/// Whether two amounts of money are written with the same digits, two of
/// them at least, in another order ("a renovation that cost €84 million" /
/// "The €48 million restoration"): one amount miscopied, whatever years
/// their claims give of other things.
fn amounts_miscopied(a: &Quantity, b: &Quantity) -> bool {
    a.kind == QuantityKind::Money
        && b.kind == QuantityKind::Money
        && digits_transposed(a.stated, b.stated)
}

/// Whether two percentages of three digits or more are written with the
/// same digits in another order ("58.4 percent voted in favour" / "54.8
/// percent backed the plan"): one share miscopied, whatever words are
/// beside them, if their claims name one thing and the same measures of a
/// share (not "Turnout … reached 45.6 percent" / "54.6 percent of voters
/// backed the change").
fn shares_miscopied(
    sources: &[Extracted],
    (cx, a): (ClaimId, &Quantity),
    (cy, b): (ClaimId, &Quantity),
) -> bool {
    let percent = |q: &Quantity| q.kind == QuantityKind::Percent && q.change().is_none();
    let measures = |c: ClaimId| -> BTreeSet<Term> {
        (facts_of(sources, c).content.iter())
            .filter(|t| words::SHARE_MEASURES.contains(t.as_str()))
            .copied()
            .collect()
    };
    percent(a)
        && percent(b)
        && sorted_digits(a.stated).len() >= 3
        && digits_transposed(a.stated, b.stated)
        && share_a_name(sources, cx, cy)
        && measures(cx) == measures(cy)
}

/// Whether a claim numbers a phase of a contest or a count (see
/// [`words::PHASES`]): its figures are of that phase, and a figure told of
/// no phase is more often the whole's ("Ioanikios won 41 of the 68 votes
/// cast" / "Ioannikios received 29 votes in the first round").
fn names_a_phase(facts: &Facts) -> bool {
    (facts.numbers.iter()).any(|q| {
        q.kind == QuantityKind::Ordinal
            && q.unit.as_deref().is_some_and(|u| words::PHASES.contains(u))
    })
}

/// Whether two dates of two months are near enough to be one misreported:
/// days within ten of each other ("detained on August 30" / "arrested on
/// September 3", "December 30" / "January 3" of no year; an arrest on
/// September 3 and a charge on October 14 are two events), months within
/// three ("in January 2024" / "in March 2024"), and one day of months next
/// to each other, of one event (a month misreported: "Oct. 12, 2024" /
/// "Nov. 12, 2024"; not "due on Sept. 18" / "At its last meeting, on July
/// 18", nor "The trial opened on March 14" / "returned a guilty verdict on
/// April 14"). Dates of one month or of none are near (one month of two
/// years is a year misreported).
fn near_in_the_calendar(a: &DateMention, b: &DateMention) -> bool {
    let (Some(x), Some(y)) = (a.month, b.month) else {
        return true;
    };
    if x == y {
        return true;
    }
    let apart = i64::from(x) - i64::from(y);
    let months = match a.year.zip(b.year) {
        Some((p, q)) => 12 * i64::from(p - q) + apart,
        // The nearer way round the year: December is a month from January.
        None => [apart, apart - 12, apart + 12]
            .into_iter()
            .min_by_key(|m| m.abs())
            .unwrap_or(apart),
    };
    match (a.day, b.day) {
        (Some(p), Some(q)) if p != q => (31 * months + i64::from(p) - i64::from(q)).abs() <= 10,
        (Some(_), Some(_)) => months.abs() <= 1 && !events_apart(a, b),
        _ => months.abs() <= 3,
    }
}

/// Whether two dates name the events they date, and two (see
/// [`DateMention::event`]).
fn events_apart(a: &DateMention, b: &DateMention) -> bool {
    a.event.zip(b.event).is_some_and(|(x, y)| x != y)
}

/// Whether a source states the date `d` of claim `of` alike (the same day,
/// year or time, of the same relation) in a claim sharing a word or a name
/// with `of`: then a date of its own that differs from `d` is of something
/// else ("died on Sunday" / "had lain in state on Monday", the other story
/// telling "who died at 89 on Sunday" too). "Claims received by Tuesday
/// afternoon" tells of no storm on Tuesday, nor "she had sung at a gala on
/// Friday" of the day she checked in.
fn dated_elsewhere(out: &Findings, source: SourceId, (of, d): (ClaimId, &DateMention)) -> bool {
    // (Dates of statements are stated alike with none.)
    let told = out.index[source.index()].dates.get(&d.key());
    let of_one_thing =
        |c: ClaimId| share_a_word(out.sources, c, of) || share_a_name(out.sources, c, of);
    told.is_some_and(|dates| {
        dates
            .iter()
            .any(|&(c, e)| e.stated_alike(d) && of_one_thing(c))
    })
}

/// Whether a claim tells of a statement or a deed made again, of a state
/// that holds on, or of another day too: "said on Wednesday that 2,000
/// more people had been ordered to evacuate", "summoned the ambassador for
/// a second time", "there was still no evidence", "two days after
/// announcing the factory would close". The day it is told on may be
/// another than the first statement's.
fn tells_again(out: &Findings, claim: ClaimId) -> bool {
    // Words of a thing told again, or of a state that holds on: a daily
    // update's ("the search was still continuing").
    const AGAIN: [&str; 14] = [
        "again",
        "another",
        "further",
        "fresh",
        "renewed",
        "additional",
        "latest",
        "still",
        "remained",
        "remains",
        "continuing",
        "continues",
        "reiterated",
        "repeated",
    ];
    // Outside quotations: "said on Monday the target was "still on
    // course"" tells what the speaker said, not that they said it again.
    let text = out.claim_text(claim);
    let quoted = quoted_ranges(text);
    let told: Vec<Token> = (crate::normalize::tokens(text, 0).into_iter())
        .filter(|t| !quoted.iter().any(|marks| marks.contains(&t.span.start)))
        .collect();
    // "2,000 more people", "two more bodies"; not "more than 40 camels".
    // "for a second time", "a second evacuation"; not "second-largest".
    let a_figure = |t: &Token| t.kind == TokenKind::Number || words::is_small_number(&t.folded);
    let again = told.windows(2).any(|pair| {
        let (first, next) = (&pair[0], pair[1].folded.as_str());
        next == "more" && a_figure(first)
            || next == "second" && first.folded == "a"
            || next == "time" && first.folded == "second"
    });
    facts_of(out.sources, claim).of_two_days
        || again
        || told.iter().any(|t| AGAIN.contains(&t.folded.as_str()))
}

/// Whether two claims by one speaker tell one statement: besides their
/// speakers' words they share three content terms, or one and a figure
/// stated alike ("would cut 1,200 jobs as it grounds older aircraft" /
/// "would cut 1,200 jobs as it retires part of its ageing fleet"); not
/// "hoped to play before the end of the season" / "his knee operation had
/// been a success".
fn tell_one_statement(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    let (fx, fy) = (facts_of(sources, x), facts_of(sources, y));
    let (shared, _) = fx.shared_terms_besides_speakers(fy);
    let figure_alike =
        || (fx.numbers.iter()).any(|p| fy.numbers.iter().any(|q| states_alike(p, q)));
    shared >= 3 || shared >= 1 && figure_alike()
}

/// Whether two claims' first speakers share a word ("Vantrell
/// Pharmaceuticals Inc." / "Vantrell").
fn one_speaker(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    let first = |c: ClaimId| facts_of(sources, c).attributions.first();
    first(x).zip(first(y)).is_some_and(|(a, b)| {
        let terms: BTreeSet<Term> = a.canonical_terms().collect();
        b.canonical_terms().any(|t| terms.contains(&t))
    })
}

/// Whether two aligned claims speak of one thing closely enough for their
/// figures or dates to contradict: they share three content terms, or half
/// of the shorter one's (so a claim with no content words, a bare figure,
/// always does). Claims aligned on a word or two ("a 4-metre wave can flood
/// the low farmland" / "boats sank in the harbour after a 3-metre wave on
/// Sunday") give figures of different things.
fn about_one_thing(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    let (shared, shorter) = facts_of(sources, x).shared_terms_places_once(facts_of(sources, y));
    2 * (shared + names_spelt_apart(sources, x, y)) >= shorter.min(6)
}

/// How many parts of the names of people and bodies in claim `x` claim
/// `y` spells another way, neither spelling a word of the other claim
/// ("The win earns Ashgrove £5,000" / "Ashgrave takes home prize money of
/// £3,500"): words the claims share, told apart by a spelling alone.
fn names_spelt_apart(sources: &[Extracted], x: ClaimId, y: ClaimId) -> usize {
    let (fx, fy) = (facts_of(sources, x), facts_of(sources, y));
    let parts = |f: &Facts| -> BTreeSet<String> {
        (f.entities.iter())
            .filter(|m| m.kind != EntityKind::Place)
            .flat_map(|m| m.parts.iter().cloned())
            .filter(|part| part.chars().count() >= 4)
            .collect()
    };
    let (px, py) = (parts(fx), parts(fy));
    px.difference(&py)
        .filter(|p| py.iter().any(|q| !px.contains(q) && parts_variant(p, q)))
        .count()
}

/// Whether two claims share all of the shorter one's content terms, so
/// that they differ in their figures alone ("A court in Paris fined Google
/// $300,000 on Thursday" / "… $1 million …"): their figures are one value,
/// however far apart.
fn told_alike_but_the_figures(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    let (shared, shorter) = facts_of(sources, x).shared_terms_places_once(facts_of(sources, y));
    shared >= shorter
}

/// Whether two claims share all of the shorter one's content terms but
/// one, a month's name ("convicted of fraud at Southwark Crown Court on
/// March 3" / "… on April 3"): their dates are one date, however far apart.
fn told_alike_but_the_dates(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    let (shared, shorter) = facts_of(sources, x).shared_terms_places_once(facts_of(sources, y));
    shared + 1 >= shorter && shared >= 3
}

/// Whether two claims speak of different people, told apart by their ages:
/// each gives an age, no two of them agree, and the claims share no name
/// but of a place ("a 36-year-old man died on Friday in the park" / "Tom
/// Bell, 32, was climbing in the park on Saturday"): their days are of two
/// events. Claims naming one person ("Tom Bell, 36" / "Bell, a
/// 32-year-old") may give two ages of him; figures of claims on other days
/// are told apart by [`same_time`].
fn ages_tell_apart(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    ages_in(sources, x).next().is_some()
        && ages_in(sources, y).next().is_some()
        && ages_in(sources, x).all(|p| ages_in(sources, y).all(|q| !p.compatible(q)))
        && !share_a_name(sources, x, y)
}

/// Whether two figures that differ are told apart as of two people (see
/// [`of_two_people`]), or as parts adding up to the other (see
/// [`parts_sum_to`]): no conflict.
fn told_apart(sources: &[Extracted], a: &Item<Quantity>, b: &Item<Quantity>) -> bool {
    of_two_people(sources, a, b)
        || parts_sum_to(sources, a, b.claim)
        || parts_sum_to(sources, b, a.claim)
}

/// Whether age `a`, told of a noun ("a 42-year-old driver"), is another
/// person's than age `b`, which a word of ages in `a`'s claim holds and `a`
/// is outside: "Police arrested a 42-year-old driver after a teenager was
/// fatally struck" / "A 17-year-old was killed": the 17 is the teenager's.
fn age_of_another(sources: &[Extracted], a: &Item<Quantity>, b: &Item<Quantity>) -> bool {
    if !a.fact.is_age_now() || !b.fact.is_age_now() || a.fact.whom().is_none() {
        return false;
    }
    facts_of(sources, a.claim).content.iter().any(|term| {
        words::ages_of_word(term.as_str()).is_some_and(|(low, high)| {
            let within = |q: &Quantity| low <= q.low && q.high <= high;
            within(b.fact) && !within(a.fact) && a.fact.whom() != Some(*term)
        })
    })
}

/// Whether two figures of aligned claims are of different people, told
/// apart by where they come from, as ages of two full names (see
/// [`ages_of_full_names`]), or by their ages unless the figures are
/// the ages ("a 41-year-old climber" / "a 32-year-old climber" may be one
/// man of two ages) or the ages are one person's told two ways (see
/// [`one_age_told_two_ways`]).
fn of_two_people(sources: &[Extracted], a: &Item<Quantity>, b: &Item<Quantity>) -> bool {
    origins_tell_apart(sources, a.claim, b.claim)
        || !a.fact.is_age()
            && ages_tell_apart(sources, a.claim, b.claim)
            && !one_age_told_two_ways(sources, a.claim, b.claim)
        || age_of_another(sources, a, b)
        || age_of_another(sources, b, a)
        || ages_of_full_names(a.fact, b.fact) == Some(false)
}

/// Whether two aligned claims give one person's age two ways: ages of one
/// noun, near each other ("has been fined £1.5 million after a
/// two-year-old girl died" / "a three-year-old girl who died … after their
/// landlord was ordered to pay £1.25 million").
fn one_age_told_two_ways(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    ages_in(sources, x).any(|p| {
        ages_in(sources, y).any(|q| {
            p.whom().is_some() && p.whom() == q.whom() && ratio(p, q).is_some_and(|r| r <= 1.5)
        })
    })
}

/// The ages claim `c` states.
fn ages_in(sources: &[Extracted], c: ClaimId) -> impl Iterator<Item = &Quantity> {
    facts_of(sources, c).numbers.iter().filter(|q| q.is_age())
}

/// Whether two claims speak of different people, told apart by where they
/// come from: each names origins by demonyms, none shared, and the claims
/// share no name but of a place ("a British climber fell 2,000ft" / "an
/// Australian man fell 150 meters").
fn origins_tell_apart(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    // Not of the speakers: "Israeli officials said" / "Iranian state media
    // said" may give two tolls of one strike.
    let origins = |c: ClaimId| -> BTreeSet<String> {
        let facts = facts_of(sources, c);
        facts
            .entities
            .iter()
            .filter(|m| m.implied && !m.of_speaker)
            .map(|m| m.key())
            .collect()
    };
    let (ox, oy) = (origins(x), origins(y));
    !ox.is_empty() && !oy.is_empty() && ox.is_disjoint(&oy) && !share_a_name(sources, x, y)
}

/// A figure of a source, by its value and what it counts (its outcome,
/// else its unit): "five killed" and "five suspects arrested" are two. A
/// change is keyed by what changes, whatever word follows it: "6% tuition
/// hike" and "the 6% rise in tuition" are one figure.
type FigureKey = (SourceId, u64, String);

fn figure_key(source: SourceId, q: &Quantity) -> FigureKey {
    let counts = match q.change() {
        Some(change) => format!("change {} {}", change.rising, change.of.as_str()),
        None => counted_as(q).unwrap_or_default(),
    };
    (source, q.stated.to_bits(), counts)
}

/// What a figure counts, as a key: its outcome ("outcome 0", deaths), an
/// amount's currency (whatever noun it is told beside: "$13 million
/// payments blunder" / "worth $13 million"), else its unit's canonical
/// term ("unit prison").
fn counted_as(q: &Quantity) -> Option<String> {
    if q.kind == QuantityKind::Money {
        return Some(format!(
            "money {}",
            q.currency.as_deref().unwrap_or_default()
        ));
    }
    match (q.outcome, &q.unit) {
        (Some(outcome), _) => Some(format!("outcome {outcome}")),
        (None, Some(unit)) => Some(format!("unit {}", canonical_term(unit.clone()))),
        (None, None) => None,
    }
}

/// The omitted fact of a story's body, `free` to take, that states the
/// headline's figure `q` of `source` again (the same value of the same
/// thing): "nine hurt" above the story, "nine workers were injured" in it.
fn restated_in_body(
    sources: &[Extracted],
    omitted: &[OmittedFact],
    source: SourceId,
    q: &Quantity,
    free: impl Fn(usize) -> bool,
) -> Option<usize> {
    // One outcome, counted by the same value, is one count: "nine hurt" /
    // "nine workers were injured"; but "2 firefighters" are not "two
    // residents": one names no one, or both name the same.
    let same_outcome = |o: &Quantity| o.outcome.is_some() && o.outcome == q.outcome;
    let same_noun =
        |o: &Quantity| o.names_no_one() || q.names_no_one() || own_unit(o) == own_unit(q);
    // People of one sort are people: "43 patients overdosed" above the
    // story, "Forty-three people undergoing treatment" in it; not of
    // two outcomes ("five killed" / "five people arrested").
    let same_people = |o: &Quantity| {
        o.kind == QuantityKind::Count
            && o.counts_persons()
            && q.counts_persons()
            && (o.unit.as_deref() == Some("peopl") || q.unit.as_deref() == Some("peopl"))
            && (o.outcome.is_none() || q.outcome.is_none() || o.outcome == q.outcome)
    };
    let same = |o: &Quantity| {
        o.stated == q.stated
            && o.kind == q.kind
            && (o.counts_same_thing(q) || same_outcome(o) || same_people(o))
            && same_noun(o)
    };
    (0..omitted.len()).find(|&m| {
        let fact = &omitted[m];
        fact.evidence.source == source
            && !is_headline(sources, fact.evidence.claim)
            && matches!(fact.fact, OmittedValue::Number(o) if same(o))
            && free(m)
    })
}

/// Whether a claim is a headline.
fn is_headline(sources: &[Extracted], claim: ClaimId) -> bool {
    sources[claim.source.index()].claims[claim.index].headline
}

/// Whether all the claims are headlines.
fn all_headlines(sources: &[Extracted], claims: &[ClaimId]) -> bool {
    claims.iter().all(|&c| is_headline(sources, c))
}

/// Whether two claims tell of two places: each names one, none both
/// ("the Kabul car bomb killed 12" / "near Kandahar, leaving 5 dead").
fn places_tell_apart(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    let places = |c: ClaimId| -> BTreeSet<String> {
        facts_of(sources, c)
            .entities
            .iter()
            .filter(|m| m.kind == EntityKind::Place)
            .map(|m| m.key())
            .collect()
    };
    let (px, py) = (places(x), places(y));
    !px.is_empty() && !py.is_empty() && px.is_disjoint(&py)
}

/// Whether two claims each name a person, a body or a thing of no known
/// kind, leaving their speakers aside, and share none of them: "The
/// 1.8-tonne Aurelis-7, launched in 2021" / "Kestrel-2, launched in 1994"
/// give the years of two things.
fn names_tell_apart(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    let names = |c: ClaimId| things_named(facts_of(sources, c)).next().is_some();
    names(x) && names(y) && !share_a_name(sources, x, y)
}

/// The names a claim gives of a person, a body or a thing of no known
/// kind, leaving its speakers and places aside (see [`names_tell_apart`]).
fn things_named(facts: &Facts) -> impl Iterator<Item = &Mention> {
    (facts.entities.iter()).filter(|m| {
        !m.implied && m.kind != EntityKind::Place && !facts.attributions.iter().any(|a| a.holds(m))
    })
}

/// [`names_tell_apart`] for the things two years date: the names told
/// within seven words before each year or three after it ("The 1.8-tonne
/// Aurelis-7, launched in 2021" / "Kestrel-2, launched in 1994"). A name
/// far from its year tells of something else in its claim ("A night train
/// between … Sveti Anton left on its first run …, reviving a route that
/// was scrapped in 2009" / "The overnight service, which the German state
/// railway scrapped in 2012, has been revived by Sternzug").
fn names_tell_apart_what_they_date(
    out: &Findings,
    (x, a): (ClaimId, &DateMention),
    (y, b): (ClaimId, &DateMention),
) -> bool {
    const WORDS_BEFORE: usize = 7;
    const WORDS_AFTER: usize = 3;
    let names_near = |c: ClaimId, d: &DateMention| {
        let text = out.originals[c.source.index()];
        let claim = out.claim_span(c);
        let before = text.get(claim.start..d.span.start).unwrap_or("");
        let after = text.get(d.span.end..claim.end).unwrap_or("");
        let from = (crate::extract::words_at(before).rev().nth(WORDS_BEFORE - 1))
            .map_or(claim.start, |(k, _)| claim.start + k);
        let to = (crate::extract::words_at(after).nth(WORDS_AFTER))
            .map_or(claim.end, |(k, _)| d.span.end + k);
        let facts = facts_of(out.sources, c);
        things_named(facts).any(|m| m.span.end > from && m.span.start < to)
    };
    names_near(x, a) && names_near(y, b) && !share_a_name(out.sources, x, y)
}

/// Whether two claims share a name of a person or a body (a part of it,
/// spelled alike or as a variant).
fn share_a_name(sources: &[Extracted], x: ClaimId, y: ClaimId) -> bool {
    names_meet(sources, x, y, |m| m.kind != EntityKind::Place)
}

/// Whether two claims state one thing, whoever says it: they quote one
/// statement, or besides the words of their reporting clauses they share
/// at least three content terms, and at least half of the shorter claim's.
fn one_statement(out: &Findings, x: ClaimId, y: ClaimId) -> bool {
    let (shared, shorter) =
        facts_of(out.sources, x).shared_terms_besides_speakers(facts_of(out.sources, y));
    shared >= 3 && 2 * shared >= shorter
        || shared_quotation(&out.quotations_closed_in(x), &out.quotations_closed_in(y)).is_some()
}

/// Claims of two sources quoting one statement that the alignment did not
/// put in one group ("'They knew exactly what they wanted,' Roux said" /
/// "'The thieves knew exactly what they wanted and exactly where it was,'
/// Maillard said"): their speakers are compared as a group's are. Only
/// claims with a speaker and a quotation take part, met through the runs of
/// three words their quotations share; a run that more than eight claims
/// quote ("we are not") tells nothing.
fn quotation_findings(out: &mut Findings) {
    // Runs by hash, and quotations read again only for the claims met: a
    // large input quotes a great deal.
    let mut quoted: Vec<ClaimId> = Vec::new();
    let mut runs: Vec<(u64, u32)> = Vec::new();
    for source in out.sources {
        for (index, facts) in source.facts.iter().enumerate() {
            if facts.attributions.is_empty() {
                continue;
            }
            let claim = source.claims[index].id;
            let at = quoted.len() as u32;
            for quotation in out.quotations_closed_in(claim) {
                for run in quotation.windows(3) {
                    runs.push((rustc_hash::FxBuildHasher.hash_one(run), at));
                }
            }
            if runs.last().is_some_and(|&(_, i)| i == at) {
                quoted.push(claim);
            }
        }
    }
    runs.sort_unstable();
    runs.dedup();
    let mut pairs: BTreeSet<(ClaimId, ClaimId)> = BTreeSet::new();
    for same_run in runs.chunk_by(|a, b| a.0 == b.0).filter(|c| c.len() <= 8) {
        for (k, &(_, i)) in same_run.iter().enumerate() {
            for &(_, j) in &same_run[k + 1..] {
                let (x, y) = (quoted[i as usize], quoted[j as usize]);
                if x.source != y.source && !out.alignment.one_group(x, y) {
                    pairs.insert((x.min(y), x.max(y)));
                }
            }
        }
    }
    drop(runs);
    for (x, y) in pairs {
        let (qx, qy) = (out.quotations_closed_in(x), out.quotations_closed_in(y));
        let Some(score) = shared_quotation(&qx, &qy) else {
            continue;
        };
        let before = out.list.len();
        attribution_findings(
            out,
            &ClaimGroup {
                claims: vec![x, y],
                score,
            },
        );
        if out.list[before..].iter().any(|f| f.kind == Kind::Conflict) {
            out.conflicting_claims.extend([x, y]);
        }
    }
}

fn attribution_findings(out: &mut Findings, group: &ClaimGroup) {
    let firsts: Vec<(ClaimId, &crate::extract::Attribution)> = group
        .claims
        .iter()
        .filter_map(|&c| {
            facts_of(out.sources, c)
                .attributions
                .first()
                .map(|a| (c, a))
        })
        .collect();
    if firsts.len() < 2 {
        return;
    }
    // Quotations of other words are two statements, each its own speaker's
    // ("The real cost may be in lost business" / "A fine of this size is a
    // cost of doing business"); one worded a little otherwise is one
    // ("nobody is above the law" / "nobody in this country is above the
    // law").
    let quoted_apart = |x: ClaimId, y: ClaimId| {
        let (qx, qy) = (out.quotations_closed_in(x), out.quotations_closed_in(y));
        !qx.is_empty()
            && !qy.is_empty()
            && shared_quotation(&qx, &qy).is_none()
            && !qx
                .iter()
                .any(|a| qy.iter().any(|b| mostly_the_same_words(a, b)))
    };
    if (firsts.iter())
        .any(|&(x, _)| (firsts.iter()).any(|&(y, _)| x.source < y.source && quoted_apart(x, y)))
    {
        return;
    }
    let speakers = |c: ClaimId| &facts_of(out.sources, c).attributions;
    // Speakers overlap in a word, spelled alike, as a variant ("Zelensky" /
    // "Zelenskyy") or as a synonym ("rep" / "publicist"); or the other
    // claim names one's speaker in all of its words ("a Millbrook farm
    // worker told Reuters" / "said Tom Hale, a worker on a farm in
    // Millbrook").
    let described = |a: &crate::extract::Attribution, c: ClaimId| {
        let content = &facts_of(out.sources, c).content;
        a.canonical_terms().all(|term| content.contains(&term))
    };
    // The entities of the kinds `keep` named within a speaker (see
    // `mentions_held`): "Advanced Micro Devices" and "AMD" are one.
    let entities_of =
        |c: ClaimId, a: &crate::extract::Attribution, keep: fn(EntityKind) -> bool| {
            mentions_held(out.sources, c, a)
                .filter(|(_, m)| keep(m.kind))
                .filter_map(|(index, _)| out.alignment.entity_of(MentionRef { claim: c, index }))
                .collect::<BTreeSet<usize>>()
        };
    // The family names of the people speaker `a` of claim `c` names. A
    // speaker carried from a claim before (see
    // `crate::extract::continue_quotations`) holds no name of this one: its
    // name's last word is its family name.
    let families_of = |c: ClaimId, a: &crate::extract::Attribution| -> Vec<String> {
        let held: Vec<String> = (mentions_held(out.sources, c, a))
            .filter_map(|(_, m)| m.parts.last().cloned())
            .collect();
        if !held.is_empty() || !a.named {
            return held;
        }
        last_name_word(a.name()).into_iter().collect()
    };
    // Whether speaker `b` of claim `y` holds the title speaker `a` of claim
    // `x` is given by alone, as either story tells of `b`'s people ("Former
    // President Barack Obama … the president said" / "Obama said").
    let title_held = |(x, a): (ClaimId, &crate::extract::Attribution),
                      (y, b): (ClaimId, &crate::extract::Attribution)| {
        a.title_alone()?;
        let owned = families_of(y, b);
        let families: Vec<&String> = owned.iter().collect();
        let mut titles = titles_told(out, y.source, &families);
        if x.source != y.source {
            titles.extend(titles_told(out, x.source, &families));
            // The title's own story gives it to another ("Prime Minister
            // Keir Starmer … the prime minister said" / "Sunak said").
            let title = a.title_alone()?;
            let holders = title_holders(out, x.source, &title);
            if !families.is_empty()
                && !holders.is_empty()
                && !holders.iter().any(|h| families.contains(h))
            {
                return Some(false);
            }
            // And to the other's speaker, whatever the other story calls
            // them ("Federation president Rafael Lozano … the president
            // said" / "federation chief Rafael Lozano said"): theirs, if
            // the story gives it to no one else.
            if holders.iter().any(|h| families.contains(h)) {
                return (holders.len() == 1).then_some(true);
            }
        }
        title_held_by(a, b, &titles)
    };
    let people = |kind| kind == EntityKind::Person;
    let not_a_body = |kind| kind != EntityKind::Organization;
    // A speaker that names an organisation and no one else ("the
    // Australian Antarctic Division"), places aside.
    let names_a_body = |c: ClaimId, a: &crate::extract::Attribution| {
        let mut mentions = mentions_held(out.sources, c, a).peekable();
        mentions.peek().is_some() && mentions.all(|(_, m)| m.kind == EntityKind::Organization)
    };
    // Whether two named speakers, holding names of people or of no known
    // kind, name one entity or one person (see [`one_person_named`]);
    // `None` where one is unnamed or holds no such name (a body's may be
    // the person's own: "Norvexa's chief executive", "AMD says").
    let named_alike = |x: ClaimId,
                       a: &crate::extract::Attribution,
                       y: ClaimId,
                       b: &crate::extract::Attribution| {
        // A family name alone stands for the fullest name its story gives
        // the one it names ("Ashdown told a news conference", after
        // "Kieran Ashdown, 46"): not "Shauna Ashdown" written in full.
        let names = |c: ClaimId, a, resolve: bool| {
            mentions_held(out.sources, c, a)
                .filter(|(_, m)| not_a_body(m.kind))
                .map(|(index, m)| {
                    if resolve {
                        fullest_in_source(out, MentionRef { claim: c, index }, m)
                    } else {
                        m
                    }
                })
                .collect::<Vec<_>>()
        };
        // Only against a name written in full: two short ones may be a
        // body named as its founders are ("Dunmore said in a statement").
        let in_full = |names: &[&Mention]| names.iter().any(|m| m.parts.len() >= 2);
        let (written_a, written_b) = (names(x, a, false), names(y, b, false));
        let (names_a, names_b) = match (in_full(&written_a), in_full(&written_b)) {
            (false, true) => (names(x, a, true), written_b),
            (true, false) => (written_a, names(y, b, true)),
            _ => (written_a, written_b),
        };
        if !a.named || !b.named || names_a.is_empty() || names_b.is_empty() {
            return None;
        }
        let (ea, eb) = (entities_of(x, a, not_a_body), entities_of(y, b, not_a_body));
        if !ea.is_disjoint(&eb) {
            return Some(true);
        }
        // Two people both stories name, each apart from the other: not one
        // spelled two ways ("said James Hartley" / "said James Hartwell",
        // colleagues either story names).
        let named_in = |e: &usize, source: SourceId| out.alignment.entities[*e].named_in(source);
        let told_apart = !ea.is_empty()
            && !eb.is_empty()
            && ea.iter().all(|e| named_in(e, y.source))
            && eb.iter().all(|e| named_in(e, x.source));
        Some(
            !told_apart && (names_a.iter()).any(|m| names_b.iter().any(|o| one_person_named(m, o))),
        )
    };
    // Two speakers named by one family name alone are one as far as
    // anyone can tell: the stories may give it to two people, or to a body
    // named as its founders are ("Kessler said in a statement").
    let one_short_name = |x: ClaimId,
                          a: &crate::extract::Attribution,
                          y: ClaimId,
                          b: &crate::extract::Attribution| {
        let short = |c: ClaimId, a| {
            let names: Vec<&Mention> = mentions_held(out.sources, c, a).map(|(_, m)| m).collect();
            (!names.is_empty() && names.iter().all(|m| m.parts.len() == 1)).then_some(names)
        };
        short(x, a).zip(short(y, b)).is_some_and(|(p, q)| {
            p.iter()
                .any(|m| q.iter().any(|o| parts_variant(&m.parts[0], &o.parts[0])))
        })
    };
    let overlap = |x: ClaimId, y: ClaimId| {
        speakers(x).iter().any(|a| {
            speakers(y).iter().any(|b| {
                // The new holder of a title is not a former one ("the new
                // coach said" / "said former coach Piet Arends").
                if a.newly_titled() && b.formerly_titled()
                    || b.newly_titled() && a.formerly_titled()
                {
                    return false;
                }
                if let Some(held) =
                    title_held((x, a), (y, b)).or_else(|| title_held((y, b), (x, a)))
                {
                    return held;
                }
                let (people_a, people_b) = (entities_of(x, a, people), entities_of(y, b, people));
                // "The company" agrees with any: a body named elsewhere;
                // "scientists" with a named body they may speak for.
                a.is_a_body()
                    || b.is_a_body()
                    || a.is_a_record()
                    || b.is_a_record()
                    || one_short_name(x, a, y, b)
                    || a.is_a_group() && names_a_body(y, b)
                    || b.is_a_group() && names_a_body(x, a)
                    || if !people_a.is_empty() && !people_b.is_empty() {
                        // Speakers both naming people are one when they name
                        // one: not "Justice Raghavendra Iyer" / "Chief Justice
                        // Meera Sanyal", alike in their titles.
                        !people_a.is_disjoint(&people_b)
                    } else if let Some(alike) = named_alike(x, a, y, b) {
                        // So names the title leaves a person's unsaid,
                        // not alike in the words of their roles: "Chief
                        // Executive Ignacio Valdés" / "chief financial
                        // officer Carolina Muñoz"; but a body the other
                        // claim names speaks for its people ("said Hanna
                        // Lindqvist, Nordwind's chief executive" /
                        // "Nordwind said").
                        // A person's name ("Ashdown", after "Kieran
                        // Ashdown") is not described by another's ("Shauna
                        // Ashdown said").
                        alike
                            || people_a.is_empty() && described(a, y)
                            || people_b.is_empty() && described(b, x)
                    } else {
                        let others: Vec<Term> = b.canonical_terms().collect();
                        a.canonical_terms().any(|t| {
                            others
                                .iter()
                                .any(|&u| t == u || parts_variant(t.as_str(), u.as_str()))
                        }) || described(a, y)
                            || described(b, x)
                            || !entities_of(x, a, |_| true)
                                .is_disjoint(&entities_of(y, b, |_| true))
                    }
            })
        })
    };
    // A title no name stands for ("the mayor") may be anyone's: against a
    // name given no title, whether it is theirs is unknown. So is a title
    // new to the speaker ("the new patriarch") against a name given none
    // in its own words, whoever else the stories give it ("Ioanikios told
    // reporters"; not "said club captain Joel Marr").
    let unknown = |(x, a): (ClaimId, &crate::extract::Attribution),
                   (y, b): (ClaimId, &crate::extract::Attribution)| {
        b.named
            && !names_a_body(y, b)
            && (a.newly_titled() && !b.titled()
                || a.title_alone().is_some() && title_held((x, a), (y, b)).is_none())
    };
    // The places a speaker names, or its people come from ("Israeli
    // military officials", "Palestinian President Mahmoud Abbas").
    let places_of = |c: ClaimId, a: &crate::extract::Attribution| -> BTreeSet<String> {
        let facts = facts_of(out.sources, c);
        (facts.entities.iter())
            .filter(|m| m.kind == EntityKind::Place && a.holds(m))
            .map(Mention::key)
            .chain(
                mentions_held(out.sources, c, a)
                    .filter_map(|(_, m)| m.origin.as_deref().map(str::to_string)),
            )
            .collect()
    };
    // Officials of no other place may count among them a named holder of
    // an office ("county officials" / "Governor Abdirahman Hussein Guled",
    // "government says" / "President Aurelio Vargas"); not "company
    // officials", nor "Israeli military officials" / "Palestinian President
    // Mahmoud Abbas".
    let among_officials =
        |(x, a): (ClaimId, &crate::extract::Attribution),
         (y, b): (ClaimId, &crate::extract::Attribution)| {
            let officials = !a.named
                && a.terms.iter().any(|t| words::OFFICIALS.contains(t))
                && (a.terms.iter()).all(|t| {
                    words::OFFICIALS.contains(t) || words::LEVELS_OF_GOVERNMENT.contains(t)
                });
            let titled = || {
                let folded = crate::normalize::fold(&b.surface);
                folded.split(' ').any(|w| words::PUBLIC_OFFICES.contains(w))
            };
            let one_side = || {
                let (pa, pb) = (places_of(x, a), places_of(y, b));
                pa.is_empty() || pb.is_empty() || !pa.is_disjoint(&pb)
            };
            officials && b.named && titled() && one_side()
        };
    // An unnamed body ("Police said"; not a title alone, "the mayor") may
    // count among its people one whose title in their own story holds its
    // words ("local police inspector Dave Gaskin … Mr Gaskin said"); not
    // one of the past ("Pine, a retired police sergeant").
    let of_its_body = |(_, a): (ClaimId, &crate::extract::Attribution),
                       (y, b): (ClaimId, &crate::extract::Attribution)| {
        if a.named || !b.named || a.terms.is_empty() || a.title_alone().is_some() {
            return false;
        }
        let owned = families_of(y, b);
        let families: Vec<&String> = owned.iter().collect();
        let of_the_past = |w: &String| matches!(w.as_str(), "former" | "retired" | "ex" | "late");
        titles_told(out, y.source, &families).iter().any(|title| {
            let stems: Vec<String> = title.iter().map(|w| crate::extract::stem(w)).collect();
            !title.iter().any(of_the_past) && a.terms.iter().all(|t| stems.contains(t))
        })
    };
    let unknown_pair = |x: (ClaimId, &crate::extract::Attribution),
                        y: (ClaimId, &crate::extract::Attribution)| {
        unknown(x, y)
            || unknown(y, x)
            || among_officials(x, y)
            || among_officials(y, x)
            || of_its_body(x, y)
            || of_its_body(y, x)
    };
    if (firsts.iter()).any(|&x| firsts.iter().any(|&y| x.0 != y.0 && unknown_pair(x, y))) {
        return;
    }
    let evidence: Vec<Evidence> = firsts
        .iter()
        .map(|(c, a)| Evidence {
            source: c.source,
            claim: *c,
            value: Some(a.surface.clone()),
            span: a.span.clone(),
        })
        .collect();
    let all_agree = firsts
        .iter()
        .enumerate()
        .all(|(i, (x, _))| firsts[i + 1..].iter().all(|(y, _)| overlap(*x, *y)));
    if all_agree {
        for (i, &(x, a)) in firsts.iter().enumerate() {
            for &(y, b) in &firsts[i + 1..] {
                if let Some(pair) = people_named_two_ways(out, (x, a), (y, b)) {
                    out.speakers_apart.insert(pair);
                }
            }
        }
        out.push(finding(
            Kind::Agreement,
            Category::Attribution,
            firsts[0].1.name().to_string(),
            evidence,
        ));
        return;
    }
    let none_agree = firsts
        .iter()
        .enumerate()
        .all(|(i, (x, _))| firsts[i + 1..].iter().all(|(y, _)| !overlap(*x, *y)));
    // Two unnamed speakers ("police", "a local barber") are two voices, not
    // a contradiction: a conflict needs a named one. And it needs one
    // statement told by both, not two claims that only touch: "his body
    // was recovered, according to local media" and "the victim was alive
    // when rescuers reached him, the pilot said" share a word or two.
    let named = firsts.iter().any(|(_, a)| a.named);
    let said_alike = firsts.iter().enumerate().all(|(i, (x, _))| {
        firsts[i + 1..]
            .iter()
            .all(|(y, _)| one_statement(out, *x, *y))
    });
    if named && said_alike && (none_agree || firsts.len() > 2) {
        let keys: Vec<String> = firsts.iter().map(|(_, a)| a.terms.join(" ")).collect();
        // A pronoun is shown with the name it stands for: "Lucía Ferrandis
        // (she)".
        let mut names: Vec<String> = Vec::new();
        for (_, a) in &firsts {
            let name = match &a.stands_for {
                Some(name) => format!("{name} ({})", a.surface),
                None => a.surface.clone(),
            };
            if !names.contains(&name) {
                names.push(name);
            }
        }
        let mut f = finding(
            Kind::Conflict,
            Category::Attribution,
            format!("attributed differently: {}", names.join(" vs ")),
            evidence,
        );
        f.score = Some(round(group.score));
        set_majority(&mut f, &keys);
        out.push(f);
    }
}

/// Whether named speaker `b` holds the title that speaker `a` is given by
/// alone, no name standing for it (see
/// [`crate::extract::Attribution::title_alone`]), by `b`'s own words or
/// the `titles` its story gives the person it names (see
/// [`crate::extract::title_words`]): `Some(true)` where given that title
/// ("Mayor Anne Hidalgo" for "the mayor"), `Some(false)` where another
/// office or role ("deputy mayor David Belliard", "Police Chief Tom
/// Hale", "Maya Castellano, a lawyer for the alliance"), `None` where `b`
/// is given none ("Hidalgo said", no title told of Hidalgo).
fn title_held_by(
    a: &crate::extract::Attribution,
    b: &crate::extract::Attribution,
    titles: &[Vec<String>],
) -> Option<bool> {
    let title = a.title_alone()?;
    if !b.named {
        return None;
    }
    // One title, or its synonym ("rep" / "publicist").
    let term = |w: &str| crate::extract::canonical_term(crate::extract::stem(w));
    let alike = |w: &str, title: &str| {
        w == title || words::full_title(w) == title || term(w) == term(title)
    };
    let (head, _) = words::title_parts(&title);
    let folded = crate::normalize::fold(&b.surface);
    let own: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).collect();
    if let Some(i) = own.iter().position(|&w| alike(w, head)) {
        return words::holds_title(&own[..=i], &title, alike);
    }
    if b.titled() {
        return Some(false);
    }
    (!titles.is_empty()).then(|| {
        titles
            .iter()
            .any(|given| given_plainly(given, &title, alike))
    })
}

/// The titles a source gives people, by family name, folded (see
/// [`crate::extract::title_words`]), gathered the first time asked for.
fn titles_of<'a>(out: &'a Findings, source: SourceId) -> &'a FxHashMap<String, Vec<Vec<String>>> {
    out.titles[source.index()].get_or_init(|| {
        let original = out.originals[source.index()];
        let mut titles: FxHashMap<String, Vec<Vec<String>>> = FxHashMap::default();
        for m in out.sources[source.index()]
            .facts
            .iter()
            .flat_map(|f| f.entities.iter())
        {
            if let (Some(family), Some(words)) =
                (m.parts.last(), crate::extract::title_words(original, m))
            {
                let words = words.into_iter().map(crate::normalize::fold).collect();
                titles.entry(family.clone()).or_default().push(words);
            }
        }
        titles
    })
}

/// The titles a source gives the people of these family names, anywhere
/// it names them so.
fn titles_told(out: &Findings, source: SourceId, families: &[&String]) -> Vec<Vec<String>> {
    if families.is_empty() {
        return Vec::new();
    }
    let titles = titles_of(out, source);
    (families.iter())
        .flat_map(|&family| titles.get(family).into_iter().flatten().cloned())
        .collect()
}

/// The family names of the people a source gives `title` plainly (see
/// [`words::holds_title`]).
fn title_holders<'a>(out: &'a Findings, source: SourceId, title: &str) -> Vec<&'a String> {
    let alike = |w: &str, t: &str| w == t || words::full_title(w) == t;
    (titles_of(out, source).iter())
        .filter(|(_, given)| given.iter().any(|g| given_plainly(g, title, alike)))
        .map(|(family, _)| family)
        .collect()
}

/// Whether the title words a story gives someone (see
/// [`crate::extract::title_words`]) hold `title` plainly, titles alike as
/// `alike` says (see [`words::holds_title`]).
fn given_plainly(given: &[String], title: &str, alike: impl Fn(&str, &str) -> bool) -> bool {
    let given: Vec<&str> = given.iter().map(String::as_str).collect();
    words::holds_title(&given, title, alike) == Some(true)
}

/// The fullest name a mention's entity has in the mention's own source
/// (the mention itself if none is fuller).
fn fullest_in_source<'a>(out: &Findings<'a>, at: MentionRef, m: &'a Mention) -> &'a Mention {
    let Some(entity) = out.alignment.entity_of(at) else {
        return m;
    };
    (out.alignment.entities[entity].mentions.iter())
        .filter(|r| r.claim.source == at.claim.source)
        .map(|r| r.get(out.sources))
        .fold(m, |best, o| {
            if o.parts.len() > best.parts.len() {
                o
            } else {
                best
            }
        })
}

/// Whether two names of one statement's speakers, the linker having left
/// them apart, name one person all the same: they end in one family name,
/// spelled alike or as a variant, with given names (where both give one)
/// of one first letter ("Valdés" / "Ignacio Valdez", "Alexander
/// Lukashenko" / "Alyaksandr Lukashenka"; not "Michiko Sawada" / "Kenji
/// Sawada"), or give one given name with family names transliterated apart
/// ("Saif Gaddafi" / "Saif Qadhafi", "Mikhail Gorbachev" / "Michail
/// Gorbatschow").
fn one_person_named(m: &Mention, o: &Mention) -> bool {
    let (Some(p), Some(q)) = (m.parts.last(), o.parts.last()) else {
        return false;
    };
    let initial = |m: &Mention| m.parts[0].chars().next();
    let given_names = m.parts.len() >= 2 && o.parts.len() >= 2;
    let one_family = parts_variant(p, q) && (!given_names || initial(m) == initial(o));
    let one_given_name = given_names
        && parts_variant(&m.parts[0], &o.parts[0])
        && strsim::jaro_winkler(p, q) >= TRANSLITERATED_APART;
    one_family || one_given_name
}

/// The least Jaro-Winkler likeness of two family names, after one given
/// name, for a speaker named two ways to be one ("Gaddafi" / "Qadhafi"
/// 0.81, "Gorbachev" / "Gorbatschow" 0.88; not "Kerrigan" / "Kelly" 0.64).
const TRANSLITERATED_APART: f64 = 0.8;

/// The mentions of claim `c` within its speaker `a`, by their index, but
/// places, which only say whose speaker it is ("China's foreign
/// ministry").
fn mentions_held<'a>(
    sources: &'a [Extracted],
    c: ClaimId,
    a: &'a crate::extract::Attribution,
) -> impl Iterator<Item = (usize, &'a Mention)> + 'a {
    (facts_of(sources, c).entities.iter().enumerate())
        .filter(move |(_, m)| a.holds(m) && m.kind != EntityKind::Place)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::AlignOptions;
    use crate::input::Document;
    use crate::report::Report;

    #[test]
    fn sorting_in_place_is_a_stable_sort() {
        // Pairs of (key, original position), in a scrambled order with
        // many equal keys and cycles of every length.
        let list: Vec<(u32, usize)> = (0..500)
            .map(|i| ((i * 7919 % 500) as u32 % 37, i))
            .collect();
        let mut sorted = list.clone();
        sorted.sort_by_key(|&(k, _)| k);
        let mut in_place = list;
        sort_in_place(&mut in_place, |&(k, _)| k);
        assert_eq!(in_place, sorted);
    }

    fn report(texts: &[&str]) -> Report {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let label = crate::config::default_label(i);
                Document::new(SourceId(i as u16), &label, &label, t.to_string())
            })
            .collect();
        crate::analyze(&docs, &Default::default())
    }

    /// The values of each finding of a kind and category.
    fn found(r: &Report, kind: Kind, category: Category) -> Vec<Vec<String>> {
        r.findings
            .iter()
            .filter(|f| f.kind == kind && f.category == category)
            .map(|f| f.evidence.iter().filter_map(|e| e.value.clone()).collect())
            .collect()
    }

    fn conflicts(r: &Report, category: Category) -> Vec<Vec<String>> {
        found(r, Kind::Conflict, category)
    }

    /// The attribution conflicts of two sources quoting one statement,
    /// each followed by its words of credit (`"said Ana Ruiz."`).
    fn credited_by(quote: &str, a: &str, b: &str) -> Vec<Vec<String>> {
        let r = report(&[&format!("{quote} {a}"), &format!("{quote} {b}")]);
        conflicts(&r, Category::Attribution)
    }

    #[test]
    fn ages_of_one_name_are_compared_whatever_nouns_they_are_told_of() {
        let r = report(&[
            "Nine people were detained, including the suspected ringleader, 54-year-old \
             Tomasz Wrona, a former employee of a state printing house.",
            "The suspected leader, Tomasz Wrona, 45, had worked at a state printing house \
             before being dismissed in 2019, according to prosecutors.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["54-year-old", "45"]]);
        // Two people of one family are two ages.
        let r = report(&[
            "The pilot, 58-year-old Robert Hale, had logged 3,000 flying hours since 1990.",
            "His wife and passenger, Linda Hale, 56, had flown 3,000 hours with him.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn an_amount_in_conflict_in_the_headlines_and_the_bodies_is_one_conflict() {
        let r = report(&[
            "Ferncastle Bank glitch hands customers $31 million that wasn't theirs\n\
             WELLMOUTH (Wire) - Ferncastle Bank is scrambling to claw back $31 million that a \
             software error wrongly paid into the accounts of its customers, the bank said.",
            "Ferncastle apologises after $13 million payments blunder\n\
             Nearly 6,000 Ferncastle Bank customers woke up on Saturday to find their balances \
             swollen.\n\
             The duplicate payments, worth $13 million in total, began appearing at around 4:30 \
             a.m., the bank confirmed.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["$31 million", "$13 million"]]
        );
    }

    #[test]
    fn a_change_in_conflict_in_the_headlines_and_the_bodies_is_one_conflict() {
        // The headline's "6% tuition hike" is the body's "6% rise in
        // tuition": one change, whatever word follows its figure.
        let r = report(&[
            "Lakeshore State raises tuition 5.5 percent as students protest\n\
             The trustees voted 9-2 on Thursday to raise in-state tuition for undergraduates \
             by 5.5 percent.",
            "Students boo as Lakeshore State trustees approve 6% tuition hike\n\
             The 6% rise in tuition for in-state undergraduates passed with nine trustees in \
             favor and two against.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["5.5 percent", "6% rise"]]
        );
    }

    #[test]
    fn a_range_of_ages_states_no_one_s_age() {
        let r = report(&[
            "Aaradhya Venkataraman, 12, won the spelling bee on Thursday after a final duel \
             with 13-year-old Tobias Lindqvist.\n\
             The final ended shortly before 10 p.m., when Lindqvist, from Harlan Springs, \
             Iowa, stumbled on \"chiaroscurist.\"\n\
             The competition began on Monday with 245 spellers aged 8 to 15.",
            "Aradhya Venkatraman, aged twelve, was crowned champion on Thursday.\n\
             Moments earlier her last rival, Tobias Lindqvist, 14, of Harlan Springs, Iowa, \
             had tripped on \"chiaroscurist.\"",
        ]);
        let agreed = found(&r, Kind::Agreement, Category::Number);
        assert!(
            !agreed
                .iter()
                .any(|values| values.contains(&"14".to_string()))
        );
        assert_eq!(conflicts(&r, Category::Number), [["13-year-old", "14"]]);
    }

    #[test]
    fn deaths_of_two_kin_are_two_events() {
        let r = |other: &str| {
            report(&[
                "The novelist Tom Reyes has died aged 84, his publisher said.\n\
                 His brother died in 1999 in a farming accident.",
                &format!(
                    "Tom Reyes, the novelist, has died at the age of 84.\n\
                     {other} died in 2003."
                ),
            ])
        };
        assert!(conflicts(&r("His sister"), Category::Date).is_empty());
        assert_eq!(
            conflicts(&r("His brother"), Category::Date),
            [["1999", "2003"]]
        );
    }

    #[test]
    fn changes_since_two_years_are_two_periods() {
        let r = |change: &str| {
            report(&[
                "Average rents in Melford have risen 18% since 2015, according to a report by \
                 the housing charity Shelterline.",
                &format!(
                    "A two-bed flat in Melford now costs an average of £1,150 a month, \
                     Shelterline said, with rents up {change}."
                ),
            ])
        };
        assert!(conflicts(&r("12% since 2020"), Category::Date).is_empty());
        assert_eq!(
            conflicts(&r("18% since 2016"), Category::Date),
            [["2015", "2016"]]
        );
    }

    #[test]
    fn an_event_named_by_a_record_s_year_is_the_last_time() {
        let r = report(&[
            "The worst flooding since 1998 forced 1,200 people from their homes in Ravensby \
             this week, the council said.",
            "About 1,200 people were evacuated in Ravensby this week as the river rose. In the \
             1998 floods, 3,000 residents had to leave their homes.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_name_spelt_two_ways_ties_the_figures_of_its_claims() {
        let r = |other: &str| {
            report(&[
                "A pumpkin weighing 1,247 kilograms set a national record at the fair.\n\
                 Organisers said 41 pumpkins were entered, and tickets cost £12.\n\
                 The win earns Ashgrove £5,000 and a silver cup.",
                &format!(
                    "A 1,247 kg pumpkin grown by Tom Ashgrave set a national record on \
                     Saturday.\n\
                     It was one of 41 entries, and tickets cost £12.\n\
                     {other} takes home prize money of £3,500 and a silver cup, and his name \
                     will be added to the fair's board of champions."
                ),
            ])
        };
        assert_eq!(
            conflicts(&r("Ashgrave"), Category::Number),
            [["£5,000", "£3,500"]]
        );
        // Another name ties nothing.
        assert!(conflicts(&r("Mary Delaney"), Category::Number).is_empty());
        // A surname opening its sentence, and seen nowhere else, is not
        // known as a name: the two prizes, each its story's one amount of
        // its size, are then told two ways (see `pair_sole_amounts`).
        assert_eq!(
            conflicts(&r("Delaney"), Category::Number),
            [["£5,000", "£3,500"]]
        );
    }

    #[test]
    fn claims_tied_by_a_time_told_two_ways_tell_their_days_two_ways() {
        let r = report(&[
            "The privately held group told staff at a 7 a.m. meeting on Thursday that the \
             stoppage would affect about 380 bakers, who will be placed on temporary leave. \
             Under the rules the state pays them roughly 70% of their wages; Ardenne said it \
             would top that up to 90%.",
            "Nearly 400 workers at the Ardenne bakery in Dinant will be sent home for four \
             weeks next month, after the company said flour prices had made production \
             unaffordable.\n\n\
             Staff learned of the decision on Friday at a meeting at 10 a.m. in the bakery \
             canteen, a union representative said. Many had expected cuts to overtime, not a \
             full shutdown.",
        ]);
        let mut dates = conflicts(&r, Category::Date);
        dates.sort();
        assert_eq!(dates, [["7 a.m.", "10 a.m."], ["Thursday", "Friday"]]);
    }

    #[test]
    fn a_headline_conflict_the_bodies_restate_cites_the_bodies() {
        let r = report(&[
            "Vets order cull of 40,000 pigs after fever outbreak\n\n\
             Authorities ordered the slaughter of about 40,000 sows and boars on Tuesday after \
             African swine fever was found on two farms near Lodz.",
            "Fever outbreak: 30,000 pigs to be destroyed\n\n\
             Veterinary teams began destroying 30,000 hogs and piglets near Lodz after the \
             virus was confirmed on two farms.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["about 40,000 sows", "30,000 hogs"]]
        );
        assert!(
            found(&r, Kind::Omission, Category::Number).is_empty(),
            "{r:?}"
        );
    }

    #[test]
    fn two_colleagues_both_stories_name_are_two_speakers() {
        let r = |speaker: &str| {
            report(&[
                "Paramedic James Hartley and his colleague James Hartwell pulled a family from \
                 a burning car.\n\
                 \"We just did what anyone would have done,\" said James Hartley.",
                &format!(
                    "Paramedic James Hartley and technician James Hartwell rescued a family \
                     from a burning car.\n\
                     \"We just did what anyone would have done,\" said {speaker}."
                ),
            ])
        };
        assert!(conflicts(&r("James Hartley"), Category::Attribution).is_empty());
        assert_eq!(
            conflicts(&r("James Hartwell"), Category::Attribution),
            [["James Hartley", "James Hartwell"]]
        );
    }

    #[test]
    fn one_quotation_s_speaker_named_two_ways_is_a_name_spelled_two_ways() {
        let r = |speaker: &str| {
            report(&[
                "Detective Sergeant Mark Elwood said: \"They knew exactly what they were \
                 looking for. The paintings will be very hard to sell.\"",
                &format!(
                    "\"They knew exactly what they were looking for. The paintings will be \
                     very hard to sell,\" said Detective Sergeant {speaker}."
                ),
            ])
        };
        let elmore = r("Mark Elmore");
        assert_eq!(
            conflicts(&elmore, Category::Name),
            [["Mark Elwood", "Mark Elmore"]]
        );
        assert!(found(&elmore, Kind::Omission, Category::Entity).is_empty());
        // Not another given name: another speaker.
        let anne = r("Anne Elmore");
        assert!(conflicts(&anne, Category::Name).is_empty());
        assert_eq!(conflicts(&anne, Category::Attribution).len(), 1);
    }

    #[test]
    fn a_title_given_after_is_names_its_holder() {
        let r = |holder: &str| {
            report(&[
                "Rodel Macaraeg retained his title on Saturday.\n\
                 Macaraeg admitted he had underestimated the challenger. \"He hits harder than \
                 anyone I have faced. I will watch the tape and I will be better,\" he said.",
                &format!(
                    "{holder} is still the flyweight champion.\n\
                     “He hits harder than anyone I have faced,” the champion said afterwards, \
                     conceding that he had been surprised.\n\
                     Macaraeg, a former street vendor, took up boxing at 14."
                ),
            ])
        };
        assert!(conflicts(&r("Rodel Macaraeg"), Category::Attribution).is_empty());
        assert_eq!(conflicts(&r("Joel Diaz"), Category::Attribution).len(), 1);
        // The title ends at its head, not with the sentence running on.
        let r = report(&[
            "Rodel Macaraeg retained his title on Saturday.\n\
             \"He hits harder than anyone I have faced,\" Rodel Macaraeg said.",
            "Rodel Macaraeg is still the flyweight champion after a split decision in Manila.\n\
             “He hits harder than anyone I have faced,” the champion said afterwards.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        // A role of someone's, or of the past (of a year too), is another
        // title; a phrase of no title is none.
        let r = |role: &str| {
            report(&[
                "Rodel Macaraeg retained his title on Saturday.\n\
                 \"He hits harder than anyone I have faced,\" Joel Diaz said.",
                &format!(
                    "“He hits harder than anyone I have faced,” the champion said afterwards.\n\
                     Joel Diaz is {role}."
                ),
            ])
        };
        for role in [
            "the champion's trainer",
            "a former champion",
            "the 2019 champion",
        ] {
            assert_eq!(
                conflicts(&r(role), Category::Attribution).len(),
                1,
                "{role}"
            );
        }
        assert!(
            conflicts(
                &r("the first trainer to win it twice"),
                Category::Attribution
            )
            .is_empty()
        );
    }

    #[test]
    fn a_quotation_cut_in_two_is_credited_once() {
        let r = report(&[
            "Drones closed the airport on Friday.\n\n\"We take this extremely seriously. \
             Whoever is behind this has put the safety of thousands of travellers at risk,\" \
             Justice Minister Lars Brondum said in a statement.",
            "Drones shut the airport on Friday.\n\n• Defence Minister Karina Holst: “We take \
             this extremely seriously. Whoever is behind this has put the safety of thousands \
             of travellers at risk.”",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
    }

    #[test]
    fn a_body_unnamed_speaks_for_the_person_its_title_names() {
        let r = report(&[
            "He was not equipped for the ice, local police inspector Dave Gaskin said.\n\n\
             \"The party were insufficiently equipped for the climb they had undertaken,\" \
             Mr Gaskin said.",
            "Police said the party appeared to be \"insufficiently\" equipped for the climb \
             they chose.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        // A title of the past is no body's now.
        let r = report(&[
            "He was not equipped for the ice, said Dave Gaskin, a former police inspector.\n\n\
             \"The party were insufficiently equipped for the climb they had undertaken,\" \
             Mr Gaskin said.",
            "Police said the party appeared to be \"insufficiently\" equipped for the climb \
             they chose.",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
        // A body the person's title does not name is another speaker.
        let r = report(&[
            "He was not equipped for the ice, local police inspector Dave Gaskin said.\n\n\
             \"The party were insufficiently equipped for the climb they had undertaken,\" \
             Mr Gaskin said.",
            "Park rangers said the party appeared to be \"insufficiently\" equipped \
             for the climb they chose.",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
    }

    #[test]
    fn quotations_of_other_words_are_two_statements() {
        let r = report(&[
            "\"Lenders read this kind of headline very carefully,\" said Ines Marr, a \
             banking analyst. \"The real cost may be in lost business rather than in the fine.\"",
            "\"A fine of this size is a cost of doing business, not a deterrent,\" said Tomas \
             Reiss, an economist.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        // One quotation worded a little otherwise is one statement.
        let r = report(&[
            "\"This verdict shows that nobody is above the law,\" said prosecutor Ewa Nowak.",
            "\"This verdict shows, once again, that nobody in this country is above the law,\" \
             said justice minister Adam Bor.",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
        // A quotation carried on from the speaker before is compared by the
        // speaker's name, as one credited directly.
        let r = report(&[
            "\"It was like a bomb going off,\" said resident Ruth Allen. \"The whole roof came \
             down in a matter of seconds.\"",
            "\"The whole roof came down in a matter of seconds,\" said resident Mary Cole.",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
        // One quotation credited to two speakers is a conflict.
        let r = report(&[
            "\"The real cost may be in lost business rather than in the fine,\" said Ines \
             Marr, a banking analyst.",
            "\"The real cost may be in lost business rather than in the fine,\" said Tomas \
             Reiss, an economist.",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
    }

    #[test]
    fn a_chinese_name_in_wade_giles_and_in_pinyin_is_one_spelled_two_ways() {
        let r = report(&[
            "\"The soil is saturated,\" Taitung County Magistrate Hsu Mei-ling told reporters.",
            "County Magistrate Xu Meiling said the soil was saturated.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Name),
            [["Hsu Mei-ling", "Xu Meiling"]]
        );
    }

    #[test]
    fn a_family_named_in_the_plural_is_its_family_name() {
        let r = report(&[
            "The second couple, Olga and Marek Kowal, learned of the error in May. \
             The Kowals have not decided whether to sue the hospital.",
            "The other couple, Olga and Marek Kowal, were told of the error in May.",
        ]);
        assert!(conflicts(&r, Category::Name).is_empty(), "{:?}", r.findings);
        // The plural may come before the person.
        let r = report(&[
            "The compound owned by the Kowals since 1926 was sold.\n\nMarek Kowal, 61, \
             signed the sale on Monday.",
            "The Kowal family compound was sold.\n\nMarek Kowal, 61, signed the sale on \
             Monday.",
        ]);
        assert!(conflicts(&r, Category::Name).is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn a_year_left_out_of_one_day_named_is_no_other_year() {
        let r = report(&[
            "LISBON, March 9 (Wire) - About 12,000 people marched through the capital on \
             Sunday against the closure of the city's last shipyard.",
            "Some 40,000 people marched in Lisbon on Sunday, March 9, 2025, to protest \
             against the shipyard's closure.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["About 12,000 people", "Some 40,000 people"]]
        );
        // Away from the lead, or with no day of the month named in both,
        // a day of a year may be that day of another year.
        let lead = "LISBON, March 8 (Wire) - About 35,000 people marched through the capital \
                    on Sunday for women's rights.";
        for other in [
            "Thousands marched in Lisbon on Sunday.\n\nIt was the city's biggest rally in \
             years.\n\nOn Sunday, March 8, 2019, some 375,000 people marched through the capital for \
             women's rights.",
            "Some 45,000 people marched through the capital on Sunday, March 2, 2025, for \
             women's rights.",
        ] {
            let r = report(&[lead, other]);
            assert!(conflicts(&r, Category::Number).is_empty(), "{other}");
        }
    }

    #[test]
    fn claims_stating_one_count_alike_touch() {
        let r = report(&[
            "About 600 handlers employed by contractor SwiftGround Services walked off the job \
             from 04:00, after talks over pay broke down late the previous night. The union \
             is demanding a 9 percent pay rise over two years.",
            "The strike by some 580 handlers, who load and unload luggage for most airlines \
             using the airport, started at 5 a.m. Their union wants a 12 per cent increase \
             over two years.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["04:00", "5 a.m."]]);
    }

    #[test]
    fn figures_of_the_same_digits_are_one_figure_miscopied() {
        assert!(digits_transposed(350_000.0, 530_000.0));
        assert!(digits_transposed(4.2, 2.4));
        assert!(digits_transposed(140.0, 104.0));
        assert!(!digits_transposed(100.0, 10.0));
        assert!(!digits_transposed(1_100.0, 1_010.0));
        assert!(!digits_transposed(27.0, 27.0));
        let with = |a: &str, b: &str| {
            let r = report(&[
                &format!(
                    "Police in Oskarby arrested a man on Friday over a string of \
                     burglaries.\nHe is accused of breaking into {a} in the district."
                ),
                &format!(
                    "A 41-year-old man was arrested in Oskarby on Friday.\nInvestigators \
                     believe {b} were burgled over two years."
                ),
            ]);
            conflicts(&r, Category::Number)
        };
        // The claims share no word but the homes they count: the same
        // digits tie them.
        assert_eq!(with("27 homes", "72 homes"), [["27 homes", "72 homes"]]);
        assert!(with("27 homes", "61 homes").is_empty());
        // Amounts of money, of many things in a story, ask for a word beside
        // both alike ("cost").
        let r = report(&[
            "Six activists who sprayed paint across the front of Northmoor Bank's \
             headquarters were acquitted of criminal damage on Thursday.\n\
             The jury of eight men and four women deliberated for four hours.\n\
             The clean-up had cost the bank £42,000, prosecutors said, and the protest had \
             forced it to close its branch for two days.\n\
             The bank has lent more than £2 billion to oil and gas firms since 2020, \
             campaigners say.",
            "Six members of a climate group walked free from court after a jury found them \
             not guilty of criminal damage to the headquarters of Northmoor Bank.\n\
             The 12 jurors returned their verdicts after five hours.\n\
             The damage had cost £24,000 to put right, the prosecution told the trial.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["£42,000", "£24,000"]]);
    }

    #[test]
    fn a_count_miscopied_is_one_count_named_two_ways() {
        let with = |a: &str, b: &str| {
            let r = report(&[
                &format!(
                    "BRISTOL, Sept 3 (Wire) - A passenger plane carrying {a} made an emergency \
                     landing at Bristol Airport on Wednesday after one of its engines failed \
                     shortly after take-off, the airline said."
                ),
                &format!(
                    "BRISTOL, Sept 3 (Wire) - A Northern Regional plane bound for Malaga turned \
                     back to Bristol on Wednesday and landed on one engine after a suspected \
                     bird strike, with {b} on board."
                ),
            ]);
            conflicts(&r, Category::Number)
        };
        assert_eq!(
            with("186 people", "168 passengers"),
            [["186 people", "168 passengers"]]
        );
        // Told with no word alike, other figures are two counts, and so
        // are small ones alike by chance.
        assert!(with("186 people", "150 passengers").is_empty());
        assert!(with("54 people", "45 passengers").is_empty());
        // Times of two trains are no counts miscopied.
        let r = report(&[
            "Cable theft near Doncaster disrupted trains on Friday.\nThe 14.25 service from \
             Leeds to London was held outside the station for nearly two hours, while the \
             12.45 from York was terminated at Retford.",
            "Cable theft near Doncaster disrupted trains on Friday.\nPassengers on the 14.25 \
             Leeds to London service waited almost two hours outside the station. The 12.45 \
             train from York was terminated at Retford.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_majority_is_counted_in_votes() {
        let r = report(&[
            "Labour's Anna Reid won the Northfield by-election with a majority of 4,215, \
             the returning officer said.",
            "Labour's Anna Reid won the Northfield by-election by 4,215 votes, the returning \
             officer said.",
        ]);
        assert_eq!(
            found(&r, Kind::Agreement, Category::Number),
            [["4,215", "4,215 votes"]]
        );
    }

    #[test]
    fn debts_are_what_is_owed() {
        let r = report(&[
            "LONDON, June 10 - Hartwell & Lowe, the department store chain founded in 1884, \
             collapsed into administration on Tuesday with debts of about £310 million.\n\
             Gift cards will be honoured for 14 days, it said.",
            "Hartwell & Lowe filed for administration, leaving nearly 5,000 staff facing an \
             anxious wait.\nThe company owes creditors £130m, according to people familiar \
             with its finances.\nThe administrators said gift cards would be accepted for two \
             weeks.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["about £310 million", "£130m"]]
        );
    }

    #[test]
    fn results_with_one_side_alike_are_one_result_miscopied() {
        let with = |a: &str, b: &str| {
            let r = report(&[
                &format!(
                    "PORT HESSEL, Jan. 19 - Guard Kemal Arslan scored 71 points on Saturday, \
                     breaking the league's single-game record as the Gulls beat the Lynx {a}.\n\
                     The crowd of 14,000 rose as one."
                ),
                &format!(
                    "Kemal Arslan scored 71 points against the Lynx, wiping out a league \
                     record that had stood for two decades.\nPort Hessel won {b}, extending \
                     a winning run to five games."
                ),
            ]);
            conflicts(&r, Category::Number)
        };
        assert_eq!(with("131-118", "131-122"), [["131-118", "131-122"]]);
        // Nothing alike, or a small side alike: any two games.
        assert!(with("131-118", "127-122").is_empty());
        assert!(with("3-1", "2-1").is_empty());
        // Votes of one house often share a side.
        let r = report(&[
            "The Senate confirmed Lisa Ortega as ambassador to Chile.\nIn a separate vote \
             the same afternoon, senators confirmed her deputy 52-46.",
            "The Senate confirmed Lisa Ortega as ambassador to Chile.\nA day earlier the \
             Senate had approved Paul Dent as deputy treasury secretary 52-44.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn claims_stating_another_figure_alike_tell_of_one_thing() {
        // "nearly 70 percent of the $1.8 billion project" / "the $2.4
        // billion line is about 70% built": aligned claims sharing few words.
        let (a, b) = (
            include_str!("../tests/synthetic/204_a.txt"),
            include_str!("../tests/synthetic/204_b.txt"),
        );
        let costs = vec![
            "$1.8 billion project".to_string(),
            "$2.4 billion line".to_string(),
        ];
        let r = report(&[a, b]);
        assert!(conflicts(&r, Category::Number).contains(&costs));
        let r = report(&[a, &b.replace("about 70% built", "about 40% built")]);
        assert!(!conflicts(&r, Category::Number).contains(&costs));
    }

    #[test]
    fn changes_since_one_year_are_of_one_span_whatever_else_a_claim_tells() {
        let pair = |b: &str| {
            report(&[
                "Chief executive Martin Hale said letter volumes had fallen by 62 percent since \
                 2008, to about 6.6 billion last year.",
                b,
            ])
        };
        let found = |b: &str| conflicts(&pair(b), Category::Number);
        assert_eq!(
            found(
                "Its chair pointed to figures showing letter volumes have fallen 48% since 2008."
            ),
            [["62 percent", "48%"]]
        );
        assert!(
            found(
                "Its chair pointed to figures showing letter volumes have fallen 48% since 2012."
            )
            .is_empty()
        );
    }

    #[test]
    fn the_sole_counts_of_a_thing_two_stories_give_are_told_two_ways() {
        let pair = |more: &str| {
            report(&[
                "The orchestra will give the first performance of a lost symphony by Karl \
                 Sandberg on Saturday, 120 years after his death.\nThe score was found in \
                 2021 in an attic in Lund, among 300 pages of letters.\nSandberg wrote the work \
                 in 1887. It has four movements and lasts about 45 minutes.\nTickets for the \
                 1,200-seat hall cost 350 kronor.",
                &format!(
                    "A symphony by Karl Sandberg that was lost for more than a century will be \
                     played for the first time on Saturday.\nThe manuscript turned up in 2021 \
                     in a house in Lund, with 300 pages of letters.\nIt is written in five \
                     movements, the conductor said.{more}\nThe 62 musicians rehearsed for three \
                     weeks.\nThe concert in the 1,200-seat hall is sold out, with tickets at 350 \
                     kronor."
                ),
            ])
        };
        assert_eq!(
            conflicts(&pair(""), Category::Number),
            [["four movements", "five movements"]]
        );
        // A story that counts the thing twice may count two things.
        let r = pair("\nAn earlier draft had three movements.");
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn the_sole_amounts_of_their_size_two_stories_give_are_told_two_ways() {
        let pair = |cost: &str, more: &str| {
            report(&[
                "A 140-year-old lighthouse was moved 70 metres inland on Thursday.\nThe \
                 £3.4 million project was paid for by the council and a heritage charity.\n\
                 About 300 people watched the final stretch.",
                &format!(
                    "Engineers finished moving the lighthouse away from the cliff edge on \
                     Thursday.\nThe move cost {cost}.\nResidents raised a further £40,000 \
                     for new displays in its museum.{more}"
                ),
            ])
        };
        assert_eq!(
            conflicts(&pair("£2.9 million", ""), Category::Number),
            [["£3.4 million project", "£2.9 million"]]
        );
        // More than twice apart: two amounts, as like as not.
        assert!(conflicts(&pair("£7.5 million", ""), Category::Number).is_empty());
        // A bound states a floor or a ceiling, as of a whole its story
        // tells a part of ("diamonds valued at $108 million" / "Its
        // jewellery is worth more than $160 million").
        assert!(conflicts(&pair("more than £4.5 million", ""), Category::Number).is_empty());
        // A story giving another amount of that size may tell of two
        // things.
        let more = "\nA visitor centre beside it will cost £1.5 million.";
        assert!(conflicts(&pair("£2.9 million", more), Category::Number).is_empty());
        // Amounts in two currencies are not compared.
        assert!(conflicts(&pair("$2.9 million", ""), Category::Number).is_empty());
        // A whole told with its parts may hold the other's amount.
        let whole = "£2.9 million in total, the rest raised by residents";
        assert!(conflicts(&pair(whole, ""), Category::Number).is_empty());
        // A story of more amounts in a currency than are weighed has none
        // of its size.
        let prices: String = (1..=MOST_CANDIDATES)
            .map(|n| format!("\nLot {n} sold for £{}.", 100 + n))
            .collect();
        assert!(conflicts(&pair("£2.9 million", &prices), Category::Number).is_empty());
        // Sixty-two lots and the story's two amounts are 64, weighed.
        let fewer: String = prices.lines().skip(3).map(|l| format!("\n{l}")).collect();
        assert_eq!(
            conflicts(&pair("£2.9 million", &fewer), Category::Number),
            [["£3.4 million project", "£2.9 million"]]
        );
        // Nor amounts told of two bodies or two places.
        let told = |a: &str, b: &str| {
            report(&[
                &format!(
                    "A 140-year-old lighthouse was moved 70 metres inland on Thursday.\n{a}\n\
                     About 300 people watched the final stretch."
                ),
                &format!(
                    "Engineers finished moving the lighthouse away from the cliff edge on \
                     Thursday.\n{b}\nResidents raised a further £40,000 for new displays."
                ),
            ])
        };
        let (paid, cost) = (
            "The £3.4 million project was paid for by the Hartley Trust.",
            "The work done by Marlow Builders cost £2.9 million.",
        );
        assert!(conflicts(&told(paid, cost), Category::Number).is_empty());
        assert_eq!(
            conflicts(&told(paid, "The work cost £2.9 million."), Category::Number),
            [["£3.4 million project", "£2.9 million"]]
        );
        let (there, here) = (
            "The £3.4 million move was paid for by the government of Norway.",
            "A new sea wall in Denmark cost £2.9 million.",
        );
        assert!(conflicts(&told(there, here), Category::Number).is_empty());
        assert_eq!(
            conflicts(
                &told(there, "A new sea wall cost £2.9 million."),
                Category::Number
            ),
            [["£3.4 million move", "£2.9 million"]]
        );
    }

    #[test]
    fn a_sentence_another_source_holds_is_compared_with_it() {
        let pair = |held: &str| {
            report(&[
                "Around 20 riders went down in a high-speed crash in the final sprint of the \
                 fourth stage of the Tour of the Baltics on Thursday, and six riders were taken \
                 to hospital, race organisers said.\nThe stage was won by Mads Kjaergaard of \
                 Denmark.\nThe race continues on Friday.\nThe barrier had been put up by a \
                 local contractor.\nPolice have opened an inquiry.",
                &format!(
                    "A crash in the final sprint of the fourth stage of the Tour of the Baltics \
                     brought down 19 riders on Thursday, race organisers said.\nThe stage was \
                     won by Denmark's Mads Kjaergaard.\nThe race continues on Friday.\nA local \
                     contractor had put up the barrier.\n{held}\nPolice have opened an \
                     inquiry."
                ),
            ])
        };
        // The lead of one story holds a sentence of the other's, which is
        // neither aligned nor omitted: its figure is the lead's.
        assert_eq!(
            conflicts(
                &pair("Four riders were taken to hospital."),
                Category::Number
            ),
            [["six riders", "Four riders"]]
        );
        assert!(
            conflicts(
                &pair("Six riders were taken to hospital."),
                Category::Number
            )
            .is_empty()
        );
    }

    #[test]
    fn sole_counts_of_a_thing_within_twice_each_other_are_told_two_ways() {
        let pair = |a: &str, b: &str| {
            report(&[
                &format!(
                    "A whisky cask filled in 1975 sold at auction on Thursday for \
                     £1.2 million, a record.\nThe 300-litre cask was bought by a collector \
                     from Taipei after 12 bids.\nIt is expected to yield {a}, the auction house \
                     said.\nThe distillery closed in 1983 and 14 casks are thought to survive, \
                     five of them in Japan."
                ),
                &format!(
                    "A cask of whisky from 1975 fetched a record £1.2 million at auction on \
                     Thursday.\nA Taipei collector won it after 12 bids for the 300-litre \
                     cask.\n{b}, according to the organisers.\nThe distillery shut in 1983 and \
                     14 casks are left, five in Japan."
                ),
            ])
        };
        assert_eq!(
            conflicts(
                &pair(
                    "about 440 bottles",
                    "Once bottled it should fill some 290 bottles"
                ),
                Category::Number
            ),
            [["about 440 bottles", "some 290 bottles"]]
        );
        // More than twice apart: two counts, as like as not.
        assert!(
            conflicts(
                &pair(
                    "about 700 bottles",
                    "Once bottled it should fill some 290 bottles"
                ),
                Category::Number
            )
            .is_empty()
        );
        // Counts told of two people named apart are each theirs.
        assert!(
            conflicts(
                &pair(
                    "about 440 bottles for Mei-ling Chou",
                    "Once bottled it should fill some 290 bottles for Hamish Grant"
                ),
                Category::Number
            )
            .is_empty()
        );
    }

    /// Two stories of a company's forecast cut, each telling the change of
    /// its shares in one more claim.
    fn forecast_cut(a: &str, b: &str) -> Report {
        report(&[
            &format!(
                "Veltro, a Danish maker of hearing aids, cut its profit forecast for the year \
                 on Tuesday, blaming weaker demand in China.\n{a}\nThe company said it would \
                 close two plants and cut 400 jobs.\nChief executive Lars Holm said the \
                 outlook remained uncertain."
            ),
            &format!(
                "Hearing aid maker Veltro lowered its full-year profit forecast on Tuesday and \
                 said it would shed 400 jobs.\n{b}\nDemand in China had weakened sharply, \
                 chief executive Lars Holm said."
            ),
        ])
    }

    #[test]
    fn the_sole_changes_of_a_thing_two_stories_give_are_told_two_ways() {
        let pair = |a: &str, b: &str| conflicts(&forecast_cut(a, b), Category::Number);
        let a = "Its shares fell 11 percent in trading, wiping out the gains of the year.";
        let b = "Investors sent the shares down 17% in late trading.";
        assert_eq!(pair(a, b), [["11 percent", "17%"]]);
        // A story that gives two values of the change may tell of two.
        let twice = format!("{a}\nIts shares had fallen 6 percent in March after a recall.");
        assert!(pair(&twice, b).is_empty());
        // More than twice apart, or a change one way and one the other:
        // two changes.
        for b in [
            "Investors sent the shares down 25% in late trading.",
            "Investors sent the shares up 17% in late trading.",
        ] {
            assert!(pair(a, b).is_empty(), "{b}");
        }
        // Changes told of two places, or of two things named: two changes.
        assert!(
            pair(
                "Its shares fell 11 percent in trading in Denmark, wiping out the gains of the year.",
                "Investors in the United States sent the shares down 17% in late trading."
            )
            .is_empty()
        );
        assert!(
            pair(
                "Veltro's shares fell 11 percent in trading, wiping out the gains of the year.",
                "Investors sent rival Kiro Sound's shares down 17%."
            )
            .is_empty()
        );
    }

    #[test]
    fn changes_of_one_thing_in_claims_aligned_conflict() {
        let r = forecast_cut(
            "Veltro's shares fell 11 percent in trading.",
            "Investors sent Veltro's stock down 17% by the close.",
        );
        assert_eq!(conflicts(&r, Category::Number), [["11 percent", "17%"]]);
        // Of one thing though no word beside them is alike.
        let r = forecast_cut(
            "Its turnover grew by 6% in the year to March.",
            "Its annual sales rose 8 percent in the twelve months to March.",
        );
        assert_eq!(conflicts(&r, Category::Number), [["6%", "8 percent"]]);
    }

    #[test]
    fn temperatures_of_claims_naming_two_places_are_two_readings() {
        let cold = |b: &str| {
            report(&[
                "A weather station in Finnish Lapland recorded minus 52.4C on Friday, a \
                 national record, the Finnish Meteorological Institute said.\nIn the regional \
                 capital Rovaniemi, the thermometer fell to minus 44.8C, while Helsinki \
                 recorded minus 24.",
                &format!(
                    "The thermometer at a weather station in Finnish Lapland sank to minus 52.4C \
                     on Friday, a national record.\n{b}"
                ),
            ])
        };
        assert!(
            conflicts(
                &cold("Further south, Kuopio recorded -31C."),
                Category::Number
            )
            .is_empty()
        );
        assert_eq!(
            conflicts(
                &cold("Further south, the thermometer in Rovaniemi recorded -31C."),
                Category::Number
            ),
            [["minus 44.8C", "-31C"]]
        );
    }

    #[test]
    fn counts_more_than_ten_times_apart_are_two_counts() {
        let r = report(&[
            "Eight people at a secondary school in Dunmore have been diagnosed with \
             tuberculosis, health officials said on Monday, after the screening of more than \
             600 pupils and staff.",
            "Eight students and a teacher at a secondary school in Dunmore have tuberculosis, \
             and a further 24 people at the school were found to have latent TB, health \
             officials said on Monday.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn sole_counts_of_a_sort_of_people_are_told_two_ways() {
        let pair = |a: &str, b: &str| {
            let story = |told: &str| {
                format!(
                    "More than 120 people fell ill after a wedding banquet in Kastelo on \
                     Saturday, health officials said.\n{told}\nForty-one patients were taken to \
                     hospital and 12 remain there.\nInspectors took 30 samples from the \
                     kitchen, which has 14 staff.\nThe hotel was fined 5,000 euros in 2019."
                )
            };
            report(&[&story(a), &story(b)])
        };
        let a = "About 600 guests attended the reception at the Hotel Miramar.";
        assert_eq!(
            conflicts(
                &pair(a, "Some 1,000 guests had been invited by the two families."),
                Category::Number
            ),
            [["About 600 guests", "Some 1,000 guests"]]
        );
        // People of no sort are of many counts.
        assert!(
            conflicts(
                &pair(
                    "About 600 people attended the reception at the Hotel Miramar.",
                    "Some 1,000 people had been invited by the two families."
                ),
                Category::Number
            )
            .is_empty()
        );
    }

    #[test]
    fn sole_counts_of_a_thing_are_of_one_time_though_one_claim_gives_a_year() {
        let pair = |survey: &str, more: &str| {
            report(&[
                "Biologists have described 31 new species of frogs and lizards from a remote \
                 ridge in southern Peru.\nA team of 19 scientists from Peru and Britain camped \
                 on the ridge for six weeks, guided by local farmers.\nThey found 12 frogs, \
                 nine lizards and a mouse at altitudes of up to 3,400 metres.",
                &format!(
                    "Thirty-one previously unknown animals have been found on a ridge in \
                     Peru.\n{survey}\nThe finds include 12 frogs and nine lizards, some \
                     living at 3,400 metres.{more}"
                ),
            ])
        };
        let found = |survey: &str, more: &str| conflicts(&pair(survey, more), Category::Number);
        let told_two_ways = vec!["19 scientists".to_string(), "24 researchers".to_string()];
        let dated = "The six-week survey of the ridge, carried out in 2022 by 24 researchers \
                     and local guides, found a mouse too.";
        assert!(found(dated, "").contains(&told_two_ways));
        // A year that sets the scene tells of background.
        let scene = "In 2022, a six-week survey of the ridge by 24 researchers and local guides \
                     found a mouse too.";
        assert!(!found(scene, "").contains(&told_two_ways));
        // Two counts of researchers: the dated one may be another time's.
        assert!(!found(dated, "\nSome 40 researchers will return.").contains(&told_two_ways));
        // A claim that tells of now, beside its year, tells two times.
        let now = "The six-week survey of the ridge was carried out in 2022, and 24 researchers \
                   now study its finds.";
        assert!(!found(now, "").contains(&told_two_ways));
        // A claim of no year dated otherwise is of its own day.
        let r = report(&[
            "Biologists have described 31 new species of frogs and lizards from a remote \
             ridge in southern Peru.\nA team of 19 scientists from Peru and Britain came back \
             from the ridge on Friday, after six weeks.\nThey found 12 frogs, nine lizards and \
             a mouse at altitudes of up to 3,400 metres.",
            &format!(
                "Thirty-one previously unknown animals have been found on a ridge in Peru.\n\
                 {dated}\nThe finds include 12 frogs and nine lizards, some living at 3,400 \
                 metres."
            ),
        ]);
        assert!(!conflicts(&r, Category::Number).contains(&told_two_ways));
        // A story of few figures may give only the background's.
        let r = report(&[
            "A team of 19 scientists from Peru and Britain camped on the ridge for six weeks.",
            dated,
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn close_figures_of_claims_sharing_two_words_are_told_two_ways() {
        // "men" and "cargo" shared: as near as one word with close figures.
        let r = report(&[
            "JOHANNESBURG, Feb 18 (Wire) - Eight armed men dressed as police officers drove \
             into the cargo area of Johannesburg's O.R. Tambo International Airport late on \
             Tuesday and escaped with foreign banknotes and gold worth about 45 million rand \
             ($2.5 million), police said on Wednesday.",
            "KEMPTON PARK (Metro Desk) \u{2014} A gang of at least a dozen men wearing police \
             uniforms and balaclavas robbed a cargo terminal at OR Tambo on the night of Feb. \
             17, making off with cash and gold valued at R54 million in what police called one \
             of the most brazen heists at a South African airport.",
        ]);
        assert!(conflicts(&r, Category::Number).contains(&vec![
            "Eight armed men".to_string(),
            "at least a dozen men".to_string()
        ]));
        // Shares sharing two words are of many things still: inflation
        // and services inflation.
        let r = report(&[
            "LONDON, Aug 16 (Wire) - British annual consumer price inflation eased to 6.8 \
             percent in July from 7.9 percent in June, the Office for National Statistics said \
             on Wednesday.\nThe fall was driven by lower gas and electricity prices.\n\
             Economists polled by Wire had expected a reading of 6.8 percent.\nThe Bank of \
             England is expected to raise interest rates again in September.",
            "LONDON, Aug 16 (AP) - Inflation in Britain slowed in July as energy bills fell, \
             official figures showed on Wednesday.\nCore inflation, which strips out energy, \
             food, alcohol and tobacco, held at 6.9 percent.\nServices inflation rose to 7.4 \
             percent, a worry for the Bank of England.\nMarkets expect another interest rate \
             rise next month.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        // Two bounds of a measure are thresholds, no values.
        let r = report(&[
            "Many residents spent the night on rooftops, where temperatures remained above \
             30C after dark.\n\nThe grid failed twice.",
            "Meteorologists warned that temperatures would stay above 40C for the rest of the \
             week, and urged residents to avoid appliances.\n\nHospitals were busy.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_span_in_minutes_ties_and_words_claims_as_written() {
        // "45 minutes" stated alike ties the claims, as a count of ten or
        // more does, though it is held in hours.
        let r = report(&[
            "Smoke was seen 45 minutes after departure, when 236 passengers were on deck.\n\n\
             The captain was arrested.",
            "Some 263 passengers had boarded the vessel, which caught fire 45 minutes after \
             it sailed.\n\nRescuers searched all night.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["236 passengers", "Some 263 passengers"]]
        );
        // "minutes" is a word of a figure, not one the claims share.
        let r = report(&[
            "The minister rode the first train to the eastern terminus, a 34 km journey that \
             trains will cover in 38 minutes. The line has 19 stations, 11 of them \
             underground, and trains will run every four minutes at peak times.",
            "Trains will stop at 21 stations along the route and make the full journey in 38 \
             minutes, reaching about 62 mph on open stretches, according to the authority.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["19 stations", "21 stations"]]
        );
    }

    #[test]
    fn a_place_and_its_adjective_are_no_two_spellings() {
        let r = report(&[
            "The National Bank of Karvenia raised its main interest rate by 25 basis points \
             on Thursday.",
            "The National Bank of Karvenia pushed up borrowing costs on Thursday.\n\nThe \
             Karvenian krona rose 0.6 percent against the euro after the announcement.",
        ]);
        assert!(conflicts(&r, Category::Name).is_empty());
        // A given name one letter longer is another spelling still, alone
        // or with a family name.
        let r = report(&[
            "Maria Lopez, 41, was hurt when the roof fell in on Thursday.",
            "Marian Lopez, 41, was hurt when the roof fell in on Thursday.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Name),
            [["Maria Lopez", "Marian Lopez"]]
        );
        // Doubled letters and an "h" make no shorter, familiar form.
        let r = report(&[
            "Dr Hana Whitcombe, the chief scientist, said the melt was shallow.",
            "Dr Hannah Whitcombe, the chief scientist, said the melt was shallow.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Name),
            [["Hana Whitcombe", "Hannah Whitcombe"]]
        );
        let r = report(&[
            "A seven-year-old child identified only as Lucian was rescued from a frozen lake \
             near Brasov on Tuesday, police said. Lucian had fallen through the ice while \
             playing with friends.",
            "The child, named only as Lucia, fell through the ice while playing. Lucia was \
             pulled out after around 20 minutes in the water.",
        ]);
        assert_eq!(conflicts(&r, Category::Name), [["Lucian", "Lucia"]]);
    }

    #[test]
    fn a_family_name_heard_two_ways_in_like_words_is_one_person_s() {
        let vet = |family: &str, words: &str| {
            report(&[
                "Forty camels were barred from the pageant on Sunday.\n\nThe festival's chief veterinarian, Dr Fahad al-Harbi, said every camel was now tested.",
                &format!(
                    "Forty camels were barred from the pageant on Sunday.\n\n{words}, Dr Fahad {family}, said his team used scanners."
                ),
            ])
        };
        assert_eq!(
            conflicts(
                &vet("al-Harthi", "The festival's head veterinarian"),
                Category::Name
            ),
            [["Fahad al-Harbi", "Fahad al-Harthi"]]
        );
        // Not without like words, nor with titles apart, nor a family
        // name far from the other.
        let court = |title: &str| {
            report(&[
                "Three breeders were fined on Sunday.\n\nProsecutor Fahad al-Harbi told the court the festival's camels had been drugged.",
                &format!(
                    "Three breeders were fined on Sunday.\n\n{title} Fahad al-Harthi told the court the festival's camels had been drugged."
                ),
            ])
        };
        assert_eq!(conflicts(&court("Prosecutor"), Category::Name).len(), 1);
        assert!(conflicts(&court("Judge"), Category::Name).is_empty());
        assert!(conflicts(&vet("al-Harthi", "A local breeder"), Category::Name).is_empty());
        assert!(
            conflicts(
                &vet("al-Rashidi", "The festival's head veterinarian"),
                Category::Name
            )
            .is_empty()
        );
    }

    #[test]
    fn a_family_name_of_one_opening_in_three_like_words_is_one_person_s() {
        let r = |b: &str| {
            report(&[
                "The airline's finance director, Moira Castell, has been suspended pending an \
                 inquiry.",
                b,
            ])
        };
        assert_eq!(
            conflicts(
                &r("Finance director Moira Casado was suspended by the airline on Friday."),
                Category::Name
            ),
            [["Moira Castell", "Moira Casado"]]
        );
        // Not in fewer words alike, nor with titles apart, nor of another
        // opening.
        assert!(conflicts(&r("Moira Casado was suspended on Friday."), Category::Name).is_empty());
        assert!(
            conflicts(
                &r("Airline spokeswoman Moira Casado was suspended pending an inquiry."),
                Category::Name
            )
            .is_empty()
        );
        assert!(
            conflicts(
                &r(
                    "Passenger Moira Casado said the airline had suspended its crew pending an \
                     inquiry."
                ),
                Category::Name
            )
            .is_empty(),
            "a passenger is no director"
        );
        assert!(
            conflicts(
                &r("Finance director Moira Lasado was suspended by the airline on Friday."),
                Category::Name
            )
            .is_empty()
        );
    }

    #[test]
    fn a_match_told_set_by_set_differs_in_its_last_set() {
        let r = report(&[
            "Lucia Ferrandis beat Ana Kos 6-3, 4-6, 7-5 in the final on Sunday.",
            "Lucia Ferrandis edged Ana Kos 6-3, 4-6, 7-6 in a tense final on Sunday.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["7-5", "7-6"]]);
    }

    #[test]
    fn a_figure_joins_the_nearest_it_agrees_with() {
        let r = report(&[
            "Eliud Kipchoge became the first person to run a marathon in under two hours on \
             Saturday, completing the distance in Vienna in 1:59:40.2.",
            "Eliud Kipchoge ran 26.2 miles in 1 hour 59 minutes 40 seconds in Vienna on \
             Saturday, breaking the two-hour barrier for the marathon.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty(), "{r:?}");
        let agreed = found(&r, Kind::Agreement, Category::Number);
        assert!(
            agreed.contains(&vec![
                "1:59:40.2".to_string(),
                "1 hour 59 minutes 40 seconds".to_string()
            ]),
            "{agreed:?}"
        );
    }

    #[test]
    fn scores_of_the_play_are_two_moments() {
        let r = report(&[
            "Lucia Ferrandis won the final on Sunday.\n\nKos, the second seed, saved two match points in the second set and led 3-1 in the third before her forehand broke down.",
            "Lucia Ferrandis won the final on Sunday.\n\nKos saved match points in the second set but a trainer strapped her thigh at 2-2 in the third.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty(), "{r:?}");
    }

    #[test]
    fn figures_that_count_the_same_thing_conflict() {
        let r = report(&[
            "The blast in the northern city killed 10 people on Monday, police said.",
            "The blast in the northern city killed 13 people on Monday, police said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["10 people", "13 people"]]
        );
    }

    #[test]
    fn different_things_and_hedges_do_not_conflict() {
        let r = report(&[
            "The blast in the northern city killed 10 people and left the market in ruins.",
            "The blast in the northern city injured 80 people and left the market in ruins.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        let r = report(&[
            "Around 26 world leaders will attend the parade in the capital on Friday.",
            "Some 26 world leaders will attend the parade in the capital on Friday.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        assert!(
            r.findings
                .iter()
                .any(|f| f.kind == Kind::Agreement && f.category == Category::Number)
        );
    }

    #[test]
    fn claims_giving_the_same_measures_match_though_their_values_differ() {
        let r = report(&[
            "Storms battered the northern coast on Monday.\n\
             A 45-year-old diver, Marta Kovacs, sank about 30 metres near the reef on Sunday.",
            "Storms battered the northern coast on Monday.\n\
             Kovacs, a 47-year-old instructor visiting from Szeged with rented equipment \
             and little training, sank 40 meters by the reef wall before rescuers arrived.",
        ]);
        let found = conflicts(&r, Category::Number);
        assert_eq!(
            found,
            [
                ["45-year-old", "47-year-old"],
                ["about 30 metres", "40 meters"]
            ]
        );
        // An age and a depth in both claims are evidence of one event: the
        // match stands on its score, not only as the best left over.
        let score = r
            .findings
            .iter()
            .find(|f| f.kind == Kind::Conflict)
            .and_then(|f| f.score);
        assert!(
            score.is_some_and(|s| s >= AlignOptions::default().threshold),
            "{score:?}"
        );
    }

    #[test]
    fn a_figure_in_a_split_sentence_meets_its_counterpart() {
        let r = report(&[
            "The storm hit the port city of Varna late on Tuesday.\n\
             It destroyed 40 homes near the harbour.\n\
             Officials blamed the warm sea.",
            "The storm hit the port city of Varna late on Tuesday and destroyed 45 homes \
             near the harbour.\n\
             Officials blamed the warm sea.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["40 homes", "45 homes"]]);
        // The conflict is the finding: neither figure, nor the split-off
        // claim, is also reported as omitted.
        assert!(
            r.findings.iter().all(|f| f.kind != Kind::Omission),
            "{:#?}",
            r.findings
        );
    }

    #[test]
    fn tolls_magnitudes_and_crews_conflict_across_paraphrase() {
        let r = report(&[
            "A powerful 6.1-magnitude earthquake struck western Turkey early on Tuesday, \
             killing at least 38 people and injuring more than 400, officials said.\n\
             The interior minister said 1,200 rescue workers had been sent to the region.",
            "At least 41 people were killed and over 400 hurt when an earthquake of \
             magnitude 6.2 shook western Turkey on Tuesday morning.\n\
             Some 1,500 search and rescue personnel were deployed, the interior minister said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [
                ["6.1-magnitude", "magnitude 6.2"],
                ["at least 38 people", "At least 41 people"],
                [
                    "1,200 rescue workers",
                    "Some 1,500 search and rescue personnel"
                ],
            ]
        );
        // "more than 400" is the injured on both sides, not the crews.
        assert_eq!(
            found(&r, Kind::Agreement, Category::Number),
            [["more than 400", "over 400 hurt"]]
        );
    }

    #[test]
    fn a_measure_a_story_gives_two_ways_meets_the_other_story() {
        // The fall is "about 1,000ft" in A, as B's "about 300m"; A's rescuer
        // gives it as 400 metres.
        let fall = "A hiker fell about 1,000ft from a ledge on Sunday.\n\
                    Rescuers said they reached him after dark.\n\
                    \"He has slipped on the ice and fallen some 400 metres,\" a rescuer said.";
        let other = "A hiker fell about 300m from a ledge on Sunday.\n\
                     Rescuers said they reached him after dark.";
        let r = report(&[fall, other]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["some 400 metres", "about 300m"]]
        );
        let told = r
            .findings
            .iter()
            .find(|f| f.kind == Kind::Conflict)
            .unwrap();
        assert!(
            told.summary.ends_with("A also states about 1,000ft"),
            "{}",
            told.summary
        );
        // The other story's headline restating its figure is one agreement
        // more of one value: the body's is cited.
        let headed = format!("Hiker falls 300m from ledge\n\n{other}");
        let r = report(&[fall, &headed]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["some 400 metres", "about 300m"]]
        );
        // Not a fall of another year, nor of another man, nor one the
        // story tells in its own words (of two falls more often than not).
        for (quote, by) in [
            (
                "In 2019 a climber fell some 400 metres from the ledge.",
                "2019",
            ),
            ("Tom Reid, 41, fell some 400 metres in the gully.", "Reid"),
            (
                "Earlier a walker fell some 400 metres in the gully.",
                "narration",
            ),
            (
                "\"He will have fallen some 400 metres,\" a rescuer said.",
                "what will be",
            ),
        ] {
            let fall = fall.replace("A hiker fell", "Sam Hale fell");
            let other = other.replace("A hiker fell", "Sam Hale fell");
            let fall = fall.replace(
                "\"He has slipped on the ice and fallen some 400 metres,\" a rescuer said.",
                quote,
            );
            let r = report(&[&fall, &other]);
            assert!(conflicts(&r, Category::Number).is_empty(), "{by}");
        }
    }

    #[test]
    fn days_of_one_part_of_the_day_meet() {
        // Of the lead's two days, the morning meets the morning, though the
        // story tells of a warning on Thursday too.
        let r = report(&[
            "About 900 passengers were stuck at Halden airport after thick fog closed both \
             runways on Friday morning, with some flights delayed for up to 12 hours before \
             the airport reopened shortly after noon on Saturday.\n\
             Airlines asked why flights had not been cancelled earlier, given that \
             forecasters had issued a fog warning on Thursday.",
            "Some 400 travellers were stranded at Halden airport as a sea mist drifted in on \
             Thursday morning, leaving families waiting for as long as seven hours in the \
             terminal.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Friday", "Thursday"]]);
    }

    #[test]
    fn a_figure_meets_the_nearest_of_the_same_thing() {
        // Two lengths in one story, one in the other: it meets the one
        // measured from the same place, not the first.
        let r = report(&[
            "The lynx, a male measuring 1.2 metres, was found in a barn about 3 km from Brno Zoo.",
            "The lynx was cornered in a barn nearly five miles from Brno Zoo.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["about 3 km", "nearly five miles"]]
        );
        // Of two figures of a kind in each, the nearest in value meet, in
        // whatever order they are told.
        let r = report(&[
            "Smith, 6ft 5in, and Jones, 5ft 9in, met at the weigh-in in Cardiff.",
            "Jones, 5ft 10in, and Smith, 6ft 4in, met at the weigh-in in Cardiff.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["6ft 5in", "6ft 4in"], ["5ft 9in", "5ft 10in"]]
        );
        let r = report(&[
            "A bomb killed 12 people at a market in Kabul, and a second bomb in Kandahar \
             killed three.",
            "At least 14 died when a bomb hit a market in Kabul, and a bomb at a market in \
             Kandahar killed four people.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["12 people", "At least 14 died"], ["three", "four people"]]
        );
        // Deaths meet deaths: "a dozen more were injured" counts injuries.
        let r = report(&[
            "A gas blast tore through a block of flats, killing four people and injuring 12.",
            "Five people died and a dozen more were injured when a gas blast tore through a \
             block of flats.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["four people", "Five people"]]
        );
    }

    #[test]
    fn figures_of_claims_told_in_other_words_conflict() {
        let r = report(&[
            "Pilots at Hanbit Air walked out on Monday.\n\
             The strike forced the carrier to cancel 312 flights at the height of the season.",
            "Pilots at Hanbit Air walked out on Monday.\n\
             In all, 213 flights were scrapped, the airline said in a statement.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["312 flights", "213 flights"]]
        );
    }

    #[test]
    fn a_figure_the_other_claim_states_under_another_noun_is_no_conflict() {
        let r = report(&[
            "The charity plans to rehouse the three remaining families by the spring and hopes \
             to open a second shelter, with about 40 rooms, next year.",
            "A second shelter for around 40 families is due to open next year, the charity said.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty(), "{r:?}");
        // Unless the other claim counts that noun too: two figures swapped.
        let r = report(&[
            "Fourteen crew members and six passengers were rescued from a ferry after an \
             engine-room fire on Friday evening.",
            "Six crew members and 14 passengers were taken off the ferry after fire broke out \
             in its engine room on Friday.",
        ]);
        assert_eq!(conflicts(&r, Category::Number).len(), 2, "{r:?}");
        // Nor of another outcome.
        let r = report(&[
            "The blast killed 20 people and injured 35, police said.",
            "Police said 35 people were killed in the blast.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["20 people", "35 people"]]
        );
    }

    #[test]
    fn figures_and_dates_conflict_only_in_claims_about_one_thing() {
        let short = report(&["Quake kills 10.", "Quake kills 12."]);
        assert_eq!(conflicts(&short, Category::Number).len(), 1);
        let touching = report(&[
            "The town was flooded. A 4-metre wave can flood the low farmland.",
            "The town was flooded. Boats sank in the harbour after a 3-metre wave on Sunday.",
        ]);
        assert!(conflicts(&touching, Category::Number).is_empty());
        assert!(
            found(&touching, Kind::Agreement, Category::Number).is_empty(),
            "different figures of different things do not agree either"
        );
        let years = report(&[
            "The island was shaken. Such quakes struck the region in 2005 and caused damage.",
            "The island was shaken. Aftershocks hit the island after the quake struck in 2019.",
        ]);
        assert!(conflicts(&years, Category::Date).is_empty());
    }

    #[test]
    fn paragraphs_are_runs_of_lines_between_blank_ones() {
        let found: Vec<&str> = paragraphs("\n\nOne\nline\n\n\nTwo\r\n\r\nThree\n").collect();
        assert_eq!(found, ["One\nline", "Two", "Three"]);
    }

    #[test]
    fn an_acronym_in_brackets_after_a_name_is_that_name() {
        let omitted = |a: &str, b: &str| {
            let r = report(&[a, b]);
            found(&r, Kind::Omission, Category::Entity)
        };
        assert!(
            omitted(
                "Shares of Zentro (ZNTR) rose 3% on Monday, traders said.",
                "Shares of Zentro rose 3% on Monday, traders said.",
            )
            .is_empty()
        );
        assert!(
            omitted(
                "Fighters of the Northern Front (NOFR) took the town on Monday.",
                "NOFR fighters took the town on Monday.",
            )
            .is_empty()
        );
    }

    #[test]
    fn a_name_written_in_the_other_text_but_not_as_a_name_is_not_omitted() {
        let omitted = |b: &str| {
            let r = report(&["Rescuers searched the Kestrel National Park on Sunday.", b]);
            found(&r, Kind::Omission, Category::Entity)
                .iter()
                .filter(|f| f.iter().any(|v| v == "Kestrel National Park"))
                .count()
        };
        assert_eq!(
            omitted("Rescuers searched the Tarn-Kestrel national park on Sunday."),
            0
        );
        assert_eq!(
            omitted("Rescuers searched Tarn-Kestrel's national park on Sunday."),
            0
        );
        assert_eq!(
            omitted("Rescuers searched the Tarn-Kestrel\nnational park on Sunday."),
            0,
            "a name wrapped across lines"
        );
        assert_eq!(
            omitted("Rescuers searched the Tarn-Kestrel park on Sunday."),
            1
        );
    }

    #[test]
    fn a_fact_meets_the_one_it_agrees_with_even_when_it_comes_later() {
        let (a, b) = (SourceId(0), SourceId(1));
        let item = |source, fact| Item {
            claim: ClaimId { source, index: 0 },
            fact,
        };
        let items = vec![item(a, &281), item(b, &334), item(b, &281), item(b, &400)];
        let values: Vec<Vec<i32>> =
            slots([items], |_, _| true, |x, y| x == y, |x, y| x == y, |_, _| 0)
                .iter()
                .map(|slot| slot.iter().map(|i| *i.fact).collect())
                .collect();
        assert_eq!(values, [vec![281, 281], vec![334], vec![400]]);
        let items = vec![item(a, &10), item(b, &13)];
        let values: Vec<usize> =
            slots([items], |_, _| true, |x, y| x == y, |x, y| x == y, |_, _| 0)
                .iter()
                .map(Vec::len)
                .collect();
        assert_eq!(values, [2], "a lone fact joins the same thing to conflict");
    }

    #[test]
    fn figures_meet_their_nearest_and_a_bound_restates_none() {
        // "around €100 million" meets "up to €100 million" before "€95
        // million" can; left alone, the two fees meet and differ.
        let r = report(&[
            "Castellan FC have signed the striker Oleksandr Khvylovyi for a fee of €92 million, \
             the club said on Wednesday, with add-ons that could take the total to up to €100 \
             million.",
            "Dynamo Varkiv have sold the striker Oleksandr Khvylovyi to Castellan FC for a base \
             fee of €95 million, in a deal that could rise to around €100 million with add-ons.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["€92 million", "€95 million"]]
        );
        assert_eq!(
            found(&r, Kind::Agreement, Category::Number),
            [["up to €100 million", "around €100 million"]]
        );
    }

    #[test]
    fn a_share_of_a_price_is_not_the_price() {
        let r = report(&[
            "Acme will buy Zeta for $90 million, the firms said. Acme will pay $70 million in cash.",
            "Acme will buy Zeta for $90 million ($70M in cash), the firms said.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        let r = report(&[
            "Acme will pay $70 million in cash for Zeta, the firms said.",
            "Acme will pay $90 million for Zeta, the firms said.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        let r = report(&[
            "Acme will pay $70 million for Zeta, the firms said.",
            "Acme will pay $90 million for Zeta, the firms said.",
        ]);
        assert_eq!(conflicts(&r, Category::Number).len(), 1);
    }

    /// A source on a singer's stay in rehab, with the day she checked in
    /// told in a sentence of its own words.
    fn rehab(first_day: &str) -> String {
        format!(
            "The pop singer Mara Voss is taking time off this winter and checking herself \
             into rehab.\n\
             Yesterday, on Friday, Voss apparently felt she needed to be checked in without \
             really saying why she was going{first_day}.\n\
             Fans assume the parties are to blame."
        )
    }

    const REHAB: &str = "Better late than never.\n\
        Her publicist confirmed that the singer was admitted into the Linden Treatment Center \
        in Oslo.\n\
        Voss checked herself in on Monday, December 8.\n\
        Her publicist declined to give a reason.";

    #[test]
    fn facts_of_claims_that_do_not_pair_conflict_with_their_one_counterpart() {
        let r = report(&[&rehab(""), REHAB]);
        assert_eq!(conflicts(&r, Category::Date), [["Friday", "Monday"]]);
        // The two claims have a counterpart: neither is omitted.
        let omitted = |r: &Report, words: &str| {
            r.findings.iter().any(|f| {
                f.kind == Kind::Omission
                    && f.category == Category::Claim
                    && f.evidence[0].text.contains(words)
            })
        };
        assert!(!omitted(&r, "checked"));
        assert!(omitted(&r, "Fans assume"));
        // The other facts of a claim so paired are still reported.
        let r = report(&[&rehab(" for 30 days"), REHAB]);
        assert_eq!(conflicts(&r, Category::Date), [["Friday", "Monday"]]);
        let omitted_figures = found(&r, Kind::Omission, Category::Number);
        assert!(
            omitted_figures
                .iter()
                .any(|values| values.iter().any(|v| v.starts_with("30"))),
            "the 30 days are still reported: {omitted_figures:?}"
        );
        // Figures in sentences aligned elsewhere.
        let r = report(&[
            "Zeta will close its plant in Dorn, the company said on Tuesday.\n\
             Closing the plant will cost 400 jobs, and the site will shut by June.",
            "Zeta is to close its Dorn plant with the loss of 450 jobs.\n\
             The site will shut by June, the firm said.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["400 jobs", "450 jobs"]]);
    }

    #[test]
    fn a_claim_stating_the_other_value_too_is_not_its_counterpart() {
        let r = report(&[
            "A climber from Leeds fell to his death on the north face of the peak.\n\
             His body was recovered by rescuers on Sunday afternoon after attempts on Saturday \
             were unsuccessful, according to local media.",
            "A climber from Leeds fell to his death on the north face of the peak.\n\
             Rescuers were not able to reach his body or his three companions, who were all \
             from overseas, because of low light levels and heavy snow on Saturday, the area \
             commander, Inspector Joe Hart, said.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        let r = report(&[
            "A climber from Leeds fell to his death on the north face of the peak.\n\
             Rescuers found 4 climbers sheltering in a snow cave on the western ridge late \
             yesterday after 2 climbers were spotted there by a passing plane, according to \
             local media.",
            "A climber from Leeds fell to his death on the north face of the peak.\n\
             Rescuers were not able to reach the 2 climbers or their guides, who were all from \
             overseas, because of low light levels and heavy snow, the area commander, \
             Inspector Joe Hart, said.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_fact_with_two_counterparts_as_close_pairs_with_neither() {
        let second = format!("{REHAB}\nVoss checked herself in at a second clinic on Wednesday.");
        let r = report(&[&rehab(""), &second]);
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn facts_pair_only_with_each_others_closest() {
        let thursday = format!(
            "{}\nFriends say Voss checked herself in on Thursday night without telling anyone.",
            rehab("")
        );
        let r = report(&[&thursday, REHAB]);
        assert_eq!(conflicts(&r, Category::Date), [["Thursday", "Monday"]]);
    }

    #[test]
    fn unpaired_claims_sharing_two_words_and_no_name_tell_of_two_things() {
        let r = report(&[
            "A fire destroyed a furniture warehouse in Leeds this week.\n\
             The fire broke out in the warehouse on Monday evening.",
            "A fire destroyed a furniture warehouse in Leeds this week.\n\
             Crews went back to the warehouse on Wednesday to put out the last of the fire.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn only_counts_amounts_shares_and_dates_of_events_pair_across_claims() {
        let may_pair = |text: &str| {
            let facts = crate::extract::tests::facts_of(text);
            let numbers = facts.numbers.iter().map(OmittedValue::Number);
            let dates = facts.dates.iter().map(OmittedValue::Date);
            numbers
                .chain(dates)
                .map(|v| v.bucket().is_some())
                .collect::<Vec<_>>()
        };
        assert_eq!(may_pair("The fabric links 768 processor cores."), [true]);
        assert_eq!(may_pair("Floods killed about 40 in the valley."), [true]);
        assert_eq!(may_pair("It links thousands of processor cores."), [false]);
        assert_eq!(may_pair("The deal cost Acme $334 million."), [true]);
        assert_eq!(may_pair("The deal cost Acme millions of dollars."), [false]);
        assert_eq!(may_pair("Sales rose 5% on the year."), [true]);
        assert_eq!(
            may_pair("The fire began on Monday, police said on Tuesday."),
            [true, false]
        );
    }

    #[test]
    fn dates_pair_across_claims_only_near_in_the_calendar() {
        let date = |text: &str| crate::extract::tests::facts_of(text).dates[0].clone();
        let bucket = |text: &str| OmittedValue::Date(&date(text)).bucket();
        assert_eq!(
            bucket("She left on June 13."),
            bucket("She left on June 2.")
        );
        assert_eq!(bucket("She left on June 13."), bucket("She left on May 2."));
        let near = |x: &str, y: &str| near_in_the_calendar(&date(x), &date(y));
        assert!(near("She left on June 3.", "She left on May 30."));
        assert!(near("She left on January 3.", "She left on December 30."));
        assert!(!near("She left on June 13.", "She left on May 2."));
        assert!(!near("She left on September 3.", "She left on October 14."));
        // One day of months next to each other: a month misreported, not
        // of two events.
        assert!(near("She left on June 14.", "She left on July 14."));
        assert!(!near("She left on May 14.", "She left on July 14."));
        assert!(!near(
            "The trial opened on March 14.",
            "The jury returned its verdict on April 14."
        ));
        assert!(near("She left in March 2021.", "She left in March 2022."));
        assert!(near("She left in March 2024.", "She left in January 2024."));
        assert!(!near(
            "She left in October 2024.",
            "She left in March 2024."
        ));
        assert_eq!(bucket("She left on Friday."), bucket("She left on Monday."));
        assert_ne!(bucket("She left on June 13."), bucket("She left in 2013."));
        assert_eq!(
            bucket("It erupted at 4.17 a.m. local time."),
            bucket("It erupted at 6.17 a.m.")
        );
    }

    #[test]
    fn a_figure_or_day_two_claims_state_alike_ties_their_other_facts() {
        let r = report(&[
            "The 1987-built vessel was carrying 236 passengers and 19 crew when it began \
             taking on water off the island late on Tuesday.",
            "The ferry had 263 passengers and 19 crew on board when it left Lavrio at 10.40 p.m.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["236 passengers", "263 passengers"]]
        );
        // So too in claims the alignment leaves apart.
        let r = report(&[
            "The 1987-built vessel, operated by Marinos Coastal Lines, was carrying 236 \
             passengers and 19 crew when it began taking on water about 12 kilometres off \
             the island late on Tuesday.",
            "The ferry had 263 passengers and 19 crew on board when it left Lavrio at 10.40 \
             p.m. bound for Kalostra.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["236 passengers", "263 passengers"]]
        );
        // Or a day: "between Jan. 6 and Feb. 14" / "between January 6 and
        // February 4".
        let r = report(&[
            "The products were made at the company's plant in Millbrook, Iowa, between \
             Jan. 6 and Feb. 14 and carry the establishment number on the package.",
            "The agency said the products were made by supplier Harlan Ridge between \
             January 6 and February 4.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Feb. 14", "February 4"]]);
        // A day alone is no tie: two attacks on one day are two events.
        let r = report(&[
            "Attacks killed 20 people across the country.\n\n\
             The Kabul car bomb, detonated outside a ministry during the morning rush, \
             killed 12 people on March 3, police said.",
            "Attacks killed 20 people across the country.\n\n\
             In the south, a roadside device struck a convoy near Kandahar airfield on \
             March 3, leaving 5 people dead according to provincial officials.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        // A figure of the kind paired is no tie: "30 days" of a "90-day
        // stay" is not its other value.
        let r = report(&[
            "A court spokesperson confirmed that a judge signed an order allowing the transfer \
             to Cliffside, where she will continue with her 90-day court-mandated rehab.",
            "At the Betty Ford Centre the actress has just finished 30 days' worth of treatment \
             and has decided that the facilities there won't be enough to keep her around for \
             her court-ordered 90-day stay in rehab.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    /// The invented pair of a water treaty (`tests/synthetic/08`).
    const WATER_TREATY: [&str; 2] = [
        include_str!("../tests/synthetic/08_a.txt"),
        include_str!("../tests/synthetic/08_b.txt"),
    ];

    #[test]
    fn a_fact_of_a_claim_omitted_whole_is_one_candidate_not_two() {
        // "Under the deal, which runs for 25 years" (a claim omitted whole,
        // its figure omitted too) / "signed a 30-year treaty".
        let r = report(&WATER_TREATY);
        assert!(
            conflicts(&r, Category::Number)
                .contains(&vec!["25 years".to_string(), "30-year".to_string()])
        );
    }

    #[test]
    fn a_value_said_of_another_thing_is_neither_stated_nor_omitted() {
        // "the two neighbours will jointly build and operate a $2.4bn dam" /
        // "the Syr Darya, one of Central Asia's two great rivers".
        let r = report(&WATER_TREATY);
        let two = |values: &Vec<String>| values.iter().any(|v| v.starts_with("two "));
        assert!(!found(&r, Kind::Agreement, Category::Number).iter().any(two));
        assert!(!found(&r, Kind::Omission, Category::Number).iter().any(two));
        // A measure names no one: "two hours" leaves "two soldiers" omitted.
        let r = report(&[
            "The attack killed two soldiers near the base, officials said.",
            "The attack near the base lasted two hours, officials said.",
        ]);
        assert_eq!(
            found(&r, Kind::Omission, Category::Number),
            [["two soldiers"], ["two hours"]]
        );
    }

    #[test]
    fn spans_of_time_need_more_than_two_words_and_a_name() {
        let r = report(&[
            "Lindsay Lohan's lawyer says the actress checked into rehab on Thursday, but the \
             facility has not been sanctioned by the court that ordered her to serve 90 days \
             of treatment.",
            "Lindsay Lohan has checked out of the Betty Ford Treatment Center in Palm Springs \
             after completing a 30-day program, but she's not in the clear yet!",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn sources_leading_with_different_tolls_conflict_though_their_claims_differ() {
        let r = report(&[
            "At least 17 killed in crush at football stadium\n\n\
             At least 17 people were killed and more than 100 injured on Saturday night.\n\n\
             In 2022, 135 people died at another stadium.",
            "Fourteen dead as fans rush gate\n\n\
             Fourteen people, including three children, died when fans surged towards a \
             narrow exit.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["At least 17 people", "Fourteen people"]]
        );
        // A source stating the other's toll too gives it, whatever it leads with.
        let r = report(&[
            "At least 17 killed in crush at football stadium\n\n\
             At least 17 people were killed on Saturday night.",
            "Fourteen dead as fans rush gate\n\n\
             Fourteen people died when fans surged towards a narrow exit.\n\n\
             Three more died in hospital on Sunday, bringing the toll to 17.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_conflict_restated_is_reported_once() {
        // A headline and its body restate one conflict.
        let r = report(&[
            "Nearly 20 dead as record rain floods Pakistan's Nawabpur\n\n\
             NAWABPUR, Pakistan, Aug 19 (Wire) - Nearly 20 people have died after torrential \
             monsoon rain flooded large parts of the southern Pakistani city of Nawabpur, \
             submerging streets and cutting power to about a third of its homes, officials \
             said on Wednesday.",
            "Nawabpur under water: 24 killed in monsoon deluge\n\n\
             Army troops were called in to help rescue residents trapped on rooftops in \
             Nawabpur on August 19 after nearly 11 inches of rain fell on the city in a \
             single day, the worst downpour in its recorded history.\n\n\
             Twenty-four people were killed, most of them when walls and roofs collapsed, a \
             spokeswoman said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["Nearly 20 people", "Twenty-four people"]],
            "the body's evidence, not the headlines'"
        );
        // Or two groups of aligned claims do.
        let r = report(&[
            "Nearly 20 dead as record rain floods Nawabpur\n\n\
             Nearly 20 people have died after torrential monsoon rain flooded large parts of \
             the city of Nawabpur, submerging streets, officials said on Wednesday.",
            "Nawabpur under water: 24 killed in monsoon deluge\n\n\
             Army troops were called in to help rescue residents trapped on rooftops after \
             nearly 11 inches of rain fell on the city in a single day.\n\n\
             Twenty-four people were killed, most of them when walls and roofs collapsed, a \
             spokeswoman said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["Nearly 20 people", "Twenty-four people"]]
        );
    }

    #[test]
    fn lead_and_sole_amounts_of_two_sources_conflict_when_their_claims_touch() {
        let lead = "Armed robbers stole diamonds valued at 85 million euros ($108 million) from \
                    the Paris branch of jeweler Harry Winston, the city prosecutors' office said.";
        let r = report(&[
            lead,
            "Jewellery worth more than $160 million has been stolen from a Paris boutique in \
             what is believed to be France's biggest jewellery theft.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["$108 million", "more than $160 million"]]
        );
        // Not an amount further down the story.
        let r = report(&[
            lead,
            "Four men in wigs walked into a Paris boutique.\n\n\
             The owners said the shop was insured.\n\n\
             Its jewellery is worth more than $160 million, the owners said.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        // Unless it is the one amount each source gives, in claims that
        // touch: here "mission", though it is what one amount is of.
        let story = |cost: &str| {
            format!(
                "The probe lifted off on Tuesday.\n\nIt carries five instruments.\n\n\
                 The {cost} mission was funded by the European Space Agency."
            )
        };
        let r = report(&[
            "The probe lifted off on Tuesday.\n\nIt carries five instruments.\n\n\
             The mission, which cost 620 million euros, is expected to operate for five years.",
            &story("€650m"),
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["620 million euros", "€650m mission"]]
        );
        // Another amount of its size may be what the other story's is of
        // (see `pair_sole_amounts`: not one fifteen times smaller).
        let ground = |cost: &str| {
            report(&[
                &format!(
                    "The probe lifted off on Tuesday.\n\nIt carries five instruments.\n\n\
                     The mission, which cost 620 million euros, is expected to operate for \
                     five years.\n\nIts ground station cost another {cost} million euros."
                ),
                &story("€650m"),
            ])
        };
        assert!(conflicts(&ground("400"), Category::Number).is_empty());
        assert_eq!(
            conflicts(&ground("40"), Category::Number),
            [["620 million euros", "€650m mission"]]
        );
        // A price of another size is no second amount of the mission's.
        let r = report(&[
            "The probe lifted off on Tuesday.\n\nIt carries five instruments.\n\n\
             The mission, which cost 620 million euros, is expected to operate for five years.\n\n\
             Tickets to watch the launch cost 25 euros.",
            &story("€650m"),
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["620 million euros", "€650m mission"]]
        );
        // Sole amounts of two things, in claims that share only a speaker.
        let r = report(&[
            "Gunmen stormed a bank in central Lagos on Monday, killing two security guards, \
             police said.\n\nThe attackers fled in a waiting car, witnesses said.\n\n\
             The bank has offered a $50,000 reward for information on the robbery, police said.",
            "Two guards were shot dead when armed robbers raided a bank in Lagos on Monday, \
             police said.\n\nThe robbers escaped in a car with about $20,000 taken from the \
             tellers, police said.\n\nNo one has been arrested.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn an_age_is_no_count_of_another_thing() {
        let r = |driver: &str| {
            report(&[
                &format!(
                    "At least 26 people were killed on Saturday when a bus plunged into a \
                     gorge in western Nepal, police said.\n\n\
                     The bus was carrying 48 passengers and three crew when it left the town \
                     of Dhorpatan at 5.30 a.m. for Baglikot.\n\n\
                     The driver, Tek Bahadur Khadka, {driver}, was among the dead."
                ),
                "Rescuers in western Nepal were still combing the banks of the river on \
                 Saturday evening after a bus with 41 passengers on board left a narrow \
                 mountain road and rolled down a steep slope, killing 23 people.\n\n\
                 Police named the driver as Tek Bahadur Khadga, 41.",
            ])
        };
        // The toll and the passengers, whatever the driver's age; his age
        // too where the sources differ on it.
        let toll = ["At least 26 people", "23 people"];
        let passengers = ["48 passengers", "41 passengers"];
        assert_eq!(conflicts(&r("41"), Category::Number), [toll, passengers]);
        assert_eq!(
            conflicts(&r("52"), Category::Number),
            [toll, passengers, ["52", "41"]]
        );
    }

    #[test]
    fn sole_years_of_a_beginning_are_of_one_thing() {
        let bridge = |a: &str, b: &str| {
            report(&[
                &format!("A lorry hit the Ponte Arvel on Monday, closing it to traffic.\n\n{a}"),
                &format!(
                    "Traffic was halted on the Ponte Arvel after a lorry struck it on Monday.\n\n{b}"
                ),
            ])
        };
        let r = bridge(
            "The bridge was opened in 1991 and is a main road link.",
            "The 400-metre structure, inaugurated in 1989, carries 40,000 cars a day.",
        );
        assert_eq!(conflicts(&r, Category::Date), [["1991", "1989"]]);
        // More than ten years apart, a year with its digits in another
        // order is one misreported; other years are two things'.
        for (b, conflict) in [("1919", true), ("1961", false)] {
            let r = bridge(
                "The bridge was opened in 1991 and is a main road link.",
                &format!("The 400-metre structure, inaugurated in {b}, carries 40,000 cars a day."),
            );
            assert_eq!(
                conflicts(&r, Category::Date).len(),
                usize::from(conflict),
                "{b}"
            );
        }
        // Not a beginning of another sort ...
        let sorts = bridge(
            "It was repaired under a maintenance plan launched in 2017.",
            "The toll system, commissioned in 2021, was not damaged.",
        );
        assert!(conflicts(&sorts, Category::Date).is_empty());
        // ... nor one of two a story gives ...
        let two = bridge(
            "The bridge was opened in 1991. A second bridge upstream was opened in 1996.",
            "The 400-metre structure, inaugurated in 1989, carries 40,000 cars a day.",
        );
        assert!(conflicts(&two, Category::Date).is_empty());
        // ... nor of two things named ...
        let named = bridge(
            "Its builder, Arvex, was founded in 1961.",
            "Its operator, Lusoponte, was founded in 1964.",
        );
        assert!(conflicts(&named, Category::Date).is_empty());
        // ... nor two posts of two titles, nor a job held since a founding.
        for (a, b) in [
            (
                "Chief executive Lena Ruiz, who took office in 2016, blamed the weather.",
                "The board's chairman, who took office in 2019, said repairs would begin.",
            ),
            (
                "The operator was founded in 2015 by local engineers.",
                "Hale, who has been working on the bridge since 2018, said it held.",
            ),
            (
                "The repairs began in 2023 after years of complaints.",
                "A safety law enacted in 2019 requires yearly checks.",
            ),
        ] {
            assert!(
                conflicts(&bridge(a, b), Category::Date).is_empty(),
                "{a} / {b}"
            );
        }
        // A post told two ways is one.
        let post = bridge(
            "Okafor, who took office in 2019, ordered an inquiry.",
            "The mayor, who has led the city since 2021, ordered an inquiry.",
        );
        assert_eq!(conflicts(&post, Category::Date), [["2019", "2021"]]);
    }

    #[test]
    fn none_conflicts_with_an_exception_to_none() {
        let ceremony = |a: &str, b: &str| {
            report(&[
                &format!("The new parliament opened on Monday.\n\n{a}"),
                &format!("Parliament's new term began on Monday.\n\n{b}"),
            ])
        };
        let r = ceremony(
            "Notably, no opposition lawmakers attended the ceremony.",
            "Opposition lawmakers were absent, with the exception of Senator Ana Ruiz, who \
             sat in the front row.",
        );
        assert_eq!(
            conflicts(&r, Category::Claim),
            [[
                "no opposition lawmakers",
                "with the exception of Senator Ana Ruiz"
            ]]
        );
        // The claims in conflict are no omissions.
        assert!(found(&r, Kind::Omission, Category::Claim).is_empty());
        let hurt = report(&[
            "The bus left the road near Tarvin on Friday. Nobody was hurt, operator Tarvin \
             Buses said.",
            "A bus skidded off the road near Tarvin on Friday. No one on board was hurt apart \
             from the driver, the operator said.",
        ]);
        assert_eq!(
            conflicts(&hurt, Category::Claim),
            [["Nobody was hurt", "apart from the driver"]]
        );
        // A claim of none ends at its clause, an exception at a comma or a
        // full stop but not a title's; what is excepted may be of the kind
        // there is none of.
        let cabinet = ceremony(
            "None of the ministers resigned, the prime minister said.",
            "None of the cabinet ministers resigned, aside from the transport minister, \
             Sen. Carla Ruiz.",
        );
        assert_eq!(
            conflicts(&cabinet, Category::Claim),
            [[
                "None of the ministers resigned",
                "aside from the transport minister"
            ]]
        );
        let title = ceremony(
            "No opposition lawmakers attended the ceremony.",
            "Opposition lawmakers were absent, with the exception of Rep. Ana Ruiz.",
        );
        assert_eq!(
            conflicts(&title, Category::Claim),
            [[
                "No opposition lawmakers",
                "with the exception of Rep. Ana Ruiz"
            ]]
        );
        for (a, b) in [
            // Both make an exception ...
            (
                "No opposition lawmakers attended, except two independents.",
                "Opposition lawmakers were absent, with the exception of Senator Ana Ruiz.",
            ),
            // ... or the claim of none names who is excepted ...
            (
                "No opposition lawmakers attended; Senator Ana Ruiz sent a letter.",
                "Opposition lawmakers were absent, with the exception of Senator Ana Ruiz.",
            ),
            // ... or the exception is a clause's ...
            (
                "No opposition lawmakers attended the ceremony.",
                "Opposition lawmakers gave no reason, except to say they were busy.",
            ),
            // ... or the claim of none shares one word, or tells of none
            // by "not".
            (
                "No opposition parties sent guests to the ceremony.",
                "Opposition lawmakers were absent, with the exception of Senator Ana Ruiz.",
            ),
            (
                "Opposition lawmakers did not attend the ceremony.",
                "Opposition lawmakers were absent, with the exception of Senator Ana Ruiz.",
            ),
        ] {
            assert!(
                conflicts(&ceremony(a, b), Category::Claim).is_empty(),
                "{a} / {b}"
            );
        }
        // None of another day, or none denied, is no claim of the same none.
        for (a, b) in [
            (
                "No ferries sailed on Saturday.",
                "No ferries sailed on Sunday except one in the evening.",
            ),
            (
                "Police denied reports that no opposition lawmakers attended.",
                "Opposition lawmakers were absent, with the exception of Senator Ana Ruiz.",
            ),
        ] {
            assert!(
                conflicts(&ceremony(a, b), Category::Claim).is_empty(),
                "{a} / {b}"
            );
        }
        // An exception to what is not none is another matter.
        let praise = ceremony(
            "No opposition lawmakers were arrested.",
            "Opposition lawmakers praised the speech, with the exception of Senator Ana Ruiz.",
        );
        assert!(conflicts(&praise, Category::Claim).is_empty());
        // Two claims of none in one story: no choice.
        let two = ceremony(
            "No opposition lawmakers attended the ceremony. No opposition lawmakers spoke.",
            "Opposition lawmakers were absent, with the exception of Senator Ana Ruiz.",
        );
        assert!(conflicts(&two, Category::Claim).is_empty());
    }

    #[test]
    fn sole_years_of_a_last_time_are_of_one_thing() {
        let final_won = |a: &str, b: &str| {
            report(&[
                &format!("Harwick beat Moss Vale 3-1 in the cup final on Sunday.\n\n{a}"),
                &format!("Harwick won the cup final against Moss Vale on Sunday.\n\n{b}"),
            ])
        };
        // However told: "last … in", "first … since", "not … since".
        for (a, b) in [
            (
                "The fans of Harwick, whose side last won the cup in 1994, sang.",
                "The town of Harwick celebrated its first cup since 1991.",
            ),
            (
                "It was the club's first trophy since 1994.",
                "Harwick had not won a trophy since 1991.",
            ),
        ] {
            assert_eq!(
                conflicts(&final_won(a, b), Category::Date),
                [["1994", "1991"]],
                "{a} / {b}"
            );
        }
        // Not two last times one source gives, nor two people's, nor years
        // of no last time, nor last times of two things or two deeds.
        for (a, b) in [
            (
                "The club, who last won the trophy in 1994, last reached a final in 2001.",
                "The town of Harwick celebrated its first trophy since 1991.",
            ),
            (
                "Their captain, Ana Ruiz, last won the cup in 1994.",
                "Coach Tom Hale last won the cup as a player in 1991.",
            ),
            (
                "The club, founded in 1994, has 300 members.",
                "The town of Harwick celebrated its first cup since 1991.",
            ),
            (
                "It was the club's first home win since 1994.",
                "It was the club's first clean sheet since 1991.",
            ),
            (
                "The town last hosted the cup final in 1994.",
                "Harwick last won the cup final in 1991.",
            ),
        ] {
            assert!(
                conflicts(&final_won(a, b), Category::Date).is_empty(),
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn conflicts_of_one_value_over_two_things_are_two() {
        let r = report(&[
            "Five people were killed in the blast at the depot.\n\n\
             Police arrested five suspects after the blast at the depot.",
            "Seven people were killed in the blast at the depot.\n\n\
             Police arrested seven suspects after the blast at the depot.",
        ]);
        assert_eq!(conflicts(&r, Category::Number).len(), 2);
    }

    #[test]
    fn a_toll_outside_the_lead_conflicts_only_in_a_claim_that_touches() {
        let body = |toll: &str| {
            format!(
                "Crowds gathered at the new arena on Saturday.\n\n\
                 The match ended in a draw.\n\n\
                 Fans recalled {toll}"
            )
        };
        let lead = "Seventeen people were killed in a crush at the Karangsari stadium.";
        let r = report(&[
            lead,
            &body("the night a fire at an old wooden ground killed 135 people."),
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        let r = report(&[
            lead,
            &body("that 14 people were killed at the Karangsari stadium."),
        ]);
        assert_eq!(conflicts(&r, Category::Number).len(), 1);
    }

    #[test]
    fn sole_counts_of_one_thing_conflict_when_worded_alike() {
        let r = report(&[
            "Under the deal, each side will release 120 prisoners within a month.",
            "The rebels have agreed to a truce. Each side will free 150 prisoners.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["120 prisoners", "150 prisoners"]]
        );
        // A headline's count the body restates is no second candidate.
        let r = report(&[
            "Rowing coach and 14 parents charged in admissions bribery scheme\n\n\
             Federal prosecutors on Tuesday charged a former rowing coach, an admissions \
             consultant and 14 parents in a scheme that funneled bribes.",
            "Rowing coach and parents charged in admissions bribery scheme\n\n\
             A former rowing coach secretly sold places on her team to the children of wealthy \
             families, prosecutors said.\n\nSeventeen parents were charged alongside the coach.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["14 parents", "Seventeen parents"]]
        );
        // "Safe" and "unhurt" are words alike.
        let r = report(&[
            "The bulk carrier ran aground on the reef on Monday.\n\n\
             All 22 crew members were safe and remained on board.",
            "A bulk carrier struck the reef on Monday.\n\n\
             Its crew of twenty-six, most of them from the Philippines, were unhurt.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["22 crew", "twenty-six"]]);
        // Each statement of the sole count is a lead figure.
        let r = report(&[
            "More than 410,000 households lost power at the height of the storm, according \
             to state utility Taipower.",
            "Haitang batters Taitung, cutting power to 140,000 homes\n\n\
             The typhoon made landfall on September 18, ripping roofs from houses, toppling \
             trees and cutting power to about 140,000 homes.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["More than 410,000 households", "about 140,000 homes"]]
        );
        // Counts of one noun told of in other words are of other things.
        let r = report(&[
            "The museum holds 300 paintings by Dutch masters.",
            "Thieves took 12 paintings from the east wing overnight.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        let r = report(&[
            "The museum owns 300 paintings by Dutch masters.",
            "Twelve paintings were found missing from the east wing of the museum.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        // Tolls of two places are of two events.
        let r = report(&[
            "Twelve people were killed when a car exploded in Kabul.",
            "A roadside device left 5 people dead near Baghdad.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        // A source giving two values of the thing has no sole count of it
        // (and figures this far apart are not near enough to pair alone).
        let r = report(&[
            "Under the deal, each side will release 120 prisoners within a month.",
            "Each side will free 400 prisoners. The rebels hold 900 prisoners.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_vague_figure_states_no_figure_its_story_tells_otherwise() {
        let r = report(&[
            "Harborline founder gets 14 years for investor fraud\n\
             Brandon Hale, the founder of the collapsed investment firm Harborline Capital, was \
             sentenced on Wednesday to 14 years in federal prison for defrauding investors of \
             $62 million.",
            "Investment boss jailed over $68m Ponzi scheme\n\
             The founder of a Connecticut investment firm who took tens of millions of dollars \
             from retirees has been sentenced to 168 months in prison.\n\
             The firm operated as a Ponzi scheme until it collapsed in 2022, leaving losses of \
             $68 million.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["$62 million", "$68 million"]]
        );
    }

    #[test]
    fn a_vague_figure_does_not_state_a_lead_count() {
        let a = "Thousands march against water tariff\n\n\
                 \"We detained 48 people for violent behaviour,\" a police spokeswoman said.";
        let r = report(&[
            a,
            "Tens of thousands protest tariff hike; dozens detained\n\n\
             Police said 84 people were detained after clashes near the government building.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["48 people", "84 people"]]
        );
        // Without a count of its own, "dozens" states 48.
        let r = report(&[a, "Tens of thousands protest tariff hike; dozens detained"]);
        assert!(conflicts(&r, Category::Number).is_empty());
        assert!(found(&r, Kind::Omission, Category::Number).is_empty());
    }

    #[test]
    fn the_day_of_a_statement_leaves_the_day_of_the_event_to_conflict() {
        let r = report(&[
            "The attack was detected at about 4 a.m. on Sunday, when staff found a ransom \
             note on screens in the emergency department, chief executive Niamh McNamara said.",
            "Staff first noticed the attack early on Saturday, at around 4 a.m., when screens \
             in the emergency department went blank, chief executive Niamh McNamara told a \
             press conference on Tuesday.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Sunday", "Saturday"]]);
    }

    #[test]
    fn of_several_days_the_one_told_in_like_words_conflicts() {
        let r = report(&[
            "The drugs were found on Thursday inside a refrigerated container that had been \
             unloaded from the cargo ship Santa Ilaria on Tuesday.",
            "The container had been unloaded from the Santa Ilaria on Wednesday, after the \
             ship's crossing from South America.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Tuesday", "Wednesday"]]);
        assert_eq!(found(&r, Kind::Omission, Category::Date), [["Thursday"]]);
    }

    #[test]
    fn dates_of_one_event_word_conflict_across_claims() {
        let r = report(&[
            "The mine, which opened in 1967, is operated by Steppe Coal JSC.",
            "The Soviet-era pit opened in 1961 and employs about 1,400 people.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["1967", "1961"]]);
        // Years of one event word of two people, or two places, are two.
        let r = report(&[
            "Acme's chief executive Maria Lopez, who joined in 2009, will retire.",
            "Acme's chairman Tom Reyes, who joined in 2015, praised the board.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        let r = report(&[
            "The firm will close its plants in Ohio by the end of 2026.",
            "The firm said a new factory in Texas would open by the end of 2028.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // Years of other events are background.
        let r = report(&[
            "The mine, which opened in 1967, is operated by Steppe Coal JSC.",
            "The Soviet-era pit was flooded in 1961 and employs about 1,400 people.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        let arrests = [["March 2021", "March 2022"]];
        let r = report(&[
            "Hordiyenko, who was arrested in March 2021, denied wrongdoing throughout the \
             14-month trial.",
            "Hordienko, who had been in custody since his arrest in March 2022, showed no \
             emotion as the judge read out the verdict.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), arrests);
        // So in claims aligned though they share little else.
        let r = report(&[
            include_str!("../tests/synthetic/18_a.txt"),
            include_str!("../tests/synthetic/18_b.txt"),
        ]);
        assert_eq!(conflicts(&r, Category::Date), arrests);
    }

    #[test]
    fn sole_times_of_two_sources_conflict_though_their_claims_differ() {
        let truce = "Under the deal, the truce will take effect at 6 a.m. local time on Friday \
                     and both sides will pull their forces back.";
        let r = report(&[
            truce,
            "The text requires guns to fall silent at 8 a.m. local time on Friday.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Date),
            [["6 a.m. local", "8 a.m. local"]]
        );
        // Times of claims that do not touch are of two moments.
        let r = report(&[
            "Voting begins at 7 a.m. across the country.",
            "Results are expected at 9 a.m., officials said.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // A time a word bends is none of the story's, where it tells
        // another; where it tells none, its own bent times are.
        let r = report(&[
            "Residents must stay indoors until 6 a.m., the interior ministry said.",
            "The curfew lasts until 5 a.m., according to the interior ministry.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["6 a.m.", "5 a.m."]]);
        let r = report(&[
            truce,
            "The text requires guns to fall silent at 8 a.m. local time on Friday.\n\n\
             Ferries will run until midnight.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Date),
            [["6 a.m. local", "8 a.m. local"]]
        );
        // A source giving two times has no sole one.
        let r = report(&[
            truce,
            "The text requires guns to fall silent at 8 a.m. local time on Friday.\n\n\
             Talks began at 9 a.m. on Monday.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn first_days_of_two_sources_conflict_though_their_claims_differ() {
        let kidnapped = "BAMAKO, April 9 (Wire) - Two French journalists and their guide were \
                         kidnapped by armed men in central Mali on April 7, their employer said.";
        let r = |day: &str| {
            report(&[
                kidnapped,
                &format!(
                    "The reporters were travelling with their guide when five armed men forced \
                     their car off the road near Djenkoro on {day}.\n\n\
                     In a video posted online on April 9, the group showed the three hostages."
                ),
            ])
        };
        assert_eq!(
            conflicts(&r("April 6"), Category::Date),
            [["April 7", "April 6"]]
        );
        // Days of other months are of other events.
        assert!(conflicts(&r("March 6"), Category::Date).is_empty());
        // Not in claims that share only their speaker.
        let r = report(&[
            "A gunman killed three people at a cafe in Lyon on March 1, police said.\n\n\
             The victims were two waiters and a customer.",
            "French police have arrested a man suspected of a deadly shooting at a cafe in \
             Lyon.\n\nOfficers detained the 34-year-old at his home in Villeurbanne on March 3, \
             police said.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // Nor a day that names an event against the day of the claim's verb.
        let r = report(&[
            "Police arrest suspect in Lyon cafe attack\n\n\
             Police have arrested a man suspected of carrying out the March 3 attack on a cafe \
             in Lyon, prosecutors said.",
            "Police arrested a man on March 5 over the attack on a cafe in Lyon, prosecutors said.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // "Overnight" and "night" are one word of what they tell.
        let r = report(&[
            "A late frost has destroyed much of this year's crop, growers said.\n\n\
             Temperatures plunged overnight on April 18, after a warm March.",
            "Frost leaves vineyards in ruins.\n\nThe cold struck on the night of 21 April.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["April 18", "21 April"]]);
        // A day after the story's first is not its day.
        let r = report(&[
            kidnapped,
            "Five armed men forced the reporters' car off the road near Djenkoro on April 7.\n\n\
             The guide was released near the border on April 6.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn claims_stating_two_measures_alike_are_of_one_thing() {
        let lead = "Authorities lifted a tsunami warning hours after a magnitude 6.9 earthquake \
                    struck offshore, officials said.\n\n\
                    The quake hit at 6:12 a.m. local time on Tuesday, roughly 120 kilometres off \
                    the coast and at a depth of about 35 kilometres, seismologists said.";
        let r = |offshore: &str, deep: &str| {
            report(&[
                lead,
                &format!(
                    "Monday's quake, put at magnitude 6.9 by seismologists, struck {offshore} \
                     offshore and {deep} below the seabed."
                ),
            ])
        };
        // 120 km is about 75 miles, 35 km about 22.
        assert_eq!(
            conflicts(&r("about 75 miles", "some 22 miles"), Category::Date),
            [["Tuesday", "Monday"]]
        );
        // Measured otherwise, or alike once, the claims may be of two
        // quakes.
        assert!(conflicts(&r("about 40 miles", "some 5 miles"), Category::Date).is_empty());
        assert!(conflicts(&r("about 75 miles", "some 5 miles"), Category::Date).is_empty());
    }

    #[test]
    fn figures_of_claims_that_tell_one_time_two_ways_conflict() {
        let r = report(&[
            "Fourteen of the train's 31 wagons left the tracks at about 11.20 p.m. near the \
             village, the rail operator said.",
            "Twelve wagons came off the rails at 10.20 p.m. on October 3, according to police.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["Fourteen of the train's 31 wagons", "Twelve wagons"]]
        );
    }

    #[test]
    fn days_a_state_holds_from_conflict_however_far_apart_their_months() {
        let r = |a: &str, b: &str| {
            report(&[
                &format!("Shoppers in Varde will pay nothing to park in the town centre {a}."),
                &format!("Parking in the centre of Varde will be free {b}, the town council said."),
            ])
        };
        assert_eq!(
            conflicts(&r("from Feb. 1", "from 1 June"), Category::Date),
            [["Feb. 1", "1 June"]]
        );
        // Not two days of other sorts so far apart.
        assert!(conflicts(&r("on Feb. 1", "from 1 June"), Category::Date).is_empty());
        assert!(conflicts(&r("from Feb. 1", "on 1 June"), Category::Date).is_empty());
        // Nor days of two years.
        let years = r("from Feb. 1, 2026", "from 1 June 2027");
        assert!(conflicts(&years, Category::Date).is_empty());
        // Nor a plan's stages, for two groups of people.
        let stages = |b: &str| {
            report(&[
                "Residents of Varde will ride the town's buses for free from Feb. 1, the council \
                 said.",
                &format!("{b} will travel free on buses in Varde from 1 June."),
            ])
        };
        assert!(conflicts(&stages("Visitors"), Category::Date).is_empty());
        assert_eq!(
            conflicts(&stages("Its residents"), Category::Date),
            [["Feb. 1", "1 June"]]
        );
    }

    #[test]
    fn amounts_of_claims_that_tell_one_count_two_ways_conflict() {
        let r = |b: &str| {
            report(&[
                "A first concert raised NZ$2.4 million for the hospital on Saturday.\n\n\
                 The festival, which filled 84 venues across the region, beat the earlier \
                 record of NZ$1.9 million set in 2019 by a charity gala, the organisers said.",
                &format!(
                    "A first concert raised NZ$2.4 million for the hospital on Saturday.\n\n\
                     Spread over 91 venues, it {b}."
                ),
            ])
        };
        assert_eq!(
            conflicts(
                &r("overtook the NZ$1.6m mark that had stood for six years"),
                Category::Number
            ),
            [
                ["84 venues", "over 91 venues"],
                ["NZ$1.9 million", "NZ$1.6m mark"]
            ]
        );
        // Another amount of the event is no record told two ways.
        assert_eq!(
            conflicts(
                &r("was paid for by a council grant of NZ$1.6m"),
                Category::Number
            ),
            [["84 venues", "over 91 venues"]]
        );
    }

    #[test]
    fn changes_of_claims_that_tell_one_day_two_ways_conflict() {
        let r = |b: &str| {
            report(&[
                "Shares in British toymaker Pipperwick Group fell 28 per cent on Tuesday after \
                 the maker of Snugglebugs plush toys warned that annual profit would fall short \
                 of expectations.",
                &format!(
                    "Investors dumped shares in Pipperwick on Wednesday after the company behind \
                     the Snugglebugs craze admitted that its Christmas had been a flop, {b} in a \
                     single session."
                ),
            ])
        };
        let r41 = r("sending the stock down 41%");
        assert_eq!(conflicts(&r41, Category::Date), [["Tuesday", "Wednesday"]]);
        assert_eq!(conflicts(&r41, Category::Number), [["28 per cent", "41%"]]);
        // A change of another thing is another figure.
        let other = r("sending its bond yields up 41%");
        assert!(conflicts(&other, Category::Number).is_empty());
    }

    #[test]
    fn amounts_written_with_the_same_digits_in_another_order_conflict_whatever_years() {
        let r = |b: &str| {
            report(&[
                "The library, built in 1902 and damaged by fire in 1971, shut in 2021 for a \
                 renovation that cost €62 million, paid for by the city and the state.",
                &format!(
                    "The {b} restoration, led by a local architect, has brought back the \
                     original reading room and its painted ceiling."
                ),
            ])
        };
        assert_eq!(
            conflicts(&r("€26 million"), Category::Number),
            [["€62 million", "€26 million restoration"]]
        );
        // Other digits may be another sum, of another time.
        assert!(conflicts(&r("€25 million"), Category::Number).is_empty());
    }

    #[test]
    fn shares_written_with_the_same_digits_in_another_order_conflict() {
        // Across claims the alignment did not pair.
        let r = |b: &str| {
            report(&[
                "In Dornbach, the larger of the two, 61.3 percent voted in favour, while in \
                 neighbouring Aschau the plan scraped through by 40 votes, according to \
                 official results. Turnout was 64.7 percent across both villages, unusually \
                 high for a local ballot.",
                &format!(
                    "Dornbach and Aschau are to become one. After two years of bitter debate \
                     in village halls and online, voters in both communities said yes to a \
                     merger in Sunday's ballot.\n\n\
                     The result was clearer in Dornbach, where {b} backed the plan. In \
                     Aschau, the yes camp won by just 40 votes, a margin that left many \
                     opponents stunned. Almost two-thirds of eligible voters took part."
                ),
            ])
        };
        assert_eq!(
            conflicts(&r("63.1 percent"), Category::Number),
            [["61.3 percent voted", "63.1 percent backed"]]
        );
        assert!(conflicts(&r("64.2 percent"), Category::Number).is_empty());
        // A share of another measure is another share.
        let r = report(&[
            "Turnout in Sunday's referendum on extending shop opening hours in Dornbach \
             reached 45.6 percent, the city election office said. The proposal was approved, \
             and shops will be allowed to open on four Sundays a year from January. Unions \
             had opposed the change.",
            "Shops in Dornbach will be able to open on four Sundays a year from January after \
             54.6 percent of voters backed the change in Sunday's referendum. Trade unions had \
             campaigned against the proposal.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn figures_of_claims_that_tell_one_day_two_ways_conflict() {
        let r = report(&[
            "OSTVIK, Norway, May 9 (Wire) — A lorry carrying 380 beehives rolled over on Route \
             17 near Ostvik early on Thursday, releasing an estimated nine million bees and \
             forcing police to close the road for nearly seven hours, authorities said.",
            "Beekeepers in veils and gloves worked alongside firefighters on Wednesday to round \
             up about 16 million bees that escaped when a transport truck flipped onto its side \
             on Rte. 17 outside Ostvik.",
        ]);
        // The claims' days are in conflict: they tell one event, and
        // their counts of it too.
        assert_eq!(conflicts(&r, Category::Date), [["Thursday", "Wednesday"]]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["an estimated nine million bees", "about 16 million bees"]]
        );
    }

    #[test]
    fn sole_starts_of_a_month_conflict_though_their_claims_differ() {
        let r = |a: &str, b: &str| report(&[a, b]);
        let from = "The factory will start welding and painting aluminium frames from April, \
                    chief executive Anneli Vosskamp said.";
        let begin = "Production at the plant is due to begin in June.";
        assert_eq!(
            conflicts(&r(from, begin), Category::Date),
            [["April", "June"]]
        );
        // "takes effect" is a start too.
        let effect = "The new minimum wage takes effect on May 1, the ministry said.";
        let from = "Employers must pay the higher wage from June 1.";
        assert_eq!(
            conflicts(&r(effect, from), Category::Date),
            [["May 1", "June 1"]]
        );
        // A story giving two starts tells neither once.
        let two = format!("{begin} Hiring will start in March.");
        assert!(conflicts(&r(from, &two), Category::Date).is_empty());
        // A span begun before is no start of what the story tells.
        let since = "Anyone tattooed at the studio since the start of June should see a doctor.";
        let began = "Patients first began reporting symptoms in mid-August.";
        assert!(conflicts(&r(since, began), Category::Date).is_empty());
        // Nor are the starts of two people named one.
        let anna = "Anna Berg will start her new job from April.";
        let tom = "Tom Hale is due to begin work at the firm in June.";
        assert!(conflicts(&r(anna, tom), Category::Date).is_empty());
    }

    #[test]
    fn sole_spans_of_a_lasting_conflict_though_their_claims_differ() {
        let r = |a: &str, b: &str| report(&[a, b]);
        let took = "The operation on Mateusz Kowal took 16 hours and was performed by a team \
                    of surgeons.";
        let lasting = "Surgeons in Corran worked through the night in an operation lasting \
                       nineteen hours.";
        assert_eq!(
            conflicts(&r(took, lasting), Category::Number),
            [["16 hours", "nineteen hours"]]
        );
        // A story giving two spans of a lasting tells neither once.
        let two = format!("{lasting} The first stage alone took nine hours.");
        assert!(conflicts(&r(took, &two), Category::Number).is_empty());
        // Nor is a speaker's own story told by its lasting.
        let quoted = "\"It is the best I have seen, and I have played for 15 years,\" said \
                      Ollie Brannigan.";
        let quoted_too = "\"My dad drove a bus in this town for thirty years,\" Mehboob said.";
        assert!(conflicts(&r(quoted, quoted_too), Category::Number).is_empty());
        // Nor spans told of two people named.
        let ran = "Anna Berg ran for 16 hours without a break.";
        let walked = "Tom Hale walked for nineteen hours to reach the camp.";
        assert!(conflicts(&r(ran, walked), Category::Number).is_empty());
    }

    #[test]
    fn sole_measures_beside_one_word_conflict_though_their_claims_differ() {
        let coffins = "The coffins were stacked at the bottom of a shaft 12 metres deep at the \
                       site of Kom el-Sabaa.";
        let r = |also: &str| {
            report(&[
                coffins,
                &format!(
                    "Archaeologists lowered themselves on ropes into the shaft, which is about 60 \
                     feet deep, to reach a burial chamber.{also}"
                ),
            ])
        };
        assert_eq!(
            conflicts(&r(""), Category::Number),
            [["12 metres", "about 60 feet"]]
        );
        // A source measuring two things so tells neither once.
        let r = r(" A second shaft nearby is 20 feet deep.");
        assert!(conflicts(&r, Category::Number).is_empty());
        // A measure told as alike beside two of the other story's (the
        // hull and the harbour waters, two words each) meets neither.
        let r = |hull: &str| {
            report(&[
                "According to sonar operators aboard the survey vessel Kestrel, the sunken hull \
                 rests 40 metres beneath harbour waters, well clear of shipping lanes.",
                &format!(
                    "Port engineers say harbour waters reach 35 metres in the deepest channel \
                     near the old pier.\n\n\
                     The trawler went down on Tuesday night after striking rocks in a storm.\n\n\
                     Salvage firms hope to lift the sunken hull, {hull}, before the spring \
                     storms arrive."
                ),
            ])
        };
        assert!(conflicts(&r("45 metres down"), Category::Number).is_empty());
        assert_eq!(
            conflicts(&r("which rests 45 metres down"), Category::Number),
            [["40 metres", "45 metres"]]
        );
    }

    #[test]
    fn events_named_by_two_years_are_two() {
        let r = report(&[
            "Portugal closed a bridge over the Douro on Monday after cracks were found.\n\n\
                 The closure revived memories of the 2001 collapse of the Entre-os-Rios bridge \
                 over the Douro river, in which 59 people died when a bus and three cars plunged \
                 into the water.",
            "A bridge over the Douro was shut on Monday over safety fears.\n\n\
                 Engineers across Europe have been on alert since the 2018 collapse of the \
                 Morandi bridge in Genoa, which killed 43 people.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_figure_told_alike_elsewhere_is_not_paired_as_omitted() {
        let r = |b: &str| {
            report(&[
                "Norway opened the Skarvfjord Tunnel on Friday, a road link that dives 392 metres \
                 below sea level.\n\n\
                 Emergency shelters with their own air supply have been built every 500 metres, \
                 and cameras watch the tunnel.",
                &format!(
                    "Norway opened the Skarvfjord Tunnel to traffic on Friday.\n\n\
                     The twin-bore tunnel runs beneath the sea to the island, and at its lowest \
                     point lies {b} below the surface of the fjord."
                ),
            ])
        };
        assert!(conflicts(&r("nearly 1,300 feet"), Category::Number).is_empty());
        // A figure a bound allows may yet be told otherwise: "About 1,500
        // spectators" is within "fewer than 3,000 people" of the village.
        let r = report(&[
            include_str!("../tests/synthetic/355_a.txt"),
            include_str!("../tests/synthetic/355_b.txt"),
        ]);
        let crowd = ["About 1,500 spectators", "more than 2,000 fans"].map(String::from);
        assert!(conflicts(&r, Category::Number).contains(&crowd.to_vec()));
    }

    #[test]
    fn whole_days_told_in_hours_are_those_days() {
        let r = report(&[
            "A nightly curfew was imposed in Port-Lamine on Sunday after the riots.\n\n\
             The curfew runs from 8 p.m. to 6 a.m., and the airport was closed for 48 hours.",
            "Riots broke out in Port-Lamine on Sunday.\n\n\
             Authorities imposed a 10-hour nightly curfew and shut the airport for two days.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        // Nor is half a day told in hours another span.
        let r = |b: &str| {
            report(&[
                "Added to a culture of amoebae, the revived virus began replicating within 12 \
                 hours and had killed most of the cells within two days.",
                &format!(
                    "{b} of being added to a culture of amoebae, the revived virus began \
                          replicating."
                ),
            ])
        };
        assert!(conflicts(&r("Within half a day"), Category::Number).is_empty());
        assert_eq!(
            conflicts(&r("Within 18 hours"), Category::Number),
            [["12 hours", "18 hours"]]
        );
        // Whole days are not so hidden by hours equal to another span.
        let r = report(&[
            "The search for the missing climbers on Mont Blanc lasted two days.",
            "The search for the missing climbers on Mont Blanc, launched within 48 hours of \
             their last call, lasted three days.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["two days", "three days"]]
        );
    }

    #[test]
    fn times_of_claims_that_do_not_pair_conflict_only_within_three_hours() {
        let r = |time: &str| {
            report(&[
                &format!(
                    "The Westpac rescue helicopter was called about {time}, flying from \
                     Christchurch across the Southern Alps to the base at Mount Cook village \
                     before dusk."
                ),
                "A massive rescue bid was launched shortly after 11am on Friday, police said, \
                 with alpine guides, paramedics and a Westpac helicopter crew among dozens of \
                 volunteers.",
            ])
        };
        assert!(conflicts(&r("3pm"), Category::Date).is_empty());
        assert_eq!(conflicts(&r("1pm"), Category::Date), [["1pm", "11am"]]);
        let r = |time: &str| {
            report(&[
                &format!(
                    "The Westpac rescue helicopter was called about {time}, flying from \
                     Christchurch across the Southern Alps to the base at Mount Cook village."
                ),
                "A massive rescue bid was launched shortly after 11pm on Friday, police said, \
                 with alpine guides, paramedics and a Westpac helicopter crew among dozens of \
                 volunteers.",
            ])
        };
        assert_eq!(
            conflicts(&r("1am"), Category::Date).len(),
            1,
            "three hours across midnight"
        );
        // Farther apart, times of one deed.
        let r = report(&[
            "The ruling, announced at about 2pm on Monday after a hearing, sends the club to \
             the foot of the table.",
            "Fans gathered outside the ground on Monday evening. The ruling was announced \
             shortly after 6pm.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["2pm", "6pm"]]);
    }

    #[test]
    fn a_day_a_month_out_is_written_alike() {
        let r = |a: &str, b: &str| {
            report(&[
                &format!(
                    "Regulators approved the drug in August.\n\nThe company said it would \
                     launch the drug in pharmacies on {a} at a list price of $2,400 a month."
                ),
                &format!(
                    "The medicine was cleared by regulators this summer.\n\nThe drug will \
                     be available in pharmacies from {b}, the maker said."
                ),
            ])
        };
        assert_eq!(
            conflicts(&r("Oct. 15", "Nov. 15"), Category::Date),
            [["Oct. 15", "Nov. 15"]]
        );
        // Other days, or the first of two months, which many plans share.
        assert!(conflicts(&r("Oct. 15", "Nov. 25"), Category::Date).is_empty());
        assert!(conflicts(&r("Oct. 1", "Nov. 1"), Category::Date).is_empty());
        // A word shared is too little: "registration for the camps opens
        // on May 15" / "the first camp session begins on June 15".
        let r = report(&[
            "Regulators approved the drug in August.\n\nThe company said it would launch \
             the drug on Oct. 15 at a list price of $2,400 a month.",
            "The medicine was cleared by regulators this summer.\n\nThe drug will reach \
             shelves from Nov. 15, the maker said.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn a_time_whole_hours_out_with_its_minutes_kept_conflicts() {
        let r = |a: &str, b: &str| {
            let lead = "A strong quake struck off the coast at 6:12 a.m. on Tuesday.";
            report(&[
                &format!(
                    "{lead}\n\nThe agency issued the warning within eight minutes and lifted \
                     it at {a}, once tide gauges showed sea levels had returned to normal."
                ),
                &format!(
                    "{lead}\n\nThe alert was called off at {b}, and by lunchtime the cafés \
                     along the seafront were reopening."
                ),
            ])
        };
        assert_eq!(
            conflicts(&r("11:40 a.m.", "10:40 a.m."), Category::Date),
            [["11:40 a.m.", "10:40 a.m."]]
        );
        // Or two hours or three ("shortly after 7:40 p.m." / "at about
        // 9:40 p.m."); four are too far to be one time.
        assert_eq!(
            conflicts(&r("9:40 a.m.", "11:40 a.m."), Category::Date),
            [["9:40 a.m.", "11:40 a.m."]]
        );
        assert_eq!(
            conflicts(&r("8:40 a.m.", "11:40 a.m."), Category::Date),
            [["8:40 a.m.", "11:40 a.m."]]
        );
        assert!(conflicts(&r("7:40 a.m.", "11:40 a.m."), Category::Date).is_empty());
        // Times of two zones are no slip of the hour.
        assert!(
            conflicts(
                &r("11:40 a.m. Eastern", "10:40 a.m. Central"),
                Category::Date
            )
            .is_empty()
        );
        // Times on the hour or the half hour are shared by too many things;
        // other minutes are no slip of the hour.
        assert!(conflicts(&r("11:30 a.m.", "10:30 a.m."), Category::Date).is_empty());
        assert!(conflicts(&r("11:40 a.m.", "10:20 a.m."), Category::Date).is_empty());
        // The minutes are those written, before "just after" moves them.
        let verdict = |b: &str, more: &str| {
            report(&[
                "Judges ordered Alpcem to pay each plaintiff 3,600 Swiss francs.\n\nThe \
                 verdict was read out at 10:15 a.m. in a packed courtroom.",
                &format!(
                    "Judges ordered Alpcem to pay each plaintiff 3,600 Swiss francs.\n\n{b}, \
                     announced just after 11:15, drew cheers from activists outside.{more}"
                ),
            ])
        };
        assert_eq!(
            conflicts(&verdict("The verdict", ""), Category::Date),
            [["10:15 a.m.", "11:15"]]
        );
        // Claims sharing no word are tied by the slip where each is its
        // story's one time ("The verdict was read out at 10:15 a.m." /
        // "The decision, announced just after 11:15"); where a story
        // tells of two times, they may be two moments.
        assert_eq!(
            conflicts(&verdict("The decision", ""), Category::Date),
            [["10:15 a.m.", "11:15"]]
        );
        let later = "\n\nThe court had opened its doors at 8:50 a.m.";
        assert!(conflicts(&verdict("The decision", later), Category::Date).is_empty());
        // A story giving the time twice gives one time.
        let twice = report(&[
            "Drones close Harlby airport\n\nAir traffic at Harlby Airport was halted at \
             20:40 on Thursday after a pilot reported lights near the runway, and the airport \
             reopened at 00:25, police said.",
            "Drones over Harlby Airport: recap\n\nHarlby Airport shut at 8:40 p.m. on \
             Thursday after drones were seen near the runway. It reopened shortly after 1:25 \
             a.m.\n\nTimeline\n\n9:15 p.m. - Police confirm they are investigating drone \
             sightings.\n\n12:40 a.m. - Staff hand out hotel vouchers to stranded \
             passengers.\n\n1:25 a.m. - The airport announces it has reopened.",
        ]);
        assert_eq!(conflicts(&twice, Category::Date), [["00:25", "1:25 a.m."]]);
    }

    #[test]
    fn a_far_bound_states_no_figure() {
        let rain = "Nearly 11 inches of rain fell on the city in a single day, the worst \
                    downpour in its recorded history.";
        let r = report(&[
            "The city received 230 millimetres of rain in 24 hours, the heaviest downpour on \
             record there, and water stood up to 1.5 metres deep in low-lying neighbourhoods.",
            rain,
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["230 millimetres", "Nearly 11 inches"]]
        );
        // So too between claims that do not pair.
        let r = report(&[
            "The city received 230 millimetres of rain in 24 hours up to Wednesday morning, \
             the heaviest downpour on record there, and water stood up to 1.5 metres deep in \
             low-lying neighbourhoods along the Kesar Nullah storm drain.",
            "Army troops were called in to help rescue residents trapped on rooftops in \
             Nawabpur on August 19 after nearly 11 inches of rain fell on the city in a \
             single day, the worst downpour in its recorded history.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["230 millimetres", "nearly 11 inches"]]
        );
        // A near bound does state it.
        let r = report(&[
            "The city received up to 12 inches of rain, the heaviest downpour on record.",
            rain,
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_part_within_a_figure_adds_nothing_to_it() {
        let r = report(&[
            "At least 17 people were killed in the crush at the stadium.",
            "Fourteen people, including three children, were killed in the crush at the stadium.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["At least 17 people", "Fourteen people"]]
        );
    }

    #[test]
    fn one_count_named_two_ways_in_aligned_claims_conflicts() {
        let r = report(&[
            "The ferry operator said five people were taken to hospital with cuts after the \
             collision in the harbour.",
            "Three travellers were taken to hospital with cuts after the collision in the \
             harbour, the ferry operator said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["five people", "Three travellers"]]
        );
        let r = report(&[
            "The retailer is pulling about 60,000 electric kettles from its shelves after \
             reports that the handles overheat.",
            "The retailer is pulling nearly 90,000 of its Brisa kettles from its shelves after \
             reports that the handles overheat.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["about 60,000 electric kettles", "nearly 90,000"]]
        );
        // One rate, told beside different words.
        let r = report(&[
            "Officials expect the new line to carry 450,000 passengers a day once it reaches \
             full capacity.",
            "Once it reaches full capacity, the new line should see ridership of about \
             350,000 a day, officials expect.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["450,000 passengers a day", "about 350,000 a day"]]
        );
        // People and things, two crowds, other outcomes, figures far apart,
        // or a second figure each could be: two facts, or too unsure to say.
        let r = report(&[
            "The ferry operator said five passengers were taken to hospital with cuts after \
             the collision in the harbour.",
            "Three crew members were taken to hospital with cuts after the collision in the \
             harbour, the ferry operator said.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty(), "two crowds");
        for b in [
            "Five ambulances took people to hospital with cuts after the collision in the \
             harbour, the ferry operator said.",
            "Two travellers died after the collision in the harbour, the ferry operator said.",
            "Forty travellers were taken to hospital with cuts after the collision in the \
             harbour, the ferry operator said.",
            "Three travellers and two crew members were taken to hospital with cuts after the \
             collision in the harbour, the ferry operator said.",
        ] {
            let r = report(&[
                "The ferry operator said five people were taken to hospital with cuts \
                 after the collision in the harbour.",
                b,
            ]);
            assert!(conflicts(&r, Category::Number).is_empty(), "{b}");
        }
    }

    #[test]
    fn near_figures_of_claims_sharing_a_word_conflict_across_claims() {
        let report_with = |rescued: &str| {
            report(&[
                "Thunderstorms hit the mountains on Sunday.\n\
                 About 60 hikers were stranded on the ridge overnight, the mountain police said.\n\
                 Last year 15 hikers died in the range.",
                &format!(
                    "Thunderstorms hit the mountains on Sunday.\n\
                     Rescue teams brought down {rescued} hikers who had been caught out on the ridge.\n\
                     In 2019, 12 hikers died there."
                ),
            ])
        };
        assert_eq!(
            conflicts(&report_with("70"), Category::Number),
            [["About 60 hikers", "70 hikers"]]
        );
        // Far apart, they are more likely two counts than one misreported.
        assert!(conflicts(&report_with("170"), Category::Number).is_empty());
    }

    #[test]
    fn a_vague_figure_elsewhere_does_not_state_an_exact_one() {
        let r = report(&[
            "Kessoro foils coup attempt, dozens of soldiers held\n\n\
             The army chief said on state television that the coup attempt had failed.",
            "Kessoro army crushes coup bid\n\n\
             The army chief said on state television that the coup attempt had failed and \
             that 64 soldiers had been detained.",
        ]);
        assert_eq!(
            found(&r, Kind::Omission, Category::Number),
            [["64 soldiers"]]
        );
        // The exact figure does state the vague one.
        assert_eq!(
            found(&r, Kind::Agreement, Category::Number),
            [["dozens of soldiers", "64 soldiers"]]
        );
    }

    #[test]
    fn values_far_apart_are_of_two_things() {
        let report_with = |b: &str| {
            report(&[
                "The former mayor was fined 1.7 million hryvnias for taking bribes from the \
                 builder, the court in Vinnytsia ruled.",
                &format!(
                    "The builder won contracts worth {b} hryvnias after paying bribes to the \
                     former mayor, the court in Vinnytsia ruled."
                ),
            ])
        };
        assert!(conflicts(&report_with("900 million"), Category::Number).is_empty());
        // Lengths too, ten times apart or more.
        let r = report(&[
            "Fisheries officers said the shark was about 4.5 metres long, and beaches near \
             the point were closed.",
            "Fisheries officers closed beaches for 5 km either side of the point after the \
             shark attack.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        // One digit at another scale is no misreport: a round figure.
        let r = report(&[
            "The city was fined $1 million for the spill, the court ruled.",
            "The company that caused the spill won contracts worth $100 million from the \
             city, the court ruled.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        // Claims that differ in their figures alone, and temperatures, which
        // have no ratio: one value, however far apart.
        for (a, b) in [
            ("$300,000", "$1 million"),
            ("0 degrees Celsius", "4 degrees Celsius"),
        ] {
            let told = |figure: &str| {
                format!("A court in Paris put the figure at {figure} on Thursday, officials said.")
            };
            assert_eq!(
                conflicts(&report(&[&told(a), &told(b)]), Category::Number),
                [[a, b]],
                "{a}"
            );
        }
        // Degrees Celsius are no scale of ratios: 1 and minus 12 may be one
        // night misreported.
        let celsius = |text: &str| crate::extract::tests::facts_of(text).numbers[0].clone();
        assert!(near_enough(
            &celsius("It fell to 1 degree Celsius."),
            &celsius("It fell to minus 12 degrees Celsius.")
        ));
        // Near, or the same digits at another scale: one amount misreported.
        for b in ["2.1 million", "1.7 billion"] {
            assert_eq!(
                conflicts(&report_with(b), Category::Number),
                [["1.7 million hryvnias".to_string(), format!("{b} hryvnias")]],
                "{b}"
            );
        }
    }

    #[test]
    fn a_family_name_alone_speaks_for_the_one_its_story_named() {
        let said = |b: &str| {
            report(&[
                "Kieran Ashdown, 46, won the lottery on Saturday.\n\n\"I am going to finish my shift on Monday,\" Ashdown told a news conference.",
                &format!(
                    "Kieran Ashdown, 46, and his wife Shauna won the lottery on Saturday.\n\n\"I am going to finish my shift on Monday,\" {b} said."
                ),
            ])
        };
        assert_eq!(
            conflicts(&said("Shauna Ashdown"), Category::Attribution),
            [["Ashdown", "Shauna Ashdown"]]
        );
        let agreed = found(
            &said("Kieran Ashdown"),
            Kind::Agreement,
            Category::Attribution,
        );
        assert_eq!(agreed, [["Ashdown", "Kieran Ashdown"]]);
        // Two short names may be a body named as its founders are.
        let r = report(&[
            "Ruth Kessler has worked as a machinist at the Kessler plant for 20 years.\n\nKessler said in a statement that 300 jobs would be cut.",
            "Tom Kessler, a union steward, has worked at the Kessler plant since 2004.\n\nKessler said in a statement that 300 jobs would be cut.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
    }

    #[test]
    fn two_full_names_of_one_family_are_two_people() {
        let r = report(&[
            "The paintings of Hanna Feld will be shown at the city gallery from May.\n\nHer father, Arno Feld, was buried in 1998 beside the studio.",
            "The city gallery will show 60 works by the painter Hanna Feld from May.\n\nHer mother, Lise Feld, was buried in 2004.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        let r = report(&[
            "The paintings of Hanna Feld will be shown at the city gallery from May.\n\nHer father, Arno Feld, was buried in 1998 beside the studio.",
            "The city gallery will show 60 works by the painter Hanna Feld from May.\n\nHer father, Arno Feld, was buried in 2004.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["1998", "2004"]]);
    }

    #[test]
    fn years_of_making_one_thing_conflict_across_claims() {
        let report_with = |b: &str| {
            report(&[
                "An airliner crashed in the tundra, killing all 29 aboard.\n\
                 The aircraft was built in 1976, the airline said.",
                &format!(
                    "An airliner crashed in the tundra, killing all 29 aboard.\n\
                     Its director said {b}, was in good condition and well kept."
                ),
            ])
        };
        let r = report_with("the aircraft, manufactured in 1979");
        assert_eq!(conflicts(&r, Category::Date), [["1976", "1979"]]);
        let r = report_with("the aircraft, which dates from 1979");
        assert_eq!(conflicts(&r, Category::Date), [["1976", "1979"]]);
        let r = report_with("the aircraft, dating back to 1979");
        assert_eq!(conflicts(&r, Category::Date), [["1976", "1979"]]);
        // Made of another thing, or not made at all: two facts.
        let r = report_with("the hangar, built in 1979");
        assert!(conflicts(&r, Category::Date).is_empty());
        let r = report(&[
            "The school, founded in 1950 on the hill above Dharan, has 900 pupils.",
            "Dharan's hospital was established in 1962 and has 900 beds.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        let r = report_with("the aircraft, grounded in 1979");
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn claims_sharing_only_a_long_place_name_are_not_about_one_thing() {
        let r = report(&[
            "Two climbers died in the park this week.\n\
             Tom Reyes, a teacher from the coast, died while climbing to a hut on the north \
             ridge in the Kestrel Peak National Park on Saturday.",
            "Two climbers died in the park this week.\n\
             A large rescue bid was made on Friday with members of the Kestrel Peak National \
             Park search team, police and pilots.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn illnesses_and_people_who_fell_ill_are_one_count() {
        let r = report(&[
            "Listeria from a wrap plant has spread to six states.\n\
             Health officials have linked 17 illnesses in six states to the outbreak.",
            "Listeria from a wrap plant has spread to six states.\n\
             In all, 19 people in six states have fallen ill, health officials said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["17 illnesses", "19 people"]]
        );
    }

    #[test]
    fn figures_of_people_from_different_places_do_not_conflict() {
        let r = report(&[
            "A British climber died after he fell about 600 metres from the ridge, police said.",
            "An Australian climber died after he fell 150 metres from the ridge.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        let r = report(&[
            "A British climber died after he fell about 600 metres from the ridge, police said.",
            "A British climber died after he fell 150 metres from the ridge.",
        ]);
        assert_eq!(conflicts(&r, Category::Number).len(), 1);
        // The demonyms of speakers say nothing of whom a figure counts.
        let r = report(&[
            "The town is under fire again.\nThe strike killed 50 people, Israeli officials said.",
            "The town is under fire again.\nThe strike killed 30 people, Iranian state media said.",
        ]);
        assert_eq!(conflicts(&r, Category::Number).len(), 1);
        // Nor do those of speakers who name nobody.
        let r = report(&[
            "The quake struck near the Turkish border, killing 48 people and injuring more than 900, officials said.",
            "Forty-eight people were killed and around 600 were hurt, Iranian officials said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["more than 900", "around 600"]]
        );
    }

    #[test]
    fn figures_of_claims_on_different_days_are_of_two_events() {
        let ages = |days: [&str; 2]| {
            let r = report(&[
                &format!(
                    "A 41-year-old climber died {} after a fall near the hut.",
                    days[0]
                ),
                &format!(
                    "A 32-year-old climber died {} after a fall near the hut.",
                    days[1]
                ),
            ]);
            conflicts(&r, Category::Number).len()
        };
        assert_eq!(ages(["on Friday", "on Saturday"]), 0);
        assert_eq!(ages(["on March 3", "on March 4"]), 0);
        assert_eq!(ages(["on Friday", "on Friday"]), 1);
        assert_eq!(ages(["on Friday", "on March 3"]), 1, "days that may be one");
    }

    #[test]
    fn men_who_died_and_men_who_climbed_are_two_counts() {
        let r = report(&[
            "Two men have died in an avalanche on the pass this weekend.",
            "Hale was one of four men trying to cross the pass this weekend when the avalanche struck.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        let r = report(&[
            "Two women have died in an avalanche on the pass this weekend.",
            "Three women have died in an avalanche on the pass this weekend.",
        ]);
        assert_eq!(conflicts(&r, Category::Number).len(), 1);
    }

    #[test]
    fn ages_of_two_named_people_are_two_facts() {
        let two_people = report(&[
            "A day after 41-year-old Ian Hart died, 30-year-old Tom Bell fell on the same ridge.",
            "Tom Bell, 32, fell on the same ridge a day after Ian Hart died.",
        ]);
        let ages = conflicts(&two_people, Category::Number);
        assert_eq!(ages.len(), 1, "{ages:?}");
        assert!(ages[0].contains(&"30-year-old".to_string()), "{ages:?}");
    }

    #[test]
    fn a_figure_meets_the_one_it_agrees_with_before_another_of_its_kind() {
        let r = report(&[
            "The crater is 2 kilometres wide and lies 30 kilometres north of the town.",
            "The crater lies 30 kilometres north of the town.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn an_amount_beside_one_matched_in_its_currency_is_omitted_a_lone_one_is_not() {
        let omitted_figures = |r: &Report| found(r, Kind::Omission, Category::Number);
        let beside = report(&[
            "Armed robbers stole diamonds valued at 85 million euros ($108 million) from the Harry Winston store.",
            "Armed thieves robbed the Harry Winston store of an estimated $102 million in diamonds.",
        ]);
        assert_eq!(omitted_figures(&beside), [["85 million euros"]]);
        assert_eq!(conflicts(&beside, Category::Number).len(), 1);
        let lone = report(&[
            "A gunman stole jewels worth 103 million euros from the Carlton hotel in Cannes.",
            "A gunman stole $136M worth of jewels from the Carlton hotel in Cannes.",
        ]);
        assert!(omitted_figures(&lone).is_empty());
        assert!(conflicts(&lone, Category::Number).is_empty());
    }

    #[test]
    fn an_unnamed_speaker_described_by_the_other_claim_is_the_same_voice() {
        let r = report(&[
            "\"The barns flooded and the fences washed away,\" a Millbrook farm worker told Reuters.",
            "\"The barns flooded and the fences washed away,\" said Tom Hale, a worker on a farm in Millbrook.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        let r = report(&[
            "\"The barns flooded and the fences washed away,\" a police officer told Reuters.",
            "\"The barns flooded and the fences washed away,\" said Tom Hale, a worker on a farm in Millbrook.",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
    }

    #[test]
    fn a_sentence_merged_in_another_source_keeps_its_speaker() {
        let r = report(&[
            "Four men rammed a car into a jewellery shop in Lyon on Monday. \
             The police source, who asked not to be named, said the men drove the big grey car through the front window in the early hours and grabbed watches and rings worth 3 million euros. \
             They then set fire to the car and fled in a van.",
            "Four men rammed a car into a jewellery shop in Lyon on Monday. \
             After grabbing watches worth 3 million euros, the men set fire to the car and fled in a van, Le Figaro reported.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Attribution),
            [["police source", "Le Figaro"]]
        );
    }

    #[test]
    fn a_named_spokesperson_and_the_same_role_unnamed_are_one_voice() {
        let r = report(&[
            "The singer has entered a clinic in Phoenix, her publicist Tom Vale confirmed.",
            "The singer has entered a clinic in Phoenix, her rep confirmed.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        assert_eq!(found(&r, Kind::Agreement, Category::Attribution).len(), 1);
    }

    #[test]
    fn the_one_age_each_story_gives_is_told_two_ways() {
        let r = report(&[
            "A Bangkok court on Tuesday approved the extradition of Yevgeny Zhukovsky, a 34-year-old Russian accused of running a ransomware gang.\n\nHe was arrested in March 2024 at a villa on Phuket.",
            "A Bangkok court ruled on Tuesday that Evgeny Zhukovskiy can be sent to the United States over a string of ransomware attacks.\n\nThe 36-year-old, arrested in Phuket after a tip from the FBI, could be jailed for 45 years.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["34-year-old", "36-year-old"]]
        );
        // Ages far apart are of two people: the driver is no passenger.
        let two = report(&[
            "The train left the tracks near Lviv on Monday.\n\nPolice said the 52-year-old driver had survived and was being questioned.",
            "The train left the tracks near Lviv on Monday.\n\nHalyna Moroz, 64, who was travelling to see her daughter, said she was thrown from her bunk.",
        ]);
        assert!(conflicts(&two, Category::Number).is_empty());
        // But each the one age its story gives, of one noun, they are of one
        // person however far apart.
        let boy = report(&[
            "A stray dog bit 11 people in Tazerrit on Monday.\n\nThe youngest, a 4-year-old boy, was in stable condition.",
            "A stray dog bit 11 people in Tazerrit on Monday.\n\nAmong the victims was a boy aged six, who was bitten on the face.",
        ]);
        assert_eq!(
            conflicts(&boy, Category::Number),
            [["4-year-old", "aged six"]]
        );
        // Not one told older than another.
        let older = report(&[
            "A 4-year-old boy was pulled from a flooded quarry near Ferren on Tuesday.",
            "A boy was pulled from a flooded quarry near Ferren on Tuesday.\n\nIt was an older boy, aged 12, who raised the alarm.",
        ]);
        assert!(conflicts(&older, Category::Number).is_empty());
        // A story that gives two ages still gives its main person's if it
        // names her by one age alone; not if it names two so.
        let more = |rival: &str| {
            report(&[
                "Lucia Ferrandis won the final on Sunday.\n\nThe 23-year-old fourth seed served out the match to love.",
                &format!(
                    "Lucia Ferrandis won the final on Sunday, a title the 24-year-old called the hardest of her life.\n\n{rival} fought back tears at the ceremony."
                ),
            ])
        };
        assert_eq!(
            conflicts(&more("The Ukrainian, 27,"), Category::Number),
            [["23-year-old", "24-year-old"]]
        );
        assert!(conflicts(&more("The 27-year-old Ukrainian"), Category::Number).is_empty());
        // Nor if the one named by age alone shares the claim with another
        // age, or the story gives another age as near the other's.
        let suspects = |a: &str| {
            report(&[
                &format!("Two men were arrested after the robbery on Friday.\n\n{a}"),
                "Police said on Friday two men had been arrested over the robbery.\n\nThe 25-year-old was released on bail.",
            ])
        };
        assert!(
            conflicts(
                &suspects("The 24-year-old and a 31-year-old were detained."),
                Category::Number
            )
            .is_empty()
        );
        assert_eq!(
            conflicts(
                &suspects("The 24-year-old was detained at his home."),
                Category::Number
            ),
            [["24-year-old", "25-year-old"]]
        );
        let husband = report(&[
            "A woman was found dead in her flat in Leeds on Friday.\n\nThe 29-year-old had been stabbed.\n\nHer 31-year-old husband was arrested.",
            "A man has been charged with murdering his wife in Leeds.\n\nThe 32-year-old will appear before magistrates on Monday.",
        ]);
        assert!(conflicts(&husband, Category::Number).is_empty());
        // Ages told of different nouns are of two people.
        let victim = report(&[
            "A man was stabbed to death in Leeds on Friday.\n\nThe victim, 19, was named as Daniel Price.",
            "A man was stabbed to death in Leeds on Friday.\n\nA 21-year-old man has been arrested on suspicion of murder.",
        ]);
        assert!(conflicts(&victim, Category::Number).is_empty());
        // Two digits swapped are one age mistyped, however far apart, told
        // of one noun or of none.
        let swapped = report(&[
            "Oksana Hrytsenko swam across the strait on Saturday.\n\nThe 34-year-old entered the water at 4 a.m. and reached the far shore that evening.",
            "Oksana Gritsenko swam across the strait on Saturday.\n\nThe 43-year-old is the first woman to cross it without a wetsuit.",
        ]);
        assert_eq!(
            conflicts(&swapped, Category::Number),
            [["34-year-old", "43-year-old"]]
        );
        let coach = report(&[
            "United came from behind to win 2-1 on Saturday.\n\nThe 16-year-old, making only his second league start, was mobbed by team-mates.",
            "United came from behind to win 2-1 on Saturday.\n\nThe manager, aged 61, said his side never stopped believing.",
        ]);
        assert!(conflicts(&coach, Category::Number).is_empty());
        let apart = report(&[
            "The train left the tracks near Lviv on Monday.\n\nPolice said the 52-year-old driver had survived and was being questioned.",
            "The train left the tracks near Lviv on Monday.\n\nHalyna Moroz, 25, who was travelling to see her mother, said she was thrown from her bunk.",
        ]);
        assert!(conflicts(&apart, Category::Number).is_empty());
    }

    #[test]
    fn ages_of_one_full_name_differ_however_little_else_their_claims_share() {
        let pair = |b: &str| {
            report(&[
                "LISBON (Wire) - Portugal's main opposition party, the Civic Alliance, elected \
                 Inês Carvalhosa as its leader on Saturday, making her the first woman to head \
                 the centre-right party, after she narrowly defeated a former finance minister \
                 in a runoff ballot of members.\nCarvalhosa, 42, the mayor of Vila Seca, took \
                 50.8 percent of the vote against 49.2 percent for Rui Albergaria, 58, who had \
                 been backed by most of the party's members of parliament.",
                &format!(
                    "Her rival{b}, 61, a former finance minister, conceded within minutes of the \
                     result."
                ),
            ])
        };
        assert_eq!(
            conflicts(&pair(", Rui Albergaria"), Category::Number),
            [["58", "61"]]
        );
        // Two people of one family are two, however alike their claims.
        assert!(conflicts(&pair("'s wife, Ana Albergaria"), Category::Number).is_empty());
        let r = report(&[
            "A fire destroyed a family-run café in Porto Alvo early on Sunday.\nThe owner, \
             Rui Albergaria, 58, said the family had lost everything.",
            "A family-run café in Porto Alvo was gutted by fire early on Sunday.\n\"We have \
             lost everything,\" said Ana Albergaria, 61.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        let r = report(&[
            "A fire destroyed the Café Miramar in Porto Alvo early on Sunday, the fire \
             brigade said.\nThe blaze broke out at about 03:00 in the kitchen.\nTwenty \
             firefighters and 5 engines fought the flames for 2 hours.\nOwner Rui Albergaria, \
             58, said the family had lost forty years of work.\nNeighbours have raised \
             €12,000.",
            "Neighbours have raised €12,000 for a family whose café in Porto Alvo was \
             gutted by fire early on Sunday.\nThe fire started at around 03:00 in the \
             kitchen.\nAna Albergaria, 61, who runs the café with her husband, said she \
             was heartbroken.\nFive engines and 20 firefighters were at the scene for 2 \
             hours.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn one_age_of_one_noun_is_one_persons_whatever_years_and_names_the_claims_tell() {
        let pair = |b: &str| {
            report(&[
                "The court heard that Eleanor Fairlie, a 34-year-old primary school teacher, \
                 underwent keyhole surgery to remove her gallbladder at St Aldhelm's Hospital in \
                 February 2021.",
                &format!(
                    "A surgeon has been convicted of manslaughter over the death of {b} who \
                     suffered fatal internal bleeding after he left her bedside to see a private \
                     patient.\nHis barrister, Oliver Penhale KC, had argued that the 52-year-old \
                     was exhausted after a 13-hour shift."
                ),
            ])
        };
        assert_eq!(
            conflicts(&pair("a 43-year-old teacher"), Category::Number),
            [["34-year-old", "43-year-old"]]
        );
        // Of another noun, another person.
        assert!(conflicts(&pair("a 43-year-old nurse"), Category::Number).is_empty());
    }

    #[test]
    fn ages_of_now_differ_whatever_years_their_claims_name() {
        // Each story gives two ages, so neither gives one of its story;
        // the year dates the old record, not the new one.
        let r = report(&[
            "Zuzanna Wrona broke the pole vault world record on Sunday.\n\nThe 24-year-old improved by one centimetre the previous record of 5.06 metres set by Yelena Isinbayeva, a mark that had stood since 2009.\n\nHer coach, Piotr Bak, 58, wept.",
            "Zuzanna Wrona smashed the pole vault world record on Sunday.\n\nThe 25-year-old from Bydgoszcz sent 40,000 fans into raptures when she sailed over 5.07m, wiping Yelena Isinbayeva's record off the books.\n\nHer coach, Piotr Bak, 58, wept.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["24-year-old", "25-year-old"]]
        );
        // Not the age of a thing: "the 16-year-old record".
        let record = report(&[
            "Ana Ruiz broke the world record on Sunday.\n\nShe erased the 16-year-old record set in Rome in 2009.",
            "Ana Ruiz smashed the world record on Sunday.\n\nThe 21-year-old erased the old record by a second.",
        ]);
        assert!(conflicts(&record, Category::Number).is_empty());
    }

    #[test]
    fn a_quotation_credited_to_two_titles_of_named_people_is_told_two_ways() {
        let r = report(&[
            "Kalynos will cap cruise visitors from April.\n\nMayor Nikolaos Zervoudakis welcomed the decision. \"We are not closing the door, we are managing the queue,\" the mayor said.",
            "Kalynos will cap cruise visitors from April.\n\nTourism Minister Dora Mavrogiannou announced the cap on Tuesday. “We are not closing the door, we are managing the queue,” the minister said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Attribution),
            [["mayor", "minister"]]
        );
    }

    #[test]
    fn a_title_new_to_its_speaker_is_not_the_one_before_s() {
        // "Patriarch Theodoros II" held the title before "the new
        // patriarch"; Ioanikios may hold it now.
        let r = report(&[
            "Bishops on Monday elected Metropolitan Ioanikios of Stavrin as their new \
             patriarch.\n\n\
             \"The church must speak to the young in a language they understand,\" Ioanikios \
             told reporters after the vote.",
            "Metropolitan Ioannikios of Stavrin was chosen as patriarch on Monday, succeeding \
             Patriarch Theodoros II, who died in January.\n\n\
             \u{201c}The church must speak to the young in a language they understand,\u{201d} \
             the new patriarch said in his first address.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        // A name given another title in its own words is someone else.
        let quote = "\"We have the best fans in the league,\"";
        assert_eq!(
            credited_by(quote, "the new coach said.", "said club captain Joel Marr."),
            [["new coach", "club captain Joel Marr"]]
        );
        // Nor is the new holder a former one.
        assert_eq!(
            credited_by(
                quote,
                "the new coach said.",
                "said former coach Piet Arends."
            ),
            [["new coach", "former coach Piet Arends"]]
        );
    }

    #[test]
    fn a_title_no_name_stands_for_is_compared_by_the_titles_given() {
        let quote = "Paris will open 400 new bicycle lanes by 2026.\n\n\"This is a turning point \
                     for our city,\"";
        let with = |a: &str, b: &str| {
            let r = report(&[&format!("{quote} {a}"), &format!("{quote} {b}")]);
            (
                conflicts(&r, Category::Attribution),
                found(&r, Kind::Agreement, Category::Attribution),
            )
        };
        // A name given no title may be the mayor's: nothing is known.
        assert_eq!(with("the mayor said.", "Hidalgo said."), (vec![], vec![]));
        // Another office is another person; the title given is agreement.
        let (told, _) = with("the mayor said.", "deputy mayor David Belliard said.");
        assert_eq!(told, [["mayor", "deputy mayor David Belliard"]]);
        let (told, _) = with(
            "the mayor said.",
            "said Maya Castellano, a lawyer for the cyclists' union.",
        );
        assert_eq!(told.len(), 1);
        let (told, agreed) = with("the mayor said.", "Mayor Anne Hidalgo said.");
        assert_eq!((told.len(), agreed.len()), (0, 1));
        // A synonym, or an abbreviation, is the title; "Lt." another office.
        let (told, agreed) = with("the publicist said.", "her rep Tom Vale said.");
        assert_eq!((told.len(), agreed.len()), (0, 1));
        let (told, agreed) = with("the governor said.", "Gov. Dan Patrick said.");
        assert_eq!((told.len(), agreed.len()), (0, 1));
        let (told, _) = with("the governor said.", "Lt. Gov. Dan Patrick said.");
        assert_eq!(told.len(), 1);
        // The title the other story gives the name elsewhere.
        let r = report(&[
            &format!("{quote} the mayor said."),
            &format!(
                "Mayor Anne Hidalgo opened the first lane on Tuesday.\n\n{quote} Hidalgo \
                 said."
            ),
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        assert_eq!(found(&r, Kind::Agreement, Category::Attribution).len(), 1);
        // A title of two words is another office than one of its last.
        let (told, _) = with("the prime minister said.", "Chancellor Rachel Reeves said.");
        assert_eq!(told.len(), 1);
        let (told, _) = with(
            "the prime minister said.",
            "Foreign Minister Ana Ruiz said.",
        );
        assert_eq!(told.len(), 1);
        let (told, agreed) = with(
            "the prime minister said.",
            "Prime Minister Keir Starmer said.",
        );
        assert_eq!((told.len(), agreed.len()), (0, 1));
        let (told, _) = with(
            "the prime minister said.",
            "said former Prime Minister Boris Johnson.",
        );
        assert_eq!(told.len(), 1);
        // Or the title's own story gives it to another person.
        let r = report(&[
            "Prime Minister Keir Starmer met business leaders in Leeds.\n\nIn Manchester, a car \
             factory reopened. \"Britain is open for business,\" the prime minister said.",
            "\"Britain is open for business,\" Sunak said.",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
        // Or the title-holder's own story gives the name another office.
        let r = report(&[
            &format!("Former Mayor Bertrand Delanoe spoke first.\n\n{quote} the mayor said."),
            &format!("{quote} Delanoe said."),
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
        // The title's own story gives it to the other's speaker, whatever
        // the other story calls them: one of two holders may be theirs.
        let sad = "\"This is a sad day for our football,\"";
        let r = report(&[
            &format!(
                "The president of the club, Jokin Arrieta, called the decision unfair.\n\n\
                 Federation president Rafael Lozano said the match would be replayed.\n\n\
                 {sad} the president said."
            ),
            &format!("{sad} federation chief Rafael Lozano said."),
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
    }

    #[test]
    fn officials_may_count_among_them_a_named_holder_of_an_office() {
        for (a, b) in [
            (
                "according to county officials.",
                "Governor Abdirahman Guled said.",
            ),
            ("the government said.", "President Aurelio Vargas said."),
        ] {
            let r = report(&[
                &format!("The swarm covered some 2,400 square kilometres, {a}"),
                &format!("The swarm covered some 2,400 square kilometres, {b}"),
            ]);
            assert!(conflicts(&r, Category::Attribution).is_empty(), "{a} / {b}");
        }
        // A named person of no office is another voice; so are officials
        // of a body or of another country.
        for (a, b) in [
            (
                "according to county officials.",
                "farmer Peter Mwangi said.",
            ),
            (
                "according to hospital officials.",
                "Governor Abdirahman Guled said.",
            ),
            (
                "Russian government officials said.",
                "Ukrainian President Volodymyr Zelensky said.",
            ),
        ] {
            let r = report(&[
                &format!("The swarm covered some 2,400 square kilometres, {a}"),
                &format!("The swarm covered some 2,400 square kilometres, {b}"),
            ]);
            assert_eq!(conflicts(&r, Category::Attribution).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn days_a_zones_shift_sets_apart_are_no_conflict() {
        let told = |a: &str, b: &str| {
            let r = report(&[
                &format!("The rocket lifted off at {a} from Cape Canaveral, NASA said."),
                &format!("The rocket lifted off at {b} from Cape Canaveral, NASA said."),
            ]);
            conflicts(&r, Category::Date)
        };
        assert!(told("8 p.m. on Tuesday", "0100 GMT on Wednesday").is_empty());
        assert!(told("8 p.m. ET on Tuesday", "0100 GMT on Wednesday").is_empty());
        // Not a morning's time, nor one zone.
        assert_eq!(
            told("10 a.m. on Tuesday", "0100 GMT on Wednesday"),
            [["Tuesday", "Wednesday"]]
        );
        assert_eq!(
            told("8 p.m. on Tuesday", "8 p.m. on Wednesday"),
            [["Tuesday", "Wednesday"]]
        );
    }

    #[test]
    fn figures_a_bound_lets_meet_in_claims_of_other_times_are_two_facts() {
        let r = report(&[
            "Antivenom shortage hits Kantapur as snakebite deaths mount\n\nAt least 23 people \
             have died of snakebite in Kantapur district since the first week of July, as \
             hospitals ran out of antivenom, officials said on Sunday.",
            "Kantapur runs short of snakebite antidote as deaths climb to 19\n\nKantapur \
             district has run out of antivenom during a surge in snakebites that has killed 19 \
             people since mid-June, health officials said.\n\nIn the state, about 900 people \
             died of snakebite last year, according to state data.",
        ]);
        assert!(found(&r, Kind::Agreement, Category::Number).is_empty());
        assert_eq!(
            conflicts(&r, Category::Number),
            [["At least 23 people", "19 people"]]
        );
    }

    #[test]
    fn scientists_may_speak_for_a_named_body() {
        let r = report(&[
            "An iceberg of about 1,550 square km has broken off the Halvorsen Ice Shelf in East Antarctica, scientists said on Friday.",
            "An iceberg of roughly 1,250 square kilometres has split from the Halvorsen Ice Shelf in East Antarctica, the Australian Antarctic Division said.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        assert_eq!(
            conflicts(&r, Category::Number),
            [["about 1,550 square km", "roughly 1,250 square kilometres"]]
        );
        // A person is no body its scientists speak for.
        let person = report(&[
            "The shelf has lost about a tenth of its area, scientists said on Friday.",
            "The shelf has lost about a tenth of its area, glaciologist Helen Marsh said on Friday.",
        ]);
        assert_eq!(conflicts(&person, Category::Attribution).len(), 1);
        // Prosecutors speak for a side, not for any body.
        let sides = report(&[
            "The strike on the market killed 12 people, prosecutors said.",
            "The strike on the market killed 12 people, the Russian Defence Ministry said.",
        ]);
        assert_eq!(conflicts(&sides, Category::Attribution).len(), 1);
    }

    #[test]
    fn an_attribution_conflict_needs_one_statement_told_by_both() {
        // The same statement from two named sources conflicts.
        let told = report(&[
            "Cloud data centers are the fastest growing segment of the server market, said Lisa Su.",
            "Cloud data centers are projected to be the fastest growing segment of the server market, according to IDC.",
        ]);
        assert_eq!(conflicts(&told, Category::Attribution).len(), 1);
        // Two claims about the rescue that share a word or two, and the
        // day a newspaper is named after, state different things.
        let touching = report(&[
            "His body was recovered by rescuers on Sunday afternoon, according to local media reports.",
            "The victim was still alive when rescuers reached him, pilot Jim Campbell told the Herald on Sunday.",
        ]);
        assert!(conflicts(&touching, Category::Attribution).is_empty());
    }

    #[test]
    fn transliterated_speakers_agree_and_one_letter_in_a_known_name_conflicts() {
        let r = report(&[
            "Zelensky said the leaders discussed a prisoner exchange involving 1,000 captives.\n\
             Drone strikes killed seven people in the port, regional governor Oleh Kiper said.",
            "The leaders discussed a swap of 1,200 prisoners, Zelenskyy told reporters.\n\
             Drones killed eight people in the port, according to governor Oleg Kiper.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        assert_eq!(
            conflicts(&r, Category::Number),
            [
                ["1,000 captives", "1,200 prisoners"],
                ["seven people", "eight people"]
            ]
        );
        assert!(
            conflicts(&r, Category::Name)
                .contains(&vec!["Oleh Kiper".to_string(), "Oleg Kiper".to_string()])
        );
    }

    #[test]
    fn a_syllable_transliterated_two_ways_is_a_spelling_conflict() {
        let r = report(&[
            "The bank's security chief, Kang Min-seok, said the breach began in May.",
            "The bank's security chief, Kang Min-suk, said the breach began in May.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Name),
            [["Kang Min-seok", "Kang Min-suk"]]
        );
        // A family name romanised two ways too, in claims that do not pair.
        let r = report(&[
            "The plant's director, Lee Jae-hoon, said the pump would be taken apart.",
            "Plant director Rhee Jae-hun apologised to residents at a meeting.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Name),
            [["Lee Jae-hoon", "Rhee Jae-hun"]]
        );
    }

    #[test]
    fn a_day_the_other_story_tells_too_is_not_set_against_another() {
        // B tells of Sunday as well: its Monday is of something else.
        // (Sentences of a development pair, tests/synthetic/107.)
        let r = report(&[
            "Chile held a state funeral on Wednesday for former President Eduardo Valdivieso, \
             with an estimated 80,000 people lining the streets of the capital.\n\n\
             Valdivieso died on Sunday aged 91 at his home in the coastal town of Zapallar \
             after a long illness, his family said.",
            "Some 30,000 people turned out in central Santiago on Wednesday to say goodbye to \
             Eduardo Valdivieso, who died at 89 on Sunday.\n\n\
             Valdivieso's body had lain in state at the old Congress on Monday and Tuesday, \
             where officials said more than 45,000 people filed past the open coffin.",
        ]);
        assert!(
            conflicts(&r, Category::Date).is_empty(),
            "{:?}",
            conflicts(&r, Category::Date)
        );
        // A day the other story gives to something else does not count.
        let other_thing = format!("{REHAB}\nShe had sung at a charity gala on Friday.");
        let r = report(&[&rehab(""), &other_thing]);
        assert_eq!(conflicts(&r, Category::Date), [["Friday", "Monday"]]);
    }

    #[test]
    fn days_of_two_months_near_each_other_conflict() {
        // Claims that do not pair (sentences of tests/synthetic/95).
        let pair = |b: &str| {
            report(&[
                "The expulsions follow the arrest on September 3 of a Norwegian engineer who \
                 worked for a contractor at the Kjelvik radar station, about 40 km north of \
                 Tromso. The 52-year-old, who has not been named, is suspected of passing \
                 technical drawings and photographs of the station to a Russian handler.",
                &format!(
                    "According to court documents, the engineer, 57, was detained on {b} at \
                     his home outside Tromso. Prosecutors say he handed over plans, photographs \
                     and access codes relating to the Kjelvik radar, roughly 25 miles north of \
                     the city."
                ),
            ])
        };
        assert_eq!(
            conflicts(&pair("August 30"), Category::Date),
            [["September 3", "August 30"]]
        );
        // Months apart, they are of two things.
        assert!(conflicts(&pair("June 30"), Category::Date).is_empty());
    }

    #[test]
    fn years_of_tallies_that_differ_are_two_years_figures() {
        let pair = |b: &str| {
            report(&[
                "Wild elephants killed 41 people in the state in 2022, according to forest \
                 department figures.",
                &format!(
                    "Wild elephants killed {b} people across the state in 2023, officials say."
                ),
            ])
        };
        // Each story gives another year's toll as background.
        assert!(conflicts(&pair("37"), Category::Date).is_empty());
        // One toll told of two years: the year is in doubt.
        assert_eq!(conflicts(&pair("41"), Category::Date), [["2022", "2023"]]);
        // Tallies told with a verb of tallying, though a body is named.
        let r = report(&[
            "The CDC recorded 14 outbreaks on cruise ships in 2023.",
            "The CDC recorded 10 outbreaks on cruise ships in 2019.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // One event, named, is dated two ways.
        let r = report(&[
            "A fire in a garment factory in Dhaka killed 112 workers in 2012.",
            "A fire in a garment factory in Dhaka killed 117 workers in 2013.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["2012", "2013"]]);
    }

    #[test]
    fn aligned_claims_tell_dates_weeks_apart_of_two_events() {
        let pair = |a: &str, b: &str| {
            report(&[
                &format!("A judge jailed Tom Harlow for six years on Friday. {a}"),
                &format!("Tom Harlow was jailed for six years on Friday. {b}"),
            ])
        };
        let two_events = pair(
            "Harlow pleaded not guilty to fraud at Southwark Crown Court on March 3.",
            "A jury at Southwark Crown Court convicted Harlow of fraud on April 10.",
        );
        assert!(conflicts(&two_events, Category::Date).is_empty());
        // Told alike but for the date, a month apart is one date misreported.
        let one = pair(
            "Harlow was convicted of fraud at Southwark Crown Court on March 3.",
            "Harlow was convicted of fraud at Southwark Crown Court on April 3.",
        );
        assert_eq!(conflicts(&one, Category::Date), [["March 3", "April 3"]]);
        // Days apart, the claims about one thing tell one date two ways.
        let near = pair(
            "Harlow pleaded not guilty to fraud at Southwark Crown Court on March 3.",
            "Harlow denied fraud at Southwark Crown Court on February 28.",
        );
        assert_eq!(
            conflicts(&near, Category::Date),
            [["March 3", "February 28"]]
        );
    }

    #[test]
    fn a_vague_figure_leaves_the_exact_one_its_counterpart() {
        // "Hundreds" would agree with 213; the exact 312 is the figure to
        // set against it.
        let r = report(&[
            "Hundreds of flights were grounded on Saturday, and the airline cancelled 312 flights \
             during the pilots' strike.",
            "The airline cancelled 213 flights during the pilots' strike on Saturday.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["312 flights", "213 flights"]]
        );
        // A part of the vague figure's whole stays a part.
        for (a, b) in [
            (
                "Thousands of residents fled the fires, and 240 residents were housed in schools.",
                "More than 5,000 residents fled the fires.",
            ),
            (
                "Thousands of residents fled the fires, and 240 residents were housed in schools.",
                "5,000 residents fled the fires.",
            ),
            (
                "Hundreds of homes were flooded, including 37 homes in the old town.",
                "About 500 homes were flooded.",
            ),
        ] {
            let r = report(&[a, b]);
            assert!(conflicts(&r, Category::Number).is_empty(), "{b}");
        }
    }

    #[test]
    fn a_headline_s_conflict_restated_by_the_body_cites_the_body() {
        // The headline pairs with the other story's lead as a part of it
        // and is found in conflict first; the body's sentence restating it
        // in a group with that lead then tells the conflict.
        let r = report(&[
            "Two trams collide head-on in Lindenhaven city centre, 23 hurt\n\n\
             Two trams collided head-on in the centre of the Dutch city of Lindenhaven on \
             Tuesday morning, injuring 23 people, emergency services said.",
            "Thirty-one people were hurt on Tuesday when two packed trams ran into each \
             other in the city centre.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["23 people", "Thirty-one people"]]
        );
        // However the headline names what it counts: one conflict, the
        // body's.
        let r = report(&[
            "Mine collapse traps 9\n\n\
             Nine miners were trapped underground on Monday after part of a coal mine \
             collapsed in Silesia.",
            "Rescuers were trying to reach 11 miners trapped after a partial collapse at a coal \
             mine in Silesia on Monday.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["Nine miners", "11 miners"]]
        );
        // A headline with no body restating its figure keeps the conflict.
        let r = report(&[
            "Two trams collide head-on in Lindenhaven city centre, 23 hurt\n\n\
             Two trams collided head-on in the centre of the Dutch city of Lindenhaven on \
             Tuesday morning, emergency services said.",
            "Thirty-one people were hurt on Tuesday when two packed trams ran into each \
             other in the city centre.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["23 hurt", "Thirty-one people"]]
        );
    }

    #[test]
    fn a_headline_s_conflict_cites_the_body_whatever_the_other_headline_pairs_with() {
        // Each headline gives the toll too: the body's figure pairs with
        // the first story's headline, a conflict already told, and is
        // still the body's to cite.
        let r = report(&[
            "Nearly 30 dead as record rain floods Pakistan's Kotdera\n\n\
             KOTDERA, Pakistan, Aug 19 (Wire) - Nearly 30 people have died after torrential \
             monsoon rain flooded large parts of the southern Pakistani city of Kotdera, \
             submerging streets and cutting power to about a third of its homes, officials \
             said on Wednesday.",
            "Kotdera under water: 34 killed in monsoon deluge\n\n\
             Thirty-four people were killed, nine of them children, the PDMA said in a \
             statement. Most died from electric shocks or drowning.\n\n\
             \"The water came in through the windows in minutes,\" said Asif Malik, a \
             shopkeeper. \"We lost everything, our furniture, our clothes, my shop.\"\n\n\
             The Pakistan Meteorological Department forecast more heavy rain in the province \
             over the next 48 hours and warned of possible urban flooding in other cities.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["Nearly 30 people", "Thirty-four people"]]
        );
    }

    #[test]
    fn a_headline_s_figure_in_conflict_is_told_by_its_body() {
        // The other story's lead pairs with the headline, not with the body
        // sentence that restates its count ("nine hurt" / "nine workers were
        // injured"): the conflict cites the body, which is omitted no more.
        let r = report(&[
            "BUCHAREST - A fire tore through an oil refinery overnight, killing one worker \
             and injuring seven others, emergency officials said on Sunday.",
            "Refinery blaze: one dead, nine hurt as villagers flee the smoke\n\n\
             SALCIOARA - An operator was killed and nine workers were injured when fire \
             engulfed a processing unit shortly after 21:15, the inspectorate said.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["seven", "nine workers"]]);
        let omitted = found(&r, Kind::Omission, Category::Number);
        assert!(
            omitted.iter().flatten().all(|v| !v.starts_with("nine")),
            "{omitted:?}"
        );
        // A body figure of the same value but of another thing is not the
        // headline's.
        let r = report(&[
            "BUCHAREST - A fire tore through an oil refinery overnight, killing one worker \
             and injuring seven others, emergency officials said on Sunday.",
            "Refinery blaze: one dead, nine hurt as villagers flee the smoke\n\n\
             SALCIOARA - Nine fire engines were sent to the refinery shortly after 21:15, the \
             inspectorate said.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["seven", "nine hurt"]]);
        // Nor one of other people.
        let r = report(&[
            "Warehouse blaze kills 2 firefighters\n\n\
             A fire at a warehouse in the port district burned for ten hours on Saturday. Two \
             residents of a neighbouring house also died in the blaze, the fire service said.",
            "Three firefighters die in warehouse fire\n\n\
             A fire at a warehouse in the port district burned for ten hours on Saturday, the \
             fire service said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["2 firefighters", "Three firefighters"]]
        );
    }

    #[test]
    fn a_headline_restating_a_disputed_figure_omits_nothing() {
        let r = report(&[
            "Storm batters Europe, killing at least 16\n\n\
             The storm killed at least 16 people across Europe on Thursday, officials said.\n\
             About 1.2 million homes in France lost power, the grid operator said.",
            "Europe counts the cost of the storm\n\n\
             The storm has left at least 13 people dead in western Europe, officials said.\n\
             Power was cut to 1.2 million French households, the grid operator said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["at least 16 people", "at least 13 people"]]
        );
        assert!(
            r.findings
                .iter()
                .all(|f| !(f.kind == Kind::Omission && f.category == Category::Number)),
            "{:#?}",
            r.findings
        );
    }

    #[test]
    fn a_headline_figure_meets_the_other_story_s_lead() {
        // The headline's figure is told in the other story's lead only; its
        // own body restates it in words the other's do not share.
        let r = report(&[
            "Italy saves 212 migrants from sinking boat in heavy seas\n\n\
             LAMPEDUSA, Italy - The Italian coast guard rescued 212 people from a sinking \
             wooden boat in heavy seas on Tuesday, officials said.\n\
             The boat had left Sfax in Tunisia two days earlier.",
            "'We thought we would drown': 250 people rescued off Linosa\n\n\
             ROME - The 250 survivors, most of them from Eritrea and Sudan, were brought \
             ashore at the island's harbour overnight.\n\
             Their boat had set off from Sfax two days before.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["212 people", "250 survivors"]],
            "the body's evidence, not the headline's"
        );
        // A crosshead within the story is no headline above it.
        let r = report(&[
            "Earthquake shakes eastern Turkey\n\n\
             The quake struck at dawn on Monday, officials said.\n\n\
             Second quake in a week kills 45 people\n\n\
             Rescuers searched the rubble of the old town.",
            "Thirty-one people were killed when homes collapsed in the old town on Monday.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        // A headline alone with its figure, the other story stating it: no
        // conflict, and nothing omitted.
        let r = report(&[
            "Coast guard rescues 212 migrants off Lampedusa\n\n\
             The boat had left Sfax in Tunisia two days earlier.",
            "Rescuers brought 212 migrants ashore on Lampedusa on Tuesday.\n\
             Their boat had set off from Sfax two days before.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        assert!(found(&r, Kind::Omission, Category::Number).is_empty());
    }

    #[test]
    fn counts_of_one_outcome_named_two_ways_conflict() {
        // Guests and people, both fallen ill: one count, told beside no
        // word alike.
        let r = report(&[
            "Two people died and more than 300 guests fell ill after a wedding banquet \
             in the village of Ait Ourir, health officials said.",
            "About 270 people were poisoned after a wedding banquet in the village of \
             Ait Ourir, health officials said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["more than 300 guests", "About 270 people"]]
        );
    }

    #[test]
    fn percentages_in_claims_reworded_meet() {
        let r = report(&[
            "Microsoft agreed to buy ZeniMax Media for $7.5 billion on Monday.\n\
             Shares in Microsoft rose 1.2% in early trading.",
            "Microsoft is paying $7.5bn for ZeniMax, it said on Monday.\n\
             Microsoft's stock was up 1.5% by midday.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["1.2%", "1.5%"]]);
    }

    #[test]
    fn years_of_the_same_event_conflict_but_background_figures_do_not() {
        let r = report(&[
            "The singer last toured the country in 2019 with her band.",
            "The singer last toured the country in 2018 with her band.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["2019", "2018"]]);
        let r = report(&[
            "The gang stole jewels worth 2 million euros from the store in Paris.",
            "In 2007 the gang stole jewels worth 11 million euros from the store in Dubai.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_year_of_a_relative_clause_does_not_date_the_claim() {
        let pair = |b: &str| {
            report(&[
                "The firm has bought a 75 percent stake in the club.",
                &format!("The firm has acquired 80% of the club from Derek Hall, {b}."),
            ])
        };
        assert_eq!(
            conflicts(
                &pair("the developer who bought it in 2008"),
                Category::Number
            ),
            [["75 percent stake", "80%"]]
        );
        // A figure of the clause is of its year.
        let r = report(&[
            "The firm, which had 300 employees in 2010, now employs 500 people in Leeds.",
            "The firm now has 450 employees in Leeds, a spokesman said.",
        ]);
        assert!(!conflicts(&r, Category::Number).contains(&vec![
            "300 employees".to_string(),
            "450 employees".to_string()
        ]));
        // A year of the claim's own telling makes its figures background.
        assert!(conflicts(&pair("a developer, in 2008"), Category::Number).is_empty());
        // A clause without its pronoun: a past after a noun a preposition
        // leads describes that noun; after the claim's subject, it tells.
        let drained = |a: &str| {
            report(&[
                a,
                "Now, with the water level down to just 23% of capacity, the village's houses \
                 have come back into the light.",
            ])
        };
        assert_eq!(
            conflicts(
                &drained(
                    "The houses of a village flooded to make way for a reservoir in 1963 have \
                     re-emerged from the water, as a drought drains it to 18 percent of capacity."
                ),
                Category::Number
            ),
            [["18 percent", "23%"]]
        );
        assert!(
            conflicts(
                &drained(
                    "Residents said the village flooded in 1963 and its houses came back \
                     into the light as a drought drained it to 18 percent of capacity."
                ),
                Category::Number
            )
            .is_empty()
        );
    }

    #[test]
    fn a_date_told_more_closely_meets_its_year_or_month() {
        let pair = |b: &str| {
            report(&[
                "Passenger trains will run once the line opens in December 2027, officials said.",
                b,
            ])
        };
        assert_eq!(
            conflicts(
                &pair("Passenger trains will run when the line opens in late 2028."),
                Category::Date
            ),
            [["December 2027", "2028"]]
        );
        assert!(
            conflicts(
                &pair("Passenger trains will run when the line opens in late 2027."),
                Category::Date
            )
            .is_empty()
        );
        let r = report(&[
            "The company first detected the breach on Aug. 17, 2023, it said.",
            "The company first detected the breach in July 2023, it said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Date),
            [["Aug. 17, 2023", "July 2023"]]
        );
    }

    #[test]
    fn the_year_a_thing_is_named_by_is_told_two_ways() {
        let pair = |b: &str| {
            report(&[
                "A 1961 Lindqvist GT Spyder, one of only four ever built, sold for €31.5 \
                 million at an auction on Lake Como on Saturday.",
                b,
            ])
        };
        assert_eq!(
            conflicts(
                &pair(
                    "On Saturday, a dark-red 1962 Lindqvist GT Spyder sold for 31.5 million \
                     euros at an auction on Lake Como."
                ),
                Category::Date
            ),
            [["1961", "1962"]]
        );
        // Things named otherwise are two, whatever verb follows them.
        let r = report(&[
            "A 2019 report by the agency found the bridge unsafe, officials said on Monday.",
            "The agency's 2021 survey found the bridge unsafe, officials said on Monday.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        let r = report(&[
            "A 2019 report found the bridge unsafe, officials said on Monday.",
            "The 2021 study found the bridge unsafe, officials said on Monday.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn each_story_s_one_vote_tally_is_one_vote() {
        let story = |a: &str| {
            report(&[
                &format!(
                    "Slovenia raises the retirement age to 67.\n\
                     The National Assembly passed the bill by 47 votes to 39.{a}\n\
                     About 15,000 people marched against it, and three unions threatened a \
                     strike. The age rises by two years, from 65, over 12 years."
                ),
                "Slovenians will work longer after lawmakers approved the government's overhaul \
                 late on Thursday, with 48 deputies voting in favour and 38 against.\n\
                 Some 15,000 people had protested, and three unions threatened a strike. The age \
                 rises by two years, from 65, over 12 years.",
            ])
        };
        assert_eq!(
            conflicts(&story(""), Category::Number),
            [[
                "47 votes to 39",
                "48 deputies voting in favour and 38 against"
            ]]
        );
        // A story telling two votes tells no one vote.
        let r = story(" An earlier draft had failed by 40 votes to 45.");
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn weekdays_compare_with_weekdays_only() {
        let r = report(&[
            "The ferry captain was arrested on Friday at the port of Bari, police said.",
            "The ferry captain was arrested on Tuesday, May 6, at the port of Bari, police said.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Friday", "Tuesday"]]);
        let r = report(&[
            "The ferry captain was arrested on Friday at the port of Bari, police said.",
            "The ferry captain was arrested at the port of Bari on Friday, police said.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        assert_eq!(
            found(&r, Kind::Agreement, Category::Date),
            [["Friday", "Friday"]]
        );
        let r = report(&[
            "The ferry captain was arrested on Friday at the port of Bari, police said.",
            "The ferry captain was arrested at the port of Bari, police said.",
        ]);
        assert_eq!(found(&r, Kind::Omission, Category::Date), [["Friday"]]);
        // The second claim tells of two days; its Friday is the search's.
        let r = report(&[
            "Five trekkers were killed when an avalanche hit the Chhiring La pass on Thursday.",
            "Rescuers dug on Friday for trekkers killed when an avalanche hit the Chhiring La pass on Oct. 16.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // So does one told of a day beside it: the dam gave way on the
        // Wednesday before.
        let dam =
            "A Soviet-era dam burst before dawn on Wednesday, flooding the village of Zhanatalap.";
        let r = report(&[
            dam,
            "Residents of Zhanatalap waded back into their flooded village on Thursday, a day after the dam burst.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        let r = report(&[
            "A powerful earthquake shook eastern Turkey's Elazig province on Friday evening, \
             toppling buildings and killing at least 18 people.",
            "Volunteers handed out blankets and soup to families sleeping in tents on \
             Tuesday, four days after the disaster left thousands homeless in Elazig.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // Nor across claims that do not align.
        let r = report(&[
            "Dam bursts in Kazakhstan, flooding villages\n\n\
             ALMATY, March 11 (Wire) - A Soviet-era dam in southern Kazakhstan burst before dawn on \
             Wednesday after days of heavy snowmelt, sending a wall of water through three villages \
             and killing at least four people, emergency officials said.",
            "Residents of Zhanatalap waded back into their flooded village on Thursday to find \
             homes stripped to their walls, a day after the nearby Kokterek dam gave way.\n\n\
             The earthen dam, a Soviet-era structure built in 1972, failed in the early hours of \
             March 11 following a week of rapid snowmelt in the foothills. Some 424 million cubic \
             feet of water poured out of the reservoir and down the narrow valley.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        let r = report(&[
            dam,
            "Residents of Zhanatalap fled their flooded village on Thursday after the dam burst.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Wednesday", "Thursday"]]);
        // A claim of two days still dates the deed its weekday follows, when
        // the other tells that deed on another day.
        let r = report(&[
            "Escaped lynx recaptured near Brno after nine days\n\n\
             BRNO, Czech Republic (Wire) - A lynx that escaped from a wildlife park was \
             recaptured early on Wednesday, nine days after it slipped through a broken fence.",
            "Runaway lynx back in its enclosure\n\n\
             After more than a week of false sightings, the animal was finally caught on \
             Thursday morning.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Wednesday", "Thursday"]]);
        // A weekday owning the thing it dates is of that thing, though told
        // after "after"; a weekday elsewhere in the other story is not.
        let r = report(&[
            "Malta coach under pressure\n\n\
             VALLETTA, Oct. 15 (Wire) - Malta's coach Rui Serra faces calls to quit after a \
             home defeat by Andorra.\n\n\
             Tuesday's defeat, in front of 9,000 fans, was only Malta's second loss to Andorra.",
            "Serra under fire\n\n\
             Malta's coach Rui Serra faces calls to quit after Monday's stunning home defeat \
             by Andorra.\n\n\
             Maltese newspapers were merciless on Tuesday morning.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Tuesday", "Monday"]]);
        // A story telling of two of the deed, or of the other's day beside
        // its own, tells two of them, not one two ways.
        for (a, b) in [
            (
                "The Pope left Rome on Friday for Juba, two days after his envoy left on \
                 Wednesday to prepare the visit.",
                "The Pope left Rome on Friday for Juba, the Vatican said.",
            ),
            (
                "A British climber was rescued on Tuesday, a day after his Italian partner was \
                 rescued by helicopter on Monday.",
                "An Italian climber was rescued by helicopter on Monday.",
            ),
            (
                "Ana Lopez was arrested on Tuesday in Kochi, a day after a rally.",
                "Li Wei was arrested on Friday in Varna, a day after a rally.",
            ),
        ] {
            assert!(
                conflicts(&report(&[a, b]), Category::Date).is_empty(),
                "{a}"
            );
        }
        // The people a story quotes tell no deed apart.
        let r = report(&[
            "Four miners held by rebels in Cauca were freed on Thursday morning, Governor Ana \
             Ruiz said.",
            "Four miners held by rebels in Cauca were reunited with relatives on Thursday, \
             hours after they were released late on Wednesday, army spokesman Jorge Diaz said.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Thursday", "Wednesday"]]);
        // A story dating the deed alike too states the day.
        let r = report(&[
            "Olga Sidorova, who was arrested on Tuesday, is the second campaign official \
             detained this week.",
            "Campaign manager Ivan Petrov was arrested on Monday at his home.\n\
             Sidorova was arrested on Tuesday at a cafe in Grodno.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        assert!(
            found(&r, Kind::Agreement, Category::Date)
                .contains(&vec!["Tuesday".to_string(), "Tuesday".to_string()])
        );
        // A deed's day told apart from another day of its claim.
        let r = report(&[
            "Four miners held by rebels in Cauca were freed on Thursday morning, officials said.",
            "Four miners were reunited with relatives in Bogota on Thursday, hours after rebels \
             in Cauca released them late on Wednesday.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Thursday", "Wednesday"]]);
    }

    #[test]
    fn the_day_of_a_statement_is_not_the_day_of_the_event() {
        let r = report(&[
            "Floods in the north killed nine people on Tuesday and cut the main road.",
            "Floods in the north killed at least 13 people and cut the main road, officials said on Wednesday.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        assert_eq!(
            conflicts(&r, Category::Number),
            [["nine people", "at least 13 people"]]
        );
        // Nor is it a fact one source omits: the event's Tuesday is.
        assert_eq!(found(&r, Kind::Omission, Category::Date), [["Tuesday"]]);
        // Two statements' days: when each was said, not what.
        let r = report(&[
            "The star checked into a rehab clinic in Malibu, her lawyer said on Thursday.",
            "The star checked into a rehab clinic in Malibu, a prosecutor said on Friday.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn near_amounts_of_one_thing_conflict_across_claims() {
        let texts = |fined: &str| {
            [
                "Two generic drugmakers have agreed to pay a combined $1.12 billion (€1.03 billion) to settle allegations that they conspired to inflate the price of a heart medication, authorities said on Wednesday.\n\
                 Under the agreement, filed in federal court in Philadelphia on March 12, the companies will pay $669 million to the U.S. Justice Department and a group of 31 states, while the European Commission will collect €415 million in fines.\n\
                 Clomerapine, used to treat irregular heart rhythms, has been available as a generic since 2009 and is taken by roughly 2 million Americans.".to_string(),
                format!(
                    "Two drugmakers will pay €1.03 billion, about $1.1 billion, to end investigations into claims that they rigged the price of a widely used heart drug, regulators announced on Wednesday.\n\
                     The European Commission said it had {fined} for operating a cartel in the market for clomerapine, a generic treatment for irregular heart rhythms.\n\
                     The remainder goes to U.S. federal prosecutors and about 30 U.S. states under a deal filed in a Philadelphia court on March 21."
                ),
            ]
        };
        let [a, b] = texts("fined the two companies €451 million");
        let r = report(&[&a, &b]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["€415 million", "€451 million"]]
        );
        // Amounts far apart, or told beside other words, are of two things.
        for other in [
            "fined the two companies €900 million",
            "fined the two companies, which earned €451 million from the drug,",
        ] {
            let [a, b] = texts(other);
            assert!(conflicts(&report(&[&a, &b]), Category::Number).is_empty());
        }
    }

    #[test]
    fn figures_of_an_earlier_year_are_background() {
        let r = report(&[
            "Last year, fires in the province burned more than 2.8 million hectares of forest.",
            "This season, fires in the province burned more than 1.1 million hectares of forest.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_year_one_claim_leaves_out_is_no_other_time() {
        let r = report(&[
            "Prosecutors in Halden charged a retired accountant on Monday. The former \
             treasurer of the Halden rowing club is accused of taking $86,000 from the \
             club's accounts in 2022, prosecutors said.",
            "Prosecutors in Halden charged a retired accountant on Monday. The rowing club's \
             former treasurer took $68,000 from the club's accounts, according to the charge \
             sheet.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["$86,000", "$68,000"]]);
        // But a year told as background, or a claim of its own time.
        for (then, now) in [
            (
                "Turnout beat 2019, when the Lantern Festival drew 40,000 visitors to the old \
                 town square, organisers said.",
                "The Lantern Festival drew 55,000 visitors to the old town square, organisers \
                 said.",
            ),
            (
                "Enrollment at Dunmore Community College fell to 8,900 students in 2020, \
                 the college said.",
                "Enrollment at Dunmore Community College stands at 11,300 students this fall, \
                 the college said.",
            ),
        ] {
            let r = report(&[then, now]);
            assert!(conflicts(&r, Category::Number).is_empty(), "{now}");
        }
    }

    #[test]
    fn parts_that_add_up_to_a_whole_do_not_conflict_with_it() {
        let r = report(&[
            "A jury convicted the banker on seven counts after a two-week trial.",
            "A jury convicted the banker on four counts of fraud and three counts of theft.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        let r = report(&[
            "A jury convicted the banker on nine counts after a two-week trial.",
            "A jury convicted the banker on four counts of fraud and three counts of theft.",
        ]);
        assert_eq!(conflicts(&r, Category::Number).len(), 1);
        // The whole a part is told of is no part beside it: 23 and 31 do
        // not add up to "more than two dozen".
        let r = report(&[
            "Twenty-three of the 31 ski areas in the Arlenberg region stayed closed over \
             Christmas.",
            "More than two dozen of the Arlenberg region's 31 ski areas stayed closed over \
             Christmas.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [[
                "Twenty-three of the 31 ski areas",
                "More than two dozen of the Arlenberg region's 31 ski areas"
            ]]
        );
    }

    #[test]
    fn the_days_of_one_statement_told_two_ways_conflict() {
        let r = report(&[
            "Vantrell Pharmaceuticals Inc. said on Tuesday it was recalling about 1.2 million \
             bottles of its ClearSight eye drops.",
            "Vantrell announced on Monday that it was recalling about 1.2 million bottles of \
             ClearSight eye drops.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Tuesday", "Monday"]]);
        // Another speaker's statement may be of another day.
        let r = report(&[
            "Vantrell Pharmaceuticals Inc. said on Tuesday it was recalling about 1.2 million \
             bottles of its ClearSight eye drops.",
            "The regulator said on Monday that Vantrell was recalling about 1.2 million bottles \
             of ClearSight eye drops.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // A statement told again, or of more, may be of another day.
        let r = report(&[
            "The foreign ministry said on Monday it had summoned Norland's ambassador over \
             the arrests.",
            "The foreign ministry said on Tuesday it had summoned Norland's ambassador for a \
             second time over the arrests.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // Words quoted tell what was said, not that it was said again.
        let r = report(&[
            "Finance Minister Karl Berg said on Monday the deficit target was \"on course\".",
            "Finance Minister Karl Berg said on Tuesday the deficit target was \"still on \
             course\".",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Monday", "Tuesday"]]);
        // One speaker's two statements in two leads are two.
        let r = report(&[
            "Vardar striker Leo Mart said on Thursday his injured knee was healing well.",
            "Vardar striker Leo Mart said on Friday his knee operation had been a success.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // And a statement of other words is another statement.
        let r = report(&[
            "Police said on Tuesday that the driver had been arrested at the border.",
            "Police said on Monday that the bus was carrying 40 passengers from Lyon.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn years_of_two_named_things_are_no_conflict() {
        let story = |first: &str, second: &str| {
            report(&[
                &format!(
                    "Two satellites collided over the Indian Ocean on Tuesday, the \
                     surveillance centre said.\n{first}"
                ),
                &format!(
                    "Two satellites were destroyed in a collision over the Indian Ocean on \
                     Tuesday, the surveillance centre said.\n{second}"
                ),
            ])
        };
        let r = story(
            "The 1.8-tonne Aurelis-7, launched in 2021, provided broadband links to ships.",
            "Kestrel-2, launched in 1994 by the Northern Meteorological Agency, had been dead \
             for a decade.",
        );
        assert!(conflicts(&r, Category::Date).is_empty());
        // One thing named alike keeps its years apart.
        let r = story(
            "The 1.8-tonne Aurelis-7, launched in 2021, provided broadband links to ships.",
            "Aurelis-7, launched in 2019, had provided broadband links to ships and aircraft.",
        );
        assert_eq!(conflicts(&r, Category::Date), [["2021", "2019"]]);
        // Names far from the years are of other things their claims tell.
        let r = report(&[
            "A night train between the German port of Nordhagen and the Croatian seaside town \
             of Sveti Anton left on Thursday, reviving a route that was scrapped in 2009.",
            "The overnight service, which the German state railway scrapped in 2012, has been \
             revived by Sternzug, a small private operator.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["2009", "2012"]]);
    }

    #[test]
    fn an_age_a_word_of_ages_holds_is_not_another_s() {
        let r = report(&[
            "A 17-year-old was killed on Friday when a car struck him at a crosswalk.",
            "Police arrested a 42-year-old driver after a teenager was fatally struck at a \
             crosswalk on Friday.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
        // An age the word does not hold may be the one person's told two
        // ways: the driver's.
        let r = report(&[
            "Police arrested a 17-year-old driver after a toddler was fatally struck at a \
             crosswalk on Friday.",
            "Police arrested a 19-year-old driver after a toddler was fatally struck at a \
             crosswalk on Friday.",
        ]);
        assert_eq!(conflicts(&r, Category::Number).len(), 1);
        for (word, age) in [
            ("teenager", 15.0),
            ("boy", 9.0),
            ("children", 8.0),
            ("toddler", 2.0),
            ("baby", 1.0),
        ] {
            let stem = crate::extract::stem(word);
            let (low, high) = words::ages_of_word(&stem).expect(word);
            assert!(low <= age && age <= high, "{word}");
        }
    }

    #[test]
    fn days_of_two_tallies_are_no_conflict() {
        let r = report(&[
            "A petition calling for the mural to be restored had gathered more than 12,000 \
             signatures by Thursday evening.",
            "By Saturday nearly 21,000 people had signed a petition demanding that the mural be \
             restored.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // A deadline for one sum is one deadline told two ways.
        let r = report(&[
            "The council must pay the contractor $5,000 by Friday to restore the mural.",
            "The council must pay the contractor $5,000 by Monday to restore the mural.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Friday", "Monday"]]);
    }

    #[test]
    fn the_weekdays_two_leads_tell_of_conflict_though_their_claims_differ() {
        let r = report(&[
            "MONTREAL, May 8 (Wire) - A late frost swept across the orchards of the valley on \
             Monday night, killing apple blossom weeks before it could set fruit, growers \
             said.\n\nThe province's insurer said it had received 400 claims.",
            "VALLEY TOWN - Marie Roy had checked her apple trees on Tuesday evening, pleased \
             with the blossom.\n\nBy morning the frost had turned it brown, she said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Date),
            [["Monday", "Tuesday"]],
            "{:#?}",
            r.findings
                .iter()
                .filter(|f| f.category == Category::Date)
                .collect::<Vec<_>>()
        );
        // Not a weekday past the lead, nor the day of a statement.
        let r = report(&[
            "A late frost swept across the orchards of the valley, killing apple blossom \
             weeks before it could set fruit, growers said on Monday.",
            "Marie Roy had checked her apple trees, pleased with the blossom, she said. \
             \n\nBy morning the frost had turned it brown. Her son came on Tuesday.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
        // Leads counting one thing share a word of what they tell; not
        // leads measuring a span of time each.
        let bees = |a: &str, b: &str| {
            report(&[
                &format!(
                    "BEAUMARAIS, June 11 (Wire) - A tractor-trailer carrying hives rolled over \
                     on a highway early on Tuesday, {a}, police said."
                ),
                &format!(
                    "Beekeepers in veils worked alongside firefighters on Monday to {b} that \
                     escaped when a transport truck flipped onto its side."
                ),
            ])
        };
        let r = bees(
            "releasing an estimated 14 million bees",
            "round up about 25 million bees",
        );
        assert_eq!(conflicts(&r, Category::Date), [["Tuesday", "Monday"]]);
        let r = bees(
            "closing the road for seven hours",
            "spend 11 hours rounding up the swarm",
        );
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn a_name_hyphenated_is_no_spelling_conflict() {
        let r = report(&[
            "Slovenia's Mlakar sets ski-flying world record\n\nZiga Mlakar set a ski-flying \
             world record on Saturday, sailing 254.5 metres.",
            "Ziga Mlakar had just flown further than anyone in history.\n\nThe Slovenian \
             Mlakar landed at 254.5 metres.\n\nBy nightfall the bars in the village were full, \
             and the chant was the same in every one of them: Mla-kar, Mla-kar.",
        ]);
        assert!(conflicts(&r, Category::Name).is_empty());
        // A double name written as one is spelled otherwise.
        let r = report(&[
            "Coach Abebe Gebremeskel said the team had trained at altitude. Gebremeskel \
             praised the runners.",
            "Abebe Gebre-Meskel, the coach, said his runners trained at altitude.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Name),
            [["Abebe Gebremeskel", "Abebe Gebre-Meskel"]]
        );
    }

    #[test]
    fn a_region_and_its_adjective_are_no_spelling_conflict() {
        let r = report(&[
            "The expedition leader said the data would show how fast Antarctic ice is melting.",
            "After five months in Antarctica, the icebreaker docked in Tromso on Saturday.",
        ]);
        assert!(conflicts(&r, Category::Name).is_empty());
        let r = report(&[
            "A Texan rancher was among those rescued from the flood.",
            "Rescuers in Texas pulled a rancher from the flood waters.",
        ]);
        // The adjective tells the place as a demonym does: not omitted.
        assert!(found(&r, Kind::Omission, Category::Entity).is_empty());
    }

    #[test]
    fn the_one_person_of_a_family_in_each_source_is_one_named_two_ways() {
        let names = |b: &str| {
            let r = report(&[
                "Stavros Markakis, commander of one of the patrol boats, said his crew threw \
                 life jackets to the passengers. Markakis told state radio it was calm.",
                b,
            ]);
            conflicts(&r, Category::Name)
        };
        let stelios = "The operation was led by the patrol boat of Captain Stelios Markakis.";
        assert_eq!(names(stelios), [["Stavros Markakis", "Stelios Markakis"]]);
        // Not where a source names two of the family or speaks of kin, nor
        // a familiar form.
        let both = format!("{stelios} His brother Stavros Markakis was on board.");
        assert!(names(&both).is_empty());
        let son = "The son of the late captain Stelios Markakis led the operation.";
        assert!(names(son).is_empty());
        let r = report(&[
            "\"The boat was overloaded,\" coast guard spokesman Konstantinos Vlachakis said.",
            "Coast guard spokesman Kostas Vlachakis said the boat was overloaded.",
        ]);
        assert!(conflicts(&r, Category::Name).is_empty());
        assert_eq!(
            found(&r, Kind::Agreement, Category::Entity),
            [["Konstantinos Vlachakis", "Kostas Vlachakis"]]
        );
    }

    #[test]
    fn the_one_radius_of_each_story_is_told_two_ways() {
        let refinery = |b: &str| {
            let r = report(&[
                "A fire tore through an oil refinery overnight, forcing the authorities to \
                 evacuate people living within 3 km of the plant.\n\nWitnesses said the smoke \
                 was visible from more than 30 km away.",
                b,
            ]);
            conflicts(&r, Category::Number)
        };
        let alert = "A fire broke out at the refinery.\n\nAn alert told everyone within a \
                     radius of five miles of the refinery to leave their homes.";
        assert_eq!(refinery(alert), [["3 km", "five miles"]]);
        // Not where a story gives two radii.
        let two = format!("{alert} Schools within 10 miles were closed.");
        assert!(refinery(&two).is_empty());
    }

    #[test]
    fn splits_of_one_vote_conflict_whatever_year_names_the_law() {
        let r = report(&[
            "Street vendors celebrated outside the Supreme Court.\n\nThe bench of five \
             judges ruled 4-1 that the 2019 street trade law was void.",
            "Street vendors celebrated outside the Supreme Court.\n\nThe bench of five \
             judges declared the street trade law void in a 3-2 verdict.",
        ]);
        assert_eq!(conflicts(&r, Category::Number), [["4-1", "3-2 verdict"]]);
    }

    #[test]
    fn claims_whose_days_conflict_have_their_figures_compared() {
        let r = report(&[
            "Pakistan completed a series sweep of New Zealand on Sunday, wrapping up a \
             134-run victory in the second Test at the stadium.",
            "Pakistan gave a 143-run victory over New Zealand in the second Test at the \
             stadium on Monday, sealing a series win.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Sunday", "Monday"]]);
        assert_eq!(conflicts(&r, Category::Number), [["134-run", "143-run"]]);
        // Away from the lead, claims of two days tell of two events.
        let r = report(&[
            "An earthquake shook the province this week.\n\nIts aftershocks went on.\n\n\
             Rescuers pulled 12 survivors from the rubble of a collapsed block on Tuesday.",
            "An earthquake shook the province this week.\n\nIts aftershocks went on.\n\n\
             Rescuers pulled three survivors from the rubble of a collapsed block on Thursday.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_story_s_first_day_of_a_deed_meets_one_of_no_deed_named() {
        // "The premiere" names its deed; "on 29 November" after "the first
        // performance" names none.
        let r = report(&[
            "NORRVIK, Sept. 30 (Wire) - A lost symphony by Emil Sandberg has been found in an \
             attic and will be performed for the first time in November, the Norrvik Symphony \
             Orchestra said on Monday.\n\n\
             The premiere is set for Nov. 22 at 7:30 p.m. in the Norrvik concert hall, which \
             seats about 900 people.",
            "Emil Sandberg's lost symphony has turned up in an attic.\n\n\
             \"It was like opening a door into a room nobody had entered for 130 years,\" said \
             conductor Henrik Odmark, the music director of the Norrvik Symphony Orchestra, \
             which will give the first performance on 29 November.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Nov. 22", "29 November"]]);
    }

    #[test]
    fn a_deed_done_to_a_thing_dates_it_though_the_claim_tells_of_two_days() {
        let r = report(&[
            "Salvage crews refloated the bulk carrier Northern Grace on Thursday, reopening the \
             harbour three days after the ship ran aground.",
            "The bulk carrier Northern Grace was refloated on Wednesday afternoon, the port \
             authority said.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Thursday", "Wednesday"]]);
    }

    #[test]
    fn a_story_s_one_time_in_universal_time_meets_the_other_s() {
        let texts = |time: &str| {
            report(&[
                "Crypto exchange Korvex halted all customer withdrawals early on Tuesday.\n\n\
                 The freeze took effect at 2:15 a.m. UTC, according to a notice posted on the \
                 exchange's website.",
                &format!(
                    "Crypto exchange Korvex halted all customer withdrawals early on \
                     Tuesday.\n\n\
                     The exchange, which says it has 430,000 users, froze the accounts at \
                     {time}, blaming what it called a liquidity crisis."
                ),
            ])
        };
        assert_eq!(
            conflicts(&texts("04:15 GMT"), Category::Date),
            [["2:15 a.m. UTC", "04:15 GMT"]]
        );
        assert!(conflicts(&texts("02:15 GMT"), Category::Date).is_empty());
        // One clock time in two zones is two times, not one stated alike.
        let r = report(&[
            "Velmar freezes Orbis Capital accounts\n\n\
             The central bank of Velmar froze all accounts held by Orbis Capital on Friday, \
             citing suspected fraud. The freeze took effect at 2:15 a.m. UTC. Orbis said it \
             was cooperating with investigators.",
            "Regulator acts against Orbis Capital\n\n\
             Velmar's central bank acted against Orbis Capital on Friday over suspected \
             fraud, a spokesman said. The accounts were frozen at 2:15 a.m. CET. Orbis said \
             it was cooperating.",
        ]);
        let agreed = found(&r, Kind::Agreement, Category::Date);
        assert_eq!(agreed, [["Friday", "Friday"]]);
        // A time planned is no account of the time it happened.
        let r = report(&[
            "Kirra-2 satellite launched after delay\n\n\
             The launch of the Kirra-2 weather satellite from Sandhurst Point had been \
             scheduled for 14:00 UTC on Thursday, the space agency said. A valve problem \
             forced a short hold.",
            "Weather satellite reaches orbit\n\n\
             Kirra-2 left the pad at 14:25 GMT on Thursday aboard a Tarvan rocket.",
        ]);
        assert!(conflicts(&r, Category::Date).is_empty());
    }

    #[test]
    fn a_name_spelt_two_ways_ties_claims_that_share_no_other_word() {
        let r = report(&[
            "Bishops on Monday elected Metropolitan Ioanikios of Stavrin as their new \
             patriarch.\n\n\
             Ioanikios won 41 of the 68 votes in the third round of a secret ballot held \
             behind closed doors at the monastery of St. Kirill outside the capital, church \
             officials said.",
            "Metropolitan Ioannikios of Stavrin was chosen as patriarch on Monday by the \
             bishops.\n\n\
             Ioannikios received 44 votes on the second ballot, comfortably clearing the \
             simple majority required, church spokesman Father Mikhail Darev said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["41 of the 68 votes", "44 votes"]]
        );
        // A count of one round is not the whole's.
        let r = report(&[
            "The Holy Synod on Saturday elected Bishop Ioanikios of Thera as the new \
             Metropolitan of Peristera. Ioanikios won 41 of the 68 votes cast.",
            "Bishop Ioannikios of Thera was chosen on Saturday to lead the Metropolis of \
             Peristera. Ioannikios received 29 votes in the first round.",
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_headline_s_people_of_one_sort_are_the_body_s_people() {
        let r = report(&[
            "Cancer patients given radiation overdoses at Carrowmore hospital\n\n\
             Thirty-seven cancer patients at St Aldric's University Hospital received higher \
             doses of radiation than prescribed because of a calibration error, the hospital \
             said on Tuesday.",
            "Radiation error: 43 patients overdosed at St. Aldric's\n\n\
             Forty-three people undergoing treatment for cancer at St. Aldric's University \
             Hospital were exposed to more radiation than intended, after a fault in the \
             calibration of a machine went unnoticed for months.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["Thirty-seven cancer patients", "Forty-three people"]]
        );
    }

    #[test]
    fn a_deal_struck_is_one_agreed() {
        // Of the two days the first claim gives, the deal's meets the day
        // the other says the sides agreed.
        let r = report(&[
            "Greek public school teachers will return to their classrooms on Thursday after \
             their union and the government struck a deal late on Tuesday ending an 11-day \
             strike that had shut thousands of schools across the country, both sides said.",
            "Greece's government and the country's largest teachers' union agreed on Monday \
             night to end a strike that had emptied classrooms for 12 days, after the state \
             offered a pay increase.",
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["Tuesday", "Monday"]]);
        assert_eq!(conflicts(&r, Category::Number), [["11-day", "12 days"]]);
    }

    #[test]
    fn claims_whose_years_conflict_have_their_figures_compared_anywhere() {
        let lead = "A museum said its most famous painting is a forgery.\n\n\
                    Experts found a modern pigment in it.\n\n";
        let r = report(&[
            &format!(
                "{lead}The gallery bought the work from a dealer in 1987 for £2.1 million, \
                 then a record price for the artist, and it has hung in the main hall ever \
                 since."
            ),
            &format!(
                "{lead}The gallery acquired the painting in 1991 for £1.2 million from a \
                 private dealer, Galerie Roth, which has since closed."
            ),
        ]);
        assert_eq!(conflicts(&r, Category::Date), [["1987", "1991"]]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["£2.1 million", "£1.2 million"]]
        );
        // Claims of two years that no conflict sets against each other
        // keep their figures apart.
        let r = report(&[
            &format!(
                "{lead}The gallery bought the work from a dealer in 1987 for £2.1 million, \
                 then a record price for the artist."
            ),
            &format!(
                "{lead}The gallery sold a sketch by the artist in 1991 for £1.2 million to a \
                 dealer."
            ),
        ]);
        assert!(conflicts(&r, Category::Number).is_empty());
    }

    #[test]
    fn a_figure_its_claim_restates_is_no_other_figure() {
        // "112 metres" restates "367 feet": the previous record's 110
        // metres meets the other's 108, not the restatement.
        let r = report(&[
            "Anouk Verbeeck set a world record on Tuesday by descending to 112 metres on a \
             single breath, breaking the previous record of 110 metres.",
            "Verbeek reached 367 feet (on the official sheet, 112 metres) on Tuesday, beating \
             the previous mark of 108 metres.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [["110 metres", "108 metres"]]
        );
    }

    #[test]
    fn a_time_restated_in_another_zone_leaves_the_local_time_to_compare() {
        let r = report(&[
            "The ship hit the central pier of the Rosales Bridge at about 3.40 a.m. local \
             time (0640 GMT), according to the prefecture.",
            "A cargo ship slammed into one of the pillars of the Rosales Bridge at 05:40.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Date),
            [["3.40 a.m. local", "05:40"]]
        );
        let r = report(&[
            "The cargo ship hit the central pier of the Rosales Bridge at about 3.40 a.m. \
             local time (0640 GMT) on Thursday, the prefecture said. Divers began their \
             inspection of the river bed at 11 a.m.",
            "The cargo ship hit the central pier of the Rosales Bridge at 05:40 on Thursday, \
             the prefecture said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Date),
            [["3.40 a.m. local", "05:40"]]
        );
    }

    #[test]
    fn one_age_told_two_ways_is_of_one_person() {
        let r = report(&[
            "A housing association has been fined £1.5 million after a two-year-old girl \
             died from a lung condition caused by black mould in her family's flat.",
            "The parents of a three-year-old girl who died after months of breathing in mould \
             spores said no fine could make up for their loss, after their landlord was \
             ordered to pay £1.25 million.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Number),
            [
                ["£1.5 million", "£1.25 million"],
                ["two-year-old", "three-year-old"]
            ]
        );
    }

    #[test]
    fn claims_giving_different_ages_speak_of_two_people() {
        let days = |b: &str| {
            let r = report(&[
                "A 36-year-old hiker died on Friday after a fall in the Ruapehu National Park.",
                b,
            ]);
            conflicts(&r, Category::Date)
        };
        assert!(
            days("Tom Bell, 32, died after a fall in the Ruapehu National Park on Saturday.")
                .is_empty()
        );
        assert_eq!(
            days("A hiker, 36, died after a fall in the Ruapehu National Park on Saturday."),
            [["Friday", "Saturday"]]
        );
        assert_eq!(
            days("Tom Bell, 36, died after a fall in the Ruapehu National Park on Saturday."),
            [["Friday", "Saturday"]]
        );
    }

    #[test]
    fn one_quotation_credited_to_two_speakers_conflicts() {
        let r = report(&[
            "Thieves took seven objects from the Lorne Museum on Friday.\n\
             \"The thieves knew exactly what they wanted and exactly where it was,\" \
             prosecutor Anne Marchal said.",
            "Lorne heist: 'They knew exactly what they wanted'\n\n\
             Thieves took seven objects from the Lorne Museum on Friday.\n\
             The museum's director, Paul Roux, said the alarm went off at once.\n\
             \"They knew exactly what they wanted,\" Roux said.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Attribution),
            [["prosecutor Anne Marchal", "Roux"]]
        );
        assert_eq!(
            found(&r, Kind::Omission, Category::Claim).len(),
            1,
            "only the director's claim is omitted, not the quotations"
        );
        // A short quotation shares too few words to be one statement by
        // its words alone.
        let r = report(&[
            "Miners were freed on Sunday after four days underground.\n\
             \"All 21 walked out on their own feet,\" said rescue chief Timur Sadykov.",
            "Miners were freed on Sunday after four days underground.\n\
             \"All 21 walked out on their own feet,\" Mines Minister Askar Zhumabekov told \
             reporters.",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
        // A quotation of two sentences is the speaker's at its end.
        let r = report(&[
            "The president arrived in Paris on Monday.\n\
             \"Our country is not just a mine for others. We want to be a partner that \
             builds,\" Ulziibayar said.",
            "The president arrived in Paris on Monday.\n\
             \"Our country is not just a mine for others,\" Foreign Minister Nomin \
             Batjargal told reporters.",
        ]);
        assert_eq!(
            conflicts(&r, Category::Attribution),
            [["Ulziibayar", "Foreign Minister Nomin Batjargal"]]
        );
        // A quotation is its claim's speaker's only beside the speaker.
        let r = report(&[
            "Thousands marched through the capital on Saturday.\n\
             \"No justice, no peace, no more,\" said organiser Jane Doe.",
            "Thousands marched through the capital on Saturday.\n\
             \"No justice, no peace, no more,\" the crowd chanted as they marched past the \
             palace, police said.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
    }

    #[test]
    fn two_people_alike_in_their_titles_are_two_speakers() {
        let r = report(&[
            "\"The right to earn a livelihood cannot be extinguished by a stroke of the \
             municipal pen,\" Justice Raghavendra Iyer wrote for the majority.",
            "\"The right to earn a livelihood cannot be extinguished by a stroke of the \
             municipal pen,\" wrote Chief Justice Meera Sanyal, who headed the bench.",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
        // One person, titled in one source only, is one speaker.
        let r = report(&[
            "\"The right to earn a livelihood cannot be extinguished,\" Justice Meera Sanyal \
             wrote.",
            "\"The right to earn a livelihood cannot be extinguished,\" wrote Sanyal.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        // A title that leaves one name a person's and the other's unsaid
        // ("chief financial officer Carolina Muñoz"): alike in "chief"
        // only, two speakers.
        let bet = "\"This is the biggest bet in our history, and we are making it because we \
                   believe in the region,\"";
        assert_eq!(
            credited_by(
                bet,
                "Chief Executive Ignacio Valdés told reporters.",
                "chief financial officer Carolina Muñoz told analysts."
            ),
            [[
                "Chief Executive Ignacio Valdés",
                "chief financial officer Carolina Muñoz"
            ]]
        );
        // One name spelled two ways is one speaker.
        assert!(
            credited_by(
                bet,
                "Chief Executive Ignacio Valdés told reporters.",
                "chief executive Ignacio Valdez told analysts."
            )
            .is_empty()
        );
        // One given name, and family names transliterated apart: one.
        assert!(credited_by(bet, "said Saif Gaddafi.", "said Saif Qadhafi.").is_empty());
        // A body the other claim names speaks for its people, and a
        // body's officer unnamed may be the named one.
        let r = report(&[
            "AMD plans to keep selling SeaMicro servers \"for the foreseeable future,\" Ms. Su \
             said.",
            "AMD says it will keep selling SeaMicro servers \u{201c}for the foreseeable \
             future.\u{201d}",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        assert!(
            credited_by(
                bet,
                "said Chief Executive Ignacio Valdés.",
                "Norvexa's chief executive said."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_record_no_one_keeps_may_be_any_speakers() {
        let sold = |by: &str| {
            format!(
                "The game cost $140 million to develop but sold about 390,000 copies, according to {by}."
            )
        };
        for record in ["tracking data", "industry figures", "sales estimates"] {
            let r = report(&[&sold(record), &sold("analysts at Pixelcount Research")]);
            assert!(conflicts(&r, Category::Attribution).is_empty(), "{record}");
        }
        // Two speakers named are two.
        let r = report(&[&sold("Pixelcount Research"), &sold("the publisher Orison")]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
    }

    #[test]
    fn a_part_a_name_holds_is_no_misspelling_of_another_of_its_parts() {
        let r = report(&[
            "Seven pupils at Hollins Park Academy have the disease, the Dunmore Heath Health \
             Protection Team said on Monday.",
            "Seven pupils at Hollins Park Academy in Dunmore Heath have the disease, officials \
             said on Monday.",
        ]);
        assert!(conflicts(&r, Category::Name).is_empty());
        // A part written otherwise in the one name is a spelling conflict.
        let r = report(&[
            "Seven pupils at Hollins Park Academy have the disease, the Dunmore Heath Health \
             Protection Team said on Monday.",
            "Seven pupils at Hollins Park Academy have the disease, the Dunmore Heath Helth \
             Protection Team said on Monday.",
        ]);
        assert_eq!(conflicts(&r, Category::Name).len(), 1);
    }

    #[test]
    fn a_short_form_of_several_names_takes_no_variant_and_is_no_omission() {
        // "Sawada" names either Sawada of A: B's one long form spelled
        // another way is A's "Tokujiro Sawada", and A's "Sawada" is
        // omitted by no one.
        let r = report(&[
            "Tokujiro Sawada died on Sunday at 114.\n\n\
             His daughter-in-law Michiko Sawada visited him every week.\n\n\
             Sawada credited miso soup for his long life.",
            "Tokujirou Sawada died on Sunday at 114.\n\n\
             Mr Sawada credited miso soup for his long life.",
        ]);
        assert_eq!(
            found(&r, Kind::Conflict, Category::Name),
            [["Tokujiro Sawada", "Tokujirou Sawada"]]
        );
        let omitted: Vec<String> = (r.findings.iter())
            .filter(|f| f.kind == Kind::Omission && f.category == Category::Entity)
            .map(|f| f.summary.clone())
            .collect();
        assert_eq!(omitted, ["Michiko Sawada appears only in A"]);
    }

    #[test]
    fn a_speaker_named_after_a_kin_word_is_named() {
        // "said his daughter-in-law, Michiko Sawada": the name, not the kin.
        let quote = "\"He never once complained about anything. Even at 110 he would thank \
                     every nurse by name,\"";
        assert_eq!(
            credited_by(
                quote,
                "said his daughter-in-law, Michiko Sawada, 81.",
                "said Yumiko Tanabe, the director of the care home."
            ),
            [["Michiko Sawada", "Yumiko Tanabe"]]
        );
        // Kin of one family name are two people.
        assert_eq!(
            credited_by(
                quote,
                "said his daughter-in-law, Michiko Sawada, 81.",
                "said his grandson, Kenji Sawada."
            ),
            [["Michiko Sawada", "Kenji Sawada"]]
        );
    }

    #[test]
    fn a_speaker_named_by_its_initials_is_the_same_speaker() {
        let r = report(&[
            "The new chip will ship to server makers in May, Advanced Micro Devices said.",
            "The new chip will ship to server makers in May, AMD said.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        assert_eq!(found(&r, Kind::Agreement, Category::Attribution).len(), 1);
        let r = report(&[
            "The new chip will ship to server makers in May, according to Japan's trade ministry.",
            "The new chip will ship to server makers in May, according to Japan's Nikkei newspaper.",
        ]);
        assert_eq!(conflicts(&r, Category::Attribution).len(), 1);
    }

    #[test]
    fn the_company_as_speaker_is_any_company() {
        let r = report(&[
            "Zeta will cut 3,800 jobs by the end of 2026 after profit fell, Zeta Motors said.",
            "Zeta will cut 3,800 jobs by the end of 2026 after profit fell, the Berlin carmaker said.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
        // Whatever the word before the body noun is (its words come sorted).
        let r = report(&[
            "Car parts maker Kessler AG said it would cut 3,800 jobs by the end of 2026.",
            "The Stuttgart group said it would cut 3,800 jobs by the end of 2026.",
        ]);
        assert!(conflicts(&r, Category::Attribution).is_empty());
    }

    #[test]
    fn a_majority_names_the_outlier() {
        let a = "The storm killed 12 people in the coastal town of Brest, officials said.";
        let c = "The storm killed 15 people in the coastal town of Brest, officials said.";
        let r = report(&[a, a, c]);
        let f = r
            .findings
            .iter()
            .find(|f| f.kind == Kind::Conflict)
            .expect("a conflict");
        assert_eq!(f.majority.as_deref(), Some("12 people"));
        assert_eq!(f.outliers, ["C"]);
    }

    #[test]
    fn what_only_one_source_says_is_omitted_from_the_others() {
        let r = report(&[
            "The storm hit the coastal town of Brest on Monday. Mayor Anne Dupont closed the schools.",
            "The storm hit the coastal town of Brest on Monday.",
        ]);
        let omitted: Vec<(Category, &[String])> = r
            .findings
            .iter()
            .filter(|f| f.kind == Kind::Omission)
            .map(|f| (f.category, f.missing_from.as_slice()))
            .collect();
        assert!(omitted.contains(&(Category::Claim, &["B".to_string()][..])));
        assert!(omitted.contains(&(Category::Entity, &["B".to_string()][..])));
    }
}
