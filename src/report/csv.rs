//! The CSV of discrepancies (`--format csv`, `--csv FILE`): one row per
//! conflict and omission (agreements too with `--all`), RFC 4180 quoting by
//! the `csv` crate, columns `kind,category,summary,score` and then, for each
//! source label L, `L_value,L_line,L_text`.
//!
//! Spreadsheet-safe: a cell that starts with `=`, `+`, `-`, `@`, a tab or a
//! carriage return gets a leading `'`, so no article text runs as a formula
//! (OWASP's advice; the `csv` crate does not do it). Article text is cleaned
//! first, as for the terminal: control characters and escape sequences are
//! removed, and tabs and line breaks become spaces.

use std::io::{self, Write};

use super::style::sanitize;
use super::{Report, ShownFinding};
use crate::reconcile::Kind;

/// Writes the CSV; `agreements` adds a row per agreement.
pub fn write(report: &Report, agreements: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    let mut header = vec![
        "kind".to_string(),
        "category".to_string(),
        "summary".to_string(),
        "score".to_string(),
    ];
    for source in &report.sources {
        let label = sanitize(&source.label);
        header.extend([
            format!("{label}_value"),
            format!("{label}_line"),
            format!("{label}_text"),
        ]);
    }
    writer.write_record(header.iter().map(|h| guard(h)))?;
    for finding in report
        .findings
        .iter()
        .filter(|f| agreements || f.kind != Kind::Agreement)
    {
        writer.write_record(row(report, finding).iter().map(|cell| guard(cell)))?;
    }
    writer.flush()
}

/// Writes an event's rows with a leading `event` column, for columns of
/// `labels` (those of the event with the most sources).
pub fn write_event(
    report: &Report,
    event: &str,
    labels: &[String],
    header: bool,
    agreements: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    if header {
        let mut cells = vec![
            "event".to_string(),
            "kind".into(),
            "category".into(),
            "summary".into(),
            "score".into(),
        ];
        for label in labels {
            let label = sanitize(label);
            cells.extend([
                format!("{label}_value"),
                format!("{label}_line"),
                format!("{label}_text"),
            ]);
        }
        writer.write_record(cells.iter().map(|c| guard(c)))?;
    }
    let padded = Report {
        sources: labels
            .iter()
            .map(|l| super::SourceInfo {
                label: l.clone(),
                path: String::new(),
                claims: 0,
            })
            .collect(),
        ..report.clone()
    };
    for finding in report
        .findings
        .iter()
        .filter(|f| agreements || f.kind != Kind::Agreement)
    {
        let cells = std::iter::once(sanitize(event)).chain(row(&padded, finding));
        writer.write_record(cells.map(|c| guard(&c)))?;
    }
    writer.flush()
}

/// The cells of one finding's row.
fn row(report: &Report, finding: &ShownFinding) -> Vec<String> {
    let mut cells = vec![
        finding.kind.name().to_string(),
        finding.category.name().to_string(),
        sanitize(&finding.summary),
        finding.score.map(|s| format!("{s:.2}")).unwrap_or_default(),
    ];
    for source in &report.sources {
        match finding.evidence.iter().find(|e| e.label == source.label) {
            Some(e) => cells.extend([
                e.value.as_deref().map(sanitize).unwrap_or_default(),
                e.line.to_string(),
                sanitize(&e.text),
            ]),
            None => cells.extend([String::new(), String::new(), String::new()]),
        }
    }
    cells
}

/// Neutralises a cell a spreadsheet would read as a formula.
pub fn guard(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(
            guard("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        for bad in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(guard(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(guard("Robert Fico"), "Robert Fico");
        assert_eq!(guard(""), "");
    }
}
