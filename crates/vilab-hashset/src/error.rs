//! Errors of the hash-set formats, each naming where in the file.

/// A failure to read a hash-set file.
#[derive(Debug, thiserror::Error)]
pub enum HashsetError {
    /// The JSON is malformed or a value has the wrong type.
    #[error("line {line}, column {column}: {field}: {message}")]
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
    #[error("record {record} (MediaID {media_id}), starting at byte {offset}: {field}: {message}")]
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
    /// The file is not VICS.
    #[error("not a VICS file: {0}")]
    NotVics(String),
    /// Reading failed.
    #[error("reading: {0}")]
    Io(#[from] std::io::Error),
    /// The caller's sink refused a record.
    #[error("{0}")]
    Sink(String),
}

/// Results of this crate.
pub type Result<T, E = HashsetError> = std::result::Result<T, E>;
