//! The factdiff binary: parse the command line, run, and turn the outcome
//! into an exit status (0 the sources agree, 1 differences, 2 trouble).

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use factdiff::cli::Args;
use factdiff::config::Config;

const SAME: u8 = 0;
const DIFFERENT: u8 = 1;
const TROUBLE: u8 = 2;

fn main() -> ExitCode {
    let args = Args::parse();
    let config = match Config::try_from(args) {
        Ok(config) => config,
        Err(err) => return fail(&err),
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match factdiff::run(&config, &mut out) {
        Ok(outcome) => {
            for warning in &outcome.warnings {
                eprintln!("factdiff: warning: {warning}");
            }
            ExitCode::from(if outcome.differences { DIFFERENT } else { SAME })
        }
        Err(err) if is_broken_pipe(&err) => ExitCode::from(SAME),
        Err(err) => fail(&err),
    }
}

/// Prints one clean error line (no backtrace) and returns the trouble status.
fn fail(err: &anyhow::Error) -> ExitCode {
    let _ = writeln!(io::stderr(), "factdiff: {err:#}");
    ExitCode::from(TROUBLE)
}

/// A reader that closed the pipe (`factdiff a b | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
