//! Compression method numbers (APPNOTE 4.4.5): which ones this reader
//! decodes, and what the others are called, so that an error can say
//! "bzip2" rather than only "12".

use std::fmt;

/// Stored (no compression).
pub const STORED: u16 = 0;
/// Deflate.
pub const DEFLATE: u16 = 8;
/// Deflate64 ("enhanced deflate").
pub const DEFLATE64: u16 = 9;
/// WinZip AES encryption (the real method is in the 0x9901 extra field).
pub const AES: u16 = 99;

/// The common name of a compression method, if it has one.
pub fn method_name(method: u16) -> Option<&'static str> {
    Some(match method {
        0 => "stored",
        1 => "shrink",
        2..=5 => "reduce",
        6 => "implode",
        8 => "deflate",
        9 => "deflate64",
        10 => "PKWARE DCL implode",
        12 => "bzip2",
        14 => "LZMA",
        16 => "IBM z/OS CMPSC",
        18 => "IBM TERSE",
        19 => "IBM LZ77 z",
        20 => "zstd (deprecated number)",
        93 => "zstd",
        94 => "MP3",
        95 => "xz",
        96 => "JPEG variant",
        97 => "WavPack",
        98 => "PPMd",
        99 => "AES encryption",
        _ => return None,
    })
}

/// Whether [`ZipArchive::open_entry`](crate::ZipArchive::open_entry) decodes this method.
pub fn is_supported(method: u16) -> bool {
    matches!(method, STORED | DEFLATE | DEFLATE64)
}

/// "method 12 (bzip2)", or "method 4242" for a number without a name.
pub(crate) fn method_label(method: u16) -> impl fmt::Display {
    struct Label(u16);
    impl fmt::Display for Label {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match method_name(self.0) {
                Some(name) => write!(f, "method {} ({name})", self.0),
                None => write!(f, "method {}", self.0),
            }
        }
    }
    Label(method)
}
