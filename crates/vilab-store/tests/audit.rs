//! The audit log: appends and queries through the `Store` trait, one chain
//! from many appenders, signed checkpoints, and tampering done directly in
//! `lab.db` as an attacker with write access to the file would.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::new_lab;
use rusqlite::{Connection, params};
use vilab_core::audit::{AuditEntry, AuditOutcome, AuditRecord, ChainProblem, chain_hash};
use vilab_store::{AuditQuery, LAB_DB, Lab, SqliteStore, Store, StoreError};

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

fn seqs(records: &[AuditRecord]) -> Vec<u64> {
    records.iter().map(|r| r.seq).collect()
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

#[test]
fn appended_records_read_back_through_each_filter() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let store = lab.store();
    assert_eq!(store.audit_head().unwrap(), None);
    let entries = [
        entry("admin", "account.create", "alice", None, 100),
        entry("Alice", "media.view", "ab12", Some(1), 200),
        entry("alice", "media.export", "ab12", Some(1), 300),
        entry("bob", "media.view", "cd34", Some(2), 400),
        entry("bob", "mediafile.view", "x", Some(2), 500),
        entry("", "lab.open", "", None, 600),
    ];
    let mut appended = Vec::new();
    for e in &entries {
        appended.push(store.append_audit(e).unwrap());
    }
    assert_eq!(seqs(&appended), [1, 2, 3, 4, 5, 6]);
    assert_eq!(store.audit_head().unwrap(), Some((6, appended[5].hash)));

    let all = store.audit_records(&AuditQuery::default()).unwrap();
    assert_eq!(all, appended);
    let query = |q: AuditQuery| seqs(&store.audit_records(&q).unwrap());
    // User names ignore ASCII case, as accounts do.
    assert_eq!(query(AuditQuery { actor: Some("ALICE".into()), ..Default::default() }), [2, 3]);
    assert_eq!(query(AuditQuery { action: Some("media.view".into()), ..Default::default() }), [2, 4]);
    // A prefix ends in '.', and does not take "mediafile.".
    assert_eq!(query(AuditQuery { action: Some("media.".into()), ..Default::default() }), [2, 3, 4]);
    assert_eq!(query(AuditQuery { action: Some("media".into()), ..Default::default() }), Vec::<u64>::new());
    assert_eq!(query(AuditQuery { case_id: Some(2), ..Default::default() }), [4, 5]);
    assert_eq!(query(AuditQuery { since: Some(400), ..Default::default() }), [4, 5, 6]);
    assert_eq!(query(AuditQuery { after_seq: Some(4), ..Default::default() }), [5, 6]);
    assert_eq!(query(AuditQuery { limit: 2, after_seq: Some(1), ..Default::default() }), [2, 3]);
    assert_eq!(
        query(AuditQuery {
            actor: Some("bob".into()),
            action: Some("media.".into()),
            case_id: Some(2),
            since: Some(1),
            ..Default::default()
        }),
        [4]
    );

    let mut visited = Vec::new();
    store.visit_audit(&mut |r| visited.push(r)).unwrap();
    assert_eq!(visited, appended);
    let report = lab.verify_audit().unwrap();
    assert!(report.is_intact(), "{report:?}");
    assert_eq!((report.records, report.last_signed, report.unsigned_tail), (6, None, 6));
}

#[test]
fn entries_that_cannot_be_recorded_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    for details in ["", "[]", "{\"a\":", "\"{}\"", "{} {}"] {
        let err = lab.store().append_audit(&AuditEntry { details: details.into(), ..nth(1) }).unwrap_err();
        assert!(err.to_string().contains("details"), "{details}: {err}");
    }
    let err = lab.store().append_audit(&AuditEntry { action: String::new(), ..nth(1) }).unwrap_err();
    assert!(err.to_string().contains("action"), "{err}");
    assert_eq!(lab.store().audit_head().unwrap(), None);
    lab.store().append_audit(&AuditEntry { details: " {\"a\": [1, 2]} ".into(), ..nth(1) }).unwrap();
}

#[test]
fn the_chain_continues_across_a_reopen() {
    let (_tmp, lab) = lab_with(3);
    let dir = lab.dir().to_path_buf();
    assert_eq!(lab.checkpoint_audit().unwrap().map(|cp| cp.seq), Some(3));
    drop(lab);
    let lab = Lab::open(&dir).unwrap();
    let record = lab.store().append_audit(&nth(4)).unwrap();
    assert_eq!(record.seq, 4);
    let report = lab.verify_audit().unwrap();
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(
        (report.records, report.head, report.last_signed, report.unsigned_tail),
        (4, Some((4, record.hash)), Some(3), 1)
    );
}

#[test]
fn checkpoints_sign_the_head_once() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    assert_eq!(lab.checkpoint_audit().unwrap(), None);
    lab.store().append_audit(&nth(1)).unwrap();
    lab.store().append_audit(&nth(2)).unwrap();
    let cp = lab.checkpoint_audit().unwrap().unwrap();
    assert_eq!((cp.seq, Some((cp.seq, cp.hash))), (2, lab.store().audit_head().unwrap()));
    assert_eq!(lab.checkpoint_audit().unwrap(), None);
    assert_eq!(lab.store().last_audit_checkpoint().unwrap(), Some(cp.clone()));
    // Storing the same checkpoint again changes nothing.
    lab.store().add_audit_checkpoint(&cp).unwrap();
    assert_eq!(lab.store().audit_checkpoints().unwrap(), std::slice::from_ref(&cp));
    // Another signature, a hash that is not the record's, or a record that
    // does not exist, is refused.
    let mut other = cp.clone();
    other.signature[0] ^= 1;
    let err = lab.store().add_audit_checkpoint(&other).unwrap_err();
    assert!(err.to_string().contains("signature"), "{err}");
    let mut other = cp.clone();
    other.hash[0] ^= 1;
    let err = lab.store().add_audit_checkpoint(&other).unwrap_err();
    assert!(err.to_string().contains("hash"), "{err}");
    let err = lab.store().add_audit_checkpoint(&vilab_core::audit::AuditCheckpoint { seq: 9, ..cp }).unwrap_err();
    assert!(err.to_string().contains("no audit record 9"), "{err}");

    lab.store().append_audit(&nth(3)).unwrap();
    assert_eq!(lab.checkpoint_audit().unwrap().map(|cp| cp.seq), Some(3));
    let report = lab.verify_audit().unwrap();
    assert_eq!((report.problem, report.last_signed, report.unsigned_tail), (None, Some(3), 0));
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

#[test]
fn threads_and_connections_appending_at_once_make_one_chain() {
    let (_tmp, lab) = lab_with(0);
    let db = lab.dir().join(LAB_DB);
    // Two threads on the lab's store share its writer; two more stores on
    // the same file have connections of their own, as other processes do.
    let other_a = SqliteStore::open(&db).unwrap();
    let other_b = SqliteStore::open(&db).unwrap();
    std::thread::scope(|s| {
        s.spawn(|| append_many(lab.store(), "t1", 150));
        s.spawn(|| append_many(lab.store(), "t2", 150));
        s.spawn(|| append_many(&other_a, "c1", 150));
        s.spawn(|| append_many(&other_b, "c2", 150));
    });
    assert_one_chain(&lab, &["t1", "t2", "c1", "c2"], 150);
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
