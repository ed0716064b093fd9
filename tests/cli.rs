//! The binary as a user runs it: exit statuses, error wording, the JSON
//! contract, stdin, and a closed pipe.

use assert_cmd::Command;
use predicates::prelude::*;

const A: &str = "fixtures/beijing-parade-a.txt";
const B: &str = "fixtures/beijing-parade-b.txt";

fn factdiff() -> Command {
    let mut cmd = Command::cargo_bin("factdiff").expect("the binary is built");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = factdiff()
        .args(["--format", "json"])
        .args(args)
        .output()
        .expect("runs");
    serde_json::from_slice(&out.stdout).expect("valid JSON on stdout")
}

#[test]
fn differing_sources_exit_1_with_a_summary_line() {
    factdiff()
        .args([A, B])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("A: fixtures/beijing-parade-a.txt"))
        .stdout(
            predicate::str::is_match(r"\n\d+ agreements, \d+ conflicts, \d+ omissions\n$").unwrap(),
        );
}

#[test]
fn the_same_text_twice_agrees_and_exits_0() {
    let out = json(&[A, A]);
    assert_eq!(out["summary"]["conflicts"], 0);
    assert_eq!(out["summary"]["omissions"], 0);
    factdiff().args(["-q", A, A]).assert().code(0).stdout("");
}

#[test]
fn json_follows_the_contract() {
    let out = json(&[A, B]);
    assert_eq!(out["version"], 1);
    assert_eq!(out["sources"][0]["label"], "A");
    assert_eq!(out["sources"][1]["path"], B);
    let findings = out["findings"].as_array().expect("findings");
    let conflict = findings
        .iter()
        .find(|f| f["category"] == "name" && f["evidence"][0]["value"] == "Masoud Pezeshkian")
        .expect("the Pezeshkian conflict");
    assert_eq!(conflict["kind"], "conflict");
    assert_eq!(conflict["evidence"][1]["value"], "Masoud Pezashkian");
    // "Iranian President Masoud Pezeshkian" sits on line 2 of A.
    assert_eq!(conflict["evidence"][0]["line"], 2);
    assert!(conflict["score"].as_f64().is_some_and(|s| s > 0.9));
    let fico = findings
        .iter()
        .find(|f| f["kind"] == "omission" && f["evidence"][0]["value"] == "Robert Fico")
        .expect("Fico omitted from A");
    assert_eq!(fico["missing_from"], serde_json::json!(["A"]));
    assert_eq!(fico["evidence"][0]["source"], "B");
    for f in findings {
        let kind = f["kind"].as_str().expect("kind");
        assert!(["agreement", "conflict", "omission"].contains(&kind));
        let category = f["category"].as_str().expect("category");
        assert!(["claim", "entity", "name", "number", "date", "attribution"].contains(&category));
    }
    let summary = &out["summary"];
    let count = |kind: &str| findings.iter().filter(|f| f["kind"] == kind).count();
    assert_eq!(summary["conflicts"], count("conflict"));
    assert_eq!(summary["omissions"], count("omission"));
    assert_eq!(summary["agreements"], count("agreement"));
    let lukashenko = out["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["mentions"]["B"][0] == "Aleksandr Lukashenko")
        .expect("Lukashenko is one entity");
    assert_eq!(lukashenko["mentions"]["A"][0], "Alexander Lukashenko");
    assert_eq!(lukashenko["type"], "person");
}

#[test]
fn output_is_byte_identical_across_runs() {
    let run = || {
        factdiff()
            .args(["--format", "json", A, B])
            .output()
            .expect("runs")
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn line_and_column_count_characters_in_the_original() {
    let out = json(&[A, B]);
    let evidence = out["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .flat_map(|f| f["evidence"].as_array().cloned().unwrap_or_default());
    let texts = [
        std::fs::read_to_string(A).unwrap(),
        std::fs::read_to_string(B).unwrap(),
    ];
    for e in evidence {
        let Some(value) = e["value"].as_str() else {
            continue;
        };
        let text = if e["source"] == "A" {
            &texts[0]
        } else {
            &texts[1]
        };
        let line = text
            .lines()
            .nth(e["line"].as_u64().unwrap() as usize - 1)
            .expect("line exists");
        let at: String = line
            .chars()
            .skip(e["column"].as_u64().unwrap() as usize - 1)
            .collect();
        assert!(
            at.starts_with(value),
            "{value:?} not at its line/column: {at:?}"
        );
    }
}

#[test]
fn labels_name_the_sources() {
    let out = json(&["-l", "Reuters", "--label", "AP", A, B]);
    assert_eq!(out["sources"][0]["label"], "Reuters");
    assert_eq!(
        out["summary"]["conflicts"].as_u64().map(|n| n > 0),
        Some(true)
    );
    let labels: Vec<&str> = out["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["source"].as_str().unwrap())
        })
        .collect();
    assert!(labels.iter().all(|l| *l == "Reuters" || *l == "AP"));
}

#[test]
fn stdin_is_a_source() {
    let text = std::fs::read_to_string(B).unwrap();
    let out = factdiff()
        .args(["--format", "json", A, "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    let out: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out["sources"][1]["path"], "<stdin>");
    assert!(out["summary"]["conflicts"].as_u64().unwrap() >= 2);
}

#[test]
fn a_missing_file_is_one_clear_line_and_exit_2() {
    factdiff()
        .env("RUST_BACKTRACE", "1")
        .args([A, "no-such-article.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("factdiff: no-such-article.txt: no such file — check the path (No such file or directory (os error 2))\n");
}

#[test]
fn bad_arguments_exit_2() {
    factdiff()
        .args(["-", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("more than once"));
    factdiff().args([A]).assert().code(2);
    factdiff()
        .args(["fixtures", B])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("fixtures: is a directory"));
    factdiff().args(["--threshold", "2", A, B]).assert().code(2);
}

#[test]
fn an_empty_source_warns_and_omits_everything() {
    let dir = std::env::temp_dir().join(format!("factdiff-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    factdiff()
        .args([A, empty.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty.txt: no claims found"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let bin = assert_cmd::cargo::cargo_bin("factdiff");
    // Enough sources to outgrow the pipe's buffer before `head` closes it.
    let sources = [A, B].repeat(12).join(" ");
    let script = format!(
        "'{}' --format json {sources} | head -c 100 >/dev/null",
        bin.display()
    );
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("sh runs");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "no message for a closed pipe"
    );
}
