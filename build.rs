//! Stems the paraphrase groups (`src/extract/paraphrases.in`) once, at
//! build time: stemming them at every start cost a run about a tenth of
//! the seed pair's instructions. Writes `paraphrase_stems.rs` into
//! `OUT_DIR`: the pairs (stem, the stem of its group's first word), sorted
//! by stem for a binary search. `extract::tests` checks the table against
//! the stemmer a run uses.

use std::collections::BTreeMap;
use std::fmt::Write as _;

include!("src/extract/paraphrases.in");

fn main() {
    println!("cargo::rerun-if-changed=src/extract/paraphrases.in");
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    // A stem listed in two groups is folded onto the later group's first.
    let mut table: BTreeMap<String, String> = BTreeMap::new();
    for group in PARAPHRASES {
        let first = stemmer.stem(group[0]).into_owned();
        for word in *group {
            table.insert(stemmer.stem(word).into_owned(), first.clone());
        }
    }
    let mut code = String::from("&[\n");
    for (stem, first) in &table {
        writeln!(code, "    ({stem:?}, {first:?}),").expect("writing to a String");
    }
    code.push_str("]\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("paraphrase_stems.rs");
    std::fs::write(&out, code).expect("OUT_DIR is writable");
}
