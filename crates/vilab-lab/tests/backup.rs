//! Backups through the application layer: a backup restored into a new
//! lab holds every item, hash set, account and audit record, verifies
//! clean and its chain verifies; a backup taken while another handle
//! writes restores consistent; a flipped byte anywhere is refused, as are
//! a wrong passphrase, an existing target, a plain lab and a role that may
//! not back up; a refused restore leaves nothing behind.

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use common::{ADMIN, Fixture, MEMBER_CASE, OTHER_CASE, PASSPHRASE, PASSWORD, SETUP, SOURCE, user_of};
use vilab_lab::ops::audit::AuditFilter;
use vilab_lab::{Code, Lab, Restorer, Role, SecretString, Unlock};

fn unlock() -> Unlock {
    Unlock::Passphrase(SecretString::from(PASSPHRASE))
}

fn admin() -> Restorer<'static> {
    Restorer { username: ADMIN, password: PASSWORD, source: SOURCE }
}

fn no_stop() -> AtomicBool {
    AtomicBool::new(false)
}

/// Names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    out.sort();
    out
}

/// Backs the fixture's lab up into `name` beside it.
fn back_up(fx: &Fixture, name: &str) -> PathBuf {
    let out = fx.tmp.path().join(name);
    fx.session(ADMIN).backup_lab(&out, &no_stop(), &mut |_| {}).unwrap();
    out
}

/// Every SHA-256 of a case's items, sorted.
fn items(lab: &Lab, case: &str) -> Vec<String> {
    let s = lab.authenticate(SETUP, PASSWORD, SOURCE).unwrap();
    let mut out: Vec<String> = s.list_media(case, 1000, 0).unwrap().items.iter().map(|i| i.sha256.to_hex()).collect();
    out.sort();
    out
}

#[test]
fn a_backup_restores_into_a_new_lab_that_holds_everything_and_checks_out() {
    let fx = Fixture::new();
    fx.import_hashset(&fx.session(SETUP), "known-before-backup");
    let out = fx.tmp.path().join("lab.backup");
    let mut seen = Vec::new();
    let done = fx.session(ADMIN).backup_lab(&out, &no_stop(), &mut |p| seen.push(p)).unwrap();
    assert!(done.blobs >= 4, "two pictures and their thumbnails: {done:?}");
    assert_eq!(seen.last().map(|p| (p.blobs, p.total)), Some((done.blobs, done.blobs)));
    assert_eq!(std::fs::metadata(&out).unwrap().len(), done.archive_bytes);
    assert!(!names(fx.tmp.path()).iter().any(|n| n.contains(".partial") || n.contains(".snapshot")));
    let backup_record = fx.session(ADMIN).audit_list(&AuditFilter::default()).unwrap();
    let backed = backup_record.records.iter().rev().find(|r| r.action == "lab.backup").unwrap();
    assert_eq!((backed.actor.as_str(), backed.outcome.as_str()), (ADMIN, "allowed"));
    assert_eq!(backed.details["blobs"], done.blobs);

    let target = fx.tmp.path().join("restored");
    let restored = Lab::restore(&out, &target, &unlock(), admin(), &no_stop(), &mut |_| {}).unwrap();
    assert_eq!(restored.blobs, done.blobs);
    assert_eq!(restored.restored_by, ADMIN);
    assert!(!names(fx.tmp.path()).iter().any(|n| n.contains("restoring")), "{:?}", names(fx.tmp.path()));

    let lab = Lab::open_unlocked(&target, &unlock()).unwrap();
    assert!(lab.encrypted());
    assert_eq!(lab.lab_id().unwrap(), fx.lab.lab_id().unwrap(), "the restored lab is the same lab");
    for case in [MEMBER_CASE, OTHER_CASE] {
        assert_eq!(items(&lab, case), items(&fx.lab, case), "{case}");
        assert!(!items(&lab, case).is_empty());
    }
    let s = lab.authenticate(ADMIN, PASSWORD, SOURCE).unwrap();
    let users = |s: &vilab_lab::Session<'_>| {
        let mut u: Vec<String> = s.list_users().unwrap().accounts.iter().map(|a| a.username.clone()).collect();
        u.sort();
        u
    };
    assert_eq!(users(&s), users(&fx.session(ADMIN)));
    let analyst = lab.authenticate(SETUP, PASSWORD, SOURCE).unwrap();
    let sets: Vec<String> = analyst.list_hashsets().unwrap().hashsets.iter().map(|h| h.name.clone()).collect();
    assert_eq!(sets, vec!["known-before-backup".to_string()]);
    // The original's records up to the backup are there, in order; then the restore.
    let records = s.audit_list(&AuditFilter { limit: Some(100_000), ..Default::default() }).unwrap().records;
    let original = fx.session(ADMIN).audit_list(&AuditFilter { limit: Some(100_000), ..Default::default() }).unwrap();
    let original_hashes: Vec<&str> = original.records.iter().map(|r| r.hash.as_str()).collect();
    let restored_hashes: Vec<&str> = records.iter().map(|r| r.hash.as_str()).collect();
    let restore_at = records.iter().position(|r| r.action == "lab.restore").expect("the restore is recorded");
    // The snapshot holds the chain up to the backup's own record (written
    // when the backup ended); the restorer's log-in comes after it.
    let snapshot = original.records.iter().position(|r| r.action == "lab.backup").unwrap();
    assert!(restore_at > snapshot);
    assert_eq!(&restored_hashes[..snapshot], &original_hashes[..snapshot]);
    assert_ne!(restored_hashes[snapshot], original_hashes[snapshot]);
    assert_eq!(records[restore_at].actor, ADMIN);
    assert_eq!(records[restore_at].details["verified"], true);
    assert!(s.audit_verify().unwrap().intact);
    let verdict = s.verify_lab(&no_stop(), &mut |_| {}).unwrap();
    assert!(verdict.clean, "{:?}", verdict.report);
    assert_eq!(verdict.report.blobs.checked, done.blobs);

    // An existing lab is not overwritten.
    let again = Lab::restore(&out, &target, &unlock(), admin(), &no_stop(), &mut |_| {});
    assert_eq!(again.unwrap_err().code(), Code::LabExists);
}

