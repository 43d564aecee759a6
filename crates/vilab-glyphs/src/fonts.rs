//! The embedded Noto fonts, parsed once, and which one serves a script.

use std::sync::LazyLock;

use rustybuzz::Face;

/// A writing system that has a font of its own here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Khmer (U+1780–17FF, U+19E0–19FF): Noto Sans Khmer.
    Khmer,
    /// Lao (U+0E80–0EFF): Noto Sans Lao.
    Lao,
    /// Thai (U+0E00–0E7F): Noto Sans Thai.
    Thai,
    /// Everything else, Vietnamese included: Noto Sans cut to Latin.
    Latin,
}

/// The weight of the face drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Weight {
    /// Noto's Regular.
    #[default]
    Regular,
    /// Noto's Bold.
    Bold,
}

// Included into the binary so that drawing never depends on the fonts of
// the machine: a lab laptop may have none for Khmer, Lao or Thai, and the
// pictures must come out the same everywhere.
static KHMER_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansKhmer-Regular.ttf");
static KHMER_BOLD: &[u8] = include_bytes!("../fonts/NotoSansKhmer-Bold.ttf");
static LAO_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansLao-Regular.ttf");
static LAO_BOLD: &[u8] = include_bytes!("../fonts/NotoSansLao-Bold.ttf");
static THAI_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansThai-Regular.ttf");
static THAI_BOLD: &[u8] = include_bytes!("../fonts/NotoSansThai-Bold.ttf");
static LATIN_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansLatinVi-Regular.ttf");
static LATIN_BOLD: &[u8] = include_bytes!("../fonts/NotoSansLatinVi-Bold.ttf");

/// The total size of the embedded font files in bytes (what they add to a
/// binary that draws text).
pub const EMBEDDED_FONT_BYTES: usize = KHMER_REGULAR.len()
    + KHMER_BOLD.len()
    + LAO_REGULAR.len()
    + LAO_BOLD.len()
    + THAI_REGULAR.len()
    + THAI_BOLD.len()
    + LATIN_REGULAR.len()
    + LATIN_BOLD.len();

struct Fonts {
    faces: Vec<Face<'static>>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let data = [KHMER_REGULAR, KHMER_BOLD, LAO_REGULAR, LAO_BOLD, THAI_REGULAR, THAI_BOLD, LATIN_REGULAR, LATIN_BOLD];
    let faces = data
        .iter()
        .map(|bytes| {
            // The bytes are fixed at build time and checked by the tests, so
            // a parse failure is a broken build, not bad input.
            Face::from_slice(bytes, 0).expect("embedded Noto font parses")
        })
        .collect();
    Fonts { faces }
});

/// The face for a script and weight.
pub(crate) fn face(script: Script, weight: Weight) -> &'static Face<'static> {
    let base = match script {
        Script::Khmer => 0,
        Script::Lao => 2,
        Script::Thai => 4,
        Script::Latin => 6,
    };
    let index = base + usize::from(weight == Weight::Bold);
    &FONTS.faces[index]
}

/// The script a character belongs to for font choice, or `None` for the
/// invisible joiners (ZWSP, ZWNJ, ZWJ, word joiner, BOM), which stay in the
/// run around them because Khmer shaping reads them.
pub(crate) fn script_of(c: char) -> Option<Script> {
    match u32::from(c) {
        0x1780..=0x17FF | 0x19E0..=0x19FF => Some(Script::Khmer),
        0x0E80..=0x0EFF => Some(Script::Lao),
        0x0E00..=0x0E7F => Some(Script::Thai),
        0x200B..=0x200D | 0x2060 | 0xFEFF => None,
        _ => Some(Script::Latin),
    }
}

/// Splits `text` into maximal runs of one script, in order; joiners join
/// the run before them (or the one after, at the start).
pub fn script_runs(text: &str) -> Vec<(Script, &str)> {
    let mut runs: Vec<(Script, &str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<Script> = None;
    for (i, c) in text.char_indices() {
        let Some(script) = script_of(c) else { continue };
        match current {
            None => current = Some(script),
            Some(s) if s == script => {}
            Some(s) => {
                runs.push((s, &text[start..i]));
                start = i;
                current = Some(script);
            }
        }
    }
    if start < text.len() {
        runs.push((current.unwrap_or(Script::Latin), &text[start..]));
    }
    runs
}
