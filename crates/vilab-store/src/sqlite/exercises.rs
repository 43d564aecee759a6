//! Training exercises in SQL (schema version 15): an exercise on a
//! gallery with each item's known answer and the rubric (JSON text the
//! application layer reads), and trainees' answers, the latest kept, each
//! with the trainer's mark of its free text.

use rusqlite::{Connection, OptionalExtension as _, Row, params};

use super::Ctx as _;
use super::codec::At;
use super::galleries::{gallery_by_id, item_by_id};
use crate::model::gallery::{
    AnswerSource, Exercise, ExerciseAnswer, ExerciseId, GalleryId, GalleryItemId, MAX_AUTHOR, MAX_EXERCISE_JSON,
    NewAnswer,
};
use crate::{AccountId, Result, StoreError};

fn check_json(field: &'static str, text: &str) -> Result<()> {
    if text.len() > MAX_EXERCISE_JSON {
        return Err(StoreError::invalid(field, format!("{} bytes, more than {MAX_EXERCISE_JSON}", text.len())));
    }
    if serde_json::from_str::<serde_json::Value>(text).is_err() {
        return Err(StoreError::invalid(field, "not JSON"));
    }
    Ok(())
}

const EXERCISE_COLUMNS: &str = "id, uid, gallery_id, rubric, created_by, created_at FROM exercises";

fn exercise_row(row: &Row<'_>) -> rusqlite::Result<Exercise> {
    Ok(Exercise {
        id: ExerciseId(row.get(0)?),
        uid: row.get(1)?,
        gallery: GalleryId(row.get(2)?),
        rubric: row.get(3)?,
        created_by: AccountId(row.get(4)?),
        created_at: row.get(5)?,
    })
}

fn exercise_where(conn: &Connection, condition: &str, value: impl rusqlite::ToSql) -> Result<Option<Exercise>> {
    conn.query_row(&format!("SELECT {EXERCISE_COLUMNS} WHERE {condition}"), [value], exercise_row)
        .optional()
        .ctx("reading an exercise")
}

/// Sets an exercise on a gallery (one per gallery): the rubric and each
/// item's expected answer, every item one the gallery shows.
pub(super) fn create_exercise(
    conn: &Connection,
    gallery: GalleryId,
    rubric: &str,
    items: &[(GalleryItemId, String)],
    by: AccountId,
    at: i64,
) -> Result<Exercise> {
    gallery_by_id(conn, gallery)?.ok_or(StoreError::NotFound { what: "gallery", id: gallery.0 })?;
    if exercise_where(conn, "gallery_id = ?1", gallery.0)?.is_some() {
        return Err(StoreError::invalid("gallery", "already has an exercise"));
    }
    check_json("rubric", rubric)?;
    if items.is_empty() {
        return Err(StoreError::invalid("items", "an exercise asks about at least one item"));
    }
    let uid = crate::random::random_hex(16)?;
    conn.execute(
        "INSERT INTO exercises (uid, gallery_id, rubric, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![uid, gallery.0, rubric, by.0, at],
    )
    .ctx("creating an exercise")?;
    let id = ExerciseId(conn.last_insert_rowid());
    for (item, expected) in items {
        let shown = item_by_id(conn, *item)?.filter(|i| i.gallery == gallery);
        if shown.is_none() {
            return Err(StoreError::NotFound { what: "gallery item", id: item.0 });
        }
        check_json("expected", expected)?;
        conn.execute(
            "INSERT INTO exercise_items (exercise_id, item_id, expected) VALUES (?1, ?2, ?3) \
             ON CONFLICT (exercise_id, item_id) DO UPDATE SET expected = excluded.expected",
            params![id.0, item.0, expected],
        )
        .ctx("setting an exercise item")?;
    }
    exercise_where(conn, "id = ?1", id.0)?.ok_or(StoreError::NotFound { what: "exercise", id: id.0 })
}

/// The exercise set on a gallery.
pub(super) fn exercise_of_gallery(conn: &Connection, gallery: GalleryId) -> Result<Option<Exercise>> {
    exercise_where(conn, "gallery_id = ?1", gallery.0)
}

/// An exercise's items and their expected answers (JSON), in the
/// gallery's order.
pub(super) fn exercise_items(conn: &Connection, exercise: ExerciseId) -> Result<Vec<(GalleryItemId, String)>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT e.item_id, e.expected FROM exercise_items e JOIN gallery_items i ON i.id = e.item_id \
             WHERE e.exercise_id = ?1 ORDER BY i.position, i.id",
        )
        .ctx("preparing exercise items")?;
    let rows =
        stmt.query_map([exercise.0], |r| Ok((GalleryItemId(r.get(0)?), r.get(1)?))).ctx("reading exercise items")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading exercise items")
}

