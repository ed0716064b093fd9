//! Input: read each source (a file, `-` for stdin, or a FIFO) once, decode it,
//! and keep its original text so every finding can point to a line and column.
//!
//! Decoding accepts UTF-8 (a byte-order mark is dropped) and UTF-16 with a
//! byte-order mark; text that is not valid UTF-8 is read as Windows-1252, the
//! usual encoding of old scrapes, with a warning. Binary data and sources
//! over the size limit are refused with an error that names the source and
//! says what to do. A web page (HTML) is detected and its article text
//! extracted (dom_smoothie, a port of Firefox's Readability). Nothing is
//! ever lost silently.

use std::fmt;
use std::io::Read;
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
    /// Index of the source among those compared, in command-line order.
    pub id: SourceId,
    /// Short name used in reports: `A`, `B`, … or the user's `--label`.
    pub label: String,
    /// How the source was named on the command line.
    pub path: String,
    /// The decoded text: the file as given for UTF-8 (minus a byte-order
    /// mark), decoded for UTF-16 and Windows-1252, the extracted article for
    /// HTML. Lines and columns refer to it.
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
}

/// How to read a source's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// HTML if it looks like a web page, text otherwise.
    Detect,
    /// Always a web page: extract its article text.
    Html,
    /// Always plain text, even if it looks like HTML.
    Text,
}

/// Settings of the input stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Refuse a source larger than this many bytes.
    pub max_bytes: u64,
    /// Whether to read sources as HTML, plain text, or guess (`--as-html`, `--as-text`).
    pub content: Content,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 8 * 1024 * 1024,
            content: Content::Detect,
        }
    }
}

/// Reads and decodes one source; the warnings say what was done to it
/// (another encoding, HTML extracted).
pub fn read(
    origin: &Origin,
    id: SourceId,
    label: &str,
    options: &ReadOptions,
) -> anyhow::Result<(Document, Vec<String>)> {
    let name = origin.to_string();
    let bytes = read_bytes(origin, options.max_bytes).with_context(|| name.clone())?;
    from_bytes(&bytes, id, label, &name, options.content)
}

/// Decodes a source already in memory (see [`read`]); errors and warnings
/// name it by `name`.
pub fn from_bytes(
    bytes: &[u8],
    id: SourceId,
    label: &str,
    name: &str,
    content: Content,
) -> anyhow::Result<(Document, Vec<String>)> {
    let (text, mut warnings) = decode(bytes).with_context(|| name.to_string())?;
    let html = match content {
        Content::Detect => looks_like_html(&text),
        Content::Html => true,
        Content::Text => false,
    };
    let text = if html {
        warnings.push(
            "HTML: comparing the article text extracted from it (lines and columns refer to that text) — use --as-text to compare the markup as text".to_string(),
        );
        article_text(&text).with_context(|| name.to_string())?
    } else {
        text
    };
    let warnings = warnings
        .into_iter()
        .map(|w| format!("{name}: {w}"))
        .collect();
    Ok((Document::new(id, label, name, text), warnings))
}

fn read_bytes(origin: &Origin, max_bytes: u64) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    // One byte more than allowed tells a file at the limit from one over it.
    let limit = max_bytes.saturating_add(1);
    match origin {
        Origin::Stdin => {
            std::io::stdin()
                .lock()
                .take(limit)
                .read_to_end(&mut bytes)
                .context("cannot read standard input")?;
        }
        Origin::Path(path) => {
            if path.is_dir() {
                bail!("is a directory — give the path of a text file");
            }
            let file = std::fs::File::open(path).map_err(|err| open_error(&err))?;
            file.take(limit)
                .read_to_end(&mut bytes)
                .map_err(|err| anyhow::anyhow!("cannot read: {err} — check the file"))?;
        }
    }
    if bytes.len() as u64 > max_bytes {
        bail!("is larger than the limit of {max_bytes} bytes — raise --max-bytes or cut the text");
    }
    Ok(bytes)
}

/// Whether decoded text is a web page rather than an article's text.
fn looks_like_html(text: &str) -> bool {
    let start: String = text
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    start.starts_with("<!doctype html")
        || start.starts_with("<html")
        || (start.starts_with('<')
            && ["<body", "<head", "<p>", "<div", "<article"]
                .iter()
                .any(|t| start.contains(t)))
}

