//! Fuzz target: arbitrary bytes as two sources (split at the first 0xFF),
//! through decoding, the whole pipeline and every renderer.
#![no_main]

use factdiff::input::{Content, SourceId, from_bytes};
use factdiff::report::{Format, RenderOptions, write};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cut = data.iter().position(|&b| b == 0xFF).unwrap_or(data.len());
    let (a, b) = (&data[..cut], data.get(cut + 1..).unwrap_or(&[]));
    let (Ok((a, _)), Ok((b, _))) = (
        from_bytes(a, SourceId(0), "A", "a", Content::Detect),
        from_bytes(b, SourceId(1), "B", "b", Content::Detect),
    ) else {
        return;
    };
    let report = factdiff::analyze(&[a, b], &Default::default());
    for format in [Format::Text, Format::Json, Format::Csv, Format::Markdown] {
        let options = RenderOptions { format, color: true, width: 40, ..RenderOptions::default() };
        let _ = write(&report, &options, &mut Vec::new());
    }
});
