//! Tests of the key-slot file: round trips, wrong secrets, tampering,
//! slot changes, strict parsing, atomic writes.

use super::*;

fn fast() -> KdfParams {
    KdfParams::insecure_for_tests(64, 1, 1)
}

fn pass(s: &str) -> SecretString {
    SecretString::from(s)
}

fn new_lab() -> Created {
    SlotFile::create(&pass("correct horse battery staple"), fast()).unwrap()
}

fn same_key(a: &MasterKey, b: &MasterKey) -> bool {
    a.expose() == b.expose()
}

#[test]
fn create_then_unlock_with_either_secret_gives_the_master_key() {
    let c = new_lab();
    assert_eq!(c.file.slots().len(), 2);
    assert_eq!(c.file.slots()[0].kind(), SlotKind::Passphrase);
    assert_eq!(c.file.slots()[1].kind(), SlotKind::RecoveryKey);
    let m = c.file.unlock_with_passphrase(&pass("correct horse battery staple")).unwrap();
    assert!(same_key(&m, &c.master));
    let typed = RecoveryKey::parse(c.recovery.to_text().expose_secret()).unwrap();
    let r = c.file.unlock_with_recovery_key(&typed).unwrap();
    assert!(same_key(&r, &c.master));
    // Through the bytes, too.
    let again = SlotFile::parse(&c.file.to_bytes()).unwrap();
    assert_eq!(again, c.file);
    assert!(same_key(&again.unlock_with_passphrase(&pass("correct horse battery staple")).unwrap(), &c.master));
}

#[test]
fn two_labs_have_different_keys_salts_and_nonces() {
    let a = new_lab();
    let b = new_lab();
    assert!(!same_key(&a.master, &b.master));
    assert_ne!(a.file.slots()[0].salt, b.file.slots()[0].salt);
    assert_ne!(a.file.slots()[0].nonce, a.file.slots()[1].nonce);
    assert_ne!(a.recovery.expose(), b.recovery.expose());
}

#[test]
fn wrong_secrets_are_clear_errors() {
    let c = new_lab();
    let before = c.file.to_bytes();
    for wrong in ["correct horse battery stapl", "Correct horse battery staple", "", "x"] {
        assert!(matches!(c.file.unlock_with_passphrase(&pass(wrong)), Err(SlotError::WrongPassphrase)), "{wrong:?}");
    }
    let other = RecoveryKey::generate().unwrap();
    assert!(matches!(c.file.unlock_with_recovery_key(&other), Err(SlotError::WrongRecoveryKey)));
    // The recovery key's text is not the passphrase, and the passphrase
    // slot does not take the recovery key.
    let text = c.recovery.to_text();
    assert!(matches!(c.file.unlock_with_passphrase(&text), Err(SlotError::WrongPassphrase)));
    assert_eq!(c.file.to_bytes(), before, "nothing changed");
}

#[test]
fn a_typo_in_the_recovery_key_names_its_group() {
    let c = new_lab();
    let text = c.recovery.to_text().expose_secret().to_owned();
    let mut chars: Vec<char> = text.chars().collect();
    // Group 4 starts at 18; change its second character.
    chars[19] = if chars[19] == 'A' { 'B' } else { 'A' };
    let typo: String = chars.into_iter().collect();
    let err = RecoveryKey::parse(&typo).unwrap_err();
    assert_eq!(err, RecoveryKeyError::Checksum { group: 4 });
    assert!(SlotError::from(err).to_string().contains("group 4"));
}

/// Every authenticated byte of a slot, and the key check, changed one at a
/// time: the slot no longer opens with the right secret.
#[test]
fn any_changed_slot_byte_or_key_check_byte_fails_to_open() {
    let c = new_lab();
    let good = c.file.to_bytes();
    let passphrase = pass("correct horse battery staple");
    let mut positions: Vec<usize> = (16..48).collect(); // key check
    positions.extend((HEADER_LEN + 4..HEADER_LEN + SLOT_LEN).step_by(1)); // slot 0 but kind and kdf
    for at in positions {
        let mut b = good.clone();
        b[at] ^= 0x01;
        let Ok(f) = SlotFile::parse(&b) else {
            continue; // a parameter out of range: refused before any unlock
        };
        assert!(
            matches!(f.unlock_with_passphrase(&passphrase), Err(SlotError::WrongPassphrase)),
            "byte {at} changed and the slot still opened"
        );
    }
}

