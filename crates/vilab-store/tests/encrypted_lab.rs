//! An encrypted lab on disk: SQLCipher under the master key's database
//! subkey, the encrypted evidence store with keyed names, the encrypted
//! signing key; wrong keys refused before anything changes; a flipped byte
//! in a blob or a database page found, and no damaged byte served.

mod common;

use std::fs;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use common::admin;
use vilab_core::{Hashed, Sha256};
use vilab_crypt::secrecy::SecretString;
use vilab_crypt::{KdfParams, MasterKey, SlotFile};
use vilab_store::{IDENTITY_FILE, KEY_SLOTS_FILE, LAB_DB, Lab, PutOutcome, SqliteStore, StoreError};

fn passphrase() -> SecretString {
    SecretString::from("a long test passphrase")
}

/// A new encrypted lab in `dir/lab`, and its slots.
fn new_encrypted(dir: &Path) -> (Lab, SlotFile) {
    let created = SlotFile::create(&passphrase(), KdfParams::insecure_for_tests(64, 1, 1)).unwrap();
    let lab = Lab::init_encrypted(&dir.join("lab"), &admin(), &created.file, created.master).unwrap().0;
    (lab, created.file)
}

fn unlock(dir: &Path) -> MasterKey {
    Lab::key_slots(dir).unwrap().unlock_with_passphrase(&passphrase()).unwrap()
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn an_encrypted_lab_reopens_with_its_key_and_only_with_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (lab, _) = new_encrypted(tmp.path());
    let dir = lab.dir().to_path_buf();
    let info = lab.info().unwrap();
    assert!(lab.encrypted());
    drop(lab);
    assert!(Lab::is_encrypted(&dir));
    assert!(dir.join(KEY_SLOTS_FILE).is_file());

    let lab = Lab::open_with_key(&dir, unlock(&dir)).unwrap();
    assert_eq!(lab.info().unwrap(), info);
    assert_eq!(lab.store().list_accounts().unwrap()[0].username, "admin");
    drop(lab);

    assert!(matches!(Lab::open(&dir), Err(StoreError::Locked { .. })), "no key: locked");
    let other = MasterKey::from_bytes(&[7; 32]);
    let err = Lab::open_with_key(&dir, other).unwrap_err();
    assert!(matches!(err, StoreError::Slots { source: vilab_crypt::SlotError::WrongMasterKey, .. }), "{err}");
    let wrong = Lab::key_slots(&dir).unwrap().unlock_with_passphrase(&SecretString::from("not it")).unwrap_err();
    assert!(matches!(wrong, vilab_crypt::SlotError::WrongPassphrase));

    // The database alone: without a key, or under another key, it is not
    // a database, and saying so changes nothing.
    let before = fs::read(dir.join(LAB_DB)).unwrap();
    let err = SqliteStore::open(&dir.join(LAB_DB)).unwrap_err();
    assert!(matches!(err, StoreError::WrongKey { encrypted: false, .. }), "{err}");
    let other = MasterKey::from_bytes(&[7; 32]).subkey(vilab_crypt::Purpose::Database);
    let err = SqliteStore::open_keyed(&dir.join(LAB_DB), Some(other)).unwrap_err();
    assert!(matches!(err, StoreError::WrongKey { encrypted: true, .. }), "{err}");
    assert!(err.to_string().contains("lab.db"), "names the file: {err}");
    assert_eq!(fs::read(dir.join(LAB_DB)).unwrap(), before, "a wrong key wrote nothing");
}

#[test]
fn blobs_are_encrypted_under_keyed_names_and_read_back_with_seeks() {
    let tmp = tempfile::tempdir().unwrap();
    let (lab, _) = new_encrypted(tmp.path());
    let small = b"GIF89a small evidence".to_vec();
    let big: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let small_id = Sha256::of(&small);
    assert_eq!(lab.blobs().put(&Hashed::new(&small)).unwrap(), PutOutcome::Written);
    assert_eq!(lab.blobs().put(&Hashed::new(&small)).unwrap(), PutOutcome::AlreadyPresent);
    let (big_id, size, outcome) = lab.blobs().put_stream(&mut big.as_slice(), &|_| false).unwrap();
    assert_eq!((big_id, size, outcome), (Sha256::of(&big), big.len() as u64, PutOutcome::Written));
    lab.blobs().sync().unwrap();

    assert_eq!(lab.blobs().get(&small_id).unwrap(), small);
    let mut out = Vec::new();
    assert_eq!(lab.blobs().copy_to(&big_id, &mut out).unwrap(), big.len() as u64);
    assert_eq!(out, big);
    let mut reader = lab.blobs().open_unverified(&big_id).unwrap();
    reader.seek(SeekFrom::Start(200_000)).unwrap();
    let mut part = [0u8; 1000];
    reader.read_exact(&mut part).unwrap();
    assert_eq!(&part[..], &big[200_000..201_000]);
    assert_eq!(reader.seek(SeekFrom::End(0)).unwrap(), big.len() as u64, "the digest trailer is not content");
    assert_eq!(reader.read(&mut part).unwrap(), 0);

    // No name and no byte under the lab tells the content or its digest.
    for path in files_under(lab.dir()) {
        let name = path.to_string_lossy().into_owned();
        for id in [small_id, big_id] {
            assert!(!name.contains(&id.to_hex()), "{name} names a digest");
        }
        let bytes = fs::read(&path).unwrap();
        for id in [small_id, big_id] {
            assert!(!contains(&bytes, &id.0), "{name} holds a raw digest");
            assert!(!contains(&bytes, id.to_hex().as_bytes()), "{name} holds a hex digest");
        }
        assert!(!contains(&bytes, b"GIF89a"), "{name} holds plaintext");
        assert!(!contains(&bytes, &big[1000..1064]), "{name} holds plaintext");
    }
    // Sizes are padded to buckets: a 21-byte blob takes a 4 KiB bucket.
    let small_file = lab.dir().join("evidence").join(path_tail(&lab, &small_id));
    assert!(fs::metadata(&small_file).unwrap().len() >= 4096);

    let report = lab.verify(&AtomicBool::new(false), &mut |_| {}).unwrap();
    assert!(report.is_clean(), "{report:?}");
    assert_eq!(report.blobs.ok, 2);
    assert_eq!(report.blobs.bytes, (small.len() + big.len()) as u64);
}

