//! The English sentences that vilab stored as `ingest_errors.reason` before
//! schema version 9, taken apart into a code, params and detail.
//!
//! Every such sentence was made by vilab's own code (vilab-ingest,
//! vilab-media, vilab-zip and the store's errors), so each is one of a
//! known set of patterns, listed in [`PATTERNS`] with the code it becomes.
//! A sentence that fits a pattern only in part keeps its whole text as
//! `detail`; one that fits none becomes [`IngestErrorCode::Legacy`] with
//! its text as `detail`. Nothing is lost either way.

use vilab_core::model::{ErrorParams, IngestErrorCode as C};

/// What an old sentence becomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cause {
    /// The code.
    pub(crate) code: C,
    /// Its params, as far as the sentence gave them.
    pub(crate) params: ErrorParams,
    /// A library's words, or the old sentence where it could not be taken
    /// apart.
    pub(crate) detail: Option<String>,
}

/// The sentences of earlier versions, most specific first; the first that
/// fits wins. In a pattern, `{name}` takes text up to the first place the
/// rest fits, `{name..}` up to the last, `{#name}` decimal digits only;
/// the capture `detail` is the library's words, names starting with `_`
/// are dropped, any other is a param.
const PATTERNS: &[(&str, C)] = &[
    // vilab-ingest: the walk.
    ("cannot walk: {detail..}", C::WalkFailed),
    ("symbolic link to unreadable link: {detail..} not followed", C::SymlinkNotFollowed),
    ("symbolic link to {target..} not followed", C::SymlinkNotFollowed),
    ("not a regular file (device, socket or pipe)", C::NotARegularFile),
    ("cannot stat: {detail..}", C::StatFailed),
    // vilab-zip through "cannot open zip", before the plain open below.
    ("cannot open zip: entries {#first} and {#second} overlap at byte {#offset}", C::ArchiveEntriesOverlap),
    ("cannot open zip: reading the archive failed near byte {#offset}: {detail..}", C::ArchiveReadFailed),
    (
        "cannot open zip: the archive is split over several files (its end record at byte {#offset} is on disk \
         {#disk}); join the parts first",
        C::ArchiveSplit,
    ),
    (
        "cannot open zip: the archive has {#count} entries or more, more than the limit of {#limit}",
        C::ArchiveTooManyEntries,
    ),
    (
        "cannot open zip: the central directory is {#size} bytes, more than the limit of {#limit}",
        C::ArchiveDirectoryTooLarge,
    ),
    ("cannot open zip: {detail..}", C::ArchiveUnreadable),
    // The file itself (the old sentences named its absolute path, which
    // the exhibit and the row's path already give).
    ("cannot open {_path..}: {detail}", C::OpenFailed),
    ("cannot read: zip-bomb guard: archive expands past {#limit} bytes in all", C::ArchiveBombExpansion),
    ("cannot read: {detail..}", C::ReadFailed),
    ("cannot read zip entry {#entry}: {detail..}", C::MemberUnreadable),
    ("cannot read {_path..}: {detail}", C::ReadFailed),
    ("cannot reopen archive: {detail..}", C::StoreReadFailed),
    ("out of memory for {#bytes} bytes: {detail..}", C::OutOfMemory),
    ("{#size} bytes where {#declared} were declared: stored, not decoded", C::LongerThanDeclared),
    ("empty file (0 bytes)", C::EmptyFile),
    (
        "not decoded: needs {#needed} bytes of memory, more than the ingest's whole memory budget of {#budget} bytes",
        C::OverMemoryBudget,
    ),
    ("image of {#size} bytes exceeds the in-memory limit of {#limit}: stored, not decoded", C::OverInMemoryLimit),
    ("image of {#size} bytes exceeds the in-memory limit of {#limit}: not decoded", C::OverInMemoryLimit),
    ("archive nested deeper than {#limit} levels: recorded, not opened", C::ArchiveTooDeep),
    // vilab-ingest: archive members.
    ("zip entry {#entry}: {detail..}", C::MemberUnreadable),
    ("zip-bomb guard: {#size} bytes from {#compressed} compressed (ratio over {#limit})", C::ArchiveBombRatio),
    ("zip-bomb guard: archive expands past {#limit} bytes in all", C::ArchiveBombExpansion),
    (
        "cannot extract: entry {#entry} is compressed with method {#method} ({detail}), which this reader cannot \
         decompress",
        C::MemberUnsupportedMethod,
    ),
    (
        "cannot extract: entry {#entry} is compressed with method {#method}, which this reader cannot decompress",
        C::MemberUnsupportedMethod,
    ),
    ("cannot extract: entry {#entry} is encrypted", C::MemberEncrypted),
    ("cannot extract: entry {#entry} cannot be read: {detail..}", C::MemberUnreadable),
    ("cannot extract: reading the archive failed near byte {#offset}: {detail..}", C::ArchiveReadFailed),
    ("cannot extract: {detail..}", C::MemberUnreadable),
    (
        "entry {#entry} has CRC-32 {actual}, not the {expected} declared: the {#stored} bytes read are stored as \
         they came",
        C::MemberCrcMismatch,
    ),
    (
        "entry {#entry} yields {#actual} bytes, fewer than the {#expected} declared: the {#stored} bytes read are \
         stored as they came",
        C::MemberShorterThanDeclared,
    ),
    (
        "entry {#entry} yields at least {#actual} bytes, more than the {#expected} declared: the {#stored} bytes \
         read are stored as they came",
        C::MemberLongerThanDeclared,
    ),
    (
        "entry {#entry} has damaged or cut-short compressed data after {#produced} bytes ({detail..}): the \
         {#stored} bytes read are stored as they came",
        C::MemberDamaged,
    ),
    // vilab-media.
    ("damaged JPEG data ({detail..}; {#warnings} warning{_plural}): the picture is partly filled", C::DecodeDamaged),
    ("undecodable: {format} (no decoder in this build)", C::UnsupportedFormat),
    ("undecodable {format}: image truncated", C::DecodeTruncated),
    ("undecodable {format}: no image in the file", C::NoImage),
    ("undecodable {format}: not an image", C::NoImage),
    ("undecodable {format}: {detail..}", C::DecodeFailed),
    ("image of {#width}x{#height} exceeds the limit of {#limit} pixels", C::TooManyPixels),
    ("{_what..} needs {#needed} bytes of memory, over the {#allowed} allowed", C::OverMemoryGrant),
    ("malformed EXIF: {detail..}", C::ExifUnreadable),
    ("thumbnail: {detail..}", C::ThumbnailFailed),
    ("pdq: {detail..}", C::PdqFailed),
];

