//! The plain text report (the default format): a header naming each source,
//! then conflicts, omissions and agreements, each finding on a marked line
//! (`!`, `-`, `=`) with `label:line:column` references, and a summary line.
//!
//! Article text is untrusted: control characters, escape sequences and bidi
//! overrides are removed before it is printed.

use std::io::{self, Write};

use super::{Report, ShownEvidence, ShownFinding};
use crate::reconcile::Kind;

/// Longest excerpt of a claim shown on one line, in characters.
const EXCERPT: usize = 96;

/// Writes the text report.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for source in &report.sources {
        writeln!(
            out,
            "{}: {} ({} claims)",
            sanitize(&source.label),
            sanitize(&source.path),
            source.claims
        )?;
    }
    for (kind, title, marker) in [
        (Kind::Conflict, "Conflicts", '!'),
        (Kind::Omission, "Omissions", '-'),
        (Kind::Agreement, "Agreements", '='),
    ] {
        let findings: Vec<&ShownFinding> =
            report.findings.iter().filter(|f| f.kind == kind).collect();
        if findings.is_empty() {
            continue;
        }
        writeln!(out, "\n{title}")?;
        for finding in findings {
            write_finding(finding, marker, out)?;
        }
    }
    let s = &report.summary;
    writeln!(
        out,
        "\n{} agreements, {} conflicts, {} omissions",
        s.agreements, s.conflicts, s.omissions
    )
}

fn write_finding(finding: &ShownFinding, marker: char, out: &mut dyn Write) -> io::Result<()> {
    let mut line = format!(
        "{marker} {}: {}",
        finding.category.name(),
        sanitize(&finding.summary)
    );
    if let Some(majority) = &finding.majority {
        line.push_str(&format!(
            " (majority: {}; outliers: {})",
            sanitize(majority),
            finding.outliers.join(", ")
        ));
    }
    writeln!(out, "{line}")?;
    for evidence in &finding.evidence {
        writeln!(out, "    {}", evidence_line(evidence))?;
    }
    Ok(())
}

fn evidence_line(e: &ShownEvidence) -> String {
    let place = format!("{}:{}:{}", sanitize(&e.label), e.line, e.column);
    let shown = match &e.value {
        Some(value) => format!("{}  ({})", sanitize(value), excerpt(&sanitize(&e.text))),
        None => excerpt(&sanitize(&e.text)),
    };
    format!("{place:<12} {shown}")
}

/// The text cut to [`EXCERPT`] characters, with `…` where it was cut.
fn excerpt(text: &str) -> String {
    if text.chars().count() <= EXCERPT {
        return text.to_string();
    }
    let cut: String = text.chars().take(EXCERPT - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Removes what could drive a terminal: ANSI/OSC/DCS escape sequences,
/// other control characters (tabs and newlines become spaces) and bidi
/// controls.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars>) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        // OSC, DCS, SOS, PM, APC: up to BEL or ESC \.
        Some(']' | 'P' | 'X' | '^' | '_') => {
            while let Some(c) = chars.next() {
                if c == '\u{7}' || c == '\u{1b}' && chars.next_if_eq(&'\\').is_some() {
                    break;
                }
            }
        }
        _ => {}
    }
}

fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_controls_are_removed() {
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(sanitize("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(sanitize("x\u{1b}]8;;http://e\u{1b}\\link"), "xlink");
        assert_eq!(sanitize("l\u{202e}rtl\u{2066}"), "lrtl");
        assert_eq!(sanitize("tab\there\u{0}"), "tab here");
    }

    #[test]
    fn excerpts_are_cut_at_characters() {
        let long = "é".repeat(200);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), EXCERPT);
        assert!(cut.ends_with('…'));
    }
}
