//! The terminal report (the default format), in the manner of `diff` and
//! `git diff --word-diff`: a header naming each source; conflicts, then
//! omissions, then agreements, each finding on a marked line (`!` conflict,
//! `-` omission, `=` agreement) followed by its evidence as `label:line:column`
//! and the claim, where the words that differ between the sources are marked
//! (colour, or `[-old-]`/`{+new+}` without it); a closing summary line.
//!
//! Claims are wrapped to the width; a claim longer than three lines is
//! elided around its first marked word, so the difference stays in view.

use std::io::{self, Write};

use super::style::{Painter, Role, sanitize};
use super::words::{self, Piece};
use super::{RenderOptions, Report, ShownEvidence, ShownFinding, counted};
use crate::reconcile::{Category, Kind};

/// The most lines one claim may take before it is elided.
const MAX_CLAIM_LINES: usize = 3;
/// Indent of evidence lines, and width kept for their `A:12:345` reference.
const EVIDENCE_INDENT: usize = 4;
const REFERENCE_WIDTH: usize = 11;

/// Writes the full report.
pub fn write(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let painter = Painter {
        color: options.color,
    };
    write_header(report, &painter, out)?;
    if report.sources.len() > 2 {
        write_matrix(report, options.width, &painter, out)?;
    }
    for (title, findings) in report.by_kind() {
        let heading = format!("{title}: {}", findings.len());
        writeln!(out, "\n{}", painter.paint(&heading, Role::Heading))?;
        for finding in findings {
            write_finding(finding, options.width, &painter, out)?;
        }
    }
    writeln!(out)?;
    write_summary(report, out)
}

/// Writes only the counts, per category and kind (`--stat`).
pub fn write_stat(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let painter = Painter {
        color: options.color,
    };
    write_header(report, &painter, out)?;
    writeln!(
        out,
        "\n{:<12} {:>10} {:>10} {:>10}",
        "", "agreements", "conflicts", "omissions"
    )?;
    let categories = [
        Category::Claim,
        Category::Entity,
        Category::Name,
        Category::Number,
        Category::Date,
        Category::Attribution,
    ];
    for category in categories {
        let count = |kind| {
            report
                .findings
                .iter()
                .filter(|f| f.category == category && f.kind == kind)
                .count()
        };
        let counts = [
            count(Kind::Agreement),
            count(Kind::Conflict),
            count(Kind::Omission),
        ];
        if counts.iter().any(|&n| n > 0) {
            writeln!(
                out,
                "{:<12} {:>10} {:>10} {:>10}",
                category.name(),
                counts[0],
                counts[1],
                counts[2]
            )?;
        }
    }
    writeln!(out)?;
    write_summary(report, out)
}

fn write_header(report: &Report, painter: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let width = report
        .sources
        .iter()
        .map(|s| s.label.chars().count())
        .max()
        .unwrap_or(1);
    for source in &report.sources {
        let label = format!("{:<width$}", sanitize(&source.label));
        writeln!(
            out,
            "{}  {}  {}",
            painter.paint(&label, Role::Heading),
            sanitize(&source.path),
            painter.paint(&format!("({})", counted(source.claims, "claim")), Role::Dim)
        )?;
    }
    Ok(())
}

/// For three or more sources, a compact matrix of the discrepancies: one
/// row a finding, one column a source; `✓` states the (majority) value, `≠`
/// differs, `·` lacks it.
fn write_matrix(
    report: &Report,
    width: usize,
    painter: &Painter,
    out: &mut dyn Write,
) -> io::Result<()> {
    let rows: Vec<&ShownFinding> = report
        .findings
        .iter()
        .filter(|f| f.kind != Kind::Agreement)
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    let labels: Vec<String> = report.sources.iter().map(|s| sanitize(&s.label)).collect();
    let widths: Vec<usize> = labels.iter().map(|l| l.chars().count().max(1)).collect();
    writeln!(
        out,
        "\n{}",
        painter.paint("Matrix (✓ states it, ≠ differs, · lacks it)", Role::Heading)
    )?;
    let head: Vec<String> = labels
        .iter()
        .zip(&widths)
        .map(|(l, w)| format!("{l:<w$}"))
        .collect();
    writeln!(out, "  {}", head.join(" "))?;
    let columns: usize = widths.iter().map(|w| w + 1).sum::<usize>() + 2;
    for finding in rows {
        let cells: Vec<String> = report
            .sources
            .iter()
            .zip(&widths)
            .map(|(source, w)| {
                let (mark, role) = matrix_mark(finding, &source.label);
                painter.paint(&format!("{mark:<w$}"), role)
            })
            .collect();
        let (marker, role) = match finding.kind {
            Kind::Conflict => ("!", Role::Conflict),
            _ => ("-", Role::Omission),
        };
        let text = format!(
            "{marker} {}: {}",
            finding.category.name(),
            sanitize(&finding.summary)
        );
        let room = width.saturating_sub(columns + 1).max(10);
        let text: String = if text.chars().count() > room {
            text.chars().take(room - 1).chain(['…']).collect()
        } else {
            text
        };
        writeln!(out, "  {} {}", cells.join(" "), painter.paint(&text, role))?;
    }
    Ok(())
}