fn answer_row(row: &Row<'_>) -> rusqlite::Result<ExerciseAnswer> {
    let at = At::read(row, "exercise_answers", 0)?;
    let source: String = row.get(4)?;
    let points: Option<i64> = row.get(8)?;
    Ok(ExerciseAnswer {
        item: GalleryItemId(row.get(1)?),
        trainee: row.get(2)?,
        trainee_id: row.get::<_, Option<i64>>(3)?.map(AccountId),
        source: AnswerSource::parse(&source).ok_or_else(|| at.bad("source", format!("unknown code {source:?}")))?,
        answer: row.get(5)?,
        answered_at: row.get(6)?,
        marked_by: row.get::<_, Option<i64>>(7)?.map(AccountId),
        free_text_points: points
            .map(|p| u32::try_from(p).map_err(|_| at.bad("free_text_points", format!("{p} out of range"))))
            .transpose()?,
    })
}

const ANSWER_COLUMNS: &str = "id, item_id, trainee, trainee_id, source, answer, answered_at, marked_by, \
     free_text_points FROM exercise_answers";

fn answer_of(
    conn: &Connection,
    exercise: ExerciseId,
    item: GalleryItemId,
    trainee: &str,
) -> Result<Option<ExerciseAnswer>> {
    conn.query_row(
        &format!("SELECT {ANSWER_COLUMNS} WHERE exercise_id = ?1 AND item_id = ?2 AND trainee = ?3"),
        params![exercise.0, item.0, trainee],
        answer_row,
    )
    .optional()
    .ctx("reading an answer")
}

/// Records a trainee's answer on an item of the exercise; it replaces an
/// earlier answer of the trainee on the item (and its mark), never a later
/// one. Whether anything changed: the same answer again changes nothing.
pub(super) fn record_answer(
    conn: &Connection,
    exercise: ExerciseId,
    new: &NewAnswer,
    by: AccountId,
    at: i64,
) -> Result<bool> {
    let asked: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM exercise_items WHERE exercise_id = ?1 AND item_id = ?2)",
            [exercise.0, new.item.0],
            |r| r.get(0),
        )
        .ctx("looking up an exercise item")?;
    if !asked {
        return Err(StoreError::NotFound { what: "gallery item", id: new.item.0 });
    }
    if new.trainee.trim().is_empty() || new.trainee.len() > MAX_AUTHOR {
        return Err(StoreError::invalid("trainee", format!("1 to {MAX_AUTHOR} bytes")));
    }
    check_json("answer", &new.answer)?;
    if let Some(old) = answer_of(conn, exercise, new.item, &new.trainee)?
        && (old.answered_at > new.answered_at || (old.answered_at == new.answered_at && old.answer == new.answer))
    {
        return Ok(false);
    }
    conn.execute(
        "INSERT INTO exercise_answers (exercise_id, item_id, trainee, trainee_id, source, answer, answered_at, \
         recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) \
         ON CONFLICT (exercise_id, item_id, trainee) DO UPDATE SET trainee_id = excluded.trainee_id, \
         source = excluded.source, answer = excluded.answer, answered_at = excluded.answered_at, \
         recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at, \
         free_text_points = NULL, marked_by = NULL, marked_at = NULL",
        params![
            exercise.0,
            new.item.0,
            new.trainee,
            new.trainee_id.map(|t| t.0),
            new.source.as_str(),
            new.answer,
            new.answered_at,
            by.0,
            at
        ],
    )
    .ctx("recording an answer")?;
    Ok(true)
}

/// Sets the trainer's points for the free text of a trainee's answer.
pub(super) fn mark_answer(
    conn: &Connection,
    exercise: ExerciseId,
    item: GalleryItemId,
    trainee: &str,
    points: u32,
    by: AccountId,
    at: i64,
) -> Result<()> {
    let changed = conn
        .execute(
            "UPDATE exercise_answers SET free_text_points = ?4, marked_by = ?5, marked_at = ?6 \
             WHERE exercise_id = ?1 AND item_id = ?2 AND trainee = ?3",
            params![exercise.0, item.0, trainee, points, by.0, at],
        )
        .ctx("marking an answer")?;
    if changed == 0 {
        return Err(StoreError::NotFound { what: "answer", id: item.0 });
    }
    Ok(())
}

/// Every answer of an exercise, by trainee then item position.
pub(super) fn answers(conn: &Connection, exercise: ExerciseId) -> Result<Vec<ExerciseAnswer>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT a.id, a.item_id, a.trainee, a.trainee_id, a.source, a.answer, a.answered_at, a.marked_by, \
             a.free_text_points FROM exercise_answers a JOIN gallery_items i ON i.id = a.item_id \
             WHERE a.exercise_id = ?1 ORDER BY a.trainee, i.position, i.id",
        )
        .ctx("preparing answers")?;
    let rows = stmt.query_map([exercise.0], answer_row).ctx("reading answers")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading answers")
}
