//! Training exercises (Training-of-Trainers) on a gallery: a trainer sets
//! each item's known answer (country, place, the objects that identify
//! it, the lead that solved it) and a rubric; trainees answer in the lab
//! (or in an offline bundle, whose answers file is imported); structured
//! answers are scored by `vilab_gallery::exercise::score`, free text by
//! the trainer; results per trainee and per item.
//!
//! Trainees never see the expected answers, nor a score while the
//! exercise runs (they would try countries until one scored): only the
//! editors read the results.

use serde::Serialize;
use serde_json::json;
use vilab_gallery::exercise::{
    Answer, AnswerFile, ExpectedAnswer, ItemScore, ItemSummary, Results, Rubric, TraineeSummary, score,
};
use vilab_store::model::gallery::{AnswerSource, Exercise, GalleryItemId, NewAnswer};

use super::{is_editor, item_of_gallery, require_open_or_editor};
use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// An item of an exercise.
#[derive(Clone, Debug, Serialize)]
pub struct ExerciseItemView {
    /// The gallery item.
    pub item: GalleryItemId,
    /// The known answer (editors only).
    pub expected: Option<ExpectedAnswer>,
    /// The actor's own latest answer, if any.
    pub mine: Option<Answer>,
}

/// An exercise as its reader may see it.
#[derive(Clone, Debug, Serialize)]
pub struct ExerciseView {
    /// The gallery.
    pub gallery: String,
    /// The exercise's id.
    pub uid: String,
    /// The rubric.
    pub rubric: Rubric,
    /// Whether the actor edits it (and sees the answers).
    pub editor: bool,
    /// Its items, in the gallery's order.
    pub items: Vec<ExerciseItemView>,
    /// The country codes an answer may give.
    pub countries: Vec<String>,
    /// The object kinds an answer may name.
    pub object_kinds: Vec<String>,
}
shape!(ExerciseView, "vilab.exercise-view/1");

/// What answering did.
#[derive(Clone, Debug, Serialize)]
pub struct ExerciseAnswered {
    /// The item.
    pub item: GalleryItemId,
    /// Whether the answer changed what was kept.
    pub changed: bool,
}
shape!(ExerciseAnswered, "vilab.exercise-answered/1");

/// One trainee's scored answer on one item.
#[derive(Clone, Debug, Serialize)]
pub struct ScoredAnswer {
    /// The trainee (user name, or the name typed into a bundle).
    pub trainee: String,
    /// The item.
    pub item: GalleryItemId,
    /// The answer.
    pub answer: Answer,
    /// Its automatic score.
    pub score: ItemScore,
    /// The trainer's points for its free text, once marked.
    pub free_text_points: Option<u32>,
    /// Where it was given.
    pub source: AnswerSource,
    /// When.
    pub answered_at: i64,
}

/// An exercise's results.
#[derive(Clone, Debug, Serialize)]
pub struct ExerciseResults {
    /// The gallery.
    pub gallery: String,
    /// The exercise's id.
    pub uid: String,
    /// Totals per trainee, by name.
    pub trainees: Vec<TraineeSummary>,
    /// Totals per item.
    pub items: Vec<ItemSummary>,
    /// Every answer with its score.
    pub answers: Vec<ScoredAnswer>,
}
shape!(ExerciseResults, "vilab.exercise-results/1");

/// What importing an answers file did.
#[derive(Clone, Debug, Serialize)]
pub struct AnswerImport {
    /// The gallery.
    pub gallery: String,
    /// Answers recorded or replacing older ones.
    pub recorded: u64,
    /// Answers already kept (or older than those kept).
    pub unchanged: u64,
}
shape!(AnswerImport, "vilab.answer-import/1");

/// A value the store keeps as JSON: one that does not read back is a
/// damaged row.
fn stored<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| AppError::new(Code::DatabaseError).detail(e))
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| AppError::new(Code::Internal).detail(e))
}

/// The exercise of the permit's gallery.
pub(super) fn exercise_of(permit: &Permit<'_>) -> Result<Exercise> {
    let g = permit.gallery();
    permit
        .store()
        .exercise_of_gallery(g.id)
        .map_err(store)?
        .ok_or_else(|| AppError::new(Code::ExerciseNotFound).with("gallery", g.uid.as_str()))
}

pub(super) fn rubric_of(exercise: &Exercise) -> Result<Rubric> {
    stored(&exercise.rubric)
}

