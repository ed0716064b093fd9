//! The seed pair (`fixtures/beijing-parade-*.txt`) through the library:
//! every **must** item of `../shared/seeds/EXPECTED.md`, and none of the
//! **must not** ones. Each assertion names the text it comes from.

use factdiff::analyze;
use factdiff::input::{Document, SourceId};
use factdiff::reconcile::{Category, Kind};
use factdiff::report::{Report, ShownFinding};

fn seed_report() -> Report {
    let read = |name: &str, id: u16, label: &str| {
        let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("seed fixture");
        Document::new(SourceId(id), label, name, text)
    };
    let documents = [
        read("beijing-parade-a.txt", 0, "A"),
        read("beijing-parade-b.txt", 1, "B"),
    ];
    analyze(&documents, &Default::default())
}

fn values(finding: &ShownFinding, label: &str) -> Vec<String> {
    finding
        .evidence
        .iter()
        .filter(|e| e.label == label)
        .filter_map(|e| e.value.clone())
        .collect()
}

fn has(report: &Report, kind: Kind, category: Category, a: Option<&str>, b: Option<&str>) -> bool {
    report.findings.iter().any(|f| {
        let side = |label, want: Option<&str>| {
            want.is_none_or(|w| values(f, label).iter().any(|v| v.contains(w)))
        };
        f.kind == kind && f.category == category && side("A", a) && side("B", b)
    })
}

fn omitted_from(report: &Report, missing: &str, value: &str) -> bool {
    report.findings.iter().any(|f| {
        f.kind == Kind::Omission
            && f.missing_from == [missing]
            && f.evidence.iter().any(|e| match &e.value {
                Some(v) => v.contains(value),
                None => e.text.contains(value),
            })
    })
}

#[test]
fn agreements_on_people_date_and_figures() {
    let r = seed_report();
    for name in ["Vladimir Putin", "Prabowo Subianto", "Xi Jinping"] {
        assert!(
            has(
                &r,
                Kind::Agreement,
                Category::Entity,
                Some(name),
                Some(name)
            ),
            "{name}"
        );
    }
    assert!(has(
        &r,
        Kind::Agreement,
        Category::Entity,
        Some("Kim Jong-Un"),
        Some("Kim Jong Un")
    ));
    assert!(has(
        &r,
        Kind::Agreement,
        Category::Date,
        Some("September 3"),
        Some("September 3")
    ));
    assert!(has(
        &r,
        Kind::Agreement,
        Category::Number,
        Some("80th anniversary"),
        Some("80th anniversary")
    ));
    assert!(
        has(
            &r,
            Kind::Agreement,
            Category::Number,
            Some("around 26"),
            Some("26")
        ),
        "a hedge agrees"
    );
    assert!(has(
        &r,
        Kind::Agreement,
        Category::Entity,
        Some("International Criminal Court"),
        None
    ));
}

fn claims_match(report: &Report, a: &str, b: &str) -> bool {
    report.findings.iter().any(|f| {
        f.kind == Kind::Agreement
            && f.category == Category::Claim
            && f.evidence
                .iter()
                .any(|e| e.label == "A" && e.text.contains(a))
            && f.evidence
                .iter()
                .any(|e| e.label == "B" && e.text.contains(b))
    })
}

#[test]
fn paraphrased_claims_are_matched() {
    let r = seed_report();
    assert!(claims_match(
        &r,
        "set to attend a major military parade",
        "set to attend a grand military parade"
    ));
    assert!(claims_match(
        &r,
        "issued an arrest warrant",
        "remains wanted by the International Criminal Court"
    ));
    assert!(claims_match(
        &r,
        "most advanced weaponry",
        "advanced weaponry, including hypersonic"
    ));
    assert!(claims_match(
        &r,
        "other attendees include",
        "Other world leaders expected"
    ));
}

#[test]
fn spelling_conflicts_of_the_same_people() {
    let r = seed_report();
    assert!(has(
        &r,
        Kind::Conflict,
        Category::Name,
        Some("Masoud Pezeshkian"),
        Some("Masoud Pezashkian")
    ));
    assert!(has(
        &r,
        Kind::Conflict,
        Category::Name,
        Some("Alexander Lukashenko"),
        Some("Aleksandr Lukashenko")
    ));
}

#[test]
fn the_source_of_the_figure_differs() {
    let r = seed_report();
    assert!(has(
        &r,
        Kind::Conflict,
        Category::Attribution,
        Some("Xinhua News Agency"),
        Some("foreign ministry")
    ));
}

#[test]
fn omissions_on_each_side() {
    let r = seed_report();
    for name in ["Shehbaz Sharif", "Min Aung Hlaing"] {
        assert!(omitted_from(&r, "B", name), "{name} only in A");
    }
    for name in [
        "Robert Fico",
        "Aleksandar Vucic",
        "Woo Won-shik",
        "Li Junhua",
        "Tiananmen Square",
    ] {
        assert!(omitted_from(&r, "A", name), "{name} only in B");
    }
    assert!(omitted_from(
        &r,
        "A",
        "Kim’s last visit to Beijing was in 2019"
    ));
    assert!(
        omitted_from(&r, "A", "2024"),
        "Putin's first trip since 2024"
    );
    assert!(
        omitted_from(&r, "A", "2006"),
        "UN sanctions since 2006, omitted as a claim or as its date"
    );
}

#[test]
fn nothing_a_careful_reader_would_reject() {
    let r = seed_report();
    for f in r.findings.iter().filter(|f| f.kind == Kind::Conflict) {
        let all: Vec<String> = f.evidence.iter().filter_map(|e| e.value.clone()).collect();
        assert!(
            !(f.category == Category::Number && all.iter().any(|v| v.contains("80th"))),
            "80th conflicts with nothing: {all:?}"
        );
        assert!(
            !all.iter().any(|v| v.contains("Kim Jong")),
            "Kim Jong-Un = Kim Jong Un: {all:?}"
        );
        assert!(!all.iter().any(|v| v.contains("China")) || f.category == Category::Attribution);
        assert!(
            f.category != Category::Date,
            "no date conflict in the seed: {all:?}"
        );
    }
    let texts: Vec<&str> = r
        .findings
        .iter()
        .flat_map(|f| f.evidence.iter().map(|e| e.text.as_str()))
        .collect();
    assert!(
        !texts.iter().any(|t| t.contains("0 Comments")),
        "page residue is no claim"
    );
    assert!(
        !texts.iter().any(|t| t.contains("Why this matters")),
        "a heading is no claim"
    );
}
