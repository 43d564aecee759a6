//! The SQLite lab on disk: creating and opening lab directories, the lab
//! identity and its key file, the schema version, file modes, and the
//! temporary files of dead writers. (What its store keeps is tested through
//! the trait in `tests/conformance`.)

mod common;

use std::fs;

use common::{admin, new_lab};
use vilab_store::{IDENTITY_FILE, LAB_DB, Lab, LabIdentity, NewAccount, Role, StoreError};

#[test]
fn init_then_open_gives_the_same_lab() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("lab");
    let (lab, info) = Lab::init(&dir, &admin()).unwrap();
    assert_eq!(info.lab_id.len(), 32);
    assert_eq!(info.schema_version, vilab_store::sqlite::migrations::SCHEMA_VERSION);
    assert_eq!(info.public_key_hex, lab.identity().public_key_hex());
    assert!(dir.join("evidence").is_dir());
    assert!(dir.join(LAB_DB).is_file());
    drop(lab);

    let lab = Lab::open(&dir).unwrap();
    assert_eq!(lab.info().unwrap(), info);
    let accounts = lab.store().list_accounts().unwrap();
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0].username, "admin");
    assert_eq!(accounts[0].role, Role::Admin);
}

#[cfg(unix)]
#[test]
fn secret_key_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let mode = fs::metadata(lab.dir().join(IDENTITY_FILE)).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(fs::metadata(lab.dir().join(IDENTITY_FILE)).unwrap().len(), 32);
}

#[test]
fn init_refuses_an_existing_lab_and_a_non_empty_dir() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let err = Lab::init(lab.dir(), &admin()).unwrap_err();
    assert!(matches!(err, StoreError::LabExists { .. }), "{err}");
    assert!(err.to_string().contains("already exists"), "{err}");

    let other = tmp.path().join("other");
    fs::create_dir(&other).unwrap();
    fs::write(other.join("notes.txt"), b"x").unwrap();
    let err = Lab::init(&other, &admin()).unwrap_err();
    assert!(matches!(err, StoreError::DirNotEmpty { .. }), "{err}");
    assert!(err.to_string().contains(&other.display().to_string()), "{err}");

    // An existing empty directory is fine.
    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    Lab::init(&empty, &admin()).unwrap();
}

#[test]
fn init_with_a_weak_password_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("lab");
    let weak = NewAccount { password: "short".into(), ..admin() };
    let err = Lab::init(&dir, &weak).unwrap_err();
    assert!(err.to_string().contains("at least 8 characters"), "{err}");
    assert!(!dir.exists());
}

#[test]
fn open_names_what_is_missing() {
    let tmp = tempfile::tempdir().unwrap();
    let err = Lab::open(tmp.path()).unwrap_err();
    let expected = format!("not a vilab lab: {} missing", tmp.path().join(LAB_DB).display());
    assert_eq!(err.to_string(), expected);

    let err = Lab::open(&tmp.path().join("nowhere")).unwrap_err();
    assert!(err.to_string().contains("is not a directory"), "{err}");

    // Some other SQLite database is not a lab either.
    let dir = tmp.path().join("fake");
    fs::create_dir_all(dir.join("evidence")).unwrap();
    rusqlite::Connection::open(dir.join(LAB_DB)).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
    let err = Lab::open(&dir).unwrap_err();
    assert!(err.to_string().starts_with("not a vilab lab"), "{err}");
}

#[test]
fn open_refuses_a_key_that_does_not_match_the_database() {
    let tmp = tempfile::tempdir().unwrap();
    let a = new_lab(&tmp.path().join("a"));
    let b = new_lab(&tmp.path().join("b"));
    fs::copy(b.dir().join(IDENTITY_FILE), a.dir().join(IDENTITY_FILE)).unwrap();
    let err = Lab::open(a.dir()).unwrap_err();
    assert!(matches!(err, StoreError::Identity { .. }), "{err}");
    assert!(err.to_string().contains("does not match"), "{err}");

    fs::remove_file(a.dir().join(IDENTITY_FILE)).unwrap();
    let err = Lab::open(a.dir()).unwrap_err();
    assert!(err.to_string().contains("lab.ed25519: missing"), "{err}");
}

