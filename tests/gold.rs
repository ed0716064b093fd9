//! The quality harness: runs factdiff on every hand-annotated pair in
//! `tests/gold/` (real articles from ECB+ topics 1, 23, 24 and 43, plus the
//! seed pair) and in `tests/synthetic/` (invented pairs in other domains),
//! and measures precision, recall and F1 of conflicts and omissions against
//! the annotation.
//!
//! `cargo test --release --test gold -- --nocapture --test-threads 1`
//! prints the tables. Each test fails when a figure drops below the floor
//! recorded in `FLOORS` or `SYNTHETIC_FLOORS`, so a rule that helps one pair
//! and hurts the others shows up at once.
//!
//! Matching is by text, never by position: a found conflict matches an
//! annotated one when each source's value contains the annotated string or
//! the other way round (a string of one or two letters as a whole word), or
//! the two share a run of three words (folded:
//! case, diacritics, punctuation), or, for a name spelled two ways, the
//! annotated string holds a word only its spelling has; a found
//! omission matches when it comes from the annotated source and its value
//! (or, for a whole claim, its text) holds the annotated string.

use std::path::Path;

use factdiff::analyze;
use factdiff::input::{Document, SourceId};
use factdiff::normalize::fold;
use factdiff::reconcile::{Category, Kind};
use factdiff::report::{Report, ShownFinding};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    a: String,
    b: String,
    conflicts: Vec<GoldConflict>,
    omissions: Vec<GoldOmission>,
    #[serde(default)]
    not_conflicts: Vec<GoldPair>,
}

#[derive(Deserialize)]
struct GoldConflict {
    #[serde(default)]
    category: String,
    a: String,
    b: String,
}

#[derive(Deserialize)]
struct GoldPair {
    a: String,
    b: String,
}

#[derive(Deserialize)]
struct GoldOmission {
    category: String,
    only_in: String,
    value: String,
}

/// Counts for precision and recall.
#[derive(Default, Clone, Copy)]
struct Tally {
    found: usize,
    found_right: usize,
    gold: usize,
    gold_found: usize,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.found += other.found;
        self.found_right += other.found_right;
        self.gold += other.gold;
        self.gold_found += other.gold_found;
    }
    fn precision(&self) -> f64 {
        ratio(self.found_right, self.found)
    }
    fn recall(&self) -> f64 {
        ratio(self.gold_found, self.gold)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 1.0 } else { n as f64 / d as f64 }
}

/// Whether two strings overlap once folded: one holds the other; a string
/// of one or two letters only as a whole word (a stray "C" is not in
/// "Mexican navy divers", but "Ont" is "Ontario").
fn overlaps(found: &str, gold: &str) -> bool {
    let (f, g) = (fold(found), fold(gold));
    let (short, long) = if f.len() <= g.len() {
        (&f, &g)
    } else {
        (&g, &f)
    };
    let words = |s: &str| format!(" {} ", s.replace('\'', " "));
    match short.len() {
        0 => false,
        1 | 2 => words(long).contains(&words(short)),
        _ => long.contains(short.as_str()),
    }
}

fn evidence_of<'a>(
    finding: &'a ShownFinding,
    label: &str,
) -> Option<&'a factdiff::report::ShownEvidence> {
    finding.evidence.iter().find(|e| e.label == label)
}

/// Whether two strings share a run of three words once folded: a speaker
/// found as "Emergency Situations Minister Askar Zhumabekov" is the one
/// annotated as "Minister Askar Zhumabekov told reporters".
fn share_three_words(found: &str, gold: &str) -> bool {
    let (f, g) = (fold(found), fold(gold));
    let words: Vec<&str> = f.split(' ').collect();
    words
        .windows(3)
        .any(|run| format!(" {g} ").contains(&format!(" {} ", run.join(" "))))
}

/// Whether a found conflict is the annotated one, its evidence in each
/// source overlapping the annotated words. A speaker may be annotated by
/// the words that credit the quotation ("said the chairman of the
/// festival's organising committee") where the finding names them
/// ("Sheikh Mansour bin Khalid al-Subaie"): where the annotation is of a
/// speaker, an attribution's claim holding those words is enough; where it
/// is of a name's spelling, another mention of the name is (see
/// [`names_the_spelling`]). `category` is the annotation's (empty for a
/// trap, which has none).
fn conflict_matches(finding: &ShownFinding, a: &str, b: &str, category: &str) -> bool {
    let of_a_speaker = category == "attribution";
    let side = |label: &str, gold: &str| {
        evidence_of(finding, label).is_some_and(|e| match &e.value {
            Some(value) => {
                overlaps(value, gold)
                    || share_three_words(value, gold)
                    || category == "name" && names_the_spelling(finding, value, gold)
                    || stands_for(finding, value).is_some_and(|name| overlaps(name, gold))
                    || of_a_speaker
                        && finding.category == Category::Attribution
                        && fold(&e.text).contains(&fold(gold))
            }
            None => fold(&e.text).contains(&fold(gold)),
        })
    };
    side("A", a) && side("B", b)
}

