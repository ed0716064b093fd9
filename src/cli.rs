//! The command line: clap's [`Args`] mirror what the user typed; converting
//! them into a [`Config`] validates them (labels, thresholds, stdin once, the
//! CSV file not an input) and decides colour and width once.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::bail;
use clap::{Parser, ValueEnum};

use crate::align::AlignOptions;
use crate::config::{Config, default_label};
use crate::input::{Content, Origin, ReadOptions};
use crate::report::{Format, Only, RenderOptions};

/// Reconcile the facts of several articles about one event: what they agree
/// on, where they conflict, and what one of them omits.
#[derive(Debug, Parser)]
#[command(
    name = "factdiff",
    version,
    after_help = "Exit status: 0 the sources agree, 1 differences were found, 2 trouble.\n\n\
Examples:\n  factdiff reuters.txt ap.txt\n  factdiff a.txt b.txt | less -R   (with --color=always)\n  \
factdiff a.txt b.txt --csv gaps.csv\n  factdiff --format json a.txt b.txt | jq .summary\n  \
curl -s URL | html2text | factdiff - b.txt\n  factdiff -q a.txt b.txt && echo consistent"
)]
pub struct Args {
    /// Article files to compare (two or more); `-` reads standard input.
    #[arg(value_name = "SOURCE")]
    pub sources: Vec<String>,

    /// Output format on standard output.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,

    /// Also write the CSV of discrepancies to FILE (written whole or not at all).
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,

    /// Also write the HTML report (sources side by side) to FILE, written whole or not at all.
    #[arg(long = "html", value_name = "FILE")]
    pub html_file: Option<PathBuf>,

    /// In CSV, add a row for every agreement too.
    #[arg(long)]
    pub all: bool,

    /// List only these kinds of finding (comma-separated; the summary still counts all).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KINDS")]
    pub only: Vec<OnlyArg>,

    /// Print only the counts per category.
    #[arg(long)]
    pub stat: bool,

    /// Name a source in reports (repeat: first for the first source, …).
    #[arg(short, long = "label", value_name = "NAME")]
    pub labels: Vec<String>,

    /// Name each source by its file name (without extension).
    #[arg(long)]
    pub labels_from_filenames: bool,

    /// Reconcile every subdirectory of DIR as one event (its files are the sources); prints JSON Lines, or CSV with --format csv.
    #[arg(long, value_name = "DIR")]
    pub each: Option<PathBuf>,

    /// Print nothing; the exit status tells whether the sources differ.
    #[arg(short, long)]
    pub quiet: bool,

    /// When to colour the report: auto is when standard output is a terminal and NO_COLOR is not set.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// Width of the report in columns (default: the terminal's, else 100).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<usize>,

    /// Read every source as a web page and compare the article text extracted from it.
    #[arg(long, conflicts_with = "as_text")]
    pub as_html: bool,

    /// Read every source as plain text, even one that looks like HTML.
    #[arg(long)]
    pub as_text: bool,

    /// Refuse a source larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = ReadOptions::default().max_bytes)]
    pub max_bytes: u64,

    /// How alike two claims must be (0 to 1) to be compared as one claim.
    #[arg(long, value_name = "SCORE", default_value_t = AlignOptions::default().threshold)]
    pub threshold: f64,

    /// Print a shell completion script and exit.
    #[arg(long, value_enum, value_name = "SHELL", exclusive = true)]
    pub completions: Option<clap_complete::Shell>,

    /// Print the manual page (roff) and exit.
    #[arg(long, exclusive = true)]
    pub man: bool,
}

/// Output formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A diff-style report.
    Text,
    /// The versioned JSON contract, for scripts.
    Json,
    /// One row per discrepancy, for spreadsheets.
    Csv,
    /// Markdown, for an issue or a fact-check document.
    Markdown,
    /// One self-contained HTML page with the sources side by side.
    Html,
}

/// Kinds of finding for `--only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnlyArg {
    /// Facts whose values in the sources cannot all hold.
    Conflicts,
    /// Facts or claims that some sources lack.
    Omissions,
    /// Facts the sources state alike.
    Agreements,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Colour even into a pipe or a file.
    Always,
    /// No colour; changed words are marked [-old-] and {+new+}.
    Never,
}

