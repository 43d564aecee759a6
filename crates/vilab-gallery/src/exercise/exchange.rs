//! `vilab.exercise/1`: an exercise carried from one lab to another as a
//! signed folder, the same manifest and signature as a gallery bundle
//! (`manifest.json`, `manifest.sig`), holding `exercise.json` (the rubric
//! and the items with their expected answers, each naming its rendition)
//! and the renditions under `items/`.

use serde::{Deserialize, Serialize};

use super::{COUNTRIES, Exercise, ExerciseItem, ExpectedAnswer, OBJECT_KINDS, Rubric};
use crate::build::{Header, sign, text_check};
use crate::manifest::uid_problem;
use crate::names::{date_problem, id_problem};
use crate::{BundleError, BundleFile, SigningKey, site, verify};

/// The exchange file's format tag.
pub const EXERCISE_FORMAT: &str = "vilab.exercise/1";
/// Its path in the folder.
pub const EXERCISE_PATH: &str = "exercise.json";

/// Why an exercise could not be exported or imported.
#[derive(Debug, thiserror::Error)]
pub enum ExerciseError {
    /// The folder is not a verified bundle (names the file).
    #[error(transparent)]
    Bundle(#[from] BundleError),
    /// `exercise.json` is not JSON of the format's shape.
    #[error("exercise.json: line {line}, column {column}: {problem}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// serde_json's words.
        problem: String,
    },
    /// A field breaks the format's rules.
    #[error("exercise.json: {field}: {problem}")]
    Field {
        /// The field, e.g. `items[2].expected.country`.
        field: String,
        /// What is wrong.
        problem: String,
    },
}

fn field(name: impl Into<String>, problem: impl Into<String>) -> ExerciseError {
    ExerciseError::Field { field: name.into(), problem: problem.into() }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    format: String,
    uid: String,
    title: String,
    rubric: Rubric,
    items: Vec<WireItem>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireItem {
    item_id: String,
    rendition: String,
    expected: ExpectedAnswer,
}

/// An exercise read from another lab's folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedExercise {
    /// The exercise.
    pub exercise: Exercise,
    /// Each item's rendition, in the exercise's order.
    pub renditions: Vec<(String, Vec<u8>)>,
    /// The lab that signed it.
    pub lab: String,
    /// Its public key, hex.
    pub public_key: String,
}

/// The folder's files: `exercise.json`, the renditions (one per item,
/// `(item_id, jpeg)`), the manifest and its signature by `key`.
pub fn export(
    exercise: &Exercise,
    renditions: &[(String, Vec<u8>)],
    lab: &str,
    recipient: &str,
    created: &str,
    expires: &str,
    key: &SigningKey,
) -> Result<Vec<BundleFile>, ExerciseError> {
    check(exercise)?;
    for (name, date) in [("created", created), ("expires", expires)] {
        if let Some(p) = date_problem(date) {
            return Err(BundleError::spec(name, p).into());
        }
    }
    text_check("lab", lab, false)?;
    text_check("recipient", recipient, false)?;
    let mut files = Vec::new();
    let mut items = Vec::new();
    for (i, item) in exercise.items.iter().enumerate() {
        let jpeg = renditions
            .iter()
            .find(|(id, _)| *id == item.item_id)
            .map(|(_, jpeg)| jpeg)
            .ok_or_else(|| field(format!("items[{i}]"), format!("no rendition given for {:?}", item.item_id)))?;
        let path = site::item_path(&item.item_id);
        files.push(BundleFile { path: path.clone(), bytes: jpeg.clone() });
        items.push(WireItem { item_id: item.item_id.clone(), rendition: path, expected: item.expected.clone() });
    }
    let wire = Wire {
        format: EXERCISE_FORMAT.into(),
        uid: exercise.uid.clone(),
        title: exercise.title.clone(),
        rubric: exercise.rubric,
        items,
    };
    let mut json = serde_json::to_vec_pretty(&wire).unwrap_or_default();
    json.push(b'\n');
    files.insert(0, BundleFile { path: EXERCISE_PATH.into(), bytes: json });
    let header = Header {
        bundle: exercise.uid.clone(),
        title: exercise.title.clone(),
        recipient: recipient.into(),
        lab: lab.into(),
        created: created.into(),
        expires: expires.into(),
        exercise: Some(exercise.uid.clone()),
        items: exercise.items.iter().map(|i| i.item_id.clone()).collect(),
    };
    Ok(sign(header, files, key))
}

