//! The HTML report in a real browser (headless Chromium): the findings and
//! the marked claims are in the DOM after the page's script ran, opening a
//! finding marks its evidence in every column, and markup inside an article
//! runs nothing. Ignored by default (it needs Chromium); `.ci/run` installs
//! Chromium and runs it: `cargo test --release --test browser -- --ignored`.

mod common;

use common::{A, B};
use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> PathBuf {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .expect("Chromium is installed (apt-get install chromium)")
}

/// Writes the HTML report of `sources` to `dir/report.html`.
fn report(dir: &Path, sources: &[&str]) -> PathBuf {
    let path = dir.join("report.html");
    let status = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--quiet", "--html", path.to_str().unwrap()])
        .args(sources)
        .status()
        .expect("factdiff runs");
    assert!(status.code().is_some_and(|c| c < 2));
    path
}

/// Runs headless Chromium on a file URL with `extra` flags; its stdout.
fn browse(dir: &Path, url: &str, extra: &[&str]) -> String {
    let profile = dir.join("profile");
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .output()
        .expect("Chromium runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn file_url(path: &Path, fragment: &str) -> String {
    format!(
        "file://{}{fragment}",
        path.canonicalize().unwrap().display()
    )
}

#[test]
#[ignore = "needs Chromium; run by .ci/run"]
fn the_report_works_in_a_browser() {
    let dir = tempfile::tempdir().unwrap();
    let page = report(dir.path(), &[A, B]);
    let dom = browse(dir.path(), &file_url(&page, "#f0"), &["--dump-dom"]);
    assert!(dom.contains("<title>factdiff report</title>"), "{dom}");
    let findings = dom.matches("class=\"finding ").count();
    assert!(findings > 20, "{findings} findings");
    assert!(
        dom.contains("class=\"claim conflict"),
        "conflicting claims are marked"
    );
    assert!(
        dom.contains("<mark>Masoud Pezeshkian</mark>"),
        "the differing name is marked"
    );
    // Opening finding 0 (as a click does) marks it and its evidence.
    let f0 = dom
        .split("<li ")
        .find(|li| li.contains("id=\"f0\""))
        .expect("finding f0");
    assert!(
        f0.starts_with("class=\"finding") && f0.split('"').nth(1).unwrap().ends_with(" active"),
        "{f0}"
    );
    let active_claims = dom.matches("<span class=\"claim ").filter(|_| true).count();
    assert!(active_claims > 0);
    let marked = dom
        .split("<span class=\"claim ")
        .filter(|s| s.split('"').next().unwrap_or("").ends_with(" active"))
        .count();
    assert!(marked >= 1, "the evidence of f0 is marked in the columns");
    // A screenshot, to look at.
    let shot = dir.path().join("report.png");
    browse(
        dir.path(),
        &file_url(&page, ""),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1400,900",
        ],
    );
    assert!(
        std::fs::metadata(&shot)
            .map(|m| m.len() > 10_000)
            .unwrap_or(false),
        "a screenshot was taken"
    );
}

#[test]
#[ignore = "needs Chromium; run by .ci/run"]
fn markup_in_an_article_runs_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = dir.path().join("hostile.txt");
    std::fs::write(
        &hostile,
        "The mayor of Brest <script>document.title='pwned'</script> resigned on Monday.\n\
         Officials in Brest <img src=x onerror=\"document.title='pwned'\"> said the vote was close.\n\
         Read <a href=\"javascript:document.title='pwned'\">more</a> about the mayor of Brest.\n",
    )
    .unwrap();
    let other = dir.path().join("other.txt");
    std::fs::write(
        &other,
        "The mayor of Brest resigned on Tuesday after a close vote.\n",
    )
    .unwrap();
    let page = report(
        dir.path(),
        &[hostile.to_str().unwrap(), other.to_str().unwrap()],
    );
    let dom = browse(dir.path(), &file_url(&page, ""), &["--dump-dom"]);
    assert!(
        dom.contains("<title>factdiff report</title>"),
        "no script changed the title"
    );
    assert!(!dom.contains("pwned</title>"));
    assert!(
        dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"),
        "shown as text"
    );
    assert!(
        !dom.contains("<img src=\"x\""),
        "no image element from the article"
    );
    assert!(!dom.contains("<a href"), "no link element from the article");
    assert!(
        dom.contains("&lt;a href=\"javascript:"),
        "the link shown as text"
    );
}
