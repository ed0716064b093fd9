//! Per-stage benchmarks (criterion): segment, extract, align, reconcile and
//! render, on the seed pair and on a 1 MB pair of real news text (the corpus
//! texts repeated, as `scripts/bench.sh` builds it).
//!
//! `cargo bench --bench stages`; figures and the machine are in the README.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use factdiff::input::{Document, SourceId};
use factdiff::report::{Format, RenderOptions, Report};
use factdiff::{align, extract, reconcile, segment};

fn seed_pair() -> [Document; 2] {
    let read = |name: &str| {
        std::fs::read_to_string(format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    };
    [
        Document::new(SourceId(0), "A", "a", read("beijing-parade-a.txt")),
        Document::new(SourceId(1), "B", "b", read("beijing-parade-b.txt")),
    ]
}

/// About 1 MB of news: the corpus texts in name order, repeated; B has lines
/// moved, dropped and digits changed, like the benchmark script's pair.
fn megabyte_pair() -> [Document; 2] {
    let dir = format!(
        "{}/../shared/corpus/ecbplus/ECB+",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut files: Vec<_> = walk(std::path::Path::new(&dir));
    files.sort();
    let corpus: String = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    let mut a = String::new();
    while a.len() < 1_000_000 && !corpus.is_empty() {
        a.push_str(&corpus);
    }
    let mut b = String::new();
    let mut moved = String::new();
    for (n, line) in a.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        if n % 11 == 0 {
            continue;
        }
        let line = if n % 5 == 0 {
            line.replace(|c: char| c.is_ascii_digit(), "7")
        } else {
            line.to_string()
        };
        if n % 7 == 0 {
            moved.push_str(&line);
            moved.push('\n');
        } else {
            b.push_str(&line);
            b.push('\n');
        }
    }
    b.push_str(&moved);
    [
        Document::new(SourceId(0), "A", "a", a),
        Document::new(SourceId(1), "B", "b", b),
    ]
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .flat_map(|p| {
            if p.is_dir() {
                walk(&p)
            } else if p.extension().is_some_and(|x| x == "txt") {
                vec![p]
            } else {
                Vec::new()
            }
        })
        .collect()
}

fn stages(c: &mut Criterion, name: &str, documents: &[Document]) {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    let originals: Vec<&str> = documents.iter().map(|d| d.original.as_str()).collect();
    // The run gathers capitalization evidence while segmenting (a visitor
    // on each claim's tokens, timed under "whole" only); "extract" includes
    // tokenizing each claim's line again.
    let mut lexicon = extract::Lexicon::default();
    let claims: Vec<Vec<segment::Claim>> = documents
        .iter()
        .map(|d| segment::read(d, |tokens| lexicon.add(tokens)))
        .collect();
    let extracted = extract::all(&originals, claims.clone(), &lexicon);
    let options = align::AlignOptions::default();
    let alignment = align::align(&extracted, &originals, &options);
    let labels: Vec<String> = documents.iter().map(|d| d.label.clone()).collect();
    let reconciliation = reconcile::reconcile(&extracted, &originals, &labels, &alignment);
    let report = Report::new(documents, &extracted, reconciliation);
    group.bench_function("segment", |b| {
        b.iter(|| documents.iter().map(segment::claims).collect::<Vec<_>>())
    });
    group.bench_function("extract", |b| {
        b.iter(|| extract::all(&originals, black_box(claims.clone()), &lexicon))
    });
    group.bench_function("align", |b| {
        b.iter(|| align::align(black_box(&extracted), &originals, &options))
    });
    group.bench_function("reconcile", |b| {
        b.iter(|| reconcile::reconcile(black_box(&extracted), &originals, &labels, &alignment))
    });
    let json = RenderOptions {
        format: Format::Json,
        ..RenderOptions::default()
    };
    group.bench_function("render-json", |b| {
        b.iter(|| factdiff::report::write(&report, &json, &mut Vec::new()))
    });
    group.bench_function("render-text", |b| {
        b.iter(|| factdiff::report::write(&report, &RenderOptions::default(), &mut Vec::new()))
    });
    group.bench_function("whole", |b| {
        b.iter(|| factdiff::analyze(black_box(documents), &options))
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    stages(c, "seed", &seed_pair());
    stages(c, "1MB", &megabyte_pair());
}

criterion_group!(all, benches);
criterion_main!(all);
