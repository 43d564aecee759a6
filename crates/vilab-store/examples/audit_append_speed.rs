//! Appends N audit records (default 100,000) to a fresh lab in a temporary
//! directory, one `append_audit` (one transaction) each, and prints
//! records/s; then checkpoints and verifies the chain and prints that too:
//! `cargo run --release -p vilab-store --example audit_append_speed -- [N]`

use std::time::Instant;

use vilab_core::audit::{AuditEntry, AuditOutcome};
use vilab_store::{Lab, NewAccount, Role};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: u64 = match std::env::args().nth(1) {
        Some(arg) => arg.parse()?,
        None => 100_000,
    };
    let tmp = tempfile::tempdir()?;
    let admin = NewAccount { username: "admin".into(), password: "correct horse battery".into(), role: Role::Admin };
    let (lab, _) = Lab::init(&tmp.path().join("lab"), &admin)?;
    let store = lab.store();

    let started = Instant::now();
    for i in 0..n {
        // A typical record: a media item viewed in a case, by an account.
        let entry = AuditEntry {
            at: 1_700_000_000 + i as i64,
            actor_id: Some(1 + (i % 7) as i64),
            actor: format!("analyst{}", i % 7),
            source: "cli uid=1000".into(),
            action: if i % 10 == 0 { "media.export".into() } else { "media.view".into() },
            resource_kind: "media".into(),
            resource: format!("{:064x}", u128::from(i).wrapping_mul(0x9e37_79b9_7f4a_7c15)),
            case_id: Some(1 + (i % 3) as i64),
            outcome: AuditOutcome::Allowed,
            details: format!("{{\"case\":\"OP-{}\",\"size\":{}}}", i % 3, 1000 + i),
        };
        store.append_audit(&entry)?;
    }
    let append = started.elapsed().as_secs_f64();
    println!("appended {n} records in {append:.2} s: {:.0} records/s", n as f64 / append);

    let started = Instant::now();
    lab.checkpoint_audit()?;
    let report = lab.verify_audit()?;
    let verify = started.elapsed().as_secs_f64();
    println!(
        "checkpointed and verified {} records in {verify:.2} s: {:.0} records/s, intact: {}",
        report.records,
        report.records as f64 / verify,
        report.is_intact()
    );
    let db = tmp.path().join("lab").join(vilab_store::LAB_DB);
    let wal = tmp.path().join("lab").join(format!("{}-wal", vilab_store::LAB_DB));
    let size = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    println!("lab.db + WAL: {:.1} MB", (size(&db) + size(&wal)) as f64 / 1e6);
    Ok(())
}
