//! What the binary's tests share: the seed fixtures and a `factdiff`
//! command run from the repository, with `RUST_BACKTRACE` set as on these
//! machines (errors must still be one clean line).
// Each test file uses part of this module.
#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;

/// The seed pair, relative to the repository.
pub const A: &str = "fixtures/beijing-parade-a.txt";
pub const B: &str = "fixtures/beijing-parade-b.txt";

/// The built binary, run from the repository root.
pub fn factdiff() -> Command {
    let mut cmd = Command::cargo_bin("factdiff").expect("the binary is built");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RUST_BACKTRACE", "1");
    cmd
}

/// A path as the `&str` an argument list wants.
pub fn s(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}