pub(super) fn expected_items(permit: &Permit<'_>, exercise: &Exercise) -> Result<Vec<(GalleryItemId, ExpectedAnswer)>> {
    permit
        .store()
        .exercise_items(exercise.id)
        .map_err(store)?
        .into_iter()
        .map(|(item, text)| {
            let expected = stored(&text)?;
            Ok((item, expected))
        })
        .collect()
}

/// Refuses a country or object kind the exercise does not know.
fn check_answer(answer: &Answer) -> Result<()> {
    use vilab_gallery::exercise::{COUNTRIES, OBJECT_KINDS};
    if !answer.country.is_empty() && !COUNTRIES.contains(&answer.country.as_str()) {
        return Err(AppError::invalid(
            "country",
            format!("{:?} is not one of {}", answer.country, COUNTRIES.join(", ")),
        ));
    }
    if let Some(o) = answer.objects.iter().find(|o| !OBJECT_KINDS.contains(&o.as_str())) {
        return Err(AppError::invalid("objects", format!("{o:?} is not one of {}", OBJECT_KINDS.join(", "))));
    }
    Ok(())
}

impl Session<'_> {
    /// Sets the exercise of a gallery: a rubric and each item's known
    /// answer (every item one the gallery shows).
    pub fn set_exercise(
        &self,
        gallery: &str,
        rubric: &Rubric,
        items: &[(GalleryItemId, ExpectedAnswer)],
    ) -> Result<ExerciseView> {
        self.act(Action::GalleryEdit, Target::Gallery(gallery), |permit| {
            let expected = items.iter().map(|(i, e)| Ok((*i, to_json(e)?))).collect::<Result<Vec<_>>>()?;
            let (by, now) = (permit.actor().account, permit.now());
            let ex = permit
                .store()
                .create_exercise(permit.gallery().id, &to_json(rubric)?, &expected, by, now)
                .map_err(store)?;
            let details = json!({ "exercise": ex.uid, "items": items.len() });
            Ok(Done::new(exercise_view(permit, &ex, true)?, details))
        })
    }

    /// A gallery's exercise: trainees see the items and their own answers
    /// (while it is open); editors the known answers too.
    pub fn exercise(&self, gallery: &str) -> Result<ExerciseView> {
        self.act(Action::GalleryView, Target::Gallery(gallery), |permit| {
            let editor = require_open_or_editor(permit)?;
            let ex = exercise_of(permit)?;
            let view = exercise_view(permit, &ex, editor)?;
            Ok(Done::new(view, json!({ "exercise": ex.uid })))
        })
    }

    /// Records the actor's answer on an item of a gallery's exercise (the
    /// latest counts); only while the gallery is open.
    pub fn answer_exercise(&self, gallery: &str, item: GalleryItemId, answer: &Answer) -> Result<ExerciseAnswered> {
        self.act(Action::ExerciseAnswer, Target::Gallery(gallery), |permit| {
            require_open_or_editor(permit)?;
            item_of_gallery(permit, item)?;
            check_answer(answer)?;
            let ex = exercise_of(permit)?;
            let new = NewAnswer {
                item,
                trainee: permit.actor().username.clone(),
                trainee_id: Some(permit.actor().account),
                source: AnswerSource::Browser,
                answer: to_json(answer)?,
                answered_at: permit.now(),
            };
            let changed =
                permit.store().record_answer(ex.id, &new, permit.actor().account, permit.now()).map_err(store)?;
            Ok(Done::new(
                ExerciseAnswered { item, changed },
                json!({ "exercise": ex.uid, "item": item, "changed": changed }),
            ))
        })
    }

    /// The trainer's points for the free text of a trainee's answer (at
    /// most the rubric's `free_text_max`).
    pub fn mark_free_text(&self, gallery: &str, item: GalleryItemId, trainee: &str, points: u32) -> Result<()> {
        self.act(Action::GalleryEdit, Target::Gallery(gallery), |permit| {
            let ex = exercise_of(permit)?;
            let max = rubric_of(&ex)?.free_text_max;
            if points > max {
                return Err(crate::ops::review::out_of_range("points", points, 0, max));
            }
            permit
                .store()
                .mark_answer(ex.id, item, trainee, points, permit.actor().account, permit.now())
                .map_err(store)?;
            Ok(Done::new((), json!({ "exercise": ex.uid, "item": item, "points": points })))
        })
    }

    /// Every answer scored, with totals per trainee and per item.
    pub fn exercise_results(&self, gallery: &str) -> Result<ExerciseResults> {
        self.act(Action::GalleryEdit, Target::Gallery(gallery), |permit| {
            let ex = exercise_of(permit)?;
            let rubric = rubric_of(&ex)?;
            let expected: std::collections::BTreeMap<GalleryItemId, ExpectedAnswer> =
                expected_items(permit, &ex)?.into_iter().collect();
            let mut results = Results::new(rubric.free_text_max);
            let mut answers = Vec::new();
            for a in permit.store().exercise_answers(ex.id).map_err(store)? {
                let Some(want) = expected.get(&a.item) else { continue };
                let answer: Answer = stored(&a.answer)?;
                let s = score(want, &rubric, &answer);
                let key = a.item.0.to_string();
                results.add(&a.trainee, &key, s);
                if let Some(p) = a.free_text_points {
                    results.mark_free_text(&a.trainee, &key, p);
                }
                answers.push(ScoredAnswer {
                    trainee: a.trainee,
                    item: a.item,
                    answer,
                    score: s,
                    free_text_points: a.free_text_points,
                    source: a.source,
                    answered_at: a.answered_at,
                });
            }
            let view = ExerciseResults {
                gallery: permit.gallery().uid.clone(),
                uid: ex.uid.clone(),
                trainees: results.per_trainee(),
                items: results.per_item(),
                answers,
            };
            let details = json!({ "exercise": ex.uid, "answers": view.answers.len() });
            Ok(Done::new(view, details))
        })
    }

    /// Records the answers of an offline exercise bundle's answers file
    /// (parsed and checked against the bundle by `vilab_gallery`): the
    /// latest answer of each trainee and item counts, so importing a file
    /// again changes nothing.
    pub fn import_answers(&self, gallery: &str, file: &AnswerFile) -> Result<AnswerImport> {
        self.act(Action::GalleryEdit, Target::Gallery(gallery), |permit| {
            let ex = exercise_of(permit)?;
            if file.exercise != ex.uid {
                return Err(AppError::new(Code::ExerciseNotFound).with("gallery", permit.gallery().uid.as_str()));
            }
            let bundle = permit.store().gallery_bundle(&file.bundle).map_err(store)?;
            if bundle.is_none_or(|b| b.gallery != permit.gallery().id) {
                return Err(AppError::new(Code::BundleNotFound).with("bundle", file.bundle.as_str()));
            }
            let mut report = AnswerImport { gallery: permit.gallery().uid.clone(), recorded: 0, unchanged: 0 };
            for line in &file.answers {
                let item = line.item.parse::<i64>().map(GalleryItemId).map_err(|_| {
                    AppError::invalid("answers.item", format!("{:?} is not an item of the gallery", line.item))
                })?;
                let answer = line.answer();
                check_answer(&answer)?;
                let new = NewAnswer {
                    item,
                    trainee: file.participant.clone(),
                    trainee_id: None,
                    source: AnswerSource::Bundle,
                    answer: to_json(&answer)?,
                    answered_at: vilab_gallery::parse_time(&line.time).unwrap_or(0),
                };
                if permit.store().record_answer(ex.id, &new, permit.actor().account, permit.now()).map_err(store)? {
                    report.recorded += 1;
                } else {
                    report.unchanged += 1;
                }
            }
            let details = json!({ "exercise": ex.uid, "recorded": report.recorded, "unchanged": report.unchanged });
            Ok(Done::new(report, details))
        })
    }
}

