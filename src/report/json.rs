//! The JSON report (`--format json`): version 1 of the contract in
//! DESIGN.md, built from serialize-only view structs. Keys keep a fixed
//! order and sources keep command-line order, so the bytes are deterministic.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;
use serde::ser::SerializeMap;

use super::{Report, ShownEntity, ShownEvidence, ShownFinding, SourceInfo, Summary};

/// The contract's version; bump it on any incompatible change.
const VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    /// In batch mode (`--each`), the event the report is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<&'a str>,
    version: u32,
    sources: Vec<JsonSource<'a>>,
    findings: Each<'a, ShownFinding, JsonFinding<'a>>,
    entities: Vec<JsonEntity<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonSource<'a> {
    label: &'a str,
    path: &'a str,
    claims: usize,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    kind: &'static str,
    category: &'static str,
    summary: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f64>,
    evidence: Each<'a, ShownEvidence, JsonEvidence<'a>>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    missing_from: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    majority: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    outliers: &'a [String],
}

#[derive(Serialize)]
struct JsonEvidence<'a> {
    source: &'a str,
    value: Option<&'a str>,
    /// Only for a pronoun speaker whose name was found.
    #[serde(skip_serializing_if = "Option::is_none")]
    refers_to: Option<&'a str>,
    text: &'a str,
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    mentions: Mentions<'a>,
}

/// A list viewed item by item as it is written, not all viewed first: a
/// large report has hundreds of thousands of findings, and their views
/// would weigh megabytes beside the report itself.
struct Each<'a, T, V>(&'a [T], fn(&'a T) -> V);

impl<'a, T, V: Serialize> Serialize for Each<'a, T, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(self.1))
    }
}

/// Label -> surface forms, as a JSON object in source order.
struct Mentions<'a>(&'a [(String, Vec<String>)]);

impl Serialize for Mentions<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (label, forms) in self.0 {
            map.serialize_entry(label, forms)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct JsonSummary {
    agreements: usize,
    conflicts: usize,
    omissions: usize,
}

impl<'a> From<&'a SourceInfo> for JsonSource<'a> {
    fn from(s: &'a SourceInfo) -> Self {
        JsonSource {
            label: &s.label,
            path: &s.path,
            claims: s.claims,
        }
    }
}

impl<'a> From<&'a ShownEvidence> for JsonEvidence<'a> {
    fn from(e: &'a ShownEvidence) -> Self {
        JsonEvidence {
            source: &e.label,
            value: e.value.as_deref(),
            refers_to: e.refers_to.as_deref(),
            text: &e.text,
            line: e.line,
            column: e.column,
        }
    }
}

impl<'a> From<&'a ShownFinding> for JsonFinding<'a> {
    fn from(f: &'a ShownFinding) -> Self {
        JsonFinding {
            kind: f.kind.name(),
            category: f.category.name(),
            summary: &f.summary,
            score: f.score,
            evidence: Each(&f.evidence, JsonEvidence::from),
            missing_from: &f.missing_from,
            majority: f.majority.as_deref(),
            outliers: &f.outliers,
        }
    }
}

impl<'a> From<&'a ShownEntity> for JsonEntity<'a> {
    fn from(e: &'a ShownEntity) -> Self {
        JsonEntity {
            name: &e.name,
            kind: e.kind,
            mentions: Mentions(&e.mentions),
        }
    }
}

impl From<&Summary> for JsonSummary {
    fn from(s: &Summary) -> Self {
        JsonSummary {
            agreements: s.agreements,
            conflicts: s.conflicts,
            omissions: s.omissions,
        }
    }
}

/// Writes the report as pretty-printed JSON followed by a newline. The JSON
/// streams out: on a large input it would weigh more than the report.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let escaped = EscapeBidi {
        out: &mut *out,
        pending: Vec::new(),
    };
    // serde_json writes a token at a time: the escaping reads whole pieces.
    let mut buffered = io::BufWriter::with_capacity(64 * 1024, escaped);
    serde_json::to_writer_pretty(&mut buffered, &view(report, None))?;
    buffered.flush()?;
    drop(buffered);
    writeln!(out)
}

