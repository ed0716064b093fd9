//! The factdiff binary: parse the command line, run, and turn the outcome
//! into an exit status (0 the sources agree, 1 differences, 2 trouble).

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use factdiff::cli::{Args, Terminal};
use factdiff::input::Origin;

/// The pipeline allocates many small strings and vectors, on several
/// threads: mimalloc runs it about a quarter faster than the system's
/// allocator, and with less memory on large inputs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_t` in
/// `mimalloc.h`; the bindings do not name it).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Memory freed by one stage goes back to the system at once rather than
/// after a second (mimalloc's default): a run lasts less than that, and the
/// stages run on different threads, which would otherwise each keep their
/// own. On large inputs peak memory is about a third lower for a few
/// percent more time; on small ones it only costs time (pages given back
/// and faulted in again), so it is set for large inputs only.
fn return_freed_memory_at_once() {
    // SAFETY: sets an option of the allocator; any value is valid.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) }
}

const SAME: u8 = 0;
const DIFFERENT: u8 = 1;
const TROUBLE: u8 = 2;

/// Inputs from this many bytes in all (files, as far as their sizes are
/// known) are large enough to give freed memory back at once.
const LARGE_INPUT: u64 = 1 << 20;

/// The total size of the files among the sources (standard input and FIFOs
/// count as nothing: their size is not known before reading).
fn known_input_size(sources: &[Origin]) -> u64 {
    sources
        .iter()
        .filter_map(|origin| match origin {
            Origin::Path(path) => std::fs::metadata(path).ok().filter(|m| m.is_file()),
            Origin::Stdin => None,
        })
        .map(|m| m.len())
        .sum()
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(shell) = args.completions {
        clap_complete::generate(shell, &mut Args::command(), "factdiff", &mut io::stdout());
        return ExitCode::from(SAME);
    }
    if args.man {
        return match clap_mangen::Man::new(Args::command()).render(&mut io::stdout()) {
            Ok(()) => ExitCode::from(SAME),
            Err(err) => fail(&err.into()),
        };
    }
    let config = match args.into_config(Terminal::detect()) {
        Ok(config) => config,
        Err(err) => return fail(&err),
    };
    if config.each.is_some() || known_input_size(&config.sources) >= LARGE_INPUT {
        return_freed_memory_at_once();
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if let Some(dir) = &config.each {
        return match factdiff::batch::run_each(dir, &config, config.progress, &mut out) {
            Ok(outcome) => {
                for line in outcome
                    .warnings
                    .iter()
                    .map(|w| format!("warning: {w}"))
                    .chain(outcome.failures.clone())
                {
                    eprintln!("factdiff: {line}");
                }
                let status = match (outcome.failures.is_empty(), outcome.differences) {
                    (false, _) => TROUBLE,
                    (true, true) => DIFFERENT,
                    (true, false) => SAME,
                };
                ExitCode::from(status)
            }
            Err(err) if is_broken_pipe(&err) => ExitCode::from(SAME),
            Err(err) => fail(&err),
        };
    }
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
