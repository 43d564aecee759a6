//! Scores one answer against the expected answer with a rubric.

use serde::{Deserialize, Serialize};

use super::normalize::place_key;
use super::{Answer, ExpectedAnswer, Rubric};

/// The automatic part of an item's score, and whether free text awaits the
/// trainer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemScore {
    /// Points scored automatically.
    pub auto_points: u32,
    /// The most the automatic part could give.
    pub auto_max: u32,
    /// The trainee wrote free text for the trainer to score.
    pub free_text_pending: bool,
    /// The country was right.
    pub country_right: bool,
    /// The place was right (or one of its aliases).
    pub place_right: bool,
    /// Expected object kinds named.
    pub objects_found: u32,
    /// Object kinds named that were not expected.
    pub objects_wrong: u32,
}

/// Scores `answer`. Countries compare as codes (case-insensitive), places
/// by [`place_key`] against the place and its aliases, objects as sets of
/// kinds (naming one twice counts once).
pub fn score(expected: &ExpectedAnswer, rubric: &Rubric, answer: &Answer) -> ItemScore {
    let country_right =
        !answer.country.trim().is_empty() && answer.country.trim().eq_ignore_ascii_case(expected.country.trim());
    let given = place_key(&answer.place);
    let place_right = !given.is_empty()
        && std::iter::once(&expected.place).chain(&expected.place_aliases).any(|p| place_key(p) == given);
    let wanted: std::collections::BTreeSet<&str> = expected.objects.iter().map(|o| o.trim()).collect();
    let named: std::collections::BTreeSet<&str> =
        answer.objects.iter().map(|o| o.trim()).filter(|o| !o.is_empty()).collect();
    let objects_found = named.intersection(&wanted).count() as u32;
    let objects_wrong = named.difference(&wanted).count() as u32;
    let object_points = (objects_found.saturating_mul(rubric.object_points))
        .saturating_sub(objects_wrong.saturating_mul(rubric.wrong_object_penalty));
    let auto_points = [
        if country_right { rubric.country_points } else { 0 },
        if place_right { rubric.place_points } else { 0 },
        object_points,
    ]
    .iter()
    .fold(0u32, |a, b| a.saturating_add(*b));
    let auto_max = rubric
        .country_points
        .saturating_add(rubric.place_points)
        .saturating_add((wanted.len() as u32).saturating_mul(rubric.object_points));
    ItemScore {
        auto_points,
        auto_max,
        free_text_pending: rubric.free_text_max > 0 && !answer.free_text.trim().is_empty(),
        country_right,
        place_right,
        objects_found,
        objects_wrong,
    }
}
