//! Stored outputs of every format on the seed pair, compared byte for byte
//! (insta). A change here is a change users see: review it with
//! `cargo insta review` like code, never accept it blindly.

mod common;

use common::{A, B, factdiff};

fn output(args: &[&str]) -> String {
    let out = factdiff()
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "the seed pair differs");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn terminal_report() {
    insta::assert_snapshot!(output(&["--color", "never", A, B]));
}

#[test]
fn terminal_report_in_colour() {
    insta::assert_snapshot!(output(&["--color", "always", "--only", "conflicts", A, B]));
}

#[test]
fn stat() {
    insta::assert_snapshot!(output(&["--stat", A, B]));
}

#[test]
fn markdown() {
    insta::assert_snapshot!(output(&["--format", "markdown", A, B]));
}

#[test]
fn csv() {
    insta::assert_snapshot!(output(&["--format", "csv", A, B]));
}

#[test]
fn json() {
    insta::assert_snapshot!(output(&["--format", "json", A, B]));
}

#[test]
fn html() {
    let page = output(&["--format", "html", A, B]);
    assert!(
        page.len() < 200_000,
        "the seed report stays small: {} bytes",
        page.len()
    );
    insta::assert_snapshot!(page);
}