/// Whether a name spelled two ways is annotated, as a name's spelling,
/// at another mention of it: the annotated string holds, as a whole word,
/// a word of the name that the other spelling lacks ("Fiona Mackie" /
/// "Fiona McKie" found, "Mackie, 38" / "McKie was gracious" annotated).
fn names_the_spelling(finding: &ShownFinding, value: &str, gold: &str) -> bool {
    if finding.category != Category::Name {
        return false;
    }
    let words = |s: &str| -> Vec<String> { fold(s).split(' ').map(str::to_string).collect() };
    let others: Vec<String> = (finding.evidence.iter())
        .filter_map(|e| e.value.as_deref())
        .filter(|v| *v != value)
        .flat_map(words)
        .collect();
    let gold = words(gold);
    words(value)
        .into_iter()
        .filter(|w| w.len() >= 3 && !others.contains(w))
        .any(|w| gold.contains(&w))
}

/// The name a speaker's pronoun stands for, as the summary shows it
/// ("attributed differently: Tom Hale vs Ana Ruiz (she)"): a gold
/// annotation may name the person where the pronoun's claim does not.
fn stands_for<'a>(finding: &'a ShownFinding, value: &str) -> Option<&'a str> {
    let shown = finding.summary.find(&format!(" ({value})"))?;
    let before = &finding.summary[..shown];
    let start = [": ", " vs "]
        .iter()
        .filter_map(|sep| before.rfind(sep).map(|k| k + sep.len()))
        .max()?;
    Some(&before[start..])
}

fn omission_matches(finding: &ShownFinding, gold: &GoldOmission) -> bool {
    let Some(e) = evidence_of(finding, &gold.only_in) else {
        return false;
    };
    match &e.value {
        Some(value) => {
            overlaps(value, &gold.value)
                || gold.category == "claim" && fold(&e.text).contains(&fold(&gold.value))
        }
        None => gold.category != "entity" && fold(&e.text).contains(&fold(&gold.value)),
    }
}

