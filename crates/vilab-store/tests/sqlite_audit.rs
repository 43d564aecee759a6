//! The audit log in SQLite: one chain from several processes appending to
//! one `lab.db`, the triggers that refuse updates and deletes, tampering
//! done directly in `lab.db` as an attacker with write access to the file
//! would, and a stored value that does not decode. (Appends, queries and
//! checkpoints through the trait are in `tests/conformance/audit.rs`.)

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::new_lab;
use rusqlite::{Connection, params};
use vilab_core::audit::{AuditEntry, AuditOutcome, ChainProblem, chain_hash};
use vilab_store::{AuditQuery, LAB_DB, Lab, Store, StoreError};

/// An entry by `actor` doing `action` on `resource`, in `case_id`.
fn entry(actor: &str, action: &str, resource: &str, case_id: Option<i64>, at: i64) -> AuditEntry {
    AuditEntry {
        at,
        actor_id: if actor.is_empty() { None } else { Some(1) },
        actor: actor.into(),
        source: "cli uid=1000".into(),
        action: action.into(),
        resource_kind: action.split('.').next().unwrap_or_default().into(),
        resource: resource.into(),
        case_id,
        outcome: AuditOutcome::Allowed,
        details: format!("{{\"resource\":\"{resource}\"}}"),
    }
}

/// Entry number `n` of a plain series.
fn nth(n: i64) -> AuditEntry {
    entry("admin", "media.view", &format!("m{n}"), Some(1), 1_700_000_000 + n)
}

/// A lab with `n` records appended.
fn lab_with(n: i64) -> (tempfile::TempDir, Lab) {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    for i in 1..=n {
        lab.store().append_audit(&nth(i)).unwrap();
    }
    (tmp, lab)
}

/// Writes to `lab.db` as an attacker would: another connection, the
/// append-only triggers dropped first.
fn tamper(lab: &Lab, sql: &str) {
    let conn = Connection::open(lab.dir().join(LAB_DB)).unwrap();
    drop_triggers(&conn);
    conn.execute_batch(sql).unwrap();
}

fn drop_triggers(conn: &Connection) {
    let names: Vec<String> = {
        let mut stmt =
            conn.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%'").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    assert_eq!(names.len(), 6, "{names:?}");
    for name in names {
        conn.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
    }
}

fn problem(lab: &Lab) -> Option<ChainProblem> {
    lab.verify_audit().unwrap().problem
}

/// Appends `count` records through `store`, each by `actor`.
fn append_many(store: &dyn Store, actor: &str, count: i64) {
    for i in 0..count {
        store.append_audit(&entry(actor, "media.view", &i.to_string(), None, i)).unwrap();
    }
}

/// Every record is one of `count` per actor, and the chain is whole.
fn assert_one_chain(lab: &Lab, actors: &[&str], count: u64) {
    let report = lab.verify_audit().unwrap();
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.records, actors.len() as u64 * count);
    for actor in actors {
        let q = AuditQuery { actor: Some((*actor).into()), limit: u32::MAX, ..Default::default() };
        assert_eq!(lab.store().audit_records(&q).unwrap().len() as u64, count, "{actor}");
    }
}

/// Set for the child processes of the test below: the lab to append to.
const CHILD_LAB: &str = "VILAB_AUDIT_TEST_CHILD_LAB";
/// Set for the child processes: the actor name each appends as.
const CHILD_ACTOR: &str = "VILAB_AUDIT_TEST_CHILD_ACTOR";
/// Records each process appends: enough to outlast a child's start.
const PER_PROCESS: i64 = 1000;