fn exercise_view(permit: &Permit<'_>, ex: &Exercise, editor: bool) -> Result<ExerciseView> {
    let editor = editor || is_editor(permit)?;
    let me = permit.actor().username.as_str();
    let mine: std::collections::BTreeMap<GalleryItemId, Answer> = permit
        .store()
        .exercise_answers(ex.id)
        .map_err(store)?
        .into_iter()
        .filter(|a| a.trainee == me && a.trainee_id == Some(permit.actor().account))
        .filter_map(|a| serde_json::from_str(&a.answer).ok().map(|ans| (a.item, ans)))
        .collect();
    let items = expected_items(permit, ex)?
        .into_iter()
        .map(|(item, expected)| ExerciseItemView {
            item,
            expected: editor.then_some(expected),
            mine: mine.get(&item).cloned(),
        })
        .collect();
    Ok(ExerciseView {
        gallery: permit.gallery().uid.clone(),
        uid: ex.uid.clone(),
        rubric: rubric_of(ex)?,
        editor,
        items,
        countries: vilab_gallery::exercise::COUNTRIES.iter().map(|c| (*c).to_string()).collect(),
        object_kinds: vilab_gallery::exercise::OBJECT_KINDS.iter().map(|c| (*c).to_string()).collect(),
    })
}