#[test]
fn downgraded_parameters_are_detected() {
    // A slot made with higher costs, then edited down to lower ones (what
    // an attacker would do to speed up guessing): it no longer opens.
    let strong = KdfParams::insecure_for_tests(256, 2, 1);
    let c = SlotFile::create(&pass("pw"), strong).unwrap();
    let mut b = c.file.to_bytes();
    b[HEADER_LEN + 4..HEADER_LEN + 8].copy_from_slice(&64u32.to_le_bytes());
    b[HEADER_LEN + 8..HEADER_LEN + 12].copy_from_slice(&1u32.to_le_bytes());
    let f = SlotFile::parse(&b).unwrap();
    assert_eq!(f.slots()[0].params(), fast());
    assert!(matches!(f.unlock_with_passphrase(&pass("pw")), Err(SlotError::WrongPassphrase)));
    // Kinds swapped: neither opens.
    let mut s = c.file.to_bytes();
    s[HEADER_LEN] = 2;
    s[HEADER_LEN + SLOT_LEN] = 1;
    let f = SlotFile::parse(&s).unwrap();
    assert!(f.unlock_with_passphrase(&pass("pw")).is_err());
    assert!(f.unlock_with_recovery_key(&c.recovery).is_err());
}

#[test]
fn a_slot_from_another_lab_is_refused_by_the_key_check() {
    // A's recovery slot grafted into B's file does not open there: it is
    // bound to A's key check.
    let a = new_lab();
    let b = new_lab();
    let mut mixed = b.file.clone();
    mixed.slots[1] = a.file.slots[1].clone();
    assert!(mixed.unlock_with_recovery_key(&a.recovery).is_err());
    // A key check that does not match the wrapped key (made by someone
    // holding a key, sealing it with a forged check) is caught after the
    // slot opens.
    let forged = MasterKey::generate().unwrap();
    let forged_check = a.master.key_check();
    let slot = seal(SlotKind::Passphrase, fast(), b"pw", &forged, &forged_check).unwrap();
    let file = SlotFile { check: forged_check, slots: vec![slot] };
    assert!(matches!(
        file.unlock_with_passphrase(&pass("pw")),
        Err(SlotError::KeyCheckMismatch { slot: 0, offset: 48 })
    ));
}

#[test]
fn changing_the_passphrase_keeps_the_master_key_and_the_recovery_slot() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keys");
    let c = new_lab();
    c.file.write_atomic(&path).unwrap();
    let mut f = SlotFile::read(&path).unwrap();
    let m = f.unlock_with_passphrase(&pass("correct horse battery staple")).unwrap();
    let recovery_slot = f.slots()[1].clone();
    f.replace_passphrase(&m, &pass("new passphrase"), fast()).unwrap();
    f.write_atomic(&path).unwrap();
    let g = SlotFile::read(&path).unwrap();
    assert!(matches!(g.unlock_with_passphrase(&pass("correct horse battery staple")), Err(SlotError::WrongPassphrase)));
    assert!(same_key(&g.unlock_with_passphrase(&pass("new passphrase")).unwrap(), &c.master));
    assert_eq!(g.slots()[1], recovery_slot);
    assert!(same_key(&g.unlock_with_recovery_key(&c.recovery).unwrap(), &c.master));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // No temporary file is left beside it.
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("keys")]);
}

#[test]
fn replacing_the_recovery_key_retires_the_old_one() {
    let c = new_lab();
    let mut f = c.file.clone();
    let new = f.replace_recovery_key(&c.master, fast()).unwrap();
    assert!(matches!(f.unlock_with_recovery_key(&c.recovery), Err(SlotError::WrongRecoveryKey)));
    assert!(same_key(&f.unlock_with_recovery_key(&new).unwrap(), &c.master));
    assert!(same_key(&f.unlock_with_passphrase(&pass("correct horse battery staple")).unwrap(), &c.master));
    assert_eq!(f.slots().len(), 2);
}

