//! Many sources at once: majority and outliers, the matrix view, labels from
//! file names, and batches of events (`--each`).

mod common;

use common::{A, B, factdiff, s};
use std::path::{Path, PathBuf};

/// A copy of seed A where only one name is respelled and one figure changed.
fn altered_copy(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(A)).unwrap();
    let altered = text
        .replace("Masoud Pezeshkian", "Masoud Pezeshkyan")
        .replace("around 26 world leaders", "around 40 world leaders");
    assert_ne!(altered, text);
    let path = dir.join("c.txt");
    std::fs::write(&path, altered).unwrap();
    path
}

#[test]
fn the_odd_source_out_is_the_outlier() {
    let dir = tempfile::tempdir().unwrap();
    let c = altered_copy(dir.path());
    let out = factdiff()
        .args(["--format", "json", A, A, s(&c)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let conflicts: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "conflict")
        .collect();
    assert_eq!(conflicts.len(), 2, "{conflicts:#?}");
    let name = conflicts
        .iter()
        .find(|f| f["category"] == "name")
        .expect("the name conflict");
    assert_eq!(name["majority"], "Masoud Pezeshkian");
    assert_eq!(name["outliers"], serde_json::json!(["C"]));
    let number = conflicts
        .iter()
        .find(|f| f["category"] == "number")
        .expect("the figure conflict");
    assert_eq!(number["majority"], "around 26 world leaders");
    assert_eq!(number["outliers"], serde_json::json!(["C"]));
    assert_eq!(json["summary"]["omissions"], 0, "nothing else differs");
}

#[test]
fn the_terminal_shows_a_matrix_for_three_or_more() {
    let dir = tempfile::tempdir().unwrap();
    let c = altered_copy(dir.path());
    let out = factdiff().args([A, A, s(&c)]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Matrix (✓ states it, ≠ differs, · lacks it)"),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l.starts_with("  ✓ ✓ ≠ ! name:")),
        "{text}"
    );
    let two = factdiff().args([A, B]).output().unwrap();
    assert!(
        !String::from_utf8(two.stdout).unwrap().contains("Matrix"),
        "no matrix for two"
    );
}

#[test]
fn labels_from_file_names() {
    let out = factdiff()
        .args(["--labels-from-filenames", "--format", "json", A, B])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["sources"][0]["label"], "beijing-parade-a");
    assert_eq!(json["sources"][1]["label"], "beijing-parade-b");
}

#[test]
fn a_whole_corpus_event_in_one_run() {
    let event = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/ecbplus/ECB+/20");
    let files: Vec<PathBuf> = match std::fs::read_dir(&event) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with("ecbplus.txt"))
            .collect(),
        Err(_) => panic!("the corpus is expected beside the repository at ../shared"),
    };
    assert!(files.len() >= 10, "{} articles", files.len());
    let out = factdiff()
        .args(["--format", "json"])
        .args(&files)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["sources"].as_array().unwrap().len(), files.len());
    assert!(json["summary"]["agreements"].as_u64().unwrap() > 0);
}

fn events_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (event, files) in [
        ("parade", vec![A, B]),
        ("parade-again", vec![A, A]),
        ("lonely", vec![A]),
    ] {
        let d = dir.path().join(event);
        std::fs::create_dir(&d).unwrap();
        for (i, f) in files.iter().enumerate() {
            std::fs::copy(root.join(f), d.join(format!("{i}.txt"))).unwrap();
        }
    }
    dir
}

#[test]
fn each_event_is_one_json_line_in_name_order() {
    let dir = events_dir();
    let out = factdiff().args(["--each", s(dir.path())]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a failed event makes the run fail at the end"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value a line"))
        .collect();
    let events: Vec<&str> = lines.iter().map(|l| l["event"].as_str().unwrap()).collect();
    assert_eq!(events, ["lonely", "parade", "parade-again"]);
    assert!(
        lines[0]["error"]
            .as_str()
            .unwrap()
            .contains("two or more sources")
    );
    assert_eq!(lines[1]["version"], 1);
    assert!(lines[1]["summary"]["conflicts"].as_u64().unwrap() >= 2);
    assert_eq!(lines[2]["summary"]["conflicts"], 0);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.lines().count(),
        1,
        "one line for the failed event, no progress bar off a terminal: {stderr}"
    );
    assert!(stderr.contains("lonely: 1 file(s)"), "{stderr}");
    let again = factdiff().args(["--each", s(dir.path())]).output().unwrap();
    assert_eq!(again.stdout, stdout.as_bytes(), "same bytes on every run");
}

#[test]
fn each_as_csv_has_an_event_column() {
    let dir = events_dir();
    std::fs::remove_dir_all(dir.path().join("lonely")).unwrap();
    let out = factdiff()
        .args(["--each", s(dir.path()), "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(&reader.headers().unwrap()[0], "event");
    let events: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert!(
        events.iter().all(|e| e == "parade"),
        "only the differing event has rows: {events:?}"
    );
}

#[test]
fn each_refuses_what_it_cannot_do() {
    let dir = events_dir();
    factdiff()
        .args(["--each", s(dir.path()), A])
        .assert()
        .code(2);
    factdiff()
        .args(["--each", s(dir.path()), "--format", "markdown"])
        .assert()
        .code(2);
    factdiff().args(["--each", "no-such-dir"]).assert().code(2);
}
