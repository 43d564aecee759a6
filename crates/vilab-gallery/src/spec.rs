//! What the caller gives to build a bundle, and the files that come out.

/// One file of a bundle: its path inside the bundle (`/`-separated) and its
/// bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundleFile {
    /// Path inside the bundle, e.g. `items/a1.jpg`.
    pub path: String,
    /// The file's content.
    pub bytes: Vec<u8>,
}

/// One item of the gallery: a rendition the caller already sanitized and
/// watermarked. The crate never sees an original.
#[derive(Clone, Debug)]
pub struct BundleItem {
    /// The item's id in the gallery (names its file: ASCII letters, digits,
    /// `_`, `-`; at most 64).
    pub id: String,
    /// The rendition, a JPEG.
    pub jpeg: Vec<u8>,
    /// The caption or question shown with it.
    pub caption: String,
}

/// Everything a bundle is made of, but the signing key.
#[derive(Clone, Debug)]
pub struct BundleSpec {
    /// The bundle's uid: random, made by the caller (it goes into the
    /// watermark and the clue files). 8 to 64 ASCII letters, digits, `-`.
    pub uid: String,
    /// The gallery's title.
    pub title: String,
    /// Who the bundle is for (shown, and watermarked by the caller).
    pub recipient: String,
    /// The lab's name.
    pub lab: String,
    /// Day it was made, `YYYY-MM-DD` (UTC).
    pub created: String,
    /// Last day it may be viewed, `YYYY-MM-DD` (UTC). After it the pages
    /// show a notice instead of the images: a soft measure, since the files
    /// themselves stay on the recipient's disk.
    pub expires: String,
    /// The items, in the order shown.
    pub items: Vec<BundleItem>,
    /// The exercise's uid when the bundle is a training exercise: the item
    /// view then also asks for an answer, saved as a `vilab.answers/1` file.
    pub exercise: Option<String>,
}