#[test]
fn a_backup_taken_while_another_handle_writes_restores_consistent() {
    let fx = Fixture::new();
    let dir = fx.lab.dir().to_path_buf();
    let writing = AtomicBool::new(true);
    let out = fx.tmp.path().join("busy.backup");
    let written = std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            // Another handle on the lab, as another process would have.
            let other = Lab::open_unlocked(&dir, &unlock()).unwrap();
            let s = other.authenticate(SETUP, PASSWORD, SOURCE).unwrap();
            let mut n = 0u64;
            while writing.load(Ordering::Relaxed) || n < 3 {
                let case = format!("BUSY-{n}");
                s.create_case(&case).unwrap();
                let folder = fx.tmp.path().join(format!("busy-{n}"));
                common::picture_folder(&folder, 100 + n);
                fx.ingest(&s, &case, "e", &folder);
                n += 1;
            }
            n
        });
        let admin = fx.session(ADMIN);
        // Back up while the writer runs (at least one of its cases first).
        while admin.list_cases().unwrap().cases.len() < 3 {
            std::thread::yield_now();
        }
        let done = admin.backup_lab(&out, &no_stop(), &mut |_| {});
        writing.store(false, Ordering::Relaxed);
        let n = writer.join().unwrap();
        done.unwrap();
        n
    });
    let target = fx.tmp.path().join("restored");
    // The restore itself checks every blob the snapshot refers to.
    Lab::restore(&out, &target, &unlock(), admin(), &no_stop(), &mut |_| {}).unwrap();
    let lab = Lab::open_unlocked(&target, &unlock()).unwrap();
    let s = lab.authenticate(ADMIN, PASSWORD, SOURCE).unwrap();
    let cases = s.list_cases().unwrap().cases.len();
    assert!(cases >= 3 && cases < 2 + written as usize + 1, "{cases} cases of {} written", written);
    assert!(s.verify_lab(&no_stop(), &mut |_| {}).unwrap().clean);
    assert!(s.audit_verify().unwrap().intact);
}

