//! Text in UTF-16, as Windows PowerShell 5's `ConvertTo-Json | Out-File` writes it, for
//! the tests and the fuzz target that feed UTF-16 files to the linter.
//!
//! Use it with `#[path = "common/utf16.rs"] mod utf16;` (from `fuzz/fuzz_targets/`, with
//! `#[path = "../../tests/common/utf16.rs"]`).

/// `text` in UTF-16, little- or big-endian, with a byte order mark or without.
pub fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
    bom.then_some(0xFEFF_u16)
        .into_iter()
        .chain(text.encode_utf16())
        .flat_map(|unit| {
            if little_endian {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            }
        })
        .collect()
}