/// What the old `reason` of an error at `stage` becomes.
pub(crate) fn parse(stage: &str, reason: &str) -> Cause {
    if stage == "store" {
        return store_cause(reason);
    }
    for &(pattern, code) in PATTERNS {
        if let Some(captures) = fit(pattern, reason) {
            return cause_of(code, &captures, reason);
        }
    }
    Cause { code: C::Legacy, params: ErrorParams::new(), detail: Some(reason.to_string()) }
}

/// A store error was the store's own message (`writing /lab/…: No space
/// left on device (os error 28)`), `thumbnail: ` before it for a
/// thumbnail's write.
fn store_cause(reason: &str) -> Cause {
    let (message, thumbnail) = match reason.strip_prefix("thumbnail: ") {
        Some(rest) => (rest, true),
        None => (reason, false),
    };
    let mut params = ErrorParams::new();
    if thumbnail {
        params.insert("blob".into(), "thumbnail".into());
    }
    // The operating system's words end the message, after the last ": ".
    let os = message.rsplit_once(": ").map_or(message, |(_, os)| os);
    let full = ["No space left on device", "(os error 28)", "Disk quota exceeded", "(os error 122)"];
    if full.iter().any(|words| os.contains(words)) {
        return Cause { code: C::OutOfSpace, params, detail: Some(os.to_string()) };
    }
    if let Some(rest) = message.strip_prefix("cannot reopen archive: ") {
        return Cause { code: C::StoreReadFailed, params, detail: Some(rest.to_string()) };
    }
    Cause { code: C::StoreFailed, params, detail: Some(message.to_string()) }
}

