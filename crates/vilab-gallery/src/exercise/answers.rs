//! The answers file an offline exercise bundle saves (`vilab.answers/1`),
//! parsed like a clue file: errors name the line and column or the field,
//! and the bundle, exercise and items must be the bundle's.

use serde::{Deserialize, Serialize};

use super::{Answer, COUNTRIES, OBJECT_KINDS};
use crate::Manifest;
use crate::clues::{ClueError, MAX_CLUE_CHARS, MAX_NAME_CHARS, check_text, check_time, field, from_json};

/// The answers file's format tag.
pub const ANSWERS_FORMAT: &str = "vilab.answers/1";

/// A parsed, checked answers file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerFile {
    /// Always [`ANSWERS_FORMAT`].
    pub format: String,
    /// The bundle's uid.
    pub bundle: String,
    /// The exercise's uid.
    pub exercise: String,
    /// The trainee's name as typed.
    pub participant: String,
    /// At most one answer per item.
    pub answers: Vec<AnswerLine>,
}

/// One item's answer as saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerLine {
    /// The item's id.
    pub item: String,
    /// Country code or empty.
    pub country: String,
    /// Place as typed.
    pub place: String,
    /// Object kind codes.
    pub objects: Vec<String>,
    /// Free text.
    pub free_text: String,
    /// When kept, by the browser's clock (UTC).
    pub time: String,
}

impl AnswerLine {
    /// The answer, for [`super::score`].
    pub fn answer(&self) -> Answer {
        Answer {
            country: self.country.clone(),
            place: self.place.clone(),
            objects: self.objects.clone(),
            free_text: self.free_text.clone(),
        }
    }
}

/// Parses an answers file saved by the exercise bundle `bundle`.
pub fn parse_answers(bytes: &[u8], bundle: &Manifest) -> Result<AnswerFile, ClueError> {
    let file: AnswerFile = from_json(bytes, crate::clues::MAX_CLUE_FILE_BYTES)?;
    if file.format != ANSWERS_FORMAT {
        return Err(field("format", format!("{:?}, expected {ANSWERS_FORMAT:?}", file.format)));
    }
    if file.bundle != bundle.bundle {
        return Err(field("bundle", format!("{:?} is not this bundle ({})", file.bundle, bundle.bundle)));
    }
    if bundle.exercise.as_deref() != Some(file.exercise.as_str()) {
        return Err(field("exercise", format!("{:?} is not this bundle's exercise", file.exercise)));
    }
    check_text("participant", &file.participant, MAX_NAME_CHARS, false)?;
    let mut seen = std::collections::BTreeSet::new();
    for (i, line) in file.answers.iter().enumerate() {
        let name = |f: &str| format!("answers[{i}].{f}");
        if !bundle.items.contains(&line.item) {
            return Err(field(name("item"), format!("{:?} is not an item of this bundle", line.item)));
        }
        if !seen.insert(line.item.as_str()) {
            return Err(field(name("item"), "a second answer for the item"));
        }
        if !line.country.is_empty() && !COUNTRIES.contains(&line.country.as_str()) {
            return Err(field(name("country"), format!("{:?} is not one of {COUNTRIES:?}", line.country)));
        }
        check_text(&name("place"), &line.place, 200, true)?;
        if line.objects.len() > OBJECT_KINDS.len() {
            return Err(field(name("objects"), "more kinds than there are"));
        }
        for (j, kind) in line.objects.iter().enumerate() {
            if !OBJECT_KINDS.contains(&kind.as_str()) {
                return Err(field(format!("answers[{i}].objects[{j}]"), format!("{kind:?} is not an object kind")));
            }
        }
        check_text(&name("free_text"), &line.free_text, MAX_CLUE_CHARS, true)?;
        check_time(&name("time"), &line.time)?;
    }
    Ok(file)
}