#[test]
fn identity_signs_and_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let id = lab.identity();
    let sig = id.sign(b"package manifest");
    assert!(LabIdentity::verify(&id.public_key(), b"package manifest", &sig));
    assert!(!LabIdentity::verify(&id.public_key(), b"package manifesT", &sig));
    // The key survives a reopen.
    let reopened = Lab::open(lab.dir()).unwrap();
    assert!(LabIdentity::verify(&reopened.identity().public_key(), b"package manifest", &sig));
    assert!(!format!("{id:?}").is_empty());
}

#[test]
fn open_refuses_a_database_from_a_newer_vilab() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_lab(tmp.path()).dir().to_path_buf();
    rusqlite::Connection::open(dir.join(LAB_DB)).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let err = Lab::open(&dir).unwrap_err();
    assert!(matches!(err, StoreError::SchemaTooNew { found: 99, .. }), "{err}");
    assert!(err.to_string().contains("schema version 99"), "{err}");
}

/// Temporary files of writers that died are removed when the lab opens and
/// reported by verify; a file a writer holds is left.
#[test]
fn stale_temporary_files_are_removed_on_open_and_reported_by_verify() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let dir = lab.dir().to_path_buf();
    drop(lab);
    let stale = dir.join("evidence/.tmp/.tmpAbC123");
    fs::write(&stale, vec![0u8; 8000]).unwrap();
    // Left beside the blobs by versions before `.tmp/`.
    fs::create_dir_all(dir.join("evidence/ab/cd")).unwrap();
    let old_style = dir.join("evidence/ab/cd/.tmpXyZ");
    fs::write(&old_style, b"partial").unwrap();
    let held = dir.join("evidence/.tmp/.tmpHeld");
    let holder = fs::File::create(&held).unwrap();
    holder.lock().unwrap();

    let lab = Lab::open(&dir).unwrap();
    assert_eq!(lab.opened().stale_temps.removed, std::slice::from_ref(&stale));
    assert_eq!(lab.opened().stale_temps.bytes, 8000);
    assert!(!stale.exists());
    assert!(held.exists(), "a writer still holds it");
    let report = lab.verify(&std::sync::atomic::AtomicBool::new(false), &mut |_| {}).unwrap();
    let mut removed = report.blobs.stale_temps.removed.clone();
    removed.sort();
    let mut wanted = vec![old_style.clone(), stale];
    wanted.sort();
    assert_eq!(removed, wanted);
    assert!(!old_style.exists());
    assert!(report.is_clean(), "stale temporary files are reported, not problems: {report:?}");
}

/// A lab's folders are 0700 and its files 0600 whatever the umask: the
/// database holds paths, GPS positions and password hashes.
#[cfg(unix)]
#[test]
fn lab_folders_and_files_are_the_owners_alone() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let case = lab.store().create_case("OP-1").unwrap();
    let exhibit = lab.store().open_exhibit(case.id, "usb", "/seized").unwrap();
    lab.store().start_run(exhibit.id, "/seized").unwrap();
    let bytes = b"evidence".to_vec();
    lab.blobs().put(&vilab_core::Hashed::new(&bytes)).unwrap();
    let mode = |p: &std::path::Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let mut seen = 0;
    let mut stack = vec![lab.dir().to_path_buf()];
    while let Some(path) = stack.pop() {
        seen += 1;
        if path.is_dir() {
            assert_eq!(mode(&path), 0o700, "{}", path.display());
            stack.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
    }
    assert!(seen >= 10, "lab.db, its log, evidence, a blob, identity, locks: {seen}");
}