#[test]
fn a_flipped_byte_anywhere_in_the_archive_is_refused_and_leaves_nothing() {
    let fx = Fixture::new();
    let out = back_up(&fx, "lab.backup");
    let bytes = std::fs::read(&out).unwrap();
    // The magic, the version, the recovery slot's tag (not the slot that
    // unlocks: the binding of the stream covers it), the stream's header,
    // a chunk in the middle, the last byte; then a cut and an extension.
    let recovery_slot_tag = 16 + 48 + 2 * 120 - 1;
    let stream = 16 + 48 + 2 * 120;
    let mut damaged: Vec<(String, Vec<u8>)> = Vec::new();
    for at in [0, 9, recovery_slot_tag, stream + 20, stream + 100, bytes.len() / 2, bytes.len() - 1] {
        let mut b = bytes.clone();
        b[at] ^= 0x01;
        damaged.push((format!("byte {at} flipped"), b));
    }
    damaged.push(("cut by one chunk".into(), bytes[..bytes.len() - 65_536].to_vec()));
    damaged.push(("cut by one byte".into(), bytes[..bytes.len() - 1].to_vec()));
    let mut longer = bytes.clone();
    longer.extend_from_slice(&[0u8; 100]);
    damaged.push(("extended".into(), longer));
    for (what, b) in damaged {
        let file = fx.tmp.path().join("damaged.backup");
        std::fs::write(&file, &b).unwrap();
        let target = fx.tmp.path().join("restored");
        let err = Lab::restore(&file, &target, &unlock(), admin(), &no_stop(), &mut |_| {}).unwrap_err();
        assert_eq!(err.code(), Code::BackupInvalid, "{what}: {err}");
        assert!(!target.exists(), "{what}");
        assert!(!names(fx.tmp.path()).iter().any(|n| n.contains("restoring")), "{what}");
    }
    // The intact archive restores.
    Lab::restore(&out, &fx.tmp.path().join("restored"), &unlock(), admin(), &no_stop(), &mut |_| {}).unwrap();
}

#[test]
fn a_wrong_passphrase_an_existing_target_or_a_non_administrator_is_refused() {
    let fx = Fixture::new();
    let out = back_up(&fx, "lab.backup");
    let target = fx.tmp.path().join("restored");
    let wrong = Unlock::Passphrase(SecretString::from("not the passphrase"));
    let err = Lab::restore(&out, &target, &wrong, admin(), &no_stop(), &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), Code::WrongPassphrase);
    assert!(!target.exists());

    // A folder with anything in it is not restored into.
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("notes.txt"), b"mine").unwrap();
    let err = Lab::restore(&out, &target, &unlock(), admin(), &no_stop(), &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), Code::LabDirNotEmpty);
    assert_eq!(names(&target), vec!["notes.txt".to_string()]);
    std::fs::remove_file(target.join("notes.txt")).unwrap();

    // An analyst of the lab may not restore it (nor back it up).
    let analyst = user_of(Role::Analyst);
    let who = Restorer { username: &analyst, password: PASSWORD, source: SOURCE };
    let err = Lab::restore(&out, &target, &unlock(), who, &no_stop(), &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), Code::PermissionDenied);
    let who = Restorer { username: ADMIN, password: "wrong password", source: SOURCE };
    let err = Lab::restore(&out, &target, &unlock(), who, &no_stop(), &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), Code::LoginFailed);
    assert!(names(&target).is_empty(), "a refused restore leaves the empty folder empty");
    assert!(!names(fx.tmp.path()).iter().any(|n| n.contains("restoring")));
    let err = fx.session(&analyst).backup_lab(&fx.tmp.path().join("x.backup"), &no_stop(), &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), Code::PermissionDenied);

    // An empty folder is fine; an existing archive is not overwritten.
    Lab::restore(&out, &target, &unlock(), admin(), &no_stop(), &mut |_| {}).unwrap();
    let err = fx.session(ADMIN).backup_lab(&out, &no_stop(), &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), Code::FileExists);
}

#[test]
fn a_stopped_backup_leaves_no_file_and_a_plain_lab_is_refused() {
    let fx = Fixture::new();
    let out = fx.tmp.path().join("stopped.backup");
    let err = fx.session(ADMIN).backup_lab(&out, &AtomicBool::new(true), &mut |_| {}).unwrap_err();
    assert_eq!(err.code(), Code::Interrupted);
    assert!(!names(fx.tmp.path()).iter().any(|n| n.starts_with("stopped.backup")), "{:?}", names(fx.tmp.path()));

    let dir = fx.tmp.path().join("plain");
    let account = vilab_lab::NewAccount { username: ADMIN.into(), password: PASSWORD.into(), role: Role::Admin };
    let (plain, _) = Lab::init(&dir, &account, SOURCE).unwrap();
    let err = plain.authenticate(ADMIN, PASSWORD, SOURCE).unwrap().backup_lab(&out, &no_stop(), &mut |_| {});
    assert_eq!(err.unwrap_err().code(), Code::BackupNeedsEncryption);
    assert!(!out.exists());
}