/// What the environment says about the output, read once by `main`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    /// Whether standard output is a terminal.
    pub is_terminal: bool,
    /// Its width in columns, if it is one.
    pub width: Option<usize>,
    /// Whether `NO_COLOR` is set to something non-empty.
    pub no_color: bool,
    /// Whether standard error is a terminal (for a progress bar).
    pub stderr_is_terminal: bool,
}

impl Terminal {
    /// Reads standard output and `NO_COLOR`.
    pub fn detect() -> Terminal {
        let stdout = std::io::stdout();
        let is_terminal = stdout.is_terminal();
        let width = terminal_size::terminal_size_of(&stdout).map(|(w, _)| usize::from(w.0));
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Terminal {
            is_terminal,
            width: width.filter(|_| is_terminal),
            no_color,
            stderr_is_terminal: std::io::stderr().is_terminal(),
        }
    }
}

impl Args {
    /// Validates the arguments into a [`Config`], given the terminal.
    pub fn into_config(self, terminal: Terminal) -> anyhow::Result<Config> {
        if let Some(dir) = &self.each {
            if !self.sources.is_empty() {
                bail!(
                    "--each {} takes its sources from the directory — give no other sources",
                    dir.display()
                );
            }
            let other_format = matches!(self.format, FormatArg::Markdown | FormatArg::Html);
            let per_run = self.csv.is_some()
                || self.html_file.is_some()
                || self.stat
                || !self.only.is_empty();
            if other_format || per_run || !self.labels.is_empty() {
                bail!(
                    "--each writes JSON Lines, or CSV with --format csv — drop --format markdown/html, --csv, --html, --stat, --only and --label"
                );
            }
        } else if self.sources.len() < 2 {
            bail!("give two or more sources to compare (see --help)");
        }
        if self.sources.len() > usize::from(u16::MAX) {
            bail!(
                "too many sources ({}) — give at most {}",
                self.sources.len(),
                u16::MAX
            );
        }
        if self.sources.iter().filter(|s| *s == "-").count() > 1 {
            bail!("standard input (`-`) given more than once — it can be read only once");
        }
        let labels = if self.labels_from_filenames && self.labels.is_empty() {
            let paths: Vec<PathBuf> = self
                .sources
                .iter()
                .map(|s| PathBuf::from(if s == "-" { "" } else { s }))
                .collect();
            crate::batch::labels_for(&paths, true)
        } else {
            labels(&self.labels, self.sources.len())?
        };
        if !(self.threshold > 0.0 && self.threshold <= 1.0) {
            bail!(
                "--threshold {} is out of range — give a number above 0 and at most 1",
                self.threshold
            );
        }
        for (flag, file) in [("--csv", &self.csv), ("--html", &self.html_file)] {
            if let Some(file) = file {
                refuse_overwriting_an_input(flag, file, &self.sources)?;
            }
        }
        if let (Some(csv), Some(html)) = (&self.csv, &self.html_file)
            && resolve(csv) == resolve(html)
        {
            bail!(
                "{}: --csv and --html name the same file — give each its own",
                csv.display()
            );
        }
        let color = match self.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => terminal.is_terminal && !terminal.no_color,
        };
        let only = if self.only.is_empty() {
            Only::ALL
        } else {
            Only {
                conflicts: self.only.contains(&OnlyArg::Conflicts),
                omissions: self.only.contains(&OnlyArg::Omissions),
                agreements: self.only.contains(&OnlyArg::Agreements),
            }
        };
        let format = match self.format {
            FormatArg::Text => Format::Text,
            FormatArg::Json => Format::Json,
            FormatArg::Csv => Format::Csv,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
        };
        Ok(Config {
            sources: self.sources.iter().map(|s| Origin::from_arg(s)).collect(),
            labels,
            read: ReadOptions {
                max_bytes: self.max_bytes,
                content: match (self.as_html, self.as_text) {
                    (true, _) => Content::Html,
                    (_, true) => Content::Text,
                    _ => Content::Detect,
                },
            },
            align: AlignOptions {
                threshold: self.threshold,
            },
            render: RenderOptions {
                format,
                color: color && format == Format::Text,
                width: self.width.or(terminal.width).unwrap_or(100).max(40),
                only,
                stat: self.stat,
                csv_agreements: self.all,
            },
            csv: self.csv,
            html: self.html_file,
            quiet: self.quiet,
            each: self.each,
            labels_from_filenames: self.labels_from_filenames,
            progress: terminal.stderr_is_terminal,
        })
    }
}

