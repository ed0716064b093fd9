//! factdiff reconciles the facts of several texts about one event: where
//! they agree, where they conflict, and what one of them omits.
//!
//! The pipeline runs one way, one module per stage:
//!
//! ```text
//! input -> normalize -> segment -> extract -> align -> reconcile -> report
//! ```
//!
//! ```
//! use factdiff::{analyze, input::{Document, SourceId}};
//! let a = Document::new(SourceId(0), "A", "a.txt", "Ten people were killed in the blast on Monday.".into());
//! let b = Document::new(SourceId(1), "B", "b.txt", "Twelve people were killed in the blast on Monday.".into());
//! let report = analyze(&[a, b], &Default::default());
//! assert_eq!(report.summary.conflicts, 1);
//! ```

/// Stage 5, align: matches claims and entity mentions across sources.
pub mod align;
/// Batch mode (`--each DIR`): runs the whole pipeline once per event directory.
pub mod batch;
pub mod cli;
pub mod config;
/// Stage 4, extract: pulls entities, figures, dates and speakers out of each claim.
pub mod extract;
/// Stage 1, input: reads and decodes each source, keeping its original text.
pub mod input;
pub mod normalize;
/// Stage 6, reconcile: turns aligned facts into agreements, conflicts and omissions.
pub mod reconcile;
pub mod report;
/// Stage 3, segment: splits each document into claims (sentences).
pub mod segment;

use std::io::Write;

use anyhow::Context;

use crate::align::AlignOptions;
use crate::config::Config;
use crate::input::{Document, SourceId};
use crate::report::Report;

/// What a run found, for the exit status, plus warnings for stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Whether any conflict or omission was found.
    pub differences: bool,
    /// Notes for stderr, each led by its source's name (decoding, HTML extraction, no claims found).
    pub warnings: Vec<String>,
}

/// Reads the sources, reconciles them and writes the report to `out`.
pub fn run(config: &Config, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let mut documents = Vec::new();
    let mut warnings = Vec::new();
    for (i, (origin, label)) in config.sources.iter().zip(&config.labels).enumerate() {
        let (document, notes) = input::read(origin, SourceId(i as u16), label, &config.read)?;
        documents.push(document);
        warnings.extend(notes);
    }
    let report = analyze(&documents, &config.align);
    warnings.extend(report.sources.iter().filter(|s| s.claims == 0).map(|s| {
        format!(
            "{}: no claims found (empty, or only headings) — every fact of the other sources counts as omitted from it",
            s.path
        )
    }));
    if let Some(path) = &config.csv {
        write_atomically(path, |file| {
            report::write_csv(&report, &config.render, file)
        })?;
    }
    if let Some(path) = &config.html {
        write_atomically(path, |file| report::write_html(&report, file))?;
    }
    if !config.quiet {
        report::write(&report, &config.render, out).context("cannot write the report")?;
        out.flush().context("cannot write the report")?;
    }
    Ok(Outcome {
        differences: report.has_differences(),
        warnings,
    })
}

/// Writes a file whole or not at all: into a temporary file beside it, then
/// renamed over it.
fn write_atomically(
    path: &std::path::Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let name = path.display();
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".factdiff-");
    // Readable by all, as any file a user saves (a temporary file alone
    // would be private to its owner).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut file = builder.tempfile_in(dir).with_context(|| {
        format!(
            "{name}: cannot create a file there — check that the directory exists and is writable"
        )
    })?;
    let mut buffered = std::io::BufWriter::new(file.as_file_mut());
    write(&mut buffered)
        .and_then(|()| buffered.flush())
        .with_context(|| format!("{name}: cannot write"))?;
    drop(buffered);
    file.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("{name}: cannot replace the file — check its permissions"))?;
    Ok(())
}

/// Runs the pipeline on documents already read.
pub fn analyze(documents: &[Document], options: &AlignOptions) -> Report {
    let mut extracted = extract_all(documents);
    let originals: Vec<&str> = documents.iter().map(|d| d.original.as_str()).collect();
    let alignment = align::align(&extracted, &originals, options);
    let labels: Vec<String> = documents.iter().map(|d| d.label.clone()).collect();
    let reconciliation = reconcile::reconcile(&extracted, &originals, &labels, &alignment);
    // The report needs the claims only: on a large input the facts and the
    // alignment are most of the memory, and they go before it is built.
    drop(alignment);
    for source in &mut extracted {
        source.facts = Vec::new();
    }
    Report::new(documents, &extracted, reconciliation)
}

