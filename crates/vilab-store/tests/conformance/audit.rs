//! The audit log through the `Store` trait: appends and queries, one chain
//! from many appenders, and signed checkpoints (signed and verified by
//! `vilab_store::audit_chain`, as the lab does).

use vilab_core::audit::{AuditEntry, AuditOutcome, AuditRecord, ChainReport};
use vilab_store::audit_chain;
use vilab_store::{AuditQuery, Store};

use super::{Factory, StoreUnderTest};

/// An entry by `actor` doing `action` on `resource`, in `case_id`.
pub fn entry(actor: &str, action: &str, resource: &str, case_id: Option<i64>, at: i64) -> AuditEntry {
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
pub fn nth(n: i64) -> AuditEntry {
    entry("admin", "media.view", &format!("m{n}"), Some(1), 1_700_000_000 + n)
}

fn seqs(records: &[AuditRecord]) -> Vec<u64> {
    records.iter().map(|r| r.seq).collect()
}

/// Signs the head as the lab does.
fn checkpoint(lab: &dyn StoreUnderTest) -> Option<vilab_core::audit::AuditCheckpoint> {
    audit_chain::checkpoint(lab.store(), lab.identity()).unwrap()
}

/// Verifies the chain as the lab does.
fn verify(lab: &dyn StoreUnderTest) -> ChainReport {
    audit_chain::verify(lab.store()).unwrap()
}

pub fn appended_records_read_back_through_each_filter(make: Factory) {
    let lab = make();
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
    let report = verify(lab.as_ref());
    assert!(report.is_intact(), "{report:?}");
    assert_eq!((report.records, report.last_signed, report.unsigned_tail), (6, None, 6));
}

pub fn entries_that_cannot_be_recorded_are_refused(make: Factory) {
    let lab = make();
    for details in ["", "[]", "{\"a\":", "\"{}\"", "{} {}"] {
        let err = lab.store().append_audit(&AuditEntry { details: details.into(), ..nth(1) }).unwrap_err();
        assert!(err.to_string().contains("details"), "{details}: {err}");
    }
    let err = lab.store().append_audit(&AuditEntry { action: String::new(), ..nth(1) }).unwrap_err();
    assert!(err.to_string().contains("action"), "{err}");
    assert_eq!(lab.store().audit_head().unwrap(), None);
    lab.store().append_audit(&AuditEntry { details: " {\"a\": [1, 2]} ".into(), ..nth(1) }).unwrap();
}

pub fn the_chain_continues_across_a_reopen(make: Factory) {
    let lab = make();
    for i in 1..=3 {
        lab.store().append_audit(&nth(i)).unwrap();
    }
    assert_eq!(checkpoint(lab.as_ref()).map(|cp| cp.seq), Some(3));
    let lab = lab.reopen();
    let record = lab.store().append_audit(&nth(4)).unwrap();
    assert_eq!(record.seq, 4);
    let report = verify(lab.as_ref());
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(
        (report.records, report.head, report.last_signed, report.unsigned_tail),
        (4, Some((4, record.hash)), Some(3), 1)
    );
}

pub fn checkpoints_sign_the_head_once(make: Factory) {
    let lab = make();
    let store = lab.store();
    assert_eq!(checkpoint(lab.as_ref()), None);
    store.append_audit(&nth(1)).unwrap();
    store.append_audit(&nth(2)).unwrap();
    let cp = checkpoint(lab.as_ref()).unwrap();
    assert_eq!((cp.seq, Some((cp.seq, cp.hash))), (2, store.audit_head().unwrap()));
    assert_eq!(checkpoint(lab.as_ref()), None);
    assert_eq!(store.last_audit_checkpoint().unwrap(), Some(cp.clone()));
    // Storing the same checkpoint again changes nothing.
    store.add_audit_checkpoint(&cp).unwrap();
    assert_eq!(store.audit_checkpoints().unwrap(), std::slice::from_ref(&cp));
    // Another signature, a hash that is not the record's, or a record that
    // does not exist, is refused.
    let mut other = cp.clone();
    other.signature[0] ^= 1;
    let err = store.add_audit_checkpoint(&other).unwrap_err();
    assert!(err.to_string().contains("signature"), "{err}");
    let mut other = cp.clone();
    other.hash[0] ^= 1;
    let err = store.add_audit_checkpoint(&other).unwrap_err();
    assert!(err.to_string().contains("hash"), "{err}");
    let err = store.add_audit_checkpoint(&vilab_core::audit::AuditCheckpoint { seq: 9, ..cp }).unwrap_err();
    assert!(err.to_string().contains("no audit record 9"), "{err}");

    store.append_audit(&nth(3)).unwrap();
    assert_eq!(checkpoint(lab.as_ref()).map(|cp| cp.seq), Some(3));
    let report = verify(lab.as_ref());
    assert_eq!((report.problem, report.last_signed, report.unsigned_tail), (None, Some(3), 0));
}

/// Appends `count` records through `store`, each by `actor`.
pub fn append_many(store: &dyn Store, actor: &str, count: i64) {
    for i in 0..count {
        store.append_audit(&entry(actor, "media.view", &i.to_string(), None, i)).unwrap();
    }
}

/// Every record is one of `count` per actor, and the chain is whole.
pub fn assert_one_chain(store: &dyn Store, actors: &[&str], count: u64) {
    let report = audit_chain::verify(store).unwrap();
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.records, actors.len() as u64 * count);
    for actor in actors {
        let q = AuditQuery { actor: Some((*actor).into()), limit: u32::MAX, ..Default::default() };
        assert_eq!(store.audit_records(&q).unwrap().len() as u64, count, "{actor}");
    }
}

/// Two threads share the lab's store; two more handles opened beside it
/// have their own connections, as other processes do.
pub fn threads_and_handles_appending_at_once_make_one_chain(make: Factory) {
    let lab = make();
    let other_a = lab.open_beside();
    let other_b = lab.open_beside();
    let (shared, a, b) = (lab.store(), other_a.store(), other_b.store());
    std::thread::scope(|s| {
        s.spawn(|| append_many(shared, "t1", 150));
        s.spawn(|| append_many(shared, "t2", 150));
        s.spawn(|| append_many(a, "c1", 150));
        s.spawn(|| append_many(b, "c2", 150));
    });
    assert_one_chain(lab.store(), &["t1", "t2", "c1", "c2"], 150);
}
