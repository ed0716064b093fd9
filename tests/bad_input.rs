//! The bad-input matrix, through the binary: every way an article can be
//! wrong gets one clear line on stderr naming the source (exit 2), or a
//! warning and a meaningful result. Never a panic, never a backtrace (these
//! machines set RUST_BACKTRACE), never a half-written file.

mod common;

use common::{A, B, factdiff, s};
use std::path::{Path, PathBuf};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("written");
    path
}

/// Asserts exit 2 and exactly one stderr line starting `factdiff: <source>:`.
fn refused(args: &[&str], source: &str, says: &str) {
    let out = factdiff().args(args).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.starts_with(&format!("factdiff: {source}: ")),
        "{stderr}"
    );
    assert!(stderr.contains(says), "{stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "nothing on stdout");
}

#[test]
fn missing_directory_and_unreadable_sources() {
    refused(&[A, "missing.txt"], "missing.txt", "no such file");
    refused(&[A, "fixtures"], "fixtures", "is a directory");
    // Reading this file fails even for root (permissions do not stop root).
    refused(&[A, "/proc/self/mem"], "/proc/self/mem", "cannot read");
}

#[test]
fn binary_data_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let nul = write(dir.path(), "nul.bin", b"some text\0with a NUL byte");
    refused(&[A, s(&nul)], s(&nul), "looks like binary data");
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let random = write(dir.path(), "random.bin", &noise);
    refused(&[A, s(&random)], s(&random), "looks like binary data");
}

#[test]
fn empty_and_blank_sources_warn_and_omit_everything() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [("empty.txt", &b""[..]), ("blank.txt", &b"  \n\t\n  \n"[..])] {
        let path = write(dir.path(), name, bytes);
        let out = factdiff()
            .args(["--format", "json", A, s(&path)])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("{}: no claims found", s(&path))),
            "{stderr}"
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["summary"]["agreements"], 0);
        assert_eq!(json["summary"]["conflicts"], 0);
        assert!(json["summary"]["omissions"].as_u64().unwrap() > 10);
    }
}

#[test]
fn boms_crlf_and_utf16_read_correctly_with_right_positions() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(B).unwrap();
    let crlf = text.replace('\n', "\r\n");
    let bom = [b"\xEF\xBB\xBF".as_slice(), crlf.as_bytes()].concat();
    let utf16le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let utf16be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let reference = factdiff()
        .args(["--format", "json", A, B])
        .output()
        .unwrap();
    let reference: serde_json::Value = serde_json::from_slice(&reference.stdout).unwrap();
    for (name, bytes) in [
        ("bom-crlf.txt", bom),
        ("utf16le.txt", utf16le),
        ("utf16be.txt", utf16be),
    ] {
        let path = write(dir.path(), name, &bytes);
        let out = factdiff()
            .args(["--format", "json", A, s(&path)])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(
            out.stderr.is_empty(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            json["summary"], reference["summary"],
            "{name}: same findings"
        );
        assert_eq!(
            json["findings"].as_array().unwrap().len(),
            reference["findings"].as_array().unwrap().len()
        );
        let lines_of = |v: &serde_json::Value| -> Vec<(u64, u64)> {
            v["findings"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|f| f["evidence"].as_array().unwrap().clone())
                .filter(|e| e["source"] == "B")
                .map(|e| (e["line"].as_u64().unwrap(), e["column"].as_u64().unwrap()))
                .collect()
        };
        assert_eq!(
            lines_of(&json),
            lines_of(&reference),
            "{name}: same lines and columns"
        );
    }
}

#[test]
fn windows_1252_is_decoded_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let latin = write(
        dir.path(),
        "latin.txt",
        b"The caf\xe9 owner Jos\xe9 Mart\xednez said the \x93storm\x94 hit Brest on Monday.\n",
    );
    let out = factdiff()
        .args(["--format", "json", s(&latin), s(&latin)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}: not valid UTF-8", s(&latin)))
            && stderr.contains("Windows-1252"),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"José Martínez"), "{names:?}");
}