/// The readable article of a web page (title and text, one paragraph a
/// line), without scripts, styles and navigation.
fn article_text(html: &str) -> anyhow::Result<String> {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let article = dom_smoothie::Readability::new(html, None, Some(config))
        .and_then(|mut r| r.parse())
        .map_err(|err| {
            anyhow::anyhow!(
                "no article text found in this HTML ({err}) — save the page as text, or use --as-text"
            )
        })?;
    let body = article.text_content.to_string();
    let title = article.title.trim();
    let text = if title.is_empty() || body.trim_start().starts_with(title) {
        body
    } else {
        format!("{title}\n{body}")
    };
    Ok(text)
}

fn open_error(err: &std::io::Error) -> anyhow::Error {
    let hint = match err.kind() {
        std::io::ErrorKind::NotFound => "no such file — check the path",
        std::io::ErrorKind::PermissionDenied => "permission denied — check the file's permissions",
        _ => "cannot open it — check the path",
    };
    anyhow::anyhow!("{hint} ({err})")
}

/// Decodes UTF-8 (with or without a byte-order mark), UTF-16 with a mark,
/// or, failing UTF-8, Windows-1252 (with a warning). Binary data is refused.
fn decode(bytes: &[u8]) -> anyhow::Result<(String, Vec<String>)> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok((utf16(rest, u16::from_le_bytes)?, Vec::new()));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok((utf16(rest, u16::from_be_bytes)?, Vec::new()));
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> anyhow::Result<(String, Vec<String>)> {
    if looks_binary(bytes) {
        bail!("looks like binary data — give a plain-text article");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), Vec::new())),
        Err(err) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            let warning = format!(
                "not valid UTF-8 (at byte {}); read as Windows-1252 — convert it to UTF-8 if the text looks wrong",
                err.valid_up_to()
            );
            Ok((text.into_owned(), vec![warning]))
        }
    }
}

/// NUL bytes, or more than 1 in 20 bytes control characters other than
/// white space: not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b) || b == 0x7f)
        .count();
    bytes.contains(&0) || controls * 20 > bytes.len()
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> anyhow::Result<String> {
    if !bytes.len().is_multiple_of(2) {
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
        assert_eq!(decode(b"\xEF\xBB\xBFhi").unwrap().0, "hi");
        assert_eq!(decode(b"\xFF\xFEh\0i\0").unwrap().0, "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i").unwrap().0, "hi");
        let binary = decode(b"ab\0cd").unwrap_err().to_string();
        assert!(binary.contains("binary"), "{binary}");
        assert!(
            decode(b"\x01\x02\x03\x04abc").is_err(),
            "mostly control bytes"
        );
    }

    #[test]
    fn windows_1252_is_read_with_a_warning() {
        let (text, warnings) = decode(b"caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(text, "café “quoted”");
        assert!(warnings[0].contains("Windows-1252"), "{warnings:?}");
    }

    #[test]
    fn html_is_detected_and_its_article_extracted() {
        assert!(looks_like_html(
            "  <!DOCTYPE html><html><body><p>x</p></body></html>"
        ));
        assert!(!looks_like_html("The <b> tag is bold."));
        let page = "<html><head><title>Storm hits Brest</title><script>alert(1)</script></head><body>\
            <nav>Home | News</nav><article><p>The storm hit the coastal town of Brest on Monday, \
            officials said, and closed every school in the region for two days.</p><p>The mayor \
            said the damage would take weeks to repair and asked residents to stay indoors.</p></article></body></html>";
        let text = article_text(page).unwrap();
        assert!(
            text.contains("The storm hit the coastal town of Brest"),
            "{text}"
        );
        assert!(
            !text.contains("alert(1)") && !text.contains("Home | News"),
            "{text}"
        );
    }

    #[test]
    fn missing_file_names_the_problem() {
        let origin = Origin::Path(PathBuf::from("no/such/file.txt"));
        let err = read(&origin, SourceId(0), "A", &ReadOptions::default()).unwrap_err();
        let message = format!("{err:#}");
        assert!(
            message.starts_with("no/such/file.txt: no such file"),
            "{message}"
        );
    }
}
