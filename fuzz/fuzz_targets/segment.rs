//! Fuzz target: arbitrary text through tokenizing and sentence splitting;
//! every claim's span must cut the text at character boundaries.
#![no_main]

use factdiff::input::{Document, SourceId};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = Document::new(SourceId(0), "A", "a", text.to_string());
    for claim in factdiff::segment::claims(&doc) {
        assert!(text.get(claim.span.clone()).is_some(), "span off a char boundary");
        let _ = doc.position(claim.span.start);
    }
});
