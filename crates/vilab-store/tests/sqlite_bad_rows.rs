//! A value in `lab.db` that does not read back as what its column holds (an
//! unknown kind, stage, role, status, code or method, JSON that does not
//! parse, a PDQ without its quality, an archive key that does not fit its
//! path) is [`StoreError::BadRow`] naming the table, the column and the
//! row: never read as another value. Each test writes one kind of bad value
//! with rusqlite directly, as a hand edit, a damaged file or a newer vilab
//! would leave it (past the `CHECK` constraints, which a damaged file does
//! not keep either), and reads it through every method that reads it.

mod common;

use common::*;
use rusqlite::Connection;
use vilab_core::model::{ErrorStage, IngestError};
use vilab_store::model::{MatchMethod, MatchRow, MatchTarget};
use vilab_store::{
    CaseId, ExhibitId, IngestBatch, LAB_DB, Lab, MediaKey, MediaQuery, RunCounters, RunOutcome, RunStatus, StoreError,
};

/// A lab with a case "OP-1", an exhibit "laptop", a finished run that
/// found a decoded image (`decoded(1)`) at `a.zip!/a.jpg` and failed to
/// decode it, and the SHA-256 of that image.
fn setup() -> (tempfile::TempDir, Lab, CaseId, ExhibitId, vilab_core::Sha256) {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let case = lab.store().create_case("OP-1").unwrap().id;
    let exhibit = lab.store().open_exhibit(case, "laptop", "/mnt/laptop").unwrap().id;
    let run = lab.store().start_run(exhibit, "/mnt/laptop").unwrap();
    let image = decoded(1);
    let sha = image.digests.sha256;
    lab.store()
        .write_batch(&IngestBatch {
            media: vec![image],
            occurrences: vec![occ_in("a.zip", "a.jpg", sha)],
            errors: vec![error("a.zip", ErrorStage::Decode, Some(sha))],
            ..IngestBatch::new(exhibit, Some(run))
        })
        .unwrap();
    let outcome = RunOutcome { status: RunStatus::Completed, counters: RunCounters::default(), note: None };
    lab.store().finish_run(run, &outcome).unwrap();
    (tmp, lab, case, exhibit, sha)
}

/// A second connection to the lab's database that writes past its `CHECK`
/// constraints.
fn raw(lab: &Lab) -> Connection {
    let db = Connection::open(lab.dir().join(LAB_DB)).unwrap();
    db.execute_batch("PRAGMA ignore_check_constraints = ON").unwrap();
    db
}

/// Sets `column` of every row of `table` to the SQL `value`; the id of the
/// (first) row changed.
fn corrupt(lab: &Lab, table: &str, column: &str, value: &str) -> i64 {
    let db = raw(lab);
    db.execute(&format!("UPDATE {table} SET {column} = {value}"), []).unwrap();
    db.query_row(&format!("SELECT min(rowid) FROM {table}"), [], |r| r.get(0)).unwrap()
}

/// Asserts `result` failed as a bad value in `table`.`column` of row `row`
/// whose reason mentions `says`.
#[track_caller]
fn assert_bad_row<T: std::fmt::Debug>(result: Result<T, StoreError>, table: &str, column: &str, row: i64, says: &str) {
    match result {
        Err(StoreError::BadRow { table: t, column: c, row: r, reason }) => {
            assert_eq!((t, c, r), (table, column, row), "{reason}");
            assert!(reason.contains(says), "{reason}");
        }
        other => panic!("expected a bad value in {table}.{column} (row {row}), got {other:?}"),
    }
}

#[test]
fn an_unknown_role_is_a_bad_row() {
    let (_tmp, lab, ..) = setup();
    let id = corrupt(&lab, "accounts", "role", "'overlord'");
    let store = lab.store();
    assert_bad_row(store.list_accounts(), "accounts", "role", id, "'overlord'");
    assert_bad_row(store.account_by_id(vilab_store::AccountId(id)), "accounts", "role", id, "unknown role");
    assert_bad_row(store.account_by_name("admin"), "accounts", "role", id, "'overlord'");
    assert_bad_row(store.check_password("admin", "correct horse battery"), "accounts", "role", id, "'overlord'");
}

