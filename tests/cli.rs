//! The binary as a user runs it: exit statuses, error wording, the JSON
//! contract, stdin, and a closed pipe.

mod common;

use common::{A, B, factdiff};
use predicates::prelude::*;

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
        .stdout(predicate::str::starts_with(
            "A  fixtures/beijing-parade-a.txt  (",
        ))
        .stdout(
            predicate::str::is_match(r"\n\d+ agreements?, \d+ conflicts?, \d+ omissions?\n$")
                .unwrap(),
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
fn a_pronoun_speaker_carries_the_name_it_stands_for() {
    let dir = scratch();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(
        &a,
        "Power cuts hit Montavela.\n\nLucía Ferrandis, a spokeswoman for the grid \
         operator, spoke to reporters on Monday. “The grid was simply not built for this \
         kind of heat,” she said.\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "Power cuts hit Montavela.\n\n“The grid was simply not built for this kind of \
         heat,” said Energy Minister Pablo Ortega.\n",
    )
    .unwrap();
    let out = json(&[a.to_str().unwrap(), b.to_str().unwrap()]);
    let conflict = out["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["kind"] == "conflict" && f["category"] == "attribution")
        .expect("the quotation is credited to two people");
    let she = &conflict["evidence"][0];
    assert_eq!(she["value"], "she", "the value stays as written");
    assert_eq!(she["refers_to"], "Lucía Ferrandis");
    let minister = &conflict["evidence"][1];
    assert!(minister.get("refers_to").is_none(), "only for a pronoun");
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

/// Sources large enough to be read on several threads give the same
/// report, byte for byte, run after run.
#[test]
fn output_of_sources_read_side_by_side_is_byte_identical_across_runs() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold/texts");
    let mut texts: Vec<_> = std::fs::read_dir(corpus)
        .expect("the gold texts")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    texts.truncate(20);
    let total: u64 = texts.iter().map(|p| p.metadata().unwrap().len()).sum();
    assert!(total > 16 * 1024, "enough text for threads: {total} bytes");
    let run = || {
        factdiff()
            .args(["--format", "json"])
            .args(&texts)
            .output()
            .expect("runs")
            .stdout
    };
    let first = run();
    assert!(first.len() > 1000);
    assert_eq!(first, run());
    assert_eq!(first, run());
}

/// Which measure of one story another's meets does not hang on the order
/// in which words were first read (terms are numbered so, and threads
/// read sources in any order): a sentence before it that names the
/// harbour first changes nothing.
#[test]
fn pairings_do_not_hang_on_the_words_met_first() {
    let dir = scratch();
    let a = "According to sonar operators aboard the survey vessel Kestrel, the sunken hull rests 40 metres beneath harbour waters, well clear of shipping lanes.\n";
    let b = "Port engineers say harbour waters reach 35 metres in the deepest channel near the old pier.\n\nThe trawler went down on Tuesday night after striking rocks in a storm.\n\nSalvage firms hope to lift the sunken hull, which rests 45 metres down, before the spring storms arrive.\n";
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let (plain, after, other) = (
        write("a.txt", a),
        write(
            "after.txt",
            &format!("Fishing boats stayed in the harbour.\n\n{a}"),
        ),
        write("b.txt", b),
    );
    let figures = |a: &std::path::Path| -> Vec<String> {
        let out = json(&[a.to_str().unwrap(), other.to_str().unwrap()]);
        let findings = out["findings"].as_array().unwrap().iter();
        findings
            .filter(|f| f["kind"] == "conflict" && f["category"] == "number")
            .map(|f| f["summary"].as_str().unwrap().to_string())
            .collect()
    };
    // The hull's depth against the hull's, not the harbour's.
    let told = figures(&plain);
    assert_eq!(told.len(), 1);
    assert!(
        told[0].contains("40 metres") && told[0].contains("45 metres"),
        "{told:?}"
    );
    assert_eq!(told, figures(&after));
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

/// A temporary directory for one test, removed when dropped.
fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

#[test]
fn csv_to_stdout_has_the_contract_columns() {
    let out = factdiff().args(["--format", "csv", A, B]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "kind", "category", "summary", "score", "A_value", "A_line", "A_text", "B_value",
            "B_line", "B_text"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(
        rows.iter().all(|r| &r[0] != "agreement"),
        "discrepancies only"
    );
    assert!(rows.iter().any(|r| &r[0] == "conflict"
        && &r[4] == "Masoud Pezeshkian"
        && &r[7] == "Masoud Pezashkian"));
    let all = factdiff()
        .args(["--format", "csv", "--all", A, B])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(all.stdout)
            .unwrap()
            .contains("\nagreement,")
    );
}

#[test]
fn csv_file_beside_the_report() {
    let dir = scratch();
    let file = dir.path().join("gaps.csv");
    factdiff()
        .args([A, B, "--csv", file.to_str().unwrap()])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Conflicts: 4"));
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.starts_with("kind,category,summary,score,A_value"));
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file left behind");
}

#[test]
fn csv_file_failures_write_nothing() {
    let dir = scratch();
    let missing = dir.path().join("no-such-dir/gaps.csv");
    factdiff()
        .args([A, B, "--csv", missing.to_str().unwrap()])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("cannot create a file there"));
    let copy = dir.path().join("a.txt");
    std::fs::copy(A, &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    factdiff()
        .args([copy.to_str().unwrap(), B, "--csv", copy.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("would overwrite an input"));
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        before,
        "the input is untouched"
    );
}

#[test]
fn formulas_in_articles_are_neutralised_in_csv() {
    let dir = scratch();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "=HYPERLINK(\"http://evil.example\",\"click\") says the mayor of Brest resigned on Monday.\n").unwrap();
    std::fs::write(&b, "The weather in Lyon stayed mild all week long.\n").unwrap();
    let out = factdiff()
        .args(["--format", "csv", a.to_str().unwrap(), b.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("'=HYPERLINK("), "{text}");
    assert!(
        !text.contains(",=HYPERLINK") && !text.contains(",\"=HYPERLINK"),
        "{text}"
    );
}

#[test]
fn escape_sequences_in_articles_never_reach_stdout() {
    let dir = scratch();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "The mayor of Brest \u{1b}]0;pwned\u{7}resigned \u{1b}[31mon Monday\u{1b}[0m after a vote.\n").unwrap();
    std::fs::write(
        &b,
        "The mayor of Brest resigned on \u{202e}Tuesday after a vote.\n",
    )
    .unwrap();
    for format in ["text", "markdown", "csv"] {
        let out = factdiff()
            .args([
                "--color",
                "never",
                "--format",
                format,
                a.to_str().unwrap(),
                b.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert!(!out.stdout.contains(&0x1b), "{format}: ESC reached stdout");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            !text.contains('\u{202e}'),
            "{format}: a bidi override reached stdout"
        );
    }
    let json = factdiff()
        .args(["--format", "json", a.to_str().unwrap(), b.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        !json.stdout.contains(&0x1b),
        "JSON escapes control characters"
    );
}

#[test]
fn only_stat_and_quiet() {
    let out = factdiff()
        .args(["--only", "conflicts", A, B])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Conflicts: 4")
            && !text.contains("Omissions")
            && !text.contains("Agreements")
    );
    let summary = summary_counts(&text);
    assert!(
        summary.1 == 4 && summary.2 > 0,
        "the summary still counts every kind: {summary:?}"
    );
    let stat = factdiff().args(["--stat", A, B]).output().unwrap();
    let stat = String::from_utf8(stat.stdout).unwrap();
    assert!(stat.contains("agreements  conflicts  omissions") && !stat.contains("Conflicts:"));
    factdiff()
        .args(["--quiet", A, B])
        .assert()
        .code(1)
        .stdout("");
    factdiff()
        .args(["--only", "everything", A, B])
        .assert()
        .code(2);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let plain = factdiff().args([A, B]).output().unwrap();
    assert!(!plain.stdout.contains(&0x1b), "a pipe gets no escape codes");
    let always = factdiff()
        .env("NO_COLOR", "1")
        .args(["--color=always", A, B])
        .output()
        .unwrap();
    assert!(
        always.stdout.contains(&0x1b),
        "--color=always wins over NO_COLOR"
    );
    let never = factdiff()
        .args(["--color", "never", A, B])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(never.stdout)
            .unwrap()
            .contains("[-Pezeshkian,-]"),
        "markup without colour"
    );
}

#[test]
fn width_is_respected() {
    let out = factdiff().args(["--width", "60", A, B]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let evidence = text.lines().filter(|l| l.starts_with("    "));
    assert!(
        evidence.into_iter().all(|l| l.chars().count() <= 60),
        "{text}"
    );
}

#[test]
fn markdown_and_completions_and_man_page() {
    factdiff()
        .args(["--format", "markdown", A, B])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with("# factdiff report\n"));
    factdiff()
        .args(["--completions", "bash"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("factdiff"));
    factdiff()
        .args(["--man"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(".TH factdiff"));
    factdiff().args(["--help"]).assert().code(0).stdout(
        predicate::str::contains("Examples:").and(predicate::str::contains("--csv <FILE>")),
    );
}

/// The counts of the summary line: (agreements, conflicts, omissions).
fn summary_counts(text: &str) -> (usize, usize, usize) {
    let last = text.lines().last().expect("a summary line");
    let numbers: Vec<usize> = last
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    assert!(last.ends_with(" omissions"), "{last}");
    (numbers[0], numbers[1], numbers[2])
}

#[test]
fn html_to_stdout_and_to_a_file() {
    let out = factdiff()
        .args(["--format", "html", A, B])
        .output()
        .unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<mark>Masoud Pezashkian</mark>"));
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "nothing fetched at view time"
    );
    let dir = scratch();
    let file = dir.path().join("report.html");
    factdiff()
        .args([
            A,
            B,
            "--html",
            file.to_str().unwrap(),
            "--csv",
            dir.path().join("gaps.csv").to_str().unwrap(),
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Conflicts: 4"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        page,
        "the same page as --format html"
    );
    factdiff()
        .args([
            A,
            B,
            "--html",
            dir.path().join("missing/r.html").to_str().unwrap(),
        ])
        .assert()
        .code(2);
}