#[test]
fn processes_appending_at_once_make_one_chain() {
    if let (Ok(dir), Ok(actor)) = (std::env::var(CHILD_LAB), std::env::var(CHILD_ACTOR)) {
        // This run is a child: append and leave.
        let lab = Lab::open(Path::new(&dir)).unwrap();
        append_many(lab.store(), &actor, PER_PROCESS);
        return;
    }
    let (_tmp, lab) = lab_with(0);
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = ["p1", "p2"]
        .into_iter()
        .map(|actor| {
            Command::new(&exe)
                .args(["--exact", "processes_appending_at_once_make_one_chain", "--test-threads=1"])
                .env(CHILD_LAB, lab.dir())
                .env(CHILD_ACTOR, actor)
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    append_many(lab.store(), "p0", PER_PROCESS);
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    assert_one_chain(&lab, &["p0", "p1", "p2"], PER_PROCESS as u64);
}

#[test]
fn the_triggers_refuse_updates_and_deletes() {
    let (_tmp, lab) = lab_with(3);
    lab.checkpoint_audit().unwrap();
    let conn = Connection::open(lab.dir().join(LAB_DB)).unwrap();
    for sql in [
        "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2",
        "DELETE FROM audit_log WHERE seq = 3",
        "DELETE FROM audit_log",
        "INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE seq = 1",
        "INSERT INTO audit_log (seq, at, actor, source, action, resource_kind, resource, outcome, details, hash)
             VALUES (9, 0, '', '', 'x', '', '', 'allowed', '{}', zeroblob(32))",
        "UPDATE audit_checkpoints SET signed_at = 0",
        "DELETE FROM audit_checkpoints",
        "INSERT OR REPLACE INTO audit_checkpoints SELECT * FROM audit_checkpoints",
    ] {
        let err = conn.execute_batch(sql).unwrap_err();
        assert!(err.to_string().contains("the audit log is append-only"), "{sql}: {err}");
    }
    assert!(lab.verify_audit().unwrap().is_intact());
    assert_eq!(lab.verify_audit().unwrap().last_signed, Some(3));
}

#[test]
fn an_edited_record_breaks_the_chain_at_itself() {
    let (_tmp, lab) = lab_with(10);
    tamper(&lab, "UPDATE audit_log SET actor = 'mallory' WHERE seq = 5");
    assert_eq!(problem(&lab), Some(ChainProblem::HashMismatch { seq: 5 }));
}

#[test]
fn a_deleted_record_is_a_gap_naming_it() {
    let (_tmp, lab) = lab_with(10);
    tamper(&lab, "DELETE FROM audit_log WHERE seq = 5");
    assert_eq!(problem(&lab), Some(ChainProblem::Gap { expected_seq: 5, found_seq: 6 }));
}

#[test]
fn a_forged_record_inserted_in_the_middle_breaks_the_chain_there() {
    let (_tmp, lab) = lab_with(10);
    // Make room at 5 (by way of high numbers: the key is checked per row),
    // then insert a record that claims the hash the old fifth had.
    tamper(
        &lab,
        "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 5;
         UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000;
         INSERT INTO audit_log (seq, at, actor, source, action, resource_kind, resource, outcome, details, hash)
             SELECT 5, at, 'admin', source, 'case.delete', 'case', 'OP-1', 'allowed', '{}', hash
             FROM audit_log WHERE seq = 6;",
    );
    assert_eq!(problem(&lab), Some(ChainProblem::HashMismatch { seq: 5 }));
}

#[test]
fn swapped_records_break_the_chain_at_the_first() {
    let (_tmp, lab) = lab_with(10);
    tamper(
        &lab,
        "UPDATE audit_log SET seq = 1000 WHERE seq = 4;
         UPDATE audit_log SET seq = 4 WHERE seq = 7;
         UPDATE audit_log SET seq = 7 WHERE seq = 1000;",
    );
    assert_eq!(problem(&lab), Some(ChainProblem::HashMismatch { seq: 4 }));
}

#[test]
fn a_tail_cut_after_its_checkpoint_is_cut_off() {
    let (_tmp, lab) = lab_with(10);
    lab.checkpoint_audit().unwrap();
    tamper(&lab, "DELETE FROM audit_log WHERE seq > 7");
    let report = lab.verify_audit().unwrap();
    assert_eq!(report.problem, Some(ChainProblem::CutOff { last_seq: 7, checkpoint_seq: 10 }));
    assert_eq!(report.records, 7);
}

#[test]
fn an_edited_checkpoint_is_found() {
    let (_tmp, lab) = lab_with(10);
    lab.checkpoint_audit().unwrap();
    tamper(&lab, "UPDATE audit_checkpoints SET hash = zeroblob(32) WHERE seq = 10");
    assert_eq!(problem(&lab), Some(ChainProblem::CheckpointMismatch { seq: 10 }));

    let (_tmp, lab) = lab_with(10);
    lab.checkpoint_audit().unwrap();
    tamper(&lab, "UPDATE audit_checkpoints SET signature = zeroblob(64) WHERE seq = 10");
    assert_eq!(problem(&lab), Some(ChainProblem::BadSignature { seq: 10 }));
}

#[test]
fn a_chain_rewritten_whole_fails_at_the_signed_checkpoint() {
    // Anyone who can write lab.db can recompute every hash after an edit;
    // only the lab's signature shows it.
    let (_tmp, lab) = lab_with(10);
    lab.store().append_audit(&nth(11)).unwrap();
    let _ = lab.checkpoint_audit().unwrap();
    let mut records = Vec::new();
    lab.store().visit_audit(&mut |r| records.push(r)).unwrap();
    let conn = Connection::open(lab.dir().join(LAB_DB)).unwrap();
    drop_triggers(&conn);
    let mut prev = records[3].hash;
    for record in &mut records[4..] {
        if record.seq == 5 {
            record.entry.outcome = AuditOutcome::Denied;
        }
        record.hash = chain_hash(&prev, record.seq, &record.entry);
        prev = record.hash;
        conn.execute(
            "UPDATE audit_log SET outcome = ?2, hash = ?3 WHERE seq = ?1",
            params![record.seq, record.entry.outcome.as_str(), record.hash.as_slice()],
        )
        .unwrap();
    }
    let report = lab.verify_audit().unwrap();
    assert_eq!(report.problem, Some(ChainProblem::CheckpointMismatch { seq: 11 }));
}

#[test]
fn a_value_that_does_not_decode_is_an_error_naming_its_record() {
    let (_tmp, lab) = lab_with(4);
    tamper(&lab, "PRAGMA ignore_check_constraints = ON; UPDATE audit_log SET outcome = 'maybe' WHERE seq = 3");
    let err = lab.verify_audit().unwrap_err();
    assert!(matches!(&err, StoreError::BadRow { table: "audit_log", column: "outcome", row: 3, .. }), "{err}");
    assert!(err.to_string().contains("'maybe'"), "{err}");

    let (_tmp, lab) = lab_with(4);
    tamper(&lab, "PRAGMA ignore_check_constraints = ON; UPDATE audit_log SET hash = zeroblob(31) WHERE seq = 4");
    let err = lab.store().audit_records(&AuditQuery::default()).unwrap_err();
    assert!(matches!(&err, StoreError::BadRow { table: "audit_log", column: "hash", row: 4, .. }), "{err}");
    // The head is read for every append: it refuses too, rather than chain
    // from a hash it cannot read.
    let err = lab.store().append_audit(&nth(5)).unwrap_err();
    assert!(matches!(&err, StoreError::BadRow { column: "hash", row: 4, .. }), "{err}");
}
