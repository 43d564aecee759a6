//! Errors of the hash-set formats, each naming where in the file.

use std::borrow::Cow;

/// A failure to read a hash-set file.
#[derive(Debug, thiserror::Error)]
pub enum HashsetError {
    /// The JSON is malformed or a value has the wrong type.
    #[error("line {line}, column {column}: {}: {}", cut_short(.field), cut(.message))]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The path of the field (`value[3].Category`), or `-` when none.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// A record parsed but one of its values is invalid (or it is a
    /// duplicate, or too large to read).
    #[error(
        "record {record} (MediaID {}), starting at byte {offset}: {}: {}",
        cut_short(.media_id),
        cut_short(.field),
        cut(.message)
    )]
    Record {
        /// 0-based index of the media record in the file.
        record: u64,
        /// Its MediaID, or `-`.
        media_id: String,
        /// Byte offset of the record's first byte (its `{`) in the file.
        offset: u64,
        /// The field.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// A line of a list, or a record of a CSV file, is longer than the
    /// reader accepts; reading stopped there.
    #[error("line {line}: a {what} over {} ({limit} bytes) is refused (a broken file?)", binary_size(*.limit))]
    TooLong {
        /// 1-based line where the line or record starts.
        line: usize,
        /// `list line` or `CSV record`.
        what: &'static str,
        /// The limit in bytes.
        limit: usize,
    },
    /// The text is not UTF-8.
    #[error("line {line}, byte offset {offset}: not valid UTF-8 (save the file as UTF-8)")]
    NotUtf8 {
        /// 1-based line of the first invalid byte.
        line: usize,
        /// Byte offset of the first invalid byte from the start of the file.
        offset: u64,
    },
    /// The file is not VICS.
    #[error("not a VICS file: {}", cut(.0))]
    NotVics(String),
    /// Reading failed.
    #[error("reading: {0}")]
    Io(#[from] std::io::Error),
    /// The caller's sink refused a record.
    #[error("{}", cut(.0))]
    Sink(String),
}

/// Results of this crate.
pub type Result<T, E = HashsetError> = std::result::Result<T, E>;

/// Characters of a value an error quotes: enough to recognise it, and an
/// error stays one readable line however large the value (a broken file can
/// put megabytes in one field).
pub(crate) const QUOTE_CHARS: usize = 200;

/// `text` quoted as `{:?}` writes it, cut to [`QUOTE_CHARS`] characters
/// with an ellipsis.
pub(crate) fn quoted(text: &str) -> String {
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((at, _)) => format!("{:?}…", &text[..at]),
        None => format!("{text:?}"),
    }
}

/// A message as shown: cut in the middle to twice [`QUOTE_CHARS`]
/// characters, so that both its start and its end, where a parser says
/// what it expected, stay readable.
fn cut(text: &str) -> Cow<'_, str> {
    cut_to(text, 2 * QUOTE_CHARS)
}

/// A field path or an id as shown: cut in the middle to [`QUOTE_CHARS`].
fn cut_short(text: &str) -> Cow<'_, str> {
    cut_to(text, QUOTE_CHARS)
}

fn cut_to(text: &str, max: usize) -> Cow<'_, str> {
    let chars = text.chars().count();
    if chars <= max {
        return Cow::Borrowed(text);
    }
    let head = text.char_indices().nth(max / 2).map_or(text.len(), |(at, _)| at);
    let tail = text.char_indices().nth(chars - max / 2).map_or(text.len(), |(at, _)| at);
    Cow::Owned(format!("{}…{}", &text[..head], &text[tail..]))
}

/// `64 KiB`, `64 MiB`: a limit as a person reads it.
fn binary_size(bytes: usize) -> String {
    match bytes {
        b if b >= 1 << 20 && b.is_multiple_of(1 << 20) => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b.is_multiple_of(1 << 10) => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// The error for text that stops being UTF-8 at byte `at` of `bytes` (a
/// whole file in memory).
pub(crate) fn not_utf8(bytes: &[u8], at: usize) -> HashsetError {
    let before = &bytes[..at.min(bytes.len())];
    HashsetError::NotUtf8 { line: memchr::memchr_iter(b'\n', before).count() + 1, offset: at as u64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_and_long_messages_are_cut_on_char_boundaries() {
        let long = "ñ".repeat(10_000);
        let q = quoted(&long);
        assert!(q.ends_with("\"…") && q.chars().count() == QUOTE_CHARS + 3, "{q}");
        assert_eq!(quoted("short"), "\"short\"");
        let message = format!("{} is not 0..=255", "€".repeat(100_000));
        let shown = cut(&message);
        assert_eq!(shown.chars().count(), 2 * QUOTE_CHARS + 1);
        assert_eq!(cut_short(&message).chars().count(), QUOTE_CHARS + 1);
        assert!(shown.starts_with('€') && shown.ends_with(" is not 0..=255") && shown.contains('…'));
        assert_eq!(cut("a short message"), "a short message");
    }

    #[test]
    fn an_error_quoting_a_huge_value_stays_one_short_line() {
        let error = HashsetError::Syntax {
            line: 3,
            column: 1,
            field: "category".into(),
            message: format!("{} is not 0..=255", quoted(&"9".repeat(1 << 20))),
        };
        let text = error.to_string();
        assert!(text.len() < 3 * QUOTE_CHARS && !text.contains('\n'), "{} bytes", text.len());
        assert!(text.starts_with("line 3, column 1: category: \"999") && text.ends_with("is not 0..=255"), "{text}");
        let error = HashsetError::Syntax { line: 1, column: 1, field: "x".repeat(1 << 20), message: "m".into() };
        assert!(error.to_string().len() < 2 * QUOTE_CHARS);
    }
}
