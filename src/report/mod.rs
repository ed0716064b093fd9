//! Report: the findings resolved against the sources (labels, line and
//! column, claim text) and written in the chosen format: a diff-style
//! terminal report, Markdown, CSV, JSON or a side-by-side HTML page.
//!
//! [`Report`] is the one value every renderer reads; it holds no reference to
//! earlier stages, so renderers are simple functions of it. Renderers write
//! to any `Write` and never look at the terminal: colour and width come in
//! [`RenderOptions`].

mod csv;
mod html;
mod json;
mod markdown;
pub mod style;
mod terminal;
mod words;

use std::io::{self, Write};

use crate::extract::Extracted;
use crate::input::Document;
use crate::reconcile::{Category, Evidence, Kind, Reconciliation};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A diff-style report for the terminal.
    Text,
    /// The versioned JSON contract.
    Json,
    /// One row per discrepancy, for spreadsheets.
    Csv,
    /// The report as Markdown, for an issue or a fact-check document.
    Markdown,
    /// One self-contained HTML page: the sources side by side.
    Html,
}

/// Which kinds of finding to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Only {
    /// Whether conflicts are listed (`--only conflicts`).
    pub conflicts: bool,
    /// Whether omissions are listed (`--only omissions`).
    pub omissions: bool,
    /// Whether agreements are listed (`--only agreements`).
    pub agreements: bool,
}

impl Only {
    /// Every kind.
    pub const ALL: Only = Only {
        conflicts: true,
        omissions: true,
        agreements: true,
    };

    /// Whether findings of `kind` are shown.
    pub fn shows(self, kind: Kind) -> bool {
        match kind {
            Kind::Conflict => self.conflicts,
            Kind::Omission => self.omissions,
            Kind::Agreement => self.agreements,
        }
    }
}

/// Settings of the report stage.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderOptions {
    /// Which renderer writes the report (`--format`).
    pub format: Format,
    /// Whether to colour the terminal report (decided once, by the caller).
    pub color: bool,
    /// Width of the terminal report, in characters.
    pub width: usize,
    /// Which kinds of finding to list.
    pub only: Only,
    /// Print only the counts per kind and category.
    pub stat: bool,
    /// In CSV, add a row per agreement.
    pub csv_agreements: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            format: Format::Text,
            color: false,
            width: 100,
            only: Only::ALL,
            stat: false,
            csv_agreements: false,
        }
    }
}

/// A source as listed in a report.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceInfo {
    /// Short name used in the report: `A`, `B`, … or the user's `--label`.
    pub label: String,
    /// The source as named on the command line (`<stdin>` for standard input).
    pub path: String,
    /// How many claims (sentences) were found in the source.
    pub claims: usize,
}

/// One source's evidence, resolved for display.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownEvidence {
    /// The label of the source the evidence comes from.
    pub label: String,
    /// The index of the claim among its source's claims.
    pub claim: usize,
    /// The fact as written, or `None` for a whole claim.
    pub value: Option<String>,
    /// The name a pronoun speaker stands for, where it was resolved.
    pub refers_to: Option<String>,
    /// The whole claim the fact is in.
    pub text: String,
    /// Where the value starts in `text`, in characters.
    pub value_at: Option<usize>,
    /// 1-based line and column (in characters) in the source's original text.
    pub line: usize,
    /// 1-based column, in characters, where the fact (or claim) starts on its line.
    pub column: usize,
}

/// A finding, resolved for display.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownFinding {
    /// Whether the sources agree, conflict, or one omits the fact.
    pub kind: Kind,
    /// What sort of fact the finding is about.
    pub category: Category,
    /// A one-line description naming the sources by label.
    pub summary: String,
    /// How sure the match behind the finding is, 0 to 1 rounded to two places, where known.
    pub score: Option<f64>,
    /// The fact as each involved source states it, resolved to line, column and claim text.
    pub evidence: Vec<ShownEvidence>,
    /// For omissions: labels of the sources that lack the fact.
    pub missing_from: Vec<String>,
    /// For conflicts among three or more sources: the value a strict majority share.
    pub majority: Option<String>,
    /// Labels of the sources whose value differs from `majority`.
    pub outliers: Vec<String>,
}

/// An entity and the forms each source gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownEntity {
    /// The entity's fullest written name across the sources.
    pub name: String,
    /// Its kind as reported: `person`, `place`, `organization` or `other`.
    pub kind: &'static str,
    /// Per source naming it: the source's label and its distinct spellings, in order.
    pub mentions: Vec<(String, Vec<String>)>,
}