#[test]
fn an_unknown_run_status_is_a_bad_row() {
    let (_tmp, lab, _case, exhibit, _) = setup();
    let id = corrupt(&lab, "ingest_runs", "status", "'paused'");
    assert_bad_row(lab.store().runs(exhibit), "ingest_runs", "status", id, "'paused'");
}

#[test]
fn run_counters_that_do_not_parse_are_a_bad_row() {
    let (_tmp, lab, _case, exhibit, _) = setup();
    let id = corrupt(&lab, "ingest_runs", "counters", "'{\"files_seen\": \"many\"}'");
    assert_bad_row(lab.store().runs(exhibit), "ingest_runs", "counters", id, "run counters");
    corrupt(&lab, "ingest_runs", "counters", "'not json'");
    assert_bad_row(lab.store().runs(exhibit), "ingest_runs", "counters", id, "run counters");
}

#[test]
fn an_unknown_media_kind_is_a_bad_row() {
    let (_tmp, lab, case, _, sha) = setup();
    let id = corrupt(&lab, "media", "kind", "'hologram'");
    let store = lab.store();
    assert_bad_row(store.media(&MediaKey::Sha256(sha)), "media", "kind", id, "'hologram'");
    assert_bad_row(store.list_media(case, &MediaQuery::default()), "media", "kind", id, "'hologram'");
    assert_bad_row(store.case_counts(case), "media", "kind", id, "unknown media kind");
}

/// A quality is stored with every PDQ; one missing was once read as 0.
#[test]
fn a_pdq_without_its_quality_is_a_bad_row() {
    let (_tmp, lab, case, _, sha) = setup();
    let id = corrupt(&lab, "media", "pdq_quality", "NULL");
    let store = lab.store();
    assert_bad_row(store.media(&MediaKey::Sha256(sha)), "media", "pdq_quality", id, "NULL beside a PDQ");
    assert_bad_row(store.list_media(case, &MediaQuery::default()), "media", "pdq_quality", id, "NULL");
    assert_bad_row(store.case_pdqs(case), "media", "pdq_quality", id, "NULL");
}

#[test]
fn an_unknown_error_stage_is_a_bad_row() {
    let (_tmp, lab, case, _, sha) = setup();
    let id = corrupt(&lab, "ingest_errors", "stage", "'teleport'");
    let store = lab.store();
    assert_bad_row(store.ingest_errors(case), "ingest_errors", "stage", id, "'teleport'");
    assert_bad_row(store.media(&MediaKey::Sha256(sha)), "ingest_errors", "stage", id, "'teleport'");
    assert_bad_row(store.case_counts(case), "ingest_errors", "stage", id, "unknown error stage");
}

/// Every code, with params and a detail, is read back as it was written;
/// a code this build does not know is an error naming its row, never read
/// as another code.
#[test]
fn every_error_code_round_trips_and_an_unknown_one_is_a_bad_row() {
    let (_tmp, lab, case, exhibit, _) = setup();
    let store = lab.store();
    raw(&lab).execute("DELETE FROM ingest_errors", []).unwrap();
    let written = every_error_code();
    store.write_batch(&IngestBatch { errors: written.clone(), ..IngestBatch::new(exhibit, None) }).unwrap();
    let read: Vec<IngestError> = store.ingest_errors(case).unwrap().into_iter().map(|(_, e)| e).collect();
    assert_eq!(read, written);

    // A hand edit (or a newer vilab's code) is refused by name and row.
    let db = raw(&lab);
    let id: i64 = db.query_row("SELECT id FROM ingest_errors WHERE path = 'f05.bin'", [], |r| r.get(0)).unwrap();
    db.execute("UPDATE ingest_errors SET code = 'no_such_code' WHERE id = ?1", [id]).unwrap();
    match store.ingest_errors(case).unwrap_err() {
        StoreError::BadRow { table: "ingest_errors", column: "code", row, reason } => {
            assert_eq!(row, id);
            assert!(reason.contains("no_such_code"), "{reason}");
        }
        other => panic!("expected a bad row, got {other}"),
    }
    db.execute("UPDATE ingest_errors SET code = 'read_failed', params = '[1]' WHERE id = ?1", [id]).unwrap();
    assert!(matches!(
        store.ingest_errors(case).unwrap_err(),
        StoreError::BadRow { column: "params", row, .. } if row == id
    ));
}

