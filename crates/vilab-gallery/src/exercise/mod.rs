//! Training exercises (Training-of-Trainers): items with known answers and
//! a rubric; structured answers scored automatically, free text left to the
//! trainer; results per trainee and per item; the `vilab.exercise/1`
//! exchange format between labs and the `vilab.answers/1` file an offline
//! exercise bundle saves.

mod answers;
mod exchange;
mod normalize;
mod results;
mod score;

use serde::{Deserialize, Serialize};

pub use answers::{ANSWERS_FORMAT, AnswerFile, AnswerLine, parse_answers};
pub use exchange::{EXERCISE_FORMAT, EXERCISE_PATH, ExerciseError, ImportedExercise, export, import};
pub use normalize::place_key;
pub use results::{ItemSummary, Results, TraineeSummary};
pub use score::{ItemScore, score};

/// Country codes an answer may give (ISO 3166-1 alpha-2 of the region,
/// and `other`).
pub const COUNTRIES: &[&str] = &["KH", "LA", "TH", "VN", "other"];

/// Clue object kinds (stable codes).
pub const OBJECT_KINDS: &[&str] = &["shop_sign", "power_socket", "licence_plate", "banknote", "product_label", "other"];

/// An exercise: items with their expected answers, and how answers score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// The exercise's uid (random, the caller's).
    pub uid: String,
    /// Its title.
    pub title: String,
    /// The items, in the order shown.
    pub items: Vec<ExerciseItem>,
    /// The points.
    pub rubric: Rubric,
}

/// One item of an exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseItem {
    /// The item's id (names its rendition).
    pub item_id: String,
    /// What the trainer knows.
    pub expected: ExpectedAnswer,
}

/// The known answer of an item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedAnswer {
    /// ISO 3166-1 alpha-2 (`KH`, `LA`, `TH`, `VN`).
    pub country: String,
    /// The place, e.g. `Phnom Penh`.
    pub place: String,
    /// Other names of the place accepted as right (`Phnum Pénh`, `ភ្នំពេញ`).
    #[serde(default)]
    pub place_aliases: Vec<String>,
    /// The object kinds that identify it (codes of [`OBJECT_KINDS`]).
    pub objects: Vec<String>,
    /// The lead that solved it, for the trainer (English).
    pub solving_lead: String,
}

/// How an answer scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// For the right country.
    pub country_points: u32,
    /// For the right place.
    pub place_points: u32,
    /// For each expected object kind named.
    pub object_points: u32,
    /// Taken off for each object kind named that is not expected; the
    /// object part never goes below 0.
    pub wrong_object_penalty: u32,
    /// The most the trainer may give for the free text.
    pub free_text_max: u32,
}

/// A trainee's answer on one item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Country code, or empty.
    pub country: String,
    /// Place as typed.
    pub place: String,
    /// Object kinds named.
    pub objects: Vec<String>,
    /// Reasoning, scored by the trainer.
    pub free_text: String,
}