/// Verifies the folder's files (signed by `expected_key` when given) and
/// reads the exercise; every item's rendition must be in the folder.
pub fn import(files: &[BundleFile], expected_key: Option<&[u8; 32]>) -> Result<ImportedExercise, ExerciseError> {
    let verified = verify(files, expected_key)?;
    let bytes = &files
        .iter()
        .find(|f| f.path == EXERCISE_PATH)
        .ok_or(BundleError::Missing { path: EXERCISE_PATH.into() })?
        .bytes;
    let wire: Wire = serde_json::from_slice(bytes).map_err(|e| ExerciseError::Json {
        line: e.line(),
        column: e.column(),
        problem: e.to_string(),
    })?;
    if wire.format != EXERCISE_FORMAT {
        return Err(field("format", format!("{:?}, expected {EXERCISE_FORMAT:?}", wire.format)));
    }
    if verified.manifest.exercise.as_deref() != Some(wire.uid.as_str()) {
        return Err(field("uid", "not the exercise the manifest names"));
    }
    let mut renditions = Vec::new();
    let mut items = Vec::new();
    for (i, item) in wire.items.into_iter().enumerate() {
        if item.rendition != site::item_path(&item.item_id) {
            return Err(field(format!("items[{i}].rendition"), format!("expected items/{}.jpg", item.item_id)));
        }
        let jpeg = files.iter().find(|f| f.path == item.rendition).ok_or_else(|| {
            field(format!("items[{i}].rendition"), format!("{} is not in the folder", item.rendition))
        })?;
        renditions.push((item.item_id.clone(), jpeg.bytes.clone()));
        items.push(ExerciseItem { item_id: item.item_id, expected: item.expected });
    }
    let exercise = Exercise { uid: wire.uid, title: wire.title, items, rubric: wire.rubric };
    check(&exercise)?;
    Ok(ImportedExercise {
        exercise,
        renditions,
        lab: verified.manifest.lab.clone(),
        public_key: verified.manifest.public_key.clone(),
    })
}

/// The rules an exercise keeps, naming the field that breaks one.
fn check(exercise: &Exercise) -> Result<(), ExerciseError> {
    if let Some(p) = uid_problem(&exercise.uid) {
        return Err(field("uid", p));
    }
    if exercise.title.trim().is_empty() || exercise.title.chars().count() > 2000 {
        return Err(field("title", "must be 1 to 2000 characters"));
    }
    if exercise.items.is_empty() {
        return Err(field("items", "an exercise has at least one item"));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, item) in exercise.items.iter().enumerate() {
        if let Some(p) = id_problem(&item.item_id) {
            return Err(field(format!("items[{i}].item_id"), p));
        }
        if !seen.insert(item.item_id.as_str()) {
            return Err(field(format!("items[{i}].item_id"), "appears twice"));
        }
        let e = &item.expected;
        if !COUNTRIES.contains(&e.country.as_str()) {
            return Err(field(
                format!("items[{i}].expected.country"),
                format!("{:?} is not one of {COUNTRIES:?}", e.country),
            ));
        }
        for (j, kind) in e.objects.iter().enumerate() {
            if !OBJECT_KINDS.contains(&kind.as_str()) {
                return Err(field(
                    format!("items[{i}].expected.objects[{j}]"),
                    format!("{kind:?} is not an object kind"),
                ));
            }
        }
        for (name, text) in std::iter::once(("place", &e.place))
            .chain(e.place_aliases.iter().map(|a| ("place_aliases", a)))
            .chain(std::iter::once(("solving_lead", &e.solving_lead)))
        {
            if text.chars().count() > 2000 || text.chars().any(|c| c.is_control() && c != '\n') {
                return Err(field(
                    format!("items[{i}].expected.{name}"),
                    "longer than 2000 characters or a control character",
                ));
            }
        }
    }
    Ok(())
}