fn read(dir: &Path, path: &str, id: u16, label: &str) -> Document {
    let text = std::fs::read_to_string(dir.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    Document::new(SourceId(id), label, path, text)
}

struct PairResult {
    name: String,
    conflicts: Tally,
    omissions: Tally,
    false_conflicts: Vec<String>,
    missed: Vec<String>,
}

fn evaluate(name: &str, gold: &Gold, report: &Report) -> PairResult {
    let of_kind = |kind: Kind| report.findings.iter().filter(move |f| f.kind == kind);
    let mut conflicts = Tally::default();
    let mut false_conflicts = Vec::new();
    let mut missed = Vec::new();
    for f in of_kind(Kind::Conflict) {
        conflicts.found += 1;
        if gold
            .conflicts
            .iter()
            .any(|g| conflict_matches(f, &g.a, &g.b, &g.category))
        {
            conflicts.found_right += 1;
        } else {
            let known_trap = gold
                .not_conflicts
                .iter()
                .any(|g| conflict_matches(f, &g.a, &g.b, ""));
            false_conflicts.push(format!(
                "{}{}",
                if known_trap { "[trap] " } else { "" },
                f.summary
            ));
        }
    }
    for g in &gold.conflicts {
        conflicts.gold += 1;
        if of_kind(Kind::Conflict).any(|f| conflict_matches(f, &g.a, &g.b, &g.category)) {
            conflicts.gold_found += 1;
        } else {
            missed.push(format!("conflict {} / {}", g.a, g.b));
        }
    }
    let mut omissions = Tally::default();
    for f in of_kind(Kind::Omission) {
        omissions.found += 1;
        if gold.omissions.iter().any(|g| omission_matches(f, g)) {
            omissions.found_right += 1;
        } else {
            let shown = f.evidence.first().map(|e| {
                e.value
                    .clone()
                    .unwrap_or_else(|| e.text.chars().take(50).collect())
            });
            false_conflicts.push(format!(
                "omission? {} {:?}",
                f.category.name(),
                shown.unwrap_or_default()
            ));
        }
    }
    for g in &gold.omissions {
        omissions.gold += 1;
        if of_kind(Kind::Omission).any(|f| omission_matches(f, g)) {
            omissions.gold_found += 1;
        } else {
            missed.push(format!(
                "omission {} in {}: {}",
                g.category, g.only_in, g.value
            ));
        }
    }
    PairResult {
        name: name.to_string(),
        conflicts,
        omissions,
        false_conflicts,
        missed,
    }
}

/// Lowest figures accepted on the whole gold set: (conflict P, conflict R,
/// omission P, omission R).
const FLOORS: (f64, f64, f64, f64) = (0.95, 0.85, 0.88, 0.88);

/// Lowest figures accepted on the invented pairs of `tests/synthetic/`:
/// (conflict P, conflict R, omission R). Their annotation lists a few
/// omissions each, not all, so omission precision says nothing there.
const SYNTHETIC_FLOORS: (f64, f64, f64) = (0.93, 0.75, 0.88);

#[test]
fn gold_pairs_meet_the_recorded_floors() {
    let (conflicts, omissions) = score_pairs("tests/gold", 10, true);
    let (cp, cr, op, or) = FLOORS;
    assert_floor("conflict precision", conflicts.precision(), cp);
    assert_floor("conflict recall", conflicts.recall(), cr);
    assert_floor("omission precision", omissions.precision(), op);
    assert_floor("omission recall", omissions.recall(), or);
}

/// Invented pairs in 392 other domains (see their README),
/// written for this project with planted conflicts and traps; rules were
/// found on them, so they guard against regressions rather than measure.
#[test]
fn synthetic_pairs_meet_the_recorded_floors() {
    let (conflicts, omissions) = score_pairs("tests/synthetic", 392, true);
    let (cp, cr, or) = SYNTHETIC_FLOORS;
    assert_floor("conflict precision", conflicts.precision(), cp);
    assert_floor("conflict recall", conflicts.recall(), cr);
    assert_floor("omission recall", omissions.recall(), or);
}

/// Invented pairs kept out of development (see the READMEs of
/// `tests/held-out/`, `tests/held-out-next/`, `tests/held-out-later/`,
/// `tests/held-out-fourth/` and `tests/held-out-fifth/`):
/// only their totals are printed, so that measuring them shows no pair.
#[test]
#[ignore = "prints the held-out totals; run when measuring, not to develop"]
fn held_out_totals() {
    for dir in [
        "tests/held-out",
        "tests/held-out-next",
        "tests/held-out-later",
        "tests/held-out-fourth",
        "tests/held-out-fifth",
    ] {
        println!("{dir}:");
        score_pairs(dir, 8, false);
    }
}

fn assert_floor(what: &str, value: f64, floor: f64) {
    assert!(value >= floor, "{what} {value:.2} < {floor}");
}

/// Runs factdiff on every annotated pair in `dir` (at least `least` of
/// them), prints the table (per pair if `per_pair`) and gives the conflict
/// and omission tallies.
fn score_pairs(dir: &str, least: usize, per_pair: bool) -> (Tally, Tally) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the pairs' folder exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= least, "at least {least} pairs");
    let mut conflicts = Tally::default();
    let mut omissions = Tally::default();
    let verbose = per_pair && std::env::var_os("FACTDIFF_GOLD_VERBOSE").is_some();
    if per_pair {
        println!("{:<32} {:>11} {:>11}", "pair", "conflicts", "omissions");
    }
    for file in &files {
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(file).expect("readable"))
            .expect("valid gold JSON");
        let documents = [read(&dir, &gold.a, 0, "A"), read(&dir, &gold.b, 1, "B")];
        let report = analyze(&documents, &Default::default());
        let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        let result = evaluate(name, &gold, &report);
        if per_pair {
            println!(
                "{:<32} {:>4}/{:<2}/{:<2} {:>4}/{:<2}/{:<2}",
                result.name,
                result.conflicts.found_right,
                result.conflicts.found,
                result.conflicts.gold,
                result.omissions.found_right,
                result.omissions.found,
                result.omissions.gold
            );
        }
        if verbose {
            for line in result.false_conflicts.iter().chain(&result.missed) {
                println!("    {line}");
            }
        }
        conflicts.add(result.conflicts);
        omissions.add(result.omissions);
    }
    if per_pair {
        println!("(right/found/gold per pair)");
    }
    for (name, t) in [("conflicts", conflicts), ("omissions", omissions)] {
        println!(
            "{name:<10} precision {:.2}  recall {:.2}  F1 {:.2}",
            t.precision(),
            t.recall(),
            t.f1()
        );
    }
    (conflicts, omissions)
}