/// The cause of `code` from the captures of its pattern in `reason`.
fn cause_of(code: C, captures: &[(&str, &str)], reason: &str) -> Cause {
    let mut params = ErrorParams::new();
    let mut detail = None;
    for &(name, value) in captures {
        match name {
            "detail" => detail = Some(value.to_string()),
            _ if name.starts_with('_') => {}
            _ => {
                params.insert(name.to_string(), value.to_string());
            }
        }
    }
    let captured = |name: &str| captures.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    match code {
        C::DecodeDamaged => {
            params.insert("format".into(), "jpeg".into());
        }
        C::UnsupportedFormat => {
            // Written as users know it ("HEIC"); stored as the kind.
            let label = params.get("format").map(|f| f.to_ascii_lowercase()).unwrap_or_default();
            let format = if label == "heic" { "heif".to_string() } else { label };
            params.insert("format".into(), format);
        }
        C::OverMemoryGrant => match captured("_what").and_then(allocation) {
            Some((allocation, format)) => {
                params.insert("allocation".into(), allocation.into());
                if let Some(format) = format {
                    params.insert("format".into(), format);
                }
            }
            // An allocation no version named so: the sentence says what.
            None => detail = Some(reason.to_string()),
        },
        _ => {}
    }
    Cause { code, params, detail }
}

/// The `allocation` (and `format`) params of what an old sentence said
/// needed the memory.
fn allocation(what: &str) -> Option<(&'static str, Option<String>)> {
    let format = |kind: &str| Some(kind.to_ascii_lowercase());
    Some(match what {
        "EXIF parse" => ("exif_parse", None),
        "EXIF copy" => ("exif_copy", None),
        "JPEG output" => ("jpeg_output", None),
        "JPEG coefficient buffer" => ("jpeg_coefficients", None),
        _ => match (what.strip_suffix(" decode"), what.strip_suffix(" conversion to 8 bits")) {
            (Some(kind), _) if !kind.contains(' ') => ("decode", format(kind)),
            (_, Some(kind)) if !kind.contains(' ') => ("conversion", format(kind)),
            _ => return None,
        },
    })
}

/// One part of a pattern.
#[derive(Clone, Copy, Debug)]
enum Piece<'p> {
    /// Text that must be there.
    Literal(&'p str),
    /// A capture.
    Capture {
        /// Its name.
        name: &'p str,
        /// Decimal digits only.
        digits: bool,
        /// As long as the rest allows, rather than as short.
        greedy: bool,
    },
}

/// The pieces of a pattern (`{` always opens a capture in these patterns).
fn pieces(pattern: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while !rest.is_empty() {
        match rest.find('{') {
            Some(0) => {
                let end = rest.find('}').expect("a pattern's capture is closed");
                let mut name = &rest[1..end];
                let digits = name.starts_with('#');
                name = name.trim_start_matches('#');
                let greedy = name.ends_with("..");
                name = name.trim_end_matches("..");
                out.push(Piece::Capture { name, digits, greedy });
                rest = &rest[end + 1..];
            }
            Some(at) => {
                out.push(Piece::Literal(&rest[..at]));
                rest = &rest[at..];
            }
            None => {
                out.push(Piece::Literal(rest));
                rest = "";
            }
        }
    }
    out
}

/// The captures of `pattern` if the whole of `text` fits it.
fn fit<'p, 't>(pattern: &'p str, text: &'t str) -> Option<Vec<(&'p str, &'t str)>> {
    let mut out = Vec::new();
    fit_pieces(&pieces(pattern), text, &mut out).then_some(out)
}