/// A source's mark in the matrix for one finding.
fn matrix_mark(finding: &ShownFinding, label: &str) -> (char, Role) {
    let Some(evidence) = finding.evidence.iter().find(|e| e.label == label) else {
        return ('·', Role::Dim);
    };
    let differs = if finding.majority.is_some() {
        finding.outliers.iter().any(|o| o == label)
    } else {
        finding.kind == Kind::Conflict
            && finding
                .evidence
                .first()
                .is_some_and(|first| first.value != evidence.value)
    };
    if differs {
        ('≠', Role::Conflict)
    } else {
        ('✓', Role::Agreement)
    }
}

fn write_summary(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", report.summary.line())
}

fn write_finding(
    finding: &ShownFinding,
    width: usize,
    painter: &Painter,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (marker, role) = match finding.kind {
        Kind::Conflict => ("!", Role::Conflict),
        Kind::Omission => ("-", Role::Omission),
        Kind::Agreement => ("=", Role::Agreement),
    };
    let mut line = format!(
        "{} {}  {}",
        painter.paint(marker, role),
        painter.paint(&format!("{:<11}", finding.category.name()), role),
        sanitize(&finding.summary)
    );
    if let Some(majority) = &finding.majority {
        line.push_str(&format!(
            "  (majority: {}; outliers: {})",
            sanitize(majority),
            finding.outliers.join(", ")
        ));
    }
    writeln!(out, "{line}")?;
    for (evidence, pieces) in finding.evidence.iter().zip(words::claim_pieces(finding)) {
        write_evidence(evidence, &pieces, width, painter, out)?;
    }
    Ok(())
}

fn write_evidence(
    evidence: &ShownEvidence,
    pieces: &[Piece],
    width: usize,
    painter: &Painter,
    out: &mut dyn Write,
) -> io::Result<()> {
    let reference = format!(
        "{}:{}:{}",
        sanitize(&evidence.label),
        evidence.line,
        evidence.column
    );
    let column = EVIDENCE_INDENT + REFERENCE_WIDTH.max(reference.chars().count() + 1);
    let available = width.saturating_sub(column).max(20);
    let lines = layout(pieces, available, painter);
    let padding = " ".repeat(column - EVIDENCE_INDENT - reference.chars().count());
    for (n, line) in lines.iter().enumerate() {
        if n == 0 {
            writeln!(
                out,
                "{}{}{padding}{line}",
                " ".repeat(EVIDENCE_INDENT),
                painter.paint(&reference, Role::Dim)
            )?;
        } else {
            writeln!(out, "{}{line}", " ".repeat(column))?;
        }
    }
    Ok(())
}

/// One word as printed: its text with colour or markers, and its width.
struct Atom {
    shown: String,
    width: usize,
    marked: bool,
}

