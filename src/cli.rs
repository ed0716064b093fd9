//! The command line: clap's [`Args`] mirror what the user typed; converting
//! them into a [`Config`] validates them (labels, thresholds, stdin once).

use anyhow::bail;
use clap::{Parser, ValueEnum};

use crate::align::AlignOptions;
use crate::config::{Config, default_label};
use crate::input::Origin;
use crate::report::{Format, RenderOptions};

/// Reconcile the facts of several articles about one event: what they agree
/// on, where they conflict, and what one of them omits.
#[derive(Debug, Parser)]
#[command(
    name = "factdiff",
    version,
    after_help = "Exit status: 0 the sources agree, 1 differences were found, 2 trouble.\n\n\
Examples:\n  factdiff reuters.txt ap.txt\n  factdiff --format json a.txt b.txt | jq .summary\n  \
curl -s URL | html2text | factdiff - b.txt\n  factdiff -q a.txt b.txt && echo consistent"
)]
pub struct Args {
    /// Article files to compare (two or more); `-` reads standard input.
    #[arg(required = true, num_args = 2.., value_name = "SOURCE")]
    pub sources: Vec<String>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,

    /// Name a source in reports (repeat: first for the first source, …).
    #[arg(short, long = "label", value_name = "NAME")]
    pub labels: Vec<String>,

    /// Print nothing; the exit status tells whether the sources differ.
    #[arg(short, long)]
    pub quiet: bool,

    /// How alike two claims must be (0 to 1) to be compared as one claim.
    #[arg(long, value_name = "SCORE", default_value_t = AlignOptions::default().threshold)]
    pub threshold: f64,
}

/// Output formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A readable report.
    Text,
    /// The versioned JSON contract, for scripts.
    Json,
}

impl TryFrom<Args> for Config {
    type Error = anyhow::Error;

    fn try_from(args: Args) -> anyhow::Result<Config> {
        if args.sources.len() > usize::from(u16::MAX) {
            bail!(
                "too many sources ({}) — give at most {}",
                args.sources.len(),
                u16::MAX
            );
        }
        if args.sources.iter().filter(|s| *s == "-").count() > 1 {
            bail!("standard input (`-`) given more than once — it can be read only once");
        }
        if args.labels.len() > args.sources.len() {
            bail!(
                "{} labels for {} sources — give at most one --label per source",
                args.labels.len(),
                args.sources.len()
            );
        }
        let labels: Vec<String> = (0..args.sources.len())
            .map(|i| {
                args.labels
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| default_label(i))
            })
            .collect();
        for (i, label) in labels.iter().enumerate() {
            if label.trim().is_empty() {
                bail!("--label {} is empty — give each source a name", i + 1);
            }
            if labels[..i].contains(label) {
                bail!("label `{label}` is used twice — give each source its own label");
            }
        }
        if !(args.threshold > 0.0 && args.threshold <= 1.0) {
            bail!(
                "--threshold {} is out of range — give a number above 0 and at most 1",
                args.threshold
            );
        }
        let format = match args.format {
            FormatArg::Text => Format::Text,
            FormatArg::Json => Format::Json,
        };
        Ok(Config {
            sources: args.sources.iter().map(|s| Origin::from_arg(s)).collect(),
            labels,
            align: AlignOptions {
                threshold: args.threshold,
            },
            render: RenderOptions { format },
            quiet: args.quiet,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(args: &[&str]) -> anyhow::Result<Config> {
        let args = Args::try_parse_from(std::iter::once("factdiff").chain(args.iter().copied()))?;
        Config::try_from(args)
    }

    #[test]
    fn labels_default_and_can_be_set() {
        let c = config(&["a.txt", "b.txt", "c.txt", "-l", "Reuters"]).unwrap();
        assert_eq!(c.labels, ["Reuters", "B", "C"]);
    }

    #[test]
    fn bad_arguments_are_refused() {
        assert!(config(&["a.txt"]).is_err(), "one source");
        assert!(
            config(&["-", "-"])
                .unwrap_err()
                .to_string()
                .contains("more than once")
        );
        assert!(
            config(&["a", "b", "-l", "X", "-l", "X"])
                .unwrap_err()
                .to_string()
                .contains("twice")
        );
        assert!(config(&["a", "b", "--threshold", "1.5"]).is_err());
    }
}