/// Whether `text` fits `pieces`, trying each place a capture may end (the
/// patterns are short and the sentences one line: the search is small).
fn fit_pieces<'p, 't>(pieces: &[Piece<'p>], text: &'t str, out: &mut Vec<(&'p str, &'t str)>) -> bool {
    match pieces.split_first() {
        None => text.is_empty(),
        Some((Piece::Literal(lit), rest)) => text.strip_prefix(lit).is_some_and(|after| fit_pieces(rest, after, out)),
        Some((&Piece::Capture { name, digits, greedy }, rest)) => {
            let fits = |value: &str| !digits || (!value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()));
            let mut ends: Vec<usize> = match rest.first() {
                // Every place the next literal starts.
                Some(Piece::Literal(lit)) => text.match_indices(lit).map(|(i, _)| i).collect(),
                // Two captures in a row cannot be told apart (the patterns
                // have none: a test checks).
                Some(Piece::Capture { .. }) => return false,
                None => vec![text.len()],
            };
            if greedy {
                ends.reverse();
            }
            for end in ends {
                let value = &text[..end];
                if fits(value) {
                    out.push((name, value));
                    if fit_pieces(rest, &text[end..], out) {
                        return true;
                    }
                    out.pop();
                }
            }
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> ErrorParams {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn cause(code: C, pairs: &[(&str, &str)], detail: Option<&str>) -> Cause {
        Cause { code, params: params(pairs), detail: detail.map(str::to_string) }
    }

    #[test]
    fn every_pattern_is_well_formed_and_names_no_param_twice() {
        for (pattern, _) in PATTERNS {
            let pieces = pieces(pattern);
            let mut names = std::collections::HashSet::new();
            for pair in pieces.windows(2) {
                assert!(
                    !matches!(pair, [Piece::Capture { .. }, Piece::Capture { .. }]),
                    "{pattern}: two captures in a row"
                );
            }
            for piece in pieces {
                if let Piece::Capture { name, .. } = piece {
                    assert!(names.insert(name), "{pattern}: {name} twice");
                }
            }
        }
    }

    #[test]
    fn the_sentences_of_earlier_versions_become_codes() {
        let cases: &[(&str, &str, Cause)] = &[
            ("read", "empty file (0 bytes)", cause(C::EmptyFile, &[], None)),
            ("read", "symbolic link to a.txt not followed", cause(C::SymlinkNotFollowed, &[("target", "a.txt")], None)),
            (
                "read",
                "symbolic link to unreadable link: Permission denied (os error 13) not followed",
                cause(C::SymlinkNotFollowed, &[], Some("Permission denied (os error 13)")),
            ),
            ("read", "not a regular file (device, socket or pipe)", cause(C::NotARegularFile, &[], None)),
            (
                "read",
                "cannot open /mnt/usb: 2/a.jpg: Permission denied (os error 13)",
                cause(C::OpenFailed, &[], Some("Permission denied (os error 13)")),
            ),
            (
                "read",
                "cannot read /mnt/a.jpg: Input/output error (os error 5)",
                cause(C::ReadFailed, &[], Some("Input/output error (os error 5)")),
            ),
            ("read", "cannot read: unexpected end of file", cause(C::ReadFailed, &[], Some("unexpected end of file"))),
            (
                "read",
                "cannot read: zip-bomb guard: archive expands past 1500000 bytes in all",
                cause(C::ArchiveBombExpansion, &[("limit", "1500000")], None),
            ),
            (
                "read",
                "out of memory for 5000000 bytes: memory allocation failed",
                cause(C::OutOfMemory, &[("bytes", "5000000")], Some("memory allocation failed")),
            ),
            (
                "read",
                "70 bytes where 60 were declared: stored, not decoded",
                cause(C::LongerThanDeclared, &[("size", "70"), ("declared", "60")], None),
            ),
            (
                "decode",
                "not decoded: needs 900 bytes of memory, more than the ingest's whole memory budget of 500 bytes",
                cause(C::OverMemoryBudget, &[("needed", "900"), ("budget", "500")], None),
            ),
            (
                "decode",
                "image of 3000000 bytes exceeds the in-memory limit of 1048576: stored, not decoded",
                cause(C::OverInMemoryLimit, &[("size", "3000000"), ("limit", "1048576")], None),
            ),
            (
                "decode",
                "image of 3000000 bytes exceeds the in-memory limit of 1048576: not decoded",
                cause(C::OverInMemoryLimit, &[("size", "3000000"), ("limit", "1048576")], None),
            ),
            (
                "archive",
                "archive nested deeper than 2 levels: recorded, not opened",
                cause(C::ArchiveTooDeep, &[("limit", "2")], None),
            ),
            (
                "archive",
                "cannot open zip: entries 0 and 1 overlap at byte 0",
                cause(C::ArchiveEntriesOverlap, &[("first", "0"), ("second", "1"), ("offset", "0")], None),
            ),
            (
                "archive",
                "cannot open zip: no end-of-central-directory record in the last 65557 bytes: this is not a zip \
                 archive, or it is cut short",
                cause(
                    C::ArchiveUnreadable,
                    &[],
                    Some(
                        "no end-of-central-directory record in the last 65557 bytes: this is not a zip archive, or \
                         it is cut short",
                    ),
                ),
            ),
            (
                "archive",
                "cannot open zip: the archive is split over several files (its end record at byte 99 is on disk 2); \
                 join the parts first",
                cause(C::ArchiveSplit, &[("offset", "99"), ("disk", "2")], None),
            ),
            (
                "archive",
                "cannot open zip: reading the archive failed near byte 512: failed to fill whole buffer",
                cause(C::ArchiveReadFailed, &[("offset", "512")], Some("failed to fill whole buffer")),
            ),
            (
                "archive",
                "zip entry 4: its local header at byte 77 is past the end of the archive",
                cause(
                    C::MemberUnreadable,
                    &[("entry", "4")],
                    Some("its local header at byte 77 is past the end of the archive"),
                ),
            ),
            (
                "archive",
                "zip-bomb guard: 20971520 bytes from 20380 compressed (ratio over 100)",
                cause(C::ArchiveBombRatio, &[("size", "20971520"), ("compressed", "20380"), ("limit", "100")], None),
            ),
            (
                "archive",
                "zip-bomb guard: archive expands past 1500000 bytes in all",
                cause(C::ArchiveBombExpansion, &[("limit", "1500000")], None),
            ),
            (
                "archive",
                "cannot extract: entry 3 is compressed with method 12 (bzip2), which this reader cannot decompress",
                cause(C::MemberUnsupportedMethod, &[("entry", "3"), ("method", "12")], Some("bzip2")),
            ),
            (
                "archive",
                "cannot extract: entry 3 is compressed with method 4242, which this reader cannot decompress",
                cause(C::MemberUnsupportedMethod, &[("entry", "3"), ("method", "4242")], None),
            ),
            ("archive", "cannot extract: entry 7 is encrypted", cause(C::MemberEncrypted, &[("entry", "7")], None)),
            (
                "archive",
                "cannot extract: invalid Zip archive: bad header",
                cause(C::MemberUnreadable, &[], Some("invalid Zip archive: bad header")),
            ),
            (
                "read",
                "cannot read zip entry 2: Invalid checksum",
                cause(C::MemberUnreadable, &[("entry", "2")], Some("Invalid checksum")),
            ),
            (
                "archive",
                "entry 0 has CRC-32 1a2b3c4d, not the 0badf00d declared: the 23 bytes read are stored as they came",
                cause(
                    C::MemberCrcMismatch,
                    &[("entry", "0"), ("actual", "1a2b3c4d"), ("expected", "0badf00d"), ("stored", "23")],
                    None,
                ),
            ),
            (
                "archive",
                "entry 1 yields 10 bytes, fewer than the 20 declared: the 10 bytes read are stored as they came",
                cause(
                    C::MemberShorterThanDeclared,
                    &[("entry", "1"), ("actual", "10"), ("expected", "20"), ("stored", "10")],
                    None,
                ),
            ),
            (
                "archive",
                "entry 1 yields at least 21 bytes, more than the 20 declared: the 20 bytes read are stored as they came",
                cause(
                    C::MemberLongerThanDeclared,
                    &[("entry", "1"), ("actual", "21"), ("expected", "20"), ("stored", "20")],
                    None,
                ),
            ),
            (
                "archive",
                "entry 1 has damaged or cut-short compressed data after 4096 bytes (invalid block type (x)): the 4096 \
                 bytes read are stored as they came",
                cause(
                    C::MemberDamaged,
                    &[("entry", "1"), ("produced", "4096"), ("stored", "4096")],
                    Some("invalid block type (x)"),
                ),
            ),
            (
                "decode",
                "damaged JPEG data (Premature end of JPEG file; 3 warnings): the picture is partly filled",
                cause(C::DecodeDamaged, &[("format", "jpeg"), ("warnings", "3")], Some("Premature end of JPEG file")),
            ),
            (
                "decode",
                "damaged JPEG data (Corrupt JPEG data: 12 extraneous bytes; 1 warning): the picture is partly filled",
                cause(
                    C::DecodeDamaged,
                    &[("format", "jpeg"), ("warnings", "1")],
                    Some("Corrupt JPEG data: 12 extraneous bytes"),
                ),
            ),
            (
                "decode",
                "undecodable: HEIC (no decoder in this build)",
                cause(C::UnsupportedFormat, &[("format", "heif")], None),
            ),
            (
                "decode",
                "undecodable png: Format error decoding Png: CRC error: expected 0x1 have 0x2",
                cause(
                    C::DecodeFailed,
                    &[("format", "png")],
                    Some("Format error decoding Png: CRC error: expected 0x1 have 0x2"),
                ),
            ),
            ("decode", "undecodable gif: image truncated", cause(C::DecodeTruncated, &[("format", "gif")], None)),
            ("decode", "undecodable gif: no image in the file", cause(C::NoImage, &[("format", "gif")], None)),
            (
                "decode",
                "image of 14000x14000 exceeds the limit of 1000000 pixels",
                cause(C::TooManyPixels, &[("width", "14000"), ("height", "14000"), ("limit", "1000000")], None),
            ),
            (
                "decode",
                "gif decode needs 600 bytes of memory, over the 100 allowed",
                cause(
                    C::OverMemoryGrant,
                    &[("allocation", "decode"), ("format", "gif"), ("needed", "600"), ("allowed", "100")],
                    None,
                ),
            ),
            (
                "decode",
                "GIF decode needs 600 bytes of memory, over the 100 allowed",
                cause(
                    C::OverMemoryGrant,
                    &[("allocation", "decode"), ("format", "gif"), ("needed", "600"), ("allowed", "100")],
                    None,
                ),
            ),
            (
                "decode",
                "tiff conversion to 8 bits needs 6 bytes of memory, over the 5 allowed",
                cause(
                    C::OverMemoryGrant,
                    &[("allocation", "conversion"), ("format", "tiff"), ("needed", "6"), ("allowed", "5")],
                    None,
                ),
            ),
            (
                "exif",
                "EXIF parse needs 6 bytes of memory, over the 5 allowed",
                cause(C::OverMemoryGrant, &[("allocation", "exif_parse"), ("needed", "6"), ("allowed", "5")], None),
            ),
            (
                "decode",
                "a strange step needs 6 bytes of memory, over the 5 allowed",
                cause(
                    C::OverMemoryGrant,
                    &[("needed", "6"), ("allowed", "5")],
                    Some("a strange step needs 6 bytes of memory, over the 5 allowed"),
                ),
            ),
            (
                "exif",
                "malformed EXIF: Invalid TIFF byte order",
                cause(C::ExifUnreadable, &[], Some("Invalid TIFF byte order")),
            ),
            ("decode", "thumbnail: encoder failed", cause(C::ThumbnailFailed, &[], Some("encoder failed"))),
            (
                "decode",
                "pdq: cannot hash an empty image (0x3)",
                cause(C::PdqFailed, &[], Some("cannot hash an empty image (0x3)")),
            ),
            (
                "store",
                "writing /lab/evidence/.tmp/.tmpXXXX: No space left on device (os error 28)",
                cause(C::OutOfSpace, &[], Some("No space left on device (os error 28)")),
            ),
            ("store", "No space left on device", cause(C::OutOfSpace, &[], Some("No space left on device"))),
            (
                "store",
                "thumbnail: writing /lab/evidence/.tmp/.tmpX: Disk quota exceeded (os error 122)",
                cause(C::OutOfSpace, &[("blob", "thumbnail")], Some("Disk quota exceeded (os error 122)")),
            ),
            (
                "store",
                "thumbnail: syncing /lab/evidence/.tmp/.tmpX: Input/output error (os error 5)",
                cause(
                    C::StoreFailed,
                    &[("blob", "thumbnail")],
                    Some("syncing /lab/evidence/.tmp/.tmpX: Input/output error (os error 5)"),
                ),
            ),
            (
                "store",
                "blob 00ab missing from the evidence store (/lab/evidence/00/ab/00ab)",
                cause(
                    C::StoreFailed,
                    &[],
                    Some("blob 00ab missing from the evidence store (/lab/evidence/00/ab/00ab)"),
                ),
            ),
            (
                "read",
                "cannot reopen archive: opening /lab/x: gone",
                cause(C::StoreReadFailed, &[], Some("opening /lab/x: gone")),
            ),
            // Causes no vilab has a code for any more, and words no vilab wrote.
            (
                "archive",
                "member expands past 100 bytes (declared 50): not ingested",
                cause(C::Legacy, &[], Some("member expands past 100 bytes (declared 50): not ingested")),
            ),
            (
                "archive",
                "zip entry 3 named \"\": empty, repeated or containing \"!/\"; recorded as \"#3\"",
                cause(
                    C::Legacy,
                    &[],
                    Some("zip entry 3 named \"\": empty, repeated or containing \"!/\"; recorded as \"#3\""),
                ),
            ),
            ("decode", "not a JPEG", cause(C::Legacy, &[], Some("not a JPEG"))),
            ("read", "", cause(C::Legacy, &[], Some(""))),
        ];
        for (stage, reason, wanted) in cases {
            assert_eq!(&parse(stage, reason), wanted, "{stage}: {reason}");
        }
    }

    /// Where a sentence was taken apart whole, the English of its code says
    /// it again, word for word.
    #[test]
    fn english_of_a_migrated_row_is_its_old_sentence() {
        for (stage, reason) in [
            ("read", "empty file (0 bytes)"),
            ("read", "symbolic link to a.txt not followed"),
            ("archive", "zip-bomb guard: archive expands past 1500000 bytes in all"),
            ("archive", "zip-bomb guard: 20971520 bytes from 20380 compressed (ratio over 100)"),
            ("archive", "archive nested deeper than 2 levels: recorded, not opened"),
            ("archive", "cannot open zip: entries 0 and 1 overlap at byte 0"),
            ("decode", "damaged JPEG data (Premature end of JPEG file; 3 warnings): the picture is partly filled"),
            ("decode", "image of 14000x14000 exceeds the limit of 1000000 pixels"),
            ("decode", "gif decode needs 600 bytes of memory, over the 100 allowed"),
            ("decode", "undecodable: HEIC (no decoder in this build)"),
            ("exif", "malformed EXIF: Invalid TIFF byte order"),
        ] {
            let cause = parse(stage, reason);
            assert_eq!(cause.code.describe_en(&cause.params, cause.detail.as_deref()), reason, "{stage}");
        }
    }
}