/// The words of the pieces, painted. A word may span pieces ("Fico," is a
/// marked fact and a plain comma); a marked run gets its markers before its
/// first and after its last character, so a line break never splits one.
fn atoms(pieces: &[Piece], painter: &Painter) -> Vec<Atom> {
    // Each character with its role, and where marked runs open and close.
    let chars: Vec<(char, Role)> = pieces
        .iter()
        .flat_map(|p| p.text.chars().map(move |c| (c, p.role)))
        .collect();
    let mut out = Vec::new();
    let mut word: Vec<(String, Role)> = Vec::new();
    let flush = |word: &mut Vec<(String, Role)>, out: &mut Vec<Atom>| {
        if word.is_empty() {
            return;
        }
        let width = word.iter().map(|(t, _)| t.chars().count()).sum();
        let shown = word.iter().map(|(t, r)| painter.paint(t, *r)).collect();
        let marked = word.iter().any(|(_, r)| *r != Role::Plain);
        out.push(Atom {
            shown,
            width,
            marked,
        });
        word.clear();
    };
    // Marked runs open at their first and close at their last visible character.
    let mut opens = vec![false; chars.len()];
    let mut closes = vec![false; chars.len()];
    let mut start = 0;
    while start < chars.len() {
        let role = chars[start].1;
        let end = start
            + chars[start..]
                .iter()
                .take_while(|(_, r)| *r == role)
                .count();
        let visible = |k: &usize| !chars[*k].0.is_whitespace();
        if let Some(first) = (start..end).find(visible) {
            opens[first] = true;
        }
        if let Some(last) = (start..end).rev().find(visible) {
            closes[last] = true;
        }
        start = end;
    }
    for (i, &(c, role)) in chars.iter().enumerate() {
        if c.is_whitespace() {
            flush(&mut word, &mut out);
            continue;
        }
        if word.last().is_none_or(|(_, r)| *r != role) {
            word.push((String::new(), role));
        }
        let (open, close) = painter.markers(role);
        if let Some((text, _)) = word.last_mut() {
            if opens[i] {
                text.push_str(open);
            }
            text.push(c);
            if closes[i] {
                text.push_str(close);
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Wraps the words to `available` columns; past [`MAX_CLAIM_LINES`] lines,
/// keeps a window that starts a few words before the first marked word.
fn layout(pieces: &[Piece], available: usize, painter: &Painter) -> Vec<String> {
    let atoms = atoms(pieces, painter);
    let lines = wrap(&atoms, available);
    if lines.len() <= MAX_CLAIM_LINES {
        return lines.iter().map(|l| join(&atoms, l)).collect();
    }
    let first_marked = atoms.iter().position(|a| a.marked).unwrap_or(0);
    let start = first_marked.saturating_sub(6);
    let ellipsis = Atom {
        shown: "…".to_string(),
        width: 1,
        marked: false,
    };
    let mut window: Vec<&Atom> = Vec::new();
    if start > 0 {
        window.push(&ellipsis);
    }
    window.extend(&atoms[start..]);
    let window_lines = wrap_refs(&window, available);
    let mut shown: Vec<String> = window_lines
        .iter()
        .take(MAX_CLAIM_LINES)
        .map(|l| {
            l.iter()
                .map(|&i| window[i].shown.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    if window_lines.len() > MAX_CLAIM_LINES
        && let Some(last) = shown.last_mut()
    {
        last.push_str(" …");
    }
    shown
}

fn join(atoms: &[Atom], line: &[usize]) -> String {
    line.iter()
        .map(|&i| atoms[i].shown.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn wrap(atoms: &[Atom], available: usize) -> Vec<Vec<usize>> {
    let refs: Vec<&Atom> = atoms.iter().collect();
    wrap_refs(&refs, available)
}

/// Greedy wrapping: indices of the atoms on each line. The last line keeps
/// room for a closing ellipsis.
fn wrap_refs(atoms: &[&Atom], available: usize) -> Vec<Vec<usize>> {
    let mut lines: Vec<Vec<usize>> = vec![Vec::new()];
    let mut used = 0;
    for (i, atom) in atoms.iter().enumerate() {
        let needed = if used == 0 {
            atom.width
        } else {
            used + 1 + atom.width
        };
        if needed + 2 > available && used > 0 {
            lines.push(Vec::new());
            used = atom.width;
        } else {
            used = needed;
        }
        if let Some(line) = lines.last_mut() {
            line.push(i);
        }
    }
    lines.retain(|l| !l.is_empty());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Vec<Piece> {
        vec![Piece {
            text: text.to_string(),
            role: Role::Plain,
        }]
    }

    #[test]
    fn counts_of_one_are_singular() {
        let summary = crate::report::Summary {
            agreements: 1,
            conflicts: 0,
            omissions: 2,
        };
        assert_eq!(summary.line(), "1 agreement, 0 conflicts, 2 omissions");
        assert_eq!(counted(1, "claim"), "1 claim");
    }

    #[test]
    fn claims_wrap_to_the_width() {
        let painter = Painter { color: false };
        let lines = layout(&plain("one two three four five six seven"), 16, &painter);
        assert_eq!(lines, ["one two three", "four five six", "seven"]);
        assert!(lines.iter().all(|l| l.chars().count() <= 16));
    }

    #[test]
    fn long_claims_are_elided_around_the_difference() {
        let painter = Painter { color: false };
        let mut pieces = plain(&"word ".repeat(60));
        pieces.push(Piece {
            text: "changed".to_string(),
            role: Role::Deleted,
        });
        pieces.extend(plain(&" tail".repeat(60)));
        let lines = layout(&pieces, 40, &painter);
        assert_eq!(lines.len(), MAX_CLAIM_LINES);
        assert!(lines[0].starts_with('…'));
        assert!(lines.iter().any(|l| l.contains("[-changed-]")));
        assert!(lines[MAX_CLAIM_LINES - 1].ends_with('…'));
    }
}