/// Segments the documents and extracts the facts of their claims.
pub fn extract_all(documents: &[Document]) -> Vec<extract::Extracted> {
    let originals: Vec<&str> = documents.iter().map(|d| d.original.as_str()).collect();
    // Below this much text, the claims' tokens are kept from segmenting to
    // extraction; above, each line is tokenized again rather than held.
    let keep = originals.iter().map(|t| t.len()).sum::<usize>() < KEEP_TOKENS_BYTES;
    // Sources are independent until alignment but for the capitalization
    // evidence, which is pooled: segment them side by side.
    let segmented = per_source(documents.iter().collect(), &originals, |document| {
        let mut lexicon = extract::Lexicon::default();
        let mut kept = Vec::new();
        let claims = segment::read_owned(document, |tokens| {
            lexicon.add(&tokens);
            if keep {
                kept.push(tokens);
            }
        });
        ((claims, kept), lexicon)
    });
    let (claims, lexicons): (Vec<_>, Vec<_>) = segmented.into_iter().unzip();
    let lexicon = lexicons
        .into_iter()
        .fold(extract::Lexicon::default(), extract::Lexicon::union);
    if keep {
        extract::all_tokenized(&originals, claims, &lexicon)
    } else {
        let claims = claims.into_iter().map(|(claims, _)| claims).collect();
        extract::all(&originals, claims, &lexicon)
    }
}

/// Below this much text in all (in bytes), each claim's tokens are kept
/// from segmenting to extraction (a token weighs some 60 bytes and its
/// folded word; the text a tenth of that).
const KEEP_TOKENS_BYTES: usize = 512 * 1024;

/// Below this much text in all (in bytes), sources are processed one after
/// the other: starting a thread costs about what it saves (the seed pair's
/// 4.7 KB ran no faster on two).
const PARALLEL_BYTES: usize = 16 * 1024;

/// `f` applied to each item (one per source, `texts[i]` the text of
/// `items[i]`), results in order: on as many threads as there are cores,
/// each taking a run of consecutive sources of about equal text, when
/// there is enough text to pay for them.
pub(crate) fn per_source<T: Send, R: Send>(
    items: Vec<T>,
    texts: &[&str],
    f: impl Fn(T) -> R + Sync,
) -> Vec<R> {
    debug_assert_eq!(items.len(), texts.len());
    let total: usize = texts.iter().map(|t| t.len()).sum();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let threads = cores.min(items.len());
    if total < PARALLEL_BYTES || threads < 2 {
        return items.into_iter().map(f).collect();
    }
    let runs = runs_of_equal_text(items, texts, threads);
    let f = &f;
    std::thread::scope(|scope| {
        let mut runs = runs.into_iter();
        let first = runs.next().unwrap_or_default();
        let others: Vec<_> = runs
            .map(|run| scope.spawn(move || run.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut results: Vec<R> = first.into_iter().map(f).collect();
        for other in others {
            match other.join() {
                Ok(done) => results.extend(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        results
    })
}

/// `items` cut into at most `count` runs of consecutive items whose texts
/// are of about equal length (a run ends once it holds its share).
fn runs_of_equal_text<T>(items: Vec<T>, texts: &[&str], count: usize) -> Vec<Vec<T>> {
    let total: usize = texts.iter().map(|t| t.len()).sum();
    let share = total.div_ceil(count.max(1)).max(1);
    let mut runs: Vec<Vec<T>> = vec![Vec::new()];
    let mut held = 0;
    for (item, text) in items.into_iter().zip(texts) {
        if held >= share && runs.len() < count {
            runs.push(Vec::new());
            held = 0;
        }
        held += text.len();
        if let Some(run) = runs.last_mut() {
            run.push(item);
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_sources_hold_about_equal_text_in_order() {
        let texts = ["aaaa", "bb", "cc", "dddd", "e"];
        let runs = runs_of_equal_text((0..5).collect(), &texts, 2);
        assert_eq!(runs, [vec![0, 1, 2], vec![3, 4]]);
        // No empty run past the sources, and no text to share is one run.
        assert_eq!(runs_of_equal_text(vec![0], &["a"], 2), [vec![0]]);
        assert_eq!(runs_of_equal_text(vec![0, 1], &["", ""], 4), [vec![0, 1]]);
    }

    #[test]
    fn work_per_source_comes_back_in_source_order() {
        let texts: Vec<String> = (0..7).map(|i| "x".repeat(4000 * (i % 3 + 1))).collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let lengths = per_source(texts.clone(), &texts, str::len);
        assert_eq!(lengths, texts.iter().map(|t| t.len()).collect::<Vec<_>>());
    }
}
