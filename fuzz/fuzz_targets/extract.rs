//! Fuzz target: arbitrary text through extraction; every fact's span must
//! lie inside its claim at character boundaries.
#![no_main]

use factdiff::input::{Document, SourceId};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = Document::new(SourceId(0), "A", "a", text.to_string());
    let claims = vec![factdiff::segment::claims(&doc)];
    for source in factdiff::extract::all(&[text], claims) {
        for (claim, facts) in source.claims.iter().zip(&source.facts) {
            let spans = facts
                .entities
                .iter()
                .map(|m| &m.span)
                .chain(facts.numbers.iter().map(|q| &q.span))
                .chain(facts.dates.iter().map(|d| &d.span))
                .chain(facts.attributions.iter().map(|a| &a.span));
            for span in spans {
                assert!(text.get(span.clone()).is_some(), "fact span off a char boundary");
                assert!(claim.span.start <= span.start && span.end <= claim.span.end, "fact outside its claim");
            }
        }
    }
});
