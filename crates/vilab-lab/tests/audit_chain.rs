//! `audit verify` through the application layer: an intact chain after a
//! day's work, then each kind of tampering made directly in SQLite (the
//! append-only triggers dropped first, as an attacker would) is found and
//! its first bad record named.

mod common;

use common::{ADMIN, Fixture, MEMBER_CASE, user_of};
use vilab_lab::ops::audit::AuditFilter;
use vilab_lab::{Code, Role};

fn tampered(fx: &Fixture, sql: &str) -> rusqlite::Connection {
    let db = rusqlite::Connection::open(fx.tmp.path().join("lab").join("lab.db")).unwrap();
    common::unlock_db(&db, &fx.tmp.path().join("lab"));
    for trigger in [
        "audit_log_append_only_update",
        "audit_log_append_only_delete",
        "audit_log_append_only_insert",
        "audit_checkpoints_append_only_update",
        "audit_checkpoints_append_only_delete",
    ] {
        db.execute_batch(&format!("DROP TRIGGER IF EXISTS {trigger}")).unwrap();
    }
    db.execute_batch(sql).unwrap();
    db
}

/// A fixture whose chain is signed up to its end, and the number of records.
fn worked_lab() -> (Fixture, u64) {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    analyst.triage(MEMBER_CASE).unwrap();
    analyst.list_media(MEMBER_CASE, 10, 0).unwrap();
    drop(analyst);
    // The end of a command signs the chain's head.
    fx.lab.checkpoint().unwrap();
    let n = fx.db().query_row("SELECT max(seq) FROM audit_log", [], |r| r.get::<_, i64>(0)).unwrap() as u64;
    (fx, n)
}

fn verdict(fx: &Fixture) -> vilab_lab::ops::audit::AuditVerdict {
    // A checkpoint at the end of the last command: sign what is there now.
    let auditor = fx.session(&user_of(Role::Auditor));
    auditor.audit_verify().unwrap()
}

#[test]
fn an_untouched_chain_verifies_and_lists_by_user_action_and_case() {
    let (fx, n) = worked_lab();
    let v = verdict(&fx);
    assert!(v.intact, "{v:?}");
    assert!(v.records > n);
    let auditor = fx.session(&user_of(Role::Auditor));
    let by_user =
        auditor.audit_list(&AuditFilter { user: Some(user_of(Role::Analyst)), ..AuditFilter::default() }).unwrap();
    assert!(by_user.records.iter().any(|r| r.action == "triage.view"));
    assert!(by_user.records.iter().all(|r| r.actor == user_of(Role::Analyst)));
    let by_action =
        auditor.audit_list(&AuditFilter { action: Some("media.".into()), ..AuditFilter::default() }).unwrap();
    assert!(!by_action.records.is_empty() && by_action.records.iter().all(|r| r.action.starts_with("media.")));
    let by_case =
        auditor.audit_list(&AuditFilter { case: Some(MEMBER_CASE.into()), ..AuditFilter::default() }).unwrap();
    assert!(by_case.records.iter().all(|r| r.case.as_deref() == Some(MEMBER_CASE)));
    assert!(by_case.records.iter().any(|r| r.action == "ingest.start"));
}

#[test]
fn an_edited_record_is_named() {
    let (fx, _) = worked_lab();
    drop(tampered(&fx, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 5"));
    let v = verdict(&fx);
    assert!(!v.intact);
    assert_eq!(v.first_bad_seq, Some(5), "{v:?}");
}

#[test]
fn a_removed_record_is_named() {
    let (fx, _) = worked_lab();
    drop(tampered(&fx, "DELETE FROM audit_log WHERE seq = 7"));
    assert_eq!(verdict(&fx).first_bad_seq, Some(7));
}

#[test]
fn an_inserted_record_is_named() {
    let (fx, _) = worked_lab();
    // Shift every record from 6 on, then put a forged one at 6.
    drop(tampered(
        &fx,
        "UPDATE audit_log SET seq = seq + 1000000 WHERE seq >= 6;
         UPDATE audit_log SET seq = seq - 1000000 + 1 WHERE seq >= 1000000;
         INSERT INTO audit_log (seq, at, actor_id, actor, source, action, resource_kind, resource, case_id, outcome, details, hash)
           SELECT 6, at, actor_id, actor, source, 'case.view', resource_kind, resource, case_id, outcome, details, hash
           FROM audit_log WHERE seq = 5;",
    ));
    assert_eq!(verdict(&fx).first_bad_seq, Some(6));
}

#[test]
fn reordered_records_are_named() {
    let (fx, _) = worked_lab();
    drop(tampered(
        &fx,
        "UPDATE audit_log SET seq = 999999 WHERE seq = 4;
         UPDATE audit_log SET seq = 4 WHERE seq = 8;
         UPDATE audit_log SET seq = 8 WHERE seq = 999999;",
    ));
    assert_eq!(verdict(&fx).first_bad_seq, Some(4));
}

#[test]
fn a_cut_off_end_is_found() {
    let (fx, n) = worked_lab();
    // The end of the last command signed record n; take the last three away.
    drop(tampered(&fx, &format!("DELETE FROM audit_log WHERE seq > {}", n - 3)));
    let v = verdict(&fx);
    assert!(!v.intact);
    // The auditor's own log-in is appended after the cut, before the check.
    assert!(
        matches!(v.problem, Some(vilab_core::audit::ChainProblem::CutOff { checkpoint_seq, .. }) if checkpoint_seq == n)
    );
    assert!((n - 2..=n).contains(&v.first_bad_seq.unwrap()), "{v:?}");
}

#[test]
fn only_administrators_and_auditors_may_read_or_verify_the_log() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    assert_eq!(analyst.audit_verify().unwrap_err().code(), Code::PermissionDenied);
    fx.session(ADMIN).audit_verify().unwrap();
}