/// A writer of JSON text that escapes bidi controls as [`escape_bidi`]
/// does, on its way to `out`. A character cut between two writes waits in
/// `pending` for its last bytes.
struct EscapeBidi<W: Write> {
    out: W,
    pending: Vec<u8>,
}

impl<W: Write> EscapeBidi<W> {
    /// Writes whole characters, escaping the bidi controls among them.
    fn write_whole(&mut self, text: &str) -> io::Result<()> {
        self.out.write_all(escape_bidi(text).as_bytes())
    }
}

impl<W: Write> Write for EscapeBidi<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let bytes: Cow<[u8]> = if self.pending.is_empty() {
            Cow::Borrowed(buf)
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(buf);
            Cow::Owned(joined)
        };
        match std::str::from_utf8(&bytes) {
            Ok(text) => self.write_whole(text)?,
            // A character cut at the end: the rest is written, it waits.
            Err(e) if e.error_len().is_none() => {
                let (whole, cut) = bytes.split_at(e.valid_up_to());
                self.write_whole(std::str::from_utf8(whole).unwrap_or_default())?;
                self.pending = cut.to_vec();
            }
            // Not UTF-8 (serde_json writes none): passed on as it is.
            Err(_) => self.out.write_all(&bytes)?,
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let pending = std::mem::take(&mut self.pending);
        self.out.write_all(&pending)?;
        self.out.flush()
    }
}

/// The report as one line of JSON (for JSON Lines), naming its event.
pub fn line(report: &Report, event: &str) -> io::Result<String> {
    Ok(escape_bidi(&serde_json::to_string(&view(report, Some(event)))?).into_owned())
}

fn view<'a>(report: &'a Report, event: Option<&'a str>) -> JsonReport<'a> {
    JsonReport {
        event,
        version: VERSION,
        sources: report.sources.iter().map(JsonSource::from).collect(),
        findings: Each(&report.findings, JsonFinding::from),
        entities: report.entities.iter().map(JsonEntity::from).collect(),
        summary: JsonSummary::from(&report.summary),
    }
}

/// JSON escapes control characters itself; bidi controls (which reorder
/// text on screen) are valid in JSON strings but are escaped here too, so a
/// JSON file shown in a terminal or an editor cannot be spoofed. Text without
/// them, the usual case, is returned as it is.
fn escape_bidi(json: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut done = 0;
    for at in bidi_controls(json) {
        let c = json[at..].chars().next().unwrap_or_default();
        out.push_str(&json[done..at]);
        out.push_str(&format!("\\u{:04x}", u32::from(c)));
        done = at + c.len_utf8();
    }
    if done == 0 {
        return Cow::Borrowed(json);
    }
    out.push_str(&json[done..]);
    Cow::Owned(out)
}

/// Byte offsets of the bidi controls in `text`. Each is encoded with a lead
/// byte 0xD8 (U+061C) or 0xE2 (the others), so only those are decoded.
fn bidi_controls(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr2_iter(0xD8, 0xE2, text.as_bytes()).filter(|&at| {
        text[at..]
            .chars()
            .next()
            .is_some_and(super::style::is_bidi_control)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_controls_are_escaped_and_still_valid_json() {
        let json = serde_json::to_string("a\u{202e}b\u{1b}").unwrap();
        let escaped = escape_bidi(&json);
        assert_eq!(escaped, "\"a\\u202eb\\u001b\"");
        assert_eq!(
            serde_json::from_str::<String>(&escaped).unwrap(),
            "a\u{202e}b\u{1b}"
        );
        assert_eq!(escape_bidi("\u{61c}—\u{2069}"), "\\u061c—\\u2069");
        assert!(matches!(escape_bidi("“é—”"), Cow::Borrowed(_)));
    }

    #[test]
    fn streamed_json_escapes_bidi_controls_cut_between_writes() {
        let text = "x\u{202e}y—\u{61c}z";
        for cut in 0..=text.len() {
            let mut out = Vec::new();
            let mut escaped = EscapeBidi {
                out: &mut out,
                pending: Vec::new(),
            };
            escaped.write_all(&text.as_bytes()[..cut]).unwrap();
            escaped.write_all(&text.as_bytes()[cut..]).unwrap();
            escaped.flush().unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                "x\\u202ey—\\u061cz",
                "cut at {cut}"
            );
        }
    }
}
