//! Properties that must hold for any input (proptest): no stage panics on
//! arbitrary text or bytes; a source compared with itself agrees entirely;
//! swapping two sources swaps their labels and nothing else; output is the
//! same, byte for byte, on every run.

use factdiff::analyze;
use factdiff::input::{Content, Document, SourceId, from_bytes};
use factdiff::reconcile::Kind;
use factdiff::report::{RenderOptions, Report, write};
use proptest::prelude::*;

fn doc(id: u16, label: &str, text: &str) -> Document {
    Document::new(SourceId(id), label, label, text.to_string())
}

/// Text shaped like news: capitalized names, numbers with separators,
/// dates, quotes, abbreviations, hyphens, stops, newlines.
fn newsy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-z]{1,9}",
        "[A-Z][a-z]{1,9}",
        "[A-Z]{2,4}",
        "[0-9]{1,4}",
        "[0-9]{1,3},[0-9]{3}",
        "(January|Sept\\.|May|Monday) [0-9]{1,2}",
        "(around|more than|at least|up to) [0-9]{1,3}",
        "(U\\.S\\.|Mr\\.|Gen\\.|No\\.|\\$|£|%|'s|’s|-|—|“|”|\"|\\(|\\))",
        "[.!?,;:…]",
        "\n",
    ];
    prop::collection::vec(word, 0..60).prop_map(|words| words.join(" "))
}

fn json(report: &Report) -> String {
    let mut out = Vec::new();
    let options = RenderOptions {
        format: factdiff::report::Format::Json,
        ..RenderOptions::default()
    };
    write(report, &options, &mut out).expect("writes to memory");
    String::from_utf8(out).expect("UTF-8")
}

/// A finding as a label-independent fact: kind, category and, per source,
/// its value, line and column.
fn shape(report: &Report, swap: bool) -> Vec<String> {
    let relabel = |l: &str| match (swap, l) {
        (true, "A") => "B".to_string(),
        (true, "B") => "A".to_string(),
        _ => l.to_string(),
    };
    let mut out: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            let mut evidence: Vec<String> = f
                .evidence
                .iter()
                .map(|e| {
                    format!(
                        "{}:{:?}:{}:{}",
                        relabel(&e.label),
                        e.value,
                        e.line,
                        e.column
                    )
                })
                .collect();
            evidence.sort();
            let missing: Vec<String> = f.missing_from.iter().map(|l| relabel(l)).collect();
            format!("{:?} {:?} {evidence:?} {missing:?}", f.kind, f.category)
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(a in "\\PC{0,400}", b in "(?s).{0,400}") {
        let report = analyze(&[doc(0, "A", &a), doc(1, "B", &b)], &Default::default());
        let _ = json(&report);
        for format in [factdiff::report::Format::Text, factdiff::report::Format::Csv, factdiff::report::Format::Markdown] {
            let options = RenderOptions { format, color: true, ..RenderOptions::default() };
            write(&report, &options, &mut Vec::new()).expect("writes to memory");
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        for content in [Content::Detect, Content::Html, Content::Text] {
            if let Ok((document, _)) = from_bytes(&bytes, SourceId(0), "A", "a", content) {
                let other = doc(1, "B", "The storm hit Brest on Monday.");
                let _ = analyze(&[document, other], &Default::default());
            }
        }
    }

    #[test]
    fn newsy_text_never_panics(a in newsy(), b in newsy(), c in newsy()) {
        let report = analyze(&[doc(0, "A", &a), doc(1, "B", &b), doc(2, "C", &c)], &Default::default());
        let _ = json(&report);
    }

    #[test]
    fn a_source_agrees_with_itself(text in newsy()) {
        let report = analyze(&[doc(0, "A", &text), doc(1, "B", &text)], &Default::default());
        let differences: Vec<_> = report.findings.iter().filter(|f| f.kind != Kind::Agreement).collect();
        prop_assert!(differences.is_empty(), "{differences:#?}");
    }

    #[test]
    fn swapping_sources_swaps_labels_only(a in newsy(), b in newsy()) {
        let ab = analyze(&[doc(0, "A", &a), doc(1, "B", &b)], &Default::default());
        let ba = analyze(&[doc(0, "A", &b), doc(1, "B", &a)], &Default::default());
        prop_assert_eq!(shape(&ab, false), shape(&ba, true));
    }

    #[test]
    fn output_is_the_same_on_every_run(a in newsy(), b in newsy()) {
        let first = analyze(&[doc(0, "A", &a), doc(1, "B", &b)], &Default::default());
        let second = analyze(&[doc(0, "A", &a), doc(1, "B", &b)], &Default::default());
        prop_assert_eq!(json(&first), json(&second));
    }
}

#[test]
fn the_seed_pair_swapped_gives_the_same_findings() {
    let a = std::fs::read_to_string("fixtures/beijing-parade-a.txt").unwrap();
    let b = std::fs::read_to_string("fixtures/beijing-parade-b.txt").unwrap();
    let ab = analyze(&[doc(0, "A", &a), doc(1, "B", &b)], &Default::default());
    let ba = analyze(&[doc(0, "A", &b), doc(1, "B", &a)], &Default::default());
    assert_eq!(shape(&ab, false), shape(&ba, true));
}