/// `ab/cd/<name>` of a blob in an encrypted lab: found by listing, since
/// the name is keyed.
fn path_tail(lab: &Lab, id: &Sha256) -> PathBuf {
    let key = Lab::key_slots(lab.dir()).unwrap().unlock_with_passphrase(&passphrase()).unwrap();
    let name = vilab_crypt::blob_name(&key.naming_key(), &id.0).to_hex();
    PathBuf::from(&name[0..2]).join(&name[2..4]).join(name)
}

#[test]
fn a_flipped_byte_in_a_blob_is_found_and_nothing_damaged_is_served() {
    let tmp = tempfile::tempdir().unwrap();
    let (lab, _) = new_encrypted(tmp.path());
    let content: Vec<u8> = (0..200_000u32).map(|i| (i % 253) as u8).collect();
    let id = Sha256::of(&content);
    lab.blobs().put(&Hashed::new(&content)).unwrap();
    let path = lab.dir().join("evidence").join(path_tail(&lab, &id));
    let mut bytes = fs::read(&path).unwrap();
    // In the second chunk: the first chunk still reads, the second does not.
    bytes[80 + 65_552 + 10] ^= 0x01;
    fs::write(&path, &bytes).unwrap();

    let err = lab.blobs().get(&id).unwrap_err();
    assert!(err.to_string().contains("chunk 1"), "names the chunk: {err}");
    let mut out = Vec::new();
    assert!(lab.blobs().copy_to(&id, &mut out).is_err());
    assert_eq!(out.len() % 65_536, 0, "only whole authenticated chunks were served");
    assert_eq!(&out[..], &content[..out.len()], "and they are the original bytes");

    let report = lab.verify(&AtomicBool::new(false), &mut |_| {}).unwrap();
    assert!(!report.is_clean());
    assert_eq!(report.blobs.unreadable.len(), 1, "{report:?}");
    assert_eq!(report.blobs.unreadable[0].path, path);

    // Putting the same content again replaces the damaged file.
    assert_eq!(lab.blobs().put(&Hashed::new(&content)).unwrap(), PutOutcome::Replaced);
    assert_eq!(lab.blobs().get(&id).unwrap(), content);
}

#[test]
fn a_blob_file_under_another_name_does_not_open() {
    let tmp = tempfile::tempdir().unwrap();
    let (lab, _) = new_encrypted(tmp.path());
    let a = b"first".to_vec();
    let b = b"second".to_vec();
    lab.blobs().put(&Hashed::new(&a)).unwrap();
    lab.blobs().put(&Hashed::new(&b)).unwrap();
    let evidence = lab.dir().join("evidence");
    fs::copy(evidence.join(path_tail(&lab, &Sha256::of(&a))), evidence.join(path_tail(&lab, &Sha256::of(&b)))).unwrap();
    assert!(matches!(lab.blobs().get(&Sha256::of(&b)), Err(StoreError::Decrypt { .. })));
}

