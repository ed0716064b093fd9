//! The HTML report (`--format html`, `--html FILE`): one self-contained page
//! (inline CSS and a little script, nothing fetched) with the sources side
//! by side, every claim marked by status where it stands in its text, and
//! the findings list; clicking a finding scrolls every column to its
//! evidence and marks it (so does opening the page at `#f<N>`).
//!
//! Article text is untrusted: every piece of it goes through maud's
//! auto-escaping, never string concatenation, so markup in an article shows
//! as text and runs nothing. Status is told by a symbol and a line style as
//! well as by colour, for colour-blind readers and for print.

use std::io::{self, Write};

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::style::sanitize;
use super::{Report, ShownFinding, ShownText};
use crate::reconcile::Kind;

const STYLE: &str = r#"
:root { --conflict: #b2182b; --omission: #b35806; --agreement: #1b7837; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #202124; display: flex; flex-direction: column; height: 100vh; }
header { padding: 12px 20px; border-bottom: 1px solid #ddd; }
h1 { font-size: 20px; margin: 0 0 6px; }
table.sources { border-collapse: collapse; font-size: 13px; }
table.sources td, table.sources th { padding: 2px 10px 2px 0; text-align: left; }
.summary { font-weight: 600; margin: 6px 0 0; }
main { display: flex; flex: 1; min-height: 0; }
#findings { width: 34%; min-width: 280px; overflow-y: auto; border-right: 1px solid #ddd; padding: 8px 12px; }
#findings ol { list-style: none; margin: 0; padding: 0; }
.finding { padding: 4px 6px; margin: 2px 0; border-left: 4px solid; cursor: pointer; border-radius: 2px; }
.finding:hover, .finding.active { background: #f1f3f4; }
.finding .sym { font-weight: 700; display: inline-block; width: 1.2em; }
.finding .cat { color: var(--muted); font-size: 12px; margin-right: 6px; }
.finding.conflict { border-color: var(--conflict); }
.finding.omission { border-color: var(--omission); border-left-style: dashed; }
.finding.agreement { border-color: var(--agreement); border-left-style: dotted; }
.filters { font-size: 13px; margin-bottom: 8px; }
.filters label { margin-right: 8px; white-space: nowrap; }
#texts { flex: 1; display: flex; overflow-x: auto; }
.column { flex: 1 0 340px; max-width: 640px; overflow-y: auto; padding: 8px 14px; border-right: 1px solid #eee; }
.column h2 { font-size: 15px; margin: 0 0 8px; position: sticky; top: 0; background: #fff; }
.text { white-space: pre-wrap; }
.claim.conflict { text-decoration: underline wavy var(--conflict); text-decoration-thickness: 1.5px; background: #fde0dd; }
.claim.omission { text-decoration: underline dashed var(--omission); background: #fee8c8; }
.claim.agreement { text-decoration: underline solid var(--agreement); }
.claim.active { outline: 3px solid #1a73e8; background: #d2e3fc; }
.claim::before { font-size: 11px; font-weight: 700; vertical-align: super; }
.claim.conflict::before { content: "!"; color: var(--conflict); }
.claim.omission::before { content: "\2212"; color: var(--omission); }
.claim.agreement::before { content: "="; color: var(--agreement); }
mark { background: #fff3a3; font-weight: 600; }
.outlier { color: var(--conflict); font-weight: 700; }
body.hide-conflict .finding.conflict, body.hide-omission .finding.omission, body.hide-agreement .finding.agreement { display: none; }
@media print {
  body, main, #texts { display: block; height: auto; }
  #findings, .column { width: auto; max-width: none; overflow: visible; border: none; }
  .filters { display: none; }
  .claim.active { outline: none; }
}
"#;

const SCRIPT: &str = r#"
(function () {
  function activate(li) {
    document.querySelectorAll('.active').forEach(function (e) { e.classList.remove('active'); });
    if (!li) return;
    li.classList.add('active');
    (li.dataset.evidence || '').split(' ').forEach(function (id) {
      var el = document.getElementById(id);
      if (el) { el.classList.add('active'); el.scrollIntoView({ block: 'center' }); }
    });
  }
  document.querySelectorAll('.finding').forEach(function (li) {
    li.addEventListener('click', function () { history.replaceState(null, '', '#' + li.id); activate(li); });
  });
  document.querySelectorAll('.filters input').forEach(function (box) {
    box.addEventListener('change', function () { document.body.classList.toggle('hide-' + box.value, !box.checked); });
  });
  function fromHash() { if (location.hash.length > 1) activate(document.getElementById(location.hash.slice(1))); }
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
"#;

/// Writes the report as one HTML page.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let page = page(report);
    out.write_all(page.into_string().as_bytes())?;
    writeln!(out)
}

fn page(report: &Report) -> Markup {
    let s = &report.summary;
    let labels: Vec<&str> = report.sources.iter().map(|s| s.label.as_str()).collect();
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "factdiff report" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { "factdiff report" }
                    table.sources {
                        tr { th { "source" } th { "path" } th { "claims" } }
                        @for source in &report.sources {
                            tr { td { (sanitize(&source.label)) } td { (sanitize(&source.path)) } td { (source.claims) } }
                        }
                    }
                    p.summary { (s.line()) }
                }
                main {
                    section #findings {
                        div.filters {
                            @for kind in ["conflict", "omission", "agreement"] {
                                label { input type="checkbox" value=(kind) checked; " " (kind) "s" }
                            }
                        }
                        ol {
                            @for (n, finding) in report.findings.iter().enumerate() {
                                (finding_item(n, finding, &labels))
                            }
                        }
                    }
                    section #texts {
                        @for (i, text) in report.texts.iter().enumerate() {
                            (column(i, text))
                        }
                    }
                }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    }
}

fn finding_item(n: usize, finding: &ShownFinding, sources: &[&str]) -> Markup {
    let (kind, symbol) = match finding.kind {
        Kind::Conflict => ("conflict", "!"),
        Kind::Omission => ("omission", "\u{2212}"),
        Kind::Agreement => ("agreement", "="),
    };
    let evidence: Vec<String> = finding
        .evidence
        .iter()
        .filter_map(|e| {
            Some(claim_id(
                sources.iter().position(|l| *l == e.label)?,
                e.claim,
            ))
        })
        .collect();
    html! {
        li.finding.(kind) id=(format!("f{n}")) data-evidence=(evidence.join(" ")) title="show in the texts" {
            span.sym { (symbol) }
            span.cat { (finding.category.name()) }
            (sanitize(&finding.summary))
            @if let Some(majority) = &finding.majority {
                " (majority: " (sanitize(majority)) "; outliers: "
                span.outlier { (sanitize(&finding.outliers.join(", "))) }
                ")"
            }
            " "
            small {
                @for e in &finding.evidence {
                    (format!("{}:{}:{} ", sanitize(&e.label), e.line, e.column))
                }
            }
        }
    }
}

/// A stable element id for a claim: its source's position and its index
/// (labels may be any text, so they make no ids).
fn claim_id(source: usize, claim: usize) -> String {
    format!("c-{source}-{claim}")
}

/// One source's whole text, its claims wrapped and marked by status.
fn column(source: usize, text: &ShownText) -> Markup {
    let mut pieces: Vec<Markup> = Vec::new();
    let mut at = 0;
    for claim in &text.claims {
        let (Some(before), Some(inner)) = (
            text.text.get(at..claim.start),
            text.text.get(claim.start..claim.end),
        ) else {
            continue;
        };
        pieces.push(html! { (sanitize_keep_lines(before)) });
        let status = match claim.status {
            Some(Kind::Conflict) => "conflict",
            Some(Kind::Omission) => "omission",
            Some(Kind::Agreement) => "agreement",
            None => "none",
        };
        let marked = mark_values(inner, &claim.marks);
        pieces.push(html! { span.claim.(status) id=(claim_id(source, claim.index)) { (marked) } });
        at = claim.end;
    }
    let rest = text.text.get(at..).unwrap_or("");
    html! {
        div.column {
            h2 { (sanitize(&text.label)) " \u{2014} " (sanitize(&text.path)) }
            div.text {
                @for piece in pieces { (piece) }
                (sanitize_keep_lines(rest))
            }
        }
    }
}

/// The claim text with the fact values at the given byte ranges marked.
fn mark_values(claim: &str, marks: &[(usize, usize)]) -> Markup {
    let mut at = 0;
    let mut parts: Vec<Markup> = Vec::new();
    for &(start, end) in marks {
        let (Some(before), Some(value)) = (claim.get(at..start), claim.get(start..end)) else {
            continue;
        };
        parts.push(html! { (sanitize(before)) mark { (sanitize(value)) } });
        at = end;
    }
    let rest = claim.get(at..).unwrap_or("");
    html! { @for part in parts { (part) } (sanitize(rest)) }
}

/// Sanitized text that keeps its line breaks (the column is `pre-wrap`).
fn sanitize_keep_lines(text: &str) -> String {
    text.split('\n')
        .map(sanitize)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_whatever_the_labels() {
        assert_eq!(claim_id(0, 3), "c-0-3");
        assert_ne!(claim_id(0, 1), claim_id(1, 1));
    }

    #[test]
    fn markup_in_text_is_escaped() {
        let html = mark_values("<script>alert(1)</script> Fico", &[(26, 30)]).into_string();
        assert_eq!(
            html,
            "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Fico</mark>"
        );
    }
}
