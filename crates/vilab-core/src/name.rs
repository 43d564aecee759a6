//! Names as found on seized media (file paths, archive member names), kept
//! as their raw bytes and shown through one injective escaping.
//!
//! A seizure's names are bytes, not text: a Linux file name may be any
//! bytes but `/` and NUL, and a zip member name is CP437 unless a flag says
//! UTF-8. Two distinct names must never become one (a lossy conversion
//! turns `a\xff` and `a\xfe` into the same `a\u{fffd}`), so the raw bytes
//! are the identity, and what people read is [`escape`]d:
//!
//! - valid UTF-8 text passes through, Khmer, Thai or Lao included;
//! - `\` is written `\\`, so that every other backslash starts an escape;
//! - bytes that are not UTF-8 are written `\xHH`;
//! - control characters are written `\t`, `\n`, `\r` or `\xHH` (C0 and
//!   DEL), `\u{HH}` (C1), so that a name cannot forge a row of TSV or drive
//!   a terminal;
//! - the bidirectional controls (U+061C, U+200E, U+200F, U+202A..U+202E,
//!   U+2066..U+2069) are written `\u{HHHH}`: `photo\u{202e}gpj.exe` is an
//!   executable posing as a picture, and must look like one.
//!
//! The escaping is injective: [`unescape`] gives back the exact bytes.

use std::fmt::Write as _;

/// How the bytes of a name are to be read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NameEncoding {
    /// UTF-8 (file systems; zip members with general-purpose bit 11 set).
    Utf8,
    /// IBM code page 437, the zip format's default for member names.
    Cp437,
}

/// The display form of a name's bytes: see the module documentation.
pub fn escape(bytes: &[u8], encoding: NameEncoding) -> String {
    let mut out = String::with_capacity(bytes.len());
    match encoding {
        NameEncoding::Utf8 => {
            for chunk in bytes.utf8_chunks() {
                chunk.valid().chars().for_each(|c| push_char(&mut out, c));
                for b in chunk.invalid() {
                    let _ = write!(out, "\\x{b:02x}");
                }
            }
        }
        NameEncoding::Cp437 => bytes.iter().for_each(|&b| push_char(&mut out, cp437_char(b))),
    }
    out
}

/// The display form of a name whose bytes are UTF-8 or not at all (file
/// system names).
pub fn escape_utf8(bytes: &[u8]) -> String {
    escape(bytes, NameEncoding::Utf8)
}

fn push_char(out: &mut String, c: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\0'..='\x1f' | '\x7f' => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        '\u{80}'..='\u{9f}'
        | '\u{61c}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
        c => out.push(c),
    }
}

/// Whether a name's bytes display as themselves (valid UTF-8 with nothing
/// escaped): only then can a consumer of JSON do without the raw bytes.
pub fn is_plain(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok_and(|text| escape_utf8(bytes) == text)
}

/// The bytes a display form stands for, when it was written by [`escape`]
/// with [`NameEncoding::Utf8`]; `None` for text [`escape`] cannot write.
pub fn unescape(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next()? {
            '\\' => out.push(b'\\'),
            't' => out.push(b'\t'),
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            'x' => {
                let hex: String = [chars.next()?, chars.next()?].iter().collect();
                out.push(u8::from_str_radix(&hex, 16).ok()?);
            }
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let c = char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            _ => return None,
        }
    }
    Some(out)
}

/// The character of a CP437 byte. The low 32 bytes are read as the control
/// characters they are in names (and escaped), not as CP437's glyphs.
pub fn cp437_char(byte: u8) -> char {
    if byte < 0x80 { char::from(byte) } else { CP437_HIGH[usize::from(byte - 0x80)] }
}

/// CP437 bytes 0x80..=0xFF (IBM's table, as Unicode's `CP437.TXT` maps it).
const CP437_HIGH: [char; 128] = [
    'Ç', 'ü', 'é', 'â', 'ä', 'à', 'å', 'ç', 'ê', 'ë', 'è', 'ï', 'î', 'ì', 'Ä', 'Å', //
    'É', 'æ', 'Æ', 'ô', 'ö', 'ò', 'û', 'ù', 'ÿ', 'Ö', 'Ü', '¢', '£', '¥', '₧', 'ƒ', //
    'á', 'í', 'ó', 'ú', 'ñ', 'Ñ', 'ª', 'º', '¿', '⌐', '¬', '½', '¼', '¡', '«', '»', //
    '░', '▒', '▓', '│', '┤', '╡', '╢', '╖', '╕', '╣', '║', '╗', '╝', '╜', '╛', '┐', //
    '└', '┴', '┬', '├', '─', '┼', '╞', '╟', '╚', '╔', '╩', '╦', '╠', '═', '╬', '╧', //
    '╨', '╤', '╥', '╙', '╘', '╒', '╓', '╫', '╪', '┘', '┌', '█', '▄', '▌', '▐', '▀', //
    'α', 'ß', 'Γ', 'π', 'Σ', 'σ', 'µ', 'τ', 'Φ', 'Θ', 'Ω', 'δ', '∞', 'φ', 'ε', '∩', //
    '≡', '±', '≥', '≤', '⌠', '⌡', '÷', '≈', '°', '∙', '·', '√', 'ⁿ', '²', '■', '\u{a0}', //
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_differ_in_bytes_differ_in_display() {
        let names: [&[u8]; 4] = [b"a\xff.txt", b"a\xfe.txt", "a\u{fffd}.txt".as_bytes(), b"a\\xff.txt"];
        let shown: Vec<String> = names.iter().map(|n| escape_utf8(n)).collect();
        assert_eq!(shown, ["a\\xff.txt", "a\\xfe.txt", "a\u{fffd}.txt", "a\\\\xff.txt"]);
        for (name, text) in names.iter().zip(&shown) {
            assert_eq!(unescape(text).as_deref(), Some(*name));
        }
    }

    #[test]
    fn controls_and_bidi_overrides_are_escaped() {
        assert_eq!(escape_utf8(b"a\tb\nc\rd\x1b[31m\x7f"), "a\\tb\\nc\\rd\\x1b[31m\\x7f");
        assert_eq!(escape_utf8("photo\u{202e}gpj.exe".as_bytes()), "photo\\u{202e}gpj.exe");
        assert_eq!(escape_utf8("\u{9b}".as_bytes()), "\\u{9b}");
        assert_eq!(unescape("photo\\u{202e}gpj.exe").unwrap(), "photo\u{202e}gpj.exe".as_bytes());
    }

    #[test]
    fn scripts_of_the_region_pass_through() {
        for name in ["រូបថត.jpg", "ຮູບ.jpg", "รูปภาพ.jpg", "ảnh chụp.jpg"] {
            assert_eq!(escape_utf8(name.as_bytes()), name);
            assert!(is_plain(name.as_bytes()));
        }
        assert!(!is_plain(b"a\\b"));
        assert!(!is_plain(b"a\xff"));
    }

    #[test]
    fn cp437_names_decode_every_high_byte() {
        assert_eq!(escape(b"caf\x82.jpg", NameEncoding::Cp437), "café.jpg");
        assert_eq!(escape(b"\x80\xff", NameEncoding::Cp437), "Ç\u{a0}");
        let all: Vec<u8> = (0x80..=0xff).collect();
        let shown = escape(&all, NameEncoding::Cp437);
        assert_eq!(shown.chars().count(), 128, "one character per byte: {shown}");
    }

    #[test]
    fn unescape_refuses_what_escape_cannot_write() {
        assert_eq!(unescape("a\\q"), None);
        assert_eq!(unescape("a\\"), None);
        assert_eq!(unescape("a\\x4"), None);
    }
}