#[test]
fn a_flipped_byte_in_a_database_page_is_found() {
    let tmp = tempfile::tempdir().unwrap();
    let (lab, _) = new_encrypted(tmp.path());
    for i in 0..50 {
        lab.store().create_case(&format!("case {i}")).unwrap();
    }
    let dir = lab.dir().to_path_buf();
    drop(lab);
    // Fold the write-ahead log into the file, so that the page is read from it.
    {
        let lab = Lab::open_with_key(&dir, unlock(&dir)).unwrap();
        drop(lab);
    }
    let db = dir.join(LAB_DB);
    let mut bytes = fs::read(&db).unwrap();
    assert!(bytes.len() > 8192);
    assert!(!contains(&bytes, b"case 1"), "case names are encrypted");
    assert!(!contains(&bytes, b"SQLite format 3"), "not even the header is plain");
    // Every page of the file, flipped one at a time, is found by reading
    // everything: either open fails or a query does.
    let pages = bytes.len() / 4096;
    for page in 0..pages {
        let at = page * 4096 + 2000;
        bytes[at] ^= 0x40;
        fs::write(&db, &bytes).unwrap();
        let _ = fs::remove_file(dir.join("lab.db-wal"));
        let found = match Lab::open_with_key(&dir, unlock(&dir)) {
            Err(_) => true,
            Ok(lab) => lab.check_database().map_or(true, |problems| !problems.is_empty()),
        };
        assert!(found, "a flipped byte in page {page} went unnoticed");
        bytes[at] ^= 0x40;
    }
    fs::write(&db, &bytes).unwrap();
    assert!(Lab::open_with_key(&dir, unlock(&dir)).is_ok());
}

#[test]
fn the_signing_key_is_encrypted() {
    let tmp = tempfile::tempdir().unwrap();
    let (lab, _) = new_encrypted(tmp.path());
    let public = lab.identity().public_key_hex();
    let file = fs::read(lab.dir().join(IDENTITY_FILE)).unwrap();
    assert!(file.len() > 32 && file.starts_with(b"VLABBLOB"), "{} bytes", file.len());
    let dir = lab.dir().to_path_buf();
    drop(lab);
    assert_eq!(Lab::open_with_key(&dir, unlock(&dir)).unwrap().identity().public_key_hex(), public);
}

#[test]
fn a_plain_lab_is_encrypted_in_place_resumably_and_its_plaintext_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = common::new_lab(tmp.path());
    let dir = lab.dir().to_path_buf();
    let contents: Vec<Vec<u8>> = (0..5u8).map(|i| vec![i; 10_000 + usize::from(i)]).collect();
    for c in &contents {
        lab.blobs().put(&Hashed::new(c)).unwrap();
    }
    lab.store().create_case("OP-PLAIN-NAME").unwrap();
    let public = lab.identity().public_key_hex();
    let params = KdfParams::insecure_for_tests(64, 1, 1);

    // A first run, stopped before its finish: the plain lab still opens.
    let first = lab.prepare_encryption(&passphrase(), params, &mut |_, _| {}).unwrap();
    assert!(first.recovery.is_some());
    assert_eq!((first.blobs, first.resumed), (5, 0));
    drop(lab);
    let lab = Lab::open(&dir).unwrap();
    // A rerun needs the same passphrase, and keeps what the first stored.
    let err = lab.prepare_encryption(&SecretString::from("another"), params, &mut |_, _| {}).unwrap_err();
    assert!(matches!(err, StoreError::Slots { source: vilab_crypt::SlotError::WrongPassphrase, .. }), "{err}");
    let second = lab.prepare_encryption(&passphrase(), params, &mut |_, _| {}).unwrap();
    assert!(second.recovery.is_none(), "the recovery key was shown by the first run");
    assert_eq!((second.blobs, second.resumed, second.bytes), (5, 5, 0));
    drop(lab);
    vilab_store::encrypt::finish_encryption(&dir).unwrap();

    assert!(Lab::is_encrypted(&dir));
    assert!(matches!(Lab::open(&dir), Err(StoreError::Locked { .. })));
    let lab = Lab::open_with_key(&dir, unlock(&dir)).unwrap();
    assert_eq!(lab.identity().public_key_hex(), public);
    assert!(lab.store().case_by_name("OP-PLAIN-NAME").unwrap().is_some());
    for c in &contents {
        assert_eq!(&lab.blobs().get(&Sha256::of(c)).unwrap(), c);
    }
    assert!(lab.check_database().unwrap().is_empty());
    let report = lab.verify(&AtomicBool::new(false), &mut |_| {}).unwrap();
    assert!(report.is_clean() && report.blobs.ok == 5, "{report:?}");
    drop(lab);
    // No plaintext is left under the lab: no digest names, no contents, no case name.
    for path in files_under(&dir) {
        let name = path.to_string_lossy().into_owned();
        let bytes = fs::read(&path).unwrap();
        assert!(!name.contains("encrypting") && !name.contains("plain"), "{name} left over");
        assert!(!contains(&bytes, b"OP-PLAIN-NAME"), "{name} holds the case name");
        for c in &contents {
            assert!(!name.contains(&Sha256::of(c).to_hex()), "{name} names a digest");
            assert!(!contains(&bytes, &c[..64]), "{name} holds a content");
        }
    }
    // Finishing again is harmless.
    vilab_store::encrypt::finish_encryption(&dir).unwrap();
    assert!(Lab::open_with_key(&dir, unlock(&dir)).is_ok());
}
