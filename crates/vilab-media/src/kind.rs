//! Detection of a content's kind from its first bytes (magic numbers).
//!
//! A hand-written table rather than a general crate: vilab needs a closed
//! set of kinds that lines up one to one with its decoders, and HEIF needs
//! its `ftyp` brands read, which general detectors lump with MP4.

use vilab_core::model::MediaKind;

/// HEIF/HEIC brands written by phones and cameras (ISO/IEC 23008-12).
const HEIF_BRANDS: [&[u8; 4]; 8] = [b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"];

/// The kind of a content, from its bytes alone. Unknown content is
/// [`MediaKind::Other`]; the file name is never consulted.
pub fn detect_kind(bytes: &[u8]) -> MediaKind {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        MediaKind::Jpeg
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        MediaKind::Png
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        MediaKind::Gif
    } else if starts(b"BM") && bytes.len() >= 26 && is_plausible_bmp(bytes) {
        MediaKind::Bmp
    } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        MediaKind::Webp
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        MediaKind::Tiff
    } else if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") {
        MediaKind::Zip
    } else if is_heif(bytes) {
        MediaKind::Heif
    } else {
        MediaKind::Other
    }
}

/// "BM" alone is too weak (any text may start so): also require a known
/// DIB header size.
fn is_plausible_bmp(bytes: &[u8]) -> bool {
    let dib = u32::from_le_bytes([bytes[14], bytes[15], bytes[16], bytes[17]]);
    matches!(dib, 12 | 40 | 52 | 56 | 64 | 108 | 124)
}

/// An ISO BMFF `ftyp` box whose major or compatible brands name HEIF.
fn is_heif(bytes: &[u8]) -> bool {
    if bytes.len() < 16 || &bytes[4..8] != b"ftyp" {
        return false;
    }
    let box_len = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
    let end = box_len.clamp(16, bytes.len().min(256));
    let is_brand = |b: &[u8]| HEIF_BRANDS.iter().any(|h| &h[..] == b);
    // Major brand at 8..12, minor version at 12..16, compatible brands after.
    is_brand(&bytes[8..12]) || bytes[16..end].chunks_exact(4).any(is_brand)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_magic_not_name() {
        assert_eq!(detect_kind(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), MediaKind::Jpeg);
        assert_eq!(detect_kind(b"\x89PNG\r\n\x1a\n...."), MediaKind::Png);
        assert_eq!(detect_kind(b"GIF89a...."), MediaKind::Gif);
        assert_eq!(detect_kind(b"RIFF\0\0\0\0WEBPVP8 "), MediaKind::Webp);
        assert_eq!(detect_kind(b"II*\0\x08\0\0\0"), MediaKind::Tiff);
        assert_eq!(detect_kind(b"PK\x03\x04rest"), MediaKind::Zip);
        assert_eq!(detect_kind(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"), MediaKind::Heif);
        assert_eq!(detect_kind(b"\0\0\0\x18ftypisom\0\0\0\0isomavc1"), MediaKind::Other);
        assert_eq!(detect_kind(b"BMW is a car, not a bitmap"), MediaKind::Other);
        assert_eq!(detect_kind(b""), MediaKind::Other);
    }
}