/// A source's whole text with its claims, for the side-by-side view.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownText {
    /// Short name of the source: `A`, `B`, … or the user's `--label`.
    pub label: String,
    /// The source as named on the command line (`<stdin>` for standard input).
    pub path: String,
    /// The original text.
    pub text: String,
    /// The source's claims, in text order.
    pub claims: Vec<ShownClaim>,
}

/// Where a claim stands in its text and what was found about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownClaim {
    /// 0-based position of the claim among its source's claims.
    pub index: usize,
    /// Byte span in the text.
    pub start: usize,
    /// Byte offset in the text just past the claim's end (exclusive).
    pub end: usize,
    /// The most pressing kind of finding that involves it, if any.
    pub status: Option<Kind>,
    /// Byte spans, inside the claim, of the facts in conflict or omitted.
    pub marks: Vec<(usize, usize)>,
}

/// Counts of findings by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Number of agreements, whatever `--only` lists.
    pub agreements: usize,
    /// Number of conflicts, whatever `--only` lists.
    pub conflicts: usize,
    /// Number of omissions, whatever `--only` lists.
    pub omissions: usize,
}

impl Summary {
    /// The counts as a line of prose: "22 agreements, 1 conflict, 0 omissions".
    pub fn line(&self) -> String {
        format!(
            "{}, {}, {}",
            counted(self.agreements, "agreement"),
            counted(self.conflicts, "conflict"),
            counted(self.omissions, "omission")
        )
    }
}

/// `n` and `noun`, plural unless `n` is one: "1 claim", "3 claims".
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Everything a renderer needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The sources, in command-line order.
    pub sources: Vec<SourceInfo>,
    /// Every finding, ordered by where its first evidence stands in the sources.
    pub findings: Vec<ShownFinding>,
    /// Entities named in the sources, with each source's spellings.
    pub entities: Vec<ShownEntity>,
    /// Counts of findings by kind, before any `--only` filter.
    pub summary: Summary,
    /// Each source's text and claims (for the HTML view).
    pub texts: Vec<ShownText>,
}

impl Report {
    /// Resolves a reconciliation against its documents. The reconciliation
    /// is taken, not copied: on a large input its findings weigh a lot.
    pub fn new(
        documents: &[Document],
        extracted: &[Extracted],
        reconciliation: Reconciliation,
    ) -> Report {
        let label = |source: crate::input::SourceId| documents[source.index()].label.clone();
        let show = |e: &Evidence| {
            let document = &documents[e.source.index()];
            let claim = &extracted[e.source.index()].claims[e.claim.index];
            let (line, column) = document.position(e.span.start);
            let value_at = e.value.as_ref().and_then(|_| {
                let before = document.original.get(claim.span.start..e.span.start)?;
                Some(before.chars().count())
            });
            ShownEvidence {
                label: document.label.clone(),
                claim: e.claim.index,
                value: e.value.clone(),
                refers_to: (reconciliation.pronouns.get(&(e.source, e.span.start)))
                    .filter(|_| e.value.is_some())
                    .map(|name| name.to_string()),
                text: claim.text(&document.original).to_string(),
                value_at,
                line: line.0,
                column: column.0,
            }
        };
        let texts = texts(documents, extracted, &reconciliation);
        let findings: Vec<ShownFinding> = reconciliation
            .findings
            .into_iter()
            .map(|f| ShownFinding {
                kind: f.kind,
                category: f.category,
                evidence: f.evidence.iter().map(show).collect(),
                missing_from: f.missing_from.iter().map(|&s| label(s)).collect(),
                outliers: f.outliers.iter().map(|&s| label(s)).collect(),
                summary: f.summary,
                score: f.score,
                majority: f.majority,
            })
            .collect();
        let count = |kind| findings.iter().filter(|f| f.kind == kind).count();
        let summary = Summary {
            agreements: count(Kind::Agreement),
            conflicts: count(Kind::Conflict),
            omissions: count(Kind::Omission),
        };
        Report {
            texts,
            sources: documents
                .iter()
                .zip(extracted)
                .map(|(d, e)| SourceInfo {
                    label: d.label.clone(),
                    path: d.path.clone(),
                    claims: e.claims.len(),
                })
                .collect(),
            entities: reconciliation
                .entities
                .into_iter()
                .map(|e| ShownEntity {
                    kind: e.kind.name(),
                    mentions: e
                        .mentions
                        .into_iter()
                        .map(|(s, forms)| (label(s), forms))
                        .collect(),
                    name: e.name,
                })
                .collect(),
            findings,
            summary,
        }
    }