#[test]
fn a_slot_change_needs_this_labs_master_key() {
    let c = new_lab();
    let mut f = c.file.clone();
    let stranger = MasterKey::generate().unwrap();
    assert!(matches!(f.replace_passphrase(&stranger, &pass("x"), fast()), Err(SlotError::WrongMasterKey)));
    assert!(matches!(f.replace_recovery_key(&stranger, fast()), Err(SlotError::WrongMasterKey)));
    assert_eq!(f, c.file);
    assert!(matches!(f.replace_passphrase(&c.master, &pass(""), fast()), Err(SlotError::EmptyPassphrase)));
    assert!(matches!(SlotFile::create(&pass(""), fast()), Err(SlotError::EmptyPassphrase)));
}

#[test]
fn a_failed_atomic_write_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keys");
    let c = new_lab();
    c.file.write_atomic(&path).unwrap();
    let before = fs::read(&path).unwrap();
    // The target is now a non-empty folder: the rename fails.
    let blocked = dir.path().join("blocked");
    fs::create_dir(&blocked).unwrap();
    fs::write(blocked.join("x"), b"x").unwrap();
    let err = c.file.write_atomic(&blocked).unwrap_err();
    assert!(matches!(err, SlotError::Io { .. }), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
    let mut names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names, vec![std::ffi::OsString::from("blocked"), "keys".into()]);
}

/// (byte offset, new value, field the error must name)
#[test]
fn strict_parsing_names_the_field_and_offset() {
    let c = new_lab();
    let good = c.file.to_bytes();
    let cases: &[(usize, u8, &str, usize)] = &[
        (0, b'X', "magic", 0),
        (8, 2, "version", 8),
        (10, 0, "number of slots", 10),
        (10, 9, "number of slots", 10),
        (10, 3, "file length", 288),
        (13, 1, "reserved", 13),
        (48, 3, "slot kind", 48),
        (168, 1, "slot kind", 168),
        (49, 2, "key derivation", 49),
        (51, 7, "slot reserved", 51),
        (48 + 12, 0, "argon2id parameters", 60),
        (48 + 8, 0, "argon2id parameters", 56),
        (48 + 7, 0xff, "argon2id parameters", 52),
    ];
    for &(at, value, field, offset) in cases {
        let mut b = good.clone();
        b[at] = value;
        match SlotFile::parse(&b) {
            Err(SlotError::Format { field: f, offset: o, .. }) => {
                assert_eq!((f, o), (field, offset), "byte {at} set to {value}");
            }
            other => panic!("byte {at} set to {value}: {other:?}"),
        }
    }
    for len in [0, 10, 47, 48, 167, 289] {
        let mut b = good.clone();
        b.resize(len, 0);
        assert!(matches!(SlotFile::parse(&b), Err(SlotError::Format { .. })), "length {len}");
    }
    let err = SlotFile::parse(&good[..100]).unwrap_err().to_string();
    assert!(err.contains("file length") && err.contains("100 bytes"), "{err}");
}

#[test]
fn read_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lab.keys");
    fs::write(&path, b"VLABKEYS\x02\x00").unwrap();
    let err = SlotFile::read(&path).unwrap_err().to_string();
    assert!(err.contains("lab.keys") && err.contains("header"), "{err}");
    let missing = SlotFile::read(&dir.path().join("none")).unwrap_err();
    assert!(matches!(missing, SlotError::Io { .. }));
}

#[test]
fn one_lab_at_the_real_floor() {
    // The floor's cost (64 MiB, 3 passes): create and unlock once.
    let c = SlotFile::create(&pass("floor"), KdfParams::FLOOR).unwrap();
    assert_eq!(c.file.slots()[0].params(), KdfParams::FLOOR);
    assert!(same_key(&c.file.unlock_with_passphrase(&pass("floor")).unwrap(), &c.master));
}

#[test]
fn layout_is_pinned() {
    let c = new_lab();
    let b = c.file.to_bytes();
    assert_eq!(b.len(), 48 + 2 * 120);
    assert_eq!(&b[..8], b"VLABKEYS");
    assert_eq!(&b[8..11], &[1, 0, 2]);
    assert_eq!(&b[16..48], &c.master.key_check().0);
    assert_eq!(&b[48..52], &[1, 1, 0, 0]);
    assert_eq!(&b[52..64], &[64, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
    assert_eq!(&b[168..170], &[2, 1]);
}
