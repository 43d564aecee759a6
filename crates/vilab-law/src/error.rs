//! Errors of the legal matrix: every one names the file, line and field it
//! comes from, so that a research group can fix its file.

/// A failure to load, import or render legal data.
#[derive(Debug, thiserror::Error)]
pub enum LawError {
    /// A data file breaks the schema or a rule of validation.
    #[error("{file}:{line}:{column}: {field}: {message}")]
    Invalid {
        /// The file's name as given to the loader (e.g. `TH.toml`).
        file: String,
        /// 1-based line of the offending key or value.
        line: usize,
        /// 1-based column (in characters).
        column: usize,
        /// The field, as a path into the file (e.g. `criterion[3].assertion`).
        field: String,
        /// What is wrong.
        message: String,
    },
    /// A file to import is larger than [`MAX_IMPORT_BYTES`](crate::MAX_IMPORT_BYTES).
    #[error(
        "{file}: over {} MiB ({limit} bytes), the limit for a file of legal facts (the bundled data is {bundled} bytes in all)",
        .limit >> 20
    )]
    TooLarge {
        /// The file's name as given.
        file: String,
        /// The limit in bytes.
        limit: usize,
        /// The size of the bundled data, for scale.
        bundled: usize,
    },
    /// A file's text is not UTF-8.
    #[error("{file}:{line}: byte offset {offset}: not valid UTF-8 (save the file as UTF-8)")]
    NotUtf8 {
        /// The file's name as given.
        file: String,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// Its offset from the start of the file.
        offset: usize,
    },
    /// A jurisdiction code that the data does not hold.
    #[error("unknown jurisdiction {} (known: {})", quoted(.0), .1)]
    UnknownJurisdiction(String, String),
    /// A country code of a question's circumstances that is not two letters.
    #[error("{} is not a country code (ISO 3166-1 alpha-2, two letters such as AU)", quoted(.0))]
    NotACountryCode(String),
    /// A criterion code that vilab does not know.
    #[error("unknown criterion {} (see `vilab law criteria`)", quoted(.0))]
    UnknownCriterion(String),
    /// A criterion that is not an offence where an offence is needed.
    #[error("{0} is not an offence criterion; `who-can-prosecute` needs conduct such as BUY_SEX_CHILD")]
    NotAnOffence(String),
    /// Writing CSV failed.
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Writing JSON failed.
    #[error("writing JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Results of this crate.
pub type Result<T, E = LawError> = std::result::Result<T, E>;

/// Where an error points: a file's name and text, to turn byte offsets into
/// lines and columns.
#[derive(Clone, Copy)]
pub(crate) struct FileCtx<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

impl FileCtx<'_> {
    /// An [`LawError::Invalid`] at byte offset `at`. The field is cut to
    /// [`QUOTE_CHARS`] characters and the message to twice that (see
    /// [`cut`]): a parser's message may quote a value of any size.
    pub fn invalid(&self, at: usize, field: impl Into<String>, message: impl Into<String>) -> LawError {
        let (line, column) = self.line_column(at);
        LawError::Invalid {
            file: self.name.to_string(),
            line,
            column,
            field: cut(field.into(), QUOTE_CHARS),
            message: cut(message.into(), 2 * QUOTE_CHARS),
        }
    }

    /// The 1-based line and column (in characters) of byte offset `at`.
    pub fn line_column(&self, at: usize) -> (usize, usize) {
        let before = &self.text[..floor_boundary(self.text, at)];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    }

    /// The key written on the line holding byte offset `at` (for errors of
    /// the TOML parser, which give a position but not a field).
    pub fn key_at(&self, at: usize) -> String {
        let at = floor_boundary(self.text, at);
        let start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[at..].find('\n').map_or(self.text.len(), |i| at + i);
        let line = self.text[start..end].trim();
        match line.split_once('=') {
            Some((key, _)) => key.trim().to_string(),
            None => line.trim_matches(['[', ']']).to_string(),
        }
    }
}

/// Characters of a value an error quotes: enough to recognise it, while the
/// error stays one readable line however large the value.
pub(crate) const QUOTE_CHARS: usize = 200;

/// `text` quoted as `{:?}` writes it, cut to [`QUOTE_CHARS`] characters
/// with an ellipsis.
pub(crate) fn quoted(text: &str) -> String {
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((at, _)) => format!("{:?}…", &text[..at]),
        None => format!("{text:?}"),
    }
}

/// A message (or field) cut in the middle to `max` characters, so that its
/// start and its end (where a parser says what it expected) both stay.
pub(crate) fn cut(text: String, max: usize) -> String {
    let chars = text.chars().count();
    if chars <= max {
        return text;
    }
    let head = text.char_indices().nth(max / 2).map_or(text.len(), |(at, _)| at);
    let tail = text.char_indices().nth(chars - max / 2).map_or(text.len(), |(at, _)| at);
    format!("{}…{}", &text[..head], &text[tail..])
}

/// The largest char boundary at or below `at` (`str::floor_char_boundary`
/// is newer than this workspace's minimum Rust).
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