    /// The findings grouped for reading: conflicts, then omissions, then
    /// agreements, each with its heading; empty groups left out.
    pub fn by_kind(&self) -> Vec<(&'static str, Vec<&ShownFinding>)> {
        [
            (Kind::Conflict, "Conflicts"),
            (Kind::Omission, "Omissions"),
            (Kind::Agreement, "Agreements"),
        ]
        .into_iter()
        .map(|(kind, title)| {
            (
                title,
                self.findings
                    .iter()
                    .filter(|f| f.kind == kind)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, findings)| !findings.is_empty())
        .collect()
    }

    /// Whether the sources differ: any conflict or omission.
    pub fn has_differences(&self) -> bool {
        self.summary.conflicts + self.summary.omissions > 0
    }
}

/// Each source's text with its claims' spans, status and marked facts.
fn texts(
    documents: &[Document],
    extracted: &[Extracted],
    reconciliation: &Reconciliation,
) -> Vec<ShownText> {
    let mut texts: Vec<ShownText> = documents
        .iter()
        .zip(extracted)
        .map(|(d, e)| ShownText {
            label: d.label.clone(),
            path: d.path.clone(),
            text: d.original.clone(),
            claims: e
                .claims
                .iter()
                .map(|c| ShownClaim {
                    index: c.id.index,
                    start: c.span.start,
                    end: c.span.end,
                    status: None,
                    marks: Vec::new(),
                })
                .collect(),
        })
        .collect();
    for finding in &reconciliation.findings {
        for e in &finding.evidence {
            let Some(claim) = texts
                .get_mut(e.source.index())
                .and_then(|t| t.claims.get_mut(e.claim.index))
            else {
                continue;
            };
            claim.status = Some(claim.status.map_or(finding.kind, |s| s.min(finding.kind)));
            let inside = claim.start <= e.span.start && e.span.end <= claim.end;
            if e.value.is_some() && finding.kind != Kind::Agreement && inside {
                claim
                    .marks
                    .push((e.span.start - claim.start, e.span.end - claim.start));
            }
        }
    }
    for claim in texts.iter_mut().flat_map(|t| &mut t.claims) {
        claim.marks.sort_unstable();
        // Overlapping facts: keep the first of each overlap.
        let mut end = 0;
        claim.marks.retain(|&(s, e)| {
            let keep = s >= end;
            if keep {
                end = e;
            }
            keep
        });
    }
    texts
}

/// Writes the report in the chosen format, listing only the kinds of
/// finding `options.only` asks for (counts always cover every finding).
pub fn write(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let shown;
    let report = if options.only == Only::ALL {
        report
    } else {
        shown = Report {
            findings: report
                .findings
                .iter()
                .filter(|f| options.only.shows(f.kind))
                .cloned()
                .collect(),
            ..report.clone()
        };
        &shown
    };
    match options.format {
        Format::Text if options.stat => terminal::write_stat(report, options, out),
        Format::Text => terminal::write(report, options, out),
        Format::Json => json::write(report, out),
        Format::Csv => csv::write(report, options.csv_agreements, out),
        Format::Markdown => markdown::write(report, out),
        Format::Html => html::write(report, out),
    }
}

/// Writes the HTML page of the report to `out`.
pub fn write_html(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    html::write(report, out)
}

/// The report as one line of JSON naming its event (`--each`).
pub fn json_line(report: &Report, event: &str) -> io::Result<String> {
    json::line(report, event)
}

/// Writes the CSV rows of an event (`--each`): its name first in each row,
/// then the usual columns for `labels` (the widest event's sources).
pub fn write_event_csv(
    report: &Report,
    event: &str,
    labels: &[String],
    header: bool,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    csv::write_event(report, event, labels, header, options.csv_agreements, out)
}

/// Writes the CSV of discrepancies (and agreements, if asked) to `out`.
pub fn write_csv(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    csv::write(report, options.csv_agreements, out)
}

impl Kind {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Agreement => "agreement",
            Kind::Conflict => "conflict",
            Kind::Omission => "omission",
        }
    }
}

impl Category {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Category::Claim => "claim",
            Category::Entity => "entity",
            Category::Name => "name",
            Category::Number => "number",
            Category::Date => "date",
            Category::Attribution => "attribution",
        }
    }
}