/// One label per source: those given, then `A`, `B`, … by position.
fn labels(given: &[String], sources: usize) -> anyhow::Result<Vec<String>> {
    if given.len() > sources {
        bail!(
            "{} labels for {sources} sources — give at most one --label per source",
            given.len()
        );
    }
    let labels: Vec<String> = (0..sources)
        .map(|i| given.get(i).cloned().unwrap_or_else(|| default_label(i)))
        .collect();
    for (i, label) in labels.iter().enumerate() {
        if label.trim().is_empty() {
            bail!("--label {} is empty — give each source a name", i + 1);
        }
        if labels[..i].contains(label) {
            bail!("label `{label}` is used twice — give each source its own label");
        }
    }
    Ok(labels)
}

/// Refuses an output file (given with `flag`) that is one of the inputs.
fn refuse_overwriting_an_input(flag: &str, file: &Path, sources: &[String]) -> anyhow::Result<()> {
    let target = resolve(file);
    for source in sources.iter().filter(|s| *s != "-") {
        if resolve(Path::new(source)) == target {
            bail!(
                "{}: {flag} would overwrite an input — choose another file",
                file.display()
            );
        }
    }
    Ok(())
}

/// The absolute path a file has or would have.
fn resolve(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match (parent.canonicalize(), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PIPE: Terminal = Terminal {
        is_terminal: false,
        width: None,
        no_color: false,
        stderr_is_terminal: false,
    };

    fn config(args: &[&str], terminal: Terminal) -> anyhow::Result<Config> {
        let args = Args::try_parse_from(std::iter::once("factdiff").chain(args.iter().copied()))?;
        args.into_config(terminal)
    }

    #[test]
    fn labels_default_and_can_be_set() {
        let c = config(&["a.txt", "b.txt", "c.txt", "-l", "Reuters"], PIPE).unwrap();
        assert_eq!(c.labels, ["Reuters", "B", "C"]);
    }

    #[test]
    fn bad_arguments_are_refused() {
        assert!(
            config(&["a.txt"], PIPE)
                .unwrap_err()
                .to_string()
                .contains("two or more")
        );
        assert!(
            config(&["-", "-"], PIPE)
                .unwrap_err()
                .to_string()
                .contains("more than once")
        );
        assert!(
            config(&["a", "b", "-l", "X", "-l", "X"], PIPE)
                .unwrap_err()
                .to_string()
                .contains("twice")
        );
        assert!(config(&["a", "b", "--threshold", "1.5"], PIPE).is_err());
        let err = config(&["Cargo.toml", "b", "--csv", "./Cargo.toml"], PIPE).unwrap_err();
        assert!(err.to_string().contains("overwrite an input"));
    }

    #[test]
    fn colour_and_width_are_decided_once() {
        let tty = Terminal {
            is_terminal: true,
            width: Some(120),
            no_color: false,
            stderr_is_terminal: true,
        };
        let c = config(&["a", "b"], tty).unwrap();
        assert!(c.render.color);
        assert_eq!(c.render.width, 120);
        let c = config(
            &["a", "b"],
            Terminal {
                no_color: true,
                ..tty
            },
        )
        .unwrap();
        assert!(!c.render.color, "NO_COLOR");
        let c = config(&["a", "b"], PIPE).unwrap();
        assert!(!c.render.color);
        assert_eq!(c.render.width, 100);
        let c = config(&["a", "b", "--color", "always", "--width", "60"], PIPE).unwrap();
        assert!(c.render.color);
        assert_eq!(c.render.width, 60);
        let c = config(&["a", "b", "--color", "always", "-f", "json"], PIPE).unwrap();
        assert!(!c.render.color, "no escape codes in JSON");
    }

    #[test]
    fn only_takes_a_list() {
        let c = config(&["a", "b", "--only", "conflicts,omissions"], PIPE).unwrap();
        assert_eq!(
            c.render.only,
            Only {
                conflicts: true,
                omissions: true,
                agreements: false
            }
        );
    }
}
