//! Input: read each source (a file, `-` for stdin, or a FIFO) once, decode it,
//! and keep its original text so every finding can point to a line and column.
//!
//! Decoding accepts UTF-8 (a byte-order mark is dropped) and UTF-16 with a
//! byte-order mark. Binary data and other encodings are refused with an error
//! that names the source and says what to do; nothing is ever lost silently.

use std::fmt;
use std::io::Read;
use std::ops::Range;
use std::path::PathBuf;

use anyhow::{Context, bail};

/// Index of a source in the order given on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceId(pub u16);

impl SourceId {
    /// The position of this source in the list of sources.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// Where a source comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Standard input, written `-`.
    Stdin,
    /// A file or FIFO.
    Path(PathBuf),
}

impl Origin {
    /// Reads `-` as stdin and anything else as a path.
    pub fn from_arg(arg: &str) -> Origin {
        if arg == "-" {
            Origin::Stdin
        } else {
            Origin::Path(PathBuf::from(arg))
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Stdin => f.write_str("<stdin>"),
            Origin::Path(path) => write!(f, "{}", path.display()),
        }
    }
}

/// A 1-based line number, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineNumber(pub usize);

/// A 1-based column, counted in characters, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Column(pub usize);

/// One source text, decoded, with what is needed to map offsets back to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub id: SourceId,
    /// Short name used in reports: `A`, `B`, … or the user's `--label`.
    pub label: String,
    /// How the source was named on the command line.
    pub path: String,
    /// The decoded text, byte for byte as given (minus a byte-order mark).
    pub original: String,
    /// Byte offset at which each line starts.
    line_starts: Vec<usize>,
}

impl Document {
    /// Builds a document from text already in memory.
    pub fn new(id: SourceId, label: &str, path: &str, original: String) -> Document {
        let line_starts = std::iter::once(0)
            .chain(original.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Document {
            id,
            label: label.to_string(),
            path: path.to_string(),
            original,
            line_starts,
        }
    }

    /// Line and column (1-based, characters) of a byte offset into `original`.
    pub fn position(&self, offset: usize) -> (LineNumber, Column) {
        let offset = offset.min(self.original.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let column = self
            .original
            .get(start..offset)
            .map_or(0, |before| before.chars().count());
        (LineNumber(line + 1), Column(column + 1))
    }

    /// The original text of a span, or an empty string if it is out of range.
    pub fn slice(&self, span: &Range<usize>) -> &str {
        self.original.get(span.clone()).unwrap_or("")
    }
}

/// Reads and decodes one source.
pub fn read(origin: &Origin, id: SourceId, label: &str) -> anyhow::Result<Document> {
    let name = origin.to_string();
    let bytes = read_bytes(origin).with_context(|| name.clone())?;
    let text = decode(&bytes).with_context(|| name.clone())?;
    Ok(Document::new(id, label, &name, text))
}

fn read_bytes(origin: &Origin) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match origin {
        Origin::Stdin => {
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .context("cannot read standard input")?;
        }
        Origin::Path(path) => {
            if path.is_dir() {
                bail!("is a directory — give the path of a text file");
            }
            let mut file = std::fs::File::open(path).map_err(|err| open_error(&err))?;
            file.read_to_end(&mut bytes)
                .map_err(|err| anyhow::anyhow!("cannot read: {err} — check the file"))?;
        }
    }
    Ok(bytes)
}

fn open_error(err: &std::io::Error) -> anyhow::Error {
    let hint = match err.kind() {
        std::io::ErrorKind::NotFound => "no such file — check the path",
        std::io::ErrorKind::PermissionDenied => "permission denied — check the file's permissions",
        _ => "cannot open it — check the path",
    };
    anyhow::anyhow!("{hint} ({err})")
}

/// Decodes UTF-8 (with or without a byte-order mark) or UTF-16 with a mark.
fn decode(bytes: &[u8]) -> anyhow::Result<String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> anyhow::Result<String> {
    if bytes.contains(&0) {
        bail!("looks like binary data — give a plain-text article");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(err) => bail!(
            "is not valid UTF-8 (at byte {}) — convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8`",
            err.valid_up_to()
        ),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> anyhow::Result<String> {
    if bytes.len() % 2 != 0 {
        bail!("is not valid UTF-16 (odd length) — convert it to UTF-8 first");
    }
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| unit([pair[0], pair[1]]))
        .collect();
    let text = String::from_utf16(&units)
        .map_err(|_| anyhow::anyhow!("is not valid UTF-16 — convert it to UTF-8 first"))?;
    if text.contains('\0') {
        bail!("looks like binary data — give a plain-text article");
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::new(SourceId(0), "A", "a.txt", text.to_string())
    }

    #[test]
    fn positions_are_one_based_in_characters() {
        let d = doc("ab\nč d\r\nx");
        assert_eq!(d.position(0), (LineNumber(1), Column(1)));
        assert_eq!(d.position(3), (LineNumber(2), Column(1)));
        // "č" is two bytes but one character.
        assert_eq!(d.position(6), (LineNumber(2), Column(3)));
        assert_eq!(d.position(9), (LineNumber(3), Column(1)));
        assert_eq!(d.position(999), (LineNumber(3), Column(2)));
    }

    #[test]
    fn decodes_boms_and_refuses_binary() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi").unwrap(), "hi");
        assert_eq!(decode(b"\xFF\xFEh\0i\0").unwrap(), "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i").unwrap(), "hi");
        let binary = decode(b"ab\0cd").unwrap_err().to_string();
        assert!(binary.contains("binary"), "{binary}");
        let latin1 = decode(b"caf\xe9").unwrap_err().to_string();
        assert!(latin1.contains("not valid UTF-8"), "{latin1}");
    }

    #[test]
    fn missing_file_names_the_problem() {
        let origin = Origin::Path(PathBuf::from("no/such/file.txt"));
        let err = read(&origin, SourceId(0), "A").unwrap_err();
        let message = format!("{err:#}");
        assert!(
            message.starts_with("no/such/file.txt: no such file"),
            "{message}"
        );
    }
}
