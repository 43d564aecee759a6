//! The clue file a bundle saves (`vilab.clues/1`): what a participant typed
//! on each item, each clue with a uid made in the browser so that importing
//! the same file twice adds nothing (the lab keys on the uid). The parser
//! never panics; its errors name the line and column, or the field.

use serde::{Deserialize, Serialize};

use crate::Manifest;
use crate::names::id_problem;

/// The clue file's format tag.
pub const CLUES_FORMAT: &str = "vilab.clues/1";
/// Largest clue file read, in bytes.
pub const MAX_CLUE_FILE_BYTES: usize = 8 << 20;
/// Most clues in one file.
pub const MAX_CLUES: usize = 10_000;
/// Longest clue text, in characters (the page's limit too).
pub const MAX_CLUE_CHARS: usize = 2000;
/// Longest participant name, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// A parsed, checked clue file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClueFile {
    /// Always [`CLUES_FORMAT`].
    pub format: String,
    /// The bundle's uid.
    pub bundle: String,
    /// The participant's name as typed.
    pub participant: String,
    /// The clues, in the order typed.
    pub clues: Vec<Clue>,
}

/// One clue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clue {
    /// 32 lowercase hex digits (128 random bits from the browser).
    pub uid: String,
    /// The item's id in the bundle.
    pub item: String,
    /// What the participant typed.
    pub text: String,
    /// Where on the image, if pinned.
    pub pin: Option<Pin>,
    /// When, as the browser's clock said: `YYYY-MM-DDTHH:MM:SS(.sss)Z`.
    pub time: String,
}

/// A spot on the rendition, as fractions of its width and height, so that
/// it maps back to the original's pixels whatever the rendition's size.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    /// 0 (left) to 1 (right).
    pub x: f64,
    /// 0 (top) to 1 (bottom).
    pub y: f64,
}

/// Why a clue or answer file was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ClueError {
    /// Not JSON of the expected shape (an unknown or missing field, a wrong
    /// type), at a line and column of the file.
    #[error("line {line}, column {column}: {problem}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// serde_json's words.
        problem: String,
    },
    /// A field breaks the format's rules.
    #[error("{field}: {problem}")]
    Field {
        /// The field, e.g. `clues[3].text`.
        field: String,
        /// What is wrong.
        problem: String,
    },
}

pub(crate) fn field(name: impl Into<String>, problem: impl Into<String>) -> ClueError {
    ClueError::Field { field: name.into(), problem: problem.into() }
}

/// Parses JSON of type `T`, with serde_json's place on error.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(bytes: &[u8], limit: usize) -> Result<T, ClueError> {
    if bytes.len() > limit {
        return Err(field("(file)", format!("{} bytes, more than the limit of {limit}", bytes.len())));
    }
    serde_json::from_slice(bytes).map_err(|e| ClueError::Json {
        line: e.line(),
        column: e.column(),
        problem: e.to_string(),
    })
}

/// Checks a text field: trimmed non-empty unless allowed, at most `max`
/// characters, no control character but newlines and tabs.
pub(crate) fn check_text(name: &str, text: &str, max: usize, may_be_empty: bool) -> Result<(), ClueError> {
    if !may_be_empty && text.trim().is_empty() {
        return Err(field(name, "empty"));
    }
    let count = text.chars().count();
    if count > max {
        return Err(field(name, format!("{count} characters, more than {max}")));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(field(name, "holds a control character"));
    }
    Ok(())
}

/// Checks a browser-made uid: 32 lowercase hex digits.
pub(crate) fn check_uid(name: &str, uid: &str) -> Result<(), ClueError> {
    if uid.len() != 32 || !uid.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        return Err(field(name, "must be 32 lowercase hex digits"));
    }
    Ok(())
}

/// Checks a browser time: `YYYY-MM-DDTHH:MM:SS`, optional fraction, `Z`.
pub(crate) fn check_time(name: &str, time: &str) -> Result<(), ClueError> {
    let b = time.as_bytes();
    let digits = |range: std::ops::Range<usize>| b.get(range).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let ok = b.len() >= 20
        && b.len() <= 30
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && b[b.len() - 1] == b'Z'
        && (b.len() == 20 || (b[19] == b'.' && b.len() > 21 && digits(20..b.len() - 1)));
    if !ok {
        return Err(field(name, "must be a UTC time YYYY-MM-DDTHH:MM:SS[.fff]Z"));
    }
    Ok(())
}

/// Parses a clue file and checks it against the bundle it claims to come
/// from: the bundle's uid, item ids among the bundle's, text lengths, pins
/// within the image, uids well formed and not repeated.
pub fn parse_clues(bytes: &[u8], bundle: &Manifest) -> Result<ClueFile, ClueError> {
    parse_clues_for(bytes, &bundle.bundle, &bundle.items)
}

/// [`parse_clues`] against what a lab recorded of the bundle it made: its
/// uid and its item ids (the lab has no copy of the manifest).
pub fn parse_clues_for(bytes: &[u8], bundle: &str, items: &[String]) -> Result<ClueFile, ClueError> {
    let file: ClueFile = from_json(bytes, MAX_CLUE_FILE_BYTES)?;
    if file.format != CLUES_FORMAT {
        return Err(field("format", format!("{:?}, expected {CLUES_FORMAT:?}", file.format)));
    }
    if file.bundle != bundle {
        return Err(field("bundle", format!("{:?} is not this bundle ({bundle})", file.bundle)));
    }
    check_text("participant", &file.participant, MAX_NAME_CHARS, false)?;
    if file.clues.len() > MAX_CLUES {
        return Err(field("clues", format!("{} clues, more than {MAX_CLUES}", file.clues.len())));
    }
    let items: std::collections::BTreeSet<&str> = items.iter().map(String::as_str).collect();
    let mut seen = std::collections::BTreeSet::new();
    for (i, clue) in file.clues.iter().enumerate() {
        let name = |f: &str| format!("clues[{i}].{f}");
        check_uid(&name("uid"), &clue.uid)?;
        if !seen.insert(clue.uid.as_str()) {
            return Err(field(name("uid"), "repeats an earlier clue's uid"));
        }
        if id_problem(&clue.item).is_some() || !items.contains(clue.item.as_str()) {
            return Err(field(name("item"), format!("{:?} is not an item of this bundle", clue.item)));
        }
        check_text(&name("text"), &clue.text, MAX_CLUE_CHARS, false)?;
        if let Some(pin) = clue.pin {
            for (axis, v) in [("x", pin.x), ("y", pin.y)] {
                if !(0.0..=1.0).contains(&v) {
                    return Err(field(name(&format!("pin.{axis}")), "must be between 0 and 1"));
                }
            }
        }
        check_time(&name("time"), &clue.time)?;
    }
    Ok(file)
}

impl Pin {
    /// The pixel of an image `width` x `height` (the original's) the pin
    /// points at, clamped inside it.
    pub fn to_pixel(self, width: u32, height: u32) -> (u32, u32) {
        let at = |f: f64, n: u32| ((f * f64::from(n)).floor() as u32).min(n.saturating_sub(1));
        (at(self.x, width), at(self.y, height))
    }
}