#[test]
fn occurrence_notes_that_do_not_parse_are_a_bad_row() {
    let (_tmp, lab, _, _, sha) = setup();
    let id = corrupt(&lab, "occurrences", "notes", "'[{\"code\": \"no-such-note\"}]'");
    assert_bad_row(lab.store().media(&MediaKey::Sha256(sha)), "occurrences", "notes", id, "no-such-note");
    corrupt(&lab, "occurrences", "notes", "'{'");
    assert_bad_row(lab.store().media(&MediaKey::Sha256(sha)), "occurrences", "notes", id, "note codes");
}

#[test]
fn an_archive_key_that_does_not_fit_its_path_is_a_bad_row() {
    let (_tmp, lab, case, _, sha) = setup();
    let id = corrupt(&lab, "occurrences", "archive_key", "x'0102'");
    let store = lab.store();
    assert_bad_row(store.media(&MediaKey::Sha256(sha)), "occurrences", "archive_key", id, "'a.jpg'");
    assert_bad_row(store.list_media(case, &MediaQuery::default()), "occurrences", "archive_key", id, "a.jpg");
    assert_bad_row(store.case_places(case), "occurrences", "archive_key", id, "a.jpg");

    let (_tmp, lab, case, _, _) = setup();
    let id = corrupt(&lab, "ingest_errors", "archive_key", "x'0102'");
    assert_bad_row(lab.store().ingest_errors(case), "ingest_errors", "archive_key", id, "does not fit");
}

/// A method this build does not know was once read as PDQ.
#[test]
fn an_unknown_match_method_is_a_bad_row() {
    let (_tmp, lab, case, _, sha) = setup();
    let store = lab.store();
    let set = vilab_store::model::NewHashset { name: "set".into(), profile: "vic-us".into(), format: "vics2".into() };
    let entry =
        vilab_core::known::KnownMedia { media_id: Some(1), md5: Some(decoded(1).digests.md5), ..Default::default() };
    store
        .import_hashset(&set, &mut |sink| {
            sink(entry.clone())?;
            Ok([0; 32])
        })
        .unwrap();
    let candidate = store.exact_candidates(case).unwrap().remove(0);
    assert_eq!(store.media(&MediaKey::Sha256(sha)).unwrap().unwrap().id, candidate.media);
    let row = MatchRow {
        media: candidate.media,
        target: MatchTarget::Known(candidate.known_id),
        method: MatchMethod::Md5,
        distance: 0,
        dihedral: None,
    };
    store.replace_matches(case, &[row]).unwrap();
    assert_eq!(store.triage(case).unwrap()[0].known[0].method, MatchMethod::Md5);
    let id = corrupt(&lab, "match_results", "method", "'phash'");
    assert_bad_row(store.triage(case), "match_results", "method", id, "'phash'");
}

#[test]
fn a_creation_time_that_is_not_a_number_is_a_bad_row() {
    let (_tmp, lab, ..) = setup();
    let db = raw(&lab);
    db.execute("UPDATE lab_meta SET value = 'yesterday' WHERE key = 'created_at'", []).unwrap();
    let row: i64 = db.query_row("SELECT rowid FROM lab_meta WHERE key = 'created_at'", [], |r| r.get(0)).unwrap();
    assert_bad_row(lab.store().lab_info(), "lab_meta", "value", row, "created_at 'yesterday'");
}
