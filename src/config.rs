//! Config: what the program means to do, validated once at the edge. Stages
//! get only their slice ([`AlignOptions`], [`RenderOptions`]) and never look
//! at the command line, the environment or the terminal.

use std::path::PathBuf;

use crate::align::AlignOptions;
use crate::input::{Origin, ReadOptions};
use crate::report::RenderOptions;

/// A validated run of factdiff.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Two or more sources, in command-line order.
    pub sources: Vec<Origin>,
    /// One label per source (`A`, `B`, … unless given).
    pub labels: Vec<String>,
    /// How to read the sources (size limit, HTML or text), for the input stage.
    pub read: ReadOptions,
    /// The claim-matching threshold, for the alignment stage.
    pub align: AlignOptions,
    /// Format, colour, width and filters, for the report stage.
    pub render: RenderOptions,
    /// Also write the CSV of discrepancies to this file.
    pub csv: Option<PathBuf>,
    /// Also write the HTML report to this file.
    pub html: Option<PathBuf>,
    /// Print nothing; only the exit status tells the result.
    pub quiet: bool,
    /// Batch mode: every subdirectory of this one is an event (`--each`).
    pub each: Option<PathBuf>,
    /// Label sources by their file names.
    pub labels_from_filenames: bool,
    /// Show a progress bar on stderr in batch mode.
    pub progress: bool,
}

/// The default label of source `index`: A … Z, then AA, AB, …
pub fn default_label(index: usize) -> String {
    let letter = |i: usize| char::from(b'A' + (i % 26) as u8);
    if index < 26 {
        letter(index).to_string()
    } else {
        format!("{}{}", default_label(index / 26 - 1), letter(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_run_a_to_z_then_double() {
        assert_eq!(default_label(0), "A");
        assert_eq!(default_label(25), "Z");
        assert_eq!(default_label(26), "AA");
        assert_eq!(default_label(27), "AB");
        assert_eq!(default_label(52), "BA");
    }
}
