//! Batch: `--each DIR` reconciles many events in one run. Every
//! subdirectory of DIR is one event and its files (sorted by name) are the
//! event's sources. Events run in parallel (rayon) and are written in name
//! order, so the output is the same whatever the threads do: one JSON report
//! per line (JSON Lines, with an `event` key), or one CSV with an `event`
//! column. An event that fails (a bad file, fewer than two sources) is told
//! on stderr and as a line `{"event": …, "error": …}`, and the others go on.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use rayon::prelude::*;

use crate::config::{Config, default_label};
use crate::input::{self, Origin, SourceId};
use crate::report::{self, Format, Report};

/// One event: a directory and its source files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The subdirectory's own name (not its path), reported as the `event` key or column.
    pub name: String,
    /// The event's non-hidden files, sorted by path: its sources, in order.
    pub files: Vec<PathBuf>,
}

/// What a batch found, for the exit status.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BatchOutcome {
    /// One line per failed event, for stderr.
    pub failures: Vec<String>,
    /// Warnings of the events that ran.
    pub warnings: Vec<String>,
    /// Whether any event has a conflict or an omission.
    pub differences: bool,
}

/// The events under `dir`, sorted by name, each with its files sorted.
pub fn events(dir: &Path) -> anyhow::Result<Vec<Event>> {
    let name = dir.display().to_string();
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{name}: cannot read the directory — check the path"))?;
    let mut events = Vec::new();
    for entry in entries {
        let path = entry
            .with_context(|| format!("{name}: cannot read the directory"))?
            .path();
        if !path.is_dir() {
            continue;
        }
        // An unreadable event has no files: it fails on its own, later.
        let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        // Hidden files (".DS_Store") are no articles.
        files.retain(|p| {
            p.is_file()
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        });
        files.sort();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        events.push(Event { name, files });
    }
    events.sort_by(|a, b| a.name.cmp(&b.name));
    if events.is_empty() {
        anyhow::bail!(
            "{name}: no event directories in it — put each event's articles in a subdirectory"
        );
    }
    Ok(events)
}

/// The label of each file: its name without extension when asked (made
/// unique with `-2`, `-3`, …), else `A`, `B`, ….
pub fn labels_for(files: &[PathBuf], from_filenames: bool) -> Vec<String> {
    let mut labels: Vec<String> = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let mut label = match (from_filenames, file.file_stem()) {
            (true, Some(stem)) if !stem.is_empty() => stem.to_string_lossy().into_owned(),
            _ => default_label(i),
        };
        let base = label.clone();
        let mut n = 2;
        while labels.contains(&label) {
            label = format!("{base}-{n}");
            n += 1;
        }
        labels.push(label);
    }
    labels
}

/// Reads and reconciles one event.
fn run_event(event: &Event, config: &Config) -> Result<(Report, Vec<String>), String> {
    if event.files.len() < 2 {
        return Err(format!(
            "{} file(s) — an event needs two or more sources",
            event.files.len()
        ));
    }
    if event.files.len() > usize::from(u16::MAX) {
        return Err(format!(
            "{} files — an event takes at most {}",
            event.files.len(),
            u16::MAX
        ));
    }
    let labels = labels_for(&event.files, config.labels_from_filenames);
    let mut documents = Vec::new();
    let mut warnings = Vec::new();
    for (i, (file, label)) in event.files.iter().zip(&labels).enumerate() {
        let origin = Origin::Path(file.clone());
        let (document, notes) = input::read(&origin, SourceId(i as u16), label, &config.read)
            .map_err(|e| format!("{e:#}"))?;
        documents.push(document);
        warnings.extend(notes);
    }
    Ok((crate::analyze(&documents, &config.align), warnings))
}

/// Runs every event of `dir` and writes the results to `out`; `progress`
/// shows a bar on stderr (only when stderr is a terminal).
pub fn run_each(
    dir: &Path,
    config: &Config,
    progress: bool,
    out: &mut dyn Write,
) -> anyhow::Result<BatchOutcome> {
    let events = events(dir)?;
    let bar = if progress {
        indicatif::ProgressBar::new(events.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let results: Vec<Result<(Report, Vec<String>), String>> = events
        .par_iter()
        .map(|event| {
            let result = run_event(event, config);
            bar.inc(1);
            result
        })
        .collect();
    bar.finish_and_clear();
    let widest = events.iter().map(|e| e.files.len()).max().unwrap_or(0);
    let csv_labels: Vec<String> = (0..widest).map(default_label).collect();
    let mut outcome = BatchOutcome::default();
    let mut header = true;
    for (event, result) in events.iter().zip(results) {
        match result {
            Ok((report, warnings)) => {
                outcome.differences |= report.has_differences();
                outcome.warnings.extend(warnings);
                if config.quiet {
                    continue;
                }
                if config.render.format == Format::Csv {
                    let positional = positional_labels(&report);
                    report::write_event_csv(
                        &positional,
                        &event.name,
                        &csv_labels,
                        header,
                        &config.render,
                        out,
                    )?;
                    header = false;
                } else {
                    writeln!(out, "{}", report::json_line(&report, &event.name)?)?;
                }
            }
            Err(error) => {
                outcome
                    .failures
                    .push(format!("{}: {error}", dir.join(&event.name).display()));
                if !config.quiet && config.render.format != Format::Csv {
                    let (name, error) = (
                        serde_json::to_string(&event.name)?,
                        serde_json::to_string(&error)?,
                    );
                    writeln!(out, "{{\"event\":{name},\"error\":{error}}}")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(outcome)
}

/// The report with sources relabelled `A`, `B`, … by position, so CSV
/// columns line up across events.
fn positional_labels(report: &Report) -> Report {
    let mut report = report.clone();
    let map: Vec<(String, String)> = report
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.label.clone(), default_label(i)))
        .collect();
    let relabel = |label: &mut String| {
        if let Some((_, new)) = map.iter().find(|(old, _)| old == label) {
            *label = new.clone();
        }
    };
    for source in &mut report.sources {
        relabel(&mut source.label);
    }
    for finding in &mut report.findings {
        finding
            .evidence
            .iter_mut()
            .for_each(|e| relabel(&mut e.label));
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_files_are_no_sources() {
        let dir = tempfile::tempdir().unwrap();
        let event = dir.path().join("e");
        std::fs::create_dir(&event).unwrap();
        for name in ["b.txt", ".DS_Store", "a.txt"] {
            std::fs::write(event.join(name), "text").unwrap();
        }
        let found = events(dir.path()).unwrap();
        let names: Vec<String> = found[0]
            .files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
    }

    #[test]
    fn labels_from_file_names_are_unique() {
        let files = ["x/reuters.txt", "x/ap.txt", "y/reuters.html"].map(PathBuf::from);
        assert_eq!(labels_for(&files, true), ["reuters", "ap", "reuters-2"]);
        assert_eq!(labels_for(&files, false), ["A", "B", "C"]);
    }
}
