//! The Markdown report (`--format markdown`): the same findings as the
//! terminal report, as a table of sources and a list per kind, for pasting
//! into an issue or a fact-check document. Words that differ are shown as
//! ~~deleted~~ and **inserted**; article text is escaped so it cannot add
//! markup or HTML of its own.

use std::io::{self, Write};

use super::style::Role;
use super::words::{self, Piece};
use super::{Report, ShownFinding};

/// Writes the report as Markdown.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# factdiff report\n")?;
    writeln!(out, "| source | path | claims |")?;
    writeln!(out, "|---|---|---|")?;
    for s in &report.sources {
        writeln!(
            out,
            "| {} | {} | {} |",
            escape(&s.label),
            escape(&s.path),
            s.claims
        )?;
    }
    for (title, findings) in report.by_kind() {
        writeln!(out, "\n## {title} ({})\n", findings.len())?;
        for finding in findings {
            write_finding(finding, out)?;
        }
    }
    writeln!(out, "\n**{}**", report.summary.line())
}

fn write_finding(finding: &ShownFinding, out: &mut dyn Write) -> io::Result<()> {
    let mut line = format!(
        "- **{}**: {}",
        finding.category.name(),
        escape(&finding.summary)
    );
    if let Some(majority) = &finding.majority {
        line.push_str(&format!(
            " (majority: {}; outliers: {})",
            escape(majority),
            escape(&finding.outliers.join(", "))
        ));
    }
    writeln!(out, "{line}")?;
    for (e, pieces) in finding.evidence.iter().zip(words::claim_pieces(finding)) {
        writeln!(
            out,
            "  - `{}:{}:{}` {}",
            super::style::sanitize(&e.label).replace('`', "'"),
            e.line,
            e.column,
            render(&pieces)
        )?;
    }
    Ok(())
}

fn render(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| {
            let text = escape(&p.text);
            let (lead, core, trail) = split_spaces(&text);
            match p.role {
                Role::Deleted if !core.is_empty() => format!("{lead}~~{core}~~{trail}"),
                Role::Inserted | Role::Fact if !core.is_empty() => {
                    format!("{lead}**{core}**{trail}")
                }
                _ => text.clone(),
            }
        })
        .collect()
}

/// Leading spaces, the rest, trailing spaces: emphasis must hug the words.
fn split_spaces(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    (lead, core, trail)
}

/// Escapes the characters Markdown (and the HTML inside it) would act on.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in super::style::sanitize(text).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_cannot_add_markup() {
        assert_eq!(
            escape("<b>*x*</b> | [y](z)"),
            "\\<b\\>\\*x\\*\\</b\\> \\| \\[y\\](z)"
        );
    }

    #[test]
    fn changed_words_are_struck_or_bold() {
        let pieces = words::diff("a major parade", "a grand parade", Role::Deleted);
        assert_eq!(render(&pieces), "a ~~major~~ parade");
        let pieces = words::diff("a grand parade", "a major parade", Role::Inserted);
        assert_eq!(render(&pieces), "a **grand** parade");
    }
}
