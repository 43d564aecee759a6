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
    /// A jurisdiction code that the data does not hold.
    #[error("unknown jurisdiction {0:?} (known: {1})")]
    UnknownJurisdiction(String, String),
    /// A criterion code that vilab does not know.
    #[error("unknown criterion {0:?} (see `vilab law criteria`)")]
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
    /// An [`LawError::Invalid`] at byte offset `at`.
    pub fn invalid(&self, at: usize, field: impl Into<String>, message: impl Into<String>) -> LawError {
        let at = at.min(self.text.len());
        let before = &self.text[..floor_boundary(self.text, at)];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        LawError::Invalid { file: self.name.to_string(), line, column, field: field.into(), message: message.into() }
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

/// The largest char boundary at or below `at` (`str::floor_char_boundary`
/// is newer than this workspace's minimum Rust).
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