#[test]
fn html_pages_are_read_for_their_article() {
    let dir = tempfile::tempdir().unwrap();
    let page = format!(
        "<!DOCTYPE html><html><head><title>Parade</title><style>p {{ color: red }}</style>\
         <script>document.write('tracking')</script></head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>\
         <article>{}</article><footer>Share this article</footer></body></html>",
        std::fs::read_to_string(B)
            .unwrap()
            .lines()
            .map(|l| format!("<p>{l}</p>"))
            .collect::<String>()
    );
    let html = write(dir.path(), "b.html", page.as_bytes());
    let out = factdiff()
        .args(["--format", "json", A, s(&html)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{}: HTML", s(&html))), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = json.to_string();
    assert!(
        !text.contains("tracking") && !text.contains("color: red"),
        "scripts and styles dropped"
    );
    let conflicts = json["summary"]["conflicts"].as_u64().unwrap();
    assert!(
        conflicts >= 2,
        "the spelling conflicts survive extraction: {conflicts}"
    );
    let forced = factdiff()
        .args(["--as-text", "--format", "json", A, s(&html)])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&forced.stderr).is_empty(),
        "--as-text reads the markup as text"
    );
}

#[test]
fn sources_over_the_size_limit_are_refused() {
    refused(
        &["--max-bytes", "1000", A, B],
        A,
        "larger than the limit of 1000 bytes",
    );
    factdiff()
        .args(["--max-bytes", "100000", A, B])
        .assert()
        .code(1);
}

#[test]
fn ten_megabytes_on_one_line_are_refused_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "line.txt",
        "storm ".repeat(2_000_000).as_bytes(),
    );
    refused(
        &[A, s(&path)],
        s(&path),
        "larger than the limit of 8388608 bytes",
    );
}

#[test]
fn one_enormous_line_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "The storm hit the coastal town of Brest on Monday and closed 12 schools ";
    let huge = sentence.repeat(2_000_000 / sentence.len());
    let path = write(dir.path(), "huge.txt", huge.as_bytes());
    factdiff()
        .args(["--format", "json", A, s(&path)])
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(1);
}

#[test]
fn stdin_twice_is_refused_the_same_file_twice_agrees() {
    factdiff()
        .args(["-", "-"])
        .assert()
        .code(2)
        .stderr("factdiff: standard input (`-`) given more than once — it can be read only once\n");
    factdiff().args([A, A]).assert().code(0);
}

#[test]
fn csv_into_unwritable_places_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing/out.csv");
    refused(
        &[A, B, "--csv", s(&missing)],
        s(&missing),
        "cannot create a file there",
    );
    refused(
        &[A, B, "--csv", "/proc/out.csv"],
        "/proc/out.csv",
        "cannot create a file there",
    );
    assert!(!missing.exists());
    let copy = write(dir.path(), "a.txt", &std::fs::read(A).unwrap());
    refused(
        &[s(&copy), B, "--csv", s(&copy)],
        s(&copy),
        "would overwrite an input",
    );
    assert_eq!(std::fs::read(&copy).unwrap(), std::fs::read(A).unwrap());
}

#[test]
fn claims_starting_like_formulas_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.txt",
        "=1+2 said the mayor of Brest on Monday.\n+44 people were hurt in the storm in Brest.\n-5 degrees hit the town of Lyon.\n@Mayor of Brest posted about the storm.\n".as_bytes(),
    );
    let b = write(
        dir.path(),
        "b.txt",
        b"The weather in Oslo stayed mild all week long.\n",
    );
    let out = factdiff()
        .args(["--format", "csv", s(&a), s(&b)])
        .output()
        .unwrap();
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    for row in reader.records() {
        for cell in row.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "unguarded cell {cell:?}"
            );
        }
    }
}

#[test]
fn many_sources_are_handled() {
    let sources: Vec<&str> = [A, B].repeat(25);
    factdiff()
        .args(["--stat"])
        .args(&sources)
        .timeout(std::time::Duration::from_secs(120))
        .assert()
        .code(1);
}
